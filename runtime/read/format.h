/* format.h — which reader turns the input into text: plain text, an HTML page or a PDF file.
 *
 * Every reader gives the same kind of text, so the edition grammars are shared: prose as lines,
 * headings on their own lines, each table row on one line with its cells separated by TABs (a cell
 * covered by a rowspan/colspan repeated as an empty cell), a blank line before and after a table.
 * Spans then point into that text; source.format says which reader made it. */
#ifndef NB_FORMAT_H
#define NB_FORMAT_H
#include <stddef.h>

#include "encoding.h"
#include "budget.h"
#include "pagebreak.h"

/* "text", "html", "pdf", "docx" or "doc" (static strings). forced: NULL or "" detects — PDF magic,
 * ZIP magic (docx), OLE2 or RTF magic (doc), then the file name's extension (.html .htm .shtml
 * .xhtml .pdf), then HTML markup at the start of the content; otherwise it must be one of the five
 * names, and NULL is returned for any other. */
const char *nb_format_detect(const unsigned char *in, size_t n, const char *path, const char *forced);

/* The input as the text the lexer reads, by the reader nb_format_detect picks. *format_out is set
 * to the reader used (also when it fails, so an error can say which). encoding: NULL or the name
 * of a character encoding to force (text and HTML; a PDF carries its own). lim: NULL, or the
 * report's budget, whose time the PDF reader checks between pages. row_label: NULL, or whether a
 * text is a template's row label (a label split by a page break is joined only into one,
 * pagebreak.h). Returns 0 on success, -1 with a one-line reason in err. Reentrant. */
int nb_format_decode(const unsigned char *in, size_t n, const char *forced_format, const char *path,
                     const char *encoding, const nb_limits *lim, nb_row_label_fn row_label, nb_text *out,
                     const char **format_out, nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen);

#endif
