/* hant.c — a traditional text read as simplified and put back (hant.h says what and why). */
#include "hant.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>
#include <unicode/utrans.h>


/* Frequent traditional-only forms of the reports' words, sorted (開 數 總 計 報 關 會 機 請 與 處 實
 * 門 業 國 們 說 對 發 時 來 為 個 務 這 資 復 議 見 網 經 導 體 書 據 區 縣 鎮 單 項 錄 決 訴 訟 號 員 場
 * 無 條 規 範 結 辦 應 動 構 統 設 種 進 過 並 還 審 責 現 價 組 織 認 點 備 轉 屬 職 級 產 環 線 費 衛 態
 * 檢 將 問 題 當 眾 樣 聯 舉 專 類 歸 層 強 億 萬 兩 廣 東 華 長 陽 雲 遼 寧 黃 鄉 際 韓 內 優 勢 濟 護 幾
 * 須 顯 標 準 傳 歷 識): each is mapped by Hant-Hans, none is written in simplified text. */
static const uint16_t traditional_only[] = {
    0x4E26, 0x4F86, 0x500B, 0x5011, 0x5099, 0x50B3, 0x50F9, 0x5104, 0x512A, 0x5167, 0x5169, 0x52D5, 0x52D9,
    0x52E2, 0x5340, 0x54E1, 0x554F, 0x55AE, 0x570B, 0x5831, 0x5834, 0x5BE6, 0x5BE7, 0x5BE9, 0x5C07, 0x5C08,
    0x5C0D, 0x5C0E, 0x5C64, 0x5C6C, 0x5E7E, 0x5EE3, 0x5F37, 0x5FA9, 0x614B, 0x61C9, 0x64DA, 0x6578, 0x6642,
    0x66F8, 0x6703, 0x6771, 0x689D, 0x696D, 0x69CB, 0x6A19, 0x6A23, 0x6A5F, 0x6AA2, 0x6B77, 0x6B78, 0x6C7A,
    0x6E96, 0x6FDF, 0x70BA, 0x7121, 0x73FE, 0x74B0, 0x7522, 0x7576, 0x767C, 0x773E, 0x7A2E, 0x7BC4, 0x7D1A,
    0x7D44, 0x7D50, 0x7D71, 0x7D93, 0x7DB2, 0x7DDA, 0x7E23, 0x7E3D, 0x7E54, 0x806F, 0x8077, 0x8207, 0x8209,
    0x83EF, 0x842C, 0x8655, 0x865F, 0x885B, 0x898B, 0x898F, 0x8A08, 0x8A1F, 0x8A2D, 0x8A34, 0x8A8D, 0x8AAA,
    0x8ACB, 0x8B58, 0x8B70, 0x8B77, 0x8CAC, 0x8CBB, 0x8CC7, 0x8F49, 0x8FA6, 0x9019, 0x9032, 0x904E, 0x907C,
    0x9084, 0x9109, 0x9304, 0x93AE, 0x9577, 0x9580, 0x958B, 0x95DC, 0x967D, 0x969B, 0x96F2, 0x97D3, 0x9805,
    0x9808, 0x984C, 0x985E, 0x986F, 0x9AD4, 0x9EC3, 0x9EDE,
};

enum { MIN_TRADITIONAL = 20, PERCENT_TRADITIONAL = 3 };

/* One ideograph of the text and its simplified reading (0: itself). */
typedef struct pair {
    uint32_t from, to;
} pair;

/* The simplified characters written, each with the traditional one it stands for (0: more than
 * one, or itself too), sorted by simplified character; one allocation, the pairs after the struct,
 * so that nb_text_free frees it with free(). */
struct nb_hant_map {
    pair *back;
    size_t n;
};

/* The traditional-only forms as bits over U+4E00..U+9FFF: the scan looks up every ideograph of every
 * report, and a bit costs less than a search (a fifth of a parse's time, measured). */
enum { BITS_FROM = 0x4E00, BITS_TO = 0xA000 };
typedef struct trad_bits {
    uint64_t w[(BITS_TO - BITS_FROM + 63) / 64];
} trad_bits;

