/* encoding.c — raw input bytes to UTF-8.
 *
 * Order of decisions: known binary magic -> BOM -> (forced converter) -> BOM-less UTF-16 (mostly Latin
 * by its NULs, Chinese by the ranges of its units) -> NUL/control
 * density -> UTF-8 (fast check, then "mostly valid" repair) -> ICU detection, biased towards GB18030
 * because that is what non-UTF-8 Chinese government reports are in.
 * Nothing here is global and mutable: ICU converters and detectors are opened per call.
 * The steps live in encoding_sniff.c, encoding_utf8.c, encoding_detect.c and encoding_icu.c
 * (encoding_int.h); this file takes the decisions in that order and holds the API. */
#include "encoding.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "encoding_int.h"

/* ---------- diagnostics ---------- */

void nb_enc_say(const nb_enc_sink *d, const char *severity, const char *code, size_t off, const char *fmt, ...)
{
    if (!d || !d->fn) return;
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->fn(d->ctx, severity, code, msg, off);
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int nb_enc_fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* ---------- API ---------- */

static int finish(nb_text *out, obuf *ob, const char *enc, int had_bom)
{
    if (ob_reserve(ob, 0)) return -1; /* guarantees the terminator slot, also for empty output */
    ob->d[ob->len] = 0;
    if (ob->cap - ob->len > 65536 && ob->cap - ob->len > ob->len / 8) { /* give back a generous guess */
        char *p = realloc(ob->d, ob->len + 1);
        if (p) ob->d = p, ob->cap = ob->len + 1;
    }
    out->data = ob->d;
    out->len = ob->len;
    out->encoding = enc;
    out->had_bom = had_bom;
    return 0;
}

/* v: length of the valid prefix if the caller already knows it, else SIZE_MAX. Validating 50 MB once
 * is enough. */
static int decode_utf8(const unsigned char *s, size_t n, size_t v, size_t base, nb_text *out,
                       const reporter *r, int had_bom, char *err, size_t errlen)
{
    obuf ob = {0};
    if (v == SIZE_MAX) v = nb_utf8_valid_prefix(s, n);
    int rc;
    if (v == n) { /* the common case: one exact allocation and a memcpy */
        rc = ob_reserve(&ob, n);
        if (!rc) ob_put(&ob, s, n);
    } else {
        rc = ob_reserve(&ob, n + n / 8) || nb_enc_u8_repair(s, n, v, base, &ob, r);
    }
    if (rc || finish(out, &ob, "utf-8", had_bom)) {
        free(ob.d);
        return nb_enc_fail(err, errlen, "out of memory");
    }
    return 0;
}

static int decode_icu(const char *cname, const unsigned char *s, size_t n, size_t base, const char *enc,
                      nb_text *out, const reporter *r, int had_bom, char *err, size_t errlen)
{
    obuf ob = {0};
    int rc = nb_enc_icu_to_utf8(cname, s, n, base, enc, r, &ob, err, errlen);
    if (rc == -2) rc = nb_enc_fail(err, errlen, "unknown encoding '%.100s'", cname);
    if (rc == 0 && finish(out, &ob, enc, had_bom)) rc = nb_enc_fail(err, errlen, "out of memory");
    if (rc) free(ob.d);
    return rc;
}

typedef struct bom {
    const char *magic;
    size_t len;
    const char *enc;
    size_t unit; /* code unit size for NUL counting / binary check skipping (1 = byte-oriented) */
} bom;

static const bom boms[] = {
    /* UTF-32 first: its LE BOM begins with the UTF-16 LE one. */
    {"\0\0\376\377", 4, "utf-32be", 4},
    {"\377\376\0\0", 4, "utf-32le", 4},
    {"\357\273\277", 3, "utf-8", 1},
    {"\377\376", 2, "utf-16le", 2},
    {"\376\377", 2, "utf-16be", 2},
    {"\204\061\225\063", 4, "gb18030", 1},
};

static const bom *find_bom(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < sizeof boms / sizeof boms[0]; i++) {
        const bom *b = &boms[i];
        if (n < b->len || memcmp(s, b->magic, b->len) != 0) continue;
        if (b->unit == 4 && n % 4 != 0) continue; /* FF FE 00 00 can be UTF-16LE BOM + U+0000 */
        return b;
    }
    return NULL;
}

