/* numbers.c — a cell's number and unit as reports write them; see numbers.h. */
#include "numbers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static int is_eol(unsigned char c) { return c == '\n' || c == '\r'; }

void nb_trim_all(const unsigned char **s, const unsigned char **e)
{
    for (;;) {
        const unsigned char *s0 = *s, *e0 = *e;
        nb_trim(s, e);
        while (*s < *e && is_eol(**s)) (*s)++;
        while (*e > *s && is_eol((*e)[-1])) (*e)--;
        if (*s == s0 && *e == e0) return;
    }
}

typedef struct word {
    const char *s;
    size_t n;
} word;
#define W(s) {s, sizeof s - 1}
static const word units[] = {W("万元"), W("元"), W("人次"), W("件"), W("条"), W("个"), W("次"),
                             W("人"),   W("篇"), W("期"),   W("份"), W("项"), W("家")};
/* -- and --- too: pandoc's Markdown writes a dash (– —) so */
static const word dashes[] = {W("/"), W("-"), W("—"), W("——"), W("–"), W("－"), W("／"), W("\\"), W("--"), W("---")};
static const word money[] = {W("万元"), W("元")}; /* the units a glued run of amounts may end with */
/* (longest first where one starts another) */
static const word approx_before[] = {W("大约"), W("约计"), W("约"), W("将近"), W("接近"), W("近"), W("逾"),
                                     W("超过"), W("不少于"), W("不低于"), W("不足"), W("不到"), W("多达")};
static const word approx_after[] = {W("余"), W("多"), W("左右"), W("以上"), W("上下"), W("许"), W("以下"), W("不等")};
/* a change in words: the word that signs a count (longest first where one starts another), and the
 * words that say there was none */
static const struct { word w; int sign; } change_signs[] = {
    {W("增加"), 1}, {W("新增"), 1}, {W("增长"), 1}, {W("增"), 1}, {W("减少"), -1}, {W("下降"), -1}, {W("减"), -1}};
static const word no_change[] = {W("无变化"), W("没有变化"), W("无增减"), W("持平"), W("不变")};
#undef W

const char *nb_unit_word(const unsigned char *s, const unsigned char *e)
{
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if ((size_t)(e - s) == units[i].n && !memcmp(s, units[i].s, units[i].n)) return units[i].s;
    return NULL;
}

int nb_approx_before(const unsigned char *s, const unsigned char *e)
{
    for (size_t i = 0; i < sizeof approx_before / sizeof approx_before[0]; i++)
        if ((size_t)(e - s) == approx_before[i].n && !memcmp(s, approx_before[i].s, approx_before[i].n)) return 1;
    return 0;
}

/* The approximating word at the start of [s, e): its end, or NULL. */
static const unsigned char *approx_word(const unsigned char *s, const unsigned char *e)
{
    for (size_t i = 0; i < sizeof approx_after / sizeof approx_after[0]; i++)
        if ((size_t)(e - s) >= approx_after[i].n && !memcmp(s, approx_after[i].s, approx_after[i].n))
            return s + approx_after[i].n;
    return NULL;
}

const unsigned char *nb_approx_after(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *q = approx_word(s, e);
    for (size_t i = 0; !q && i < sizeof units / sizeof units[0]; i++)
        if ((size_t)(e - s) > units[i].n && !memcmp(s, units[i].s, units[i].n))
            q = approx_word(nb_skip_blanks(s + units[i].n, e), e);
    return q;
}

int nb_approximate(const unsigned char *s, const unsigned char *e)
{
    nb_trim_all(&s, &e);
    int marked = 0;
    for (size_t i = 0; i < sizeof approx_before / sizeof approx_before[0]; i++)
        if ((size_t)(e - s) > approx_before[i].n && !memcmp(s, approx_before[i].s, approx_before[i].n)) {
            s = nb_skip_blanks(s + approx_before[i].n, e);
            marked = 1;
            break;
        }
    /* the number's digits (full width too, a decimal point), then what follows them */
    const unsigned char *p = s;
    size_t w;
    while (p < e && ((w = nb_digit_at(p, e, NULL)) > 0 || (*p == '.' && (w = 1)) || (*p == ',' && (w = 1)))) p += w;
    if (p == s) return 0;
    p = nb_skip_blanks(p, e);
    const unsigned char *q = nb_approx_after(p, e);
    if (q) {
        marked = 1;
        p = nb_skip_blanks(q, e);
    }
    /* a unit last (20余次, 约3000人次) */
    return marked && (p == e || nb_unit_word(p, e));
}

