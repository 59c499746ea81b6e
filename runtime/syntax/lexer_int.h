/* lexer_int.h — what the files of the line lexer share (grammar/lexer.re, the lexer proper and the
 * page noise it drops; grammar/lexer_meta.re, page headers' keys and dates; grammar/lexer_title.re,
 * titles; rowline.c, a line as a row of numbers): the scans that one file calls in another. */
#ifndef NB_LEXER_INT_H
#define NB_LEXER_INT_H
#include "lexer.h"

/* ---------- the lexer proper (lexer.re) ---------- */

/* Page chrome that ends a line and may follow its text (…费用1万元。 附件下载). */
int nbl_is_tail_junk(const unsigned char *p, const unsigned char *e, const unsigned char *lim);

/* ---------- titles (lexer_title.re) ---------- */

/* Scans a heading's title from s to the end of its segment e; see nb_title_end. */
void nbl_scan_title(nb_tok *t, const unsigned char *s, const unsigned char *e, const unsigned char *lim);
/* Where the next token starts inside [p, e): a heading after 。！？； or a blank, a level-1 title glued
 * to a flattened table's digits, or page chrome that ends the line. */
const unsigned char *nbl_find_inline_heading(const unsigned char *p, const unsigned char *e,
                                             const unsigned char *lim, const unsigned char **bnd);

/* ---------- a line as a row (rowline.c) ---------- */

/* A whole table row on one line: cells separated by tabs or pipes, or a label followed by at least
 * two blank-separated numbers. */
int nbl_is_row_line(const unsigned char *s, const unsigned char *e);

#endif
