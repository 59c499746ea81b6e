/* test_encoding.c — unit tests for runtime/encoding.c. Last line of output: "N passed, M failed". */
#define _POSIX_C_SOURCE 200809L
#include "encoding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#define CORPUS_NAME "003_70eac6e8a2e0d3d2.txt"
#define CORPUS_FILE "/work/shared/corpus/" CORPUS_NAME

static int passed, failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) passed++;                                                      \
        else {                                                                   \
            failed++;                                                            \
            fprintf(stderr, "FAIL %s:%d: %s (in %s)\n", __FILE__, __LINE__, #cond, cur_case); \
        }                                                                        \
    } while (0)

static const char *cur_case = "";

/* ---------- diagnostics capture ---------- */

typedef struct diag_rec {
    char sev[16], code[32], msg[320];
    size_t off;
} diag_rec;

typedef struct diags {
    diag_rec d[64];
    size_t n;     /* total seen, may exceed the stored 64 */
} diags;

static void on_diag(void *ctx, const char *sev, const char *code, const char *msg, size_t off)
{
    diags *ds = ctx;
    if (ds->n < sizeof ds->d / sizeof ds->d[0]) {
        diag_rec *r = &ds->d[ds->n];
        snprintf(r->sev, sizeof r->sev, "%s", sev);
        snprintf(r->code, sizeof r->code, "%s", code);
        snprintf(r->msg, sizeof r->msg, "%s", msg);
        r->off = off;
    }
    ds->n++;
}

static size_t count_code(const diags *ds, const char *code)
{
    size_t k = 0, lim = ds->n < 64 ? ds->n : 64;
    for (size_t i = 0; i < lim; i++) k += strcmp(ds->d[i].code, code) == 0;
    return k;
}

static const diag_rec *find_code(const diags *ds, const char *code)
{
    size_t lim = ds->n < 64 ? ds->n : 64;
    for (size_t i = 0; i < lim; i++)
        if (strcmp(ds->d[i].code, code) == 0) return &ds->d[i];
    return NULL;
}

/* ---------- helpers ---------- */

static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned b = p[i];
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (b < 0x80) { i++; continue; }
        if (b >= 0xC2 && b <= 0xDF) need = 1;
        else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
        else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
        else return 0;
        if (n - i <= need) return 0;
        for (size_t k = 1; k <= need; k++) {
            if (p[i + k] < lo || p[i + k] > hi) return 0;
            lo = 0x80; hi = 0xBF;
        }
        i += need + 1;
    }
    return 1;
}

/* Converts UTF-8 to charset with ICU; caller frees. */
static unsigned char *to_charset(const char *charset, const char *utf8, size_t n, size_t *outn)
{
    UErrorCode st = U_ZERO_ERROR;
    size_t cap = n * 4 + 16;
    char *buf = malloc(cap);
    int32_t len = ucnv_convert(charset, "utf-8", buf, (int32_t)cap, utf8, (int32_t)n, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "ucnv_convert(%s): %s\n", charset, u_errorName(st));
        free(buf);
        *outn = 0;
        return NULL;
    }
    *outn = (size_t)len;
    return (unsigned char *)buf;
}

typedef struct run {
    int rc;
    nb_text t;
    diags ds;
    char err[256];
} run;

static void dec(run *r, const void *in, size_t n, const char *forced)
{
    memset(r, 0, sizeof *r);
    r->rc = nb_decode(in, n, forced, &r->t, on_diag, &r->ds, r->err, sizeof r->err);
    if (r->rc == 0) {
        CHECK(r->t.data != NULL && r->t.data[r->t.len] == 0);
        CHECK(r->t.encoding != NULL);
    }
}

static int text_is(const run *r, const char *s, size_t n)
{
    return r->rc == 0 && r->t.len == n && memcmp(r->t.data, s, n) == 0;
}
#define TEXT_IS(r, lit) text_is(r, lit, sizeof(lit) - 1)

static int enc_is(const run *r, const char *e)
{
    return r->rc == 0 && r->t.encoding && strcmp(r->t.encoding, e) == 0;
}

/* ---------- cases ---------- */

