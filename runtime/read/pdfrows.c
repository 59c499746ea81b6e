/* pdfrows.c — positioned characters to rows and prose (pdfrows.h). */
#include "pdfrows.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "markers.h"
#include "pdfrows_int.h"

#define WORD_GAP 0.2  /* between two Latin characters, a gap of this many em is a space */

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

/* A note's mark raised after a number (pdfnotes.c) is written in brackets: [ before its first glyph,
 * ] after its last. */
static int note_opens(const unsigned char *note, const line *l, size_t from, size_t j)
{
    return note[l->g + j] && !(j > from && note[l->g + j - 1]);
}
static int note_closes(const unsigned char *note, const line *l, size_t to, size_t j)
{
    return note[l->g + j] && !(j + 1 < to && note[l->g + j + 1]);
}

static void put_glyphs(nb_buf *b, const glyph *g, const line *l, size_t from, size_t to, const unsigned char *note)
{
    for (size_t j = from; j < to; j++) {
        const glyph *x = &g[l->g + j];
        if (j > from) {
            const glyph *a = &g[l->g + j - 1];
            if (!wide(a->c) && !wide(x->c) && x->x1 - a->x2 > WORD_GAP * l->em) nb_buf_putc(b, ' ');
        }
        if (cut_before(g, l, from, j, 0)) nb_buf_puts(b, CUT_MARK);
        if (note_opens(note, l, from, j)) nb_buf_putc(b, '[');
        nb_buf_put(b, x->u, x->k);
        if (note_closes(note, l, to, j)) nb_buf_putc(b, ']');
        if (cut_after(g, l, to, j, 0)) nb_buf_puts(b, CUT_MARK);
    }
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
                           const unsigned char *wrap, const unsigned char *note, const size_t *blank, long *at)
{
    long cur = *at; /* 0 at the start of a line; past the cells of a line written before on it */
    for (size_t c = 0; c < k; c++) {
        for (size_t e = blank ? blank[c] : 0; e > 0; e--) { /* blank cells before it (pdfblank.c) */
            nb_buf_putc(b, '\t');
            cur++;
        }
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
            if (note_opens(note, l, starts[c], j)) nb_buf_putc(b, '['), cur++;
            nb_buf_put(b, x->u, x->k);
            cur += wide(x->c) ? 2 : 1;
            if (note_closes(note, l, to, j)) nb_buf_putc(b, ']'), cur++;
            if (cut_after(g, l, to, j, 1)) {
                nb_buf_puts(b, CUT_MARK);
                cur += 2;
            }
        }
    }
    *at = cur;
}

