/* tablehead.c — table 三's header as text (tablehead.h). */
#include "tablehead.h"

#include "utf8.h"

void nb_header_text(const nb_report *r, size_t at, const unsigned char **s, const unsigned char **e)
{
    const unsigned char *text = (const unsigned char *)r->text.data, *q;
    *e = text + (at < r->text.len ? at : r->text.len);
    *s = *e - text > NB_HEADER_BYTES ? *e - NB_HEADER_BYTES : text;
    while ((q = nb_find(*s, *e, "收到和处理")) != NULL) *s = q + 1;
}
