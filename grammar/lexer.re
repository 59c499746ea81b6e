/* lexer.re — the line-level lexer of a report (re2c, UTF-8 matched directly).
 *
 * Input is the decoded UTF-8 text with a NUL sentinel at its end (NULs inside are ordinary bytes:
 * re2c's eof rule checks YYLIMIT when it reads a 0). Every block matches a prefix at a given
 * pointer and returns; loops over a line are in C around the blocks, so a 50 MB line costs one pass.
 * No state outside the nb_lexer the caller owns: the lexer is reentrant.
 *
 * Both widths of the punctuation are in the rules: （一） and (一), 1. and 1．, ： and :. */
#include <string.h>

#include "cjkscan.h"
#include "lexer.h"
#include "numbers.h"
#include "statline.h"
#include "utf8.h"

/*!re2c
    !include "include/chars.rei";
    !include "include/frame.rei";
    !include "include/table3.rei";
*/

/* Past the run of CJK ideographs at p (lead bytes E4..E9, U+4000..U+9FFF): they start no rule of the
 * scans over a line below (punctuation, blanks, digits and brackets are all elsewhere), so the scans
 * skip them without the automaton. The text is valid UTF-8 (encoding.c). */
static const unsigned char *skip_ideographs(const unsigned char *p, const unsigned char *e)
{
    return nb_ideograph_run(p, e);
}

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
static const unsigned char *match_junk(const unsigned char *p, const unsigned char *lim,
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
static int is_tail_junk(const unsigned char *p, const unsigned char *e, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "附件下载" bl* colon?  { return YYCURSOR <= e && nb_skip_blanks(YYCURSOR, e) == e; }
        *                     { return 0; }
        $                     { return 0; }
    */
}

/* Level-2 titles of the 2019 and 2021 frames under 一、总体情况, as crawled text glues them to the
 * text after them: （一）主动公开方面平潭综合实验区切实落实… */
const unsigned char *nb_match_known_subtitle(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        frame_subtitle                              { return YYCURSOR; }
        *                                           { return NULL; }
        $                                           { return NULL; }
    */
}

int nb_title_holds_tables(const unsigned char *s, const unsigned char *e)
{
    /* the title ends with a table section's title (二、主动公开政府信息情况, 四、政府信息公开行政复议、
     * 行政诉讼情况): the longest match of anything then such a title ends at its last one */
    enum { MAX_TITLE = 240 };
    unsigned char buf[MAX_TITLE + 1];
    size_t n = (size_t)(e - s);
    if (n > MAX_TITLE) return 0;
    memcpy(buf, s, n);
    buf[n] = 0;
    const unsigned char *YYCURSOR = buf, *YYLIMIT = buf + n, *YYMARKER = buf;
    /*!re2c
        [^\x00]* frame_table_title                 { return YYCURSOR == YYLIMIT; }
        *                                           { return 0; }
        $                                           { return 0; }
    */
}

int nb_match_table_label(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        t3_label_start                            { return 1; }
        *                                         { return 0; }
        $                                         { return 0; }
    */
}

/* Largest comma-separated clause of [s, e), in characters; 0 when it has no comma. */
static size_t longest_clause(const unsigned char *s, const unsigned char *e)
{
    size_t best = 0, cur = 0;
    int commas = 0;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e)) {
        if (*p == ',' || (e - p >= 3 && memcmp(p, "，", 3) == 0)) {
            if (cur > best) best = cur;
            cur = 0;
            commas++;
        } else {
            cur++;
        }
    }
    if (!commas) return 0;
    return cur > best ? cur : best;
}

/* Headings are short; when they end in 。 their comma-separated parts are short phrases
 * (加强信息管理，完善相关制度。). */
int nb_title_runs_on(const nb_tok *t)
{
    size_t n = nb_u8count(t->title_s, t->title_e);
    if (t->title_end == NB_TE_SENTENCE) return n > 40 || longest_clause(t->title_s, t->title_e) > 12;
    return n > 60;
}

