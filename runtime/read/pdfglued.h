/* pdfglued.h — the cells of a row glued into one run of digits by a print without cell padding
 * (4477|260|300|715 printed 4477260300715, each number as wide as its narrow cell), parted where the
 * page's ruled lines run behind the run. Part of the PDF reader's rows (pdfrows.c). */
#ifndef NB_PDFGLUED_H
#define NB_PDFGLUED_H
#include <stddef.h>

#include <stdint.h>

#include "pdfrules.h"

/* A glyph of the line: its box (PDF points, y downwards) and its character. */
typedef struct nb_gbox {
    double x1, y1, x2, y2;
    uint32_t c;
} nb_gbox;

/* Over glyphs g[0, n) of one line (in reading order, em its size), sets part[j] = 1 where a cell
 * starts at glyph j inside a run of cell values (digits, dashes, slashes) set edge to edge: a
 * vertical rule of r runs behind the line at the edge between glyphs j - 1 and j, and the run's
 * outer ends stand on rules too, so each piece fills its cell box exactly (a number that overflows
 * its cell over a rule ends inside the next cell: it is not parted). part[] is cleared first. */
void nb_pdf_glued_parts(const nb_gbox *g, size_t n, double em, const nb_rules *r, unsigned char *part);

#endif
