/* db_checkpoint.c — checkpoints in a thread of their own: see db_checkpoint.h. */
#include "db_checkpoint.h"

#include <pthread.h>
#include <stdlib.h>

struct nb_ckpt {
    sqlite3 *writer, *h; /* h: this thread's connection */
    pthread_t t;
    pthread_mutex_t mtx;
    pthread_cond_t wake, done;
    int pages;              /* in the log after the last commit */
    unsigned asked, folded; /* checkpoints asked for, and the last one asked for that is done */
    int ended;              /* the writer is done */
};

static void ask(nb_ckpt *c)
{
    c->asked++;
    pthread_cond_signal(&c->wake);
}

/* In the writer's thread, after each commit: n pages in the log. */
static int on_commit(void *ctx, sqlite3 *writer, const char *schema, int n)
{
    (void)writer;
    (void)schema;
    nb_ckpt *c = ctx;
    pthread_mutex_lock(&c->mtx);
    c->pages = n;
    if (n >= NB_CKPT_PAGES) ask(c);
    pthread_mutex_unlock(&c->mtx);
    return SQLITE_OK;
}

static void *run(void *arg)
{
    nb_ckpt *c = arg;
    pthread_mutex_lock(&c->mtx);
    for (;;) {
        while (c->folded == c->asked && !c->ended) pthread_cond_wait(&c->wake, &c->mtx);
        if (c->folded == c->asked) break; /* ended, nothing asked */
        unsigned asked = c->asked;
        pthread_mutex_unlock(&c->mtx);
        /* PASSIVE: what is committed and no reader still needs; a failure (busy, the disk) leaves the
         * log as it was, for the next one or for the close */
        sqlite3_wal_checkpoint_v2(c->h, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mtx);
        c->folded = asked;
        pthread_cond_broadcast(&c->done);
    }
    pthread_mutex_unlock(&c->mtx);
    return NULL;
}

void nb_ckpt_bound(nb_ckpt *c)
{
    if (!c) return;
    pthread_mutex_lock(&c->mtx);
    if (c->pages >= NB_CKPT_LIMIT) {
        ask(c);
        unsigned want = c->asked;
        while (c->folded - want > (unsigned)-1 / 2) pthread_cond_wait(&c->done, &c->mtx); /* folded < want */
        c->pages = 0;
    }
    pthread_mutex_unlock(&c->mtx);
}

nb_ckpt *nb_ckpt_start(sqlite3 *writer, const char *path)
{
    nb_ckpt *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->writer = writer;
    if (sqlite3_open_v2(path, &c->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
        /* a connection knows the database is in WAL mode once it has read it */
        sqlite3_exec(c->h, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_close(c->h);
        free(c);
        return NULL;
    }
    pthread_mutex_init(&c->mtx, NULL);
    pthread_cond_init(&c->wake, NULL);
    pthread_cond_init(&c->done, NULL);
    if (pthread_create(&c->t, NULL, run, c) != 0) {
        pthread_mutex_destroy(&c->mtx);
        pthread_cond_destroy(&c->wake);
        pthread_cond_destroy(&c->done);
        sqlite3_close(c->h);
        free(c);
        return NULL;
    }
    /* replaces the writer's own checkpoints (wal_autocheckpoint is this hook too) */
    sqlite3_wal_hook(writer, on_commit, c);
    return c;
}

void nb_ckpt_stop(nb_ckpt *c)
{
    if (!c) return;
    sqlite3_wal_hook(c->writer, NULL, NULL);
    pthread_mutex_lock(&c->mtx);
    c->ended = 1;
    pthread_cond_signal(&c->wake);
    pthread_mutex_unlock(&c->mtx);
    pthread_join(c->t, NULL);
    pthread_mutex_destroy(&c->mtx);
    pthread_cond_destroy(&c->wake);
    pthread_cond_destroy(&c->done);
    sqlite3_close(c->h);
    free(c);
}
