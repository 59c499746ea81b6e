/* doc_convert.h — a Word 97-2003 document (.doc), a WPS or Works .wps, or an RTF file, converted to
 * .docx by LibreOffice headless and then read by docx.h. nianbao writes no reader for those binary
 * formats: LibreOffice's is maintained and keeps Chinese text and tables (docs/formats.md says why
 * not antiword or catdoc).
 *
 * The conversion runs in a fresh temporary directory (the input copied there, LibreOffice's profile
 * there too, HOME pointed there), in its own process group, killed with the group after a time
 * limit; the directory is removed afterwards. The user's files and profile are never touched. */
#ifndef NB_DOC_CONVERT_H
#define NB_DOC_CONVERT_H
#include <stddef.h>

#include "encoding.h"

#define NB_CONVERT_SECONDS 120 /* LibreOffice's first start in a new profile takes 10-20 s */

/* Same contract as nb_decode. Errors: "encrypted document", what an OLE2 file is when it is no word
 * processor's ("an Excel 97-2003 workbook (.xls)…"), no converter installed (naming the Debian
 * package libreoffice-writer-nogui), a conversion that failed or timed out. */
int nb_doc_to_text(const unsigned char *in, size_t n, nb_text *out, nb_enc_diag_fn diag, void *ctx, char *err,
                   size_t errlen);

#endif
