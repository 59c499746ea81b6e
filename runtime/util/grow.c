/* grow.c — see grow.h. */
#include "grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nb_oom(void)
{
    fputs("nianbao: out of memory\n", stderr);
    abort();
}

void nb_grow(void *array, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return;
    void *v;
    memcpy(&v, array, sizeof v); /* the caller's T *, read without a cast to void ** */
    size_t c = *cap ? *cap * 2 : 16;
    if (c > (size_t)-1 / size || !(v = realloc(v, c * size))) nb_oom();
    memcpy(array, &v, sizeof v);
    *cap = c;
}
