/* colcut.c — numbers a print cut a digit a line in their narrow cells, and notes wrapped around a
 * row's line. Part of columns.c's reader (columns_int.h).
 *
 * A browser breaks a line between any two full-width digits (１０２, typed so in a Word page), so in a
 * column one character wide a count stands a digit a line, centred on its row: １ above the row's
 * line, ０ on it, ２ under it (pdftotext -layout puts a label's lines between them, so they may stand
 * two lines off). Writer's print wraps a cell's note the same way (5（其中 / 2 件为 / 2022 / 年申 /
 * 请）), the row's line holding 2022. What stands on the row's line is then a piece of its cell, not
 * its number. Which row the pieces above and below belong to is not told by positions (a row's tail,
 * the next one's head), so no number is rebuilt from them: the row's number beside them is written
 * with them, head↵piece↵tail, no number (null, every piece in its diagnostic). The lines of the
 * pieces are left as they are. */
#include "columns_int.h"

#include <string.h>

/* Whether pieces p and q are digits of one form, both ASCII or both full-width: a number cut a digit a
 * line keeps its form (a full-width ３ under an ASCII 1 is another row's head). */
static int same_form(const state *st, const piece *p, const piece *q) { return (st->in[p->s] < 0x80) == (st->in[q->s] < 0x80); }

/* Whether piece p starts with a zero (0, ０): a number's head never does. */
static int zero_led(const state *st, const piece *p)
{
    return st->in[p->s] == '0' || (p->e - p->s >= 3 && !memcmp(st->in + p->s, "\xEF\xBC\x90", 3));
}

static int first_number_x(state *st, const cline *r) { return P(st, r, r->np - r->nnum)->x0; }

/* The starter of N line r's label (the rightmost one), or NULL. */
static const piece *label_starter(state *st, const cline *r)
{
    for (size_t i = r->np - r->nnum; i-- > 0;)
        if (P(st, r, i)->starter) return P(st, r, i);
    return NULL;
}

/* Whether line m, next to N line r (above it or under it), holds pieces of r's cells and no row of
 * its own: its numbers are digits, fewer than r's, each in the column of another number of r; its
 * other pieces, if any, stand left of r's numbers and are the start of r's own label above it, that
 * r's line goes on (（二）部分公开（区分处理 over 的，只计这一情形…, which has no marker). A line of
 * numbers with a label of its own next to r is a row (四、结转下年度继续办理 2 2 under （一）予以公开
 * 17 1 18, blank cells between; a label spanning rows, 三、本, may be a row's too): two rows. */
static int holds_pieces(state *st, const cline *r, const cline *m, int above)
{
    if (m->kind != N_LINE || !m->nnum || m->nnum >= r->nnum || m->cont) return 0;
    const piece *prev = NULL;
    for (size_t i = m->np - m->nnum; i < m->np; i++) {
        const piece *c = P(st, m, i), *hit = NULL;
        size_t hits = 0;
        for (size_t k = r->np - r->nnum; k < r->np; k++)
            if (nb_col_overlaps(c, P(st, r, k))) hits++, hit = P(st, r, k);
        if (!nb_col_digits(st, c) || hits != 1 || hit <= prev) return 0;
        prev = hit;
    }
    int goes_on = above && !label_starter(st, r);
    for (size_t i = 0; i < m->np - m->nnum; i++) {
        const piece *p = P(st, m, i);
        if (p->x1 >= first_number_x(st, r)) return 0;
        if (!(goes_on && label_starter(st, m))) return 0;
    }
    return 1;
}

/* Whether pieces [first, last] of a line stand in the column of number q of N line r alone: over no
 * other number of r, and no wider than q's column by more than two (a cell's note wrapped to its
 * width, 2 件为 over 2022; a header over the numbers, 本年处理决定数量, is wider). */
static int within(state *st, const cline *r, const piece *q, const piece *first, const piece *last)
{
    if (first->x0 < q->x0 - 2 || last->x1 > q->x1 + 2) return 0;
    for (size_t k = r->np - r->nnum; k < r->np; k++) {
        const piece *o = P(st, r, k);
        if (o != q && (o->x0 < last->x1 && first->x0 < o->x1)) return 0;
    }
    return 1;
}

/* Whether q, a number of N line j, has a number of j left of it, and line m's pieces over q's column
 * [first, last] start right of it: text in the numbers' columns, not a label's (the labels of text in
 * reading order, -raw, stand where its numbers do). */
static int right_of_numbers(state *st, const cline *r, const piece *q, const piece *first)
{
    return q != P(st, r, r->np - r->nnum) && first->x0 > (q - 1)->x1;
}

/* Whether the text over the column of number q of N line j, on the lines from m on away from j (dir),
 * is a cell's note wrapped there: pieces in q's column alone, on lines one after another (a label's
 * line between them and j aside), up to four, that open a bracket above j's line (dir -1: 5（其中 /
 * 2 件为) or close one under it (年申 / 请）). A unit under a number (件) or a header over it is none. */
