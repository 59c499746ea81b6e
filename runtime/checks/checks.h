/* checks.h — the arithmetic of a report (勾稽关系, docs/REPORTS.md "Checks"): R1–R7 and the
 * consistency checks C1–C3, run over the canonical tables, and the counts the prose states.
 *
 *     nb_checks_run(r);              // R1–R6, C1–C3: nb_parse does this after reading the tables
 *     nb_checks_cross(r, prev, NULL); // R7, with last year's report of the same agency
 *     for (const nb_check *c = r->checks->head; c; c = c->next) … c->ok, c->assessed …
 *
 * A check never changes a number: it says which numbers disagree, and where they are. One that
 * needs a blank or missing cell is "not assessed", never passed. See docs/checks.md. */
#ifndef NB_CHECKS_H
#define NB_CHECKS_H
#include "buf.h"
#include "model.h"

/* A cell a check used: from this report's tables, its statistics, its prose, or (R7) last year's. */
typedef struct nb_check_cell {
    const char *key;    /* applications.new_received.natural_person; statistics/一、…; prose: the key it states */
    const char *name;   /* for messages: 本年新收 自然人 */
    const char *source; /* the other report's path (R7), else NULL */
    nb_str raw;         /* as written: why a cell without a value has none */
    nb_span span;
    int present;        /* the report has the cell (or the statement) at all */
    int has_value;      /* not blank, dash or unrecoverable */
    double value;
} nb_check_cell;

typedef struct nb_check {
    const char *rule;  /* R1 … R7, C1 … C3 */
    const char *where; /* applications.natural_person, applications.new_received, year, … */
    int assessed;      /* 0: a cell it needs is blank or missing */
    int ok;            /* assessed and holds */
    int has_expected, has_actual;
    double expected, actual; /* the rule's left side (the reference) and right side */
    const char *message;     /* when not ok: both sides, in the report's words */
    nb_span span;            /* where to look first: the check's first cell in the text */
    int has_span;
    const char *span_source; /* span is in another report (R7), else NULL */
    nb_check_cell *cells;
    size_t ncells;
    struct nb_check *next;
} nb_check;

typedef struct nb_checks {
    nb_check *head, **tail;
    size_t n, failed, unassessed;
} nb_checks;

/* R1–R6 and C1–C3 over r's tables and prose; sets r->checks (never NULL afterwards). */
void nb_checks_run(nb_report *r);
/* R7 against prev, last year's report of the same agency; why_not (non-NULL) records R7 as not
 * assessed for that reason instead (the given report is not the year before, say). */
void nb_checks_cross(nb_report *r, const nb_report *prev, const char *why_not);

/* ---- counts stated in prose (grammar/narrative.re) ------------------------------------------- */

typedef enum nb_fact_kind {
    NB_FACT_NEW_RECEIVED,    /* 本年新收…N件, 收到…申请N件 */
    NB_FACT_CARRIED_OVER,    /* 上年结转…N件 */
    NB_FACT_CARRIED_FORWARD, /* 结转下年度…N件 */
    NB_FACT_REVIEW,          /* 行政复议N件 */
    NB_FACT_LITIGATION,      /* 行政诉讼N件 */
    NB_FACT_PERIOD           /* 统计期限: YYYY年1月1日至YYYY年12月31日 */
} nb_fact_kind;

typedef struct nb_fact {
    nb_fact_kind kind;
    double value;        /* the count; 0 for a negated statement (未收到…申请) */
    int negated;         /* stated as none: 未发生…行政复议 */
    int year_from, year_to; /* NB_FACT_PERIOD */
    nb_str text;         /* the phrase, in the paragraph's text */
    nb_span span;        /* of the count (or of the phrase, for none and periods) */
} nb_fact;

typedef void (*nb_fact_fn)(void *ctx, const nb_fact *f);
/* The facts one paragraph states, in order. */
void nb_narrative_scan(const nb_para *p, nb_fact_fn fn, void *ctx);

#endif
