/* handoff.c — items from one thread to a consumer thread, in order: see handoff.h. A ring of cap
 * items under one mutex; the producer waits while it is full, the consumer while it is empty.
 *
 * Neither side is woken for every item: a thread woken for every item costs a sleep and a wake-up
 * each (7900 context switches for 3000 reports), which is time on a virtual machine. The producer is
 * woken when half the ring is free; the consumer when WAKE items are queued, not half the ring: with
 * a ring long enough for the producer to run ahead (load's 32), waiting for half of it kept the
 * consumer idle at the start and each time it had caught up. */
#define _POSIX_C_SOURCE 200809L
#include "handoff.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "progress.h"

enum { WAKE = 4 }; /* items queued that wake the consumer (or fewer, at the end) */

struct nb_handoff {
    size_t size, cap;   /* cap: the ring's slots */
    size_t limit, steady; /* items queued at most: early while setup runs, then steady (below) */
    size_t taken;         /* items the consumer took */
    int (*setup)(void *ctx);
    char *ring;
    size_t *weight;             /* of each item in the ring */
    size_t budget, weighed;     /* the most weight queued at once (0: any), and the weight queued */
    size_t head, count; /* the oldest item, and how many are queued */
    int (*consume)(void *ctx, void *item);
    void (*item_free)(void *item);
    void *ctx;
    int threaded, ended, rc; /* ended: no more puts; rc: the consumer's first non-zero */
    pthread_t t;
    pthread_mutex_t mtx;
    pthread_cond_t queued, freed; /* WAKE items are queued, or the end came; half of it is free */
    nb_handoff_waits waits;       /* under mtx */
};

/* A wait on cond, timed into *secs and counted in *n (a clock read only around a wait, which
 * happens a few hundred times in a load, not at every item). */
static void timed_wait(nb_handoff *h, pthread_cond_t *cond, double *secs, size_t *n)
{
    double t0 = nb_progress_now();
    pthread_cond_wait(cond, &h->mtx);
    *secs += nb_progress_now() - t0;
    ++*n;
}

/* The item in the consumer's hands: consumed, or freed once the consumer has failed; the first
 * failure, kept. */
static int take(nb_handoff *h, void *item, int failed)
{
    if (failed) {
        h->item_free(item);
        return failed;
    }
    return h->consume(h->ctx, item);
}

static void *consumer(void *arg)
{
    nb_handoff *h = arg;
    void *item = cli_realloc(NULL, h->size);
    /* this thread's own; h->rc is its copy for the producer, under the lock */
    int failed = h->setup ? h->setup(h->ctx) : 0;
    pthread_mutex_lock(&h->mtx);
    h->rc = failed;
    /* the items queued meanwhile are worked off with the producers going on at half the pace, not
     * stopped: the limit falls from what is queued to steady by one for every second item taken.
     * Stopped until steady/2 were left, the producers would leave a core idle for as long as the
     * consumer took to work off what they had queued, giving back half of what the setup hid */
    h->limit = h->count > h->steady ? h->count : h->steady;
    for (;;) {
        while (!h->count && !h->ended) timed_wait(h, &h->queued, &h->waits.consumer, &h->waits.consumer_n);
        if (!h->count) break;
        memcpy(item, h->ring + h->head * h->size, h->size);
        h->weighed -= h->weight[h->head];
        h->head = (h->head + 1) % h->cap;
        h->count--;
        if (h->limit > h->steady && h->taken++ % 2) h->limit--;
        if (h->count <= h->limit / 2 || h->limit > h->steady || (h->budget && h->weighed <= h->budget / 2))
            pthread_cond_signal(&h->freed);
        pthread_mutex_unlock(&h->mtx);
        failed = take(h, item, failed);
        pthread_mutex_lock(&h->mtx);
        h->rc = failed;
    }
    pthread_mutex_unlock(&h->mtx);
    free(item);
    return NULL;
}

nb_handoff *nb_handoff_start(const nb_handoff_spec *s)
{
    nb_handoff *h = calloc(1, sizeof *h);
    if (!h) cli_oom();
    size_t steady = s->cap ? s->cap : 1, early = s->setup && s->early > steady ? s->early : steady;
    *h = (nb_handoff){.size = s->item_size, .cap = early, .limit = early, .steady = steady, .setup = s->setup,
                      .budget = s->budget, .consume = s->consume, .item_free = s->item_free, .ctx = s->ctx};
    h->ring = cli_realloc(NULL, h->size * h->cap);
    h->weight = cli_realloc(NULL, sizeof *h->weight * h->cap);
    pthread_mutex_init(&h->mtx, NULL);
    pthread_cond_init(&h->queued, NULL);
    pthread_cond_init(&h->freed, NULL);
    h->threaded = pthread_create(&h->t, NULL, consumer, h) == 0;
    if (!h->threaded) {
        h->rc = h->setup ? h->setup(h->ctx) : 0;
        h->limit = h->steady;
    }
    return h;
}

int nb_handoff_put(nb_handoff *h, const void *item, size_t weight)
{
    if (!h->threaded) {
        void *copy = cli_realloc(NULL, h->size);
        memcpy(copy, item, h->size);
        h->rc = take(h, copy, h->rc);
        free(copy);
        return h->rc ? -1 : 0;
    }
    pthread_mutex_lock(&h->mtx);
    /* an item goes in when there is room, and within the budget unless the ring is empty; while
     * it waits, the consumer must not (fewer than WAKE may be queued, over the budget) */
    while (h->count >= h->limit || (h->budget && h->count && h->weighed + weight > h->budget)) {
        pthread_cond_signal(&h->queued);
        timed_wait(h, &h->freed, &h->waits.producers, &h->waits.producers_n);
    }
    size_t at = (h->head + h->count) % h->cap;
    memcpy(h->ring + at * h->size, item, h->size);
    h->weight[at] = weight;
    h->weighed += weight;
    h->count++;
    if (h->count >= (h->limit < WAKE ? h->limit : WAKE)) pthread_cond_signal(&h->queued);
    int stopped = h->rc != 0;
    pthread_mutex_unlock(&h->mtx);
    return stopped ? -1 : 0;
}

int nb_handoff_finish(nb_handoff *h, nb_handoff_waits *waits)
{
    if (h->threaded) {
        pthread_mutex_lock(&h->mtx);
        h->ended = 1;
        pthread_cond_signal(&h->queued);
        pthread_mutex_unlock(&h->mtx);
        pthread_join(h->t, NULL);
    }
    if (waits) *waits = h->waits; /* the consumer has ended (joined): no lock needed */
    int rc = h->rc;
    pthread_mutex_destroy(&h->mtx);
    pthread_cond_destroy(&h->queued);
    pthread_cond_destroy(&h->freed);
    free(h->ring);
    free(h->weight);
    free(h);
    return rc;
}
