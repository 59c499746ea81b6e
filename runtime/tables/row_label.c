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
        if (!(l.kind == NB_L_ROW || l.kind == NB_L_HEADROW) || l.piece || !end) continue; /* (a piece: a cell's) */
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

/* What a line is tested against: a marker, and the text after it without blanks. */
typedef struct cut_line {
    nb_marker mk;
    const unsigned char *words;
    size_t n;
} cut_line;

/* The label [p, e), with its marker mk, is the one the line cuts short: the same numbering, and the
 * line's words a proper start of its words. */
static int cut_head(const unsigned char *p, const unsigned char *e, const nb_marker *mk, const cut_line *x)
{
    (void)p;
    return mk->style == x->mk.style && mk->num == x->mk.num && x->n < (size_t)(e - mk->end) &&
           !memcmp(mk->end, x->words, x->n);
}

/* The line's words are a run of the label's characters, numbering and all (定” of 3.危及“三安全一稳定”). */
static int piece_of(const unsigned char *p, const unsigned char *e, const nb_marker *mk, const cut_line *x)
{
    (void)mk;
    for (const unsigned char *q = p; q + x->n <= e; q += nb_u8len(q, e))
        if (!memcmp(q, x->words, x->n)) return 1;
    return 0;
}

/* The line's marker is a printed label's (（三） of （三）不予公开). */
static int same_marker(const unsigned char *p, const unsigned char *e, const nb_marker *mk, const cut_line *x)
{
    (void)p, (void)e;
    return mk->style == x->mk.style && mk->num == x->mk.num;
}

/* Whether test holds for one of the printed labels (nb_edition.labels) of some edition. */
static int any_label(int (*test)(const unsigned char *, const unsigned char *, const nb_marker *, const cut_line *),
                     const cut_line *x)
{
    nb_marker mk;
    for (int i = 0; nb_editions[i]; i++)
        for (const char *const *const *list = nb_editions[i]->labels; list && *list; list++)
            for (const char *const *l = *list; *l; l++) {
                const unsigned char *p = (const unsigned char *)*l, *e = p + strlen(*l);
                if (nb_match_marker(p, e, &mk) && test(p, e, &mk, x)) return 1;
            }
    return 0;
}

int nb_template_label_piece(const unsigned char *s, size_t n)
{
    unsigned char buf[512], raw[512];
    size_t m = unblanked(s, n, buf);
    cut_line x;
    if (!m || n >= sizeof raw || !nb_match_marker(buf, buf + m, &x.mk) || x.mk.end >= buf + m) return 0;
    x.words = x.mk.end;
    x.n = (size_t)(buf + m - x.mk.end);
    if (any_label(cut_head, &x)) return 1;
    /* a marker, blanks, then text: two cells side by side, a group label's numbering and a piece of
       a row's label beside it */
    memcpy(raw, s, n);
    raw[n] = 0;
    nb_marker mk;
    return nb_match_marker(raw, raw + n, &mk) && mk.end < raw + n && nb_blank_at(mk.end, raw + n) &&
           any_label(same_marker, &x) && any_label(piece_of, &x);
}
