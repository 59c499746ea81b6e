/* statline.c — a 统计表 on one line, cells separated by blanks: its header, words and rows; see
 * statline.h. */
#include "statline.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "markers.h"
#include "numbers.h"
#include "rule.h"
#include "utf8.h"

/* The word w at p, blanks allowed before and inside it (计量 单位, 统 计 指 标): its end, or NULL. */
static const unsigned char *spaced(const unsigned char *p, const unsigned char *e, const char *w)
{
    for (const unsigned char *c = (const unsigned char *)w; *c;) {
        p = nb_skip_blanks(p, e);
        size_t n = nb_u8len(c, c + 4);
        if ((size_t)(e - p) < n || memcmp(p, c, n)) return NULL;
        p += n;
        c += n;
    }
    return p;
}

static const unsigned char *any_of(const unsigned char *p, const unsigned char *e, const char *const *words)
{
    const unsigned char *q;
    for (; *words; words++)
        if ((q = spaced(p, e, *words)) != NULL) return q;
    return NULL;
}

/* A value column headed by its year: four digits, then 年度 or 年; the year into *year when not NULL. */
static const unsigned char *year_column(const unsigned char *p, const unsigned char *e, int *year)
{
    size_t w;
    int k = 0, d, y = 0;
    p = nb_skip_blanks(p, e);
    for (; k < 4 && (w = nb_digit_at(p, e, &d)) > 0; k++, p += w) y = y * 10 + d;
    if (k != 4 || nb_digit_at(p, e, NULL)) return NULL;
    if (year) *year = y;
    const unsigned char *q = spaced(p, e, "年度");
    return q ? q : spaced(p, e, "年");
}

static const char *const label_words[] = {"指标名称", "统计指标", "指标", NULL}; /* longest first */
static const char *const unit_words[] = {"计量单位", "单位", NULL};
static const char *const value_words[] = {"统计数", "本年数", "本年度", "数量", NULL};
static const char *const total_words[] = {"历年累计", "累计数", NULL};
static const char *const remark_words[] = {"备注", "说明", NULL};
static const char *const change_words[] = {"比上年增减", "同比增减", "增减量", "增减数", "增减", NULL}; /* longest first */
static const char *const seq_words[] = {"序号", NULL}; /* a column of row numbers before the labels */

static const char *const code_words[] = {"代码", NULL}; /* a column of row codes (01, 02 …): the statistics
                                                         office's form, 指标名称 | 计量单位 | 代码 | 2010年 */

/* 指标名称 | 统计指标, then 计量单位 | 单位, from s: the end, or NULL. */
static const unsigned char *label_unit(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = any_of(s, e, label_words);
    return p ? any_of(p, e, unit_words) : NULL;
}

/* label_unit, then 代码 or not: the end, or NULL. */
static const unsigned char *label_unit_code(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = label_unit(s, e), *q = p ? any_of(p, e, code_words) : NULL;
    return q ? q : p;
}

int nb_statline_coded(const unsigned char *s, const unsigned char *e)
{
    s = nb_skip_blanks(s, e);
    if (e - s >= 3 && !memcmp(s, "序", 3)) {
        const unsigned char *q = any_of(s, e, seq_words);
        if (q) s = q;
    }
    const unsigned char *p = label_unit(nb_skip_blanks(s, e), e);
    return p && any_of(p, e, code_words) != NULL;
}

/* A value column's header word (统计数 …, or its year: 2016年度): the end, or NULL. */
static const unsigned char *value_column(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = any_of(p, e, value_words);
    return q ? q : year_column(p, e, NULL);
}

/* 指标名称 | 统计指标, a value column, perhaps 历年累计 (*cum set, where cum is not NULL), then 计量单位 |
 * 单位 (the unit column last: 统计指标 2016年度 历年累计 计量单位), from s: the end, or NULL. */
