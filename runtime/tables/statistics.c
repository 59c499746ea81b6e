/* statistics.c — label / unit / value tables and their hierarchy; see statistics.h. */
#include "statistics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "grow.h"
#include "lexer.h"
#include "numbering.h"
#include "parse.h"
#include "statistics_cell_lines.h"
#include "statistics_fold.h"
#include "statistics_line.h"
#include "statistics_list.h"
#include "statline.h"
#include "tables.h"
#include "utf8.h"

enum { MAX_DEPTH = 8, MAX_COLS = 8 };

/* Reading one table: its columns, and the hierarchy so far. */
typedef struct reader {
    nb_report *r;
    int label, unit, value, cum, width; /* header positions, -1 when absent; number of columns */
    /* the header has a value column for each of several years (2013年度 | 2014年度 | 历年累计: last
       year's beside this year's): value is the report's year's, -1 when none is; `others` the rest,
       whose cells are not the report's and not read */
    int years;
    unsigned others;
    int seq;                            /* the position of a 序号 column (row numbers), -1 when none */
    int code; /* the position of a 代码 column (row codes 01, 02 …: the statistics office's form), -1 when none */
    int group; /* the position of a 类别 column left of the labels: each group's name (一、主动公开情况) in it,
                  merged down over its items' rows, no row of its own; -1 when none */
    long last_code; /* the code of the row read last, -1 when none */
    nb_statistic **tail;
    nb_numbering num;
    const char *stack[MAX_DEPTH];
    int depth, in_of_which; /* after 其中： unmarked rows are its siblings */
    int unmarked;           /* the last row had no number of its own */
    /* a list numbered after 其中： (其中：1.网站公开, 2.政府公报公开 …), as older provincial tables
     * have it: its items stand under the row before 其中, and an unmarked row after them is that row's
     * sibling again */
    int list_open, list_level;
    nb_style list_style;
    nb_statistic *last; /* the row read last */
    int disorder;       /* 1 once the rows' numbering went back: their paths are not certain (2: said) */
    const nb_cell *lost; /* a row whose label is lost, since the last row of the outermost level */
    int lost_said;
    /* the row read last names a 统计表 (表2 政府信息依申请公开情况统计表), the header again aside: a second
       table may start here, numbered from 一、 again (next_table) */
    int table_title;
    /* the 序号 column's numbers: the last one's parts, and whether any was an outline code (1.2.1) */
    long seq_code[NB_SL_CODE_PARTS];
    int seq_code_n, outline;
} reader;

static const nb_cell *col(const reader *rd, const nb_cell *const *cells, int k)
{
    return k >= 0 && k < rd->width ? cells[k] : NULL;
}

/* A number that is no dash or blank: a count. */
static int is_count(const nb_cell *c)
{
    int is_null;
    return nb_cell_number(c, &is_null) && !is_null;
}

/* The level of a row labelled [ls, le): from its number (一、 > （一） > 1.), from 其中 (the rows it
 * picks out stand under the row before it), and an unmarked row after another unmarked one is its
 * sibling, while one after a numbered row stands under it. */
static int row_level(reader *rd, const unsigned char *ls, const unsigned char *le)
{
    nb_marker m;
    int level, unmarked = 0;
    if (nb_match_marker(ls, le, &m)) {
        if (rd->list_open && m.style == rd->list_style) {
            level = rd->list_level;
        } else {
            nb_placement pl = nb_numbering_place(&rd->num, m.style, m.num, 1);
            level = pl.level;
            rd->list_open = 0;
            /* a number that goes back or comes again under the same heading: rows out of their order
               (pdftotext without -layout sets a table's group rows after its other rows), so which
               heading a row stands under is not known from here on */
            if (pl.code && (!strcmp(pl.code, "numbering-order") || !strcmp(pl.code, "numbering-duplicate")))
                if (!rd->disorder) rd->disorder = 1;
        }
        rd->in_of_which = 0;
    } else if (le - ls >= 6 && !memcmp(ls, "其中", 6)) {
        const unsigned char *p = ls + 6;
        if (le - p >= 3 && !memcmp(p, "：", 3)) p += 3;
        else if (p < le && *p == ':') p++;
        level = rd->depth + 1;
        rd->in_of_which = 1;
        if (nb_match_marker(p, le, &m)) { /* 其中：1.网站公开 opens a numbered list */
            rd->list_open = 1;
            rd->list_level = level;
            rd->list_style = m.style;
            rd->in_of_which = 0;
        }
    } else {
        unmarked = 1;
        if (rd->in_of_which || (rd->unmarked && !rd->list_open)) {
            level = rd->depth;
        } else if (rd->list_open) { /* past the list: beside the row it stood under */
            level = rd->list_level - 1;
            rd->list_open = 0;
        } else {
            level = rd->depth + 1;
        }
    }
    rd->unmarked = unmarked;
    return level;
}

/* The level a row's outline code in the 序号 column gives it (1.2.1: 3), once the table's numbers have
 * shown points (before, 1 is a number like any: the label's own numbering places the row); 0 where it
 * gives none. The code is the row's place, as a label's 一、 or （一） is, but exact: no guess from the
 * rows around it. A code out of turn (neither the first child nor the next of the one before: a row
 * lost, or rows out of order) leaves the rows from there on without values, as a numbering that goes
 * back does. */
