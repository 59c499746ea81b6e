/* colpieces.c — a line of aligned text cut into pieces (the text between blanks) at their display
 * columns, and what each piece is: a number or a placeholder for none, a 统计表's unit, a numbering
 * marker; which lines hold a row's numbers (N lines). Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <string.h>

#include "cjkscan.h"
#include "grow.h"
#include "numbers.h"
#include "rowstart.h"
#include "utf8.h"

int nb_display_width(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                   (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                   (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000
               ? 2
               : 1;
}

static int is_digit_at(const unsigned char *p, const unsigned char *e)
{
    return p < e && *p >= '0' && *p <= '9';
}

/* The bytes of the run of digits at p, ASCII or full-width (a Word page may type ２０), 0 for none. */
static size_t digit_run(const unsigned char *p, const unsigned char *e)
{
    size_t n = 0, k;
    while ((k = nb_digit_at(p + n, e, NULL)) != 0) n += k;
    return n;
}

static const char *const units[] = {"条", "件", "次", "篇", "个", "人", "期", "份", "万元", "元", "项", "人次", "家", "场", "批", "户"};

int nb_col_unit_text(const unsigned char *p, const unsigned char *e)
{
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if ((size_t)(e - p) == strlen(units[i]) && !memcmp(p, units[i], (size_t)(e - p))) return 1;
    return 0;
}

int nb_col_unit_head(const unsigned char *p, const unsigned char *e)
{
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (e > p && (size_t)(e - p) < strlen(units[i]) && !memcmp(p, units[i], (size_t)(e - p))) return 1;
    return 0;
}

int nb_col_count_unit(const state *st, const piece *p)
{
    if (!p->num) return 0;
    const unsigned char *s = st->in + p->s, *e = st->in + p->e;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t n = strlen(units[i]);
        const unsigned char *before = (size_t)(e - s) > n ? e - n - 1 : NULL; /* the byte before the unit */
        if (before && !memcmp(e - n, units[i], n) && (*before == ' ' || (*before >= '0' && *before <= '9'))) return 1;
    }
    return 0;
}

/* A cell's number as layouts print it: a sign, digits with thousands groups, a fraction, and a
 * note in brackets after it (22（其中修订16件）) or its unit, right after it or one blank apart (5件, 24 件:
 * a page that types the unit in each cell, as the table reader reads it), or a note's mark (144注2,
 * numbers.h); or a placeholder for no
 * number (- — / －). */