static const unsigned char *value_unit(const unsigned char *s, const unsigned char *e, int *cum)
{
    const unsigned char *p = any_of(s, e, label_words);
    p = p ? value_column(p, e) : NULL;
    if (!p) return NULL;
    const unsigned char *t = any_of(p, e, total_words), *u = any_of(t ? t : p, e, unit_words);
    if (cum && u) *cum = t != NULL;
    return u;
}

/* 指标名称 | 统计指标, then one value column, perhaps 历年累计 (*cum set, where cum is not NULL), and no unit
 * column (统计指标 统计数: each count carries its unit in its cell, 1174条, 12件, 0万元, or its label in
 * brackets, 主动公开政府信息数（条）), from s: the end, or NULL. */
static const unsigned char *value_only(const unsigned char *s, const unsigned char *e, int *cum)
{
    const unsigned char *p = any_of(s, e, label_words);
    p = p ? value_column(p, e) : NULL;
    const unsigned char *t = p ? any_of(p, e, total_words) : NULL;
    if (t) p = t;
    if (cum) *cum = t != NULL;
    const unsigned char *m = p ? any_of(p, e, remark_words) : NULL;
    return p && nb_skip_blanks(m ? m : p, e) == e ? p : NULL;
}

int nb_statline_unit_last(const unsigned char *s, const unsigned char *e)
{
    s = nb_skip_blanks(s, e);
    if (e - s >= 3 && !memcmp(s, "序", 3)) {
        const unsigned char *q = any_of(s, e, seq_words);
        if (q) s = q;
    }
    s = nb_skip_blanks(s, e);
    return !label_unit(s, e) && (value_unit(s, e, NULL) != NULL || value_only(s, e, NULL) != NULL);
}

/* A value column's header word, then 历年累计: the end, or NULL. */
static const unsigned char *value_then_total(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = value_column(p, e);
    return q ? any_of(q, e, total_words) : NULL;
}

/* Years side by side from q (2013年度 2014年度: last year's column beside this year's) onto cols: the
 * end of the last, q when there is none. */
static const unsigned char *more_years(const unsigned char *q, const unsigned char *e, nb_slcols *cols)
{
    const unsigned char *r;
    int y;
    while (cols->n < NB_SL_MAX_COLS && (r = year_column(q, e, &y)) != NULL) {
        cols->years[cols->n++] = y;
        q = r;
    }
    return q;
}

const unsigned char *nb_statline_columns(const unsigned char *s, const unsigned char *e, nb_slcols *cols)
{
    nb_slcols k = {0};
    int y;
    s = nb_skip_blanks(s, e); /* most text starts with none of its words: one look at its first character */
    if (e - s >= 3 && !memcmp(s, "序", 3)) {
        const unsigned char *q = any_of(s, e, seq_words);
        if (q) s = nb_skip_blanks(q, e);
    }
    if (e - s < 3 || (memcmp(s, "指", 3) && memcmp(s, "统", 3))) return NULL;
    const unsigned char *p = label_unit_code(s, e), *q = NULL;
    if (p && (q = year_column(p, e, &y)) != NULL) { /* 2016年度, or years side by side */
        k.years[k.n++] = y;
        q = more_years(q, e, &k);
    } else if (p && (q = any_of(p, e, value_words)) != NULL) {
        k.n = 1;
        /* 统计数 over the columns under it, on this line too: 2016年度 历年累计, or years side by side */
        nb_slcols under = {0};
        const unsigned char *r = year_column(q, e, &y);
        if (r) {
            under.years[under.n++] = y;
            r = more_years(r, e, &under);
        }
        if (r && (under.n > 1 || any_of(r, e, total_words))) {
            k = under;
            q = r;
        }
    }
    if (!q) {
        /* the unit column last (统计指标 统计数 计量单位), as some county forms have it: one value column */
        q = value_unit(s, e, &k.cum);
        if (!q) q = value_only(s, e, &k.cum); /* or none: the unit in each count's cell */
        if (!q) return NULL;
        k.n = 1;
    } else {
        /* the change from last year after the years' columns (2015年 2014年 增减): signed numbers, no
           value, a column of its own (its year NB_SL_CHANGE: never the report's) */
        const unsigned char *g = k.n < NB_SL_MAX_COLS ? any_of(q, e, change_words) : NULL;
        if (g) {
            k.years[k.n++] = NB_SL_CHANGE;
            q = g;
        }
        const unsigned char *c = any_of(q, e, total_words); /* 历年累计 after the value columns */
        if (c) {
            k.cum = 1;
            q = c;
        }
    }
    if (cols) *cols = k;
    /* a column of remarks last (备注): text beside some rows, no value */
    const unsigned char *m = any_of(q, e, remark_words);
    return m ? m : q;
}

