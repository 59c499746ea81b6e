/* grid_box.c — a table drawn with borders (w3m, elinks: box-drawing; links2, pandoc: | and +---+)
 * into rows of cells.
 *
 * A cell is what the borders enclose: the runs of characters between two borders on a line, joined
 * to the runs above and below them that share a column, make one cell (a union-find over runs,
 * linear). That reads a rowspan label printed on the middle line of its span, a label wrapped over
 * five lines, a border with no junctions (links2 draws the top one so), and a label on a line that
 * is a border for the other columns. The cells' top lines are the table's rows and their left
 * columns its columns; a cell spanning several is written where it starts and leaves empty cells
 * after and below it, as html.c writes a rowspan/colspan. Columns are display columns, measured per
 * line as the tool measured it (ambiguous-width characters one or two columns, or every character
 * one: links2): the measure under which the line ends where the table's borders end. Grids drawn
 * side by side on the same lines (side_by_side) are each read so within their own columns. */
#include <stdlib.h>
#include <string.h>

#include "grid_int.h"
#include "grow.h"

typedef struct grun {
    size_t line, c0, c1; /* line in the block; columns [c0, c1) */
    size_t off, end;     /* bytes */
    size_t up, next;     /* union-find parent; the next run of the same cell */
} grun;

typedef struct gcomp {
    size_t top, bottom, c0, c1, first, last;
} gcomp;

typedef struct box {
    greader *g;
    size_t first, last;   /* the table's lines */
    size_t lo, hi;        /* its columns, as the narrow measure counts its border lines */
    int beside;           /* one of tables side by side: the lines' other tables stand outside lo, hi */
    grun *runs;
    size_t nruns, cap;
} box;

static size_t root(grun *r, size_t i)
{
    while (r[i].up != i) {
        r[i].up = r[r[i].up].up;
        i = r[i].up;
    }
    return i;
}

static int first_last_border(const gel *el, size_t n, size_t *a, size_t *b)
{
    size_t i = 0, j = n;
    while (i < n && (el[i].tok == NB_G_BLANK || el[i].tok == NB_G_CR)) i++;
    while (j > i && (el[j - 1].tok == NB_G_BLANK || el[j - 1].tok == NB_G_CR)) j--;
    if (i >= j || !nb_gel_border(el[i].tok) || !nb_gel_border(el[j - 1].tok)) return 0;
    *a = i;
    *b = j - 1;
    return 1;
}

/* A border line of a grid: borders and blanks only, with a rule drawn the way grids draw it (box
 * characters, or + at the junctions). |---|---| is a Markdown alignment row, not this. */
static int grid_rule(const gtext *t, const gel *el, size_t n)
{
    int rule = 0, gridlike = 0;
    for (size_t i = 0; i < n; i++) {
        nb_gtok k = el[i].tok;
        if (k == NB_G_BLANK || k == NB_G_CR) continue;
        if (!nb_gel_border(k)) return 0;
        const unsigned char c = (unsigned char)t->s[el[i].off];
        if (k == NB_G_RULE) rule = 1;
        if (k == NB_G_JUNC || (k == NB_G_RULE && (c >= 0x80 || memchr(t->s + el[i].off, '+', el[i].len))))
            gridlike = 1;
    }
    return rule && gridlike;
}

/* Where the borders of line i end under measure m. */
static size_t end_col(const gel *el, size_t b, int m) { return nb_gel_col(&el[b], m) + nb_gel_width(&el[b], m); }

/* The first and last tokens *a, *b of a line's n tokens that stand in columns [lo, hi) under measure
 * m: 1 where they are borders, the first at lo and the last ending at hi, and no token crosses lo or
 * hi; 2 where no token but blanks stands there; 0 otherwise. */
