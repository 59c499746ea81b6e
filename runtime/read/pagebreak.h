/* pagebreak.h — a table row whose label a page break of pdftotext -layout split (3.危 / 及 / “三 at
 * the bottom of a page, 安全 / 一稳 / 定” at the top of the next), joined after the columns pass
 * (columns.h) where nothing else can be meant (pagebreak.c says when). */
#ifndef NB_PAGEBREAK_H
#define NB_PAGEBREAK_H
#include <stddef.h>

#include "buf.h"

/* text: what nb_columns made of in[0, n) (the same lines). Rewrites it with each such label joined
 * (the tail's lines left blank, the text's lines and length kept) and returns how many were. */
size_t nb_pagebreak_join(const unsigned char *in, size_t n, nb_buf *text);

#endif
