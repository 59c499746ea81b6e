/* barrow.h — whether a line of bars (| a | 1 | 2 |) is a whole row or one line of a row that a drawn
 * grid spreads over several lines. */
#ifndef NB_BARROW_H
#define NB_BARROW_H

/* 1 when the line [s, e) of the text [buf, lim) is a bar line of a grid drawn with +---+ rules (a
 * table the grid pass left as it was: pandoc's RST, a grid whose widths did not agree) and the line
 * above or below it, with no rule between, is a bar line too: the grid's row is spread over those
 * lines (a number wrapped 8 / 1 in its cell, a label over five lines), and one line of it read as a
 * row would give part numbers under a part label. A Markdown pipe table (no + rule) is never such. */
int nb_bar_row_spread(const unsigned char *buf, const unsigned char *lim, const unsigned char *s,
                      const unsigned char *e);

#endif