/* Words that start a report's text right after a title glued to it: a year, 一是, 根据, 我局, … */
static const unsigned char *match_opener(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        y1 ad{3} "年"
      | cn "是" | "首先" | "其一"
      | "根据" | "按照" | "依据" | "依照" | "为了" | "为进一步" | "为深入" | "为切实" | "为做好" | "为贯彻"
      | "积极" | "充分" | "认真" | "严格" | "切实" | "坚持" | "通过"
      | "我局" | "我区" | "我市" | "我县" | "我委" | "我办" | "我厅" | "我院" | "我镇" | "本局" | "本单位"
      | "全年" | "今年" | "本年" | "年内" | "截至" | "截止" | "目前" | "同时" | "近年来"  { return YYCURSOR; }
        *                                                                          { return NULL; }
        $                                                                          { return NULL; }
    */
}

/* A known level-2 title [s, k) ends in 方面, 情况 or 工作 (主动公开方面). */
static int has_frame_suffix(const unsigned char *s, const unsigned char *k)
{
    return k - s >= 6 && (memcmp(k - 6, "方面", 6) == 0 || memcmp(k - 6, "情况", 6) == 0 || memcmp(k - 6, "工作", 6) == 0);
}

/* Scans a heading's title from s to the end of its segment e; see nb_title_end. */
static void scan_title(nb_tok *t, const unsigned char *s, const unsigned char *e,
                       const unsigned char *lim)
{
    const unsigned char *p = nb_skip_blanks(s, e);
    t->title_s = p;
    for (;;) {
        p = skip_ideographs(p, e);
        const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
        const unsigned char *here = p;
        if (p >= e) {
            t->title_e = t->rest_s = e;
            t->title_end = NB_TE_EOL;
            break;
        }
        /*!re2c
            send  { t->title_e = here; t->rest_s = YYCURSOR; t->title_end = NB_TE_SENTENCE; break; }
            colon { t->title_e = here; t->rest_s = YYCURSOR; t->title_end = NB_TE_COLON; break; }
            bl    { if (here == t->title_s) { p = YYCURSOR; t->title_s = p; continue; }
                    t->title_e = here; t->rest_s = nb_skip_blanks(YYCURSOR, e);
                    t->title_end = NB_TE_BLANK; break; }
            "<!"  { /* 7、<!--[endif]-->加强…: Word's leftover before the title is not part of it */
                    const unsigned char *w = nb_match_word_comment(here, lim);
                    if (w && w <= e && here == t->title_s) { p = w; t->title_s = p; continue; }
                    p = here + 1; continue; /* the ! may end a sentence */ }
            lp bl* (cn{1,3} | ad{1,2}) bl* rp {
                    /* 第二十条第（一）项 is part of a title; another marker is not */
                    if (here > t->title_s && !(here - t->title_s >= 3 && memcmp(here - 3, "第", 3) == 0)) {
                        t->title_e = t->rest_s = here; t->title_end = NB_TE_MARKER; break;
                    }
                    p = YYCURSOR; continue; }
            eol   { t->title_e = t->rest_s = here; t->title_end = NB_TE_EOL; break; }
            $     { t->title_e = t->rest_s = here; t->title_end = NB_TE_EOL; break; }
            *     { p = here + nb_u8len(here, e); continue; }
        */
    }
    if (t->title_e > e) t->title_e = e;
    if (t->rest_s > e) t->rest_s = e;
    t->rest_e = e;
    /* crawled text: the template's title, then the text with nothing between */
    size_t n = nb_u8count(t->title_s, t->title_e);
    if (t->m.style == NB_STYLE_CN && (t->title_end != NB_TE_EOL || n > 40 || !t->at_line_start)) {
        const unsigned char *k = nb_match_known_title(t->title_s, lim);
        if (k && k < t->title_e) {
            t->title_e = t->rest_s = k;
            t->title_end = NB_TE_KNOWN;
        }
    } else if ((t->m.style == NB_STYLE_CN_PAREN || t->m.style == NB_STYLE_AR_PAREN) &&
               (n > 40 || nb_title_runs_on(t))) {
        /* （一）主动公开方面平潭…: only where the title as scanned runs on, and where 方面/情况/工作 or
         * the start of the text (2022年, 我局, 一是, …) follows, so that a longer title that starts with
         * the same words (（一）主动公开政府信息。, 主动公开政府信息情况我局…) stays whole */
        const unsigned char *k = nb_match_known_subtitle(t->title_s, lim);
        if (k && k < t->title_e && !has_frame_suffix(t->title_s, k) && !match_opener(k, lim) && !nb_digit_at(k, e, NULL))
            k = NULL;
        if (k && k < t->title_e) {
            t->title_e = t->rest_s = k;
            t->title_end = NB_TE_KNOWN;
        }
    }
    nb_trim(&t->title_s, &t->title_e);
}

