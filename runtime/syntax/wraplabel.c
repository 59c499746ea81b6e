/* wraplabel.c — a row label wrapped over the lines of its cell, joined; see wraplabel.h. */
#include "wraplabel.h"

#include <string.h>

#include "lexer.h"
#include "numbers.h"
#include "utf8.h"

enum {
    MAX_LINES = 6,  /* the lines a label wraps over after its first (1.申请人无正当理由逾… takes five) */
    MAX_CHARS = 40, /* a piece of a label: a longer line is prose */
};

/* A line as a piece of a label: its text, and the numbers that end it. */
typedef struct piece {
    const unsigned char *s, *e, *ns, *ne;
} piece;

/* The line from p: 0 when it is no piece of a label (blank, a row of tabs or pipes, numbers alone, a
 * sentence, too long); *next is the start of the line after it either way. */
static int piece_at(const unsigned char *p, const unsigned char *lim, piece *x, const unsigned char **next)
{
    const unsigned char *eol = nb_line_end(p, lim);
    *next = eol < lim ? eol + 1 + (*eol == '\r' && eol + 1 < lim && eol[1] == '\n') : lim;
    const unsigned char *s = p, *e = eol;
    nb_trim(&s, &e);
    if (s >= e || *s == '|' || memchr(s, '\t', (size_t)(e - s))) return 0;
    int count;
    const unsigned char *run = nb_trailing_numbers(s, e, &count), *le = run;
    nb_trim(&s, &le);
    double v;
    int null;
    const char *unit;
    if (s >= le || nb_parse_number(s, le, &v, &null, &unit)) return 0; /* a line of numbers */
    if (nb_u8count(s, le) > MAX_CHARS || nb_find(s, le, "。") || nb_find(s, le, "；")) return 0;
    x->s = s;
    x->e = le;
    x->ns = run;
    x->ne = count ? e : run;
    return 1;
}

int nb_wrapped_label(nb_arena *a, const unsigned char *s, const unsigned char *lim, nb_row_label_fn is_label,
                     nb_wrapped *w)
{
    unsigned char buf[(MAX_LINES + 1) * MAX_CHARS * 4];
    size_t m = 0, best_m = 0;
    piece pc[MAX_LINES + 1];
    const unsigned char *line[MAX_LINES + 1], *next;
    int best = 0, k;
    line[0] = s;
    if (!piece_at(s, lim, &pc[0], &next)) return 0;
    memcpy(buf, pc[0].s, (size_t)(pc[0].e - pc[0].s));
    m = (size_t)(pc[0].e - pc[0].s);
    /* numbers after the first line's text: the rest of the label may only follow them when that
       text is no whole label (3.危及“三安全一稳 0 0 0 75 0 0 75 / 定”) */
    int numbers_first = pc[0].ns < pc[0].ne;
    if (numbers_first && is_label(buf, m) == 1) return 0;
    for (k = 1; k <= MAX_LINES && next < lim; k++) {
        line[k] = next;
        if (!piece_at(next, lim, &pc[k], &next)) break;
        int numbers = pc[k].ns < pc[k].ne;
        if (numbers && numbers_first) break;
        memcpy(buf + m, pc[k].s, (size_t)(pc[k].e - pc[k].s));
        m += (size_t)(pc[k].e - pc[k].s);
        if (is_label(buf, m) == 1) best = k, best_m = m;
        if (numbers) break; /* the row's numbers end its label */
    }
    if (!best) return 0;
    w->label = nb_arena_strndup(a, (const char *)buf, best_m);
    w->n = best_m;
    w->lines = (uint32_t)best;
    w->num_line = numbers_first ? 0 : (uint32_t)best;
    w->num_line_s = line[w->num_line];
    w->num_s = pc[w->num_line].ns;
    w->num_e = pc[w->num_line].ne;
    return 1;
}
