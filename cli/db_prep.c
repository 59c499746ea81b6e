/* db_prep.c — a report's rows, made beforehand: see db_prep.h. The values are as docs/database.md
 * says: whole numbers as integers, NULL where parse writes null, 1-based lines and columns. */
#include "db_prep.h"

#include <stdlib.h>
#include <string.h>

#include "db_labels.h"
#include "db_rows.h"
#include "mem.h"
#include "nianbao.h"

static const nb_db_table tables[NB_NTABLE] = {
    [NB_T_CELLS] = {"cell_rows", "report_id, ord, label_id, value, raw, line, col, byte, recovered", 9},
    [NB_T_STATS] = {"statistics", "report_id, ord, key, label, depth, unit, value, cumulative, raw, line, col", 11},
    [NB_T_SECTIONS] = {"sections", "report_id, ord, parent, level, number, title, paragraphs, text, line, col", 10},
    [NB_T_CHECKS] = {"checks", "report_id, ord, rule, place, ok, assessed, expected, actual, message, line, col", 11},
    [NB_T_DIAGS] = {"diagnostics", "report_id, ord, severity, code, message, line, col", 7},
};

const nb_db_table *nb_db_tables(void) { return tables; }

/* ---- values ------------------------------------------------------------------------------------- */

static nb_ins_value vint(sqlite3_int64 v) { return (nb_ins_value){NB_INS_INT, .i = v}; }
static nb_ins_value vstr(nb_rows_str s) { return (nb_ins_value){NB_INS_TEXT, .p = s.p, .n = s.n}; }
static nb_ins_value vtext(const char *s) { return vstr((nb_rows_str){s, s ? strlen(s) : 0}); }
/* a count as an integer, so that 3 reads 3 and not 3.0; anything else as a real */
static nb_ins_value vnum(int has, double v)
{
    if (!has) return (nb_ins_value){NB_INS_NULL};
    if (v == (double)(sqlite3_int64)v && v > -9e15 && v < 9e15) return vint((sqlite3_int64)v);
    return (nb_ins_value){NB_INS_REAL, .d = v};
}
/* a line or column of a span, NULL without one */
static nb_ins_value vat(int has, unsigned v) { return has ? vint(v) : (nb_ins_value){NB_INS_NULL}; }

/* ---- rows --------------------------------------------------------------------------------------- */

typedef struct maker {
    nb_prep *p;
    int ord[NB_NTABLE]; /* rows of each table, counted */
} maker;

#define COUNT(v) (sizeof(v) / sizeof *(v))

enum { MAXCOL = 16 }; /* more than any table has (11) */

/* A row of table k: report_id 0 (set by the writer), ord, then v. */
static void put_row(maker *m, int k, int ord, const nb_ins_value *v, size_t n)
{
    if (n + 2 > MAXCOL) abort(); /* a table of more columns than any: a mistake here */
    nb_ins_value row[MAXCOL]; /* not initialized whole: only its first n + 2 are read */
    row[0] = vint(0);
    row[1] = vint(ord);
    memcpy(row + 2, v, n * sizeof *v);
    nb_ins_add_row(m->p->rows[k], row, n + 2); /* made aside: never writes, never fails */
}

static void on_cell(void *ctx, const nb_rows_cell *c)
{
    maker *m = ctx;
    nb_prep *p = m->p;
    if (p->nlabel == p->labelcap) {
        p->labelcap = p->labelcap ? p->labelcap * 2 : 256;
        p->label = cli_realloc(p->label, sizeof *p->label * p->labelcap);
    }
    nb_prep_label *l = &p->label[p->nlabel++];
    l->off = p->len;
    l->n = nb_labels_encode(c->key, c->row, c->column, &p->labels, p->len, &p->cap);
    l->hash = nb_labels_hash(p->labels + l->off, l->n);
    p->len += l->n;
    /* label_id 0: set by the writer */
    const nb_ins_value v[] = {vint(0), vnum(c->has_value, c->value), vstr(c->raw), vint(c->line),
                              vint(c->col), vint((sqlite3_int64)c->byte), vint(c->recovered)};
    put_row(m, NB_T_CELLS, ++m->ord[NB_T_CELLS], v, COUNT(v));
}

static void on_statistic(void *ctx, const nb_rows_statistic *s)
{
    maker *m = ctx;
    const nb_ins_value v[] = {vtext(s->key), vtext(s->label), vint(s->depth), vtext(s->unit),
                              vnum(s->has_value, s->value), vnum(s->has_cumulative, s->cumulative),
                              vstr(s->raw), vint(s->line), vint(s->col)};
    put_row(m, NB_T_STATS, ++m->ord[NB_T_STATS], v, COUNT(v));
}

