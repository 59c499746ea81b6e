/* celltok.h — the cell lexer every edition shares: table text into tokens for grammar/tables.y.
 *
 * A table arrives in one of two shapes: cells (a raw table: one cell per line, rows on a line with
 * tabs, pipes or blanks) or glued text (crawled page text, where the separators are lost:
 * 规范性文件7777166第二十条…). Cells are classified one by one; glued text is scanned, trying the
 * edition's labels at each position first, so 00000002.其他法律… ends its run of digits before 2. */
#ifndef NB_CELLTOK_H
#define NB_CELLTOK_H
#include "edition.h"
#include "numbers.h"
#include "parse.h"

typedef enum nb_ctok_kind { NB_C_LABEL, NB_C_NUM, NB_C_EMPTY, NB_C_GLUED, NB_C_TEXT } nb_ctok_kind;

typedef struct nb_ctok {
    nb_ctok_kind kind;
    nb_label label;   /* NB_C_LABEL */
    nb_str raw;       /* as written */
    nb_span span;
    int is_null;      /* NB_C_NUM: a dash or slash */
    double value;     /* NB_C_NUM */
    const char *unit; /* NB_C_NUM: a unit written in the cell (元, 万元, 件 …), or NULL */
    nb_str rest;      /* a cell's last NB_C_LABEL: the text after it that no label reads (采购总), squeezed */
    int rest_read;    /* that rest was read as its row's one value (partvalue.h) */
    int cut;          /* NB_C_NUM, null: the head of a number cut inside a thousands group (１，３), its
                         tail elsewhere: no row that takes it, or stands right under it, is read */
    const nb_cell *cell; /* a table cell's token: the cell (its row and column in its table); NULL for text */
} nb_ctok;

typedef struct nb_ctoks {
    nb_ctok *v;
    size_t n, cap;
} nb_ctoks;

typedef struct nb_tspan {
    size_t first, count;
} nb_tspan;

/* A row's cells glued into one run that its own sum did not split (tables.c, gluedrun.h), for the column
 * sums to read (colglued.h): the run (in the text, or joined from its pieces in the arena), where it starts. */
typedef struct nb_glued_run {
    const char *s; /* NULL: none */
    size_t n;
    nb_span span;
    int in_text; /* s is the text as written: a number's place is its offset from span */
} nb_glued_run;

/* A piece of a row printed wrapped, held until the pieces after it complete the row (rowpieces.h): the
 * header it opens with, its values, the row's place and the columns its header names. */
typedef struct nb_rowpiece {
    size_t head;
    nb_tspan cells;
    int row, first, count;
} nb_rowpiece;
enum { NB_MAX_PIECES = 4 }; /* a table wrapped into more pieces is not read as one row */

/* What the table grammar works on. */
typedef struct nb_tparse {
    nb_report *r;
    const nb_edition *ed;
    nb_ctoks toks;
    size_t next;
    size_t taken; /* tokens before this one are a row's cells, though the grammar ended the row before */
    size_t stray; /* 1 + the index of the last value no row took (nb_table_stray), or 0 */
    size_t surplus; /* 1 + the index of the last value of a row that has more values than cells, or 0 */
    size_t after_orphans[NB_MAX_ROWS]; /* 1 + the label token of a row whose label came right after values
                                          no row took (flow_rows.h), by the row's place in the edition */
    size_t below[NB_MAX_ROWS]; /* 1 + the label token of a row read from values on the lines after its label
                                  (a print's text in reading order, flow_chain.h), by the row's place */
    size_t short_row[NB_MAX_ROWS]; /* 1 + the first cell token of a row of a print one number short of its
                                      template's cells, all numbers (shorttotal.h), by the row's place */
    int short_n[NB_MAX_ROWS]; /* the values of that row, a cut one (37…) after its cells counted */
    nb_tspan groups_short; /* the cells of a print's grouped row (table 四) with fewer than the template's */
    int groups_short_row;  /* 1 + that row's place, or 0 (cutgroups.h) */
    const char *col_unit; /* the money unit the last column header states (本年收费金额（单位：元）) */
    int print;            /* the text is a print's (printed.h), asked once: the rows ask it often */
    size_t applicants_at; /* 1 + the byte of table 三's first row read, or 0: its header stands before it */
    nb_glued_run glued[NB_MAX_ROWS]; /* by the row's place: its run the row's sum left ambiguous */
    nb_rowpiece held[NB_MAX_PIECES];  /* the pieces of a wrapped row read so far (rowpieces.h) */
    int nheld;
    const char *const *part_of; /* the columns of the table a part of which is being read (tableparts.h), or NULL */
    int part_first, part_count; /* that part's columns */
    int part_next;              /* the column the next part of that table begins with (0: none read yet) */
} nb_tparse;

