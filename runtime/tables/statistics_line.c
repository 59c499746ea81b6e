/* statistics_line.c — the rows of a 统计表 on one line, read from its words (syntax/statline.h);
 * see statistics_line.h. */
#include "statistics_line.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "numbers.h"
#include "printed.h"
#include "statline.h"
#include "utf8.h"

/* ---- reading --------------------------------------------------------------------------------------- */

/* Where a row's numbers go among the header's number columns: how many there are, which is the
 * report's value (-1: none is known) and which 历年累计 (-1: none). */
typedef struct places {
    int cols, value, cum;
} places;

typedef struct reading {
    nb_report *r;
    const nb_cell *const *segs; /* the raw cells the words are in */
    const nb_slwords *ws;
    size_t last;                /* rows end with the word before this one */
    places pl;
    const nb_cell *(*rows)[NB_SROW_CELLS];
    size_t n, cap;
    /* the column of a place in the text, carried forward: a line may hold the whole table */
    int at_seg;
    const unsigned char *at;
    uint32_t at_col;
    /* reading order (statistics_line.h): the table has a unit or numbers with no label before them,
       and what the row cut last was */
    int disorder;
    int runs; /* a row whose line holds more values than the table has columns: others' run into it */
    enum { LAST_NONE, LAST_ALONE, LAST_ORPHAN, LAST_BELOW } last_was;
    int last_nums; /* the last row cut had numbers */
} reading;

/* A cell for words [a, b] of the text, with its span. */
static const nb_cell *cell_of(reading *x, long a, long b)
{
    const nb_slword *wa = &x->ws->v[a], *wb = &x->ws->v[b];
    const nb_cell *seg = x->segs[wa->seg];
    nb_cell *c = nb_arena_alloc(&x->r->arena, sizeof *c);
    c->raw.p = (const char *)wa->s;
    c->raw.n = (size_t)(wb->e - wa->s);
    if (x->at_seg != wa->seg || !x->at || wa->s < x->at) {
        x->at_seg = wa->seg;
        x->at = (const unsigned char *)seg->raw.p;
        x->at_col = seg->span.col;
    }
    x->at_col += (uint32_t)nb_u8count(x->at, wa->s);
    x->at = wa->s;
    c->span = seg->span;
    c->span.col = x->at_col;
    c->span.byte += (size_t)(wa->s - (const unsigned char *)seg->raw.p);
    return c;
}

/* The TAB cell of its piece of text word w is in (0 for the first), and the piece's number of cells. */
static int tab_cell(const reading *x, long w, int *cells)
{
    const nb_slword *wd = &x->ws->v[w];
    const nb_cell *seg = x->segs[wd->seg];
    const unsigned char *s = (const unsigned char *)seg->raw.p, *e = s + seg->raw.n;
    int k = 0, n = 1;
    for (const unsigned char *p = s; p < e; p++)
        if (*p == '\t') {
            n++;
            k += p < wd->s;
        }
    *cells = n;
    return k;
}

/* The number of column k (of the header's number columns) as the row's value or 历年累计 in out; a
 * number of another year's column is not the report's, and not read. */
static void place(reading *x, int k, long w, const nb_cell **out)
{
    if (k == x->pl.value) out[2] = cell_of(x, w, w);
    else if (k == x->pl.cum) out[3] = cell_of(x, w, w);
}

/* A row on a line of TAB cells, a cell for each column (label, unit, each value column: a row whose
 * blank cell an aligned-columns pass put back, 件 | 2 | blank), and perhaps a 备注 cell after them
 * (个 | 1 | blank | 截至年底: the page's own table, a grid a tool drew): its numbers go by their cells,
 * not by how many there are. 0 when its words do not stand so (the label in the first cell, the
 * unit in the second, a number a value cell, a remark the last cell). */
static int by_cells(reading *x, const nb_slrow *row, int cols, const nb_cell **out)
{
    int cells, at[NB_SL_MAX_NUMS], taken = 0;
    long seg = x->ws->v[row->label_first].seg;
    if (row->more || tab_cell(x, row->label_first, &cells) != 0 || cells < 2 + cols ||
        cells > 2 + cols + (x->ws->remarks != 0))
        return 0;
    if (row->remark_first >= 0 &&
        (cells != 3 + cols || x->ws->v[row->remark_first].seg != seg || x->ws->v[row->remark_last].seg != seg ||
         tab_cell(x, row->remark_first, &cells) != 2 + cols || tab_cell(x, row->remark_last, &cells) != 2 + cols))
        return 0;
    if (tab_cell(x, row->label_last, &cells) != 0 || (row->unit >= 0 && tab_cell(x, row->unit, &cells) != 1)) return 0;
    for (int i = 0; i < row->nnum; i++) {
        if (x->ws->v[row->nums[i]].seg != seg) return 0;
        at[i] = tab_cell(x, row->nums[i], &cells);
        if (at[i] < 2 || at[i] >= 2 + cols || (taken & 1 << at[i])) return 0;
        taken |= 1 << at[i];
    }
    for (int i = 0; i < row->nnum; i++) place(x, at[i] - 2, row->nums[i], out);
    return 1;
}

