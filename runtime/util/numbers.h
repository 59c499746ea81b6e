/* numbers.h — the vocabulary of a cell's value, which the line lexer (a 统计表 on one line), the cell
 * lexer, the statistics and the checks all read the same way: a number as reports write it (full
 * width digits, signs, thousands separators, a dash for none) and the units the cells know. */
#ifndef NB_NUMBERS_H
#define NB_NUMBERS_H
#include <stddef.h>

/* Blanks and line ends off both ends of [*s, *e). */
void nb_trim_all(const unsigned char **s, const unsigned char **e);
/* A whole cell as a number: 1, +14, -3, 0.5, 5949.088667, 251000元, 1,234, 〇 (the numeral zero, 0); a
 * dash or slash is a blank (is_null). Returns 0 when [s, e) is not one number. */
int nb_parse_number(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                    const char **unit);
/* Whether [s, e) is one number as nb_parse_number reads it, its value not wanted; *is_null (where
 * not NULL) says it is a dash or slash. */
int nb_is_number(const unsigned char *s, const unsigned char *e, int *is_null);

/* A no-break space at p (U+00A0, U+202F) that groups thousands: followed by exactly three digits and
 * no fourth (12&nbsp;873). Its length, or 0. A reader that cuts a line at blanks keeps such a
 * number whole; nb_parse_number then asks the whole grouping to be exact. */
size_t nb_space_group_at(const unsigned char *p, const unsigned char *e);

/* A comma at p (, or ，) that groups thousands: followed by exactly three digits and no fourth (12,417,
 * １，３６５). Its length, or 0. A run of digits glued to the next cell (crawled text) keeps such a
 * number whole, so it is not cut at the comma into two. */
size_t nb_comma_group_at(const unsigned char *p, const unsigned char *e);

/* The whole of [s, e) (blanks aside) is the head of a number cut inside a thousands group: digits,
 * whole groups, then a separator and fewer than three digits (１，３ of １，３７２ wrapped in its narrow
 * cell, 12, 1,23). No number: its tail is on another line, and read alone would be another number. */
int nb_cut_number(const unsigned char *s, const unsigned char *e);

/* [s, e) as a number and then a note in brackets that ends it, as a cell prints one: 22（其中修订16件）,
 * 5(其中2件转办), the brackets of either width, the number before them (blanks between allowed) not a
 * dash. Returns the opening bracket, *value and *unit set as nb_parse_number sets them; or NULL. The
 * cell reader (celltok.c) takes such a cell's number; the line lexer (rowline.c) asks more of a
 * chunk at a line's end, where prose's brackets stand too. */
const unsigned char *nb_number_with_note(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                                         const char **unit);

/* The note mark that ends [s, e): * or ＊ (\* as Markdown escapes it), ※, a circled number ① … ⑳,
 * Word's footnote reference in brackets, [3] (\[3\]), or as Markdown writes a footnote reference
 * ([^3]), or 注 and a note's number (注1: <sup>注1</sup> as a print's text glues it on); or such a
 * mark as a superscript in a text tool's notation: ^3^ ^注1^ (pandoc -t markdown), <sup>注1</sup>,
 * ^(注1) (pandoc -t plain), \ :sup:`注1` (pandoc -t rst), ^注1 (text browsers). A text browser's ^
 * is closed by nothing: ^ and digits (797^2) may be an exponent, or the count's digits raised, and
 * are no mark. Its length, or 0. */
size_t nb_note_mark_at_end(const unsigned char *s, const unsigned char *e);
/* The marks of those a print sets as plain text after a count, 注1 or a sign (* ＊ ※ ① … ⑳), not a
 * link's [3] nor a tool's superscript notation: its length at the end of [s, e), or 0. */
size_t nb_printed_mark_at_end(const unsigned char *s, const unsigned char *e);

/* [s, e) as a number and then a note mark that ends it, the note printed under the table: 4126*,
 * 322①, 5＊, 7※ (Markdown's 4126\* too), Word's footnote reference 1393[3] (1393[10][3]: elinks
 * numbers the link before it). The mark is no digit of the number, which stays as printed:
 * returns the mark, *value and *unit set as nb_parse_number sets them; or NULL (a dash with a mark
 * too: no number). */
const unsigned char *nb_number_with_mark(const unsigned char *s, const unsigned char *e, double *value, int *is_null,
                                         const char **unit);

/* [s, e) as a number and then, after ^, the digits a text browser writes a superscript of digits
 * with (797^2: elinks, links2, w3m, lynx): an exponent, a note's mark, or the count's own last digits
 * set raised — the text does not say which, so the cell is no number (never 7972 nor 797). Returns
 * the ^, or NULL. */
const unsigned char *nb_number_raised_digits(const unsigned char *s, const unsigned char *e);

/* A change from last year written in words, a whole cell: 增加3项 (+3), 减少 2 件 (-2), 新增1, 无变化 or
 * 持平 (0). Returns 0 when [s, e) is not one. Only a change column reads it (a count that says 增加 is
 * no count). */
int nb_change_in_words(const unsigned char *s, const unsigned char *e, double *value);

/* A count written as approximate is no number: 20余次, 约3000人次, 近 50 件, 100 件以上. The word
 * before a number that makes it so (约 大约 近 将近 逾 超过 不少于 …), all of [s, e): 1, or 0. */
int nb_approx_before(const unsigned char *s, const unsigned char *e);
/* The word after a number that makes it so (余 多 左右 以上 上下 许 …, or a unit then one of them: 余次,
 * 人次左右), at the start of [s, e): its end, or NULL. */
const unsigned char *nb_approx_after(const unsigned char *s, const unsigned char *e);
/* The whole of [s, e) is a number written as approximate (the words above before or after it, blanks
 * between or not, a unit or not): 1, or 0. Such a cell is left null, said, never read as its number. */
int nb_approximate(const unsigned char *s, const unsigned char *e);

/* [s, e) is a unit the cells know (条 件 次 人次 个 万元 元 项 份 人 篇 期 家): that unit, else NULL. */
const char *nb_unit_word(const unsigned char *s, const unsigned char *e);

/* The money unit (万元, 元) that starts [s, e), or with at_end that ends it: its length, or 0; *unit
 * (if not NULL) is set to it. Crawled text glues the unit to an amount's digits (…2895.90元). */
size_t nb_money_unit(const unsigned char *s, const unsigned char *e, int at_end, const char **unit);

/* The whole of [s, e) is a link whose text is a number, the count a page links to its records: as
 * elinks writes a link, its number before it ([16]263), or as Markdown does ([263](/mx.jhtml?h=03
 * "点击查看明细"), pandoc's {target="_blank"} after it). Sets [*ns, *ne) to the link's text, which
 * nb_parse_number reads; returns 1, or 0 for any other text. */
int nb_linked_number(const unsigned char *s, const unsigned char *e, const unsigned char **ns, const unsigned char **ne);

/* A year as reports write one in a date or a header: four ASCII digits at p, no fifth, then 年 (blanks
 * between: pdftotext sets digits apart from the Han after them, 2023 年). Its value, *end (if not
 * NULL) right after 年; or 0. */
int nb_year_at(const unsigned char *p, const unsigned char *e, const unsigned char **end);
/* The same read backwards: a year whose 年 ends at p (2023年/ before a slash, 2023 年 too), not the
 * tail of a longer number; its value, or 0. */
int nb_year_before(const unsigned char *s, const unsigned char *p);

#endif
