/* arena.h — one bump allocator per report: everything a parse builds is freed at once. */
#ifndef NB_ARENA_H
#define NB_ARENA_H
#include <stddef.h>

typedef struct nb_arena_block nb_arena_block;
typedef struct nb_arena {
    nb_arena_block *head;
    size_t used_total;
    size_t held; /* bytes of the blocks, what the report's memory limit counts (budget.h) */
} nb_arena;

void nb_arena_init(nb_arena *a);
/* Zeroed memory, aligned for any object; aborts on out-of-memory (a parse cannot go on without it). */
void *nb_arena_alloc(nb_arena *a, size_t n);
char *nb_arena_strndup(nb_arena *a, const char *s, size_t n);
char *nb_arena_printf(nb_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void nb_arena_free(nb_arena *a);

#endif
