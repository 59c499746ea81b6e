/* statline.h — a legacy 统计表 flattened onto one line, its cells separated by blanks only, as
 * crawled pages of older provincial reports have it:
 *
 *     指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 …
 *
 * Its header and where it ends, from its words: the lexer asks where such a table ends, so that it
 * is a token of its own and its numbered rows are no headings, and the stream keeps it as a table of
 * one cell; the statistics read its rows from the same words (tables/statistics_line.c). Rows are
 * found from the words: a label (words that are neither a unit nor a number), a unit of the cells'
 * vocabulary (条 件 次 人次 …, numbers.h) and the numbers of the header's value columns. */
#ifndef NB_STATLINE_H
#define NB_STATLINE_H
#include <stddef.h>

/* The header at s (blanks first): maybe 序号 (a column of row numbers), 指标名称 | 统计指标, 计量单位 | 单位, a value column (2011年度, 2011年,
 * 本年度, 统计数 …) and maybe 历年累计 (or the one value column before 计量单位, or with no unit column at
 * all, each count's unit in its cell: nb_statline_unit_last;
 * a column of row codes, 代码, may stand between the unit and the values: nb_statline_coded),
 * then maybe a column of remarks (备注, 说明), in any spacing
 * (计量 单位, 2011 年度). Its end, or NULL; *cum (when not NULL) says whether it has the 历年累计 column. */
const unsigned char *nb_statline_header(const unsigned char *s, const unsigned char *e, int *cum);
/* The value columns of a 统计表 header (nb_statline_header's): one (统计数, 2016年度), or several of
 * years side by side (2013年度 2014年度 历年累计: last year's column beside the report's year's). */
enum { NB_SL_MAX_COLS = 4 };
#define NB_SL_CHANGE (-1)
typedef struct nb_slcols {
    int n;                      /* value columns before 历年累计 */
    int years[NB_SL_MAX_COLS];  /* the year each is headed with, 0 for none (统计数), NB_SL_CHANGE for a
                                   column of changes from last year (增减): no value */
    int cum;                    /* a 历年累计 column after them */
} nb_slcols;
/* nb_statline_header, its value columns into *cols (not NULL). */
const unsigned char *nb_statline_columns(const unsigned char *s, const unsigned char *e, nb_slcols *cols);
/* Whether the header at s begins with a column of row numbers (序号 统计指标 单位 统计数): each row's
 * line then begins with its number, which nb_statline_words leaves out. */
int nb_statline_numbered(const unsigned char *s, const unsigned char *e);
/* Whether the header at s has its unit column last (统计指标 统计数 计量单位), or none (统计指标 统计数:
 * the unit in the value's cell, 1174条): a row's unit then follows its value (主动公开政府信息数  736  条). */
int nb_statline_unit_last(const unsigned char *s, const unsigned char *e);
/* Whether the header at s has a column of row codes after its unit column (指标名称 计量单位 代码
 * 2010年, the statistics office's form): a row's first number after its unit is its code (01, 02 …),
 * no count. */
int nb_statline_coded(const unsigned char *s, const unsigned char *e);
/* Whether [s, e) holds only the letters a form names its text columns by in the row of column codes
 * under its header (甲 乙 丙 | 1 2: the label, unit and code columns lettered, the values numbered),
 * blanks between them: that row is no row of the table. */
int nb_statline_letters(const unsigned char *s, const unsigned char *e);
/* Whether the header that ends at h (nb_statline_header's end) ends with a column of remarks. */
int nb_statline_remarks(const unsigned char *s, const unsigned char *h);
/* [s, e) is a 统计表 header's label word alone (指标名称, 统计指标, 指标; blanks allowed). */
int nb_statline_label_word(const unsigned char *s, const unsigned char *e);
/* The second row of a header whose 统计数 spans two columns: [blanks] 2016年度 (统计数, 本年数 …) and
 * 历年累计, nothing else: its end, or NULL. */
const unsigned char *nb_statline_subheader(const unsigned char *s, const unsigned char *e);
/* The second row of a header whose one value column (统计数, no year) spans the years side by side under
 * it, 历年累计 beside it over both rows: [blanks] 2016年 2015年 [增减], nothing else, two columns at
 * least. Its end, or NULL; the columns into cols->n and cols->years (cols->cum as it was). */
const unsigned char *nb_statline_years_under(const unsigned char *s, const unsigned char *e, nb_slcols *cols);
/* The word over a sub-header's two columns alone on its line ([blanks] 统计数), as pdftotext -raw sets
 * 指标名称 计量单位 / 统计数 / 2016年度 历年累计: its end, or NULL. */
const unsigned char *nb_statline_spanning(const unsigned char *s, const unsigned char *e);
/* A header whose value columns are named on the next line (a sub-header): 指标名称 计量单位 and nothing
 * else on s..e, as pdftotext sets a header whose 统计数 spans 2016年度 and 历年累计 (统计数 above it,
 * centred). The end of 计量单位, or NULL. */
