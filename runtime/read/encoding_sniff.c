/* encoding_sniff.c — input that is no text (binary magic, NUL/control density) and BOM-less UTF-16
 * (mostly Latin by its NULs, Chinese by the ranges of its units). */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "encoding_int.h"

/* ---------- binary sniffing ---------- */

static const struct {
    const char *magic;
    size_t len;
    const char *what;
} magics[] = {
    {"%PDF-", 5, "PDF file: not supported by the text reader"},
    {"PK\003\004", 4, "ZIP archive, e.g. DOCX/XLSX/ODT"},
    {"PK\005\006", 4, "empty ZIP archive"},
    {"\320\317\021\340\241\261\032\341", 8, "OLE2 compound document, e.g. DOC/XLS/PPT"},
    {"\177ELF", 4, "ELF executable"},
    {"GIF8", 4, "GIF image"},
    {"\211PNG", 4, "PNG image"},
    {"\377\330\377", 3, "JPEG image"},
    {"\037\213", 2, "gzip data"},
    {"Rar!\032\007", 6, "RAR archive"},
    {"7z\274\257\047\034", 6, "7-Zip archive"},
};

const char *nb_enc_binary_magic(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(s, magics[i].magic, magics[i].len) == 0) return magics[i].what;
    return NULL;
}

/* More than 10% NUL/control bytes in the first 64 KiB: not text in any byte-oriented encoding. */
int nb_enc_looks_binary(const unsigned char *s, size_t n)
{
    size_t m = n < SNIFF_LEN ? n : SNIFF_LEN, bad = 0, i = 0;
    /* eight bytes at a time (the rest after SSE2 blocks); only a word with a byte below 0x20 (a line end, mostly) is counted */
    const uint64_t hi = 0x8080808080808080ull, low7 = 0x7F7F7F7F7F7F7F7Full;
#if defined(__SSE2__)
    /* sixteen at a time: the bytes below 0x20 but for \t..\r, counted from a mask */
    const __m128i x1F = _mm_set1_epi8(0x1F), x09 = _mm_set1_epi8(0x09), x04 = _mm_set1_epi8(0x04);
    for (; i + 16 <= m; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i)), t = _mm_sub_epi8(v, x09);
        __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, x1F), v), space = _mm_cmpeq_epi8(_mm_min_epu8(t, x04), t);
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(space, ctl));
        if (mask) bad += (size_t)__builtin_popcount(mask);
    }
#endif
    for (; i + 8 <= m; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t x = w & 0xE0E0E0E0E0E0E0E0ull; /* a byte below 0x20 is zero here */
        if (((((x & low7) + low7) | x) & hi) == hi) continue;
        for (size_t k = i; k < i + 8; k++) bad += nb_enc_is_ctl(s[k]);
    }
    for (; i < m; i++) bad += nb_enc_is_ctl(s[i]);
    return bad * 10 > m;
}

/* NUL bytes at even and at odd offsets of the first m bytes (m even). */
static void count_nuls(const unsigned char *s, size_t m, size_t *z_even, size_t *z_odd)
{
    *z_even = *z_odd = 0;
    if (!memchr(s, 0, m)) return;
    for (size_t i = 0; i < m; i += 2) {
        *z_even += s[i] == 0;
        *z_odd += s[i + 1] == 0;
    }
}

/* BOM-less UTF-16 of mostly Latin text: one byte of each pair is nearly always zero. The decoded units
 * must still look like text, or a table of 16-bit integers would pass. */
int nb_enc_sniff_utf16(const unsigned char *s, size_t n, int *big_endian)
{
    size_t m = (n < SNIFF_LEN ? n : SNIFF_LEN) & ~(size_t)1, pairs = m / 2;
    if (pairs < 2) return 0;
    size_t z_even, z_odd;
    count_nuls(s, m, &z_even, &z_odd);
    if (!z_even && !z_odd) return 0; /* no NUL byte at all: nothing to count */
    int le = z_odd * 10 >= pairs * 4 && z_even * 20 <= pairs;
    int be = z_even * 10 >= pairs * 4 && z_odd * 20 <= pairs;
    if (le == be) return 0;
    size_t ctl = 0;
    for (size_t i = 0; i < m; i += 2) {
        unsigned u = be ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
        ctl += nb_enc_is_ctl(u);
    }
    if (ctl * 10 > pairs) return 0;
    *big_endian = be;
    return 1;
}

