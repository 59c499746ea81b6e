/* flow_cells.c — shared by the whole-table readers of a print's text; see flow_cells.h. */
#include "flow_cells.h"

#include <string.h>

#include "flow_rows.h"

int nb_flow_blank_between(const char *p, const char *e)
{
    for (; p < e; p++)
        if (!*p || !strchr(" \t\r\n\f", *p)) return 0;
    return 1;
}

int nb_flow_digits_only(const nb_ctok *t)
{
    int digits = 0;
    for (size_t i = 0; i < t->raw.n; i++) {
        unsigned char c = (unsigned char)t->raw.p[i];
        if (c >= '0' && c <= '9') digits = 1;
        else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return 0;
    }
    return digits;
}

int nb_flow_set_cell(nb_tparse *tp, nb_tables *t, int row, int col, const nb_ctok *x)
{
    nb_tcell *cell = t->grid[row][col];
    int set = !x->is_null && (!cell || !cell->has_value);
    if (!cell) /* a row whose label was not found (its pieces not joined), or apart from its values */
        cell = nb_table_add_cell(tp->r, row, col, (nb_str){"", 0}, x->raw, x->span);
    cell->raw = x->raw;
    cell->span = x->span;
    cell->has_value = !x->is_null;
    cell->value = x->is_null ? 0 : x->value;
    cell->recovered = 0;
    return set;
}

int nb_flow_as_written(const nb_report *r, const nb_ctok *x) { return x->raw.p == r->text.data + x->span.byte; }

nb_flow_gap nb_flow_gap_between(const nb_report *r, const nb_ctok *a, const nb_ctok *b)
{
    const char *text = r->text.data;
    if (!nb_flow_as_written(r, a) || !nb_flow_as_written(r, b)) return NB_GAP_UNKNOWN;
    size_t end = a->span.byte + a->raw.n, lines = 0;
    if (b->span.byte < end) return NB_GAP_UNKNOWN;
    for (size_t i = end; i < b->span.byte; i++) {
        char c = text[i];
        if (c == '\n') lines++;
        else if (c != ' ' && c != '\r' && c != '\t') return NB_GAP_BLOCK;
    }
    return lines == 0 ? NB_GAP_SAME_LINE : lines == 1 ? NB_GAP_NEXT_LINE : NB_GAP_BLOCK;
}

int nb_flow_names_row(const nb_ctok *t) { return nb_flow_is_row_label(t) && t->label.key; }

const nb_section *nb_flow_section_at(const nb_section *s, size_t b)
{
    for (; s && !(s->span.byte <= b && b < s->end_byte); s = s->next) {}
    return s;
}

size_t nb_flow_next_frame(const nb_section *s)
{
    for (const nb_section *n = s->next; n; n = n->next)
        if (n->table_frame) return n->span.byte;
    return 0;
}
