/* html_table.c — an HTML table to text: a data table's rows with rowspan/colspan expanded, one
 * TAB-separated line each; a layout table (prose or tables in its cells) as blocks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "grow.h"
#include "html_int.h"
#include "utf8.h"
#include "xmlnodes.h"

#define CELL_PROSE_CHARS 500  /* a cell holding more text than this is a layout cell, not data */
#define MAX_COLSPAN 1000      /* the limits HTML itself sets */
#define MAX_ROWSPAN 65534
#define SPAN_BUDGET_PER_CELL 64 /* expanded positions allowed per written cell: output stays linear */

/* ------------------------------------------------------------------------------------------------ */
/* tables */

/* A row of a table: a <tr>, or a group (<tbody> …) holding cells with no <tr> around them. */
static int has_direct_cells(const xmlNode *g)
{
    for (const xmlNode *c = g->children; c; c = c->next)
        if (is_cell(c)) return 1;
    return 0;
}

/* The rows of table t, not of tables inside it, in order; group[i] is one past the last row of row
 * i's group (thead, a tbody, tfoot, or the rows directly in the table): rowspan=0 and long rowspans
 * end there, as HTML says. */
static void table_rows(xmlNode *t, nb_xml_nodes *rows, long **group)
{
    size_t start = 0;
    if (has_direct_cells(t)) nb_xml_nodes_push(rows, t);
    for (xmlNode *c = t->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name_is(c, "tr")) {
            nb_xml_nodes_push(rows, c);
        } else if (name_is(c, "tbody") || name_is(c, "thead") || name_is(c, "tfoot")) {
            size_t before = rows->n;
            if (has_direct_cells(c)) nb_xml_nodes_push(rows, c);
            for (xmlNode *g = c->children; g; g = g->next)
                if (g->type == XML_ELEMENT_NODE && name_is(g, "tr")) nb_xml_nodes_push(rows, g);
            /* the rows so far outside any group form one, and so does this one */
            *group = realloc(*group, (rows->cap ? rows->cap : 1) * sizeof **group);
            if (!*group) nb_oom();
            for (size_t i = start; i < before; i++) (*group)[i] = (long)before;
            for (size_t i = before; i < rows->n; i++) (*group)[i] = (long)rows->n;
            start = rows->n;
        }
    }
    *group = realloc(*group, (rows->cap ? rows->cap : 1) * sizeof **group);
    if (!*group) nb_oom();
    for (size_t i = start; i < rows->n; i++) (*group)[i] = (long)rows->n;
}

static long span_attr(xmlNode *cell, const char *name, long max)
{
    xmlChar *v = xmlGetProp(cell, (const xmlChar *)name);
    if (!v) return 1;
    const xmlChar *p = v;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    long k = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        if (k < max) k = k * 10 + (*p - '0');
        digits = 1;
        p++;
    }
    xmlFree(v);
    if (!digits) return 1;
    if (k > max) k = max;
    return k; /* 0 is meaningful for rowspan: to the end of the table */
}

/* What a cell holds, for telling a data table from a layout table; the walk stops as soon as the
 * answer is known, so nested tables are not walked once per level. */
static void scan_cell(xmlNode *cell, size_t *chars, int *blocky)
{
    for (xmlNode *n = cell->children; n && !*blocky && *chars <= CELL_PROSE_CHARS;) {
        int skip = 0;
        if (n->type == XML_ELEMENT_NODE) {
            if (nb_html_is_skipped(n)) skip = 1;
            else if (name_is(n, "table") || name_is(n, "h1") || name_is(n, "h2") || name_is(n, "h3") ||
                     name_is(n, "h4") || name_is(n, "ul") || name_is(n, "ol"))
                *blocky = 1;
        } else if (n->type == XML_TEXT_NODE && n->content) {
            *chars += nb_u8count(n->content, n->content + strlen((const char *)n->content));
        }
        n = nb_html_walk_next(n, cell, skip);
    }
}

