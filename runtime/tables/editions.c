/* editions.c — which edition a report is, from its content, and reading its tables with it.
 *
 * The editions are the directories under grammar/editions (the build lists them in editions.inc).
 * Each reads the report's table text with its own labels; the one that recognises most of it wins:
 * its distinctive column labels count most, then its distinct rows. The year only breaks a tie or
 * names the closest edition when none matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "colnumbers.h"
#include "combined_cells.h"
#include "cutcol.h"
#include "colglued.h"
#include "blockorder.h"
#include "colorder.h"
#include "cuttotal.h"
#include "shorttotal.h"
#include "cutgroups.h"
#include "edition.h"
#include "flow_blocks.h"
#include "flow_chain.h"
#include "flow_table.h"
#include "footmarks.h"
#include "grouplate.h"
#include "grow.h"
#include "printed.h"
#include "statistics.h"
#include "cellnote.h"
#include "spacercells.h"
#include "unitcol.h"
#include "nonecell.h"
#include "otherreport.h"
#include "overtotal.h"
#include "rowcards.h"
#include "transposed.h"
#include "rowlist.h"
#include "signs.h"
#include "spacegroups.h"
#include "subtotal.h"
#include "subitemnum.h"
#include "sumjoin.h"
#include "tables.h"
#include "table_rows.h"

#define NB_EDITION(n) extern const nb_edition nb_edition_##n;
#include "editions.inc"
#undef NB_EDITION
#define NB_EDITION(n) &nb_edition_##n,
const nb_edition *const nb_editions[] = {
#include "editions.inc"
    NULL};
#undef NB_EDITION

const nb_edition *nb_edition_named(const char *name)
{
    for (int i = 0; name && nb_editions[i]; i++)
        if (!strcmp(nb_editions[i]->name, name)) return nb_editions[i];
    return NULL;
}

/* The report's table text in order: prepared cells, and the glued paragraphs of crawled text. */
typedef struct table_text {
    const nb_para *para; /* glued text, or NULL for a cell */
    nb_cellpre cell;
} table_text;

typedef struct table_texts {
    table_text *v;
    size_t n, cap;
} table_texts;

static table_text *text_push(table_texts *t)
{
    nb_grow(&t->v, &t->cap, t->n, sizeof *t->v);
    table_text *x = &t->v[t->n++];
    x->para = NULL;
    return x;
}

/* The cells of tables t before byte `until` (where another report begins: otherreport.h). */
static void add_cells(nb_report *r, const nb_rawtable *t, table_texts *out, size_t until)
{
    for (; t; t = t->next)
        for (const nb_cell *c = t->cells; c && c->span.byte < until; c = c->next) {
            nb_cell_prepare(r, c, &text_push(out)->cell);
            if (c != t->cells) nb_cell_approximate(r, &out->v[out->n - 2].cell, &out->v[out->n - 1].cell);
        }
}

static void collect_sections(nb_report *r, const nb_section *s, table_texts *out, size_t until)
{
    for (; s; s = s->next) {
        add_cells(r, s->tables, out, until);
        if (s->glued_tables)
            for (const nb_para *p = s->paras; p && p->span.byte < until; p = p->next) text_push(out)->para = p;
        collect_sections(r, s->children, out, until);
    }
}

/* Where the first table cell of the report stands, or the text's end. */
static size_t first_cell_at(const nb_report *r, const nb_section *s, size_t at)
{
    for (; s; s = s->next) {
        for (const nb_rawtable *t = s->tables; t; t = t->next)
            if (t->cells && t->cells->span.byte < at) at = t->cells->span.byte;
        at = first_cell_at(r, s->children, at);
    }
    return at;
}

static void tokenize(const nb_edition *ed, nb_report *r, const table_texts *tt, nb_ctoks *out)
{
    for (size_t i = 0; i < tt->n; i++) {
        if (tt->v[i].para) nb_ctok_text(ed, r, tt->v[i].para, out);
        else nb_ctok_cell(ed, &tt->v[i].cell, out);
    }
}

/* The evidence for an edition: 3 for each of its own column labels, 1 for each of its rows. A row
 * counts once however often it comes: the same loose label repeated down another kind of table (the
 * N.其他… lines of a 统计表) is one piece of evidence, not many. */
