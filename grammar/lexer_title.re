/* lexer_title.re — titles (re2c; the conventions of lexer.re): the frame's known titles and table
 * labels, where a title ends and whether it runs on as a sentence, and a heading inside a line. */
#include <string.h>

#include "lexer_int.h"
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
void nbl_scan_title(nb_tok *t, const unsigned char *s, const unsigned char *e,
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
    nbl_scan_title(&t, m.end, e, lim);
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
const unsigned char *nbl_find_inline_heading(const unsigned char *p, const unsigned char *e,
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
        if (c < e && (classify_inline(c, e, lim) || nbl_is_tail_junk(c, e, lim) || nb_statline_end(c, e))) {
            *bnd = here;
            return c;
        }
        p = c > YYCURSOR ? c : YYCURSOR;
    }
    return NULL;
}
