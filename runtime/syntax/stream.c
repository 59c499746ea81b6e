/* stream.c — from the lexer's line tokens to the outline grammar's tokens.
 *
 * Here the context of a line decides what it is: a heading gets its level from the open lists
 * (numbering.c), a numbered running sentence stays a paragraph, a short line under a table cell is
 * the cell's wrapped end, a numbered table label inside a table is a row and not a section, page
 * headers go to meta and page noise is dropped with a diagnostic. Inside a line, a marker whose first
 * sentence is too long for a title (a weak one) is a heading only where the open lists expect it and a
 * title can be told from its text; else it is text, and stays on the paragraph it interrupts. Word's
 * HTML leftovers are removed from titles and text wherever they are.
 *
 * This file holds the queue of grammar tokens, paragraphs and cells, page headers (meta) and noise,
 * and produce(), which decides; the rows and cells of tables are stream_table.c's, the 统计表 written
 * in other shapes stream_stats.c's, headings stream_heading.c's (stream_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "outline.h"
#include "rule.h"
#include "statline.h"
#include "stream_int.h"
#include "utf8.h"

void nb_stream_init(nb_parse_ctx *c, nb_report *r, nb_line_test stats_head)
{
    memset(c, 0, sizeof *c);
    c->r = r;
    c->stats_head = stats_head;
    nb_lexer_init(&c->lx, r->text.data, r->text.len);
    nb_numbering_init(&c->numbering);
}

nb_span nb_span_at(nb_parse_ctx *c, const unsigned char *line_s, uint32_t line, const unsigned char *p)
{
    if (c->col_line != line_s || p < c->col_at) {
        c->col_line = c->col_at = line_s;
        c->col_n = 1;
    }
    c->col_n += (uint32_t)nb_u8count(c->col_at, p);
    c->col_at = p;
    nb_span s = {line, c->col_n, (size_t)(p - c->lx.buf)};
    return s;
}

nb_span nbs_tok_span(nb_parse_ctx *c, const nb_tok *t, const unsigned char *p)
{
    return nb_span_at(c, t->line_s, t->line, p);
}

static void next_tok(nb_parse_ctx *c, nb_tok *t)
{
    if (c->have_look) {
        *t = c->look;
        c->have_look = 0;
    } else {
        nb_lex(&c->lx, t);
    }
}

const nb_tok *nbs_peek_tok(nb_parse_ctx *c)
{
    if (!c->have_look) {
        nb_lex(&c->lx, &c->look);
        c->have_look = 1;
    }
    return &c->look;
}

/* Queues a grammar token; a row on one line gives one token per cell, so the queue grows. */
void nbs_push(nb_parse_ctx *c, int kind, void *value, nb_span first, nb_span last)
{
    nb_grow(&c->queue, &c->qcap, c->qlen, sizeof *c->queue);
    nb_qtok *q = &c->queue[c->qlen++];
    q->kind = kind;
    q->value = value;
    q->loc.first = first;
    q->loc.last = last;
}

/* Reports a piece of noise dropped from [s, e) of a token's line; the message quotes it (its start and
 * its end when long), the span points at its start. */
void nbs_drop_range(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                    const char *what)
{
    nb_span sp = nbs_tok_span(c, t, s);
    int n = (int)(e - s), tail = 0;
    if (n > 300) { /* the first 200 bytes and the last 60, after an ellipsis */
        const unsigned char *ts = e - 60;
        while (ts < e && (*ts & 0xC0) == 0x80) ts++;
        tail = (int)(e - ts);
        n = 200;
    }
    while (n > 0 && n < (int)(e - s) && (s[n] & 0xC0) == 0x80) n--;
    if (tail)
        nb_diag_add(c->r, "info", "junk-dropped", &sp, "dropped %s: %.*s … %.*s", what, n, (const char *)s,
                    tail, (const char *)(e - tail));
    else
        nb_diag_add(c->r, "info", "junk-dropped", &sp, "dropped %s: %.*s", what, n, (const char *)s);
}

/* [s, e) without Word's HTML leftovers (<!--[if !supportLists]-->, <!--[endif]-->) wherever they are in
 * the line: a copy in the arena when there are any, each one reported. Where pieces is not NULL it gets
 * the copy's pieces and where each was in the input (NULL when the text is [s, e) itself). */
