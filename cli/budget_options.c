/* budget_options.c — the options of a report's budget (budget_options.h). */
#include "budget_options.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nianbao.h"

const char nb_limits_usage[] =
    "\nlimits of each report:\n"
    "  --max-bytes SIZE  a report over this size is refused (default 256M; K, M, G: binary)\n"
    "  --timeout SECONDS time per report, checked between steps and between a PDF's pages\n"
    "                    (default 600)\n"
    "  --max-memory SIZE the memory a report's model may hold, checked between steps\n"
    "                    (default 4G)\n"
    "                    a report over a limit gives its object with \"error\" and the batch\n"
    "                    goes on\n";

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9') return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno) return -1;
    int shift = 0;
    if (*end == 'K' || *end == 'k') shift = 10;
    else if (*end == 'M' || *end == 'm') shift = 20;
    else if (*end == 'G' || *end == 'g') shift = 30;
    if (shift) end++;
    if (*end || v == 0 || v > (SIZE_MAX >> shift) - 1) return -1; /* room for one byte past it */
    *out = (size_t)(v << shift);
    return 0;
}

static int parse_seconds(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !(v > 0) || !isfinite(v)) return -1;
    *out = v;
    return 0;
}

int nb_limit_option(int argc, char **argv, int *i, nb_options *opt)
{
    static const char *const names[] = {"--max-bytes", "--timeout", "--max-memory"};
    const char *a = argv[*i], *v = NULL;
    int k = 0;
    for (; k < 3; k++) {
        size_t n = strlen(names[k]);
        if (!strncmp(a, names[k], n) && a[n] == '=') v = a + n + 1;
        else if (!strcmp(a, names[k]) && *i + 1 < argc) v = argv[++*i];
        else continue;
        break;
    }
    if (k == 3) return 0;
    int bad = k == 1 ? parse_seconds(v, &opt->timeout)
                     : parse_size(v, k == 0 ? &opt->max_bytes : &opt->max_memory);
    if (bad) {
        fprintf(stderr, "nianbao: %s wants %s, not '%s'\n", names[k],
                k == 1 ? "a number of seconds above 0" : "a size above 0 (bytes, or with K, M or G)", v);
        return -1;
    }
    return 1;
}

size_t nb_limit_read_max(const nb_options *opt)
{
    return (opt->max_bytes ? opt->max_bytes : NB_DEFAULT_MAX_BYTES) + 1;
}