static int score(const nb_ctoks *t)
{
    enum { MAX_KEYS = 256 }; /* an edition has a few dozen rows */
    const char *seen[MAX_KEYS];
    unsigned hash[MAX_KEYS]; /* the keys share long prefixes: compared by a hash first */
    int s = 0, nseen = 0;
    for (size_t i = 0; i < t->n; i++) {
        const nb_ctok *k = &t->v[i];
        if (k->kind != NB_C_LABEL) continue;
        if (k->label.kind == NB_L_MARK) s += 3;
        if (k->label.kind != NB_L_ROW) continue;
        unsigned h = 2166136261u; /* FNV-1a */
        for (const unsigned char *c = (const unsigned char *)k->label.key; *c; c++) h = (h ^ *c) * 16777619u;
        int j = 0;
        while (j < nseen && (hash[j] != h || strcmp(seen[j], k->label.key))) j++;
        if (j < nseen) continue;
        /* a row printed as another template prints it (（六）其他处理 as one row, as 2019 did) counts as
           it does for that template: 2021 reports print it so too, so it tells the two apart no more
           than a row they share, and the year decides a tie */
        if (nseen < MAX_KEYS) {
            seen[nseen] = k->label.key;
            hash[nseen++] = h;
        }
        s++;
    }
    return s;
}

/* The edition of a report year: of those whose years hold it, the one that began last. So an edition
 * needs only its first year: a later one's first year ends its range, without editing it (a 2025
 * template takes 2025 from 2021's open range 2021–9999). */
static const nb_edition *by_year(int year)
{
    const nb_edition *best = NULL;
    for (int i = 0; nb_editions[i]; i++)
        if (year >= nb_editions[i]->year_min && year <= nb_editions[i]->year_max &&
            (!best || nb_editions[i]->year_min > best->year_min))
            best = nb_editions[i];
    return best;
}

/* A template's report has its parts, 一、 to 六、: fewer level-1 sections is a report cut short, or
 * headings the copy lost. */
static void sections_check(nb_report *r, const nb_edition *ed)
{
    int n = 0;
    for (const nb_section *s = r->sections; s; s = s->next) n += s->level == 1;
    if (ed->sections && n < ed->sections)
        nb_diag_add(r, "warning", "sections-missing", NULL,
                    "the %s template has %d parts (一、 to its last), the report %d level-1 section%s", ed->name,
                    ed->sections, n, n == 1 ? "" : "s");
}

/* The 统计表 of an edition that has them (legacy), as statistics. */
static void read_statistics(nb_report *r, const nb_edition *ed)
{
    if (!ed->statistics) return;
    nb_tables_get(r, ed);
    nb_statistics_read_all(r);
}

