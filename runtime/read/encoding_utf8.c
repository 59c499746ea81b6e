/* encoding_utf8.c — UTF-8: the fast validation of big files, the "mostly valid" statistics, the repair
 * that replaces each maximal invalid subpart by U+FFFD. */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "encoding_int.h"

/* ---------- UTF-8 ---------- */

/* Length of the sequence at p (left > 0 bytes available). *kind: 1 valid, 0 invalid, -1 a valid prefix
 * cut off by the end of input. Invalid lengths are the WHATWG "maximal subpart": the lead plus the
 * continuation bytes that were still acceptable, so the offending byte starts the next sequence. */
static inline size_t u8_step(const unsigned char *p, size_t left, int *kind)
{
    unsigned b = p[0], lo = 0x80, hi = 0xBF;
    size_t need;
    if (b < 0x80) {
        *kind = 1;
        return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;      /* overlong */
        else if (b == 0xED) hi = 0x9F; /* surrogates */
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) lo = 0x90;      /* overlong */
        else if (b == 0xF4) hi = 0x8F; /* above U+10FFFF */
    } else {
        *kind = 0;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= left) {
            *kind = -1;
            return i;
        }
        if (p[i] < lo || p[i] > hi) {
            *kind = 0;
            return i;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    *kind = 1;
    return need + 1;
}

/* A 3-byte sequence whose lead is E1..EC, EE or EF is valid with any two continuation bytes (E0 and
 * ED have narrower ranges). */
static int plain_lead(unsigned b) { return b - 0xE1u <= 0xEFu - 0xE1u && b != 0xED; }

/* Past the run of such sequences from i: CJK text is nearly all of them. Where bytes can be read as a
 * little-endian word, two characters are tested with one load and one mask. */
static size_t cjk_run(const unsigned char *s, size_t n, size_t i)
{
#if defined(__SSE2__)
    /* five characters a block: the first byte where the pattern lead, continuation, continuation
       breaks ends the run at the last whole character before it */
    const __m128i e1 = _mm_set1_epi8((char)0xE1), span = _mm_set1_epi8(0xEF - 0xE1), ed = _mm_set1_epi8((char)0xED);
    const __m128i top2 = _mm_set1_epi8((char)0xC0), x80 = _mm_set1_epi8((char)0x80);
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i)), t = _mm_sub_epi8(v, e1);
        __m128i lead = _mm_andnot_si128(_mm_cmpeq_epi8(v, ed), _mm_cmpeq_epi8(_mm_min_epu8(t, span), t));
        __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, top2), x80);
        unsigned bad = (~(unsigned)_mm_movemask_epi8(lead) & 0x1249u) | (~(unsigned)_mm_movemask_epi8(cont) & 0x6DB6u);
        if (bad) return i + (size_t)__builtin_ctz(bad) / 3 * 3;
        i += 15;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* bytes 0..5: lead, continuation, continuation, twice */
        if ((w & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull || !plain_lead(s[i]) || !plain_lead(s[i + 3])) break;
        i += 6;
    }
#endif
    while (n - i >= 3 && plain_lead(s[i]) && ((s[i + 1] & 0xC0u) | (s[i + 2] & 0xC0u) >> 2) == 0xA0u) i += 3;
    return i;
}

/* Length of the valid UTF-8 prefix. This is the hot loop on big files: ASCII is skipped eight bytes at a
 * time, and the 3-byte sequences of CJK text are checked inline without the general step. */
size_t nb_utf8_valid_prefix(const unsigned char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        while (i < n && s[i] < 0x80) i++;
        while (i < n && s[i] >= 0x80) {
            i = cjk_run(s, n, i);
            if (i >= n || s[i] < 0x80) break;
            int kind;
            size_t l = u8_step(s + i, n - i, &kind);
            if (kind != 1) return i;
            i += l;
        }
        if (i >= n) return n;
    }
}

/* The length of a 5- or 6-byte sequence of the UTF-8 before 2003 at p (a lead F8..FD, its continuation
 * bytes), or 0. No character is written so now. elinks writes one for a character with a zero-width
 * one after it (4<U+200B>3 comes out as such a sequence, then 3): its own number for the pair, which
 * does not say the character. The decoder reads it as U+FFFD, a character not known (so 3 is not read
 * for 43), rather than the file as GB18030, whose pairs its bytes happen to be. */
