/* cjkscan.h — fast scans over CJK text in UTF-8, for loops that pass over every byte of a report. */
#ifndef NB_CJKSCAN_H
#define NB_CJKSCAN_H

#include <stddef.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The first occurrence of the k bytes of needle in [p, e), or NULL. The needle is UTF-8 whose second
 * byte is a continuation byte (a CJK word): memchr looks for that byte, which stops at one character
 * in 64, where a lead byte (E4..E9 starts most Chinese characters) would stop at one in six; glibc's
 * memmem costs two instructions a byte. */
static inline const unsigned char *nb_find_cjk(const unsigned char *p, const unsigned char *e, const char *needle,
                                               size_t k)
{
    const unsigned char *q = p + 1;
    while (q < e && (size_t)(e - q) + 1 >= k && (q = memchr(q, (unsigned char)needle[1], (size_t)(e - q))) != NULL) {
        if ((size_t)(e - q) + 1 >= k && !memcmp(q - 1, needle, k)) return q - 1;
        q++;
    }
    return NULL;
}

/* Past the run of characters at p whose lead byte is E4..E9 (the ideographs U+4000..U+9FFF) before e,
 * a lead byte every three bytes (the text is valid UTF-8). With SSE2 the leads of five characters are
 * tested at once, and the first that is not one is where the run ends. */
static inline const unsigned char *nb_ideograph_run(const unsigned char *p, const unsigned char *e)
{
#if defined(__SSE2__)
    const __m128i base = _mm_set1_epi8((char)0xE4), span = _mm_set1_epi8(0xE9 - 0xE4);
    while (e - p >= 16) {
        __m128i t = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)p), base);
        unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, span), t)); /* E4..E9 */
        unsigned stop = ~lead & 0x1249u; /* bytes 0 3 6 9 12 */
        if (stop) return p + __builtin_ctz(stop);
        p += 15;
    }
#endif
    while (e - p >= 3 && *p >= 0xE4 && *p <= 0xE9) p += 3;
    return p;
}

#endif
