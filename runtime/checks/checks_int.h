/* checks_int.h — what the files of the checks share (checks.c runs them in order):
 *
 *     check_list.c      the list of checks, and a check's outcome
 *     check_text.c      the words of messages: numbers, quoted phrases, cell names, why a cell is blank
 *     edition_view.c    a report's tables seen through its edition: rows and cells by key
 *     rule_engine.c     evaluating an equation between sums of cells (the terms of a rule)
 *     rules_declared.c  R1–R4 and R7 as data over the canonical keys; R2 from the rows' declarations
 *     r5_counts.c       R5: counts are never negative; the legacy 统计表's parents are their sums
 *     r6_prose.c        R6: the counts the prose states against the table's cells
 *     consistency.c     C1–C3: the statistics period, the publication date, the edition, against the year
 *     culprit.c         a failed check points at the cell that most failed checks share */
#ifndef NB_CHECKS_INT_H
#define NB_CHECKS_INT_H
#include <math.h>
#include <stddef.h>

#include "buf.h"
#include "checks.h"
#include "edition.h"
#include "model.h"
#include "tables.h"

/* ---- rules over keys (rule_engine.c) ----------------------------------------------------------- */

/* A term of a sum: the cells of a row (or rows) in a column. In row and col, "$" stands for the
 * value the rule runs over; a row ending in '*' is that row and every row under it. */
typedef struct term {
    const char *row, *col;
    const char *name; /* in messages; NULL: the template's column label */
    int sign;         /* -1 subtracts; 0 adds */
    int prev;         /* from last year's report (R7) */
} term;

/* OVER_SUMS: every row the edition declares a sum (NB_SPLIT_SUM_LAST: its last cell is the sum of
 * the others), its terms made from the row's own columns; lhs and rhs are unused. */
typedef enum over { OVER_COLUMNS, OVER_ROWS, OVER_LIST, OVER_SUMS } over;

/* lhs = rhs for every value of the domain; lhs is the reference ("expected"). */
typedef struct rule {
    const char *id;
    over over;
    const char *domain;      /* OVER_COLUMNS: the row whose columns; OVER_ROWS: a row pattern */
    const char *const *list; /* OVER_LIST: the values, NULL-terminated */
    const char *where;
    const term *lhs, *rhs;   /* ending with row NULL */
} rule;

#define END {NULL, NULL, NULL, 0, 0}

/* ---- cells by key --------------------------------------------------------------------------- */

/* A report's tables, seen through its edition. */
typedef struct view {
    const nb_report *r;
    const nb_tables *t;
    const nb_edition *ed;
    const char *source; /* NULL: the report being checked */
    nb_edition_keys keys; /* the edition's rows by key, and by their place in nb_tables.grid */
    unsigned char counts[NB_MAX_ROWS]; /* the row takes part (a family printed as one row: combined.h) */
} view;

/* Calls fn for each row of the edition that matches pattern, with its place in nb_tables.grid;
 * returns how many matched. A pattern ending in '*' is that row and every row under it. */
typedef void (*row_fn)(void *ctx, const nb_rowdef *d, int row);
int nbc_each_row(const view *v, const char *pattern, row_fn fn, void *ctx);
/* v: r's tables through its edition; source names r in messages when it is not the report checked. */
void nbc_view_of(view *v, const nb_report *r, const char *source);

/* ---- evaluating a sum rule ---------------------------------------------------------------------- */

/* A cell as it is evaluated: what the check keeps, and what its name is made of. Names and messages
 * are written only for a check that does not hold: most hold, and printing is most of the cost. */
typedef struct xcell {
    nb_check_cell c;
    const char *row_label, *col_label; /* as written, and the template's */
} xcell;

typedef struct cells {
    xcell *v;
    size_t n, cap;
} cells;

/* A term's value: the sum of its cells. */
typedef struct tval {
    const char *name;
    double sum;
    int blank, sign;
    const view *v; /* the report it is from */
    const xcell *only; /* its cell, when it has one */
} tval;

/* A side has at most a row's columns as terms (R2), or a static rule's: both are bounded at build time
 * (the _Static_assert in rules_declared.c and tests/unit/test_editions.c), so the limit is never reached quietly. */
enum { MAX_TERMS = NB_MAX_COLS };

/* One side of an equation as it is evaluated. */
typedef struct side {
    nb_report *r;
    cells *cs;
    double sum;
    int blank, present;
    tval t[MAX_TERMS];
    int nt;
    /* the term being expanded */
    const view *v;
    const char *col;
    int found;
} side;

xcell *nbc_cell_push(cells *cs);
void nbc_side_init(side *s, nb_report *r, cells *cs);
/* Adds the terms' cells to s, with "$" standing for value; 0 when the edition lacks a key (the
 * rule does not apply). prev: last year's report, for terms marked prev. */
int nbc_side_eval(side *s, const term *terms, const view *cur, const view *prev, const char *value);
/* 本年新收 1 + 上年结转 0 = 1, for messages. */
void nbc_side_text(nb_buf *b, const side *s);
/* Stores the cells on c and points c at its first cell (its first blank one, if prefer_blank). */
void nbc_keep_cells(nb_report *r, nb_check *c, cells *cs, int prefer_blank);
/* "not assessed: X is blank", naming the first cell without a value. */
void nbc_why_unassessed(nb_report *r, nb_buf *msg, nb_check *c, cells *cs);
/* Runs rule ru over its domain in cur (prev: last year's report, for R7). */
void nbc_run_rule(nb_report *r, const rule *ru, const view *cur, const view *prev);

/* ---- the list and messages (check_list.c, check_text.c) -------------------------------------- */

/* r's list of checks, made when there is none. */
nb_checks *nbc_list(nb_report *r);
/* A new check at the end of r's list. */
nb_check *nbc_add(nb_report *r, const char *rule_id, const char *where);
/* Sets the outcome and counts it; msg (when not ok) becomes its message. */
void nbc_settle(nb_report *r, nb_check *c, int assessed, int ok, nb_buf *msg);
static inline int nbc_same(double a, double b) { return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b))); }

/* A number as "%.15g" writes it (nb_buf_putg), but -0 as 0. */
void nbc_num(nb_buf *b, double v);
/* A phrase for a message: short ones whole, long ones by their two ends, in quotes. */
void nbc_quote(nb_buf *b, nb_str s);
/* The label as written, without line breaks and padding. */
const char *nbc_label_of(nb_report *r, const char *s);
/* The cell's name for messages: its row's label and its column's, made when first asked. */
const char *nbc_name_of(nb_report *r, xcell *x);
/* Why a cell has no value: missing, blank, a dash, or no number. */
void nbc_why_blank(nb_buf *msg, const nb_check_cell *c);

/* ---- the rules (one file each) ------------------------------------------------------------------ */

/* R1–R4 over cur; with prev (last year's report), R7 instead. */
void nbc_rules_declared(nb_report *r, const view *cur);
void nbc_rules_declared_cross(nb_report *r, const view *cur, const view *prev);
/* R5 over r's tables and statistics. */
void nbc_r5_counts(nb_report *r, const view *cur);
/* R6 over r's prose, then C1 for each statistics period it states. */
void nbc_r6_prose(nb_report *r, const view *cur);
/* C1: the statistics period f against the report's year. */
void nbc_period_check(nb_report *r, const nb_fact *f);
/* C2, C3: the publication date and the edition against the year. */
void nbc_published_check(nb_report *r);
void nbc_edition_check(nb_report *r);
/* Points each failed check at the cell most failed checks share. */
void nbc_point_at_shared(nb_report *r);

#endif