/* Forced converter. gb2312/gbk are widened to gb18030 (a superset). */
static int decode_forced(const char *forced, const unsigned char *in, size_t n, nb_text *out,
                         const reporter *r, char *err, size_t errlen)
{
    const char *cname = nb_enc_is_gb_family(forced) ? "gb18030" : forced;
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(cname, &st);
    if (U_FAILURE(st) || !cnv) {
        if (cnv) ucnv_close(cnv);
        return nb_enc_fail(err, errlen, "unknown encoding '%.100s'", forced);
    }
    UConverterType type = ucnv_getType(cnv);
    const char *enc = nb_enc_forced_static_name(cname, cnv);
    ucnv_close(cnv);

    size_t unit = 1;
    int had_bom = 0; /* the "UTF-16"/"UTF-32" converters eat their BOM themselves; note that it was there */
    switch (type) {
    case UCNV_UTF16_LittleEndian:
    case UCNV_UTF16_BigEndian: unit = 2; break;
    case UCNV_UTF32_LittleEndian:
    case UCNV_UTF32_BigEndian: unit = 4; break;
    case UCNV_UTF16:
        unit = 2;
        had_bom = n >= 2 && (memcmp(in, "\377\376", 2) == 0 || memcmp(in, "\376\377", 2) == 0);
        break;
    case UCNV_UTF32:
        unit = 4;
        had_bom = n >= 4 && (memcmp(in, "\377\376\0\0", 4) == 0 || memcmp(in, "\0\0\376\377", 4) == 0);
        break;
    default: break;
    }

    if (n == 0) {
        obuf ob = {0};
        if (finish(out, &ob, type == UCNV_UTF8 ? "utf-8" : enc, 0)) return nb_enc_fail(err, errlen, "out of memory");
        return 0;
    }
    const char *what = nb_enc_binary_magic(in, n);
    if (what) return nb_enc_fail(err, errlen, "binary file (%s)", what);
    if (unit == 1 && nb_enc_looks_binary(in, n))
        return nb_enc_fail(err, errlen, "binary file (NUL bytes / control characters)");
    nb_enc_report_nuls(r, in, n, 0, unit);

    if (type == UCNV_UTF8) {
        int bomlen = n >= 3 && memcmp(in, "\357\273\277", 3) == 0 ? 3 : 0;
        return decode_utf8(in + bomlen, n - (size_t)bomlen, SIZE_MAX, (size_t)bomlen, out, r, bomlen != 0, err,
                           errlen);
    }
    if (decode_icu(cname, in, n, 0, enc, out, r, had_bom, err, errlen)) return -1;
    if (out->len >= 3 && memcmp(out->data, "\357\273\277", 3) == 0) { /* a BOM that came through as U+FEFF */
        memmove(out->data, out->data + 3, out->len - 2);
        out->len -= 3;
        out->had_bom = 1;
    }
    return 0;
}

