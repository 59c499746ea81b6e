/* stream_stats.c — the 统计表 (statistics tables) that are not drawn as tables: a cell a line under
 * its header word (statcells.h), a row a line under a header of blank-separated words (statline.h), a
 * list under its caption (statlist.h), and the rules and captions around one set in <pre>. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numbers.h"
#include "rule.h"
#include "statcells.h"
#include "statline.h"
#include "statlist.h"
#include "utf8.h"

#include "stream_int.h"

/* A line that is a 统计表's first header word (统计指标, 指标名称: no prose is only that). A copy without
 * tabs gives the table as one cell a line, and its numbered rows (一、主动公开情况, （一）…) would read
 * as headings: after this line they are its cells. */
int nbs_is_stats_header(nb_parse_ctx *c, const nb_tok *t)
{
    if (nb_u8count(t->s, t->e) > 12 || !c->stats_head) return 0;
    int word = c->stats_head(c->r, t->s, t->e);
    if (word == NB_HEAD_LABEL) return 1;
    if (word != NB_HEAD_UNIT) return 0;
    /* 计量单位 with the value columns' words on the lines after it (2012年度, 历年累计): pdftotext in
       reading order sets the header so when 指标名称 is centred down the label column, and that word
       comes among the rows (statistics.c skips it there) */
    const unsigned char *lim = c->lx.lim, *p = nbs_next_line(c, t);
    for (int k = 0; k < 4 && p < lim; k++) {
        const unsigned char *e = nb_line_end(p, lim), *s = nb_skip_blanks(p, e);
        if (s < e) {
            int next = nb_u8count(s, e) > 12 ? NB_HEAD_NONE : c->stats_head(c->r, s, e);
            return next == NB_HEAD_VALUE;
        }
        p = e < lim ? e + 1 : lim;
    }
    return 0;
}

/* The characters of [s, e) but blanks (aligned columns pad a row with many). */
static size_t visible_chars(const unsigned char *s, const unsigned char *e)
{
    size_t n = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        p += nb_u8len(p, e);
        n++;
    }
    return n;
}

/* A line of such a table: a label (其中：… and notes in brackets too), a unit or a number; a sentence
 * a note (注：…) or a long line is prose after it. */
int nbs_is_stats_line(const nb_tok *t)
{
    static const char *const notes[] = {"注", "（注", "(注", "备注"}; /* a note under the table */
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
        if ((size_t)(t->e - t->s) >= strlen(notes[i]) && !memcmp(t->s, notes[i], strlen(notes[i]))) return 0;
    if (nb_statline_signoff(t->s, t->e)) return 0; /* the form's sign-off ends it */
    if (!t->inline_start && nb_statline_form_line(t->s, t->e)) return 1; /* its 填报单位 line at a page's top */
    return !t->inline_start && visible_chars(t->s, t->e) <= 60 && !nb_find(t->s, t->e, "。") && !nb_find(t->s, t->e, "；") &&
           !nb_statcell_date(t->s, t->e);
}

/* In such a table, the heading that ends it: the next section of the outline's first level (八、 after
 * 七、), unless it is also the next of the table's own rows, whose numbering starts anew (its 十二、
 * after its 十一、 in a report of eleven sections). */
int nbs_ends_stats_table(nb_parse_ctx *c, const nb_tok *t)
{
    const nb_numbering *n = &c->numbering;
    if (!c->stats_style) c->stats_style = (int)t->m.style + 1; /* (+1: 0 is none yet) */
    if ((int)t->m.style + 1 == c->stats_style && t->m.num == c->stats_last + 1) {
        c->stats_last = t->m.num;
        return 0;
    }
    return n->depth > 0 && t->m.style == n->open[0].style && t->m.num == n->open[0].last + 1 && t->m.num > 1;
}

/* A 统计表 header alone on its line, blanks between its words (指标名称 计量单位 2011年度 历年累计): its
 * rows follow a line each, and are read by statistics_line.c. */
