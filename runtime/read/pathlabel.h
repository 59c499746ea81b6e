/* pathlabel.h — row labels written as their path through the template's heads.
 *
 * Filing systems that publish a filed report as a data table (年报填报系统, Element UI's tables) write
 * each row's label as the path of the template's labels down to it, joined by a dash:
 * 三、本年度办理结果-（三）不予公开-1.属于国家秘密. In the template those are cells of their own, the
 * group's spanning the rows under it; the lexer knows a row by its own label at a cell's start, not
 * by the end of such a path. */
#ifndef NB_PATHLABEL_H
#define NB_PATHLABEL_H
#include "encoding.h"

/* In each TAB row of t, a cell that starts with a numbering marker (三、 （三） 1.) and goes on, after a
 * dash (- － —) or a slash, with a marker of a deeper level (（三） after 三、, 1. after （三）) is cut
 * there into cells: the dash becomes a TAB (a wide one a TAB and blanks). Where `aligned` (a text of
 * aligned columns not yet made TAB rows: a text browser's), so is a line that starts with such a label
 * and ends with a number, the dash a blank as wide. Every line, column and byte of the text keeps its
 * place. A dash before anything else (2021-2022, 行政复议-结果维持) stays, and so does prose. diag gets an
 * info with the number of labels so cut. */
void nb_pathlabel_split(nb_text *t, int aligned, nb_enc_diag_fn diag, void *ctx);

#endif
