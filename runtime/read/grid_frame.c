/* grid_frame.c — a grid of one column around a table (grid_int.h, nb_grid_unframe).
 *
 * A page laid out in a table (the whole report in one <td>: older sites) or a Word document that
 * frames each table in a table of one cell gives pandoc -t rst a grid of one column whose cell holds
 * the page's paragraphs and the report's own table, drawn as a grid of its own inside it:
 *   +------------------------------------+
 *   |    +------+-------------+------+   |
 *   |    | 2    | （一）主动… | 2863 |   |
 * A WPS text frame around a table gives pandoc -t markdown the same frame, with the table inside
 * kept as HTML when it has merged cells (| <td colspan="3">一、本年新收…</td> |), and pandoc -t plain
 * the same frame with a simple table (dash groups) inside.
 * Read as one table, the frame is one cell with the whole report in it. It is no table: its lines,
 * without its bars, are the text, and the grid or HTML table inside is read as any other. */
#include <string.h>

#include "grid_int.h"

/* [s, e) without the blanks at its ends. */
static void trim_blanks(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\r')) (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\r')) (*e)--;
}

/* A border of one column: +----+ or +====+, no junction between its ends. */
static int one_column_border(const char *s, const char *e)
{
    trim_blanks(&s, &e);
    if (e - s < 3 || s[0] != '+' || e[-1] != '+') return 0;
    for (const char *p = s + 1; p < e - 1; p++)
        if (*p != '-' && *p != '=') return 0;
    return s[1] == e[-2] && strchr("-=", s[1]) != NULL;
}

/* A border of a grid with columns: +---+---+ (a junction between its ends). */
static int grid_border(const char *s, const char *e)
{
    trim_blanks(&s, &e);
    if (e - s < 5 || s[0] != '+' || e[-1] != '+') return 0;
    int junction = 0;
    for (const char *p = s + 1; p < e - 1; p++) {
        if (*p == '+') junction = 1;
        else if (*p != '-' && *p != '=') return 0;
    }
    return junction;
}

/* A simple table's rule (pandoc -t plain): two or more groups of three or more dashes (or =), blanks
   between them, nothing else. One group alone is a sentence's rule or a multiline table's top. */
static int dash_groups_rule(const char *s, const char *e)
{
    trim_blanks(&s, &e);
    int groups = 0;
    for (const char *p = s; p < e;) {
        const char *g = p;
        while (p < e && *p == g[0] && (*p == '-' || *p == '=')) p++;
        if (p - g < 3) return 0;
        groups++;
        while (p < e && *p == ' ') p++;
    }
    return groups >= 2;
}

/* Whether [s, e) opens an HTML table: <table, then a blank or >. */
static int html_table_open(const char *s, const char *e)
{
    trim_blanks(&s, &e);
    return e - s >= 7 && !strncmp(s, "<table", 6) && (s[6] == ' ' || s[6] == '>');
}

/* The end of line [s, e) without the blanks after it. */
static const char *cell_end(const char *s, const char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    return e;
}

/* A line of the frame's cell: | … | with nothing after the bar but blanks. */
static int cell_line(const char *s, const char *e)
{
    const char *b = cell_end(s, e);
    return b - s >= 2 && s[0] == '|' && b[-1] == '|';
}

/* The end of the line at p. */
static const char *line_end(const char *p, const char *lim)
{
    const char *nl = memchr(p, '\n', (size_t)(lim - p));
    return nl ? nl : lim;
}

void nb_grid_unframe(char *text, size_t len)
{
    const char *lim = text + len;
    for (char *p = text; p < lim;) {
        char *e = (char *)line_end(p, lim);
        if (!one_column_border(p, e)) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        /* the frame: its cell's lines and its borders of one column, up to a border before a line
           that is neither; a grid inside it, drawn on its cell's lines */
        char *q = e < lim ? e + 1 : e, *last = NULL;
        int nested = 0;
        while (q < lim) {
            char *qe = (char *)line_end(q, lim);
            if (one_column_border(q, qe)) last = qe;
            else if (cell_line(q, qe))
                nested |= grid_border(q + 1, cell_end(q, qe) - 1) || html_table_open(q + 1, cell_end(q, qe) - 1) ||
                          dash_groups_rule(q + 1, cell_end(q, qe) - 1);
            else break;
            q = qe < lim ? qe + 1 : qe;
        }
        if (!last || !nested) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        /* its lines rewritten in place: a border becomes a blank line, a cell's line its text
           without the bars (and the blank pandoc pads each side with), blanks after it */
        for (char *r = p; r <= last;) {
            char *re = (char *)line_end(r, lim);
            if (one_column_border(r, re)) {
                memset(r, ' ', (size_t)(re - r));
            } else {
                const char *b = cell_end(r, re);
                size_t n = (size_t)(b - 1 - (r + 1));
                const char *from = r + 1;
                if (n && *from == ' ') from++, n--;
                if (n && from[n - 1] == ' ') n--;
                memmove(r, from, n);
                memset(r + n, ' ', (size_t)(re - r) - n);
            }
            r = re < lim ? re + 1 : re;
        }
        p = last < lim ? last + 1 : last;
    }
}
