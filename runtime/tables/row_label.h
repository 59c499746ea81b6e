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

/* Whether s[0, n) is a piece of the label cells of a table as a narrow cell cuts them, by the labels of
 * some edition as the template prints them (nb_edition.labels): a numbered label cut short, its blanks
 * aside (4.保护第: the same numbering, 4、 and ４. that one too, and a proper start of its words, one
 * character at least); or the numbering of one of them, blanks, and a run of the characters of one
 * (（三） 定”: a group's marker beside the tail of 3.危及“三安全一稳定”). The test the outline's stream
 * is given: such a line in a table's section is a piece of it, not a heading (parse.h). */
int nb_template_label_piece(const unsigned char *s, size_t n);

#endif
