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
 * pieces are left as they are.
 *
 * A cell's note mark raised after its number (797<sup>注2</sup>) wraps in a narrow column the same
 * way, but there the pieces tell which is which: a number that ends in 注, or a 注 with one or two
 * digits, is no whole cell, and nothing else completes it. The number and its mark are then one
 * cell, 797注2, which the tables read as 797 with its mark set aside (nb_col_note_marks). */
#include "columns_int.h"

#include <stddef.h>
#include <string.h>

#include "grow.h"

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

/* Whether line m is one number alone, on no page break: past a line whose digits nb_col_cut_apart put
 * in the row's cells (past_cut in holds_pieces), the third digit of a number cut a digit a line. */
static int lone_digits(state *st, const cline *m)
{
    return m->np == 1 && m->nnum == 1 && nb_col_digits(st, P(st, m, 0)) && !memchr(st->in + m->s, '\f', m->e - m->s);
}

/* Whether the line right above line m holds a number (a row's, whose tail m may hold: 1393 pushed
 * under its row's line by the note mark [3] after it). */
static int under_row(const state *st, const cline *m)
{
    if (m == st->ln) return 0;
    for (size_t i = 0; i < m[-1].np; i++)
        if (st->pc[m[-1].p0 + i].num) return 1;
    return 0;
}

/* Whether line m, next to N line r (above it or under it), holds pieces of r's cells and no row of
 * its own: its numbers are digits, fewer than r's, each in the column of another number of r; its
 * other pieces, if any, stand left of r's numbers and are the start of r's own label above it, that
 * r's line goes on (（二）部分公开（区分处理 over 的，只计这一情形…, which has no marker). A line of
 * numbers with a label of its own next to r is a row (四、结转下年度继续办理 2 2 under （一）予以公开
 * 17 1 18, blank cells between; a label spanning rows, 三、本, may be a row's too): two rows. */
static int holds_pieces(state *st, const cline *r, const cline *m, int above, int past_cut)
{
    /* (a number alone right above the row, on its page, and right under no row's line, whose tail it
       may be: a head, １ over the ０ of １０, as a print centres a cell of two lines on a row of one) */
    int lone = lone_digits(st, m) &&
               (past_cut || (above && m->kind != N_LINE && !nb_col_page_start(st, r) && !under_row(st, m)));
    if (!(m->kind == N_LINE || lone) || !m->nnum || m->nnum >= r->nnum || m->cont) return 0;
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
    int past_cut = 0;
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
            /* (a line whose pieces went into the row's cells, nb_col_cut_apart, is passed over) */
            if (l->kind == N_LINE || (l->np == 0 && l->ge == l->gs)) return NONE_HIT;
            past_cut = l->np == 0;
            continue;
        }
        *s = first->s;
        *e = last->e;
        if (!text)
            return first == last && nb_col_digits(st, first) && same_form(st, first, q) && holds_pieces(st, r, l, dir < 0, past_cut)
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

static int ascii_digits(const unsigned char *s, const unsigned char *e)
{
    if (s >= e) return 0;
    for (const unsigned char *p = s; p < e; p++)
        if (*p < '0' || *p > '9') return 0;
    return 1;
}

static const char zhu[] = "\xE6\xB3\xA8"; /* 注 */

/* Whether piece p is 注 and a note's number of one or two digits (注2): a mark with no count. */
static int lone_mark(const state *st, const piece *p)
{
    const unsigned char *s = st->in + p->s, *e = st->in + p->e;
    return e - s >= 4 && e - s <= 5 && !memcmp(s, zhu, 3) && ascii_digits(s + 3, e) && s[3] != '0';
}

/* Whether piece p is a count with 注 after it and no note's number (797注), or (bare) a count alone:
 * digits, no leading zero but in 0 itself. */
static int count_before_mark(const state *st, const piece *p, int bare)
{
    const unsigned char *s = st->in + p->s, *e = st->in + p->e;
    if (!bare) {
        if (e - s < 4 || memcmp(e - 3, zhu, 3)) return 0;
        e -= 3;
    }
    return ascii_digits(s, e) && (*s != '0' || e - s == 1);
}

/* The nearest line to line j in [a, b) in direction dir that holds pieces, a blank line between
 * them allowed (the PDF reader sets one between rows), or NONE; NONE too where a page starts between
 * them or on the later of the two (a form feed): a cell's pieces are on one page. */
static size_t next_line(const state *st, size_t a, size_t b, size_t j, int dir)
{
    size_t m = j;
    for (int d = 0; d < 2; d++) {
        if (dir < 0 ? m <= a : m + 1 >= b) return NONE;
        if (dir < 0 && nb_col_page_start(st, &st->ln[m])) return NONE;
        m = dir < 0 ? m - 1 : m + 1;
        if (dir > 0 && nb_col_page_start(st, &st->ln[m])) return NONE;
        if (st->ln[m].np) return m;
    }
    return NONE;
}

