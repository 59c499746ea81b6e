/* colorder.c — table 三's columns in the order its header names (colorder.h). */
#include "colorder.h"

#include <string.h>

#include "colstacked.h"
#include "headlabels.h"
#include "rows.h"
#include "tablehead.h"
#include "utf8.h"

#define APPLICANTS 7
#define GROUP APPLICANTS /* 法人或其他组织: over columns 1 … 5 */
#define MAX_LABELS 16    /* labels of one line kept */

/* The header's labels: the template's seven columns in order, then the group over five of them, then
 * the short names agencies print for four of the legal persons (企业 for 商业企业 …: a header in its own
 * order, 科研机构 企业 法律服务 公益组织 其他组织, names its columns by them), and 合计 written for 总计. */
static const char *const labels[] = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                                     "总计", "法人或其他组织", "法人或者其他组织",
                                     "企业", "公益组织", "法律服务", "其他组织", "合计"};
#define NLABELS (int)(sizeof labels / sizeof labels[0])
#define NCORE 9 /* the template's labels, the group's two spellings last: a print's stacked labels */
static const int short_col[] = {1, 3, 4, 5, 6}; /* each short name's column (合计 for 总计 too) */

/* The labels of line [s, e) in their order, the group's as GROUP; with heads, the pieces that begin
 * one (nb_head_labels) too. A short name is taken whole only, where no template label overlaps it (企业
 * inside 商业企业 is that label's; 其他组织 inside 法人或其他组织 the group's): asked apart, so a piece that
 * begins a template label and a short name (法律, 其) still names its one column. */
static int line_labels(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                       int heads, nb_head_label *out)
{
    int n = nb_head_labels(s, e, cuts, ncuts, labels, NCORE, heads, out, MAX_LABELS);
    for (int i = 0; i < n; i++)
        if (out[i].col > GROUP) out[i].col = GROUP;
    nb_head_label sh[MAX_LABELS], core[MAX_LABELS];
    int m = nb_head_labels(s, e, cuts, ncuts, labels + NCORE, NLABELS - NCORE, 0, sh, MAX_LABELS), ncore = n;
    memcpy(core, out, (size_t)n * sizeof *out);
    for (int k = 0; k < m && n < MAX_LABELS; k++) {
        int overlap = 0;
        for (int i = 0; i < ncore; i++) overlap |= sh[k].at < core[i].end && core[i].at < sh[k].end;
        if (overlap) continue;
        sh[k].col = short_col[sh[k].col];
        int j = n++;
        for (; j > 0 && out[j - 1].at > sh[k].at; j--) out[j] = out[j - 1];
        out[j] = sh[k];
    }
    return n;
}

/* Whether column a stands left of column b in the template (the group spans 1 … 5): 1, 0, or -1
 * where the template does not order them (the group and a column under it). */
static int template_before(int a, int b)
{
    int lo_a = a == GROUP ? 1 : a, hi_a = a == GROUP ? 5 : a;
    int lo_b = b == GROUP ? 1 : b, hi_b = b == GROUP ? 5 : b;
    if (hi_a < lo_b) return 1;
    if (hi_b < lo_a) return 0;
    return -1;
}

typedef struct {
    int against;      /* two labels of a line in an order the template does not have */
    int top[4], ntop; /* 总计, 自然人 and the group, in a line's order, where one line has all three */
    int legal[5], nlegal; /* the group's five, in a line's order, where one line has all five */
    int all[APPLICANTS], nall; /* the seven in one line's order */
    unsigned leaves;           /* the columns named in runs of labels, a bit each */
    int total_first;           /* 总计 自然人 法人或其他组织 one after another (total_first_order) */
} header_order;

static int is_legal(int col) { return col >= 1 && col <= 5; }

/* Whether [p, e) is blanks and line ends only. */
static int blanks_only(const unsigned char *p, const unsigned char *e)
{
    for (size_t k; p < e; p += k)
        if (!(k = nb_blank_at(p, e)) && !(k = *p == '\n' || *p == '\r')) return 0;
    return 1;
}

/* Whether l[i], l[i + 1], l[i + 2] are 总计, 自然人 and 法人或其他组织 in that order, whole, with nothing
 * between them but, where apart, blanks and line ends. */
