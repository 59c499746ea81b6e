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

/* A report's rows, given whole to a table with a statement (nb_ins_take), and the report's id. */
typedef struct part {
    nb_ins *rows;
    sqlite3_int64 id;
} part;

struct nb_ins {
    sqlite3_stmt *ins; /* INSERT … SELECT of the parts kept, from this table's source (below); none for rows made aside */
    int ncol;
    /* rows made aside */
    value *v;   /* vcap values: rows × ncol, and the row being made */
    size_t n;   /* values kept */
    size_t vcap;
    char *text; /* the texts of the values kept, one after the other */
    size_t len, cap;
    /* a table with a statement: the parts kept, until written, and their rows */
    part *part;
    size_t nparts, partcap, kept;
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
    size_t part, row; /* row of part, or part == nparts at the end */
    /* the current row's values and its report's id, kept as the cursor moves: xColumn is called
     * for every value written (a tenth of the writer's instructions), and finds them here at once */
    const value *at;
    const char *text;
    sqlite3_int64 id;
} source_cursor;

static size_t rows_of(const nb_ins *t) { return t->n / (size_t)t->ncol; }

/* The cursor moved past the parts that have no row (left), and set on the row it is at */
static void skip_empty(source_cursor *c, const nb_ins *t)
{
    while (c->part < t->nparts && c->row >= rows_of(t->part[c->part].rows)) c->part++, c->row = 0;
    if (c->part < t->nparts) {
        const nb_ins *rows = t->part[c->part].rows;
        c->at = rows->v + c->row * (size_t)rows->ncol;
        c->text = rows->text;
        c->id = t->part[c->part].id;
    }
}

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
    source_cursor *sc = (source_cursor *)c;
    sc->part = sc->row = 0;
    skip_empty(sc, ((source *)c->pVtab)->t);
    return SQLITE_OK;
}

static int source_next(sqlite3_vtab_cursor *c)
{
    source_cursor *sc = (source_cursor *)c;
    sc->row++;
    skip_empty(sc, ((source *)c->pVtab)->t);
    return SQLITE_OK;
}

static int source_eof(sqlite3_vtab_cursor *c)
{
    return ((source_cursor *)c)->part >= ((source *)c->pVtab)->t->nparts;
}

/* Column 0 is the report's id (its rows were made before it was known). The texts are given
 * SQLITE_STATIC: the parts do not move before the statement is done. */
static int source_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx, int col)
{
    const source_cursor *sc = (const source_cursor *)c;
    const value *v = sc->at + col;
    switch (col ? v->type : V_INT) {
    case V_NULL: break; /* the result is NULL unless set */
    case V_INT: sqlite3_result_int64(ctx, col ? v->u.i : sc->id); break;
    case V_REAL: sqlite3_result_double(ctx, v->u.d); break;
    case V_TEXT:
        /* a text of length 0 still needs a pointer, or SQLite makes it NULL */
        sqlite3_result_text64(ctx, v->u.s.n ? sc->text + v->u.s.off : "", v->u.s.n, SQLITE_STATIC, SQLITE_UTF8);
        break;
    }
    return SQLITE_OK;
}

static int source_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *rowid)
{
    const source_cursor *sc = (const source_cursor *)c;
    *rowid = (sqlite3_int64)(sc->part << 32 | sc->row);
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
    nb_ins_drop(t);
    sqlite3_finalize(t->ins);
    free(t->part);
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

/* Room for n more values and bytes more text. */
static void room(nb_ins *t, size_t n, size_t bytes)
{
    if (t->n + n > t->vcap) {
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
    if (t->ins || n != (size_t)t->ncol || t->n % (size_t)t->ncol) wrong_row();
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
    return 0;
}

int nb_ins_flush(nb_ins *t)
{
    int rc = 0;
    if (t->kept) {
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

int nb_ins_take(nb_ins *t, nb_ins **from, sqlite3_int64 first)
{
    nb_ins *rows = *from;
    *from = NULL;
    if (!t->ins || rows->ins || rows->ncol != t->ncol || rows->n % (size_t)t->ncol) wrong_row();
    if (!rows->n) {
        nb_ins_free(rows);
        return 0;
    }
    if (t->nparts == t->partcap) t->part = cli_realloc(t->part, sizeof *t->part * (t->partcap = t->partcap * 2 + 16));
    t->part[t->nparts++] = (part){rows, first};
    t->kept += rows_of(rows);
    return t->kept >= NB_INS_ROWS ? nb_ins_flush(t) : 0;
}

void nb_ins_drop(nb_ins *t)
{
    for (size_t i = 0; i < t->nparts; i++) nb_ins_free(t->part[i].rows);
    t->nparts = t->kept = 0;
    t->n = 0;
    t->len = 0;
}

int nb_ins_holds(const nb_ins *t, sqlite3_int64 id)
{
    for (size_t i = 0; i < t->nparts; i++)
        if (t->part[i].id == id) return 1;
    return 0;
}
