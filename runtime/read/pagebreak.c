/* pagebreak.c — a row's label split by a page break of pdftotext -layout, joined (see pagebreak.h).
 *
 * A browser prints a table row whose label wraps over several lines across a page break: its
 * numbers and the label's head (3.危 / 及 / “三) at the bottom of a page, the label's tail (安全 /
 * 一稳 / 定”) at the top of the next, where pdftotext starts the page's columns afresh (the tail at
 * another indentation). The columns pass (columns.c) rebuilds the row from the head alone, and
 * leaves the tail as loose lines. The tail is joined to the row only where nothing else can be
 * meant:
 *   - between the row and the tail stand only blank lines and page furniture (a page number: - 3 -,
 *     第 3 页, 3/8; a line printed before in the text: a running header or footer, a repeated
 *     header row);
 *   - the tail's lines are one piece each, no number, no numbering marker, up to a blank line or
 *     the next row's first line;
 *   - the row's label starts with a numbering marker and the row after the tail is the next number
 *     of that marker (4. after 3.), or 1. of a new group beside it; each piece of the tail stands in
 *     that row's label column (pdftotext's columns on the new page), where no label spanning rows
 *     and nothing but a row label can be.
 *   - the head and the tail together are exactly one row label of a template, and the head alone is
 *     none (where the caller gives the templates' labels: format.c does).
 * Otherwise nothing is joined: the row's label stays short, matches no template row, and its cells
 * are null with the tables' diagnostic (and format.c says a split label was left). */
#include "pagebreak.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "markers.h"
#include "pagenum.h"
#include "utf8.h"

/* A line [s, e) of a text (no line end), next: where the next one starts. */
typedef struct tline {
    size_t s, e, next;
} tline;

static size_t split_lines(const unsigned char *t, size_t n, tline **v, size_t *cap)
{
    size_t k = 0;
    for (size_t s = 0; s < n;) {
        const unsigned char *le = memchr(t + s, '\n', n - s);
        size_t e = le ? (size_t)(le - t) : n;
        nb_grow((void **)v, cap, k, sizeof **v);
        (*v)[k++] = (tline){s, e > s && t[e - 1] == '\r' ? e - 1 : e, le ? e + 1 : n};
        s = le ? e + 1 : n;
    }
    return k;
}

static int blank(const unsigned char *s, const unsigned char *e) { return nb_skip_blanks(s, e) == e; }

/* [s, e) without its blanks equals a line among lines [0, upto) of t: a running header or footer,
 * or a header row printed again on the new page. Only lines of two pieces or more, or of eight
 * characters or more: a short piece (开) may well repeat an earlier one by chance. */
static int repeated(const unsigned char *t, const tline *L, size_t upto, const unsigned char *s, const unsigned char *e)
{
    size_t pieces = 0, chars = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        pieces++;
        while (p < e && !nb_blank_at(p, e)) {
            p += nb_u8len(p, e);
            chars++;
        }
    }
    if (pieces < 2 && chars < 8) return 0;
    size_t from = upto > 2000 ? upto - 2000 : 0; /* a bounded look back: linear in the text */
    for (size_t j = from; j < upto; j++) {
        const unsigned char *a = t + L[j].s, *ae = t + L[j].e, *b = s;
        for (;;) {
            a = nb_skip_blanks(a, ae);
            b = nb_skip_blanks(b, e);
            if (a == ae || b == e || *a != *b) break;
            a++;
            b++;
        }
        if (a == ae && b == e) return 1;
    }
    return 0;
}

static int furniture(const unsigned char *t, const tline *L, size_t upto, const tline *l)
{
    const unsigned char *s = t + l->s, *e = t + l->e;
    if (s < e && *s == '\f') s++;
    return blank(s, e) || nb_page_number_line(s, e) || repeated(t, L, upto, s, e);
}

/* The one piece of a line: its start and end, and its column (a character a column: pdftotext's
 * grid); 0 when the line has none or more than one. */
static int one_piece(const unsigned char *s, const unsigned char *e, const unsigned char **ps, const unsigned char **pe,
                     int *x)
{
    if (s < e && *s == '\f') s++;
    int col = 0;
    const unsigned char *p = s;
    while (p < e && nb_blank_at(p, e)) {
        p += nb_blank_at(p, e);
        col++;
    }
    if (p == e) return 0;
    const unsigned char *q = p;
    while (q < e && !nb_blank_at(q, e)) q += nb_u8len(q, e);
    if (nb_skip_blanks(q, e) != e) return 0;
    *ps = p;
    *pe = q;
    *x = col;
    return 1;
}

