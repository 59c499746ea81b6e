/* colnumbers.c — a template's row of column numbers, taken out of the cells (colnumbers.h). */
#include "colnumbers.h"

#include <stdlib.h>
#include <string.h>

#include "splitter.h"
#include "tables.h"

/* Whether token i is the number k as a column is numbered: digits only, no sign, unit or dash (the
 * blanks that pad a cell of a layout print, pdftotext -layout's or the PDF reader's, around them). */
static int column_number(const nb_tparse *tp, size_t i, int k)
{
    const nb_ctok *t = &tp->toks.v[i];
    if (t->kind != NB_C_NUM || t->is_null || t->unit || t->value != (double)k) return 0;
    size_t from = 0, to = t->raw.n;
    while (from < to && (t->raw.p[from] == ' ' || t->raw.p[from] == '\t')) from++;
    while (to > from && (t->raw.p[to - 1] == ' ' || t->raw.p[to - 1] == '\t')) to--;
    if (from == to) return 0;
    for (size_t j = from; j < to; j++)
        if (t->raw.p[j] < '0' || t->raw.p[j] > '9') return 0;
    return 1;
}

/* The length of the run 1, 2, 3 … that starts at token i (0: none). */
static int run_at(const nb_tparse *tp, size_t i)
{
    int n = 0;
    while (i + (size_t)n < tp->toks.n && column_number(tp, i + (size_t)n, n + 1)) n++;
    return n;
}

/* Whether token t is the label's letter of a numbered header (甲, 乙 …), or a blank cell. */
static int label_column_mark(const nb_ctok *t)
{
    static const char *const letters[] = {"甲", "乙", "丙", "丁"};
    if (t->kind == NB_C_EMPTY) return 1;
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (nb_token_is_word(t, letters[i], strlen(letters[i]), 1)) return 1;
    return 0;
}

/* Whether the word 栏次 is token t (栏　次 too: a label's cell spaced out). */
static int lanci(const nb_ctok *t)
{
    if (t->kind != NB_C_TEXT && t->kind != NB_C_LABEL) return 0;
    static const char word[] = "栏次";
    size_t w = 0;
    for (size_t j = 0; j < t->raw.n;) {
        unsigned char c = (unsigned char)t->raw.p[j];
        if (c == ' ' || c == '\t') { j++; continue; }
        if (t->raw.n - j >= 3 && !memcmp(t->raw.p + j, "\u3000", 3)) { j += 3; continue; }
        if (w + 3 > sizeof word - 1 || memcmp(t->raw.p + j, word + w, 3)) return 0;
        w += 3;
        j += 3;
    }
    return w == sizeof word - 1;
}

/* Whether the run 1 … n adds up as row d declares (its last cell, or each group's, the sum of the
 * others): a run that does could be that row's counts. */
static int run_adds_up(const nb_rowdef *d, int n)
{
    int g = d->split == NB_SPLIT_GROUPS && d->group > 0 ? d->group : n;
    return g * (g - 1) / 2 == g;
}

/* Whether some row of the edition has n cells: with sums the run 1 … n cannot make where sums_only. */
static int row_of(const nb_tables *t, int n, int sums_only)
{
    for (int i = 0; i < t->keys.n; i++) {
        const nb_rowdef *d = t->keys.rows[i];
        if (d->arity != n) continue;
        if (!sums_only) return 1;
        if ((d->split == NB_SPLIT_SUM_LAST || d->split == NB_SPLIT_GROUPS) && !run_adds_up(d, n)) return 1;
    }
    return 0;
}

/* Whether token t is a header: a column, group or block label, a header row's, or header text. */
static int header(const nb_ctok *t)
{
    return t->kind == NB_C_TEXT || (t->kind == NB_C_LABEL && t->label.kind != NB_L_ROW && t->label.kind != NB_L_NONE);
}

/* The tokens of the column numbers that start at token i, marked in drop; how many (0: none). */
static size_t numbers_at(const nb_tparse *tp, const nb_tables *t, size_t i, char *drop)
{
    if (lanci(&tp->toks.v[i])) {
        size_t j = i + 1;
        while (j < tp->toks.n && label_column_mark(&tp->toks.v[j])) j++;
        int n = j < tp->toks.n ? run_at(tp, j) : 0;
        if (n < 2 || !row_of(t, n, 0)) return 0;
        memset(drop + i, 1, j + (size_t)n - i);
        return j + (size_t)n - i;
    }
    if (i == 0 || !header(&tp->toks.v[i - 1])) return 0;
    int n = run_at(tp, i);
    if (n < 4 || !row_of(t, n, 1)) return 0;
    memset(drop + i, 1, (size_t)n);
    return (size_t)n;
}

void nb_column_numbers_apart(nb_tparse *tp)
{
    if (tp->toks.n < 3) return;
    const nb_tables *t = nb_tables_get(tp->r, tp->ed);
    char *drop = calloc(tp->toks.n, 1);
    if (!drop) return;
    size_t runs = 0;
    nb_span first = {0};
    for (size_t i = 0; i < tp->toks.n;) {
        size_t n = numbers_at(tp, t, i, drop);
        if (n && !runs++) first = tp->toks.v[i].span;
        i += n ? n : 1;
    }
    if (runs) {
        size_t k = 0;
        for (size_t i = 0; i < tp->toks.n; i++)
            if (!drop[i]) tp->toks.v[k++] = tp->toks.v[i];
        tp->toks.n = k;
        nb_diag_add(tp->r, "info", "column-numbers-dropped", &first,
                    "%zu row%s of column numbers under a header (栏次 | 1 | 2 | 3 …, as a template numbers its "
                    "columns) read as no counts",
                    runs, runs > 1 ? "s" : "");
    }
    free(drop);
}
