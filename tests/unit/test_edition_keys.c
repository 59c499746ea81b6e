/* test_edition_keys.c — the one lookup of an edition by name and of a cell by key (edition_keys.c),
 * which the tables, the checks, the accessors and a report rebuilt from stored cells share: a row's
 * key with dots of its own, a column's key with dots of its own (table 四), a row key alone, unknown
 * keys; and a stored cell of each shape goes back into a rebuilt report. */
#include <string.h>

#include "check.h"
#include "edition.h"
#include "nianbao.h"

/* The cell key's row and column, by their keys; 0 when the edition has no such cell. */
static int cell_is(const nb_edition_keys *k, const char *key, const char *row, const char *col)
{
    int c = -1, place = nb_edition_cell(k, key, &c);
    if (place < 0) return 0;
    return !strcmp(k->rows[place]->key, row) && !strcmp(k->rows[place]->cols[c], col) &&
           place == nb_edition_row_at(k, row, strlen(row));
}

int main(void)
{
    const nb_edition *ed = nb_edition_named("2021");
    CHECK(ed && !strcmp(ed->name, "2021"));
    CHECK(nb_edition_named("2020") == NULL);
    CHECK(nb_edition_named(NULL) == NULL);
    if (!ed) return check_summary();

    nb_edition_keys k;
    nb_edition_keys_init(&k, ed);
    CHECK(k.n > 0);
    CHECK(cell_is(&k, "applications.denied.state_secret.natural_person", "applications.denied.state_secret",
                  "natural_person"));
    CHECK(cell_is(&k, "review_litigation.review.total", "review_litigation", "review.total"));
    CHECK(cell_is(&k, "applications.other.combined.total", "applications.other.combined", "total"));
    CHECK(cell_is(&k, "applications.other.unpaid_fee.total", "applications.other.unpaid_fee", "total"));
    int c = 0;
    CHECK(nb_edition_cell(&k, "applications.granted", &c) < 0);            /* a row, no column */
    CHECK(nb_edition_cell(&k, "applications.granted.nobody", &c) < 0);     /* no such column */
    CHECK(nb_edition_cell(&k, "applications.other.total", &c) < 0);        /* 2019's row, not 2021's */
    CHECK(nb_edition_cell(&k, ".total", &c) < 0 && nb_edition_cell(&k, "", &c) < 0);
    CHECK(nb_edition_row_at(&k, "applications", strlen("applications")) < 0);
    for (int i = 0; i < k.n; i++) CHECK(nb_edition_row_at(&k, k.rows[i]->key, strlen(k.rows[i]->key)) == i);

    /* stored cells back into a report: table 三's and table 四's */
    nb_report *r = nb_report_from_cells("2021", "a.txt", "某局", 2022);
    CHECK(r != NULL);
    if (!r) return check_summary();
    nb_span sp = {1, 1, 0};
    CHECK(nb_report_add_cell(r, "applications.granted.total", "（一）予以公开", (nb_str){"7", 1}, sp, 1, 7, 0) == 1);
    CHECK(nb_report_add_cell(r, "review_litigation.review.total", "行政复议", (nb_str){"2", 1}, sp, 1, 2, 0) == 1);
    CHECK(nb_report_add_cell(r, "applications.nothing.total", "?", (nb_str){"1", 1}, sp, 1, 1, 0) == 0);
    double v = 0;
    CHECK(nb_report_value(r, "applications.granted.total", &v) == 1 && v == 7);
    CHECK(nb_report_value(r, "review_litigation.review.total", &v) == 1 && v == 2);
    CHECK(nb_report_value(r, "review_litigation.review.upheld", &v) == 0); /* the edition has it: blank */
    CHECK(nb_report_value(r, "applications.nothing.total", &v) == -1);
    nb_report_free(r);
    return check_summary();
}