/* A number, as the tables read one: digits with separators or a placeholder; any digit is enough
 * here to keep a piece out of a label. */
static int has_digit(const unsigned char *s, const unsigned char *e)
{
    for (; s < e; s++)
        if (*s >= '0' && *s <= '9') return 1;
    return 0;
}

/* The next piece of [*p, e): its bytes [*ps, *p) (*p moves past it) and its column *x, counting a
 * column for each blank and each character (pdftotext's grid; *col is the column at *p); 0 when no
 * piece is left. */
static int grid_piece(const unsigned char **p, const unsigned char *e, int *col, const unsigned char **ps, int *x)
{
    size_t b;
    while (*p < e && (b = nb_blank_at(*p, e)) > 0) {
        *p += b;
        (*col)++;
    }
    if (*p >= e) return 0;
    *ps = *p;
    *x = *col;
    while (*p < e && !nb_blank_at(*p, e)) {
        *p += nb_u8len(*p, e);
        (*col)++;
    }
    return 1;
}

/* In line [s, e) of the input, the column of a piece that starts with marker style st numbered
 * want, or of a 1 of that style with another numbered piece left of it (a new group); -1 if none. */
static int next_row_x(const unsigned char *s, const unsigned char *e, nb_style st, int want)
{
    int col = 0, left_marker = 0, x;
    const unsigned char *p = s, *ps;
    while (grid_piece(&p, e, &col, &ps, &x)) {
        nb_marker m;
        if (nb_marker_at(ps, p, &m)) {
            if (m.style == st && (m.num == want || (m.num == 1 && left_marker))) return x;
            left_marker = 1;
        }
    }
    return -1;
}

/* The label cell of a TAB row [s, e): the field before its first number (a digit first, and no
 * numbering marker: 3.危 is a label); 0 if none. */
static int label_field(const unsigned char *s, const unsigned char *e, const unsigned char **ls, const unsigned char **le)
{
    const unsigned char *f = s, *prev_s = NULL, *prev_e = NULL;
    if (f < e && *f == '\f') f++;
    for (;;) {
        const unsigned char *t = memchr(f, '\t', (size_t)(e - f));
        const unsigned char *fe = t ? t : e, *a = f, *b = fe;
        nb_trim(&a, &b);
        nb_marker m;
        if (a < b && *a >= '0' && *a <= '9' && !nb_marker_at(a, b, &m)) {
            if (!prev_s) return 0;
            *ls = prev_s;
            *le = prev_e;
            return 1;
        }
        if (a < b) {
            prev_s = a;
            prev_e = b;
        }
        if (!t) return 0;
        f = t + 1;
    }
}

enum { MAX_FURNITURE = 12, MAX_TAIL = 24 };

/* The tail's pieces, lines [c0, c1) of o, appended to b. */
static void put_tail(nb_buf *b, const unsigned char *o, const tline *O, size_t c0, size_t c1)
{
    for (size_t l = c0; l < c1; l++) {
        const unsigned char *ps, *pe;
        int x;
        if (one_piece(o + O[l].s, o + O[l].e, &ps, &pe, &x)) nb_buf_put(b, ps, (size_t)(pe - ps));
    }
}

/* Whether the label [ls, le) and the tail's lines [c0, c1) together are exactly one template label. */
static int whole_label(const unsigned char *ls, const unsigned char *le, const unsigned char *o, const tline *O,
                       size_t c0, size_t c1, nb_row_label_fn is_label)
{
    nb_buf b;
    nb_buf_init(&b);
    nb_buf_put(&b, ls, (size_t)(le - ls));
    put_tail(&b, o, O, c0, c1);
    int whole = is_label((const unsigned char *)b.data, b.len) == 1;
    nb_buf_free(&b);
    return whole;
}

/* Whether the tail's pieces, their centres (twice, in columns) from cmin to cmax, are centred as the
 * label of the next row: its lines from t (its first, its marker at column sx) up to a blank line,
 * a line with another numbered piece or four lines, their pieces that are no number and reach right of sx (a
 * label spanning rows stands left of it). pdftotext's grid gives each character a column, whatever
 * its width on the page, so a centre is known to a column: one either way. */