const unsigned char *nb_statline_header(const unsigned char *s, const unsigned char *e, int *cum)
{
    nb_slcols k;
    const unsigned char *h = nb_statline_columns(s, e, &k);
    if (h && cum) *cum = k.cum;
    return h;
}

int nb_statline_numbered(const unsigned char *s, const unsigned char *e)
{
    s = nb_skip_blanks(s, e);
    return e - s >= 3 && !memcmp(s, "序", 3) && any_of(s, e, seq_words) != NULL;
}

int nb_statline_remarks(const unsigned char *s, const unsigned char *h)
{
    for (size_t i = 0; remark_words[i]; i++) {
        size_t n = strlen(remark_words[i]);
        if ((size_t)(h - s) >= n && !memcmp(h - n, remark_words[i], n)) return 1;
    }
    return 0;
}

int nb_statline_label_word(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = any_of(nb_skip_blanks(s, e), e, label_words);
    return p && nb_skip_blanks(p, e) == e;
}

const unsigned char *nb_statline_label_unit(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = label_unit(nb_skip_blanks(s, e), e);
    return p && nb_skip_blanks(p, e) == e ? p : NULL;
}

const unsigned char *nb_statline_label_unit_total(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = label_unit(nb_skip_blanks(s, e), e), *q = p ? any_of(p, e, total_words) : NULL;
    return q && nb_skip_blanks(q, e) == e ? q : NULL;
}

const unsigned char *nb_statline_subheader(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *q = value_then_total(s, e);
    return q && nb_skip_blanks(q, e) == e ? q : NULL;
}

const unsigned char *nb_statline_years_under(const unsigned char *s, const unsigned char *e, nb_slcols *cols)
{
    nb_slcols k = {0};
    int y;
    const unsigned char *q = year_column(s, e, &y);
    if (!q) return NULL;
    k.years[k.n++] = y;
    q = more_years(q, e, &k);
    const unsigned char *g = k.n < NB_SL_MAX_COLS ? any_of(q, e, change_words) : NULL;
    if (g) {
        k.years[k.n++] = NB_SL_CHANGE;
        q = g;
    }
    if (k.n < 2 || nb_skip_blanks(q, e) != e) return NULL;
    cols->n = k.n;
    memcpy(cols->years, k.years, sizeof k.years);
    return q;
}

/* Whether [s, e) opens (blanks aside) with one of words. */
static int opens_with(const unsigned char *s, const unsigned char *e, const char *const *words)
{
    s = nb_skip_blanks(s, e);
    for (size_t i = 0; words[i]; i++)
        if ((size_t)(e - s) >= strlen(words[i]) && !memcmp(s, words[i], strlen(words[i]))) return 1;
    return 0;
}

int nb_statline_form_line(const unsigned char *s, const unsigned char *e)
{
    static const char *const words[] = {"填报单位", "填表单位", "报送单位", NULL};
    return opens_with(s, e, words);
}

int nb_statline_signoff(const unsigned char *s, const unsigned char *e)
{
    static const char *const words[] = {"单位负责人", "填表人", "填报人", "审核人", "制表人", "统计负责人", "填报日期",
                                        NULL};
    return opens_with(s, e, words);
}

