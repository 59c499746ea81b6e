/* db_labels.h — the labels of cells, each written once: a row of cell_labels (key, row label,
 * column label) that the rows of cell_rows name by its id (cli/db_schema.h; the view cells joins
 * them back).
 *
 * Why: a cell's key and labels are most of its row (about 100 bytes of 140), and every report of
 * an edition writes the same ones; written once, the database is a third smaller and a load a tenth
 * faster. The labels are the cell's own (the row label as the report wrote it), so a report whose
 * label differs gets a label row of its own: nothing is changed, only shared.
 *
 * The writer keeps every label of the database in memory (a few hundred to a few thousand), read
 * again when another connection committed since (PRAGMA data_version) or after a rollback.
 *
 *     nb_labels *L = nb_labels_new(h);                 // NULL: cannot prepare (sqlite3_errmsg(h))
 *     nb_labels_sync(L);                               // in each write transaction, before the ids
 *     sqlite3_int64 id = nb_labels_id(L, key, row, column);   // -1: the insert failed
 *     nb_labels_forget(L);                             // after a ROLLBACK
 *
 * The labels are looked up as one string and its hash, which another thread (a parsing one) can
 * make beforehand: nb_labels_encode, nb_labels_hash, then nb_labels_id_of in the writer.
 *     nb_labels_free(L); */
#ifndef NB_CLI_DB_LABELS_H
#define NB_CLI_DB_LABELS_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

typedef struct nb_labels nb_labels;

nb_labels *nb_labels_new(sqlite3 *h);
void nb_labels_free(nb_labels *L);
/* The labels in memory made current: 0, or -1 (the error in sqlite3_errmsg). */
int nb_labels_sync(nb_labels *L);
/* The id of these labels (NULL is a label of its own, not ""), a new row if there is none. */
sqlite3_int64 nb_labels_id(nb_labels *L, const char *key, const char *row, const char *column);
/* The labels as one string (NULL differs from ""), appended to *buf at len (*cap bytes, grown
 * as needed); its length. Pure: any thread. */
size_t nb_labels_encode(const char *key, const char *row, const char *column, char **buf, size_t len, size_t *cap);
uint64_t nb_labels_hash(const char *s, size_t n);
/* nb_labels_id of labels already encoded (n bytes, hash hv). */
sqlite3_int64 nb_labels_id_of(nb_labels *L, const char *s, size_t n, uint64_t hv);
/* The labels in memory may name rows rolled back: read them again at the next sync. */
void nb_labels_forget(nb_labels *L);

#endif
