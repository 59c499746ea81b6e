/* columns_int.h — what the parts of the reader of aligned columns share (columns.c and col*.c): a
 * line cut into pieces, the lines of a cluster, the reader's state, and the functions one part asks
 * of another (each described where it is defined). */
#ifndef NB_COLUMNS_INT_H
#define NB_COLUMNS_INT_H
#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "colheader.h"
#include "columns.h"

/* A piece of a line: the bytes [s, e) between blanks, at display columns [x0, x1). */
typedef struct piece {
    size_t s, e;
    int x0, x1;
    unsigned char num;     /* a number, or a placeholder for none (- / —) */
    unsigned char starter; /* starts a label: a numbering marker (1. （一） 三、) or 第…条 */
    unsigned char group;   /* a piece of a label spanning rows, left of the row's label */
    unsigned char unit;    /* the unit column of a 统计表 row (条 件 万元) between its label and value */
    unsigned char wrapped; /* a number continued on the next line inside its cell (18 over 1) */
    unsigned char over;    /* text over a column of numbers (its column + 1): no piece of the label (mark_over) */
    unsigned char doubt;   /* a number whose row is not known (between_two_labels): written with a ? */
    unsigned char numeral; /* a sub-item's number in a column of its own, no count (colnumcell.c) */
    size_t ts, te;         /* then the bytes of its continuation */
    size_t us, ue;         /* a number's unit wrapped under it (328 over 件): its bytes, or us == ue */
    size_t hs, he;         /* a piece of its cell on a line above it (colcut.c): its bytes, or hs == he */
    unsigned char mark;    /* with that piece (or its continuation), a number and its note mark cut apart
                              (797注 over 2, 797 over 注2: nb_col_note_marks): written glued, 797注2 */
} piece;

/* A line of a cluster: its bytes [s, e) (no line end), [next - e) the line end, its pieces. */
typedef struct cline {
    size_t s, e, next;
    size_t p0, np;  /* pieces [p0, p0 + np) */
    size_t nnum;    /* trailing number pieces */
    int kind;       /* N_LINE, LABEL_LINE, OTHER_LINE */
    size_t owner;   /* the N line it belongs to, or NONE */
    int cont;       /* the numbers it held were the tails of wrapped numbers of the line above */
    int numx;       /* where the numbers of the N lines next to it start (near_numbers) */
    int unplaced;   /* an N line whose values go on under it (colgoeson.c): 1 not placed by positions,
                       2 not rebuilt at all */
    size_t more, nmore; /* and the pieces of the rest of them [more, more + nmore) in pc, written
                           after its own; its line's index in ln, more_line (nmore 0: none) */
    size_t more_line;
    size_t stacked; /* the N line whose cell it holds a part of, above or below it (colstack.c), or NONE */
    unsigned stackcol; /* then that cell's column + 1 (0: each of its pieces' own, piece.over) */
    unsigned byorder;  /* an N line whose row takes that many such cells where no column is known: its
                          numbers and theirs in the order of their positions (colstack.c) */
    int joined;     /* an N line whose numbers colsplit.c joined with those of the line next to it: all
                       its cells, in order (its entry in st->ref counts its own line's alone) */
    size_t split;   /* a line of values alone whose numbers colsplit.c gave to the N line next to it: that
                       line, or NONE */
    int mark;       /* a row's line whose note mark took its count from the line above (nb_col_note_marks) */
    size_t gs, ge;  /* the bytes of its piece that went into a row's cell (a number cut from its note mark,
                       nb_col_note_marks): written blank where the line is written as it stands */
} cline;

enum { N_LINE = 1, LABEL_LINE, OTHER_LINE };
#define NONE ((size_t)-1)

