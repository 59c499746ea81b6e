/* flow_joins.h — table 三's values in reading order where some numbers came in two pieces: a narrow
 * cell (Word's print of a table in narrow columns) breaks a number that does not fit over two lines
 * of its own (657 as 65↵7; 8993 as 899↵3), and pdftotext writes the pieces as two values on
 * consecutive lines, cells apart by a blank line. Then the values are more than the rows' cells.
 *
 * Each cell is then one value, or two values on consecutive lines (nothing else between them, the
 * first not a lone 0 nor starting with one) read as one number, their digits in order. The rows'
 * order and the columns' still hold (flow_table.h), so a reading is a way to cut the values into
 * the rows, each row adding up (R2), and the columns adding up as R1 and R3 declare. Where exactly
 * one way to cut them does, it is the table: a piece joined to the wrong neighbour shifts every
 * cell after it. Where none does, or more than one, nothing is read. */
#ifndef NB_FLOW_JOINS_H
#define NB_FLOW_JOINS_H
#include "celltok.h"

/* The n values v (in the text's order, more than nrows × ncols) cut into the table's cells as
 * above: where exactly one cut adds up, out[0 .. nrows × ncols) takes the cells row by row (a joined
 * cell a token of joined[], its raw and span from the first piece's start to the last's end) and
 * the function returns how many cells were joined; 0 where no cut adds up, -1 where more than one
 * does (or the search is too long to be sure: a bound on the rows' options tried). joined has room
 * for nrows × ncols tokens. */
int nb_flow_join_pieces(const nb_tparse *tp, const nb_ctok *const *v, int n, int nrows, int ncols,
                        nb_ctok *joined, const nb_ctok **out);

#endif
