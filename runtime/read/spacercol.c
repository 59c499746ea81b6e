/* spacercol.c — a table's empty spacer columns dropped from its TAB rows; see spacercol.h. */
#include "spacercol.h"

#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"

/* Columns a table is looked at in: table 四's fifteen counts, a label area and gutters between. A
 * wider run is left as it is. */
enum { MAX_COLS = 40 };

/* What the rows of a run hold in a column. */
enum { COL_TEXT = 1, COL_NUMBER = 2 };

typedef unsigned char uc;

/* Whether the line [s, e) is a TAB row. */
static int tab_row(const uc *s, const uc *e) { return memchr(s, '\t', (size_t)(e - s)) != NULL; }

/* The cells of the TAB row [s, e): each one's start in cs (its end the next TAB or e); their
 * count, or 0 when there are more than MAX_COLS. */
static size_t row_cells(const uc *s, const uc *e, const uc **cs)
{
    size_t n = 0;
    for (;;) {
        if (n == MAX_COLS) return 0;
        cs[n++] = s;
        const uc *tab = memchr(s, '\t', (size_t)(e - s));
        if (!tab) return n;
        s = tab + 1;
    }
}

/* What the cell [s, e) holds: 0 (blanks only), COL_NUMBER or COL_TEXT. */
static int cell_kind(const uc *s, const uc *e)
{
    while (s < e && nb_blank_at(s, e)) s += nb_blank_at(s, e);
    if (s == e) return 0;
    return nb_is_number(s, e, NULL) ? COL_NUMBER : COL_TEXT;
}

/* The end of the run of TAB rows from s (the first line that is none). What each column holds, in
 * held; *width the rows' cells, 0 when they differ or a row is too wide. */
static const uc *scan_run(const uc *s, const uc *lim, int *held, size_t *width)
{
    *width = SIZE_MAX;
    memset(held, 0, MAX_COLS * sizeof *held);
    for (; s < lim; s = nb_next_line(nb_line_end(s, lim), lim)) {
        const uc *e = nb_line_end(s, lim), *cs[MAX_COLS];
        if (!tab_row(s, e)) break;
        size_t n = row_cells(s, e, cs);
        if (*width == SIZE_MAX) *width = n;
        if (n != *width) *width = 0;
        for (size_t c = 0; c < n && *width; c++) held[c] |= cell_kind(cs[c], c + 1 < n ? cs[c + 1] - 1 : e);
    }
    if (*width == SIZE_MAX) *width = 0;
    return s;
}

/* Whether the run's columns of counts all have a header in the run (a cell that is no number), and
 * some column is blank in every row while two are not: a table's grid (a text whose every line is a
 * cell after a TAB is none). */
static int has_spacers(const int *held, size_t width)
{
    size_t blank = 0;
    for (size_t c = 0; c < width; c++) {
        if (held[c] == COL_NUMBER) return 0; /* its header is not in the run */
        blank += !held[c];
    }
    return blank && width - blank >= 2;
}

/* Merges the spacer cells of the rows [s, end) with their neighbours: those before the first filled
 * column with the cell after them, the others with the cell before them. */
static void drop_columns(uc *s, const uc *end, const uc *lim, const int *held, size_t width)
{
    size_t first = 0;
    while (!held[first]) first++;
    for (; s < end; s = (uc *)nb_next_line(nb_line_end(s, lim), lim)) {
        const uc *cs[MAX_COLS];
        row_cells(s, nb_line_end(s, lim), cs);
        for (size_t c = 0; c < width; c++) {
            if (held[c]) continue;
            uc *tab = (uc *)(c < first ? cs[c + 1] : cs[c]) - 1; /* the TAB after the cell, or before it */
            *tab = ' ';
        }
    }
}

/* The spacer columns of each run of TAB rows in [base, lim) dropped; at: base's byte offset in the
 * text, for the diagnostics. */
static void drop_in(uc *base, const uc *lim, size_t at, nb_enc_diag_fn diag, void *ctx)
{
    int held[MAX_COLS];
    for (uc *p = base; p < lim;) {
        if (!tab_row(p, nb_line_end(p, lim))) {
            p = (uc *)nb_next_line(nb_line_end(p, lim), lim);
            continue;
        }
        size_t width;
        uc *end = (uc *)scan_run(p, lim, held, &width);
        if (width && has_spacers(held, width)) {
            drop_columns(p, end, lim, held, width);
            if (diag) {
                size_t n = 0;
                for (size_t c = 0; c < width; c++) n += !held[c];
                char msg[160];
                snprintf(msg, sizeof msg, "%zu column%s blank in every row of a table (a spreadsheet's spacer) "
                         "dropped: no cells", n, n == 1 ? "" : "s");
                diag(ctx, "info", "spacer-column-dropped", msg, at + (size_t)(p - base));
            }
        }
        p = end;
    }
}

void nb_spacercol_drop(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\t', t->len)) return;
    drop_in((uc *)t->data, (const uc *)t->data + t->len, 0, diag, ctx);
}

void nb_spacercol_drop_rows(char *rows, size_t len, size_t at, nb_enc_diag_fn diag, void *ctx)
{
    if (rows && len) drop_in((uc *)rows, (const uc *)rows + len, at, diag, ctx);
}
