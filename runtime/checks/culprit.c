/* culprit.c — pointing a failed check at the likely wrong number: a cell that more than one
 * failed check uses. */
#include "checks.h"
#include "checks_int.h"

#include <stdlib.h>
#include <string.h>

static int by_byte(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static size_t count_of(const size_t *v, size_t n, size_t byte)
{
    size_t lo = 0, hi = n; /* the first not below byte */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v[mid] < byte) lo = mid + 1;
        else hi = mid;
    }
    size_t k = 0;
    while (lo + k < n && v[lo + k] == byte) k++;
    return k;
}

/* A cell of this report that is in more than one failed check (a row's R2 and a column's R1 or
 * R3) is most likely the wrong number: each of those checks points at it, rather than at its first
 * cell. The prose checks keep pointing at the statement. */
void nbc_point_at_shared(nb_report *r)
{
    size_t n = 0, k = 0;
    for (const nb_check *c = r->checks->head; c; c = c->next)
        if (c->assessed && !c->ok) n += c->ncells;
    if (!n) return;
    size_t *v = malloc(n * sizeof *v);
    if (!v) abort();
    for (const nb_check *c = r->checks->head; c; c = c->next)
        if (c->assessed && !c->ok)
            for (size_t i = 0; i < c->ncells; i++)
                if (c->cells[i].present && !c->cells[i].source && strcmp(c->cells[i].key, "text"))
                    v[k++] = c->cells[i].span.byte;
    qsort(v, k, sizeof *v, by_byte);
    for (nb_check *c = r->checks->head; c; c = c->next) {
        if (!c->assessed || c->ok || !strcmp(c->rule, "R6")) continue;
        const nb_check_cell *best = NULL;
        size_t most = 1;
        for (size_t i = 0; i < c->ncells; i++) {
            const nb_check_cell *x = &c->cells[i];
            if (!x->present || x->source || !strcmp(x->key, "text")) continue;
            size_t m = count_of(v, k, x->span.byte);
            if (m > most || (m == most && best && x->span.byte < best->span.byte)) best = x, most = m;
        }
        if (best) {
            c->span = best->span;
            c->has_span = 1;
            c->span_source = NULL;
        }
    }
    free(v);
}
