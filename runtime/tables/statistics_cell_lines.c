/* statistics_cell_lines.c — a 统计表 whose cells came a line each; see statistics_cell_lines.h. */
#include "statistics_cell_lines.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "statistics_line.h"
#include "statistics_words.h"
#include "statline.h"
#include "utf8.h"

/* Cell c, a year alone on its row, and the next cell 年度 or 年 alone on the next: a value column's
 * header word (2012年度) wrapped in a narrow column. */
static int year_split(nb_report *r, const nb_cell *c)
{
    const nb_cell *n = c->next;
    if (!n || n->row == c->row || (n->next && n->next->row == n->row) || c->raw.n > 8 || n->raw.n > 16) return 0;
    char word[32];
    snprintf(word, sizeof word, "%s%s", nb_cell_squeezed(r, c), nb_cell_squeezed(r, n));
    return strlen(nb_cell_squeezed(r, c)) == 4 && nb_statistics_header_word(word) == NB_STAT_VALUE;
}

/* The kind of a row of the header: the word of its one cell, or of all of its cells when they name
 * one value column, 统计数 over the year it is for (统计数 / 2016年度 on two lines of one
 * paragraph, as text in reading order gives a header over two rows); NB_STAT_NONE otherwise.
 * *next: the first cell after the row. */
static nb_stat_col header_row(nb_report *r, const nb_cell *c, const nb_cell **next)
{
    nb_stat_col kind = nb_statistics_header_word(nb_cell_squeezed(r, c));
    const nb_cell *e = c->next;
    if (kind == NB_STAT_NONE && year_split(r, c)) { /* 2012 / 年度: a narrow column wraps its word */
        *next = e->next;
        return NB_STAT_VALUE;
    }
    for (; e && e->row == c->row; e = e->next)
        if (kind != NB_STAT_VALUE || nb_statistics_header_word(nb_cell_squeezed(r, e)) != NB_STAT_VALUE)
            return NB_STAT_NONE;
    *next = e;
    return kind;
}

/* Cell c names the two value columns (2016 年度 历年累计: Word's print, the column words on one
 * line under 统计数, in pdftotext's reading order). */
static int value_columns_line(const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    nb_trim(&s, &e);
    const unsigned char *h = nb_statline_subheader(s, e);
    return h && nb_skip_blanks(h, e) == e;
}

/* The row from cell c names the two value columns: one cell (value_columns_line), or a cell a line
 * in one paragraph, 统计数 / 2016年度 / 历年累计 (chromium's print in reading order). *next: the
 * cell after it. */
static int value_columns(nb_report *r, const nb_cell *c, const nb_cell **next)
{
    if (value_columns_line(c)) {
        *next = c->next;
        return 1;
    }
    int values = 0;
    for (const nb_cell *e = c; e && e->row == c->row; e = e->next) {
        nb_stat_col kind = nb_statistics_header_word(nb_cell_squeezed(r, e));
        if (kind == NB_STAT_VALUE && values >= 0) values++;
        else if (kind == NB_STAT_CUM && values > 0) values = -1; /* the last */
        else return 0;
        *next = e->next;
    }
    return values < 0;
}

/* Whether the header's lines right before cell c, blank ones aside, open with 序号: a header a cell a
 * line whose first words the text set apart from the rest (a page's header repeated, in reading
 * order: 序号 / 统计指标 before the table that starts at 单位). */
static int seq_before(nb_report *r, const nb_cell *c)
{
    enum { LINES = 8 };
    const char *t = r->text.data, *p = t + c->span.byte;
    char word[64];
    for (int lines = 0; lines < LINES && p > t; lines++) {
        const char *s = p - 1; /* the line before: [s, p - 1) */
        while (s > t && s[-1] != '\n') s--;
        const unsigned char *ws = (const unsigned char *)s, *we = (const unsigned char *)p - 1;
        p = s;
        nb_trim(&ws, &we);
        if (ws == we) continue;
        if ((size_t)(we - ws) >= sizeof word) return 0;
        memcpy(word, ws, (size_t)(we - ws));
        word[we - ws] = 0;
        if (!strcmp(word, "序号")) return 1;
        if (nb_statistics_header_word(word) == NB_STAT_NONE) return 0;
    }
    return 0;
}

/* A copy of cell c set before cell `then`. */
static const nb_cell *before(nb_report *r, const nb_cell *c, const nb_cell *then)
{
    nb_cell *copy = nb_arena_alloc(&r->arena, sizeof *copy);
    *copy = *c;
    copy->next = (nb_cell *)then;
    return copy;
}

int nb_statistics_cell_lines(nb_report *r, const nb_cell *first, int numbered, nb_statline_table *out)
{
    const nb_cell *c = first, *next = NULL, *early = NULL, *after = NULL;
    int value = 0, cum = 0, unit = 0;
    for (; c; c = next) {
        nb_stat_col kind = header_row(r, c, &next);
        if (kind == NB_STAT_NONE && !cum && value_columns(r, c, &next)) { /* (统计数 /) 2016 年度 历年累计 */
            value = cum = 1;
            continue;
        }
        if (kind == NB_STAT_NONE && !early && !value && !nb_cell_number(c, NULL) && c->next &&
            (header_row(r, c->next, &after) > NB_STAT_LABEL || value_columns(r, c->next, &after))) {
            /* the first row's label among the header's words (计量单位 / 一、主动公开情况 / 统计数: a
               taller header cell ends lower in reading order): read as the first cell after them */
            early = c;
            next = c->next;
            continue;
        }
        if (kind == NB_STAT_NONE || kind == NB_STAT_LABEL) break;
        if (kind == NB_STAT_PART) return 0; /* columns of parts of the year: a row's cells are more than its values */
        if ((kind == NB_STAT_VALUE && (value || cum)) || (kind == NB_STAT_UNIT && (unit || value)) ||
            (kind == NB_STAT_CUM && (cum || !value)))
            return 0; /* not the order of a header: 单位, 统计数, 历年累计 once each */
        value |= kind == NB_STAT_VALUE;
        cum |= kind == NB_STAT_CUM;
        unit |= kind == NB_STAT_UNIT;
    }
    if (!value || !c) return 0;
    if (early) c = before(r, early, c);
    /* a blank cell keeps its place in such a copy (a TAB line): cells cut into rows by what they are
       would lose it, so the layout is not this one (lynx prints no line for an empty cell) */
    for (const nb_cell *b = c; b; b = b->next)
        if (!*nb_cell_squeezed(r, b)) return 0;
    nb_statline_cells(r, c, cum, numbered || seq_before(r, first), out);
    out->cum = cum;
    if (!out->n)
        nb_diag_add(r, "warning", "statistics-unread", &first->span,
                    "a 统计表 header (统计指标 / 单位 / 统计数) a cell a line, with no row after it that could be read");
    return 1;
}
