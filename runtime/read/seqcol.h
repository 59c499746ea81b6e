/* seqcol.h — a table's leading column of row numbers (序号 / 编号 over the header rows, then 1, 2,
 * 3 … beside the rows: a 国务院部门's table 三 numbers its 25 rows so), in the TAB rows the readers
 * make of a table. The numbers are no counts and the column is none of the statutory table's: left
 * there, the row's first cell is a number where its label should be, and the row is not read. */
#ifndef NB_SEQCOL_H
#define NB_SEQCOL_H
#include "encoding.h"

/* Blanks the first cell (and the TAB after it) of every row of each such table of t: a run of TAB
 * rows in which one row's first cell is 序号 or 编号 and the rows after it, to the run's end, have as
 * first cell nothing (the header rows, a cell a span covers) or the next row number, from 1, three
 * at least. A run where any row breaks the sequence is left as it is. Blanks keep every line, column
 * and byte of the text in place. diag gets an info per table. */
void nb_seqcol_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx);

/* The same column in a text in reading order (pdftotext -raw: a page's line a line, cells a blank
 * apart, no TAB row): from a line whose first word is 序号 or 编号 (or 序, 号 on a line below), lines
 * whose first word is the next row number from 1, three at least, alone or before a word that is no
 * number (the row's label); their numbers are blanked. Lines of columns set apart by two blanks or
 * TABs are no such text. diag gets an info per table. */
void nb_seqcol_blank_reading(nb_text *t, nb_enc_diag_fn diag, void *ctx);

/* The same column a cell a line (docx2txt's or LibreOffice's text of a Word table: 序号 alone on its line,
 * then each row's number alone on a line before its label, its counts a line each): from such a header,
 * lines that are the next row number from 1, three at least, alone, the next line that is not blank a
 * label; their numbers are blanked. A count equal to the next number stands before another count or
 * the next row's number, never before a label. diag gets an info per table. */
void nb_seqcol_blank_cell_lines(nb_text *t, nb_enc_diag_fn diag, void *ctx);

/* Word tables may number a block's sub-items in a column of their own inside the label area
 * (（三）不予公开 | 1 | 属于国家秘密 | 1 | 0 …, the rows without a number spanning it). Blanks the
 * digits of such a column in each table of t (a run of TAB rows): a column in which every number
 * stands after cells that are empty or text, before a cell of text (the row's label) and counts,
 * and the numbers run 1, 2, 3 … (starting again at 1 for the next block), to 3 at least. The cells
 * stay (empty, like a spanned one's) and every byte keeps its place. diag gets an info per table. */
void nb_seqcol_blank_subitems(nb_text *t, nb_enc_diag_fn diag, void *ctx);

#endif
