/* check_db.h — `nianbao check --db DB` (cli/check_db.c): R7 over the pairs of consecutive years in a
 * database that `nianbao load` wrote. check.c hands its options over. */
#ifndef NB_CLI_CHECK_DB_H
#define NB_CLI_CHECK_DB_H

typedef struct nb_check_db_opts {
    int json, all, strict, quiet;
} nb_check_db_opts;

/* The exit status of `check`: 0 every R7 check holds, 1 one fails, 2 the database is unusable. */
int nb_check_db(const char *path, const nb_check_db_opts *o);

#endif
