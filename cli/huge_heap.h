/* huge_heap.h — the process's memory taken in huge pages (2 MB), for `nianbao load`.
 *
 * Why: a load touches about 25 MB of memory more than a parse (the rows made ahead of the writer,
 * SQLite's page cache), first in one thread and freed in another, and glibc gives each thread an arena
 * of its own, grown 4 KB page by 4 KB page: some 5000 page faults more than `parse`, each 12 to 15 µs
 * of CPU on a virtual machine, and the kernel's part of a load with them (docs/database.md, "Speed",
 * "4 December, s20"). Served from one heap whose pages are huge, they take a few dozen faults.
 *
 *     nb_huge_heap(64 << 20);   // once, before any thread is started
 *
 * Process-wide (glibc's allocator settings): a command calls it first, or not at all. Elsewhere than
 * glibc on Linux, or with transparent huge pages off, it changes nothing that matters. */
#ifndef NB_CLI_HUGE_HEAP_H
#define NB_CLI_HUGE_HEAP_H
#include <stddef.h>

/* One heap for every thread, its first `bytes` in huge pages (as they are touched); blocks up to
 * 32 MB from it, larger ones mapped apart as before. */
void nb_huge_heap(size_t bytes);

#endif