static int strip_ends(const gel *el, size_t n, int m, size_t lo, size_t hi, size_t *a, size_t *b)
{
    size_t i0 = (size_t)-1, i1 = 0;
    for (size_t i = 0; i < n; i++) {
        if (el[i].tok == NB_G_BLANK || el[i].tok == NB_G_CR) continue;
        size_t c0 = nb_gel_col(&el[i], m), c1 = c0 + nb_gel_width(&el[i], m);
        if (c1 <= lo || c0 >= hi) continue;
        if (c0 < lo || c1 > hi) return 0;
        if (i0 == (size_t)-1) i0 = i;
        i1 = i;
    }
    if (i0 == (size_t)-1) return 2;
    if (!nb_gel_border(el[i0].tok) || !nb_gel_border(el[i1].tok) || nb_gel_col(&el[i0], m) != lo ||
        end_col(el, i1, m) != hi)
        return 0;
    *a = i0;
    *b = i1;
    return 1;
}

static void add_run(box *x, size_t line, size_t c0, size_t c1, size_t off, size_t end)
{
    nb_grow(&x->runs, &x->cap, x->nruns, sizeof *x->runs);
    x->runs[x->nruns] = (grun){line, c0, c1, off, end, x->nruns, (size_t)-1};
    x->nruns++;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted distinct values of v[0..n): their number. */
static size_t distinct(size_t *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_size);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || v[k - 1] != v[i]) v[k++] = v[i];
    return k;
}

static size_t index_of(const size_t *v, size_t n, size_t x) /* v sorted, x present */
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Marks in junc (ncols columns) the columns of the '+' junctions of an ASCII border line (pandoc's
 * +-----+-----+); returns whether it has one. */
static int ascii_junctions(const gtext *t, const gel *el, size_t n, unsigned char *junc, size_t ncols)
{
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        if (el[i].tok != NB_G_RULE) continue;
        for (size_t k = 0; k < el[i].len; k++)
            if (t->s[el[i].off + k] == '+' && nb_gel_col(&el[i], NB_M_NARROW) + k < ncols) {
                junc[nb_gel_col(&el[i], NB_M_NARROW) + k] = 1;
                any = 1;
            }
    }
    return any;
}

/* Whether the bar el[j] of a line, after the border el[k], is the text of its cell: pandoc -t rst's
 * line block (| 1: a cell with a <br>), the first mark of the cell with a blank after it, in a grid
 * drawn with ASCII junctions, under none of them. */
static int text_bar(const gel *el, size_t k, size_t j, size_t n, int m, const unsigned char *junc, size_t ncols)
{
    if (!junc || el[j].tok != NB_G_BAR || j + 1 >= n || el[j + 1].tok != NB_G_BLANK) return 0;
    for (size_t i = k + 1; i < j; i++)
        if (el[i].tok != NB_G_BLANK) return 0;
    size_t c = nb_gel_col(&el[j], m);
    return c < ncols && !junc[c];
}

/* Whether tokens a and b of a line of n, a table's first and last, are the line's first and last, or
 * the table is one of several side by side. */
static int whole_line(const box *x, size_t n, size_t a, size_t b)
{
    size_t fa, fb;
    return x->beside || (first_last_border(x->g->t->el, n, &fa, &fb) && fa == a && fb == b);
}

/* The extent of the borders of lines [first, last): the widest border line's, under the narrow
 * measure, into *lo and *hi; 0 where there is no border line. */
static int border_extent(gtext *t, size_t first, size_t last, size_t *lo, size_t *hi)
{
    int have = 0;
    for (size_t i = first; i < last; i++) {
        size_t n = nb_gel_line(t, i), a, b;
        if (!grid_rule(t, t->el, n) || !first_last_border(t->el, n, &a, &b)) continue;
        size_t e = end_col(t->el, b, NB_M_NARROW);
        if (!have || e > *hi) *hi = e, *lo = nb_gel_col(&t->el[a], NB_M_NARROW);
        have = 1;
    }
    return have;
}

/* The runs of the table's lines, in its columns [x->lo, x->hi); 0 with a reason when a line does not
 * measure to the table's width. */
