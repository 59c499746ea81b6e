/* mem.h — memory for the command line: out of memory ends the run with a message, as in the library
 * (a batch half-written is worse than none). */
#ifndef NB_CLI_MEM_H
#define NB_CLI_MEM_H
#include <stddef.h>

_Noreturn void cli_oom(void);
void *cli_realloc(void *p, size_t n); /* never NULL */
char *cli_strdup(const char *s);
/* Room for element n of the array v of *cap elements of size bytes: v, or v grown (doubled). */
void *cli_room(void *v, size_t *cap, size_t n, size_t size);

#endif
