/* transposed.c — table 三 printed on its side; see transposed.h. */
#include "transposed.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "grow.h"
#include "rows.h"
#include "tables.h"

enum { APPLICANTS = 7, MAX_LEAVES = NB_MAX_ROWS };

static int is_applications_row(const nb_ctok *t)
{
    return t->kind == NB_C_LABEL && t->label.kind == NB_L_ROW && !strncmp(t->label.key, "applications.", 13);
}

/* The applicant (a column of table 三: 自然人 … 总计) token t names, or -1. */
static int applicant(const nb_ctok *t)
{
    if (t->kind != NB_C_LABEL) return -1;
    for (int c = 0; c < APPLICANTS; c++)
        if (nb_token_is_word(t, nb_col_labels_applicants[c], strlen(nb_col_labels_applicants[c]), 0)) return c;
    return -1;
}

/* The header's rows from token `from` on, table cells all: their places in leaves and their columns in
 * cols, ordered by column; where the run ends (the first applicant's word or value). 0 leaves where the
 * run is no such header: a row in two columns, two rows in one (a grid whose spans are not expanded to
 * the columns under them, a text browser's boxes: which value is under which row is not known). */
static size_t header_rows(const nb_tparse *tp, const nb_tables *tb, size_t from, int *leaves, unsigned *cols, int *n)
{
    *n = 0;
    size_t i = from;
    int combined = -1; /* （六）其他处理: over its three rows here (its column their first's), a row only without them */
    for (; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_NUM || applicant(t) >= 0) break;
        if (!is_applications_row(t)) continue;
        int k = nb_tables_place(tb, t->label.key);
        if (k < 0 || !t->cell || *n == MAX_LEAVES) return *n = 0, i;
        int again = 0;
        for (int j = 0; j < *n && !again; j++) {
            if (leaves[j] == k && cols[j] == t->cell->col) {
                again = 1; /* its label again down its rowspan */
            } else if (j == combined && cols[j] == t->cell->col && !strncmp(t->label.key, "applications.other.", 19)) {
                leaves[j] = k; /* （六）其他处理 over its rows, the first of which stands under it: the row */
                combined = -1;
                again = 1;
            } else if (leaves[j] == k || cols[j] == t->cell->col) {
                return *n = 0, i;
            }
        }
        if (again) continue;
        if (!strcmp(t->label.key, "applications.other.combined")) combined = *n;
        leaves[*n] = k;
        cols[(*n)++] = t->cell->col;
    }
    if (combined >= 0) /* （六）其他处理 over rows that were not found under it: no header of the template's */
        for (int j = 0; j < *n; j++)
            if (j != combined && !strncmp(tb->keys.rows[leaves[j]]->key, "applications.other.", 19)) return *n = 0, i;
    for (int a = 1; a < *n; a++) /* by column */
        for (int b = a; b > 0 && cols[b - 1] > cols[b]; b--) {
            int l = leaves[b];
            unsigned c = cols[b];
            leaves[b] = leaves[b - 1], cols[b] = cols[b - 1];
            leaves[b - 1] = l, cols[b - 1] = c;
        }
    return i;
}

/* The applicants' rows from token `at` on, table cells all: each applicant's value under each header
 * row (cols, n of them) in vals; where they end, or 0 where they are not all seven, each once, each
 * with a cell under every header row and none elsewhere after its word. */
static size_t applicant_rows(const nb_tparse *tp, size_t at, const unsigned *cols, int n,
                             nb_ctok vals[APPLICANTS][MAX_LEAVES])
{
    unsigned have = 0;
    size_t i = at;
    while (i < tp->toks.n && have != (1u << APPLICANTS) - 1) {
        const nb_ctok *t = &tp->toks.v[i];
        int c = applicant(t);
        if (c < 0) {
            /* a word over applicants (法人或其他组织) or a blank cell before one */
            if (t->kind == NB_C_EMPTY || (t->kind == NB_C_LABEL && t->label.kind == NB_L_COLUMN)) {
                i++;
                continue;
            }
            return 0;
        }
        if ((have >> c & 1) || !t->cell || t->cell->col >= cols[0]) return 0;
        unsigned row = t->cell->row;
        int got = 0;
        unsigned char under[MAX_LEAVES] = {0}; /* the header rows with a cell of this row under them */
        size_t e = i + 1;
        for (; e < tp->toks.n && tp->toks.v[e].cell && tp->toks.v[e].cell->row == row; e++) {
            const nb_ctok *v = &tp->toks.v[e];
            if (v->kind != NB_C_NUM && v->kind != NB_C_EMPTY) return 0;
            int k = 0;
            while (k < n && cols[k] != v->cell->col) k++;
            if (k == n) {
                if (v->kind == NB_C_EMPTY) continue; /* a blank cell under no row */
                return 0;
            }
            if (under[k]++) return 0;
            vals[c][k] = *v;
            got++;
        }
        if (got != n) return 0;
        have |= 1u << c;
        i = e;
    }
    return have == (1u << APPLICANTS) - 1 ? i : 0;
}

/* The 总计 row is the sum of the six others in every column where all seven are written, and some are. */
static int totals_hold(int n, nb_ctok vals[APPLICANTS][MAX_LEAVES])
{
    int whole = 0;
    for (int k = 0; k < n; k++) {
        double sum = 0;
        int all = 1;
        for (int c = 0; c < APPLICANTS; c++) all &= vals[c][k].kind == NB_C_NUM && !vals[c][k].is_null;
        if (!all) continue;
        for (int c = 0; c < APPLICANTS - 1; c++) sum += vals[c][k].value;
        if (sum != vals[APPLICANTS - 1][k].value) return 0;
        whole++;
    }
    return whole * 2 >= n;
}

void nb_transposed_rows(nb_tparse *tp)
{
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    if (nb_tables_place(tb, "applications.new_received") < 0) return; /* an edition without table 三 */
    for (size_t i = 0; i < tp->toks.n; i++) {
        if (!is_applications_row(&tp->toks.v[i])) continue;
        int leaves[MAX_LEAVES], n;
        unsigned cols[MAX_LEAVES];
        size_t body = header_rows(tp, tb, i, leaves, cols, &n);
        if (n < 10) {
            i = body > i ? body - 1 : i;
            continue;
        }
        nb_ctok (*vals)[MAX_LEAVES] = malloc(APPLICANTS * sizeof *vals);
        if (!vals) nb_oom();
        size_t end = applicant_rows(tp, body, cols, n, vals);
        if (end && !totals_hold(n, vals)) {
            nb_diag_add(tp->r, "warning", "table-transposed-unsure", &tp->toks.v[i].span,
                        "table 三 seems printed on its side (a column for each of its %d rows, a row for each "
                        "applicant), but its 总计 row is not the sum of the others: which value is which is not "
                        "certain; not read so", n);
            end = 0;
        }
        if (end) {
            nb_diag_add(tp->r, "info", "table-transposed", &tp->toks.v[i].span,
                        "table 三 is printed on its side (a column for each of its %d rows, a row for each "
                        "applicant): its cells read by the labels over them and beside them", n);
            for (int k = 0; k < n; k++) {
                for (int c = 0; c < APPLICANTS; c++)
                    if (vals[c][k].kind == NB_C_NUM) nb_flow_set_cell(tp, tb, leaves[k], c, &vals[c][k]);
                tb->seen[leaves[k]] = 1;
            }
            memmove(&tp->toks.v[i], &tp->toks.v[end], (tp->toks.n - end) * sizeof *tp->toks.v);
            tp->toks.n -= end - i;
        }
        free(vals);
        return;
    }
}
