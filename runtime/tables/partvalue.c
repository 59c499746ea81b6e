/* partvalue.c — the one value of a one-column part set in its label's cell; see partvalue.h. */
#include "partvalue.h"

#include <string.h>

#include "utf8.h"

enum { MIN_GAP = 2 }; /* blanks between a label and its value: one may part a label from its note's mark */

/* Whether a row of d's table after row was read already: a value then out of the template's order. */
static int later_row_seen(const nb_edition_keys *keys, const unsigned char *seen, int row, const nb_rowdef *d)
{
    for (int k = row + 1; k < keys->n && k < NB_MAX_ROWS; k++)
        if (keys->rows[k]->cols == d->cols && seen[k]) return 1;
    return 0;
}

int nb_part_value_in_label(const nb_tparse *tp, const nb_edition_keys *keys, const unsigned char *seen,
                           size_t label_tok, nb_tspan cells, int row, const nb_rowdef *d, nb_str *raw,
                           nb_span *span, double *value)
{
    const nb_ctok *label = &tp->toks.v[label_tok];
    const nb_report *r = tp->r;
    if (d->arity != 1 || cells.count || !label->rest.n || label->span.byte >= r->text.len) return 0;
    if (later_row_seen(keys, seen, row, d)) return 0;
    const unsigned char *s = (const unsigned char *)r->text.data + label->span.byte;
    const unsigned char *text_end = (const unsigned char *)r->text.data + r->text.len;
    const unsigned char *e = memchr(s, '\n', (size_t)(text_end - s));
    if (!e) e = text_end;
    const unsigned char *ls = s, *le = e; /* the label's line from the label on, blanks off its end */
    nb_trim(&ls, &le);
    /* the line ends with the rest, as written: one number, nothing squeezed out of it */
    if ((size_t)(le - ls) <= label->rest.n || memcmp(le - label->rest.n, label->rest.p, label->rest.n)) return 0;
    const unsigned char *v = le - label->rest.n, *p = v;
    int blanks = 0;
    while (p > ls) {
        const unsigned char *c = nb_u8before(ls, p);
        size_t k = nb_blank_at(c, p);
        if (k != (size_t)(p - c)) break;
        blanks += k == 1 && *c == '\t' ? MIN_GAP : 1; /* a tab is a gap of its own */
        p = c;
    }
    if (blanks < MIN_GAP || p == ls) return 0;
    if (nb_digit_at(nb_u8before(ls, p), p, NULL)) return 0; /* digits on both sides of the gap: no label's end */
    int is_null;
    const char *unit;
    if (!nb_parse_number(v, le, value, &is_null, &unit) || is_null || unit) return 0;
    *raw = (nb_str){(const char *)v, label->rest.n};
    *span = label->span;
    span->byte += (size_t)(v - s);
    span->col += (uint32_t)nb_u8count(s, v);
    return 1;
}
