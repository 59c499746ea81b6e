/* db_checkpoint.h — the write-ahead log of a load folded back into the database by a thread of its
 * own, on a connection of its own, while the writer goes on writing.
 *
 * Why: SQLite folds the log back (a checkpoint) in the connection that commits, every 1000 pages
 * by default: it reads the log, writes the database and waits twice for the disk (fdatasync), and
 * the one thread that writes a load stopped meanwhile: 0.15 to 0.2 s of waiting, and an eighth of
 * its CPU time, for the benchmark's 3000 files. A checkpoint may run beside the writer (WAL mode
 * allows one writer, readers and one checkpoint at once), so here it does: the writer's connection
 * checkpoints no more by itself, and tells this thread (sqlite3_wal_hook) when a commit leaves the
 * log NB_CKPT_PAGES long or more. Nothing else changes: the same PASSIVE checkpoint, the same
 * syncs (synchronous = NORMAL), and closing the writer's connection folds back what is left.
 *
 *     nb_ckpt *c = nb_ckpt_start(writer, path);  // NULL: no thread; the writer checkpoints itself
 *     nb_ckpt_bound(c);                          // before each BEGIN: waits if the log is long
 *     …commits…
 *     nb_ckpt_stop(c);                           // before the writer's connection is closed */
#ifndef NB_CLI_DB_CHECKPOINT_H
#define NB_CLI_DB_CHECKPOINT_H
#include <sqlite3.h>

/* A checkpoint beside the writer folds back what was committed before it, while the writer adds
 * more: the log cannot start over from its beginning (SQLite does that only when a write begins
 * with every page of the log folded back), and would grow as long as the load. So once a commit
 * leaves it NB_CKPT_LIMIT pages long, the writer waits, before its next batch, for a checkpoint of
 * all of it: the log then starts over, and is at most that long and a batch. */
enum {
    NB_CKPT_PAGES = 1000, /* SQLite's own default (PRAGMA wal_autocheckpoint): 16 MB of 16 KB pages */
    NB_CKPT_LIMIT = 4096  /* 64 MB */
};

typedef struct nb_ckpt nb_ckpt;

nb_ckpt *nb_ckpt_start(sqlite3 *writer, const char *path);
void nb_ckpt_bound(nb_ckpt *c);
void nb_ckpt_stop(nb_ckpt *c);

#endif
