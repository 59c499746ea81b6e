/* html.c — an HTML page to report text (see html.h and format.h).
 *
 * Rendering rules, as a browser's text would read, but for the lexer:
 * - blocks (p, div, h1-h6, li, tr, br, …) end a line; inline elements (span, strong, font, a) do not;
 * - whitespace collapses to one space, except that a line end or tab of the source between two CJK
 *   characters is dropped (CJK text is wrapped in the source without meaning a space);
 * - script, style, noscript, comments, form controls and hidden elements are skipped, and Word's
 *   downlevel-revealed conditionals (<![if !supportLists]>) are removed from the text;
 * - a data table is a blank line, one line per row with its cells separated by TABs, a blank line;
 *   in a cell, blocks and <br> are joined like source line ends, so the cell stays on its row.
 *
 * libxml2: htmlReadMemory on a parser context of its own per call; xmlInitParser is idempotent and
 * thread-safe, and xmlCleanupParser is never called (it would pull global state from other parses). */
#include "html.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "grow.h"
#include "lines.h"
#include "markers.h"
#include "utf8.h"
#include "xmlnodes.h"

#define CELL_PROSE_CHARS 500  /* a cell holding more text than this is a layout cell, not data */
#define MAX_COLSPAN 1000      /* the limits HTML itself sets */
#define MAX_ROWSPAN 65534
#define SPAN_BUDGET_PER_CELL 64 /* expanded positions allowed per written cell: output stays linear */
#define MAX_CANDIDATES 4096   /* numbered block starts looked at to find the report's container */

typedef nb_enc_sink diag_sink;

/* ------------------------------------------------------------------------------------------------ */
/* the charset: decoded to UTF-8 before libxml2 sees the page, by the project's decoder */

/* The charset a <meta charset=…> or <meta http-equiv … content="…; charset=…"> declares, copied to
 * name (empty if none). Looked for in the first 64 KiB: pages put it in the head. */
static void declared_charset(const unsigned char *in, size_t n, char *name, size_t cap)
{
    name[0] = 0;
    const unsigned char *e = in + (n < 65536 ? n : 65536);
    for (const unsigned char *p = in; p < e; p++) {
        if (*p != '<' || !nb_starts_ci(p, (size_t)(e - p), "<meta")) continue;
        const unsigned char *te = p;
        while (te < e && *te != '>') te++;
        for (const unsigned char *q = p + 5; q + 8 <= te; q++) {
            if (!nb_starts_ci(q, (size_t)(te - q), "charset")) continue;
            const unsigned char *v = q + 7;
            while (v < te && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')) v++;
            if (v >= te || *v != '=') continue;
            v++;
            while (v < te && (*v == ' ' || *v == '"' || *v == '\'' || *v == '\t')) v++;
            size_t k = 0;
            while (v < te && k + 1 < cap &&
                   ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9') ||
                    *v == '-' || *v == '_' || *v == '.' || *v == ':'))
                name[k++] = (char)nb_ascii_lower(*v++);
            name[k] = 0;
            if (k) return;
        }
        p = te < e ? te : e - 1;
    }
}

/* GB2312 and GBK pages are decoded as GB18030, their superset: pages labelled gb2312 routinely use
 * GBK characters. */
static const char *charset_for_icu(const char *declared)
{
    static const char *gb[] = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "cp936", "ms936", "windows-936",
                               "euc-cn", "x-euc-cn", "csgb2312", "chinese", "iso-ir-58", "gb18030"};
    for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++)
        if (!strcmp(declared, gb[i])) return "gb18030";
    return declared;
}

/* Strictly valid UTF-8 with at least one multi-byte character. */
static int valid_utf8_text(const unsigned char *s, size_t n)
{
    int multi = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!k || i + k > n) return 0;
        if (k == 2 && c < 0xC2) return 0;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80) return 0;
        if (k == 3 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))) return 0;
        if (k == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || c > 0xF4 || (c == 0xF4 && s[i + 1] >= 0x90))) return 0;
        multi |= k > 1;
        i += k;
    }
    return multi;
}

