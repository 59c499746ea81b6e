/* encoding_icu.c — conversion to UTF-8 with an ICU converter, in bounded chunks; every undecodable
 * sequence becomes U+FFFD with a diagnostic. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
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

/* Appends UTF-16 as UTF-8; a high surrogate at the end of a chunk waits in *carry for its partner. */
static int put_utf16(obuf *ob, const UChar *u, size_t k, uint32_t *carry)
{
    if (k > (SIZE_MAX - 8) / 3 || ob_reserve(ob, 3 * k + 3)) return -1;
    unsigned char *o = (unsigned char *)ob->d + ob->len;
    for (size_t i = 0; i < k; i++) {
        uint32_t c = u[i];
        if (*carry) {
            if (c >= 0xDC00 && c <= 0xDFFF) {
                c = 0x10000 + ((*carry - 0xD800) << 10) + (c - 0xDC00);
                *carry = 0;
                *o++ = (unsigned char)(0xF0 | c >> 18);
                *o++ = (unsigned char)(0x80 | (c >> 12 & 0x3F));
                *o++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
                *o++ = (unsigned char)(0x80 | (c & 0x3F));
                continue;
            }
            *carry = 0; /* lone high surrogate: U+FFFD, then this unit on its own */
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
        }
        if (c >= 0xD800 && c <= 0xDBFF) {
            *carry = c;
            continue;
        }
        if (c >= 0xDC00 && c <= 0xDFFF) c = 0xFFFD;
        if (c < 0x80) {
            *o++ = (unsigned char)c;
        } else if (c < 0x800) {
            *o++ = (unsigned char)(0xC0 | c >> 6);
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (unsigned char)(0xE0 | c >> 12);
            *o++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    ob->len = (size_t)((char *)o - ob->d);
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
