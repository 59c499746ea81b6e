/* stream_heading.c — a heading token in its context: a row label inside a table, a weak marker in
 * running text, or a section whose level the open lists give (numbering.c), with its diagnostics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "outline.h"
#include "utf8.h"

#include "stream_int.h"

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
void nbs_emit_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e)
{
    for (;;) {
        const nb_tok *n = nbs_peek_tok(c);
        const unsigned char *g;
        if (n->kind != NB_T_HEADING || !n->weak || n->line != t->line || c->in_table || weak_heading(c, n, &g))
            break;
        e = n->e;
        c->have_look = 0;
    }
    nbs_push_para(c, t, s, e);
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

void nbs_on_heading(nb_parse_ctx *c, nb_tok *t)
{
    /* inside a table, 三、本年度办理结果 is a row label, not section 三; nor is a piece of it that a
       narrow cell printed on a line of its own, nor a numbered label's head that it cut (4.保护第) */
    if ((c->in_table || (c->table_section && !t->inline_start)) && !nb_match_known_title(t->title_s, c->lx.lim) &&
        (nb_match_table_label(t->title_s, c->lx.lim) || (c->in_table && group_label_head(c->spanning, t->title_s, t->title_e, c->lx.lim)) ||
         (c->label_piece && c->label_piece(t->s, (size_t)(t->title_e - t->s))) ||
         (t->title_e - t->title_s == 6 && memcmp(t->title_s, "其他", 6) == 0))) {
        nbs_push_cell(c, t, t->s, t->e, 1);
        return;
    }
    nbs_leave_table(c);
    if (t->title_s >= t->title_e) { /* a marker alone on its line */
        nbs_emit_text(c, t, t->s, t->e);
        return;
    }
    if (t->weak) {
        const unsigned char *g;
        if (!weak_heading(c, t, &g)) {
            nbs_emit_text(c, t, t->s, t->e); /* running text: the marker is text */
            return;
        }
        nb_span gs = nbs_tok_span(c, t, t->s);
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
    nb_span sp = nbs_tok_span(c, t, t->s);
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
        nbs_emit_text(c, t, t->s, t->e);
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
            nbs_drop_range(c, t, p, w, "Word HTML comment");
            p = w - 1;
        }
    }
    s->title = nbs_clean_text(c, t, t->title_s, t->title_e, NULL, NULL);
    s->span = sp;
    static const int kinds[] = {NBO_H1, NBO_H1, NBO_H2, NBO_H3, NBO_H4, NBO_H5};
    int level = pl.level < 1 ? 1 : pl.level > 5 ? 5 : pl.level;
    if (level == 1) c->table_section = s->table_frame = nb_is_table_section(s);
    nbs_push(c, kinds[level], s, sp, sp);
    c->seen_heading = 1;
    nbs_emit_text(c, t, t->rest_s, t->rest_e);
}
