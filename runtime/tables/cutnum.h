/* cutnum.h — a number that the PDF reader marks cut at the page's edge (37…: pdfrows.c writes … after
 * the last glyph of a cell that stands by a cut edge, since the glyphs after it may be lost), as the
 * last value of a table row clipped before its 总计 column (shorttotal.h). */
#ifndef NB_CUTNUM_H
#define NB_CUTNUM_H
#include <stddef.h>

#include "celltok.h"

/* The digits of token t where it is such a number (37…, 1,38…), into digits (cap bytes),
 * NUL-terminated: how many; 0 where t is none. */
size_t nb_cut_digits(const nb_ctok *t, char *digits, size_t cap);

/* Whether the token right after a row's cells, on the line of its last, is such a number: the row's
 * last value, cut, is then one of its values (the whole value unknown, its column left null), and a
 * row one short with it is short (tables.c). */
int nb_short_cut_after(const nb_tparse *tp, nb_tspan cells);

#endif