static const char zh_title[] = "2022年政府信息公开工作年度报告";
static const char zh_para[] =
    "柳州市柳江区发展和改革局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n（一）主动公开\n"
    "2022年，我局积极落实政府信息公开工作要求，根据《中华人民共和国政府信息公开条例》规定，"
    "坚持以公开为常态、不公开为例外，进一步加大主动公开力度，推进决策、执行、管理、服务、结果公开。"
    "全年共主动公开政府信息156条，其中规范性文件3件，政策解读12篇。\n"
    "（二）依申请公开\n本年度共收到政府信息公开申请5件，均已按时答复。\n"
    "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
    "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";

static void t_empty(void)
{
    cur_case = "empty";
    run r;
    dec(&r, "", 0, NULL);
    CHECK(r.rc == 0 && r.t.len == 0 && enc_is(&r, "utf-8") && r.t.had_bom == 0 && r.ds.n == 0);
    nb_text_free(&r.t);
    dec(&r, NULL, 0, NULL);
    CHECK(r.rc == 0 && r.t.len == 0);
    nb_text_free(&r.t);
}

static void t_ascii(void)
{
    cur_case = "ascii";
    run r;
    const char s[] = "Annual report\r\nline two\rline three\n\ttab\f";
    dec(&r, s, sizeof s - 1, NULL);
    CHECK(TEXT_IS(&r, "Annual report\r\nline two\rline three\n\ttab\f"));
    CHECK(enc_is(&r, "utf-8") && r.ds.n == 0 && !r.t.had_bom);
    nb_text_free(&r.t);
}

static void t_utf8_chinese(void)
{
    cur_case = "utf8-chinese";
    run r;
    dec(&r, zh_para, sizeof zh_para - 1, NULL);
    CHECK(text_is(&r, zh_para, sizeof zh_para - 1) && enc_is(&r, "utf-8") && r.ds.n == 0);
    nb_text_free(&r.t);
    /* a 4-byte character too */
    dec(&r, "\xF0\xA0\x80\x80 \xF4\x8F\xBF\xBF", 9, NULL);
    CHECK(TEXT_IS(&r, "\xF0\xA0\x80\x80 \xF4\x8F\xBF\xBF") && r.ds.n == 0);
    nb_text_free(&r.t);
}

static void t_utf8_bom(void)
{
    cur_case = "utf8-bom";
    run r;
    dec(&r, "\xEF\xBB\xBF中文", 9, NULL);
    CHECK(TEXT_IS(&r, "中文") && enc_is(&r, "utf-8") && r.t.had_bom == 1);
    nb_text_free(&r.t);
    dec(&r, "\xEF\xBB\xBF", 3, NULL);
    CHECK(r.rc == 0 && r.t.len == 0 && r.t.had_bom == 1);
    nb_text_free(&r.t);
    /* invalid byte after a BOM: offset counts the BOM */
    dec(&r, "\xEF\xBB\xBF" "ab\xFF", 6, NULL);
    const diag_rec *d = find_code(&r.ds, "invalid-utf8");
    CHECK(TEXT_IS(&r, "ab\xEF\xBF\xBD") && d && d->off == 5);
    nb_text_free(&r.t);
}

static void t_utf16(void)
{
    cur_case = "utf16";
    run r;
    /* "年A" + U+1F600 (surrogate pair) */
    const unsigned char le[] = {0xFF, 0xFE, 0x74, 0x5E, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE};
    dec(&r, le, sizeof le, NULL);
    CHECK(TEXT_IS(&r, "年A\xF0\x9F\x98\x80") && enc_is(&r, "utf-16le") && r.t.had_bom == 1);
    nb_text_free(&r.t);
    const unsigned char be[] = {0xFE, 0xFF, 0x5E, 0x74, 0x00, 0x41};
    dec(&r, be, sizeof be, NULL);
    CHECK(TEXT_IS(&r, "年A") && enc_is(&r, "utf-16be") && r.t.had_bom == 1);
    nb_text_free(&r.t);
    /* lone surrogate and odd trailing byte: U+FFFD, diagnostics, no crash */
    const unsigned char bad[] = {0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42};
    dec(&r, bad, sizeof bad, NULL);
    CHECK(r.rc == 0 && valid_utf8(r.t.data, r.t.len) && strstr(r.t.data, "\xEF\xBF\xBD") != NULL);
    CHECK(count_code(&r.ds, "invalid-bytes") >= 1);
    nb_text_free(&r.t);
    /* no BOM, ASCII-heavy: recognised by the NUL pattern instead of being called binary */
    const char *plain = "Report for 2022, section one.\r\n";
    unsigned char le2[80];
    size_t k = 0;
    for (const char *p = plain; *p; p++) { le2[k++] = (unsigned char)*p; le2[k++] = 0; }
    dec(&r, le2, k, NULL);
    CHECK(text_is(&r, plain, strlen(plain)) && enc_is(&r, "utf-16le") && r.t.had_bom == 0);
    CHECK(find_code(&r.ds, "encoding-detected") != NULL);
    nb_text_free(&r.t);
}

