/* grow.h — what the runtime does when memory runs out, and the doubling of growable arrays.
 *
 * Out of memory, nianbao stops: a report half-converted is worse than none, and a caller cannot do
 * better with a parser that ran dry in the middle of a grammar action. */
#ifndef NB_GROW_H
#define NB_GROW_H
#include <stddef.h>

/* Says "nianbao: out of memory" on stderr and aborts. */
_Noreturn void nb_oom(void);

/* Makes room for element n of the array at *array (a pointer to the array's pointer), of *cap
 * elements of size bytes each: when n == *cap the array doubles (16 elements at first). */
void nb_grow(void *array, size_t *cap, size_t n, size_t size);

#endif
