/* test_cjkscan.c — runtime/util/cjkscan.h: the block-at-a-time search for a CJK word and skip over a
 * run of ideographs against the plain loops they replace, on random bytes at every length and
 * alignment (a run's end at each of the five places of a 16-byte block, a word cut by the end). */
#include "cjkscan.h"

#include <stdlib.h>

#include "check.h"

static const unsigned char *find_slow(const unsigned char *p, const unsigned char *e, const char *w, size_t k)
{
    for (; (size_t)(e - p) >= k; p++)
        if (!memcmp(p, w, k)) return p;
    return NULL;
}

static const unsigned char *run_slow(const unsigned char *p, const unsigned char *e)
{
    while (e - p >= 3 && *p >= 0xE4 && *p <= 0xE9) p += 3;
    return p;
}

int main(void)
{
    /* pieces that matter: 指 标 (the word's halves), other ideographs, a lead out of E4..E9, ASCII,
       lone bytes (0x8C is the byte memchr looks for) */
    static const char *const pool[] = {"指", "标", "中", "国", "鿿", "一", "，", "、", "a", "1", " ", "\x8C", "\xE6", "\xE3\x80\x80"};
    unsigned char buf[160];
    int find_ok = 1, run_ok = 1;
    srand(11);
    for (int it = 0; it < 200000; it++) {
        size_t n = 0, off = (size_t)(rand() % 16), want = (size_t)(rand() % 120);
        while (n < want) {
            /* mostly ideographs, so that runs reach over whole blocks */
            const char *c = rand() % 4 ? pool[2 + rand() % 4] : pool[rand() % (sizeof pool / sizeof pool[0])];
            size_t k = strlen(c);
            if (n + k > want) break;
            memcpy(buf + off + n, c, k);
            n += k;
        }
        size_t cut = n ? (size_t)(rand() % 3) : 0; /* a character cut by the end */
        const unsigned char *s = buf + off, *e = s + n - (cut < n ? cut : 0);
        if (nb_find_cjk(s, e, "指标", 6) != find_slow(s, e, "指标", 6)) find_ok = 0;
        for (const unsigned char *p = s; p <= e; p++)
            if (nb_ideograph_run(p, e) != run_slow(p, e)) run_ok = 0;
    }
    CHECK(find_ok);
    CHECK(run_ok);
    const unsigned char *t = (const unsigned char *)"统计指标名称", *te = t + strlen((const char *)t);
    CHECK(nb_find_cjk(t, te, "指标", 6) == t + 6);
    CHECK(nb_find_cjk(t, t + 11, "指标", 6) == NULL); /* 标 cut */
    CHECK(nb_find_cjk(t, t + 12, "指标", 6) == t + 6);
    CHECK(nb_find_cjk(t + 6, te, "指标", 6) == t + 6);
    CHECK(nb_find_cjk(t, t, "指标", 6) == NULL);
    return check_summary();
}
