/* tablenote.c — the note under a table; see tablenote.h. */
#include "tablenote.h"

#include <string.h>

#include "utf8.h"

static const unsigned char *after(const unsigned char *p, const unsigned char *e, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(e - p) >= n && !memcmp(p, lit, n) ? p + n : NULL;
}

int nb_table_note(const unsigned char *s, const unsigned char *e)
{
    static const char *const words[] = {"注", "备注", "说明"};
    const unsigned char *p = nb_skip_blanks(s, e), *q;
    if (after(p, e, "（注") || after(p, e, "(注")) return 1;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if ((q = after(p, e, words[i])) && (after(q, e, "：") || after(q, e, ":"))) return 1;
    return 0;
}
