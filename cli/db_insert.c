/* db_insert.c — rows written many to a statement: see db_insert.h. */
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
    sqlite3_stmt *one, *many; /* INSERT of one row, of NB_INS_ROWS rows; none for rows made aside */
    int ncol;
    value *v;   /* NB_INS_ROWS rows of ncol values (rows made aside: vcap values) */
    size_t n;   /* values kept: rows kept × ncol, and the row being made */
    size_t vcap;
    char *text; /* the texts of the values kept, one after the other */
    size_t len, cap;
    value *bound; /* what each parameter of many holds (bindings outlive a reset); V_TEXT: unknown */
};

/* "INSERT OR ROLLBACK INTO table(columns) VALUES(?1, …, ?ncol), (…)…", rows times. OR ROLLBACK: a
 * statement of many rows that can fail halfway would keep a statement journal, the old content of
 * every page it changes written aside (to a temporary file past 64 KB), to undo only its own rows;
 * a load undoes the whole batch on any failure anyway. */
static char *insert_sql(const char *table, const char *columns, int ncol, int rows)
{
    size_t cap = strlen(table) + strlen(columns) + 32 + (size_t)rows * (size_t)ncol * 8;
    char *q = cli_realloc(NULL, cap);
    size_t n = (size_t)snprintf(q, cap, "INSERT OR ROLLBACK INTO %s(%s) VALUES", table, columns);
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < ncol; c++)
            n += (size_t)snprintf(q + n, cap - n, "%s?%d%s", c ? ", " : r ? ", (" : "(", r * ncol + c + 1,
                                  c == ncol - 1 ? ")" : "");
    return q;
}

static int prepare(sqlite3 *h, const char *table, const char *columns, int ncol, int rows, sqlite3_stmt **st)
{
    char *q = insert_sql(table, columns, ncol, rows);
    int rc = sqlite3_prepare_v3(h, q, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    free(q);
    return rc == SQLITE_OK ? 0 : -1;
}

nb_ins *nb_ins_new(sqlite3 *h, const char *table, const char *columns, int ncol)
{
    nb_ins *t = calloc(1, sizeof *t);
    if (!t) cli_oom();
    t->ncol = ncol;
    t->v = cli_realloc(NULL, sizeof *t->v * (size_t)ncol * NB_INS_ROWS);
    t->bound = cli_realloc(NULL, sizeof *t->bound * (size_t)ncol * NB_INS_ROWS);
    for (size_t i = 0; i < (size_t)ncol * NB_INS_ROWS; i++) t->bound[i].type = V_TEXT;
    if (prepare(h, table, columns, ncol, 1, &t->one) != 0 ||
        prepare(h, table, columns, ncol, NB_INS_ROWS, &t->many) != 0) {
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
    sqlite3_finalize(t->one);
    sqlite3_finalize(t->many);
    free(t->v);
    free(t->bound);
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
    if (t->many) {
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
    return t->many && t->n == (size_t)t->ncol * NB_INS_ROWS ? nb_ins_flush(t) : 0;
}

/* 1 if parameter i of st holds v already, as bound last time (a fifth of a load's writing went to
 * binding; the same report id, a 0 or 1, a NULL often come again at the same place); else 0, and
 * it is noted as bound now. A text is always bound again: it is somewhere else in t->text. */
static int holds(value *bound, size_t i, const value *v)
{
    if (!bound) return 0;
    value *b = &bound[i];
    if (v->type != V_TEXT && b->type == v->type &&
        (v->type == V_NULL || (v->type == V_INT ? b->u.i == v->u.i : !memcmp(&b->u.d, &v->u.d, sizeof v->u.d))))
        return 1;
    *b = *v;
    return 0;
}

/* Values v[0 .. rows*ncol) bound to st and run. The texts are bound SQLITE_STATIC: t->text does not
 * move before the step is done. */
static int run(nb_ins *t, sqlite3_stmt *st, const value *v, size_t count)
{
    value *bound = st == t->many ? t->bound : NULL;
    for (size_t i = 0; i < count; i++) {
        if (holds(bound, i, &v[i])) continue;
        int k = (int)i + 1;
        switch (v[i].type) {
        case V_NULL: sqlite3_bind_null(st, k); break;
        case V_INT: sqlite3_bind_int64(st, k, v[i].u.i); break;
        case V_REAL: sqlite3_bind_double(st, k, v[i].u.d); break;
        case V_TEXT:
            /* a text of length 0 still needs a pointer, or SQLite makes it NULL */
            sqlite3_bind_text64(st, k, v[i].u.s.n ? t->text + v[i].u.s.off : "", v[i].u.s.n, SQLITE_STATIC,
                                SQLITE_UTF8);
            break;
        }
    }
    int rc = sqlite3_step(st);
    sqlite3_reset(st); /* after a failure, it leaves the error in the connection for sqlite3_errmsg */
    return rc == SQLITE_DONE ? 0 : -1;
}

int nb_ins_flush(nb_ins *t)
{
    size_t rows = t->n / (size_t)t->ncol, ncol = (size_t)t->ncol;
    int rc = 0;
    if (rows == NB_INS_ROWS) rc = run(t, t->many, t->v, t->n);
    else
        for (size_t r = 0; r < rows && rc == 0; r++) rc = run(t, t->one, t->v + r * ncol, ncol);
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