/* The title is at least 4 characters, at most 30, and the opener does not begin a clause of the title
 * itself (强化组织协调，着力规范公开工作|积极贯彻…; 认真办理依申请公开|2020年全区…). Without an opener
 * the end is unknown: a comma would cut 强化组织协调，着力规范公开工作 in half, so none is guessed. */
const unsigned char *nb_glued_title_end(const unsigned char *s, const unsigned char *e,
                                        const unsigned char *lim)
{
    size_t n = 0, clause = 0;
    for (const unsigned char *p = s; p < e && n <= 30;) {
        if (*p == ',' || (e - p >= 3 && (memcmp(p, "，", 3) == 0 || memcmp(p, "、", 3) == 0))) {
            clause = 0;
        } else {
            if (n >= 4 && clause >= 2) {
                const unsigned char *o = match_opener(p, lim);
                if (o && o <= e) return p;
            }
            clause++;
        }
        p += nb_u8len(p, e);
        n++;
    }
    return NULL;
}

/* A numeral that goes on a list of numbers rather than starting a title: 四季度 in 三、四季度, 二、三 */
static int numeral_run(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        cn{1,3} ("、" | "．" | "." | "季度" | "月" | "日" | "号" | "至" | "到")  { return 1; }
        *                                                                 { return 0; }
        $                                                                 { return 0; }
    */
}

/* What a marker at c, after a sentence boundary inside a line, starts: 0 nothing (详见附件2、3, 2.5万元,
 * 三、四季度, a table row 予以公开220000022), 1 a heading with a short or known title, 2 a weak one
 * (the first sentence is too long for a title: stream.c decides with the numbering). */
static int classify_inline(const unsigned char *c, const unsigned char *e, const unsigned char *lim)
{
    nb_marker m;
    if (!nb_match_marker(c, lim, &m) || m.end > e) return 0;
    nb_tok t;
    memset(&t, 0, sizeof t);
    t.m = m; /* t.at_line_start = 0: a title glued to its text ends at a known title even at the end */
    scan_title(&t, m.end, e, lim);
    size_t n = nb_u8count(t.title_s, t.title_e);
    /* a heading's title: words, not a number or a bracket (详见附件2、3 has none before) */
    if (n == 0 || *t.title_s == '(' || nb_digit_at(t.title_s, e, NULL) || memcmp(t.title_s, "（", 3) == 0)
        return 0;
    if (numeral_run(t.title_s, lim)) return 0; /* 三、四季度: numbers in a row */
    if (nb_match_table_label(t.title_s, lim)) {
        /* a row of table 三 whose cells lost their separators */
        for (const unsigned char *q = t.title_s; q < t.title_e; q++)
            if (nb_digit_at(q, t.title_e, NULL)) return 0;
        if (t.title_end == NB_TE_BLANK && nb_digit_at(t.rest_s, e, NULL)) return 0;
    }
    if (n <= 40 || t.title_end == NB_TE_KNOWN) return 1;
    return nb_is_han(t.title_s, e) ? 2 : 0;
}

/* Where the next token starts inside [p, e): a heading after 。！？； or a blank (weak ones too), a
 * level-1 title of the template glued to the digits of a flattened table (…2895.90元三、收到和处理
 * 政府信息公开申请情况), or page chrome that ends the line. Each byte is looked at a bounded number of
 * times: a run of blanks is one boundary, a title is scanned only up to its first stop. */
