/* handoff.h — items passed in order from one thread to a thread of their own that consumes them
 * (load: the parsed reports, delivered in input order by pool.h, to the one thread that writes the
 * database).
 *
 * Why: SQLite has one writer. When the thread that delivers a report also writes it, its parsing
 * stops meanwhile, and with -j1 nothing overlaps at all; a thread that only writes runs beside the
 * parsing ones, and a load takes about the time of the longer of the two, not their sum.
 *
 *     nb_handoff_spec s = {sizeof(item), 32, budget, consume, item_free, ctx, setup, 256};
 *     nb_handoff *h = nb_handoff_start(&s);
 *     if (nb_handoff_put(h, &item, weight) != 0) …;  // item copied (its owner gives it up); waits
 *                                     // while 32 are queued, or while its weight would take those
 *                                     // queued past budget (0: no budget) unless none is queued;
 *                                     // -1: the consumer stopped (item freed)
 *     int rc = nb_handoff_finish(h, &waits);   // every item consumed; the consumer's first non-zero;
 *                                     // waits (or NULL): how long each side waited for the other
 *
 * setup(ctx), if given, runs first in the consumer's thread (load: a new database made while the
 * reports are parsed); until it returns, up to `early` items may be queued instead of `cap` (so the
 * producers run ahead meanwhile), then the limit falls back to `cap` by one for every second item
 * consumed; if it returns non-zero every item goes to item_free.
 * consume(ctx, item) runs in the consumer's thread, in the order of the puts, and owns the item
 * (it frees it); after it returns non-zero, the items queued or put later go to item_free instead.
 * Without threads (pthread_create failed), each put consumes its item at once. */
#ifndef NB_CLI_HANDOFF_H
#define NB_CLI_HANDOFF_H
#include <stddef.h>

typedef struct nb_handoff nb_handoff;

typedef struct nb_handoff_spec {
    size_t item_size, cap, budget;
    int (*consume)(void *ctx, void *item);
    void (*item_free)(void *item);
    void *ctx;
    int (*setup)(void *ctx); /* NULL: none */
    size_t early;            /* items queued at most while setup runs (at least cap) */
} nb_handoff_spec;

/* Seconds spent waiting, and how many waits: the consumer for items (or the end), the producers for
 * room. Why: which side a pipeline waits for says which one bounds it (load --timings). */
typedef struct nb_handoff_waits {
    double consumer, producers;
    size_t consumer_n, producers_n;
} nb_handoff_waits;

nb_handoff *nb_handoff_start(const nb_handoff_spec *s);
int nb_handoff_put(nb_handoff *h, const void *item, size_t weight);
int nb_handoff_finish(nb_handoff *h, nb_handoff_waits *waits);

#endif
