/* grid_int.h — what the readers of drawn tables share (grid.c, grid_box.c, grid_md.c): the text's
 * lines, a line cut into tokens with their columns, and the rows a reader gives back. */
#ifndef NB_GRID_INT_H
#define NB_GRID_INT_H
#include <stddef.h>

#include "buf.h"
#include "grid.h"

/* How a tool measured a line: East Asian ambiguous characters one column wide or two, or every
 * character one column (links2 counts characters). */
enum { NB_M_NARROW, NB_M_WIDE, NB_M_CHARS, NB_M_COUNT };

typedef struct gel {     /* a token of a line */
    nb_gtok tok;
    size_t off, len;     /* bytes in the text */
    size_t chars, wide, amb; /* characters, wide and ambiguous ones, before this token on its line */
    size_t n;            /* its characters */
} gel;

typedef struct gline {
    size_t start, end;   /* the line's bytes, without its \n */
    int cand;            /* holds something a drawn table is made of */
} gline;

typedef struct gtext {
    const char *s;
    size_t len;
    gline *lines;
    size_t nlines;
    gel *el;             /* the tokens of one line at a time (gel_line) */
    size_t nel, elcap;
} gtext;

/* A table found: lines [first, last) are replaced by rows (TAB-separated, each ending in \n). */
typedef struct grepl {
    size_t first, last;
    nb_buf rows;
    size_t nrows, ncols;
    const char *what;    /* for the diagnostic: "box-drawing grid", "Markdown table", ... */
} grepl;

typedef struct greader {
    gtext *t;
    grepl *r;
    size_t nr, rcap;
    nb_enc_diag_fn diag;
    void *ctx;
} greader;

/* Tokens of line i into t->el; returns their number. */
size_t nb_gel_line(gtext *t, size_t i);

/* A token's column under a measure (the start of the token). */
static inline size_t nb_gel_col(const gel *e, int m)
{
    return m == NB_M_CHARS ? e->chars : e->chars + e->wide + (m == NB_M_WIDE ? e->amb : 0);
}
static inline size_t nb_gel_width(const gel *e, int m)
{
    if (e->tok == NB_G_WIDE) return m == NB_M_CHARS ? 1 : 2;
    if (e->tok == NB_G_AMBIG) return m == NB_M_WIDE ? 2 : 1;
    if (e->tok == NB_G_CR || e->tok == NB_G_EOL) return 0;
    return e->n;
}
static inline int nb_gel_border(nb_gtok k) { return k == NB_G_BAR || k == NB_G_JUNC || k == NB_G_RULE; }

/* Cell text: appends [s, e) trimmed to cell (a row's cell being built), joining it to what is
 * there with a blank unless either side is CJK (a cell wrapped over lines: 社会/公益/组织). Tabs
 * and line ends inside become blanks; pandoc's block quote mark (> ) before a line is dropped. */
void nb_gcell_join(nb_buf *cell, const char *s, const char *e);
/* Whether the text [a, b) (trimmed) goes on the number that cell's text ends in, with no blank
 * between: a line that starts with a thousands separator or a decimal point and a digit (4 / ,861;
 * 2947 / .65), the digits that finish a thousands group begun (8,39 / 7件), or the pieces of a
 * cell of two years' counts (8 / 6/77, 15/ / 29): grid_number.c. */
int nb_gcell_number_goes_on(const nb_buf *cell, const unsigned char *a, const unsigned char *b);
/* Drops the marks around a whole cell, as a reader of the Markdown sees it: strong emphasis
 * (**本年制发件数**: pandoc and html2text write a <th> or <b> cell so) and pandoc's bracketed span
 * ([行政许可]{.gk-font-song}: a <span class=…>); not the marks of two spans (**a**和**b**). */
void nb_gcell_drop_marks(nb_buf *cell); /* nb_grepl_row does it to every cell */
/* Drops the strong-emphasis marks (m: '*' for **, '_' for __) of a cell joined from lines that
 * were marked apart (html2text's <br>: **总计** / **商业 / 企业**; pandoc's wrapped cell: **社会** /
 * **公益**), inside it too; 0 and left as it is when they are not in pairs. */
int nb_gcell_drop_strong(nb_buf *c, char m);
/* The end of [s, e) without pandoc Markdown's hard line break: a backslash ending a cell's line (a
 * <br> in the cell, after the text of a <p>: 1\); a backslash that is text, it escapes (\\), stays.
 * The simple table's reader drops it from each line of a cell (grid_simple.c), nb_gcell_drop_marks
 * from the end of any reader's cell. */
static inline const char *nb_gcell_hard_break(const char *s, const char *e)
{
    return e > s && e[-1] == '\\' && !(e - s >= 2 && e[-2] == '\\') ? e - 1 : e;
}

/* A new replacement for lines [first, last), or NULL when they overlap one already taken. */
grepl *nb_grepl_new(greader *g, size_t first, size_t last, const char *what);
/* A warning that lines [first, last) hold a table (what) left as it was, and why. */
void nb_grid_unread(greader *g, size_t first, size_t last, const char *what, const char *why);
/* Drops the last replacement (a table that did not read), with a warning naming why. */
void nb_grepl_drop(greader *g, const char *why);
/* Appends a row of n cells to r. */
void nb_grepl_row(grepl *r, nb_buf *cells, size_t n);

/* Frames of one column around a grid (grid_frame.c): their lines rewritten in place, in [text,
 * text + len), as the text of their cell, so that the grid inside reads as any other. */
void nb_grid_unframe(char *text, size_t len);

/* The readers: each scans the lines and adds the tables it reads. */
void nb_grid_box(greader *g);     /* grids with borders (grid_box.c) */
/* Lines [first, last) read as a grid whose every row has all its cells, by counting bars
 * (grid_even.c); 0 when it is no such grid. */
int nb_grid_even(greader *g, size_t first, size_t last);
void nb_grid_markdown(greader *g); /* Markdown pipe tables, html2text's tables (grid_md.c) */
void nb_grid_simple(greader *g);   /* pandoc's simple and multiline tables (grid_simple.c) */
void nb_grid_html(greader *g);     /* HTML tables inside Markdown (grid_html.c) */

#endif
