/* rowcards.h — a row printed as a card: its label, then each of its columns' labels with its value
 * after it (a phone template's <dl> a row: 一、本年新收… / 自然人 / 1094 / 法人或其他组织 / 商业企业 / 98 …
 * / 总计 / 1209), which a text browser, pandoc or Word gives a line each.
 *
 * Nothing new is declared for it: the row's column labels say which value is which. A card is read
 * only where it leaves one reading: right after the row's label, every column's label once (in any
 * order), each followed by exactly one value, and between them only words over columns (法人或其他组织);
 * anything else leaves the row to the other readers (null, as before).
 *
 * Table 四, a row in groups, comes as a card a group: the group's name (行政复议, 行政诉讼（未经复议直接起诉）,
 * 行政诉讼（复议后起诉）), then each of its five columns' labels with its value. It is read where every
 * group's card is found once, each column's label once with one value after it. */
#ifndef NB_ROWCARDS_H
#define NB_ROWCARDS_H
#include "celltok.h"

/* Reads the rows printed as cards among the tokens into the report's tables and takes their tokens out. */
void nb_card_rows(nb_tparse *tp);

#endif