size_t nb_money_unit(const unsigned char *s, const unsigned char *e, int at_end, const char **unit)
{
    for (size_t i = 0; i < sizeof money / sizeof money[0]; i++) {
        size_t n = money[i].n;
        const unsigned char *at = at_end ? e - n : s;
        if ((size_t)(e - s) >= n && memcmp(at, money[i].s, n) == 0) {
            if (unit) *unit = money[i].s;
            return n;
        }
    }
    return 0;
}

/* A no-break space grouping thousands (12&nbsp;873, U+00A0, or the narrow U+202F of typeset
 * numbers): the length of it at p, or 0. A cell holds such a number as one; the grouping must be
 * exact (see nb_parse_number), since two numbers may also stand one blank apart. */
static size_t space_sep(const unsigned char *p, const unsigned char *e)
{
    if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) return 2;
    return e - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF ? 3 : 0;
}

/* The length of a thousands separator at p (, ，or a no-break space) followed by a group of
 * exactly three digits (2,629, 2，629, 2 629), or 0: 1,5 may be a decimal comma, and a number is
 * never rewritten on a guess. */
static size_t thousands_sep(const unsigned char *p, const unsigned char *e)
{
    size_t n = *p == ',' ? 1 : e - p >= 3 && !memcmp(p, "，", 3) ? 3 : space_sep(p, e);
    if (!n) return 0;
    const unsigned char *q = p + n;
    for (int k = 0; k < 3; k++) {
        size_t w = nb_digit_at(q, e, NULL);
        if (!w) return 0;
        q += w;
    }
    return q == e || nb_digit_at(q, e, NULL) == 0 ? n : 0;
}

int nb_cut_number(const unsigned char *s, const unsigned char *e)
{
    nb_trim_all(&s, &e);
    if (s < e && (*s == '+' || *s == '-')) s++;
    size_t w, digits = 0;
    while ((w = nb_digit_at(s, e, NULL)) != 0) s += w, digits++;
    if (!digits || digits > 3) return 0;
    for (;;) { /* whole groups, then a separator and fewer than three digits to the end */
        size_t n = s < e && *s == ',' ? 1 : e - s >= 3 && !memcmp(s, "，", 3) ? 3 : 0;
        if (!n) return 0;
        s += n;
        for (digits = 0; (w = nb_digit_at(s, e, NULL)) != 0; digits++) s += w;
        if (s == e) return digits < 3;
        if (digits != 3) return 0;
    }
}

size_t nb_comma_group_at(const unsigned char *p, const unsigned char *e)
{
    return p < e && !space_sep(p, e) ? thousands_sep(p, e) : 0;
}

size_t nb_space_group_at(const unsigned char *p, const unsigned char *e)
{
    return space_sep(p, e) ? thousands_sep(p, e) : 0;
}