/* NUL code units are kept (the lexer copes) but worth one warning. unit is 1, 2 or 4 bytes. */
void nb_enc_report_nuls(const reporter *r, const unsigned char *s, size_t n, size_t base, size_t unit)
{
    size_t count = 0, first = 0;
    if (unit == 1) {
        const unsigned char *p = s, *e = s + n;
        while (p < e && (p = memchr(p, 0, (size_t)(e - p))) != NULL) {
            if (!count++) first = (size_t)(p - s);
            p++;
        }
    } else {
        for (size_t i = 0; i + unit <= n; i += unit) {
            int zero = 1;
            for (size_t k = 0; k < unit; k++) zero &= s[i + k] == 0;
            if (zero && !count++) first = i;
        }
    }
    if (count)
        nb_enc_say(r, "warning", "nul-byte", base + first,
               "input contains %zu NUL character(s), the first at byte offset %zu; kept as is", count,
               base + first);
}

/* ---------- BOM-less UTF-16 of Chinese text ---------- */

/* A UTF-16 unit of the ranges Chinese text is written in: ASCII and Latin-1 but for controls,
 * punctuation to symbols (U+2000..27FF: “ ” — ① ─ ■ ★), CJK punctuation to the ideographs
 * (U+3000..9FFF), full-width forms (U+FF01..FFEF). */
static int cjk_text_unit(unsigned u)
{
    unsigned hi = u >> 8;
    return (hi == 0 && !nb_enc_is_ctl(u) && u != 0x7F) || (hi >= 0x20 && hi <= 0x27) || (hi >= 0x30 && hi <= 0x9F) ||
           (u >= 0xFF01 && u <= 0xFFEF);
}

/* The first m bytes as UTF-16 in one byte order look like Chinese text: 95% of the units are in the
 * ranges above, surrogates come in pairs, and 15% are ideographs (U+4E00..9FFF) whose low bytes take
 * any value, as in real text (about 45% at 0x80 or more, 28% below 0x40; a quarter and an eighth are
 * asked). Byte-oriented text fails: in ASCII or Latin-1 the "units" in the ideographs' range are two
 * letters (both bytes below 0x80); GBK, Big5 and EUC lead bytes (0xA1..) are outside the ranges; the
 * Shift_JIS pairs that fall in them have no byte below 0x40. */
static int utf16_cjk_order(const unsigned char *s, size_t m, int be)
{
    size_t units = m / 2, text = 0, han = 0, han_high_low = 0, han_low_low = 0;
    for (size_t i = 0; i < m; i += 2) {
        unsigned u = be ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (u >= 0xDC00 || i + 2 >= m) { /* a lone low surrogate, or a pair cut by the window */
                if (i + 2 < m) return 0;
                break;
            }
            unsigned v = be ? (unsigned)s[i + 2] << 8 | s[i + 3] : (unsigned)s[i + 3] << 8 | s[i + 2];
            if (v < 0xDC00 || v > 0xDFFF) return 0;
            text += 2;
            i += 2;
            continue;
        }
        text += cjk_text_unit(u);
        if (u >= 0x4E00 && u <= 0x9FFF) {
            han++;
            han_high_low += (u & 0xFF) >= 0x80;
            han_low_low += (u & 0xFF) < 0x40;
        }
    }
    return text * 100 >= units * 95 && han * 100 >= units * 15 && han_high_low * 4 >= han && han_low_low * 8 >= han;
}

/* BOM-less UTF-16 of Chinese text, which has too few NULs for sniff_utf16: not (mostly) UTF-8, and
 * Chinese text in exactly one byte order. 32 units at least: fewer prove nothing. */
int nb_enc_sniff_utf16_cjk(const unsigned char *s, size_t n, int *big_endian)
{
    size_t m = (n < SNIFF_LEN ? n : SNIFF_LEN) & ~(size_t)1;
    if (m < 64) return 0;
    u8stats st;
    nb_enc_u8_scan(s, m, &st);
    if (nb_enc_mostly_utf8(&st)) return 0;
    int le = utf16_cjk_order(s, m, 0), be = utf16_cjk_order(s, m, 1);
    if (le == be) return 0;
    *big_endian = be;
    return 1;
}

/* Rejects input as binary for the reason why. Where its NULs sit mostly at odd offsets (or even), it may
 * be UTF-16LE (BE) text too short or too odd to be told from binary data: the message says so and
 * names the option that reads it. */
int nb_enc_fail_binary(const unsigned char *s, size_t n, const char *why, char *err, size_t errlen)
{
    size_t m = (n < SNIFF_LEN ? n : SNIFF_LEN) & ~(size_t)1, z_even, z_odd;
    count_nuls(s, m, &z_even, &z_odd);
    const char *order = z_odd > 3 * z_even ? "utf-16le" : z_even > 3 * z_odd ? "utf-16be" : NULL;
    if (order)
        return nb_enc_fail(err, errlen,
                    "binary file (%s), or UTF-16 text without a byte order mark that cannot be told from binary "
                    "data: if it is text, try --encoding %s",
                    why, order);
    return nb_enc_fail(err, errlen, "binary file (%s)", why);
}
