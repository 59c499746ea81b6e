/* lexer.re — the line-level lexer of a report (re2c, UTF-8 matched directly).
 *
 * Input is the decoded UTF-8 text with a NUL sentinel at its end (NULs inside are ordinary bytes:
 * re2c's eof rule checks YYLIMIT when it reads a 0). Every block matches a prefix at a given
 * pointer and returns; loops over a line are in C around the blocks, so a 50 MB line costs one pass.
 * No state outside the nb_lexer the caller owns: the lexer is reentrant.
 *
 * Both widths of the punctuation are in the rules: （一） and (一), 1. and 1．, ： and :. */
#include <string.h>

#include "lexer.h"
#include "utf8.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:flags:utf-8 = 1;

    cn     = [一二三四五六七八九十〇零];
    ad     = [0-9０-９];
    lp     = "（" | "(";
    rp     = "）" | ")";
    bl     = [ \t\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff];
    colon  = "：" | ":";
    send   = "。" | "！" | "？" | "；" | "!" | "?" | ";";
    eol    = "\r\n" | "\n" | "\r";
*/

/* Value of a Chinese numeral of up to three characters (一 … 九十九). */
static int cn_value(const unsigned char *s, const unsigned char *e)
{
    static const char *digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int total = 0, cur = -1;
    while (s + 3 <= e) {
        int d = -1;
        if (memcmp(s, "零", 3) == 0) d = 0;
        for (int i = 0; i < 10 && d < 0; i++)
            if (memcmp(s, digits[i], 3) == 0) d = i;
        if (d >= 0) {
            cur = d;
        } else if (memcmp(s, "十", 3) == 0) {
            total += (cur > 0 ? cur : 1) * 10;
            cur = -1;
        } else {
            return 0;
        }
        s += 3;
    }
    return total + (cur > 0 ? cur : 0);
}

/* Value of one or two ASCII or full-width digits. */
static int ad_value(const unsigned char *s, const unsigned char *e)
{
    int v = 0;
    while (s < e) {
        if (*s >= '0' && *s <= '9') {
            v = v * 10 + (*s - '0');
            s++;
        } else if (e - s >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) {
            v = v * 10 + (s[2] - 0x90);
            s += 3;
        } else {
            s++;
        }
    }
    return v;
}

static int is_digit_at(const unsigned char *p, const unsigned char *e)
{
    if (p >= e) return 0;
    if (*p >= '0' && *p <= '9') return 1;
    return e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99;
}

/* Skips brackets and blanks around a numeral: [s, e) becomes the numeral alone. */
static void strip_numeral(const unsigned char **s, const unsigned char **e)
{
    const unsigned char *p = *s, *q = *e;
    if (p < q && *p == '(') p++;
    else if (q - p >= 3 && memcmp(p, "（", 3) == 0) p += 3;
    p = nb_skip_blanks(p, q);
    *s = p;
    /* the numeral is a run of digits or Chinese numerals: stop at the first other character */
    while (p < q) {
        if (is_digit_at(p, q)) p += *p < 0x80 ? 1 : 3;
        else if (q - p >= 3 && p[0] >= 0xE3 && cn_value(p, p + 3) >= 0 &&
                 (memcmp(p, "十", 3) == 0 || memcmp(p, "〇", 3) == 0 || memcmp(p, "零", 3) == 0 ||
                  cn_value(p, p + 3) > 0))
            p += 3;
        else break;
    }
    *e = p;
}

int nb_match_marker(const unsigned char *p, const unsigned char *lim, nb_marker *m)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    const unsigned char *start = p;
    memset(m, 0, sizeof *m);
    /*!re2c
        cn{1,3} ("、" | "．" | ".")        { m->style = NB_STYLE_CN; goto found; }
        lp bl* cn{1,3} bl* rp              { m->style = NB_STYLE_CN_PAREN; goto found; }
        ad{1,2} ("．" | "." | "、")        { m->style = NB_STYLE_AR; goto found; }
        lp bl* ad{1,2} bl* rp              { m->style = NB_STYLE_AR_PAREN; goto found; }
        [①-⑳]                              { m->style = NB_STYLE_CIRCLED; goto found; }
        *                                  { return 0; }
        $                                  { return 0; }
    */
