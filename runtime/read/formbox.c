/* formbox.c — a text browser's boxes of <input> fields read as the numbers they show; see formbox.h. */
#include "formbox.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

static int space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The end of a number at s (digits, a decimal point between digits), or s where none starts. */
static const char *number_end(const char *s, const char *e)
{
    const char *p = s;
    while (p < e && nb_ascii_digit(*p)) p++;
    if (p > s && p + 1 < e && *p == '.' && nb_ascii_digit(p[1]))
        for (p++; p < e && nb_ascii_digit(*p);) p++;
    return p;
}

/* Whether w3m's box may start or end at p: the line's edge, a blank, or a character of a drawn grid
 * (any byte of a multi-byte character: │ and the like). */
static int w3m_edge(const char *p, const char *s, const char *e)
{
    return p < s || p >= e || space(*p) || (unsigned char)*p >= 0x80;
}

/* lynx draws no grid: its boxes stand between blanks. */
static int lynx_edge(const char *p, const char *s, const char *e) { return p < s || p >= e || space(*p); }

enum box { NONE, PADDED, FULL };

/* The box that starts at p: w3m's [N  ] or [N], lynx's N__ or, unpadded, a bare number between blanks
 * (FULL: lynx's full box looks like one). *end is set past it. */
static enum box box_at(const char *p, const char *s, const char *e, const char **end)
{
    if (*p == '[') {
        if (!w3m_edge(p - 1, s, e)) return NONE;
        const char *n = number_end(p + 1, e), *q = n;
        if (n == p + 1) return NONE;
        while (q < e && *q == ' ') q++;
        if (q >= e || *q != ']' || !w3m_edge(q + 1, s, e)) return NONE;
        *end = q + 1;
        return q > n ? PADDED : FULL;
    }
    if (!lynx_edge(p - 1, s, e)) return NONE;
    const char *n = number_end(p, e), *q = n;
    if (n == p) return NONE;
    while (q < e && *q == '_') q++;
    if (!lynx_edge(q, s, e)) return NONE;
    *end = q;
    return q > n ? PADDED : FULL;
}

typedef struct boxes {
    uint64_t lynx_widths;         /* bit w: a padded lynx box w characters wide */
    size_t read, left, marked;    /* boxes read; lines left; lynx boxes that may be full, marked */
    size_t first, first_left;     /* byte offsets for the diagnostics */
} boxes;

/* One line [s, e). Padded boxes are blanked to their number. A line with a full w3m box is left as it
 * is (the box's own cell is text). On a page of lynx's boxes, a bare number as wide as a padded box may
 * be a full box, its value cut: its last digit is overwritten with ?, so that its row is not read. */
static void line_boxes(char *s, char *e, boxes *b)
{
    size_t padded = 0, w3m_full = 0;
    for (const char *p = s, *end; p < e; p++) {
        enum box k = box_at(p, s, e, &end);
        if (k == NONE) continue;
        if (k == PADDED) padded++;
        else if (*p == '[') w3m_full++;
        p = end - 1;
    }
    if (w3m_full) {
        if (!b->left++ && !b->marked) b->first_left = 0;
        return;
    }
    for (char *p = s; p < e; p++) {
        const char *end;
        enum box k = box_at(p, s, e, &end);
        if (k == NONE) continue;
        if (k == PADDED) {
            if (!b->read++) b->first = (size_t)(p - s);
            for (char *q = p; q < end; q++)
                if (*q == '[' || *q == ']' || *q == '_') *q = ' ';
        } else if (*p != '[' && (size_t)(end - p) < 64 && (b->lynx_widths >> (end - p) & 1)) {
            if (!b->marked++ && !b->left) b->first_left = (size_t)(p - s);
            ((char *)end)[-1] = '?';
        }
        p = (char *)end - 1;
    }
}

/* The widths of lynx's padded boxes in t (bit w set: a box of w characters). */
static uint64_t lynx_widths(const char *t, size_t len)
{
    uint64_t w = 0;
    const char *lim = t + len;
    for (const char *u = memchr(t, '_', len); u; u = memchr(u, '_', (size_t)(lim - u))) {
        const char *s = u, *e = u;
        while (s > t && nb_ascii_digit(s[-1])) s--;
        while (e < lim && *e == '_') e++;
        if (s < u && (s == t || space(s[-1]) || s[-1] == '\n') && (e == lim || space(*e) || *e == '\n') &&
            (size_t)(e - s) < 64)
            w |= (uint64_t)1 << (e - s);
        u = e;
        if (u >= lim) break;
    }
    return w;
}

/* Whether t has a [ before a digit: where w3m's box may stand. */
static int w3m_may(const char *t, size_t len)
{
    const char *lim = t + len;
    for (const char *b = memchr(t, '[', len); b && b + 1 < lim; b = memchr(b + 1, '[', (size_t)(lim - b - 1)))
        if (nb_ascii_digit(b[1])) return 1;
    return 0;
}

void nb_formbox_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data) return;
    /* most texts have no box: two scans of the whole text say so before any line is walked */
    int w3m = w3m_may(t->data, t->len);
    boxes b = {lynx_widths(t->data, t->len), 0, 0, 0, 0, 0};
    if (!w3m && !b.lynx_widths) return;
    char *lim = t->data + t->len;
    for (char *s = t->data; s < lim;) {
        char *nl = memchr(s, '\n', (size_t)(lim - s));
        char *e = nl ? nl : lim;
        size_t read = b.read, left = b.left, marked = b.marked;
        if ((w3m && memchr(s, '[', (size_t)(e - s))) || (b.lynx_widths && memchr(s, ' ', (size_t)(e - s))))
            line_boxes(s, e, &b);
        /* line_boxes keeps offsets within the line: make them the text's */
        if (!read && b.read) b.first += (size_t)(s - t->data);
        if (!left && !marked && (b.left || b.marked)) b.first_left += (size_t)(s - t->data);
        s = nl ? nl + 1 : lim;
    }
    if (!diag) return;
    char msg[240];
    if (b.read) {
        snprintf(msg, sizeof msg, "%zu box%s of a form field read as the number%s shown in %s", b.read,
                 b.read == 1 ? "" : "es", b.read == 1 ? "" : "s", b.read == 1 ? "it" : "them");
        diag(ctx, "info", "form-box", msg, b.first);
    }
    if (b.left || b.marked) {
        snprintf(msg, sizeof msg,
                 "%zu box%s of a form field filled by its value (the value may go on past the box): %s",
                 b.left + b.marked, b.left + b.marked == 1 ? "" : "es",
                 b.marked ? "a bare number as wide as a box has its last digit marked ?, its row unread"
                          : "the box stays text, its cell null");
        diag(ctx, "warning", "form-box-full", msg, b.first_left);
    }
}
