/* pagenum.h — a page number on a line of its own, as a print's foot or top leaves it in a text. */
#ifndef NB_PAGENUM_H
#define NB_PAGENUM_H

/* Whether [s, e) is a page number and nothing else, blanks aside: 3, - 3 -, — 5 —, 第 3 页 (共 8 页),
 * 3 / 8. */
int nb_page_number_line(const unsigned char *s, const unsigned char *e);

#endif
