/* output.c — standard output, checked (output.h says what and why). */
#define _POSIX_C_SOURCE 200809L
#include "output.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void cli_output_init(void)
{
    /* a parent that ignores SIGPIPE (some job runners do) would make every write into a closed
       pipe an EPIPE: the default action ends the run at once, whatever thread writes */
    signal(SIGPIPE, SIG_DFL);
}

int cli_write(const void *p, size_t n)
{
    const char *s = p;
    while (n) {
        ssize_t k = write(STDOUT_FILENO, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) return errno;
        if (k == 0) return EIO; /* no progress: not to loop for ever */
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

int cli_write_failed(int e)
{
    if (!e) return 0;
    if (e != EPIPE) fprintf(stderr, "nianbao: writing output: %s\n", strerror(e));
    return 1;
}

int cli_output_close(int status)
{
    int e = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) e = errno ? errno : EIO;
    /* close reports what a file system kept for the end (NFS, a quota); a stdout that was never
       open is not our error when nothing was written to it */
    errno = 0;
    if (fclose(stdout) != 0 && !e && errno != EBADF) e = errno ? errno : EIO;
    if (!e) return status;
    cli_write_failed(e);
    return status ? status : 1;
}
