/* lexer_meta.re — a page header's key: value pairs (来源, 发布日期, 作者 …) and the dates in them (re2c;
 * the conventions of lexer.re). */
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