static long first_word(const nb_slrow *row)
{
    return row->label_first >= 0 ? row->label_first : row->unit >= 0 ? row->unit : row->nums[0];
}

/* The row's unit or first number stands in a piece of text (a line) after its label's. */
static int data_below(const reading *x, const nb_slrow *row)
{
    long d = row->unit >= 0 ? row->unit : row->nnum ? row->nums[0] : -1;
    return d >= 0 && x->ws->v[d].seg != x->ws->v[row->label_last].seg;
}

/* A first pass: whether a unit or numbers stand with no label before them, and whether a row's label
 * has, on lines after it, more numbers than the table has columns (a row number and a dashed unit
 * aside): in reading order, values of the rows after it ran into its own. */
static void find_disorder(void *ctx, const nb_slrow *row)
{
    reading *x = ctx;
    if ((size_t)first_word(row) >= x->last) return;
    if (row->label_first < 0) x->disorder = 1;
    else if (row->nnum + row->more > x->pl.cols + 1 && data_below(x, row)) x->runs = 1;
}

/* Row out (its unit and values) left null: in reading order they may be another row's. */
static void unsure(reading *x, const nb_cell **out, const char *why)
{
    nb_diag_add(x->r, "warning", "row-label-apart", &out[0]->span,
                "统计表 row %.*s: %s; in reading order its unit and values may be that row's: left null",
                (int)(out[0]->raw.n > 90 ? 90 : out[0]->raw.n), out[0]->raw.p, why);
    out[1] = out[2] = out[3] = NULL;
}

/* Word w is a dash (—, -, /): a blank cell, not a number. */
static int is_dash(const reading *x, long w)
{
    const nb_slword *wd = &x->ws->v[w];
    int is_null = 0;
    return nb_is_number(wd->s, wd->e, &is_null) && is_null;
}

/* The form's row of column codes under a header with a 代码 column (甲 乙 丙 1: the label, unit and
 * code columns lettered, the value columns numbered): its label is those letters only. */
static int column_codes(const reading *x, const nb_slrow *row)
{
    return row->label_first >= 0 && nb_statline_letters(x->ws->v[row->label_first].s, x->ws->v[row->label_last].e);
}

/* A number that can be a row's code in a 代码 column: one to three ASCII digits (01, 7, 112). */
static int code_shaped(const reading *x, long w)
{
    const nb_slword *wd = &x->ws->v[w];
    if (wd->e - wd->s < 1 || wd->e - wd->s > 3) return 0;
    for (const unsigned char *p = wd->s; p < wd->e; p++)
        if (*p < '0' || *p > '9') return 0;
    return 1;
}

static void on_row_read(reading *x, const nb_slrow *row);

/* The row number (序号) that row's line opened with, as a cell on its label's line, or NULL. */
static const nb_cell *row_number_of(reading *x, const nb_slrow *row)
{
    const nb_slword *w = &x->ws->v[row->label_first];
    if (!w->num_s) return NULL;
    const nb_cell *seg = x->segs[w->seg];
    nb_cell *c = nb_arena_alloc(&x->r->arena, sizeof *c);
    *c = *seg;
    c->next = NULL;
    c->raw.p = (const char *)w->num_s;
    c->raw.n = (size_t)(w->num_e - w->num_s);
    c->span.byte += (size_t)(w->num_s - (const unsigned char *)seg->raw.p); /* (its line and column: the segment's) */
    return c;
}

/* Under a header with a 代码 column, a row's first number is its code, no count: left out (the row's
 * values are the numbers after it); a row whose first number is no code's shape is not read. */