/* Chinese text in UTF-16 without a BOM has few NULs (line ends, digits): recognised by the ranges of
 * its units, in both byte orders. */
static void t_utf16_cjk_nobom(void)
{
    cur_case = "utf16-cjk-nobom";
    static const char *const orders[] = {"utf-16le", "utf-16be"};
    for (int i = 0; i < 2; i++) {
        size_t un;
        unsigned char *u = to_charset(orders[i], zh_para, sizeof zh_para - 1, &un);
        CHECK(u != NULL && un > 2 && u[0] != 0xFF && u[0] != 0xFE); /* no BOM */
        if (!u) continue;
        run r;
        dec(&r, u, un, NULL);
        CHECK(text_is(&r, zh_para, sizeof zh_para - 1) && enc_is(&r, orders[i]) && r.t.had_bom == 0);
        const diag_rec *d = find_code(&r.ds, "encoding-detected");
        CHECK(d && strstr(d->msg, orders[i]) && strstr(d->msg, "Chinese"));
        nb_text_free(&r.t);
        free(u);
        /* too short to tell from binary data: still rejected, but the message names UTF-16 */
        u = to_charset(orders[i], zh_title, sizeof zh_title - 1, &un);
        if (!u) continue;
        dec(&r, u, un, NULL);
        CHECK(r.rc == -1 && strstr(r.err, "UTF-16") && strstr(r.err, orders[i]));
        free(u);
    }
}

/* What must not pass for BOM-less UTF-16: text in byte encodings, and binary data. */
static void t_not_utf16(void)
{
    cur_case = "not-utf16";
    static const char ja[] =
        "東京都情報公開年次報告書。本年度の情報公開請求は合計三百件であり、全て法定期限内に処理された。"
        "情報公開の推進にあたっては、各部局の連携を強化し、利用者の利便性を高めるための取組を進めた。";
    static const struct {
        const char *charset, *text;
        size_t n;
    } byte_texts[] = {{"gbk", zh_para, sizeof zh_para - 1},
                      {"gb18030", zh_para, sizeof zh_para - 1},
                      {"big5", "臺北市政府政府資訊公開工作年度報告，本府依據政府資訊公開法規定主動公開施政計畫與業務統計。"
                               "全年共受理申請案件三百餘件，均於法定期限內完成處理，並持續檢討資訊公開作業流程。", 0},
                      {"shift_jis", ja, sizeof ja - 1},
                      {"euc-jp", ja, sizeof ja - 1}};
    for (size_t i = 0; i < sizeof byte_texts / sizeof byte_texts[0]; i++) {
        size_t bn, n = byte_texts[i].n ? byte_texts[i].n : strlen(byte_texts[i].text);
        unsigned char *b = to_charset(byte_texts[i].charset, byte_texts[i].text, n, &bn);
        CHECK(b != NULL);
        if (!b) continue;
        run r;
        dec(&r, b, bn, NULL);
        CHECK(r.rc == 0 && strncmp(r.t.encoding, "utf-16", 6) != 0);
        if (r.rc == 0 && !strncmp(r.t.encoding, "utf-16", 6)) fprintf(stderr, "  %s read as %s\n", byte_texts[i].charset, r.t.encoding);
        nb_text_free(&r.t);
        free(b);
    }
    /* Latin-1 prose: pairs of letters fall in the ideographs' range, but both bytes are below 0x80 */
    char latin[2048] = "";
    while (strlen(latin) + 80 < sizeof latin)
        strcat(latin, "Rapport annuel sur la publicit\xE9 des informations, premi\xE8re partie. Donn\xE9" "es ");
    run r;
    dec(&r, latin, strlen(latin), NULL);
    CHECK(r.rc == 0 && strncmp(r.t.encoding, "utf-16", 6) != 0);
    nb_text_free(&r.t);
    /* random bytes, without and with NULs, in many lengths: never UTF-16 text */
    unsigned x = 4242;
    int as_utf16 = 0;
    unsigned char b[8192];
    for (int it = 0; it < 400; it++) {
        size_t n = 64 + (size_t)it * 19 % (sizeof b - 64);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            b[i] = it % 2 && i % 7 == 0 ? 0 : (unsigned char)(x >> 16);
        }
        dec(&r, b, n, NULL);
        as_utf16 += r.rc == 0 && !strncmp(r.t.encoding, "utf-16", 6);
        if (r.rc == 0) nb_text_free(&r.t);
    }
    CHECK(as_utf16 == 0);
}

