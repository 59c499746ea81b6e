/* db_labels.c — the labels of cells, each written once: see db_labels.h.
 *
 * In memory, a hash table of the labels, each as one string: for key, row and column in turn a
 * byte 1 and the text and a NUL, or a byte 0 for NULL (so NULL and "" differ, and no label can run
 * into the next). */
#include "db_labels.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

typedef struct entry {
    sqlite3_int64 id; /* 0: an empty slot (ids start at 1) */
    uint64_t hash;
    char *s; /* the labels as one string (above), len bytes */
    size_t len;
} entry;

struct nb_labels {
    sqlite3 *h;
    sqlite3_stmt *all, *insert, *version;
    entry *slot; /* cap slots, a power of 2, at most half full */
    size_t cap, n;
    char *buf; /* the labels looked up, as one string */
    size_t bufcap;
    sqlite3_int64 data_version; /* PRAGMA data_version when the labels were read */
    int stale;                  /* read them again at the next sync */
};

nb_labels *nb_labels_new(sqlite3 *h)
{
    nb_labels *L = calloc(1, sizeof *L);
    if (!L) cli_oom();
    L->h = h;
    L->stale = 1;
    if (sqlite3_prepare_v3(h, "SELECT id, key, row_label, column_label FROM cell_labels", -1,
                           SQLITE_PREPARE_PERSISTENT, &L->all, NULL) != SQLITE_OK ||
        sqlite3_prepare_v3(h, "INSERT INTO cell_labels(key, row_label, column_label) VALUES(?1, ?2, ?3)", -1,
                           SQLITE_PREPARE_PERSISTENT, &L->insert, NULL) != SQLITE_OK ||
        sqlite3_prepare_v3(h, "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT, &L->version, NULL) !=
            SQLITE_OK) {
        nb_labels_free(L);
        return NULL;
    }
    return L;
}

static void clear(nb_labels *L)
{
    for (size_t i = 0; i < L->cap; i++) free(L->slot[i].s);
    free(L->slot);
    L->slot = NULL;
    L->cap = L->n = 0;
}

void nb_labels_free(nb_labels *L)
{
    if (!L) return;
    sqlite3_finalize(L->all);
    sqlite3_finalize(L->insert);
    sqlite3_finalize(L->version);
    clear(L);
    free(L->buf);
    free(L);
}

size_t nb_labels_encode(const char *key, const char *row, const char *column, char **buf, size_t len, size_t *cap)
{
    const char *v[3] = {key, row, column};
    size_t k[3], need = len + 3;
    for (int i = 0; i < 3; i++) need += k[i] = v[i] ? strlen(v[i]) + 1 : 0;
    if (need > *cap) {
        *cap = need * 2;
        *buf = cli_realloc(*buf, *cap);
    }
    char *s = *buf + len;
    for (int i = 0; i < 3; i++) {
        *s++ = v[i] != NULL;
        if (k[i]) memcpy(s, v[i], k[i]);
        s += k[i];
    }
    return (size_t)(s - (*buf + len));
}

/* The three labels as one string in L->buf; its length. */
static size_t encode(nb_labels *L, const char *const v[3])
{
    return nb_labels_encode(v[0], v[1], v[2], &L->buf, 0, &L->bufcap);
}

/* The labels of an encoded string (nb_labels_encode), pointers into it. */
static void decode(const char *s, const char *v[3])
{
    for (int i = 0; i < 3; i++) {
        v[i] = *s++ ? s : NULL;
        if (v[i]) s += strlen(s) + 1;
    }
}

/* 64-bit multiply-xor over 8 bytes at a time: cells are looked up by the hundred thousand */
uint64_t nb_labels_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
    return h ^ (h >> 29);
}

/* The slot of these labels, or the empty slot where they would go. */
static entry *find(nb_labels *L, const char *s, size_t n, uint64_t hv)
{
    for (size_t i = (size_t)hv & (L->cap - 1);; i = (i + 1) & (L->cap - 1)) {
        entry *e = &L->slot[i];
        if (!e->id || (e->hash == hv && e->len == n && !memcmp(e->s, s, n))) return e;
    }
}

static void grow(nb_labels *L)
{
    entry *old = L->slot;
    size_t oldcap = L->cap;
    L->cap = oldcap ? oldcap * 2 : 256;
    if (!(L->slot = calloc(L->cap, sizeof *L->slot))) cli_oom();
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].id) *find(L, old[i].s, old[i].len, old[i].hash) = old[i];
    free(old);
}

/* The labels s (n bytes, hash hv) have this id. */
static void add(nb_labels *L, const char *enc, size_t n, uint64_t hv, sqlite3_int64 id)
{
    if (2 * (L->n + 1) > L->cap) grow(L);
    entry *e = find(L, enc, n, hv);
    if (e->id) return; /* the same labels twice in the table: the first id serves */
    char *s = cli_realloc(NULL, n);
    memcpy(s, enc, n);
    *e = (entry){id, hv, s, n};
    L->n++;
}

static int reload(nb_labels *L)
{
    clear(L);
    int rc;
    while ((rc = sqlite3_step(L->all)) == SQLITE_ROW) {
        const char *v[3];
        for (int i = 0; i < 3; i++) v[i] = (const char *)sqlite3_column_text(L->all, i + 1);
        size_t n = encode(L, v);
        add(L, L->buf, n, nb_labels_hash(L->buf, n), sqlite3_column_int64(L->all, 0));
    }
    sqlite3_reset(L->all);
    return rc == SQLITE_DONE ? 0 : -1;
}

int nb_labels_sync(nb_labels *L)
{
    if (sqlite3_step(L->version) != SQLITE_ROW) {
        sqlite3_reset(L->version);
        return -1;
    }
    /* it changes when another connection commits, not when this one does */
    sqlite3_int64 v = sqlite3_column_int64(L->version, 0);
    sqlite3_reset(L->version);
    if (!L->stale && v == L->data_version) return 0;
    if (reload(L) != 0) return -1;
    L->data_version = v;
    L->stale = 0;
    return 0;
}

sqlite3_int64 nb_labels_id_of(nb_labels *L, const char *enc, size_t n, uint64_t hv)
{
    if (L->cap) {
        entry *e = find(L, enc, n, hv);
        if (e->id) return e->id;
    }
    const char *v[3];
    decode(enc, v);
    for (int i = 0; i < 3; i++)
        if (v[i]) sqlite3_bind_text(L->insert, i + 1, v[i], -1, SQLITE_STATIC);
        else sqlite3_bind_null(L->insert, i + 1);
    int rc = sqlite3_step(L->insert);
    sqlite3_reset(L->insert);
    if (rc != SQLITE_DONE) return -1;
    sqlite3_int64 id = sqlite3_last_insert_rowid(L->h);
    add(L, enc, n, hv, id);
    return id;
}

sqlite3_int64 nb_labels_id(nb_labels *L, const char *key, const char *row, const char *column)
{
    const char *v[3] = {key, row, column};
    size_t n = encode(L, v);
    return nb_labels_id_of(L, L->buf, n, nb_labels_hash(L->buf, n));
}

void nb_labels_forget(nb_labels *L)
{
    if (L) L->stale = 1;
}
