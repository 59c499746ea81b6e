/* pdfnotes.c — a note's mark raised after a number (pdfrows_int.h): Word prints a footnote reference
 * as a smaller digit set above the baseline, glued to the count it notes (3581¹). Read as glyphs of
 * one line, its digits would end the number (35811); marked, the row writer brackets them ([1]) as
 * Word's web page does, and the cell's reader sets the mark aside with a diagnostic. */
#include "pdfrows_int.h"
#include "utf8.h"

#define NOTE_SIZE 0.86 /* a mark's box at most this share of the number's height (a browser's <sup> is 83 %) */
#define NOTE_RISE 0.2  /* its bottom above the number's by this share of the number's height at least */
#define NOTE_GLUE 0.25 /* em: the gap between the number and its mark at most */


/* Whether b is smaller than a and raised above a's baseline (the box bottom: y grows down). */
static int raised_small(const glyph *a, const glyph *b)
{
    double h = gh(a);
    return h > 0 && gh(b) > 0 && gh(b) <= NOTE_SIZE * h && b->y2 <= a->y2 - NOTE_RISE * h && b->y1 >= a->y1 - 0.5 * h;
}

void nb_pdf_note_marks(const glyph *g, const line *lv, size_t nl, unsigned char *mark)
{
    for (size_t i = 0; i < nl; i++) {
        const line *l = &lv[i];
        const glyph *x = g + l->g;
        for (size_t j = 1; j < l->n;) {
            const glyph *a = &x[j - 1];
            if (!nb_ascii_digit(a->c) || !nb_ascii_digit(x[j].c) || !raised_small(a, &x[j]) || x[j].x1 - a->x2 > NOTE_GLUE * l->em) {
                j++;
                continue;
            }
            /* the mark's digits: one or two of its size, edge to edge; a number's digit after them
               (the mark would be inside the number) leaves them unmarked */
            size_t e = j + 1;
            while (e < l->n && nb_ascii_digit(x[e].c) && raised_small(a, &x[e]) && x[e].x1 - x[e - 1].x2 <= NOTE_GLUE * l->em) e++;
            int inside = e < l->n && nb_ascii_digit(x[e].c) && x[e].x1 - x[e - 1].x2 <= NOTE_GLUE * l->em;
            if (e - j <= 2 && !inside)
                for (size_t k = j; k < e; k++) mark[l->g + k] = 1;
            j = e;
        }
    }
}
