/* pdfrows_int.h — what the parts of the PDF row builder share (pdfrows.c, pdflines.c, pdfcells.c,
 * pdfwrap.c, pdfpagenum.c): a page's rebuilt lines, the pages' rules asked for once, and the functions
 * one part asks of another (each described where it is defined). */
#ifndef NB_PDFROWS_INT_H
#define NB_PDFROWS_INT_H
#include <stddef.h>
#include <stdint.h>

#include "grow.h"
#include "pdfrows.h"

typedef nb_glyph glyph;

/* A rebuilt line of a page: its glyphs [g, g + n) in reading order. */
typedef struct line {
    size_t g, n;
    double x1, x2, y1, y2, em;
    int page;
} line;

typedef struct vec {
    void *v;
    size_t n, cap, size;
} vec;

static inline void *vec_push(vec *a)
{
    nb_grow(&a->v, &a->cap, a->n, a->size);
    return (char *)a->v + a->n++ * a->size;
}

static inline int wide(uint32_t c) { return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F); }

/* A digit, ASCII or full-width (a Word page may type ２０). */
static inline int any_digit(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

static inline double gw(const glyph *g) { return g->x2 - g->x1; }
static inline double gh(const glyph *g) { return g->y2 - g->y1; }
static inline double gyc(const glyph *g) { return (g->y1 + g->y2) / 2; }

static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct cellbox {
    double x1, y1, x2, y2;
} cellbox;

/* The pages' rules, each asked for once, when first needed. */
typedef struct rulebook {
    nb_page_rules_fn fn;
    void *ctx;
    nb_rules *r;
    signed char *have; /* per page: 0 not asked, 1 in r, -1 not to be had */
} rulebook;

/* no cell (a tail that continues none, a line's cell not found) */
#define NO_CELL ((size_t)-1)

/* pdflines.c */
void nb_pdf_tall_boxes(glyph *g, size_t n);
void nb_pdf_page_lines(glyph *all, size_t from, size_t to, int page, vec *lines);
/* pdfcells.c */
size_t nb_pdf_line_cells_at(const glyph *g, const line *l, const nb_rules *r, int spaced, size_t *starts, size_t cap);
size_t nb_pdf_line_cells(const glyph *g, const line *l, const nb_rules *r, size_t *starts, size_t cap);
/* pdfwrap.c */
cellbox nb_pdf_cell_extent(const glyph *g, const line *l, size_t s, size_t e);
int nb_pdf_one_cell(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, size_t a, size_t hs,
                    size_t he, size_t b, size_t ts, size_t te);
int nb_pdf_number_cell(const glyph *g, const line *l, size_t s, size_t e);
void nb_pdf_join_wrapped(glyph *g, vec *ls, size_t from, int page, rulebook *rb);
void nb_pdf_join_straddled(glyph *g, vec *ls, size_t from, int page, rulebook *rb, unsigned char *wrap);
/* pdfpagenum.c */
int nb_pdf_foot_number(const glyph *g, const line *lv, size_t nl, const size_t *ncell, size_t i);
long nb_pdf_page_number_offset(const glyph *g, const line *l);
long nb_pdf_page_numbering(const glyph *g, const line *lv, size_t nl, const size_t *ncell);
/* pdfopen.c: whether right of line l's last value (its k cells start at starts[], the last two
   numbers), closed by its cell's border, the row runs on into a cell the page's clip cuts away whole
   (no border closes it); *x is where that cell stands */
int nb_pdf_open_cell(const glyph *g, const line *l, const size_t *starts, size_t k, const nb_rules *r, double *x);
/* pdfblank.c: the blank cells of table line l (its k cells start at starts[]) that the rules r show,
   closed boxes with no glyph of lines [from, to) in them: before[c] of them right before cell c;
   returns how many in all */
size_t nb_pdf_blank_cells(const glyph *g, const line *lv, size_t from, size_t to, const line *l, const size_t *starts,
                          size_t k, const nb_rules *r, size_t *before);
/* pdfnotes.c: mark[] set for the glyphs of a note's mark raised after a number (3581¹), per glyph */
void nb_pdf_note_marks(const glyph *g, const line *lv, size_t nl, unsigned char *mark);
/* pdfrows.c */
const nb_rules *nb_pdf_rules_of(rulebook *rb, int page);

#endif