static void on_section(void *ctx, const nb_rows_section *s)
{
    /* its ord is the walk's: a child names its parent by it */
    const nb_ins_value v[] = {vint(s->parent), vint(s->level), vstr(s->number), vstr(s->title),
                              vint((sqlite3_int64)s->paragraphs), vtext(s->text), vint(s->line), vint(s->col)};
    put_row(ctx, NB_T_SECTIONS, s->ord, v, COUNT(v));
}

static void on_check(void *ctx, const nb_rows_check *c)
{
    maker *m = ctx;
    int at = c->has_span && !c->source; /* an R7 check's span is in the other report */
    const nb_ins_value v[] = {vtext(c->rule), vtext(c->where), vint(c->ok), vint(c->assessed),
                              vnum(c->has_expected, c->expected), vnum(c->has_actual, c->actual),
                              vtext(c->message), vat(at, c->line), vat(at, c->col)};
    put_row(m, NB_T_CHECKS, ++m->ord[NB_T_CHECKS], v, COUNT(v));
}

static void on_diag(void *ctx, const nb_rows_diag *d)
{
    maker *m = ctx;
    const nb_ins_value v[] = {vtext(d->severity), vtext(d->code), vtext(d->message), vat(d->has_span, d->line),
                              vat(d->has_span, d->col)};
    put_row(m, NB_T_DIAGS, ++m->ord[NB_T_DIAGS], v, COUNT(v));
}

/* The reports row's texts copied into p->texts, one after the other (its path is the file's, which
 * the writer has). */
static void copy_report(nb_prep *p, const struct nb_report *r)
{
    nb_rows_report m;
    nb_rows_of(r, &m);
    nb_out *key = nb_out_new();
    nb_agency_key(m.agency, key);
    const char *from[] = {m.error, m.agency, m.agency ? nb_out_data(key) : NULL, m.edition, m.title, m.format,
                          m.encoding};
    const char **to[] = {&p->error, &p->agency, &p->agency_key, &p->edition, &p->title, &p->format, &p->encoding};
    size_t n = 0;
    for (size_t i = 0; i < COUNT(from); i++) n += from[i] ? strlen(from[i]) + 1 : 0;
    p->texts = cli_realloc(NULL, n);
    char *s = p->texts;
    for (size_t i = 0; i < COUNT(from); i++) {
        *to[i] = from[i] ? memcpy(s, from[i], strlen(from[i]) + 1) : NULL;
        if (from[i]) s += strlen(from[i]) + 1;
    }
    p->year = m.year;
    nb_out_free(key);
}

/* The room for the next report's rows of one kind: a little more than the most of the last few
 * reports' (a collection's reports alternate between kinds and lengths), forgetting one much longer
 * than the others over a dozen more, and never more than ROOM (a long report's rows grow as they come). */
enum { ROOM = 1 << 16 };
static size_t next_size(size_t was, size_t now)
{
    now += now / 4 + 16;
    was -= was / 16;
    now = now > was ? now : was;
    return now < ROOM ? now : ROOM;
}

nb_prep *nb_prep_of(const struct nb_report *r, nb_prep_sizes *sizes)
{
    nb_prep *p = calloc(1, sizeof *p);
    if (!p) cli_oom();
    copy_report(p, r);
    nb_prep_sizes none = {0}, *was = sizes ? sizes : &none;
    for (int k = 0; k < NB_NTABLE; k++) p->rows[k] = nb_ins_aside(tables[k].ncol, was->rows[k], was->bytes[k]);
    if (was->cells) {
        p->label = cli_realloc(NULL, sizeof *p->label * (p->labelcap = was->cells));
        p->labels = cli_realloc(NULL, p->cap = was->labels);
    }
    maker m = {p, {0}};
    nb_rows_sink sink = {&m, on_cell, on_statistic, on_section, on_check, on_diag};
    nb_rows_walk(r, &sink);
    if (sizes) {
        for (int k = 0; k < NB_NTABLE; k++) {
            sizes->rows[k] = next_size(sizes->rows[k], nb_ins_rows(p->rows[k]));
            sizes->bytes[k] = next_size(sizes->bytes[k], nb_ins_bytes(p->rows[k]));
        }
        sizes->cells = next_size(sizes->cells, p->nlabel);
        sizes->labels = next_size(sizes->labels, p->len);
    }
    return p;
}

void nb_prep_free(nb_prep *p)
{
    if (!p) return;
    for (int k = 0; k < NB_NTABLE; k++) nb_ins_free(p->rows[k]);
    free(p->texts);
    free(p->labels);
    free(p->label);
    free(p);
}
