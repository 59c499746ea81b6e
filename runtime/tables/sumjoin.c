/* sumjoin.c — numbers broken inside a narrow cell, proved one by the row's declared sum (sumjoin.h). */
#include "sumjoin.h"

#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "splitter.h"
#include "tables.h"
#include "utf8.h"

/* A row of table 三 printed in columns narrower than its numbers may have every cell broken (LibreOffice's
 * print of a Word page: 211 / 0, 15 / 34, … 1102 / 2): up to 7 cells, 5^7 combinations at most. A report's
 * rows together may try at most BUDGET combinations, so that text made to repeat such rows stays linear. */
enum { MAX_PIECES = 3, MAX_READINGS = MAX_PIECES + 2, MAX_BROKEN = 7, BUDGET = 1 << 22 };

/* The readings of a text of 2 or 3 runs of ASCII digits apart by single blanks or ↵, the last perhaps with a
 * unit (1 11, 83 9件): v[0] the runs joined (the broken number), then each run alone, then their sum;
 * 0 when the text is no such thing, or starts with a 0 (0 5 is no one number). A later run with a
 * leading zero (3 024) is no number alone either: the joined one is then the text's only reading. */
static int readings(const nb_ctok *t, double *v, const char **unit)
{
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    double piece[MAX_PIECES], joined = 0, sum = 0;
    int n = 0, zero_led = 0;
    *unit = NULL;
    if (s < e && *s == '0') return 0; /* 0 5, 0 12: a leading zero is no number's */
    while (s < e) {
        if (n == MAX_PIECES || *s < '0' || *s > '9') return 0;
        zero_led |= *s == '0' && s + 1 < e && s[1] >= '0' && s[1] <= '9';
        double p = 0;
        for (; s < e && *s >= '0' && *s <= '9'; s++) {
            p = p * 10 + (*s - '0');
            joined = joined * 10 + (*s - '0');
        }
        piece[n++] = p;
        sum += p;
        if (s < e && *s == ' ') {
            s++;
            continue;
        }
        if (e - s >= 3 && !memcmp(s, "\xE2\x86\xB5", 3)) { /* ↵: the PDF reader's wrap in one cell (columns.h) */
            s += 3;
            continue;
        }
        if (s < e) { /* a unit after the last run, and nothing else */
            *unit = nb_unit_word(s, e);
            if (!*unit) return 0;
            s = e;
        }
    }
    if (n < 2 || joined >= 1e9) return 0;
    v[0] = joined;
    if (zero_led) return 1;
    for (int i = 0; i < n; i++) v[1 + i] = piece[i];
    v[1 + n] = sum;
    return n + 2;
}

/* Group [a, b) of the row's tokens (the first in column col of d), the last the sum of the others: reads its broken numbers where
 * exactly one reading of the group satisfies the sum and it is the one with every number joined. A blank or a dash
 * among the parts counts none, and only the total may then be broken: whatever a blank part stood for (none, or a
 * number the page left out), the parts add up to the joined total at least, and every other reading of the total
 * (a piece, the pieces added) is less than the joined one; a broken part could be less by what a blank held. */
static void prove_group(nb_tparse *tp, const nb_rowdef *d, int col, size_t a, size_t b, long *budget)
{
    double val[NB_MAX_COLS][MAX_READINGS];
    int nread[NB_MAX_COLS];
    const char *unit[NB_MAX_COLS];
    size_t broken[MAX_BROKEN];
    int nbroken = 0, blanks = 0;
    for (size_t i = a; i < b; i++) {
        nb_ctok *t = &tp->toks.v[i];
        size_t k = i - a;
        if (t->kind == NB_C_NUM && !t->is_null) {
            val[k][0] = t->value;
            nread[k] = 1;
        } else if (t->kind == NB_C_TEXT && (nread[k] = readings(t, val[k], &unit[k]))) {
            if (nbroken == MAX_BROKEN) return;
            broken[nbroken++] = k;
        } else if (i + 1 < b && (t->kind == NB_C_EMPTY || (t->kind == NB_C_NUM && t->is_null))) {
            val[k][0] = 0;
            nread[k] = 1;
            blanks++;
        } else {
            return; /* a blank total, a text: the sum says nothing */
        }
    }
    if (!nbroken || (blanks && (nbroken > 1 || broken[0] + 1 != b - a))) return;
    long combos = 1;
    for (int j = 0; j < nbroken; j++) combos *= nread[broken[j]];
    if (combos > *budget) return;
    *budget -= combos;
    /* every combination of the broken cells' readings */
    int pick[MAX_BROKEN] = {0}, fits = 0, joined_fits = 0;
    for (;;) {
        double sum = 0, total = 0;
        for (size_t k = 0; k < b - a; k++) {
            int r = 0;
            for (int j = 0; j < nbroken; j++)
                if (broken[j] == k) r = pick[j];
            if (k + 1 == b - a) total = val[k][r];
            else sum += val[k][r];
        }
        if (sum == total) {
            fits++;
            int all_joined = 1;
            for (int j = 0; j < nbroken; j++) all_joined &= pick[j] == 0;
            joined_fits |= all_joined;
        }
        int j = 0;
        while (j < nbroken && ++pick[j] == nread[broken[j]]) pick[j++] = 0;
        if (j == nbroken) break;
    }
    if (fits != 1 || !joined_fits) return;
    for (int j = 0; j < nbroken; j++) {
        nb_ctok *t = &tp->toks.v[a + broken[j]];
        t->kind = NB_C_NUM;
        t->value = val[broken[j]][0];
        t->unit = unit[broken[j]];
        t->is_null = 0;
        nb_diag_add(tp->r, "warning", "cell-broken-sum", &t->span,
                    "%s.%s: \"%.*s\" read as %.0f, one number the tool broke over the lines of its narrow cell: "
                    "the row's sum holds with it and with no other reading of the pieces",
                    d->key, d->cols[col + (int)broken[j]], (int)(t->raw.n > 40 ? 40 : t->raw.n), t->raw.p, t->value);
    }
}