/* Line m's last piece where it may be a piece of a cell of N line l (its other pieces labels',
 * ending left of l's first number; none taken from it yet; no row of its own, or (lone) a line
 * of labels and that one number), or NULL. */
static piece *cell_piece(state *st, size_t m, const cline *l, int lone)
{
    const cline *c = &st->ln[m];
    if ((c->kind == N_LINE && !(lone && c->nnum == 1)) || c->ge > c->gs || !l->nnum) return NULL;
    int x = P(st, l, l->np - l->nnum)->x0;
    for (size_t i = 0; i + 1 < c->np; i++)
        if (P(st, c, i)->x1 > x || P(st, c, i)->num) return NULL;
    return P(st, c, c->np - 1);
}

/* Whether piece h stands in the column of piece q of line l and over no other piece of l. */
static int over_only(state *st, const cline *l, const piece *h, const piece *q)
{
    if (!nb_col_overlaps(h, q)) return 0;
    for (size_t i = 0; i < l->np; i++)
        if (P(st, l, i) != q && nb_col_overlaps(h, P(st, l, i))) return 0;
    return 1;
}

/* Whether line l holds a piece in the column of piece h. */
static int covers(state *st, const cline *l, const piece *h)
{
    for (size_t i = 0; i < l->np; i++)
        if (nb_col_overlaps(P(st, l, i), h)) return 1;
    return 0;
}

/* Whether line m (NONE: none), no row of its own, holds a piece in the column of piece h: then h may
 * be a piece of another cell than the one read (a number cut a digit a line, above). A row's number
 * there is a cell of its own. */
static int touched(state *st, size_t m, const piece *h) { return m != NONE && st->ln[m].kind != N_LINE && covers(st, &st->ln[m], h); }

/* The pieces of the lines from line `from` on move by d places in the array (a piece taken out of
 * line from - 1 or put in it): every line's pieces stay in order, as nb_col_spaced_labels expects. */
static void shift_lines(state *st, size_t from, int d)
{
    for (size_t k = from; k < st->nln; k++) st->ln[k].p0 = (size_t)((ptrdiff_t)st->ln[k].p0 + d);
}

/* Piece i of line m taken out of it, for a cell of a row's: returned; its bytes (the line's, once it
 * has no piece left) are written blank where the line is written as it stands, and the line is
 * classified again. */
static piece take_piece(state *st, size_t m, size_t i)
{
    cline *c = &st->ln[m];
    size_t at = c->p0 + i;
    piece p = st->pc[at];
    c->gs = c->np == 1 ? c->s : p.s; /* (its last piece: the whole line blank) */
    c->ge = c->np == 1 ? c->e : p.e;
    memmove(&st->pc[at], &st->pc[at + 1], (st->npc - at - 1) * sizeof *st->pc);
    st->npc--;
    c->np--;
    shift_lines(st, m + 1, -1);
    nb_col_count_numbers(st, c);
    c->kind = nb_col_n_line(st, c) ? N_LINE : 0;
    return p;
}

static piece take_last(state *st, size_t m) { return take_piece(st, m, st->ln[m].np - 1); }

/* Piece i of line m, above piece q, the head of q's cell, ended by a note mark's 注 (mark) or cut
 * from q's digits (q's fields set first: taking the piece out moves the pieces of the lines after m,
 * q's too). */
static void take_head(state *st, piece *q, size_t m, size_t i, int mark)
{
    const piece *h = P(st, &st->ln[m], i);
    q->hs = h->s;
    q->he = h->e;
    q->mark = (unsigned char)mark;
    take_piece(st, m, i);
}

/* Where a piece starting at column x goes among line l's pieces: after those that end by x. */
static size_t index_at(state *st, const cline *l, int x)
{
    size_t k = 0;
    while (k < l->np && P(st, l, k)->x1 <= x) k++;
    return k;
}

/* Piece i of line t, under a row's line with nothing of its cell on it, put among line j's pieces at
 * index k (where its column is); returns it there (the array moved). */
static piece *move_tail(state *st, size_t j, size_t t, size_t i, size_t k)
{
    piece tail = take_piece(st, t, i);
    nb_grow((void **)&st->pc, &st->cappc, st->npc, sizeof *st->pc);
    cline *l = &st->ln[j];
    size_t at = l->p0 + k;
    memmove(&st->pc[at + 1], &st->pc[at], (st->npc - at) * sizeof *st->pc);
    st->npc++;
    st->pc[at] = tail;
    l->np++;
    shift_lines(st, j + 1, 1);
    nb_col_count_numbers(st, l);
    return &st->pc[at];
}

