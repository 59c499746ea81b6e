/* stream.c — from the lexer's line tokens to the outline grammar's tokens.
 *
 * Here the context of a line decides what it is: a heading gets its level from the open lists
 * (numbering.c), a numbered running sentence stays a paragraph, a short line under a table cell is
 * the cell's wrapped end, a numbered table label inside a table is a row and not a section, page
 * headers go to meta and page noise is dropped with a diagnostic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "outline.h"
#include "parse.h"
#include "utf8.h"

void nb_stream_init(nb_parse_ctx *c, nb_report *r)
{
    memset(c, 0, sizeof *c);
    c->r = r;
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

static nb_span tok_span(nb_parse_ctx *c, const nb_tok *t, const unsigned char *p)
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

static const nb_tok *peek_tok(nb_parse_ctx *c)
{
    if (!c->have_look) {
        nb_lex(&c->lx, &c->look);
        c->have_look = 1;
    }
    return &c->look;
}

/* Queues a grammar token; a row on one line gives one token per cell, so the queue grows. */
static void push(nb_parse_ctx *c, int kind, void *value, nb_span first, nb_span last)
{
    if (c->qlen == c->qcap) {
        size_t cap = c->qcap ? c->qcap * 2 : 16;
        void *q = realloc(c->queue, cap * sizeof *c->queue);
        if (!q) {
            fputs("nianbao: out of memory\n", stderr);
            abort();
        }
        c->queue = q;
        c->qcap = cap;
    }
    nb_qtok *q = &c->queue[c->qlen++];
    q->kind = kind;
    q->value = value;
    q->loc.first = first;
    q->loc.last = last;
}

static void push_para(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s >= e) return;
    nb_para *p = nb_arena_alloc(&c->r->arena, sizeof *p);
    p->text.p = (const char *)s;
    p->text.n = (size_t)(e - s);
    p->span = tok_span(c, t, s);
    push(c, NBO_TEXT, p, p->span, p->span);
}

/* A cell of the current table; the first one of a table starts it. */
static void push_cell(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                      int new_row)
{
    nb_cell *cell = nb_arena_alloc(&c->r->arena, sizeof *cell);
    cell->raw.p = (const char *)s;
    cell->raw.n = (size_t)(e - s);
    cell->span = tok_span(c, t, s);
    int kind = NBO_CELL;
    if (!c->in_table) {
        kind = NBO_TABLE_START;
        c->row = c->col = 0;
    } else if (new_row || c->blank_in_table) {
        c->row++;
        c->col = 0;
    } else {
        c->col++;
    }
    cell->row = c->row;
    cell->col = c->col;
    c->in_table = 1;
    c->blank_in_table = 0;
    push(c, kind, cell, cell->span, cell->span);
}

static void leave_table(nb_parse_ctx *c) { c->in_table = c->blank_in_table = 0; }

/* A line right under a cell, short and without a tab, is the cell's wrapped end (商业\n企业, \t\n0). */
static int is_continuation(uint32_t cell_line, const nb_tok *next)
{
    if (next->inline_start || next->line != cell_line + 1) return 0;
    if (next->kind != NB_T_TEXT && next->kind != NB_T_HEADING && next->kind != NB_T_ROW) return 0;
    return nb_u8count(next->s, next->e) <= 12 && next->kind != NB_T_HEADING;
}

static void on_cell(nb_parse_ctx *c, nb_tok *t)
{
    const unsigned char *e = t->e;
    uint32_t last_line = t->line;
    for (;;) {
        const nb_tok *n = peek_tok(c);
        if (!is_continuation(last_line, n)) break;
        e = n->e;
        last_line = n->line;
        c->have_look = 0;
    }
    push_cell(c, t, t->s, e, 0);
}

/* A row on one line: pipes, tabs, or a label and its numbers. */
static void on_row(nb_parse_ctx *c, nb_tok *t)
{
    const unsigned char *s = t->s, *e = t->e;
    int first = 1;
    if (*s == '|') {
        /* a Markdown separator row (|---|:--:|) holds no cells */
        int sep = 1;
        for (const unsigned char *p = s; p < e && sep; p++)
            sep = *p == '|' || *p == '-' || *p == ':' || *p == ' ' || *p == '\t';
        if (sep) return;
        s++;
        if (e > s && e[-1] == '|') e--;
        for (const unsigned char *p = s;; p++) {
            if (p == e || *p == '|') {
                push_cell(c, t, s, p, first);
                first = 0;
                if (p == e) break;
                s = p + 1;
            }
        }
        return;
    }
    for (const unsigned char *p = s; p < e; p++) {
        if (*p != '\t') continue;
        for (const unsigned char *q = s;; q++) {
            if (q == e || *q == '\t') {
                push_cell(c, t, s, q, first);
                first = 0;
                if (q == e) break;
                s = q + 1;
            }
        }
        return;
    }
    int count;
    const unsigned char *run = nb_trailing_numbers(s, e, &count);
    const unsigned char *le = run;
    nb_trim(&s, &le);
    push_cell(c, t, s, le, 1);
    for (const unsigned char *p = run; p < e;) {
        const unsigned char *q = p;
        while (q < e && !nb_blank_at(q, e)) q++;
        push_cell(c, t, p, q, 0);
        p = nb_skip_blanks(q, e);
    }
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

static void drop(nb_parse_ctx *c, const nb_tok *t, const char *what)
{
    nb_span sp = tok_span(c, t, t->s);
    int n = (int)(t->e - t->s);
    if (n > 80) n = 80; /* the message quotes the start; the span points at the whole */
    while (n > 0 && (t->s[n] & 0xC0) == 0x80) n--;
    nb_diag_add(c->r, "info", "junk-dropped", &sp, "dropped %s: %.*s", what, n, (const char *)t->s);
}

/* Largest comma-separated clause of a title, in characters; 0 when it has no comma. */
static size_t longest_clause(const unsigned char *s, const unsigned char *e)
{
    size_t best = 0, cur = 0;
    int commas = 0;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e)) {
        if (*p == ',' || (e - p >= 3 && memcmp(p, "，", 3) == 0)) {
            if (cur > best) best = cur;
            cur = 0;
            commas++;
        } else {
            cur++;
        }
    }
    if (!commas) return 0;
    return cur > best ? cur : best;
}

