/* headlabels.h — a table's column labels as a header line names them, in the line's order.
 *
 * A header says which column is which: a grid's header row, a tabbed copy, lynx's or pdftotext's
 * columns print the labels on a line, apart from one another by blanks, tabs, rules or pipes. Labels
 * so set, one after another, are a run: their order is the columns' order. Labels in a sentence, or
 * glued to other words, are no run (a paragraph may name two columns in any order). Used for table 三
 * (colorder.h) and for the blocks of several columns of table 二 (blockorder.h). */
#ifndef NB_HEADLABELS_H
#define NB_HEADLABELS_H

/* A label found at bytes [at, end): labels[col], whole or (whole 0) a piece it begins with. */
typedef struct nb_head_label {
    const unsigned char *at, *end;
    int col, whole;
} nb_head_label;

enum { NB_HEAD_MAX = 16 }; /* labels looked for at most */

/* The labels[0, n) that line [s, e) spells, by place, into out[0, max) (a label inside a longer one
 * found is the longer's: 其他 inside 法人或其他组织), and the pieces of it (between separators, and at
 * cuts[0, ncuts): where lines joined into it ended) that begin one label only: a narrow cell wraps its
 * label over lines (本年制发 / 件数, 其 / 他), and each line of a header sets its pieces left to right in
 * the columns' order; a piece wholly of such heads, split one way only (现行有效本年废止本年制发), gives
 * each. Those pieces only where heads is set (else the whole labels alone). Returns how many. */
int nb_head_labels(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                   const char *const *labels, int n, int heads, nb_head_label *out, int max);

/* Whether label l[j] goes on the run of l[j - 1]: nothing but separators between them. */
int nb_head_continues(const nb_head_label *l, int j);

/* Whether label l[j] follows l[j - 1] glued, nothing between (a crawled page's header, or pieces joined). */
int nb_head_glued(const nb_head_label *l, int j);

/* Each stretch of lines [s, e) that holds one piece a line, joined (pdftotext -raw, lynx and docx2txt
 * print a header a cell a line, a narrow cell's label a piece a line: 法律 / 服务 / 机构), blank lines
 * between them aside, and each other line as it is: each given to line(s, e, cuts, ncuts, ctx) to be
 * read glued, cuts[0, ncuts) where the joined lines ended (a piece a line in reading order is no label
 * by itself: 现行有效 / 本年废止 / 本年制发 / 信息内容 / 件数 … are three heads, not three labels). */
void nb_head_joined(const unsigned char *s, const unsigned char *e,
                    void (*line)(const unsigned char *, const unsigned char *, const unsigned char *const *, int, void *),
                    void *ctx);

/* Where at stands on the line that starts at line: place[0] counting a wide character (lead byte E0 or
 * more) as one column (a PDF's text grid, pdftotext -layout), place[1] as two (a terminal's). */
void nb_line_places(const unsigned char *line, const unsigned char *at, long place[2]);

#endif
