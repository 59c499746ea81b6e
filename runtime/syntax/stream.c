/* stream.c — from the lexer's line tokens to the outline grammar's tokens.
 *
 * Here the context of a line decides what it is: a heading gets its level from the open lists
 * (numbering.c), a numbered running sentence stays a paragraph, a short line under a table cell is
 * the cell's wrapped end, a numbered table label inside a table is a row and not a section, page
 * headers go to meta and page noise is dropped with a diagnostic. Inside a line, a marker whose first
 * sentence is too long for a title (a weak one) is a heading only where the open lists expect it and a
 * title can be told from its text; else it is text, and stays on the paragraph it interrupts. Word's
 * HTML leftovers are removed from titles and text wherever they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "barrow.h"
#include "grow.h"
#include "numbers.h"
#include "outline.h"
#include "parse.h"
#include "rule.h"
#include "celllines.h"
#include "statcells.h"
#include "statline.h"
#include "statlist.h"
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
    nb_grow(&c->queue, &c->qcap, c->qlen, sizeof *c->queue);
    nb_qtok *q = &c->queue[c->qlen++];
    q->kind = kind;
    q->value = value;
    q->loc.first = first;
    q->loc.last = last;
}

/* Reports a piece of noise dropped from [s, e) of a token's line; the message quotes it (its start and
 * its end when long), the span points at its start. */
static void drop_range(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                       const char *what)
{
    nb_span sp = tok_span(c, t, s);
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
 * the line: a copy in the arena when there are any, each one reported. */
static nb_str clean_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    nb_str out = {(const char *)s, (size_t)(e - s)};
    char *copy = NULL;
    size_t n = 0;
    const unsigned char *from = s;
    for (const unsigned char *p = s; p < e && (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
        const unsigned char *w = nb_match_word_comment(p, c->lx.lim);
        if (!w || w > e) continue;
        if (!copy) copy = nb_arena_alloc(&c->r->arena, (size_t)(e - s) + 1);
        memcpy(copy + n, from, (size_t)(p - from));
        n += (size_t)(p - from);
        drop_range(c, t, p, w, "Word HTML comment");
        from = w;
        p = w - 1;
    }
    if (!copy) return out;
    memcpy(copy + n, from, (size_t)(e - from));
    n += (size_t)(e - from);
    const unsigned char *cs = (const unsigned char *)copy, *ce = cs + n;
    nb_trim(&cs, &ce);
    out.p = (const char *)cs;
    out.n = (size_t)(ce - cs);
    return out;
}

static void push_para(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s >= e) return;
    nb_span sp = tok_span(c, t, s);
    nb_str text = clean_text(c, t, s, e);
    if (text.n == 0) return;
    nb_para *p = nb_arena_alloc(&c->r->arena, sizeof *p);
    p->text = text;
    p->span = sp;
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
        c->table_wide = 1;
    }
    cell->row = c->row;
    cell->col = c->col;
    c->in_table = 1;
    c->blank_in_table = 0;
    push(c, kind, cell, cell->span, cell->span);
}

static void leave_table(nb_parse_ctx *c)
{
    c->in_table = c->blank_in_table = c->table_wide = c->stats_width = c->row_cells_left = c->stats_table = c->statline = c->statlist = c->stats_caption = 0;
}

/* A number alone on its line in a table of a cell a line, and a bracketed note alone on the next
 * (5 / （其中修订2件）): one cell of two paragraphs, which docx2txt and LibreOffice's text export
 * write a line each; the note joins its number's cell, as 22（其中修订16件） on one line is read. */
static void join_cell_note(nb_parse_ctx *c, nb_tok *t)
{
    double v;
    int is_null;
    const char *unit;
    if (!c->in_table || c->table_wide || !nb_parse_number(t->s, t->e, &v, &is_null, &unit)) return;
    const nb_tok *n = peek_tok(c);
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

/* The blank-separated numbers [p, e) of t's line, a cell each. */
static void push_numbers(nb_parse_ctx *c, const nb_tok *t, const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && !nb_blank_at(q, e)) q++;
        push_cell(c, t, p, q, 0);
        p = nb_skip_blanks(q, e);
    }
}

