/* rowstart.c — a row label's starting mark (rowstart.h). */
#include "rowstart.h"

#include <string.h>

#include "markers.h"

int nb_row_starter(const unsigned char *p, const unsigned char *e)
{
    nb_marker mk;
    if (nb_marker_at(p, e, &mk)) return 1;
    if (e - p < 3 || memcmp(p, "\xE7\xAC\xAC", 3)) return 0; /* 第…条 */
    for (const unsigned char *q = p; q + 3 <= e && q < p + 24; q++)
        if (!memcmp(q, "\xE6\x9D\xA1", 3)) return 1;
    return 0;
}