static size_t long_form(const unsigned char *p, size_t left)
{
    size_t len = p[0] >= 0xF8 && p[0] <= 0xFB ? 5 : p[0] == 0xFC || p[0] == 0xFD ? 6 : 0;
    if (!len || left < len) return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return len;
}

void nb_enc_u8_scan(const unsigned char *s, size_t n, u8stats *st)
{
    memset(st, 0, sizeof *st);
    size_t i = 0;
    while (i < n) {
        size_t v = nb_utf8_valid_prefix(s + i, n - i);
        for (size_t k = i; k < i + v; k++) st->valid_mb += s[k] >= 0xC0;
        i += v;
        if (i >= n) break;
        size_t lf = long_form(s + i, n - i);
        if (lf) {
            st->long_forms++;
            i += lf;
            continue;
        }
        int kind;
        size_t l = u8_step(s + i, n - i, &kind);
        st->invalid++;
        st->tail_trunc = kind == -1;
        st->tail_len = l;
        i += l;
        /* Over 1% of all bytes invalid means over 2% of the multi-byte sequences: no need to go on. */
        if (st->invalid > 2 && st->invalid > n / 100) {
            st->gave_up = 1;
            return;
        }
    }
}

/* UTF-8 with a few defects (a stray byte, a file cut inside a character) is still UTF-8. Legacy CJK text
 * read as UTF-8 fails on nearly every character, Latin-1 on every accented letter, so a low error rate
 * relative to the valid multi-byte sequences separates them well. */
int nb_enc_mostly_utf8(const u8stats *st)
{
    if (st->gave_up) return 0;
    if (st->invalid == 0) return 1;
    if (st->invalid == 1 && st->tail_trunc) return st->valid_mb > 0 || st->tail_len >= 2;
    if (st->valid_mb == 0) return 0;
    return st->invalid * 50 <= st->valid_mb || (st->invalid <= 2 && st->valid_mb >= 5 * st->invalid);
}

/* Copies s as UTF-8, replacing each maximal invalid subpart by U+FFFD. v is the known valid prefix;
 * base maps offsets back to the original input (a stripped BOM). */
int nb_enc_u8_repair(const unsigned char *s, size_t n, size_t v, size_t base, obuf *ob, const reporter *r)
{
    size_t i = 0, bad = 0, first = 0, dropped = 0, first_dropped = 0;
    while (i < n) {
        if (i) v = nb_utf8_valid_prefix(s + i, n - i);
        if (ob_reserve(ob, v + 3)) return -1;
        ob_put(ob, s + i, v);
        i += v;
        if (i >= n) break;
        size_t lf = long_form(s + i, n - i);
        if (lf) { /* a character not known: U+FFFD, in the one column elinks gave it */
            if (!dropped++) first_dropped = i;
            ob_fffd(ob);
            i += lf;
            continue;
        }
        int kind;
        size_t l = u8_step(s + i, n - i, &kind);
        ob_fffd(ob);
        if (!bad++) first = i;
        if (bad <= DIAG_LIMIT)
            nb_enc_say(r, "warning", "invalid-utf8", base + i,
                   kind == -1 ? "UTF-8 sequence cut off by the end of input at byte offset %zu (%zu byte(s)); "
                                "replaced by U+FFFD"
                              : "invalid UTF-8 at byte offset %zu (%zu byte(s)); replaced by U+FFFD",
                   base + i, l);
        i += l;
    }
    if (dropped)
        nb_enc_say(r, "warning", "placeholder-read", base + first_dropped,
                   "%zu sequence%s of 5 or 6 bytes (UTF-8 before 2003, no character), the first at byte offset %zu, "
                   "read as U+FFFD: elinks writes one for a character followed by a zero-width one, and which "
                   "character it was is not known (a cell with one is not read)",
                   dropped, dropped == 1 ? "" : "s", base + first_dropped);
    if (bad > DIAG_LIMIT)
        nb_enc_say(r, "warning", "invalid-utf8", base + first,
               "%zu invalid UTF-8 sequences in total were replaced by U+FFFD (only the first %d are listed)",
               bad, DIAG_LIMIT);
    return 0;
}
