/* lexer.re — the line-level lexer of a report (re2c, UTF-8 matched directly).
 *
 * Input is the decoded UTF-8 text with a NUL sentinel at its end (NULs inside are ordinary bytes:
 * re2c's eof rule checks YYLIMIT when it reads a 0). Every block matches a prefix at a given
 * pointer and returns; loops over a line are in C around the blocks, so a 50 MB line costs one pass.
 * No state outside the nb_lexer the caller owns: the lexer is reentrant.
 *
 * Both widths of the punctuation are in the rules: （一） and (一), 1. and 1．, ： and :.
 *
 * This file holds the lexer proper (nb_lex: a line's tokens) and the page noise it drops (Word's
 * HTML leftovers, chrome, breadcrumbs, junk); page headers' keys and dates are lexer_meta.re's,
 * titles and inline headings lexer_title.re's, a line as a row of numbers runtime/syntax/rowline.c's
 * (lexer_int.h). */
#include <string.h>

#include "lexer.h"
#include "lexer_int.h"
#include "statline.h"
#include "utf8.h"

/*!re2c
    !include "include/chars.rei";
    !include "include/frame.rei";
    !include "include/table3.rei";
*/

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
int nbl_is_tail_junk(const unsigned char *p, const unsigned char *e, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        "附件下载" bl* colon?  { return YYCURSOR <= e && nb_skip_blanks(YYCURSOR, e) == e; }
        *                     { return 0; }
        $                     { return 0; }
    */
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
        h = nbl_find_inline_heading(from, lx->line_e, lx->lim, &bnd);
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
    nbl_scan_title(t, lx->line_s, lx->line_e, lx->lim);
    t->e = lx->line_e;
    t->rest_s = t->rest_e = lx->line_e;
    nb_trim(&t->s, &t->e);
    leave_line(lx);
    return 1;
}

/* A line that is only a title of the frame (总体情况, 收到和处理政府信息公开申请情况): the heading of a
 * text that lost Word's automatic numbering (docx2txt writes 一、总体情况 as 总体情况), numbered by the
 * title's place in the frame. stream.c takes it where that number goes on the report's numbering. */
/* A WeChat article's badge, 01 … 06, drawn before a part's title in place of 一、 … 六、: the digit
 * of "0N" at q (ASCII), else 0. */
static int badge_at(const unsigned char *q, const unsigned char *e)
{
    return e - q >= 2 && q[0] == '0' && q[1] >= '1' && q[1] <= '6' ? q[1] - '0' : 0;
}

/* The line at l and the blank lines after it: the first line that holds more than blanks, where it
 * starts (past its blanks); its end in *le. NULL at the end of the text. pandoc -t rst's markup of a
 * <section> or <div> (.. container:: section) is no text. */
static const unsigned char *next_text_line(const unsigned char *l, const unsigned char *lim, const unsigned char **le)
{
    while (l < lim) {
        const unsigned char *e = nb_line_end(l, lim), *q = nb_skip_blanks(l, e);
        while (q < e && (*q == '\r' || *q == '\t')) q = nb_skip_blanks(q + 1, e);
        if (q < e && !(e - q >= 14 && !memcmp(q, ".. container::", 14))) {
            *le = e;
            return q;
        }
        l = nb_next_line(e, lim);
    }
    return NULL;
}

/* A line holding only a badge (01) whose number is the place of the frame title that the next line
 * with text holds alone (a part's badge and title in two blocks): no number of a table's row. */
static int badge_alone(nb_lexer *lx, const unsigned char *q, const unsigned char *e)
{
    const int n = badge_at(q, e);
    const unsigned char *k, *te, *tq;
    if (!n || nb_skip_blanks(q + 2, e) != e || !(tq = next_text_line(lx->next_line, lx->lim, &te))) return 0;
    return nb_known_title_place(tq, lx->lim, &k) == n && k <= te && nb_skip_blanks(k, te) == te;
}

static int bare_frame_title(nb_lexer *lx, nb_tok *t, const unsigned char *q, const unsigned char *e)
{
    static const char *const numerals[] = {"", "一", "二", "三", "四", "五", "六"};
    const unsigned char *k;
    /* 01总体情况: the badge and the title in one block; a print sets them apart by a blank (Writer's
       PDF of the page: 01 总体情况) */
    const int badge = badge_at(q, e);
    if (badge && nb_known_title_place(nb_skip_blanks(q + 2, e), lx->lim, &k) == badge) q = nb_skip_blanks(q + 2, e);
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
    if (!t->inline_start && badge_alone(lx, q, e)) {
        t->kind = NB_T_JUNK;
        t->what = "a part's badge (01 for 一、)";
        t->e = e;
        leave_line(lx);
        return;
    }
    if (!t->inline_start && nbl_is_row_line(q, e)) {
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
        nbl_scan_title(t, t->m.end, seg_e, lx->lim);
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