static const char *cut_runs(box *x)
{
    gtext *t = x->g->t;
    /* the junctions of ASCII border lines, where each of its bars stands */
    size_t ncols = x->hi + 1;
    unsigned char *junc = calloc(ncols, 1);
    if (!junc) nb_oom();
    int ascii = 1; /* pandoc's grids: every border line +---+---+, a junction at each end */
    for (size_t i = x->first; i < x->last && ascii; i++) {
        size_t n = nb_gel_line(t, i), a, b;
        if (!grid_rule(t, t->el, n)) continue;
        ascii = first_last_border(t->el, n, &a, &b) && t->el[a].tok == NB_G_RULE && t->el[b].tok == NB_G_RULE &&
                t->s[t->el[a].off] == '+' && t->s[t->el[b].off + t->el[b].len - 1] == '+' &&
                ascii_junctions(t, t->el, n, junc, ncols);
    }
    if (!ascii) {
        free(junc);
        junc = NULL;
    }
    const char *why = NULL;
    for (size_t i = x->first; i < x->last && !why; i++) {
        size_t n = nb_gel_line(t, i), a = 0, b = 0;
        int m = 0;
        while (m < NB_M_COUNT && (strip_ends(t->el, n, m, x->lo, x->hi, &a, &b) != 1 || !whole_line(x, n, a, b))) m++;
        if (m == NB_M_COUNT) {
            why = "its lines are not all as wide as its borders";
            break;
        }
        for (size_t k = a; k < b;) {
            size_t j = k + 1;
            while (j < b && (!nb_gel_border(t->el[j].tok) || text_bar(t->el, k, j, n, m, junc, ncols))) j++;
            size_t c0 = nb_gel_col(&t->el[k], m) + nb_gel_width(&t->el[k], m), c1 = nb_gel_col(&t->el[j], m);
            if (j > k + 1 && c1 > c0)
                add_run(x, i - x->first, c0, c1, t->el[k + 1].off, t->el[j].off);
            k = j;
        }
    }
    free(junc);
    return why;
}

/* Joins each run to the runs of the next line that share a column with it. */
static void join_runs(box *x)
{
    size_t a = 0;
    while (a < x->nruns) {
        size_t line = x->runs[a].line, a_end = a;
        while (a_end < x->nruns && x->runs[a_end].line == line) a_end++;
        size_t b = a_end, b_end = b;
        while (b_end < x->nruns && x->runs[b_end].line == line + 1) b_end++;
        for (size_t i = a, j = b; i < a_end && j < b_end;) {
            grun *p = &x->runs[i], *q = &x->runs[j];
            if (p->c0 < q->c1 && q->c0 < p->c1) {
                size_t r1 = root(x->runs, i), r2 = root(x->runs, j);
                if (r1 != r2) x->runs[r1 > r2 ? r1 : r2].up = r1 < r2 ? r1 : r2;
            }
            if (p->c1 < q->c1) i++;
            else j++;
        }
        a = a_end;
    }
}

/* The rows of table x, added to r. */
static const char *assemble(box *x, grepl *r)
{
    size_t n = x->nruns;
    gcomp *comp = malloc((n + 1) * sizeof *comp);
    size_t *of = malloc((n + 1) * sizeof *of), *tops = malloc((n + 1) * sizeof *tops),
           *lefts = malloc((n + 1) * sizeof *lefts);
    if (!comp || !of || !tops || !lefts) nb_oom();
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        size_t ro = root(x->runs, i);
        grun *u = &x->runs[i];
        if (ro == i) {
            of[i] = nc;
            comp[nc++] = (gcomp){u->line, u->line, u->c0, u->c1, i, i};
        } else {
            gcomp *c = &comp[of[ro]];
            of[i] = of[ro];
            if (u->line > c->bottom) c->bottom = u->line;
            if (u->c0 < c->c0) c->c0 = u->c0;
            if (u->c1 > c->c1) c->c1 = u->c1;
            x->runs[c->last].next = i;
            c->last = i;
        }
    }
    for (size_t i = 0; i < nc; i++) tops[i] = comp[i].top, lefts[i] = comp[i].c0;
    size_t nb = distinct(tops, nc), nk = distinct(lefts, nc);
    const char *why = NULL;
    unsigned char *cover = NULL;
    nb_buf *cells = NULL;
    if (nb * nk > 16 * (n + 16)) why = "too many cells for its size";
    else if (!(cover = calloc(nb * nk, 1)) || !(cells = calloc(nb * nk, sizeof *cells))) nb_oom();
    for (size_t i = 0; !why && i < nc; i++) {
        gcomp *c = &comp[i];
        size_t b0 = index_of(tops, nb, c->top), k0 = index_of(lefts, nk, c->c0), b1 = b0, k1 = k0;
        while (b1 + 1 < nb && tops[b1 + 1] <= c->bottom) b1++;
        while (k1 + 1 < nk && lefts[k1 + 1] < c->c1) k1++;
        for (size_t b = b0; b <= b1 && !why; b++)
            for (size_t k = k0; k <= k1 && !why; k++) {
                if (cover[b * nk + k]) why = "its cells overlap";
                cover[b * nk + k] = 1;
            }
        for (size_t u = c->first; u != (size_t)-1; u = x->runs[u].next)
            nb_gcell_join(&cells[b0 * nk + k0], x->g->t->s + x->runs[u].off, x->g->t->s + x->runs[u].end);
    }
    for (size_t i = 0; !why && i < nb * nk; i++)
        if (!cover[i]) why = "its cells do not fill it";
    if (!why)
        for (size_t b = 0; b < nb; b++) nb_grepl_row(r, cells + b * nk, nk);
    if (cells)
        for (size_t i = 0; i < nb * nk; i++) nb_buf_free(&cells[i]);
    free(cells);
    free(cover);
    free(comp);
    free(of);
    free(tops);
    free(lefts);
    return why;
}

