/* pdf.h — a PDF file to the text the lexer reads (format.h says what that text is like).
 *
 * poppler-glib gives each page's characters with their boxes; lines are rebuilt from the
 * characters' vertical positions, and a line's characters are grouped into cells where the gap
 * between two of them is wider than about 1.5 character widths. A line of two or more cells is a
 * table row (one TAB-separated line); a line of one cell is prose, joined to the line before when
 * that one ran to the right margin (a wrapped paragraph). */
#ifndef NB_PDF_H
#define NB_PDF_H
#include <stddef.h>

#include "encoding.h"
#include "budget.h"

/* Same contract as nb_decode: 0 and out filled (UTF-8; out->encoding "utf-8"), or -1 and a one-line
 * reason in err: an encrypted or broken file, or a PDF without a text layer (nianbao does not OCR), or
 * (lim not NULL) the report's time used up, which is checked before each page. */
int nb_pdf_to_text(const unsigned char *in, size_t n, const nb_limits *lim, nb_text *out, nb_enc_diag_fn diag,
                   void *ctx, char *err, size_t errlen);

#endif
