/* lexer_page.re — what a report's page holds besides the report (re2c; the conventions of lexer.re):
 * the keys of a page header's key: value pairs and its dates, Word's HTML leftovers, a site's chrome
 * and breadcrumb, and the junk lines the lexer drops. */
#include <string.h>

#include "lexer_int.h"
#include "utf8.h"

/*!re2c
    !include "include/chars.rei";
    !include "include/frame.rei";
    !include "include/table3.rei";
*/

nb_meta_key nb_match_meta_key(const unsigned char *p, const unsigned char *lim,
                              const unsigned char **after)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    nb_meta_key k = NB_META_NONE;
    /*!re2c
        "来源" bl* colon+                               { k = NB_META_SOURCE; goto done; }
        ("发布日期" | "发布时间" | "发文日期" | "成文日期") bl* colon+ { k = NB_META_PUBLISHED; goto done; }
        "作者" bl* colon+                               { k = NB_META_AUTHOR; goto done; }
        "索引号" bl* colon+                             { k = NB_META_INDEX; goto done; }
        ("发布机构" | "发文机关") bl* colon+            { k = NB_META_PUBLISHER; goto done; }
        "文" bl* "号" bl* colon+                        { k = NB_META_DOCNO; goto done; }
        "主题分类" bl* colon+                           { k = NB_META_TOPIC; goto done; }
        "关键词" bl* colon+                             { k = NB_META_KEYWORDS; goto done; }
        "标题" bl* colon+                               { k = NB_META_TITLE; goto done; }
        "栏目" bl* colon+                               { k = NB_META_COLUMN; goto done; }
        "原文链接" bl* colon+                           { k = NB_META_URL; goto done; }
        "本地目录" bl* colon+                           { k = NB_META_LOCALDIR; goto done; }
        "页面链接与图片详见"                            { k = NB_META_LINKS; goto done; }
        "附件" bl* colon+                               { k = NB_META_ATTACHMENT; goto done; }
        *                                               { return NB_META_NONE; }
        $                                               { return NB_META_NONE; }
    */
done:
    *after = YYCURSOR;
    return k;
}

const char *nb_meta_key_name(nb_meta_key k)
{
    static const char *names[] = {
        [NB_META_NONE] = "", [NB_META_SOURCE] = "source", [NB_META_PUBLISHED] = "published",
        [NB_META_AUTHOR] = "author", [NB_META_INDEX] = "index_no", [NB_META_PUBLISHER] = "publisher",
        [NB_META_DOCNO] = "document_no", [NB_META_TOPIC] = "topic", [NB_META_KEYWORDS] = "keywords",
        [NB_META_TITLE] = "page_title", [NB_META_COLUMN] = "column", [NB_META_URL] = "url",
        [NB_META_LOCALDIR] = "local_dir", [NB_META_LINKS] = "links", [NB_META_ATTACHMENT] = "attachment",
    };
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "";
}

int nb_match_date(const unsigned char *p, const unsigned char *lim, int *y, int *mo, int *d,
                  const unsigned char **after)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        y1 ad{3} ("-" | "/" | ".") ad{1,2} ("-" | "/" | ".") ad{1,2} { goto ok; }
        y1 ad{3} "年" bl* ad{1,2} bl* "月" bl* ad{1,2} bl* "日"?      { goto ok; }
        *                                                                      { return 0; }
        $                                                                      { return 0; }
    */
ok:;
    /* read the three numbers back: simpler than tags, and the match guarantees the shape */
    int v[3] = {0, 0, 0}, i = 0;
    for (const unsigned char *q = p; q < YYCURSOR && i < 3;) {
        int dg;
        size_t w = nb_digit_at(q, YYCURSOR, &dg); /* ASCII or full-width */
        if (!w) {
            q++;
            continue;
        }
        v[i] = v[i] * 10 + dg;
        q += w;
        if (!nb_digit_at(q, YYCURSOR, NULL)) i++;
    }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31) return 0;
    *y = v[0];
    *mo = v[1];
    *d = v[2];
    *after = YYCURSOR;
    return 1;
}

