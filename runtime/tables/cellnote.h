/* cellnote.h — a note in brackets that a cell holds after its number, set apart from it.
 *
 * A page's cell may hold a number, a <br> and a note: 5<br>（其中修订2件）. A PDF prints it on one line
 * (celltok.c reads 5（其中修订2件） as 5, the note set aside); a text browser ends the line after the
 * number and writes the note at the start of the next, then the row's other cells (lynx: 行政规范性文件
 * 5 / （其中修订2件） 1 43), so the note comes as a cell of its own between the row's numbers. A text
 * that is one short note in brackets alone (not a numeral: （一） starts a label), right after a
 * number with nothing but blanks and one line end between, is that note: it is taken out of the
 * cells, with a cell-note warning, and the row's numbers read in their places. */
#ifndef NB_CELLNOTE_H
#define NB_CELLNOTE_H
#include "celltok.h"

void nb_notes_apart(nb_tparse *tp);

#endif
