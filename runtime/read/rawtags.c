/* rawtags.c — block tags alone on a line of a text, blanked; see rawtags.h. */
#include "rawtags.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static int name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* The length of the block tag at s (< e), or 0: <name attributes…> or </name>, the name one of the
 * block elements, the attributes without < or > (a > in a quoted value makes it no match: the line
 * is left as it is). */
static size_t block_tag(const char *s, const char *e)
{
    static const char *names[] = {"div", "section", "article", "header", "footer",    "nav",
                                  "main", "aside",  "center",  "figure", "figcaption"};
    const char *p = s + 1;
    if (p < e && *p == '/') p++;
    const char *n = p;
    while (p < e && name_char(*p)) p++;
    size_t len = (size_t)(p - n);
    int known = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !known; i++)
        known = strlen(names[i]) == len && nb_starts_ci(n, len, names[i]);
    if (!known || p >= e || !(*p == '>' || blank(*p))) return 0;
    while (p < e && *p != '>' && *p != '<') p++;
    return p < e && *p == '>' ? (size_t)(p + 1 - s) : 0;
}

/* Whether [s, e) is block tags and blanks only, one tag at least. */
static int tags_only(const char *s, const char *e)
{
    int tags = 0;
    while (s < e) {
        if (blank(*s)) {
            s++;
            continue;
        }
        size_t n = *s == '<' ? block_tag(s, e) : 0;
        if (!n) return 0;
        s += n;
        tags++;
    }
    return tags > 0;
}

void nb_rawtags_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '<', t->len)) return;
    size_t lines = 0, first = 0;
    for (size_t p = 0; p < t->len;) {
        char *s = t->data + p;
        char *nl = memchr(s, '\n', t->len - p);
        char *e = nl ? nl : t->data + t->len;
        const char *f = s;
        while (f < e && blank(*f)) f++;
        if (f < e && *f == '<' && tags_only(f, e)) {
            if (!lines) first = p;
            lines++;
            for (char *c = s; c < e; c++)
                if (*c != '\r') *c = ' ';
        }
        p = (size_t)(e - t->data) + 1;
    }
    if (lines && diag) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu line%s of HTML block tags alone (<div>, </div>: kept so in Markdown) read as blank",
                 lines, lines == 1 ? "" : "s");
        diag(ctx, "info", "html-tags-blank", msg, first);
    }
}
