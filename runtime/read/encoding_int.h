/* encoding_int.h — what the files of the encoding reader share (encoding.c, the decisions and the API;
 * encoding_sniff.c, binary data and BOM-less UTF-16; encoding_utf8.c, UTF-8 validation and repair;
 * encoding_detect.c, charset names and detection; encoding_icu.c, ICU conversion): where diagnostics go,
 * the output buffer, and each file's entry points. */
#ifndef NB_ENCODING_INT_H
#define NB_ENCODING_INT_H
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "encoding.h"

#define DIAG_LIMIT 20                  /* individual diagnostics per kind before a summary */
#define SNIFF_LEN ((size_t)64 * 1024)  /* bytes examined for binary / UTF-16 sniffing */

/* ---------- diagnostics (encoding.c) ---------- */

/* Where a reader's diagnostics go (encoding.h, nb_enc_say; html_int.h calls it diag_sink). */
typedef nb_enc_sink reporter;

/* Writes the reason into err (if any); returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int nb_enc_fail(char *err, size_t errlen, const char *fmt, ...);

/* ---------- output buffer ---------- */


typedef struct obuf {
    char *d;
    size_t len, cap;
} obuf;

/* Room for extra more bytes plus the terminator; doubling keeps appends linear. */
static inline int ob_reserve(obuf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1) return -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->d, cap);
    if (!p) return -1;
    b->d = p;
    b->cap = cap;
    return 0;
}

static inline void ob_put(obuf *b, const void *p, size_t n) /* caller reserved */
{
    if (n) memcpy(b->d + b->len, p, n);
    b->len += n;
}

static inline void ob_fffd(obuf *b) /* caller reserved */
{
    ob_put(b, "\xEF\xBF\xBD", 3);
}

static inline int nb_enc_is_ctl(unsigned c) /* NUL and C0 controls that text does not use */
{
    return c < 0x20 && !(c >= 0x09 && c <= 0x0D);
}

/* ---------- binary data and BOM-less UTF-16 (encoding_sniff.c) ---------- */

/* What known binary format s starts with, or NULL. */
const char *nb_enc_binary_magic(const unsigned char *s, size_t n);
/* More than 10% NUL/control bytes in the first 64 KiB. */
int nb_enc_looks_binary(const unsigned char *s, size_t n);
/* BOM-less UTF-16 of mostly Latin text (by its NULs) or of Chinese text (by its units' ranges). */
int nb_enc_sniff_utf16(const unsigned char *s, size_t n, int *big_endian);
int nb_enc_sniff_utf16_cjk(const unsigned char *s, size_t n, int *big_endian);
/* One warning for the NUL code units of s (unit 1, 2 or 4 bytes); base: s's offset in the input. */
void nb_enc_report_nuls(const reporter *r, const unsigned char *s, size_t n, size_t base, size_t unit);
/* Rejects input as binary for the reason why (naming --encoding utf-16le/be where it may be such text). */
int nb_enc_fail_binary(const unsigned char *s, size_t n, const char *why, char *err, size_t errlen);

/* ---------- UTF-8 (encoding_utf8.c) ---------- */

typedef struct u8stats {
    size_t valid_mb;  /* valid multi-byte sequences */
    size_t invalid;   /* invalid sequences (maximal subparts) */
    size_t long_forms; /* 5- and 6-byte sequences of the UTF-8 before 2003 (elinks's placeholders): not counted invalid */
    int tail_trunc;   /* the last invalid sequence is a valid prefix cut by the end of input */
    size_t tail_len;
    int gave_up;      /* stopped early: clearly not UTF-8 */
} u8stats;

void nb_enc_u8_scan(const unsigned char *s, size_t n, u8stats *st);
/* UTF-8 with a few defects (a stray byte, a file cut inside a character) is still UTF-8. */
int nb_enc_mostly_utf8(const u8stats *st);
/* Copies s as UTF-8, replacing each maximal invalid subpart by U+FFFD (a 5- or 6-byte sequence, elinks's
 * placeholder, by one); -1 when out of memory. */
int nb_enc_u8_repair(const unsigned char *s, size_t n, size_t v, size_t base, obuf *ob, const reporter *r);

/* ---------- charset names and detection (encoding_detect.c) ---------- */

/* A static lower-case name for the converter the caller forced. */
const char *nb_enc_forced_static_name(const char *forced, UConverter *cnv);
/* The charset of input that is not UTF-8 (first_bad: where UTF-8 validation failed), said as info. */
const char *nb_enc_detect_charset(const unsigned char *in, size_t n, size_t first_bad, const reporter *r);

/* ---------- ICU conversion (encoding_icu.c) ---------- */

/* Converts with the named ICU converter. Returns 0, -1 on failure (err set), -2 if the name is unknown. */
int nb_enc_icu_to_utf8(const char *cname, const unsigned char *in, size_t n, size_t base, const char *enc,
                       const reporter *r, obuf *ob, char *err, size_t errlen);

#endif