static int decode_page(const unsigned char *in, size_t n, const char *forced, nb_text *t, const diag_sink *d,
                       char *err, size_t errlen)
{
    if (forced && *forced) return nb_decode(in, n, forced, t, d->fn, d->ctx, err, errlen);
    int bom = (n >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) ||
              (n >= 2 && ((in[0] == 0xFF && in[1] == 0xFE) || (in[0] == 0xFE && in[1] == 0xFF)));
    char cs[64];
    declared_charset(in, n, cs, sizeof cs);
    /* a BOM or valid UTF-8 beats the label: servers recode pages and leave the old label */
    if (bom || !cs[0] || valid_utf8_text(in, n)) {
        if (cs[0] && !bom && strcmp(charset_for_icu(cs), "gb18030") == 0 && valid_utf8_text(in, n))
            nb_enc_say(d, "info", "encoding-declared", "the page declares charset %s but is valid UTF-8: read as UTF-8", cs);
        return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
    }
    const char *icu = charset_for_icu(cs);
    if (!strcmp(icu, "utf-8") || !strcmp(icu, "utf8")) /* declared UTF-8 but invalid: detection repairs */
        return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
    if (nb_decode(in, n, icu, t, d->fn, d->ctx, err, errlen) == 0) return 0;
    nb_enc_say(d, "warning", "encoding-declared", "the page declares charset %s, which cannot be used (%s): detected instead",
         cs, err);
    return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
}

/* ------------------------------------------------------------------------------------------------ */
/* elements */

static int name_is(const xmlNode *n, const char *s) { return n->name && !strcmp((const char *)n->name, s); }

static int in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(name, *list)) return 1;
    return 0;
}

/* Office's own tags (o:p, st1:chsdate, v:shape) arrive with a namespace prefix; libxml2 drops the
 * prefix from the name, so o:p would look like a paragraph. They are inline. */
static int office_tag(const xmlNode *n) { return n->ns && n->ns->prefix; }