static int total_first_at(const nb_head_label *l, int i, int apart)
{
    for (int k = 0; k < 3; k++)
        if (l[i + k].col != (k == 0 ? 6 : k == 1 ? 0 : GROUP) || !l[i + k].whole) return 0;
    for (int k = 1; k < 3; k++)
        if (apart ? !blanks_only(l[i + k - 1].end, l[i + k].at) : !nb_head_glued(l, i + k)) return 0;
    return 1;
}

/* Whether label l[k] is the tail of its column's name (企业 of 商业企业) whose head stands before it on
 * the line from s, no label (商业 科研 … 其他 企业: a narrow cell's name cut over two lines, the row's
 * first lines before its second). */
static int tail_of_cut(const unsigned char *s, const nb_head_label *l, int k)
{
    const char *full = labels[l[k].col];
    size_t fn = strlen(full), n = (size_t)(l[k].end - l[k].at);
    char head[32];
    if (n >= fn || fn - n >= sizeof head || memcmp(full + fn - n, l[k].at, n)) return 0;
    memcpy(head, full, fn - n);
    head[fn - n] = 0;
    return nb_find(s, l[k].at, head) != NULL;
}

/* The runs of labels of line [s, e) separated only by separators, into h; or, glued (a crawled page's
 * text, a print's pieces a line joined), labels that follow one another with nothing between. Glued,
 * the header's rows run into one another too (自然人法人或其他组织总计商业企业…): a legal person's
 * column after another label starts the second row. */
static void read_line(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                      header_order *h, int glued)
{
    nb_head_label l[MAX_LABELS];
    /* glued, heads (a print's pieces a line in reading order, or a piece split) say nothing of table 三:
     * a taller cell's first line comes first (社会 / 法律 / 科研 … over a header in the template's order) */
    int n = line_labels(s, e, cuts, ncuts, !glued, l);
    for (int i = 0; i < n;) {
        int j = i + 1, group = l[i].col == GROUP;
        for (; j < n && (glued ? nb_head_glued(l, j) : nb_head_continues(l, j)); j++) {
            /* the group's columns after it: its header's next row run onto the line (html2markdown) */
            if ((group || glued) && is_legal(l[j].col) && !is_legal(l[j - 1].col)) break;
            group |= l[j].col == GROUP;
        }
        int top = 0, legal = 0, leaves = 0;
        for (int k = i; k < j; k++) {
            /* glued, reading order may set the header's top row in any order (the group's label a line
             * higher, before 自然人; Word's print puts 总计's cell first): only the legal persons' row,
             * its cells side by side, says the order; and a column named again there is the tail of its
             * name, cut in its narrow cell (商业 科研 … 其他 企业 机构: the second line of the row) */
            if (k > i && template_before(l[k - 1].col, l[k].col) == 0 &&
                (!glued || (is_legal(l[k - 1].col) && is_legal(l[k].col) && !tail_of_cut(s, l, k))))
                h->against = 1;
            top += l[k].col == 0 || l[k].col == 6 || l[k].col == GROUP;
            legal += is_legal(l[k].col);
            leaves += l[k].col != GROUP;
            if (l[k].col != GROUP && l[k].whole && !glued && j - i > 1) h->leaves |= 1u << l[k].col;
        }
        if (top == 3 && j - i == 3 && !h->ntop && (!glued || (l[i].col == 0 && l[i + 1].col == GROUP)))
            for (int k = i; k < j; k++) h->top[h->ntop++] = l[k].col;
        if (glued && j - i == 3) h->total_first |= total_first_at(l, i, 0);
        if (legal == 5 && j - i == 5 && !h->nlegal)
            for (int k = i; k < j; k++) h->legal[h->nlegal++] = l[k].col;
        if (leaves == APPLICANTS && j - i == APPLICANTS && !h->nall)
            for (int k = i; k < j; k++) h->all[h->nall++] = l[k].col;
        i = j;
    }
}

/* The column each of the table's columns is, in its order, where the header names all seven
 * (into order): 1, else 0. */
static int named_order(const header_order *h, int order[APPLICANTS])
{
    if (h->nall == APPLICANTS) {
        memcpy(order, h->all, sizeof h->all);
    } else if (h->ntop == 3 && h->nlegal == 5) {
        int n = 0;
        for (int i = 0; i < 3; i++)
            if (h->top[i] == GROUP)
                for (int k = 0; k < 5; k++) order[n++] = h->legal[k];
            else
                order[n++] = h->top[i];
    } else {
        return 0;
    }
    int seen = 0;
    for (int i = 0; i < APPLICANTS; i++) seen |= 1 << order[i];
    return seen == (1 << APPLICANTS) - 1;
}