static const unsigned char *find_inline_heading(const unsigned char *p, const unsigned char *e,
                                                const unsigned char *lim, const unsigned char **bnd)
{
    while ((p = skip_ideographs(p, e)) < e) {
        const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
        const unsigned char *here = p;
        nb_marker m;
        /*!re2c
            send | bl { goto boundary; }
            ad+ ("." ad+)? ("万元" | "元" | "件" | "条" | "个" | "次" | "人" | "项" | "%" | "％")? {
                        if (YYCURSOR < e && nb_match_marker(YYCURSOR, lim, &m) && m.end <= e &&
                            m.style == NB_STYLE_CN && nb_match_known_title(m.end, lim)) {
                            *bnd = here; /* found from anywhere up to the digits */
                            return YYCURSOR;
                        }
                        p = YYCURSOR;
                        continue; }
            eol       { return NULL; }
            $         { return NULL; }
            *         { p = here + nb_u8len(here, e); continue; }
        */
    boundary:;
        /* blanks and Word's leftovers between the boundary and the marker */
        const unsigned char *c = YYCURSOR;
        for (;;) {
            c = nb_skip_blanks(c, e);
            const unsigned char *w = c < e && *c == '<' ? nb_match_word_comment(c, lim) : NULL;
            if (!w || w > e) break;
            c = w;
        }
        if (c < e && (classify_inline(c, e, lim) || is_tail_junk(c, e, lim) || nb_statline_end(c, e))) {
            *bnd = here;
            return c;
        }
        p = c > YYCURSOR ? c : YYCURSOR;
    }
    return NULL;
}

/* The run of blank-separated numbers (or dashes, slashes: blank cells) that ends [s, e), as in
 * 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1. Returns where the run starts (e if there is none)
 * and sets *count; a number glued to the text before it is not part of the run. */
/* A comma at c that groups thousands inside the chunk [cs, ce): a digit before it, three digits after
 * it and then the chunk's end, another such comma or a decimal point (20,538; 1,234,567.5). */
static int thousands_comma(const unsigned char *cs, const unsigned char *c, const unsigned char *ce)
{
    if (*c != ',' || c == cs || c[-1] < '0' || c[-1] > '9' || ce - c < 4) return 0;
    for (int i = 1; i <= 3; i++)
        if (c[i] < '0' || c[i] > '9') return 0;
    return c + 4 == ce || c[4] == ',' || c[4] == '.';
}

/* A chunk [s, q) that ends in a unit (2480.75万元, 36件) or a full-width digit (１２): it may be a
 * number as a cell writes it, for nb_parse_number to say. */
static int unit_or_wide_end(const unsigned char *s, const unsigned char *q)
{
    if (q - s >= 3 && q[-3] == 0xEF && q[-2] == 0xBC && q[-1] >= 0x90 && q[-1] <= 0x99) return 1;
    return (q - s >= 3 && nb_unit_word(q - 3, q)) || (q - s >= 6 && nb_unit_word(q - 6, q));
}

/* A chunk [s, q) that ends in a closing bracket: it may be a number with a note after it, as a cell
 * writes one (12（含修订3件）, 5(其中2件转办)). */
static int bracket_end(const unsigned char *s, const unsigned char *q)
{
    return (q > s && q[-1] == ')') || (q - s >= 3 && !memcmp(q - 3, "）", 3));
}

/* The chunk [cs, ce) is a number, then a note in brackets that ends it: one bracket pair, the note
 * within them at most 60 bytes and with no bracket of its own. The cell reader takes the number and
 * says it set the note aside (celltok.c, cell-note). */
static int number_with_note(const unsigned char *cs, const unsigned char *ce)
{
    const unsigned char *b = cs;
    while (b < ce && *b != '(' && !(ce - b >= 3 && !memcmp(b, "（", 3))) b++;
    size_t open = b < ce && *b == '(' ? 1 : 3, close = ce[-1] == ')' ? 1 : 3;
    if (b == cs || b >= ce || (size_t)(ce - b) < open + close + 1 || ce - b > 60 + 6) return 0;
    for (const unsigned char *p = b + open; p < ce - close; p++)
        if (*p == '(' || *p == ')' || (ce - close - p >= 3 && (!memcmp(p, "（", 3) || !memcmp(p, "）", 3)))) return 0;
    double v;
    int none;
    const char *unit;
    return nb_parse_number(cs, b, &v, &none, &unit) && !none;
}

