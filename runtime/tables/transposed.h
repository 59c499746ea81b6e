/* transposed.h — table 三 printed on its side: a column for each of the template's rows (一、本年新收…,
 * 二、上年结转…, 三、本年度办理结果 over （一） to （七）总计, 四、结转下年度继续办理, the header in up to three
 * rows), a row for each applicant (自然人; 法人或其他组织 over 商业企业 … 其他; 总计).
 *
 * Read only where it leaves one reading, from a table's cells (their columns): the header's row labels,
 * each once and each in a column of its own (a grid whose spans are not expanded to the columns under
 * them sets two in one: not read); then the seven applicants' rows, each once, each with a cell under
 * every header row and none elsewhere; and the 总计 row the sum of the six others in every column where
 * all seven are written (in half of them at least). Anything else leaves the tokens to the other
 * readers (null, as before). */
#ifndef NB_TRANSPOSED_H
#define NB_TRANSPOSED_H
#include "celltok.h"

/* Reads table 三 printed on its side among the tokens into the report's tables and takes its tokens out. */
void nb_transposed_rows(nb_tparse *tp);

#endif
