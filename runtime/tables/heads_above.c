/* heads_above.c — values no row took on the line right above a row's label: heads of its numbers
 * wrapped a digit a line (heads_above.h). */
#include "heads_above.h"

#include <stdint.h>
#include <string.h>

/* Token t is a piece of a label over rows or of text (三、 of 三、本年度办理结果, 本年度): no value. */
static int label_piece(const nb_ctok *t)
{
    return t->kind == NB_C_TEXT || (t->kind == NB_C_LABEL && t->label.kind == NB_L_GROUP);
}

size_t nb_heads_above(const nb_tparse *tp, size_t label_tok, int arity)
{
    const nb_ctok *label = &tp->toks.v[label_tok];
    size_t k = label_tok;
    /* past pieces of a group's label on the label's line or the one above (本年度 （一）予以公开) */
    while (k > 0 && label_piece(&tp->toks.v[k - 1]) && tp->toks.v[k - 1].span.line + 1 >= label->span.line) k--;
    if (k == 0 || tp->stray != k) return 0; /* the last value before them no row took */
    const nb_ctok *s = &tp->toks.v[k - 1];
    if (s->kind != NB_C_NUM || s->span.line + 1 != label->span.line) return 0;
    /* the run of values on that line, back to its start or a label's piece: fewer than the row's cells */
    int values = 0;
    size_t i = k;
    for (; i > 0 && tp->toks.v[i - 1].span.line == s->span.line; i--) {
        const nb_ctok *v = &tp->toks.v[i - 1];
        if (v->kind == NB_C_NUM) values++;
        else if (v->kind != NB_C_EMPTY) break;
    }
    if (values >= arity) return 0;
    if (i > 0 && tp->toks.v[i - 1].span.line == s->span.line && !label_piece(&tp->toks.v[i - 1])) return 0;
    const char *t = tp->r->text.data;
    return memchr(t + s->span.byte, '\f', label->span.byte - s->span.byte) ? 0 : k; /* a page's foot */
}

/* Whether line [s, e) holds numbers (ASCII digits) and blanks only, one digit at least. */
static int numbers_only(const char *s, const char *e)
{
    int digits = 0;
    for (; s < e; s++) {
        if (*s >= '0' && *s <= '9') digits = 1;
        else if (*s != ' ') return 0;
    }
    return digits;
}

static int token_on_line(const nb_tparse *tp, uint32_t line)
{
    for (size_t i = 0; i < tp->toks.n; i++)
        if (tp->toks.v[i].span.line == line) return 1;
    return 0;
}

size_t nb_pieces_beside(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    const nb_ctok *label = &tp->toks.v[label_tok];
    if (tp->print != 1 || !cells.count) return SIZE_MAX;
    for (size_t i = 0; i < cells.count; i++)
        if (tp->toks.v[cells.first + i].span.line != label->span.line) return SIZE_MAX;
    const char *t = tp->r->text.data, *end = t + tp->r->text.len;
    const char *ls = t + label->span.byte, *le = ls;
    while (ls > t && ls[-1] != '\n') ls--;
    while (le < end && *le != '\n') le++;
    /* the line above: [as, ls - 1); the line below: [le + 1, be) */
    if (ls > t) {
        const char *as = ls - 1;
        while (as > t && as[-1] != '\n') as--;
        if (numbers_only(as, ls - 1) && !token_on_line(tp, label->span.line - 1)) return (size_t)(as - t);
    }
    if (le < end) {
        const char *bs = le + 1, *be = bs;
        while (be < end && *be != '\n') be++;
        if (numbers_only(bs, be) && !token_on_line(tp, label->span.line + 1)) return (size_t)(bs - t);
    }
    return SIZE_MAX;
}