static int centred_as_next(const unsigned char *in, const tline *I, size_t t, size_t nl, int sx, int cmin, int cmax)
{
    int lo = -1, hi = -1, other = 0;
    for (size_t l = t; l < nl && l < t + 4 && !other && !blank(in + I[l].s, in + I[l].e); l++) {
        const unsigned char *p = in + I[l].s, *e = in + I[l].e, *ps;
        if (p < e && *p == '\f') p++;
        int col = 0, x;
        while (grid_piece(&p, e, &col, &ps, &x)) {
            nb_marker mm;
            if (l > t && nb_marker_at(ps, p, &mm)) other = 1; /* another row's line: the label ends above it */
            if (!other && !has_digit(ps, p) && col > sx - 1) {
                int c2 = x + col; /* twice the centre: its start and its end */
                if (lo < 0 || c2 < lo) lo = c2;
                if (c2 > hi) hi = c2;
            }
        }
    }
    return lo >= 0 && cmin >= lo - 2 && cmax <= hi + 2;
}

/* The join at the page break that starts line f of the rebuilt text, into the plan: the row's
 * line r (the byte where its label ends), the tail's lines [c0, c1). 1 to join; 0 when there is no
 * split label; -1 when there seems to be one, but its tail is not certainly its. */
static int plan(const unsigned char *o, const tline *O, size_t no, const unsigned char *in, const tline *I, size_t f,
                nb_row_label_fn is_label, size_t *r, size_t *lab_end, size_t *c0, size_t *c1)
{
    /* the row: above the break, past blank lines and furniture */
    size_t j = f, k = 0;
    while (j > 0 && k <= MAX_FURNITURE) {
        j--;
        k++;
        if (!furniture(o, O, j, &O[j])) break;
    }
    if (k > MAX_FURNITURE || !memchr(o + O[j].s, '\t', O[j].e - O[j].s)) return 0;
    const unsigned char *ls, *le;
    nb_marker m;
    if (!label_field(o + O[j].s, o + O[j].e, &ls, &le) || !nb_marker_at(ls, le, &m) || m.num <= 0) return 0;
    if (is_label && is_label(ls, (size_t)(le - ls))) return 0; /* a label already, or read by its start */
    /* from here, with the templates' labels, the row's label is cut short: a split label */
    int fail = is_label ? -1 : 0;
    /* the tail: below the break, past furniture; lines of one piece up to a blank line */
    size_t c = f;
    while (c < no && c - f <= MAX_FURNITURE && furniture(o, O, j, &O[c])) c++;
    if (c >= no || c - f > MAX_FURNITURE) return fail;
    /* the tail: up to a blank line or the next row's first line (a copy without blank lines between
       rows) */
    size_t d = c;
    int x0 = -1, x1 = -1, sx = -1;
    int cmin = -1, cmax = -1; /* the tail's pieces' centres, twice (columns are whole) */
    for (; d < no && !blank(o + O[d].s, o + O[d].e); d++) {
        const unsigned char *ps, *pe;
        int x;
        if (d - c >= MAX_TAIL || O[d].e - O[d].s != I[d].e - I[d].s || memcmp(o + O[d].s, in + I[d].s, O[d].e - O[d].s))
            break; /* not a line the columns pass left as it was: the next row's, rebuilt */
        if ((sx = next_row_x(in + I[d].s, in + I[d].e, m.style, m.num + 1)) >= 0) break;
        nb_marker mm;
        if (!one_piece(o + O[d].s, o + O[d].e, &ps, &pe, &x) || has_digit(ps, pe) || nb_marker_at(ps, pe, &mm))
            return d > c ? -1 : fail;
        if (x0 < 0 || x < x0) x0 = x;
        if (x > x1) x1 = x;
        int c2 = 2 * x + (int)nb_u8count(ps, pe);
        if (cmin < 0 || c2 < cmin) cmin = c2;
        if (c2 > cmax) cmax = c2;
    }
    if (d == c) return fail;
    if (d >= no) return -1;
    /* the next row: after blank lines, in the input (its lines as printed), the next number */
    size_t t = d;
    while (t < no && blank(in + I[t].s, in + I[t].e)) t++;
    if (t >= no) return -1;
    if (sx < 0) sx = next_row_x(in + I[t].s, in + I[t].e, m.style, m.num + 1);
    /* a short piece is centred in its column: a column or two right of the label's start, or
       centred as the next row's label is (a browser centres a cell's lines) */
    if (sx < 0 || ((x0 < sx || x1 > sx + 2) && !centred_as_next(in, I, t, no, sx, cmin, cmax))) return -1;
    if (is_label && !whole_label(ls, le, o, O, c, d, is_label)) return -1;
    *r = j;
    *lab_end = (size_t)(le - o);
    *c0 = c;
    *c1 = d;
    return 1;
}