static int code_level(reader *rd, const nb_cell *const *cells)
{
    const nb_cell *c = rd->seq >= 0 ? col(rd, cells, rd->seq) : NULL;
    if (!c) return 0;
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    nb_trim(&s, &e);
    long code[NB_SL_CODE_PARTS];
    int n = nb_statline_row_code(s, e, code);
    if (!n) return 0;
    int follows = nb_statline_code_follows(rd->seq_code, rd->seq_code_n, code, n);
    memcpy(rd->seq_code, code, (size_t)n * sizeof *code);
    rd->seq_code_n = n;
    rd->outline |= n > 1;
    if (!rd->outline) return 0;
    if (!follows && !rd->disorder) rd->disorder = 1;
    rd->in_of_which = rd->unmarked = rd->list_open = 0;
    return n;
}

/* Whether the row's cells but its label (and its number in a 序号 column, its code in a 代码 one) are blank. */
static int label_alone(const reader *rd, const nb_cell *const *cells)
{
    for (int k = 0; k < rd->width; k++)
        if (k != rd->label && k != rd->seq && k != rd->code && cells[k] && *nb_cell_squeezed(rd->r, cells[k])) return 0;
    return 1;
}

/* Row st's label goes on with the n bytes at s: its label, its place in the path and the stack. */
static void append_label(reader *rd, nb_statistic *st, const char *s, size_t n)
{
    size_t a = strlen(st->label);
    char *joined = nb_arena_alloc(&rd->r->arena, a + n + 1);
    memcpy(joined, st->label, a);
    memcpy(joined + a, s, n);
    joined[a + n] = 0;
    st->label = st->path[st->depth - 1] = rd->stack[st->depth - 1] = joined;
}

/* A row of a label alone, unnumbered, right after a row of a label alone: the end of that label,
 * wrapped in its narrow cell, that a copy gives a line of its own (六、行政复议、诉讼和 / 申诉情况). Joins
 * it to that row's label; 1 if it is one. */
static int label_tail(reader *rd, const nb_cell *const *cells, const char *label)
{
    nb_statistic *st = rd->last;
    nb_marker m;
    const unsigned char *ls = (const unsigned char *)label, *le = ls + strlen(label);
    if (!st || st->unit || st->raw.n || st->has_cumulative || !label_alone(rd, cells) || nb_match_marker(ls, le, &m) ||
        !strncmp(label, "其中", 6))
        return 0;
    size_t b = strlen(label);
    if (strlen(st->label) + b > 180) return 0; /* a label of a narrow cell is short: no run of rows is joined into one */
    append_label(rd, st, label, b);
    return 1;
}

static void fill(reader *rd, nb_statistic *st, const nb_cell *const *cells, const char *label);

/* A row whose short, unnumbered label ends the label of the numbered row before it, which stood alone
 * and is no group (it does not end in 情况): a copy in reading order sets a narrow cell's last
 * characters before the row's unit and values ((二）公开规范性文件 / 数 / 件 38 402, read as a row 数件
 * under it). The row before takes the label's end and this row's cells, and the unit glued to the end
 * where the unit column is blank. 1 if it is one. */
static int label_end(reader *rd, const nb_cell *const *cells, const char *label)
{
    nb_statistic *st = rd->last;
    nb_marker m;
    const unsigned char *ls = (const unsigned char *)label, *le = ls + strlen(label);
    if (!st || st->unit || st->raw.n || st->has_cumulative || label_alone(rd, cells) || nb_match_marker(ls, le, &m) ||
        !strncmp(label, "其中", 6) || nb_u8count(ls, le) > 5)
        return 0;
    const unsigned char *ps = (const unsigned char *)st->label, *pe = ps + strlen(st->label);
    if (!nb_match_marker(ps, pe, &m) || (pe - ps >= 6 && !memcmp(pe - 6, "情况", 6))) return 0;
    const char *unit = NULL;
    const nb_cell *u = col(rd, cells, rd->unit);
    if (!u || !*nb_cell_squeezed(rd->r, u)) /* the longest unit that ends the label (人次, not 次) */
        for (const unsigned char *p = ls + 1; p < le && !unit; p++)
            if ((*p & 0xC0) != 0x80 && (unit = nb_unit_word(p, le)) != NULL) le = p;
    if (le == ls) return 0;
    append_label(rd, st, (const char *)ls, (size_t)(le - ls));
    fill(rd, st, cells, st->label);
    if (unit && !st->unit) st->unit = unit;
    nb_diag_add(rd->r, "info", "statistics-label-wrapped", &st->span,
                "%s: the end of its label stood on the line of its values; joined", st->label);
    return 1;
}

/* Whether row st is a table's title, alone on its row: it names a 统计表 and has no number of its
 * own (表2 政府信息依申请公开情况统计表, the second table's, set in the first's layout). */
static int names_table(const nb_statistic *st)
{
    nb_marker m;
    const unsigned char *s = (const unsigned char *)st->label, *e = s + strlen(st->label);
    return !st->raw.n && !st->unit && !st->has_cumulative && strstr(st->label, "统计表") &&
           !strstr(st->label, "续") && !nb_match_marker(s, e, &m);
}

/* Right after a table's title (table_title; the header repeated under it is no row), a row numbered 一、 starts the next 统计表
 * (legacy reports attach 主动公开 and 依申请公开 as two, each numbered from 一、): its rows are read
 * from a fresh hierarchy, not as the first table's numbering going back. Any other row goes on as
 * before. */
static void next_table(reader *rd, const unsigned char *ls, const unsigned char *le, const nb_cell *c)
{
    nb_marker m;
    int title = rd->table_title;
    rd->table_title = 0;
    if (!title || !nb_match_marker(ls, le, &m) || m.style != NB_STYLE_CN || m.num != 1) return;
    nb_numbering_init(&rd->num);
    memset(rd->stack, 0, sizeof rd->stack);
    rd->depth = rd->in_of_which = rd->unmarked = rd->list_open = rd->disorder = 0;
    rd->lost = NULL;
    rd->last = NULL;
    nb_diag_add(rd->r, "info", "statistics-next-table", &c->span,
                "a second 统计表 under its own title and header: its rows are numbered from 一、 again");
}

