/* budget.h — one report's budget: its input size, its time, its arena's memory (nb_options).
 *
 * A batch is only as reliable as its worst input: a 2 GB file, or a PDF that keeps poppler busy
 * for minutes. Each report gets a budget; a report over it is refused with the reason (its error
 * object in the output) and the batch goes on. The defaults never bite on real reports (the
 * biggest known are a few MB and convert in well under a second).
 *
 * Time is checked between steps (decoding, the outline, the tables) and between a PDF's pages, the
 * places where work can stop cleanly; memory is checked there too, against what the report's arena
 * holds, so a report may pass its limit by what one step allocates (a step allocates in proportion
 * to the input, which max_bytes bounds). */
#ifndef NB_BUDGET_H
#define NB_BUDGET_H
#include <stddef.h>

#include "nianbao.h" /* the defaults, NB_DEFAULT_* */

typedef struct nb_limits {
    size_t max_bytes, max_memory;
    double timeout;  /* seconds */
    double deadline; /* on nb_now's clock */
} nb_limits;

/* Seconds on a monotonic clock. */
double nb_now(void);
/* The limits asked for (0: the default), the clock started now. */
void nb_limits_start(nb_limits *l, size_t max_bytes, double timeout, size_t max_memory);
/* 1 when the deadline has passed. */
int nb_limits_late(const nb_limits *l);
/* The reasons, one line each, into err: the input too big, the time or the memory used up. */
void nb_limits_bytes_error(const nb_limits *l, size_t n, char *err, size_t errlen);
void nb_limits_time_error(const nb_limits *l, const char *where, char *err, size_t errlen);
void nb_limits_memory_error(const nb_limits *l, size_t used, char *err, size_t errlen);

#endif