static int is_skipped(const xmlNode *n)
{
    static const char *const skip[] = {"script", "style", "noscript", "template", "head", "iframe", "frame",
                                       "object", "embed", "applet", "select", "option", "textarea", "button",
                                       "input", "svg", "math", "map", "audio", "video", "canvas", "img", NULL};
    if (n->type != XML_ELEMENT_NODE) return n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE;
    if (office_tag(n)) return 0;
    if (in_list((const char *)n->name, skip)) return 1;
    if (xmlHasProp((xmlNode *)n, (const xmlChar *)"hidden")) return 1;
    /* display:none and Word's mso-hide:all: text the page does not show */
    xmlChar *st = xmlGetProp((xmlNode *)n, (const xmlChar *)"style");
    int hidden = 0;
    if (st) {
        char flat[256];
        size_t k = 0;
        for (const xmlChar *p = st; *p && k + 1 < sizeof flat; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') flat[k++] = (char)nb_ascii_lower(*p);
        flat[k] = 0;
        hidden = strstr(flat, "display:none") != NULL || strstr(flat, "mso-hide:all") != NULL;
        xmlFree(st);
    }
    return hidden;
}

static int is_block(const xmlNode *n)
{
    static const char *const blocks[] = {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", NULL};
    return n->type == XML_ELEMENT_NODE && !office_tag(n) && in_list((const char *)n->name, blocks);
}

static int is_cell(const xmlNode *n) { return n->type == XML_ELEMENT_NODE && (name_is(n, "td") || name_is(n, "th")); }

/* Next node of a pre-order walk that stays inside root; skip_children leaves n's subtree out. */
static xmlNode *walk_next(xmlNode *n, const xmlNode *root, int skip_children)
{
    if (!skip_children && n->children) return n->children;
    while (n && n != root) {
        if (n->next) return n->next;
        n = n->parent;
    }
    return NULL;
}

/* ------------------------------------------------------------------------------------------------ */
/* the text writer */

typedef struct rd {
    nb_buf *b;
    int pend;      /* whitespace waiting: 1 a space, 2 a line end or tab of the source */
    uint32_t last; /* last character of the current line; 0 at a line start */
    int cell;      /* inside a table cell: blocks do not end the line */
    int pre;       /* inside <pre>: line ends are kept */
    int depth;
    const diag_sink *d;
} rd;

static void end_line(rd *r) { nb_lines_end(r->b, r->cell, &r->pend, &r->last); }

static void blank_line(rd *r) { nb_lines_blank(r->b, r->cell, &r->pend, &r->last); }

/* Length of a Word downlevel-revealed conditional at p (<![if !supportLists]>, <![endif]>), or 0. */
static size_t word_conditional(const unsigned char *p, const unsigned char *e)
{
    if (e - p < 5 || memcmp(p, "<![", 3) != 0) return 0;
    size_t rest = (size_t)(e - p) - 3;
    if (!nb_starts_ci(p + 3, rest, "if") && !nb_starts_ci(p + 3, rest, "endif")) return 0;
    for (const unsigned char *q = p + 3; q + 1 < e && q - p < 200; q++)
        if (q[0] == ']' && q[1] == '>') return (size_t)(q + 2 - p);
    return 0;
}

static void put_text(rd *r, const unsigned char *p, size_t n)
{
    const unsigned char *e = p + n;
    while (p < e) {
        size_t k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        if (c == '<') {
            size_t w = word_conditional(p, e);
            if (w) {
                p += w;
                continue;
            }
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            if (r->pre && !r->cell && (c == '\n' || c == '\r')) {
                if (c == '\r' && p + 1 < e && p[1] == '\n') p++;
                if (r->last) nb_buf_putc(r->b, '\n');
                r->last = 0;
                r->pend = 0;
            } else if (r->pre && !r->cell && c == ' ') {
                if (r->last) nb_buf_putc(r->b, ' ');
            } else {
                int w = c == ' ' ? 1 : 2;
                if (r->pend < w) r->pend = w;
            }
            p += k;
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (!r->last && nb_blank_at(p, e))) {
            p += k; /* controls are nothing a reader sees; padding at a line start is no text */
            continue;
        }
        nb_lines_put(r->b, &r->pend, &r->last, p, k, c);
        p += k;
    }
}

/* ------------------------------------------------------------------------------------------------ */
/* tables */

static void render_children(rd *r, xmlNode *n);
static void render_node(rd *r, xmlNode *n);

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
            if (is_skipped(n)) skip = 1;
            else if (name_is(n, "table") || name_is(n, "h1") || name_is(n, "h2") || name_is(n, "h3") ||
                     name_is(n, "h4") || name_is(n, "ul") || name_is(n, "ol"))
                *blocky = 1;
        } else if (n->type == XML_TEXT_NODE && n->content) {
            *chars += nb_u8count(n->content, n->content + strlen((const char *)n->content));
        }
        n = walk_next(n, cell, skip);
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

/* A cell's text on one line: blocks and <br> inside it joined, blanks trimmed. */
static void cell_text(rd *page, xmlNode *cell, nb_buf *out)
{
    out->len = 0;
    if (out->data) out->data[0] = 0;
    rd r = {.b = out, .cell = 1, .depth = page->depth + 1, .d = page->d};
    render_children(&r, cell);
}

static void render_table(rd *r, xmlNode *t)
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
        end_line(r);
        render_children(r, t);
        end_line(r);
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
        nb_enc_say(r->d, "warning", "table-spans-ignored",
             "a table's rowspan/colspan would expand %zu cells to more than %zu positions: its cells are written "
             "without them",
             ncells, budget);
    g.ncols = 0;

    blank_line(r);
    for (xmlNode *c = t->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && name_is(c, "caption")) {
            render_node(r, c);
            end_line(r);
        }
    nb_buf line, cell;
    nb_buf_init(&line);
    nb_buf_init(&cell);
    xmlNode **cv = NULL; /* the cells of the row being written, and the position of each */
    long *at = NULL;
    size_t cap = 0;
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
        for (size_t j = 0; j < placed; j++) {
            for (; col < (size_t)at[j]; col++) /* positions a span covers: empty cells */
                if (col) nb_buf_putc(&line, '\t');
            if (col) nb_buf_putc(&line, '\t');
            cell_text(r, cv[j], &cell);
            const unsigned char *s = (const unsigned char *)cell.data, *e = s ? s + cell.len : s;
            if (s) nb_trim(&s, &e);
            if (s < e) {
                nb_buf_put(&line, s, (size_t)(e - s));
                any = 1;
            }
            col++;
        }
        for (; col < width; col++) nb_buf_putc(&line, '\t');
        if (!any) continue; /* a row with nothing in it is no row of the table */
        end_line(r);
        nb_buf_put(r->b, line.data, line.len);
        nb_buf_putc(r->b, '\n');
    }
    blank_line(r);
    free(at);
    free(cv);
    free(g.until);
    free(rows.v);
    free(group);
    nb_buf_free(&line);
    nb_buf_free(&cell);
}

/* ------------------------------------------------------------------------------------------------ */
/* the walk */

static void render_children(rd *r, xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) render_node(r, c);
}

/* Deeper than this, a subtree's text is written flat: the walk recurses once per level. libxml2
 * caps HTML nesting at 256, so this is a guard, not a path real pages take. */
#define MAX_DEPTH 400

