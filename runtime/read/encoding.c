/* encoding.c — raw input bytes to UTF-8.
 *
 * Order of decisions: known binary magic -> BOM -> (forced converter) -> BOM-less UTF-16 (mostly Latin
 * by its NULs, Chinese by the ranges of its units) -> NUL/control
 * density -> UTF-8 (fast check, then "mostly valid" repair) -> ICU detection, biased towards GB18030
 * because that is what non-UTF-8 Chinese government reports are in.
 * Nothing here is global and mutable: ICU converters and detectors are opened per call. */
#include "encoding.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define DIAG_LIMIT 20                  /* individual diagnostics per kind before a summary */
#define SNIFF_LEN ((size_t)64 * 1024)  /* bytes examined for binary / UTF-16 sniffing */
#define DETECT_LEN ((size_t)256 * 1024) /* bytes handed to ICU's detector: enough, and bounded */
#define ICU_SLICE ((size_t)1 << 30)     /* ICU rejects source spans over INT32_MAX */
#define UCHUNK ((size_t)1 << 20)        /* UTF-16 staging buffer, in UChars */

/* ---------- diagnostics ---------- */

typedef struct reporter {
    nb_enc_diag_fn fn;
    void *ctx;
} reporter;

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void report(const reporter *r, const char *sev, const char *code, size_t off, const char *fmt, ...)
{
    if (!r->fn) return;
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->fn(r->ctx, sev, code, msg, off);
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* ---------- output buffer ---------- */

typedef struct obuf {
    char *d;
    size_t len, cap;
} obuf;

/* Room for extra more bytes plus the terminator; doubling keeps appends linear. */
static int ob_reserve(obuf *b, size_t extra)
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

static void ob_put(obuf *b, const void *p, size_t n) /* caller reserved */
{
    if (n) memcpy(b->d + b->len, p, n);
    b->len += n;
}

static void ob_fffd(obuf *b) /* caller reserved */
{
    ob_put(b, "\xEF\xBF\xBD", 3);
}

/* ---------- names ---------- */

/* Lower-case names handed out in nb_text.encoding; they double as ICU converter names. */
static const char *const known_names[] = {
    "utf-8", "utf-16le", "utf-16be", "utf-16", "utf-32le", "utf-32be", "utf-32", "utf-7", "cesu-8",
    "gb18030", "gbk", "gb2312", "hz-gb-2312", "iso-2022-cn", "big5", "big5-hkscs", "euc-tw",
    "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr", "iso-2022-kr", "us-ascii",
    "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
    "iso-8859-8", "iso-8859-8-i", "iso-8859-9", "iso-8859-10", "iso-8859-13", "iso-8859-14",
    "iso-8859-15", "iso-8859-16", "windows-874", "windows-1250", "windows-1251", "windows-1252",
    "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258",
    "koi8-r", "koi8-u", "ibm866", "macintosh", "tis-620", "ibm424_rtl", "ibm424_ltr", "ibm420_rtl",
    "ibm420_ltr",
};

static int ascii_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
    }
    return *a == *b;
}

static const char *known_name(const char *name)
{
    if (!name) return NULL;
    for (size_t i = 0; i < sizeof known_names / sizeof known_names[0]; i++)
        if (ascii_ieq(name, known_names[i])) return known_names[i];
    return NULL;
}

/* GB2312 and GBK are subsets of GB18030; decoding them with gb18030 loses nothing and survives the
 * GBK extensions that "GB2312" files contain in practice. */
static int is_gb_family(const char *name)
{
    static const char *const gb[] = {"gb18030", "gbk", "gb2312", "cp936", "ms936", "windows-936",
                                     "x-gbk", "euc-cn", "csgb2312", "gb_2312-80", "x-euc-cn"};
    for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++)
        if (ascii_ieq(name, gb[i])) return 1;
    return 0;
}

static int is_cjk_name(const char *name)
{
    static const char *const cjk[] = {"gb18030", "big5", "euc-jp", "euc-kr", "shift_jis",
                                      "iso-2022-jp", "iso-2022-kr", "iso-2022-cn"};
    for (size_t i = 0; i < sizeof cjk / sizeof cjk[0]; i++)
        if (ascii_ieq(name, cjk[i])) return 1;
    return 0;
}

/* Static lower-case name for a converter the caller forced. ICU alias data is static for the life of
 * the process, so falling back to ICU's own canonical name is still a static string. */
