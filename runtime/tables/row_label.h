/* row_label.h — whether a text is exactly one row label of a template edition, whatever the blanks
 * inside it: what the page-break join (read/pagebreak.c) asks before it joins a label's pieces. */
#ifndef NB_ROW_LABEL_H
#define NB_ROW_LABEL_H
#include <stddef.h>

/* 1 when s[0, n) without its blanks is a whole row label of some edition (3.危及“三安全一稳定”),
 * with the note in brackets that some labels carry (（二）部分公开（区分处理的，…）), closed; 2 when it
 * starts with one and goes on (the tables read the row by it); 0 otherwise (3.危及“三). */
int nb_template_row_label(const unsigned char *s, size_t n);

/* Whether s[0, n) is a piece of a word of a label over rows that some edition declares
 * (nb_edition.spanning): any run of its characters (head 0) or a proper start of it (head 1); an
 * empty s is a piece of any. The test the outline's stream is given (wraplabel.h). */
int nb_template_spanning_piece(const unsigned char *s, size_t n, int head);

/* Whether s[0, n), its blanks aside, is a numbered label of some edition cut short (nb_edition.labels):
 * the same numbering (4. of 4.保护第三方合法权益; 4、 and ４. are that one too) and a proper start of its
 * words, one character at least (4.保护第). The test the outline's stream is given: such a line in a
 * table's section is a piece of the table's label cell, not a heading (parse.h). */
int nb_template_label_head(const unsigned char *s, size_t n);

#endif