typedef struct state {
    const unsigned char *in;
    size_t n;
    piece *pc;
    size_t npc, cappc;
    cline *ln;
    size_t nln, capln;
    int wide; /* columns a wide character takes in this text: 2 on a terminal (lynx), 1 in pdftotext's grid */
    int tabs; /* a TAB is a one-column separator before blanks that place a cell (the PDF reader's
                 table lines); otherwise a line with a TAB is a row whose cells are known */
    /* every N line of the text, for the columns of a row that lacks some numbers (blank cells) */
    struct nref {
        size_t off, line, x0; /* its byte offset, line number, first column in xs */
        unsigned k, page;     /* its numbers, and the page (form feeds before it) */
        unsigned block;       /* the stretch of rows it is in: a header or prose line starts another */
        int lab;              /* where its label ends (-1: none) */
    } *ref;
    size_t nref, capref;
    /* the stretches whose header gives their leaf columns (colheader.h), leaves [x0, x0 + k) of hx */
    struct nhead {
        unsigned block, page;
        size_t x0;
        unsigned k;
    } *hd;
    size_t nhd, caphd;
    nb_hpiece *hx;
    size_t nhx, caphx;
    struct span2 {
        int x0, x1;
    } *xs;
    size_t nxs, capxs;
    /* the starts of the lines whose first number is a sub-item's in a column of its own (colnumcell.c), in order */
    size_t *nml;
    size_t nnml, capnml;
    size_t line0; /* the line number of the cluster's first line */
    int flow;            /* the cluster is lynx's flow of a table whose cells break lines (flow_margin) */
    int paged;           /* the text has form feeds: pdftotext's pages, laid out in columns */
    size_t tail_break;   /* 1 + the offset of the form feed right after a cluster whose last line held
                            tails of wrapped numbers (colwrapped.c): heads, may be, of the next page's
                            first row; 0: none */
    int folding;         /* the cluster went on past a blank line in a folded table (colfold.c) */
} state;

static inline piece *P(state *st, const cline *l, size_t i) { return &st->pc[l->p0 + i]; }
/* Whether pieces c and q share a display column (a piece under a number, in its column). */
static inline int nb_col_overlaps(const piece *c, const piece *q) { return c->x0 < q->x1 && q->x0 < c->x1; }

/* Whether line l starts a page (a form feed first): nothing of one cell is joined across a page break. */
static inline int nb_col_page_start(const state *st, const cline *l) { return l->s < st->n && st->in[l->s] == '\f'; }

/* colfold.c: the cluster [a, b) written to o when it holds a table folded in two (its header repeated
 * on one line, two halves' rows side by side), its lines under the header as TAB rows of the header's
 * cells; the rows written, or 0 (o untouched) where it holds none or which half a cell is in is not
 * certain. */
size_t nb_col_folded(state *st, size_t a, size_t b, nb_buf *o);
/* Whether the cluster goes on past the blank line or page break at p: its last line is the header of a table folded
 * in two, or a row of it under such a header (st->folding), and the next line that is not blank is a
 * row of it (the PDF reader sets a blank line between rows). */
int nb_col_fold_goes_on(state *st, size_t p);

/* Whether [p, e) begins with s. Inline: the pieces' tests call it for every piece, and where LTO did
 * not inline it the calls cost 0.4 % of a parse. */
static inline int nb_col_lit(const unsigned char *p, const unsigned char *e, const char *s)
{
    size_t k = strlen(s);
    return (size_t)(e - p) >= k && memcmp(p, s, k) == 0;
}

/* colpieces.c */
int nb_col_numeric(const unsigned char *p, const unsigned char *e);
int nb_col_unit_word(const state *st, const piece *u);
/* Whether number piece p is a count with its unit typed after it (440 件, 8件): its cell ends there. */
int nb_col_count_unit(const state *st, const piece *p);
/* Whether [p, e) is a unit word (条 件 万元): a 统计表 row's unit column, or a count's own unit (5件). */
int nb_col_unit_text(const unsigned char *p, const unsigned char *e);
/* Whether [p, e) is the start of a longer unit word (万 of 万元, a unit broken over two lines). */
int nb_col_unit_head(const unsigned char *p, const unsigned char *e);
void nb_col_split_line(state *st, cline *l);
/* The trailing number pieces of line l counted again (nnum), and the 统计表 unit before them. */
void nb_col_count_numbers(state *st, cline *l);
/* Row labels of two ideographs spaced out to the width of longer ones (规　　章 over 行政规范性文件), which
 * pdftotext prints as two pieces (规    章  0  0  2), made one piece in the lines [a, b) of a cluster:
 * the line's only pieces before its numbers, each one ideograph, close, and no numbered label of the
 * lines next to it starting between them or where the second starts (供   制: the end of a label spanning
 * rows, beside the wrapped 制 of the row's own, 2.没有现成信息需要另行 / 制 / 作). */