static void render_flat(rd *r, xmlNode *root)
{
    for (xmlNode *n = root->children; n;) {
        int skip = n->type == XML_ELEMENT_NODE && is_skipped(n);
        if (n->type == XML_TEXT_NODE && n->content)
            put_text(r, n->content, strlen((const char *)n->content));
        n = walk_next(n, root, skip);
    }
}

static void render_node(rd *r, xmlNode *n)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) put_text(r, n->content, strlen((const char *)n->content));
        return;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE)
        return; /* comments (Word's <!--[if …]> among them), processing instructions, doctype */
    if (n->type == XML_ELEMENT_NODE && is_skipped(n)) return;
    if (r->depth > MAX_DEPTH) {
        render_flat(r, n);
        return;
    }
    if (n->type == XML_ELEMENT_NODE && !office_tag(n)) {
        if (name_is(n, "br") || name_is(n, "hr")) {
            end_line(r);
            return;
        }
        if (name_is(n, "table")) {
            r->depth++;
            render_table(r, n);
            r->depth--;
            return;
        }
    }
    int block = is_block(n), pre = n->type == XML_ELEMENT_NODE && name_is(n, "pre");
    if (block) end_line(r);
    r->depth++;
    r->pre += pre;
    render_children(r, n);
    r->pre -= pre;
    r->depth--;
    if (block) end_line(r);
}

/* ------------------------------------------------------------------------------------------------ */
/* the report's container */

typedef struct cand {
    xmlNode *node;
    int num;
} cand;

/* Text nodes that start a block with a 一、-style marker, in document order. */
static size_t find_candidates(xmlNode *root, cand *out, size_t cap)
{
    size_t k = 0;
    int at_start = 1; /* the next text starts a line */
    xmlNode *n = root;
    while (n && k < cap) {
        int descend = 1;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_skipped(n)) descend = 0;
            else if (is_block(n) || name_is(n, "br")) at_start = 1;
        } else if (n->type == XML_TEXT_NODE && n->content && at_start) {
            /* the start of the text, without blanks and Word conditionals */
            unsigned char buf[64];
            size_t m = 0;
            const unsigned char *p = n->content, *e = p + strlen((const char *)p);
            while (p < e && m + 4 < sizeof buf) {
                size_t w = *p == '<' ? word_conditional(p, e) : 0, b = nb_blank_at(p, e);
                if (w) {
                    p += w;
                } else if (b || *p == '\n' || *p == '\r') {
                    if (m) break;
                    p += b ? b : 1;
                } else {
                    size_t l = nb_u8len(p, e);
                    memcpy(buf + m, p, l);
                    m += l;
                    p += l;
                }
            }
            buf[m] = 0;
            if (m) {
                nb_marker mk;
                /* a report has a handful of sections: higher numbers are no outline of one */
                if (nb_match_marker(buf, buf + m, &mk) && mk.style == NB_STYLE_CN && mk.num >= 1 && mk.num <= 30 &&
                    mk.end <= buf + m)
                    out[k++] = (cand){n, mk.num};
                at_start = 0;
            }
        }
        if (descend && n->children && n->type != XML_TEXT_NODE) {
            n = n->children;
            continue;
        }
        /* leave n, and its ancestors that have no next sibling; a block left ends a line */
        for (;;) {
            if (is_block(n)) at_start = 1;
            if (n == root) {
                n = NULL;
                break;
            }
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
    return k;
}

static int depth_of(const xmlNode *n)
{
    int d = 0;
    for (; n; n = n->parent) d++;
    return d;
}

static xmlNode *common_ancestor(xmlNode *a, xmlNode *b)
{
    int da = depth_of(a), db = depth_of(b);
    for (; da > db; da--) a = a->parent;
    for (; db > da; db--) b = b->parent;
    while (a != b) {
        a = a->parent;
        b = b->parent;
    }
    return a;
}

/* The element holding the report: the lowest common ancestor of its longest run of numbered
 * sections 一、二、三、… (at least two). NULL when there is no such run. */
