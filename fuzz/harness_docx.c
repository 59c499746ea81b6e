/* harness_docx.c — fuzz target `docx`: a Word package to report text (runtime/read/docx.c, wordnum.c,
 * zipread.c; libzip and libxml2 under them).
 *
 * What comes back must be NUL-terminated, well-formed UTF-8 without a NUL inside, or a refusal with
 * a one-line reason; every diagnostic has a severity, a code and a one-line message. The seeds
 * (fuzz/seeds-docx) store their parts uncompressed, so mutations reach the XML as well as the ZIP
 * structure. */
#include "fuzz.h"
#include "docx.h"

static void one(const unsigned char *data, size_t len)
{
    nb_text t = {0};
    char err[256];
    int rc = nb_docx_to_text(data, len, &t, fuzz_on_diag, NULL, err, sizeof err);
    fuzz_check_answer("nb_docx_to_text", rc, t.data, t.len, err);
    if (rc == 0) nb_text_free(&t);
}
