/* docx_grid.c — the grid columns a band of a Word table's rows uses (docx_grid.h). */
#include "docx_grid.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"

#define MAX_KEEP ((size_t)1 << 22) /* rows x columns: a larger table keeps its grid as it is */

unsigned char *nb_docx_grid_keep(const long *start, const size_t *first, size_t rows, long width)
{
    if (width < 2 || !rows || (size_t)width + 1 > MAX_KEEP / rows) return NULL;
    size_t stride = (size_t)width + 1;
    unsigned char *keep = calloc(rows, stride);
    if (!keep) nb_oom();
    for (size_t a = 0; a < rows;) {
        size_t b = a + 1; /* the band [a, b): up to a row of one cell, which is a band of its own */
        if (first[a + 1] - first[a] > 1)
            while (b < rows && first[b + 1] - first[b] > 1) b++;
        unsigned char *used = keep + a * stride;
        if (b == a + 1 && first[a + 1] - first[a] <= 1) { /* a caption: its span as it was, TABs to the width */
            memset(used, 1, stride);
            a = b;
            continue;
        }
        for (size_t r = a; r < b; r++)
            for (size_t k = first[r]; k < first[r + 1]; k++)
                if (start[k] > 0 && start[k] < width) used[start[k]] = 1;
        for (size_t r = a + 1; r < b; r++) memcpy(keep + r * stride, used, stride);
        a = b;
    }
    return keep;
}
