/* test_strfmt.c — runtime/util/strfmt.c: what nb_strfmt writes is what vsnprintf writes, for the
 * formats it takes (%s, %.*s, %%), at every room from none to more than enough (a message cut at the
 * end of its buffer, a character cut with it); and it leaves to vsnprintf what it does not take. */
#include "strfmt.h"

#include <stdarg.h>

#include "check.h"

/* Both ways into buffers of cap bytes: 1 when they agree (or nb_strfmt declines, want_decline). */
static int same(size_t cap, int want_decline, const char *fmt, ...)
{
    char a[700], b[700];
    memset(a, 'x', sizeof a);
    memset(b, 'x', sizeof b);
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int k = nb_strfmt(a, cap, fmt, ap);
    int n = vsnprintf(b, cap, fmt, aq); /* ap read only through a copy: still whole here */
    va_end(aq);
    va_end(ap);
    if (want_decline) return k == -1;
    return k == n && memcmp(a, b, cap) == 0 && a[cap] == 'x';
}

int main(void)
{
    const char *cell = "（一）主动公开政府信息 12\t345", *key = "5.1.1";
    int ok = 1;
    for (size_t cap = 1; cap < 600 && ok; cap++) {
        ok &= same(cap, 0, "%s: cells glued as \"%.*s\" split as %s, the only split the row's arithmetic allows", key,
                   7, cell, "1|2|3");
        ok &= same(cap, 0, "\"%.*s\": the number before the note in brackets is the cell's", 200, cell); /* past its NUL */
        ok &= same(cap, 0, "%.*s|%.*s|100%%|%s", 0, cell, -1, cell, ""); /* no room asked, none set */
        ok &= same(cap, 0, "no conversion at all, as long as a message gets: 一二三四五六七八九十");
    }
    CHECK(ok);
    CHECK(same(100, 1, "%s split %lld ways", key, 3LL)); /* another conversion: vsnprintf's */
    CHECK(same(100, 1, "%d", 3));
    CHECK(same(100, 1, "%s and %s", key, (const char *)NULL)); /* glibc writes (null) */
    CHECK(same(100, 1, "%5s", key));
    return check_summary();
}