const unsigned char *nb_statline_spanning(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *q = any_of(s, e, value_words);
    return q && nb_skip_blanks(q, e) == e ? q : NULL;
}

int nb_statline_letters(const unsigned char *s, const unsigned char *e)
{
    static const char letters[] = "甲乙丙丁戊"; /* three bytes each in UTF-8 */
    int n = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p + 3, e), n++) {
        size_t k = 0;
        while (k + 3 < sizeof letters && (e - p < 3 || memcmp(letters + k, p, 3))) k += 3;
        if (k + 3 >= sizeof letters) return 0;
    }
    return n > 0;
}

/* ---- words and rows ------------------------------------------------------------------------------ */

/* A word that begins with a year (2017年3月28日 under the table, 2016年主动公开…): text, no value. */
static int dated(const unsigned char *s, const unsigned char *e) { return nb_year_at(s, e, NULL) != 0; }

static nb_slkind word_kind(const unsigned char *s, const unsigned char *e)
{
    nb_marker m;
    return nb_unit_word(s, e)                                                       ? NB_SL_UNIT
           : nb_is_number(s, e, NULL)                                                ? NB_SL_NUM
           : nb_digit_at(s, e, NULL) && !nb_match_marker(s, e, &m) && !dated(s, e) ? NB_SL_BAD
           : nb_approximate(s, e)                                                    ? NB_SL_BAD /* 约200人次 */
                                                                                    : NB_SL_TEXT;
}

static void push_word(nb_slwords *ws, const unsigned char *s, const unsigned char *e, int seg)
{
    nb_grow(&ws->v, &ws->cap, ws->n, sizeof *ws->v);
    nb_slword *w = &ws->v[ws->n++];
    w->s = s;
    w->e = e;
    w->seg = seg;
    w->kind = word_kind(s, e);
    w->num_s = ws->num_s; /* the row number skipped right before it */
    w->num_e = ws->num_e;
    ws->num_s = ws->num_e = NULL;
}

/* What ends the table: a sentence, a note under it, the form's signature lines. */
static int ends_table(const unsigned char *s, const unsigned char *e)
{
    static const char *const starts[] = {"注", "备注", "说明", "填报", "填表", "制表", "审核", "负责人",
                                         "联系人", "联系电话", "（注", "(注"};
    if (nb_find(s, e, "。") || nb_find(s, e, "；")) return 1;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        if ((size_t)(e - s) >= strlen(starts[i]) && !memcmp(s, starts[i], strlen(starts[i]))) return 1;
    return nb_u8count(s, e) > 60;
}

/* A date written with blanks, 2016 年 3 月 25 日 at [s, e) (pdftotext of the form's date line under
 * the table): the table has ended; its numbers are no row's values. */
static int spaced_date(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p;
    if (!nb_year_at(s, e, &p)) return 0;
    p = nb_skip_blanks(p, e);
    int k = 0;
    for (; p < e && *p >= '0' && *p <= '9'; p++) k++;
    p = nb_skip_blanks(p, e);
    return k >= 1 && k <= 2 && e - p >= 3 && !memcmp(p, "月", 3);
}

/* Whether a date at p is a remark: in the 备注 column of a table that has one, after a row's value on
 * its line (转下年度办理数 件 2 2018年1月已办结), not the form's date line under the table. */
static int remark_date(const nb_slwords *ws, const unsigned char *p)
{
    const nb_slword *w = ws->n ? &ws->v[ws->n - 1] : NULL;
    return ws->remarks && w && w->kind == NB_SL_NUM && !memchr(w->e, '\n', (size_t)(p - w->e));
}

enum { MAX_TEXT_RUN = 32 }; /* words without a unit or number: prose, the table has ended */

/* The brackets （ that the text words at the end of ws leave open (a label's note, wrapped:
 * …（不同方式回应同一热点或舆情 / 计 1 次）). */