static void t_gb18030_title(void)
{
    cur_case = "gb18030-title";
    size_t gn;
    unsigned char *gb = to_charset("gb18030", zh_title, sizeof zh_title - 1, &gn);
    CHECK(gb != NULL);
    if (!gb) return;
    /* "2022" then 年 = C4 EA */
    CHECK(gn == 4 + 13 * 2 && gb[4] == 0xC4 && gb[5] == 0xEA);
    run r;
    dec(&r, gb, gn, NULL);
    CHECK(text_is(&r, zh_title, sizeof zh_title - 1) && enc_is(&r, "gb18030"));
    const diag_rec *d = find_code(&r.ds, "encoding-detected");
    CHECK(d && strcmp(d->sev, "info") == 0 && strstr(d->msg, "gb18030"));
    CHECK(count_code(&r.ds, "invalid-bytes") == 0);
    nb_text_free(&r.t);
    free(gb);
}

static void t_gbk_long(void)
{
    cur_case = "gbk-long";
    size_t gn;
    unsigned char *gb = to_charset("gbk", zh_para, sizeof zh_para - 1, &gn);
    CHECK(gb != NULL);
    if (!gb) return;
    run r;
    dec(&r, gb, gn, NULL);
    CHECK(text_is(&r, zh_para, sizeof zh_para - 1) && enc_is(&r, "gb18030"));
    CHECK(find_code(&r.ds, "encoding-detected") != NULL && count_code(&r.ds, "invalid-bytes") == 0);
    nb_text_free(&r.t);
    /* forced "gbk" is widened to gb18030 */
    dec(&r, gb, gn, "GBK");
    CHECK(text_is(&r, zh_para, sizeof zh_para - 1) && enc_is(&r, "gb18030"));
    CHECK(find_code(&r.ds, "encoding-detected") == NULL);
    nb_text_free(&r.t);
    /* so is "chinese", a GB2312 alias a page may declare: one list for a page's charset and a forced one */
    dec(&r, gb, gn, "chinese");
    CHECK(text_is(&r, zh_para, sizeof zh_para - 1) && enc_is(&r, "gb18030"));
    nb_text_free(&r.t);
    free(gb);
}

static void t_big5(void)
{
    cur_case = "big5";
    static const char tw[] =
        "臺北市政府一百一十一年度政府資訊公開工作年度報告。本府依據政府資訊公開法規定，"
        "主動公開施政計畫、業務統計及研究報告，並受理民眾申請提供政府資訊，全年共受理申請案件三百餘件，"
        "均於法定期限內完成處理。為提升資訊透明度，本府持續檢討資訊公開作業流程，強化各機關橫向聯繫。";
    size_t bn;
    unsigned char *b5 = to_charset("big5", tw, sizeof tw - 1, &bn);
    CHECK(b5 != NULL);
    if (!b5) return;
    run r;
    dec(&r, b5, bn, "big5");
    CHECK(text_is(&r, tw, sizeof tw - 1) && enc_is(&r, "big5"));
    nb_text_free(&r.t);
    /* detection: whatever it picks must be a success with valid UTF-8 */
    dec(&r, b5, bn, NULL);
    CHECK(r.rc == 0 && valid_utf8(r.t.data, r.t.len));
    printf("  (big5 text auto-detected as %s)\n", r.rc == 0 ? r.t.encoding : "-");
    nb_text_free(&r.t);
    free(b5);
}

/* Twins: text that detection alone gets wrong (short, mostly ASCII) must come out as its UTF-8 twin, in
 * every encoding the reader guesses without a BOM. Each relies on a fallback of runtime/encoding.c: GB
 * byte pairs checked when ICU's detector sees too little, BOM-less UTF-16 told by its zero bytes. */
