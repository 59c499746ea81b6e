/* pagebreak.h — a table row whose label a page break of pdftotext -layout split (3.危 / 及 / “三 at
 * the bottom of a page, 安全 / 一稳 / 定” at the top of the next), joined after the columns pass
 * (columns.h) where nothing else can be meant (pagebreak.c says when). */
#ifndef NB_PAGEBREAK_H
#define NB_PAGEBREAK_H
#include <stddef.h>

#include "buf.h"

/* Whether a text is exactly one row label of a template: 1; starts with one: 2; neither: 0
 * (tables/row_label.h gives one). */
typedef int (*nb_row_label_fn)(const unsigned char *s, size_t n);

/* text: what nb_columns made of in[0, n) (the same lines). Rewrites it with each such label joined
 * (the tail's lines left blank, the text's lines and length kept) and returns how many were; *left:
 * how many split labels were seen but left as they are (not certain). is_label, when given, must
 * say that the pieces together are a row label (1) and the head alone neither is nor starts with
 * one (0). */
size_t nb_pagebreak_join(const unsigned char *in, size_t n, nb_buf *text, nb_row_label_fn is_label, size_t *left);

#endif
