/* partvalue.h — the one value of a one-column part of a table printed in parts (tableparts.h), set
 * in its label's cell by a print: a table of a label column and one value column, which pdftotext
 * -layout writes a row a line, the value far right of its label after many blanks (一、本年新收政府信
 * 息公开申请数量                  84), and the cell lexer reads as one cell, the label going on with a
 * number (its rest).
 *
 * Such a rest is the part's one value only where the text leaves no other reading: the rest one number,
 * the last thing on the label's own line, after a gap of at least two blanks (a label that ends in a
 * digit, or a note's mark set after it with a blank, is never a value), no cell after it, and no row
 * of the table after this one read yet (the rows in the template's order). */
#ifndef NB_PARTVALUE_H
#define NB_PARTVALUE_H
#include "celltok.h"

/* Whether the rest of the label at label_tok (row its place among keys' rows, seen the rows read so
 * far, cells after it) is the one value of the one-column part d: then *value is it, *raw and *span
 * say where it is written, and 1 is returned. */
int nb_part_value_in_label(const nb_tparse *tp, const nb_edition_keys *keys, const unsigned char *seen,
                           size_t label_tok, nb_tspan cells, int row, const nb_rowdef *d, nb_str *raw,
                           nb_span *span, double *value);

#endif