/* One row of the table: cells[k] is its cell in column k, or NULL. Returns 0 for a row without label. */
static int add_row(reader *rd, const nb_cell *const *cells)
{
    nb_report *r = rd->r;
    const nb_cell *c = col(rd, cells, rd->label);
    if (!c) return 0;
    const char *label = nb_cell_squeezed(r, c);
    if (!*label) return 0;
    if (label_tail(rd, cells, label) || label_end(rd, cells, label)) return 0;
    const unsigned char *ls0 = (const unsigned char *)c->raw.p;
    if (nb_statistics_header_word(label) == NB_STAT_LABEL) { /* the header again, at a page's top */
        nb_diag_add(r, "info", "statistics-header-repeated", &c->span, "the 统计表's header again (a page's top): no row of it");
        return 0;
    }
    if (nb_statline_letters(ls0, ls0 + c->raw.n)) { /* 甲 | 乙 | 丙 | 1 under the header: the form's column codes */
        nb_diag_add(r, "info", "statistics-column-codes", &c->span,
                    "the 统计表's row of column codes (%s …): no row of it", label);
        return 0;
    }
    if (nb_cell_number(c, NULL)) { /* a value alone on its line, after a blank line: whose it is is not known */
        nb_diag_add(r, "warning", "cell-unplaced", &c->span, "a value \"%s\" where the 统计表 has a row label: not read",
                    label);
        if (rd->last && (rd->last->raw.n || rd->last->has_cumulative)) { /* not the row before's, left blank */
            rd->lost = c;
            rd->lost_said = 0;
        }
        return 0;
    }
    const unsigned char *ls = (const unsigned char *)label, *le = ls + strlen(label);
    next_table(rd, ls, le, c);
    int level = code_level(rd, cells);
    if (!level) level = row_level(rd, ls, le);
    if (level < 1) level = 1;
    if (level > MAX_DEPTH) level = MAX_DEPTH;
    if (level == 1) rd->lost = NULL;
    rd->stack[level - 1] = label;
    rd->depth = level;
    nb_statistic *st = nb_arena_alloc(&r->arena, sizeof *st);
    st->label = label;
    st->depth = level;
    st->path = nb_arena_alloc(&r->arena, sizeof *st->path * (size_t)level);
    for (int i = 0; i < level; i++) st->path[i] = rd->stack[i] ? rd->stack[i] : "";
    st->span = c->span;
    fill(rd, st, cells, label);
    *rd->tail = st;
    rd->tail = &st->next;
    rd->last = st;
    rd->table_title = names_table(st);
    return 1;
}

/* The unit, value and 历年累计 of row st from its cells. */
static void fill(reader *rd, nb_statistic *st, const nb_cell *const *cells, const char *label)
{
    nb_report *r = rd->r;
    if (rd->lost && !rd->disorder) { /* a heading of this row may be the row whose label is lost */
        if (!rd->lost_said)
            nb_diag_add(r, "warning", "statistics-order", &st->span,
                        "统计表 row %s follows a row whose label is lost (line %u): which heading it stands under "
                        "is not known, so it and the rows after it up to the next of the outermost level are "
                        "left without values", label, (unsigned)rd->lost->span.line);
        rd->lost_said = 1;
        return;
    }
    if (rd->disorder) { /* the row's place is not known: its values are not given under a guessed path */
        if (rd->disorder == 1)
            nb_diag_add(r, "warning", "statistics-order", &st->span,
                        "the 统计表's numbering goes back at %s (or its 序号 skips one): its rows are out of order, and the rows from "
                        "here on are left without values rather than placed under a guessed heading", label);
        rd->disorder = 2;
        return;
    }
    const nb_cell *u = col(rd, cells, rd->unit);
    if (u) {
        const char *unit = nb_cell_squeezed(r, u);
        if (*unit) st->unit = unit;
    }
    const nb_cell *v = col(rd, cells, rd->value);
    int is_null;
    const char *unit;
    if (v) {
        st->raw = v->raw;
        st->span = v->span;
        const unsigned char *vs = (const unsigned char *)v->raw.p;
        if (nb_parse_number(vs, vs + v->raw.n, &st->value, &is_null, &unit)) {
            st->has_value = !is_null;
            if (!st->unit && unit && !is_null) st->unit = unit; /* no unit column: the count's own (1174条) */
        } else if (nb_approximate(vs, vs + v->raw.n))
            nb_diag_add(r, "warning", "count-approximate", &v->span,
                        "statistic %s: \"%.*s\" is a count written as approximate, no number: left null", label,
                        (int)v->raw.n, v->raw.p);
        else if (nb_cell_squeezed(r, v)[0])
            nb_diag_add(r, "warning", "cell-not-number", &v->span, "statistic %s: \"%.*s\" is not a number", label,
                        (int)v->raw.n, v->raw.p);
    }
    st->cum_column = rd->cum >= 0;
    const nb_cell *cu = col(rd, cells, rd->cum);
    if (cu) {
        const unsigned char *cs = (const unsigned char *)cu->raw.p;
        if (nb_parse_number(cs, cs + cu->raw.n, &st->cumulative, &is_null, &unit)) st->has_cumulative = !is_null;
    }
    for (int k = 0; k < rd->width; k++) /* a column the header does not name is not read, and not in silence */
        if (k != rd->label && k != rd->unit && k != rd->value && k != rd->cum && k != rd->seq && k != rd->code &&
            !(rd->others >> k & 1) && cells[k] && *nb_cell_squeezed(r, cells[k]))
            nb_diag_add(r, "warning", "statistics-cell-unplaced", &cells[k]->span,
                        "statistic %s: \"%.*s\" stands in a column the 统计表's header names as none of 单位, 统计数, "
                        "历年累计: not read", label, (int)(cells[k]->raw.n > 40 ? 40 : cells[k]->raw.n), cells[k]->raw.p);
}