static void t_twins(void)
{
    static const struct {
        const char *charset, *text;
    } twins[] = {
        {"gb18030", "abc 信息 def 123"},
        {"gbk", "abc 信息 def 123"},
        {"gb18030", "信息"},
        {"gb18030", "Page 1 of 3  http://www.gov.cn/xxgk/2022/  2022-03-08  total 12 items, 公开\n"},
        {"gbk", "ID: 1234567890, file: report_2022.txt, size: 6149 bytes, 年报\r\n"},
        {"utf-16le", "abc 信息 def 123"},
        {"utf-16be", "abc 信息 def 123"},
        {"utf-16le", "Page 1 of 3  http://www.gov.cn/xxgk/2022/  2022-03-08  total 12 items, 公开\n"},
        {"utf-16be", "ID: 1234567890, file: report_2022.txt, size: 6149 bytes, 年报\r\n"},
    };
    for (size_t i = 0; i < sizeof twins / sizeof twins[0]; i++) {
        char name[96];
        snprintf(name, sizeof name, "twin %s \"%.24s\"", twins[i].charset, twins[i].text);
        cur_case = name;
        size_t n, tn = strlen(twins[i].text);
        unsigned char *b = to_charset(twins[i].charset, twins[i].text, tn, &n);
        CHECK(b != NULL && n > 0 && b[0] != 0xFF && b[0] != 0xFE); /* no BOM */
        if (!b) continue;
        run r;
        dec(&r, b, n, NULL);
        CHECK(text_is(&r, twins[i].text, tn));
        if (!text_is(&r, twins[i].text, tn))
            fprintf(stderr, "  decoded as %s: %.*s\n", r.rc == 0 ? r.t.encoding : r.err, r.rc == 0 ? (int)r.t.len : 0,
                    r.rc == 0 ? r.t.data : "");
        nb_text_free(&r.t);
        free(b);
    }
    cur_case = "";
}

static void t_truncated(void)
{
    cur_case = "utf8-truncated";
    run r;
    /* 中文报 then the first two bytes of 告 (E5 91 8A) */
    const char s[] = "中文报\xE5\x91";
    dec(&r, s, sizeof s - 1, NULL);
    CHECK(TEXT_IS(&r, "中文报\xEF\xBF\xBD") && enc_is(&r, "utf-8"));
    const diag_rec *d = find_code(&r.ds, "invalid-utf8");
    CHECK(d && d->off == 9 && strcmp(d->sev, "warning") == 0);
    CHECK(count_code(&r.ds, "invalid-utf8") == 1);
    nb_text_free(&r.t);
    /* ASCII only, cut after two bytes of a 3-byte character: still UTF-8 */
    dec(&r, "report \xE5\x91", 9, NULL);
    CHECK(TEXT_IS(&r, "report \xEF\xBF\xBD") && enc_is(&r, "utf-8"));
    nb_text_free(&r.t);
}

static void t_stray_ff(void)
{
    cur_case = "utf8-stray-ff";
    run r;
    const char s[] = "政府信息\xFF公开工作";
    dec(&r, s, sizeof s - 1, NULL);
    CHECK(TEXT_IS(&r, "政府信息\xEF\xBF\xBD公开工作") && enc_is(&r, "utf-8"));
    const diag_rec *d = find_code(&r.ds, "invalid-utf8");
    CHECK(d && d->off == 12);
    nb_text_free(&r.t);
}