/* A row's label whose tail a copy sets apart below it, after a blank line (the PDF reader's
 * 四、结转下年度继续 / 2 25 … / (blank) / 办理, the section's heading right after): lines [f, d) of
 * one piece each, no number, up to a blank line or a numbered one, that the columns pass left as
 * they were, right after the row and blank lines only. Joined only where the caller gives the
 * templates' labels and the head alone is none, the head and the tail together exactly one: 1 and
 * the plan as plan() makes it, or 0. */
static int plan_below(const unsigned char *o, const tline *O, size_t no, const unsigned char *in, const tline *I,
                      size_t f, nb_row_label_fn is_label, size_t *r, size_t *lab_end, size_t *c1)
{
    size_t j = f;
    while (j > 0 && f - j <= 3 && blank(o + O[j - 1].s, o + O[j - 1].e)) j--;
    if (j == f || j == 0 || f - j > 3 || !memchr(o + O[j - 1].s, '\t', O[j - 1].e - O[j - 1].s)) return 0;
    j--;
    const unsigned char *ls, *le;
    if (!label_field(o + O[j].s, o + O[j].e, &ls, &le) || is_label(ls, (size_t)(le - ls))) return 0;
    size_t d = f;
    for (; d < no && d - f < MAX_TAIL && !blank(o + O[d].s, o + O[d].e); d++) {
        const unsigned char *ps, *pe;
        int x;
        nb_marker mm;
        if (O[d].e - O[d].s != I[d].e - I[d].s || memcmp(o + O[d].s, in + I[d].s, O[d].e - O[d].s) ||
            !one_piece(o + O[d].s, o + O[d].e, &ps, &pe, &x) || memchr(ps, '\t', (size_t)(pe - ps)))
            return 0;
        if (nb_marker_at(ps, pe, &mm)) break; /* a heading after the table */
        if (has_digit(ps, pe)) return 0;
    }
    if (d == f) return 0;
    if (!whole_label(ls, le, o, O, f, d, is_label)) return 0;
    *r = j;
    *lab_end = (size_t)(le - o);
    *c1 = d;
    return 1;
}

/* Whether line l of o is as the input has it (the columns pass left it). */
static int unchanged(const unsigned char *o, const tline *O, const unsigned char *in, const tline *I, size_t l)
{
    return O[l].e - O[l].s == I[l].e - I[l].s && !memcmp(o + O[l].s, in + I[l].s, O[l].e - O[l].s);
}

/* A row's label whose head a page break set apart above it: the head (（二）部分公开（区分处理) at
 * the bottom of a page, the row's numbers with the rest of its label (的，只计这一情形，不计其 31 …
 * / 他情形）) at the top of the next. Joined only where the caller gives the templates' labels and
 * nothing else can be meant: past page furniture only, the row's first cell (its label, no numbering
 * marker) is no label alone; the head is up to four lines of one piece each, no digit, the top one
 * numbered and the others not, right above the break; head and label together are exactly one
 * template label. 1 with the row's line r, where its label starts, and the head's lines [c0, c1). */
static int plan_head(const unsigned char *o, const tline *O, size_t no, const unsigned char *in, const tline *I,
                     size_t f, nb_row_label_fn is_label, size_t *r, size_t *lab_start, size_t *c0, size_t *c1)
{
    if (!is_label) return 0;
    size_t j = f;
    while (j < no && j - f <= MAX_FURNITURE && furniture(o, O, f, &O[j])) j++;
    if (j >= no || j - f > MAX_FURNITURE || !memchr(o + O[j].s, '\t', O[j].e - O[j].s)) return 0;
    const unsigned char *ls, *le;
    nb_marker m;
    if (!label_field(o + O[j].s, o + O[j].e, &ls, &le) || nb_marker_at(ls, le, &m) || is_label(ls, (size_t)(le - ls)))
        return 0;
    for (const unsigned char *p = o + O[j].s; p < ls; p++) /* the row's first cell */
        if (*p != ' ' && *p != '\f') return 0;
    size_t h = f;
    while (h > 0 && f - h <= MAX_FURNITURE && furniture(o, O, h - 1, &O[h - 1])) h--;
    size_t top = h;
    int numbered = 0;
    while (!numbered && top > 0 && h - top < 4) {
        top--;
        const unsigned char *ps, *pe;
        int x;
        if (!unchanged(o, O, in, I, top) || !one_piece(o + O[top].s, o + O[top].e, &ps, &pe, &x) || has_digit(ps, pe))
            return 0;
        numbered = nb_marker_at(ps, pe, &m);
        if (numbered && m.num <= 0) return 0;
    }
    if (!numbered || top == h) return 0;
    nb_buf b;
    nb_buf_init(&b);
    put_tail(&b, o, O, top, h);
    nb_buf_put(&b, ls, (size_t)(le - ls));
    int whole = is_label((const unsigned char *)b.data, b.len) == 1;
    nb_buf_free(&b);
    if (!whole) return 0;
    *r = j;
    *lab_start = (size_t)(ls - o);
    *c0 = top;
    *c1 = h;
    return 1;
}

