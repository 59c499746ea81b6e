/* huge_heap.c — the process's memory taken in huge pages: see huge_heap.h. */
#define _DEFAULT_SOURCE /* madvise, MADV_HUGEPAGE */
#include "huge_heap.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#endif

void nb_huge_heap(size_t bytes)
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    enum { HUGE = 2 << 20, BIG = 32 << 20 };
    /* one arena: the rows are made in one thread and freed in another, and a thread's own arena is a
     * heap of its own that madvise below would not reach (one arena alone, without huge pages, changes
     * nothing: measured) */
    mallopt(M_ARENA_MAX, 1);
    /* the heap's top kept, not given back when freed (it would come back 4 KB at a time) */
    mallopt(M_TRIM_THRESHOLD, (int)(bytes * 2));
    /* the block below from the heap, not mapped apart; then blocks up to BIG from it too (setting
     * any of these also stops glibc from moving this threshold itself, from its 128 KB) */
    mallopt(M_MMAP_MAX, 0);
    char *p = malloc(bytes);
    mallopt(M_MMAP_MAX, 65536);
    mallopt(M_MMAP_THRESHOLD, BIG);
    if (!p) return;
    /* the heap's top, now free, is this block: its whole huge pages huge, as they are touched */
    uintptr_t from = ((uintptr_t)p + HUGE - 1) & ~(uintptr_t)(HUGE - 1);
    uintptr_t to = ((uintptr_t)p + bytes) & ~(uintptr_t)(HUGE - 1);
    if (to > from) madvise((void *)from, to - from, MADV_HUGEPAGE);
    free(p);
#else
    (void)bytes;
#endif
}
