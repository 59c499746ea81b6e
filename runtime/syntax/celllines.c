/* celllines.c — empty cells of tables written a cell a line; see celllines.h. */
#include "celllines.h"

#include "numbers.h"
#include "utf8.h"

/* What a line [s, e) holds: 0 nothing but blanks, 1 the blanks alone of an empty centred cell (at
 * least 20 spaces), 2 text. */
static int line_holds(const unsigned char *s, const unsigned char *e)
{
    enum { MIN_PAD = 20 };
    if (nb_skip_blanks(s, e) < e) return 2;
    for (const unsigned char *p = s; p < e; p++)
        if (*p != ' ') return 0;
    return e - s >= MIN_PAD;
}

int nb_centred_empty_cell(const unsigned char *buf, const unsigned char *lim, const unsigned char *line_s,
                          const unsigned char **run_end)
{
    *run_end = NULL;
    if (line_holds(line_s, nb_line_end(line_s, lim)) != 1) return 0;
    int above = 0;
    for (const unsigned char *s = line_s; s > buf;) { /* up: the line above the run */
        const unsigned char *e = s - 1, *ls = e;
        if (e > buf && *e == '\n' && e[-1] == '\r') e--;
        while (ls > buf && ls[-1] != '\n' && ls[-1] != '\r') ls--;
        const int h = line_holds(ls, e);
        if (h != 1) {
            above = h == 2;
            break;
        }
        s = ls;
    }
    for (const unsigned char *p = line_s;;) { /* down: the line below the run, where the run ends */
        const unsigned char *e = nb_line_end(p, lim);
        const int h = line_holds(p, e);
        if (h != 1 || e >= lim) {
            *run_end = h != 1 ? p : lim;
            return above && h == 2;
        }
        p = nb_next_line(e, lim);
    }
}

int nb_row_cells_below(const unsigned char *p, const unsigned char *lim)
{
    enum { ROW_CELLS = 7 };
    int n = 0, last_number = 0, empty = 0;
    double sum = 0, total = 0;
    while (p < lim && n < ROW_CELLS) {
        const unsigned char *e = nb_line_end(p, lim), *s = p, *te = e;
        nb_trim(&s, &te);
        double v;
        int is_null;
        const char *unit;
        if (s == te) {
            empty++;
        } else if (nb_parse_number(s, te, &v, &is_null, &unit)) {
            last_number = n + 1;
            if (n + 1 == ROW_CELLS) total = is_null ? -1 : v;
            else if (!is_null) sum += v;
        } else {
            break;
        }
        n++;
        p = nb_next_line(e, lim);
    }
    if (last_number != ROW_CELLS || !empty || total != sum) return 0;
    /* the row ends there: past empty lines, no number follows (a text with an empty line after each
       value, 96 / (empty) / 7 / (empty) / 1 …, would otherwise end its 7 lines at a value of its own) */
    while (p < lim) {
        const unsigned char *e = nb_line_end(p, lim), *s = p, *te = e;
        nb_trim(&s, &te);
        if (s < te) return nb_is_number(s, te, NULL) ? 0 : ROW_CELLS;
        p = nb_next_line(e, lim);
    }
    return ROW_CELLS;
}
