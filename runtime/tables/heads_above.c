/* heads_above.c — values no row took on the line right above a row's label: heads of its numbers
 * wrapped a digit a line (heads_above.h). */
#include "heads_above.h"

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
