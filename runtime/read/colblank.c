/* colblank.c — blank cells: where each number of a row with fewer numbers than the rows around it
 * (or than its stretch's header has columns) goes among their columns, and text over a column of
 * numbers (a cell's note) that is that column's, not the label's. Part of columns.c's reader
 * (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "colheader.h"

/* Column i of rows up and down: numbers aligned right (a table's usual way), their ends in one place
 * whatever their widths (6 over 1432), give or take a column of pdftotext's grid. */
static int aligned_right(const state *st, const struct nref *up, const struct nref *down, unsigned i)
{
    return abs(st->xs[up->x0 + i].x1 - st->xs[down->x0 + i].x1) <= 2;
}

/* Whether cells at x[0, n), after a label ending at lab (-1: none), are each set one blank (or a
 * TAB) after the one before: a line not laid out in columns (pdftotext -raw; a label that pushed its
 * numbers past their places), whose numbers stand where the lengths before them put them, in no
 * column. */
static int one_blank_apart(int lab, const struct span2 *x, size_t n)
{
    size_t gaps = 0;
    for (size_t i = 0; i < n; i++) {
        int before = i ? x[i - 1].x1 : lab;
        if (i == 0 && lab < 0) continue;
        if (x[i].x0 - before > 1) return 0;
        gaps++;
    }
    return gaps > 0;
}

static int ref_apart(const state *st, const struct nref *r) { return one_blank_apart(r->lab, &st->xs[r->x0], r->k); }

/* Whether rows up and down have as many numbers, in the same columns (aligned left, right or
 * centred). */
static int same_columns(const state *st, const struct nref *up, const struct nref *down)
{
    if (up->k != down->k) return 0;
    for (unsigned i = 0; i < up->k; i++)
        if (abs(st->xs[up->x0 + i].x0 - st->xs[down->x0 + i].x0) > 2 && !aligned_right(st, up, down, i)) return 0;
    return 1;
}

size_t nb_col_ref_at(const state *st, size_t line)
{
    /* the N lines are in text order: the first one at or after line */
    size_t lo = 0, hi = st->nref;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (st->ref[mid].line < line) lo = mid + 1;
        else hi = mid;
    }
    return lo < st->nref && st->ref[lo].line == line ? lo : NONE;
}

/* The row of columns a row of N line l with fewer numbers takes them from: the nearest N line above
 * or below on its page (within 40 lines) with more numbers; where both exist they must agree. NULL
 * when there is none or they disagree. */
/* The nearest N line of the stretch of ref lo (at line `line` on page `page`) above it (or below),
 * within 40 lines, with more numbers than k, or, where exact is not 0, with exactly that many. */
static const struct nref *nearest(const state *st, size_t lo, size_t line, unsigned page, int below, unsigned k,
                                  unsigned exact)
{
    unsigned block = st->ref[lo].block;
    for (size_t i = below ? lo : lo - 1; below ? i < st->nref : i + 1 > 0; below ? i++ : i--) {
        const struct nref *r = &st->ref[i];
        if (r->line == line) continue;
        if (r->page != page || r->block != block || (below ? r->line - line : line - r->line) > 40) break;
        if ((exact ? r->k == exact : r->k > k) && !ref_apart(st, r)) return r;
    }
    return NULL;
}

/* The rows above and below a row of k numbers at `line` that give its columns: *up and *down, either
 * NULL where there is none; where both exist they have as many numbers. Returns whether their
 * columns agree (or there is one); 0 where they do not, or have not as many numbers. */
static int references(const state *st, size_t line, unsigned k, const struct nref **up, const struct nref **down)
{
    size_t lo = nb_col_ref_at(st, line);
    *up = *down = NULL;
    if (lo == NONE) return 0;
    unsigned page = st->ref[lo].page; /* its own: a cluster may go on over a page break (columns.c) */
    *up = nearest(st, lo, line, page, 0, k, 0);
    *down = nearest(st, lo, line, page, 1, k, 0);
    /* the nearer on one side may itself lack cells (6 … 6 / 5 2 … 7 under a full row): the row there
       with as many numbers as the other side's, to be checked against it */
    if (*up && *down && (*up)->k < (*down)->k) *up = nearest(st, lo, line, page, 0, k, (*down)->k);
    else if (*up && *down && (*down)->k < (*up)->k) *down = nearest(st, lo, line, page, 1, k, (*up)->k);
    if (!*up || !*down) return *up || *down;
    return same_columns(st, *up, *down);
}

