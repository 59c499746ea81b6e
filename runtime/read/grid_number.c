/* grid_number.c — whether the next line of a cell's text goes on a number the line before it broke
 * off. A tool that wraps a word wider than its column (pandoc's grid tables, a browser's narrow cell)
 * breaks 4,861 as 4 / ,861 and 2947.65 as 2947 / .65; a page whose cell holds two numbers (4<br>477,
 * 4 477) is rendered just as a broken 4477 is, so the pieces are one number only where the text
 * itself says so:
 *   - the new line starts with a thousands separator or a decimal point and a digit after a digit
 *     (no cell starts a number with ,861 or .65);
 *   - the text so far ends in a thousands group of fewer than three digits (8,39 / 7件: a separator
 *     stands before exactly three digits, so the group goes on), and the new line's digits make it
 *     exactly three.
 *   - a count beside last year's in one cell (302/282) broken in it: the whole cell so far is digits
 *     and the line is maybe digits, a slash and digits (8 / 6/77, 276 / /241), or the cell so far is
 *     digits, a slash and maybe digits and the line is digits (15/ / 29, 276/2 / 41). No cell holds a count and
 *     under it such a pair, or a pair and a count under it; and such a cell is read at all only under
 *     a note that says which side is which year (yearpair.h).
 * Anything else (4 / 477, 4, / 477: a list of two numbers reads so as well) is left to the reader of
 * the cell, which takes no two numbers for one. */
#include "grid_int.h"
#include "utf8.h"


/* All of [p, e) is digits (slash 0), or digits, a slash and digits (slash 1), the digits before the slash
 * (before 0) or after it (after 0) maybe none. */
static int pair_piece(const unsigned char *p, const unsigned char *e, int slash, int before, int after)
{
    const unsigned char *q = p;
    while (q < e && nb_ascii_digit(*q)) q++;
    if (!slash) return q > p && q == e;
    if ((before && q == p) || q == e || *q != '/') return 0;
    const unsigned char *r = ++q;
    while (r < e && nb_ascii_digit(*r)) r++;
    return r == e && (!after || r > q);
}

int nb_gcell_number_goes_on(const nb_buf *cell, const unsigned char *a, const unsigned char *b)
{
    const unsigned char *s = (const unsigned char *)cell->data;
    size_t n = cell->len;
    if (n && a < b && ((pair_piece(s, s + n, 0, 1, 1) && pair_piece(a, b, 1, 0, 1)) ||
                       (pair_piece(s, s + n, 1, 1, 0) && pair_piece(a, b, 0, 1, 1))))
        return 1;
    if (!n || a == b || !nb_ascii_digit(s[n - 1])) return 0;
    if ((*a == ',' || *a == '.') && b - a > 1 && nb_ascii_digit(a[1])) return 1;
    /* the text so far: …d,d or …d,dd (a group begun), and the line's leading digits finish it */
    size_t got = 0, more = 0;
    while (got < n && got < 3 && nb_ascii_digit(s[n - 1 - got])) got++;
    if (got == 3 || n < got + 2 || s[n - 1 - got] != ',' || !nb_ascii_digit(s[n - 2 - got])) return 0;
    while (a + more < b && nb_ascii_digit(a[more])) more++;
    return got + more == 3;
}
