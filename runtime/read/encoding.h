/* encoding.h — raw input bytes to UTF-8 text: BOMs, UTF-8 validation and repair, charset detection
 * (GB18030 first, since that is what Chinese reports use when they are not UTF-8), binary refusal. */
#ifndef NB_ENCODING_H
#define NB_ENCODING_H
#include <stddef.h>

#include "text.h"


/* Called for each problem found; byte_offset is an offset into the ORIGINAL input. code is a short
   kebab-case string ("nul-byte", "invalid-utf8", "invalid-bytes", "encoding-detected"), message a
   one-line English sentence (may contain the offset). */
typedef void (*nb_enc_diag_fn)(void *ctx, const char *severity /* "warning"|"error"|"info" */,
                               const char *code, const char *message, size_t byte_offset);

/* A reader's diagnostics: where they go (fn may be NULL: nowhere). */
typedef struct nb_enc_sink {
    nb_enc_diag_fn fn;
    void *ctx;
} nb_enc_sink;

/* One diagnostic at byte off of the input (0 where it is about the whole), its message formatted
 * (cut at 320 bytes); d may be NULL. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void nb_enc_say(const nb_enc_sink *d, const char *severity, const char *code, size_t off, const char *fmt, ...);

/* Whether name (any case) is GB2312, GBK, GB18030 or one of their aliases: decoded as GB18030, their
 * superset (a "GB2312" file or page routinely holds GBK characters). One list for the decoder's
 * forced and detected names and an HTML page's declared charset (html_charset.c). */
int nb_enc_is_gb_family(const char *name);

/* The length of the longest prefix of s[0, n) that is well-formed UTF-8 (Unicode table 3-7). */
size_t nb_utf8_valid_prefix(const unsigned char *s, size_t n);

/* forced: NULL or "" = detect; otherwise an ICU converter name such as "utf-8", "gb18030", "gbk", "big5".
   Returns 0 on success (out filled), -1 when the input is unusable; then err holds a one-line reason
   (for example "binary file (NUL bytes / control characters)", "unknown encoding 'foo'").
   diag may be NULL; err may be NULL when errlen is 0. Reentrant: no shared mutable state. */
int nb_decode(const unsigned char *in, size_t n, const char *forced, nb_text *out,
              nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen);
void nb_text_free(nb_text *t);

#endif
