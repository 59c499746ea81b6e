/* statcells.h — a legacy 统计表 written a cell a line, as Word's tables come out of docx2txt and of
 * LibreOffice's text export:
 *
 *     统计指标 / 单位 / 统计数 / 历年累计          (the header, a word a line)
 *     一、主动公开情况 / (empty) / (empty) / (empty)
 *     （一）主动公开政府信息数 / 条 / 2316 / 14870
 *
 * with no line between rows and an empty cell as an empty line (docx2txt: its centring blanks). The
 * stream reads the rows as runs of the header's width, each a label then values or units; what does
 * not have that shape ends the reading (stream_stats.c). */
#ifndef NB_STATCELLS_H
#define NB_STATCELLS_H

typedef enum nb_statcell {
    NB_SC_EMPTY, /* nothing but blanks */
    NB_SC_VALUE, /* a number, a dash, or a short word without digits (a unit: 条, 万元, 人次) */
    NB_SC_LABEL  /* anything else */
} nb_statcell;

/* Whether the line [s, e) is a date (2012年3月26日: the form's date under the table), no cell. */
int nb_statcell_date(const unsigned char *s, const unsigned char *e);
/* What the line [s, e) is as a cell of such a table. */
nb_statcell nb_statcell_kind(const unsigned char *s, const unsigned char *e);

/* One line of the table, of that kind, numbered (a row's 一、 （一） 1.) or not. *width is -n while
 * the header's n words come (a line each: an empty line ends it), then the width, taken at the first
 * numbered line; *pos the place of the next cell in its row. Each run of width lines is then a row,
 * a label and values, an empty line an empty cell. Returns 1 where the line is a cell (*new_row: it
 * starts a row), 0 where it ends the reading (*width 0). */
int nb_statcells_step(int *width, int *pos, nb_statcell kind, int numbered, int *new_row);

#endif
