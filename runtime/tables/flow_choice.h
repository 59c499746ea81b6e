/* flow_choice.h — the one table among several choices of table 三's values in reading order.
 *
 * Where the values of table 三's part are more than its cells, some of them are no cells (a line drawn
 * twice across a page break: flow_repeat.h; a column of row numbers: flow_rownums.h), and which ones
 * is not known from the text alone. Each choice of the values to set aside leaves a sequence; the
 * sequences whose every sum holds (R1, R2, R3: flow_sums.h) are tables the print may be. They are
 * read only where they are one table: choices that give the same cells (a 0 among 0s set aside) are
 * the same table; two different tables that both add up are neither certain. */
#ifndef NB_FLOW_CHOICE_H
#define NB_FLOW_CHOICE_H
#include "celltok.h"

typedef struct nb_flow_choice {
    int nrows, ncols;
    const nb_ctok **try_;  /* the sequence of the choice at hand, nrows × ncols values */
    const nb_ctok **found; /* the first table that added up */
    int tables;            /* distinct tables that add up: 0, 1, or 2 meaning more than one */
} nb_flow_choice;

/* Makes room for nrows × ncols values; 0 where memory fails. */
int nb_flow_choice_open(nb_flow_choice *c, int nrows, int ncols);
void nb_flow_choice_close(nb_flow_choice *c);

/* Lays v[0..n) without the values whose drop[i] is set (exactly n - nrows × ncols of them) into
 * c->try_ and weighs it as nb_flow_choice_weigh does. */
void nb_flow_choice_drop(nb_flow_choice *c, const nb_ctok *const *v, int n, const unsigned char *drop);

/* Where c->try_ adds up in every row and column and gives cells other than the table found, counts
 * one more table (found keeps the first). */
void nb_flow_choice_weigh(nb_flow_choice *c);

/* Where exactly one table added up, writes it into v (nrows × ncols) and returns 1; else 0. */
int nb_flow_choice_take(const nb_flow_choice *c, const nb_ctok **v);

#endif
