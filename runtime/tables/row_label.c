/* row_label.c — a text that is exactly one row label of a template edition (row_label.h). */
#include "row_label.h"

#include <string.h>

#include "edition.h"
#include "markers.h"
#include "utf8.h"

/* [p, e) is a note in brackets, closed at its end: the label's own (（二）部分公开（区分处理的，…）) */
static int note(const unsigned char *p, const unsigned char *e)
{
    int open = (e - p >= 3 && !memcmp(p, "\xEF\xBC\x88", 3)) || (p < e && *p == '(');
    int close = (e - p >= 3 && !memcmp(e - 3, "\xEF\xBC\x89", 3)) || (p < e && e[-1] == ')');
    return open && close && e - p >= 2;
}

/* s[0, n) without its blanks into buf (NUL-terminated): its length, or 0 when it is empty or longer
 * than a row label is (512 bytes). */
static size_t unblanked(const unsigned char *s, size_t n, unsigned char buf[512])
{
    size_t m = 0;
    for (const unsigned char *p = s, *e = s + n; p < e;) {
        size_t b = nb_blank_at(p, e);
        if (b) {
            p += b;
            continue;
        }
        if (m + 1 >= 512) return 0;
        buf[m++] = *p++;
    }
    buf[m] = 0;
    return m;
}

int nb_template_row_label(const unsigned char *s, size_t n)
{
    unsigned char buf[512]; /* a row label is far shorter: a longer text is none */
    size_t m = unblanked(s, n, buf);
    if (!m) return 0;
    int starts = 0;
    for (int i = 0; nb_editions[i]; i++) {
        const unsigned char *end = NULL;
        nb_label l = nb_editions[i]->label(buf, buf + m, &end);
        if (!(l.kind == NB_L_ROW || l.kind == NB_L_HEADROW) || !end) continue;
        if (end == buf + m || note(end, buf + m)) return 1;
        starts = 1;
    }
    return starts ? 2 : 0;
}

int nb_template_spanning_piece(const unsigned char *s, size_t n, int head)
{
    for (int i = 0; nb_editions[i]; i++)
        for (const char *const *const *list = nb_editions[i]->spanning; list && *list; list++)
            for (const char *const *w = *list; *w; w++) {
                size_t wl = strlen(*w);
                if (head) {
                    if (n < wl && !memcmp(*w, s, n)) return 1;
                    continue;
                }
                for (size_t j = 0; j + n <= wl; j += nb_u8len((const unsigned char *)*w + j, (const unsigned char *)*w + wl))
                    if (!memcmp(*w + j, s, n)) return 1;
            }
    return 0;
}

int nb_template_label_head(const unsigned char *s, size_t n)
{
    unsigned char buf[512];
    size_t m = unblanked(s, n, buf);
    nb_marker cut, mk;
    if (!m || !nb_match_marker(buf, buf + m, &cut) || cut.end >= buf + m) return 0;
    size_t words = (size_t)(buf + m - cut.end);
    for (int i = 0; nb_editions[i]; i++)
        for (const char *const *const *list = nb_editions[i]->labels; list && *list; list++)
            for (const char *const *l = *list; *l; l++) {
                const unsigned char *p = (const unsigned char *)*l, *e = p + strlen(*l);
                if (nb_match_marker(p, e, &mk) && mk.style == cut.style && mk.num == cut.num &&
                    words < (size_t)(e - mk.end) && !memcmp(mk.end, cut.end, words))
                    return 1;
            }
    return 0;
}
