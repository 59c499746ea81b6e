/* strfmt.h — a message whose format takes only strings, formatted without stdio. */
#ifndef NB_STRFMT_H
#define NB_STRFMT_H

#include <stdarg.h>
#include <stddef.h>

/* What vsnprintf(out, cap, fmt, ap) writes (cap > 0), when fmt's conversions are only %s, %.*s and
 * %% and no string is NULL: the length it returns. Otherwise -1, out unspecified, and ap is left for
 * vsnprintf (it is read through a copy). A report's diagnostics quote its cells by the thousand:
 * glibc's vsnprintf costs about 3000 instructions for such a message, this a few a byte. */
int nb_strfmt(char *out, size_t cap, const char *fmt, va_list ap);

#endif