static const struct nref *reference(const state *st, size_t line, unsigned k)
{
    const struct nref *up, *down;
    if (!references(st, line, k, &up, &down)) return NULL;
    return up ? up : down;
}

/* The columns of a row's numbers from the stretch's header: col[i] for its i-th number, in order,
 * two never in one; returns the header's columns, or 0 where a number has no certain column. */
unsigned nb_col_header_columns(const nb_hpiece *leaf, unsigned k, const struct span2 *x, size_t n, unsigned *col)
{
    for (size_t i = 0; i < n; i++) {
        int c = nb_header_column(leaf, k, x[i].x0, x[i].x1);
        if (c < 0 || (i && (unsigned)c <= col[i - 1])) return 0;
        col[i] = (unsigned)c;
    }
    return k;
}

/* Whether N line l's label (its first piece) reaches the column at x0, the first of the row it would be
 * placed by: no table laid out in columns sets a label over its numbers' column, but a label typed
 * with TABs (a <pre>) or set whole by lynx pushes its row's numbers right, each a column on
 * (其他对外管理服务事项 3 0 under 行政许可 12 0 186: the 3 under the 0), and positions say nothing
 * of which cell is blank. Past its start, not touching it: a PDF's grid may set a label's end on a
 * column's first position (blind4_p2024blank's Word PDF, 6 cells). */
static int label_reaches(const state *st, const cline *l, int x0)
{
    return l->np > l->nnum && st->pc[l->p0].x1 > x0;
}

static int pushed(const state *st, const cline *l, const struct nref *r)
{
    return r && label_reaches(st, l, st->xs[r->x0].x0);
}

/* The header of the stretch of N line l (stretch_header), or NULL; *ref its N line's entry. */
static const struct nhead *stretch_header(const state *st, const cline *l, const struct nref **ref)
{
    size_t i = nb_col_ref_at(st, st->line0 + (size_t)(l - st->ln));
    if (i == NONE || st->nhd == 0) return NULL;
    const struct nref *r = *ref = &st->ref[i];
    size_t lo = 0, hi = st->nhd; /* the headers are in the order of their stretches */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (st->hd[mid].block < r->block) lo = mid + 1;
        else hi = mid;
    }
    if (lo == st->nhd || st->hd[lo].block != r->block || st->hd[lo].page != r->page) return NULL;
    return &st->hd[lo];
}

/* Where each number of N line l, fewer than its stretch's header has columns, goes among them
 * (stretch_header): col[i] for its i-th number. Returns the number of columns, or 0. */
static unsigned place_by_header(const state *st, const cline *l, unsigned *col, size_t cap)
{
    const struct nref *r = NULL;
    const struct nhead *h = stretch_header(st, l, &r);
    if (!h || h->k > cap || r->k >= h->k || label_reaches(st, l, st->hx[h->x0].x0)) return 0;
    return nb_col_header_columns(&st->hx[h->x0], h->k, &st->xs[r->x0], r->k, col);
}

/* Where each of the n cells at x[0, n) goes among the columns of row r: col[i] for the i-th. Returns
 * the number of columns, or 0 when a cell overlaps no column or two, or two share one. */
static unsigned place_spans(const state *st, const struct span2 *x, size_t n, const struct nref *r, unsigned *col,
                            size_t cap)
{
    if (!r || r->k > cap) return 0;
    unsigned prev = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned hit = 0, c = 0;
        for (unsigned j = 0; j < r->k; j++) {
            const struct span2 *rx = &st->xs[r->x0 + j];
            if (x[i].x0 <= rx->x1 && x[i].x1 >= rx->x0) { /* touching counts: a column is a digit wide */
                hit++;
                c = j;
            }
        }
        if (hit != 1 || (i && c <= prev)) return 0;
        col[i] = c;
        prev = c;
    }
    return r->k;
}