const unsigned char *nb_trailing_numbers(const unsigned char *s, const unsigned char *e, int *count)
{
    static const char *dashes[] = {"—", "–", "－", "／", "——"};
    int nums = 0;
    const unsigned char *q = e, *run = e, *ts = s;
    nb_trim(&ts, &q); /* w3m and lynx pad the last cell of a row with blanks to its column's width */
    while (q > s && nums < 64) {
        /* a chunk that cannot be a number by its last byte ends the run without a walk over it (a
         * line of prose is one long chunk): digits . + - / and the last bytes of the dashes */
        unsigned last = q[-1];
        int wide = unit_or_wide_end(s, q), note = bracket_end(s, q);
        if (!((last >= '0' && last <= '9') || last == '.' || last == '+' || last == '-' || last == '/' ||
              last == 0x93 || last == 0x94 || last == 0x8D || last == 0x8F || wide || note))
            break;
        const unsigned char *ce = q, *cs = q;
        /* walk back over one chunk, a character at a time */
        while (cs > s) {
            const unsigned char *c = cs - 1;
            while (c > s && (*c & 0xC0) == 0x80) c--;
            if (nb_blank_at(c, cs)) break;
            cs = c;
        }
        int ok = cs < ce;
        for (const unsigned char *c = cs; c < ce && ok; c++)
            ok = (*c >= '0' && *c <= '9') || *c == '.' || *c == '+' || *c == '-' || *c == '/' || thousands_comma(cs, c, ce);
        for (size_t i = 0; i < sizeof dashes / sizeof dashes[0] && !ok; i++)
            ok = (size_t)(ce - cs) == strlen(dashes[i]) && memcmp(cs, dashes[i], (size_t)(ce - cs)) == 0;
        if (!ok && wide) {
            double v;
            int none;
            const char *unit;
            ok = nb_parse_number(cs, ce, &v, &none, &unit);
        }
        if (!ok && note) ok = number_with_note(cs, ce);
        if (!ok || cs == s) break; /* a line of numbers only has no label: not counted here */
        nums++;
        run = cs;
        q = cs;
        while (q > s) {
            const unsigned char *c = q - 1;
            while (c > s && (*c & 0xC0) == 0x80) c--;
            if (!nb_blank_at(c, q)) break;
            q = c;
        }
        if (q == cs) break;
    }
    *count = nums;
    return nums ? run : e;
}

/* A whole table row on one line: cells separated by tabs or pipes, or a label followed by at least
 * two blank-separated numbers. */
static int is_row_line(const unsigned char *s, const unsigned char *e)
{
    if (s < e && *s == '|') return 1;
    if (memchr(s, '\t', (size_t)(e - s))) return 1;
    int nums;
    const unsigned char *run = nb_trailing_numbers(s, e, &nums);
    if (nums >= 2) return 1;
    /* a row of numbers alone (the cells of table 四 under its header): its first number is where
     * nb_trailing_numbers wants a label */
    const unsigned char *ls = s, *le = run;
    nb_trim(&ls, &le);
    if (nums < 1 || ls >= le) return 0;
    for (const unsigned char *p = ls; p < le; p++)
        if (!((*p >= '0' && *p <= '9') || *p == '.' || *p == '+' || *p == '-')) return 0;
    return 1;
}

/* Past Markdown's marks around a line: an ATX heading's #s (### 二、主动公开…), the strong
 * emphasis around the whole line (**一、总体情况**: a page's <b> or <strong> heading) and pandoc's
 * bracketed span around it ([一、总体情况]{.class}: a <span> with a class or style). */