static const char *forced_static_name(const char *forced, UConverter *cnv)
{
    const char *k = known_name(forced);
    if (k) return k;
    UErrorCode st = U_ZERO_ERROR;
    const char *canon = ucnv_getName(cnv, &st);
    if (U_FAILURE(st) || !canon) return "unknown";
    static const char *const stds[] = {"MIME", "IANA"};
    for (size_t i = 0; i < 2; i++) {
        st = U_ZERO_ERROR;
        const char *s = ucnv_getStandardName(canon, stds[i], &st);
        if (U_SUCCESS(st) && (k = known_name(s)) != NULL) return k;
    }
    k = known_name(canon);
    return k ? k : canon;
}

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

static const char *binary_magic(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(s, magics[i].magic, magics[i].len) == 0) return magics[i].what;
    return NULL;
}

static int is_ctl(unsigned c) /* NUL and C0 controls that text does not use */
{
    return c < 0x20 && !(c >= 0x09 && c <= 0x0D);
}

/* More than 10% NUL/control bytes in the first 64 KiB: not text in any byte-oriented encoding. */
static int looks_binary(const unsigned char *s, size_t n)
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
        for (size_t k = i; k < i + 8; k++) bad += is_ctl(s[k]);
    }
    for (; i < m; i++) bad += is_ctl(s[i]);
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
static int sniff_utf16(const unsigned char *s, size_t n, int *big_endian)
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
        ctl += is_ctl(u);
    }
    if (ctl * 10 > pairs) return 0;
    *big_endian = be;
    return 1;
}

/* NUL code units are kept (the lexer copes) but worth one warning. unit is 1, 2 or 4 bytes. */
static void report_nuls(const reporter *r, const unsigned char *s, size_t n, size_t base, size_t unit)
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
        report(r, "warning", "nul-byte", base + first,
               "input contains %zu NUL character(s), the first at byte offset %zu; kept as is", count,
               base + first);
}

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

typedef struct u8stats {
    size_t valid_mb;  /* valid multi-byte sequences */
    size_t invalid;   /* invalid sequences (maximal subparts) */
    int tail_trunc;   /* the last invalid sequence is a valid prefix cut by the end of input */
    size_t tail_len;
    int gave_up;      /* stopped early: clearly not UTF-8 */
} u8stats;