/* A numbered line that is a running sentence, not a heading: （一）2017年，我局不存在需要澄清的…。
 * Headings are short; when they end in 。 their comma-separated parts are short phrases
 * (加强信息管理，完善相关制度。). */
static int is_running_sentence(const nb_tok *t)
{
    size_t n = nb_u8count(t->title_s, t->title_e);
    if (t->title_end == NB_TE_SENTENCE) return n > 40 || longest_clause(t->title_s, t->title_e) > 12;
    return n > 60;
}

static const char *style_name(nb_style s)
{
    switch (s) {
    case NB_STYLE_CN: return "一、";
    case NB_STYLE_CN_PAREN: return "（一）";
    case NB_STYLE_AR: return "1.";
    case NB_STYLE_AR_PAREN: return "（1）";
    default: return "①";
    }
}

static void on_heading(nb_parse_ctx *c, nb_tok *t)
{
    /* inside a table, 三、本年度办理结果 is a row label, not section 三 */
    if (c->in_table && !nb_match_known_title(t->title_s, c->lx.lim) &&
        (nb_match_table_label(t->title_s, c->lx.lim) ||
         (t->title_e - t->title_s == 6 && memcmp(t->title_s, "其他", 6) == 0))) {
        push_cell(c, t, t->s, t->e, 1);
        return;
    }
    leave_table(c);
    if (t->title_s >= t->title_e) { /* a marker alone on its line */
        push_para(c, t, t->s, t->e);
        return;
    }
    int running = is_running_sentence(t);
    nb_placement pl = nb_numbering_place(&c->numbering, t->m.style, t->m.num, !running);
    nb_span sp = tok_span(c, t, t->s);
    if (pl.code) {
        int nn = (int)(t->m.num_e - t->m.num_s);
        if (!strcmp(pl.code, "numbering-style"))
            nb_diag_add(c->r, "warning", pl.code, &sp,
                        "%s-style number %.*s continues a list of another numbering style (item %d)",
                        style_name(t->m.style), nn, (const char *)t->m.num_s, pl.expected);
        else if (!strcmp(pl.code, "numbering-duplicate"))
            nb_diag_add(c->r, "warning", pl.code, &sp, "%s-style number %.*s appears twice (expected %d)",
                        style_name(t->m.style), nn, (const char *)t->m.num_s, pl.expected);
        else
            nb_diag_add(c->r, "warning", pl.code, &sp, "%s-style number %.*s where %d was expected",
                        style_name(t->m.style), nn, (const char *)t->m.num_s, pl.expected);
    }
    if (running) {
        push_para(c, t, t->s, t->e);
        return;
    }
    nb_section *s = nb_arena_alloc(&c->r->arena, sizeof *s);
    s->level = pl.level;
    s->number.p = (const char *)t->m.num_s;
    s->number.n = (size_t)(t->m.num_e - t->m.num_s);
    s->title.p = (const char *)t->title_s;
    s->title.n = (size_t)(t->title_e - t->title_s);
    s->span = sp;
    static const int kinds[] = {NBO_H1, NBO_H1, NBO_H2, NBO_H3, NBO_H4, NBO_H5};
    int level = pl.level < 1 ? 1 : pl.level > 5 ? 5 : pl.level;
    push(c, kinds[level], s, sp, sp);
    c->seen_heading = 1;
    push_para(c, t, t->rest_s, t->rest_e);
}

/* Turns lexer tokens into grammar tokens until at least one is queued. */
static void produce(nb_parse_ctx *c)
{
    nb_tok t;
    next_tok(c, &t);
    switch (t.kind) {
    case NB_T_EOF: {
        nb_span sp = tok_span(c, &t, t.s);
        push(c, NBO_YYEOF, NULL, sp, sp);
        return;
    }
    case NB_T_BLANK:
        if (c->in_table) c->blank_in_table = 1;
        return;
    case NB_T_JUNK:
        drop(c, &t, t.what);
        return;
    case NB_T_RULE:
        drop(c, &t, "separator rule");
        return;
    case NB_T_META: {
        const unsigned char *after;
        if (!c->seen_heading || nb_match_meta_key(t.s, c->lx.lim, &after) == NB_META_ATTACHMENT) {
            leave_table(c);
            on_meta(c, &t);
            return;
        }
        leave_table(c);
        push_para(c, &t, t.s, t.e); /* a key: value line in the body is text */
        return;
    }
    case NB_T_CELL:
        on_cell(c, &t);
        return;
    case NB_T_ROW:
        on_row(c, &t);
        return;
    case NB_T_HEADING:
        on_heading(c, &t);
        return;
    case NB_T_TEXT:
        leave_table(c);
        push_para(c, &t, t.s, t.e);
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
