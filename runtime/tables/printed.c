/* printed.c — whether a report's text is a print's; see printed.h. */
#include "printed.h"

#include <string.h>

#include "utf8.h"

int nb_text_is_print(const nb_report *r)
{
    if (r->format && !strcmp(r->format, "pdf")) return 2;
    return memchr(r->text.data, '\f', r->text.len) != NULL;
}

uint32_t nb_text_col(const nb_report *r, const char *p)
{
    const unsigned char *t = (const unsigned char *)r->text.data, *e = (const unsigned char *)p, *s = e;
    while (s > t && s[-1] != '\n') s--;
    /* a page break pdftotext writes before a page's first line takes no column of it */
    while (s < e && *s == '\f') s++;
    int wide = r->format && !strcmp(r->format, "pdf");
    uint32_t col = 1;
    for (size_t k; s < e; s += k) {
        k = nb_u8len(s, e);
        uint32_t c = wide ? nb_u8decode(s, k) : 0;
        col += wide && (c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F)) ? 2 : 1;
    }
    return col;
}