/* The spans of N line l's numbers into x (l->nnum <= 64). */
static void number_spans(const state *st, const cline *l, struct span2 *x)
{
    for (size_t i = 0; i < l->nnum; i++)
        x[i] = (struct span2){st->pc[l->p0 + l->np - l->nnum + i].x0, st->pc[l->p0 + l->np - l->nnum + i].x1};
}

/* Where each number of N line l goes among the columns of row r (place_spans). */
static unsigned place_on(const state *st, const cline *l, const struct nref *r, unsigned *col, size_t cap)
{
    struct span2 x[64];
    if (l->nnum > 64) return 0;
    number_spans(st, l, x);
    return place_spans(st, x, l->nnum, r, col, cap);
}

/* Whether the columns of row r are the table's, for the row of ref lo: every other row of lo's
 * stretch with as many numbers as r (full_row), on its page and within 40 lines of it, has them in
 * r's columns. A table typed with TABs (a report in a <pre>) sets each row's values at the tab stops
 * after its own label: rows whose labels end alike share columns, the others not, and the values of
 * a row with a blank cell stand under columns that are not theirs (四、结转下年度继续办理  2 0 0 0 0 0
 * under the 总计 row's 42 4 0 0 2 1 49, its 总计 left blank): no position says which cell is blank.
 * Where a page break leaves r the only full row of its page (the 总计 row alone with 四、结转), the
 * rows of the page next to it say instead: not with r (pdftotext sets each page in its own grid, a
 * table's columns may shift at a page break), but with one another: where they disagree, the table
 * is not set in columns. */
static int full_row(const state *st, const struct nref *row, const struct nref *r, const struct nref *o)
{
    return o != r && o->k == r->k && o->block == row->block && !ref_apart(st, o);
}

/* Compares full row o with r on row's page (0 where they disagree; *shared set where they agree),
 * else with *first, the first full row met on o's page (set where there is none yet): *astray set
 * where they disagree. Returns 1 but where o contradicts r. */
static int compare_row(const state *st, const struct nref *row, const struct nref *r, const struct nref *o,
                       const struct nref **first, int *shared, int *astray)
{
    if (!full_row(st, row, r, o)) return 1;
    if (o->page == row->page) {
        if (!same_columns(st, r, o)) return 0;
        *shared = 1;
        return 1;
    }
    if (!*first || (*first)->page != o->page) *first = o;
    else *astray |= !same_columns(st, *first, o);
    return 1;
}

/* 0 where a full row of row lo's page contradicts r's columns; TABLE_COLUMNS where the rows say they
 * are the table's; ONE_PAGE where only rows of lo's page share them while those of another page are
 * not in one set of columns (a TAB-typed table across a page break, two rows of its last page alike). */
enum { TABLE_COLUMNS = 1, ONE_PAGE = 2 };
static int table_columns(const state *st, size_t lo, const struct nref *r)
{
    /* the N lines are in text order: only those within 40 lines of lo's, each way (not all: a long
       text's rows would make this quadratic, tests/pathological.py aligned-rows) */
    const struct nref *row = &st->ref[lo], *first = NULL;
    int shared = 0, astray = 0;
    for (size_t i = lo; i < st->nref && st->ref[i].line - row->line <= 40; i++)
        if (!compare_row(st, row, r, &st->ref[i], &first, &shared, &astray)) return 0;
    first = NULL;
    for (size_t i = lo; i-- > 0 && row->line - st->ref[i].line <= 40;)
        if (!compare_row(st, row, r, &st->ref[i], &first, &shared, &astray)) return 0;
    return !astray ? TABLE_COLUMNS : shared ? ONE_PAGE : 0;
}

