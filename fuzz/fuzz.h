/* fuzz.h — what every fuzz target shares: the checks' failure, a UTF-8 check, and main().
 *
 * A target includes this first and defines
 *     static void one(const unsigned char *data, size_t len);
 * which runs one input and calls FAIL when what it gets back breaks the reader's contract.
 * Built by afl-clang-fast (fuzz/run.sh) main() runs one() in AFL++ persistent mode on shared-memory
 * test cases; built by any other compiler (tests/robustness.cmake) it is a plain program:
 *     TARGET FILE...     each file run once, checks applied (replays a finding, smoke test)
 *     TARGET             standard input
 * Every input is copied into a buffer of exactly its length, so that ASan sees a read past its end. */
#ifndef NB_FUZZ_H
#define NB_FUZZ_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        fprintf(stderr, "harness: check failed: " __VA_ARGS__);                                    \
        fputc('\n', stderr);                                                                       \
        abort();                                                                                   \
    } while (0)

static void one(const unsigned char *data, size_t len);

/* The offset of the first byte of s[0, n) that is not well-formed UTF-8 (Unicode table 3-7), or n. */
static inline size_t fuzz_utf8_end(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!k || n - i < k) return i;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80) return i;
        if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0) || (c == 0xF0 && s[i + 1] < 0x90) ||
            (c == 0xF4 && s[i + 1] >= 0x90))
            return i;
        i += k;
    }
    return n;
}

/* A reader's text: NUL-terminated, well-formed UTF-8. */
static inline void fuzz_check_text(const char *what, const char *s, size_t n)
{
    if (!s) FAIL("%s: no text", what);
    if (s[n] != 0) FAIL("%s: text not NUL-terminated", what);
    size_t bad = fuzz_utf8_end((const unsigned char *)s, n);
    if (bad != n) FAIL("%s: text not UTF-8 at byte %zu of %zu", what, bad, n);
}

/* A reader's reason for refusing an input: one line, not empty. */
static inline void fuzz_check_reason(const char *what, const char *err)
{
    if (!*err || strchr(err, '\n')) FAIL("%s: error message empty or not one line", what);
}

/* A diagnostic: a severity, a code and a one-line message. */
static inline void fuzz_check_diag(const char *severity, const char *code, const char *message)
{
    if (!severity || !code || !*code || !message) FAIL("diagnostic without severity, code or message");
    if (strchr(message, '\n')) FAIL("diagnostic %s not one line", code);
}

/* The diagnostic callback of a reader whose offsets need no check (nb_enc_diag_fn's shape). */
static inline void fuzz_on_diag(void *ctx, const char *severity, const char *code, const char *message, size_t at)
{
    (void)ctx;
    (void)at;
    fuzz_check_diag(severity, code, message);
}

/* A reader's answer: rc 0 and its text (well-formed, no NUL inside), or a reason. */
static inline void fuzz_check_answer(const char *what, int rc, const char *text, size_t len, const char *err)
{
    if (rc != 0) {
        fuzz_check_reason(what, err);
        return;
    }
    fuzz_check_text(what, text, len);
    if (memchr(text, 0, len)) FAIL("%s: a NUL inside the text", what);
}

static void run_copy(const unsigned char *data, size_t len)
{
    unsigned char *copy = malloc(len ? len : 1);
    if (!copy) FAIL("out of memory for a copy of %zu bytes", len);
    if (len) memcpy(copy, data, len);
    one(copy, len);
    free(copy);
}

#ifdef __AFL_FUZZ_TESTCASE_LEN

#include <unistd.h> /* read(), which __AFL_FUZZ_TESTCASE_LEN uses outside afl-fuzz */

__AFL_FUZZ_INIT();

int main(void)
{
    __AFL_INIT(); /* fork server after the process is set up */
    unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(10000)) run_copy(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    return 0;
}

#else

static unsigned char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    unsigned char *b = malloc(cap);
    for (;;) {
        if (!b) {
            fputs("harness: out of memory\n", stderr);
            exit(2);
        }
        if (n == cap) {
            unsigned char *q = realloc(b, cap *= 2);
            if (!q) free(b);
            b = q;
            continue;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
    }
    if (ferror(f)) {
        free(b);
        return NULL;
    }
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    int status = 0;
    for (int i = 1; i < argc || (argc == 1 && i == 1); i++) {
        const char *path = argc == 1 ? "-" : argv[i];
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        size_t len = 0;
        unsigned char *data = f ? read_all(f, &len) : NULL;
        if (f && f != stdin) fclose(f);
        if (!data) {
            perror(path);
            status = 2; /* a file the harness cannot read is a usage problem, not a finding */
            continue;
        }
        run_copy(data, len);
        free(data);
        printf("ok %s (%zu bytes)\n", path, len);
    }
    return status;
}

#endif
#endif
