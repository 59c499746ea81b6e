/* wraplabel.c — a row label wrapped over the lines of its cell, joined; see wraplabel.h.
 *
 * Beside the rows, a label that spans them (三、本年度办理结果, （四）无法提供) is printed a piece a
 * line in its own narrow column, and reading order puts its pieces among the row label's: （四）无
 * 1.本机关不掌握相 / 法提供 / 关政府信息. A line or a first word that is such a piece may be left out
 * of the join; every way of leaving them out is tried, and the join is made only when one label
 * comes of them. */
#include "wraplabel.h"

#include <string.h>

#include "lexer.h"
#include "numbers.h"
#include "utf8.h"

enum {
    MAX_LINES = 8,  /* the lines a label wraps over after its first (1.申请人无正当理由逾… takes five), with the
                     * pieces of a spanning label among them */
    MAX_CHARS = 40, /* a piece of a label: a longer line is prose */
    MAX_LABEL = 64 * 3, /* the bytes of a label with its note: a longer join is none */
    BUF = (MAX_LINES + 1) * MAX_CHARS * 4,
};

/* A line as a piece of a label: its text, the text without a first word that is a piece of a
 * spanning label (alt, NULL when there is none), and the numbers that end it. */
typedef struct piece {
    const unsigned char *s, *e, *alt, *ns, *ne;
    int whole_group; /* the whole line is a piece of a spanning label: it may be left out */
} piece;

/* [s, e) is a piece of a label that spans rows: after the characters numbering writes with
 * (（三）, 三、), a part of one of their words, or nothing. */
static int group_piece(nb_spanning_fn spanning, const unsigned char *s, const unsigned char *e)
{
    static const char *const marks[] = {"（", "）", "(", ")", "、", "一", "二", "三", "四", "五", "六"};
    for (size_t i = 0; s < e && i < sizeof marks / sizeof marks[0]; i++) {
        size_t n = strlen(marks[i]);
        if ((size_t)(e - s) >= n && !memcmp(s, marks[i], n)) {
            s += n;
            i = (size_t)-1;
        }
    }
    return spanning && spanning(s, (size_t)(e - s), 0);
}

/* The line from p: 0 when it is no piece of a label (blank, a row of tabs or pipes, numbers alone, a
 * sentence, too long); *next is the start of the line after it either way. */
static int piece_at(const unsigned char *p, const unsigned char *lim, nb_spanning_fn spanning, piece *x,
                    const unsigned char **next)
{
    const unsigned char *eol = nb_line_end(p, lim);
    *next = eol < lim ? eol + 1 + (*eol == '\r' && eol + 1 < lim && eol[1] == '\n') : lim;
    const unsigned char *s = p, *e = eol;
    nb_trim(&s, &e);
    if (s >= e || *s == '|' || memchr(s, '\t', (size_t)(e - s))) return 0;
    int count;
    const unsigned char *run = nb_trailing_numbers(s, e, &count), *le = run;
    nb_trim(&s, &le);
    if (s >= le || nb_is_number(s, le, NULL)) return 0; /* a line of numbers */
    if (nb_u8count(s, le) > MAX_CHARS || nb_find(s, le, "。") || nb_find(s, le, "；")) return 0;
    x->s = s;
    x->e = le;
    x->ns = run;
    x->ne = count ? e : run;
    x->whole_group = group_piece(spanning, s, le);
    x->alt = NULL;
    const unsigned char *w = s;
    while (w < le && !nb_blank_at(w, le)) w += nb_u8len(w, le);
    if (w < le && group_piece(spanning, s, w)) x->alt = nb_skip_blanks(w, le);
    return 1;
}

typedef struct search {
    const piece *pc;
    int n;                 /* lines to try */
    nb_row_label_fn is_label;
    unsigned char buf[BUF];
    int best;              /* the last line of the longest join that is one label */
    int pieces;            /* the pieces of a spanning label in it */
    unsigned char label[BUF];
    size_t label_n;
    int ambiguous;         /* two joins of that length give two labels */
} search;

/* A join of lines 0 to k that is one label, with `pieces` lines in it that may be pieces of a
 * spanning label: the longest join wins, then the one with fewest such pieces (inside a label's note
 * in brackets, 部分公开（区分处理 / 三、 / 本年 / … / 的，只计…）, any of them would do); two that
 * still tie with other texts leave it uncertain. */
