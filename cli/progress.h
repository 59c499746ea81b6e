/* progress.h — the progress line on stderr (parse and load share it), and messages that must not be
 * drawn over it.
 *
 *     nb_progress pr = {.on = !quiet && isatty(2) && …, .total = n, .t0 = nb_progress_now()};
 *     nb_progress_msg(&pr, "file.txt: bad");  // "nianbao: file.txt: bad", the line cleared first
 *     nb_progress_step(&pr, in_bytes, failed); // at most ten times a second
 *     nb_progress_end(&pr);                    // the final line kept, with a newline */
#ifndef NB_CLI_PROGRESS_H
#define NB_CLI_PROGRESS_H
#include <stddef.h>

typedef struct nb_progress {
    int on;      /* draw the progress line */
    int drawn;   /* it is on the screen now */
    int records; /* count records (--stdin-jsonl), not files of a known total */
    double t0, last;
    size_t done, total, bytes, errors;
} nb_progress;

double nb_progress_now(void); /* seconds, monotonic */
void nb_progress_msg(nb_progress *p, const char *msg);
void nb_progress_step(nb_progress *p, size_t in_bytes, int failed);
void nb_progress_end(nb_progress *p);

#endif