static xmlNode *report_container(xmlNode *root, int *first, int *last)
{
    cand *c = malloc(MAX_CANDIDATES * sizeof *c);
    if (!c) return NULL;
    size_t n = find_candidates(root, c, MAX_CANDIDATES);
    size_t best_start = 0, best_len = 0, best_end = 0;
    for (size_t i = 0, starts = 0; i < n && starts < 64; i++) {
        if (c[i].num != 1) continue;
        starts++;
        size_t len = 1, end = i;
        for (size_t j = i + 1; j < n; j++)
            if (c[j].num == c[end].num + 1) {
                end = j;
                len++;
            }
        if (len > best_len) {
            best_len = len;
            best_start = i;
            best_end = end;
        }
    }
    xmlNode *lca = NULL;
    if (best_len >= 2) {
        lca = c[best_start].node;
        for (size_t j = best_start + 1; j <= best_end; j++)
            if (c[j].num > c[best_start].num) lca = common_ancestor(lca, c[j].node);
        *first = c[best_start].num;
        *last = c[best_end].num;
        while (lca && lca->type != XML_ELEMENT_NODE) lca = lca->parent;
        /* numbered rows of one table (一、本年新收… 四、结转…) are no sections: the table is read whole */
        while (lca && lca->parent && (name_is(lca, "tbody") || name_is(lca, "thead") || name_is(lca, "tfoot") ||
                                      name_is(lca, "tr") || name_is(lca, "table")))
            lca = lca->parent;
    }
    free(c);
    return lca;
}

static xmlNode *find_element(xmlNode *root, const char *name)
{
    for (xmlNode *n = root; n;) {
        if (n->type == XML_ELEMENT_NODE && name_is(n, name)) return n;
        n = walk_next(n, NULL, 0);
    }
    return NULL;
}

/* The page's <title> as a report title: of its parts (site names follow after _ | - —), the one that
 * names the report. */
static void page_title(xmlNode *root, nb_buf *out)
{
    xmlNode *t = find_element(root, "title");
    if (!t) return;
    nb_buf all;
    nb_buf_init(&all);
    rd r = {.b = &all, .cell = 1};
    render_children(&r, t);
    const char *s = all.data, *e = s ? s + all.len : s;
    const char *best_s = s, *best_e = e;
    int found = 0;
    while (s && s < e && !found) {
        const char *p = s, *q = NULL;
        size_t sep = 0;
        for (; p < e && !q; p++) {
            if (*p == '_' || *p == '|') q = p, sep = 1;
            else if (e - p >= 3 && (!memcmp(p, " - ", 3) || !memcmp(p, "－", 3) || !memcmp(p, "—", 3) ||
                                    !memcmp(p, "｜", 3)))
                q = p, sep = 3;
        }
        const char *pe = q ? q : e;
        int names = 0;
        for (const char *x = s; x + 6 <= pe && !names; x++)
            names = !memcmp(x, "报告", 6) || !memcmp(x, "年报", 6);
        if (names) {
            best_s = s;
            best_e = pe;
            found = 1;
        } else if (s == all.data) {
            best_s = s;
            best_e = pe;
        }
        s = q ? q + sep : e;
    }
    const unsigned char *ts = (const unsigned char *)best_s, *te = (const unsigned char *)best_e;
    if (ts) nb_trim(&ts, &te);
    if (ts && ts < te) nb_buf_put(out, ts, (size_t)(te - ts));
    nb_buf_free(&all);
}

static int names_report(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *x = s; x + 6 <= e; x++)
        if (!memcmp(x, "报告", 6)) return 1;
    return 0;
}

/* The last short text before the container that names a report (the article's title above the
 * text, when the page's <title> is only the site's name). */
static void preceding_title(xmlNode *root, xmlNode *box, nb_buf *out)
{
    const unsigned char *best_s = NULL, *best_e = NULL;
    for (xmlNode *n = root; n && n != box;) {
        int skip = n->type == XML_ELEMENT_NODE && is_skipped(n);
        if (n->type == XML_TEXT_NODE && n->content) {
            const unsigned char *s = n->content, *e = s + strlen((const char *)s);
            nb_trim(&s, &e);
            size_t chars = nb_u8count(s, e);
            if (chars >= 6 && chars <= 60 && names_report(s, e)) {
                best_s = s;
                best_e = e;
            }
        }
        n = walk_next(n, NULL, skip);
    }
    if (!best_s) return;
    /* as one line: the text node may hold source line breaks */
    rd r = {.b = out, .cell = 1};
    put_text(&r, best_s, (size_t)(best_e - best_s));
}

/* Whether the first lines of the rendered text already carry a title: a short line naming the
 * report, not numbered (本报告根据… opens many reports, 六、其他需要报告的事项 is a section). */