static void u8_scan(const unsigned char *s, size_t n, u8stats *st)
{
    memset(st, 0, sizeof *st);
    size_t i = 0;
    while (i < n) {
        size_t v = nb_utf8_valid_prefix(s + i, n - i);
        for (size_t k = i; k < i + v; k++) st->valid_mb += s[k] >= 0xC0;
        i += v;
        if (i >= n) break;
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
static int mostly_utf8(const u8stats *st)
{
    if (st->gave_up) return 0;
    if (st->invalid == 0) return 1;
    if (st->invalid == 1 && st->tail_trunc) return st->valid_mb > 0 || st->tail_len >= 2;
    if (st->valid_mb == 0) return 0;
    return st->invalid * 50 <= st->valid_mb || (st->invalid <= 2 && st->valid_mb >= 5 * st->invalid);
}

/* ---------- BOM-less UTF-16 of Chinese text ---------- */

/* A UTF-16 unit of the ranges Chinese text is written in: ASCII and Latin-1 but for controls,
 * punctuation to symbols (U+2000..27FF: “ ” — ① ─ ■ ★), CJK punctuation to the ideographs
 * (U+3000..9FFF), full-width forms (U+FF01..FFEF). */
static int cjk_text_unit(unsigned u)
{
    unsigned hi = u >> 8;
    return (hi == 0 && !is_ctl(u) && u != 0x7F) || (hi >= 0x20 && hi <= 0x27) || (hi >= 0x30 && hi <= 0x9F) ||
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
static int sniff_utf16_cjk(const unsigned char *s, size_t n, int *big_endian)
{
    size_t m = (n < SNIFF_LEN ? n : SNIFF_LEN) & ~(size_t)1;
    if (m < 64) return 0;
    u8stats st;
    u8_scan(s, m, &st);
    if (mostly_utf8(&st)) return 0;
    int le = utf16_cjk_order(s, m, 0), be = utf16_cjk_order(s, m, 1);
    if (le == be) return 0;
    *big_endian = be;
    return 1;
}

/* Rejects input as binary for the reason why. Where its NULs sit mostly at odd offsets (or even), it may
 * be UTF-16LE (BE) text too short or too odd to be told from binary data: the message says so and
 * names the option that reads it. */
static int fail_binary(const unsigned char *s, size_t n, const char *why, char *err, size_t errlen)
{
    size_t m = (n < SNIFF_LEN ? n : SNIFF_LEN) & ~(size_t)1, z_even, z_odd;
    count_nuls(s, m, &z_even, &z_odd);
    const char *order = z_odd > 3 * z_even ? "utf-16le" : z_even > 3 * z_odd ? "utf-16be" : NULL;
    if (order)
        return fail(err, errlen,
                    "binary file (%s), or UTF-16 text without a byte order mark that cannot be told from binary "
                    "data: if it is text, try --encoding %s",
                    why, order);
    return fail(err, errlen, "binary file (%s)", why);
}

/* Copies s as UTF-8, replacing each maximal invalid subpart by U+FFFD. v is the known valid prefix;
 * base maps offsets back to the original input (a stripped BOM). */
static int u8_repair(const unsigned char *s, size_t n, size_t v, size_t base, obuf *ob, const reporter *r)
{
    size_t i = 0, bad = 0, first = 0;
    while (i < n) {
        if (i) v = nb_utf8_valid_prefix(s + i, n - i);
        if (ob_reserve(ob, v + 3)) return -1;
        ob_put(ob, s + i, v);
        i += v;
        if (i >= n) break;
        int kind;
        size_t l = u8_step(s + i, n - i, &kind);
        ob_fffd(ob);
        if (!bad++) first = i;
        if (bad <= DIAG_LIMIT)
            report(r, "warning", "invalid-utf8", base + i,
                   kind == -1 ? "UTF-8 sequence cut off by the end of input at byte offset %zu (%zu byte(s)); "
                                "replaced by U+FFFD"
                              : "invalid UTF-8 at byte offset %zu (%zu byte(s)); replaced by U+FFFD",
                   base + i, l);
        i += l;
    }
    if (bad > DIAG_LIMIT)
        report(r, "warning", "invalid-utf8", base + first,
               "%zu invalid UTF-8 sequences in total were replaced by U+FFFD (only the first %d are listed)",
               bad, DIAG_LIMIT);
    return 0;
}

/* ---------- GB18030 plausibility ---------- */

typedef struct gbstats {
    size_t pairs; /* well-formed two-byte sequences */
    size_t hi;    /* ... of which both bytes are >= 0xA1: the GB2312 area where real Chinese text lives */
    size_t four;  /* well-formed four-byte sequences */
    size_t bad;   /* high bytes that fit no GB18030 sequence */
} gbstats;

static void gb_scan(const unsigned char *s, size_t n, int at_eof, gbstats *g)
{
    memset(g, 0, sizeof *g);
    size_t i = 0;
    while (i < n) {
        unsigned b = s[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        if (b == 0x80 || b == 0xFF) {
            g->bad++;
            i++;
            continue;
        }
        if (i + 1 >= n) {
            g->bad += at_eof != 0;
            break;
        }
        unsigned t = s[i + 1];
        if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            g->pairs++;
            g->hi += b >= 0xA1 && t >= 0xA1;
            i += 2;
            continue;
        }
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n && !at_eof) break;
            if (i + 3 < n && s[i + 2] >= 0x81 && s[i + 2] <= 0xFE && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
                g->four++;
                i += 4;
                continue;
            }
        }
        g->bad++;
        i++;
    }
}

static int gb_plausible(const gbstats *g)
{
    size_t good = g->pairs + g->four;
    return good > 0 && g->bad * 100 <= good && g->hi * 2 >= g->pairs;
}

/* ---------- detection ---------- */

/* Picks a charset for input that is not UTF-8; first_bad is where UTF-8 validation failed. Returns a
 * known lower-case name (or an ICU static name). ICU's detector is good at telling scripts apart but on
 * short or ASCII-heavy Chinese text it often guesses a Latin charset; clean GB double-byte structure then
 * wins. */
static const char *detect_charset(const unsigned char *in, size_t n, size_t first_bad, const reporter *r)
{
    /* Sample from just before the first non-UTF-8 byte, so a file whose first 256 KiB are ASCII is still
     * judged by its non-ASCII part; start after an ASCII byte, which is never inside a GB character. */
    size_t w = first_bad > 1024 ? first_bad - 1024 : 0;
    for (size_t k = first_bad; k > w; k--)
        if (in[k - 1] < 0x80) {
            w = k;
            break;
        }
    if (first_bad <= 1024) w = 0;
    const unsigned char *s = in + w;
    size_t m = n - w < DETECT_LEN ? n - w : DETECT_LEN;
    gbstats g;
    gb_scan(s, m, w + m == n, &g);
    int gb_ok = gb_plausible(&g);

    const char *top = NULL;
    int32_t topc = 0, gbc = -1;
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    if (U_SUCCESS(st)) {
        ucsdet_enableInputFilter(det, 1); /* ignores HTML markup; ICU falls back when there is little else */
        ucsdet_setText(det, (const char *)s, (int32_t)m, &st);
        int32_t k = 0;
        const UCharsetMatch **ms = U_SUCCESS(st) ? ucsdet_detectAll(det, &k, &st) : NULL;
        for (int32_t i = 0; U_SUCCESS(st) && ms && i < k; i++) {
            UErrorCode e = U_ZERO_ERROR;
            const char *name = ucsdet_getName(ms[i], &e);
            int32_t conf = ucsdet_getConfidence(ms[i], &e);
            if (U_FAILURE(e) || !name) continue;
            /* UTF-8 and BOM-less UTF-16/32 were already ruled out by our own checks; ICU's guesses of
             * them here are noise (it calls Latin-1 "café" truncated UTF-8, "café crème" UTF-16BE). */
            if (strncmp(name, "UTF-", 4) == 0) continue;
            if (!top) {
                const char *kn = known_name(name);
                top = kn ? kn : name; /* detector names are string literals inside ICU */
                topc = conf;
            }
            if (gbc < 0 && is_gb_family(name)) gbc = conf;
        }
    }
    if (det) ucsdet_close(det);

    if (top && is_gb_family(top)) {
        report(r, "info", "encoding-detected", 0, "input is not UTF-8; detected gb18030 (ICU confidence %d)",
               (int)topc);
        return "gb18030";
    }
    if (gb_ok && (!top || !is_cjk_name(top) || (gbc >= 0 && topc - gbc <= 10))) {
        report(r, "info", "encoding-detected", 0,
               "input is not UTF-8; decoded as gb18030 because its bytes form clean GB double-byte sequences "
               "(ICU guessed %s with confidence %d)",
               top ? top : "nothing", (int)topc);
        return "gb18030";
    }
    if (top) {
        report(r, "info", "encoding-detected", 0, "input is not UTF-8; detected %s (ICU confidence %d)", top,
               (int)topc);
        return top;
    }
    report(r, "info", "encoding-detected", 0,
           "input is not UTF-8 and ICU found no charset; decoded as iso-8859-1 as a last resort");
    return "iso-8859-1";
}

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
        report(cb->r, "warning", "invalid-bytes", off,
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
static int icu_to_utf8(const char *cname, const unsigned char *in, size_t n, size_t base, const char *enc,
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
        return fail(err, errlen, "out of memory or converter setup failed for %s", enc);
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
            rc = fail(err, errlen, "out of memory decoding %s", enc);
            break;
        }
        if (st == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(st)) {
            rc = fail(err, errlen, "decoding %s failed: %s", enc, u_errorName(st));
            break;
        }
        if (flush) break;
    }
    if (rc == 0 && carry) {
        if (ob_reserve(ob, 3)) rc = fail(err, errlen, "out of memory decoding %s", enc);
        else ob_fffd(ob);
    }
    free(u);
    ucnv_close(cnv);
    if (rc == 0 && cb.count > DIAG_LIMIT)
        report(r, "warning", "invalid-bytes", cb.first,
               "%zu undecodable byte sequences in total were replaced by U+FFFD (only the first %d are listed)",
               cb.count, DIAG_LIMIT);
    return rc;
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
        rc = ob_reserve(&ob, n + n / 8) || u8_repair(s, n, v, base, &ob, r);
    }
    if (rc || finish(out, &ob, "utf-8", had_bom)) {
        free(ob.d);
        return fail(err, errlen, "out of memory");
    }
    return 0;
}