nb_str nbs_clean_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                      const nb_textpiece **pieces, size_t *npieces)
{
    nb_str out = {(const char *)s, (size_t)(e - s)};
    if (pieces) *pieces = NULL, *npieces = 0;
    char *copy = NULL;
    nb_textpiece *piece = NULL;
    size_t n = 0, np = 0, cap = 0;
    const unsigned char *from = s;
    for (const unsigned char *p = s; p < e && (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
        const unsigned char *w = nb_match_word_comment(p, c->lx.lim);
        if (!w || w > e) continue;
        if (!copy) {
            copy = nb_arena_alloc(&c->r->arena, (size_t)(e - s) + 1);
            nb_grow(&piece, &cap, np, sizeof *piece);
            piece[np++] = (nb_textpiece){copy, s};
        }
        memcpy(copy + n, from, (size_t)(p - from));
        n += (size_t)(p - from);
        nbs_drop_range(c, t, p, w, "Word HTML comment");
        nb_grow(&piece, &cap, np, sizeof *piece);
        piece[np++] = (nb_textpiece){copy + n, w};
        from = w;
        p = w - 1;
    }
    if (!copy) return out;
    memcpy(copy + n, from, (size_t)(e - from));
    n += (size_t)(e - from);
    copy[n] = 0;
    if (pieces) {
        nb_textpiece *kept = nb_arena_alloc(&c->r->arena, np * sizeof *kept);
        memcpy(kept, piece, np * sizeof *kept);
        *pieces = kept;
        *npieces = np;
    }
    free(piece);
    const unsigned char *cs = (const unsigned char *)copy, *ce = cs + n;
    nb_trim(&cs, &ce);
    out.p = (const char *)cs;
    out.n = (size_t)(ce - cs);
    return out;
}

void nbs_push_para(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s >= e) return;
    nb_para *p = nb_arena_alloc(&c->r->arena, sizeof *p);
    p->text = nbs_clean_text(c, t, s, e, &p->pieces, &p->npieces);
    if (p->text.n == 0) return;
    p->span = nbs_tok_span(c, t, nb_para_source(p, p->text.p)); /* past a leftover that started the line */
    p->next = NULL;
    nbs_push(c, NBO_TEXT, p, p->span, p->span);
}

/* A cell of the current table; the first one of a table starts it. */
void nbs_push_cell(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                   int new_row)
{
    nb_cell *cell = nb_arena_alloc(&c->r->arena, sizeof *cell);
    cell->raw.p = (const char *)s;
    cell->raw.n = (size_t)(e - s);
    cell->span = nbs_tok_span(c, t, s);
    int kind = NBO_CELL;
    if (!c->in_table) {
        kind = NBO_TABLE_START;
        c->row = c->col = 0;
    } else if (new_row || c->blank_in_table) {
        c->row++;
        c->col = 0;
    } else {
        c->col++;
        c->table_wide = 1;
    }
    cell->row = c->row;
    cell->col = c->col;
    c->in_table = 1;
    c->blank_in_table = 0;
    nbs_push(c, kind, cell, cell->span, cell->span);
}

void nbs_leave_table(nb_parse_ctx *c)
{
    c->in_table = c->blank_in_table = c->table_wide = c->stats_width = c->row_cells_left = c->stats_table = c->statline = c->statline_numbered = c->statlist = c->stats_caption = 0;
}

/* Key: value pairs of a page header line (来源: … | 发布日期: … | 作者: …). */
static void on_meta(nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *p = t->s, *e = t->e, *lim = c->lx.lim;
    while (p < e) {
        const unsigned char *after;
        nb_meta_key k = nb_match_meta_key(p, lim, &after);
        if (k == NB_META_NONE || after > e) {
            p += nb_u8len(p, e);
            continue;
        }
        const unsigned char *vs = nb_skip_blanks(after, e), *ve = vs, *next;
        if (nb_match_meta_key(vs, lim, &next) != NB_META_NONE) { /* 文 号: 关键词: …: no value */
            p = vs;
            continue;
        }
        /* the value runs to a | or to the next key after a blank */
        while (ve < e && *ve != '|') {
            size_t b = nb_blank_at(ve, e);
            if (b && nb_match_meta_key(nb_skip_blanks(ve, e), lim, &next) != NB_META_NONE) break;
            ve += b ? b : nb_u8len(ve, e);
        }
        p = ve < e && *ve == '|' ? ve + 1 : ve;
        nb_trim(&vs, &ve);
        if (vs >= ve) continue;
        if (k == NB_META_PUBLISHED) {
            int y, mo, d;
            const unsigned char *de;
            if (nb_match_date(vs, lim, &y, &mo, &d, &de) && de <= ve) {
                char date[16];
                snprintf(date, sizeof date, "%04d-%02d-%02d", y, mo, d);
                nb_meta_set(c->r, "published", date, strlen(date));
                continue;
            }
        }
        if (k == NB_META_ATTACHMENT) {
            nb_meta_add(c->r, "attachments", (const char *)vs, (size_t)(ve - vs));
            continue;
        }
        nb_meta_set(c->r, nb_meta_key_name(k), (const char *)vs, (size_t)(ve - vs));
    }
}