static int has_title(const char *s, size_t n)
{
    const char *p = s, *e = s + n;
    for (int lines = 0; p && p < e && lines < 4; lines++) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *le = nl ? nl : e;
        const unsigned char *us = (const unsigned char *)p, *ue = (const unsigned char *)le;
        size_t chars = nb_u8count(us, ue);
        nb_marker mk;
        /* a sentence is not a title: 本报告依据…《…年度报告格式》编制。 */
        int sentence = nb_find(us, ue, "。") != NULL;
        if (chars > 0 && chars <= 60 && !sentence && !(nb_match_marker(us, ue, &mk) && mk.end <= ue))
            for (const char *x = p; x + 6 <= le; x++)
                if ((x + 12 <= le && (!memcmp(x, "年度报告", 12) || !memcmp(x, "工作报告", 12))) || !memcmp(x, "年报", 6))
                    return 1;
        p = nl ? nl + 1 : e;
    }
    return 0;
}

static void describe(const xmlNode *n, char *out, size_t cap)
{
    xmlChar *cls = xmlGetProp((xmlNode *)n, (const xmlChar *)"class");
    xmlChar *id = xmlGetProp((xmlNode *)n, (const xmlChar *)"id");
    snprintf(out, cap, "<%s%s%.40s%s%s%.40s%s>", (const char *)n->name, id ? " id=\"" : "", id ? (const char *)id : "",
             id ? "\"" : "", cls ? " class=\"" : "", cls ? (const char *)cls : "", cls ? "\"" : "");
    xmlFree(cls);
    xmlFree(id);
}

/* ------------------------------------------------------------------------------------------------ */

int nb_html_to_text(const unsigned char *in, size_t n, const char *forced_encoding, nb_text *out,
                    nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen)
{
    diag_sink d = {diag, ctx};
    nb_text page;
    if (decode_page(in, n, forced_encoding, &page, &d, err, errlen) != 0) {
        memset(out, 0, sizeof *out);
        return -1;
    }
    memset(out, 0, sizeof *out);
    if (page.len > INT_MAX) {
        nb_text_free(&page);
        snprintf(err, errlen, "HTML page too large (over 2 GB)");
        return -1;
    }
    xmlInitParser();
    /* the page is UTF-8 now: naming the encoding keeps libxml2 from re-reading <meta charset>.
       XML_PARSE_HUGE lifts libxml2's caps (10 MB text nodes, 256 levels), which otherwise cut the
       page short without a word; the walk below copes with any depth. */
    htmlDocPtr doc = htmlReadMemory(page.data, (int)page.len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | XML_PARSE_HUGE);
    const char *enc = page.encoding;
    nb_text_free(&page);
    nb_buf b;
    nb_buf_init(&b);
    nb_buf_putc(&b, 0);
    b.len = 0;
    if (doc) {
        xmlNode *root = (xmlNode *)doc;
        int first = 0, last = 0;
        xmlNode *box = report_container(root, &first, &last);
        xmlNode *body = find_element(root, "body");
        rd r = {.b = &b, .d = &d};
        if (box) {
            char what[160];
            describe(box, what, sizeof what);
            static const char *cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            char a[16], z[16];
            snprintf(a, sizeof a, "%s", first <= 10 ? cn[first] : "");
            snprintf(z, sizeof z, "%s", last <= 10 ? cn[last] : "");
            if (first > 10) snprintf(a, sizeof a, "%d", first);
            if (last > 10) snprintf(z, sizeof z, "%d", last);
            if (box != body && !name_is(box, "html"))
                nb_enc_say(&d, "info", "html-container",
                     "rendered %s, the element holding sections %s to %s; the page around it is left out", what, a, z);
            render_node(&r, box);
        } else {
            /* no numbered sections: the whole page, its head left out */
            render_node(&r, body ? body : root);
        }
        end_line(&r);
        if (!has_title(b.data, b.len)) {
            nb_buf t;
            nb_buf_init(&t);
            const char *from = "the page's <title>";
            page_title(root, &t);
            if (box && !(t.len && names_report((const unsigned char *)t.data, (const unsigned char *)t.data + t.len))) {
                nb_buf above;
                nb_buf_init(&above);
                preceding_title(root, box, &above);
                if (above.len) {
                    nb_buf_free(&t);
                    t = above;
                    from = "the text above the report";
                } else {
                    nb_buf_free(&above);
                }
            }
            if (t.len) {
                nb_enc_say(&d, "info", "html-title", "the title line is %s: %.200s", from, t.data);
                nb_buf_putc(&t, '\n');
                nb_buf_put(&t, b.data, b.len);
                nb_buf_free(&b);
                b = t;
            } else {
                nb_buf_free(&t);
            }
        }
        xmlFreeDoc(doc);
    }
    out->data = b.data;
    out->len = b.len;
    out->encoding = enc;
    return 0;
}
