/* pathlabel.c — row labels written as their path, cut into cells; see pathlabel.h. */
#include "pathlabel.h"

#include <stdio.h>
#include <string.h>

#include "markers.h"
#include "utf8.h"

/* The numbering marker at [p, e) (blanks first allowed): its style, or NB_STYLE_NONE. */
static nb_style marker_at(const unsigned char *p, const unsigned char *e)
{
    p = nb_skip_blanks(p, e);
    nb_marker mk;
    return nb_marker_at(p, e, &mk) && mk.end < e ? mk.style : NB_STYLE_NONE;
}

/* The length of a path's separator at p: - / (ASCII), － (U+FF0D), — (U+2014); 0 for none. */
static size_t separator_at(const unsigned char *p, const unsigned char *e)
{
    if (*p == '-' || *p == '/') return 1;
    if (e - p >= 3 && ((p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8D) || (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x94)))
        return 3;
    return 0;
}

/* Cuts the cell [s, e) at each separator before a deeper marker: in a TAB row into cells (tab), the
 * separator a TAB and blanks; in a line of aligned text a blank as wide (a - a space, a wide dash an
 * ideographic space), so the label's own starts a piece of the line. How many cuts. */
static size_t cut_cell(unsigned char *s, unsigned char *e, int tab)
{
    nb_style level = marker_at(s, e);
    if (level == NB_STYLE_NONE) return 0;
    size_t cuts = 0;
    for (unsigned char *p = s + (nb_skip_blanks(s, e) - s); p < e; p += nb_u8len(p, e)) {
        size_t k = separator_at(p, e);
        /* glued on both sides: a dash between blanks is a cell of its own (— for none), not a joint */
        if (!k || p + k >= e || p == s || nb_blank_at(nb_u8before(s, p), p) || nb_blank_at(p + k, e)) continue;
        nb_style next = marker_at(p + k, e);
        if (next == NB_STYLE_NONE || next <= level) continue;
        if (tab) {
            p[0] = '\t';
            memset(p + 1, ' ', k - 1);
        } else if (k == 1) {
            p[0] = ' ';
        } else {
            memcpy(p, "\xE3\x80\x80", 3); /* U+3000 */
        }
        level = next;
        cuts++;
        p += k - 1; /* (then past the last byte) */
    }
    return cuts;
}

/* Whether line [s, e) ends with a number (ASCII digits, blanks after it allowed): a row of aligned
 * text, its label first and its values after it. */
static int ends_with_number(const unsigned char *s, const unsigned char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    return e > s && e[-1] >= '0' && e[-1] <= '9';
}

void nb_pathlabel_split(nb_text *t, int aligned, nb_enc_diag_fn diag, void *ctx)
{
    unsigned char *p = (unsigned char *)t->data, *end = p + t->len;
    size_t labels = 0;
    while (p < end) {
        unsigned char *le = memchr(p, '\n', (size_t)(end - p));
        if (!le) le = end;
        if (memchr(p, '\t', (size_t)(le - p))) { /* a TAB row: each of its cells */
            for (unsigned char *c = p; c < le;) {
                unsigned char *ce = memchr(c, '\t', (size_t)(le - c));
                if (!ce) ce = le;
                labels += cut_cell(c, ce, 1) > 0;
                c = ce + 1;
            }
        } else if (aligned && ends_with_number(p, le)) {
            labels += cut_cell(p, le, 0) > 0;
        }
        p = le + 1;
    }
    if (labels && diag) {
        char msg[200];
        snprintf(msg, sizeof msg, "%zu row label%s written as %s path through the template's heads (三、…-（三）…-1.…) "
                 "cut into %s cells", labels, labels == 1 ? "" : "s", labels == 1 ? "its" : "their", labels == 1 ? "its" : "their");
        diag(ctx, "info", "path-labels", msg, 0);
    }
}