const unsigned char *nb_statline_label_unit(const unsigned char *s, const unsigned char *e);
/* A header whose value columns are named on the next line (nb_statline_years_under) and 历年累计 on
 * this one, over both rows: 指标名称 计量单位 历年累计 and nothing else on s..e (统计数 centred above the
 * years, on the line before, as pdftotext -layout sets it). The end of 历年累计, or NULL. */
const unsigned char *nb_statline_label_unit_total(const unsigned char *s, const unsigned char *e);
/* Whether [s, e) is a form's line naming who fills it in (填报单位：…, 填表单位, 报送单位), with the
 * period in another cell or not (2018年度): over the header, and again under each page's top. */
int nb_statline_form_line(const unsigned char *s, const unsigned char *e);
/* Whether [s, e) is a form's sign-off under its rows (单位负责人：… 填表人：… 联系电话：… 填报日期：…):
 * names, a telephone number, a date, no row. */
int nb_statline_signoff(const unsigned char *s, const unsigned char *e);
/* Where the one-line table whose header is at s ends in [s, e): after its last row with a unit or a
 * number (what follows, a note or prose, is not the table's). NULL when s has no header, or no row. */
const unsigned char *nb_statline_end(const unsigned char *s, const unsigned char *e);

/* A 统计表 of a row a line (its header alone on a line) whose rows a layout set apart with blank lines
 * (pdftotext -layout, the PDF reader, a page saved as text): whether the table goes on at p, the
 * start of the line after a blank one, in [p, lim). It does where the next line that is not blank is
 * a row of it (a label, maybe a unit, numbers at the end), or a few short label lines (一、主动公开情况,
 * a label's wrapped end) with such a row right after them: a heading after the table (（一）加强…)
 * is followed by prose, not by a row. */
int nb_statline_goes_on(const unsigned char *p, const unsigned char *lim);

/* ---- its words and rows ---- */

typedef enum nb_slkind {
    NB_SL_TEXT,
    NB_SL_UNIT,
    NB_SL_NUM,
    NB_SL_BAD /* starts like a number, is none: 425（含转载）, a count written as approximate (20 余次) */
} nb_slkind;

typedef struct nb_slword {
    const unsigned char *s, *e;
    nb_slkind kind;
    int seg; /* the piece of text it is in (a cell of the raw table) */
    const unsigned char *num_s, *num_e; /* the row number (序号) that its line opened with, or NULL */
} nb_slword;

enum { NB_SL_CODE_PARTS = 6 };

/* A row number of a 序号 column at [s, e): 1 to 999 (ASCII digits), or an outline code of such parts
 * joined by points (1.2.1: the row's place in the table's hierarchy, as some provinces number the
 * 统计表's rows). Its parts into code (NB_SL_CODE_PARTS at most), their count returned; 0 for none. */
int nb_statline_row_code(const unsigned char *s, const unsigned char *e, long *code);
/* Whether code b (nb parts) is the one right after code a (na parts; none yet: 1): a's first child
 * (1.2 → 1.2.1), or the next at a's place or at an ancestor's (1.2.5 → 1.3, 2). */
int nb_statline_code_follows(const long *a, int na, const long *b, int nb);

typedef struct nb_slwords {
    nb_slword *v;
    size_t n, cap;
    int joined; /* the pieces of text are cells of one run (a cell a line), not rows: rows go across them */
    int remarks; /* the header ends with a column of remarks: text after a row's numbers on its line is
                    its remark (截至年底), not the next row's label */
    int numbered;     /* the header begins with 序号: a line's first number before its label is the row's number */
    int unit_last;    /* the header's unit column is its last (or none): a unit after a row's value is that
                         row's, and a unit glued after a count's digits (1174条) a word of its own */
    int coded;        /* the header has a 代码 column: a row's first number is its code, no value */
    long code[NB_SL_CODE_PARTS]; /* the row number read last, or its outline code's parts (1.2.1) */
    int code_n;                  /* 0: none yet */
    const unsigned char *num_s, *num_e; /* a row number read, for the word after it (nb_slword) */
} nb_slwords;

enum { NB_SL_MAX_NUMS = 8 };

/* A row, by its words' places in nb_slwords (-1: none). */
typedef struct nb_slrow {
    long label_first, label_last;
    long unit;
    long nums[NB_SL_MAX_NUMS];
    int nnum, more; /* more: numbers past NB_SL_MAX_NUMS */
    long remark_first, remark_last; /* its remark (nb_slwords.remarks), or -1 */
} nb_slrow;

/* The words of [s, e) onto ws, in the piece of text seg; a unit glued to its number (条425) is two
 * words. Returns 0 at a word that ends the table (ws then ends before it), or after a long run of
 * words with no unit or number in it (prose: the table has ended). */
int nb_statline_words(nb_slwords *ws, const unsigned char *s, const unsigned char *e, int seg);
/* Cuts ws into rows, calling fn (when not NULL) for each in order; a new piece of text starts a new
 * row (unless ws->joined). Returns the number of words up to the end of the last row with a unit or a number. */
typedef void (*nb_slrow_fn)(void *ctx, const nb_slrow *row);
size_t nb_statline_rows(const nb_slwords *ws, nb_slrow_fn fn, void *ctx);

#endif