int nb_parse_number(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                    const char **unit)
{
    nb_trim_all(&s, &e);
    *is_null = 0;
    *unit = NULL;
    *value = 0;
    if (s >= e) return 0;
    /* most cells are a few ASCII digits: exact as an integer below 2^53 */
    if (e - s <= 15) {
        const unsigned char *p = s;
        uint64_t v = 0;
        while (p < e && *p >= '0' && *p <= '9') v = v * 10 + (uint64_t)(*p++ - '0');
        if (p == e) {
            *value = (double)v;
            return 1;
        }
    }
    for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++)
        if ((size_t)(e - s) == dashes[i].n && memcmp(s, dashes[i].s, dashes[i].n) == 0) {
            *is_null = 1;
            return 1;
        }
    if (e - s == 3 && !memcmp(s, "\xE3\x80\x87", 3)) return 1; /* 〇, the numeral zero (some fill the zeros so): 0 */
    for (size_t i = 0; e[-1] >= 0x80 && i < sizeof units / sizeof units[0]; i++) {
        size_t n = units[i].n;
        /* the last byte first: memcmp is a call, and most cells end in none of the units */
        if ((size_t)(e - s) > n && e[-1] == (unsigned char)units[i].s[n - 1] && memcmp(e - n, units[i].s, n) == 0) {
            *unit = units[i].s;
            e -= n;
            nb_trim(&s, &e);
            break;
        }
    }
    /* the digits, copied to ASCII, then read by strtod: exact for what a report writes */
    char buf[64];
    size_t k = 0;
    const unsigned char *p = s;
    /* a sign: ASCII, full width (－ ＋), the minus sign U+2212 (−) or the small ﹣ of some fonts,
     * and blanks after it (+ 38, copied from a cell where it stood apart); the en dash only right
     * before a digit (–3: Word's AutoCorrect made a typed minus one; a dash apart is no number) */
    static const struct { const char *s; char sign; int apart; } signs[] = {
        {"+", '+', 1}, {"-", '-', 1}, {"＋", '+', 1}, {"－", '-', 1}, {"−", '-', 1}, {"﹣", '-', 1}, {"–", '-', 0}};
    for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++) {
        size_t n = strlen(signs[i].s);
        if ((size_t)(e - p) > n && *p == (unsigned char)signs[i].s[0] && !memcmp(p, signs[i].s, n) &&
            (signs[i].apart || nb_digit_at(p + n, e, NULL))) {
            buf[k++] = signs[i].sign;
            p = nb_skip_blanks(p + n, e);
            break;
        }
    }
    int digits = 0, dot = 0, d;
    /* the separators so far: a blank one only where every group is one (12 873, not 1234 567 nor
     * 12,345 678), the number's first group holding 1-3 digits */
    int groups = 0, blank_groups = 0;
    size_t n;
    while (p < e && k < sizeof buf - 1) {
        if ((n = nb_digit_at(p, e, &d))) {
            buf[k++] = (char)('0' + d);
            digits++;
            p += n;
        } else if ((*p == '.' || (e - p >= 3 && !memcmp(p, "．", 3))) && !dot && digits) {
            buf[k++] = '.';
            dot = 1;
            p += *p == '.' ? 1 : 3;
        } else if (digits && !dot && (n = thousands_sep(p, e))) {
            int blank = space_sep(p, e) > 0;
            if (blank && (groups != blank_groups || (!groups && digits > 3))) return 0;
            if (!blank && blank_groups) return 0;
            groups++;
            blank_groups += blank;
            p += n;
        } else {
            return 0;
        }
    }
    if (p != e || !digits || buf[k - 1] == '.') return 0;
    buf[k] = 0;
    *value = strtod(buf, NULL);
    return 1;
}

int nb_is_number(const unsigned char *s, const unsigned char *e, int *is_null)
{
    double v;
    int null;
    const char *unit;
    int ok = nb_parse_number(s, e, &v, &null, &unit);
    if (is_null) *is_null = null;
    return ok;
}

const unsigned char *nb_number_with_note(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                                         const char **unit)
{
    const unsigned char *b = s;
    while (b < e && *b != '(' && !(e - b >= 3 && !memcmp(b, "（", 3))) b++;
    if (b == s || b == e) return NULL;
    /* the closing bracket of either width: a typed note mixes them (6(其中4件为查封）) */
    if (!(e - b >= (*b == '(' ? 2 : 4) && (e[-1] == ')' || (e - b >= 4 && !memcmp(e - 3, "）", 3))))) return NULL;
    const unsigned char *ne = b;
    nb_trim(&s, &ne);
    if (s >= ne || !nb_parse_number(s, ne, value, is_null, unit) || *is_null) return NULL;
    return b;
}

/* A note's number after 注, 注1 or 注12, as a page's <sup>注1</sup> is printed glued after the count
 * it notes (2417注1; the note 注1：… under the table). Its length, or 0. */
static size_t zhu_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = e;
    while (p > s && p[-1] >= '0' && p[-1] <= '9') p--;
    if (e - p < 1 || e - p > 2 || p - s < 3 || memcmp(p - 3, "\xE6\xB3\xA8", 3)) return 0; /* 注 */
    return (size_t)(e - p) + 3;
}

/* A mark a sign alone makes: * (\* as Markdown escapes it), ＊, ※, a circled number ① … ⑳. Its
 * length at the end of [s, e), or 0. */
static size_t sign_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    if (e - s >= 1 && e[-1] == '*') return 1 + (e - s >= 2 && e[-2] == '\\');
    if (e - s < 3) return 0;
    const unsigned char *m = e - 3;
    if (!memcmp(m, "＊", 3) || !memcmp(m, "※", 3)) return 3;
    return m[0] == 0xE2 && m[1] == 0x91 && m[2] >= 0xA0 && m[2] <= 0xB3 ? 3 : 0; /* U+2460..2473 */
}

