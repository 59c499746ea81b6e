/* remarkcol.c — a grid's column of remarks (remarkcol.h). */
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

/* Whether cell [s, e), its blanks and Markdown's emphasis left out, says 备注, 说明 or 备注说明. */
static int says_remarks(const char *cs, const char *ce)
{
    char w[32];
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)cs, *e = (const unsigned char *)ce;
    while (s < e) {
        size_t b = nb_blank_at(s, e);
        if (b) s += b;
        else if (*s == '*' || *s == '_') s++;
        else if (n < sizeof w - 1) w[n++] = (char)*s++;
        else return 0;
    }
    w[n] = 0;
    return !strcmp(w, "备注") || !strcmp(w, "说明") || !strcmp(w, "备注说明");
}

/* Whether cell k (counted by separators from the line's start) of line [s, e) says remarks. */
static int cell_says_remarks(const char *s, const char *e, int k)
{
    for (; k > 0 && s < e; s++)
        if (is_sep(*s)) k--;
    if (k > 0) return 0;
    const char *c = s;
    while (c < e && !is_sep(*c)) c++;
    return says_remarks(s, c);
}

int nb_in_remarks_column(const char *text, size_t len, size_t off)
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
        if (!rule_line(a, b) && cell_says_remarks(a, b, k)) return 1;
        s = ps;
    }
    return 0;
}
