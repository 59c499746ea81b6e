/* cjkscan.h — fast scans over CJK text in UTF-8, for loops that pass over every byte of a report. */
#ifndef NB_CJKSCAN_H
#define NB_CJKSCAN_H

#include <stddef.h>
#include <string.h>

/* The first occurrence of the k bytes of needle in [p, e), or NULL. The needle is UTF-8 whose second
 * byte is a continuation byte (a CJK word): memchr looks for that byte, which stops at one character
 * in 64, where a lead byte (E4..E9 starts most Chinese characters) would stop at one in six; glibc's
 * memmem costs two instructions a byte. */
static inline const unsigned char *nb_find_cjk(const unsigned char *p, const unsigned char *e, const char *needle,
                                               size_t k)
{
    const unsigned char *q = p + 1;
    while (q < e && (size_t)(e - q) + 1 >= k && (q = memchr(q, (unsigned char)needle[1], (size_t)(e - q))) != NULL) {
        if ((size_t)(e - q) + 1 >= k && !memcmp(q - 1, needle, k)) return q - 1;
        q++;
    }
    return NULL;
}

#endif
