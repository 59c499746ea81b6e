/* doc_convert.c — .doc/.wps/.rtf through LibreOffice headless to .docx (see doc_convert.h). */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, nftw, setpgid, nanosleep */
#define _XOPEN_SOURCE 700
#include "doc_convert.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "docx.h"
#include "ole2.h"

extern char **environ;

/* The first executable of that name in PATH, into out; 0 if none. */
static int find_program(const char *name, char *out, size_t cap)
{
    const char *path = getenv("PATH");
    for (const char *p = path; p && *p;) {
        const char *q = strchr(p, ':');
        size_t k = q ? (size_t)(q - p) : strlen(p);
        if (k && (size_t)snprintf(out, cap, "%.*s/%s", (int)k, p, name) < cap && access(out, X_OK) == 0) return 1;
        p = q ? q + 1 : p + k;
    }
    return 0;
}

static int write_file(const char *path, const unsigned char *in, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return -1;
    for (size_t done = 0; done < n;) {
        ssize_t k = write(fd, in + done, n - done);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)k;
    }
    return close(fd);
}

static int read_file(const char *path, nb_buf *out, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    out->len = 0;
    for (;;) {
        nb_buf_reserve(out, 65536);
        size_t k = fread(out->data + out->len, 1, 65536, f);
        out->len += k;
        if (k == 0 || out->len > cap) break;
    }
    int bad = ferror(f) || out->len > cap;
    fclose(f);
    return bad ? -1 : 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

/* Runs argv with the environment env, in its own process group, output to log; kills the group
 * after limit seconds. Returns the exit status, or -1 (could not start), -2 (timed out). */
static int run(char *const argv[], char *const env[], const char *log, int limit)
{
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        /* the child: only async-signal-safe calls until exec */
        setpgid(0, 0);
        int nul = open("/dev/null", O_RDONLY), lg = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (nul >= 0) dup2(nul, 0);
        if (lg >= 0) {
            dup2(lg, 1);
            dup2(lg, 2);
        }
        execve(argv[0], argv, env);
        _exit(127);
    }
    setpgid(pid, pid); /* also here, so the group exists whichever of the two runs first */
    struct timespec tick = {0, 50 * 1000 * 1000};
    int timed_out = 0;
    for (long waited = 0;; waited += 50) {
        /* WNOWAIT: the child stays a zombie, so its group id is not reused before the group is killed */
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) < 0 && errno != EINTR) break;
        if (info.si_pid == pid) break;
        if (waited >= (long)limit * 1000) {
            timed_out = 1;
            break;
        }
        nanosleep(&tick, NULL);
    }
    kill(-pid, SIGKILL); /* on a time-out everything; otherwise whatever LibreOffice left in the group */
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) return -2;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The environment for LibreOffice: the caller's, with HOME in the temporary directory. */
static char **child_env(const char *home, char *home_var, size_t cap)
{
    size_t k = 0;
    while (environ && environ[k]) k++;
    char **env = calloc(k + 2, sizeof *env);
    if (!env) return NULL;
    size_t j = 0;
    for (size_t i = 0; i < k; i++)
        if (strncmp(environ[i], "HOME=", 5) != 0) env[j++] = environ[i];
    snprintf(home_var, cap, "HOME=%s", home);
    env[j++] = home_var;
    env[j] = NULL;
    return env;
}

static int convert(const unsigned char *in, size_t n, const char *ext, nb_buf *docx, char *err, size_t errlen)
{
    char soffice[4096];
    if (!find_program("soffice", soffice, sizeof soffice) && !find_program("libreoffice", soffice, sizeof soffice)) {
        snprintf(err, errlen, "cannot read a %s file: no converter installed (LibreOffice: Debian package "
                              "libreoffice-writer-nogui)", ext);
        return -1;
    }
    const char *tmp = getenv("TMPDIR");
    char dir[4096], src[4200], outdir[4200], profile[4300], log[4200], result[4300], home_var[4200];
    snprintf(dir, sizeof dir, "%s/nianbao-convert-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        snprintf(err, errlen, "cannot make a temporary directory for the conversion (%s)", strerror(errno));
        return -1;
    }
    snprintf(src, sizeof src, "%s/input.%s", dir, ext);
    snprintf(outdir, sizeof outdir, "%s/out", dir);
    snprintf(profile, sizeof profile, "-env:UserInstallation=file://%s/profile", dir);
    snprintf(log, sizeof log, "%s/log", dir);
    snprintf(result, sizeof result, "%s/input.docx", outdir);
    int rc = -1;
    char **env = child_env(dir, home_var, sizeof home_var);
    if (!env || write_file(src, in, n) != 0) {
        snprintf(err, errlen, "cannot write the temporary copy for the conversion (%s)", strerror(errno));
    } else {
        char *argv[] = {soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", profile,
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir, src, NULL};
        int st = run(argv, env, log, NB_CONVERT_SECONDS);
        if (st == -2)
            snprintf(err, errlen, "LibreOffice did not convert the %s file within %d s: stopped", ext, NB_CONVERT_SECONDS);
        else if (st == -1)
            snprintf(err, errlen, "cannot run %s", soffice);
        else if (read_file(result, docx, 256u << 20) != 0)
            snprintf(err, errlen, "LibreOffice could not convert the %s file (exit %d): damaged or not a document?", ext,
                     st);
        else
            rc = 0;
    }
    free(env);
    nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}

int nb_doc_to_text(const unsigned char *in, size_t n, nb_text *out, nb_enc_diag_fn diag, void *ctx, char *err,
                   size_t errlen)
{
    memset(out, 0, sizeof *out);
    const char *ext = "rtf";
    if (n >= 8 && memcmp(in, NB_OLE2_MAGIC, 8) == 0) {
        nb_ole2 o;
        if (nb_ole2_scan(in, n, &o) != 0) {
            snprintf(err, errlen, "corrupt OLE2 compound file (.doc?): its directory cannot be read");
            return -1;
        }
        if (o.encrypted) {
            snprintf(err, errlen, "encrypted document: nianbao cannot read it without the password");
            return -1;
        }
        if (o.excel || o.powerpoint || (!o.word && !o.works)) {
            snprintf(err, errlen, "%s, not a Word document",
                     o.excel ? "an Excel 97-2003 workbook (.xls)"
                             : o.powerpoint ? "a PowerPoint 97-2003 presentation (.ppt)"
                                            : "an OLE2 compound file without a WordDocument stream");
            return -1;
        }
        ext = o.word ? "doc" : "wps";
    }
    nb_buf docx;
    nb_buf_init(&docx);
    int rc = convert(in, n, ext, &docx, err, errlen);
    if (rc == 0) {
        if (diag) {
            char msg[160];
            snprintf(msg, sizeof msg, "the %s file was converted to .docx by LibreOffice, then read", ext);
            diag(ctx, "info", "doc-converted", msg, 0);
        }
        rc = nb_docx_to_text((const unsigned char *)docx.data, docx.len, out, diag, ctx, err, errlen);
    }
    nb_buf_free(&docx);
    return rc;
}
