/* test_utf8.c — runtime/utf8.h: the word-at-a-time character count and line-end search against the
 * plain loops they replace, on random bytes at every length and alignment. */
#include "utf8.h"

#include <stdlib.h>

#include "check.h"

static size_t count_slow(const unsigned char *p, const unsigned char *e)
{
    size_t n = 0;
    for (; p < e; p++) n += (*p & 0xC0) != 0x80;
    return n;
}

static const unsigned char *line_end_slow(const unsigned char *p, const unsigned char *e)
{
    while (p < e && *p != '\n' && *p != '\r') p++;
    return p;
}

int main(void)
{
    /* bytes that matter: ASCII, line ends, continuation bytes, leads, the ideographic space */
    static const unsigned char pool[] = {'a', ' ', '\n', '\r', 0x00, 0x80, 0xBF, 0xC2, 0xA0, 0xE3, 0x80, 0xE4, 0xB8, 0xFF};
    unsigned char buf[80];
    int count_ok = 1, end_ok = 1;
    srand(7);
    for (int it = 0; it < 200000; it++) {
        size_t n = (size_t)(rand() % 64), off = (size_t)(rand() % 16);
        for (size_t i = 0; i < n; i++) buf[off + i] = pool[rand() % sizeof pool];
        const unsigned char *s = buf + off, *e = s + n;
        if (nb_u8count(s, e) != count_slow(s, e)) count_ok = 0;
        if (nb_line_end(s, e) != line_end_slow(s, e)) end_ok = 0;
    }
    CHECK(count_ok);
    CHECK(end_ok);
    const unsigned char *t = (const unsigned char *)"一、总体情况\r\n二";
    CHECK(nb_u8count(t, t + strlen((const char *)t)) == 9);
    CHECK(nb_line_end(t, t + strlen((const char *)t)) == t + 18);
    CHECK(nb_line_end(t, t) == t);
    return check_summary();
}