static int open_brackets(const nb_slwords *ws)
{
    int open = 0;
    for (size_t i = ws->n; i > 0 && ws->v[i - 1].kind == NB_SL_TEXT; i--) {
        const nb_slword *w = &ws->v[i - 1];
        for (const unsigned char *p = w->s; p < w->e; p += nb_u8len(p, w->e)) {
            if (w->e - p >= 3 && !memcmp(p, "（", 3)) open++;
            else if (w->e - p >= 3 && !memcmp(p, "）", 3)) open--;
        }
    }
    return open > 0;
}

/* The end of the word (a run of non-blanks) that starts at p. */
static const unsigned char *word_end(const unsigned char *p, const unsigned char *e)
{
    while (p < e && !nb_blank_at(p, e)) p += nb_u8len(p, e);
    return p;
}

/* The word after the one that ends at q on this line (up to e) closes a bracket: a number before it,
 * inside a label's open bracket, is the label's text (Word's blanks around digits: 计 1 次）). */
static int closes_bracket(const unsigned char *q, const unsigned char *e)
{
    const unsigned char *p = nb_skip_blanks(q, e), *n = word_end(p, e);
    return p < n && nb_find(p, n, "）") != NULL;
}

int nb_statline_row_code(const unsigned char *s, const unsigned char *e, long *code)
{
    int n = 0, digits = 0;
    long v = 0;
    for (const unsigned char *p = s;; p++) {
        if (p < e && *p >= '0' && *p <= '9') {
            if (++digits > 3) return 0;
            v = v * 10 + (*p - '0');
            continue;
        }
        if (!digits || !v || n == NB_SL_CODE_PARTS) return 0;
        code[n++] = v;
        if (p == e) return n;
        if (*p != '.') return 0;
        v = digits = 0;
    }
}

int nb_statline_code_follows(const long *a, int na, const long *b, int nb)
{
    if (!na) return nb == 1 && b[0] == 1;
    if (nb > na + 1) return 0;
    for (int i = 0; i < nb - 1; i++)
        if (a[i] != b[i]) return 0;
    return nb == na + 1 ? b[nb - 1] == 1 : b[nb - 1] == a[nb - 1] + 1;
}

/* In a table with a 序号 column, where the words of a line begin at p (its first word): after the row
 * number that opens it, with the row's label after it on the line, or the next row number alone on
 * its line (a label wrapped round it; in reading order, each row's number on a line of its own);
 * otherwise p. The number is no value: a value stands after its label and unit, never first on the
 * label's line (an outline code 2.1 read as one would be the row before's count). */
static const unsigned char *skip_row_number(nb_slwords *ws, const unsigned char *p, const unsigned char *e)
{
    const unsigned char *le = memchr(p, '\n', (size_t)(e - p)); /* (a cell may hold the table's lines) */
    if (le) e = le;
    const unsigned char *q = word_end(p, e);
    long code[NB_SL_CODE_PARTS];
    int k = nb_statline_row_code(p, q, code);
    if (!k) return p;
    const unsigned char *n = nb_skip_blanks(q, e);
    /* alone: the next number (a row's wrapped label round it), or any before the table's first word (no
       row's value: a part of the table after a page break starts at its number 1.2.2) */
    int next = ws->n == 0 || nb_statline_code_follows(ws->code, ws->code_n, code, k);
    if (n == e ? !next : word_kind(n, word_end(n, e)) != NB_SL_TEXT) return p;
    memcpy(ws->code, code, (size_t)k * sizeof *code);
    ws->code_n = k;
    ws->num_s = p;
    ws->num_e = q;
    return n;
}

/* A count's unit glued after its digits in word [s, e) (1174条, 1.5万元, 3000人次): where the unit
 * starts, or NULL. */
static const unsigned char *glued_unit(const unsigned char *s, const unsigned char *e)
{
    double v;
    int is_null;
    const char *unit;
    if (!nb_parse_number(s, e, &v, &is_null, &unit) || is_null || !unit) return NULL;
    const unsigned char *g = e - strlen(unit);
    return nb_digit_at(s, g, NULL) ? g : NULL;
}

