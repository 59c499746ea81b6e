/* flow_cells.c — shared by the whole-table readers of a print's text; see flow_cells.h. */
#include "flow_cells.h"

#include <stdio.h>
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
    cell->has_value = 0;
    cell->value = 0;
    cell->recovered = 0;
    /* as any row's value: in the column's unit (1,286,400 under 本年收费金额（单位：元） is 128.64 万元) */
    if (!x->is_null) nb_table_set_value(tp, cell, t->keys.rows[row], col, x->value, x->unit);
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

/* Whether the line [s, e) may be a footer's page number with words about it (第 2 页, 2/5 页): a digit on a
 * short line. */
static int digits_in(const char *s, const char *e)
{
    if (e - s > 40) return 0;
    for (; s < e; s++)
        if (*s >= '0' && *s <= '9') return 1;
    return 0;
}

/* Whether the line of [s, e) is a number alone, as a page number is (12, - 12 -, 3/5). A page is
 * numbered from 1: a line of zeros alone (a fee of 0 right before the break) is no page number. */
static int number_line(const char *s, const char *e)
{
    int nonzero = 0;
    for (; s < e; s++) {
        if (*s >= '1' && *s <= '9') nonzero = 1;
        else if (*s != '0' && (!*s || !strchr(" \t\r-/", *s))) return 0;
    }
    return nonzero;
}

/* The lines around the page break at f in [s, e): the last one before it that is not blank, [*bs, *b),
 * and the first one after it, [*a, *ae). */
static void lines_around(const char *s, const char *e, const char *f, const char **bs, const char **b,
                         const char **a, const char **ae)
{
    *b = f;
    while (*b > s && ((*b)[-1] == '\n' || (*b)[-1] == ' ')) (*b)--;
    *bs = *b;
    while (*bs > s && (*bs)[-1] != '\n' && (*bs)[-1] != '\f') (*bs)--;
    *a = f + 1;
    while (*a < e && (**a == '\n' || **a == ' ')) (*a)++;
    *ae = *a;
    while (*ae < e && **ae != '\n' && **ae != '\f') (*ae)++;
}

/* Whether a page break in [s, e) has a number alone on the last line before it or the first line after
 * it, where a page's footer or header puts its number: such a number cannot be told from a value. A
 * page break between words (a header's, a title) leaves the values as they are. */
int nb_flow_page_number_may_stand(const char *s, const char *e)
{
    for (const char *f = memchr(s, '\f', (size_t)(e - s)); f; f = memchr(f + 1, '\f', (size_t)(e - f - 1))) {
        const char *bs, *b, *a, *ae;
        lines_around(s, e, f, &bs, &b, &a, &ae);
        /* nothing of the part after it (the next section's heading right after the break): no value of
           the part there that a page's header number could be */
        if (number_line(bs, b) || number_line(a, ae) || b == s) return 1;
        if (f + 1 >= e) break;
    }
    return 0;
}

int nb_flow_article(const nb_ctok *t)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int n = 0;
    for (size_t i = 0; i + 3 <= t->raw.n; i++)
        for (int k = 0; k < 9; k++)
            if (!memcmp(t->raw.p + i, numerals[k], 3)) n = k + 1;
    return n;
}

int nb_flow_template_blocks(const nb_tables *t, nb_flow_tblock *b, int max)
{
    int nb = 0;
    for (int k = 0; k < t->keys.n; k++) {
        int n;
        if (sscanf(t->keys.rows[k]->key, "active_disclosure.article_20_%d.", &n) != 1) continue;
        if (!nb || b[nb - 1].n != n) {
            if (nb == max) return 0;
            b[nb++] = (nb_flow_tblock){.n = n};
        }
        b[nb - 1].rows[b[nb - 1].nrows++] = k;
    }
    return nb;
}

int nb_flow_pages_unnumbered(const nb_report *r)
{
    const char *s = r->text.data, *e = s + r->text.len;
    int breaks = 0;
    for (const char *f = memchr(s, '\f', r->text.len); f; f = memchr(f + 1, '\f', (size_t)(e - f - 1))) {
        const char *bs, *b, *a, *ae;
        lines_around(s, e, f, &bs, &b, &a, &ae);
        /* the first break may be a first page's own footer's */
        if (breaks++ && bs < b && a < ae && !number_line(bs, b) && !number_line(a, ae) && !digits_in(bs, b) &&
            !digits_in(a, ae))
            return 1;
        if (f + 1 >= e) break;
    }
    return 0;
}
