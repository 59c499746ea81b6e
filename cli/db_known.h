/* db_known.h — the files a database already holds as this nianbao would load them again: the same
 * file (abspath), the same bytes (sha256), given by the same path, loaded by this version of
 * nianbao, and usable (no error). Such a file is not parsed again by `load` (cli/load.c): its rows
 * would be the same.
 *
 * Read once before a load starts, then only looked up, from any thread. The writer asks the
 * database again before it skips a file (nb_db_unchanged, db.h): another load may have replaced
 * its row since.
 *
 *     nb_known *k = nb_known_read(h, nb_version());          // NULL: cannot read (sqlite3_errmsg)
 *     if (nb_known_has(k, abspath, sha256, path)) …skip…;
 *     nb_known_free(k); */
#ifndef NB_CLI_DB_KNOWN_H
#define NB_CLI_DB_KNOWN_H

#include <sqlite3.h>

typedef struct nb_known nb_known;

nb_known *nb_known_read(sqlite3 *h, const char *version);
int nb_known_has(const nb_known *k, const char *abspath, const char *sha256, const char *path);
void nb_known_free(nb_known *k);

#endif