/* The number that is the last word of ws (its line goes on at q, up to e) written as approximate, an
 * approximating word before it (约 3000) or after it (20 余次, 300 人次左右): one word with them, no
 * number (NB_SL_BAD: the row's value is left null, said), and where the line goes on after it. */
static const unsigned char *approximate(nb_slwords *ws, const unsigned char *q, const unsigned char *e)
{
    nb_slword *w = &ws->v[ws->n - 1];
    if (ws->n >= 2 && w[-1].kind == NB_SL_TEXT && w[-1].seg == w->seg && nb_approx_before(w[-1].s, w[-1].e)) {
        w[-1].e = w->e;
        w[-1].kind = NB_SL_BAD;
        ws->n--;
        w--;
    }
    const unsigned char *a = nb_skip_blanks(q, e), *b = word_end(a, e), *c = a < b ? nb_approx_after(a, b) : NULL;
    if (c && (c == b || nb_unit_word(c, b))) { /* the word is that (余次), not a label's (多渠道…) */
        w->e = q = b;
        w->kind = NB_SL_BAD;
    }
    return q;
}

/* (The run of words without a unit or number is bounded, so a line of prose is not scanned to its end
 * from each place a header could start.) */
int nb_statline_words(nb_slwords *ws, const unsigned char *s, const unsigned char *e, int seg)
{
    int text = 0;
    const unsigned char *first = nb_skip_blanks(s, e);
    if (ws->numbered && first < e) first = skip_row_number(ws, first, e);
    for (const unsigned char *p = first, *last = first; p < e; last = p, p = nb_skip_blanks(p, e)) {
        if (ws->numbered && p > first && memchr(last, '\n', (size_t)(p - last))) { /* a line's first word */
            p = skip_row_number(ws, p, e);
            if (p == e) break;
            p = nb_skip_blanks(p, e);
            if (p == e) break;
        }
        const unsigned char *q = word_end(p, e);
        if (ends_table(p, q) || (spaced_date(p, e) && !remark_date(ws, p))) return 0;
        text = ws->n && ws->v[ws->n - 1].kind == NB_SL_TEXT ? text + 1 : 0;
        if (text > MAX_TEXT_RUN) return 0;
        const unsigned char *u = p + 3, *u2 = p + 6, *g; /* 条425, 人次320: the unit's characters, then digits */
        if (q > u && nb_unit_word(p, u) && nb_digit_at(u, q, NULL)) {
            push_word(ws, p, u, seg);
            push_word(ws, u, q, seg);
        } else if (q > u2 && nb_unit_word(p, u2) && nb_digit_at(u2, q, NULL)) {
            push_word(ws, p, u2, seg);
            push_word(ws, u2, q, seg);
        } else if (ws->unit_last && (g = glued_unit(p, q)) != NULL) { /* 1174条: no unit column, the unit in the cell */
            push_word(ws, p, g, seg);
            push_word(ws, g, q, seg);
        } else {
            int in_label = open_brackets(ws) && closes_bracket(q, e);
            push_word(ws, p, q, seg);
            if (in_label && ws->v[ws->n - 1].kind == NB_SL_NUM) ws->v[ws->n - 1].kind = NB_SL_TEXT;
            else if (ws->v[ws->n - 1].kind == NB_SL_NUM) q = approximate(ws, q, e);
        }
        p = q;
    }
    return 1;
}

/* What a line after a blank one is to a 统计表 of a row a line: a row with its numbers, a short label
 * line (a group row, a label's wrapped end), or neither (prose: the table has ended). */
enum { LINE_OTHER, LINE_ROW, LINE_LABEL };

static int starts_row(const nb_slword *w);

#define MAX_REMARK 8 /* characters: a 备注 column's remark (截至年底, 含转载) */

