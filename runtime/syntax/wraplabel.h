/* wraplabel.h — a row label wrapped over the lines of its narrow cell, as text in reading order
 * gives a table (pdftotext without -layout or with -raw, a PDF viewer's copy): 2.其他法律行政 /
 * 法规禁止公开 / 0 0 4 208 0 0 212, or 3.危及“三安全一稳 0 0 0 75 0 0 75 / 定” where the row's
 * numbers stand after the label's head. The lines are one label only where together they make
 * exactly one row label of a template, and no line of them holds anything else. */
#ifndef NB_WRAPLABEL_H
#define NB_WRAPLABEL_H
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "pagebreak.h"

typedef struct nb_wrapped {
    const char *label;                  /* the pieces joined, in the arena */
    size_t n;
    uint32_t lines;                     /* the lines joined after the first */
    const unsigned char *num_s, *num_e; /* the row's numbers on those lines, or num_s == num_e */
    uint32_t num_line;                  /* the line they stand on: 0 the first, 1 the next … */
    const unsigned char *num_line_s;    /* where that line starts (num_line > 0) */
} nb_wrapped;

/* Whether s[0, n) is a piece of a word of a label that spans rows (本年度办理结果, 不予公开 …, without
 * their numbering), as the editions declare them (nb_edition.spanning): any run of its characters
 * (head 0), or a proper start of it (head 1). The stream is below the editions, so its caller passes
 * this test in, as it does is_label. */
typedef int (*nb_spanning_fn)(const unsigned char *s, size_t n, int head);

/* The text from s to the end of its line, with the lines right under it, is such a label: 1 and *w
 * set, else 0. is_label says whether a text is exactly one row label (1), starts with one (2) or
 * neither (0); spanning (may be NULL: none) knows the pieces of labels over rows, which may stand
 * among the label's lines. */
int nb_wrapped_label(nb_arena *a, const unsigned char *s, const unsigned char *lim, nb_row_label_fn is_label,
                     nb_spanning_fn spanning, nb_wrapped *w);

#endif
