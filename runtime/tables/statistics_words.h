/* statistics_words.h — the words of a legacy 统计表's header: 统计指标 / 指标名称, 单位, 统计数 / 2016年度,
 * 历年累计. */
#ifndef NB_STATISTICS_WORDS_H
#define NB_STATISTICS_WORDS_H
#include "model.h"

/* What a 统计表 header cell names. */
typedef enum nb_stat_col { NB_STAT_NONE, NB_STAT_LABEL, NB_STAT_UNIT, NB_STAT_VALUE, NB_STAT_CUM, NB_STAT_PART } nb_stat_col;
/* NB_STAT_PART: a part of the year (第一季度, 上半年): its cells are no value of the year's, which a
 * column after them gives (全年合计, or 合计 in such a table: nb_statistics_total_word). */
/* A cell's text, blanks removed (nb_squeeze), as a header word: 统计指标 / 指标名称, 单位, 统计数 … */
nb_stat_col nb_statistics_header_word(const char *squeezed);

/* Whether a header word is a total (合计, 总计): the year's value where parts of the year stand beside it. */
int nb_statistics_total_word(const char *squeezed);

/* The year a value column's header word names (2013年度, 2013年), or 0 (统计数, 本年度 …). */
int nb_statistics_header_year(const char *squeezed);

/* What [s, e) is as a 统计表 header word (an nb_stat_col, 0 for none): the stream's nb_line_test
 * (parse.h), which starts a table at its first word (统计指标, 指标名称) or at 计量单位 over the value
 * columns' words where reading order set 指标名称 elsewhere. */
int nb_statistics_heads(nb_report *r, const unsigned char *s, const unsigned char *e);

#endif
