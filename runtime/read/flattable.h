/* flattable.h — a table of rows laid flat: its rows side by side in one line of values.
 *
 * Some provinces' forms print table 二 flat: its blocks (第二十条第（一）项 …) side by side under a
 * header of three rows, the block, the row (规章, 行政规范性文件, 行政许可 …) over its columns, the
 * column (本年制发件数 …), and one row of values under it all (数量 | 0 | 0 | 0 | 4 | 2 | 31 | 2846 …):
 * no row labelled 规章 holds a number. Where a TAB row of values has right above it a header row whose
 * cells over the values are all template row labels (two at least, each spanning its columns: blank
 * cells after it), and the row of column words under them, the rows are written out as the template
 * prints them: the block's caption, 信息内容 and its columns' words, then each row's label and its
 * values, in the order the header gives them. Anything else is left as it stands. */
#ifndef NB_FLATTABLE_H
#define NB_FLATTABLE_H
#include "encoding.h"
#include "pagebreak.h"
#include "text.h"

/* Rewrites t where such a flat table stands (its lines replaced by the rows it holds; the text after it
 * moves); row_label says which texts are row labels (NULL: nothing is done). diag gets an info a table. */
void nb_flat_table_rows(nb_text *t, nb_row_label_fn row_label, nb_enc_diag_fn diag, void *ctx);

#endif