static void trad_bits_init(trad_bits *b)
{
    memset(b, 0, sizeof *b);
    for (size_t i = 0; i < sizeof traditional_only / sizeof traditional_only[0]; i++) {
        unsigned k = traditional_only[i] - BITS_FROM;
        b->w[k / 64] |= (uint64_t)1 << (k % 64);
    }
}

static int is_traditional_only(const trad_bits *b, uint32_t c)
{
    if (c < BITS_FROM || c >= BITS_TO) return 0;
    unsigned k = c - BITS_FROM;
    return (int)((b->w[k / 64] >> (k % 64)) & 1);
}

/* The BMP ideograph (U+3400 on: 3 UTF-8 bytes) at p, or 0. */
static uint32_t ideograph_at(const unsigned char *p, const unsigned char *e)
{
    if (e - p < 3 || p[0] < 0xE3 || p[0] > 0xE9 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    uint32_t c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return c >= 0x3400 && c <= 0x9FFF ? c : 0;
}

/* Writes ideograph c over the 3 bytes of the one it replaces (both from U+3400 on: 3 UTF-8 bytes). */
static void put3(unsigned char *p, uint32_t c)
{
    int k = 0;
    U8_APPEND_UNSAFE(p, k, c);
}

/* A pass of its own, not counted in nb_utf8_valid_prefix's (encoding_utf8.c): that one reads the input's
 * bytes, in the decoder; this one reads the text a reader made of them (libxml2's for a page, poppler's
 * for a PDF, the .docx reader's, ICU's from GBK), which only a plain UTF-8 text file has in common with
 * its input. Sharing it would tie the decoder to the traditional forms for that one case. */
static int is_traditional(const nb_text *t, size_t *trad_out, size_t *ideographs_out)
{
    const unsigned char *p = (const unsigned char *)t->data, *e = p + t->len;
    trad_bits bits;
    trad_bits_init(&bits);
    size_t trad = 0, ideographs = 0; /* locals: counters behind pointers are stored at every character */
    while (p < e) {
        if (*p < 0xE3) { /* ASCII, Latin, punctuation: most bytes are told by the first */
            p++;
            continue;
        }
        uint32_t c = ideograph_at(p, e);
        if (c) {
            ideographs++;
            trad += (size_t)is_traditional_only(&bits, c);
            p += 3;
        } else {
            p++;
        }
    }
    *trad_out = trad;
    *ideographs_out = ideographs;
    return trad >= MIN_TRADITIONAL && trad * 100 >= ideographs * PERCENT_TRADITIONAL;
}

/* The simplified reading of c when it is one BMP ideograph (3 bytes as c is), else 0. */
static uint32_t simplified(UTransliterator *tr, uint32_t c)
{
    UChar u[8] = {(UChar)c};
    int32_t len = 1, limit = 1;
    UErrorCode st = U_ZERO_ERROR;
    utrans_transUChars(tr, u, &len, (int32_t)(sizeof u / sizeof u[0]), 0, &limit, &st);
    if (U_FAILURE(st) || len != 1 || u[0] == c || u[0] < 0x3400 || u[0] > 0x9FFF) return 0;
    return u[0];
}

static int by_from(const void *a, const void *b)
{
    uint32_t x = ((const pair *)a)->from, y = ((const pair *)b)->from;
    return (x > y) - (x < y);
}

static int by_to(const void *a, const void *b)
{
    uint32_t x = ((const pair *)a)->to, y = ((const pair *)b)->to;
    return (x > y) - (x < y);
}

/* The text's distinct ideographs (sorted, each with its reading), or NULL when out of memory. */
static pair *readings(const nb_text *t, UTransliterator *tr, size_t ideographs, size_t *n)
{
    pair *v = malloc((ideographs ? ideographs : 1) * sizeof *v);
    if (!v) return NULL;
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)t->data, *e = p + t->len;
    while (p < e) {
        uint32_t c = ideograph_at(p, e);
        if (c) v[k++] = (pair){c, 0};
        p += c ? 3 : 1;
    }
    qsort(v, k, sizeof *v, by_from);
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        if (!m || v[m - 1].from != v[i].from) v[m++] = v[i];
    for (size_t i = 0; i < m; i++) v[i].to = simplified(tr, v[i].from);
    *n = m;
    return v;
}

