/* test_editions.c — what every edition declares fits what the runtime holds: its rows fit the tables'
 * grid (NB_MAX_ROWS rows, NB_MAX_COLS columns: a wider row would be dropped, and a rule's terms,
 * bounded by NB_MAX_COLS, would overflow), its keys are unique, every column has a key and a label,
 * a row declared a sum has something to sum, and its years make sense. It runs over the editions the
 * build found, so a new edition is checked without being named here. */
#include <string.h>

#include "check.h"
#include "edition.h"
#include "row_label.h"
#include "splitter.h"
#include "tables.h"

/* A row's parts (rowparts.h) are parts of one of the edition's rows: within its columns, not
 * overlapping, each with a group header; in a row of groups, whole groups, as many as it names. */
static void check_parts(const nb_edition *ed)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++) {
        const nb_rowdef *d = NULL;
        for (const nb_rowdef *const *set = ed->rowsets; *set && !d; set++)
            for (const nb_rowdef *x = *set; x->key && !d; x++)
                if (!strcmp(x->key, p->row)) d = x;
        if (!d) fprintf(stderr, "%s: a part of %s, which it has no row of\n", ed->name, p->row);
        CHECK(d != NULL);
        if (!d) continue;
        CHECK(p->first >= 0 && p->count > 0 && p->first + p->count <= d->arity);
        CHECK(p->groups && p->groups[0]);
        int groups = 0;
        while (p->groups && p->groups[groups]) groups++;
        if (d->split == NB_SPLIT_GROUPS) CHECK(p->first % d->group == 0 && p->count == groups * d->group);
        for (const nb_rowpart *q = ed->parts; q != p; q++)
            if (!strcmp(q->row, p->row)) CHECK(q->first + q->count <= p->first || p->first + p->count <= q->first);
    }
}

/* Its labels as the template prints them (nb_edition.labels) are its own labels, whole, of a row or of
 * a group of rows: a cut head of one (nb_template_label_piece) is a cut head of a label it reads. */
static void check_labels(const nb_edition *ed)
{
    for (const char *const *const *list = ed->labels; list && *list; list++)
        for (const char *const *l = *list; *l; l++) {
            const unsigned char *p = (const unsigned char *)*l, *e = p + strlen(*l), *end = NULL;
            nb_label k = ed->label(p, e, &end); /* a row's with its note, closed: nb_template_row_label */
            int whole = (k.kind == NB_L_ROW && nb_template_row_label(p, (size_t)(e - p)) == 1) ||
                        (k.kind == NB_L_GROUP && end == e);
            if (!whole) fprintf(stderr, "%s: %s\n", ed->name, *l);
            CHECK(whole);
            CHECK(!nb_template_label_piece(p, (size_t)(e - p))); /* whole: no cut head */
        }
}

static void check_edition(const nb_edition *ed)
{
    CHECK(ed->name && ed->name[0]);
    CHECK(ed->year_min <= ed->year_max);
    CHECK(ed->label != NULL);
    int rows = 0;
    const char *keys[NB_MAX_ROWS];
    for (const nb_rowdef *const *set = ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key; d++) {
            for (int k = 0; k < rows && k < NB_MAX_ROWS; k++)
                if (!strcmp(keys[k], d->key)) {
                    fprintf(stderr, "%s: row %s twice\n", ed->name, d->key);
                    CHECK(0);
                }
            if (rows < NB_MAX_ROWS) keys[rows] = d->key;
            rows++;
            if (d->arity < 1 || d->arity > NB_MAX_COLS)
                fprintf(stderr, "%s: %s has %d cells (1 to %d fit)\n", ed->name, d->key, d->arity, NB_MAX_COLS);
            CHECK(d->arity >= 1 && d->arity <= NB_MAX_COLS);
            for (int i = 0; i < d->arity && i < NB_MAX_COLS; i++) CHECK(d->cols[i] && d->col_labels[i]);
            if (d->split == NB_SPLIT_SUM_LAST) CHECK(d->arity >= 2);
            if (d->split == NB_SPLIT_GROUPS) CHECK(d->group > 0 && d->arity % d->group == 0);
        }
    check_parts(ed);
    check_labels(ed);
    if (rows > NB_MAX_ROWS) fprintf(stderr, "%s: %d rows (%d fit)\n", ed->name, rows, NB_MAX_ROWS);
    CHECK(rows <= NB_MAX_ROWS);
    CHECK(ed->statistics || rows > 0 || ed->sections == 0);
}

int main(void)
{
    int n = 0;
    for (; nb_editions[n]; n++) {
        check_edition(nb_editions[n]);
        for (int k = 0; k < n; k++) CHECK(strcmp(nb_editions[k]->name, nb_editions[n]->name) != 0);
    }
    CHECK(n >= 3);
    /* a head cut short, in any numbering of the same style, or a marker beside a piece of a label; not
       another number, nor a text of its own, nor a marker glued to a piece */
    static const char *const heads[] = {"4.保护第", "4、保护第三方合法", "４．保护", "（三）不予公", "1.本机关不掌握相关", "三、本年",
                                        "（三） 定”", "（三）  法权益"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        CHECK(nb_template_label_piece((const unsigned char *)heads[i], strlen(heads[i])));
    static const char *const others[] = {"5.保护第", "4.", "（4）保护第", "四、保护第", "4.加强", "三、收到和处理",
                                         "（三）定”", "（三） 政府信息管理", "（八） 定”"};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        CHECK(!nb_template_label_piece((const unsigned char *)others[i], strlen(others[i])));
    return check_summary();
}
