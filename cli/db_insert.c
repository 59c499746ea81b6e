/* db_insert.c — rows kept, and written many to a statement: see db_insert.h. */
#include "db_insert.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

typedef struct value {
    enum { V_NULL, V_INT, V_REAL, V_TEXT } type;
    union {
        sqlite3_int64 i;
        double d;
        struct {
            size_t off, n; /* in text */
        } s;
    } u;
} value;

struct nb_ins {
    sqlite3_stmt *ins; /* INSERT … SELECT of the rows kept, from this table's source (below); none for rows made aside */
    int ncol;
    value *v;   /* NB_INS_ROWS rows of ncol values (rows made aside: vcap values) */
    size_t n;   /* values kept: rows kept × ncol, and the row being made */
    size_t vcap;
    char *text; /* the texts of the values kept, one after the other */
    size_t len, cap;
};

/* ---- the rows kept, as a table SQLite reads (an eponymous virtual table, one a nb_ins) ----------------
 * Why: bound to an INSERT of many VALUES rows, each value went through sqlite3_bind_* and then was
 * copied by the statement into its register (a fifth of the writer's instructions); read by
 * `INSERT … SELECT` from a virtual table, SQLite takes each value where it is, and any number of rows
 * goes in one statement. Its columns have no type, so that the INSERT gives each value the affinity
 * of its column as it gave a bound one. */
typedef struct source {
    sqlite3_vtab base;
    const nb_ins *t;
} source;

typedef struct source_cursor {
    sqlite3_vtab_cursor base;
    size_t row;
} source_cursor;

static int source_connect(sqlite3 *h, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err)
{
    (void)argc, (void)argv, (void)err;
    const nb_ins *t = aux;
    char decl[16 + 8 * 64];
    size_t n = (size_t)snprintf(decl, sizeof decl, "CREATE TABLE x(");
    for (int c = 0; c < t->ncol && n < sizeof decl; c++)
        n += (size_t)snprintf(decl + n, sizeof decl - n, "%sc%d", c ? ", " : "", c);
    if (n + 2 > sizeof decl) return SQLITE_ERROR;
    memcpy(decl + n, ")", 2);
    int rc = sqlite3_declare_vtab(h, decl);
    if (rc != SQLITE_OK) return rc;
    source *s = sqlite3_malloc(sizeof *s);
    if (!s) return SQLITE_NOMEM;
    memset(s, 0, sizeof *s);
    s->t = t;
    *out = &s->base;
    return SQLITE_OK;
}

static int source_disconnect(sqlite3_vtab *v)
{
    sqlite3_free(v);
    return SQLITE_OK;
}

static int source_best_index(sqlite3_vtab *v, sqlite3_index_info *info)
{
    (void)v;
    info->estimatedCost = NB_INS_ROWS;
    info->estimatedRows = NB_INS_ROWS;
    return SQLITE_OK;
}

static int source_open(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
    (void)v;
    source_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int source_close(sqlite3_vtab_cursor *c)
{
    sqlite3_free(c);
    return SQLITE_OK;
}

static int source_filter(sqlite3_vtab_cursor *c, int idx, const char *idxs, int argc, sqlite3_value **argv)
{
    (void)idx, (void)idxs, (void)argc, (void)argv;
    ((source_cursor *)c)->row = 0;
    return SQLITE_OK;
}

static int source_next(sqlite3_vtab_cursor *c)
{
    ((source_cursor *)c)->row++;
    return SQLITE_OK;
}

static int source_eof(sqlite3_vtab_cursor *c)
{
    const nb_ins *t = ((source *)c->pVtab)->t;
    return ((source_cursor *)c)->row >= t->n / (size_t)t->ncol;
}

/* The texts are given SQLITE_STATIC: t->text does not move before the statement is done. */
static int source_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx, int col)
{
    const nb_ins *t = ((source *)c->pVtab)->t;
    const value *v = &t->v[((source_cursor *)c)->row * (size_t)t->ncol + (size_t)col];
    switch (v->type) {
    case V_NULL: break; /* the result is NULL unless set */
    case V_INT: sqlite3_result_int64(ctx, v->u.i); break;
    case V_REAL: sqlite3_result_double(ctx, v->u.d); break;
    case V_TEXT:
        /* a text of length 0 still needs a pointer, or SQLite makes it NULL */
        sqlite3_result_text64(ctx, v->u.s.n ? t->text + v->u.s.off : "", v->u.s.n, SQLITE_STATIC, SQLITE_UTF8);
        break;
    }
    return SQLITE_OK;
}