static void md_marks(const unsigned char **s, const unsigned char **e)
{
    const unsigned char *p = *s, *q = *e;
    for (;;) {
        const unsigned char *h = p;
        while (h < q && *h == '#' && h - p < 6) h++;
        if (h > p && h < q && nb_blank_at(h, q)) {
            p = nb_skip_blanks(h, q);
            /* pandoc's attributes after the heading's text: ## 一、总体情况 {#一总体情况 .gk-h} */
            const unsigned char *t = q;
            while (t > p && (t[-1] == ' ' || t[-1] == '\r')) t--;
            if (t - p >= 2 && t[-1] == '}') {
                const unsigned char *o = t - 2;
                while (o > p && *o != '{' && *o != '}') o--;
                if (*o == '{' && o + 1 < t && (o[1] == '#' || o[1] == '.') && o > p && o[-1] == ' ') q = o;
            }
            continue;
        }
        const unsigned char *a = p, *b = q;
        nb_trim(&a, &b);
        /* one bold span, not a row of cells (**信息内容**\t**本年…**) nor two spans */
        const char mark[3] = {(char)*a, (char)*a, 0};
        if (b - a > 4 && (*a == '*' || *a == '_') && !memcmp(a, mark, 2) && !memcmp(b - 2, mark, 2) &&
            !memchr(a, '\t', (size_t)(b - a)) && !memchr(a, '|', (size_t)(b - a)) && !nb_find(a + 2, b - 2, mark)) {
            p = a + 2, q = b - 2;
            nb_trim(&p, &q);
            continue;
        }
        /* pandoc Markdown's bracketed span around the whole line: [二、…]{style="font-family:黑体"} */
        const unsigned char *close = a < b && *a == '[' ? memchr(a, ']', (size_t)(b - a)) : NULL;
        if (close && close + 2 < b && close[1] == '{' && b[-1] == '}' && !memchr(a + 1, '[', (size_t)(close - a - 1)) &&
            !memchr(close + 2, '{', (size_t)(b - close - 3)) && !memchr(close + 2, '}', (size_t)(b - close - 3))) {
            p = a + 1, q = close;
            nb_trim(&p, &q);
            continue;
        }
        break;
    }
    *s = p, *e = q;
}

/* The start of a one-line 统计表 in the line after `from` (指标名称 or 统计指标, then its header and rows),
 * or NULL; searched once a line, whatever the number of tokens before it, for 指标 (nb_find_cjk). */
static const unsigned char *inline_statline(nb_lexer *lx, const unsigned char *from)
{
    if (lx->stat_from && from >= lx->stat_from && (!lx->stat_at || from < lx->stat_at)) return lx->stat_at;
    const unsigned char *at = NULL, *p = from + 1, *e = lx->line_e;
    while (!at && p < e) {
        const unsigned char *h = nb_find_cjk(p, e, "指标", 6);
        if (!h) break;
        const unsigned char *start = h - (from + 1) >= 6 && !memcmp(h - 6, "统计", 6) ? h - 6 : h;
        if (nb_statline_end(start, e)) at = start; /* 统计指标, 指标名称 or 指标, then 单位 …: the header */
        p = h + 6;
    }
    lx->stat_from = from;
    lx->stat_at = at;
    return at;
}

/* A token from `from` to end that a one-line 统计表 cuts: its new end, the table's start, where the next
 * token starts. */
static const unsigned char *cut_statline(nb_lexer *lx, const unsigned char *from, const unsigned char *end)
{
    const unsigned char *h = inline_statline(lx, from);
    if (!h || h >= end) return end;
    lx->cur = h;
    lx->in_line = 1;
    return h;
}

void nb_lexer_init(nb_lexer *lx, const char *buf, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->buf = (const unsigned char *)buf;
    lx->lim = lx->buf + len;
    lx->cur = lx->buf;
}

/* Finds the end of the line at lx->cur and enters it. */
static void enter_line(nb_lexer *lx)
{
    const unsigned char *p = nb_line_end(lx->cur, lx->lim);
    lx->line_s = lx->cur;
    lx->line_e = p;
    if (p < lx->lim && *p == '\r' && p + 1 < lx->lim && p[1] == '\n') p += 2;
    else if (p < lx->lim) p++;
    lx->next_line = p;
    lx->line++;
    lx->in_line = 1;
    lx->lead = 1;
    lx->found_from = lx->found_bnd = lx->found = lx->none_from = lx->stat_from = lx->stat_at = NULL;
}

static void leave_line(nb_lexer *lx)
{
    lx->cur = lx->next_line;
    lx->in_line = 0;
}

/* Ends the token at the next inline heading, if any, and leaves the rest for the next call. */
static const unsigned char *cut_inline(nb_lexer *lx, const unsigned char *from)
{
    const unsigned char *h = NULL, *bnd = NULL;
    if (lx->found && lx->found_from <= from && from <= lx->found_bnd) {
        h = lx->found; /* no heading between, and its boundary is still ahead */
    } else if (!(lx->none_from && from >= lx->none_from)) {
        h = find_inline_heading(from, lx->line_e, lx->lim, &bnd);
        if (h) {
            lx->found_from = from;
            lx->found_bnd = bnd;
            lx->found = h;
        } else {
            lx->none_from = from;
        }
    }
    if (h) {
        lx->cur = h;
        return h;
    }
    leave_line(lx);
    return lx->line_e;
}

