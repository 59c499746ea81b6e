/* mem.c — see mem.h. */
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_oom(void)
{
    fputs("nianbao: out of memory\n", stderr);
    abort();
}

void *cli_realloc(void *p, size_t n)
{
    if (!(p = realloc(p, n ? n : 1))) cli_oom();
    return p;
}

char *cli_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(cli_realloc(NULL, n), s, n);
}

void *cli_room(void *v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return v;
    size_t c = *cap ? *cap * 2 : 16;
    if (c > (size_t)-1 / size) cli_oom();
    *cap = c;
    return cli_realloc(v, c * size);
}