static int mark_number(const state *st, const piece *q)
{
    return q->e - q->s <= 2 && ascii_digits(st->in + q->s, st->in + q->e) && st->in[q->s] != '0';
}

/* 797 above, 注2 on line j among its numbers or after its label: the mark is a cell of the row, its
 * count above it (on a line of its own, or beside a label spanning rows: 三、 797). Whether found
 * (the count then taken into the mark's cell); else line j is as it was. */
static int mark_with_count_above(state *st, size_t a, size_t b, size_t j)
{
    cline *l = &st->ln[j];
    size_t k = l->np;
    while (k > 1 && P(st, l, k - 1)->num) k--;
    if (!lone_mark(st, P(st, l, k - 1))) return 0; /* the mark, and the numbers after it */
    int kind = l->kind;
    P(st, l, k - 1)->num = 1;
    nb_col_count_numbers(st, l);
    l->kind = nb_col_n_line(st, l) ? N_LINE : 0;
    size_t m = l->kind == N_LINE && l->nnum >= 2 ? next_line(st, a, b, j, -1) : NONE;
    const piece *h = m != NONE ? cell_piece(st, m, l, 1) : NULL;
    piece *q = P(st, l, k - 1);
    if (h && count_before_mark(st, h, 1) && over_only(st, l, h, q) && !touched(st, next_line(st, a, b, m, -1), h)) {
        take_head(st, q, m, st->ln[m].np - 1, 1);
        return 1;
    }
    q->num = 0;
    nb_col_count_numbers(st, l);
    l->kind = kind;
    return 0;
}

/* 797 a number of row j's, 注2 under it ending the line below (where the row's label goes on: 信息
 * 注2 under 1.本机关不掌握相关政府): the mark's cell is the count's. Whether found. */
static int mark_under_count(state *st, size_t a, size_t b, size_t j)
{
    cline *l = &st->ln[j];
    size_t t = next_line(st, a, b, j, 1);
    const piece *u = t != NONE ? cell_piece(st, t, l, 0) : NULL;
    if (!u || !lone_mark(st, u) || touched(st, next_line(st, a, b, t, 1), u)) return 0;
    for (size_t k = l->np - l->nnum; k < l->np; k++) {
        piece *q = P(st, l, k);
        if (!count_before_mark(st, q, 1) || !over_only(st, l, u, q) || q->wrapped) continue;
        piece m = take_last(st, t);
        q->wrapped = 1;
        q->ts = m.s;
        q->te = m.e;
        q->mark = 1;
        return 1;
    }
    return 0;
}

void nb_col_note_marks(state *st, size_t a, size_t b)
{
    /* first the marks on a row's line (注2 among its numbers), then the rows' numbers over or under a
       mark: a line that ends in such a mark is no label's */
    for (size_t j = a; j < b; j++) st->ln[j].mark = st->ln[j].np >= 2 && mark_with_count_above(st, a, b, j);
    for (size_t j = a; j < b; j++) {
        cline *l = &st->ln[j];
        if (l->np < 2 || l->mark || l->kind != N_LINE || mark_under_count(st, a, b, j)) continue;
        size_t m = next_line(st, a, b, j, -1);
        const piece *h = m != NONE ? cell_piece(st, m, l, 0) : NULL;
        if (!h || !count_before_mark(st, h, 0) || touched(st, next_line(st, a, b, m, -1), h)) continue;
        /* 797注 above, 2 a number of the row's: the mark's number */
        piece *q = NULL;
        for (size_t k = l->np - l->nnum; k < l->np && !q; k++)
            if (mark_number(st, P(st, l, k)) && over_only(st, l, h, P(st, l, k))) q = P(st, l, k);
        if (q) {
            take_head(st, q, m, st->ln[m].np - 1, 1);
            continue;
        }
        /* 797注 above and 2 under the row's line, in a column where the line holds nothing of the cell:
           put among the row's numbers, right of its label */
        if (covers(st, l, h)) continue;
        size_t t = next_line(st, a, b, j, 1);
        const piece *u = t != NONE ? cell_piece(st, t, l, 0) : NULL;
        if (!u || !mark_number(st, u) || !nb_col_overlaps(h, u) || covers(st, l, u) ||
            touched(st, next_line(st, a, b, t, 1), u))
            continue;
        size_t k = index_at(st, l, u->x0);
        if (k < l->np - l->nnum || (k && P(st, l, k - 1)->x1 > h->x0)) continue;
        q = move_tail(st, j, t, st->ln[t].np - 1, k);
        take_head(st, q, m, st->ln[m].np - 1, 1);
    }
}