int nb_col_numeric(const unsigned char *p, const unsigned char *e)
{
    static const char *const none[] = {"-", "--", "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94", "\xE2\x80\x93", "/",
                                       "\xEF\xBC\x8F", "\xEF\xBC\x8D"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if ((size_t)(e - p) == strlen(none[i]) && nb_col_lit(p, e, none[i])) return 1;
    /* a number wrapped in its cell, head↵tail (the PDF reader's, pdfwrap.c): a number's cell, null */
    const unsigned char *w = nb_find_cjk(p, e, "\xE2\x86\xB5", 3); /* memchr, not a test a byte: pieces of prose are long */
    if (w) return w > p && nb_col_numeric(p, w) && nb_col_numeric(w + 3, e);
    /* a number cut at the page's edge, 1314… or …42 (the PDF reader's, pdfrows.c): a number's cell, null;
       and so is … alone, a cell the clip cut away whole (pdfopen.c) */
    if (e - p == 3 && nb_col_lit(p, e, "\xE2\x80\xA6")) return 1;
    if (e - p == 3 && nb_col_lit(p, e, "\xE3\x80\x87")) return 1; /* 〇, the numeral zero: 0 (nb_parse_number) */
    if (e - p > 3 && nb_col_lit(e - 3, e, "\xE2\x80\xA6")) return nb_col_numeric(p, e - 3);
    if (e - p > 3 && nb_col_lit(p, e, "\xE2\x80\xA6")) return nb_col_numeric(p + 3, e);
    if (p < e && (*p == '+' || *p == '-')) p++;
    else if (nb_col_lit(p, e, "\xE2\x88\x92")) p += 3; /* − */
    if (!digit_run(p, e)) return 0;
    p += digit_run(p, e);
    for (;;) {
        const unsigned char *q = p;
        if (q < e && *q == ',') q++;
        else if (nb_col_lit(q, e, "\xEF\xBC\x8C")) q += 3; /* ， */
        else if (nb_space_group_at(q, e)) q += nb_space_group_at(q, e); /* 12&nbsp;873 (thousands_go_on) */
        else break;
        if (!(is_digit_at(q, e) && is_digit_at(q + 1, e) && is_digit_at(q + 2, e) && !is_digit_at(q + 3, e))) return 0;
        p = q + 3;
    }
    if (p < e && (*p == '.' || nb_col_lit(p, e, "\xEF\xBC\x8E"))) {
        p += *p == '.' ? 1 : 3;
        if (!is_digit_at(p, e)) return 0;
        while (is_digit_at(p, e)) p++;
    }
    if (p == e) return 1;
    if (nb_col_unit_text(p + (*p == ' '), e)) return 1;
    if (p < e && nb_printed_mark_at_end(p, e) == (size_t)(e - p)) return 1; /* its note's mark glued: 144注2, 37* */
    /* a note: an opening bracket here, its closing one at the end */
    if ((*p == '(' || nb_col_lit(p, e, "\xEF\xBC\x88")) && (e[-1] == ')' || (e - p >= 3 && nb_col_lit(e - 3, e, "\xEF\xBC\x89"))))
        return 1;
    return 0;
}


/* A 统计表 row's unit (条 件 万元), between its label and its value. */
int nb_col_unit_word(const state *st, const piece *u) { return nb_col_unit_text(st->in + u->s, st->in + u->e); }

/* Whether the number [s, p) goes on past the blank at p: one space, then its unit and the piece's end
 * (24 件, a cell's count and the unit the page types after it). */
static int unit_goes_on(const unsigned char *s, const unsigned char *p, const unsigned char *e)
{
    if (*p != ' ' || !digit_run(s + (*s == '-' || *s == '+'), p) || !nb_col_numeric(s, p)) return 0;
    const unsigned char *q = p + 1, *u = q;
    while (u < e && !nb_blank_at(u, e)) u += nb_u8len(u, e);
    return u > q && nb_col_unit_text(q, u);
}

/* Whether the piece [s, p) goes on past the blank at p: it leaves a bracket open, the blank is one
 * space, and the bracket closes before a wider one (Writer's PDF spaces the digits of a label's note
 * out: （不同渠道和方式公开相同信息计 1 条）, one piece of the label, not a number among its pieces). */
static int note_goes_on(const unsigned char *s, const unsigned char *p, const unsigned char *e)
{
    int open = 0;
    for (const unsigned char *c = s; c < p; c++)
        open += *c == '(' || nb_col_lit(c, p, "\xEF\xBC\x88") ? 1 : *c == ')' || nb_col_lit(c, p, "\xEF\xBC\x89") ? -1 : 0;
    if (open <= 0 || *p != ' ') return 0;
    for (const unsigned char *q = p; q < e && q - p < 60; q++) {
        if (*q == ')' || nb_col_lit(q, e, "\xEF\xBC\x89")) return 1;
        if (nb_blank_at(q, e) && (*q != ' ' || (q + 1 < e && nb_blank_at(q + 1, e)))) return 0;
    }
    return 0;
}

/* Whether piece p is one ideograph alone (规). */
static int lone_ideograph(const state *st, const piece *p)
{
    return p->e - p->s == 3 && nb_ideograph_run(st->in + p->s, st->in + p->e) == st->in + p->e;
}

#define SPACED_GAP 6 /* columns: two full-width spaces as pdftotext -layout sets them, and a little */

/* Whether a piece of lines [a, b) that starts a numbered label stands where piece q starts, or
 * between it and column x (the row's own label, 2.没有现成…, whose wrapped 制 q is; beside it, 供, the
 * end of the label spanning rows). */
static int starter_at(state *st, size_t a, size_t b, int x, const piece *q)
{
    for (size_t j = a; j < b; j++)
        for (size_t i = 0; i < st->ln[j].np; i++) {
            const piece *p = P(st, &st->ln[j], i);
            if (p->starter && p->x0 >= x && p->x0 <= q->x0 + 1) return 1;
        }
    return 0;
}

void nb_col_spaced_labels(state *st, size_t a, size_t b)
{
    /* one pass: the pieces of each line move down by the pieces merged away before it (a piece
       removed from the middle of the array at each merge made a cluster of such rows quadratic) */
    size_t gone = 0;
    for (size_t j = a; j < st->nln; j++) {
        cline *l = &st->ln[j];
        if (gone) {
            memmove(&st->pc[l->p0 - gone], &st->pc[l->p0], l->np * sizeof *st->pc);
            l->p0 -= gone;
        }
        if (j >= b || !l->nnum || l->np < l->nnum + 2) continue;
        /* the label's pieces: two ideographs (规    章), or more set one blank apart (行 政 许 可, as
           elinks draws a page's spaced label) */
        size_t k = l->np - l->nnum, tight = 1;
        for (size_t i = 0; i < k; i++) {
            const piece *c = P(st, l, i);
            if (!lone_ideograph(st, c)) k = 0;
            else if (i && c->x0 - c[-1].x1 != 1) tight = 0;
        }
        if (k < 2 || (k > 2 && !tight)) continue;
        piece *p = P(st, l, 0), *q = p + 1;
        if (q->x0 - p->x1 > SPACED_GAP ||
            starter_at(st, j > a ? j - 1 : a, j + 2 < b ? j + 2 : b, p->x1, q)) /* the lines around it */
            continue;
        p->e = P(st, l, k - 1)->e;
        p->x1 = P(st, l, k - 1)->x1;
        memmove(q, q + k - 1, (l->np - k) * sizeof *q);
        l->np -= k - 1;
        gone += k - 1;
    }
    st->npc -= gone;
}

/* Whether the piece [s, p) goes on past the no-break space at p: the piece is a number grouped so
 * far (12, 1 234), and the space groups its thousands (12&nbsp;873, as elinks and links2 keep a
 * page's &nbsp;); an ASCII blank sets cells apart. */
static int thousands_go_on(const unsigned char *s, const unsigned char *p, const unsigned char *e)
{
    size_t sep = nb_space_group_at(p, e);
    if (!sep) return 0;
    size_t lead = 0;
    while (s + lead < p && s[lead] >= '0' && s[lead] <= '9') lead++;
    if (lead < 1 || lead > 3) return 0;
    for (const unsigned char *q = s + lead; q < p;) { /* then groups: the same separator, three digits */
        if ((size_t)(p - q) < sep + 3 || memcmp(q, p, sep)) return 0;
        q += sep;
        for (int k = 0; k < 3; k++, q++)
            if (*q < '0' || *q > '9') return 0;
    }
    return 1;
}

/* 无 (none) written for a count of 0 is a placeholder as a dash is, where it goes on a run of numbers
 * (3  1  无  1  5, table 四 with no case in some columns; 14  无  1  1  无  无  16, a Word table printed;
 * the tables read it null, nonecell.c): a run of numbers and 无s that begins with a number and holds two
 * numbers at least. A 无 with no number before it may be a piece of a group label a narrow column
 * prints a character a line (无 / 法 / 提 / 供); one after a single number, a 统计表's remark
 * (延期办结数  件  0  无): no cell. */
static int is_none_piece(const state *st, const piece *pc)
{
    return pc->e - pc->s == 3 && nb_col_lit(st->in + pc->s, st->in + pc->e, "无");
}

static void none_cells(state *st, cline *l)
{
    for (size_t i = 0; i < l->np;) {
        if (!P(st, l, i)->num) { /* a run begins with a number */
            i++;
            continue;
        }
        size_t j = i, nums = 0;
        for (; j < l->np && (P(st, l, j)->num || is_none_piece(st, P(st, l, j))); j++) nums += P(st, l, j)->num;
        for (size_t k = i; nums >= 2 && k < j; k++) {
            piece *pc = P(st, l, k);
            if (pc->num) continue;
            pc->num = 1;
            pc->starter = 0;
        }
        i = j;
    }
}

/* The pieces of line l, appended to st->pc. */
void nb_col_split_line(state *st, cline *l)
{
    const unsigned char *in = st->in, *p = in + l->s, *e = in + l->e;
    int x = 0;
    l->p0 = st->npc;
    l->np = 0;
    while (p < e) {
        size_t b = nb_blank_at(p, e);
        if (b) {
            x += b == 3 && p[0] == 0xE3 ? st->wide : p[0] == '\t' ? (st->tabs ? 1 : 8 - x % 8) : p[0] == '\f' ? 0 : 1;
            p += b;
            continue;
        }
        nb_grow((void **)&st->pc, &st->cappc, st->npc, sizeof *st->pc);
        piece *pc = &st->pc[st->npc++];
        *pc = (piece){0};
        l->np++;
        pc->s = (size_t)(p - in);
        pc->x0 = x;
        while (p < e) {
            const unsigned char *run = nb_ideograph_run(p, e);
            if (run != p) { /* ideographs (U+4000..U+9FFF, most of the text): wide, no blank */
                x += st->wide * (int)((run - p) / 3);
                p = run;
                continue;
            }
            if (nb_blank_at(p, e) && !note_goes_on(in + pc->s, p, e) && !thousands_go_on(in + pc->s, p, e) &&
                !unit_goes_on(in + pc->s, p, e))
                break;
            size_t k = nb_u8len(p, e);
            uint32_t c = nb_u8decode(p, k);
            /* the PDF reader counts punctuation (“ ” — …, U+2010-206F) two columns as well (pdfrows.c) */
            x += nb_display_width(c) == 2 || (st->tabs && c >= 0x2010 && c <= 0x206F) ? st->wide : 1;
            p += k;
        }
        pc->e = (size_t)(p - in);
        pc->x1 = x;
        pc->num = (unsigned char)nb_col_numeric(in + pc->s, p);
        pc->starter = (unsigned char)(!pc->num && nb_row_starter(in + pc->s, p));
        pc->group = 0;
        pc->unit = 0;
        pc->over = 0;
    }
    none_cells(st, l);
    nb_col_count_numbers(st, l);
}

void nb_col_count_numbers(state *st, cline *l)
{
    l->nnum = 0;
    while (l->nnum < l->np && st->pc[l->p0 + l->np - 1 - l->nnum].num) l->nnum++;
    if (l->nnum && l->np >= l->nnum + 2) st->pc[l->p0 + l->np - l->nnum - 1].unit = (unsigned char)nb_col_unit_word(st, &st->pc[l->p0 + l->np - l->nnum - 1]);
}

/* The last character of a line, where an N line can end: a digit, a placeholder, a closing bracket. */
int nb_col_may_end_row(const unsigned char *s, const unsigned char *e)
{
    /* blanks after the last cell; an NBSP too (a cell padded with &nbsp;, as elinks draws it) */
    for (;;) {
        if (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        else if (e - s >= 2 && e[-2] == 0xC2 && e[-1] == 0xA0) e -= 2;
        else break;
    }
    if (e == s) return 0;
    unsigned char c = e[-1];
    if ((c >= '0' && c <= '9') || c == '-' || c == '/' || c == ')') return 1;
    if (e - s >= 3 && nb_digit_at(e - 3, e, NULL)) return 1; /* a full-width digit */
    /* a count and its unit (5件, 24 件: nb_col_numeric) */
    for (size_t k = 3; k <= 6 && (size_t)(e - s) > k; k += 3)
        if (nb_col_unit_text(e - k, e)) {
            const unsigned char *d = e - k;
            if (d - s >= 2 && d[-1] == ' ') d--;
            if (d[-1] >= '0' && d[-1] <= '9') return 1;
        }
    /* 无 for a count of 0, a cell of its own (none_cells says whether it goes on a run of numbers) */
    if (e - s >= 4 && nb_col_lit(e - 3, e, "无") && (e[-4] == ' ' || e[-4] == '\t')) return 1;
    /* — －  ／ ） (a note's bracket), … (a number cut at the page's edge), and U+3000 padding */
    return e - s >= 3 && (nb_col_lit(e - 3, e, "\xE2\x80\x94") || nb_col_lit(e - 3, e, "\xE2\x80\xA6") || nb_col_lit(e - 3, e, "\xEF\xBC\x8D") ||
                          nb_col_lit(e - 3, e, "\xEF\xBC\x8F") || nb_col_lit(e - 3, e, "\xEF\xBC\x89") ||
                          nb_col_lit(e - 3, e, "\xE3\x80\x80"));
}

/* A page number on a line of its own (- 3 -, — 5 —, 3 / 8) is no row of three cells. */
static int page_number_line(state *st, const cline *l)
{
    if (l->np != 3 || l->nnum != 3) return 0;
    const piece *a = P(st, l, 0), *b = P(st, l, 1), *c = P(st, l, 2);
    int da = is_digit_at(st->in + a->s, st->in + a->e), db = is_digit_at(st->in + b->s, st->in + b->e),
        dc = is_digit_at(st->in + c->s, st->in + c->e);
    if (da && dc && !db) return st->in[b->s] == '/' || nb_col_lit(st->in + b->s, st->in + b->e, "\xEF\xBC\x8F"); /* 3 / 8 */
    return !da && db && !dc;
}

/* An N line: its last pieces numbers, two of them or one after a label; a lone number (a cell a
 * line, a page number) is no row. */
int nb_col_n_line(state *st, const cline *l)
{
    if (l->nnum == 0 || page_number_line(st, l)) return 0;
    if (!st->tabs && memchr(st->in + l->s, '\t', l->e - l->s)) return 0; /* TAB rows have their cells already */
    size_t real = 0;
    for (size_t i = l->np - l->nnum; i < l->np; i++) real += digit_run(st->in + P(st, l, i)->s, st->in + P(st, l, i)->e) ||
                                                         st->in[P(st, l, i)->s] == '+' || st->in[P(st, l, i)->s] == '-';
    if (!real) return 0;
    /* numbers among the label's pieces: cells flattened onto one line (the one-line 统计表: 指标名称
       计量 单位 2011 年度 … 条 425 1516 …) or prose, not a label beside its row's numbers */
    size_t inner = 0;
    for (size_t i = 0; i + l->nnum < l->np; i++) inner += P(st, l, i)->num;
    if (inner >= 2) return 0;
    return l->nnum >= 2 || l->np > l->nnum;
}

/* The rightmost label piece of a line (left of its numbers and of a 统计表 row's unit), or NULL. */
piece *nb_col_last_label(state *st, const cline *l)
{
    size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
    if (k && l->kind == N_LINE && P(st, l, k - 1)->unit) k--; /* a 统计表 row's unit (条) is no label */
    return k ? P(st, l, k - 1) : NULL;
}

/* Whether piece p is all digits (ASCII or full-width). */
int nb_col_digits(const state *st, const piece *p)
{
    return p->e > p->s && digit_run(st->in + p->s, st->in + p->e) == p->e - p->s;
}

/* Where piece p ends on the page. pdftotext's grid gives each character a column, and a column is
 * as wide as a CJK character: a label's ASCII characters (5.要求行政机关确) take half a column each on
 * the page but a whole one in the text, where the label then seems to reach the numbers beside the
 * line below it (认或重新出具已获 52). Elsewhere (a terminal's columns) the text's width is the page's. */
int nb_col_grid_end(const state *st, const piece *p)
{
    if (st->wide != 1) return p->x1;
    int narrow = 0, x = p->x0;
    for (const unsigned char *c = st->in + p->s, *e = st->in + p->e; c < e; c += nb_u8len(c, e)) {
        if (*c < 0x80) narrow++;
        else x++;
    }
    return x + (narrow + 1) / 2;
}

/* A placeholder for no number (— / -): a number piece without a digit. */
int nb_col_placeholder(const state *st, const piece *p)
{
    if (!p->num) return 0;
    for (const unsigned char *c = st->in + p->s, *e = st->in + p->e; c < e; c++)
        if (nb_digit_at(c, e, NULL)) return 0;
    return 1;
}

/* The display column where line [s, e) starts its text. */
int nb_col_indent(const state *st, const unsigned char *s, const unsigned char *e)
{
    int x = 0;
    size_t b;
    for (; s < e && (b = nb_blank_at(s, e)) > 0; s += b)
        x += b == 3 && s[0] == 0xE3 ? st->wide : s[0] == '\t' ? 8 - x % 8 : s[0] == '\f' ? 0 : 1;
    return x;
}
