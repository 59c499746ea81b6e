/* pdfrows.h — a PDF's positioned characters to the text the lexer reads (format.h says what that
 * text is like): the half of the PDF reader that knows nothing of poppler, so that it can be tested
 * and fuzzed on positions alone (fuzz/harness_pdfrows.c).
 *
 * Lines are rebuilt from the characters' vertical positions, and a line's characters are grouped
 * into cells where the gap between two of them is wider than about 1.5 character widths. A line of
 * two or more cells is a table row (one TAB-separated line); a line of one cell is prose, joined to
 * the line before when that one ran to the right margin (a wrapped paragraph). Where the caller
 * gives a page's ruled lines (nb_pdf_rows_ruled), they part cells and rows too (docs/editions.md). */
#ifndef NB_PDFROWS_H
#define NB_PDFROWS_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "pdfrules.h"

/* One character and its box (PDF points, y growing downwards, as poppler gives them). */
typedef struct nb_glyph {
    double x1, y1, x2, y2; /* x1 <= x2, y1 <= y2, all finite */
    uint32_t c;
    unsigned char u[4]; /* c in UTF-8: k bytes */
    unsigned char k;
    int page;   /* 0-based */
    size_t idx; /* its place in the page's text: the order the producer drew it in */
    unsigned char cut; /* NB_CUT_* (pdfclip.h): the page shows it cut, or it stands at such an edge */
} nb_glyph;

/* nb_glyph.cut: drawn past the right or left edge of what the page shows (its text is cut there:
 * written with … on that side), or standing right inside such an edge (a table's cell that ends
 * there may have lost what followed: written so too; prose is not) */
enum { NB_CUT_RIGHT = 1, NB_CUT_LEFT = 2, NB_NEAR_RIGHT = 4, NB_NEAR_LEFT = 8 };

/* The text of pages [0, pages) from their glyphs g[0, n), given page after page, each page's in the
 * order of its text (the order decides between glyphs at the same place). The glyphs are reordered
 * in place; one whose page is out of that order or range is left out. The text is appended to out
 * (left with a NUL after it); returns the number of page numbers dropped from the pages' feet. */
size_t nb_pdf_rows(nb_glyph *g, size_t n, int pages, nb_buf *out);

/* The ruled lines drawn on a page (0-based), into *out: 0, or -1 where they cannot be had. */
typedef int (*nb_page_rules_fn)(void *ctx, int page, nb_rules *out);

/* nb_pdf_rows, told the pages' ruled lines by `rules` (NULL: none), which it asks for only on a page
 * where a table's number seems wrapped inside its cell (18 on one line, 1 under it): where both
 * pieces stand alone in one ruled cell box, they are one number (181), joined on the first line. */
size_t nb_pdf_rows_ruled(nb_glyph *g, size_t n, int pages, nb_page_rules_fn rules, void *ctx, nb_buf *out);

/* Marks the glyphs g[0, n) of a page (0-based) that the page cuts at the edges of what it shows
 * (nb_glyph.cut, pdfclip.h), whatever they were marked before. */
typedef void (*nb_page_cut_fn)(void *ctx, int page, nb_glyph *g, size_t n);

/* nb_pdf_rows_ruled, where `cut` (NULL: none) marks the glyphs of each page that holds a table's
 * line: asked on those pages only, as it costs a pass over the page's drawing. */
size_t nb_pdf_rows_cut(nb_glyph *g, size_t n, int pages, nb_page_rules_fn rules, nb_page_cut_fn cut, void *ctx,
                       nb_buf *out);

#endif