/* A leftover of Word HTML: <!--[if !supportLists]-->, <!--[endif]-->, <![if …]>, <![endif]>. Bounded,
 * so that trying one at every < of a long line stays linear. */
const unsigned char *nb_match_word_comment(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "<!" "--"? "[if"                  { goto condition; }
        "<!" "--"? "[endif]" "--"? ">"    { return YYCURSOR; }
        *                                 { return NULL; }
        $                                 { return NULL; }
    */
condition:
    /* the condition (!supportLists, gte mso 9, …) up to its >, on the line and short */
    for (const unsigned char *q = YYCURSOR; q < lim && q - YYCURSOR <= 60; q++) {
        if (*q == '>') return q + 1;
        if (*q == '\n' || *q == '\r' || *q == 0) break;
    }
    return NULL;
}

/* One piece of the chrome that follows a breadcrumb on a crawled page, standing as a word of its own:
 * share buttons, version switches, 来源：… 时间：…, 相关链接：, -->. Returns its end or NULL. */
static const unsigned char *match_chrome(const unsigned char *p, const unsigned char *e,
                                         const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    const unsigned char *end;
    /*!re2c
        "-->"                                              { return YYCURSOR; }
        ("微信" | "微博" | "QQ空间" | "QQ" | "朋友圈" | "全真版" | "文字版" | "文件下载" | "打印" | "关闭"
          | "收藏" | "分享" | "分享到" | "返回顶部" | "相关链接") bl* colon?
                                                           { end = YYCURSOR; goto word; }
        "【"                                               { end = YYCURSOR; goto bracket; }
        ("时间" | "日期" | "发布时间" | "发布日期") bl* colon bl* y1 ad{3} [-/.年] ad{1,2} [-/.月] ad{1,2} "日"?
          (" "+ ad{1,2} colon ad{2} (colon ad{2})?)?       { end = YYCURSOR; goto word; }
        ("来源" | "信息来源" | "作者" | "发布机构" | "浏览次数" | "点击数" | "访问量") bl* colon bl*
                                                           { end = YYCURSOR; goto value; }
        *                                                  { return NULL; }
        $                                                  { return NULL; }
    */
bracket:
    /* 【打印】【关闭】: a short bracket on the line */
    for (int n = 0;; n++) {
        if (n == 12 || end >= e) return NULL;
        if (e - end >= 3 && memcmp(end, "】", 3) == 0) {
            end += 3;
            goto word;
        }
        end += nb_u8len(end, e);
    }
value:
    /* the value of 来源：… is one short blank-free run, not a sentence */
    for (int n = 0; end < e && !nb_blank_at(end, e); n++) {
        if (n == 40 || (e - end >= 3 && (memcmp(end, "。", 3) == 0 || memcmp(end, "，", 3) == 0))) return NULL;
        end += nb_u8len(end, e);
    }
word:
    if (end > e) return NULL;
    if (end < e && !nb_blank_at(end, e) && !(e - end >= 3 && memcmp(end, "-->", 3) == 0)) return NULL;
    return end;
}

/* Where the breadcrumb that opens a crawled page's text ends (p: after 当前位置：). It and the chrome
 * after it (来源：平潭县人民政府 时间：2014-02-25 00:00 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： -->)
 * end at the last piece of chrome in the next 400 characters before a 。; without any, the breadcrumb
 * is its path (首页 > 政务公开 > 年报). Bounded: linear however long the line. */
