/* harness_html.c — fuzz target `html`: an HTML page to report text (runtime/html.c, libxml2).
 *
 * What comes back must be NUL-terminated, well-formed UTF-8 without a NUL inside, or a refusal with
 * a one-line reason. */
#include "fuzz.h"
#include "html.h"

static void on_diag(void *ctx, const char *severity, const char *code, const char *message, size_t at)
{
    (void)ctx;
    (void)at;
    if (!severity || !code || !*code || !message) FAIL("diagnostic without severity, code or message");
    if (strchr(message, '\n')) FAIL("diagnostic %s not one line", code);
}

static void one(const unsigned char *data, size_t len)
{
    nb_text t;
    char err[256];
    if (nb_html_to_text(data, len, NULL, &t, on_diag, NULL, err, sizeof err) == 0) {
        fuzz_check_text("nb_html_to_text", t.data, t.len);
        if (memchr(t.data, 0, t.len)) FAIL("nb_html_to_text: a NUL inside the text");
        nb_text_free(&t);
    } else {
        fuzz_check_reason("nb_html_to_text", err);
    }
}