/* Where each column's label stands stacked (into at: the seven, then the group's two spellings): its
 * template name, or its short name (企 / 业 for 商业企业), the longer where one stack spells both (其 /
 * 他 / 组 / 织 spells 其他 too); found 2 where two stacks spell the column. */
static void stacked_columns(const unsigned char *s, const unsigned char *e, int wide, nb_label_span at[NCORE])
{
    nb_label_span all[NLABELS];
    nb_stacked_labels(s, e, wide, labels, NLABELS, all);
    memcpy(at, all, NCORE * sizeof *at);
    for (int k = NCORE; k < NLABELS; k++) {
        nb_label_span *c = &at[short_col[k - NCORE]], *sh = &all[k];
        if (!sh->found) continue;
        if (!c->found || (c->found == 1 && sh->found == 1 && c->x0 >= sh->x0 && c->x1 <= sh->x1)) *c = *sh;
        else c->found = 2;
    }
}

/* The columns in the order of their labels' places where a print stacks them over lines (colstacked.h)
 * and the places are certain (into order): each of the seven labels spelled once, their columns side by
 * side without overlapping, the five under 法人或其他组织 together, and that label, where it is
 * spelled, centred over them. pdftotext's grid counts a character a column; the PDF reader's text two
 * for a wide one; a text of neither kind must give the same order counted either way. 1; 2 where all
 * but the group's label hold (its place does not prove the five's: an order other than the template's
 * is then seen, not known); else 0. */
static int stacked_order_wide(const unsigned char *s, const unsigned char *e, int wide, int order[APPLICANTS])
{
    nb_label_span at[NCORE];
    stacked_columns(s, e, wide, at);
    for (int i = 0; i < APPLICANTS; i++) {
        if (at[i].found != 1) return 0;
        order[i] = i;
    }
    for (int i = 1; i < APPLICANTS; i++) /* by place */
        for (int j = i; j > 0 && at[order[j]].x0 < at[order[j - 1]].x0; j--) {
            int x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    int first_legal = -1, last_legal = -1;
    for (int i = 0; i < APPLICANTS; i++) {
        if (i && at[order[i - 1]].x1 > at[order[i]].x0) return 0;
        if (is_legal(order[i])) {
            if (first_legal < 0) first_legal = i;
            last_legal = i;
        }
    }
    if (last_legal - first_legal != 4) return 0;
    int groups = at[APPLICANTS].found + at[APPLICANTS + 1].found;
    if (groups > 1) return 2;
    if (groups == 1) {
        const nb_label_span *g = at[APPLICANTS].found ? &at[APPLICANTS] : &at[APPLICANTS + 1];
        int mid2 = g->x0 + g->x1;
        if (mid2 < 2 * at[order[first_legal]].x0 || mid2 > 2 * at[order[last_legal]].x1) return 2;
    }
    return 1;
}

static int stacked_order(const nb_report *r, const unsigned char *s, const unsigned char *e, int order[APPLICANTS])
{
    int lo, hi;
    nb_stacked_widths(r, &lo, &hi);
    if (lo == hi) return stacked_order_wide(s, e, lo, order);
    int other[APPLICANTS], one = stacked_order_wide(s, e, 1, order), two = stacked_order_wide(s, e, 2, other);
    if (!one || !two || memcmp(order, other, sizeof other) != 0) return 0;
    return one > two ? one : two;
}

static int applicant_row(const nb_tables *t, int k)
{
    const nb_rowdef *d = t->keys.rows[k];
    return d->split == NB_SPLIT_SUM_LAST && d->arity == APPLICANTS && d->cols == nb_cols_applicants;
}

/* Whether row k has all seven values, into v. */
static int full_row(const nb_tables *t, int k, double v[APPLICANTS])
{
    for (int c = 0; c < APPLICANTS; c++) {
        if (!t->grid[k][c] || !t->grid[k][c]->has_value) return 0;
        v[c] = t->grid[k][c]->value;
    }
    return 1;
}

/* Whether column at of v holds the sum of the others. */
static int sums_others(const double v[APPLICANTS], int at)
{
    double s = 0;
    for (int c = 0; c < APPLICANTS; c++)
        if (c != at) s += v[c];
    return s == v[at];
}

/* Where the first of table 三's cells stands (its first row), or (size_t)-1. */
static size_t first_cell(const nb_tables *t)
{
    size_t at = (size_t)-1;
    for (int k = 0; k < t->keys.n; k++)
        if (applicant_row(t, k))
            for (int c = 0; c < APPLICANTS; c++)
                if (t->grid[k][c] && t->grid[k][c]->span.byte < at) at = t->grid[k][c]->span.byte;
    return at;
}

static void read_header(const unsigned char *p, const unsigned char *e, header_order *h)
{
    while (p < e) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
        const unsigned char *le = nl ? nl : e;
        read_line(p, le, NULL, 0, h, 0);
        p = le + 1;
    }
}

