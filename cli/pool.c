/* pool.c — a batch in N threads, results in input order: see pool.h.
 *
 * The threads convert; whichever finishes the result that is next in order delivers it, and every
 * later one that is ready (one thread at a time: `delivering`). No thread exists only to deliver, so
 * a result costs no wake-up of another thread. */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"

#define MAX_JOBS 1024
#define WINDOW_PER_JOB 4 /* finished-but-undelivered results allowed per worker */

typedef struct pool {
    const nb_pool_ops *ops;
    void *src, *sink;
    pthread_mutex_t in;    /* the source: one reader at a time; apart from `mtx` so that a reader
                              blocked on stdin never keeps a finished result from being delivered */
    pthread_mutex_t mtx;   /* the fields below */
    pthread_cond_t room;   /* a result was delivered: threads may take more jobs */
    size_t taken;          /* jobs handed out */
    size_t delivered;      /* results delivered */
    int ended;             /* the source gave its last job */
    int stop;              /* delivering failed: take no more */
    int delivering;        /* a thread is delivering results */
    size_t window;
    char *slots;           /* slot i % window holds result i */
    int *done;             /* done[i % window]: result i is ready to be delivered */
} pool;

typedef struct pthread_worker {
    pool *p;
    void *w;
    pthread_t t;
} pthread_worker;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) cli_oom();
    return p;
}

static void *slot(pool *p, size_t i) { return p->slots + (i % p->window) * p->ops->result_size; }

/* Called with p->mtx held, after a result was marked done: delivers the ready results in order,
 * unless another thread is at it (it sees this result before it stops: the check is under the same
 * lock). */
static void deliver_ready(pool *p)
{
    if (p->delivering) return;
    p->delivering = 1;
    while (!p->stop && p->done[p->delivered % p->window]) {
        size_t s = p->delivered % p->window;
        pthread_mutex_unlock(&p->mtx);
        /* slot s is ours until `delivered` moves past it: no thread may take job delivered+window */
        int e = p->ops->deliver(p->sink, slot(p, p->delivered));
        pthread_mutex_lock(&p->mtx);
        p->done[s] = 0;
        p->delivered++;
        if (e) p->stop = 1;
        pthread_cond_broadcast(&p->room);
    }
    p->delivering = 0;
}

static void *pool_work(void *arg)
{
    pthread_worker *pw = arg;
    pool *p = pw->p;
    void *job = xcalloc(1, p->ops->job_size);
    for (;;) {
        size_t i = 0;
        pthread_mutex_lock(&p->in);
        pthread_mutex_lock(&p->mtx);
        while (!p->stop && p->taken >= p->delivered + p->window) pthread_cond_wait(&p->room, &p->mtx);
        int stop = p->stop || p->ended;
        pthread_mutex_unlock(&p->mtx);
        int got = !stop && p->ops->next(p->src, job);
        pthread_mutex_lock(&p->mtx);
        if (got) i = p->taken++;
        else p->ended = 1;
        pthread_mutex_unlock(&p->mtx);
        pthread_mutex_unlock(&p->in);
        if (!got) break;
        p->ops->convert(pw->w, job, slot(p, i));
        pthread_mutex_lock(&p->mtx);
        p->done[i % p->window] = 1;
        deliver_ready(p);
        pthread_mutex_unlock(&p->mtx);
    }
    free(job);
    return NULL;
}

static void run_inline(const nb_pool_ops *ops, void *src, void *sink, void *w)
{
    void *job = xcalloc(1, ops->job_size);
    void *res = xcalloc(1, ops->result_size);
    while (ops->next(src, job)) {
        ops->convert(w, job, res);
        if (ops->deliver(sink, res) != 0) break;
    }
    ops->result_free(res);
    free(res);
    free(job);
}

void nb_pool_run(const nb_pool_ops *ops, void *src, void *sink, void *const *workers, int n)
{
    if (n <= 1) {
        run_inline(ops, src, sink, workers[0]);
        return;
    }
    pool p = {.ops = ops, .src = src, .sink = sink, .window = (size_t)n * WINDOW_PER_JOB};
    p.slots = xcalloc(p.window, ops->result_size);
    p.done = xcalloc(p.window, sizeof *p.done);
    pthread_worker *ws = xcalloc((size_t)n, sizeof *ws);
    pthread_mutex_init(&p.in, NULL);
    pthread_mutex_init(&p.mtx, NULL);
    pthread_cond_init(&p.room, NULL);
    int started = 0;
    for (int k = 0; k < n; k++) {
        ws[k] = (pthread_worker){.p = &p, .w = workers[k]};
        if (pthread_create(&ws[k].t, NULL, pool_work, &ws[k]) != 0) break;
        started++;
    }
    for (int k = 0; k < started; k++) pthread_join(ws[k].t, NULL);
    for (size_t s = 0; s < p.window; s++) ops->result_free(slot(&p, s));
    pthread_mutex_destroy(&p.in);
    pthread_mutex_destroy(&p.mtx);
    pthread_cond_destroy(&p.room);
    free(ws);
    free(p.slots);
    free(p.done);
    if (!started) run_inline(ops, src, sink, workers[0]);
}

int nb_pool_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (int)n;
}

int nb_pool_jobs(const char *s, int *jobs)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (!*s || *end || errno || n < 1 || n > MAX_JOBS) {
        fprintf(stderr, "nianbao: -j wants a number of threads from 1 to %d, not '%s'\n", MAX_JOBS, s);
        return -1;
    }
    *jobs = (int)n;
    return 0;
}