void nb_col_spaced_labels(state *st, size_t a, size_t b);
int nb_col_may_end_row(const unsigned char *s, const unsigned char *e);
int nb_col_n_line(state *st, const cline *l);
piece *nb_col_last_label(state *st, const cline *l);
int nb_col_digits(const state *st, const piece *p);
int nb_col_grid_end(const state *st, const piece *p);
int nb_col_placeholder(const state *st, const piece *p);
int nb_col_indent(const state *st, const unsigned char *s, const unsigned char *e);

/* colrows.c */
void nb_col_assign(state *st, size_t a, size_t b);
void nb_col_lone_units(state *st, size_t a, size_t b);
int nb_col_near_numbers(state *st, size_t a, size_t b);
int nb_col_unit_row(state *st, const cline *l);
int nb_col_ends_left_of(const state *st, const cline *l, int numx);
void nb_col_lone_number(state *st, size_t a, size_t b);

/* colcards.c: a card's pairs (a column's label and its value, a line each) in lines [a, b), left as
 * they stand (OTHER_LINE) */
void nb_col_card_pairs(state *st, size_t a, size_t b);

/* colblank.c */
unsigned nb_col_header_columns(const nb_hpiece *leaf, unsigned k, const struct span2 *x, size_t n, unsigned *col);
size_t nb_col_mark_over(state *st, size_t r, size_t a, size_t b);
unsigned nb_col_place(const state *st, const cline *l, unsigned *col, size_t cap);
unsigned nb_col_columns(const state *st, const cline *l);
/* The N line of the text at line number `line`: its index in st->ref, or NONE. */
size_t nb_col_ref_at(const state *st, size_t line);
int nb_col_full_rows(const state *st, const cline *l, unsigned k, const struct nref **up, const struct nref **down);
const struct nhead *nb_col_header_of(const state *st, const cline *l);
/* colsplit.c: whether line l's k numbers at x[0..k), in the order of their columns, stand each within
 * its column among those of the rows of k numbers nearest to it (nb_col_full_rows, into *up, *down). */
int nb_col_in_full_rows(const state *st, const cline *l, const struct span2 *x, unsigned k, const struct nref **up,
                        const struct nref **down);

/* colgoeson.c */
/* Whether line l holds values only (numbers, placeholders), one at least, none of them wrapped tails,
 * no page break on it. */
int nb_col_values_only(const state *st, const cline *l);
/* Whether line l is laid out in columns: two pieces of it apart by more than one blank (text in
 * reading order, pdftotext -raw, sets a row's cells one blank apart). */
int nb_col_laid_out(state *st, const cline *l);
void nb_col_values_go_on(state *st, size_t a, size_t b);
void nb_col_values_own(state *st, size_t a, size_t b);

/* colnumcell.c */
/* The index among line l's pieces of its first number where that is a sub-item's number in a column
 * of its own, its label's lines up and down wrapped above and below it (NONE where not). */
size_t nb_col_numeral_cell(const state *st, const cline *l, const cline *up, const cline *down);
/* The lines of the whole text whose first number is such a number, into st->nml: those where a label
 * of the table stands left of that number on the rows around (beside a group's label: 1 | 属于国家秘密
 * under （三）不予公开), no table's 序号 column (1 | 一、本年新收…, numbering every row). */
