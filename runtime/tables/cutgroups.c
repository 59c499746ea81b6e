/* cutgroups.c — table 四 printed cut at the page's edge (cutgroups.h). */
#include "cutgroups.h"

#include <string.h>

#include "utf8.h"

#define MAX_HEADER_LINES 12 /* between the section's title and the values: group and column labels */
#define MAX_GROUPS 8

static const char cut_mark[] = "\xE2\x80\xA6"; /* … the PDF reader writes after glyphs cut at an edge */

/* What the header names: its column labels in the template's order, and its groups' labels. */
typedef struct header {
    int cols;         /* column labels named, in order */
    int last_cut;     /* the last of them is cut short (尚未审, 总计…): none may follow */
    unsigned groups;  /* bit j: group j's own label written whole (未经复议直接起诉) */
    int bad;          /* a column label out of the template's order, or one after a cut one */
} header;

/* The part of a column's label "group column" (rows.c): the group's (before the space) or the column's. */
static nb_str label_part(const char *label, int column)
{
    const char *sp = strchr(label, ' ');
    if (!sp) return column ? (nb_str){label, strlen(label)} : (nb_str){label, 0};
    return column ? (nb_str){sp + 1, strlen(sp + 1)} : (nb_str){label, (size_t)(sp - label)};
}

/* A header's word [s, e) (blank-separated) taken into h. */
static void header_word(header *h, const nb_rowdef *d, const unsigned char *s, const unsigned char *e)
{
    size_t m = sizeof cut_mark - 1;
    int cut = (size_t)(e - s) > m && !memcmp(e - m, cut_mark, m);
    if (cut) e -= m;
    size_t n = (size_t)(e - s);
    if (h->cols < d->arity) {
        nb_str want = label_part(d->col_labels[h->cols], 1);
        if (n <= want.n && n && !memcmp(s, want.p, n)) {
            if (h->last_cut) h->bad = 1;
            h->last_cut = cut || n < want.n;
            h->cols++;
            return;
        }
    }
    for (int k = 0; k < d->arity; k++) {
        nb_str col = label_part(d->col_labels[k], 1), grp = label_part(d->col_labels[k], 0);
        if (n == col.n && !memcmp(s, col.p, n)) h->bad = 1; /* a column's label out of its order */
        if (!cut && grp.n == n && !memcmp(s, grp.p, n) && k / d->group < MAX_GROUPS) h->groups |= 1u << (k / d->group);
    }
}

/* Whether the line [s, e) writes a digit. */
static int has_digit(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e))
        if (nb_digit_at(p, e, NULL)) return 1;
    return 0;
}

/* The header above the line at `line`: the lines after the section's title (a line that writes 情况)
 * and before it, none of which writes a digit; h->bad where there is no such title close above. */
static header read_header(const nb_rowdef *d, const unsigned char *text, const unsigned char *line)
{
    header h = {0};
    const unsigned char *from = line;
    int found = 0;
    for (int k = 0; k <= MAX_HEADER_LINES && from > text && !found; k++) {
        const unsigned char *start = from - 1; /* the line before from */
        while (start > text && start[-1] != '\n') start--;
        const unsigned char *end = nb_line_end(start, from);
        if (has_digit(start, end)) break;
        if (nb_find(start, end, "情况")) found = 1;
        else from = start;
    }
    if (!found) {
        h.bad = 1;
        return h;
    }
    for (const unsigned char *p = from; p < line;) {
        p = nb_skip_blanks(p, line);
        if (p < line && (*p == '\n' || *p == '\r')) {
            p++;
            continue;
        }
        const unsigned char *w = p;
        while (p < line && *p != '\n' && *p != '\r' && !nb_blank_at(p, line)) p += nb_u8len(p, line);
        if (p > w) header_word(&h, d, w, p);
    }
    return h;
}

/* Whether the token right after the cells, on their line, is a value the PDF reader marks cut at the
 * edge (12件…, 37…): one of the row's values, its column left null. */
static int cut_after(const nb_tparse *tp, nb_tspan cells)
{
    size_t at = cells.first + cells.count, m = sizeof cut_mark - 1;
    if (!cells.count || at >= tp->toks.n) return 0;
    const nb_ctok *x = &tp->toks.v[at];
    const unsigned char *p = (const unsigned char *)x->raw.p;
    return x->span.line == tp->toks.v[at - 1].span.line && x->raw.n > m && nb_digit_at(p, p + x->raw.n, NULL) &&
           !memcmp(p + x->raw.n - m, cut_mark, m);
}

/* Whether [s, e) is blanks only. */
static int blank(const unsigned char *s, const unsigned char *e) { return nb_skip_blanks(s, e) == e; }

void nb_cut_groups(nb_tparse *tp, nb_tables *t)
{
    if (!tp->print || !tp->groups_short_row) return;
    int row = tp->groups_short_row - 1;
    const nb_rowdef *d = t->keys.rows[row];
    nb_tspan cells = tp->groups_short;
    const nb_ctok *v = &tp->toks.v[cells.first];
    const unsigned char *text = (const unsigned char *)tp->r->text.data, *te = text + tp->r->text.len;
    int n = (int)cells.count, cut = cut_after(tp, cells), values = n + cut;
    if (d->group < 2 || values >= d->arity || !d->col_labels) return;
    /* the values stand alone on their line, the cut one (12件…) last */
    const nb_ctok *last = &v[values - 1];
    if (last->span.line != v[0].span.line || last->span.byte + last->raw.n > tp->r->text.len) return;
    const unsigned char *line = text + v[0].span.byte, *after = text + last->span.byte + last->raw.n;
    while (line > text && line[-1] != '\n') line--;
    if (!blank(line, text + v[0].span.byte) || !blank(after, nb_line_end(after, te))) return;
    header h = read_header(d, text, line);
    if (h.bad || h.cols != values) return;
    int read = 0;
    for (int g = 0; (g + 1) * d->group <= n && g < MAX_GROUPS && (h.groups >> g & 1); g++) {
        int at = g * d->group, end = at + d->group;
        double sum = 0;
        for (int c = at; c + 1 < end; c++) sum += v[c].value;
        if (sum != v[end - 1].value) return; /* the report's slip, or no such table: not read */
    }
    for (int g = 0; (g + 1) * d->group <= n && g < MAX_GROUPS && (h.groups >> g & 1); g++)
        for (int c = g * d->group; c < (g + 1) * d->group; c++) {
            if (t->grid[row][c]) nb_table_value(tp, t->grid[row][c], d, c, &v[c]);
            read++;
        }
    if (read)
        nb_diag_add(tp->r, "warning", "table-cut", &v[0].span,
                    "%s has %d values where the template has %d, under as many column labels named in its "
                    "header in the template's order, none after: a print that cut the table at the page's "
                    "edge; %d values read as the groups of columns they fill whole and whose last is the sum of "
                    "the others (a group's only where its label is written); a group cut short, its values maybe "
                    "a blank cell and its total's, and those past the edge are left null",
                    d->key, values, d->arity, read);
}