/* The whole of [s, e) is what a superscript holds as a note's mark: 注1, a sign (above), or, where
 * the superscript is closed (digits_too), one or two digits. */
static int mark_inside(const unsigned char *s, const unsigned char *e, int digits_too)
{
    size_t n = (size_t)(e - s);
    if (digits_too && n >= 1 && n <= 2 && nb_ascii_digit(s[0]) && nb_ascii_digit(e[-1])) return 1;
    return n && (zhu_mark_at_end(s, e) == n || sign_mark_at_end(s, e) == n);
}

/* Word's footnote reference as a web page or a text browser writes it: [3] (a Markdown writer's
 * \[3\] too, and Markdown's own footnote reference [^3]), one or two digits, or another mark
 * (mark_inside) as a Markdown table's <sup>注1</sup> is read ([注1]: grid_md.c). Its length, or 0. */
static size_t bracket_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = e;
    if (p - s < 3 || p[-1] != ']') return 0;
    p -= 1 + (p - s >= 2 && p[-2] == '\\');
    const unsigned char *d = p;
    while (p > s && d - p <= 12 && p[-1] != '[') p--;
    if (p == s || p[-1] != '[' || p == d) return 0;
    if (!mark_inside(p + (*p == '^'), d, 1)) return 0;
    p--;
    if (p > s && p[-1] == '\\') p--;
    return (size_t)(e - p);
}

/* [s, e) ends with close and before it, after the last open, a note's mark: where open starts, or NULL. */
static const unsigned char *closed_sup(const unsigned char *s, const unsigned char *e, const char *open,
                                       const char *close)
{
    size_t no = strlen(open), nc = strlen(close);
    if ((size_t)(e - s) < no + nc + 1 || !nb_starts_ci(e - nc, nc, close)) return NULL;
    const unsigned char *me = e - nc;
    for (const unsigned char *p = me - 1; p >= s + no && me - p <= 12; p--)
        if (nb_starts_ci(p - no, no, open)) return mark_inside(p, me, 1) ? p - no : NULL;
    return NULL;
}

/* A note's mark written as a superscript in the notation of a text tool, with the superscript's end
 * written too or at the cell's end — its length at the end of [s, e), or 0:
 *   ^3^ ^注1^   pandoc -t markdown        <sup>注1</sup>  pandoc -t gfm, html2markdown
 *   ^(注1)      pandoc -t plain           \ :sup:`注1`    pandoc -t rst (a wrap may break it anywhere)
 *   ^注1        elinks, links2, w3m, lynx: nothing closes it, so only a mark no digit could be part
 *               of the count or an exponent: 797^2 is none (numbers.h). */
static size_t sup_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p;
    if ((p = closed_sup(s, e, "^", "^")) || (p = closed_sup(s, e, "<sup>", "</sup>")) ||
        (p = closed_sup(s, e, "^(", ")")))
        return (size_t)(e - p);
    if ((p = closed_sup(s, e, "`", "`"))) { /* rst's role before it, a blank or a line's end inside */
        const unsigned char *q = p;
        while (q > s && (q[-1] == ' ' || q[-1] == '\n' || q[-1] == '\r')) q--;
        if (q - s < 5 || memcmp(q - 5, ":sup:", 5)) return 0;
        q -= 5;
        while (q > s && (q[-1] == ' ' || q[-1] == '\n' || q[-1] == '\r')) q--;
        if (q > s && q[-1] == '\\') q--;
        return (size_t)(e - q);
    }
    for (p = e - 1; p > s && e - p <= 12; p--)
        if (*p == '^') return mark_inside(p + 1, e, 0) ? (size_t)(e - p) : 0;
    return 0;
}

size_t nb_note_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    size_t b = bracket_mark_at_end(s, e);
    if (!b) b = sup_mark_at_end(s, e);
    if (!b) b = zhu_mark_at_end(s, e);
    return b ? b : sign_mark_at_end(s, e);
}

size_t nb_printed_mark_at_end(const unsigned char *s, const unsigned char *e)
{
    size_t b = zhu_mark_at_end(s, e);
    return b ? b : sign_mark_at_end(s, e);
}