static const unsigned char *breadcrumb_end(const unsigned char *p, const unsigned char *e,
                                           const unsigned char *lim)
{
    static const char *seps[] = {">", "＞", "»", "›", "/", "→"};
    const unsigned char *q = nb_skip_blanks(p, e), *end = q;
    /* the path: blank-free chunks, joined by separators that may have blanks around them */
    for (size_t n = 0; q < e && n < 400;) {
        while (q < e && !nb_blank_at(q, e) && n < 400) {
            q += nb_u8len(q, e);
            n++;
        }
        end = q;
        const unsigned char *r = nb_skip_blanks(q, e);
        size_t k = 0;
        for (size_t i = 0; i < sizeof seps / sizeof seps[0] && !k; i++)
            if ((size_t)(e - r) >= strlen(seps[i]) && memcmp(r, seps[i], strlen(seps[i])) == 0) k = strlen(seps[i]);
        if (!k) break;
        q = nb_skip_blanks(r + k, e);
    }
    /* the chrome after it */
    int word = 1;
    q = p;
    for (size_t n = 0; q < e && n < 400; n++) {
        if (e - q >= 3 && memcmp(q, "。", 3) == 0) break;
        size_t b = nb_blank_at(q, e);
        if (b) {
            q += b;
            word = 1;
            continue;
        }
        const unsigned char *c = NULL;
        if (word || (e - q >= 3 && memcmp(q, "-->", 3) == 0)) c = match_chrome(q, e, lim);
        if (c) {
            if (c > end) end = c;
            q = c;
            word = 0;
            continue;
        }
        q += nb_u8len(q, e);
        word = 0;
    }
    return end;
}

/* Page and editor noise at the start of a line. Returns the end of the noise (the whole line, or a
 * prefix after which the line goes on) or NULL; *what names it for the diagnostic. */
const unsigned char *nbl_match_junk(const unsigned char *p, const unsigned char *lim,
                                    const unsigned char *line_e, const char **what)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    const unsigned char *w;
    /*!re2c
        "网站支持IPv6"                            { *what = "site banner"; return line_e; }
        "欢迎访问" [^\n\r\x00]* "网站"            { *what = "site banner"; return line_e; }
        "【" bl* "字体"                           { *what = "font-size control"; return line_e; }
        "【" bl* ("打印" | "关闭" | "收藏" | "分享") { *what = "page control"; return line_e; }
        "附件下载"                                { *what = "download link"; return line_e; }
        /* a page number copied from a PDF's foot, alone on its line: - 3 -, — 3 —, 第3页 共8页
           (a bare 3 stays: in a table it may be a cell) */
        dash bl* ad+ bl* dash                     { if (nb_skip_blanks(YYCURSOR, line_e) != line_e) return NULL;
                                                    *what = "page number"; return line_e; }
        "第" bl* ad+ bl* "页" (bl* "共" bl* ad+ bl* "页")?
                                                  { if (nb_skip_blanks(YYCURSOR, line_e) != line_e) return NULL;
                                                    *what = "page number"; return line_e; }
        /* page 3 of 8 as a footer prints it: 3/8, 3 / 8 */
        ad{1,4} bl* ("/" | "／") bl* ad{1,4}    { if (nb_skip_blanks(YYCURSOR, line_e) != line_e) return NULL;
                                                    *what = "page number"; return line_e; }
        "[bookmark:" [^\]\n\r\x00]* "]"           { *what = "Word bookmark"; return YYCURSOR; }
        "<!"                                      { w = nb_match_word_comment(p, lim);
                                                    if (!w) return NULL;
                                                    *what = "Word HTML comment"; return w; }
        ("当前位置" | "您的位置" | "您当前的位置" | "您现在的位置" | "当前所在位置") bl* colon
                                                  { *what = NB_JUNK_BREADCRUMB;
                                                    return breadcrumb_end(YYCURSOR, line_e, lim); }
        *                                         { return NULL; }
        $                                         { return NULL; }
    */
}

/* Page chrome that ends a line and may follow its text (…费用1万元。 附件下载): the lexer cuts the text
 * before it, and it starts a token that match_junk drops. */
int nbl_is_tail_junk(const unsigned char *p, const unsigned char *e, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "附件下载" bl* colon?  { return YYCURSOR <= e && nb_skip_blanks(YYCURSOR, e) == e; }
        *                     { return 0; }
        $                     { return 0; }
    */
}
