/* stream_int.h — what the files of the token stream share (stream.c, the queue, paragraphs and cells,
 * meta and noise, and produce(), which decides; stream_table.c, tables; stream_heading.c, headings;
 * stream_stats.c, the 统计表 not drawn as tables). Their state is nb_parse_ctx (parse.h). */
#ifndef NB_STREAM_INT_H
#define NB_STREAM_INT_H
#include <stdint.h>

#include "parse.h"

/* ---------- tokens, paragraphs and cells (stream.c) ---------- */

nb_span nbs_tok_span(nb_parse_ctx *c, const nb_tok *t, const unsigned char *p);
/* The next lexer token, kept for the next next_tok (c->look; c->have_look = 0 takes it). */
const nb_tok *nbs_peek_tok(nb_parse_ctx *c);
/* Queues a grammar token; a row on one line gives one token per cell, so the queue grows. */
void nbs_push(nb_parse_ctx *c, int kind, void *value, nb_span first, nb_span last);
/* Reports a piece of noise dropped from [s, e) of a token's line. */
void nbs_drop_range(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                    const char *what);
/* [s, e) without Word's HTML leftovers, each one reported; pieces (unless NULL) maps a copy back to the
 * input (nb_textpiece). */
nb_str nbs_clean_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                      const nb_textpiece **pieces, size_t *npieces);
void nbs_push_para(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e);
/* A cell of the current table; the first one of a table starts it. */
void nbs_push_cell(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e,
                   int new_row);
void nbs_leave_table(nb_parse_ctx *c);
/* The start of the line after the one t is on. */
const unsigned char *nbs_next_line(const nb_parse_ctx *c, const nb_tok *t);

/* ---------- tables (stream_table.c) ---------- */

void nbs_join_cell_note(nb_parse_ctx *c, nb_tok *t);
void nbs_on_cell(nb_parse_ctx *c, nb_tok *t);
/* A row on one line: pipes, tabs, or a label and its numbers. */
void nbs_on_row(nb_parse_ctx *c, nb_tok *t);
int nbs_wrapped_row(nb_parse_ctx *c, const nb_tok *t);
int nbs_is_table_line(const nb_tok *t);
int nbs_is_centred_empty_cell(nb_parse_ctx *c, const nb_tok *t);
int nbs_row_with_empty_lines(nb_parse_ctx *c, const nb_tok *t);

/* ---------- headings (stream_heading.c) ---------- */

/* Text from [s, e) of t's line, with the weak markers after it that are no headings. */
void nbs_emit_text(nb_parse_ctx *c, const nb_tok *t, const unsigned char *s, const unsigned char *e);
void nbs_on_heading(nb_parse_ctx *c, nb_tok *t);

/* ---------- 统计表 not drawn as tables (stream_stats.c) ---------- */

int nbs_is_stats_header(nb_parse_ctx *c, const nb_tok *t);
int nbs_is_stats_line(const nb_tok *t);
int nbs_ends_stats_table(nb_parse_ctx *c, const nb_tok *t);
int nbs_is_statline_header(const nb_parse_ctx *c, const nb_tok *t);
void nbs_say_unknown_columns(nb_parse_ctx *c, const nb_tok *t);
void nbs_start_statline(nb_parse_ctx *c, nb_tok *t);
const unsigned char *nbs_blank_line_end(const nb_parse_ctx *c, const nb_tok *t);
int nbs_statline_row(nb_parse_ctx *c, nb_tok *t);
int nbs_statlist_start(nb_parse_ctx *c, const nb_tok *t);
int nbs_statlist_row(nb_parse_ctx *c, const nb_tok *t);
int nbs_rule_next(const nb_parse_ctx *c, const nb_tok *t);
int nbs_caption_row(const nb_tok *t);
int nbs_after_value(const nb_parse_ctx *c, const nb_tok *t);
int nbs_stats_cell(nb_parse_ctx *c, nb_tok *t);

#endif