const unsigned char *nb_number_with_mark(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                                         const char **unit)
{
    nb_trim_all(&s, &e);
    size_t n = nb_note_mark_at_end(s, e);
    if (!n) return NULL;
    const unsigned char *mark = e - n;
    while ((n = bracket_mark_at_end(s, mark)) > 0) mark -= n; /* 1393[10][3]: elinks numbers the link too */
    const unsigned char *ne = mark;
    int glued = ne > s && ((ne[-1] >= '0' && ne[-1] <= '9') || (ne - s >= 3 && nb_digit_at(ne - 3, ne, NULL) == 3));
    if (!glued || !nb_parse_number(s, ne, value, is_null, unit) || *is_null) return NULL;
    return mark;
}

const unsigned char *nb_number_raised_digits(const unsigned char *s, const unsigned char *e)
{
    nb_trim_all(&s, &e);
    const unsigned char *p = e;
    while (p > s && e - p <= 3 && nb_ascii_digit(p[-1])) p--;
    if (p == e || e - p > 3 || p - s < 2 || p[-1] != '^' || !nb_ascii_digit(p[-2])) return NULL;
    double v;
    int none;
    const char *unit;
    return nb_parse_number(s, p - 1, &v, &none, &unit) && !none ? p - 1 : NULL;
}

int nb_change_in_words(const unsigned char *s, const unsigned char *e, double *value)
{
    nb_trim_all(&s, &e);
    for (size_t i = 0; i < sizeof no_change / sizeof no_change[0]; i++)
        if ((size_t)(e - s) == no_change[i].n && !memcmp(s, no_change[i].s, no_change[i].n)) {
            *value = 0;
            return 1;
        }
    for (size_t i = 0; i < sizeof change_signs / sizeof change_signs[0]; i++) {
        const word *w = &change_signs[i].w;
        if ((size_t)(e - s) <= w->n || memcmp(s, w->s, w->n)) continue;
        const unsigned char *ns = nb_skip_blanks(s + w->n, e);
        double v;
        int null;
        const char *unit;
        /* a count, in no unit or a count's (项 件 个 …); no sign of its own, no money, no dash */
        if (!nb_digit_at(ns, e, NULL) || !nb_parse_number(ns, e, &v, &null, &unit) || null ||
            (unit && (!strcmp(unit, "元") || !strcmp(unit, "万元"))))
            return 0;
        *value = change_signs[i].sign * v;
        return 1;
    }
    return 0;
}


int nb_year_at(const unsigned char *p, const unsigned char *e, const unsigned char **end)
{
    int y = 0, k = 0;
    for (; k < 4 && p + k < e && p[k] >= '0' && p[k] <= '9'; k++) y = y * 10 + (p[k] - '0');
    if (k != 4 || (p + k < e && p[k] >= '0' && p[k] <= '9')) return 0;
    const unsigned char *q = nb_skip_blanks(p + 4, e);
    if (e - q < 3 || memcmp(q, "年", 3)) return 0;
    if (end) *end = q + 3;
    return y;
}

int nb_year_before(const unsigned char *s, const unsigned char *p)
{
    if (p - s < 3 || memcmp(p - 3, "年", 3)) return 0;
    const unsigned char *q = p - 3;
    while (q > s && (q[-1] == ' ' || q[-1] == '\t')) q--; /* the blanks pdftotext sets: ASCII ones */
    if (q - s < 4 || (q - s > 4 && q[-5] >= '0' && q[-5] <= '9')) return 0;
    return nb_year_at(q - 4, p, NULL);
}

int nb_linked_number(const unsigned char *s, const unsigned char *e, const unsigned char **ns, const unsigned char **ne)
{
    if (e - s < 4 || *s != '[') return 0;
    const unsigned char *p = s + 1, *q;
    while (p < e && *p >= '0' && *p <= '9') p++;
    if (p > s + 1 && p - s <= 5 && p < e && *p == ']' && p + 1 < e && p[1] >= '0' && p[1] <= '9') {
        *ns = p + 1; /* elinks: [16]263 */
        *ne = e;
        return nb_is_number(*ns, *ne, NULL);
    }
    q = memchr(s, ']', (size_t)(e - s)); /* Markdown: [263](url "title"){attrs} */
    if (!q || q + 1 >= e || q[1] != '(') return 0;
    const unsigned char *close = memchr(q, ')', (size_t)(e - q));
    if (!close) return 0;
    const unsigned char *end = close + 1;
    if (end < e && *end == '{') {
        const unsigned char *b = memchr(end, '}', (size_t)(e - end));
        if (!b) return 0;
        end = b + 1;
    }
    if (end != e) return 0;
    *ns = s + 1;
    *ne = q;
    return nb_is_number(*ns, *ne, NULL);
}