/* Whether width cells from cells[0] have the shape of one row: a label that is no number, a short unit
 * that is no number, values that are numbers, or all of them blank. A run of cells cut into rows at
 * the wrong place fails this (a value column gets the next label). */
static int row_shape(const reader *rd, const nb_cell *const *cells)
{
    int blank = 1;
    for (int k = 0; k < rd->width; k++) {
        const char *s = nb_cell_squeezed(rd->r, cells[k]);
        if (!*s) continue;
        blank = 0;
        if (k == rd->label || k == rd->unit) {
            if (nb_cell_number(cells[k], NULL)) return 0;
            if (k == rd->unit && nb_u8count((const unsigned char *)s, (const unsigned char *)s + strlen(s)) > 4)
                return 0;
        } else if ((k == rd->value || k == rd->cum) && !nb_cell_number(cells[k], NULL)) {
            return 0;
        }
    }
    return blank || *nb_cell_squeezed(rd->r, cells[rd->label]);
}

/* The cells of a row of the raw layout, in a growing array. */
typedef struct cell_run {
    const nb_cell **v;
    size_t n, cap;
} cell_run;

/* A row of a table with a 序号 column just before its labels whose label stands in the number's cell:
 * with its number ("3   其中：主动公开规范性文件数" | 件 | 9 | 61: the PDF reader sets no TAB where the
 * gap between them is narrow), or alone (the first line of a label wrapped round its number, which is
 * on the next line). Into row[0, width): the number and the label in cells of their own, the cells
 * after them a column on. 0 where the row is no such (its first cells stand in their columns). */
static int split_numbered(const reader *rd, const nb_cell *const *cells, size_t n, const nb_cell **row)
{
    if (rd->seq < 0 || rd->label != rd->seq + 1 || n >= (size_t)rd->width || (size_t)rd->seq >= n) return 0;
    const nb_cell *c = cells[rd->seq];
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n, *p;
    nb_trim(&s, &e);
    for (p = s; p < e && *p >= '0' && *p <= '9'; p++) {}
    if (p - s > 3 || (p > s && !nb_blank_at(p, e))) return 0;
    const unsigned char *l = nb_skip_blanks(p, e);
    nb_marker m;
    if (l == e || (nb_digit_at(l, e, NULL) && !nb_match_marker(l, e, &m))) return 0; /* a label, maybe 1.… */
    const nb_cell *num = p > s ? nb_cell_part(rd->r, c, s, p) : NULL, *label = nb_cell_part(rd->r, c, l, e);
    for (int k = 0; k < rd->width; k++)
        row[k] = k < rd->seq ? cells[k] : k == rd->seq ? num : k == rd->label ? label
                 : (size_t)(k - 1) < n ? cells[k - 1] : NULL;
    /* the cell moved under 单位 must be a unit: a row whose 单位 is blank has its values one cell on
       too (label | 9 | 61), and which cell is which is then not known */
    const nb_cell *u = col(rd, row, rd->unit);
    if (u && *nb_cell_squeezed(rd->r, u)) {
        const unsigned char *us = (const unsigned char *)u->raw.p, *ue = us + u->raw.n;
        nb_trim(&us, &ue);
        if (!nb_unit_word(us, ue)) return 0;
    }
    return 1;
}

/* A cell of 1 to 4 digits and nothing else, as its number (a row's code: 07); -1 for any other. */
static long code_of(const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n, *p;
    nb_trim(&s, &e);
    long v = 0;
    for (p = s; p < e && *p >= '0' && *p <= '9'; p++) v = v * 10 + (*p - '0');
    return p == e && p > s && p - s <= 4 ? v : -1;
}

/* Row `row` under a header with a 类别 column: a group's name in it is a heading row of its own before
 * the row (its first item's: 一、主动公开情况 | （一）主动公开政府信息数 | 条 | 2146), or, where the row's
 * label is blank, the row's label (a group without items, its cell over both label columns:
 * 四、行政复议数量 | | 件 | 2). The row then as it is. */
static void add_grouped(reader *rd, const nb_cell **row)
{
    const nb_cell *g = rd->group >= 0 && rd->group != rd->label ? col(rd, row, rd->group) : NULL;
    if (g && *nb_cell_squeezed(rd->r, g) && !nb_cell_number(g, NULL)) {
        const nb_cell *l = col(rd, row, rd->label);
        row[rd->group] = NULL;
        if (!l || !*nb_cell_squeezed(rd->r, l)) {
            row[rd->label] = g;
        } else {
            const nb_cell *heading[MAX_COLS] = {0};
            heading[rd->label] = g;
            add_row(rd, heading);
        }
    }
    add_row(rd, row);
}

/* A heading row with its code only (三、依申请公开情况 | 06 under 指标名称 | 计量单位 | 代码 | 2010年: the PDF
 * reader sets no cell for the blank unit): a label and one cell of digits, under a header with a 代码
 * column, that is a code: led by 0, which no count is written as, or the code after the row before's
 * (21, then 八、信息公开工作人员 | 22). Read so, the row has no value: a count taken for a code is left
 * null, never placed. Into row[0, width): the label and the code in their
 * columns, the others blank. 0 where the row is no such. */
