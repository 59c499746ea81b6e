/* output.h — standard output for every command, each write checked.
 *
 *     cli_output_init();                              // first thing in main
 *     if ((e = cli_write(buf, n))) stop…;      // 0, or the errno of the failed write
 *     return cli_output_close(cli_write_failed(e));      // last: flush and close stdout, checked
 *
 * A failed write (a full disk, an I/O error) is a message on stderr and exit status 1: the output is
 * incomplete and the user must know. A reader that went away (`nianbao … | head`) is no error of
 * ours: SIGPIPE keeps its default action, set at start even when the parent ignored it, so the run
 * ends at the next write, at once and quietly, as cat's does (status 141 in a shell). Where SIGPIPE
 * is blocked and a write gives EPIPE instead, the run stops the same way, quietly, with status 1. */
#ifndef NB_CLI_OUTPUT_H
#define NB_CLI_OUTPUT_H
#include <stddef.h>

void cli_output_init(void);
/* All of [p, p + n) to standard output (write(2), no buffer of its own): 0, or an errno. */
int cli_write(const void *p, size_t n);
/* The message for a failed write e (none for 0 or EPIPE); returns the exit status it calls for,
 * 0 when e is 0, else 1. */
int cli_write_failed(int e);
/* At the end of main: flushes and closes stdout (what printf/fputs left in its buffer, and a
 * close that reports a late error). Returns status, or 1 after a message when that failed. */
int cli_output_close(int status);

#endif