static const pair *find(const pair *v, size_t n, uint32_t c, int (*cmp)(const void *, const void *), int to)
{
    pair key = to ? (pair){0, c} : (pair){c, 0};
    return bsearch(&key, v, n, sizeof *v, cmp);
}

/* From the readings (sorted by from): the way back, each simplified character with its one source;
 * returns how many simplified characters had more than one (left simplified by nb_hant_restore). */
static size_t way_back(pair *v, size_t n, struct nb_hant_map *m)
{
    size_t k = 0, ambiguous = 0;
    for (size_t i = 0; i < n; i++) /* the mapped ones, turned round: to → from */
        if (v[i].to) m->back[k++] = (pair){v[i].from, v[i].to};
    qsort(m->back, k, sizeof *m->back, by_to);
    size_t w = 0;
    for (size_t i = 0; i < k; i++) {
        pair b = m->back[i];
        if (w && m->back[w - 1].to == b.to) { /* 发 from 發 and from 髮 */
            if (m->back[w - 1].from) ambiguous++;
            m->back[w - 1].from = 0;
            continue;
        }
        if (find(v, n, b.to, by_from, 0)) { /* 后 from 後 while 后 itself is in the text too */
            b.from = 0;
            ambiguous++;
        }
        m->back[w++] = b;
    }
    m->n = w;
    return ambiguous;
}

void nb_hant_simplify(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    nb_enc_sink d = {diag, ctx};
    size_t trad, ideographs;
    if (!t || !t->data || t->hant || !is_traditional(t, &trad, &ideographs)) return;
    UErrorCode st = U_ZERO_ERROR;
    static const UChar id[] = {'H', 'a', 'n', 't', '-', 'H', 'a', 'n', 's', 0};
    UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st) || !tr) {
        nb_enc_say(&d, "warning", "traditional-unconverted", 0,
                   "the text is in traditional characters (%zu of %zu are traditional-only forms), but ICU has no "
                   "Hant-Hans transliterator (%s): read as it is",
                   trad, ideographs, u_errorName(st));
        return;
    }
    size_t n = 0;
    pair *v = readings(t, tr, ideographs, &n);
    utrans_close(tr);
    struct nb_hant_map *m = v ? malloc(sizeof *m + (n ? n : 1) * sizeof(pair)) : NULL;
    if (!m) {
        free(v);
        nb_enc_say(&d, "warning", "traditional-unconverted", 0, "the text is in traditional characters: out of memory, read as it is");
        return;
    }
    m->back = (pair *)(m + 1);
    size_t changed = 0;
    unsigned char *p = (unsigned char *)t->data, *e = p + t->len;
    while (p < e) {
        uint32_t c = ideograph_at(p, e);
        if (!c) {
            p++;
            continue;
        }
        const pair *r = find(v, n, c, by_from, 0);
        if (r && r->to) put3(p, r->to), changed++;
        p += 3;
    }
    size_t ambiguous = way_back(v, n, m);
    free(v);
    t->hant = m;
    nb_enc_say(&d, "info", "traditional-characters", 0,
               "the text is in traditional characters (%zu of %zu ideographs are traditional-only forms): %zu "
               "characters read as their simplified form; the output keeps the report's own characters%s",
               trad, ideographs, changed,
               ambiguous ? ", but for simplified characters that stand for more than one of them" : "");
}

void nb_hant_restore(const nb_text *t, char *s, size_t n)
{
    if (!t || !t->hant || !s) return;
    const struct nb_hant_map *m = t->hant;
    unsigned char *p = (unsigned char *)s, *e = p + n;
    while (p < e) {
        uint32_t c = ideograph_at(p, e);
        if (!c) {
            p++;
            continue;
        }
        const pair *b = find(m->back, m->n, c, by_to, 1);
        if (b && b->from) put3(p, b->from);
        p += 3;
    }
}