static int source_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *rowid)
{
    *rowid = (sqlite3_int64)((source_cursor *)c)->row;
    return SQLITE_OK;
}

/* xCreate NULL: eponymous only, never in the database's schema (a reader sees nothing of it) */
static const sqlite3_module source_module = {
    .xConnect = source_connect,
    .xBestIndex = source_best_index,
    .xDisconnect = source_disconnect,
    .xOpen = source_open,
    .xClose = source_close,
    .xFilter = source_filter,
    .xNext = source_next,
    .xEof = source_eof,
    .xColumn = source_column,
    .xRowid = source_rowid,
};

/* "INSERT OR ROLLBACK INTO table(columns) SELECT * FROM nb_rows_table", its source registered first.
 * OR ROLLBACK: a statement of many rows that can fail halfway would keep a statement journal, the old
 * content of every page it changes written aside (to a temporary file past 64 KB), to undo only its
 * own rows; a load undoes the whole batch on any failure anyway. */
static int prepare(sqlite3 *h, nb_ins *t, const char *table, const char *columns)
{
    char name[64], q[512];
    if ((size_t)snprintf(name, sizeof name, "nb_rows_%s", table) >= sizeof name ||
        (size_t)snprintf(q, sizeof q, "INSERT OR ROLLBACK INTO %s(%s) SELECT * FROM %s", table, columns, name) >=
            sizeof q)
        return -1;
    if (sqlite3_create_module_v2(h, name, &source_module, t, NULL) != SQLITE_OK) return -1;
    return sqlite3_prepare_v3(h, q, -1, SQLITE_PREPARE_PERSISTENT, &t->ins, NULL) == SQLITE_OK ? 0 : -1;
}

nb_ins *nb_ins_new(sqlite3 *h, const char *table, const char *columns, int ncol)
{
    nb_ins *t = calloc(1, sizeof *t);
    if (!t) cli_oom();
    t->ncol = ncol;
    t->v = cli_realloc(NULL, sizeof *t->v * (size_t)ncol * NB_INS_ROWS);
    if (prepare(h, t, table, columns) != 0) {
        nb_ins_free(t);
        return NULL;
    }
    return t;
}

nb_ins *nb_ins_aside(int ncol, size_t rows, size_t bytes)
{
    nb_ins *t = calloc(1, sizeof *t);
    if (!t) cli_oom();
    t->ncol = ncol;
    if (rows) t->v = cli_realloc(NULL, sizeof *t->v * (t->vcap = rows * (size_t)ncol));
    if (bytes) t->text = cli_realloc(NULL, t->cap = bytes);
    return t;
}

void nb_ins_free(nb_ins *t)
{
    if (!t) return;
    sqlite3_finalize(t->ins);
    free(t->v);
    free(t->text);
    free(t);
}

/* A row of another number of values than the table's is a mistake in the caller. */
static void wrong_row(void)
{
    fputs("nianbao: internal error: a database row of the wrong number of values\n", stderr);
    abort();
}

/* Room for n more values and bytes more text; a table with statements holds NB_INS_ROWS rows at most
 * (nb_ins_add_row writes them when there are as many). */
static void room(nb_ins *t, size_t n, size_t bytes)
{
    if (t->ins) {
        if (t->n + n > (size_t)t->ncol * NB_INS_ROWS) wrong_row();
    } else if (t->n + n > t->vcap) {
        while (t->n + n > t->vcap) t->vcap = t->vcap ? t->vcap * 2 : (size_t)t->ncol * 64;
        t->v = cli_realloc(t->v, sizeof *t->v * t->vcap);
    }
    if (t->len + bytes > t->cap) {
        while (t->len + bytes > t->cap) t->cap = t->cap ? t->cap * 2 : 4096;
        t->text = cli_realloc(t->text, t->cap);
    }
}

