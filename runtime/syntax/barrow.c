/* barrow.c — a bar line that is one line of a grid's row spread over several (barrow.h). */
#include "barrow.h"

#include <string.h>

#define MAX_LOOK 200 /* lines looked at above a row for the grid's rule: a longer cell is not read */

enum { OTHER, BARS, RULE };

static int kind_of(const unsigned char *s, const unsigned char *e)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (s == e) return OTHER;
    int plus = 0, dashes = 0, only_rule = 1;
    for (const unsigned char *p = s; p < e; p++) {
        plus += *p == '+';
        dashes += *p == '-' || *p == '=';
        only_rule &= *p == '+' || *p == '-' || *p == '=' || *p == ':' || *p == '|' || *p == ' ';
    }
    if (only_rule) return plus && dashes >= 3 ? RULE : OTHER; /* |---|---| is Markdown's, no grid rule */
    return *s == '|' ? BARS : OTHER;
}

static const unsigned char *line_start(const unsigned char *buf, const unsigned char *p)
{
    while (p > buf && p[-1] != '\n') p--;
    return p;
}

static const unsigned char *line_end(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *n = memchr(p, '\n', (size_t)(lim - p));
    return n ? n : lim;
}

/* The kind of the line before the one that starts at ls; *prev its start. */
static int kind_above(const unsigned char *buf, const unsigned char *ls, const unsigned char **prev)
{
    if (ls == buf) return OTHER;
    const unsigned char *pe = ls - 1, *ps = line_start(buf, pe);
    *prev = ps;
    return kind_of(ps, pe);
}

int nb_bar_row_spread(const unsigned char *buf, const unsigned char *lim, const unsigned char *s,
                      const unsigned char *e)
{
    const unsigned char *ls = line_start(buf, s), *le = line_end(e, lim), *prev = ls;
    if (kind_of(ls, le) != BARS) return 0;
    int above = kind_above(buf, ls, &prev);
    int below = le < lim ? kind_of(le + 1, line_end(le + 1, lim)) : OTHER;
    if (above != BARS && below != BARS) return 0;
    /* the grid's rule: up the bar lines to the first line that is none */
    const unsigned char *at = ls;
    for (int n = 0; n < MAX_LOOK; n++) {
        int k = kind_above(buf, at, &prev);
        if (k == RULE) return 1;
        if (k != BARS) return 0;
        at = prev;
    }
    return 0;
}