void nb_col_cut_cells(state *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        cline *r = &st->ln[j];
        if (r->kind != N_LINE || !nb_col_laid_out(st, r)) continue;
        for (size_t k = r->np - r->nnum; k < r->np; k++) {
            piece *q = P(st, r, k);
            if (!nb_col_digits(st, q) || q->mark) continue;
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

/* Whether every piece of line m is digits of q's form and stands right of the labels of N line l. */
static int digits_beside(state *st, const cline *m, const cline *l, const piece *q)
{
    const piece *lab = l->np > l->nnum ? P(st, l, l->np - l->nnum - 1) : NULL;
    for (size_t i = 0; i < m->np; i++) {
        const piece *p = P(st, m, i);
        if (!nb_col_digits(st, p) || !same_form(st, p, q) || (lab && p->x0 <= lab->x1)) return 0;
    }
    return m->np > 0;
}

/* Whether line m may hold pieces of N line l's cells: no row of its own, or values alone, fewer than
 * l's. */
static int values_apart(const cline *m, const cline *l) { return m->kind != N_LINE || (m->np == m->nnum && m->nnum < l->nnum); }

/* Whether row l's numbers with those of lines up and down (one under each) stand each within its
 * column among the whole rows nearest to it. */
static int in_whole_rows(const state *st, const cline *l, const cline *up, const cline *down)
{
    enum { MAX = 64 };
    struct span2 x[MAX];
    unsigned k = 0;
    size_t i = l->np - l->nnum, n = 0;
    if (l->nnum + up->np > MAX) return 0;
    while (i < l->np || n < up->np) { /* the row's numbers and the pairs, in the order of their columns */
        const piece *h = n < up->np ? &st->pc[up->p0 + n] : NULL, *u = n < down->np ? &st->pc[down->p0 + n] : NULL;
        if (i < l->np && (!h || st->pc[l->p0 + i].x0 < h->x0)) {
            x[k++] = (struct span2){st->pc[l->p0 + i].x0, st->pc[l->p0 + i].x1};
            i++;
        }
        else {
            x[k++] = (struct span2){h->x0 < u->x0 ? h->x0 : u->x0, h->x1 > u->x1 ? h->x1 : u->x1};
            n++;
        }
    }
    const struct nref *ru, *rd;
    return nb_col_in_full_rows(st, l, x, k, &ru, &rd);
}

void nb_col_cut_apart(state *st, size_t a, size_t b)
{
    for (size_t j = a + 1; j + 1 < b; j++) {
        cline *l = &st->ln[j];
        size_t m = j - 1, t = j + 1;
        if (l->kind != N_LINE || !l->nnum || !nb_col_laid_out(st, l) || nb_col_page_start(st, l) || nb_col_page_start(st, &st->ln[t]))
            continue; /* (a cell's pieces are on one page) */
        const cline *up = &st->ln[m], *down = &st->ln[t];
        /* (a line of such digits alone, two or more, is an N line of values: fewer than the row's) */
        if (!values_apart(up, l) || !values_apart(down, l) || up->np != down->np || up->ge > up->gs || down->ge > down->gs ||
            !digits_beside(st, up, l, P(st, l, l->np - 1)) || !digits_beside(st, down, l, P(st, l, l->np - 1)))
            continue;
        /* each piece over one under it, in a column where the row's line has nothing, its head no 0 */
        int ok = 1;
        for (size_t i = 0; i < up->np && ok; i++) {
            const piece *h = P(st, up, i), *u = P(st, down, i);
            ok = nb_col_overlaps(h, u) && !covers(st, l, h) && !covers(st, l, u) && !zero_led(st, h) &&
                 (i + 1 == up->np || (P(st, up, i + 1)->x0 >= u->x1 && P(st, down, i + 1)->x0 >= h->x1));
        }
        if (!ok) continue;
        /* the lines beyond them hold nothing in those columns (but rows' numbers): no third piece */
        size_t before = m > a ? m - 1 : NONE, after = t + 1 < b ? t + 1 : NONE;
        for (size_t i = 0; i < up->np && ok; i++) {
            const piece *h = P(st, up, i), *u = P(st, down, i);
            ok = !touched(st, before, h) && !touched(st, after, u);
        }
        /* and the row's numbers with the pairs stand each in its column among the whole rows nearest
           to it: the row then has all its cells, in order */
        if (!ok || !in_whole_rows(st, l, up, down)) continue;
        while (st->ln[m].np) {
            piece *q = move_tail(st, j, t, 0, index_at(st, l, P(st, &st->ln[t], 0)->x0));
            take_head(st, q, m, 0, 0);
            l = &st->ln[j];
        }
        l->joined = 1; /* all its cells, in order: no blank cell to place (nb_col_place) */
    }
}
