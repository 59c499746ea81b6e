/* row_label.c — a text that is exactly one row label of a template edition (row_label.h). */
#include "row_label.h"

#include "edition.h"
#include "utf8.h"

int nb_template_row_label(const unsigned char *s, size_t n)
{
    unsigned char buf[512]; /* a row label is far shorter: a longer text is none */
    size_t m = 0;
    for (const unsigned char *p = s, *e = s + n; p < e;) {
        size_t b = nb_blank_at(p, e);
        if (b) {
            p += b;
            continue;
        }
        if (m + 1 >= sizeof buf) return 0;
        buf[m++] = *p++;
    }
    buf[m] = 0;
    if (!m) return 0;
    for (int i = 0; nb_editions[i]; i++) {
        const unsigned char *end = NULL;
        nb_label l = nb_editions[i]->label(buf, buf + m, &end);
        if ((l.kind == NB_L_ROW || l.kind == NB_L_HEADROW) && end == buf + m) return 1;
    }
    return 0;
}