int nb_decode(const unsigned char *in, size_t n, const char *forced, nb_text *out, nb_enc_diag_fn diag,
              void *ctx, char *err, size_t errlen)
{
    if (err && errlen) err[0] = 0;
    if (!out) return nb_enc_fail(err, errlen, "no output given");
    memset(out, 0, sizeof *out);
    if (!in && n) return nb_enc_fail(err, errlen, "no input given");
    if (!in) in = (const unsigned char *)"";
    reporter r = {diag, ctx};

    if (forced && *forced) return decode_forced(forced, in, n, out, &r, err, errlen);

    if (n == 0) {
        obuf ob = {0};
        return finish(out, &ob, "utf-8", 0) ? nb_enc_fail(err, errlen, "out of memory") : 0;
    }
    const char *what = nb_enc_binary_magic(in, n);
    if (what) return nb_enc_fail(err, errlen, "binary file (%s)", what);

    const bom *b = find_bom(in, n);
    if (b) {
        if (b->unit == 1 && nb_enc_looks_binary(in, n))
            return nb_enc_fail(err, errlen, "binary file (NUL bytes / control characters)");
        nb_enc_report_nuls(&r, in + b->len, n - b->len, b->len, b->unit);
        if (b->unit == 1 && strcmp(b->enc, "utf-8") == 0)
            return decode_utf8(in + b->len, n - b->len, SIZE_MAX, b->len, out, &r, 1, err, errlen);
        return decode_icu(b->enc, in + b->len, n - b->len, b->len, b->enc, out, &r, 1, err, errlen);
    }

    int be, latin = nb_enc_sniff_utf16(in, n, &be);
    size_t v = latin ? 0 : nb_utf8_valid_prefix(in, n);
    /* valid UTF-8 is taken for UTF-8 without a second look: Chinese UTF-16 breaks it within a few
     * characters, and most input is UTF-8 */
    if (latin || (v < n && nb_enc_sniff_utf16_cjk(in, n, &be))) {
        const char *enc = be ? "utf-16be" : "utf-16le";
        nb_enc_say(&r, "info", "encoding-detected", 0, "input looks like %s without a byte order mark (%s)", enc,
               latin ? "every other byte is NUL" : "Chinese text in that byte order");
        nb_enc_report_nuls(&r, in, n, 0, 2);
        return decode_icu(enc, in, n, 0, enc, out, &r, 0, err, errlen);
    }

    if (nb_enc_looks_binary(in, n)) return nb_enc_fail_binary(in, n, "NUL bytes / control characters", err, errlen);
    nb_enc_report_nuls(&r, in, n, 0, 1);

    if (v == n) return decode_utf8(in, n, v, 0, out, &r, 0, err, errlen);
    u8stats st;
    nb_enc_u8_scan(in, n, &st);
    if (nb_enc_mostly_utf8(&st)) return decode_utf8(in, n, v, 0, out, &r, 0, err, errlen);

    /* Text in a legacy encoding has next to no control characters; random bytes have one in nine,
     * which the 10% binary test above can miss. */
    size_t m = n < SNIFF_LEN ? n : SNIFF_LEN, ctl = 0;
    for (size_t i = 0; i < m; i++) ctl += nb_enc_is_ctl(in[i]) || in[i] == 0x7F;
    if (ctl * 50 > m) return nb_enc_fail_binary(in, n, "control characters in non-UTF-8 input", err, errlen);

    const char *enc = nb_enc_detect_charset(in, n, v, &r);
    obuf ob = {0};
    int rc = nb_enc_icu_to_utf8(enc, in, n, 0, enc, &r, &ob, err, errlen);
    if (rc == -2) { /* a detector name ICU cannot convert with: Latin-1 never fails */
        nb_enc_say(&r, "info", "encoding-detected", 0, "no converter for %s; decoded as iso-8859-1 instead", enc);
        enc = "iso-8859-1";
        rc = nb_enc_icu_to_utf8(enc, in, n, 0, enc, &r, &ob, err, errlen);
    }
    if (rc == 0 && finish(out, &ob, enc, 0)) rc = nb_enc_fail(err, errlen, "out of memory");
    if (rc) {
        free(ob.d);
        if (rc == -2) rc = nb_enc_fail(err, errlen, "unknown encoding '%s'", enc);
    }
    return rc;
}

void nb_text_free(nb_text *t)
{
    if (!t) return;
    free(t->hant); /* read/hant.h: one allocation */
    t->hant = NULL;
    free(t->data);
    t->data = NULL;
    t->len = 0;
}
