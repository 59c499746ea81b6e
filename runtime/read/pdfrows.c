/* pdfrows.c — positioned characters to rows and prose (pdfrows.h). */
#include "pdfrows.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "markers.h"

#define CELL_GAP 1.5  /* a gap wider than this many character widths separates two cells */
#define WORD_GAP 0.2  /* between two Latin characters, a gap of this many em is a space */

typedef nb_glyph glyph;

/* A rebuilt line of a page: its glyphs [g, g + n) in reading order. */
typedef struct line {
    size_t g, n;
    double x1, x2, y1, y2, em;
    int page;
} line;

typedef struct vec {
    void *v;
    size_t n, cap, size;
} vec;

static void *vec_push(vec *a)
{
    nb_grow(&a->v, &a->cap, a->n, a->size);
    return (char *)a->v + a->n++ * a->size;
}

static int wide(uint32_t c) { return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F); }

static double gw(const glyph *g) { return g->x2 - g->x1; }
static double gh(const glyph *g) { return g->y2 - g->y1; }
static double gyc(const glyph *g) { return (g->y1 + g->y2) / 2; }

/* sort by vertical centre, then by position in the text (qsort is not stable: the index decides) */
typedef struct ord {
    double key;
    size_t i;
} ord;

static int by_key(const void *a, const void *b)
{
    const ord *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Whether glyph x stands over one of the k glyphs of a line: then it is on another line (a table
 * cell's second line, or a row's number centred between its label's two lines). */
static int overlaps(const glyph *g, const ord *o, size_t k, const glyph *x)
{
    for (size_t i = 0; i < k; i++) {
        const glyph *a = &g[o[i].i];
        double w = fmin(gw(a), gw(x));
        if (w > 0 && fmin(a->x2, x->x2) - fmax(a->x1, x->x1) > 0.3 * w) return 1;
    }
    return 0;
}

/* Groups a page's glyphs [from, to) into lines (top to bottom, each left to right), reordering
 * them in place. A glyph joins the line whose centre is within half a glyph height of its own. */
static void page_lines(glyph *all, size_t from, size_t to, int page, vec *lines)
{
    size_t n = to - from;
    if (!n) return;
    glyph *g = all + from;
    ord *o = malloc(n * sizeof *o);
    glyph *tmp = malloc(n * sizeof *tmp);
    size_t *ends = malloc(n * sizeof *ends);
    double *hs = malloc(n * sizeof *hs);
    if (!o || !tmp || !ends || !hs) nb_oom();
    for (size_t i = 0; i < n; i++) o[i] = (ord){gyc(&g[i]), i};
    qsort(o, n, sizeof *o, by_key);
    size_t s = 0, nl = 0;
    while (s < n) {
        double yc = gyc(&g[o[s].i]), h = gh(&g[o[s].i]);
        size_t e = s + 1;
        while (e < n) {
            const glyph *x = &g[o[e].i];
            double hh = fmax(h, gh(x));
            if (fabs(gyc(x) - yc) > 0.5 * (hh > 0 ? hh : 1)) break;
            if (e - s <= 256 && overlaps(g, o + s, e - s, x)) break;
            yc = (yc * (double)(e - s) + gyc(x)) / (double)(e - s + 1);
            h = hh;
            e++;
        }
        for (size_t j = s; j < e; j++) o[j].key = g[o[j].i].x1;
        qsort(o + s, e - s, sizeof *o, by_key);
        ends[nl++] = e;
        s = e;
    }
    for (size_t i = 0; i < n; i++) tmp[i] = g[o[i].i];
    memcpy(g, tmp, n * sizeof *g);
    s = 0;
    for (size_t k = 0; k < nl; k++) {
        size_t e = ends[k];
        line *l = vec_push(lines);
        l->g = from + s;
        l->n = e - s;
        l->x1 = g[s].x1;
        l->x2 = g[s].x2;
        l->y1 = g[s].y1;
        l->y2 = g[s].y2;
        for (size_t j = s; j < e; j++) {
            l->x2 = fmax(l->x2, g[j].x2);
            l->y1 = fmin(l->y1, g[j].y1);
            l->y2 = fmax(l->y2, g[j].y2);
            hs[j - s] = gh(&g[j]);
        }
        qsort(hs, e - s, sizeof *hs, cmp_double); /* the median height: the line's em */
        l->em = hs[(e - s) / 2] > 0 ? hs[(e - s) / 2] : 1;
        l->page = page;
        s = e;
    }
    free(hs);
    free(ends);
    free(tmp);
    free(o);
}

/* The width a glyph stands for: its box, or a share of the em where a producer gave none. */
static double char_width(const glyph *g, double em)
{
    double w = gw(g);
    return w > 0.3 * em ? w : 0.3 * em;
}

/* Where the cells of a line start: c[0] = 0, and a new cell wherever the gap before a glyph is wider
 * than CELL_GAP character widths. Returns the number of cells. */
static size_t line_cells(const glyph *g, const line *l, size_t *starts, size_t cap)
{
    size_t k = 0;
    for (size_t j = 0; j < l->n; j++) {
        if (j > 0) {
            const glyph *a = &g[l->g + j - 1], *b = &g[l->g + j];
            double cw = (char_width(a, l->em) + char_width(b, l->em)) / 2;
            /* a row's label and its first number, closer than cells usually are: a CJK glyph and a
               digit with a gap (prose sets 2023年 without one) */
            int cjk_digit = (wide(a->c) && b->c >= '0' && b->c <= '9') || (a->c >= '0' && a->c <= '9' && wide(b->c));
            /* two table cells side by side, drawn apart (三、本 beside （四）): a gap, and the text
               does not run on from one glyph to the other */
            int apart = (b->idx > a->idx ? b->idx - a->idx : a->idx - b->idx) > 2;
            double gap = b->x1 - a->x2;
            if (gap <= (cjk_digit ? 0.8 : CELL_GAP) * cw && !(apart && gap > 0.4 * cw)) continue;
        }
        if (k < cap) starts[k] = j;
        k++;
    }
    return k;
}

static void put_glyphs(nb_buf *b, const glyph *g, const line *l, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++) {
        const glyph *x = &g[l->g + j];
        if (j > from) {
            const glyph *a = &g[l->g + j - 1];
            if (!wide(a->c) && !wide(x->c) && x->x1 - a->x2 > WORD_GAP * l->em) nb_buf_putc(b, ' ');
        }
        nb_buf_put(b, x->u, x->k);
    }
}

/* A page number alone on a page's last line: - 3 -, 3, 第3页, 3/12. */
static int page_number(const glyph *g, const line *l)
{
    size_t digits = 0, other = 0;
    for (size_t j = 0; j < l->n; j++) {
        uint32_t c = g[l->g + j].c;
        if (c >= '0' && c <= '9') digits++;
        else if (!(c == '-' || c == '/' || c == 0x2014 || c == 0x2013 || c == 0x7B2C /* 第 */ ||
                   c == 0x9875 /* 页 */ || c == 0x5171 /* 共 */))
            other++;
    }
    return digits > 0 && digits <= 4 && other == 0;
}

static int ends_sentence(uint32_t c)
{
    return c == 0x3002 || c == 0xFF1A || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F || c == ':' || c == ';' ||
           c == '!' || c == '?' || c == '.';
}

/* The first characters of a line, NUL-terminated, for the marker matcher. */
static size_t line_head(const glyph *g, const line *l, unsigned char *head, size_t cap)
{
    size_t m = 0;
    for (size_t j = 0; j < l->n && m + 5 < cap; j++) {
        memcpy(head + m, g[l->g + j].u, g[l->g + j].k);
        m += g[l->g + j].k;
    }
    head[m] = 0;
    return m;
}

static int numbered(const glyph *g, const line *l)
{
    unsigned char head[64];
    size_t m = line_head(g, l, head, sizeof head);
    nb_marker mk;
    return nb_match_marker(head, head + m, &mk) && mk.end <= head + m;
}

/* A short line that can label a table: no numbering marker (that is a heading), no sentence. */
static int label_line(const glyph *g, const line *l)
{
    return l->n <= 40 && !ends_sentence(g[l->g + l->n - 1].c) && !numbered(g, l);
}

/* A page's text block: its lines [first, end) and the margins of its prose, where wrapped lines
 * start and end. */
typedef struct page_box {
    double left, right;
    size_t first, end;
} page_box;

static void page_margins(page_box *pb, const line *lv, const size_t *ncell)
{
    for (int pass = 0; pass < 2; pass++) { /* prose lines; all lines when the page has none */
        int any = 0;
        for (size_t j = pb->first; j < pb->end; j++) {
            if (pass == 0 && ncell[j] != 1) continue;
            if (!any || lv[j].x1 < pb->left) pb->left = lv[j].x1;
            if (!any || lv[j].x2 > pb->right) pb->right = lv[j].x2;
            any = 1;
        }
        if (any) return;
    }
}

/* The lines of a page's table that hold one cell (a label's second line, 府信息; a spanning label's
 * piece, 不予公): between two rows of the page, close to them, short. They stay in the table, where
 * columns.c joins them to their rows. */
/* A section heading of the template (三、收到和处理政府信息公开申请情况): never a table's line. */
static int section_heading(const glyph *g, const line *l)
{
    unsigned char head[160];
    size_t m = line_head(g, l, head, sizeof head);
    nb_marker mk;
    return nb_match_marker(head, head + m, &mk) && mk.end <= head + m && nb_match_known_title(mk.end, head + m);
}

static void fill_table_lines(const glyph *g, const line *lv, size_t nl, unsigned char *tab)
{
    size_t prev = (size_t)-1;
    for (size_t i = 0; i < nl; i++) {
        if (!tab[i]) continue;
        /* on one page, or over a page break (a row split across it: 府信息 at the next page's top) */
        if (prev != (size_t)-1 && i - prev > 1 && i - prev <= 24 && lv[i].page - lv[prev].page <= 1) {
            /* the table's left edge nearby: a line left of it is the page's (a heading: 三、收到…) */
            double left = lv[i].x1;
            for (size_t j = prev > 10 ? prev - 10 : 0; j < nl && j <= i + 10; j++)
                if (tab[j] && lv[j].x1 < left) left = lv[j].x1;
            int ok = 1;
            for (size_t j = prev + 1; j <= i && ok; j++)
                ok = (j == i || (lv[j].n <= 40 && lv[j].x1 >= left - 0.5 * lv[j].em && !section_heading(g, &lv[j]))) &&
                     (lv[j].page != lv[j - 1].page || lv[j].y1 - lv[j - 1].y2 <= 3 * lv[j].em ||
                      /* or beside the row's numbers, left of them, level with them: their label */
                      (j + 1 == i && lv[j].page == lv[i].page && lv[j].y2 > lv[i].y1 && lv[j].y1 < lv[i].y2 &&
                       lv[j].x2 <= lv[i].x1));
            for (size_t j = prev + 1; j < i && ok; j++) ok = !ends_sentence(g[lv[j].g + lv[j].n - 1].c);
            if (ok)
                for (size_t j = prev + 1; j < i; j++) tab[j] = 1;
        }
        prev = i;
    }
}

/* A table line, its cells at their places: each cell after a TAB and the blanks that bring it to
 * its column (x / unit), so that columns.c sees where it stands. */
static void put_table_line(nb_buf *b, const glyph *g, const line *l, const size_t *starts, size_t k, double unit)
{
    long cur = 0;
    for (size_t c = 0; c < k; c++) {
        if (c) {
            nb_buf_putc(b, '\t');
            cur++;
        }
        long target = lround(g[l->g + starts[c]].x1 / unit);
        for (; cur < target; cur++) nb_buf_putc(b, ' ');
        size_t to = c + 1 < k ? starts[c + 1] : l->n;
        for (size_t j = starts[c]; j < to; j++) {
            const glyph *x = &g[l->g + j];
            if (j > starts[c]) {
                const glyph *a = &g[l->g + j - 1];
                if (!wide(a->c) && !wide(x->c) && x->x1 - a->x2 > WORD_GAP * l->em) {
                    nb_buf_putc(b, ' ');
                    cur++;
                }
            }
            nb_buf_put(b, x->u, x->k);
            cur += wide(x->c) ? 2 : 1;
        }
    }
    if (k == 1) nb_buf_putc(b, '\t');
}

/* Half the median width of the wide glyphs: a column of the positioned table lines (a CJK glyph
 * two columns, as on a terminal). */
static double column_unit(const glyph *g, size_t n)
{
    double *w = malloc((n + 1) * sizeof *w);
    if (!w) nb_oom();
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (wide(g[i].c) && gw(&g[i]) > 0) w[m++] = gw(&g[i]);
    double u = 5;
    if (m) {
        qsort(w, m, sizeof *w, cmp_double);
        u = w[m / 2] / 2;
    }
    free(w);
    return u > 0.5 ? u : 0.5;
}

size_t nb_pdf_rows(nb_glyph *g, size_t n, int pages, nb_buf *out)
{
    vec ls = {.size = sizeof(line)}, boxes = {.size = sizeof(page_box)};
    size_t at = 0;
    for (int i = 0; i < pages; i++) {
        page_box *pb = vec_push(&boxes);
        pb->left = pb->right = 0;
        size_t from = at, lfrom = ls.n;
        while (at < n && g[at].page == i) at++;
        page_lines(g, from, at, i, &ls);
        pb->first = lfrom;
        pb->end = ls.n;
        while (at < n && g[at].page <= i) at++; /* out of order: left out */
    }
    const line *lv = ls.v;
    const page_box *pbv = boxes.v;
    size_t *starts = malloc((n + 1) * sizeof *starts);
    size_t *ncell = malloc((ls.n + 1) * sizeof *ncell);
    if (!starts || !ncell) abort();
    size_t dropped = 0;
    for (size_t i = 0; i < ls.n; i++) ncell[i] = line_cells(g, &lv[i], starts, 0);
    for (size_t i = 0; i < boxes.n; i++) page_margins((page_box *)boxes.v + i, lv, ncell);

    nb_buf_putc(out, 0); /* data is never NULL, even for no text */
    out->len--;
    unsigned char *tab = calloc(ls.n + 1, 1);
    unsigned char *skip = calloc(ls.n + 1, 1);
    if (!tab || !skip) nb_oom();
    for (size_t i = 0; i < ls.n; i++) {
        const line *l = &lv[i];
        int last_of_page = i + 1 == ls.n || lv[i + 1].page != l->page;
        if (last_of_page && ncell[i] == 1 && page_number(g, l)) {
            skip[i] = 1;
            dropped++;
            continue;
        }
        int same_page_prev = i > 0 && lv[i - 1].page == l->page;
        int same_page_next = i + 1 < ls.n && lv[i + 1].page == l->page;
        /* a row is a line of two or more cells; a one-cell line between two rows, or right above
           one and not numbered like a heading (第二十条第（一）项 spanning table 二), is a row
           too, kept in the table by a TAB after it */
        tab[i] = ncell[i] >= 2 ||
                 (same_page_prev && same_page_next && ncell[i - 1] >= 2 && ncell[i + 1] >= 2 && !numbered(g, l)) ||
                 (same_page_next && ncell[i + 1] >= 2 && lv[i + 1].y1 - l->y2 <= 1.5 * l->em && label_line(g, l));
    }
    fill_table_lines(g, lv, ls.n, tab);
    double unit = column_unit(g, n);
    int in_table = 0, open = 0; /* open: a prose line is written and not ended yet */
    size_t prev = 0;            /* that line */
    for (size_t i = 0; i < ls.n; i++) {
        const line *l = &lv[i];
        if (skip[i]) continue;
        if (tab[i]) {
            if (open) nb_buf_putc(out, '\n');
            if (!in_table && out->len) nb_buf_putc(out, '\n'); /* a blank line before a table */
            /* and between its rows: a gap wider than a line's spacing (columns.c reads a row's
               lines as those between blank lines); none at a page break, which may split a row */
            else if (in_table && i > 0 && lv[i - 1].page == l->page && l->y1 - lv[i - 1].y2 > 0.6 * l->em)
                nb_buf_putc(out, '\n');
            open = 0;
            in_table = 1;
            size_t k = line_cells(g, l, starts, n + 1);
            put_table_line(out, g, l, starts, k, unit);
            nb_buf_putc(out, '\n');
            continue;
        }
        if (in_table) {
            nb_buf_putc(out, '\n'); /* and a blank line after it */
            in_table = 0;
        } else if (open) {
            /* a wrapped paragraph: the line before ran to the right margin without ending a
               sentence, and this one starts at the left margin, close below, without a marker */
            const line *p = &lv[prev];
            const page_box *pp = &pbv[p->page], *cp = &pbv[l->page];
            int join = p->x2 >= pp->right - 2 * p->em && !ends_sentence(g[p->g + p->n - 1].c) &&
                       l->x1 <= cp->left + 0.5 * l->em && fabs(l->em - p->em) <= 0.2 * p->em &&
                       (l->page != p->page || l->y1 - p->y2 <= 1.5 * l->em);
            if (join && numbered(g, l)) join = 0;
            if (!join) nb_buf_putc(out, '\n');
            else if (!wide(g[p->g + p->n - 1].c) && !wide(g[l->g].c)) nb_buf_putc(out, ' ');
        }
        put_glyphs(out, g, l, 0, l->n);
        open = 1;
        prev = i;
    }
    if (open) nb_buf_putc(out, '\n');
    free(starts);
    free(ncell);
    free(tab);
    free(skip);
    free(ls.v);
    free(boxes.v);
    return dropped;
}