static void read_glued_line(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                            void *h)
{
    read_line(s, e, cuts, ncuts, h, 1);
}


/* Whether the header's text [s, e) holds 总计 自然人 法人或其他组织 one after another, blanks and line ends
 * between them (a print's text in reading order: the three on one line, or a line each). */
static int total_first_apart(const unsigned char *s, const unsigned char *e)
{
    nb_head_label l[MAX_LABELS];
    int n = line_labels(s, e, NULL, 0, 1, l);
    for (int i = 0; i + 2 < n; i++)
        if (total_first_at(l, i, 1)) return 1;
    return 0;
}

/* The columns where the rows' sums put 总计 first and the header's text is in reading order (pdftotext
 * -raw sets a print's cells in the order the page draws them: a header row's cells left to right, and a
 * row's before the next's): 总计 自然人 法人或其他组织 read one after another, nothing between, then the five
 * under the group in their row's order. 总计 read first proves nothing alone (Word's print draws a 总计
 * spanning the header's rows, rightmost, before 自然人 in the row under it), but the sums prove it first;
 * 自然人 right before the group is their row's order, as the legal persons' row is. Into order: 1, else 0. */
static int total_first_order(const header_order *h, int sums_say_first, int order[APPLICANTS])
{
    if (!sums_say_first || !h->total_first || h->nlegal != 5) return 0;
    order[0] = APPLICANTS - 1;
    order[1] = 0;
    for (int k = 0; k < 5; k++) order[2 + k] = h->legal[k];
    return 1;
}

/* Every cell of table 三 null. */
static void null_all(nb_tables *t)
{
    for (int k = 0; k < t->keys.n; k++)
        if (applicant_row(t, k))
            for (int c = 0; c < APPLICANTS; c++)
                if (t->grid[k][c]) t->grid[k][c]->has_value = 0;
}

/* The cells of each row moved to the columns order names (the table's column i is order[i]). */
static void move_all(nb_report *r, nb_tables *t, const int order[APPLICANTS])
{
    for (int k = 0; k < t->keys.n; k++)
        if (applicant_row(t, k)) nb_row_reorder(r, t, k, order);
}

/* The first two characters of each column's label: a label wrapped in a narrow cell (社会公益 / 组织)
 * still shows them, a column the table does not have does not. */
static const char *const heads[APPLICANTS] = {"自然", "商业", "科研", "社会", "法律", "其他", "总"};

/* Whether [s, e) spells head outside the group's label (其他 inside 法人或其他组织). */
static int spelled(const unsigned char *s, const unsigned char *e, const char *head)
{
    for (const unsigned char *q = s; (q = nb_find(q, e, head)) != NULL; q += strlen(head)) {
        int inside = 0;
        for (int g = APPLICANTS; g < NCORE; g++) {
            size_t n = strlen(labels[g]), back = n - strlen(head);
            for (const unsigned char *b = (size_t)(q - s) > back ? q - back : s; b <= q; b++)
                inside |= (size_t)(e - b) >= n && memcmp(b, labels[g], n) == 0;
        }
        if (!inside) return 1;
    }
    return 0;
}

/* Whether the header names its columns in rows of labels, five or more of the template's, and does not
 * spell one of the others at all (a table without 总计, or without 法律服务机构): its values are not the
 * template's seven, and by position each would land a column off. */
static int column_absent(const header_order *h, const unsigned char *s, const unsigned char *e, int *which)
{
    int named = 0;
    for (int c = 0; c < APPLICANTS; c++) named += h->leaves >> c & 1;
    if (named < 5 || named == APPLICANTS) return 0;
    for (int c = 0; c < APPLICANTS; c++)
        if (!(h->leaves >> c & 1) && !spelled(s, e, heads[c])) {
            *which = c;
            return 1;
        }
    return 0;
}

/* Where the last of table 三's cells ends, not before `from`: text in reading order sets pieces of the
 * header among the rows (a print's taller cells), so the header's words are looked for up to there. */
