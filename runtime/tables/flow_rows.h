/* flow_rows.h — whether a row's values, printed one a line after its label (PDF text in reading
 * order), are certainly its own.
 *
 * In reading order a cell's text comes where its top stands, so a row whose label and values stand
 * at different heights (a label over two lines beside values on one, a label cell spanning columns
 * that the tool reads as a column of its own) prints its label away from its values: after them, or
 * after the next row's label. A column's cells still come from the top down, so the values of the
 * rows come in the rows' order even where their labels do not. */
#ifndef NB_FLOW_ROWS_H
#define NB_FLOW_ROWS_H
#include "celltok.h"

/* The values right after the label are not certainly its own where the token before the label is
 * the label of a row of the same table (no combined row over others) with no value after it: its
 * values are elsewhere, and these may be them. Returns that row's key, or NULL. Only where the row's
 * first value stands on a line after its label: values on the label's line are its own. */
const char *nb_flow_row_after_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* The mirror: the values right after the label are not certainly its own where the next row's label
 * (same table, past text and the labels of columns and groups) follows them and has no value before
 * the row after it: that row's values are elsewhere, and these may be them, printed before its label
 * (a group's label beside it made its cell's text stand lower). Returns that row's key, or NULL. Only
 * where the row's first value stands on a line after its label. */
const char *nb_flow_row_before_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* After a short row: the values right after the label are not certainly its own where the row's label
 * before it, in the same block of a table of few columns (table 二's; past text and the labels of
 * columns, marks and groups), has some values after it but fewer than its cells. In reading order a
 * column of the block may come apart, after the next row's other values (行政处罚 63 +8 / 行政强制 19 -3
 * 392: 392 is 行政处罚's, 行政强制's cell is blank), so the value the short row lacks may stand among
 * these. Returns the short row's key, or NULL. keys: the edition's rows. Only where the row's first
 * value stands on a line after its label. */
const char *nb_flow_row_after_short(const nb_tparse *tp, size_t label_tok, nb_tspan cells, const nb_edition_keys *keys);

/* Whether the row's first value stands on a line after its label's (values one a line, in reading
 * order), not beside it. */
int nb_flow_values_below(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* Whether the token before the label is a value no row took as its own (a row's values beyond its
 * cells, values with no row before them), after a row of the same table: those are the values of a
 * row whose label stands elsewhere, and this label may be it, its own values before it. Whether it
 * is so is known when the table ends: nb_flow_rows_end (flow_chain.h). keys: the edition's rows. Same condition on the lines. */
int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells, const nb_edition_keys *keys);

/* The row's label left a bracket open on its line (（二）部分公开（区分处理的，只计这一), and the text
 * right after its values closes it (情形，不计其他情形）): the label was printed over two lines with
 * the values between, and in reading order they came by the heights of their cells' tops (758 of a
 * cell 758件 wrapped in two lines before 753 of the first column), not in their columns. Returns 1 +
 * the byte offset of that text's line in the report's text, or 0. Only where the row's first value
 * stands on a line after its label, and its values as nb_flow_values_apart says. */
size_t nb_flow_label_tail_after(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* Whether the row's values (blank cells aside) stand on more than one line, two or more on one of
 * them: the text was set a line of the page at a time, by the heights of the cells' text. On one line
 * they come in their columns' order, and a cell a line (Word's print: each cell a paragraph) in the
 * order of the cells. */
int nb_flow_values_apart(const nb_tparse *tp, nb_tspan cells);

/* Shared with flow_chain.c: keys a and b are rows of one table (applications.*); the label token
 * before the values right before label_tok, past group labels (0 when none); whether a label token is
 * a row's (or a header row's). */
int nb_flow_same_table(const char *a, const char *b);
size_t nb_flow_owner(const nb_tparse *tp, size_t label_tok);
int nb_flow_is_row_label(const nb_ctok *l);


#endif