/* A text of two runs of digits or more (ASCII or full width) apart by single blanks, the last perhaps
 * with a unit (3 6件, ２ ０): a number broken in its narrow cell, or a cell holding two numbers. */
static int broken_shape(const nb_ctok *t)
{
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    int runs = 0;
    while (s < e) {
        size_t n, k = 0;
        while ((n = nb_digit_at(s, e, NULL))) s += n, k++;
        if (!k) return 0;
        runs++;
        if (s < e && *s == ' ') s++;
        else if (s < e && !nb_unit_word(s, e)) return 0;
        else s = e;
    }
    return runs >= 2 && t->raw.n && t->raw.p[t->raw.n - 1] != ' ';
}

/* The row's cells [first, b) on a line of TAB cells (a drawn table's row, the page's own): a text
 * of broken_shape that the sum did not prove is a cell without a number, in its place, so that the
 * row's other cells read in theirs (the line's cells are the table's columns, counted from its end);
 * left as a text, it would end the row and leave all of it null. */
static void unproved_in_place(nb_tparse *tp, const nb_rowdef *d, size_t first, size_t b)
{
    const char *text = tp->r->text.data;
    int tabs = -1; /* the cells' line has TABs: asked once, the cells [first, b) being on one line */
    for (size_t i = first; i < b; i++) {
        nb_ctok *t = &tp->toks.v[i];
        if (t->kind != NB_C_TEXT || !broken_shape(t)) continue;
        if (tabs < 0) {
            size_t ls = t->span.byte, le = t->span.byte;
            while (ls > 0 && text[ls - 1] != '\n') ls--;
            while (le < tp->r->text.len && text[le] != '\n') le++;
            tabs = memchr(text + ls, '\t', le - ls) != NULL;
        }
        if (!tabs) return;
        t->kind = NB_C_NUM;
        t->is_null = 1;
        t->value = 0;
        t->unit = NULL;
        nb_diag_add(tp->r, "warning", "cell-broken-null", &t->span,
                    "%s.%s: \"%.*s\" is a number the tool broke over the lines of its narrow cell, or two "
                    "numbers in one cell, and the row's sum does not tell which: left null in its column",
                    d->key, d->cols[i - first], (int)(t->raw.n > 40 ? 40 : t->raw.n), t->raw.p);
    }
}

/* The row whose values end the line of tokens [a, b): its label on the line (then blanks), or, for a
 * line of values alone, the row header before it (table 四's), the line holding exactly its cells. */
static const nb_rowdef *row_of_line(nb_tparse *tp, size_t a, size_t b)
{
    const nb_tables *t = nb_tables_get(tp->r, tp->ed);
    size_t l = b;
    while (l > a && tp->toks.v[l - 1].kind != NB_C_LABEL) l--;
    int alone = l == a;
    if (alone) /* the row header before the line, past the column headers under it (结果维持 …) */
        while (l > 0 && (tp->toks.v[l - 1].kind == NB_C_EMPTY || tp->toks.v[l - 1].kind == NB_C_TEXT ||
                         (tp->toks.v[l - 1].kind == NB_C_LABEL && (tp->toks.v[l - 1].label.kind == NB_L_COLUMN ||
                                                                   tp->toks.v[l - 1].label.kind == NB_L_MARK))))
            l--;
    if (l == 0 || tp->toks.v[l - 1].kind != NB_C_LABEL) return NULL;
    const nb_ctok *label = &tp->toks.v[l - 1];
    if (label->label.kind != NB_L_ROW && label->label.kind != NB_L_HEADROW) return NULL;
    int row = nb_edition_row_at(&t->keys, label->label.key, strlen(label->label.key));
    if (row < 0) return NULL;
    const nb_rowdef *d = t->keys.rows[row];
    if (alone && (label->label.kind != NB_L_HEADROW || b - a != (size_t)d->arity)) return NULL;
    if (alone) return d;
    if (b - l < (size_t)d->arity) return NULL;
    for (size_t i = l; i < b - (size_t)d->arity; i++) /* between the label and the values: blanks (its span) */
        if (tp->toks.v[i].kind != NB_C_EMPTY) return NULL;
    return d;
}

void nb_sum_join(nb_tparse *tp)
{
    long budget = BUDGET;
    for (size_t a = 0, b; a < tp->toks.n; a = b) {
        int any = 0;
        for (b = a; b < tp->toks.n && tp->toks.v[b].span.line == tp->toks.v[a].span.line; b++) {
            const char *u;
            double v[MAX_READINGS];
            any |= tp->toks.v[b].kind == NB_C_TEXT && (readings(&tp->toks.v[b], v, &u) || broken_shape(&tp->toks.v[b]));
        }
        const nb_rowdef *d = any ? row_of_line(tp, a, b) : NULL;
        if (!d) continue;
        size_t first = b - (size_t)d->arity, g = d->split == NB_SPLIT_GROUPS && d->group > 1 ? (size_t)d->group : (size_t)d->arity;
        if ((d->split == NB_SPLIT_SUM_LAST || d->split == NB_SPLIT_GROUPS) && (size_t)d->arity % g == 0)
            for (size_t s = first; s < b; s += g) prove_group(tp, d, (int)(s - first), s, s + g, &budget);
        unproved_in_place(tp, d, first, b);
    }
}