static void on_row(void *ctx, const nb_slrow *row)
{
    reading *x = ctx;
    if (!x->ws->coded || !row->nnum) {
        if (!x->ws->coded || !column_codes(x, row)) on_row_read(x, row);
        return;
    }
    if (column_codes(x, row)) return;
    nb_slrow r = *row;
    if (code_shaped(x, r.nums[0])) {
        memmove(r.nums, r.nums + 1, (size_t)(r.nnum - 1) * sizeof r.nums[0]);
        r.nnum--;
    } else {
        r.nnum = 0;
        r.more = 0;
    }
    on_row_read(x, &r);
}

static void on_row_read(reading *x, const nb_slrow *row)
{
    long first = first_word(row);
    if ((size_t)first >= x->last) return; /* after the table's last row: a note or prose */
    if (row->label_first < 0) { /* a unit or numbers where the 统计表 has a label */
        const nb_cell *c = cell_of(x, first, row->nnum ? row->nums[row->nnum - 1] : first);
        nb_diag_add(x->r, "warning", "cell-unplaced", &c->span,
                    "\"%.*s\" in the one-line 统计表 has no row label before it: not read", (int)c->raw.n, c->raw.p);
        if (x->last_was == LAST_BELOW)
            unsure(x, x->rows[x->n - 1], "a unit or values with no label follow its values");
        /* after a row with its numbers (or another such run), a row's label is lost (statistics.h);
           after one without, they are likely its own, left unread */
        if (x->last_nums || x->last_was == LAST_ORPHAN) {
            nb_grow(&x->rows, &x->cap, x->n, sizeof *x->rows);
            x->rows[x->n][0] = x->rows[x->n][2] = x->rows[x->n][3] = x->rows[x->n][4] = NULL;
            x->rows[x->n++][1] = c;
        }
        x->last_was = LAST_ORPHAN;
        return;
    }
    x->last_nums = row->nnum > 0;
    nb_grow(&x->rows, &x->cap, x->n, sizeof *x->rows);
    const nb_cell **out = x->rows[x->n++];
    out[0] = cell_of(x, row->label_first, row->label_last);
    out[1] = row->unit >= 0 ? cell_of(x, row->unit, row->unit) : NULL;
    out[2] = out[3] = NULL;
    out[4] = row_number_of(x, row);
    if (row->remark_first >= 0) {
        const nb_cell *m = cell_of(x, row->remark_first, row->remark_last);
        nb_diag_add(x->r, "info", "statistics-remark", &m->span, "统计表 row %.*s: \"%.*s\" in the 备注 column, a remark, no value",
                    (int)(out[0]->raw.n > 90 ? 90 : out[0]->raw.n), out[0]->raw.p, (int)(m->raw.n > 60 ? 60 : m->raw.n),
                    m->raw.p);
    }
    if (x->runs && data_below(x, row)) { /* which values are whose is not known anywhere in it */
        unsure(x, out, "in reading order the values of some rows of this table ran together after one label");
        x->last_was = LAST_NONE;
        return;
    }
    int below = x->disorder && data_below(x, row), before = x->last_was;
    x->last_was = row->unit < 0 && !row->nnum ? LAST_ALONE : below ? LAST_BELOW : LAST_NONE;
    if (below && (before == LAST_ALONE || before == LAST_ORPHAN)) {
        unsure(x, out, before == LAST_ALONE ? "its label follows a row's label that has no unit or value"
                                            : "its label follows a unit or values with no label");
        x->last_was = LAST_NONE;
        return;
    }
    int cols = x->pl.cols;
    if (row->nnum && row->nnum < cols && by_cells(x, row, cols, out)) return;
    /* A group row dashes its unit cell too (一、主动公开情况  —  —): with no unit word, one number more
       than the value columns has the unit column as its only other place, and a dash there is a blank
       unit (a number would be no unit: that row stays ambiguous). */
    int skip = row->unit < 0 && row->nnum == cols + 1 && !row->more && is_dash(x, row->nums[0]);
    if (row->nnum == cols + skip && !row->more) {
        for (int k = 0; k < cols; k++) place(x, k, row->nums[skip + k], out);
    } else if (row->nnum) {
        const nb_cell *c = cell_of(x, row->nums[0], row->nums[row->nnum - 1]);
        nb_diag_add(x->r, "warning", "statistics-ambiguous", &c->span,
                    "统计表 row %.*s: %d number%s (\"%.*s\") where the header has %d value column%s; which "
                    "column %s in is not known (a blank cell is lost on one line): left null",
                    (int)out[0]->raw.n, out[0]->raw.p, row->nnum + row->more, row->nnum > 1 ? "s" : "",
                    (int)c->raw.n, c->raw.p, cols, cols > 1 ? "s" : "", row->nnum > 1 ? "each is" : "it is");
    }
}