/* Whether N line l's label ends where r's first column starts, no blank between, while l's first
 * number stands past that column (col[0]): the label took that column's place, as a TAB after it
 * does in a <pre> (四、结转下年度继续办理 3 0 0 0 0 0, its 总计 blank, each value one TAB stop on,
 * exactly under the 总计 row's 5 1 1 1 0 66). */
static int label_at_first(const state *st, const cline *l, const struct nref *r, const unsigned *col)
{
    return l->nnum && col[0] > 0 && l->np > l->nnum &&
           st->pc[l->p0 + l->np - l->nnum - 1].x1 >= st->xs[r->x0].x0;
}

/* The row of the stretch of ref lo with the most numbers, more than k, on its page and within 40
 * lines of it (the nearer of two as full), not set one blank apart; NULL where there is none. */
static const struct nref *fullest(const state *st, size_t lo, unsigned k)
{
    const struct nref *row = &st->ref[lo], *best = NULL;
    for (size_t i = lo; i < st->nref && st->ref[i].line - row->line <= 40; i++)
        if (st->ref[i].page == row->page && st->ref[i].block == row->block && st->ref[i].k > (best ? best->k : k) &&
            !ref_apart(st, &st->ref[i]))
            best = &st->ref[i];
    for (size_t i = lo; i-- > 0 && row->line - st->ref[i].line <= 40;) {
        const struct nref *o = &st->ref[i];
        if (o->page == row->page && o->block == row->block && o->k > (best ? best->k : k) && !ref_apart(st, o) &&
            (!best || o->k > best->k || row->line - o->line < best->line - row->line))
            best = o;
    }
    return best;
}

/* Where each number of N line l of pdftotext's pages goes among the columns of the fullest row of
 * its stretch (fullest), where the rows around it (up, down: the nearest with more numbers) leave
 * cells blank too, each its own (35 4 _ _ 2 _ 41 above, 2 _ _ _ _ _ 2 below, the 总计 row 33 3 1 1 2 3 43
 * further down): that row's columns are the table's (table_columns), the rows around take theirs,
 * every number of each in one of them, l's label reaches none of them, and each number of l goes in
 * a column where a row around has one: a number alone in a column the rows around leave empty may
 * be a piece of one of theirs wrapped in its cell (1 over their row's line, 5 under it: 15). col[i]
 * for its i-th number; returns the columns, or 0. */
static unsigned by_fullest(const state *st, const cline *l, const struct nref *up, const struct nref *down,
                           unsigned *col, size_t cap)
{
    size_t lo = nb_col_ref_at(st, st->line0 + (size_t)(l - st->ln));
    unsigned k = (unsigned)l->nnum, around[64];
    unsigned char filled[64] = {0};
    if (!st->paged || lo == NONE || (!up && !down)) return 0;
    if (up && up->k > k) k = up->k;
    if (down && down->k > k) k = down->k;
    const struct nref *f = fullest(st, lo, k);
    if (!f || f->k > 64 || pushed(st, l, f) || table_columns(st, lo, f) != TABLE_COLUMNS) return 0;
    for (int side = 0; side < 2; side++) {
        const struct nref *r = side ? down : up;
        if (!r) continue;
        if (!place_spans(st, &st->xs[r->x0], r->k, f, around, 64)) return 0;
        for (unsigned i = 0; i < r->k; i++) filled[around[i]] = 1;
    }
    unsigned n = place_on(st, l, f, col, cap);
    for (size_t i = 0; i < l->nnum && n; i++)
        if (!filled[col[i]]) n = 0;
    return n && !label_at_first(st, l, f, col) ? n : 0;
}

/* Where each number of N line l goes among the columns of the rows around it (references): by the
 * one, or by both where they agree. Where their columns do not all agree (a placeholder — centred in
 * a column whose numbers are set right), the row is placed on each and taken where both place every
 * number of it in the same columns. */
