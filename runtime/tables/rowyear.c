/* rowyear.c — a header's row printed for several years: the report year's; see rowyear.h. */
#include "rowyear.h"

#include <string.h>

#include "buf.h"
#include "report_year.h"

enum { MAX_RUNS = 6 }; /* a table of a few years: more runs are not read */

/* The year cell t labels its values with (2023年, 2023年度: nothing else in it), or 0. */
static int year_label(const nb_ctok *t)
{
    if (t->kind != NB_C_TEXT) return 0;
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n, *end;
    int y;
    if (nb_find_year(s, e, &y, &end) != s) return 0;
    if (e - end == 3 && !memcmp(end, "度", 3)) end = e;
    return end == e ? y : 0;
}

static int is_cell(const nb_ctok *t) { return t->kind == NB_C_NUM || t->kind == NB_C_EMPTY || t->kind == NB_C_GLUED; }

typedef struct {
    int year; /* its label's, or 0 */
    nb_tspan cells;
} run;

/* The runs of values labelled with a year after token at, into v (from v[n] on): a year's cell, then
 * values (blank cells around them aside). Returns the runs in all, or MAX_RUNS + 1 where there are
 * more; *end: after the last one's values. */
static int runs_after(const nb_tparse *tp, size_t at, run *v, int n, size_t *end)
{
    const nb_ctoks *t = &tp->toks;
    for (size_t j = at;;) {
        while (j < t->n && t->v[j].kind == NB_C_EMPTY) j++;
        int y = j < t->n ? year_label(&t->v[j]) : 0;
        if (!y) return n;
        size_t first = j + 1;
        while (first < t->n && t->v[first].kind == NB_C_EMPTY) first++;
        size_t last = first;
        while (last < t->n && is_cell(&t->v[last])) last++;
        while (last > first && t->v[last - 1].kind == NB_C_EMPTY) last--;
        if (last == first) return n; /* a year and no values: no row */
        if (n == MAX_RUNS) return MAX_RUNS + 1;
        v[n++] = (run){y, {first, last - first}};
        *end = j = last;
    }
}

/* Of runs v[0, n) (the table's runs up to end), the one labelled with the report's year into *cells, and
 * 1; else 0, said: which is the report's is not certain. h: the row's label or header. */
static int choose(nb_tparse *tp, const nb_ctok *h, const run *v, int n, size_t end, nb_tspan *cells)
{
    int year = tp->r->year;
    if (n > 1 && end > tp->taken) tp->taken = end; /* the table's rows, no stray values */
    int match = -1, matches = 0;
    for (int i = 0; i < n && i < MAX_RUNS; i++)
        if (year && v[i].year == year) match = i, matches++;
    nb_buf b; /* the runs' labels: 2022, 2023 */
    nb_buf_init(&b);
    for (int i = 0; i < n && i < MAX_RUNS; i++) {
        if (i) nb_buf_printf(&b, ", ");
        if (v[i].year) nb_buf_printf(&b, "%d", v[i].year);
        else nb_buf_printf(&b, "none");
    }
    if (matches == 1 && n <= MAX_RUNS) {
        nb_diag_add(tp->r, "info", "row-year", &h->span,
                    "%s: rows of values under its header labelled %s: the row of %d, the year reported on, is read",
                    h->label.key, b.data, year);
        *cells = v[match].cells;
    } else {
        nb_diag_add(tp->r, "warning", "row-year-unsure", &h->span,
                    "%s: %s of values under its header labelled with years (%s%s), none or more than one "
                    "with %d, the year the report is on (0: not known): which is the report's is not certain; "
                    "its cells are left null",
                    h->label.key, n > 1 ? "rows" : "the row", b.data, n > MAX_RUNS ? " …" : "", year);
    }
    nb_buf_free(&b);
    return matches == 1 && n <= MAX_RUNS;
}

int nb_row_of_year(nb_tparse *tp, size_t head, nb_tspan *cells)
{
    if (!cells->count) return 1;
    run v[MAX_RUNS];
    size_t before = cells->first, end = 0;
    while (before > head + 1 && tp->toks.v[before - 1].kind == NB_C_EMPTY) before--;
    v[0] = (run){before > head + 1 ? year_label(&tp->toks.v[before - 1]) : 0, *cells};
    int n = runs_after(tp, cells->first + cells->count, v, 1, &end), year = tp->r->year;
    if (n == 1 && (!v[0].year || !year || v[0].year == year)) return 1; /* one row, the report's or unlabelled */
    return choose(tp, &tp->toks.v[head], v, n, end, cells);
}

int nb_row_years_after(nb_tparse *tp, size_t label, nb_tspan *cells)
{
    run v[MAX_RUNS];
    size_t end = 0;
    int n = runs_after(tp, label + 1, v, 0, &end);
    if (!n) return 0;
    if (end > tp->taken) tp->taken = end; /* the runs are the row's: no stray values */
    return choose(tp, &tp->toks.v[label], v, n, end, cells) ? 1 : -1;
}
