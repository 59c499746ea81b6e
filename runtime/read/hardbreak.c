/* hardbreak.c — pandoc Markdown's backslash line breaks, blanked; see hardbreak.h. */
#include "hardbreak.h"

#include <stdio.h>
#include <string.h>

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Whether [s, e) has a character other than a blank. */
static int has_text(const char *s, const char *e)
{
    for (; s < e; s++)
        if (!blank(*s)) return 1;
    return 0;
}

void nb_hardbreak_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\\', t->len)) return;
    size_t lines = 0, first = 0;
    char *lim = t->data + t->len;
    for (char *s = t->data; s < lim;) {
        char *nl = memchr(s, '\n', (size_t)(lim - s));
        char *e = nl ? nl : lim;
        char *b = e;
        if (b > s && b[-1] == '\r') b--;
        const char *q = b; /* the backslashes ending the line: an odd run ends in a break, \\ is one as written */
        while (q > s && q[-1] == '\\') q--;
        if ((b - q) % 2 && has_text(s, q) && nl) {
            char *next = nl + 1, *ne = memchr(next, '\n', (size_t)(lim - next));
            if (has_text(next, ne ? ne : lim)) {
                if (!lines) first = (size_t)(b - 1 - t->data);
                lines++;
                b[-1] = ' ';
            }
        }
        s = nl ? nl + 1 : lim;
    }
    if (lines && diag) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu line%s ending in Markdown's hard line break (a backslash) read as a line end",
                 lines, lines == 1 ? "" : "s");
        diag(ctx, "info", "markdown-break-blank", msg, first);
    }
}
