/* colcards.c — pairs of a column's label and its value, a line each (a card), left as they stand.
 * Part of columns.c's reader (columns_int.h).
 *
 * A phone template prints each row of a wide table as a card: the row's label on a line, then each
 * column's label with its value beside it (自然人  1094 / 法人或其他组织 / 商业企业  98 / …). Read as
 * aligned columns, each such line is an N line of one number, and the row's label above it, or the
 * group's word between two of them, would join its label (一、本年新收…自然人法人或其他组织 | 1094).
 * A run of four lines or more, each one short label that starts no row (no numbering marker) and one
 * number, with at most a word alone between them, is a card's: its lines are left as they stand, for
 * the table reader to read by their labels (runtime/tables/rowcards.c). */
#include "columns_int.h"

#include "utf8.h"

enum { CARD_RUN = 4, CARD_LABEL_CHARS = 8 };

/* Whether line l is a pair: one label piece, short and no row's start, then one number. */
static int pair_line(state *st, const cline *l)
{
    if (l->kind != N_LINE || l->np != 2 || l->nnum != 1) return 0;
    const piece *lab = P(st, l, 0);
    if (lab->num || lab->starter) return 0;
    size_t chars = 0;
    for (const unsigned char *p = st->in + lab->s, *e = st->in + lab->e; p < e; p += nb_u8len(p, e)) chars++;
    return chars <= CARD_LABEL_CHARS;
}

/* Whether line l is a word alone between pairs (法人或其他组织 over five of them). */
static int word_line(state *st, const cline *l)
{
    return l->kind != N_LINE && l->np == 1 && !P(st, l, 0)->num && !P(st, l, 0)->starter;
}

void nb_col_card_pairs(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b;) {
        if (!pair_line(st, &L[j])) {
            j++;
            continue;
        }
        size_t e = j, pairs = 0;
        while (e < b && (pair_line(st, &L[e]) || (word_line(st, &L[e]) && e + 1 < b && pair_line(st, &L[e + 1]))))
            pairs += pair_line(st, &L[e++]);
        if (pairs >= CARD_RUN)
            for (size_t k = j; k < e; k++) L[k].kind = OTHER_LINE;
        j = e;
    }
}