typedef struct grid {
    long *until; /* per column, the last row a rowspan covers it to; -1 none */
    size_t ncols, cap;
} grid;

static void grid_reserve(grid *g, size_t cols)
{
    if (cols <= g->cap) {
        for (size_t c = g->ncols; c < cols; c++) g->until[c] = -1;
        if (cols > g->ncols) g->ncols = cols;
        return;
    }
    size_t cap = g->cap ? g->cap : 16;
    while (cap < cols) cap *= 2;
    long *u = realloc(g->until, cap * sizeof *u);
    if (!u) nb_oom();
    g->until = u;
    g->cap = cap;
    for (size_t c = g->ncols; c < cols; c++) g->until[c] = -1;
    g->ncols = cols;
}

static int covered(const grid *g, size_t col, long row) { return col < g->ncols && g->until[col] >= row; }

/* Positions a row of cells takes with spans expanded, the covered positions before, between and
 * after its cells included; spans off (use_spans 0): one per cell. The grid is updated. */
static size_t lay_row(grid *g, xmlNode *row, long r, long group_end, int use_spans, xmlNode **cells,
                      long *at, size_t ncells_cap, size_t *ncells)
{
    size_t col = 0, pos = 0, k = 0;
    for (xmlNode *c = row->children; c; c = c->next) {
        if (!is_cell(c)) continue;
        long cs = 1, rs = 1;
        if (use_spans) {
            cs = span_attr(c, "colspan", MAX_COLSPAN);
            rs = span_attr(c, "rowspan", MAX_ROWSPAN);
            if (cs < 1) cs = 1;
            if (rs == 0 || rs > group_end - r) rs = group_end - r; /* a rowspan ends with its row group */
            if (rs < 1) rs = 1;
            while (covered(g, col, r)) col++;
            grid_reserve(g, col + (size_t)cs);
            for (size_t j = col; j < col + (size_t)cs; j++)
                if (rs > 1 || g->until[j] < r) g->until[j] = r + rs - 1;
        }
        if (cells && k < ncells_cap) {
            cells[k] = c;
            at[k] = (long)col;
        }
        k++;
        col += (size_t)cs;
    }
    if (use_spans)
        for (size_t j = col; j < g->ncols; j++)
            if (covered(g, j, r)) pos = j + 1;
    if (col > pos) pos = col;
    if (ncells) *ncells = k;
    return pos;
}

/* The position col a span covers, written on line: 0 where a merged 0 covers it, else empty.
 * Returns whether it wrote anything. */
static int covered_cell(nb_buf *line, size_t col, int zero)
{
    if (col) nb_buf_putc(line, '\t');
    if (zero) nb_buf_putc(line, '0');
    return zero;
}

/* A cell's text on one line: blocks and <br> inside it joined, blanks trimmed. */
static void cell_text(rd *page, xmlNode *cell, nb_buf *out)
{
    out->len = 0;
    if (out->data) out->data[0] = 0;
    rd r = {.b = out, .cell = 1, .depth = page->depth + 1, .d = page->d};
    nb_html_render_children(&r, cell);
    page->struck += r.struck;
}

