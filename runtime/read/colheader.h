/* colheader.h — the columns a table's header gives, for a row of aligned numbers that lacks some
 * (cells left blank, as reports often leave every zero of table 三's legal-person columns).
 *
 * A header over aligned numbers prints each column's name above its cells (w3m, elinks and links2
 * without borders, the PDF reader's positioned lines), on up to a few lines: a name spanning
 * columns (法人或其他组织) above the names of its columns (商业企业 科研机构 …), a name wrapped
 * over lines (社会公 / 益组织) in one column. The leaf columns are the names with no name under
 * them; a number of a row lies under the one it belongs to. Only positions are used: the caller
 * says which pieces of which lines are the header's, and checks the columns against its rows. */
#ifndef NB_COLHEADER_H
#define NB_COLHEADER_H
#include <stddef.h>

/* A piece of a header line at display columns [x0, x1), on header line `level` (0 the top one). */
typedef struct nb_hpiece {
    int x0, x1;
    unsigned level;
} nb_hpiece;

/* The leaf columns of header pieces p[0, n) into leaf[0, cap), left to right: each piece with no
 * piece of a lower line under it, widened by the pieces above it that stand over it alone and line up
 * with it (自 / 然 / 人 printed a character a line). Returns how many, or 0 where two leaves overlap (a header that
 * does not line up with itself) or there are more than cap. */
size_t nb_header_leaves(const nb_hpiece *p, size_t n, nb_hpiece *leaf, size_t cap);

/* The leaf column of a number at [x0, x1) among leaf[0, n): the one leaf it overlaps, or, where it
 * overlaps none, the one whose centre it lies clearly nearer than any other's (at most half the
 * distance, and two columns nearer). -1 where neither is certain. */
int nb_header_column(const nb_hpiece *leaf, size_t n, int x0, int x1);

#endif
