/* lines.c — bounded lines from a file descriptor (lines.h). */
#define _POSIX_C_SOURCE 200809L
#include "lines.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"

enum { CHUNK = 1 << 16 };

/* More input into the read-ahead buffer: 0 at the end (or on an error, kept in err). */
static int fill(nb_lines *r)
{
    if (!r->buf) {
        if (!(r->buf = malloc(CHUNK))) cli_oom();
        r->cap = CHUNK;
    }
    for (;;) {
        ssize_t k = read(r->fd, r->buf, r->cap);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) r->err = errno;
        r->at = 0;
        r->end = k > 0 ? (size_t)k : 0;
        if (k <= 0) r->eof = 1;
        return k > 0;
    }
}

ssize_t nb_lines_next(nb_lines *r, char **line, size_t *kept, size_t max)
{
    char *out = NULL;
    size_t len = 0, cap = 0, total = 0, consumed = 0;
    for (;;) {
        if (r->at == r->end && (r->eof || !fill(r))) break;
        const char *s = r->buf + r->at;
        size_t avail = r->end - r->at;
        const char *nl = memchr(s, '\n', avail);
        size_t take = nl ? (size_t)(nl - s) : avail;
        size_t keep = total < max ? (take < max - total ? take : max - total) : 0;
        if (len + keep + 1 > cap) {
            cap = cap ? cap : 256;
            while (cap < len + keep + 1) cap *= 2;
            if (!(out = realloc(out, cap))) cli_oom();
        }
        memcpy(out + len, s, keep);
        len += keep;
        total += take;
        consumed += take + (nl != NULL);
        r->at += take + (nl != NULL);
        if (nl) break;
    }
    if (!consumed) {
        free(out);
        return -1;
    }
    if (!out && !(out = malloc(1))) cli_oom();
    out[len] = 0;
    *line = out;
    *kept = len;
    return (ssize_t)total;
}

void nb_lines_free(nb_lines *r)
{
    free(r->buf);
    r->buf = NULL;
    r->cap = r->at = r->end = 0;
}