/* A line of the table that is its header again (printed at the top of each page), or the form's 填报单位
 * line over it: no row, said. */
static int repeated_header(nb_report *r, const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    const unsigned char *h = nb_statline_header(s, e, NULL);
    if (nb_statline_form_line(s, e)) {
        nb_diag_add(r, "info", "statistics-header-repeated", &c->span,
                    "the 统计表 form's 填报单位 line again (a page's top): no row of it");
        return 1;
    }
    if (!h || nb_skip_blanks(h, e) != e) return 0;
    nb_diag_add(r, "info", "statistics-header-repeated", &c->span,
                "the 统计表's header again (a page's top): no row of it");
    return 1;
}

/* A cell of the table a cell a line that is the header's 指标名称 (统计指标) alone: pdftotext in
 * reading order sets that word, centred down the label column, among the rows (the header's other
 * words above them). No row, and not the head of the next row's label either. */
static int label_word_among_rows(nb_report *r, const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p;
    if (!nb_statline_label_word(s, s + c->raw.n)) return 0;
    nb_diag_add(r, "info", "statistics-header-repeated", &c->span,
                "the 统计表's header word %.*s among its rows (reading order, or a page's top): no row of it",
                (int)c->raw.n, c->raw.p);
    return 1;
}

/* The rows cut from the words of cells `first` on (of the first from h on), after a header with the
 * 历年累计 column or not, its numbers going to pl: rows into *out; 0 when there is none. joined: the cells are of one
 * run, a row may go across them; otherwise each is a row (or several, on one line). */
static size_t read_cells(nb_report *r, const nb_cell *first, const unsigned char *h, places pl, int joined,
                         int remarks, int numbered, int unit_last, int coded, nb_statline_table *out)
{
    const nb_cell **segs = NULL;
    size_t nsegs = 0, segcap = 0;
    nb_slwords ws = {.joined = joined, .remarks = remarks, .numbered = numbered, .unit_last = unit_last,
                     .coded = coded};
    int seg = 0;
    for (const nb_cell *c = first; c; c = c->next, seg++) {
        nb_grow(&segs, &segcap, nsegs, sizeof *segs);
        segs[nsegs++] = c;
        const unsigned char *cs = c == first && h ? h : (const unsigned char *)c->raw.p;
        if (c != first && !joined && repeated_header(r, c)) continue;
        if (c != first && joined && label_word_among_rows(r, c)) continue;
        if (!nb_statline_words(&ws, cs, (const unsigned char *)c->raw.p + c->raw.n, seg)) break;
    }
    reading x = {r, segs, &ws, 0, pl, NULL, 0, 0, -1, NULL, 0, 0, 0, LAST_NONE, 0};
    x.last = nb_statline_rows(&ws, NULL, NULL);
    nb_statline_rows(&ws, find_disorder, &x);
    nb_statline_rows(&ws, on_row, &x);
    *out = (nb_statline_table){x.rows, x.n, pl.cum >= 0};
    free(ws.v);
    free(segs);
    size_t labelled = 0;
    for (size_t i = 0; i < x.n; i++) labelled += x.rows[i][0] != NULL;
    return labelled;
}

/* Where the numbers of a header with value columns k go: the one value column, or of several years
 * side by side (2013年度 2014年度 历年累计: last year's beside this year's) the report's year's, the
 * others not read (said); with none of the report's year, no value is read. */
static places places_of(nb_report *r, const nb_cell *head, const nb_slcols *k)
{
    places pl = {k->n + k->cum, 0, k->cum ? k->n : -1};
    int years = 0, only = 0; /* the value columns but a column of changes (增减) */
    for (int i = 0; i < k->n; i++)
        if (k->years[i] != NB_SL_CHANGE) years++, only = i;
    if (years == 1) {
        pl.value = only;
        return pl;
    }
    pl.value = -1;
    for (int i = 0; i < k->n; i++)
        if (r->year && k->years[i] == r->year) pl.value = i;
    if (pl.value >= 0)
        nb_diag_add(r, "info", "statistics-year-columns", &head->span,
                    "the 统计表 has a value column for each of %d years: its values are those of the report's "
                    "year, %d; the other years' numbers are not read", years, r->year);
    else
        nb_diag_add(r, "warning", "statistics-year-columns", &head->span,
                    "the 统计表 has a value column for each of %d years, none of them the report's year%s: "
                    "which is its value is not known, left null", years, r->year ? "" : " (not found)");
    return pl;
}

