/* flow_repeat.c — a line of table 三's values drawn on both sides of a page break; see flow_repeat.h. */
#include "flow_repeat.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_choice.h"

enum { MAX_PAIRS = 12 }; /* pairs at page breaks tried together (2^12 choices at most) */

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The line of text holding byte b, bounded by line breaks and page breaks, trimmed of blanks. */
static void line_at(const char *text, size_t len, size_t b, size_t *s, size_t *e)
{
    size_t i = b, j = b;
    while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\f') i--;
    while (j < len && text[j] != '\n' && text[j] != '\f') j++;
    while (i < j && blank(text[i])) i++;
    while (j > i && blank(text[j - 1])) j--;
    *s = i;
    *e = j;
}

/* Whether between bytes a and b stand only blanks, line breaks and exactly one page break. */
static int page_break_only(const char *text, size_t a, size_t b)
{
    int breaks = 0;
    for (size_t i = a; i < b; i++) {
        if (text[i] == '\f') breaks++;
        else if (text[i] != '\n' && !blank(text[i])) return 0;
    }
    return breaks == 1;
}

/* How many of the values from v[from] on, going by step (1 or -1), stand in the line [s, e), which
 * holds nothing else but blanks between them; 0 where it holds anything else. */
static int line_values(const nb_report *r, const nb_ctok *const *v, int from, int n, int step, size_t s, size_t e)
{
    int k = 0;
    size_t at = step > 0 ? s : e; /* the edge of the line not yet covered by a value */
    for (int i = from; i >= 0 && i < n; i += step, k++) {
        const nb_ctok *x = v[i];
        size_t b = x->span.byte, end = b + x->raw.n;
        if (!nb_flow_as_written(r, x) || b < s || end > e) break;
        if (step > 0 ? b < at : end > at) return 0;
        at = step > 0 ? end : b;
    }
    return k && (step > 0 ? at == e : at == s) ? k : 0;
}

/* The pairs of v: at[p] the index of a second copy's first value, k[p] its number of values. */
static int find_pairs(const nb_report *r, const nb_ctok *const *v, int n, int *at, int *k)
{
    const char *text = r->text.data;
    int np = 0;
    for (int i = 0; i + 1 < n; i++) {
        if (!nb_flow_as_written(r, v[i]) || !nb_flow_as_written(r, v[i + 1])) continue;
        size_t a = v[i]->span.byte + v[i]->raw.n, b = v[i + 1]->span.byte;
        if (b < a || !page_break_only(text, a, b)) continue;
        size_t s0, e0, s1, e1;
        line_at(text, r->text.len, v[i]->span.byte, &s0, &e0);
        line_at(text, r->text.len, b, &s1, &e1);
        if (e0 - s0 != e1 - s1 || memcmp(text + s0, text + s1, e0 - s0)) continue;
        /* both lines values and blanks only, as many values each: the same values, by the same text */
        int m = line_values(r, v, i + 1, n, 1, s1, e1);
        if (!m || line_values(r, v, i, n, -1, s0, e0) != m) continue;
        if (np == MAX_PAIRS) return -1;
        at[np] = i + 1;
        k[np++] = m;
        i += m;
    }
    return np;
}

int nb_flow_drop_repeats(const nb_report *r, const nb_ctok **v, int n, int nrows, int ncols)
{
    int want = nrows * ncols, extra = n - want, at[MAX_PAIRS], k[MAX_PAIRS];
    if (extra <= 0 || !r->text.data) return 0;
    int np = find_pairs(r, v, n, at, k);
    if (np <= 0) return 0;
    nb_flow_choice choice;
    unsigned char *drop = malloc((size_t)n);
    int read = 0;
    if (drop && nb_flow_choice_open(&choice, nrows, ncols)) {
        for (unsigned mask = 1; choice.tables < 2 && mask < 1u << np; mask++) {
            memset(drop, 0, (size_t)n);
            for (int p = 0; p < np; p++)
                if (mask >> p & 1) memset(drop + at[p], 1, (size_t)k[p]);
            nb_flow_choice_drop(&choice, v, n, drop);
        }
        read = nb_flow_choice_take(&choice, v);
        nb_flow_choice_close(&choice);
    }
    free(drop);
    return read ? extra : 0;
}