int nbs_is_statline_header(const nb_parse_ctx *c, const nb_tok *t)
{
    if (t->inline_start) return 0;
    const unsigned char *h = nb_statline_header(t->s, t->e, NULL);
    if (h) return nb_skip_blanks(h, t->e) == t->e;
    const unsigned char *lim = c->lx.lim, *n = nb_next_line(t->e, lim);
    if (nb_statline_label_unit_total(t->s, t->e)) { /* 指标名称 计量单位 历年累计, the years under 统计数 next */
        nb_slcols k;
        return nb_statline_years_under(n, nb_line_end(n, lim), &k) != NULL;
    }
    if (!nb_statline_label_unit(t->s, t->e)) return 0;
    /* 指标名称 计量单位 alone, the value columns named on the next line (2016年度 历年累计), or on the
       line after 统计数 alone */
    if (nb_statline_spanning(n, nb_line_end(n, lim))) n = nb_next_line(nb_line_end(n, lim), lim);
    return nb_statline_subheader(n, nb_line_end(n, lim)) != NULL;
}

/* A line that starts as such a header and goes on with a few words no 统计表 column is known by
 * (上年数): its rows are not read, and that is said rather than left to look like prose. */
void nbs_say_unknown_columns(nb_parse_ctx *c, const nb_tok *t)
{
    if (t->inline_start) return;
    const unsigned char *h = nb_statline_header(t->s, t->e, NULL);
    const unsigned char *rest = h ? nb_skip_blanks(h, t->e) : NULL;
    if (!rest || rest == t->e || nb_u8count(rest, t->e) > 16) return;
    nb_span sp = nbs_tok_span(c, t, rest);
    nb_diag_add(c->r, "warning", "statistics-unread", &sp,
                "a 统计表 header with a column nianbao does not know (%.*s): its rows are read as text, not as "
                "statistics", (int)(t->e - rest), rest);
}

void nbs_start_statline(nb_parse_ctx *c, nb_tok *t)
{
    nbs_leave_table(c);
    nbs_push_cell(c, t, t->s, t->e, 0);
    c->statline = 1;
    c->statline_numbered = nb_statline_numbered(t->s, t->e);
    c->stats_style = c->stats_last = 0;
}

/* The start of the line after blank token t. */
const unsigned char *nbs_blank_line_end(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *p = t->line_s ? t->line_s : t->s;
    const unsigned char *nl = memchr(p, '\n', (size_t)(c->lx.lim - p));
    return nl ? nl + 1 : c->lx.lim;
}

/* Pushes t's line up to e as one cell (of a new row unless it starts the table), the line's other
 * tokens skipped. */
static void line_cell(nb_parse_ctx *c, const nb_tok *t, const unsigned char *e, int new_row)
{
    const unsigned char *s = t->s;
    nb_trim(&s, &e);
    nbs_push_cell(c, t, s, e, new_row);
    while (nbs_peek_tok(c)->kind != NB_T_EOF && c->look.line == t->line) c->have_look = 0;
}

/* A line of such a table: a row of it, whole, as one cell (a numbered one is no heading). */
int nbs_statline_row(nb_parse_ctx *c, nb_tok *t)
{
    if (!c->statline || t->inline_start || !nbs_is_stats_line(t)) return 0;
    if (t->kind == NB_T_HEADING && (nb_match_known_title(t->title_s, c->lx.lim) || nbs_ends_stats_table(c, t)))
        return 0;
    /* a row of a table with a 序号 column begins with its number (1   一、主动公开情况): the lexer ends
       the token at the label's marker, but the line is one row */
    const unsigned char *e = nb_line_end(t->s, c->lx.lim);
    nb_marker m; /* a numbered row with its values (四、行政复议数量 件 2): the table's numbering goes on */
    if (t->kind != NB_T_HEADING && c->stats_style && nb_marker_at(nb_skip_blanks(t->s, e), e, &m) &&
        (int)m.style + 1 == c->stats_style && m.num == c->stats_last + 1)
        c->stats_last = m.num;
    if (c->statline_numbered && e > t->e) {
        line_cell(c, t, e, 1);
        return 1;
    }
    nbs_push_cell(c, t, t->s, t->e, 1);
    return 1;
}

