/* lines.h — the line conventions the markup readers share (html.c, docx.c), so that a page and the
 * same report saved as a Word file give the same text (format.h says what that text is like):
 * blanks collapse to one space; a source break (a line end, a tab) between two CJK characters is
 * no space; padding at either end of a line is dropped; a blank line stands before and after a
 * table, never two; inside a table cell a line end only joins, so the cell stays on its row.
 *
 * The state is the caller's: pend, the blank waiting (0 none, 1 a space, 2 a break), and last, the
 * last character of the line (0 at its start). */
#ifndef NB_LINES_H
#define NB_LINES_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* CJK and its punctuation: no space is implied where a break falls between two of these. */
static inline int nb_lines_wide(uint32_t c) { return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F); }

/* Character c (the k bytes at p) after the blank waiting, if one is due. */
void nb_lines_put(nb_buf *b, int *pend, uint32_t *last, const unsigned char *p, size_t k, uint32_t c);

/* Ends the line (trimming its padding), unless in a cell, where it leaves a break waiting. */
void nb_lines_end(nb_buf *b, int cell, int *pend, uint32_t *last);

/* Ends the line and leaves one blank line (outside cells). */
void nb_lines_blank(nb_buf *b, int cell, int *pend, uint32_t *last);

#endif
