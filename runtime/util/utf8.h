/* utf8.h — the few text facts the runtime needs: UTF-8 characters, blanks, trimming, counting,
 * digits, round brackets, and ASCII case. */
#ifndef NB_UTF8_H
#define NB_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cjkscan.h"

/* Length of the character at p (1 for a stray byte, never past e). */
static inline size_t nb_u8len(const unsigned char *p, const unsigned char *e)
{
    size_t n = *p < 0x80 ? 1 : *p < 0xC0 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : *p < 0xF8 ? 4 : 1;
    if ((size_t)(e - p) < n) n = (size_t)(e - p);
    return n ? n : 1;
}

/* Bytes of the blank at p, or 0: ASCII blanks, NBSP, the ideographic space, en/em spaces, ZWSP, BOM.
 * Reports pad cells with all of these, so all of them are blanks. */
static inline size_t nb_blank_at(const unsigned char *p, const unsigned char *e)
{
    if (p >= e) return 0;
    unsigned c = *p; /* by the first byte: most bytes (ASCII, ideographs) are told by it alone */
    if (c < 0x80) return c == ' ' || c == '\t' || c == '\f' || c == '\v';
    if (c == 0xC2) return e - p >= 2 && p[1] == 0xA0 ? 2 : 0;
    if (e - p < 3) return 0;
    if (c == 0xE3) return p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;                /* U+3000 */
    if (c == 0xE2) return p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8B ? 3 : 0; /* U+2000..200B */
    if (c == 0xEF) return p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;                /* U+FEFF */
    return 0;
}

static inline const unsigned char *nb_skip_blanks(const unsigned char *p, const unsigned char *e)
{
    size_t k;
    while (p < e && (k = nb_blank_at(p, e)) > 0) p += k;
    return p;
}

/* The start of the character that ends at p, not before s (p > s): its lead byte, at most three
 * continuation bytes back. */
static inline const unsigned char *nb_u8before(const unsigned char *s, const unsigned char *p)
{
    const unsigned char *c = p - 1;
    while (c > s && (*c & 0xC0) == 0x80 && p - c < 4) c--;
    return c;
}

/* Trims blanks from both ends of [*s, *e). */
static inline void nb_trim(const unsigned char **s, const unsigned char **e)
{
    *s = nb_skip_blanks(*s, *e);
    const unsigned char *q = *e;
    while (q > *s) {
        const unsigned char *c = nb_u8before(*s, q);
        if (nb_blank_at(c, q) == (size_t)(q - c)) q = c;
        else break;
    }
    *e = q;
}

/* The code point of the k-byte character at p (k from nb_u8len), or U+FFFD where it is malformed. */
static inline uint32_t nb_u8decode(const unsigned char *p, size_t k)
{
    static const unsigned char lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    if (k == 1) return p[0] < 0x80 ? p[0] : 0xFFFD;
    uint32_t c = p[0] & lead_bits[k];
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0xFFFD;
        c = c << 6 | (p[i] & 0x3Fu);
    }
    return c;
}

/* The last colon of [s, e), full-width (：) or ASCII, or NULL. */
static inline const unsigned char *nb_last_colon(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *p = e; p > s; p--) {
        if (p[-1] == ':') return p - 1;
        if (p - s >= 3 && p[-3] == 0xEF && p[-2] == 0xBC && p[-1] == 0x9A) return p - 3;
    }
    return NULL;
}

/* Past the colon at p (： or :). */
static inline const unsigned char *nb_after_colon(const unsigned char *p) { return p + (*p == ':' ? 1 : 3); }

/* A CJK unified ideograph (U+4E00..U+9FFF) at p. */
static inline int nb_is_han(const unsigned char *p, const unsigned char *e)
{
    if (e - p < 3 || (p[0] & 0xF0) != 0xE0) return 0;
    uint32_t c = nb_u8decode(p, 3);
    return c >= 0x4E00 && c <= 0x9FFF;
}

/* Whether [s, e) is a zero alone: 0 or ０ (a merged cell's 0, docx.c and html_table.c). */
static inline int nb_zero_alone(const unsigned char *s, const unsigned char *e)
{
    return (e - s == 1 && *s == '0') || (e - s == 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x90);
}

/* Whether c (a byte or a code point) is an ASCII digit. */
static inline int nb_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Bytes of the decimal digit at p, ASCII or full width (０-９), or 0; *value (if not NULL) is set. */
static inline size_t nb_digit_at(const unsigned char *p, const unsigned char *e, int *value)
{
    if (p < e && *p >= '0' && *p <= '9') {
        if (value) *value = *p - '0';
        return 1;
    }
    if (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) {
        if (value) *value = p[2] - 0x90;
        return 3;
    }
    return 0;
}

