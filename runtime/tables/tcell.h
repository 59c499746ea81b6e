/* tcell.h — a cell of a report's canonical tables (tables.h holds them; rowrepeat.h reads them). */
#ifndef NB_TCELL_H
#define NB_TCELL_H
#include "model.h"

/* A cell under its canonical key, with where it came from. */
typedef struct nb_tcell {
    const char *key;    /* applications.granted.total */
    const char *row;    /* the row's label as written */
    const char *column; /* the template's column label */
    const char *unit;   /* the column's unit where the template names one (万元), else NULL */
    nb_str raw;         /* the cell as written */
    nb_span span;
    int has_value;      /* 0: null (blank, dash, or not recoverable) */
    int recovered;      /* split from glued cells */
    double value;
    struct nb_tcell *next;
} nb_tcell;

#endif