/* A value column left blank in most rows that have a unit: a print cut at the page's edge leaves a
 * 统计表 so (Chromium at A5 and 150 %: its 历年累计 column gone, and of the 2016年度 column only
 * the first digits of its widest numbers, 4 of 4,172, the rest of them not drawn). The text keeps no
 * other trace of the cut (no page box, and pdftotext's columns drift with the CJK text before them),
 * and a 统计表 gives every row with a unit its count (0 where none), so the values there are left
 * null, said. Only with one value column, rows enough to tell, and in a print's text (printed.h). */
static void sparse_values(nb_report *r, const nb_cell *head, nb_statline_table *t)
{
    enum { MIN_ROWS = 8 };
    size_t units = 0, values = 0;
    if (t->cum) return;
    for (size_t i = 0; i < t->n; i++) {
        units += t->rows[i][1] != NULL;
        values += t->rows[i][2] != NULL;
    }
    if (units < MIN_ROWS || 2 * values >= units || !values || !nb_text_is_print(r)) return;
    nb_diag_add(r, "warning", "statistics-sparse", &head->span,
                "the 统计表's value column is blank in %zu of its %zu rows with a unit, as a print cut at the "
                "page's edge leaves it (the numbers it shows may be the first digits of longer ones): its %zu "
                "value%s left null", units - values, units, values, values > 1 ? "s" : "");
    for (size_t i = 0; i < t->n; i++) t->rows[i][2] = NULL;
}

int nb_statline_read(nb_report *r, const nb_rawtable *t, nb_statline_table *out)
{
    *out = (nb_statline_table){NULL, 0, 0};
    const nb_cell *head = t->cells;
    if (!head) return 0;
    const unsigned char *s = (const unsigned char *)head->raw.p, *e = s + head->raw.n;
    nb_slcols cols = {0};
    const unsigned char *h = nb_statline_columns(s, e, &cols);
    int named = h != NULL; /* the header names its value column */
    int years_below = 0;   /* 历年累计 on it, the value columns only on the next line */
    if (!h) h = nb_statline_label_unit(s, e);
    if (!h && (h = nb_statline_label_unit_total(s, e)) != NULL) {
        cols = (nb_slcols){.n = 1, .cum = 1};
        years_below = 1;
    }
    if (!h) return 0;
    /* 统计数 over two columns: the next line names them (2016年度 历年累计), and the rows begin after it;
       统计数 itself may be on this line, above it (centred over its two columns), or alone on a line
       between them (pdftotext -raw) */
    const unsigned char *sub = NULL;
    const nb_cell *below = head->next; /* the sub-header's cell: after 统计数 alone, if so */
    if (below && below->next && nb_statline_spanning((const unsigned char *)below->raw.p,
                                                     (const unsigned char *)below->raw.p + below->raw.n))
        below = below->next;
    if (!cols.cum && below && nb_skip_blanks(h, e) == e) {
        const unsigned char *ns = (const unsigned char *)below->raw.p;
        sub = nb_statline_subheader(ns, ns + below->raw.n);
    }
    if (sub) {
        cols = (nb_slcols){.n = 1, .cum = 1};
        head = below;
        h = sub;
    } else if ((named || years_below) && cols.n == 1 && !cols.years[0] && below && nb_skip_blanks(h, e) == e &&
               (sub = nb_statline_years_under((const unsigned char *)below->raw.p,
                                              (const unsigned char *)below->raw.p + below->raw.n, &cols)) != NULL) {
        head = below; /* 统计数 over this year's and last year's columns, named on the next line */
        h = sub;
    } else if (!named || years_below) {
        return 0; /* 指标名称 计量单位 with no value column */
    }
    /* the header's cell, and the cells after it (rows a line each) */
    if (!read_cells(r, head, h, places_of(r, head, &cols), 0, nb_statline_remarks(s, h), nb_statline_numbered(s, e),
                    nb_statline_unit_last(s, e), nb_statline_coded(s, e), out))
        nb_diag_add(r, "warning", "statistics-unread", &head->span,
                    "a 统计表 header (指标名称 / 计量单位 / …) on one line with no row after it that could be read");
    if (cols.n == 1) sparse_values(r, head, out); /* (one value column) */
    return 1;
}

void nb_statline_cells(nb_report *r, const nb_cell *first, int cum, int numbered, nb_statline_table *out)
{
    *out = (nb_statline_table){NULL, 0, cum};
    if (first) read_cells(r, first, NULL, (places){cum ? 2 : 1, 0, cum ? 1 : -1}, 1, 0, numbered, 0, 0, out);
}