/* ASCII letters in lower case; every other byte as it is. */
static inline int nb_ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The n bytes at s start with lit, ASCII case aside (lit is in lower case): tag and charset names. */
static inline int nb_starts_ci(const void *s, size_t n, const char *lit)
{
    const unsigned char *p = s;
    size_t k = strlen(lit);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if (nb_ascii_lower(p[i]) != (unsigned char)lit[i]) return 0;
    return 1;
}

/* Where needle is first written in [s, e), or NULL. */
static inline const unsigned char *nb_find(const unsigned char *s, const unsigned char *e, const char *needle)
{
    size_t n = strlen(needle);
    /* an ideograph's lead byte (E4..E9) starts a character in six of Chinese text: memchr would stop
       at each, where it stops at one in tens for the needle's second byte (nb_find_cjk) */
    if (e - s < (ptrdiff_t)n) return NULL;
    if (n >= 3 && (unsigned char)needle[0] >= 0xE4 && (unsigned char)needle[0] <= 0xE9) return nb_find_cjk(s, e, needle, n);
    for (const unsigned char *p = s; p + n <= e; p++) {
        p = memchr(p, (unsigned char)needle[0], (size_t)(e - p) - n + 1);
        if (!p) break;
        if (memcmp(p, needle, n) == 0) return p;
    }
    return NULL;
}

/* Whether a round bracket, ASCII or full-width, opens or closes at p: its bytes, or 0. */
static inline size_t nb_bracket_opens(const unsigned char *p, const unsigned char *e)
{
    return *p == '(' ? 1 : e - p >= 3 && !memcmp(p, "\xEF\xBC\x88", 3) ? 3 : 0; /* （ */
}
static inline size_t nb_bracket_closes(const unsigned char *p, const unsigned char *e)
{
    return *p == ')' ? 1 : e - p >= 3 && !memcmp(p, "\xEF\xBC\x89", 3) ? 3 : 0; /* ） */
}

/* Whether [s, e) is one pair of round brackets around all of it: ( or （ first, and the bracket that
 * closes it last (pairs inside may nest): （其中修订2件）, not (1)(2) nor （注）后. What may stand
 * inside is the caller's to say (cellnote.c, grid_md.c). */
static inline int nb_bracketed(const unsigned char *s, const unsigned char *e)
{
    int depth = 0;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e)) {
        int open = nb_bracket_opens(p, e) > 0, close = nb_bracket_closes(p, e);
        if (p == s && !open) return 0;
        depth += open - (close > 0);
        if (depth == 0) return p + close == e;
    }
    return 0;
}

/* Characters in [p, e). */
static inline size_t nb_u8count(const unsigned char *p, const unsigned char *e)
{
    size_t n = 0;
    /* eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear (spans count columns
     * of every node, so this runs over most of the text) */
    for (; e - p >= 8; p += 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;
        n += 8 - (size_t)(((cont >> 7) * 0x0101010101010101ull) >> 56); /* the bytes' sum */
    }
    for (; p < e; p++) n += (*p & 0xC0) != 0x80;
    return n;
}

/* The end of the line at p: the first \n or \r before e, or e. memchr is vectorised; a line seldom
 * has a lone \r, so the second search is over the line only. The search goes by windows that double
 * from 64 bytes: one search for \n over the rest of the input would make a file of \r line ends
 * quadratic (every line's search running to the end; tests/pathological.py cr-only at 1 MB). */
static inline const unsigned char *nb_line_end(const unsigned char *p, const unsigned char *e)
{
    for (size_t w = 64; p < e; p += w, w *= 2) {
        size_t n = (size_t)(e - p) < w ? (size_t)(e - p) : w;
        const unsigned char *nl = memchr(p, '\n', n);
        const unsigned char *cr = memchr(p, '\r', nl ? (size_t)(nl - p) : n);
        if (cr) return cr;
        if (nl) return nl;
    }
    return e;
}

/* The start of the line after the line end at p (nb_line_end's): past \r\n, \r or \n, or e. */
static inline const unsigned char *nb_next_line(const unsigned char *p, const unsigned char *e)
{
    if (p < e && *p == '\r') p++;
    if (p < e && *p == '\n') p++;
    return p;
}

#endif
