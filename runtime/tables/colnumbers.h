/* colnumbers.h — a template's row of column numbers (栏次 | 1 | 2 | … | 7) taken out of the cells.
 *
 * Provincial templates, and the WPS files typed into them, print under the header of tables 三 and
 * 四 a row that numbers the columns: 栏次 in the label's cell and 1, 2, 3 … in the columns (table 四,
 * with no label column, 1 … 15 alone). They are no counts; read as cells, that row takes the table's
 * first row of values for its own (a row of 30 cells in table 四), or, in a copy that writes a cell a
 * line (docx2txt, LibreOffice's text), stands as values with no label before the first row's label, so
 * that every label seems to stand after its own values. Taken out:
 *  - the word 栏次 and the run of plain numbers 1, 2, 3 … (two at least) after it, passing blank
 *    cells (its label's cell spanning columns) and the letters 甲 乙 丙 丁 of the label columns;
 *  - without the word, a run 1, 2, 3 … n right after a header (a column or group label, or header
 *    text), n the cells of a row of the edition that declares its sums (table 三's 7, table 四's 15),
 *    where such a run cannot be that row: 1 + 2 + … + 6 is not 7, 1 + 2 + 3 + 4 not 5.
 * A run goes on while each number is the one after the last, so a row of counts that happens to
 * open 1 2 3 is not one (its next value breaks the run, and it is not n long). A column-numbers-
 * dropped info says where. */
#ifndef NB_COLNUMBERS_H
#define NB_COLNUMBERS_H
#include "celltok.h"

void nb_column_numbers_apart(nb_tparse *tp);

#endif
