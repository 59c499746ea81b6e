/* statlist.h — a legacy 统计表 written as a list of paragraphs, no table: a caption that names it,
 * then a line a row, its value after a colon and its unit glued to it:
 *
 *     伏川县住房和城乡建设局2015年政府信息公开情况统计表
 *     一、主动公开政府信息情况
 *     1.主动公开政府信息数：1286条
 *     其中：通过政府网站公开数：1174条
 *     2.主动公开规范性文件数：9件
 *
 * The stream keeps such lines as a table of a cell a row (its numbered rows are no headings), and
 * the statistics read each cell's label, value and unit from the same words (tables/statistics_list.c).
 * The group lines (一、主动公开政府信息情况) are rows without a value. */
#ifndef NB_STATLIST_H
#define NB_STATLIST_H

/* [s, e) (a line, blanks around it) is a caption naming a 统计表: short, no sentence, ends in 统计表
 * (情况统计表, 统计表：). */
int nb_statlist_caption(const unsigned char *s, const unsigned char *e);

/* A row of the list: its label before the last colon, and after it a value and a unit (1286条,
 * 2.5万元, 1042 人次), or nothing, or a dash, or a short word that is no number (无: read as such). */
typedef struct nb_statlist_row {
    const unsigned char *label_s, *label_e;
    const unsigned char *value_s, *value_e; /* after the colon, the unit cut off: empty when blank */
    const unsigned char *unit_s, *unit_e;   /* empty when none */
    int number;                             /* the value reads as a number (0 for a dash, a blank, or a word) */
} nb_statlist_row;

/* Whether the line [s, e) is such a row; *row its parts. */
int nb_statlist_row_at(const unsigned char *s, const unsigned char *e, nb_statlist_row *row);

/* Whether the line [s, e) holds more than one row glued together (a PDF reader joined two short lines:
 * 其中：当面申请数：7件网络申请数：12件): 1 with *at where the first ends (after its value's unit, the
 * rest a row of its own); -1 when such a place is found but the unit's end is not certain (5人次数:
 * 人 or 人次); 0 when the line is one row. */
int nb_statlist_glued(const unsigned char *s, const unsigned char *e, const unsigned char **at);

/* Whether the line [s, e) is a label alone that may be a row of the list (a group line, 一、主动公开
 * 政府信息情况): short, no sentence, no colon. */
int nb_statlist_label(const unsigned char *s, const unsigned char *e);

/* Whether the list goes on at p, the start of a line in [p, lim): the next line that is not blank is
 * one of its rows, or a few label lines with a row right after them (a group line and its first row);
 * a signature or a heading followed by prose ends it. */
int nb_statlist_goes_on(const unsigned char *p, const unsigned char *lim);

#endif
