/* check.h — the unit tests' few macros; each test program ends by printing "N passed, M failed". */
#ifndef NB_CHECK_H
#define NB_CHECK_H
#include <stdio.h>
#include <string.h>

static int nb_passed, nb_failed;

#define CHECK(cond)                                                                              \
    do {                                                                                         \
        if (cond) nb_passed++;                                                                   \
        else {                                                                                   \
            nb_failed++;                                                                         \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);             \
        }                                                                                        \
    } while (0)

/* [s, e) equals the C string want. */
#define CHECK_SPAN_STR(s, e, want)                                                               \
    do {                                                                                         \
        size_t n_ = (size_t)((const unsigned char *)(e) - (const unsigned char *)(s));           \
        if (n_ == strlen(want) && memcmp((s), (want), n_) == 0) nb_passed++;                     \
        else {                                                                                   \
            nb_failed++;                                                                         \
            fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, (int)n_,   \
                    (const char *)(s), want);                                                    \
        }                                                                                        \
    } while (0)

static int check_summary(void)
{
    printf("%d passed, %d failed\n", nb_passed, nb_failed);
    return nb_failed != 0;
}

#endif
