/* harness_pdfrows.c — fuzz target `pdfrows`: a PDF's positioned characters to rows and prose
 * (runtime/read/pdfrows.c), fed positions directly: no PDF, no poppler, thousands of pages a second.
 *
 * The input is a list of 8-byte glyph records:
 *     byte 0     bit 0: the glyph starts a new page; bit 1: it goes back a page (out of order);
 *                bits 2-5: its nb_glyph.cut (cut at an edge of the page, pdfclip.h)
 *     bytes 1-2  x, bytes 3-4 y: big-endian, in tenths of a point
 *     byte 5     width, byte 6 height: tenths of a point (0: a producer that gave no box)
 *     byte 7     the character: an index into a set that reports are made of
 * fuzz/pdfrows_seeds.py writes seeds in this form from real report text. What comes back must be
 * NUL-terminated, well-formed UTF-8, no more page numbers dropped than pages. */
#include "fuzz.h"
#include "pdfclip.h"
#include "pdfrows.h"
#include "utf8.h"

/* the characters of reports' headings, tables, page feet and prose, and some Latin */
static const char *const chars[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "、", "（", "）", "(", ")", "第",
    "页", "共", "年", "度", "政", "府", "信", "息", "公", "开", "工", "作", "报", "告", "申", "请",
    "件", "数", "合", "计", "其", "他", "本", "新", "收", "上", "结", "转", "。", "：", "；", "，",
    "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "-",  "/",  ".",  ":",  "—",  "–",
    "a",  "b",  "Z",  "%",  "·",  "万", "元", "项", "条", "行", "外", "总", "统", "指", "标", "单",
    "位", "（一）" /* a ligature-like glyph of several characters: the first is kept */};
enum { NCHARS = sizeof chars / sizeof chars[0] };

/* A page ruled as a grid, every `step` points (from the input's first byte): the wrapped-number join
 * of pdfwrap.c (a tail moved onto its head's line, a line dropped) runs on whatever the glyphs are. */
static int grid_rules(void *ctx, int page, nb_rules *out)
{
    double step = 6 + *(const unsigned char *)ctx % 40;
    (void)page;
    size_t k = (size_t)(6600 / step) + 1;
    out->h = malloc(k * sizeof *out->h);
    out->v = malloc(k * sizeof *out->v);
    if (!out->h || !out->v) FAIL("out of memory");
    for (size_t i = 0; i < k; i++) {
        out->h[i] = (nb_rule){step * (double)i, 0, 6600};
        out->v[i] = (nb_rule){step * (double)i, 0, 6600};
    }
    out->nh = out->nv = k;
    return 0;
}

/* A page that shows what lies within [step, 30 step] (pdfclip.c marks what crosses its edges). */
static void page_cut(void *ctx, int page, nb_glyph *g, size_t n)
{
    double step = 6 + *(const unsigned char *)ctx % 40;
    (void)page;
    nb_page_view v = {6600, step, 30 * step};
    nb_pdf_mark_cut(g, n, &v);
}

static void one(const unsigned char *data, size_t len)
{
    size_t n = len / 8;
    nb_glyph *g = calloc(n ? n : 1, sizeof *g);
    if (!g) FAIL("out of memory");
    int page = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *r = data + 8 * i;
        if (r[0] & 1) page++;
        if ((r[0] & 2) && page > 0) page--;
        double x = (r[1] << 8 | r[2]) / 10.0, y = (r[3] << 8 | r[4]) / 10.0;
        const unsigned char *s = (const unsigned char *)chars[r[7] % NCHARS];
        size_t k = nb_u8len(s, s + strlen((const char *)s)); /* of a ligature, its first character */
        g[i] = (nb_glyph){.x1 = x, .y1 = y, .x2 = x + r[5] / 10.0, .y2 = y + r[6] / 10.0, .page = page, .idx = i,
                          .cut = (unsigned char)(r[0] >> 2 & 15),
                          .c = nb_u8decode(s, k), .k = (unsigned char)k};
        memcpy(g[i].u, s, k);
    }
    nb_buf out;
    nb_buf_init(&out);
    size_t dropped = nb_pdf_rows(g, n, page + 1, &out);
    fuzz_check_text("nb_pdf_rows", out.data, out.len);
    if (memchr(out.data, 0, out.len)) FAIL("nb_pdf_rows: a NUL inside the text");
    if (dropped > (size_t)page + 1) FAIL("nb_pdf_rows: %zu page numbers dropped from %d pages", dropped, page + 1);
    if (out.len && out.data[out.len - 1] != '\n') FAIL("nb_pdf_rows: the text does not end its last line");
    nb_buf_free(&out);
    if (len) { /* again with ruled pages; the glyphs were reordered, which the rows allow */
        nb_buf_init(&out);
        dropped = nb_pdf_rows_cut(g, n, page + 1, grid_rules, page_cut, (void *)data, &out);
        fuzz_check_text("nb_pdf_rows_ruled", out.data, out.len);
        if (memchr(out.data, 0, out.len)) FAIL("nb_pdf_rows_ruled: a NUL inside the text");
        if (out.len && out.data[out.len - 1] != '\n') FAIL("nb_pdf_rows_ruled: the text does not end its last line");
        nb_buf_free(&out);
    }
    free(g);
}