/* A cell that the page's clip cuts away whole, after a table line's cells (pdfopen.c): … at x. */
static void put_open_cell(nb_buf *b, double x, double unit, long *at)
{
    nb_buf_putc(b, '\t');
    long cur = *at + 1, target = lround(x / unit);
    for (; cur < target; cur++) nb_buf_putc(b, ' ');
    nb_buf_puts(b, CUT_MARK);
    *at = cur + 2;
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

/* The rules of a page, asked for the first time it is needed; NULL where they cannot be had. */
const nb_rules *nb_pdf_rules_of(rulebook *rb, int page)
{
    if (!rb->fn) return NULL;
    if (!rb->have[page]) rb->have[page] = rb->fn(rb->ctx, page, &rb->r[page]) == 0 ? 1 : -1;
    return rb->have[page] > 0 ? &rb->r[page] : NULL;
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

/* The last lines of a label under a table's last row, inside the cell of the row's label (行政事 /
 * 业性收 / 费): lines of the table, where the rules show it so. Lines (p, e] hold one cell each,
 * short, close under one another; line p is a table line. */
static int label_tail(const glyph *g, const line *lv, size_t p, size_t e, const page_box *pb, rulebook *rb)
{
    const line *l = &lv[e], *t = &lv[p];
    size_t *sp = malloc((t->n + 1) * sizeof *sp);
    if (!sp) nb_oom();
    size_t kp = nb_pdf_line_cells(g, t, known_rules(rb, t->page), sp, t->n + 1), h = NO_CELL, hits = 0;
    for (size_t c = 0; c < kp; c++) {
        cellbox cb = nb_pdf_cell_extent(g, t, sp[c], c + 1 < kp ? sp[c + 1] : t->n);
        if (cb.x1 < l->x2 && l->x1 < cb.x2) {
            hits++;
            h = c;
        }
    }
    const nb_rules *r = hits == 1 ? nb_pdf_rules_of(rb, l->page) : NULL;
    int ok = r && nb_pdf_one_cell(g, lv, pb->first, pb->end, r, p, sp[h], h + 1 < kp ? sp[h + 1] : t->n, e, 0, l->n);
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
    nb_pdf_tall_boxes(g, n);
    for (int i = 0; i < pages; i++) {
        page_box *pb = vec_push(&boxes);
        pb->left = pb->right = 0;
        size_t from = at, lfrom = ls.n;
        while (at < n && g[at].page == i) at++;
        nb_pdf_page_lines(g, from, at, i, &ls);
        nb_pdf_join_wrapped(g, &ls, lfrom, i, &rb);
        nb_pdf_join_straddled(g, &ls, lfrom, i, &rb, wrap);
        pb->first = lfrom;
        pb->end = ls.n;
        pb->g0 = from;
        pb->g1 = at;
        while (at < n && g[at].page <= i) at++; /* out of order: left out */
    }
    const line *lv = ls.v;
    const page_box *pbv = boxes.v;
    unsigned char *note = calloc(n + 1, 1); /* per glyph: of a note's mark raised after a number */
    if (!note) nb_oom();
    nb_pdf_note_marks(g, lv, ls.n, note);
    size_t *starts = malloc((n + 1) * sizeof *starts), *blank = malloc((n + 1) * sizeof *blank);
    size_t *ncell = malloc((ls.n + 1) * sizeof *ncell);
    if (!starts || !blank || !ncell) abort();
    size_t dropped = 0;
    for (size_t i = 0; i < ls.n; i++) ncell[i] = nb_pdf_line_cells(g, &lv[i], NULL, starts, 0);
    /* a page with a table (two lines of cells at least): its rules part the cells set close */
    for (size_t i = 0, rows = 0; i < ls.n && rules; i++) {
        rows = i > 0 && lv[i - 1].page == lv[i].page ? rows + (ncell[i] >= 2) : ncell[i] >= 2;
        if (rows == 2 && nb_pdf_rules_of(&rb, lv[i].page)) {
            const nb_rules *r = nb_pdf_rules_of(&rb, lv[i].page);
            for (size_t j = pbv[lv[i].page].first; j < pbv[lv[i].page].end; j++)
                ncell[j] = nb_pdf_line_cells(g, &lv[j], r, starts, 0);
        }
    }
    for (size_t i = 0; i < boxes.n; i++) page_margins((page_box *)boxes.v + i, lv, ncell);

    nb_buf_putc(out, 0); /* data is never NULL, even for no text */
    out->len--;
    unsigned char *tab = calloc(ls.n + 1, 1);
    unsigned char *skip = calloc(ls.n + 1, 1);
    if (!tab || !skip) nb_oom();
    long numbering = nb_pdf_page_numbering(g, lv, ls.n, ncell);
    for (size_t i = 0; i < ls.n; i++) {
        const line *l = &lv[i];
        if (nb_pdf_foot_number(g, lv, ls.n, ncell, i) && nb_pdf_page_number_offset(g, l) == numbering) {
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
            const nb_rules *lr = known_rules(&rb, l->page); /* the row's lines are on one page (beside_below) */
            size_t k = nb_pdf_line_cells_at(g, l, lr, ncell[i] >= 2, starts, n + 1);
            long at = 0;
            size_t kl = k; /* the cells of the line last written */
            int blanks = lr && nb_pdf_blank_cells(g, lv, pbv[l->page].first, pbv[l->page].end, l, starts, k, lr, blank);
            put_table_line(out, g, l, starts, k, unit, wrap, note, blanks ? blank : NULL, &at);
            if (i + 1 < ls.n && tab[i + 1] && !skip[i + 1] && k == 1 && beside_below(g, &rb, l, &lv[i + 1])) {
                l = &lv[++i];
                size_t k2 = nb_pdf_line_cells(g, l, lr, starts, n + 1);
                put_table_line(out, g, l, starts, k2, unit, wrap, note, NULL, &at);
                k += k2;
                kl = k2;
            }
            double open_x;
            if (nb_pdf_open_cell(g, l, starts, kl, lr, &open_x)) {
                put_open_cell(out, open_x, unit, &at);
                k++;
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
            if (join && (numbered(g, l) || nb_pdf_number_cell(g, l, 0, l->n))) join = 0;
            if (!join) nb_buf_putc(out, '\n');
            else if (!wide(g[p->g + p->n - 1].c) && !wide(g[l->g].c)) nb_buf_putc(out, ' ');
        }
        put_glyphs(out, g, l, 0, l->n, note);
        open = 1;
        prev = i;
    }
    if (open) nb_buf_putc(out, '\n');
    if (rb.r)
        for (int i = 0; i < pages; i++) nb_rules_free(&rb.r[i]);
    free(rb.r);
    free(rb.have);
    free(starts);
    free(blank);
    free(ncell);
    free(tab);
    free(skip);
    free(wrap);
    free(note);
    free(ls.v);
    free(boxes.v);
    return dropped;
}