static const unsigned char *table_end(const nb_report *r, const nb_tables *t, const unsigned char *from)
{
    size_t end = (size_t)((const char *)from - r->text.data);
    for (int k = 0; k < t->keys.n; k++)
        if (applicant_row(t, k))
            for (int c = 0; c < APPLICANTS; c++)
                if (t->grid[k][c] && t->grid[k][c]->span.byte > end) end = t->grid[k][c]->span.byte;
    return (const unsigned char *)r->text.data + (end < r->text.len ? end : r->text.len);
}

/* A character of a legal person's short name that no other label of table 三 has, and the one of its
 * template name that the short name lacks: 企业 for 商业企业 (公益 is no such mark: 权益 has 益). */
static const struct { const char *has, *lacks; int col; } short_marks[] = {{"企", "商", 1}};

/* Whether [s, e) holds the group's label, 法人或其他组织 in either spelling: table 三's header is there. */
static int names_group(const unsigned char *s, const unsigned char *e)
{
    return nb_find(s, e, labels[GROUP]) || nb_find(s, e, labels[GROUP + 1]);
}

/* Whether the header and rows [s, e) hold the group's label (法人或其他组织: table 三's header is there)
 * and a legal person's short name but nowhere its template name (企 and no 商): the table names its
 * legal persons its own way, and where those names are not read in a run or a stack, their order is not
 * known. Into *which: that column. A header that is only cut short (a copy's part) lacks both. */
static int legal_name_absent(const unsigned char *s, const unsigned char *e, int *which)
{
    if (!names_group(s, e)) return 0;
    for (size_t k = 0; k < sizeof short_marks / sizeof short_marks[0]; k++)
        if (nb_find(s, e, short_marks[k].has) && !nb_find(s, e, short_marks[k].lacks)) {
            *which = short_marks[k].col;
            return 1;
        }
    return 0;
}

/* Whether the header [hs, he) holds the group's label and not 自然人, nor a piece of it (自然 / 人 over
 * lines), while a line among the rows [he, te) is 自然人 alone: a print's text in reading order that set
 * the top row's heads after the rows began (a header beside 自然人 at its right, a page's break): where
 * 自然人 stands is not known, and reading the rows in the template's order would put the legal persons'
 * counts under 自然人. */
static int natural_among_rows(const unsigned char *hs, const unsigned char *he, const unsigned char *te)
{
    if (!names_group(hs, he) || nb_find(hs, he, "自然")) return 0;
    for (const unsigned char *p = he; p < te;) {
        const unsigned char *q = memchr(p, '\n', (size_t)(te - p)), *a = p, *b;
        b = q ? q : te;
        nb_trim(&a, &b);
        if ((size_t)(b - a) == strlen(labels[0]) && !memcmp(a, labels[0], strlen(labels[0]))) return 1;
        p = q ? q + 1 : te;
    }
    return 0;
}

/* Which of 自然人 (0), the group (GROUP, either spelling) or 总计 (6) the word [s, e) is, whole, or -1. */
static int top_word(const unsigned char *s, const unsigned char *e)
{
    static const int tops[] = {0, 6, GROUP, GROUP + 1};
    for (size_t i = 0; i < sizeof tops / sizeof tops[0]; i++)
        if ((size_t)(e - s) == strlen(labels[tops[i]]) && !memcmp(s, labels[tops[i]], (size_t)(e - s)))
            return tops[i] > GROUP ? GROUP : tops[i];
    return -1;
}

/* The top row's words line [s, e) holds where it holds only those, whole, blanks between (自然人 总计),
 * appended to tops (at most 3 in all); 0 for a line that holds anything else. */
static int top_words_line(const unsigned char *s, const unsigned char *e, int *tops, int *n)
{
    int k = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        const unsigned char *w = p;
        while (p < e && !nb_blank_at(p, e)) p += nb_u8len(p, e);
        int top = top_word(w, p);
        if (top < 0) return 0;
        if (*n + k < 3) tops[*n + k] = top;
        k++;
    }
    *n += k;
    return k > 0;
}

/* Whether the header comes a table's cell a line, in its rows' order (docx2txt's or LibreOffice's text
 * of a Word table, pdftotext -raw of its print): its top row as 法人或其他组织 / 自然人 / 总计 (自然人 总计
 * on one line in -raw), then the legal persons' names a word a line (商业 / 企业 / 科研 …): the five legal
 * persons' columns left of 自然人's, which read in the template's order would set every applicant's
 * count under another. (A print's text in reading order sets 法人或其他组织 above 自然人 and 总计 for the
 * template's table too, but the pieces of its narrow cells' names side by side: 企业 机构.) */