static int note_around(state *st, size_t a, size_t b, size_t j, const piece *q, int dir, size_t m)
{
    static const char *const mark[2][2] = {{"(", "\xEF\xBC\x88"}, {")", "\xEF\xBC\x89"}};
    const cline *r = &st->ln[j];
    int found = 0;
    for (size_t n = 0; n < 4 && m >= a && m < b && !found; n++, m += (size_t)dir) {
        const cline *l = &st->ln[m];
        const piece *first = NULL, *last = NULL;
        for (size_t i = 0; i < l->np; i++)
            if (nb_col_overlaps(P(st, l, i), q)) {
                if (!first) first = P(st, l, i);
                last = P(st, l, i);
            }
        if (!first) break;
        if (!within(st, r, q, first, last) || !right_of_numbers(st, r, q, first)) return 0;
        for (size_t k = 0; k < 2 && !found; k++) {
            size_t len = strlen(mark[dir > 0][k]);
            for (size_t x = first->s; x + len <= last->e && !found; x++) found = !memcmp(st->in + x, mark[dir > 0][k], len);
        }
    }
    return found;
}

enum { NONE_HIT, DIGIT_HIT, TEXT_HIT };

/* What stands in the column of number q of N line j on the line next to j above it (dir -1) or
 * under it (+1), or on the one after that where the line between is no N line and holds nothing
 * there (a label's line between, in pdftotext -layout): its kind; the bytes [*s, *e) of its pieces
 * there, the line's index in *m. Digits count where their line holds pieces of j's cells
 * (holds_pieces); text (no number) where it stands right of j's label, in the numbers' columns. */
static int next_piece(state *st, size_t a, size_t b, size_t j, const piece *q, int dir, size_t *s, size_t *e,
                      size_t *m)
{
    const cline *r = &st->ln[j];
    for (size_t d = 1; d <= 2; d++) {
        if (dir < 0 ? j < a + d : j + d >= b) return NONE_HIT;
        *m = dir < 0 ? j - d : j + d;
        const cline *l = &st->ln[*m];
        const piece *first = NULL, *last = NULL;
        int text = 0;
        for (size_t i = 0; i < l->np; i++)
            if (nb_col_overlaps(P(st, l, i), q)) {
                if (!first) first = P(st, l, i);
                last = P(st, l, i);
                text |= !P(st, l, i)->num;
            }
        if (!first) {
            if (l->kind == N_LINE || l->np == 0) return NONE_HIT;
            continue;
        }
        *s = first->s;
        *e = last->e;
        if (!text)
            return first == last && nb_col_digits(st, first) && same_form(st, first, q) && holds_pieces(st, r, l, dir < 0)
                       ? DIGIT_HIT
                       : NONE_HIT;
        return note_around(st, a, b, j, q, dir, *m) ? TEXT_HIT : NONE_HIT;
    }
    return NONE_HIT;
}

/* The piece of line l that starts at byte s. */
static piece *piece_at(state *st, const cline *l, size_t s)
{
    for (size_t i = 0; i < l->np; i++)
        if (P(st, l, i)->s == s) return P(st, l, i);
    return NULL;
}

void nb_col_cut_cells(state *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        cline *r = &st->ln[j];
        if (r->kind != N_LINE || !nb_col_laid_out(st, r)) continue;
        for (size_t k = r->np - r->nnum; k < r->np; k++) {
            piece *q = P(st, r, k);
            if (!nb_col_digits(st, q)) continue;
            size_t us = 0, ue = 0, ds = 0, de = 0, mu = 0, md = 0;
            int hu = next_piece(st, a, b, j, q, -1, &us, &ue, &mu), hd = next_piece(st, a, b, j, q, 1, &ds, &de, &md);
            piece *up = hu ? piece_at(st, &st->ln[mu], us) : NULL;
            if (hu == DIGIT_HIT && zero_led(st, up)) hu = NONE_HIT; /* a head: never 0 */
            /* a piece under a 0 with none above: 0 is a whole number, the piece another row's */
            if (hd == DIGIT_HIT && hu == NONE_HIT && zero_led(st, q)) hd = NONE_HIT;
            /* digits right next to it, or pieces on both sides (a centred cell, its note) */
            if (!((hu == DIGIT_HIT && mu + 1 == j) || (hd == DIGIT_HIT && md == j + 1) || (hu && hd))) continue;
            if (hu) {
                q->hs = us;
                q->he = ue;
            }
            if (hd && !q->wrapped) {
                q->wrapped = 1;
                q->ts = ds;
                q->te = de;
            }
            /* the head's line a row's first (its label starts there): its number no whole one */
            if (hu == DIGIT_HIT && st->ln[mu].np > st->ln[mu].nnum && !up->wrapped) {
                up->wrapped = 1;
                up->ts = q->s;
                up->te = q->e;
            }
        }
    }
}