static void t_maximal_subpart(void)
{
    cur_case = "utf8-maximal-subpart";
    run r;
    /* Unicode Table 3-8 style cases, forced utf-8 so detection cannot interfere. */
    dec(&r, "a\xE0\x80" "b", 4, "utf-8"); /* E0 needs A0..BF: two replacements */
    CHECK(TEXT_IS(&r, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b"));
    nb_text_free(&r.t);
    dec(&r, "a\xF0\x90\x80" "b", 5, "utf-8"); /* valid prefix of a 4-byte sequence: one replacement */
    CHECK(TEXT_IS(&r, "a\xEF\xBF\xBD" "b") && count_code(&r.ds, "invalid-utf8") == 1);
    nb_text_free(&r.t);
    dec(&r, "\xED\xA0\x80", 3, "utf-8"); /* surrogate: three replacements */
    CHECK(TEXT_IS(&r, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
    nb_text_free(&r.t);
    dec(&r, "\xC0\xAF\xF5", 3, "utf-8");
    CHECK(TEXT_IS(&r, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
    const diag_rec *d = find_code(&r.ds, "invalid-utf8");
    CHECK(d && d->off == 0 && r.ds.n == 3 && r.ds.d[2].off == 2);
    nb_text_free(&r.t);
    dec(&r, "\xE4\xB8\xAD\xE4\xB8", 5, "UTF8"); /* alias, truncated */
    CHECK(TEXT_IS(&r, "\xE4\xB8\xAD\xEF\xBF\xBD") && enc_is(&r, "utf-8"));
    nb_text_free(&r.t);
}

static void t_many_invalid(void)
{
    cur_case = "utf8-many-invalid";
    /* 3000 characters and 40 stray bytes: UTF-8 with 40 replacements, 20 listed plus one summary */
    size_t n = 0;
    char *s = malloc(3000 * 3 + 64);
    for (int i = 0; i < 3000; i++) {
        memcpy(s + n, "政", 3);
        n += 3;
        if (i % 75 == 0) s[n++] = (char)0x80;
    }
    run r;
    dec(&r, s, n, NULL);
    CHECK(r.rc == 0 && enc_is(&r, "utf-8") && r.t.len == 3000 * 3 + 40 * 3);
    CHECK(count_code(&r.ds, "invalid-utf8") == 21 && r.ds.n == 21);
    CHECK(r.ds.n == 21 && strstr(r.ds.d[20].msg, "40") != NULL);
    nb_text_free(&r.t);
    free(s);
}

static void t_elinks_placeholder(void)
{
    cur_case = "utf8-elinks-placeholder";
    /* elinks's dump of a page with 4<U+200B>3 in every cell of a short table: its 6-byte sequence for
       the pair, then 3 (one in twelve of the bytes: GB18030 would read them as pairs); U+FFFD each, not
       a GB18030 file, and the 3 not glued to anything (a cell with one is not read as a number) */
    static const char cell[] = "\xE2\x94\x82  \xC2\xA0\xFD\xBF\xBF\xBD\xA3\xB4" "3\xC2\xA0  ";
    static const char want[] = "\xE2\x94\x82  \xC2\xA0\xEF\xBF\xBD" "3\xC2\xA0  ";
    size_t n = 0, k = sizeof cell - 1, m = 0;
    char *s = malloc(40 * (k + 12)), *w = malloc(40 * (k + 12));
    for (int i = 0; i < 40; i++) {
        memcpy(s + n, "申请数量", 12), memcpy(w + m, "申请数量", 12);
        n += 12, m += 12;
        memcpy(s + n, cell, k), memcpy(w + m, want, sizeof want - 1);
        n += k, m += sizeof want - 1;
    }
    run r;
    dec(&r, s, n, NULL);
    CHECK(r.rc == 0 && enc_is(&r, "utf-8") && r.t.len == m && !memcmp(r.t.data, w, m));
    const diag_rec *d = find_code(&r.ds, "placeholder-read");
    CHECK(d && d->off == 12 + 3 + 2 + 2 && strstr(d->msg, "40 sequences") && !find_code(&r.ds, "invalid-utf8"));
    nb_text_free(&r.t);
    /* a 6-byte lead whose sequence breaks off is no placeholder: invalid bytes, as before */
    dec(&r, "政府信息\xFD\xBF" "公开工作年度报告", 38, NULL);
    CHECK(r.rc == 0 && enc_is(&r, "utf-8") && find_code(&r.ds, "invalid-utf8") && !find_code(&r.ds, "placeholder-read"));
    nb_text_free(&r.t);
    free(s);
    free(w);
}

static void t_nul(void)
{
    cur_case = "nul-bytes";
    run r;
    const char s[] = "政府信息公开\0年度报告 annual report text\0 more text here";
    dec(&r, s, sizeof s - 1, NULL);
    CHECK(text_is(&r, s, sizeof s - 1) && enc_is(&r, "utf-8"));
    const diag_rec *d = find_code(&r.ds, "nul-byte");
    CHECK(d && d->off == 18 && strstr(d->msg, "2 NUL") != NULL && count_code(&r.ds, "nul-byte") == 1);
    nb_text_free(&r.t);
}

static void t_binary(void)
{
    cur_case = "binary";
    unsigned char b[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof b; i++) {
        x = x * 1103515245u + 12345u;
        b[i] = (i % 5 == 0) ? 0 : (unsigned char)(x >> 16);
    }
    run r;
    dec(&r, b, sizeof b, NULL);
    CHECK(r.rc == -1 && strncmp(r.err, "binary file (", 13) == 0);
    dec(&r, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", 15, NULL);
    CHECK(r.rc == -1 && strstr(r.err, "PDF file: not supported by the text reader") != NULL);
    CHECK(strncmp(r.err, "binary file", 11) == 0);
    dec(&r, "PK\003\004\024\000\006\000", 8, NULL);
    CHECK(r.rc == -1 && strstr(r.err, "ZIP") != NULL);
    dec(&r, "\x89PNG\r\n\x1a\n", 8, NULL);
    CHECK(r.rc == -1 && strstr(r.err, "PNG") != NULL);
    dec(&r, "\x7f" "ELF\x02\x01\x01", 7, NULL);
    CHECK(r.rc == -1 && strstr(r.err, "ELF") != NULL);
    /* forcing an encoding does not turn a PDF into text */
    dec(&r, "%PDF-1.7", 8, "gb18030");
    CHECK(r.rc == -1 && strstr(r.err, "PDF") != NULL);
}

static void t_forced(void)
{
    cur_case = "forced";
    size_t gn;
    unsigned char *gb = to_charset("gb18030", zh_title, sizeof zh_title - 1, &gn);
    if (!gb) { CHECK(0); return; }
    run r;
    dec(&r, gb, gn, "gb18030");
    CHECK(text_is(&r, zh_title, sizeof zh_title - 1) && enc_is(&r, "gb18030"));
    CHECK(r.ds.n == 0);
    nb_text_free(&r.t);
    /* an undecodable byte in forced gb18030: U+FFFD and its offset */
    unsigned char bad[64];
    memcpy(bad, gb, 6);
    bad[6] = 0xFF;
    memcpy(bad + 7, gb + 6, gn - 6);
    dec(&r, bad, gn + 1, "gb18030");
    const diag_rec *d = find_code(&r.ds, "invalid-bytes");
    CHECK(r.rc == 0 && strstr(r.t.data, "2022年\xEF\xBF\xBD政府") != NULL);
    CHECK(d && d->off == 6);
    nb_text_free(&r.t);
    /* a GB lead byte followed by a byte that cannot be a trail: lead replaced, the rest kept */
    dec(&r, "ab\xC4 cd", 6, "gb18030");
    CHECK(TEXT_IS(&r, "ab\xEF\xBF\xBD cd"));
    d = find_code(&r.ds, "invalid-bytes");
    CHECK(d && d->off == 2);
    nb_text_free(&r.t);
    dec(&r, gb, gn, "no-such-charset");
    CHECK(r.rc == -1 && strcmp(r.err, "unknown encoding 'no-such-charset'") == 0);
    dec(&r, "", 0, "bogus");
    CHECK(r.rc == -1 && strstr(r.err, "unknown encoding") != NULL);
    /* "" means detect */
    dec(&r, gb, gn, "");
    CHECK(enc_is(&r, "gb18030"));
    nb_text_free(&r.t);
    /* forced latin1 alias gets a canonical lower-case name */
    dec(&r, "caf\xE9", 4, "latin1");
    CHECK(TEXT_IS(&r, "caf\xC3\xA9") && enc_is(&r, "iso-8859-1"));
    nb_text_free(&r.t);
    /* forced UTF-16LE with a BOM: the BOM is still stripped */
    dec(&r, "\xFF\xFE" "A\0", 4, "utf-16le");
    CHECK(TEXT_IS(&r, "A") && r.t.had_bom == 1 && enc_is(&r, "utf-16le"));
    nb_text_free(&r.t);
    free(gb);
}

static void t_latin1(void)
{
    cur_case = "latin1";
    run r;
    const char s[] = "caf\xE9 cr\xE8me";
    dec(&r, s, sizeof s - 1, NULL);
    CHECK(r.rc == 0 && valid_utf8(r.t.data, r.t.len) && r.ds.n >= 1);
    CHECK(find_code(&r.ds, "encoding-detected") != NULL);
    printf("  (latin-1 sample detected as %s: \"%s\")\n", r.rc == 0 ? r.t.encoding : "-",
           r.rc == 0 ? r.t.data : "");
    if (r.rc == 0 && (enc_is(&r, "iso-8859-1") || enc_is(&r, "windows-1252")))
        CHECK(TEXT_IS(&r, "café crème"));
    nb_text_free(&r.t);
}

/* The shared corpus, else the repo's copy found from this source file's path (tests/unit/ -> corpus/). */
static FILE *open_corpus(const char *arg)
{
    FILE *f = fopen(arg ? arg : CORPUS_FILE, "rb");
    if (f || arg) return f;
    char path[4096];
    const char *slash = strrchr(__FILE__, '/');
    int dirlen = slash ? (int)(slash - __FILE__) : 0;
    snprintf(path, sizeof path, "%.*s%s../../corpus/" CORPUS_NAME, dirlen, __FILE__, slash ? "/" : "");
    return fopen(path, "rb");
}

static void t_corpus(const char *arg)
{
    cur_case = "corpus-gb18030";
    FILE *f = open_corpus(arg);
    CHECK(f != NULL);
    if (!f) return;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *u8 = malloc((size_t)sz + 1);
    size_t got = fread(u8, 1, (size_t)sz, f);
    fclose(f);
    CHECK(got == (size_t)sz);
    size_t gn;
    unsigned char *gb = to_charset("gb18030", u8, got, &gn);
    CHECK(gb != NULL && gn > 0);
    if (gb) {
        run r;
        dec(&r, gb, gn, NULL);
        CHECK(text_is(&r, u8, got) && enc_is(&r, "gb18030"));
        CHECK(count_code(&r.ds, "invalid-bytes") == 0);
        nb_text_free(&r.t);
        /* and the UTF-8 original passes through untouched */
        dec(&r, u8, got, NULL);
        CHECK(text_is(&r, u8, got) && enc_is(&r, "utf-8") && r.ds.n == 0);
        nb_text_free(&r.t);
        /* cut in the middle: truncated tail becomes one U+FFFD */
        size_t cut = got / 2;
        while ((((unsigned char)u8[cut]) & 0xC0) != 0x80) cut++;
        dec(&r, u8, cut, NULL);
        CHECK(r.rc == 0 && enc_is(&r, "utf-8") && count_code(&r.ds, "invalid-utf8") == 1);
        nb_text_free(&r.t);
    }
    free(gb);
    free(u8);
}

/* Random and mutated inputs: never crash, output always valid UTF-8 and terminated. */
static void t_fuzzish(void)
{
    cur_case = "fuzzish";
    size_t gn;
    unsigned char *gb = to_charset("gb18030", zh_para, sizeof zh_para - 1, &gn);
    unsigned x = 777;
    int ok = 1;
    static const char *const forced[] = {NULL, "utf-8", "gb18030", "big5", "utf-16le", "utf-16", "utf-32",
                                         "iso-2022-jp", "shift_jis"};
    unsigned char buf[1024];
    for (int it = 0; it < 3000; it++) {
        x = x * 1103515245u + 12345u;
        size_t n = (x >> 8) % sizeof buf;
        int mode = it % 4;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            unsigned v = x >> 16;
            if (mode == 0) buf[i] = (unsigned char)v;
            else if (mode == 1) buf[i] = (unsigned char)(v % 3 ? 0x20 + v % 90 : 0x80 + v % 128);
            else if (mode == 2) buf[i] = (unsigned char)(i < sizeof zh_para - 1 && v % 50 ? (unsigned char)zh_para[i] : v);
            else buf[i] = (unsigned char)(gb && i < gn && v % 40 ? gb[i] : v);
        }
        const char *fz = forced[(size_t)it % (sizeof forced / sizeof forced[0])];
        if (it % 2) fz = NULL;
        nb_text t;
        char err[128];
        int rc = nb_decode(buf, n, fz, &t, NULL, NULL, err, sizeof err);
        if (rc == 0) {
            if (t.data[t.len] != 0 || !valid_utf8(t.data, t.len)) ok = 0;
            nb_text_free(&t);
        } else if (err[0] == 0) {
            ok = 0;
        }
    }
    CHECK(ok);
    free(gb);
}

/* argv[1], if given, replaces the corpus file. */
int main(int argc, char **argv)
{
    t_empty();
    t_ascii();
    t_utf8_chinese();
    t_utf8_bom();
    t_utf16();
    t_utf16_cjk_nobom();
    t_not_utf16();
    t_gb18030_title();
    t_gbk_long();
    t_big5();
    t_twins();
    t_truncated();
    t_stray_ff();
    t_maximal_subpart();
    t_many_invalid();
    t_elinks_placeholder();
    t_nul();
    t_binary();
    t_forced();
    t_latin1();
    t_corpus(argc > 1 ? argv[1] : NULL);
    t_fuzzish();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