/* Lines [c0, c1) of o, blank, to out: each keeps its page break and line end, and as many blanks as
 * *added (what was written elsewhere in their place) leaves it; *added goes down by what they gave. */
static void put_blanked(nb_buf *out, const unsigned char *o, const tline *O, size_t c0, size_t c1, size_t *added)
{
    for (size_t l = c0; l < c1; l++) {
        if (o[O[l].s] == '\f') nb_buf_putc(out, '\f'); /* the page break stays */
        size_t len = O[l].e - O[l].s - (o[O[l].s] == '\f'), w = len < *added ? 0 : len - *added;
        *added -= len - w;
        for (size_t i = 0; i < w; i++) nb_buf_putc(out, ' ');
        nb_buf_put(out, o + O[l].e, O[l].next - O[l].e);
    }
}

size_t nb_pagebreak_join(const unsigned char *in, size_t n, nb_buf *text, nb_row_label_fn is_label, size_t *left)
{
    *left = 0;
    const unsigned char *o = (const unsigned char *)text->data;
    size_t no = text->len;
    if (!o || (!is_label && !memchr(o, '\f', no))) return 0;
    tline *O = NULL, *I = NULL;
    size_t capo = 0, capi = 0;
    size_t nlo = split_lines(o, no, &O, &capo), nli = split_lines(in, n, &I, &capi);
    size_t joined = 0;
    if (nlo == nli) { /* the columns pass keeps every line where it was */
        nb_buf out;
        nb_buf_init(&out);
        size_t copied = 0; /* of o */
        for (size_t f = 1; f < nlo; f++) {
            size_t r, lab_end, c0, c1;
            int k;
            if (o[O[f].s] == '\f') {
                k = plan(o, O, nlo, in, I, f, is_label, &r, &lab_end, &c0, &c1);
                *left += k < 0;
                if (k == 0 && plan_head(o, O, nlo, in, I, f, is_label, &r, &lab_end, &c0, &c1) && O[c0].s >= copied) {
                    /* the head's lines blank, its pieces before the row's label */
                    nb_buf_put(&out, o + copied, O[c0].s - copied);
                    nb_buf tmp;
                    nb_buf_init(&tmp);
                    put_tail(&tmp, o, O, c0, c1);
                    size_t added = tmp.len;
                    put_blanked(&out, o, O, c0, c1, &added);
                    nb_buf_put(&out, o + O[c1].s, lab_end - O[c1].s);
                    nb_buf_put(&out, tmp.data, tmp.len);
                    nb_buf_free(&tmp);
                    copied = lab_end;
                    joined++;
                    f = r;
                    continue;
                }
            } else if (is_label && O[f].s < O[f].e && blank(o + O[f - 1].s, o + O[f - 1].e) &&
                       !memchr(o + O[f].s, '\t', O[f].e - O[f].s)) {
                k = plan_below(o, O, nlo, in, I, f, is_label, &r, &lab_end, &c1);
                c0 = f;
            } else
                continue;
            if (k <= 0 || O[r].s < copied) continue;
            /* the row's label gets the tail's pieces; the tail's lines keep their line ends, and
               as many blanks as leave the text its length */
            nb_buf_put(&out, o + copied, lab_end - copied);
            size_t before = out.len;
            put_tail(&out, o, O, c0, c1);
            size_t added = out.len - before;
            nb_buf_put(&out, o + lab_end, O[c0].s - lab_end);
            put_blanked(&out, o, O, c0, c1, &added);
            copied = O[c1 - 1].next;
            joined++;
            f = c1;
        }
        if (joined) {
            nb_buf_put(&out, o + copied, no - copied);
            nb_buf_free(text);
            *text = out;
        } else
            nb_buf_free(&out);
    }
    free(O);
    free(I);
    return joined;
}
