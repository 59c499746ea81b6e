/* html.h — an HTML page to the text the lexer reads (format.h says what that text is like).
 *
 * The page is decoded to UTF-8 first (forced encoding, BOM, valid UTF-8, the charset its <meta>
 * declares, else detection), parsed by libxml2's HTML parser in recover mode, and only the element
 * holding the report is rendered: the lowest element that contains its numbered sections 一、二、…
 * (navigation, header and footer are left out, with an info diagnostic). Data tables become one
 * TAB-separated line per row with rowspan/colspan expanded; layout tables (whole blocks of prose or
 * other tables in their cells) are rendered as blocks. */
#ifndef NB_HTML_H
#define NB_HTML_H
#include <stddef.h>

#include "encoding.h"

/* Same contract as nb_decode: 0 and out filled (out->encoding is the page's encoding), or -1 and a
 * one-line reason in err. Reentrant; memory proportional to the input. */
int nb_html_to_text(const unsigned char *in, size_t n, const char *forced_encoding, nb_text *out,
                    nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen);

#endif