static void drop(nb_parse_ctx *c, const nb_tok *t, const char *what) { nbs_drop_range(c, t, t->s, t->e, what); }

/* The page's 来源：… in a dropped breadcrumb is the page's source (meta.source, when the header has none). */
static void breadcrumb_meta(nb_parse_ctx *c, const nb_tok *t)
{
    for (const unsigned char *p = t->s; p < t->e; p += nb_u8len(p, t->e)) {
        const unsigned char *after;
        if (nb_match_meta_key(p, c->lx.lim, &after) != NB_META_SOURCE || after > t->e) continue;
        const unsigned char *vs = nb_skip_blanks(after, t->e), *ve = vs;
        while (ve < t->e && !nb_blank_at(ve, t->e)) ve += nb_u8len(ve, t->e);
        if (ve > vs) nb_meta_set(c->r, "source", (const char *)vs, (size_t)(ve - vs));
        return;
    }
}

/* The start of the line after the one t is on. */
const unsigned char *nbs_next_line(const nb_parse_ctx *c, const nb_tok *t)
{
    return nb_next_line(nb_line_end(t->s, c->lx.lim), c->lx.lim);
}

/* Turns lexer tokens into grammar tokens until at least one is queued. */
static void produce(nb_parse_ctx *c)
{
    nb_tok t;
    next_tok(c, &t);
    /* a bare title of the frame whose place the numbering has passed (a caption under 二、主动公开政府
       信息情况 that repeats it) is text */
    if (t.bare && !nb_numbering_goes_past(&c->numbering, t.m.style, t.m.num)) t.kind = NB_T_TEXT;
    if (c->stats_width && nbs_stats_cell(c, &t)) return;
    if (c->row_cells_left > 0 && t.kind != NB_T_BLANK) c->row_cells_left--;
    else if (t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) c->row_cells_left = nbs_row_with_empty_lines(c, &t);
    if (c->statlist && nbs_statlist_row(c, &t)) return;
    if (nbs_statlist_start(c, &t)) return;
    int caption = c->stats_caption;
    if (t.kind != NB_T_BLANK && t.kind != NB_T_JUNK) c->stats_caption = 0;
    const unsigned char *run = (c->statline || c->stats_table) && t.kind == NB_T_TEXT && !t.inline_start
                                   ? nb_dash_run(t.s, t.e)
                                   : NULL;
    if (run) { /* a 统计表 set in <pre>: a rule under its header, and one under its last row, which ends it */
        nbs_drop_range(c, &t, t.s, run, "separator rule");
        if (nb_skip_blanks(run, t.e) == t.e) {
            if (nbs_after_value(c, &t)) nbs_leave_table(c);
            return;
        }
        t.s = nb_skip_blanks(run, t.e); /* the rule glued to the first row (pdftotext in reading order) */
    }
    if ((t.kind == NB_T_ROW || t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) && nbs_statline_row(c, &t)) return;
    if (c->statline && t.kind != NB_T_BLANK && t.kind != NB_T_JUNK) nbs_leave_table(c); /* (page noise is dropped) */
    if ((t.kind == NB_T_ROW || t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) && nbs_wrapped_row(c, &t)) return;
    switch (t.kind) {
    case NB_T_EOF: {
        nb_span sp = nbs_tok_span(c, &t, t.s);
        nbs_push(c, NBO_YYEOF, NULL, sp, sp);
        return;
    }
    case NB_T_BLANK:
        /* a blank line ends a 统计表 of a row a line, but where a row of it follows (layouts that set
           rows apart with blank lines) */
        if (c->statline && !nb_statline_goes_on(nbs_blank_line_end(c, &t), c->lx.lim)) nbs_leave_table(c);
        if (c->row_cells_left > 0) {
            c->row_cells_left--;
            nbs_push_cell(c, &t, t.s, t.s, 1);
            return;
        }
        if (nbs_is_centred_empty_cell(c, &t)) {
            nbs_push_cell(c, &t, t.s, t.s, 1);
            return;
        }
        if (c->in_table) c->blank_in_table = 1;
        return;
    case NB_T_JUNK:
        drop(c, &t, t.what);
        if (!strcmp(t.what, NB_JUNK_BREADCRUMB)) breadcrumb_meta(c, &t);
        return;
    case NB_T_RULE:
        drop(c, &t, "separator rule");
        return;
    case NB_T_META: {
        const unsigned char *after;
        if (!c->seen_heading || nb_match_meta_key(t.s, c->lx.lim, &after) == NB_META_ATTACHMENT) {
            nbs_leave_table(c);
            on_meta(c, &t);
            return;
        }
        nbs_leave_table(c);
        nbs_push_para(c, &t, t.s, t.e); /* a key: value line in the body is text */
        return;
    }
    case NB_T_CELL:
        nbs_on_cell(c, &t);
        return;
    case NB_T_ROW:
        if ((!c->in_table || (caption && nbs_rule_next(c, &t))) && nbs_is_statline_header(c, &t)) {
            /* its words in cells (the PDF reader's lines), its rows read a line each: a group line that a
               page break left without its TAB stays a row; a caption's row before it (a table set in <pre>:
               a rule under its header) is no row of it */
            nbs_start_statline(c, &t);
            return;
        }
        caption = !c->in_table && nbs_caption_row(&t);
        nbs_on_row(c, &t);
        c->stats_caption = caption;
        return;
    case NB_T_STATS: /* a table of one cell: its rows are read by statistics_line.c */
        nbs_leave_table(c);
        nbs_push_cell(c, &t, t.s, t.e, 0);
        nbs_leave_table(c);
        return;
    case NB_T_HEADING:
        if (c->stats_table && !nbs_ends_stats_table(c, &t)) {
            nbs_push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        c->stats_table = 0;
        nbs_on_heading(c, &t);
        return;
    case NB_T_TEXT:
        if (t.e - t.s == 7 && !memcmp(t.s, "[TABLE]", 7)) {
            /* pandoc -t plain writes this where it cannot draw a table (row spans): say so, since
               the table's cells are then null for want of the table, not of a reading */
            nb_span sp = nbs_tok_span(c, &t, t.s);
            if (c->table_section) /* where a statutory table (二、三、四) belongs: its cells are lost */
                nb_diag_add(c->r, "warning", "table-dropped", &sp,
                            "the converter dropped this section's statutory table ([TABLE]: pandoc -t plain writes "
                            "that for a table with merged cells), so its cells are null; convert the page with "
                            "pandoc -t gfm or -t markdown, or give nianbao the HTML page itself");
            else
                nb_diag_add(c->r, "warning", "table-dropped", &sp,
                            "the converter left a table out here ([TABLE], pandoc -t plain): its cells cannot be "
                            "read; convert with pandoc -t gfm or -t markdown, or give nianbao the page itself");
        }
        if (c->stats_table && nbs_is_stats_line(&t)) {
            nbs_push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        c->stats_table = 0; /* prose ends it */
        if (nbs_is_statline_header(c, &t)) {
            nbs_start_statline(c, &t);
            return;
        }
        nbs_say_unknown_columns(c, &t);
        if (!c->in_table && !t.inline_start && nbs_is_stats_header(c, &t)) {
            c->stats_table = 1;
            c->stats_style = c->stats_last = 0;
            c->stats_width = -1;
            c->stats_codes = 0;
            nbs_push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        if (c->table_section && nbs_is_table_line(&t)) {
            nbs_join_cell_note(c, &t);
            nbs_on_row(c, &t);
            return;
        }
        nbs_leave_table(c);
        nbs_emit_text(c, &t, t.s, t.e);
        return;
    }
}

int nb_stream_next(nb_parse_ctx *c, void **value, nb_loc *loc)
{
    if (c->qhead == c->qlen) {
        c->qhead = c->qlen = 0;
        while (c->qlen == 0) produce(c);
    }
    nb_qtok *q = &c->queue[c->qhead++];
    *value = q->value;
    *loc = q->loc;
    return q->kind;
}

void nb_stream_free(nb_parse_ctx *c)
{
    free(c->queue);
    c->queue = NULL;
    c->qcap = c->qlen = c->qhead = 0;
}