/* A row on one line: pipes, tabs, or a label and its numbers. */
static void on_row(nb_parse_ctx *c, nb_tok *t)
{
    const unsigned char *s = t->s, *e = t->e;
    int first = 1;
    if (*s == '|' && nb_bar_row_spread(c->lx.buf, c->lx.lim, s, e)) {
        if (!c->spread_line || t->line > c->spread_line + 200) { /* once a table */
            nb_span sp = tok_span(c, t, s);
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
    push_numbers(c, t, run, e);
}

/* A row label wrapped over lines of its cell (wraplabel.h): one cell, the row's numbers on those
 * lines after it; the lines joined give no other token. */
static int wrapped_row(nb_parse_ctx *c, const nb_tok *t)
{
    nb_wrapped w;
    if (!c->row_label || !c->table_section || c->stats_table || t->inline_start ||
        !nb_wrapped_label(&c->r->arena, t->s, c->lx.lim, c->row_label, c->spanning, &w))
        return 0;
    push_cell(c, t, t->s, t->s, 1);
    nb_cell *label = c->queue[c->qlen - 1].value; /* the label is the pieces joined, not one range */
    label->raw.p = w.label;
    label->raw.n = w.n;
    nb_tok at = *t; /* the numbers' line, for their spans */
    if (w.num_line) {
        at.line += w.num_line;
        at.line_s = w.num_line_s;
    }
    push_numbers(c, &at, w.num_s, w.num_e);
    while (peek_tok(c)->kind != NB_T_EOF && c->look.line <= t->line + w.lines) c->have_look = 0;
    return 1;
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

static void drop(nb_parse_ctx *c, const nb_tok *t, const char *what) { drop_range(c, t, t->s, t->e, what); }

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

/* A weak inline heading (its first sentence runs on, no known title ends it) is a heading only where
 * the numbering expects its marker and a title can be told from the text; *g is where the title ends. */
static int weak_heading(nb_parse_ctx *c, const nb_tok *t, const unsigned char **g)
{
    *g = NULL;
    if (!nb_numbering_expects(&c->numbering, t->m.style, t->m.num)) return 0;
    *g = nb_glued_title_end(t->title_s, t->title_e, c->lx.lim);
    return *g != NULL;
}

/* Text from [s, e) of t's line, with the weak markers after it that are no headings: they were cut off
 * only to be judged, and go on the paragraph they interrupt. */
static void emit_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    for (;;) {
        const nb_tok *n = peek_tok(c);
        const unsigned char *g;
        if (n->kind != NB_T_HEADING || !n->weak || n->line != t->line || c->in_table || weak_heading(c, n, &g))
            break;
        e = n->e;
        c->have_look = 0;
    }
    push_para(c, t, s, e);
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
static int is_table_line(const nb_tok *t)
{
    if (t->inline_start || chars_unpadded(t->s, t->e) > 40) return 0;
    /* a number alone is a cell, its comma a thousands separator (lynx writes each cell on a line of
       its own, and a narrow cell of table 三 in reading order so too: 4,861); nb_trailing_numbers wants
       a label before its numbers */
    const unsigned char *s = t->s, *e = t->e;
    double v;
    int is_null;
    const char *unit;
    nb_trim(&s, &e);
    if (nb_parse_number(s, e, &v, &is_null, &unit)) return 1;
    int count;
    const unsigned char *words = nb_trailing_numbers(t->s, t->e, &count);
    static const char *const stops[] = {"。", "；", "，", "：", ",", ";", ":"};
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
        if (nb_find(t->s, words, stops[i])) return 0;
    return 1;
}

/* A heading's numeral as the contract gives it: full-width digits as ASCII (（３） is number "3", as
 * （3） is), Chinese numerals as written. */
static nb_str ascii_digits(nb_parse_ctx *c, const unsigned char *s, const unsigned char *e)
{
    nb_str out = {(const char *)s, (size_t)(e - s)};
    if (!memchr(s, 0xEF, (size_t)(e - s))) return out; /* (full-width digits start with EF) */
    char *d = nb_arena_alloc(&c->r->arena, (size_t)(e - s) + 1);
    size_t n = 0;
    for (const unsigned char *p = s; p < e;) {
        int v;
        size_t w = nb_digit_at(p, e, &v);
        if (w) d[n++] = (char)('0' + v), p += w;
        else d[n++] = (char)*p++;
    }
    out.p = d;
    out.n = n;
    return out;
}

/* The head of a label that spans rows, cut by the narrow cell it is printed in (三、本年度 / 办理结果,
 * （三）不予公 / 开, or its marker alone): [s, e) is a proper start of one of them, or empty. Text in
 * reading order may put two of them side by side, the inner one's marker first (三、 （四）无法提). */
static int group_label_head(nb_spanning_fn spanning, const unsigned char *s, const unsigned char *e,
                            const unsigned char *lim)
{
    nb_marker m;
    if (nb_match_marker(s, lim, &m) && m.end <= e) s = nb_skip_blanks(m.end, e);
    size_t n = (size_t)(e - s);
    return n == 0 || (spanning && spanning(s, n, 1));
}

static void on_heading(nb_parse_ctx *c, nb_tok *t)
{
    /* inside a table, 三、本年度办理结果 is a row label, not section 三; nor is a piece of it that a
       narrow cell printed on a line of its own, nor a numbered label's head that it cut (4.保护第) */
    if ((c->in_table || (c->table_section && !t->inline_start)) && !nb_match_known_title(t->title_s, c->lx.lim) &&
        (nb_match_table_label(t->title_s, c->lx.lim) || (c->in_table && group_label_head(c->spanning, t->title_s, t->title_e, c->lx.lim)) ||
         (c->label_piece && c->label_piece(t->s, (size_t)(t->title_e - t->s))) ||
         (t->title_e - t->title_s == 6 && memcmp(t->title_s, "其他", 6) == 0))) {
        push_cell(c, t, t->s, t->e, 1);
        return;
    }
    leave_table(c);
    if (t->title_s >= t->title_e) { /* a marker alone on its line */
        emit_text(c, t, t->s, t->e);
        return;
    }
    if (t->weak) {
        const unsigned char *g;
        if (!weak_heading(c, t, &g)) {
            emit_text(c, t, t->s, t->e); /* running text: the marker is text */
            return;
        }
        nb_span gs = tok_span(c, t, t->s);
        const unsigned char *ce = g;
        for (int k = 0; k < 6 && ce < t->rest_e; k++) ce += nb_u8len(ce, t->rest_e);
        nb_diag_add(c->r, "info", "title-glued", &gs,
                    "%.*s in running text: no punctuation ends its title, taken to end before %.*s…",
                    (int)(t->m.end - t->s), (const char *)t->s, (int)(ce - g), (const char *)g);
        t->title_e = t->rest_s = g;
        t->title_end = NB_TE_GLUED;
        nb_trim(&t->title_s, &t->title_e);
    }
    int running = t->title_end != NB_TE_GLUED && nb_title_runs_on(t);
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
        emit_text(c, t, t->s, t->e);
        return;
    }
    if (t->bare)
        nb_diag_add(c->r, "info", "title-unnumbered", &sp,
                    "%.*s stands without its number (the converter left out Word's automatic numbering?): "
                    "numbered %.*s by its place in the template", (int)(t->title_e - t->title_s),
                    (const char *)t->title_s, (int)(t->m.num_e - t->m.num_s), (const char *)t->m.num_s);
    nb_section *s = nb_arena_alloc(&c->r->arena, sizeof *s);
    s->level = pl.level;
    s->number = ascii_digits(c, t->m.num_s, t->m.num_e);
    for (const unsigned char *p = t->m.end; p < t->title_s; p++) { /* 7、<!--[endif]-->加强… */
        const unsigned char *w = *p == '<' ? nb_match_word_comment(p, c->lx.lim) : NULL;
        if (w && w <= t->title_s) {
            drop_range(c, t, p, w, "Word HTML comment");
            p = w - 1;
        }
    }
    s->title = clean_text(c, t, t->title_s, t->title_e);
    s->span = sp;
    static const int kinds[] = {NBO_H1, NBO_H1, NBO_H2, NBO_H3, NBO_H4, NBO_H5};
    int level = pl.level < 1 ? 1 : pl.level > 5 ? 5 : pl.level;
    if (level == 1) c->table_section = s->table_frame = nb_is_table_section(s);
    push(c, kinds[level], s, sp, sp);
    c->seen_heading = 1;
    emit_text(c, t, t->rest_s, t->rest_e);
}

/* A line that is a 统计表's first header word (统计指标, 指标名称: no prose is only that). A copy without
 * tabs gives the table as one cell a line, and its numbered rows (一、主动公开情况, （一）…) would read
 * as headings: after this line they are its cells. */
static int is_stats_header(nb_parse_ctx *c, const nb_tok *t)
{
    if (nb_u8count(t->s, t->e) > 12) return 0;
    return c->stats_head && c->stats_head(c->r, t->s, t->e);
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
static int is_stats_line(const nb_tok *t)
{
    static const char *const notes[] = {"注", "（注", "(注", "备注"}; /* a note under the table */
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
        if ((size_t)(t->e - t->s) >= strlen(notes[i]) && !memcmp(t->s, notes[i], strlen(notes[i]))) return 0;
    return !t->inline_start && visible_chars(t->s, t->e) <= 60 && !nb_find(t->s, t->e, "。") && !nb_find(t->s, t->e, "；");
}

/* In such a table, the heading that ends it: the next section of the outline's first level (八、 after
 * 七、), unless it is also the next of the table's own rows, whose numbering starts anew (its 十二、
 * after its 十一、 in a report of eleven sections). */
static int ends_stats_table(nb_parse_ctx *c, const nb_tok *t)
{
    const nb_numbering *n = &c->numbering;
    if (!c->stats_style) c->stats_style = (int)t->m.style + 1; /* (+1: 0 is none yet) */
    if ((int)t->m.style + 1 == c->stats_style && t->m.num == c->stats_last + 1) {
        c->stats_last = t->m.num;
        return 0;
    }
    return n->depth > 0 && t->m.style == n->open[0].style && t->m.num == n->open[0].last + 1 && t->m.num > 1;
}

/* The start of the line after the line end at p (lim: the text's end). */
/* A 统计表 header alone on its line, blanks between its words (指标名称 计量单位 2011年度 历年累计): its
 * rows follow a line each, and are read by statistics_line.c. */
static int is_statline_header(const nb_parse_ctx *c, const nb_tok *t)
{
    if (t->inline_start) return 0;
    const unsigned char *h = nb_statline_header(t->s, t->e, NULL);
    if (h) return nb_skip_blanks(h, t->e) == t->e;
    if (!nb_statline_label_unit(t->s, t->e)) return 0;
    /* 指标名称 计量单位 alone, the value columns named on the next line (2016年度 历年累计), or on the
       line after 统计数 alone */
    const unsigned char *lim = c->lx.lim, *n = nb_next_line(t->e, lim);
    if (nb_statline_spanning(n, nb_line_end(n, lim))) n = nb_next_line(nb_line_end(n, lim), lim);
    return nb_statline_subheader(n, nb_line_end(n, lim)) != NULL;
}

/* A line that starts as such a header and goes on with a few words no 统计表 column is known by
 * (上年数): its rows are not read, and that is said rather than left to look like prose. */
static void say_unknown_columns(nb_parse_ctx *c, const nb_tok *t)
{
    if (t->inline_start) return;
    const unsigned char *h = nb_statline_header(t->s, t->e, NULL);
    const unsigned char *rest = h ? nb_skip_blanks(h, t->e) : NULL;
    if (!rest || rest == t->e || nb_u8count(rest, t->e) > 16) return;
    nb_span sp = tok_span(c, t, rest);
    nb_diag_add(c->r, "warning", "statistics-unread", &sp,
                "a 统计表 header with a column nianbao does not know (%.*s): its rows are read as text, not as "
                "statistics", (int)(t->e - rest), rest);
}

static void start_statline(nb_parse_ctx *c, nb_tok *t)
{
    leave_table(c);
    push_cell(c, t, t->s, t->e, 0);
    c->statline = 1;
    c->stats_style = c->stats_last = 0;
}

/* The start of the line after blank token t. */
static const unsigned char *blank_line_end(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *p = t->line_s ? t->line_s : t->s;
    const unsigned char *nl = memchr(p, '\n', (size_t)(c->lx.lim - p));
    return nl ? nl + 1 : c->lx.lim;
}

/* A blank line t that is an empty cell of docx2txt's table of a cell a line (celllines.h). */
static int is_centred_empty_cell(nb_parse_ctx *c, const nb_tok *t)
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

/* A line of such a table: a row of it, whole, as one cell (a numbered one is no heading). */
static int statline_row(nb_parse_ctx *c, nb_tok *t)
{
    if (!c->statline || t->inline_start || !is_stats_line(t)) return 0;
    if (t->kind == NB_T_HEADING && (nb_match_known_title(t->title_s, c->lx.lim) || ends_stats_table(c, t)))
        return 0;
    push_cell(c, t, t->s, t->e, 1);
    return 1;
}

/* The start of the line after the one t is on. */
static const unsigned char *next_line(const nb_parse_ctx *c, const nb_tok *t)
{
    return nb_next_line(nb_line_end(t->s, c->lx.lim), c->lx.lim);
}

/* Pushes t's line up to e as one cell (of a new row unless it starts the table), the line's other
 * tokens skipped. */
static void line_cell(nb_parse_ctx *c, const nb_tok *t, const unsigned char *e, int new_row)
{
    const unsigned char *s = t->s;
    nb_trim(&s, &e);
    push_cell(c, t, s, e, new_row);
    while (peek_tok(c)->kind != NB_T_EOF && c->look.line == t->line) c->have_look = 0;
}

/* A 统计表 written as a list (statlist.h): its caption starts it where a row of it follows. */
static int statlist_start(nb_parse_ctx *c, const nb_tok *t)
{
    /* (the token's end: Markdown's ** around a caption in bold are not part of it) */
    if (t->inline_start || (t->kind != NB_T_TEXT && t->kind != NB_T_META) || !nb_statlist_caption(t->s, t->e) ||
        !nb_statlist_goes_on(next_line(c, t), c->lx.lim))
        return 0;
    leave_table(c);
    line_cell(c, t, t->e, 0);
    c->statlist = 1;
    return 1;
}

/* In such a list, a line of it is a row (a numbered one is no heading); any other line ends it. */
static int statlist_row(nb_parse_ctx *c, const nb_tok *t)
{
    if (t->kind == NB_T_BLANK || t->kind == NB_T_JUNK || t->kind == NB_T_EOF) return 0;
    const unsigned char *e = nb_line_end(t->s, c->lx.lim);
    nb_statlist_row row;
    if (!t->inline_start && (nb_statlist_row_at(t->s, e, &row) ||
                             (nb_statlist_label(t->s, e) && nb_statlist_goes_on(next_line(c, t), c->lx.lim)))) {
        line_cell(c, t, e, 1);
        return 1;
    }
    leave_table(c);
    return 0;
}

/* The next line after t's that is not blank is a rule of dashes. */
static int rule_next(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *p = next_line(c, t), *lim = c->lx.lim;
    while (p < lim) {
        const unsigned char *e = nb_line_end(p, lim);
        if (nb_skip_blanks(p, e) < e) return nb_dash_rule(p, e);
        p = e < lim ? e + 1 : lim;
    }
    return 0;
}

/* A TAB row whose one cell that is not blank is a caption naming a 统计表 (the PDF reader's line of a
 * caption over a table set in <pre>). */
static int caption_row(const nb_tok *t)
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
static int after_value(const nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *e = t->line_s ? t->line_s : t->s, *buf = c->lx.buf;
    while (e > buf && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) e--;
    const unsigned char *s = e;
    while (s > buf && s[-1] != '\n' && s[-1] != '\r' && s[-1] != ' ' && s[-1] != '\t') s--;
    double v;
    int is_null;
    const char *unit;
    return s < e && nb_parse_number(s, e, &v, &is_null, &unit);
}

/* A line of a 统计表 written a cell a line (statcells.h): a cell of its header or of a row, or 0
 * where the line ends that reading and is taken as before. */
static int stats_cell(nb_parse_ctx *c, nb_tok *t)
{
    if (!c->stats_table || t->inline_start ||
        (t->kind != NB_T_BLANK && t->kind != NB_T_TEXT && t->kind != NB_T_HEADING)) {
        c->stats_width = 0;
        return 0;
    }
    const nb_statcell kind = t->kind == NB_T_BLANK ? NB_SC_EMPTY : nb_statcell_kind(t->s, t->e);
    int new_row;
    if (!nb_statcells_step(&c->stats_width, &c->stats_pos, kind, t->kind == NB_T_HEADING, &new_row)) return 0;
    push_cell(c, t, t->s, kind == NB_SC_EMPTY ? t->s : t->e, new_row);
    return 1;
}

/* After a row label of table 三 in a table of a cell a line, not in a print's text (form feeds:
 * pdftotext leaves a blank cell out and sets blocks apart by empty lines): the cells to come whose
 * empty lines are empty cells (celllines.h), or 0. */
static int row_with_empty_lines(nb_parse_ctx *c, const nb_tok *t)
{
    const unsigned char *lim = c->lx.lim;
    if (!c->in_table || c->table_wide || !c->table_section || t->inline_start ||
        !nb_match_table_label(t->kind == NB_T_HEADING ? t->title_s : t->s, lim))
        return 0;
    if (!c->form_feeds) c->form_feeds = memchr(c->lx.buf, '\f', (size_t)(lim - c->lx.buf)) ? 2 : 1; /* once a text */
    if (c->form_feeds == 2) return 0;
    return nb_row_cells_below(next_line(c, t), lim);
}

/* Turns lexer tokens into grammar tokens until at least one is queued. */
static void produce(nb_parse_ctx *c)
{
    nb_tok t;
    next_tok(c, &t);
    /* a bare title of the frame whose place the numbering has passed (a caption under 二、主动公开政府
       信息情况 that repeats it) is text */
    if (t.bare && !nb_numbering_goes_past(&c->numbering, t.m.style, t.m.num)) t.kind = NB_T_TEXT;
    if (c->stats_width && stats_cell(c, &t)) return;
    if (c->row_cells_left > 0 && t.kind != NB_T_BLANK) c->row_cells_left--;
    else if (t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) c->row_cells_left = row_with_empty_lines(c, &t);
    if (c->statlist && statlist_row(c, &t)) return;
    if (statlist_start(c, &t)) return;
    int caption = c->stats_caption;
    if (t.kind != NB_T_BLANK && t.kind != NB_T_JUNK) c->stats_caption = 0;
    const unsigned char *run = (c->statline || c->stats_table) && t.kind == NB_T_TEXT && !t.inline_start
                                   ? nb_dash_run(t.s, t.e)
                                   : NULL;
    if (run) { /* a 统计表 set in <pre>: a rule under its header, and one under its last row, which ends it */
        drop_range(c, &t, t.s, run, "separator rule");
        if (nb_skip_blanks(run, t.e) == t.e) {
            if (after_value(c, &t)) leave_table(c);
            return;
        }
        t.s = nb_skip_blanks(run, t.e); /* the rule glued to the first row (pdftotext in reading order) */
    }
    if ((t.kind == NB_T_ROW || t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) && statline_row(c, &t)) return;
    if (c->statline && t.kind != NB_T_BLANK && t.kind != NB_T_JUNK) leave_table(c); /* (page noise is dropped) */
    if ((t.kind == NB_T_ROW || t.kind == NB_T_TEXT || t.kind == NB_T_HEADING) && wrapped_row(c, &t)) return;
    switch (t.kind) {
    case NB_T_EOF: {
        nb_span sp = tok_span(c, &t, t.s);
        push(c, NBO_YYEOF, NULL, sp, sp);
        return;
    }
    case NB_T_BLANK:
        /* a blank line ends a 统计表 of a row a line, but where a row of it follows (layouts that set
           rows apart with blank lines) */
        if (c->statline && !nb_statline_goes_on(blank_line_end(c, &t), c->lx.lim)) leave_table(c);
        if (c->row_cells_left > 0) {
            c->row_cells_left--;
            push_cell(c, &t, t.s, t.s, 1);
            return;
        }
        if (is_centred_empty_cell(c, &t)) {
            push_cell(c, &t, t.s, t.s, 1);
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
        if ((!c->in_table || (caption && rule_next(c, &t))) && is_statline_header(c, &t)) {
            /* its words in cells (the PDF reader's lines), its rows read a line each: a group line that a
               page break left without its TAB stays a row; a caption's row before it (a table set in <pre>:
               a rule under its header) is no row of it */
            start_statline(c, &t);
            return;
        }
        caption = !c->in_table && caption_row(&t);
        on_row(c, &t);
        c->stats_caption = caption;
        return;
    case NB_T_STATS: /* a table of one cell: its rows are read by statistics_line.c */
        leave_table(c);
        push_cell(c, &t, t.s, t.e, 0);
        leave_table(c);
        return;
    case NB_T_HEADING:
        if (c->stats_table && !ends_stats_table(c, &t)) {
            push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        c->stats_table = 0;
        on_heading(c, &t);
        return;
    case NB_T_TEXT:
        if (t.e - t.s == 7 && !memcmp(t.s, "[TABLE]", 7)) {
            /* pandoc -t plain writes this where it cannot draw a table (row spans): say so, since
               the table's cells are then null for want of the table, not of a reading */
            nb_span sp = tok_span(c, &t, t.s);
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
        if (c->stats_table && is_stats_line(&t)) {
            push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        c->stats_table = 0; /* prose ends it */
        if (is_statline_header(c, &t)) {
            start_statline(c, &t);
            return;
        }
        say_unknown_columns(c, &t);
        if (!c->in_table && !t.inline_start && is_stats_header(c, &t)) {
            c->stats_table = 1;
            c->stats_style = c->stats_last = 0;
            c->stats_width = -1;
            push_cell(c, &t, t.s, t.e, 0);
            return;
        }
        if (c->table_section && is_table_line(&t)) {
            join_cell_note(c, &t);
            on_row(c, &t);
            return;
        }
        leave_table(c);
        emit_text(c, &t, t.s, t.e);
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