static unsigned place_by_rows(const state *st, const cline *l, unsigned *col, size_t cap)
{
    const struct nref *up, *down;
    size_t line = st->line0 + (size_t)(l - st->ln);
    int agree = references(st, line, (unsigned)l->nnum, &up, &down);
    if (pushed(st, l, up) || pushed(st, l, down)) return 0;
    unsigned n = by_fullest(st, l, up, down, col, cap);
    if (n) return n;
    int table = agree ? table_columns(st, nb_col_ref_at(st, line), up ? up : down) : 0;
    if (agree && !table) return 0;
    if (agree) {
        /* the columns shared on this page alone, a label touching the first: not certainly the row's */
        unsigned k = place_on(st, l, up ? up : down, col, cap);
        if (k && table == ONE_PAGE && label_at_first(st, l, up ? up : down, col)) return 0;
        return k;
    }
    if (!up || !down || up->k != down->k || up->k > 64) return 0;
    unsigned other[64], k = place_on(st, l, up, col, cap);
    return k && place_on(st, l, down, other, cap) == k && !memcmp(col, other, l->nnum * sizeof *col) ? k : 0;
}

/* The header whose leaf columns line l's numbers stand under (stretch_header), or NULL. */
const struct nhead *nb_col_header_of(const state *st, const cline *l)
{
    const struct nref *r;
    return stretch_header(st, l, &r);
}

/* The rows of k numbers whose columns line l's k numbers take: the nearest N lines above and below l
 * on its page, in its stretch, within 40 lines, with k numbers or more (references), into *up and
 * *down (NULL where there is none). Returns 0 where neither exists or one has more than k; whether
 * their columns agree is not asked (the caller checks l's numbers against each). (colsplit.c: a
 * row's numbers set on two lines, joined.) */
int nb_col_full_rows(const state *st, const cline *l, unsigned k, const struct nref **up, const struct nref **down)
{
    *up = *down = NULL;
    if (!k) return 0;
    references(st, st->line0 + (size_t)(l - st->ln), k - 1, up, down);
    return (*up || *down) && (!*up || (*up)->k == k) && (!*down || (*down)->k == k);
}

/* Text over a column of numbers. A cell that holds a number and a note under it (5 / （其中修订2件）)
 * is printed over two or three lines around its row's line; where the row's label and its other
 * numbers stand on the line of the note (a print whose row is set lower), the note is a piece of
 * that line left of its numbers, as a label's piece is, but it stands over a column where the rows
 * around have their numbers. Such pieces of row r's lines [a, b) (text or a number, left of the N
 * line's own numbers) are marked with the column they stand over (piece.over): they are that
 * column's cell, not the label's; a piece over two columns, or the row's first, is not marked.
 * Only where one of them is such a note in brackets (（一） is a label's marker): other text there is
 * left as it was (9,6, a number cut wrong, beside its label). Returns how many are marked. */
size_t nb_col_mark_over(state *st, size_t r, size_t a, size_t b)
{
    const cline *n = &st->ln[r];
    const struct nref *ref = reference(st, st->line0 + r, (unsigned)n->nnum);
    size_t marked = 0;
    int note = 0;
    for (size_t j = a; j < b; j++) /* a cell stacked around the row's line (colstack.c) */
        for (size_t i = 0; st->ln[j].owner == r && st->ln[j].stacked == r && i < st->ln[j].np; i++) {
            if (st->ln[j].stackcol) P(st, &st->ln[j], i)->over = (unsigned char)st->ln[j].stackcol;
            marked += P(st, &st->ln[j], i)->over != 0; /* (stackcol 0: each piece its own, colstack.c) */
        }
    if (marked) return marked;
    if (!ref) return 0;
    for (size_t j = a; j < b; j++) {
        const cline *l = &st->ln[j];
        if (l->owner != r) continue;
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = j == r; i < k; i++) { /* (the N line's first piece is its label) */
            piece *p = P(st, l, i);
            unsigned hit = 0, c = 0;
            for (unsigned m = 0; m < ref->k && !p->unit; m++) {
                const struct span2 *x = &st->xs[ref->x0 + m];
                if (p->x0 <= x->x1 && p->x1 >= x->x0) {
                    hit++;
                    c = m;
                }
            }
            p->over = (unsigned char)(hit == 1 && c < 255 ? c + 1 : 0);
            marked += p->over != 0;
            note |= p->over && !p->starter && (st->in[p->s] == '(' || nb_col_lit(st->in + p->s, st->in + p->e, "（"));
        }
    }
    if (note) return marked;
    for (size_t j = a; j < b; j++) /* no note: a piece over the numbers is what it was (9,6: a cell's bad number) */
        for (size_t i = 0; st->ln[j].owner == r && i < st->ln[j].np; i++) P(st, &st->ln[j], i)->over = 0;
    return 0;
}

