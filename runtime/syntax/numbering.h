/* numbering.h — which outline level a numbered line has, and what is wrong with its numbering.
 *
 * Reports nest 一、 > （一） > 1. > （1） > ①, but real ones skip levels, repeat numbers and switch
 * styles mid-list (（3） after （二）). The level comes from the lists that are open, not from the
 * style alone: a marker continues the open list of its style; else a list whose next number it is
 * (a style slip); else it opens a new list below the innermost one a shallower style does not close. */
#ifndef NB_NUMBERING_H
#define NB_NUMBERING_H
#include "lexer.h"

typedef struct nb_numbering {
    struct {
        nb_style style;
        int last;    /* last number seen in this list */
        int section; /* a heading opened it (not only running sentences) */
    } open[NB_STYLE_COUNT];
    int depth;
} nb_numbering;

typedef struct nb_placement {
    int level;        /* 1-based outline level of the section, counting only real sections */
    const char *code; /* NULL, or numbering-duplicate / numbering-skip / numbering-style / numbering-order */
    int expected;     /* the number the list expected */
} nb_placement;

void nb_numbering_init(nb_numbering *n);
/* Places a marker. is_section: a heading (opens a section) or a running numbered sentence (keeps the
 * count but stays a paragraph). */
nb_placement nb_numbering_place(nb_numbering *n, nb_style style, int num, int is_section);
/* The marker is what the open lists expect next, without placing it: the next number of the open
 * list of its style (a list of headings), or a 1 that opens a list under the innermost heading (or the
 * first 一、 of an outline). Inside running text only such a marker can start a heading. */
int nb_numbering_expects(const nb_numbering *n, nb_style style, int num);
/* The marker goes on past the open list of its style (a number above its last), or no list of its
 * style is open: where a number drawn for a bare title of the frame may stand (总体情况 as 一、). */
int nb_numbering_goes_past(const nb_numbering *n, nb_style style, int num);

#endif