static void found(search *x, int k, int pieces, size_t m)
{
    if (k < x->best || (k == x->best && pieces > x->pieces)) return;
    if (k > x->best || pieces < x->pieces) {
        x->best = k;
        x->pieces = pieces;
        x->ambiguous = 0;
    } else if (m == x->label_n && !memcmp(x->label, x->buf, m)) {
        return;
    } else {
        x->ambiguous = 1;
    }
    memcpy(x->label, x->buf, m);
    x->label_n = m;
}

/* Lines k on, the text so far buf[0, m) with `pieces` lines in it that could have been left out:
 * each way of taking line k (whole, without its first word, left out) and the lines after it. */
static void extend(search *x, int k, int pieces, size_t m)
{
    if (k >= x->n) return;
    const piece *p = &x->pc[k];
    const unsigned char *from[3] = {p->s, p->alt, NULL};
    int ways = 2 + (k > 0 && p->whole_group);
    for (int i = 0; i < ways; i++) {
        size_t mm = m;
        int pp = pieces;
        if (i < 2) {
            if (!from[i] || m + (size_t)(p->e - from[i]) > MAX_LABEL) continue;
            memcpy(x->buf + m, from[i], (size_t)(p->e - from[i]));
            mm += (size_t)(p->e - from[i]);
            pp += (k > 0 && p->whole_group) || (i == 0 && p->alt);
            if (k > 0 && x->is_label(x->buf, mm) == 1) found(x, k, pp, mm);
        }
        extend(x, k + 1, pp, mm);
    }
}

int nb_wrapped_label(nb_arena *a, const unsigned char *s, const unsigned char *lim, nb_row_label_fn is_label,
                     nb_spanning_fn spanning, nb_wrapped *w)
{
    search xs, *x = &xs;
    piece pc[MAX_LINES + 1];
    const unsigned char *line[MAX_LINES + 1], *next;
    line[0] = s;
    if (!piece_at(s, lim, spanning, &pc[0], &next)) return 0;
    /* a label's first line starts like one: a numbering marker, a row label or its first word; or
       it is as short as a very narrow cell's lines (行政 / 规范 / 性文 / 件) */
    int starts = nb_u8count(pc[0].s, pc[0].e) <= 4;
    for (int i = 0; i < 2 && !starts; i++) {
        const unsigned char *h = i ? pc[0].alt : pc[0].s;
        nb_marker mk;
        starts = h && ((nb_match_marker(h, lim, &mk) && mk.end <= pc[0].e) || nb_match_table_label(h, lim) ||
                       is_label(h, (size_t)(pc[0].e - h)));
    }
    if (!starts) return 0;
    /* numbers after the first line's text: the rest of the label may only follow them when that
       text is no whole label (3.危及“三安全一稳 0 0 0 75 0 0 75 / 定”), and holds no numbers */
    int numbers_first = pc[0].ns < pc[0].ne, n = 1;
    if (numbers_first && (is_label(pc[0].s, (size_t)(pc[0].e - pc[0].s)) == 1 ||
                          (pc[0].alt && is_label(pc[0].alt, (size_t)(pc[0].e - pc[0].alt)) == 1)))
        return 0;
    while (n <= MAX_LINES && next < lim) {
        line[n] = next;
        if (!piece_at(next, lim, spanning, &pc[n], &next) || (numbers_first && pc[n].ns < pc[n].ne)) break;
        nb_marker mk; /* a numbered line starts another label, but a spanning one's piece (三、) */
        if (!pc[n].whole_group && nb_match_marker(pc[n].s, lim, &mk) && mk.end <= pc[n].e) break;
        n++;
        if (pc[n - 1].ns < pc[n - 1].ne) break; /* the row's numbers end its label */
    }
    if (n == 1) return 0;
    x->pc = pc;
    x->n = n;
    x->is_label = is_label;
    x->best = x->pieces = 0;
    x->label_n = 0;
    x->ambiguous = 0;
    extend(x, 0, 0, 0);
    if (!x->best || x->ambiguous) return 0;
    w->label = nb_arena_strndup(a, (const char *)x->label, x->label_n);
    w->n = x->label_n;
    w->lines = (uint32_t)x->best;
    w->num_line = numbers_first ? 0 : (uint32_t)x->best;
    w->num_line_s = line[w->num_line];
    w->num_s = pc[w->num_line].ns;
    w->num_e = pc[w->num_line].ne;
    return 1;
}
