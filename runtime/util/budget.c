/* budget.c — one report's budget (budget.h). */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include "budget.h"

#include <stdio.h>
#include <time.h>

double nb_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

void nb_limits_start(nb_limits *l, size_t max_bytes, double timeout, size_t max_memory)
{
    l->max_bytes = max_bytes ? max_bytes : NB_DEFAULT_MAX_BYTES;
    l->max_memory = max_memory ? max_memory : NB_DEFAULT_MAX_MEMORY;
    l->timeout = timeout > 0 ? timeout : NB_DEFAULT_TIMEOUT;
    l->deadline = nb_now() + l->timeout;
}

int nb_limits_late(const nb_limits *l) { return nb_now() > l->deadline; }

void nb_limits_bytes_error(const nb_limits *l, size_t n, char *err, size_t errlen)
{
    /* a reader may stop at one byte past the limit: the size is then "more than" */
    snprintf(err, errlen, "input too large: %s%zu bytes, over the limit of %zu (--max-bytes)",
             n == l->max_bytes + 1 ? "more than " : "", n == l->max_bytes + 1 ? l->max_bytes : n, l->max_bytes);
}

void nb_limits_time_error(const nb_limits *l, const char *where, char *err, size_t errlen)
{
    snprintf(err, errlen, "time limit of %g s per report used up %s (--timeout)", l->timeout, where);
}

void nb_limits_memory_error(const nb_limits *l, size_t used, char *err, size_t errlen)
{
    snprintf(err, errlen, "memory limit of %zu bytes per report used up: %zu bytes (--max-memory)", l->max_memory,
             used);
}
