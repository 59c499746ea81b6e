/* colheader.c — the leaf columns of a table's header from its pieces' positions (see colheader.h). */
#include "colheader.h"

#include <limits.h>
#include <stdlib.h>

static int overlap(const nb_hpiece *a, const nb_hpiece *b) { return a->x0 < b->x1 && b->x0 < a->x1; }

size_t nb_header_leaves(const nb_hpiece *p, size_t n, nb_hpiece *leaf, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int under = 0;
        for (size_t j = 0; j < n && !under; j++) under = p[j].level > p[i].level && overlap(&p[i], &p[j]);
        if (under) continue;
        if (k == cap) return 0;
        size_t at = k++; /* kept in order of x0 */
        while (at > 0 && leaf[at - 1].x0 > p[i].x0) {
            leaf[at] = leaf[at - 1];
            at--;
        }
        leaf[at] = p[i];
    }
    /* a piece above one leaf alone, lined up with it (left, right or centred), is the same column's
       name wrapped: its extent is the column's */
    for (size_t i = 0; i < n; i++) {
        size_t hits = 0, at = 0;
        for (size_t c = 0; c < k; c++)
            if (p[i].level < leaf[c].level && overlap(&p[i], &leaf[c])) {
                hits++;
                at = c;
            }
        if (hits != 1 || !(abs(p[i].x0 - leaf[at].x0) <= 1 || abs(p[i].x1 - leaf[at].x1) <= 1 ||
                           abs(p[i].x0 + p[i].x1 - leaf[at].x0 - leaf[at].x1) <= 2))
            continue;
        if (p[i].x0 < leaf[at].x0) leaf[at].x0 = p[i].x0;
        if (p[i].x1 > leaf[at].x1) leaf[at].x1 = p[i].x1;
    }
    for (size_t c = 1; c < k; c++)
        if (leaf[c - 1].x1 > leaf[c].x0) return 0;
    return k;
}

int nb_header_column(const nb_hpiece *leaf, size_t n, int x0, int x1)
{
    nb_hpiece num = {x0, x1, 0};
    int hit = -1;
    for (size_t c = 0; c < n; c++)
        if (overlap(&num, &leaf[c])) {
            if (hit >= 0) return -1;
            hit = (int)c;
        }
    if (hit >= 0) return hit;
    /* distances between centres, doubled to stay in whole columns */
    int best = -1, d1 = INT_MAX, d2 = INT_MAX;
    for (size_t c = 0; c < n; c++) {
        int d = abs(x0 + x1 - leaf[c].x0 - leaf[c].x1);
        if (d < d1) {
            d2 = d1;
            d1 = d;
            best = (int)c;
        } else if (d < d2)
            d2 = d;
    }
    if (best < 0 || d2 == INT_MAX) return -1;
    return d2 >= 2 * d1 && d2 - d1 >= 4 ? best : -1;
}
