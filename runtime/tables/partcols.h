/* partcols.h — whether a print's values stand under the labels of their columns.
 *
 * A part of a row printed as a table of its own (rowparts.h) gives as many values as the part has
 * columns; in a print's text each is placed where its cell stands. Where a cell is blank the print
 * writes nothing there, and a value from the table beside it (the part after it, cut at the page's
 * edge: 行政复议's five columns, 结果纠正 blank, and the first value of 行政诉讼 under its cut label)
 * brings the count back: the values then fill the columns one left of their own. Where the header
 * prints each of the part's column labels whole on one line, each value must stand nearest the label
 * of its own column, in order: one that stands nearest another label says the values are not in
 * their columns. */
#ifndef NB_PARTCOLS_H
#define NB_PARTCOLS_H
#include <stdint.h>

#include "celltok.h"
#include "edition.h"

/* A column label's own words: those after its group's word (结果维持 of 行政复议 结果维持), or the
 * whole label where it has no group. */
const char *nb_column_words(const char *label);

/* The characters of a header's words: of the text and label tokens among [from, to), in order. */
typedef struct nb_header_chars {
    const nb_tparse *tp;
    size_t at, to;              /* the next token, the end */
    const unsigned char *p, *e; /* what is left of the token being walked */
} nb_header_chars;

nb_header_chars nb_header_chars_of(const nb_tparse *tp, size_t from, size_t to);
/* The next character into *c: 1, or 0 past the last. */
int nb_header_char_next(nb_header_chars *w, uint32_t *c);

/* Whether the values of cells (all on one line, as many as view's columns), after the header from
 * token head, stand under other labels of view's columns than their own, those labels printed whole
 * on one line of the header. 0 where the header shows no such line (labels wrapped: nothing said). */
int nb_part_values_astray(const nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *view);

/* Whether the header's text in tokens [from, to) shows the columns of d (a part's view): every
 * character of their labels (结果维持 …, the template's labels after the group's word), as often as
 * they have it, however a copy wrapped or interleaved them (结果 结果 其他 / 维持 纠正 结果). Values
 * right after a group's word alone may be another table's that reading order set there. */
int nb_columns_shown(const nb_tparse *tp, size_t from, size_t to, const nb_rowdef *d);

#endif