found:
    m->end = YYCURSOR;
    if (m->style == NB_STYLE_AR && is_digit_at(YYCURSOR, lim)) return 0; /* 2.5万元 is a number */
    if (m->style == NB_STYLE_CIRCLED) {
        m->num_s = start;
        m->num_e = YYCURSOR;
        /* ① is U+2460: E2 91 A0 …; ⑳ is U+2473 */
        m->num = ((start[1] - 0x91) * 64 + (start[2] - 0xA0)) + 1;
        return 1;
    }
    const unsigned char *ns = start, *ne = YYCURSOR;
    strip_numeral(&ns, &ne);
    m->num_s = ns;
    m->num_e = ne;
    m->num = (m->style == NB_STYLE_CN || m->style == NB_STYLE_CN_PAREN) ? cn_value(ns, ne)
                                                                         : ad_value(ns, ne);
    return 1;
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
        [12][0-9]{3} ("-" | "/" | ".") [0-9]{1,2} ("-" | "/" | ".") [0-9]{1,2} { goto ok; }
        [12][0-9]{3} "年" bl* [0-9]{1,2} bl* "月" bl* [0-9]{1,2} bl* "日"?      { goto ok; }
        *                                                                      { return 0; }
        $                                                                      { return 0; }
    */
ok:;
    /* read the three numbers back: simpler than tags, and the match guarantees the shape */
    int v[3] = {0, 0, 0}, i = 0;
    for (const unsigned char *q = p; q < YYCURSOR && i < 3; q++) {
        if (*q >= '0' && *q <= '9') {
            v[i] = v[i] * 10 + (*q - '0');
            if (q + 1 >= YYCURSOR || q[1] < '0' || q[1] > '9') i++;
        }
    }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31) return 0;
    *y = v[0];
    *mo = v[1];
    *d = v[2];
    *after = YYCURSOR;
    return 1;
}

/* Page and editor noise at the start of a line. Returns the end of the noise (the whole line, or a
 * prefix after which the line goes on) or NULL; *what names it for the diagnostic. */
static const unsigned char *match_junk(const unsigned char *p, const unsigned char *lim,
                                       const unsigned char *line_e, const char **what)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "网站支持IPv6"                            { *what = "site banner"; return line_e; }
        "欢迎访问" [^\n\r\x00]* "网站"            { *what = "site banner"; return line_e; }
        "【" bl* "字体"                           { *what = "font-size control"; return line_e; }
        "【" bl* ("打印" | "关闭" | "收藏" | "分享") { *what = "page control"; return line_e; }
        "附件下载"                                { *what = "download link"; return line_e; }
        "[bookmark:" [^\]\n\r\x00]* "]"           { *what = "Word bookmark"; return YYCURSOR; }
        "<!--[if" [^\n\r\x00>]* ">"               { *what = "Word HTML comment"; return YYCURSOR; }
        "<!--[endif]-->"                          { *what = "Word HTML comment"; return YYCURSOR; }
        *                                         { return NULL; }
        $                                         { return NULL; }
    */
}

/* Titles fixed by the 2019 and 2021 templates. Crawled text glues the section's first sentence to
 * its title (一、总体情况2020年，我区…): a known title is where such a title ends. */
const unsigned char *nb_match_known_title(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "总体情况"
      | "主动公开政府信息情况"
      | "收到和处理政府信息公开申请情况"
      | "政府信息公开行政复议、行政诉讼情况"
      | "因政府信息公开申请行政复议、提起行政诉讼的情况"
      | "政府信息公开工作存在的主要问题及改进情况"
      | "存在的主要问题及改进情况"
      | "其他需要报告的事项"                          { return YYCURSOR; }
        *                                           { return NULL; }
        $                                           { return NULL; }
    */
}

int nb_match_table_label(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "本年新收" | "上年结转" | "本年度办理结果" | "结转下年度" | "予以公开" | "部分公开" | "不予公开"
      | "无法提供" | "不予处理" | "其他处理" | "总计" | "属于" | "其他法律行政法规" | "危及"
      | "保护第三方" | "本机关不掌握" | "没有现成信息" | "补正后" | "信访举报" | "重复申请"
      | "要求提供公开出版物" | "无正当理由" | "要求行政机关" | "申请人无正当理由" | "申请人逾期" { return 1; }
        *                                         { return 0; }
        $                                         { return 0; }
    */
}

