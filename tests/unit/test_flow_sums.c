/* test_flow_sums.c — unit tests for runtime/tables/flow_sums.c: table 三's sums over its values in
 * the rows' order, and the one row out of order the column sums place. Tables of 5 or 6 rows of 3
 * columns (a, b, 总计): 一、, 二、, the results, （七）总计, 四、. */
#include "flow_sums.h"

#include "check.h"

enum { MAXV = 18 };

typedef struct table {
    nb_ctok tok[MAXV];
    const nb_ctok *v[MAXV];
    int nrows;
} table;

static void make(table *t, int nrows, const double *vals)
{
    t->nrows = nrows;
    for (int i = 0; i < nrows * 3; i++) {
        t->tok[i] = (nb_ctok){.kind = NB_C_NUM, .value = vals[i]};
        t->v[i] = &t->tok[i];
    }
}

static int row_is(const table *t, int r, double a, double b, double total)
{
    return t->v[r * 3]->value == a && t->v[r * 3 + 1]->value == b && t->v[r * 3 + 2]->value == total;
}

int main(void)
{
    table t;
    int bad_row, bad_col;
    const unsigned char all[] = {1, 1, 1, 1, 1, 1}, none[] = {0, 0, 0, 0, 0, 0};
    /* new 2 3 5, carried 1 0 1, one result 2 2 4 = total, forward 1 1 2: every sum holds */
    const double ok[] = {2, 3, 5, 1, 0, 1, 2, 2, 4, 2, 2, 4, 1, 1, 2};
    make(&t, 5, ok);
    CHECK(nb_flow_sums_hold(t.v, 5, 3, &bad_row, &bad_col) && bad_row < 0 && bad_col < 0);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == -1); /* nothing out of order */

    /* new read 3 2 5: R2 holds, R1 fails; R1 would give new 2 3 5, its own numbers, but just as well
       carried 0 1 1 (its own numbers too): either row may be the one, nothing is placed */
    const double swapped[] = {3, 2, 5, 1, 0, 1, 2, 2, 4, 2, 2, 4, 1, 1, 2};
    make(&t, 5, swapped);
    CHECK(!nb_flow_sums_hold(t.v, 5, 3, &bad_row, &bad_col) && bad_row < 0 && bad_col == 0);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == -1 && row_is(&t, 0, 3, 2, 5) && row_is(&t, 1, 1, 0, 1));

    /* new 2 7 9 read 7 2 9, carried 1 0 1, result and total 2 5 7, forward 1 2 3: only new, as 2 7 9,
       makes the sums hold (carried would need 3 - 7, forward 8 - 2 = 6 and 2 - 5) */
    const double one[] = {7, 2, 9, 1, 0, 1, 2, 5, 7, 2, 5, 7, 1, 2, 3};
    make(&t, 5, one);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == 0 && row_is(&t, 0, 2, 7, 9));

    /* the same where the text gives no row as drawn out of order: the report's own, left unread */
    make(&t, 5, one);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, none) == -1 && row_is(&t, 0, 7, 2, 9));

    /* new read 9 2 7 (its 总计 first): R2 fails in it; placed as 2 7 9 */
    const double total_first[] = {9, 2, 7, 1, 0, 1, 2, 5, 7, 2, 5, 7, 1, 2, 3};
    make(&t, 5, total_first);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == 0 && row_is(&t, 0, 2, 7, 9));

    /* new read 4 1 5: the sums want 2 3 5, which are not its numbers: not placed */
    const double other_numbers[] = {4, 1, 5, 1, 0, 1, 2, 2, 4, 2, 2, 4, 1, 1, 2};
    make(&t, 5, other_numbers);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == -1 && row_is(&t, 0, 4, 1, 5));

    /* a dash in the row: a blank is no 0 to move: not placed */
    make(&t, 5, one);
    t.tok[1].is_null = 1, t.tok[1].value = 0;
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == -1);

    /* two results 1 0 1 and 0 1 1, the first read 0 1 1: R3 fails, and either result, reordered,
       makes every sum hold (1 0 1 in the first, or in the second): which is out of order is not
       certain, nothing is placed */
    const double either[] = {1, 1, 2, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 2, 0, 0, 0};
    make(&t, 6, either);
    CHECK(nb_flow_sums_one_row(t.v, 6, 3, all) == -1 && row_is(&t, 2, 0, 1, 1) && row_is(&t, 3, 0, 1, 1));

    /* （七）总计 read 7 2 5 (its 总计 first): R1 and R3 both give 2 5 7 */
    const double total_row[] = {2, 7, 9, 1, 0, 1, 2, 5, 7, 7, 2, 5, 1, 2, 3};
    make(&t, 5, total_row);
    CHECK(nb_flow_sums_one_row(t.v, 5, 3, all) == 3 && row_is(&t, 3, 2, 5, 7));
    return check_summary();
}
