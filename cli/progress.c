/* progress.c — the progress line: see progress.h. */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdio.h>
#include <time.h>

double nb_progress_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void draw(nb_progress *p, const char *end)
{
    double t = nb_progress_now() - p->t0;
    double mb = p->bytes / 1e6;
    char line[160];
    int k = p->records ? snprintf(line, sizeof line, "\rnianbao: %zu records", p->done)
                       : snprintf(line, sizeof line, "\rnianbao: %zu/%zu files", p->done, p->total);
    snprintf(line + k, sizeof line - (size_t)k, ", %.1f MB, %.1f MB/s, %zu error%s\033[K%s", mb,
             t > 0 ? mb / t : 0.0, p->errors, p->errors == 1 ? "" : "s", end);
    fputs(line, stderr); /* one write: stderr is unbuffered */
    p->drawn = !*end;
    p->last = nb_progress_now();
}

void nb_progress_msg(nb_progress *p, const char *msg)
{
    if (p->drawn) fputs("\r\033[K", stderr);
    p->drawn = 0;
    fprintf(stderr, "nianbao: %s\n", msg);
}

void nb_progress_step(nb_progress *p, size_t in_bytes, int failed)
{
    p->done++;
    p->bytes += in_bytes;
    if (failed) p->errors++;
    /* the first result at once, then at most ten times a second */
    if (p->on && (p->done == 1 || nb_progress_now() - p->last >= 0.1)) draw(p, "");
}

void nb_progress_end(nb_progress *p)
{
    if (p->on && p->done) draw(p, "\n");
    else if (p->drawn) fputs("\r\033[K", stderr);
    p->drawn = 0;
}
