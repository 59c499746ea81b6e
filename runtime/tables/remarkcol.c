/* remarkcol.c — a grid's columns of remarks and of shares (remarkcol.h). */
#include "remarkcol.h"

#include <string.h>

#include "../util/utf8.h"

static int is_sep(char c) { return c == '\t' || c == '|'; }

static int has_sep(const char *s, const char *e)
{
    for (; s < e; s++)
        if (is_sep(*s)) return 1;
    return 0;
}

/* A rule of a Markdown grid table (+----+----+, |:---|---|): part of the grid, no cells. */
static int rule_line(const char *s, const char *e)
{
    int dashes = 0;
    for (; s < e; s++)
        if (*s == '-' || *s == '=') dashes++;
        else if (*s != '+' && *s != '|' && *s != ':' && *s != ' ') return 0;
    return dashes > 0;
}

/* Cell [s, e) without its blanks and Markdown's emphasis, into w[cap]: its length, or 0 where longer. */
static size_t squeezed(const char *cs, const char *ce, char *w, size_t cap)
{
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)cs, *e = (const unsigned char *)ce;
    while (s < e) {
        size_t b = nb_blank_at(s, e);
        if (b) s += b;
        else if (*s == '*' || *s == '_') s++;
        else if (n < cap - 1) w[n++] = (char)*s++;
        else return 0;
    }
    w[n] = 0;
    return n;
}

static int says_remarks(const char *w) { return !strcmp(w, "备注") || !strcmp(w, "说明") || !strcmp(w, "备注说明"); }

/* A column of shares' head words, and the units written after one (in a cell or on the next line). */
static const char *const share_words[] = {"占比", "比例", "百分比"};
static const char *const share_units[] = {"（%）", "(%)", "（％）", "%", "％"};
#define NWORDS (sizeof share_words / sizeof share_words[0])
#define NUNITS (sizeof share_units / sizeof share_units[0])

/* 占比, 比例 or 百分比, and perhaps its unit: %, (%), （%）. */
static int says_share(const char *w)
{
    for (size_t i = 0; i < NWORDS; i++) {
        size_t n = strlen(share_words[i]);
        if (strncmp(w, share_words[i], n)) continue;
        const char *u = w + n;
        if (!*u) return 1;
        for (size_t k = 0; k < NUNITS; k++)
            if (!strcmp(u, share_units[k])) return 1;
    }
    return 0;
}

/* Whether cell k (counted by separators from the line's start) of line [s, e) is a head that says. */
static int cell_says(const char *s, const char *e, int k, int (*says)(const char *))
{
    for (; k > 0 && s < e; s++)
        if (is_sep(*s)) k--;
    if (k > 0) return 0;
    const char *c = s;
    while (c < e && !is_sep(*c)) c++;
    char w[32];
    return squeezed(s, c, w, sizeof w) && says(w);
}

/* Whether the byte at off stands in a grid's column whose head, in a line above, says. */
static int in_column(const char *text, size_t len, size_t off, int (*says)(const char *))
{
    if (off > len) return 0;
    size_t s = off;
    while (s > 0 && text[s - 1] != '\n') s--;
    int k = 0;
    for (size_t i = s; i < off; i++) k += is_sep(text[i]);
    if (!k) return 0; /* a label's cell, or no grid */
    for (int up = 0; s > 0 && up < NB_REMARK_LINES; up++) {
        size_t pe = s - 1, ps = pe; /* the line above: [ps, pe) */
        while (ps > 0 && text[ps - 1] != '\n') ps--;
        const char *a = text + ps, *b = text + pe;
        if (b > a && b[-1] == '\r') b--;
        if (!has_sep(a, b)) return 0;
        if (!rule_line(a, b) && cell_says(a, b, k, says)) return 1;
        s = ps;
    }
    return 0;
}

int nb_in_remarks_column(const char *text, size_t len, size_t off) { return in_column(text, len, off, says_remarks); }

int nb_in_share_column(const char *text, size_t len, size_t off) { return in_column(text, len, off, says_share); }

/* Whether [p, e) at p is blanks, then a line end or the end (a head's cell ends there). */
static int cell_ends(const unsigned char *p, const unsigned char *e)
{
    p = nb_skip_blanks(p, e);
    return p == e || *p == '\n' || *p == '\r' || is_sep((char)*p);
}

/* Whether [s, e) writes 申请人情况, the head over table 三's seven columns (in a narrow cell wrapped:
 * 申请人 / 情况). */
static int names_applicants(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *q = s; (q = nb_find(q, e, "申请人")) != NULL; q++) {
        const unsigned char *p = q + strlen("申请人");
        while (p < e && (*p == '\n' || *p == '\r' || nb_blank_at(p, e))) p += *p == '\n' || *p == '\r' ? 1 : nb_blank_at(p, e);
        if ((size_t)(e - p) >= strlen("情况") && !memcmp(p, "情况", strlen("情况"))) return 1;
    }
    return 0;
}

int nb_header_share_last(const unsigned char *s, const unsigned char *e)
{
    for (size_t i = 0; i < NWORDS; i++)
        for (const unsigned char *q = s; (q = nb_find(q, e, share_words[i])) != NULL; q++) {
            const unsigned char *b = q, *a = q + strlen(share_words[i]);
            while (b > s && (b[-1] == ' ' || b[-1] == '\t')) b--;
            /* its cell's start: a line's, a separator, or a gap of two spaces (aligned columns) */
            if (b > s && b[-1] != '\n' && !is_sep((char)b[-1]) && q - b < 2) continue; /* inside a sentence */
            for (int nl = 0; nl < 2; nl++) { /* its unit after it, on its line or the next (占比 / （%）) */
                const unsigned char *u = nb_skip_blanks(a, e);
                if (nl && u < e && *u == '\n') u = nb_skip_blanks(u + 1, e);
                for (size_t k = 0; k < NUNITS; k++)
                    if ((size_t)(e - u) >= strlen(share_units[k]) && !memcmp(u, share_units[k], strlen(share_units[k])) &&
                        cell_ends(u + strlen(share_units[k]), e)) {
                        a = u + strlen(share_units[k]);
                        break;
                    }
            }
            if (!cell_ends(a, e)) continue;
            if (names_applicants(s, q) || nb_find(s, q, "总计")) return 1;
        }
    return 0;
}