/* Whether words ws end with a row's unit, its value and a short remark after it, as a 统计表 with a
 * column of remarks (备注) has them: 个  1  截至年底. */
static int remark_after_value(const nb_slwords *ws)
{
    size_t n = ws->n;
    if (n < 4 || ws->v[n - 1].kind != NB_SL_TEXT || nb_u8count(ws->v[n - 1].s, ws->v[n - 1].e) > MAX_REMARK) return 0;
    size_t k = n - 1;
    while (k > 0 && ws->v[k - 1].kind == NB_SL_NUM && n - k < 3) k--; /* one or two values */
    return k < n - 1 && k >= 2 && ws->v[k - 1].kind == NB_SL_UNIT && ws->v[k - 2].kind == NB_SL_TEXT;
}

static int line_kind(const unsigned char *s, const unsigned char *e)
{
    nb_slwords ws = {0};
    int kind = LINE_OTHER;
    if (e - s > 600) return kind; /* no row of a 统计表 is that long (and it is not scanned) */
    if (nb_statline_words(&ws, s, e, 0) && ws.n && ws.n <= 12) {
        nb_slkind last = ws.v[ws.n - 1].kind;
        size_t chars = 0;
        for (size_t i = 0; i < ws.n; i++) chars += nb_u8count(ws.v[i].s, ws.v[i].e);
        if (last == NB_SL_NUM && ws.n >= 2) kind = LINE_ROW;
        else if (last == NB_SL_BAD && ws.n >= 2 && ws.v[ws.n - 2].kind == NB_SL_TEXT)
            kind = LINE_ROW; /* a label, then a count that is no number (20余次, 425（含转载）): left null */
        else if (remark_after_value(&ws)) kind = LINE_ROW; /* (（一）…专门机构数  个  1  截至年底) */
        else if (last == NB_SL_UNIT && ws.n >= 2 && starts_row(&ws.v[0]))
            kind = LINE_ROW; /* a numbered row with its unit and no value (5.其他方式公开政府信息数  条) */
        else if (last == NB_SL_TEXT && (chars <= 40 || nb_statline_header(s, e, NULL))) kind = LINE_LABEL; /* (or the header again) */
    }
    free(ws.v);
    return kind;
}

int nb_statline_goes_on(const unsigned char *p, const unsigned char *lim)
{
    /* A Markdown page's HTML table: its markup lines are blank in the text (the spans keep the page's
       lines), some 150 between two tables of one (a row's <tr>, <td>, <blockquote>, <p> lines).
       Bounded all the same: a text of blank lines is not scanned again from each of them. */
    enum { MAX_LABEL_LINES = 3, MAX_BLANK_LINES = 400 };
    int labels = 0, blanks = 0;
    while (p < lim) {
        const unsigned char *e = memchr(p, '\n', (size_t)(lim - p));
        if (!e) e = lim;
        const unsigned char *q = nb_skip_blanks(p, e);
        if (q < e && *q == '\r' && q + 1 == e) q = e;
        if (q == e || nb_dash_rule(q, e)) { /* (a rule under the header of a table set in <pre>) */
            if (++blanks > MAX_BLANK_LINES) return 0;
        } else if (!nb_statline_form_line(q, e)) { /* (the form's 填报单位 line at a page's top: passed) */
            int k = line_kind(q, e);
            if (k == LINE_ROW) return 1;
            if (k == LINE_OTHER || ++labels > MAX_LABEL_LINES) return 0;
        }
        p = e < lim ? e + 1 : lim;
    }
    return 0;
}

static int is_of_which(const nb_slword *w)
{
    size_t n = (size_t)(w->e - w->s);
    return (n == 6 || n == 7 || n == 9) && !memcmp(w->s, "其中", 6) &&
           (n == 6 || (n == 7 && w->s[6] == ':') || (n == 9 && !memcmp(w->s + 6, "：", 3)));
}