static int code_alone(const reader *rd, const nb_cell *const *cells, size_t n, const nb_cell **row)
{
    if (rd->code < 0 || n != 2 || rd->label != 0 || rd->code >= rd->width || nb_cell_number(cells[0], NULL)) return 0;
    long code = code_of(cells[1]);
    const char *s = nb_cell_squeezed(rd->r, cells[1]);
    if (code < 0 || (!(s[0] == '0' && s[1]) && !(rd->last_code >= 0 && code == rd->last_code + 1))) return 0;
    for (int k = 0; k < rd->width; k++) row[k] = k == rd->label ? cells[0] : k == rd->code ? cells[1] : NULL;
    return 1;
}

/* Whether a row's cells are not in their columns: a unit or a number where its label stands, a number
 * in its unit's column ("件" | 9 | 61 under 统计指标 | 单位 | 统计数: a cell lost before them). (A
 * value alone on its row is add_row's.) */
static int out_of_columns(const reader *rd, const nb_cell *const *row)
{
    const nb_cell *l = col(rd, row, rd->label), *u = col(rd, row, rd->unit);
    if (l && !label_alone(rd, row)) {
        const unsigned char *s = (const unsigned char *)l->raw.p, *e = s + l->raw.n;
        nb_trim(&s, &e);
        if (s < e && (is_count(l) || nb_unit_word(s, e))) return 1;
    }
    return u && is_count(u);
}

/* Keeps the code of a row in its columns (代码) as the last one, for code_alone. */
static void note_code(reader *rd, const nb_cell *const *row)
{
    const nb_cell *c = rd->code >= 0 ? col(rd, row, rd->code) : NULL;
    if (c) rd->last_code = code_of(c);
}

/* Reads one row of the raw layout (n cells). A row of exactly `width` cells or fewer is one row of the
 * table. More cells are several rows run together when the copy lost the blank lines between them: read
 * as rows of `width` when their number is a multiple of it and every one has a row's shape; otherwise
 * only the first row is read, and a warning says what was left. Returns the rows read past one. */
static int read_run(reader *rd, const nb_cell **cells, size_t n)
{
    const nb_cell *row[MAX_COLS] = {0}; /* (filled before use; GCC cannot tell through the helpers) */
    size_t w = (size_t)rd->width;
    if (n > w && n % w == 0) {
        size_t k = 0;
        while (k < n && row_shape(rd, cells + k)) k += w;
        if (k == n) {
            int rows = 0;
            for (k = 0; k < n; k += w) rows += add_row(rd, cells + k);
            return rows > 1 ? rows - 1 : 0;
        }
    }
    /* run together with cells of the rows after it, a first row without a row's shape (a label's tail
       wrapped into a cell of its own: 1.政府公报公开政府信息 | 数 | 条 | 38, 402 after) has its cells
       shifted: its label alone is read */
    int shifted = n > w && !row_shape(rd, cells);
    if (!shifted && (split_numbered(rd, cells, n, row) || code_alone(rd, cells, n, row))) {
        note_code(rd, row);
        add_grouped(rd, row);
        return 0;
    }
    for (size_t k = 0; k < w; k++) row[k] = k < n && (!shifted || (int)k == rd->label) ? cells[k] : NULL;
    note_code(rd, row);
    if (!shifted && out_of_columns(rd, row)) {
        nb_diag_add(rd->r, "warning", "statistics-row-cells", &cells[0]->span,
                    "a row of the 统计表 whose cells do not stand in the header's columns (a unit or a number "
                    "where its label or unit should be: a cell lost before them): not read");
        rd->lost = cells[0];
        rd->lost_said = 0;
        return 0;
    }
    if (shifted)
        nb_diag_add(rd->r, "warning", "statistics-row-cells", &cells[0]->span,
                    "a row of the 统计表 run together with the rows after it has no row's shape in its first %zu "
                    "cells (a label's tail in a cell of its own?): its values are not read", w);
    size_t left = 0, numbers = 0;
    for (size_t k = w; k < n; k++) {
        left += *nb_cell_squeezed(rd->r, cells[k]) != 0;
        numbers += nb_cell_number(cells[k], NULL);
    }
    /* numbers, and only numbers, past the header's columns: the header lacks a column (its words wrapped
       over lines the header row did not take: 截至2013年底 / 累计 before 2013年度), and which number is the
       value is not known (a run of rows together has the next rows' labels there: those are left as before) */
    if (numbers && numbers < left) numbers = 0;
    if (numbers)
        for (size_t k = 0; k < w; k++)
            if ((int)k != rd->label) row[k] = NULL;
    add_grouped(rd, row);
    if (left)
        nb_diag_add(rd->r, "warning", "statistics-row-cells", &cells[w]->span,
                    numbers ? "a row of the 统计表 has %zu cells where its header has %zu, and they are no whole rows: "
                              "with numbers past the header's columns, which is its value is not known; its values "
                              "are not read (%zu cells past the first %zu)"
                            : "a row of the 统计表 has %zu cells where its header has %zu, and they are no whole rows: the "
                              "%zu non-blank cells after the first %zu are not read",
                    n, w, left, w);
    return 0;
}

