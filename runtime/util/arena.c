/* arena.c — bump allocation in growing blocks. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

struct nb_arena_block {
    nb_arena_block *next;
    size_t cap, used;
    max_align_t data[]; /* flexible array keeps the payload maximally aligned */
};

enum { NB_ARENA_MIN_BLOCK = 16 * 1024 };

void nb_arena_init(nb_arena *a) { a->head = NULL; a->used_total = 0; a->held = 0; }

void *nb_arena_alloc(nb_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0) n = align;
    nb_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        /* Blocks double with the total so far: O(log n) blocks for any input size. */
        size_t cap = a->used_total > NB_ARENA_MIN_BLOCK ? a->used_total : NB_ARENA_MIN_BLOCK;
        if (cap < n) cap = n;
        b = malloc(sizeof *b + cap);
        if (!b) nb_oom();
        b->next = a->head;
        b->cap = cap;
        b->used = 0;
        a->head = b;
        a->held += sizeof *b + cap;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    a->used_total += n;
    memset(p, 0, n);
    return p;
}

char *nb_arena_strndup(nb_arena *a, const char *s, size_t n)
{
    char *p = nb_arena_alloc(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *nb_arena_printf(nb_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    char *p = nb_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void nb_arena_free(nb_arena *a)
{
    nb_arena_block *b = a->head;
    while (b) {
        nb_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_total = 0;
    a->held = 0;
}
