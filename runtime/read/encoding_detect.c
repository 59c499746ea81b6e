/* encoding_detect.c — charset names (the lower-case ones handed out, the GB family) and the choice of
 * a charset for input that is not UTF-8: ICU's detector, biased towards GB18030 by the bytes' GB
 * double-byte structure. */
#include <stdint.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>

#include "encoding_int.h"

#define DETECT_LEN ((size_t)256 * 1024) /* bytes handed to ICU's detector: enough, and bounded */

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
int nb_enc_is_gb_family(const char *name)
{
    static const char *const gb[] = {"gb18030", "gbk", "gb2312", "cp936", "ms936", "windows-936", "x-gbk", "euc-cn",
                                     "x-euc-cn", "csgb2312", "gb_2312-80", "gb_2312", "chinese", "iso-ir-58"};
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
const char *nb_enc_forced_static_name(const char *forced, UConverter *cnv)
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
const char *nb_enc_detect_charset(const unsigned char *in, size_t n, size_t first_bad, const reporter *r)
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
            if (gbc < 0 && nb_enc_is_gb_family(name)) gbc = conf;
        }
    }
    if (det) ucsdet_close(det);

    if (top && nb_enc_is_gb_family(top)) {
        nb_enc_say(r, "info", "encoding-detected", 0, "input is not UTF-8; detected gb18030 (ICU confidence %d)",
               (int)topc);
        return "gb18030";
    }
    if (gb_ok && (!top || !is_cjk_name(top) || (gbc >= 0 && topc - gbc <= 10))) {
        nb_enc_say(r, "info", "encoding-detected", 0,
               "input is not UTF-8; decoded as gb18030 because its bytes form clean GB double-byte sequences "
               "(ICU guessed %s with confidence %d)",
               top ? top : "nothing", (int)topc);
        return "gb18030";
    }
    if (top) {
        nb_enc_say(r, "info", "encoding-detected", 0, "input is not UTF-8; detected %s (ICU confidence %d)", top,
               (int)topc);
        return top;
    }
    nb_enc_say(r, "info", "encoding-detected", 0,
           "input is not UTF-8 and ICU found no charset; decoded as iso-8859-1 as a last resort");
    return "iso-8859-1";
}