static void read_tables(nb_report *r)
{
    const nb_edition *best = NULL;
    int best_score = 0;
    nb_tparse tp = {.r = r, .print = nb_text_is_print(r)}; /* the leader's tokens, parsed once it has won */
    table_texts tt = {0};
    size_t first = first_cell_at(r, r->sections, r->text.len);
    if (r->preamble_tables && r->preamble_tables->cells && r->preamble_tables->cells->span.byte < first)
        first = r->preamble_tables->cells->span.byte;
    size_t until = nb_other_report_at(r, first); /* another report's tables are not this one's */
    add_cells(r, r->preamble_tables, &tt, until);
    collect_sections(r, r->sections, &tt, until);
    nb_ctoks t = {0}; /* a loser's tokens make room for the next edition's: two arrays at most */
    for (int i = 0; nb_editions[i]; i++) {
        t.n = 0;
        tokenize(nb_editions[i], r, &tt, &t);
        int sc = score(&t);
        /* a tie goes to the edition of the report's year */
        if (sc > best_score || (sc == best_score && sc > 0 && by_year(r->year) == nb_editions[i])) {
            best = nb_editions[i];
            best_score = sc;
            nb_ctoks lead = t;
            t = tp.toks;
            tp.toks = lead;
        }
    }
    nb_ctoks_free(&t);
    free(tt.v);
    const nb_edition *year_ed = by_year(r->year);
    /* a report on a year before any template is free-form by definition (the statutory tables did not
     * exist yet): what looks like a template's tables is said, not read as one */
    if (year_ed && !year_ed->rowsets[0] && best && best->rowsets[0] && best_score >= 3)
        nb_diag_add(r, "warning", "edition-year", NULL,
                    "the tables look like the %s template's (%d labels), but the report is on %d, before any "
                    "template existed: read as %s (is the year right?)",
                    best->name, best_score, r->year, year_ed->name);
    if (!best || best_score < 3 || (year_ed && !year_ed->rowsets[0] && best->rowsets[0])) {
        /* no template tables: a legacy report is free-form by definition; a later one is not */
        nb_ctoks_free(&tp.toks);
        if (year_ed && !year_ed->rowsets[0]) {
            r->edition = year_ed->name;
            read_statistics(r, year_ed);
            return;
        }
        const nb_edition *closest = best ? best : year_ed;
        r->edition = "unknown";
        nb_diag_add(r, "warning", "edition-unknown", NULL,
                    "no template's tables recognised (best match: %s, %d labels); closest edition: %s",
                    best ? best->name : "none", best_score, closest ? closest->name : "none");
        return;
    }
    r->edition = best->name;
    if (r->year && best->rowsets[0] && year_ed && r->year == best->year_max + 1)
        /* the first year of a new template: an agency may still fill in the one before (allowed) */
        nb_diag_add(r, "info", "edition-late", NULL,
                    "the report on %d uses the %s template (for reports of %d–%d), not yet the %s one: allowed in "
                    "the new template's first year",
                    r->year, best->name, best->year_min, best->year_max, year_ed->name);
    else if (r->year && (r->year < best->year_min || r->year > best->year_max))
        nb_diag_add(r, "warning", "edition-year", NULL, "the %s template is for reports of %d–%d, but the report is for %d",
                    best->name, best->year_min, best->year_max, r->year);
    else if (year_ed && year_ed != best && year_ed->year_min > best->year_min)
        nb_diag_add(r, "warning", "edition-year", NULL,
                    "the report is for %d, when the %s template was in use, but its tables read as the %s template's",
                    r->year, year_ed->name, best->name);
    sections_check(r, best);
    if (r->revisions_shown) { /* deleted rows and numbers among the kept ones (front.c): none is read */
        nb_ctoks_free(&tp.toks);
        if (year_ed && year_ed != best && year_ed->rowsets[0]) r->edition = year_ed->name; /* both versions' rows */
        return;
    }
    tp.ed = best;
    if (best->rowsets[0]) {
        nb_tables_get(r, best);
        nb_column_numbers_apart(&tp);
        nb_cut_columns(&tp);
        nb_notes_apart(&tp);
        nb_units_apart(&tp);
        nb_spacer_cells_apart(&tp);
        nb_none_cells(&tp);
        nb_list_rows(&tp);
        nb_transposed_rows(&tp);
        nb_card_rows(&tp);
        nb_subtotal_cells(&tp);
        nb_subitem_numbers_apart(&tp);
        nb_group_labels_before_rows(&tp);
        nb_sum_join(&tp);
        nbt_parse(&tp);
        nb_short_totals(&tp, nb_tables_get(r, best));
        nb_cut_groups(&tp, nb_tables_get(r, best));
        nb_flow_rows_end(&tp, nb_tables_get(r, best));
        nb_flow_table_whole(&tp, nb_tables_get(r, best));
        nb_flow_blocks(&tp, nb_tables_get(r, best));
        nb_combined_unsure(r, nb_tables_get(r, best));
        /* the columns' order first: a row's total is its last cell only once 总计 stands last, and the
         * sums that say 总计 is first need the rows whole, before a total is called cut (cuttotal.h) */
        nb_column_order(r, nb_tables_get(r, best));
        nb_block_order(r, nb_tables_get(r, best));
        nb_signs_in_place(r, nb_tables_get(r, best));
        nb_space_groups_unsure(r, nb_tables_get(r, best));
        nb_cut_totals(r, nb_tables_get(r, best));
        nb_glued_by_columns(&tp, nb_tables_get(r, best));
        nb_parts_over_total(r, nb_tables_get(r, best));
    }
    nb_ctoks_free(&tp.toks);
    read_statistics(r, best);
}

void nb_read_tables(nb_report *r)
{
    read_tables(r);
    nb_footnote_marks_unsure(r, r->tables);
}
