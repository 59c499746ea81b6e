/* driver.c — `check` and `facts` without cli/main.c: the test build of the two subcommands, so
 * their tests run whether or not main() dispatches to them yet (tests/editions.cmake picks). */
#include <stdio.h>
#include <string.h>

#include "commands.h"

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "check")) return nb_cmd_check(argc - 2, argv + 2);
    if (argc >= 2 && !strcmp(argv[1], "facts")) return nb_cmd_facts(argc - 2, argv + 2);
    fputs("usage: nb_checks_cli check|facts ...\n", stderr);
    return 2;
}
