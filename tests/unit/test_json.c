/* test_json.c — runtime/json.c's string and number writers against the plain ones they replace
 * (printf for numbers, a byte-at-a-time escaper for strings), on random input: strings of every
 * length around the 16-byte blocks and the 4096-byte chunks, with broken UTF-8, surrogates,
 * U+2028/9, controls and quotes; doubles of every shape. */
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "edition.h"

/* The escaper the fast one replaced: strict UTF-8 (U+FFFD for each bad byte), \u2028/9 escaped. */
static void str_slow(nb_buf *b, const unsigned char *s, size_t n)
{
    const unsigned char *e = s + n;
    nb_buf_putc(b, '"');
    while (s < e) {
        unsigned c = *s;
        if (c < 0x80) {
            if (c == '"') nb_buf_puts(b, "\\\"");
            else if (c == '\\') nb_buf_puts(b, "\\\\");
            else if (c == '\n') nb_buf_puts(b, "\\n");
            else if (c == '\r') nb_buf_puts(b, "\\r");
            else if (c == '\t') nb_buf_puts(b, "\\t");
            else if (c == '\b') nb_buf_puts(b, "\\b");
            else if (c == '\f') nb_buf_puts(b, "\\f");
            else if (c < 0x20) nb_buf_printf(b, "\\u%04x", c);
            else nb_buf_putc(b, (char)c);
            s++;
            continue;
        }
        size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        int ok = len && (size_t)(e - s) >= len;
        for (size_t i = 1; ok && i < len; i++) ok = (s[i] & 0xC0) == 0x80;
        if (ok && len == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))) ok = 0;
        if (ok && len == 4 && ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))) ok = 0;
        if (!ok) {
            nb_buf_puts(b, "\\ufffd");
            s++;
        } else if (len == 3 && c == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
            nb_buf_printf(b, "\\u%04x", 0x2000 + (s[2] - 0x80));
            s += 3;
        } else {
            nb_buf_put(b, s, len);
            s += len;
        }
    }
    nb_buf_putc(b, '"');
}

static int same_str(const unsigned char *s, size_t n)
{
    nb_buf a, b;
    nb_buf_init(&a);
    nb_buf_init(&b);
    nb_json_str(&a, (const char *)s, n);
    str_slow(&b, s, n);
    int same = a.len == b.len && memcmp(a.data, b.data, a.len) == 0 && a.data[a.len] == 0;
    nb_buf_free(&a);
    nb_buf_free(&b);
    return same;
}

static int same_number(double v)
{
    char want[48];
    nb_buf a, b;
    nb_buf_init(&a);
    nb_buf_init(&b);
    nb_buf_putg(&a, v);
    snprintf(want, sizeof want, "%.15g", v);
    int same = !strcmp(a.data, want);
    nb_json_number(&b, v);
    if (!(v > -1e15 && v < 1e15 && v == (double)(long long)v && !signbit(v))) {
        if (strtod(want, NULL) != v) snprintf(want, sizeof want, "%.17g", v);
    } else {
        snprintf(want, sizeof want, "%lld", (long long)v);
    }
    same &= !strcmp(b.data, want);
    if (!same) fprintf(stderr, "%.17g: %s / %s\n", v, a.data, b.data);
    nb_buf_free(&a);
    nb_buf_free(&b);
    return same;
}

/* Every edition's keys and column labels need no escaping: nb_json_plain writes them as they are. */
static int templates_plain(int *checked)
{
    int ok = 1;
    for (int i = 0; nb_editions[i]; i++)
        for (const nb_rowdef *const *set = nb_editions[i]->rowsets; *set; set++)
            for (const nb_rowdef *d = *set; d->key; d++)
                for (int c = 0; c < d->arity; c++) {
                    const char *strs[] = {d->cols[c], d->col_labels[c]};
                    for (int k = 0; k < 2; k++) {
                        char key[256];
                        snprintf(key, sizeof key, "%s.%s", d->key, d->cols[c]);
                        const char *s = k ? strs[k] : key;
                        nb_buf a;
                        nb_buf_init(&a);
                        nb_json_str(&a, s, strlen(s));
                        if (a.len != strlen(s) + 2 || memcmp(a.data + 1, s, strlen(s))) {
                            fprintf(stderr, "%s: \"%s\" needs escaping\n", nb_editions[i]->name, s);
                            ok = 0;
                        }
                        nb_buf_free(&a);
                        ++*checked;
                    }
                }
    return ok;
}

int main(void)
{
    int checked = 0;
    CHECK(templates_plain(&checked));
    CHECK(checked > 200); /* the rows of tables 二, 三 and 四 of two editions */
    /* pieces: CJK, ASCII, escapes, U+2028, a surrogate, overlong and cut sequences, 4-byte ones */
    static const char *const pieces[] = {"政府", "信息", "a", "0123456789", "\"", "\\", "\n", "\x01", "\x7f",
                                         "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xa7", "\xed\xa0\x80", "\xe0\x80\xaf",
                                         "\xe4\xb8", "\xc2", "\xc2\xa0", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xff",
                                         "\xef\xbf\xbd", "\xe3\x80\x80"};
    static unsigned char buf[9000];
    int str_ok = 1;
    srand(11);
    for (int it = 0; it < 40000 && str_ok; it++) {
        size_t limit = it % 100 == 0 ? 8500 : (size_t)(rand() % 80), n = 0;
        while (n < limit) {
            const char *p = pieces[rand() % (sizeof pieces / sizeof pieces[0])];
            size_t k = strlen(p);
            if (n + k > sizeof buf) break;
            memcpy(buf + n, p, k);
            n += k;
        }
        /* an exact-size copy: a read past the end shows under ASan */
        unsigned char *s = malloc(n ? n : 1);
        memcpy(s, buf, n);
        str_ok = same_str(s, n);
        free(s);
    }
    CHECK(str_ok);
    CHECK(same_str((const unsigned char *)"", 0));

    int num_ok = 1;
    static const double edges[] = {0.0, -0.0, 1.0, -1.0, 0.5, 25.1, 2895.9, 5949.088667, 1e-4, 9.99e-5, 1e14,
                                   999999999999999.0, 1e15, 1e16, 0.1 + 0.2, 1.0 / 3, -12.25, 1e300, -1e-300};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) num_ok &= same_number(edges[i]);
    num_ok &= same_number(NAN) & same_number(INFINITY) & same_number(-INFINITY);
    for (int it = 0; it < 300000 && num_ok; it++) {
        long long m = ((long long)rand() << 20 | rand()) % 1000000000000000LL;
        double v = (double)m / pow(10, rand() % 18) * (rand() % 2 ? 1 : -1);
        num_ok = same_number(v);
    }
    CHECK(num_ok);
    return check_summary();
}