static int decode_icu(const char *cname, const unsigned char *s, size_t n, size_t base, const char *enc,
                      nb_text *out, const reporter *r, int had_bom, char *err, size_t errlen)
{
    obuf ob = {0};
    int rc = icu_to_utf8(cname, s, n, base, enc, r, &ob, err, errlen);
    if (rc == -2) rc = fail(err, errlen, "unknown encoding '%.100s'", cname);
    if (rc == 0 && finish(out, &ob, enc, had_bom)) rc = fail(err, errlen, "out of memory");
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
    const char *cname = is_gb_family(forced) ? "gb18030" : forced;
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(cname, &st);
    if (U_FAILURE(st) || !cnv) {
        if (cnv) ucnv_close(cnv);
        return fail(err, errlen, "unknown encoding '%.100s'", forced);
    }
    UConverterType type = ucnv_getType(cnv);
    const char *enc = forced_static_name(cname, cnv);
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
        if (finish(out, &ob, type == UCNV_UTF8 ? "utf-8" : enc, 0)) return fail(err, errlen, "out of memory");
        return 0;
    }
    const char *what = binary_magic(in, n);
    if (what) return fail(err, errlen, "binary file (%s)", what);
    if (unit == 1 && looks_binary(in, n)) return fail(err, errlen, "binary file (NUL bytes / control characters)");
    report_nuls(r, in, n, 0, unit);

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
    if (!out) return fail(err, errlen, "no output given");
    memset(out, 0, sizeof *out);
    if (!in && n) return fail(err, errlen, "no input given");
    if (!in) in = (const unsigned char *)"";
    reporter r = {diag, ctx};

    if (forced && *forced) return decode_forced(forced, in, n, out, &r, err, errlen);

    if (n == 0) {
        obuf ob = {0};
        return finish(out, &ob, "utf-8", 0) ? fail(err, errlen, "out of memory") : 0;
    }
    const char *what = binary_magic(in, n);
    if (what) return fail(err, errlen, "binary file (%s)", what);

    const bom *b = find_bom(in, n);
    if (b) {
        if (b->unit == 1 && looks_binary(in, n))
            return fail(err, errlen, "binary file (NUL bytes / control characters)");
        report_nuls(&r, in + b->len, n - b->len, b->len, b->unit);
        if (b->unit == 1 && strcmp(b->enc, "utf-8") == 0)
            return decode_utf8(in + b->len, n - b->len, SIZE_MAX, b->len, out, &r, 1, err, errlen);
        return decode_icu(b->enc, in + b->len, n - b->len, b->len, b->enc, out, &r, 1, err, errlen);
    }

    int be, latin = sniff_utf16(in, n, &be);
    size_t v = latin ? 0 : nb_utf8_valid_prefix(in, n);
    /* valid UTF-8 is taken for UTF-8 without a second look: Chinese UTF-16 breaks it within a few
     * characters, and most input is UTF-8 */
    if (latin || (v < n && sniff_utf16_cjk(in, n, &be))) {
        const char *enc = be ? "utf-16be" : "utf-16le";
        report(&r, "info", "encoding-detected", 0, "input looks like %s without a byte order mark (%s)", enc,
               latin ? "every other byte is NUL" : "Chinese text in that byte order");
        report_nuls(&r, in, n, 0, 2);
        return decode_icu(enc, in, n, 0, enc, out, &r, 0, err, errlen);
    }

    if (looks_binary(in, n)) return fail_binary(in, n, "NUL bytes / control characters", err, errlen);
    report_nuls(&r, in, n, 0, 1);

    if (v == n) return decode_utf8(in, n, v, 0, out, &r, 0, err, errlen);
    u8stats st;
    u8_scan(in, n, &st);
    if (mostly_utf8(&st)) return decode_utf8(in, n, v, 0, out, &r, 0, err, errlen);

    /* Text in a legacy encoding has next to no control characters; random bytes have one in nine,
     * which the 10% binary test above can miss. */
    size_t m = n < SNIFF_LEN ? n : SNIFF_LEN, ctl = 0;
    for (size_t i = 0; i < m; i++) ctl += is_ctl(in[i]) || in[i] == 0x7F;
    if (ctl * 50 > m) return fail_binary(in, n, "control characters in non-UTF-8 input", err, errlen);

    const char *enc = detect_charset(in, n, v, &r);
    obuf ob = {0};
    int rc = icu_to_utf8(enc, in, n, 0, enc, &r, &ob, err, errlen);
    if (rc == -2) { /* a detector name ICU cannot convert with: Latin-1 never fails */
        report(&r, "info", "encoding-detected", 0, "no converter for %s; decoded as iso-8859-1 instead", enc);
        enc = "iso-8859-1";
        rc = icu_to_utf8(enc, in, n, 0, enc, &r, &ob, err, errlen);
    }
    if (rc == 0 && finish(out, &ob, enc, 0)) rc = fail(err, errlen, "out of memory");
    if (rc) {
        free(ob.d);
        if (rc == -2) rc = fail(err, errlen, "unknown encoding '%s'", enc);
    }
    return rc;
}

void nb_text_free(nb_text *t)
{
    if (!t) return;
    free(t->data);
    t->data = NULL;
    t->len = 0;
}

void nb_enc_say(const nb_enc_sink *d, const char *severity, const char *code, const char *fmt, ...)
{
    if (!d || !d->fn) return;
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->fn(d->ctx, severity, code, msg, 0);
}