/* Whether N line r (of st->ref) is in this text and its values go on under it (colgoeson.c). */
static int unplaced_ref(const state *st, size_t r)
{
    size_t line = st->ref[r].line;
    return line >= st->line0 && line - st->line0 < st->nln && st->ln[line - st->line0].unplaced;
}

/* Whether a row of the stretch of N line l, within 40 lines of it, has its values going on at the
 * margin (colgoeson.c): the table's text is wrapped as text, not laid out in columns, and the
 * positions of no row of it say which of its cells is blank (the rows around such a row may share
 * columns by chance). */
static int wrapped_stretch(const state *st, const cline *l)
{
    size_t me = nb_col_ref_at(st, st->line0 + (size_t)(l - st->ln));
    if (me == NONE) return 0;
    /* a stretch's N lines follow one another in st->ref (text order): those within 40 lines of it,
       as table_columns looks (not all: a long stretch would make this quadratic) */
    unsigned block = st->ref[me].block;
    size_t line = st->ref[me].line;
    for (size_t r = me; r < st->nref && st->ref[r].block == block && st->ref[r].line - line <= 40; r++)
        if (unplaced_ref(st, r)) return 1;
    for (size_t r = me; r-- > 0 && st->ref[r].block == block && line - st->ref[r].line <= 40;)
        if (unplaced_ref(st, r)) return 1;
    return 0;
}

/* Where each number of N line l goes: by its stretch's header where that gives more columns than
 * the rows around it (a table whose every row leaves some cell blank), else by those rows; where
 * both give as many columns they must agree. Nowhere where l's cells, or those of the rows around,
 * are set one blank apart (one_blank_apart): pdftotext -raw's 行政规范性文件 7 under 规章 0 0 1 puts
 * the 7 under the 1 by the length of its label alone. */
unsigned nb_col_place(const state *st, const cline *l, unsigned *col, size_t cap)
{
    /* its values go on under it (colgoeson.c), or those of a row of its table: positions say nothing;
       or it has all its values, joined from two lines (colsplit.c) */
    if (l->unplaced || l->joined || wrapped_stretch(st, l)) return 0;
    struct span2 x[64];
    if (l->nnum > 64) return 0;
    number_spans(st, l, x);
    if (one_blank_apart(l->np > l->nnum ? st->pc[l->p0 + l->np - l->nnum - 1].x1 : -1, x, l->nnum)) return 0;
    unsigned byrow[64], k = place_by_rows(st, l, byrow, cap < 64 ? cap : 64);
    unsigned h = place_by_header(st, l, col, cap);
    if (h && h > k) return h;
    if (h == k && k && memcmp(col, byrow, l->nnum * sizeof *col) != 0) return 0;
    if (k) memcpy(col, byrow, l->nnum * sizeof *col);
    return k;
}

/* How many cells the rows of N line l's stretch have: its header's columns, else those of the rows
 * around it with more numbers (where both sides agree); 0 where neither says. */
unsigned nb_col_columns(const state *st, const cline *l)
{
    const struct nref *r = NULL, *up, *down;
    const struct nhead *h = stretch_header(st, l, &r);
    if (h) return h->k;
    size_t line = st->line0 + (size_t)(l - st->ln);
    if (!references(st, line, (unsigned)l->nnum, &up, &down)) return 0;
    return up ? up->k : down->k;
}
