/* rowstart.h — the mark a table row's label starts with, which no text wrapped inside a cell does:
 * a numbering marker (一、 （一） 1. （1） ①) or 第…条 (第二十条第（五）项). */
#ifndef NB_ROWSTART_H
#define NB_ROWSTART_H
#include <stddef.h>

/* Whether [p, e) starts with such a mark. */
int nb_row_starter(const unsigned char *p, const unsigned char *e);

#endif
