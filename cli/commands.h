/* commands.h — the subcommands of nianbao besides parse: main() dispatches to them.
 *
 *     if (!strcmp(argv[1], "check")) return nb_cmd_check(argc - 2, argv + 2);
 *     if (!strcmp(argv[1], "facts")) return nb_cmd_facts(argc - 2, argv + 2);
 *
 * Each takes the arguments after its name and returns the exit status. */
#ifndef NB_CLI_COMMANDS_H
#define NB_CLI_COMMANDS_H
#include <stddef.h>

int nb_cmd_check(int argc, char **argv); /* cli/check.c: the 勾稽关系 of reports */
int nb_cmd_facts(int argc, char **argv); /* cli/facts.c: every table cell, as CSV or JSON Lines */
int nb_cmd_load(int argc, char **argv);  /* cli/load.c: reports into an SQLite database */
int nb_cmd_text(int argc, char **argv);  /* cli/text.c: the text a report was read as */

/* What the commands share (cli/paths.c, cli/check.c). */
typedef struct nb_paths {
    char **v;
    size_t n, cap;
} nb_paths;
/* Calls fn with path, or with the files under it in name order when it is a directory (hidden
 * ones left out; "-" is standard input); a directory that cannot be listed comes with the reason
 * (error non-NULL). cli/paths.c. */
typedef void nb_path_fn(void *ctx, const char *path, const char *error);
void nb_paths_walk(const char *path, nb_path_fn *fn, void *ctx);
/* nb_paths_walk into a list of copies (an unlistable directory is listed as itself). */
void nb_paths_expand(nb_paths *l, const char *path);
void nb_paths_free(nb_paths *l);
/* The whole file, or its first max bytes, in a malloc'd buffer; 0, or an errno. */
int nb_read_all(const char *path, char **data, size_t *len, size_t max);
/* The whole file (- for stdin), or its first max bytes, into *buf, grown as needed and kept for the
 * next file: 0 or an errno. */
int nb_read_into(const char *path, char **buf, size_t *cap, size_t *len, size_t max);

#endif
