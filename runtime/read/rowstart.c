/* rowstart.c — a row label's starting mark (rowstart.h). */
#include "rowstart.h"

#include <string.h>

#include "markers.h"

int nb_row_starter(const unsigned char *p, const unsigned char *e)
{
    unsigned char head[48]; /* nb_match_marker reads a NUL-terminated text */
    size_t m = (size_t)(e - p) < sizeof head - 1 ? (size_t)(e - p) : sizeof head - 1;
    memcpy(head, p, m);
    head[m] = 0;
    nb_marker mk;
    if (nb_match_marker(head, head + m, &mk) && mk.end <= head + m) return 1;
    if (e - p < 3 || memcmp(p, "\xE7\xAC\xAC", 3)) return 0; /* 第…条 */
    for (const unsigned char *q = p; q + 3 <= e && q < p + 24; q++)
        if (!memcmp(q, "\xE6\x9D\xA1", 3)) return 1;
    return 0;
}
