/* stream_table.c — the tables of the outline's text: a cell and its wrapped end, a row on one line
 * (pipes, tabs, a label and its numbers), a row label wrapped over lines, the short lines of a table
 * section that are its rows, the empty lines that are empty cells, and which sections hold tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "barrow.h"
#include "numbers.h"
#include "celllines.h"
#include "utf8.h"

#include "stream_int.h"

/* A number alone on its line in a table of a cell a line, and a bracketed note alone on the next
 * (5 / （其中修订2件）): one cell of two paragraphs, which docx2txt and LibreOffice's text export
 * write a line each; the note joins its number's cell, as 22（其中修订16件） on one line is read. */
void nbs_join_cell_note(nb_parse_ctx *c, nb_tok *t)
{
    if (!c->in_table || c->table_wide || !nb_is_number(t->s, t->e, NULL)) return;
    const nb_tok *n = nbs_peek_tok(c);
    if (n->kind != NB_T_TEXT || n->inline_start || n->line != t->line + 1 || n->e - n->s < 6 ||
        memcmp(n->s, "（", 3) != 0 || memcmp(n->e - 3, "）", 3) != 0 || nb_u8count(n->s, n->e) > 20)
        return;
    t->e = n->e;
    c->have_look = 0;
}

/* A line right under a cell, short and without a tab, is the cell's wrapped end (商业\n企业, \t\n0). */
static int is_continuation(uint32_t cell_line, const nb_tok *next)
{
    if (next->inline_start || next->line != cell_line + 1) return 0;
    if (next->kind != NB_T_TEXT && next->kind != NB_T_HEADING && next->kind != NB_T_ROW) return 0;
    return nb_u8count(next->s, next->e) <= 12 && next->kind != NB_T_HEADING;
}

void nbs_on_cell(nb_parse_ctx *c, nb_tok *t)
{
    const unsigned char *e = t->e;
    uint32_t last_line = t->line;
    for (;;) {
        const nb_tok *n = nbs_peek_tok(c);
        if (!is_continuation(last_line, n)) break;
        e = n->e;
        last_line = n->line;
        c->have_look = 0;
    }
    nbs_push_cell(c, t, t->s, e, 0);
}

/* The blank-separated numbers [p, e) of t's line, a cell each. */
static void push_numbers(nb_parse_ctx *c, const nb_tok *t, const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && !nb_blank_at(q, e)) q++;
        /* a unit alone after the number, one cell with it (1 件: nb_trailing_numbers) */
        const unsigned char *u = nb_skip_blanks(q, e), *ue = u;
        while (ue < e && !nb_blank_at(ue, e)) ue++;
        if (u > q && q[-1] >= '0' && q[-1] <= '9' && nb_unit_word(u, ue)) q = ue;
        nbs_push_cell(c, t, p, q, 0);
        p = nb_skip_blanks(q, e);
    }
}

/* A Markdown pipe cell [*s, *e) set in bold or italics whole (| **（七）总计** | **37** |, as a chat
 * assistant writes a total row): the marks dropped, the cell's text between them. */
static void drop_emphasis(const unsigned char **s, const unsigned char **e)
{
    const unsigned char *a = *s, *b = *e;
    nb_trim(&a, &b);
    if (b - a < 3 || (*a != '*' && *a != '_')) return;
    size_t m = a[1] == *a && b[-2] == *a && b - a > 4 ? 2 : 1; /* **bold** or *italics* */
    if (b[-1] != *a || (m == 2 && b[-2] != *a)) return;
    *s = a + m;
    *e = b - m;
}

/* The cells of a row [s, e) between the separators sep (| or TAB), the first one starting the row. */
static void push_split(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                       unsigned char sep)
{
    int first = 1;
    for (const unsigned char *p = s;; p++) {
        if (p == e || *p == sep) {
            const unsigned char *cs = s, *ce = p;
            if (sep == '|') drop_emphasis(&cs, &ce);
            nbs_push_cell(c, t, cs, ce, first);
            first = 0;
            if (p == e) break;
            s = p + 1;
        }
    }
}

/* A row on one line: pipes, tabs, or a label and its numbers. */
void nbs_on_row(nb_parse_ctx *c, nb_tok *t)
{
    const unsigned char *s = t->s, *e = t->e;
    if (*s == '|' && nb_bar_row_spread(c->lx.buf, c->lx.lim, s, e)) {
        if (!c->spread_line || t->line > c->spread_line + 200) { /* once a table */
            nb_span sp = nbs_tok_span(c, t, s);
            nb_diag_add(c->r, "warning", "row-spread", &sp,
                        "a drawn table left as it was, whose rows run over several lines (a number or label "
                        "wrapped in its cell): a line of a row is not read as the row");
        }
        c->spread_line = t->line;
        return;
    }
    if (*s == '|') {
        /* a Markdown separator row (|---|:--:|) holds no cells */
        int sep = 1;
        for (const unsigned char *p = s; p < e && sep; p++)
            sep = *p == '|' || *p == '-' || *p == ':' || *p == ' ' || *p == '\t';
        if (sep) return;
        s++;
        if (e > s && e[-1] == '|') e--;
        push_split(c, t, s, e, '|');
        return;
    }
    if (memchr(s, '\t', (size_t)(e - s))) {
        push_split(c, t, s, e, '\t');
        return;
    }
    int count;
    const unsigned char *run = nb_trailing_numbers(s, e, &count);
    const unsigned char *le = run;
    nb_trim(&s, &le);
    nbs_push_cell(c, t, s, le, 1);
    push_numbers(c, t, run, e);
}