/* A word that starts a row of its own: a number (一、 （一） 1.) or 其中. */
static int starts_row(const nb_slword *w)
{
    nb_marker m;
    return nb_match_marker(w->s, w->e, &m) || ((size_t)(w->e - w->s) >= 6 && !memcmp(w->s, "其中", 6));
}

/* Whether the label of words [a, b] leaves a bracket open: （不同渠道和方式公开相同信息计 1 条） split
 * into words around its number, which is part of the label, not the row's value. */
static int bracket_open(const nb_slwords *ws, long a, long b)
{
    int open = 0;
    for (long i = a; i <= b; i++)
        for (const unsigned char *p = ws->v[i].s; p < ws->v[i].e; p += nb_u8len(p, ws->v[i].e)) {
            if (*p == '(' || (ws->v[i].e - p >= 3 && !memcmp(p, "（", 3))) open++;
            else if (open && (*p == ')' || (ws->v[i].e - p >= 3 && !memcmp(p, "）", 3)))) open--;
        }
    return open > 0;
}

/* Cuts ws into rows (fn called for each, in order); a new piece of text (cell) starts a new row unless
 * the pieces are cells of one run (ws->joined). Returns
 * the number of words up to the end of the last row with a unit or a number. */
size_t nb_statline_rows(const nb_slwords *ws, nb_slrow_fn fn, void *ctx)
{
    nb_slrow cur = {-1, -1, -1, {0}, 0, 0, -1, -1};
    size_t end = 0;
#define FLUSH()                                                                                    \
    do {                                                                                           \
        if (cur.label_first >= 0 || cur.unit >= 0 || cur.nnum) {                                   \
            if (fn) fn(ctx, &cur);                                                                 \
        }                                                                                          \
        cur = (nb_slrow){-1, -1, -1, {0}, 0, 0, -1, -1};                                               \
    } while (0)
    for (size_t i = 0; i < ws->n; i++) {
        const nb_slword *w = &ws->v[i];
        if (i && w->seg != ws->v[i - 1].seg && !ws->joined) FLUSH();
        int data = cur.unit >= 0 || cur.nnum;
        nb_slkind kind = w->kind;
        if (kind != NB_SL_TEXT && !data && cur.label_first >= 0 && bracket_open(ws, cur.label_first, cur.label_last))
            kind = NB_SL_TEXT; /* inside the label's note: its words */
        switch (kind) {
        case NB_SL_TEXT:
            if (data && ws->remarks && !ws->joined && w->seg == ws->v[i - 1].seg) { /* its remark */
                if (cur.remark_first < 0) cur.remark_first = (long)i;
                cur.remark_last = (long)i;
                break;
            }
            if (data || (cur.label_first >= 0 && starts_row(w) && !is_of_which(&ws->v[cur.label_last]))) FLUSH();
            if (cur.label_first < 0) cur.label_first = (long)i;
            cur.label_last = (long)i;
            break;
        case NB_SL_UNIT:
            if (ws->unit_last && cur.nnum && cur.unit < 0 && cur.label_first >= 0) { /* its unit after its value */
                cur.unit = (long)i;
                end = i + 1;
                break;
            }
            if (data || cur.label_first < 0) FLUSH(); /* a unit with no label before it */
            cur.unit = (long)i;
            end = i + 1;
            break;
        case NB_SL_NUM:
        case NB_SL_BAD:
            if (cur.nnum < NB_SL_MAX_NUMS) cur.nums[cur.nnum++] = (long)i;
            else cur.more = 1;
            end = i + 1;
            break;
        }
    }
    FLUSH();
#undef FLUSH
    return end;
}

const unsigned char *nb_statline_end(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *h = nb_statline_header(s, e, NULL);
    if (!h) return NULL;
    nb_slwords ws = {0};
    nb_statline_words(&ws, h, e, 0);
    size_t n = nb_statline_rows(&ws, NULL, NULL);
    const unsigned char *end = n ? ws.v[n - 1].e : NULL;
    free(ws.v);
    return end;
}
