/* harness_html.c — fuzz target `html`: an HTML page to report text (runtime/html.c, libxml2).
 *
 * What comes back must be NUL-terminated, well-formed UTF-8 without a NUL inside, or a refusal with
 * a one-line reason. */
#include "fuzz.h"
#include "html.h"

static void one(const unsigned char *data, size_t len)
{
    nb_text t = {0};
    char err[256];
    int rc = nb_html_to_text(data, len, NULL, &t, fuzz_on_diag, NULL, err, sizeof err);
    fuzz_check_answer("nb_html_to_text", rc, t.data, t.len, err);
    if (rc == 0) nb_text_free(&t);
}