/* Sets rd's columns from the header words of n cells from c on; returns the number of leading ones. */
static int header(reader *rd, const nb_cell *c, int n)
{
    int lead = 0, mine = -1, distinct = 1;
    int value_year[MAX_COLS], nvalue = 0; /* the years the value columns so far name, 0 for none (统计数) */
    unsigned values = 0;
    rd->label = rd->unit = rd->value = rd->cum = rd->seq = rd->code = rd->group = -1;
    rd->others = 0;
    int parts = 0; /* columns of a part of the year so far (第一季度 …) */
    for (int k = 0; k < n && k < MAX_COLS; k++, c = c->next) {
        const char *word = nb_cell_squeezed(rd->r, c);
        nb_stat_col kind = nb_statistics_header_word(word);
        if (kind == NB_STAT_PART) { /* not the year's value, not read */
            rd->others |= 1u << k;
            parts++;
            lead += lead == k;
            continue;
        }
        if (kind == NB_STAT_NONE && parts && nb_statistics_total_word(word)) kind = NB_STAT_VALUE; /* the year's */
        if (kind == NB_STAT_VALUE) {
            values |= 1u << k;
            int y = nb_statistics_header_year(word);
            for (int i = 0; i < nvalue; i++) distinct &= y && value_year[i] != y;
            value_year[nvalue++] = y;
            if (rd->r->year && y == rd->r->year) mine = k;
        }
        if (kind == NB_STAT_NONE) {
            if (!strcmp(word, "序号") && rd->seq < 0) rd->seq = k;
            if (!strcmp(word, "代码") && rd->code < 0) rd->code = k; /* its cells are codes, no counts */
            if ((!strcmp(word, "类别") || !strcmp(word, "分类")) && rd->group < 0 && rd->label < 0) rd->group = k;
            continue;
        }
        int *at = kind == NB_STAT_LABEL   ? &rd->label
                  : kind == NB_STAT_UNIT  ? &rd->unit
                  : kind == NB_STAT_VALUE ? &rd->value
                                          : &rd->cum;
        if (*at < 0) *at = k;
        lead += lead == k;
    }
    /* two value columns or more, each of another year; the same columns twice (a table folded in
       parts: 2013年度 … 2013年度) are no years' columns */
    rd->years = (values & (values - 1)) != 0 && distinct;
    if (rd->years) {
        rd->value = mine;
        rd->others |= values & ~(mine >= 0 ? 1u << mine : 0u);
    }
    return lead;
}

/* 统计数 over two columns (a colspan), the row under it naming them: 2016年度 | 历年累计. Sets the
 * 历年累计 column from it, and returns the first cell after it; c when the row is no such header. */
static const nb_cell *sub_header(reader *rd, const nb_cell *c)
{
    if (!c) return c;
    int value = -1, cum = -1, k = 0;
    const nb_cell *e = c;
    for (; e && e->row == c->row; e = e->next, k++) {
        const char *s = nb_cell_squeezed(rd->r, e);
        if (!*s) continue;
        nb_stat_col kind = nb_statistics_header_word(s);
        if (kind == NB_STAT_VALUE && value < 0) value = k;
        else if (kind == NB_STAT_CUM && value >= 0 && cum < 0) cum = k;
        else return c;
    }
    if (cum < 0) return c;
    if (rd->value >= 0 && k == rd->width && value == rd->value) { /* the spanned cells kept, blank: the words
                                                                      in their columns */
        rd->cum = cum;
    } else if (rd->value >= 0 && k == 2 && rd->width == rd->value + 1 && rd->value + 2 <= MAX_COLS) {
        rd->cum = rd->value + 1; /* the span's own two cells */
        rd->width = rd->value + 2;
    } else if (rd->value < 0 && k == 2 && rd->unit > rd->label && rd->unit + 3 <= MAX_COLS) {
        rd->value = rd->unit + 1; /* 统计数 above the header or left out: its two columns follow 计量单位 */
        rd->cum = rd->unit + 2;
        rd->width = rd->unit + 3;
    } else {
        return c;
    }
    return e;
}

/* The first of n rows (cells by column) whose label is numbered 一、, when rows with a label come
 * before it: in reading order the outermost heading came after rows it stands over, so those rows'
 * paths lack it. 0 when there is none such. */
static size_t outermost_after(const nb_cell *(*rows)[NB_SROW_CELLS], size_t n)
{
    int labelled = 0;
    for (size_t i = 0; i < n; i++) {
        const nb_cell *c = rows[i][0];
        if (!c) continue;
        const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
        nb_trim(&s, &e);
        nb_marker m;
        if (nb_match_marker(s, e, &m) && m.style == NB_STYLE_CN) return labelled ? i : 0;
        labelled = 1;
    }
    return 0;
}

/* Whether rows[i] is the number of the table title on the row after it, set apart from 表 in a print's
 * text (表 2 | 政府信息依申请公开情况统计表): no row, its number no value. */
static int title_number(nb_report *r, const nb_cell *(*rows)[NB_SROW_CELLS], size_t i, size_t n)
{
    const nb_cell *const *row = rows[i];
    if (!row[0] || !row[2] || i + 1 >= n || !rows[i + 1][0] || rows[i + 1][2]) return 0;
    const char *t = nb_cell_squeezed(r, row[0]), *v = nb_cell_squeezed(r, row[2]);
    const char *title = nb_cell_squeezed(r, rows[i + 1][0]);
    size_t tn = strlen(t);
    if (tn < 3 || tn > 6 || strcmp(t + tn - 3, "表") || !is_count(row[2]) || strlen(v) > 2) return 0;
    if ((row[1] && *nb_cell_squeezed(r, row[1])) || (row[3] && *nb_cell_squeezed(r, row[3]))) return 0;
    return strstr(title, "统计表") && !strstr(title, "续");
}

