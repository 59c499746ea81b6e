/* encoding_icu.c — conversion to UTF-8 with an ICU converter, in bounded chunks; every undecodable
 * sequence becomes U+FFFD with a diagnostic. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#include "encoding_int.h"

#define ICU_SLICE ((size_t)1 << 30)     /* ICU rejects source spans over INT32_MAX */
#define UCHUNK ((size_t)1 << 20)        /* UTF-16 staging buffer, in UChars */

/* ---------- ICU conversion ---------- */

typedef struct cbstate {
    const reporter *r;
    const char *start; /* first byte given to the converter */
    size_t base;       /* its offset in the original input */
    const char *enc;
    size_t count, first;
} cbstate;

/* Every undecodable sequence becomes U+FFFD (ICU would use U+001A for some single-byte charsets) and is
 * counted; the position is where the converter stood minus the bad bytes. */
static void U_EXPORT2 to_u_cb(const void *context, UConverterToUnicodeArgs *args, const char *units,
                              int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
    (void)units;
    if (reason > UCNV_IRREGULAR) return; /* reset/close/clone: nothing to do, context may be gone */
    cbstate *cb = (cbstate *)(uintptr_t)context;
    size_t pos = (size_t)(args->source - cb->start), len = length > 0 ? (size_t)length : 0;
    size_t off = cb->base + (pos >= len ? pos - len : 0);
    if (!cb->count++) cb->first = off;
    if (cb->count <= DIAG_LIMIT)
        nb_enc_say(cb->r, "warning", "invalid-bytes", off,
               "%zu byte(s) at offset %zu cannot be decoded as %s; replaced by U+FFFD", len, off, cb->enc);
    static const UChar fffd = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

/* Appends UTF-16 as UTF-8; a high surrogate at the end of a chunk waits in *carry for its partner, a
 * lone surrogate becomes U+FFFD. */
static int put_utf16(obuf *ob, const UChar *u, size_t k, uint32_t *carry)
{
    if (k > (SIZE_MAX - 8) / 3 || ob_reserve(ob, 3 * k + 3)) return -1;
    uint8_t *o = (uint8_t *)ob->d;
    size_t at = ob->len;
    for (size_t i = 0; i < k; i++) {
        UChar32 c = u[i];
        if (*carry) {
            UChar32 lead = (UChar32)*carry;
            *carry = 0;
            if (U16_IS_TRAIL(c)) {
                U8_APPEND_UNSAFE(o, at, U16_GET_SUPPLEMENTARY(lead, c));
                continue;
            }
            U8_APPEND_UNSAFE(o, at, 0xFFFD); /* lone high surrogate, then this unit on its own */
        }
        if (U16_IS_LEAD(c)) {
            *carry = (uint32_t)c;
            continue;
        }
        if (U16_IS_TRAIL(c)) c = 0xFFFD;
        U8_APPEND_UNSAFE(o, at, c);
    }
    ob->len = at;
    return 0;
}

/* Converts with the named ICU converter. Returns 0, -1 on failure (err set), -2 if the name is unknown. */
int nb_enc_icu_to_utf8(const char *cname, const unsigned char *in, size_t n, size_t base, const char *enc,
                       const reporter *r, obuf *ob, char *err, size_t errlen)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(cname, &st);
    if (U_FAILURE(st) || !cnv) {
        if (cnv) ucnv_close(cnv);
        return -2;
    }
    cbstate cb = {r, (const char *)in, base, enc, 0, 0};
    ucnv_setToUCallBack(cnv, to_u_cb, &cb, NULL, NULL, &st);
    size_t cap = n < UCHUNK ? n + 16 : UCHUNK;
    UChar *u = malloc(cap * sizeof *u);
    /* Most legacy CJK text grows by half (2 bytes -> 3); start there to avoid most reallocations. */
    if (U_FAILURE(st) || !u || (n / 2 < SIZE_MAX - n - 16 && ob_reserve(ob, n + n / 2 + 16))) {
        free(u);
        ucnv_close(cnv);
        return nb_enc_fail(err, errlen, "out of memory or converter setup failed for %s", enc);
    }
    const char *src = (const char *)in, *end = src + n;
    uint32_t carry = 0;
    int rc = 0;
    for (;;) {
        const char *lim = (size_t)(end - src) > ICU_SLICE ? src + ICU_SLICE : end;
        UBool flush = lim == end;
        UChar *t = u;
        st = U_ZERO_ERROR;
        ucnv_toUnicode(cnv, &t, u + cap, &src, lim, NULL, flush, &st);
        if (put_utf16(ob, u, (size_t)(t - u), &carry)) {
            rc = nb_enc_fail(err, errlen, "out of memory decoding %s", enc);
            break;
        }
        if (st == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(st)) {
            rc = nb_enc_fail(err, errlen, "decoding %s failed: %s", enc, u_errorName(st));
            break;
        }
        if (flush) break;
    }
    if (rc == 0 && carry) {
        if (ob_reserve(ob, 3)) rc = nb_enc_fail(err, errlen, "out of memory decoding %s", enc);
        else ob_fffd(ob);
    }
    free(u);
    ucnv_close(cnv);
    if (rc == 0 && cb.count > DIAG_LIMIT)
        nb_enc_say(r, "warning", "invalid-bytes", cb.first,
               "%zu undecodable byte sequences in total were replaced by U+FFFD (only the first %d are listed)",
               cb.count, DIAG_LIMIT);
    return rc;
}
