/* grid.h — tables drawn in text (grids with borders, Markdown tables, html2text's cell-a-line
 * tables, pandoc's simple tables) rewritten as the rows the rest of the pipeline reads: one line
 * per row, cells separated by TABs, a cell covered by a rowspan/colspan an empty cell, the lines of
 * a multi-line cell joined (CJK without a blank) — what html.c makes of an HTML table.
 *
 * Runs over decoded text before the lexer. A table is rewritten in place of its lines: its rows
 * first, then blank lines, so that the lines after it keep their numbers. A table that does not
 * read as one (cells that overlap, lines whose widths do not agree) is left as it was, with a
 * warning. Linear in the text; a text without any table drawing costs a few memchr passes. */
#ifndef NB_GRID_H
#define NB_GRID_H
#include <stddef.h>

#include "encoding.h"

/* Tokens of grammar/grid.re. */
typedef enum nb_gtok {
    NB_G_END,   /* the end of the input */
    NB_G_EOL,   /* \n */
    NB_G_CR,    /* \r: no width */
    NB_G_TAB,   /* a tab: the line is no drawn table */
    NB_G_BAR,   /* a vertical line: | │ ┃ ║ */
    NB_G_JUNC,  /* a box-drawing corner, tee or cross */
    NB_G_RULE,  /* a run of horizontal line: ─── or ASCII ---, ===, +---+--- */
    NB_G_ALIGN, /* a Markdown alignment cell with a colon: :---, ---:, :---: */
    NB_G_BLANK, /* a space or NBSP: one column */
    NB_G_WIDE,  /* a wide character: two columns */
    NB_G_AMBIG, /* East Asian ambiguous width: one column or two, as the tool has it */
    NB_G_CHAR   /* any other character: one column */
} nb_gtok;

/* The token at p (p < lim, *lim == 0): its kind, bytes and characters. */
nb_gtok nb_grid_token(const unsigned char *p, const unsigned char *lim, size_t *len, size_t *chars);

/* Whether [p, lim) (*lim == 0), a paragraph of a grid's cell with its blanks taken out, is pandoc -t
 * rst's `.. container::` line of a <div> (grammar/grid.re). */
int nb_grid_rst_container(const unsigned char *p, const unsigned char *lim);

/* Whether [p, lim) (*lim == 0), a cell's text from a backtick to its end, is one pandoc -t rst
 * hyperlink reference `text <target>`__ (Word's footnote reference: `[3] <#_ftn3>`__); its text is
 * what comes before the last < (grammar/grid.re). */
int nb_grid_rst_link(const unsigned char *p, const unsigned char *lim);

/* Rewrites the drawn tables of t in place (t->data may be reallocated; t->len updated). diag gets
 * an info per table read and a warning per table left as it was; its byte offset is in t. */
void nb_grid_rewrite(nb_text *t, nb_enc_diag_fn diag, void *ctx);

#endif