void nb_statistics_rows(nb_report *r, const nb_cell *(*rows)[NB_SROW_CELLS], size_t n, int cum)
{
    reader rd = {.r = r, .label = 0, .unit = 1, .value = 2, .cum = cum ? 3 : -1, .width = NB_SROW_CELLS, .seq = 4,
                 .code = -1, .group = -1, .last_code = -1};
    nb_statistic **tail = &nb_tables_get(r, NULL)->stats;
    while (*tail) tail = &(*tail)->next;
    rd.tail = tail;
    nb_numbering_init(&rd.num);
    size_t headless = outermost_after(rows, n);
    if (headless)
        nb_diag_add(r, "warning", "statistics-order", &rows[headless][0]->span,
                    "the 统计表's first row numbered 一、 comes after %zu rows it may stand over (reading order): "
                    "their place is not known, so their values are left null", headless);
    for (size_t i = 0; i < n; i++) {
        if (!rows[i][0] && rows[i][1]) {
            rd.lost = rows[i][1];
            rd.lost_said = 0;
        }
        if (title_number(r, rows, i, n)) {
            nb_diag_add(r, "info", "statistics-title-number", &rows[i][2]->span,
                        "the number of the 统计表's title (表 2), set apart from it: no row, no value");
            continue;
        }
        const nb_cell *label_only[NB_SROW_CELLS] = {rows[i][0], NULL, NULL, NULL, NULL};
        add_row(&rd, i < headless ? label_only : rows[i]);
    }
}

/* A caption in the table's first row, over its header (白沙区2015年政府信息公开情况统计表 over 统计指标 |
 * 单位 | 统计数): one cell naming a 统计表, the others blank; or text cells, none a header's 指标名称,
 * where the row after it opens with it (a form's 填报单位：… line, the period it
 * covers in another cell, 2018年度, that a PDF's reader or Word set in the table). The first cell of the
 * row after it, or head. */
static const nb_cell *past_caption(nb_report *r, const nb_cell *head)
{
    const nb_cell *c = head, *text = NULL;
    int texts = 0;
    for (; c && c->row == head->row; c = c->next) {
        const char *s = nb_cell_squeezed(r, c);
        if (!*s) continue;
        if (nb_cell_number(c, NULL) || nb_statistics_header_word(s) == NB_STAT_LABEL) return head;
        text = c;
        texts++;
    }
    if (!text || !c) return head;
    if (nb_statistics_header_word(nb_cell_squeezed(r, c)) == NB_STAT_LABEL) return c;
    return texts == 1 && strstr(nb_cell_squeezed(r, text), "统计表") ? c : head;
}

/* 统计数 alone on the row above the header (centred over the 2016年度 and 历年累计 under it, as a PDF
 * sets it): the first cell of the header's row, or head. */
static const nb_cell *past_value_above(nb_report *r, const nb_cell *head)
{
    const nb_cell *c = head;
    int words = 0;
    for (; c && c->row == head->row; c = c->next) {
        const char *s = nb_cell_squeezed(r, c);
        if (!*s) continue;
        if (nb_statistics_header_word(s) != NB_STAT_VALUE) return head;
        words++;
    }
    return words && c && nb_statistics_header_word(nb_cell_squeezed(r, c)) == NB_STAT_LABEL ? c : head;
}

/* The table from cell first read as a 统计表 a cell a line (statistics_cell_lines.h): 1 if it is one.
 * numbered: a 序号 header cell came before it. */
static int cell_lines(nb_report *r, const nb_cell *first, int numbered)
{
    nb_statline_table rows;
    if (!nb_statistics_cell_lines(r, first, numbered, &rows)) return 0;
    if (rows.n) nb_statistics_rows(r, rows.rows, rows.n, rows.cum);
    free(rows.rows);
    return 1;
}

/* Whether the row at c is a form's sign-off (nb_statline_signoff: a row of one cell merged across the
 * table, its first cell that is not blank). */
static int signoff_row(nb_report *r, const nb_cell *c)
{
    const char *s = NULL;
    for (unsigned row = c->row; c && c->row == row && !(s && *s); c = c->next) s = nb_cell_squeezed(r, c);
    return s && nb_statline_signoff((const unsigned char *)s, (const unsigned char *)s + strlen(s));
}