/* A marker alone on its line whose title, one the templates fix, is the next line with text, past
 * one or two blank lines: Word draws its automatic numbering apart from the paragraph's text, and
 * pdftotext in reading order writes them so (一、 / blank / 总体情况). The heading token takes both
 * lines; 1 when it did. */
static int title_below(nb_lexer *lx, nb_tok *t)
{
    if (nb_skip_blanks(t->m.end, lx->line_e) < lx->line_e) return 0;
    const unsigned char *l = lx->next_line;
    int blanks = 0;
    for (;;) {
        if (l >= lx->lim) return 0;
        const unsigned char *le = nb_line_end(l, lx->lim), *q = nb_skip_blanks(l, le);
        if (q < le) {
            const unsigned char *k = nb_match_known_title(q, lx->lim);
            if (!k || k > le || nb_skip_blanks(k, le) < le) return 0;
            break;
        }
        if (++blanks > 2 || le >= lx->lim) return 0;
        l = nb_next_line(le, lx->lim); /* as enter_line steps */
    }
    while (lx->next_line < l) { /* the blank lines between, each a line of the text */
        leave_line(lx);
        enter_line(lx);
    }
    leave_line(lx);
    enter_line(lx);
    scan_title(t, lx->line_s, lx->line_e, lx->lim);
    t->e = lx->line_e;
    t->rest_s = t->rest_e = lx->line_e;
    nb_trim(&t->s, &t->e);
    leave_line(lx);
    return 1;
}

/* A line that is only a title of the frame (总体情况, 收到和处理政府信息公开申请情况): the heading of a
 * text that lost Word's automatic numbering (docx2txt writes 一、总体情况 as 总体情况), numbered by the
 * title's place in the frame. stream.c takes it where that number goes on the report's numbering. */
static int bare_frame_title(nb_lexer *lx, nb_tok *t, const unsigned char *q, const unsigned char *e)
{
    static const char *const numerals[] = {"", "一", "二", "三", "四", "五", "六"};
    const unsigned char *k;
    const int place = nb_known_title_place(q, lx->lim, &k);
    if (!place || k > e || nb_skip_blanks(k, e) != e) return 0;
    t->kind = NB_T_HEADING;
    t->bare = 1;
    t->m.style = NB_STYLE_CN;
    t->m.num = place;
    t->m.num_s = (const unsigned char *)numerals[place];
    t->m.num_e = t->m.num_s + strlen(numerals[place]);
    t->m.end = q;
    t->s = t->title_s = q;
    t->e = t->title_e = t->rest_s = t->rest_e = k;
    t->title_end = NB_TE_EOL;
    leave_line(lx);
    return 1;
}

