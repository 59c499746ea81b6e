/* test_invisible.c — runtime/read/invisible.c: the characters that take no room taken out, against a
 * plain byte loop, on random texts at every length and alignment (the search reads 16 bytes a step:
 * a character across a block's edge, one cut by the end, look-alikes that differ in one byte). */
#include "invisible.h"

#include <stdlib.h>

#include "check.h"

static size_t calls, first_at;

static void on_diag(void *ctx, const char *severity, const char *code, const char *msg, size_t byte)
{
    (void)ctx, (void)severity, (void)msg;
    if (!strcmp(code, "invisible-dropped")) calls++, first_at = byte;
}

/* The text without them, by the definition: U+200B..U+200F, U+2060..U+2064, U+FEFF, U+00AD. */
static const char *const gone[] = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\x8E", "\xE2\x80\x8F",
                                   "\xE2\x81\xA0", "\xE2\x81\xA1", "\xE2\x81\xA2", "\xE2\x81\xA3", "\xE2\x81\xA4",
                                   "\xEF\xBB\xBF", "\xC2\xAD"};
enum { NGONE = sizeof gone / sizeof gone[0] };

static size_t drop_slow(const unsigned char *s, size_t n, unsigned char *out, size_t *first)
{
    size_t w = 0;
    *first = (size_t)-1;
    for (size_t i = 0; i < n;) {
        size_t k = 0;
        for (size_t g = 0; g < NGONE && !k; g++)
            if (n - i >= strlen(gone[g]) && !memcmp(s + i, gone[g], strlen(gone[g]))) k = strlen(gone[g]);
        if (k) {
            if (*first == (size_t)-1) *first = i;
            i += k;
        } else {
            out[w++] = s[i++];
        }
    }
    return w;
}

int main(void)
{
    /* what is gone, then its neighbours that stay (U+200A, U+2010, U+205F, U+2065, U+FEFE, U+00AE), text, and
       cut sequences */
    static const char *const kept[] = {"\xE2\x80\x8A", "\xE2\x80\x90", "\xE2\x81\x9F", "\xE2\x81\xA5",
                                       "\xEF\xBB\xBE", "\xC2\xAE", "\xEF\xBC\x8C", "\xE2\x80\x9C",
                                       "中", "国", "1", " ", "\xE2", "\xEF\xBB", "\xC2", "\xE2\x80"};
    enum { NKEPT = sizeof kept / sizeof kept[0] };
    unsigned char src[200], want[200];
    int same = 1, told = 1;
    srand(7);
    for (int it = 0; it < 200000; it++) {
        size_t n = 0, limit = (size_t)(rand() % 150);
        while (n < limit) {
            /* mostly text without them, so that a block is often searched through */
            const char *c = rand() % 8 ? kept[rand() % NKEPT] : gone[rand() % NGONE];
            size_t k = strlen(c);
            if (n + k > limit) break;
            memcpy(src + n, c, k);
            n += k;
        }
        size_t first, w = drop_slow(src, n, want, &first);
        char *buf = malloc(n + 1);
        memcpy(buf, src, n);
        buf[n] = 0;
        nb_text t = {.data = buf, .len = n};
        calls = 0;
        nb_invisible_drop(&t, 0, on_diag, NULL);
        if (t.len != w || memcmp(t.data, want, w) || t.data[w]) same = 0;
        if (calls != (first != (size_t)-1) || (calls && first_at != first)) told = 0;
        free(buf);
    }
    CHECK(same);
    CHECK(told);
    char plain[] = "一、概述 本年度 123";
    nb_text t = {.data = plain, .len = strlen(plain)};
    calls = 0;
    nb_invisible_drop(&t, 0, on_diag, NULL);
    CHECK(calls == 0 && t.len == strlen("一、概述 本年度 123"));
    /* kept on a line of a table w3m drew (it gave each a column), taken out elsewhere */
    char boxed[] = "\xE2\x94\x82" "1\xE2\x80\x8B" "2\xE2\x94\x82\n" "3\xE2\x80\x8B" "4\n\xE2\x94\x82\xE2\x80\x8B" "5";
    t = (nb_text){.data = boxed, .len = strlen(boxed)};
    calls = 0;
    nb_invisible_drop(&t, 1, on_diag, NULL);
    CHECK(calls == 1 && !strcmp(t.data, "\xE2\x94\x82" "1\xE2\x80\x8B" "2\xE2\x94\x82\n34\n\xE2\x94\x82\xE2\x80\x8B" "5"));
    nb_invisible_drop(&t, 0, on_diag, NULL);
    CHECK(calls == 2 && !strcmp(t.data, "\xE2\x94\x82" "12\xE2\x94\x82\n34\n\xE2\x94\x82" "5"));
    return check_summary();
}
