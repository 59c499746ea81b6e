/* numbering.c — outline levels from the lists that are open; see numbering.h. */
#include "numbering.h"

#include <string.h>

/* Conventional depth of a style: a new list of a shallower style closes deeper lists. */
static int rank(nb_style s)
{
    switch (s) {
    case NB_STYLE_CN: return 1;
    case NB_STYLE_CN_PAREN: return 2;
    case NB_STYLE_AR: return 3;
    case NB_STYLE_AR_PAREN: return 4;
    default: return 5;
    }
}

static int bracketed(nb_style s) { return s == NB_STYLE_CN_PAREN || s == NB_STYLE_AR_PAREN; }

void nb_numbering_init(nb_numbering *n) { memset(n, 0, sizeof *n); }

/* Level of entry i: the real sections at or below it. */
static int level_of(const nb_numbering *n, int i)
{
    int level = 0;
    for (int k = 0; k <= i; k++) level += n->open[k].section;
    return level;
}

nb_placement nb_numbering_place(nb_numbering *n, nb_style style, int num, int is_section)
{
    nb_placement p = {0, NULL, 0};
    int i;
    /* 1. the open list of this style */
    for (i = 0; i < n->depth; i++)
        if (n->open[i].style == style) break;
    if (i < n->depth) {
        int last = n->open[i].last;
        p.expected = last + 1;
        if (num == last) p.code = "numbering-duplicate";
        else if (num > last + 1) p.code = "numbering-skip";
        else if (num < last) p.code = "numbering-order";
        if (num > last) n->open[i].last = num;
    } else {
        /* 2. a style slip: the next number of an open list of the same bracketing */
        for (i = n->depth - 1; i >= 0; i--)
            if (num > 1 && num == n->open[i].last + 1 && bracketed(style) == bracketed(n->open[i].style))
                break;
        if (i >= 0) {
            p.code = "numbering-style";
            p.expected = num;
            n->open[i].last = num;
        } else {
            /* 3. a new list: shallower styles close the deeper lists first */
            while (n->depth > 0 && rank(n->open[n->depth - 1].style) > rank(style)) n->depth--;
            i = n->depth;
            n->open[i].style = style;
            n->open[i].last = num;
            n->open[i].section = 0;
            n->depth++;
            p.expected = 1;
            if (num != 1) p.code = "numbering-skip";
        }
    }
    n->depth = i + 1;
    if (is_section) n->open[i].section = 1;
    p.level = level_of(n, i) + (n->open[i].section ? 0 : 1);
    return p;
}

int nb_numbering_expects(const nb_numbering *n, nb_style style, int num)
{
    for (int i = 0; i < n->depth; i++)
        if (n->open[i].style == style) return n->open[i].section && num == n->open[i].last + 1;
    if (num != 1) return 0;
    if (n->depth == 0) return style == NB_STYLE_CN;
    const int top = n->depth - 1;
    return n->open[top].section && rank(style) > rank(n->open[top].style);
}

int nb_numbering_goes_past(const nb_numbering *n, nb_style style, int num)
{
    for (int i = 0; i < n->depth; i++)
        if (n->open[i].style == style) return num > n->open[i].last;
    return 1;
}
