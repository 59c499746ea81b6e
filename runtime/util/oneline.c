/* oneline.c — a message made one line of UTF-8 (see oneline.h). */
#include "oneline.h"

#include <string.h>

void nb_one_line(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p) {
        unsigned c = *p;
        if (c >= 0x20 && c < 0x7F) { /* printable ASCII, most of a message, stays */
            p++;
            continue;
        }
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        size_t ok = k ? 1 : 0;
        while (ok && ok < k && (p[ok] & 0xC0) == 0x80) ok++;
        if (k == 1) {
            if (c < 0x20 || c == 0x7F) *p = ' ';
        } else if (!k || ok < k) {
            if (k && !p[ok]) { /* cut off by the end */
                *p = 0;
                break;
            }
            *p = '?';
            k = 1;
        }
        p += k;
    }
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ') s[--n] = 0;
}
