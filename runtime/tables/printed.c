/* printed.c — whether a report's text is a print's; see printed.h. */
#include "printed.h"

#include <string.h>

int nb_text_is_print(const nb_report *r)
{
    return (r->format && !strcmp(r->format, "pdf")) || memchr(r->text.data, '\f', r->text.len) != NULL;
}
