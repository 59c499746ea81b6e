/* budget_options.h — the options that set a report's budget, shared by every command:
 *     --max-bytes SIZE     input size (default 256M)
 *     --timeout SECONDS    time per report (default 600)
 *     --max-memory SIZE    the report's arena (default 4G)
 * SIZE is bytes, or a number with K, M or G (binary: 1K = 1024). budget.h (the library) says where each
 * is checked. */
#ifndef NB_CLI_BUDGET_OPTIONS_H
#define NB_CLI_BUDGET_OPTIONS_H
#include <stddef.h>

#include "nianbao.h"

/* The help text of the three options, for a command's usage. */
extern const char nb_limits_usage[];

/* Takes argv[*i] when it is one of the options (and its value, argv[*i + 1], advancing *i): 1.
 * 0 when it is none of them; -1 when its value is wrong, said on stderr. */
int nb_limit_option(int argc, char **argv, int *i, nb_options *opt);

/* The input size to read a file up to: one byte past the limit, so that the parse can tell. */
size_t nb_limit_read_max(const nb_options *opt);

#endif
