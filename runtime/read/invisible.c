/* invisible.c — characters that take no room, taken out; see invisible.h. */
#include "invisible.h"

#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Bytes of such a character at p (UTF-8), or 0. */
static size_t invisible_at(const unsigned char *p, const unsigned char *e)
{
    if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xAD) return 2;                         /* U+00AD */
    if (e - p < 3) return 0;
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x8B && p[2] <= 0x8F) return 3;        /* U+200B..U+200F */
    if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA0 && p[2] <= 0xA4) return 3;        /* U+2060..U+2064 */
    if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return 3;                        /* U+FEFF */
    return 0;
}

/* Where the first such character may start: a text without one is read 16 bytes a step (the pass runs
 * over every text, and CJK text is full of E2 and EF leads: “”…，（）), exactly from there on. */
static size_t first_invisible(const unsigned char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i e2 = _mm_set1_epi8((char)0xE2), ef = _mm_set1_epi8((char)0xEF), c2 = _mm_set1_epi8((char)0xC2);
    const __m128i x80 = _mm_set1_epi8((char)0x80), x81 = _mm_set1_epi8((char)0x81), x8b = _mm_set1_epi8((char)0x8B);
    const __m128i xa0 = _mm_set1_epi8((char)0xA0), xbb = _mm_set1_epi8((char)0xBB), xbf = _mm_set1_epi8((char)0xBF);
    const __m128i xad = _mm_set1_epi8((char)0xAD), four = _mm_set1_epi8(4);
    for (; n - i >= 18; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(s + i)), b = _mm_loadu_si128((const __m128i *)(s + i + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(s + i + 2));
        __m128i ae2 = _mm_cmpeq_epi8(a, e2);
        /* the third byte in 8B..8F, A0..A4: its distance from the first, unsigned, at most 4 */
        __m128i d8b = _mm_sub_epi8(c, x8b), da0 = _mm_sub_epi8(c, xa0);
        __m128i zwsp = _mm_and_si128(ae2, _mm_and_si128(_mm_cmpeq_epi8(b, x80), _mm_cmpeq_epi8(_mm_min_epu8(d8b, four), d8b)));
        __m128i wj = _mm_and_si128(ae2, _mm_and_si128(_mm_cmpeq_epi8(b, x81), _mm_cmpeq_epi8(_mm_min_epu8(da0, four), da0)));
        __m128i bom = _mm_and_si128(_mm_cmpeq_epi8(a, ef), _mm_and_si128(_mm_cmpeq_epi8(b, xbb), _mm_cmpeq_epi8(c, xbf)));
        __m128i shy = _mm_and_si128(_mm_cmpeq_epi8(a, c2), _mm_cmpeq_epi8(b, xad));
        unsigned hit = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(zwsp, wj), _mm_or_si128(bom, shy)));
        if (hit) return i + (size_t)__builtin_ctz(hit);
    }
#endif
    for (; i < n; i++)
        if ((s[i] == 0xC2 || s[i] == 0xE2 || s[i] == 0xEF) && invisible_at(s + i, s + n)) return i;
    return n;
}

/* Whether [p, e) holds a box-drawing character (U+2500..U+257F: E2 94 xx, E2 95 xx). */
static int has_box(const unsigned char *p, const unsigned char *e)
{
    for (; (p = memchr(p, 0xE2, (size_t)(e - p))) != NULL && e - p >= 3; p++)
        if (p[1] == 0x94 || p[1] == 0x95) return 1;
    return 0;
}

void nb_invisible_drop(nb_text *t, int keep_in_boxes, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data) return;
    unsigned char *s = (unsigned char *)t->data, *e = s + t->len, *p = s + first_invisible(s, t->len);
    size_t k;
    if (p == e) return; /* most texts have none: nothing written */
    size_t n = 0, first = (size_t)(p - s);
    if (keep_in_boxes) /* from the start of its line, which decides */
        while (p > s && p[-1] != '\n') p--;
    unsigned char *w = p;
    int boxed = 0;
    for (int line_start = 1; p < e; line_start = p[-1] == '\n') {
        if (keep_in_boxes && line_start) {
            const unsigned char *eol = memchr(p, '\n', (size_t)(e - p));
            boxed = has_box(p, eol ? eol : e);
        }
        k = !boxed && (*p == 0xC2 || *p == 0xE2 || *p == 0xEF) ? invisible_at(p, e) : 0;
        if (k) {
            n++;
            p += k;
            continue;
        }
        *w++ = *p++;
    }
    t->len = (size_t)(w - s);
    s[t->len] = 0; /* the text stays NUL-terminated where it was */
    if (diag && n) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "%zu character%s that take no room on the page (zero-width space U+200B, joiner, word joiner, soft hyphen) "
                 "taken out: 123<U+200B>4 reads 1234, as it shows",
                 n, n == 1 ? "" : "s");
        diag(ctx, "info", "invisible-dropped", msg, first);
    }
}
