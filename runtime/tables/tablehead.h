/* tablehead.h — table 三's header as text: what the readers of its columns ask of it. */
#ifndef NB_TABLEHEAD_H
#define NB_TABLEHEAD_H
#include <stddef.h>

#include "model.h"

/* Table 三's header: the text before byte at (its first row), from its section's title (收到和处理…)
 * on, at most NB_HEADER_BYTES of it, into [*s, *e). */
void nb_header_text(const nb_report *r, size_t at, const unsigned char **s, const unsigned char **e);

#define NB_HEADER_BYTES 3000 /* before a table's first row: its header, and its section's title */

#endif
