/* piecelabel.h — a row whose label is a short form that is also a piece of the template's label.
 *
 * A province's template may print table 三's labels short (第三方合法权益, 信访举报投诉, 公开出版物,
 * 大量反复申请, 确认或重新出具, 逾期不补正). Each is a piece of the national template's label too, and a
 * print's wrapped label puts such a piece on a line of its own, beside the heads of numbers wrapped in
 * their cells (14 of 145). The label lexer marks these labels (nb_label.piece, PIECE in labels.rei),
 * the cell lexer takes one only as a whole table cell, and its row is read only where this says its
 * cells are whole: exactly the row's cells, each a count (a whole number, no dash, none cut), and,
 * where the row's last cell is its total (NB_SPLIT_SUM_LAST), that total the sum of the others. */
#ifndef NB_PIECELABEL_H
#define NB_PIECELABEL_H
#include "celltok.h"

int nb_piece_row_whole(const nb_tparse *tp, nb_tspan cells, const nb_rowdef *d);

#endif