/* A row at once: one check for room, then the values copied (a value at a time was a fifth of
 * making a report's rows). */
int nb_ins_add_row(nb_ins *t, const nb_ins_value *v, size_t n)
{
    if (n != (size_t)t->ncol || t->n % (size_t)t->ncol) wrong_row();
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].type == NB_INS_TEXT && v[i].p) bytes += v[i].n;
    room(t, n, bytes);
    value *x = t->v + t->n;
    for (size_t i = 0; i < n; i++, x++) switch (v[i].type == NB_INS_TEXT && !v[i].p ? NB_INS_NULL : v[i].type) {
        case NB_INS_NULL: x->type = V_NULL; break;
        case NB_INS_INT: *x = (value){V_INT, {.i = v[i].i}}; break;
        case NB_INS_REAL: *x = (value){V_REAL, {.d = v[i].d}}; break;
        case NB_INS_TEXT:
            if (v[i].n) memcpy(t->text + t->len, v[i].p, v[i].n);
            *x = (value){V_TEXT, {.s = {t->len, v[i].n}}};
            t->len += v[i].n;
            break;
        }
    t->n += n;
    return t->ins && t->n == (size_t)t->ncol * NB_INS_ROWS ? nb_ins_flush(t) : 0;
}

int nb_ins_flush(nb_ins *t)
{
    int rc = 0;
    if (t->n) {
        rc = sqlite3_step(t->ins) == SQLITE_DONE ? 0 : -1;
        sqlite3_reset(t->ins); /* after a failure, it leaves the error in the connection for sqlite3_errmsg */
    }
    nb_ins_drop(t);
    return rc;
}

size_t nb_ins_rows(const nb_ins *t) { return t->n / (size_t)t->ncol; }
size_t nb_ins_bytes(const nb_ins *t) { return t->len; }

void nb_ins_set_int(nb_ins *t, size_t row, int col, sqlite3_int64 v)
{
    t->v[row * (size_t)t->ncol + (size_t)col] = (value){V_INT, {.i = v}};
}

/* The text of values v[0 .. count), from its first text to the end of its last: [*lo, *hi). */
static void text_range(const value *v, size_t count, size_t *lo, size_t *hi)
{
    *lo = *hi = 0;
    size_t i = 0;
    while (i < count && v[i].type != V_TEXT) i++;
    if (i == count) return;
    *lo = v[i].u.s.off;
    size_t j = count;
    while (v[j - 1].type != V_TEXT) j--;
    *hi = v[j - 1].u.s.off + v[j - 1].u.s.n;
}

int nb_ins_take(nb_ins *t, const nb_ins *from, sqlite3_int64 first)
{
    if (from->ncol != t->ncol || from->n % (size_t)t->ncol || t->n % (size_t)t->ncol) wrong_row();
    size_t full = (size_t)t->ncol * NB_INS_ROWS;
    for (size_t done = 0; done < from->n;) {
        size_t k = full - t->n < from->n - done ? full - t->n : from->n - done;
        const value *v = from->v + done;
        /* the texts of these rows follow one another in from->text: copied at once, and the
         * values moved to where they are now */
        size_t lo, hi;
        text_range(v, k, &lo, &hi);
        room(t, k, hi - lo);
        if (hi > lo) memcpy(t->text + t->len, from->text + lo, hi - lo);
        value *x = t->v + t->n;
        memcpy(x, v, k * sizeof *v);
        for (size_t i = 0; i < k; i++)
            if (x[i].type == V_TEXT) x[i].u.s.off = x[i].u.s.off - lo + t->len;
        for (size_t i = 0; i < k; i += (size_t)t->ncol) x[i] = (value){V_INT, {.i = first}};
        t->len += hi - lo;
        t->n += k;
        done += k;
        if (t->n == full && nb_ins_flush(t) != 0) return -1;
    }
    return 0;
}

void nb_ins_drop(nb_ins *t)
{
    t->n = 0;
    t->len = 0;
}

int nb_ins_holds(const nb_ins *t, int col, sqlite3_int64 v)
{
    for (size_t i = (size_t)col; i < t->n; i += (size_t)t->ncol)
        if (t->v[i].type == V_INT && t->v[i].u.i == v) return 1;
    return 0;
}