/* What reading a cell owes to no edition: trimmed, read as a number, or squeezed for the labels.
 * Edition detection labels every cell with each edition in turn, so this part is done once. */
typedef struct nb_cellpre {
    nb_ctok tok;               /* NB_C_EMPTY, NB_C_NUM, or NB_C_TEXT (trimmed raw and span) */
    const unsigned char *norm; /* NB_C_TEXT: the text squeezed (nb_squeeze), for the labels */
    size_t norm_n;
} nb_cellpre;

void nb_cell_prepare(nb_report *r, const nb_cell *cell, nb_cellpre *out);
/* A count written as approximate over two cells, the word a cell of its own (pdftotext in reading
 * order: 约 / 104, 162 / 余): the number of cur (after prev) is no count, left null and said, its cell
 * kept in its place (numbers.h: nb_approx_before, nb_approx_after). */
void nb_cell_approximate(nb_report *r, nb_cellpre *prev, nb_cellpre *cur);
void nb_ctok_cell(const nb_edition *ed, const nb_cellpre *cell, nb_ctoks *out);
void nb_ctok_text(const nb_edition *ed, nb_report *r, const nb_para *p, nb_ctoks *out);
void nb_ctoks_free(nb_ctoks *t);
/* A cell for [s, e) of cell c's text, with its span and row, in r's arena. */
const nb_cell *nb_cell_part(nb_report *r, const nb_cell *c, const unsigned char *s, const unsigned char *e);
/* [s, e) without any blank or line break (统　计　指　标 → 统计指标), NUL-terminated, in the arena.
 * NULs inside stay, so strlen may stop early: labels never hold one. */
char *nb_squeeze(nb_arena *a, const unsigned char *s, const unsigned char *e);
/* Cell c's text squeezed (nb_squeeze), in r's arena: a header word or a row label as the tables compare it. */
char *nb_cell_squeezed(nb_report *r, const nb_cell *c);
/* Whether cell c's text is a number (nb_parse_number), a dash or a blank one too (*is_null then, where
 * is_null is not NULL). */
int nb_cell_number(const nb_cell *c, int *is_null);
/* The table grammar's actions (tables.c). */
nb_tspan nb_tspan_add(nb_tspan s, size_t tok);
void nb_table_row(nb_tparse *tp, size_t label, nb_tspan cells);
/* A row's cells under its label, the row at its place row, d its declaration or a part of it (rowparts.h). */
void nb_table_cells(nb_tparse *tp, size_t label, nb_tspan cells, int row, const nb_rowdef *d);
/* Row d's cells (or a part's) null under the label, where none holds a cell yet (a diagnostic said why). */
void nb_table_nulls(nb_tparse *tp, size_t label, int row, const nb_rowdef *d);
/* Cell c, column col of d (null so far), gets value token v (NB_C_NUM): as written, and its value. */
void nb_table_value(nb_tparse *tp, nb_tcell *c, const nb_rowdef *d, int col, const nb_ctok *v);
/* Cell c holds value v written in unit (or NULL): converted to its column's unit and said, as every
 * reader of a row's values does (a flow's too: flow_cells.c). */
void nb_table_set_value(nb_tparse *tp, nb_tcell *c, const nb_rowdef *d, int col, double v, const char *unit);
/* The first token from i on that is not a blank cell (toks.n if none). */
size_t nb_next_filled(const nb_tparse *tp, size_t i);
/* The values right before token tok, back to the first token that is none; blank cells counted
 * as cells where blanks is set, else passed over. */
size_t nb_values_before(const nb_tparse *tp, size_t tok, int blanks);
void nb_table_stray(nb_tparse *tp, size_t tok);
void nb_table_end(nb_tparse *tp);
void nb_table_header(nb_tparse *tp, const nb_ctok *t);

/* Whether token t is the header word w[0, n): a label as written (or, text_too, a piece of text a
 * grammar read as no label), w and perhaps a note in brackets after it (行政复议（件）). */
int nb_token_is_word(const nb_ctok *t, const char *w, size_t n, int text_too);
/* Whether t is a number written in ASCII digits alone (no unit, dash, separator, decimal): a piece
 * that may join another into one number (flow_joins.c, tables.c's groups of thousands). */
int nb_token_digits(const nb_ctok *t);

#endif
