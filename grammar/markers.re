/* markers.re — the numbering markers that open a heading or a list item: 一、 （一） 1. （1） ①,
 * in both widths, and the value of their numeral. The lexer reads headings with it; the readers of
 * HTML and PDF ask it whether a line they lay out starts a heading (re2c, UTF-8 matched directly). */
#include <string.h>

#include "markers.h"
#include "utf8.h"

/*!re2c
    !include "include/chars.rei";
    !include "include/frame.rei";
*/

/* Value of a Chinese numeral of up to three characters (一 … 九十九). */
static int cn_value(const unsigned char *s, const unsigned char *e)
{
    static const char *digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int total = 0, cur = -1;
    while (s + 3 <= e) {
        int d = -1;
        if (memcmp(s, "零", 3) == 0) d = 0;
        for (int i = 0; i < 10 && d < 0; i++)
            if (memcmp(s, digits[i], 3) == 0) d = i;
        if (d >= 0) {
            cur = d;
        } else if (memcmp(s, "十", 3) == 0) {
            total += (cur > 0 ? cur : 1) * 10;
            cur = -1;
        } else {
            return 0;
        }
        s += 3;
    }
    return total + (cur > 0 ? cur : 0);
}

/* Value of one or two ASCII or full-width digits. */
static int ad_value(const unsigned char *s, const unsigned char *e)
{
    int v = 0, d;
    while (s < e) {
        size_t k = nb_digit_at(s, e, &d);
        if (k) v = v * 10 + d;
        s += k ? k : 1;
    }
    return v;
}

/* Skips brackets and blanks around a numeral: [s, e) becomes the numeral alone. */
static void strip_numeral(const unsigned char **s, const unsigned char **e)
{
    const unsigned char *p = *s, *q = *e;
    if (p < q && *p == '(') p++;
    else if (q - p >= 3 && memcmp(p, "（", 3) == 0) p += 3;
    p = nb_skip_blanks(p, q);
    *s = p;
    /* the numeral is a run of digits or Chinese numerals: stop at the first other character */
    while (p < q) {
        size_t d = nb_digit_at(p, q, NULL);
        if (d) p += d;
        else if (q - p >= 3 && p[0] >= 0xE3 && cn_value(p, p + 3) >= 0 &&
                 (memcmp(p, "十", 3) == 0 || memcmp(p, "〇", 3) == 0 || memcmp(p, "零", 3) == 0 ||
                  cn_value(p, p + 3) > 0))
            p += 3;
        else break;
    }
    *e = p;
}

int nb_match_marker(const unsigned char *p, const unsigned char *lim, nb_marker *m)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    const unsigned char *start = p;
    memset(m, 0, sizeof *m);
    /*!re2c
        cn{1,3} ("、" | "．" | ".")        { m->style = NB_STYLE_CN; goto found; }
        lp bl* cn{1,3} bl* rp              { m->style = NB_STYLE_CN_PAREN; goto found; }
        ad{1,2} ("．" | "." | "、")        { m->style = NB_STYLE_AR; goto found; }
        lp bl* ad{1,2} bl* rp              { m->style = NB_STYLE_AR_PAREN; goto found; }
        [①-⑳]                              { m->style = NB_STYLE_CIRCLED; goto found; }
        *                                  { return 0; }
        $                                  { return 0; }
    */
found:
    m->end = YYCURSOR;
    if (m->style == NB_STYLE_AR && nb_digit_at(YYCURSOR, lim, NULL)) return 0; /* 2.5万元 is a number */
    if (m->style == NB_STYLE_CIRCLED) {
        m->num_s = start;
        m->num_e = YYCURSOR;
        /* ① is U+2460: E2 91 A0 …; ⑳ is U+2473 */
        m->num = ((start[1] - 0x91) * 64 + (start[2] - 0xA0)) + 1;
        return 1;
    }
    const unsigned char *ns = start, *ne = YYCURSOR;
    strip_numeral(&ns, &ne);
    m->num_s = ns;
    m->num_e = ne;
    m->num = (m->style == NB_STYLE_CN || m->style == NB_STYLE_CN_PAREN) ? cn_value(ns, ne)
                                                                         : ad_value(ns, ne);
    return 1;
}

int nb_marker_at(const unsigned char *s, const unsigned char *e, nb_marker *m)
{
    unsigned char head[48]; /* a marker is short: its first bytes, NUL-terminated for the scanner */
    size_t k = (size_t)(e - s) < sizeof head - 1 ? (size_t)(e - s) : sizeof head - 1;
    memcpy(head, s, k);
    head[k] = 0;
    if (!nb_match_marker(head, head + k, m) || m->end > head + k) return 0;
    m->num_s = s + (m->num_s - head); /* the copy's places, as places of [s, e) */
    m->num_e = s + (m->num_e - head);
    m->end = s + (m->end - head);
    return 1;
}

/* Titles fixed by the 2019 and 2021 templates (include/frame.rei). Crawled text glues the section's
 * first sentence to its title (一、总体情况2020年，我区…): a known title is where such a title ends.
 * Here, below the readers, so that the PDF reader can keep a section heading out of a table. */
const unsigned char *nb_match_known_title(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *end;
    return nb_known_title_place(p, lim, &end) ? end : NULL;
}

/* The place (1 to 6) in the frame of the known title at p, its end in *end; 0 when there is none. A
 * text that lost Word's automatic numbering (docx2txt) writes the frame's titles bare, in this order. */
int nb_known_title_place(const unsigned char *p, const unsigned char *lim, const unsigned char **end)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    int place;
    /*!re2c
        frame_title_1                               { place = 1; goto found; }
        frame_title_2                               { place = 2; goto found; }
        frame_title_3                               { place = 3; goto found; }
        frame_title_4                               { place = 4; goto found; }
        frame_title_5                               { place = 5; goto found; }
        frame_title_6                               { place = 6; goto found; }
        *                                           { return 0; }
        $                                           { return 0; }
    */
found:
    *end = YYCURSOR;
    return place;
}
