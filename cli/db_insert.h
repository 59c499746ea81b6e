/* db_insert.h — the rows of one table, kept and written NB_INS_ROWS at a time by one
 * `INSERT … SELECT` that reads them where they are kept (cli/db.c writes every child table of a
 * report through one).
 *
 * Why: SQLite runs a one-row INSERT as a whole statement (open a cursor, seek from the root, halt,
 * close), which costs more than the row; an INSERT of many VALUES rows needs each value bound
 * (sqlite3_bind_*), then copied into its register by the statement: a fifth of the writer's
 * instructions. The rows kept are a virtual table of this connection's (eponymous: never in the
 * database), which the INSERT reads a value at a time where the rows were made: nothing bound,
 * nothing copied, and any number of rows in one statement, the rows of several reports together.
 *
 * A report's rows are made aside, in the thread that parsed it, then given whole to the table:
 *
 *     nb_ins *rows = nb_ins_aside(3, 0, 0);  // no statement: kept, as many as are made
 *     nb_ins_value row[3] = {{NB_INS_INT, .i = 0}, …};   // the row's values, in column order
 *     nb_ins_add_row(rows, row, 3); …
 *     nb_ins_set_int(rows, 0, 2, v);   // a value known only later, set in place
 *
 *     nb_ins *t = nb_ins_new(h, "diagnostics", "report_id, ord, severity", 3);  // NULL: cannot prepare
 *     if (nb_ins_take(t, &rows, id) != 0) …;  // t keeps them (rows is NULL now), their first column
 *                                      // id (a report's rows are made before its id is known); written
 *                                      // with the rows kept before once there are NB_INS_ROWS:
 *                                      // -1, SQLite's error is in sqlite3_errmsg(h)
 *     nb_ins_flush(t);                // before COMMIT: the rows still kept
 *     nb_ins_drop(t);                 // after ROLLBACK: forget them */
#ifndef NB_CLI_DB_INSERT_H
#define NB_CLI_DB_INSERT_H
#include <stddef.h>

#include <sqlite3.h>

/* rows kept before they are written: 256 a statement did 4% fewer instructions than 32 or 64, and
 * as many as 1024 (callgrind, 300 of the benchmark's files) */
enum { NB_INS_ROWS = 256 };

typedef struct nb_ins nb_ins;

/* An INSERT INTO table(columns) of ncol values a row; columns as SQL writes them, comma-separated. */
nb_ins *nb_ins_new(sqlite3 *h, const char *table, const char *columns, int ncol);
/* Room made for rows rows and bytes bytes of text (0: as they come), so that a report's rows
 * are not copied over and over as they grow. */
nb_ins *nb_ins_aside(int ncol, size_t rows, size_t bytes);
void nb_ins_free(nb_ins *t);

typedef struct nb_ins_value {
    enum { NB_INS_NULL, NB_INS_INT, NB_INS_REAL, NB_INS_TEXT } type;
    sqlite3_int64 i;
    double d;
    const char *p; /* the text: n bytes, not NUL-terminated; NULL is NULL */
    size_t n;
} nb_ins_value;

/* A row made aside: its n values (n must be ncol) in column order, texts copied. 0. */
int nb_ins_add_row(nb_ins *t, const nb_ins_value *v, size_t n);
/* The rows made aside (complete ones), and the bytes of their texts. */
size_t nb_ins_rows(const nb_ins *t);
size_t nb_ins_bytes(const nb_ins *t);
/* Column col (0-based) of row row, set to the integer v. */
void nb_ins_set_int(nb_ins *t, size_t row, int col, sqlite3_int64 v);
/* The rows of *from (made aside), kept by t after its own with first as their first column, and
 * *from set to NULL (t frees them once written or dropped): 0, or -1 when writing them failed. */
int nb_ins_take(nb_ins *t, nb_ins **from, sqlite3_int64 first);
/* Every row kept, written: 0 or -1. */
int nb_ins_flush(nb_ins *t);
/* Every row kept, forgotten. */
void nb_ins_drop(nb_ins *t);
/* 1 if t keeps rows of report id (given by nb_ins_take). */
int nb_ins_holds(const nb_ins *t, sqlite3_int64 id);

#endif