/* Scans a heading's title from s to the end of its segment e; see nb_title_end. */
static void scan_title(nb_tok *t, const unsigned char *s, const unsigned char *e,
                       const unsigned char *lim)
{
    const unsigned char *p = nb_skip_blanks(s, e);
    t->title_s = p;
    for (;;) {
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
    if (t->m.style == NB_STYLE_CN && (t->title_end != NB_TE_EOL || nb_u8count(t->title_s, t->title_e) > 40)) {
        const unsigned char *k = nb_match_known_title(t->title_s, lim);
        if (k && k < t->title_e) {
            t->title_e = t->rest_s = k;
            t->title_end = NB_TE_KNOWN;
        }
    }
    nb_trim(&t->title_s, &t->title_e);
}

/* Where a heading starts inside [p, e): after 。！？； or a blank, a marker and a short title. */
static const unsigned char *find_inline_heading(const unsigned char *p, const unsigned char *e,
                                                const unsigned char *lim)
{
    while (p < e) {
        const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
        const unsigned char *here = p;
        /*!re2c
            send | bl { goto boundary; }
            eol       { return NULL; }
            $         { return NULL; }
            *         { p = here + nb_u8len(here, e); continue; }
        */
    boundary:;
        const unsigned char *c = nb_skip_blanks(YYCURSOR, e);
        nb_marker m;
        if (c < e && nb_match_marker(c, lim, &m) && m.end <= e) {
            nb_tok t;
            memset(&t, 0, sizeof t);
            t.m = m;
            scan_title(&t, m.end, e, lim);
            size_t n = nb_u8count(t.title_s, t.title_e);
            /* a heading's title: words, not a number or a bracket (详见附件2、3 has none before) */
            if (n > 0 && (n <= 40 || t.title_end == NB_TE_KNOWN) && *t.title_s != '(' &&
                !is_digit_at(t.title_s, e) && memcmp(t.title_s, "（", 3) != 0)
                return c;
        }
        p = YYCURSOR;
    }
    return NULL;
}

/* The run of blank-separated numbers (or dashes, slashes: blank cells) that ends [s, e), as in
 * 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1. Returns where the run starts (e if there is none)
 * and sets *count; a number glued to the text before it is not part of the run. */
const unsigned char *nb_trailing_numbers(const unsigned char *s, const unsigned char *e, int *count)
{
    static const char *dashes[] = {"—", "–", "－", "／", "——"};
    int nums = 0;
    const unsigned char *q = e, *run = e;
    while (q > s && nums < 64) {
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
            ok = (*c >= '0' && *c <= '9') || *c == '.' || *c == '+' || *c == '-' || *c == '/';
        for (size_t i = 0; i < sizeof dashes / sizeof dashes[0] && !ok; i++)
            ok = (size_t)(ce - cs) == strlen(dashes[i]) && memcmp(cs, dashes[i], (size_t)(ce - cs)) == 0;
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
    for (const unsigned char *p = s; p < e; p++)
        if (*p == '\t') return 1;
    int nums;
    nb_trailing_numbers(s, e, &nums);
    return nums >= 2;
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
    const unsigned char *p = lx->cur;
    while (p < lx->lim && *p != '\n' && *p != '\r') p++;
    lx->line_s = lx->cur;
    lx->line_e = p;
    if (p < lx->lim && *p == '\r' && p + 1 < lx->lim && p[1] == '\n') p += 2;
    else if (p < lx->lim) p++;
    lx->next_line = p;
    lx->line++;
    lx->in_line = 1;
}

static void leave_line(nb_lexer *lx)
{
    lx->cur = lx->next_line;
    lx->in_line = 0;
}

/* Ends the token at the next inline heading, if any, and leaves the rest for the next call. */
static const unsigned char *cut_inline(nb_lexer *lx, const unsigned char *from)
{
    const unsigned char *h = find_inline_heading(from, lx->line_e, lx->lim);
    if (h) {
        lx->cur = h;
        return h;
    }
    leave_line(lx);
    return lx->line_e;
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

    if (!t->inline_start && p < e && *p == '\t') {
        t->kind = NB_T_CELL;
        t->s = p + 1;
        t->e = e;
        leave_line(lx);
        return;
    }
    const unsigned char *q = nb_skip_blanks(p, e);
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
        else lx->cur = t->e; /* the line goes on after the noise */
        return;
    }
    t->s = q;
    const unsigned char *after;
    if (!t->inline_start && nb_match_meta_key(q, lx->lim, &after) != NB_META_NONE && after <= e) {
        t->kind = NB_T_META;
        t->e = e;
        leave_line(lx);
        return;
    }
    if (e - q >= 5 && memcmp(q, "=====", 5) == 0) {
        t->kind = NB_T_RULE;
        t->e = e;
        leave_line(lx);
        return;
    }
    if (!t->inline_start && is_row_line(q, e)) {
        t->kind = NB_T_ROW;
        t->e = e;
        nb_trim(&t->s, &t->e);
        leave_line(lx);
        return;
    }
    if (nb_match_marker(q, lx->lim, &t->m) && t->m.end <= e) {
        t->kind = NB_T_HEADING;
        const unsigned char *seg_e = cut_inline(lx, t->m.end);
        scan_title(t, t->m.end, seg_e, lx->lim);
        if (t->title_end == NB_TE_MARKER) {
            /* the next marker starts the next token */
            lx->in_line = 1;
            lx->cur = t->rest_s;
            t->rest_e = t->rest_s;
        }
        t->e = seg_e;
        nb_trim(&t->rest_s, &t->rest_e);
        nb_trim(&t->s, &t->e);
        return;
    }
    t->kind = NB_T_TEXT;
    t->e = cut_inline(lx, q);
    nb_trim(&t->s, &t->e);
}
