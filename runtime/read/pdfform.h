/* pdfform.h — the text a PDF page shows in its form fields.
 *
 * A page published from a web form (the table's counts in <input readonly value="466"> boxes, as
 * some reporting systems print them) and saved through Word or Writer to PDF keeps each count as a
 * text field: a widget annotation whose value (/V) the viewer draws in the field's box. The page's
 * own text (poppler_page_get_text) holds none of it, so a table so printed had its labels and no
 * numbers. The value is what every viewer shows (the producer asks viewers to draw it:
 * NeedAppearances), so it is read as text placed in the field's box; a hidden field and a password
 * field (drawn as dots) are left out. */
#ifndef NB_PDFFORM_H
#define NB_PDFFORM_H
#include <stddef.h>

#include "pdfrows.h"
#include "poppler_load.h"

/* Appends to (*v, *n, *cap) the characters of page `page`'s text fields, each a glyph in its field's
 * box (PDF points, y downwards, as poppler's text boxes), numbered from idx on (nb_glyph.idx: after
 * the page's own text). Returns the number appended. */
size_t nb_pdf_form_glyphs(const nb_poppler *P, PopplerPage *pg, int page, size_t idx, nb_glyph **v, size_t *n,
                          size_t *cap);

/* The span across page pg of the text fields it shows, into *x1 <= *x2: 1, or 0 where it shows none.
 * poppler's box of what a page draws (pdfclip.h) leaves them out, though they are drawn. */
int nb_pdf_form_across(const nb_poppler *P, PopplerPage *pg, double *x1, double *x2);

#endif
