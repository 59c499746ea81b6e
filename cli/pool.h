/* pool.h — a batch in N threads, its results delivered in input order (parse and load share it).
 *
 * A source hands out jobs in input order, N workers convert them, and the results are delivered in
 * that same order, one at a time. The only shared state is the job counter and a ring of 4×N result
 * slots: a worker may not take job i before result i−4N is delivered, so memory is bounded by the
 * window, never by the batch. POSIX threads rather than C11's <threads.h>: glibc has both in libc
 * (2.34 on), but ThreadSanitizer sees only pthread calls, and glibc's thrd_* make theirs internally.
 *
 *     nb_pool_ops ops = {next, convert, deliver, result_free, sizeof(job), sizeof(result)};
 *     nb_pool_run(&ops, &src, &sink, workers, n);  // n <= 1: in this thread */
#ifndef NB_CLI_POOL_H
#define NB_CLI_POOL_H
#include <stddef.h>

typedef struct nb_pool_ops {
    /* 1 and the next job in *job (job_size bytes), or 0 at the end; one thread at a time */
    int (*next)(void *src, void *job);
    /* the job's result into *result (result_size bytes, zeroed at first, reused); in the threads */
    void (*convert)(void *worker, void *job, void *result);
    /* the results in input order, one at a time: 0, or non-zero to stop taking jobs */
    int (*deliver)(void *sink, void *result);
    /* at the end, for each slot */
    void (*result_free)(void *result);
    size_t job_size, result_size;
} nb_pool_ops;

/* Runs the whole batch: n workers (workers[k] is the k-th's own state); inline when n <= 1 or no
 * thread can be made. */
void nb_pool_run(const nb_pool_ops *ops, void *src, void *sink, void *const *workers, int n);

/* -j N: 0 and the number in *jobs, or -1 with the reason on stderr. */
int nb_pool_jobs(const char *s, int *jobs);
/* the number of cores */
int nb_pool_default_jobs(void);

#endif
