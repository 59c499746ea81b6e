/* colstacked.h — where a header's labels stand when a print stacks them over lines (总 / 计,
 * 自 / 然 / 人, 商业 / 企业, 社会公 / 益组织 under 法人或其他组织): pdftotext -layout and the PDF
 * reader's table lines put every piece of a line at its column on the page, so a label is the whole
 * pieces that spell it one under another, each under the one before (the lines between may hold
 * nothing there: a short label centred in a tall cell). Only positions and whole pieces are used: a
 * label glued to other text, or spelled by two stacks, is not placed. */
#ifndef NB_COLSTACKED_H
#define NB_COLSTACKED_H

#include "model.h"

/* Where a label stands: found 1 at display columns [x0, x1) (the columns of all its pieces), 0 where
 * no stack spells it, 2 where more than one does. */
typedef struct nb_label_span {
    int x0, x1, found;
} nb_label_span;

/* The place of each of labels[0, n) in the lines [s, e), into out[0, n). wide: the columns a wide
 * character takes (2 in the PDF reader's text, where punctuation such as “ ” is wide too; 1 in
 * pdftotext's grid); a blank or a TAB one column. */
void nb_stacked_labels(const unsigned char *s, const unsigned char *e, int wide, const char *const *labels, int n,
                       nb_label_span *out);

/* The columns a wide character may take in r's text, [*lo, *hi]: 2 in the PDF reader's, 1 in
 * pdftotext's grid (its pages apart by form feeds); a text of neither kind is counted both ways, and a
 * place must hold in each. */
void nb_stacked_widths(const nb_report *r, int *lo, int *hi);

#endif
