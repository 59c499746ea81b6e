/* lines.h — standard input's lines for --stdin-jsonl, each kept up to a limit: a line longer than
 * --max-bytes is read to its end and counted, never held whole (getline would hold a 2 GB line).
 *
 *     nb_lines in = {.fd = STDIN_FILENO};
 *     char *line; size_t kept;
 *     while ((n = nb_lines_next(&in, &line, &kept, max)) >= 0) { … n > max: too long … free(line); }
 *     if (in.err) … ;  nb_lines_free(&in);
 *
 * One reader at a time (parse's source holds a lock around it). */
#ifndef NB_CLI_LINES_H
#define NB_CLI_LINES_H
#include <stddef.h>
#include <sys/types.h>

typedef struct nb_lines {
    int fd;
    char *buf; /* read ahead: [at, end) not handed out yet */
    size_t cap, at, end;
    int eof;
    int err; /* the errno of a failed read: the input ends there */
} nb_lines;

/* The next line's length without its newline, or -1 at the end of the input. *line gets a malloc'd
 * copy of its first min(length, max) bytes, NUL-terminated; *kept their number. */
ssize_t nb_lines_next(nb_lines *r, char **line, size_t *kept, size_t max);
void nb_lines_free(nb_lines *r);

#endif