enum { MAXBESIDE = 16 };

/* Whether every token of a line's n but blanks stands, under measure m, within one of the stretches
 * of columns [lo[k], hi[k]), k < ns. */
static int in_strips(const gel *el, size_t n, int m, const size_t *lo, const size_t *hi, size_t ns)
{
    for (size_t i = 0; i < n; i++) {
        if (el[i].tok == NB_G_BLANK || el[i].tok == NB_G_CR) continue;
        size_t c0 = nb_gel_col(&el[i], m), c1 = c0 + nb_gel_width(&el[i], m), k = 0;
        while (k < ns && !(lo[k] <= c0 && c1 <= hi[k])) k++;
        if (k == ns) return 0;
    }
    return 1;
}

/* The tables side by side in lines [first, last), whose borders reach column width at most, into x
 * (up to MAXBESIDE): w3m and elinks draw the tables of a page's layout table next to each other, and
 * a table under another in one cell of it below that one. Each is a stretch of columns that the
 * border lines cover (under the narrow measure, as they are measured), apart from the next by
 * columns none covers, and a run of lines with something in those columns. Returns how many, 1
 * where the lines hold one table or tables not so set apart; *why is set where a line crosses from
 * one table's columns into another's. */
static size_t side_by_side(greader *g, size_t first, size_t last, size_t width, box *x, const char **why)
{
    gtext *t = g->t;
    unsigned char *cover = calloc(width, 1);
    if (!cover) nb_oom();
    for (size_t i = first; i < last; i++) {
        size_t n = nb_gel_line(t, i);
        if (!grid_rule(t, t->el, n)) continue;
        for (size_t k = 0; k < n; k++) {
            if (t->el[k].tok == NB_G_BLANK || t->el[k].tok == NB_G_CR) continue;
            size_t c0 = nb_gel_col(&t->el[k], NB_M_NARROW), c1 = c0 + nb_gel_width(&t->el[k], NB_M_NARROW);
            for (size_t c = c0; c < c1 && c < width; c++) cover[c] = 1;
        }
    }
    size_t lo[MAXBESIDE], hi[MAXBESIDE], ns = 0;
    for (size_t c = 0; c < width && ns <= MAXBESIDE;) {
        while (c < width && !cover[c]) c++;
        if (c == width) break;
        if (ns < MAXBESIDE) lo[ns] = c;
        while (c < width && cover[c]) c++;
        if (ns < MAXBESIDE) hi[ns] = c;
        ns++;
    }
    free(cover);
    if (ns < 2 || ns > MAXBESIDE) return 1;
    for (size_t i = first; i < last && !*why; i++) { /* nothing of a line outside its tables */
        size_t n = nb_gel_line(t, i);
        int inside = 0;
        for (int m = 0; m < NB_M_COUNT && !inside; m++) inside = in_strips(t->el, n, m, lo, hi, ns);
        if (!inside) *why = "a line has text outside its tables side by side";
    }
    size_t nx = 0;
    for (size_t k = 0; k < ns && !*why; k++)
        for (size_t i = first; i < last && !*why;) { /* the runs of lines with something in these columns */
            size_t j = i;
            for (; j < last; j++) {
                size_t n = nb_gel_line(t, j), a, b;
                int m = 0, got = 0, empty = 0;
                for (; m < NB_M_COUNT && got != 1; m++) {
                    got = strip_ends(t->el, n, m, lo[k], hi[k], &a, &b);
                    empty |= got == 2;
                }
                if (got != 1 && !empty) *why = "a line runs from one of its tables side by side into another";
                if (got != 1) break;
            }
            if (j > i) {
                if (nx == MAXBESIDE) *why = "too many tables side by side";
                else x[nx++] = (box){g, i, j, lo[k], hi[k], 1, NULL, 0, 0};
            }
            i = j > i ? j : i + 1;
        }
    return nx;
}