void nb_html_render_table(rd *r, xmlNode *t)
{
    nb_xml_nodes rows = {0};
    long *group = NULL;
    table_rows(t, &rows, &group);
    size_t ncells = 0, widest = 0;
    int layout = 0;
    for (size_t i = 0; i < rows.n && !layout; i++) {
        size_t w = 0;
        for (xmlNode *c = rows.v[i]->children; c; c = c->next) {
            if (!is_cell(c)) continue;
            size_t chars = 0;
            int blocky = 0;
            scan_cell(c, &chars, &blocky);
            if (blocky || chars > CELL_PROSE_CHARS) {
                layout = 1;
                break;
            }
            ncells++;
            w++;
        }
        if (w > widest) widest = w;
    }
    /* nested tables, prose or a single column: the table lays the page out, it holds no data */
    if (layout || widest < 2 || r->cell) {
        free(rows.v);
        free(group);
        nb_html_end_line(r);
        nb_html_render_children(r, t);
        nb_html_end_line(r);
        return;
    }
    long nrows = (long)rows.n;
    /* spans are expanded only while that keeps the text linear in the page (a few cells with huge
       spans could otherwise ask for rows × columns positions) */
    grid g = {0};
    size_t budget = SPAN_BUDGET_PER_CELL * ncells + 1024, total = 0;
    int use_spans = 1;
    for (long i = 0; i < nrows && use_spans; i++) {
        total += lay_row(&g, rows.v[i], i, group[i], 1, NULL, NULL, 0, NULL);
        if (total > budget) use_spans = 0;
    }
    if (!use_spans)
        nb_enc_say(r->d, "warning", "table-spans-ignored", 0,
             "a table's rowspan/colspan would expand %zu cells to more than %zu positions: its cells are written "
             "without them",
             ncells, budget);
    g.ncols = 0;

    nb_html_blank_line(r);
    for (xmlNode *c = t->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && name_is(c, "caption")) {
            nb_html_render_node(r, c);
            nb_html_end_line(r);
        }
    nb_buf line, cell;
    nb_buf_init(&line);
    nb_buf_init(&cell);
    xmlNode **cv = NULL; /* the cells of the row being written, and the position of each */
    long *at = NULL;
    size_t cap = 0;
    /* per column, the last row a rowspan holding 0 covers: each position it covers is 0 (a column's run
       of zeros merged into one cell; counts are not negative, so whether it means each count or their
       sum, each is 0). Another number merged is not repeated: which it means is not known. */
    long *zero_until = NULL;
    size_t zcap = 0;
    for (long i = 0; i < nrows; i++) {
        size_t k = 0;
        for (xmlNode *c = rows.v[i]->children; c; c = c->next) k += is_cell(c);
        if (k > cap) {
            cap = k;
            cv = realloc(cv, cap * sizeof *cv);
            at = realloc(at, cap * sizeof *at);
            if (!cv || !at) nb_oom();
        }
        size_t placed = 0;
        size_t width = lay_row(&g, rows.v[i], i, group[i], use_spans, cv, at, k, &placed);
        line.len = 0;
        int any = 0;
        size_t col = 0;
        if (use_spans && width > zcap) {
            zero_until = realloc(zero_until, width * sizeof *zero_until);
            if (!zero_until) nb_oom();
            for (; zcap < width; zcap++) zero_until[zcap] = -1;
        }
        for (size_t j = 0; j < placed; j++) {
            for (; col < (size_t)at[j]; col++) /* positions a span covers: empty cells, or a merged 0's */
                any |= covered_cell(&line, col, use_spans && zero_until[col] >= i);
            if (col) nb_buf_putc(&line, '\t');
            cell_text(r, cv[j], &cell);
            const unsigned char *s = (const unsigned char *)cell.data, *e = s ? s + cell.len : s;
            if (s) nb_trim(&s, &e);
            if (s < e) {
                nb_buf_put(&line, s, (size_t)(e - s));
                any = 1;
            }
            if (use_spans && (size_t)at[j] < zcap) {
                long rs = span_attr(cv[j], "rowspan", MAX_ROWSPAN);
                if (rs == 0 || rs > group[i] - i) rs = group[i] - i;
                zero_until[at[j]] = rs > 1 && nb_zero_alone(s, e) ? i + rs - 1 : -1;
            }
            col++;
        }
        for (; col < width; col++) any |= covered_cell(&line, col, use_spans && col < zcap && zero_until[col] >= i);
        if (!any) continue; /* a row with nothing in it is no row of the table */
        nb_html_end_line(r);
        nb_buf_put(r->b, line.data, line.len);
        nb_buf_putc(r->b, '\n');
    }
    nb_html_blank_line(r);
    free(at);
    free(cv);
    free(zero_until);
    free(g.until);
    free(rows.v);
    free(group);
    nb_buf_free(&line);
    nb_buf_free(&cell);
}
