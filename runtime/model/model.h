/* model.h — the document model a parse builds: sections, paragraphs, raw tables, diagnostics.
 * Everything lives in the report's arena; strings point into the decoded text or the arena. */
#ifndef NB_MODEL_H
#define NB_MODEL_H
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "nianbao.h" /* nb_span, nb_str, and the names of the model's types */
#include "text.h"

/* A piece of a paragraph's cleaned copy (Word's HTML leftovers taken out, nbs_clean_text): it starts at
 * at in the copy and was at src in the input. */
typedef struct nb_textpiece {
    const char *at;
    const unsigned char *src;
} nb_textpiece;

typedef struct nb_para {
    nb_str text;
    nb_span span; /* of the text's first byte, where it was in the input */
    const nb_textpiece *pieces; /* NULL: the text lies in the input; else the copy's pieces, in order */
    size_t npieces;
    struct nb_para *next;
} nb_para;

/* Where byte q of paragraph p's text was in the input: q itself unless the text is a cleaned copy. */
const unsigned char *nb_para_source(const nb_para *p, const char *q);
/* The span of p inside text that starts at start, whose span is base (a cell may run over lines:
 * 商业\n企业). Lines end at \r\n, \n or a lone \r, as the lexer ends them. */
nb_span nb_span_in(const nb_span *base, const unsigned char *start, const unsigned char *p);

/* A table cell as written: raw text (padding kept), its row and column in the raw layout. */
typedef struct nb_cell {
    nb_str raw;
    nb_span span;
    unsigned row, col;
    struct nb_cell *next;
} nb_cell;

/* A block of table lines kept as found; the edition grammars read the canonical tables from it. */
typedef struct nb_rawtable {
    nb_span span;
    size_t end_byte;
    nb_cell *cells, *cells_tail;
    unsigned nrows, ncells;
    struct nb_rawtable *next;
} nb_rawtable;

typedef struct nb_section {
    int level;
    nb_str number, title;
    nb_span span;
    size_t end_byte; /* end of the section's text, children included */
    nb_para *paras;
    nb_rawtable *tables;
    struct nb_section *children, *next;
    /* Set once by the outline, for the stages after it: */
    int table_frame;  /* level 1, titled as a 2019/2021 section that holds tables 二, 三 or 四 */
    int glued_tables; /* such a section with no table found in it (crawled text: its paragraphs are
                         its tables with the cells' separators lost, for the cell lexer, not prose) */
} nb_section;

typedef struct nb_diag {
    const char *severity; /* "error" | "warning" | "info" */
    const char *code;
    const char *message;
    nb_span span;
    int has_span;
    struct nb_diag *next;
} nb_diag;

typedef struct nb_meta {
    const char *key, *value;
    struct nb_meta *next;
} nb_meta;

struct nb_tables; /* the edition grammars' canonical tables (tables.h) */
struct nb_checks; /* results of the arithmetic checks (checks.h) */
struct nb_year_notes; /* the notes that say which side of a slash is which year (yearpair.h) */

typedef struct nb_report {
    nb_arena arena;
    nb_text text; /* the decoded input; spans index into it */
    const char *path, *encoding, *format;
    size_t bytes;
    const char *error; /* non-NULL: the input was unusable, nothing else is set */
    const char *edition, *title, *agency;
    int year; /* 0 = not found */
    int revisions_shown; /* the text shows a document's tracked changes, deleted and inserted text glued
                            (a title's 20202021年: front.c): its tables' numbers may be glued so, not read */
    nb_meta *meta, **meta_tail;   /* keys set once */
    nb_meta *lists, **lists_tail; /* keys that repeat (attachments), in order */
    nb_para *preamble; /* text before the first heading that is not title or meta */
    nb_rawtable *preamble_tables;
    nb_section *sections;
    nb_diag *diags, **diags_tail;
    size_t ndiags;
    struct nb_tables *tables;
    struct nb_checks *checks;
    struct nb_year_notes *year_notes; /* found once, when a cell first asks (NULL: not yet), in the arena */
} nb_report;

/* An empty report (format "text"), freed with nb_report_free. */
nb_report *nb_report_new(void);

/* Diagnostics and meta, in the order they are found. */
void nb_diag_add(nb_report *r, const char *severity, const char *code, const nb_span *span,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
void nb_meta_set(nb_report *r, const char *key, const char *value, size_t n); /* first one wins */
void nb_meta_add(nb_report *r, const char *key, const char *value, size_t n); /* to a list: attachments */
const char *nb_meta_get(const nb_report *r, const char *key);

#endif
