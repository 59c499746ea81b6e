/* docx.h — a Word document (.docx, .docm, the .docx WPS writes) to the text the lexer reads
 * (format.h says what that text is like).
 *
 * The package is opened with libzip under bounds (zipread.h); the main part, its numbering and its
 * styles are parsed by libxml2 without network, DTD loading or entity expansion. The body is
 * written as the HTML reader writes a page: one line per paragraph, with the number Word draws in
 * front of it (wordnum.h); a table as a blank line, one TAB-separated line per row with w:gridSpan
 * and w:vMerge expanded into empty positions (as colspan and rowspan are), a blank line; layout
 * tables (a table or long prose in a cell, one column) as blocks. Text boxes are read where they
 * stand; tracked insertions are kept and deletions dropped; a field shows its result, not its
 * instruction; hidden text is left out; a form text box (an ActiveX control, as Writer saves a page's
 * <input value>) shows its value, other controls nothing. Headers, footers, comments, footnotes and endnotes are not
 * body text: they are left out, with an info diagnostic saying how many there were. */
#ifndef NB_DOCX_H
#define NB_DOCX_H
#include <stddef.h>

#include "encoding.h"

/* Same contract as nb_decode: 0 and out filled (UTF-8; out->encoding "utf-8"), or -1 and a one-line
 * reason in err: a corrupt or truncated archive, a zip bomb, an encrypted document, a ZIP that is
 * no Word document (its kind said: an .xlsx, a .pptx, an .odt). Reentrant. */
int nb_docx_to_text(const unsigned char *in, size_t n, nb_text *out, nb_enc_diag_fn diag, void *ctx, char *err,
                    size_t errlen);

#endif