/* A row label wrapped over lines of its cell (wraplabel.h): one cell, the row's numbers on those
 * lines after it; the lines joined give no other token. */
int nbs_wrapped_row(nb_parse_ctx *c, const nb_tok *t)
{
    nb_wrapped w;
    if (!c->row_label || !c->table_section || c->stats_table || t->inline_start ||
        !nb_wrapped_label(&c->r->arena, t->s, c->lx.lim, c->row_label, c->spanning, &w))
        return 0;
    nbs_push_cell(c, t, t->s, t->s, 1);
    nb_cell *label = c->queue[c->qlen - 1].value; /* the label is the pieces joined, not one range */
    label->raw.p = w.label;
    label->raw.n = w.n;
    nb_tok at = *t; /* the numbers' line, for their spans */
    if (w.num_line) {
        at.line += w.num_line;
        at.line_s = w.num_line_s;
    }
    push_numbers(c, &at, w.num_s, w.num_e);
    while (nbs_peek_tok(c)->kind != NB_T_EOF && c->look.line <= t->line + w.lines) c->have_look = 0;
    return 1;
}

int nb_is_table_section(const nb_section *s)
{
    const unsigned char *t = (const unsigned char *)s->title.p;
    return t && nb_title_holds_tables(t, t + s->title.n);
}

static int has_tables(const nb_section *s)
{
    if (s->tables) return 1;
    for (const nb_section *c = s->children; c; c = c->next)
        if (has_tables(c)) return 1;
    return 0;
}

void nb_mark_glued_tables(nb_section *sections)
{
    for (nb_section *s = sections; s; s = s->next) s->glued_tables = s->table_frame && !has_tables(s);
}

/* Characters of [s, e), a run of blanks counted as one: the padding a tool aligns columns with
 * (pdftotext -layout: 行政许可, 37 blanks, 413) does not make a line long. */
static size_t chars_unpadded(const unsigned char *s, const unsigned char *e)
{
    size_t n = 0;
    for (const unsigned char *p = s; p < e; n++) {
        size_t b = nb_blank_at(p, e);
        p = b ? nb_skip_blanks(p, e) : p + nb_u8len(p, e);
    }
    return n;
}

/* In a table section, a short line without clause punctuation is a row of the table, laid out one
 * cell or one row per line without tabs (规章 / 1 / 0 / 3, or 行政许可  15). The numbers at its end
 * are looked at as numbers: a comma there groups thousands (行政许可  26,590, or 4,861 alone). */
int nbs_is_table_line(const nb_tok *t)
{
    if (t->inline_start || chars_unpadded(t->s, t->e) > 40) return 0;
    /* a number alone is a cell, its comma a thousands separator (lynx writes each cell on a line of
       its own, and a narrow cell of table 三 in reading order so too: 4,861); nb_trailing_numbers wants
       a label before its numbers */
    const unsigned char *s = t->s, *e = t->e;
    nb_trim(&s, &e);
    if (nb_is_number(s, e, NULL) || nb_cut_number(s, e)) return 1;
    int count;
    const unsigned char *words = nb_trailing_numbers(t->s, t->e, &count);
    if (nb_cut_number(t->s, words)) return 1; /* its comma no clause's (１，３ １９: a cut number first) */
    static const char *const stops[] = {"。", "；", "，", "：", ",", ";", ":"};
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
        if (nb_find(t->s, words, stops[i])) return 0;
    return 1;
}

/* A blank line t that is an empty cell of docx2txt's table of a cell a line (celllines.h). */
int nbs_is_centred_empty_cell(nb_parse_ctx *c, const nb_tok *t)
{
    if (!c->in_table || c->table_wide || !t->line_s) return 0;
    if (t->line_s < c->pad_run_end) return c->pad_run_cell; /* a line of the run asked about: its answer */
    const unsigned char *end;
    const int cell = nb_centred_empty_cell(c->lx.buf, c->lx.lim, t->line_s, &end);
    if (end) {
        c->pad_run_end = end;
        c->pad_run_cell = cell;
    }
    return cell;
}

/* After a row label of table 三 in a table of a cell a line, not in a print's text (form feeds:
 * pdftotext leaves a blank cell out and sets blocks apart by empty lines): the cells to come whose
 * empty lines are empty cells (celllines.h), or 0. */
int nbs_row_with_empty_lines(nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *lim = c->lx.lim;
    if (!c->in_table || c->table_wide || !c->table_section || t->inline_start ||
        !nb_match_table_label(t->kind == NB_T_HEADING ? t->title_s : t->s, lim))
        return 0;
    if (!c->form_feeds) c->form_feeds = memchr(c->lx.buf, '\f', (size_t)(lim - c->lx.buf)) ? 2 : 1; /* once a text */
    if (c->form_feeds == 2) return 0;
    return nb_row_cells_below(nbs_next_line(c, t), lim);
}
