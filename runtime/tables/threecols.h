/* threecols.h — table 三 in three columns: 自然人 | 法人或其他组织 | 总计.
 *
 * Some cities' forms simplify table 三: the five legal persons' columns added into one, headed
 * 法人或其他组织, between 自然人 and 总计 (a header of two rows, 申请人情况 over the three). Each row
 * then has three values where the template has seven; by position, the middle one would be read as
 * 商业企业 and 总计 as 科研机构. Such a row is read where the header names the three and writes no
 * character of the five's own names (商业企业 科研机构 社会公益组织 法律服务机构, nor of their short
 * names: a print stacks them a piece a line), and its values add up as
 * the three columns do (自然人 + 法人或其他组织 = 总计, a dash counted as none): 自然人 and 总计 go to
 * their columns, and the five legal persons' cells stay null (not printed); the middle value is no
 * cell of the template, and a diagnostic gives it. Anything else leaves the row null, as before. */
#ifndef NB_THREECOLS_H
#define NB_THREECOLS_H
#include "celltok.h"

/* Whether row d's cells are those three (into v: 自然人, 法人或其他组织, 总计), below a header that
 * [hs, he) is (tablehead.h). */
int nb_three_columns(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells, const unsigned char *hs,
                     const unsigned char *he, const nb_ctok *v[3]);

#endif