static int group_alone_first(const unsigned char *s, const unsigned char *e)
{
    int tops[3], n = 0;
    for (const unsigned char *p = s; p < e;) {
        const unsigned char *le = nb_line_end(p, e), *ts = p, *te = le;
        nb_trim(&ts, &te);
        if (ts < te) {
            if (n < 3) {
                if (!top_words_line(ts, te, tops, &n) && n) return 0; /* the run broken */
            } else {
                for (const unsigned char *q = ts; q < te; q += nb_u8len(q, te))
                    if (nb_blank_at(q, te)) return 0; /* two words on a line: a print's layout */
            }
        }
        p = nb_next_line(le, e);
    }
    return n == 3 && tops[0] == GROUP && tops[1] == 0 && tops[2] == 6;
}

void nb_column_order(nb_report *r, nb_tables *t)
{
    size_t at = first_cell(t);
    if (at == (size_t)-1) return;
    header_order h = {0};
    const unsigned char *hs, *he;
    nb_header_text(r, at, &hs, &he);
    read_header(hs, he, &h);
    nb_head_joined(hs, he, read_glued_line, &h);
    h.total_first |= total_first_apart(hs, he);
    h.against |= group_alone_first(hs, he);
    int order[APPLICANTS], named = named_order(&h, order), absent;
    if (!named && column_absent(&h, hs, he, &absent)) {
        null_all(t);
        nb_diag_add(r, "warning", "column-missing", NULL,
                    "table 三's header names its columns and %s is not among them: its values are not the "
                    "template's seven, and by position each would be read a column off; its cells are null",
                    nb_col_labels_applicants[absent]);
        return;
    }
    int stacked = named ? 0 : stacked_order(r, hs, he, order);
    for (int i = 0; stacked && i < APPLICANTS; i++) h.against |= order[i] != i;
    const unsigned char *te = table_end(r, t, he);
    if (!named && !stacked && !h.against && legal_name_absent(hs, te, &absent)) {
        null_all(t);
        nb_diag_add(r, "warning", "column-order", NULL,
                    "table 三's header does not spell the template's %s, and its columns' names are not read in "
                    "an order (a print's labels out of line?): which column is which is not known; its cells "
                    "are null", nb_col_labels_applicants[absent]);
        return;
    }
    if (!named && !stacked && !h.against && natural_among_rows(hs, he, te)) {
        null_all(t);
        nb_diag_add(r, "warning", "column-order", NULL,
                    "table 三's header names the legal persons and not 自然人, which stands alone among its rows (a "
                    "print's text in reading order): which column is which is not known; its cells are null");
        return;
    }
    named |= stacked == 1; /* 2: the seven side by side, the group's label not over its five: not proved */
    int total_at = APPLICANTS - 1;
    for (int i = 0; named && i < APPLICANTS; i++)
        if (order[i] == APPLICANTS - 1) total_at = i;
    int first_only = 0, last_only = 0, lost = 0; /* rows whose 总计 is first / last, by their sums */
    for (int k = 0; k < t->keys.n; k++) {
        double v[APPLICANTS];
        if (!applicant_row(t, k) || !full_row(t, k, v)) continue;
        int first = sums_others(v, 0), last = sums_others(v, APPLICANTS - 1);
        first_only += first && !last;
        last_only += last && !first;
        lost += last && !sums_others(v, total_at);
    }
    int sums_say_first = first_only >= 2 && last_only == 0;
    if (!h.against && !sums_say_first) return;
    if (!named) named = total_first_order(&h, sums_say_first, order);
    int template_order = 1;
    for (int i = 0; named && i < APPLICANTS; i++) template_order &= order[i] == i;
    if (named && !template_order && !lost) {
        move_all(r, t, order);
        nb_diag_add(r, "warning", "column-order", NULL,
                    "table 三's header names its columns in another order than the template's (%s first): each "
                    "value is read under the column its header names",
                    nb_col_labels_applicants[order[0]]);
        return;
    }
    null_all(t);
    nb_diag_add(r, "warning", "column-order", NULL,
                "table 三's columns are not in the template's order (%s), and its header does not name them all "
                "in lines of labels that agree with its sums: its cells are null",
                sums_say_first ? "rows whose first value is the sum of the others: 总计 first"
                               : "its header's labels in another order");
}
