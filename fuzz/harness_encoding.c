/* harness_encoding.c — fuzz target `encoding`: bytes to UTF-8 text (runtime/encoding.c, nb_decode).
 *
 * The first byte picks the encoding forced, as --encoding would (most inputs detect: that is where
 * the guessing is); the rest is the input. What comes back must be NUL-terminated, well-formed UTF-8,
 * or a refusal with a one-line reason. */
#include "fuzz.h"
#include "encoding.h"

static const char *const forced[] = {"utf-8", "gb18030", "gbk", "big5", "utf-16le", "utf-16be", "utf-16",
                                     "iso-8859-1", "windows-1252", "shift_jis", "no-such-encoding", ""};
enum { NFORCED = sizeof forced / sizeof forced[0] };

static void on_diag(void *ctx, const char *severity, const char *code, const char *message, size_t at)
{
    size_t n = *(size_t *)ctx;
    fuzz_check_diag(severity, code, message);
    if (at > n) FAIL("diagnostic %s at byte %zu of a %zu-byte input", code, at, n);
}

static void one(const unsigned char *data, size_t len)
{
    /* first byte below 0x80 + NFORCED: detect; else the encoding it names */
    const char *enc = NULL;
    if (len && data[0] >= 0x80 && data[0] < 0x80 + NFORCED) enc = forced[data[0] - 0x80];
    if (len) data++, len--;
    nb_text t;
    char err[256];
    size_t n = len;
    if (nb_decode(data, len, enc, &t, on_diag, &n, err, sizeof err) == 0) {
        fuzz_check_text("nb_decode", t.data, t.len);
        if (!t.encoding || !*t.encoding) FAIL("nb_decode: no encoding named");
        nb_text_free(&t);
    } else {
        fuzz_check_reason("nb_decode", err);
    }
}
