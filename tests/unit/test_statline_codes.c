/* test_statline_codes.c — runtime/syntax/statline.c: a 统计表's 序号 numbers, plain (1 to 999) or
 * outline codes (1.2.1), and which one comes right after another (the first child, or the next at
 * the code's place or an ancestor's). */
#include "statline.h"

#include "check.h"

static int code(const char *s, long *parts)
{
    return nb_statline_row_code((const unsigned char *)s, (const unsigned char *)s + strlen(s), parts);
}

/* Whether b follows a (each a code as written; a "" for none yet). */
static int follows(const char *a, const char *b)
{
    long pa[NB_SL_CODE_PARTS], pb[NB_SL_CODE_PARTS];
    int na = *a ? code(a, pa) : 0, nb = code(b, pb);
    return nb && nb_statline_code_follows(pa, na, pb, nb);
}

int main(void)
{
    long p[NB_SL_CODE_PARTS];
    CHECK(code("7", p) == 1 && p[0] == 7);
    CHECK(code("2.3.10", p) == 3 && p[0] == 2 && p[1] == 3 && p[2] == 10);
    CHECK(code("1.1.1.1.1.1", p) == 6);
    /* no code: a decimal's shape past three digits a part, zero parts, points at an end, more parts
       than kept, anything else */
    CHECK(code("1234", p) == 0);
    CHECK(code("2.0", p) == 0);
    CHECK(code("0", p) == 0);
    CHECK(code("1.", p) == 0);
    CHECK(code(".1", p) == 0);
    CHECK(code("1..2", p) == 0);
    CHECK(code("1.1.1.1.1.1.1", p) == 0);
    CHECK(code("1,2", p) == 0);
    CHECK(code("", p) == 0);
    /* which follows */
    CHECK(follows("", "1"));
    CHECK(!follows("", "2"));
    CHECK(!follows("", "1.1"));
    CHECK(follows("1", "2"));
    CHECK(follows("1", "1.1"));
    CHECK(follows("1.1", "1.1.1"));
    CHECK(follows("1.1.1", "1.2"));
    CHECK(follows("1.2.5", "2"));
    CHECK(follows("2.3.9", "2.3.10"));
    CHECK(follows("2.3.4.3", "2.3.5"));
    CHECK(!follows("1.2.1", "1.2.3")); /* 1.2.2 lost */
    CHECK(!follows("1.2", "1.2.2"));
    CHECK(!follows("1.1", "1.1.1.1"));
    CHECK(!follows("2", "1"));
    CHECK(!follows("1.2", "1.2"));
    return check_summary();
}
