/* cutlast.c — a table's last column that a print cut off whole (cutlast.h). */
#include "cutlast.h"

#include <string.h>

#include "printed.h"
#include "utf8.h"

#define HEAD_LINES 16 /* lines looked at above the table's first row for its header */

/* Whether the character [c, c + k) occurs in [s, e). */
static int has_char(const char *s, const char *e, const char *c, size_t k)
{
    for (const char *p = s; p + k <= e; p++)
        if (!memcmp(p, c, k)) return 1;
    return 0;
}

/* How many characters of label l occur in [s, e), and how many it has. */
static size_t chars_in(const char *l, const char *s, const char *e, size_t *total)
{
    size_t n = 0;
    *total = 0;
    for (const unsigned char *p = (const unsigned char *)l, *le = p + strlen(l); p < le;) {
        size_t k = nb_u8len(p, le);
        if (!nb_blank_at(p, le)) {
            ++*total;
            n += has_char(s, e, (const char *)p, k);
        }
        p += k;
    }
    return n;
}

/* The text of the table's header: the lines right above the line of token t (the table's first row)
 * up to one with an ASCII digit (a row of the table before, a date) or HEAD_LINES of them. */
static void header_lines(const nb_tparse *tp, const nb_ctok *t, const char **s, const char **e)
{
    const char *text = tp->r->text.data, *p = text + (t->span.byte < tp->r->text.len ? t->span.byte : 0);
    while (p > text && p[-1] != '\n') p--;
    *e = p;
    for (int lines = 0; p > text && lines < HEAD_LINES; lines++) {
        const char *q = p - 1; /* the line end before */
        while (q > text && q[-1] != '\n') q--;
        for (const char *c = q; c < p; c++)
            if (*c >= '0' && *c <= '9') {
                *s = p;
                return;
            }
        p = q;
    }
    *s = p;
}

int nb_last_column_cut(const nb_tparse *tp, const nb_rowdef *d, size_t label_tok, nb_tspan cells)
{
    if (!tp->print || !d->col_labels || d->arity < 3 || cells.count + 1 != (size_t)d->arity) return 0;
    for (size_t i = 0; i < cells.count; i++)
        if (tp->toks.v[cells.first + i].kind != NB_C_NUM) return 0;
    const char *last = d->col_labels[d->arity - 1];
    for (int c = 0; c + 1 < d->arity; c++) { /* the last label shares no character with the others */
        size_t total;
        if (chars_in(last, d->col_labels[c], d->col_labels[c] + strlen(d->col_labels[c]), &total)) return 0;
    }
    /* the table's first row: the first label of a row of the same table (the key's first segment) */
    size_t seg = strcspn(d->key, ".");
    const nb_ctok *first = NULL;
    for (size_t i = 0; i <= label_tok && !first; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_LABEL && t->label.kind == NB_L_ROW && t->label.key && !strncmp(t->label.key, d->key, seg) &&
            (t->label.key[seg] == '.' || t->label.key[seg] == '\0'))
            first = t;
    }
    if (!first) return 0;
    const char *s, *e;
    header_lines(tp, first, &s, &e);
    size_t total;
    for (int c = 0; c + 1 < d->arity; c++)
        if (chars_in(d->col_labels[c], s, e, &total) != total) return 0;
    return chars_in(last, s, e, &total) == 0;
}
