/* shorttotal.h — table 三 printed without its 总计 column.
 *
 * A page wider than the paper prints with its right side clipped: Chromium and wkhtmltopdf draw
 * table 三 up to 其他 and leave 总计 past the page's edge, so every row has six values where the
 * template has seven (the PDF reader's text and pdftotext's alike), and tables.c leaves each row null.
 * Six values could also be seven cells with one blank; the table then still holds its 总计, and
 * each row's sixth value is the sum of the five before it. So where every row of the table found is
 * one value short (numbers all, at least three rows), no row with a non-zero sum has a sixth value
 * equal to it, three rows at least have one that differs, and the header above the rows does not name
 * 总计 (it could be a first column then, and the last applicant's the one cut), the values are the
 * first six columns: those of each column that keeps the table's own 勾稽关系 (一 + 二 = 七 + 四, and 七
 * the sum of the results) are read but the last, 总计 stays null, and a total-cut warning says so. The
 * last column (其他) stands at the page's edge: its values may be cut short in every row alike (12
 * printed as 1 in 一, （一） and （七）), and then its sums hold all the same; it is left null. A column that
 * does not keep them (其他's 100 printed as 10, cut at the edge; or the report's own slip) is left
 * null (column-unbalanced), and where none keeps them the table is. In the PDF reader's text, a
 * sixth value that it marks cut (37…: the edge runs through 其他) is one of the row's six, its column
 * null; it is no sum where its digits do not begin the sum of the five before it, and three rows at
 * least must show that (a cut 总计 beside a 其他 left blank would begin every row's sum). Only a
 * print's text (printed.h) is so read.
 *
 * A page that is wider still (Chromium's A5 print with a zoom) cuts table 三 before 其他 as well:
 * every row shows five values, the fifth at the edge (法律服务机构's 285 printed 28, or marked cut,
 * 28…, by the PDF reader). Five values could be seven cells with two blank, or six columns with one
 * blank in every row, so a header decides: where it stands the labels of the first four columns
 * whole, once each, side by side in the template's order (stacked over lines or not: colstacked.h),
 * the fifth's or not (its pieces cut: 法律…), and none of 其他 and 总计, the values are those columns',
 * read as above (each column that keeps its sums, the one at the edge left null), with a table-cut
 * warning.
 *
 * The page that so cuts table 三 cuts table 四 too, and its row's last value is at the edge as well:
 * it is not read (row-cells). */
#ifndef NB_SHORTTOTAL_H
#define NB_SHORTTOTAL_H
#include "celltok.h"
#include "tables.h"

void nb_short_totals(nb_tparse *tp, nb_tables *t);

/* Whether the text before byte at, from table 三's section title (收到和处理…) on, writes 总计: a
 * header that names the column, which a table cut before 总计 does not show. Shared with
 * flow_table.c. */
int nb_header_names_total(const nb_report *r, size_t at);

#endif