static void read_box(greader *g, size_t first, size_t last)
{
    if (nb_grid_even(g, first, last)) return;
    box x[MAXBESIDE];
    size_t nx = 1;
    const char *why = NULL;
    x[0] = (box){g, first, last, 0, 0, 0, NULL, 0, 0};
    if (!border_extent(g->t, first, last, &x[0].lo, &x[0].hi)) why = "no border line";
    else nx = side_by_side(g, first, last, x[0].hi, x, &why);
    if (!why && !nx) why = "no table in its columns";
    for (size_t k = 0; k < nx && !why; k++) why = cut_runs(&x[k]);
    grepl *r = NULL;
    if (why) nb_grid_unread(g, first, last, "table drawn with borders", why);
    else if ((r = nb_grepl_new(g, first, last, nx > 1 ? "table drawn with borders beside another" : "table drawn with borders"))) {
        for (size_t k = 0; k < nx && !why; k++) {
            join_runs(&x[k]);
            why = assemble(&x[k], r);
        }
        /* the rows stand in place of the lines, the lines after keeping their numbers (grid.c) */
        if (!why && r->nrows > last - first) why = "more rows side by side than it has lines";
        if (why) nb_grepl_drop(g, why);
    }
    for (size_t k = 0; k < nx; k++) free(x[k].runs);
}

/* The box corner line i starts with: 1 a top-left one (┌ ┏ ╒ ╓ ╔ ╭), 2 a bottom-left one (└ ┗ ╘ ╙ ╚ ╰),
 * 0 none (ASCII + draws both the same). */
static int left_corner(const gtext *t, const gel *el, size_t a)
{
    const unsigned char *c = (const unsigned char *)t->s + el[a].off;
    if (el[a].len < 3 || c[0] != 0xE2) return 0;
    unsigned cp = ((unsigned)(c[0] & 0x0F) << 12) | ((unsigned)(c[1] & 0x3F) << 6) | (c[2] & 0x3F);
    if ((cp >= 0x250C && cp <= 0x250F) || (cp >= 0x2552 && cp <= 0x2554) || cp == 0x256D) return 1;
    if ((cp >= 0x2514 && cp <= 0x2517) || (cp >= 0x2558 && cp <= 0x255A) || cp == 0x2570) return 2;
    return 0;
}

void nb_grid_box(greader *g)
{
    gtext *t = g->t;
    for (size_t i = 0; i < t->nlines;) {
        /* the lines that start and end with a border; a grid among them has a border line. A box
         * closed └…┘ and one opened ┌…┐ on the next line are two tables (w3m draws a table and the
         * next one with nothing between: a page's copy for phones, hidden by CSS it ignores). */
        size_t j = i, rules = 0;
        int closed = 0;
        for (; j < t->nlines && t->lines[j].cand; j++) {
            size_t n = nb_gel_line(t, j), a, b;
            if (!first_last_border(t->el, n, &a, &b)) break;
            int corner = left_corner(t, t->el, a);
            if (closed && corner == 1) break;
            closed = corner == 2;
            rules += grid_rule(t, t->el, n);
        }
        if (j - i >= 2 && rules) read_box(g, i, j);
        i = j > i ? j : i + 1;
    }
}
