/* test_pdfglued.c — runtime/read/pdfglued.c: a row's numbers printed edge to edge in cells without
 * padding (blind set 3's page l in Chromium's print: 4477 260 300 715 as 4477260300715), parted at
 * the rules behind them; never a number that overflows its cell over a rule. */
#include "pdfglued.h"

#include <stdlib.h>

#include "check.h"

/* the digits of s from x, each 5.99 pt wide, on the band 487.3 - 498.1 */
static size_t digits(nb_gbox *g, const char *s, double x)
{
    size_t n = 0;
    for (; s[n]; n++) {
        g[n] = (nb_gbox){.x1 = x + 5.99 * (double)n, .x2 = x + 5.99 * (double)(n + 1), .y1 = 487.3, .y2 = 498.1,
                         .c = (uint32_t)s[n]};
    }
    return n;
}

/* vertical rules at xs[0, n), cut where the row's text is drawn over them (489 - 492.5) */
static void rules(nb_rules *r, const double *xs, size_t n)
{
    r->nh = 0;
    r->h = NULL;
    r->nv = 2 * n;
    r->v = malloc(r->nv * sizeof *r->v);
    for (size_t i = 0; i < n; i++) {
        r->v[2 * i] = (nb_rule){xs[i], 403.0, 489.0};
        r->v[2 * i + 1] = (nb_rule){xs[i], 492.5, 584.0};
    }
}

static void test_parts(void)
{
    nb_gbox g[16];
    unsigned char part[16];
    size_t n = digits(g, "4477260300715", 212.35);
    nb_rules r;
    static const double cells[] = {212.25, 235.75, 254.25, 271.75, 290.25};
    rules(&r, cells, 5);
    nb_pdf_glued_parts(g, n, 10.8, &r, part);
    CHECK(part[4] && part[7] && part[10]);
    CHECK(!part[0] && !part[1] && !part[5] && !part[6] && !part[8] && !part[12]);
    nb_rules_free(&r);
    /* the run's right end inside a cell: a number over its cell's rule (4477260300 and 715 on) */
    static const double over[] = {212.25, 235.75, 254.25, 271.75, 300.0};
    rules(&r, over, 5);
    nb_pdf_glued_parts(g, n, 10.8, &r, part);
    size_t any = 0;
    for (size_t i = 0; i < n; i++) any += part[i];
    CHECK(any == 0);
    nb_rules_free(&r);
    /* a rule through a glyph's middle: no part there */
    static const double mid[] = {212.25, 239.0, 290.25};
    rules(&r, mid, 3);
    nb_pdf_glued_parts(g, n, 10.8, &r, part);
    any = 0;
    for (size_t i = 0; i < n; i++) any += part[i];
    CHECK(any == 0);
    nb_rules_free(&r);
    nb_pdf_glued_parts(g, n, 10.8, NULL, part);
    CHECK(!part[4]);
}

int main(void)
{
    test_parts();
    return check_summary();
}
