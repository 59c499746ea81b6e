/* edition.h — what a template edition declares: its labels (an re2c lexer) and its rows.
 *
 * An edition lives in grammar/editions/<name>/labels.re and defines `const nb_edition
 * nb_edition_<name>`; the build finds the directory and registers it (editions.c). The table
 * grammar (grammar/tables.y) and the cell lexer (celltok.c) are shared: rows are a label followed by
 * the row's cells in every edition; what differs is the vocabulary and the keys. */
#ifndef NB_EDITION_H
#define NB_EDITION_H
#include <stddef.h>

#include "model.h"

/* What an edition may declare at most: rows in all, and cells in a row (the tables' grid; a check's
 * terms). tests/unit/test_editions.c holds every edition to them. */
enum { NB_MAX_ROWS = 64, NB_MAX_COLS = 16 };

/* What a label is. */
typedef enum nb_label_kind {
    NB_L_NONE,
    NB_L_ROW,      /* a row label: its cells follow (规章, （一）予以公开) */
    NB_L_HEADROW,  /* a header that is followed by the row's cells after more header cells (table 四) */
    NB_L_GROUP,    /* a label over rows (（三）不予公开, 三、本年度办理结果) */
    NB_L_BLOCK,    /* an article block (第二十条第（一）项) */
    NB_L_COLUMN,   /* a column header shared with other editions */
    NB_L_MARK      /* a column header or label only this edition has: evidence for detection */
} nb_label_kind;

typedef struct nb_label {
    nb_label_kind kind;
    const char *key; /* NB_L_ROW/HEADROW: the row's key in the edition's rows */
    int piece;       /* NB_L_ROW: a short form that is also a piece of the template's label, which a
                        wrapped label's line may be: a row only as a whole table cell, its cells whole
                        numbers that add up (celltok.c, tables.c) */
} nb_label;

typedef struct nb_rowdef {
    const char *key;               /* applications.denied.state_secret */
    int arity;                     /* cells after the label */
    const char *const *cols;       /* arity column keys: issued, in_force, natural_person … */
    const char *const *col_labels; /* the template's column labels, for cells[].column */
    int split;                     /* nb_split_rule when the cells are glued together */
    int group;                     /* group size for NB_SPLIT_GROUPS */
    const unsigned char *flags;    /* NB_CELL_* per column, or NULL */
    const char *unit;              /* unit of the columns (万元) where the template names one */
} nb_rowdef;

/* A part of a row that a report may print as a table of its own, under a header of its own (table 四 as
 * two tables: 行政复议 over its five columns, then 行政诉讼 over two groups of five). The header proves
 * the part: it names the part's groups of columns, in their order, and nothing of another part's
 * (rowparts.h). */
typedef struct nb_rowpart {
    const char *row;           /* the row's key */
    int first, count;          /* the row's columns the part holds */
    const char *over;          /* a header over all its groups, which a report may leave out, or NULL */
    const char *const *groups; /* the headers of its groups of columns, in order, NULL-terminated */
} nb_rowpart;

typedef struct nb_edition {
    const char *name;
    int year_min, year_max; /* report years the template is for */
    /* The label at p (anchored), or kind NB_L_NONE; *end is where it stops. p..lim is NUL-terminated. */
    nb_label (*label)(const unsigned char *p, const unsigned char *lim, const unsigned char **end);
    const nb_rowdef *const *rowsets; /* NULL-terminated lists of rows, each ending with key NULL */
    int statistics;                  /* its 统计表 (统计指标 / 单位 / 统计数) are read as statistics */
    int sections;                    /* the template's parts, 一、 to 六、; 0: free-form */
    /* NULL-terminated lists of the words of its labels that span rows (本年度办理结果, 不予公开),
     * without their numbering: a narrow cell prints them a piece a line beside the rows, and such a
     * piece is part of no heading nor row label (wraplabel.h). NULL: none. */
    const char *const *const *spanning;
    const nb_rowpart *parts; /* rows a report may print in parts, ending with row NULL; or NULL: none */
    /* NULL-terminated lists of its numbered labels of rows and of groups of rows as the template prints
     * them (4.保护第三方合法权益, （三）不予公开): a narrow cell cuts one over lines, and its numbered
     * head (4.保护第) is a piece of the table, no heading (row_label.h). NULL: none. */
    const char *const *const *labels;
} nb_edition;

/* All editions the build found; the one named name ("2021"), or NULL. */
extern const nb_edition *const nb_editions[];
const nb_edition *nb_edition_named(const char *name);

/* ---- rows and cells by key (edition_keys.c) ---- */

/* The edition's rows in declaration order, which is their place in nb_tables.grid; returns how
 * many (at most NB_MAX_ROWS). */
int nb_edition_rows(const nb_edition *ed, const nb_rowdef *rows[NB_MAX_ROWS]);

enum { NB_KEY_SLOTS = 2 * NB_MAX_ROWS }; /* a power of two, at most half full */

/* An edition's rows by key, hashed once: a check looks rows up thousands of times a report. */
typedef struct nb_edition_keys {
    const nb_edition *ed;
    int n;                              /* rows */
    const nb_rowdef *rows[NB_MAX_ROWS]; /* by place */
    size_t lens[NB_MAX_ROWS];           /* their keys' lengths */
    unsigned char slots[NB_KEY_SLOTS];  /* open addressing: a row's place + 1, 0 empty */
} nb_edition_keys;

/* k: ed's rows by key (ed NULL: none). */
void nb_edition_keys_init(nb_edition_keys *k, const nb_edition *ed);
/* The place of the row whose key is the n bytes at key, or -1. */
int nb_edition_row_at(const nb_edition_keys *k, const char *key, size_t n);
/* The index of the column keyed col in row d, or -1. */
int nb_rowdef_col(const nb_rowdef *d, const char *col);
/* A cell key (a row's key, a dot, one of its columns' keys: applications.denied.state_secret.
 * natural_person, review_litigation.review.total): the row's place, and the column in *col; -1
 * when the edition has no such cell. */
int nb_edition_cell(const nb_edition_keys *k, const char *key, int *col);

/* The choice of a report's edition (sets r->edition, fills r->tables). */
void nb_read_tables(nb_report *r);

#endif
