/* subitemnum.c — sub-item numbers on the line before their labels, taken out (subitemnum.h). */
#include "subitemnum.h"

#include <stdlib.h>
#include <string.h>

#include "rowstart.h"

/* The number the edition's template prints before the row keyed key (1 for 1.属于国家秘密), or 0 for a
 * row it gives none. */
static int template_number(const nb_edition *ed, const char *key)
{
    for (const char *const *const *list = ed->labels; list && *list; list++)
        for (const char *const *s = *list; *s; s++) {
            const unsigned char *p = (const unsigned char *)*s, *lim = p + strlen(*s), *end;
            int n = 0;
            while (p < lim && *p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
            if (!n || p == lim || *p != '.') continue;
            nb_label l = ed->label((const unsigned char *)*s, lim, &end);
            if (l.kind == NB_L_ROW && !strcmp(l.key, key)) return n;
        }
    return 0;
}

/* The length of key's block name: the key up to its last dot (applications.denied). */
static size_t block_len(const char *key)
{
    const char *dot = strrchr(key, '.');
    return dot ? (size_t)(dot - key) : 0;
}

/* Whether token i is a number alone on its line (no sign, no unit, digits only), the line right above
 * the label token after it. */
static int number_above_label(const nb_tparse *tp, size_t i)
{
    const nb_ctok *t = &tp->toks.v[i];
    if (t->kind != NB_C_NUM || t->is_null || t->unit || i + 1 >= tp->toks.n) return 0;
    for (size_t k = 0; k < t->raw.n; k++)
        if (t->raw.p[k] < '0' || t->raw.p[k] > '9') return 0;
    const nb_ctok *l = &tp->toks.v[i + 1];
    if (l->kind != NB_C_LABEL || l->label.kind != NB_L_ROW || l->span.line != t->span.line + 1) return 0;
    return i == 0 || tp->toks.v[i - 1].span.line < t->span.line;
}

/* Whether label token i is a sub-item's label written without its number (属于国家秘密). */
static int unnumbered_subitem(const nb_tparse *tp, size_t i, int *number)
{
    const nb_ctok *l = &tp->toks.v[i];
    if (l->kind != NB_C_LABEL || l->label.kind != NB_L_ROW) return 0;
    *number = template_number(tp->ed, l->label.key);
    const unsigned char *s = (const unsigned char *)l->raw.p;
    return *number > 0 && !nb_row_starter(s, s + l->raw.n);
}

/* An unnumbered sub-item label: its block's name (the key up to its last dot), its place among them. */
typedef struct sub {
    const char *key;
    size_t block; /* length of the block's name in key */
    size_t at;    /* index into the labels given to mark_runs */
} sub;

static int by_block(const void *a, const void *b)
{
    const sub *x = a, *y = b;
    if (x->block != y->block) return x->block < y->block ? -1 : 1;
    int c = memcmp(x->key, y->key, x->block);
    if (c) return c;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Marks in drop the numbers above the sub-item labels of each block whose labels (three at least)
 * all have theirs there; subs: the unnumbered sub-item labels' tokens, n of them, num their numbers.
 * The labels are sorted by block, so that each block is counted once (a page of repeated tables may
 * hold many). Returns 0 when none is marked, -1 when out of memory. */
static int mark_runs(const nb_tparse *tp, const size_t *subs, const int *num, size_t n, char *drop)
{
    sub *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) return -1;
    for (size_t a = 0; a < n; a++) {
        v[a].key = tp->toks.v[subs[a]].label.key;
        v[a].block = block_len(v[a].key);
        v[a].at = a;
    }
    qsort(v, n, sizeof *v, by_block);
    int any = 0;
    for (size_t a = 0, b; a < n; a = b) {
        size_t numbered = 0;
        for (b = a; b < n && v[b].block == v[a].block && !memcmp(v[b].key, v[a].key, v[a].block); b++) {
            size_t j = subs[v[b].at];
            numbered += j > 0 && number_above_label(tp, j - 1) && tp->toks.v[j - 1].value == num[v[b].at];
        }
        if (b - a >= 3 && numbered == b - a) {
            for (size_t c = a; c < b; c++) drop[subs[v[c].at] - 1] = 1;
            any = 1;
        }
    }
    free(v);
    return any;
}

void nb_subitem_numbers_apart(nb_tparse *tp)
{
    if (!tp->ed->labels || tp->toks.n < 2) return;
    size_t *subs = malloc(tp->toks.n * sizeof *subs), n = 0;
    int *num = malloc(tp->toks.n * sizeof *num);
    char *drop = calloc(tp->toks.n, 1);
    if (subs && num && drop) {
        for (size_t i = 0; i < tp->toks.n; i++)
            if (unnumbered_subitem(tp, i, &num[n])) subs[n++] = i;
        if (mark_runs(tp, subs, num, n, drop) > 0) {
            size_t k = 0, dropped = 0;
            nb_span first = {0};
            for (size_t i = 0; i < tp->toks.n; i++) {
                if (drop[i]) {
                    if (!dropped++) first = tp->toks.v[i].span;
                    continue;
                }
                tp->toks.v[k++] = tp->toks.v[i];
            }
            tp->toks.n = k;
            nb_diag_add(tp->r, "info", "subitem-numbers-dropped", &first,
                        "%zu sub-item numbers, each alone on the line right before its label (1 / 属于国家秘密: a "
                        "column of numbers beside the labels, a cell a line), read as the labels' numbers: no counts",
                        dropped);
        }
    }
    free(subs);
    free(num);
    free(drop);
}
