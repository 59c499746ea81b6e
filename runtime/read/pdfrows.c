/* pdfrows.c — positioned characters to rows and prose (pdfrows.h). */
#include "pdfrows.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "markers.h"
#include "pdfglued.h"

#define CELL_GAP 1.5  /* a gap wider than this many character widths separates two cells */
#define WORD_GAP 0.2  /* between two Latin characters, a gap of this many em is a space */
#define DIGIT_GAP 0.1 /* between two digits, a gap of this many em parts two numbers */

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

/* A digit, ASCII or full-width (a Word page may type ２０). */
static int any_digit(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

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

/* Whether glyphs a and b (a drawn right before b) are of one run of text: one font and size on one
 * baseline (poppler gives them the same box top and bottom), next to each other in the text. */
static int one_run(const glyph *a, const glyph *b)
{
    return a->page == b->page && b->idx > a->idx && b->idx - a->idx <= 2 && fabs(a->y1 - b->y1) < 0.01 &&
           fabs(a->y2 - b->y2) < 0.01 && b->x1 >= a->x1;
}

#define TALL_BOX 1.8 /* a CJK glyph's box this many times as tall as wide is not its glyph's height */

/* Boxes far taller than their glyphs, brought to the glyphs' height. A browser's print draws a bold
 * face the font lacks as a Type 3 font, whose boxes poppler makes 2.6 em tall (a table's header
 * 第二十条第（八）项 over the two rows around it): a run of text whose CJK glyphs are so gets the
 * height of their em square, their width, around the box's centre. Runs of Latin or digits
 * alone are left as they are (their width says nothing of the em). */
static void tall_boxes(glyph *g, size_t n)
{
    for (size_t s = 0, e; s < n; s = e) {
        double em = 0; /* the widest CJK glyph of the run: its em square */
        for (e = s; e < n && (e == s || one_run(&g[e - 1], &g[e])); e++)
            if (wide(g[e].c)) em = fmax(em, gw(&g[e]));
        if (!(em > 0 && gh(&g[s]) > TALL_BOX * em)) continue;
        for (size_t j = s; j < e; j++) {
            double c = gyc(&g[j]);
            g[j].y1 = c - em / 2;
            g[j].y2 = c + em / 2;
        }
    }
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
            if (e - s <= 256 && overlaps(g, o + s, e - s, x)) {
                /* x stands over a glyph of the line: so does its run, whose glyphs before it in
                   the line go with it (第二 of 第二十条… beside a row whose number is under 十) */
                while (e - 1 > s && one_run(&g[o[e - 1].i], &g[o[e].i]) && gyc(&g[o[e - 1].i]) == gyc(x)) e--;
                break;
            }
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

/* Whether glyphs a and b, of one size, stand on two baselines: two cells of a table whose texts are
 * centred in cells of different heights, set close in a table without padding (the group label
 * （四）无 beside 2.没有现成信息, 4.7 pt lower). */
static int off_baseline(const glyph *a, const glyph *b)
{
    double ha = gh(a), hb = gh(b);
    return ha > 0 && hb > 0 && fabs(ha - hb) <= 0.05 * fmax(ha, hb) && fabs(gyc(a) - gyc(b)) > 0.25 * fmin(ha, hb);
}

/* Whether c is a CJK ideograph (not a digit, a mark or punctuation). */
static int ideograph(uint32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

/* Whether glyphs j - 1 and j of line l are a two-glyph word spaced out with one or two full-width
 * spaces, as a legacy 统计表's header is typed (指　标, 单　位) or a short label set to the width of
 * longer ones (规　　章 over 行政规范性文件): two ideographs of one width, each alone (nothing within
 * a cell's gap before the first or after the second), the gap between them one or two glyphs wide.
 * Two cells side by side are set apart by their padding, not by whole ems to a hundredth. */
static int spaced_word(const glyph *g, const line *l, size_t j)
{
    const glyph *a = &g[l->g + j - 1], *b = &g[l->g + j];
    double w = gw(a), gap = b->x1 - a->x2;
    if (!ideograph(a->c) || !ideograph(b->c) || !(w > 0 && fabs(gw(b) - w) <= 0.02 * w)) return 0;
    if (fabs(gap - w) > 0.05 * w && fabs(gap - 2 * w) > 0.05 * w) return 0;
    if (j >= 2 && a->x1 - g[l->g + j - 2].x2 <= CELL_GAP * w) return 0;
    if (j + 1 < l->n && g[l->g + j + 1].x1 - b->x2 <= CELL_GAP * w) return 0;
    return 1;
}

/* Where the cells of a line start: c[0] = 0, and a new cell wherever the gap before a glyph is wider
 * than CELL_GAP character widths, or a ruled line of the page (r, or NULL) parts it from the glyph
 * before (a narrow table's cells set close: 不予公 beside 国家秘). On a line known to be a table's row
 * (spaced), a space between two CJK glyphs half an em wide or more parts them too (a group label's
 * first line, 三、, beside the row's label （一）予以公开; in prose a heading's 一、 总体情况 stays whole).
 * Two glyphs of a word spaced out (spaced_word: 指　标, 规　　章) stay one cell but where a rule parts them;
 * so do numbers set edge to edge with a rule behind them (pdfglued.h). Returns the number of cells. */
static size_t line_cells_at(const glyph *g, const line *l, const nb_rules *r, int spaced, size_t *starts, size_t cap)
{
    size_t k = 0;
    unsigned char *part = r ? malloc(l->n + 1) : NULL; /* cells glued edge to edge, a rule behind (pdfglued.h) */
    if (r) {
        nb_gbox *bx = malloc((l->n + 1) * sizeof *bx);
        if (!part || !bx) nb_oom();
        for (size_t j = 0; j < l->n; j++) {
            const glyph *x = &g[l->g + j];
            bx[j] = (nb_gbox){x->x1, x->y1, x->x2, x->y2, x->c};
        }
        nb_pdf_glued_parts(bx, l->n, l->em, r, part);
        free(bx);
    }
    for (size_t j = 0; j < l->n; j++) {
        if (j > 0) {
            const glyph *a = &g[l->g + j - 1], *b = &g[l->g + j];
            double cw = (char_width(a, l->em) + char_width(b, l->em)) / 2;
            /* a row's label and its first number, closer than cells usually are: a CJK glyph and a
               digit with a gap (prose sets 2023年 without one) */
            int fw = wide(a->c) && any_digit(a->c) && wide(b->c) && any_digit(b->c); /* ２０: one number */
            int cjk_digit = !fw && ((wide(a->c) && any_digit(b->c)) || (any_digit(a->c) && wide(b->c))); /* (条 １０, ７３ 1) */
            /* two table cells side by side, drawn apart (三、本 beside （四）): a gap, and the text
               does not run on from one glyph to the other */
            int apart = (b->idx > a->idx ? b->idx - a->idx : a->idx - b->idx) > 2;
            double gap = b->x1 - a->x2;
            double yc = (l->y1 + l->y2) / 2, h = 0.3 * l->em;
            /* the digits of a number stand edge to edge; two numbers set close in narrow cells (205
               and 154, 0.14 em apart) are two cells, never one number 205154 */
            int digits_apart = a->c >= '0' && a->c <= '9' && b->c >= '0' && b->c <= '9' && gap > DIGIT_GAP * l->em;
            int close = spaced_word(g, l, j) ||
                        (!digits_apart && gap <= (cjk_digit ? 0.8 : CELL_GAP) * cw && !(apart && gap > 0.4 * cw) &&
                         !(gap > 0.1 * cw && off_baseline(a, b)) &&
                         !(spaced && wide(a->c) && wide(b->c) && b->idx == a->idx + 2 && gap > 0.5 * cw));
            int ruled = r && gap > 0 && nb_rules_vcross(r, a->x2 - 0.3, b->x1 + 0.3, yc - h, yc + h);
            if (close && !ruled && !(part && part[j])) continue;
        }
        if (k < cap) starts[k] = j;
        k++;
    }
    free(part);
    return k;
}

static size_t line_cells(const glyph *g, const line *l, const nb_rules *r, size_t *starts, size_t cap)
{
    return line_cells_at(g, l, r, 0, starts, cap);
}

/* Where the page cuts the text of glyphs [s, e) of line l (pdfclip.h), … is written: before glyph
 * j (cut on the left, or a table cell's first glyph at a cut edge: cell set), after it (so on the
 * right). A run of cut glyphs gets one. Prose at a cut edge is not marked: its lines end there. */
static const char CUT_MARK[] = "\xE2\x80\xA6";

static int cut_before(const glyph *g, const line *l, size_t s, size_t j, int cell)
{
    unsigned char c = g[l->g + j].cut;
    return ((c & NB_CUT_LEFT) && !(j > s && (g[l->g + j - 1].cut & NB_CUT_LEFT))) ||
           (cell && j == s && (c & NB_NEAR_LEFT));
}

static int cut_after(const glyph *g, const line *l, size_t e, size_t j, int cell)
{
    unsigned char c = g[l->g + j].cut;
    return ((c & NB_CUT_RIGHT) && !(j + 1 < e && (g[l->g + j + 1].cut & NB_CUT_RIGHT))) ||
           (cell && j + 1 == e && (c & NB_NEAR_RIGHT));
}

static void put_glyphs(nb_buf *b, const glyph *g, const line *l, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++) {
        const glyph *x = &g[l->g + j];
        if (j > from) {
            const glyph *a = &g[l->g + j - 1];
            if (!wide(a->c) && !wide(x->c) && x->x1 - a->x2 > WORD_GAP * l->em) nb_buf_putc(b, ' ');
        }
        if (cut_before(g, l, from, j, 0)) nb_buf_puts(b, CUT_MARK);
        nb_buf_put(b, x->u, x->k);
        if (cut_after(g, l, to, j, 0)) nb_buf_puts(b, CUT_MARK);
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

/* The first number of such a line (第3页 共8页: 3), less the page's index: 1 on every page of a
 * document numbered from its first page. */
static long page_number_offset(const glyph *g, const line *l)
{
    long v = 0;
    size_t j = 0;
    while (j < l->n && (g[l->g + j].c < '0' || g[l->g + j].c > '9')) j++;
    for (; j < l->n && g[l->g + j].c >= '0' && g[l->g + j].c <= '9'; j++) v = v * 10 + (long)(g[l->g + j].c - '0');
    return v - l->page;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Whether line i is its page's last and a page number's shape alone in one cell. */
static int foot_number(const glyph *g, const line *lv, size_t nl, const size_t *ncell, size_t i)
{
    return (i + 1 == nl || lv[i + 1].page != lv[i].page) && ncell[i] == 1 && page_number(g, &lv[i]);
}

/* The page numbers' offset (page_number_offset) that the one-number lines at the foot of the pages
 * share, or LONG_MIN for none: a table's last value printed at a page's foot has that shape too, and
 * only numbers that count the pages are theirs. Most of such lines must share it (two at least), or
 * the one there is must number its page from 1. */
static long page_numbering(const glyph *g, const line *lv, size_t nl, const size_t *ncell)
{
    long *off = malloc((nl + 1) * sizeof *off), best = LONG_MIN;
    if (!off) nb_oom();
    size_t m = 0, run = 0, most = 0;
    for (size_t i = 0; i < nl; i++)
        if (foot_number(g, lv, nl, ncell, i)) off[m++] = page_number_offset(g, &lv[i]);
    qsort(off, m, sizeof *off, cmp_long);
    for (size_t i = 0; i < m; i++) {
        run = i > 0 && off[i] == off[i - 1] ? run + 1 : 1;
        if (run > most) most = run, best = off[i];
    }
    free(off);
    if (m == 1 && best == 1) return best;
    return most >= 2 && 2 * most > m ? best : LONG_MIN;
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

/* A line that is a numbering marker and nothing else (4. over its label 保护第三方合法权益, in a cell
 * that breaks the line after it): its point ends no sentence. */
static int marker_only(const glyph *g, const line *l)
{
    unsigned char head[64];
    size_t m = line_head(g, l, head, sizeof head);
    nb_marker mk;
    return l->n <= 8 && nb_match_marker(head, head + m, &mk) && mk.end == head + m;
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
    size_t g0, g1; /* its glyphs */
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

typedef struct rulebook rulebook;
static const nb_rules *known_rules(const rulebook *rb, int page);

/* Whether line l stands inside a ruled table: rules of the page run left and right of it along its
 * whole height (a group label's line, （六）, in the column left of the rows' labels; its cell may be
 * open at a page break, where Chromium draws no rule). */
static int in_ruled_table(const rulebook *rb, const line *l)
{
    const nb_rules *r = known_rules(rb, l->page);
    return r && nb_rules_vcross(r, -1e9, l->x1, l->y1, l->y2) && nb_rules_vcross(r, l->x2, 1e9, l->y1, l->y2);
}

static void fill_table_lines(const glyph *g, const line *lv, size_t nl, const rulebook *rb, unsigned char *tab)
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
                ok = (j == i || (lv[j].n <= 40 &&
                                 (lv[j].x1 >= left - 0.5 * lv[j].em || in_ruled_table(rb, &lv[j])) &&
                                 !section_heading(g, &lv[j]))) &&
                     (lv[j].page != lv[j - 1].page || lv[j].y1 - lv[j - 1].y2 <= 3 * lv[j].em ||
                      /* or beside the row's numbers, left of them, level with them: their label */
                      (j + 1 == i && lv[j].page == lv[i].page && lv[j].y2 > lv[i].y1 && lv[j].y1 < lv[i].y2 &&
                       lv[j].x2 <= lv[i].x1));
            for (size_t j = prev + 1; j < i && ok; j++)
                ok = !ends_sentence(g[lv[j].g + lv[j].n - 1].c) || marker_only(g, &lv[j]);
            if (ok)
                for (size_t j = prev + 1; j < i; j++) tab[j] = 1;
        }
        prev = i;
    }
}

/* A table line, its cells at their places: each cell after a TAB and the blanks that bring it to
 * its column (x / unit), so that columns.c sees where it stands. */
static void put_table_line(nb_buf *b, const glyph *g, const line *l, const size_t *starts, size_t k, double unit,
                           const unsigned char *wrap, long *at)
{
    long cur = *at; /* 0 at the start of a line; past the cells of a line written before on it */
    for (size_t c = 0; c < k; c++) {
        if (c || cur) {
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
            if (cut_before(g, l, starts[c], j, 1)) {
                nb_buf_puts(b, CUT_MARK);
                cur += 2;
            }
            if (wrap[l->g + j]) { /* a wrapped number's tail (join_straddled) */
                nb_buf_puts(b, "\xE2\x86\xB5");
                cur++;
            }
            nb_buf_put(b, x->u, x->k);
            cur += wide(x->c) ? 2 : 1;
            if (cut_after(g, l, to, j, 1)) {
                nb_buf_puts(b, CUT_MARK);
                cur += 2;
            }
        }
    }
    *at = cur;
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

/* A number Writer wrapped inside its narrow cell: 181 printed as 18 on a table line and 1 right
 * under it. From positions alone it is not told from a row whose short number stands under a
 * longer one, so it is joined only where the page's ruled lines make it certain: the head and the
 * tail stand in one closed cell box, no rule between them, nothing else in the box. */

/* The share of its cell box's width that a wrapped number's head and one digit more take at least:
 * the rest is the cell's padding (Writer's 0.1 cm a side in a cell a few digits wide). */
#define WRAP_FILL 0.6

/* Whether glyphs [s, e) of line l are digits of one form, with a head's thousands separators or
 * point: 1 ASCII (181), 2 full-width (１８１, as a Word page may type them), 0 neither or both. */
static int digit_run(const glyph *g, const line *l, size_t s, size_t e, int head)
{
    int form = 0;
    for (size_t j = s; j < e; j++) {
        uint32_t c = g[l->g + j].c;
        int f = c >= '0' && c <= '9' ? 1 : c >= 0xFF10 && c <= 0xFF19 ? 2 : 0;
        if (!f && head && (c == ',' || c == '.' || c == 0xFF0C || c == 0xFF0E)) continue;
        if (!f || (form && f != form)) return 0;
        form = f;
    }
    return form;
}

typedef struct cellbox {
    double x1, y1, x2, y2;
} cellbox;

static cellbox cell_extent(const glyph *g, const line *l, size_t s, size_t e)
{
    cellbox b = {g[l->g + s].x1, g[l->g + s].y1, g[l->g + s].x2, g[l->g + s].y2};
    for (size_t j = s + 1; j < e; j++) {
        const glyph *x = &g[l->g + j];
        b.x1 = fmin(b.x1, x->x1);
        b.y1 = fmin(b.y1, x->y1);
        b.x2 = fmax(b.x2, x->x2);
        b.y2 = fmax(b.y2, x->y2);
    }
    return b;
}

/* Whether the glyphs of lines [from, to) inside box are those of cells [hs, he) of line a, the lines
 * between a and b and [ts, te) of line b only. */
static int alone_in(const glyph *g, const line *lv, size_t from, size_t to, const cellbox *box, size_t a, size_t hs,
                    size_t he, size_t b, size_t ts, size_t te)
{
    for (size_t i = from; i < to; i++) {
        const line *l = &lv[i];
        if (l->y2 < box->y1 || l->y1 > box->y2) continue;
        for (size_t j = 0; j < l->n; j++) {
            const glyph *x = &g[l->g + j];
            double cx = (x->x1 + x->x2) / 2, cy = gyc(x);
            if (cx <= box->x1 || cx >= box->x2 || cy <= box->y1 || cy >= box->y2) continue;
            if (!((i == a && j >= hs && j < he) || (i > a && i < b) || (i == b && j >= ts && j < te))) return 0;
        }
    }
    return 1;
}

/* Whether cell [hs, he) of line a, the lines between and cell [ts, te) of line b, under them, stand
 * alone in one closed cell box of the page's rules, with no rule between a and b, and the head fills
 * the box's width (a number wraps only where its next digit would not fit: a short number in a
 * wide box is a row's, under which a rule the picture lost, light and thin, parted another row's:
 * 1022 over 215 is no 1022215). */
static int one_box(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, double x1, double x2,
                   size_t a, size_t hs, size_t he, size_t b, size_t ts, size_t te);

static int one_cell(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, size_t a, size_t hs,
                    size_t he, size_t b, size_t ts, size_t te)
{
    cellbox hb = cell_extent(g, &lv[a], hs, he), tb = cell_extent(g, &lv[b], ts, te);
    double x1 = fmin(hb.x1, tb.x1), x2 = fmax(hb.x2, tb.x2);
    for (size_t i = a + 1; i < b; i++) {
        x1 = fmin(x1, lv[i].x1);
        x2 = fmax(x2, lv[i].x2);
    }
    return one_box(g, lv, from, to, r, x1, x2, a, hs, he, b, ts, te);
}

/* one_cell over [x1, x2] (the lines between a and b may be anywhere in it). */
static int one_box(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, double x1, double x2,
                   size_t a, size_t hs, size_t he, size_t b, size_t ts, size_t te)
{
    cellbox hb = cell_extent(g, &lv[a], hs, he), tb = cell_extent(g, &lv[b], ts, te), box;
    double head = hb.x2 - hb.x1, digit = head / (double)(he - hs);
    return nb_rules_box(r, x1, hb.y1, x2, tb.y2, 1.5, &box.x1, &box.y1, &box.x2, &box.y2) &&
           head + digit >= WRAP_FILL * (box.x2 - box.x1) &&
           !nb_rules_hcross(r, x1, x2, (hb.y1 + hb.y2) / 2, (tb.y1 + tb.y2) / 2) &&
           !nb_rules_vcross(r, x1, x2, hb.y1, tb.y2) && /* a head of two cells set close (121 9946) */
           alone_in(g, lv, from, to, &box, a, hs, he, b, ts, te);
}

/* The pages' rules, each asked for once, when first needed. */
typedef struct rulebook {
    nb_page_rules_fn fn;
    void *ctx;
    nb_rules *r;
    signed char *have; /* per page: 0 not asked, 1 in r, -1 not to be had */
} rulebook;

static const nb_rules *rules_of(rulebook *rb, int page)
{
    if (!rb->fn) return NULL;
    if (!rb->have[page]) rb->have[page] = rb->fn(rb->ctx, page, &rb->r[page]) == 0 ? 1 : -1;
    return rb->have[page] > 0 ? &rb->r[page] : NULL;
}

/* Line l's box made that of its glyphs. */
static void fit(const glyph *g, line *l)
{
    l->x1 = g[l->g].x1;
    l->x2 = g[l->g].x2;
    l->y1 = g[l->g].y1;
    l->y2 = g[l->g].y2;
    for (size_t j = 1; j < l->n; j++) {
        l->x1 = fmin(l->x1, g[l->g + j].x1);
        l->x2 = fmax(l->x2, g[l->g + j].x2);
        l->y1 = fmin(l->y1, g[l->g + j].y1);
        l->y2 = fmax(l->y2, g[l->g + j].y2);
    }
}

/* Moves the marked cells of line a + 1 (tail[c] = the cell of line a each continues, or NONE) to
 * after the cells they continue on line a; drops line a + 1 when nothing is left of it. */
#define NO_CELL ((size_t)-1)
static void move_tails(glyph *g, vec *ls, size_t a, const size_t *sa, size_t ka, const size_t *sb, size_t kb,
                       const size_t *tail)
{
    line *lv = ls->v, *A = &lv[a], *B = &lv[a + 1];
    size_t total = A->n + B->n, k = 0, moved = 0;
    glyph *tmp = malloc(total * sizeof *tmp);
    if (!tmp) nb_oom();
    for (size_t c = 0; c < ka; c++) {
        size_t ae = c + 1 < ka ? sa[c + 1] : A->n;
        for (size_t j = sa[c]; j < ae; j++) tmp[k++] = g[A->g + j];
        for (size_t t = 0; t < kb; t++) {
            if (tail[t] != c) continue;
            size_t be = t + 1 < kb ? sb[t + 1] : B->n;
            for (size_t j = sb[t]; j < be; j++) tmp[k++] = g[B->g + j];
            moved += be - sb[t];
        }
    }
    for (size_t t = 0; t < kb; t++) {
        if (tail[t] != NO_CELL) continue;
        size_t be = t + 1 < kb ? sb[t + 1] : B->n;
        for (size_t j = sb[t]; j < be; j++) tmp[k++] = g[B->g + j];
    }
    memcpy(g + A->g, tmp, total * sizeof *tmp);
    free(tmp);
    A->n += moved;
    B->g += moved;
    B->n -= moved;
    if (B->n == 0) {
        A->y2 = fmax(A->y2, B->y2);
        memmove(B, B + 1, (ls->n - a - 2) * sizeof *B);
        ls->n--;
        return;
    }
    fit(g, B);
}

/* The rules of a page already asked for, or NULL. */
static const nb_rules *known_rules(const rulebook *rb, int page)
{
    return rb->fn && rb->have[page] > 0 ? &rb->r[page] : NULL;
}

/* Whether a horizontal rule of the page lies between two table lines, where they overlap: two rows
 * set close (a header's last line, 容, right above a row, 行政许 1208). */
static int ruled_apart(const rulebook *rb, const line *a, const line *b)
{
    const nb_rules *r = known_rules(rb, b->page);
    double x1 = fmax(a->x1, b->x1), x2 = fmin(a->x2, b->x2);
    return r && x1 < x2 && nb_rules_hcross(r, x1, x2, (a->y1 + a->y2) / 2, (b->y1 + b->y2) / 2);
}

/* Whether table line b, right under line a of one cell, is the rest of a's row: a 统计表 row's label
 * set higher than its unit and value (4.政务微信公开政府信息数 over 条 519), each in a box of its
 * own: no rule between the two lines, a vertical one between a and b (b all right of a), b's first
 * cell no number (a row's numbers under a label are columns.c's to place). */
static int beside_below(const glyph *g, const rulebook *rb, const line *a, const line *b)
{
    const nb_rules *r = known_rules(rb, b->page);
    return r && a->page == b->page && b->y1 - a->y2 <= 0.6 * b->em && b->x1 > a->x2 &&
           !(g[b->g].c >= '0' && g[b->g].c <= '9') &&
           !nb_rules_hcross(r, a->x1, b->x2, (a->y1 + a->y2) / 2, (b->y1 + b->y2) / 2) &&
           nb_rules_vcross(r, a->x2, b->x1, fmin(a->y1, b->y1), fmax(a->y2, b->y2));
}

/* The wrapped numbers of a page's lines [from, ls->n), joined (the rules asked for on the first
 * line that looks so). */
static void join_wrapped(glyph *g, vec *ls, size_t from, int page, rulebook *rb)
{
    if (!rb->fn) return;
    for (size_t i = from; i + 1 < ls->n;) {
        line *lv = ls->v, *A = &lv[i], *B = &lv[i + 1];
        if (!(B->y1 > A->y1 + 0.5 * A->em && B->y1 - A->y2 <= A->em)) {
            i++;
            continue;
        }
        size_t *sa = malloc((A->n + B->n + 2) * sizeof *sa), *sb = sa + A->n + 1;
        size_t *tail = malloc((B->n + 1) * sizeof *tail);
        if (!sa || !tail) nb_oom();
        size_t ka = line_cells(g, A, NULL, sa, A->n + 1), kb = line_cells(g, B, NULL, sb, B->n + 1), joins = 0;
        const nb_rules *r = NULL;
        int gone = 0; /* the page's rules cannot be had */
        for (size_t t = 0; t < kb; t++) {
            tail[t] = NO_CELL;
            size_t te = t + 1 < kb ? sb[t + 1] : B->n;
            int form = ka < 2 ? 0 : digit_run(g, B, sb[t], te, 0);
            if (gone || !form) continue;
            cellbox tb = cell_extent(g, B, sb[t], te);
            size_t h = NO_CELL, hits = 0;
            for (size_t c = 0; c < ka; c++) {
                cellbox cb = cell_extent(g, A, sa[c], c + 1 < ka ? sa[c + 1] : A->n);
                if (cb.x1 < tb.x2 && tb.x1 < cb.x2) {
                    hits++;
                    h = c;
                }
            }
            size_t he = h + 1 < ka ? sa[h + 1] : A->n;
            if (hits != 1 || digit_run(g, A, sa[h], he, 1) != form) continue; /* (18 over 1, ３４ over ４) */
            if (!r && !(r = rules_of(rb, page))) {
                gone = 1;
                continue;
            }
            if (!one_cell(g, lv, from, ls->n, r, i, sa[h], he, i + 1, sb[t], te)) continue;
            tail[t] = h;
            joins++;
        }
        size_t before = ls->n;
        if (joins) move_tails(g, ls, i, sa, ka, sb, kb, tail);
        free(sa);
        free(tail);
        if (gone) return;
        if (ls->n == before) i++; /* else line i may continue on the line now after it */
    }
}

/* A number wrapped in its narrow cell that is centred on its row: its head on a line of its own
 * right above the row's line, its tail on one right under it (Writer's 36 / 一、本年新收… / 4, a
 * browser's ４ / （一）予以公开 / ８), the row itself holding nothing in that column. Left so, the
 * tail under the row was read as the row's missing cell (4, 8). The head, the row and the tail are
 * made one line: the number joined (364) where the page's rules show head and tail alone in one
 * cell box with no rule between (as join_wrapped asks), else written head↵tail (wrap[] marks the
 * tail's first glyph): no number, both pieces in the cell's diagnostic (columns.h). */

/* Whether glyphs [s, e) of line l are a number alone: digits of any form, with separators. */
static int number_cell(const glyph *g, const line *l, size_t s, size_t e)
{
    int any = 0;
    for (size_t j = s; j < e; j++) {
        uint32_t x = g[l->g + j].c;
        if (any_digit(x)) any = 1;
        else if (!(x == ',' || x == '.' || x == 0xFF0C || x == 0xFF0E)) return 0;
    }
    return any;
}

/* Whether a cell of line l is a number alone; if so, *band is line l with the height of those cells
 * only (a rowspan label's piece on the line, 结果, may sit lower than the row). */
static int holds_number(const glyph *g, const line *l, line *band)
{
    size_t *st = malloc((l->n + 1) * sizeof *st), k = line_cells(g, l, NULL, st, l->n + 1), any = 0;
    if (!st) nb_oom();
    *band = *l;
    for (size_t c = 0; c < k; c++) {
        size_t e = c + 1 < k ? st[c + 1] : l->n;
        if (!number_cell(g, l, st[c], e)) continue;
        cellbox b = cell_extent(g, l, st[c], e);
        band->y1 = any ? fmin(band->y1, b.y1) : b.y1;
        band->y2 = any ? fmax(band->y2, b.y2) : b.y2;
        any = 1;
    }
    free(st);
    return any > 0;
}

/* The cells of line l (their starts in starts[0, cap)), of which those from *first on are numbers
 * alone and those before are not (pieces of labels on the left: a rowspan label's line, 三、, beside
 * a wrapped number's head): the count of cells, or 0 where the line ends in no number alone or one
 * stands among its label's pieces. */
static size_t number_cells(const glyph *g, const line *l, size_t *starts, size_t cap, size_t *first)
{
    size_t k = line_cells(g, l, NULL, starts, cap), f = k;
    if (k > cap) return 0;
    for (size_t c = k; c-- > 0 && number_cell(g, l, starts[c], c + 1 < k ? starts[c + 1] : l->n);) f = c;
    for (size_t c = 0; c < f; c++)
        if (number_cell(g, l, starts[c], starts[c + 1])) return 0;
    *first = f;
    return f < k ? k : 0;
}

/* Whether the heads' band [hy1, hy2] and the tails' [ty1, ty2] straddle row line L's band: the heads
 * end inside it (or, not strict, right at its top), the tails start inside it (or right at its
 * bottom), the two centred around its middle. Strict where heads and tails end lines of whole rows'
 * look (a label, a unit, a number): three such rows set close touch, a cell's lines overlap L. */
static int straddles(double hy1, double hy2, const line *L, double ty1, double ty2, int strict)
{
    double tol = 0.25 * L->em, near = strict ? 0 : tol, mid = (L->y1 + L->y2) / 2;
    return hy1 < L->y1 && hy2 > L->y1 - near && hy2 < mid && ty2 > L->y2 && ty1 < L->y2 + near && ty1 > mid &&
           fabs((hy1 + ty2) / 2 - mid) <= tol;
}

/* Whether no glyph of line L stands over [x1, x2], or (r given) in the cell box of r's rules around
 * [x1, x2] x [y1, y2]. */
static int row_clear(const glyph *g, const line *L, const nb_rules *r, double x1, double y1, double x2, double y2)
{
    cellbox b = {x1, y1, x2, y2};
    if (r && !nb_rules_box(r, x1, y1, x2, y2, 1.5, &b.x1, &b.y1, &b.x2, &b.y2)) return 0;
    for (size_t j = 0; j < L->n; j++) {
        const glyph *x = &g[L->g + j];
        if (r ? (x->x1 + x->x2) / 2 > b.x1 && (x->x1 + x->x2) / 2 < b.x2 : x->x1 < b.x2 && b.x1 < x->x2) return 0;
    }
    return 1;
}

/* The k heads of line H (cells starting at sh[0, k), the last ending the line) and the k tails of
 * line T (st[0, k)): whether they pair off, tail c under head c (their columns overlap), each pair's
 * columns apart from the next's and row line L clear over each; their bands in *hb, *tb. */
static int paired(const glyph *g, const line *H, const line *L, const line *T, const size_t *sh, const size_t *st,
                  size_t k, cellbox *hs, cellbox *ts)
{
    double prev = -INFINITY;
    for (size_t c = 0; c < k; c++) {
        cellbox hb = cell_extent(g, H, sh[c], c + 1 < k ? sh[c + 1] : H->n),
                tb = cell_extent(g, T, st[c], c + 1 < k ? st[c + 1] : T->n);
        double x1 = fmin(hb.x1, tb.x1), x2 = fmax(hb.x2, tb.x2);
        if (!(hb.x1 < tb.x2 && tb.x1 < hb.x2) || x1 <= prev || !row_clear(g, L, NULL, x1, 0, x2, 0)) return 0;
        prev = x2;
        if (c == 0) *hs = hb, *ts = tb;
        hs->y1 = fmin(hs->y1, hb.y1), hs->y2 = fmax(hs->y2, hb.y2);
        ts->y1 = fmin(ts->y1, tb.y1), ts->y2 = fmax(ts->y2, tb.y2);
    }
    return 1;
}

/* Whether a number alone on row line L has a piece of itself on another line within the cell box
 * the rules close around it (a number wrapped over three lines: 1 / 7 / 6 for 176, its middle on the
 * row's line while the two-line numbers beside it straddle it). Joining the two-line numbers would
 * then give the row all its cells, the middle piece read as a whole number: no join, the row is left
 * with its pieces (null where it is read). Lines [lo, hi) are those around L looked at. */
static int cell_runs_over(const glyph *g, const line *lv, size_t lo, size_t hi, size_t i, const nb_rules *r)
{
    const line *L = &lv[i];
    size_t *st = malloc((L->n + 1) * sizeof *st), k = line_cells(g, L, NULL, st, L->n + 1);
    if (!st) nb_oom();
    int over = 0;
    for (size_t c = 0; c < k && !over; c++) {
        size_t e = c + 1 < k ? st[c + 1] : L->n;
        if (!number_cell(g, L, st[c], e)) continue;
        cellbox b = cell_extent(g, L, st[c], e), box;
        if (!nb_rules_box(r, b.x1, b.y1, b.x2, b.y2, 1.5, &box.x1, &box.y1, &box.x2, &box.y2)) continue;
        for (size_t q = lo; q < hi && !over; q++) {
            if (q == i) continue;
            for (size_t j = 0; j < lv[q].n && !over; j++) {
                const glyph *x = &g[lv[q].g + j];
                double xc = (x->x1 + x->x2) / 2, yc = gyc(x);
                over = any_digit(x->c) && xc > box.x1 && xc < box.x2 && yc > box.y1 && yc < box.y2;
            }
        }
    }
    free(st);
    return over;
}

/* Glyph src moved to tmp[*n], its mark with it. */
static void take(glyph *tmp, unsigned char *mark, size_t *n, const glyph *g, const unsigned char *wrap, size_t src)
{
    mark[*n] = wrap[src];
    tmp[(*n)++] = g[src];
}

/* Rows whose every number wrapped (Writer's print of a narrow table: 283 / 一、本年新收… / 2 beside
 * 59 / 6 …) are several such pairs on the same three lines, each joined or written head↵tail on its
 * own; the row's line then holds its label alone. Heads and tails may end lines that hold pieces of
 * a label on their left (a rowspan label's lines, 三、 / 本年度, or the row's own label's two lines
 * around its numbers' line): the numbers move to the row's line, the label pieces stay. */
static void join_straddled(glyph *g, vec *ls, size_t from, int page, rulebook *rb, unsigned char *wrap)
{
    for (size_t i = from + 1; i + 1 < ls->n; i++) {
        line *lv = ls->v, *H = &lv[i - 1], *L = &lv[i], *T = &lv[i + 1];
        size_t one, fh, ft;
        /* L holds the row's label or its numbers: more than one cell, or one that is no number alone */
        if (!L->n || (line_cells(g, L, NULL, &one, 1) == 1 && number_cell(g, L, 0, L->n))) continue;
        size_t *sh = malloc((H->n + T->n + 2) * sizeof *sh), *st = sh + H->n + 1;
        if (!sh) nb_oom();
        size_t kh = number_cells(g, H, sh, H->n + 1, &fh), kt = number_cells(g, T, st, T->n + 1, &ft), k = kh - fh;
        cellbox hb = {0, 0, 0, 0}, tb = hb;
        line band = *L; /* the row's band: that of its numbers, beside label pieces */
        /* with label pieces beside them, heads and tails are a row's only where the row's line holds
           numbers of its own (two whole rows around a line of next to nothing are not) */
        if (!kh || !kt || kt - ft != k || ((fh || ft) && !holds_number(g, L, &band)) ||
            !paired(g, H, L, T, sh + fh, st + ft, k, &hb, &tb) ||
            !straddles(hb.y1, hb.y2, &band, tb.y1, tb.y2, fh || ft)) {
            free(sh);
            continue;
        }
        const nb_rules *r = rules_of(rb, page);
        if (r && cell_runs_over(g, lv, i >= from + 2 ? i - 2 : from, i + 3 < ls->n ? i + 3 : ls->n, i, r)) {
            free(sh);
            continue;
        }
        size_t total = H->n + L->n + T->n, hl = sh[fh], tl = st[ft], n = 0, at = 0;
        glyph *tmp = malloc(total * sizeof *tmp);
        unsigned char *mark = calloc(total, 1);
        if (!tmp || !mark) nb_oom();
        for (size_t j = 0; j < hl; j++) take(tmp, mark, &n, g, wrap, H->g + j);
        for (size_t c = fh, d = ft; c < kh; c++, d++) {
            size_t he = c + 1 < kh ? sh[c + 1] : H->n, te = d + 1 < kt ? st[d + 1] : T->n;
            cellbox h = cell_extent(g, H, sh[c], he), t = cell_extent(g, T, st[d], te);
            double x1 = fmin(h.x1, t.x1), x2 = fmax(h.x2, t.x2);
            /* over the column of head and tail alone: the row's line between is elsewhere */
            int joined = r && row_clear(g, L, r, x1, h.y1, x2, t.y2) &&
                         one_box(g, lv, from, ls->n, r, x1, x2, i - 1, sh[c], he, i + 1, st[d], te);
            while (at < L->n && g[L->g + at].x1 < x1) take(tmp, mark, &n, g, wrap, L->g + at++);
            for (size_t j = sh[c]; j < he; j++) take(tmp, mark, &n, g, wrap, H->g + j);
            size_t t0 = n;
            for (size_t j = st[d]; j < te; j++) take(tmp, mark, &n, g, wrap, T->g + j);
            if (!joined) mark[t0] = 1;
        }
        while (at < L->n) take(tmp, mark, &n, g, wrap, L->g + at++);
        for (size_t j = 0; j < tl; j++) take(tmp, mark, &n, g, wrap, T->g + j);
        memcpy(g + H->g, tmp, total * sizeof *tmp);
        memcpy(wrap + H->g, mark, total);
        free(tmp);
        free(mark);
        free(sh);
        /* the label pieces left of heads and tails (if any), the row's line between */
        line m[3] = {*H, *L, *T}, *keep = m;
        m[0].n = hl;
        m[1].g = H->g + hl;
        m[1].n = total - hl - tl;
        m[1].x1 = fmin(L->x1, fmin(hb.x1, tb.x1));
        m[1].x2 = fmax(L->x2, fmax(hb.x2, tb.x2));
        m[2].g = m[1].g + m[1].n;
        m[2].n = tl;
        size_t kept = 0;
        for (size_t q = 0; q < 3; q++) {
            if (!m[q].n) continue;
            if (q != 1) fit(g, &m[q]);
            keep[kept++] = m[q];
        }
        memcpy(&lv[i - 1], keep, kept * sizeof *keep);
        memmove(&lv[i - 1 + kept], &lv[i + 2], (ls->n - i - 2) * sizeof *lv);
        ls->n -= 3 - kept;
    }
}

/* The last lines of a label under a table's last row, inside the cell of the row's label (行政事 /
 * 业性收 / 费): lines of the table, where the rules show it so. Lines (p, e] hold one cell each,
 * short, close under one another; line p is a table line. */
static int label_tail(const glyph *g, const line *lv, size_t p, size_t e, const page_box *pb, rulebook *rb)
{
    const line *l = &lv[e], *t = &lv[p];
    size_t *sp = malloc((t->n + 1) * sizeof *sp);
    if (!sp) nb_oom();
    size_t kp = line_cells(g, t, known_rules(rb, t->page), sp, t->n + 1), h = NO_CELL, hits = 0;
    for (size_t c = 0; c < kp; c++) {
        cellbox cb = cell_extent(g, t, sp[c], c + 1 < kp ? sp[c + 1] : t->n);
        if (cb.x1 < l->x2 && l->x1 < cb.x2) {
            hits++;
            h = c;
        }
    }
    const nb_rules *r = hits == 1 ? rules_of(rb, l->page) : NULL;
    int ok = r && one_cell(g, lv, pb->first, pb->end, r, p, sp[h], h + 1 < kp ? sp[h + 1] : t->n, e, 0, l->n);
    free(sp);
    return ok;
}

/* The lines after table line p that may end a label of its: (p, end) (label_tail says which do). */
static size_t tail_run(const glyph *g, const line *lv, size_t n, size_t p, const size_t *ncell,
                       const unsigned char *tab, const unsigned char *skip)
{
    size_t e = p + 1;
    while (e < n && e <= p + 8 && !tab[e] && !skip[e] && ncell[e] == 1 && lv[e].page == lv[p].page &&
           lv[e].y1 - lv[e - 1].y2 <= 0.6 * lv[e].em && label_line(g, &lv[e]) && !section_heading(g, &lv[e]))
        e++;
    return e;
}

size_t nb_pdf_rows(nb_glyph *g, size_t n, int pages, nb_buf *out)
{
    return nb_pdf_rows_ruled(g, n, pages, NULL, NULL, out);
}

size_t nb_pdf_rows_ruled(nb_glyph *g, size_t n, int pages, nb_page_rules_fn rules, void *ctx, nb_buf *out)
{
    return nb_pdf_rows_cut(g, n, pages, rules, NULL, ctx, out);
}

/* The pages that hold a table's line told which of their glyphs they cut (pdfclip.h). */
static void cut_table_pages(glyph *g, const line *lv, size_t nl, const unsigned char *tab, const page_box *pbv,
                            nb_page_cut_fn cut, void *ctx)
{
    for (size_t i = 0; i < nl && cut; i++) {
        if (!tab[i]) continue;
        int p = lv[i].page;
        cut(ctx, p, g + pbv[p].g0, pbv[p].g1 - pbv[p].g0);
        while (i + 1 < nl && lv[i + 1].page == p) i++;
    }
}

size_t nb_pdf_rows_cut(nb_glyph *g, size_t n, int pages, nb_page_rules_fn rules, nb_page_cut_fn cut, void *ctx,
                       nb_buf *out)
{
    vec ls = {.size = sizeof(line)}, boxes = {.size = sizeof(page_box)};
    size_t at = 0;
    rulebook rb = {rules, ctx, NULL, NULL};
    if (rules && pages > 0) {
        rb.r = calloc((size_t)pages, sizeof *rb.r);
        rb.have = calloc((size_t)pages, 1);
        if (!rb.r || !rb.have) nb_oom();
    }
    unsigned char *wrap = calloc(n + 1, 1); /* per glyph: ↵ before it (join_straddled) */
    if (!wrap) nb_oom();
    tall_boxes(g, n);
    for (int i = 0; i < pages; i++) {
        page_box *pb = vec_push(&boxes);
        pb->left = pb->right = 0;
        size_t from = at, lfrom = ls.n;
        while (at < n && g[at].page == i) at++;
        page_lines(g, from, at, i, &ls);
        join_wrapped(g, &ls, lfrom, i, &rb);
        join_straddled(g, &ls, lfrom, i, &rb, wrap);
        pb->first = lfrom;
        pb->end = ls.n;
        pb->g0 = from;
        pb->g1 = at;
        while (at < n && g[at].page <= i) at++; /* out of order: left out */
    }
    const line *lv = ls.v;
    const page_box *pbv = boxes.v;
    size_t *starts = malloc((n + 1) * sizeof *starts);
    size_t *ncell = malloc((ls.n + 1) * sizeof *ncell);
    if (!starts || !ncell) abort();
    size_t dropped = 0;
    for (size_t i = 0; i < ls.n; i++) ncell[i] = line_cells(g, &lv[i], NULL, starts, 0);
    /* a page with a table (two lines of cells at least): its rules part the cells set close */
    for (size_t i = 0, rows = 0; i < ls.n && rules; i++) {
        rows = i > 0 && lv[i - 1].page == lv[i].page ? rows + (ncell[i] >= 2) : ncell[i] >= 2;
        if (rows == 2 && rules_of(&rb, lv[i].page)) {
            const nb_rules *r = rules_of(&rb, lv[i].page);
            for (size_t j = pbv[lv[i].page].first; j < pbv[lv[i].page].end; j++)
                ncell[j] = line_cells(g, &lv[j], r, starts, 0);
        }
    }
    for (size_t i = 0; i < boxes.n; i++) page_margins((page_box *)boxes.v + i, lv, ncell);

    nb_buf_putc(out, 0); /* data is never NULL, even for no text */
    out->len--;
    unsigned char *tab = calloc(ls.n + 1, 1);
    unsigned char *skip = calloc(ls.n + 1, 1);
    if (!tab || !skip) nb_oom();
    long numbering = page_numbering(g, lv, ls.n, ncell);
    for (size_t i = 0; i < ls.n; i++) {
        const line *l = &lv[i];
        if (foot_number(g, lv, ls.n, ncell, i) && page_number_offset(g, l) == numbering) {
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
    fill_table_lines(g, lv, ls.n, &rb, tab);
    for (size_t i = 1; i < ls.n && rules; i++) {
        if (tab[i] || !tab[i - 1]) continue;
        for (size_t e = tail_run(g, lv, ls.n, i - 1, ncell, tab, skip); e > i; e--)
            if (label_tail(g, lv, i - 1, e - 1, &pbv[lv[i].page], &rb)) {
                memset(tab + i, 1, e - i);
                break;
            }
    }
    cut_table_pages(g, lv, ls.n, tab, pbv, cut, ctx);
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
            else if (in_table && i > 0 && lv[i - 1].page == l->page &&
                     (l->y1 - lv[i - 1].y2 > 0.6 * l->em || ruled_apart(&rb, &lv[i - 1], l)))
                nb_buf_putc(out, '\n');
            open = 0;
            in_table = 1;
            size_t k = line_cells_at(g, l, known_rules(&rb, l->page), ncell[i] >= 2, starts, n + 1);
            long at = 0;
            put_table_line(out, g, l, starts, k, unit, wrap, &at);
            if (i + 1 < ls.n && tab[i + 1] && !skip[i + 1] && k == 1 && beside_below(g, &rb, l, &lv[i + 1])) {
                l = &lv[++i];
                size_t k2 = line_cells(g, l, known_rules(&rb, l->page), starts, n + 1);
                put_table_line(out, g, l, starts, k2, unit, wrap, &at);
                k += k2;
            }
            if (k == 1) nb_buf_putc(out, '\t');
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
            /* nor a number alone: a table printed a cell a line (Writer's print of a page of div
               cells) has a row's label, the widest line of its page, over the row's first value */
            if (join && (numbered(g, l) || number_cell(g, l, 0, l->n))) join = 0;
            if (!join) nb_buf_putc(out, '\n');
            else if (!wide(g[p->g + p->n - 1].c) && !wide(g[l->g].c)) nb_buf_putc(out, ' ');
        }
        put_glyphs(out, g, l, 0, l->n);
        open = 1;
        prev = i;
    }
    if (open) nb_buf_putc(out, '\n');
    if (rb.r)
        for (int i = 0; i < pages; i++) nb_rules_free(&rb.r[i]);
    free(rb.r);
    free(rb.have);
    free(starts);
    free(ncell);
    free(tab);
    free(skip);
    free(wrap);
    free(ls.v);
    free(boxes.v);
    return dropped;
}
