/* example.c — a program that uses the nianbao library through its public header alone: it parses
 * a report, prints what it is, every table cell that holds a number, and the checks that fail.
 *
 *     cc example.c $(pkg-config --cflags --libs nianbao) -o example && ./example report.txt */
#include <nianbao.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: example REPORT\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len == cap && !(data = realloc(data, cap = cap ? 2 * cap : 65536))) return 1;
        n = fread(data + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    fclose(f);

    nb_options opt = {.path = argv[1]};
    nb_report *r = nb_parse(data, len, &opt);
    free(data); /* the report keeps what it needs */
    if (nb_report_error(r)) {
        fprintf(stderr, "%s: %s\n", argv[1], nb_report_error(r));
        nb_report_free(r);
        return 1;
    }
    printf("%s: edition %s, year %d, %s\n", argv[1], nb_report_edition(r), nb_report_year(r),
           nb_report_agency(r) ? nb_report_agency(r) : "(agency not found)");
    for (const nb_tcell *c = nb_report_cells(r); c; c = nb_tcell_next(c)) {
        double v;
        if (nb_tcell_value(c, &v)) printf("%s = %g (line %u)\n", nb_tcell_key(c), v, nb_tcell_span(c).line);
    }
    for (const nb_check *c = nb_report_checks(r); c; c = nb_check_next(c))
        if (nb_check_assessed(c) && !nb_check_ok(c))
            printf("%s %s: %s\n", nb_check_rule(c), nb_check_where(c), nb_check_message(c));
    nb_report_free(r);
    return 0;
}
