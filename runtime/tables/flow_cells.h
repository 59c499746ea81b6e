/* flow_cells.h — what the readers of whole tables from a print's text in reading order share
 * (flow_table.c: table 三; flow_blocks.c: tables 二 and 四). */
#ifndef NB_FLOW_CELLS_H
#define NB_FLOW_CELLS_H
#include "celltok.h"
#include "tables.h"

/* A text that is only digits and blanks: a number whose pieces were joined as text (18↵1), a value
 * a count of the values would lose. */
int nb_flow_digits_only(const nb_ctok *t);

/* A label that names a row of some table (not a group's, a column's or a block's). */
int nb_flow_names_row(const nb_ctok *t);

/* Whether value x is text of the report as written at its span (not joined from pieces). */
int nb_flow_as_written(const nb_report *r, const nb_ctok *x);

/* Whether the text [p, e) is blanks, line ends and page breaks only. */
int nb_flow_blank_between(const char *p, const char *e);

/* What stands between two values in a print's text in reading order, a before b: blanks on one line
 * (a row's cells on a line), one line break (pdftotext's lines of one block: a column of cells one
 * above the other with no gap), or a break between blocks (a blank line, a form feed, any other text);
 * unknown where a value is no text as written (joined from pieces). */
typedef enum nb_flow_gap { NB_GAP_SAME_LINE, NB_GAP_NEXT_LINE, NB_GAP_BLOCK, NB_GAP_UNKNOWN } nb_flow_gap;
nb_flow_gap nb_flow_gap_between(const nb_report *r, const nb_ctok *a, const nb_ctok *b);

/* The level-1 section whose text holds byte b, or NULL. */
const nb_section *nb_flow_section_at(const nb_section *s, size_t b);

/* Where the next level-1 section that holds a table starts, after section s (past the level-1 sections
 * between, a table's own labels taken for headings: 4.保护第 / 三方合法权益), or 0 when none follows. */
size_t nb_flow_next_frame(const nb_section *s);

/* The cell in column col of the row at place row takes the value token x (its raw, span and value),
 * the cell made where the row's label was not found (no label as written). Returns 1 where a number
 * now stands in a cell that had none. */
int nb_flow_set_cell(nb_tparse *tp, nb_tables *t, int row, int col, const nb_ctok *x);

/* Whether a page break in [s, e) has a number alone on the last line before it or the first line after
 * it, where a page's footer or header puts its number: such a number cannot be told from a value. A
 * page break between words (a header's, a title) leaves the values as they are. */
int nb_flow_page_number_may_stand(const char *s, const char *e);

/* Whether the print's pages are not numbered: a page break past the first has words on both sides of
 * it, no digit on a short line before nor after (a page's footer or header would put its
 * number there, and a print numbers all its pages but maybe the first). */
int nb_flow_pages_unnumbered(const nb_report *r);

/* The article of a block header of table 二 (第二十条第（五）项 → 5): its last Chinese numeral; 0 when none. */
int nb_flow_article(const nb_ctok *t);

/* A block of table 二 in the template: its article (第二十条第（n）项) and its rows, by their places in
 * the edition. */
typedef struct nb_flow_tblock {
    int n, rows[NB_MAX_ROWS], nrows;
} nb_flow_tblock;

/* Table 二's blocks in the template's order, into b; returns how many, or 0 where more than max. */
int nb_flow_template_blocks(const nb_tables *t, nb_flow_tblock *b, int max);

#endif
