/* main.c — the nianbao command: thin over the library. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "json.h"
#include "nianbao.h"

static const char usage[] =
    "usage: nianbao parse [options] FILE|DIR|- ...\n"
    "       nianbao --help | --version\n"
    "\n"
    "Converts government information-disclosure annual reports (政府信息公开工作年度报告)\n"
    "to JSON: one object per report, one per line (JSON Lines) in input order.\n"
    "A directory stands for the files under it, in name order; - reads standard input.\n"
    "\n"
    "options:\n"
    "  --encoding NAME   read the input in this encoding (utf-8, gb18030, …); default: detect\n"
    "  --pretty          indent the JSON (for reading; not JSON Lines)\n"
    "  -h, --help        this text\n"
    "  --version         the version of nianbao and of its JSON schema\n"
    "\n"
    "exit status: 0 all inputs converted, 1 some input unreadable or unusable (reported on\n"
    "stderr and as an object with \"error\"), 2 usage error.\n";

typedef struct cli {
    const char *encoding;
    int pretty;
    int failed;
} cli;

static int read_all(FILE *f, char **data, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return ENOMEM;
    for (;;) {
        if (n == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p) {
                free(buf);
                return ENOMEM;
            }
            buf = p;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
    }
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(buf);
        return e;
    }
    *data = buf;
    *len = n;
    return 0;
}

static void emit(cli *c, const nb_report *r)
{
    nb_buf out;
    nb_buf_init(&out);
    nb_report_json(r, &out);
    if (c->pretty) {
        nb_buf pretty;
        nb_buf_init(&pretty);
        nb_json_pretty(&pretty, out.data, out.len);
        nb_buf_free(&out);
        out = pretty;
    }
    nb_buf_putc(&out, '\n');
    fwrite(out.data, 1, out.len, stdout);
    nb_buf_free(&out);
}

/* An input that could not be read still gives its line, so outputs stay aligned with inputs. */
static void emit_error(cli *c, const char *path, const char *msg)
{
    fprintf(stderr, "nianbao: %s: %s\n", path, msg);
    c->failed = 1;
    nb_buf out;
    nb_buf_init(&out);
    nb_buf_puts(&out, "{\"nianbao\":1,\"source\":{\"path\":");
    nb_json_cstr(&out, path);
    nb_buf_puts(&out, "},\"error\":");
    nb_json_cstr(&out, msg);
    nb_buf_puts(&out, "}\n");
    fwrite(out.data, 1, out.len, stdout);
    nb_buf_free(&out);
}

static void parse_one(cli *c, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        emit_error(c, path, strerror(errno));
        return;
    }
    char *data = NULL;
    size_t len = 0;
    int e = read_all(f, &data, &len);
    if (f != stdin) fclose(f);
    if (e) {
        emit_error(c, path, strerror(e));
        return;
    }
    nb_options opt = {.path = path, .encoding = c->encoding};
    nb_report *r = nb_parse(data, len, &opt);
    free(data);
    if (nb_report_error(r)) {
        fprintf(stderr, "nianbao: %s: %s\n", path, nb_report_error(r));
        c->failed = 1;
    }
    emit(c, r);
    nb_report_free(r);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void parse_path(cli *c, const char *path);

static void parse_dir(cli *c, const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        emit_error(c, path, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue; /* ., .. and hidden files */
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p) break;
            names = p;
        }
        names[n] = malloc(strlen(path) + strlen(de->d_name) + 2);
        if (!names[n]) break;
        sprintf(names[n], "%s/%s", path, de->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        parse_path(c, names[i]);
        free(names[i]);
    }
    free(names);
}

static void parse_path(cli *c, const char *path)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) parse_dir(c, path);
    else parse_one(c, path);
}

static int cmd_parse(int argc, char **argv)
{
    cli c = {0};
    int first = argc;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--encoding") && i + 1 < argc) {
            c.encoding = argv[++i];
        } else if (!strncmp(argv[i], "--encoding=", 11)) {
            c.encoding = argv[i] + 11;
        } else if (!strcmp(argv[i], "--pretty")) {
            c.pretty = 1;
        } else if (!strcmp(argv[i], "--")) {
            first = i + 1;
            break;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "nianbao: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    if (first >= argc) {
        fprintf(stderr, "nianbao: parse needs a file, a directory or -\n%s", usage);
        return 2;
    }
    for (int i = first; i < argc; i++) parse_path(&c, argv[i]);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "nianbao: writing output: %s\n", strerror(errno));
        return 1;
    }
    return c.failed ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("nianbao %s (JSON schema %d)\n", nb_version(), NIANBAO_SCHEMA);
        return 0;
    }
    if (!strcmp(argv[1], "parse")) return cmd_parse(argc - 2, argv + 2);
    fprintf(stderr, "nianbao: unknown command %s\n%s", argv[1], usage);
    return 2;
}