void nb_lex(nb_lexer *lx, nb_tok *t)
{
    memset(t, 0, sizeof *t);
    if (!lx->in_line) {
        if (lx->cur >= lx->lim) {
            t->kind = NB_T_EOF;
            t->s = t->e = t->line_s = lx->lim;
            t->line = lx->line + 1;
            return;
        }
        enter_line(lx);
    }
    const unsigned char *p = lx->cur, *e = lx->line_e;
    t->line = lx->line;
    t->line_s = lx->line_s;
    t->inline_start = p != lx->line_s;
    t->at_line_start = lx->lead;

    /* TAB-separated cells whose first ones are empty (\t\t1.属于国家秘密\t0…) are a row, not one
       cell: the HTML and PDF readers write the positions a rowspan or colspan covers as empty cells */
    if (!t->inline_start && p < e && *p == '\t' && memchr(p + 1, '\t', (size_t)(e - p - 1)) &&
        nb_skip_blanks(p, e) < e) {
        t->kind = NB_T_ROW;
        t->s = p;
        t->e = e;
        lx->lead = 0;
        leave_line(lx);
        return;
    }
    if (!t->inline_start && p < e && *p == '\t') {
        t->kind = NB_T_CELL;
        t->s = p + 1;
        t->e = e;
        lx->lead = 0;
        leave_line(lx);
        return;
    }
    const unsigned char *q = nb_skip_blanks(p, e);
    if (!t->inline_start && q < e && (*q == '#' || *q == '*' || *q == '_')) {
        md_marks(&q, &e); /* Markdown's heading and bold marks around a line (pandoc, html2text) */
        lx->line_e = e;
    }
    if (q >= e) {
        t->kind = NB_T_BLANK;
        t->s = t->e = q;
        leave_line(lx);
        return;
    }
    const unsigned char *j = match_junk(q, lx->lim, e, &t->what);
    if (j) {
        t->kind = NB_T_JUNK;
        t->s = q;
        t->e = j > e ? e : j;
        if (t->e >= e) leave_line(lx);
        else lx->cur = t->e; /* the line goes on after the noise; lx->lead stays as it was */
        return;
    }
    lx->lead = 0;
    t->s = q;
    const unsigned char *after;
    if (!t->inline_start && nb_match_meta_key(q, lx->lim, &after) != NB_META_NONE && after <= e) {
        t->kind = NB_T_META;
        /* 附件：…情况统计表 指标名称 计量单位 …: a 统计表 on the rest of the line is no attachment's name */
        t->e = cut_statline(lx, q, e);
        if (t->e >= e) leave_line(lx);
        return;
    }
    if (e - q >= 5 && memcmp(q, "=====", 5) == 0) {
        t->kind = NB_T_RULE;
        t->e = e;
        leave_line(lx);
        return;
    }
    /* a 统计表 on one line (指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516 …): its
       numbered rows are no headings */
    const unsigned char *st = e - q >= 3 && (!memcmp(q, "指", 3) || !memcmp(q, "统", 3)) ? nb_statline_end(q, e) : NULL;
    if (st) {
        t->kind = NB_T_STATS;
        t->e = st;
        if (st >= e) leave_line(lx);
        else lx->cur = st;
        return;
    }
    /* text before a one-line 统计表 on its line (…情况统计表 指标名称 计量单位 …, a crawled body): a
       line of text, whatever the table's rows make of the line's end */
    const unsigned char *sh = inline_statline(lx, q);
    if (sh && sh < e && !nb_match_marker(q, lx->lim, &t->m)) {
        t->kind = NB_T_TEXT;
        t->e = cut_statline(lx, q, cut_inline(lx, q));
        nb_trim(&t->s, &t->e);
        return;
    }
    if (!t->inline_start && is_row_line(q, e)) {
        t->kind = NB_T_ROW;
        t->e = e;
        if (memchr(q, '\t', (size_t)(e - q))) t->s = p; /* TAB rows keep their empty cells, at both ends too */
        else nb_trim(&t->s, &t->e);
        leave_line(lx);
        return;
    }
    if (nb_match_marker(q, lx->lim, &t->m) && t->m.end <= e) {
        t->kind = NB_T_HEADING;
        if (!t->inline_start && title_below(lx, t)) return;
        const unsigned char *seg_e = cut_statline(lx, t->m.end, cut_inline(lx, t->m.end));
        scan_title(t, t->m.end, seg_e, lx->lim);
        if (t->title_end == NB_TE_MARKER) {
            /* the next marker starts the next token, and this one ends there */
            lx->in_line = 1;
            lx->cur = t->rest_s;
            t->rest_e = t->rest_s;
            seg_e = t->rest_s;
        }
        /* inside a line, a title that runs on and has no known end is for the numbering to judge */
        t->weak = !t->at_line_start && t->title_end != NB_TE_KNOWN &&
                  nb_u8count(t->title_s, t->title_e) > 40;
        t->e = seg_e;
        nb_trim(&t->rest_s, &t->rest_e);
        nb_trim(&t->s, &t->e);
        return;
    }
    if (t->at_line_start && bare_frame_title(lx, t, q, e)) return;
    t->kind = NB_T_TEXT;
    t->e = cut_inline(lx, q);
    /* a 统计表 on one line after text on its line (…情况统计表 指标名称 计量单位 …, a crawled body): the
       text ends where its header begins, which starts the next token */
    t->e = cut_statline(lx, q, t->e);
    nb_trim(&t->s, &t->e);
}