int nb_statistics_read(nb_report *r, const nb_rawtable *t)
{
    const nb_cell *head = t->cells;
    if (!head) return 0;
    head = past_caption(r, past_caption(r, head)); /* the table's title, then its form's 填报单位 line */
    head = past_value_above(r, head);
    nb_statline_table one;
    if (nb_statistics_list_read(r, t, &one) || /* a caption, then a list of label：value lines */
        nb_statline_read(r, t, &one)) {        /* the table on one line */
        if (one.n) nb_statistics_rows(r, one.rows, one.n, one.cum);
        free(one.rows);
        return 1;
    }
    reader rd = {.r = r, .last_code = -1};
    int n0 = 0;
    for (const nb_cell *c = head; c && c->row == head->row; c = c->next) n0++;
    /* The header is the first row (统计指标 | 单位 | 统计数 [| 历年累计]). When a copy lost the blank
     * lines, the rows after it are in the first row too: its leading header words are the header. */
    int lead = header(&rd, head, n0);
    int parts = nb_statistics_fold_parts(r, head, n0);
    const nb_cell *c = head;
    if (parts > 1) { /* folded: each part a run of the same columns, read part after part */
        header(&rd, head, n0 / parts);
        rd.width = n0 / parts;
        lead = n0;
    } else if (rd.label >= 0 && rd.label < lead && rd.value >= 0 && rd.value < lead && n0 - lead >= lead) {
        header(&rd, head, lead);
        rd.width = lead;
    } else {
        header(&rd, head, n0);
        rd.width = n0 < MAX_COLS ? n0 : MAX_COLS;
        lead = n0;
    }
    /* 计量单位 first, a cell a line: 指标名称 came elsewhere in reading order (the stream's test) */
    if (rd.label < 0) return rd.unit == 0 && n0 == 1 && cell_lines(r, head, 0);
    if (rd.value < 0 && n0 == 1 && cell_lines(r, t->cells->next, rd.seq >= 0)) return 1;
    for (int k = 0; k < lead; k++) c = c->next;
    if (rd.cum < 0) c = sub_header(&rd, c);
    if (rd.years)
        nb_diag_add(r, rd.value < 0 ? "warning" : "info", "statistics-year-columns", &head->span,
                    rd.value < 0 ? "the 统计表 has a value column for each of several years, none of them the report's "
                                   "year: which is its value is not known, its rows are not read"
                                 : "the 统计表 has a value column for each of several years: its values are those of the "
                                   "report's year, %d; the other years' numbers are not read",
                    r->year);
    if (rd.value < 0 && rd.years) return 1;
    if (rd.value < 0) {
        nb_diag_add(r, "warning", "statistics-unread", &head->span,
                    "a 统计表 header (统计指标) whose row has no 统计数 column (the header may be split over "
                    "several rows): its rows are not read");
        return 0;
    }
    nb_tables *tb = r->tables;
    nb_statistic **first = &tb->stats;
    while (*first) first = &(*first)->next;
    rd.tail = first;
    nb_numbering_init(&rd.num);
    cell_run run = {0};
    int recovered = 0;
    if (parts > 1)
        nb_diag_add(r, "info", "statistics-folded", &head->span,
                    "the 统计表 is folded into %d parts side by side (its header's %d columns %d times): read part "
                    "after part, each from its top row down", parts, rd.width, parts);
    for (int part = 0; part < parts; part++)
        for (const nb_cell *at = c; at;) {
            unsigned row = at->row;
            if (signoff_row(r, at)) {
                nb_diag_add(r, "info", "statistics-signoff", &at->span,
                            "the 统计表 ends at its form's sign-off (names, a telephone number, a date): no row");
                break;
            }
            run.n = 0;
            for (; at && at->row == row; at = at->next) {
                nb_grow(&run.v, &run.cap, run.n, sizeof *run.v);
                run.v[run.n++] = at;
            }
            if (parts > 1) read_run(&rd, run.v + (size_t)(part * rd.width), (size_t)rd.width);
            else recovered += read_run(&rd, run.v, run.n);
        }
    free(run.v);
    if (recovered)
        nb_diag_add(r, "info", "statistics-rows-recovered", &head->span,
                    "the 统计表's rows are not separated (no blank line between them): read as rows of the "
                    "header's %d cells, %d more rows than the layout shows",
                    rd.width, recovered);
    if (!*first)
        nb_diag_add(r, "warning", "statistics-unread", &head->span,
                    "a 统计表 header (统计指标 / 统计数) with no row under it that could be read");
    return 1;
}

/* A paragraph's text as a header word; a long one is none (and is not copied to find out). */
static nb_stat_col para_word(nb_report *r, const nb_para *p)
{
    const unsigned char *s = (const unsigned char *)p->text.p;
    return p->text.n > 64 ? NB_STAT_NONE : nb_statistics_header_word(nb_squeeze(&r->arena, s, s + p->text.n));
}

/* Whether paragraph p is a 统计表 header on one line whose words are apart by blanks (统计指标 单位
 * 统计数, twice for a folded table): the columns of a table laid out by position that were not found,
 * so that its rows came out as text. */
static int line_header(nb_report *r, const nb_para *p)
{
    enum { HEADER_BYTES = 256 };
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
    if (p->text.n > HEADER_BYTES) return 0;
    int words = 0;
    for (s = nb_skip_blanks(s, e); s < e; s = nb_skip_blanks(s, e)) {
        const unsigned char *w = s;
        while (s < e && !nb_blank_at(s, e)) s += nb_u8len(s, e);
        nb_stat_col kind = nb_statistics_header_word(nb_squeeze(&r->arena, w, s));
        if (kind == NB_STAT_NONE || (words++ == 0 && kind != NB_STAT_LABEL)) return 0;
    }
    return words >= 2;
}

/* A 统计表 header that came out as text (统计指标, 单位, 统计数 one a line, without the cell
 * separators that make a table; or on one line, its columns not found): its rows were read as text,
 * so it is said. */
static void text_header(nb_report *r, const nb_para *p)
{
    for (; p; p = p->next) {
        if (line_header(r, p)) {
            nb_diag_add(r, "warning", "statistics-unread", &p->span,
                        "a 统计表 header (统计指标 / 单位 / 统计数) on a line of text whose columns were not found "
                        "(a print whose rows do not keep their columns): its rows are read as text, not as "
                        "statistics");
            continue;
        }
        if (para_word(r, p) != NB_STAT_LABEL) continue;
        const nb_para *q = p->next;
        int value = 0;
        for (int k = 0; q && k < MAX_COLS; k++, q = q->next) {
            nb_stat_col kind = para_word(r, q);
            if (kind == NB_STAT_NONE || kind == NB_STAT_LABEL) break;
            value |= kind == NB_STAT_VALUE;
        }
        if (value)
            nb_diag_add(r, "warning", "statistics-unread", &p->span,
                        "a 统计表 header (统计指标 / 单位 / 统计数) written as lines of text, without the tabs "
                        "or cell separators of a table: its rows are read as text, not as statistics");
    }
}

static void read_sections(nb_report *r, const nb_section *s)
{
    for (; s; s = s->next) {
        for (const nb_rawtable *t = s->tables; t; t = t->next) nb_statistics_read(r, t);
        text_header(r, s->paras);
        read_sections(r, s->children);
    }
}

void nb_statistics_read_all(nb_report *r)
{
    for (const nb_rawtable *t = r->preamble_tables; t; t = t->next) nb_statistics_read(r, t);
    text_header(r, r->preamble);
    read_sections(r, r->sections);
}