void nb_col_find_numerals(state *st);
/* Whether the line at offset s is one of them. */
int nb_col_numeral_line(const state *st, size_t s);
/* Piece i of line l, its first number, made such a number: a label piece, no count of the row. */
void nb_col_set_numeral(state *st, cline *l, size_t i);
/* Such numbers of the lines of the cluster [a, b) made label pieces (no number of the row). */
void nb_col_numeral_cells(state *st, size_t a, size_t b);
/* The lines right above and below such a row given to it, after the label lines were assigned. */
void nb_col_numeral_own(state *st, size_t a, size_t b);

/* colrefs.c */
void nb_col_collect_refs(state *st);
void nb_col_stretch_headers(state *st);

/* colwrapped.c */
void nb_columns_wrapped(state *st, size_t a, size_t b);
void nb_columns_wrapped_around(state *st, size_t a, size_t b);

/* colcut.c */
void nb_col_cut_cells(state *st, size_t a, size_t b);
/* Numbers of the lines [a, b) whose note mark a narrow cell wrapped apart from them (797注 above the
 * row's line, 2 on it; 797 above it, 注2 on it): the row's piece takes the one above as its head
 * (mark), its line is taken, and a line that ends in such a 注2 is classified again. */
void nb_col_note_marks(state *st, size_t a, size_t b);
/* Numbers a print cut a digit a line around a row's line with no digit on it (2 over the row's line,
 * 0 under it: 20), where the lines right above and under the row hold only such digits, one under
 * each: each pair is put among the row's numbers as head↵tail, which the tables read only where the
 * row's sum proves the reading (sumjoin.c). */
void nb_col_cut_apart(state *st, size_t a, size_t b);

/* colflow.c */
int nb_col_flow_margin(state *st, size_t a, size_t b);
size_t nb_col_flow_assign(state *st, size_t a, size_t b, int m);
void nb_col_put_flow_row(state *st, size_t r, size_t a, size_t b, nb_buf *o);

/* colwrite.c */
void nb_col_put_piece(nb_buf *o, const unsigned char *in, const piece *p, const piece *before);
size_t nb_col_put_cluster(state *st, size_t a, size_t b, nb_buf *o);

/* colstack.c */
/* The first row of cluster [a, b) where it starts the page after a cluster whose last line held tails
 * of the numbers above them (st->tail_break): those digits may be heads of this row's numbers, wrapped
 * over the break (１ at a page's foot, ０ of １０ on the next page's first row), so its numbers are
 * doubtful (left null). (colwrapped.c) */
void nb_col_doubt_after_break(state *st, size_t a, size_t b);
void nb_col_stacked_cells(state *st, size_t a, size_t b);
/* The columns of row r's numbers where its cells stacked around it were placed by their order
 * (cline.byorder): the columns those cells leave, in order, into col; returns the row's columns, or 0. */
unsigned nb_col_free_columns(state *st, size_t r, size_t a, size_t b, unsigned *col);
void nb_col_stacked_own(state *st, size_t a, size_t b);

/* colsplit.c */
/* Rows whose numbers a print sets on two lines (some cells padded or aligned lower or higher than the
 * others): the values-alone line next to such a row's line given to it, its numbers in their columns. */
void nb_col_split_rows(state *st, size_t a, size_t b);
/* Those lines given to their rows, after the label lines were assigned. */
void nb_col_split_own(state *st, size_t a, size_t b);

/* colnolabel.c */
void nb_col_put_header_above(const unsigned char *in, size_t from, size_t to, nb_buf *o);
size_t nb_col_nolabel_row(const state *st);

/* colstackhead.c */
/* Where the header lines in[h, to) above a row without a label are printed a character a line (some
 * column of three or more single characters one under another), writes them to o with each column's
 * pieces of one or two characters joined top to bottom (行 / 政 / 复 / 议 as 行政复议), a word's cells a
 * TAB apart on the line of its top piece, as many bytes and lines as in[h, to); returns 1. Else 0,
 * o untouched. */
int nb_col_stacked_header(const unsigned char *in, size_t h, size_t to, nb_buf *o);
/* Whether the header lines in[h, to) are printed so (some column a character a line). */
int nb_col_header_stacked(const unsigned char *in, size_t h, size_t to);

#endif