/* A 统计表 written as a list (statlist.h): its caption starts it where a row of it follows. */
int nbs_statlist_start(nb_parse_ctx *c, const nb_tok *t)
{
    /* (the token's end: Markdown's ** around a caption in bold are not part of it) */
    if (t->inline_start || (t->kind != NB_T_TEXT && t->kind != NB_T_META) || !nb_statlist_caption(t->s, t->e) ||
        !nb_statlist_goes_on(nbs_next_line(c, t), c->lx.lim))
        return 0;
    nbs_leave_table(c);
    line_cell(c, t, t->e, 0);
    c->statlist = 1;
    return 1;
}

/* In such a list, a line of it is a row (a numbered one is no heading); any other line ends it. */
int nbs_statlist_row(nb_parse_ctx *c, const nb_tok *t)
{
    if (t->kind == NB_T_BLANK || t->kind == NB_T_JUNK || t->kind == NB_T_EOF) return 0;
    const unsigned char *e = nb_line_end(t->s, c->lx.lim);
    nb_statlist_row row;
    if (!t->inline_start && (nb_statlist_row_at(t->s, e, &row) ||
                             (nb_statlist_label(t->s, e) && nb_statlist_goes_on(nbs_next_line(c, t), c->lx.lim)))) {
        line_cell(c, t, e, 1);
        return 1;
    }
    nbs_leave_table(c);
    return 0;
}

/* The next line after t's that is not blank is a rule of dashes. */
int nbs_rule_next(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *p = nbs_next_line(c, t), *lim = c->lx.lim;
    while (p < lim) {
        const unsigned char *e = nb_line_end(p, lim);
        if (nb_skip_blanks(p, e) < e) return nb_dash_rule(p, e);
        p = e < lim ? e + 1 : lim;
    }
    return 0;
}

/* A TAB row whose one cell that is not blank is a caption naming a 统计表 (the PDF reader's line of a
 * caption over a table set in <pre>). */
int nbs_caption_row(const nb_tok *t)
{
    const unsigned char *cell = NULL, *cell_e = NULL;
    for (const unsigned char *s = t->s, *p = t->s;; p++) {
        if (p < t->e && *p != '\t') continue;
        const unsigned char *a = s, *b = p;
        nb_trim(&a, &b);
        if (a < b) {
            if (cell) return 0;
            cell = a, cell_e = b;
        }
        if (p == t->e) break;
        s = p + 1;
    }
    return cell && nb_statlist_caption(cell, cell_e);
}

/* The last line before t's that is not blank ends with a number (a row's value). */
int nbs_after_value(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *e = t->line_s ? t->line_s : t->s, *buf = c->lx.buf;
    while (e > buf && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) e--;
    const unsigned char *s = e;
    while (s > buf && s[-1] != '\n' && s[-1] != '\r' && s[-1] != ' ' && s[-1] != '\t') s--;
    return s < e && nb_is_number(s, e, NULL);
}

/* A line of a 统计表 written a cell a line (statcells.h): a cell of its header or of a row, or 0
 * where the line ends that reading and is taken as before. */
int nbs_stats_cell(nb_parse_ctx *c, nb_tok *t)
{
    if (!c->stats_table || t->inline_start ||
        (t->kind != NB_T_BLANK && t->kind != NB_T_TEXT && t->kind != NB_T_HEADING)) {
        c->stats_width = 0;
        return 0;
    }
    const nb_statcell kind = t->kind == NB_T_BLANK ? NB_SC_EMPTY : nb_statcell_kind(t->s, t->e);
    /* among the header's words, the form's row of column codes (甲 / 乙 / 丙 / 1): no cells, or the
       header would seem as wide as the two rows together */
    if (c->stats_width < 0 && t->kind == NB_T_TEXT && nb_statline_letters(t->s, t->e)) {
        c->stats_codes = 1;
        return 1;
    }
    if (c->stats_width < 0 && c->stats_codes && kind == NB_SC_VALUE) return 1;
    int new_row;
    if (!nb_statcells_step(&c->stats_width, &c->stats_pos, kind, t->kind == NB_T_HEADING, &new_row)) return 0;
    nbs_push_cell(c, t, t->s, kind == NB_SC_EMPTY ? t->s : t->e, new_row);
    return 1;
}
