/* pdfclip.h — text a PDF page does not show whole: drawn past the page's edge, or cut by the clip a
 * browser's print sets at the page's margins. Chromium clips a table wider than its page there, and
 * draws only the glyphs that start inside: at A5 and 150 % a column header 采购总金额 prints as 采购总,
 * the amount 187.35 as 187 (the 7 half drawn, .35 not at all); Writer draws a table wider than its
 * page past the page's edge. A number so cut must not be read as the cell's: the glyphs are marked
 * (nb_glyph.cut) and pdfrows.c writes … where the text is cut, so that the cell is text, left null.
 *
 * poppler gives no clip, but it gives what a page draws within it (poppler_page_get_bounding_box):
 * a glyph whose box runs past that by more than its side bearing is cut, and that edge is then a
 * cut edge of the page, where a glyph that ends just inside may have lost those after it. */
#ifndef NB_PDFCLIP_H
#define NB_PDFCLIP_H
#include <stddef.h>

#include "pdfrows.h"

/* What a page shows across (PDF points): the page from 0 to width, and what it draws from drawn_x1
 * to drawn_x2 (drawn_x1 > drawn_x2: not known). */
typedef struct nb_page_view {
    double width, drawn_x1, drawn_x2;
} nb_page_view;

/* Marks the glyphs g[0, n) of one page (nb_glyph.cut: NB_CUT_* where a glyph crosses an edge of
 * what the page shows, NB_NEAR_* where it stands inside an edge that some glyph crosses). Returns
 * the number of glyphs that cross one. */
size_t nb_pdf_mark_cut(nb_glyph *g, size_t n, const nb_page_view *v);

#endif
