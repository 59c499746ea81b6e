/* footmarks.h — a footnote's reference that a print's text glued onto a count.
 *
 * Word prints a footnote reference as a small raised digit right after the count it notes (3581¹) and
 * the note's text at the foot of the same page. nianbao's PDF reader sees the raised digit (pdfnotes.c);
 * pdftotext does not: its text has 35811, and at the page's foot the marks and the notes, a mark on a
 * line of its own (1 / 含实行告知承诺制办理的行政许可1124件。 / 2 / …, or in reading order the marks
 * first, then the notes). A web page that writes its notes right under a table (<sup>1</sup>含…) prints
 * them so there, or a mark beside its note (2 含…). On a page that holds such notes, a count of more
 * digits than a mark that ends in one of them may be the count and the mark, or a count: which one the
 * text does not say. Such a cell is left null with a footnote-mark warning, its raw text kept; so is a
 * count that is a mark's own line (reading order puts it right after a table's last label). Notes under
 * a table may fall on the page after its counts (a page break between the table and them): their marks
 * are taken for the page before too. A text that is no print (html2markdown drops the <sup>, 12861,
 * and keeps the notes 注1：… under the tables) is one page, asked where it shows no mark as one (no
 * 1286^1, 1286[1], <sup>, 2417注1). */
#ifndef NB_FOOTMARKS_H
#define NB_FOOTMARKS_H
#include "model.h"
#include "tables.h"

/* Sets aside, in a print's text (form feeds between pages), the counts of t that may end in a mark
 * of their page's footnotes: table cells and the 统计表's values and 历年累计. */
void nb_footnote_marks_unsure(nb_report *r, nb_tables *t);

#endif
