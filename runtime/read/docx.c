/* docx.c — a Word document to report text (see docx.h).
 *
 * The text follows the HTML reader's conventions (lines.h, shared with html.c), so that a page and
 * the same report saved as .docx give the same lines; as in html.c, a table row with nothing in it
 * is left out. */
#include "docx.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "docx_grid.h"
#include "docx_int.h"
#include "encoding.h"
#include "grow.h"
#include "lines.h"
#include "oneline.h"
#include "utf8.h"
#include "wordnum.h"
#include "xmlnodes.h"
#include "zipread.h"

#define CELL_PROSE_CHARS 500 /* as html.c: a cell holding more text is a layout cell */
#define MAX_SPAN 64          /* w:gridSpan, w:gridBefore: Word allows 63 columns */
#define MAX_DEPTH 200        /* element levels walked recursively; deeper text is written flat */
#define MAX_FIELDS 64        /* nested fields tracked */
#define MAX_CONTROLS 10000   /* form controls read: a report's tables have a few hundred cells */

typedef nb_enc_sink sink;

/* ------------------------------------------------------------------------------------------------ */
/* the writer */

typedef struct wr {
    nb_buf *b;
    int pend;      /* blank waiting: 1 a space, 2 a break (no space between CJK) */
    uint32_t last; /* last character of the line; 0 at its start */
    int cell;      /* inside a data cell: paragraphs and breaks do not end the line */
    int depth;
    nb_wnum *num;
    unsigned char field[MAX_FIELDS]; /* open fields: 1 while in their instruction */
    int nfields, instr;              /* open fields (may exceed MAX_FIELDS), those in instruction */
    size_t footnotes, endnotes, comments, deleted, struck, flat, invalid;
    nb_buf label;
    const sink *d;
    nb_zip *z;                  /* the package, for the parts of form controls */
    xmlDoc *rels;               /* the main part's relationships */
    const char *dir;            /* the main part's folder */
    size_t controls, unread;    /* form controls read as text, and not */
    int nest;                   /* Word documents this one is inside (w:altChunk), 0 at the top */
    size_t chunks, chunks_unread; /* w:altChunk parts read, and not */
    char chunk_why[240];        /* the first unread one's reason */
    char unread_why[200];       /* the first one's reason */
    nb_buf value;
} wr;

static void line_end(wr *w) { nb_lines_end(w->b, w->cell, &w->pend, &w->last); }

static void blank(wr *w) { nb_lines_blank(w->b, w->cell, &w->pend, &w->last); }

static void gap(wr *w, int kind)
{
    if (w->pend < kind) w->pend = kind;
}

static void text(wr *w, const unsigned char *p, size_t n)
{
    if (w->instr || !n) return; /* a field's instruction is no text; nothing (an empty control's NULL) neither */
    const unsigned char *e = p + n, *good = p + nb_utf8_valid_prefix(p, n);
    while (p < e) {
        if (p == good) {
            /* libxml2 recovering from a broken part can hand over bytes that are not UTF-8 (a
               character cut off where the part ends): each becomes U+FFFD, and a diagnostic says so */
            w->invalid++;
            nb_lines_put(w->b, &w->pend, &w->last, (const unsigned char *)"\xEF\xBF\xBD", 3, 0xFFFD);
            p++;
            good = p + nb_utf8_valid_prefix(p, (size_t)(e - p));
            continue;
        }
        size_t k = nb_u8len(p, good);
        uint32_t c = nb_u8decode(p, k);
        if (c == ' ') gap(w, 1);
        else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') gap(w, 2);
        else if (!(c < 0x20 || (c >= 0x7F && c < 0xA0) || (!w->last && nb_blank_at(p, good))))
            nb_lines_put(w->b, &w->pend, &w->last, p, k, c);
        p += k;
    }
}

/* ------------------------------------------------------------------------------------------------ */
/* elements */

static int local_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int off(const char *v) { return v && (!strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "off")); }

/* Next element of a pre-order walk inside root; skip leaves n's subtree out. */
static xmlNode *next_in(xmlNode *n, const xmlNode *root, int skip)
{
    if (!skip && n->children && n->type == XML_ELEMENT_NODE) return n->children;
    for (; n && n != root; n = n->parent)
        if (n->next) return n->next;
    return NULL;
}

static void text_of(wr *w, const xmlNode *t)
{
    for (const xmlNode *c = t->children; c; c = c->next) /* entity references are never expanded */
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            text(w, c->content, strlen((const char *)c->content));
}

static int dropped_revision(const xmlNode *n)
{
    return nb_w_is(n, "del") || nb_w_is(n, "moveFrom") || nb_w_is(n, "delText") || nb_w_is(n, "instrText") ||
           nb_w_is(n, "delInstrText");
}

/* Whether run r is left out of the text, and why: hidden (w:vanish), or struck through (w:strike,
 * w:dstrike: text the document shows as deleted, an old number beside its correction). */
enum { RUN_SHOWN, RUN_HIDDEN, RUN_STRUCK };
static int run_left_out(const xmlNode *r)
{
    xmlNode *pr = nb_w_child(r, "rPr"), *v = nb_w_child(pr, "vanish");
    if (v && !off(nb_w_attr(v, "val"))) return RUN_HIDDEN;
    xmlNode *s = nb_w_child(pr, "strike"), *d = nb_w_child(pr, "dstrike");
    return (s && !off(nb_w_attr(s, "val"))) || (d && !off(nb_w_attr(d, "val"))) ? RUN_STRUCK : RUN_SHOWN;
}

/* Whether run r is set raised: superscript (w:vertAlign), or lifted above the line (w:position > 0, as
 * LibreOffice writes a page's <sup>). */
static int raised_run(const xmlNode *r)
{
    xmlNode *pr = nb_w_child(r, "rPr"), *v = nb_w_child(pr, "vertAlign"), *pos = nb_w_child(pr, "position");
    const char *val = v ? nb_w_attr(v, "val") : NULL, *up = pos ? nb_w_attr(pos, "val") : NULL;
    return (val && !strcmp(val, "superscript")) || (up && atoi(up) > 0);
}

/* A raised run of one or two digits right after a digit: a note's mark glued to the count it notes
 * (1286¹, a page's <sup>1</sup>), which read as text would end the number (12861). Written in
 * brackets, 1286[1], as Word's web page writes a footnote reference and the PDF reader a raised mark
 * (pdfnotes.c): the cell's reader sets it aside. Returns whether it was so written. */
static int raised_mark(wr *w, const xmlNode *r)
{
    if (w->instr || w->pend || w->last < '0' || w->last > '9' || !raised_run(r)) return 0;
    char d[3];
    size_t n = 0;
    for (const xmlNode *t = r->children; t; t = t->next) {
        if (t->type != XML_ELEMENT_NODE) continue;
        if (!nb_w_is(t, "t") && !nb_w_is(t, "rPr")) return 0;
        for (const xmlNode *c = nb_w_is(t, "t") ? t->children : NULL; c; c = c->next)
            for (const xmlChar *p = c->type == XML_TEXT_NODE ? c->content : NULL; p && *p; p++)
                if (n == 2 || *p < '0' || *p > '9') return 0;
                else d[n++] = (char)*p;
    }
    if (!n) return 0;
    text(w, (const unsigned char *)"[", 1);
    text(w, (const unsigned char *)d, n);
    text(w, (const unsigned char *)"]", 1);
    return 1;
}

static void field_char(wr *w, const xmlNode *f)
{
    const char *t = nb_w_attr(f, "fldCharType");
    if (!t) return;
    if (!strcmp(t, "begin")) {
        if (w->nfields < MAX_FIELDS) w->field[w->nfields] = 1;
        w->nfields++;
        w->instr++;
    } else if (w->nfields > 0 && w->nfields <= MAX_FIELDS && (!strcmp(t, "separate") || !strcmp(t, "end"))) {
        if (w->field[w->nfields - 1]) w->instr--;
        w->field[w->nfields - 1] = 0;
        if (t[0] == 'e') w->nfields--;
    } else if (w->nfields > MAX_FIELDS && t[0] == 'e') {
        w->nfields--; /* past the bound the depth is counted; those fields stay in instruction */
        w->instr--;
    }
}

static void render(wr *w, xmlNode *n);
static void render_table(wr *w, xmlNode *t);

/* A form control (w:control, in a w:object or alone): what its text box shows, as text. */
static void control(wr *w, const xmlNode *c)
{
    const char *id = nb_w_attr(c, "id");
    char why[200] = "it names no relationship";
    if (w->instr) return;
    if (id && w->controls + w->unread < MAX_CONTROLS &&
        nb_docx_control_value(w->z, w->rels, w->dir, id, &w->value, why, sizeof why) == 0) {
        w->controls++;
        text(w, (const unsigned char *)w->value.data, w->value.len);
        return;
    }
    if (id && w->controls + w->unread >= MAX_CONTROLS) snprintf(why, sizeof why, "past the first %d controls", MAX_CONTROLS);
    if (!w->unread++) snprintf(w->unread_why, sizeof w->unread_why, "%s", why);
}

static int docx_text(const unsigned char *in, size_t n, nb_text *out, const sink *d, int nest, char *err, size_t errlen);

/* w:altChunk: a part of another format that Word imports where it stands (a filing system's export
 * puts each table in a .docx of its own so). A Word document is read as this one is and its text
 * written here, lines and TABs as they are (a table's rows); a part of another kind (HTML, RTF, MHT)
 * is said, not read. */
static void alt_chunk(wr *w, const xmlNode *n)
{
    enum { MAX_NEST = 2 }; /* a document inside one inside one: deeper is no export's */
    const char *id = nb_w_attr(n, "id");
    char part[300], err[160] = "";
    const char *why = NULL;
    nb_buf bytes;
    nb_buf_init(&bytes);
    nb_text t = {0};
    int crc_bad = 0;
    if (w->instr) return;
    if (!id || !nb_docx_rel_by_id(w->rels, w->dir, id, "/aFChunk", part, sizeof part)) why = "it names no part";
    else if (w->nest >= MAX_NEST) why = "a document nested too deep";
    else if (nb_zip_read(w->z, part, 0, &bytes, &crc_bad, err, sizeof err) != 0) why = "its part is missing or unreadable";
    else if (bytes.len < 4 || memcmp(bytes.data, "PK\3\4", 4)) why = "its part is no Word document (HTML, RTF?)";
    else if (docx_text((const unsigned char *)bytes.data, bytes.len, &t, w->d, w->nest + 1, err, sizeof err) != 0)
        why = "its Word document could not be read";
    if (!why) {
        line_end(w);
        if (t.len) {
            nb_buf_put(w->b, t.data, t.len);
            if (t.data[t.len - 1] != '\n') nb_buf_putc(w->b, '\n');
        }
        blank(w);
        w->chunks++;
    } else if (!w->chunks_unread++) {
        snprintf(w->chunk_why, sizeof w->chunk_why, "%s%s%s", why, err[0] ? ": " : "", err);
    }
    nb_text_free(&t);
    nb_buf_free(&bytes);
}

static void render_children(wr *w, xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) render(w, c);
}

/* Past MAX_DEPTH: the text of the subtree in order, without structure. */
static void render_flat(wr *w, xmlNode *root)
{
    w->flat++;
    for (xmlNode *n = root->children; n;) {
        int skip = dropped_revision(n);
        if (nb_w_is(n, "t")) text_of(w, n);
        else if (nb_w_is(n, "p")) line_end(w);
        n = next_in(n, root, skip);
    }
}

static void paragraph(wr *w, xmlNode *p)
{
    line_end(w);
    w->label.len = 0;
    if (nb_wnum_label(w->num, nb_w_child(p, "pPr"), &w->label) && !w->instr) {
        text(w, (const unsigned char *)w->label.data, w->label.len);
        gap(w, 2); /* the tab Word puts after a number: nothing between CJK, a space otherwise */
    }
    render_children(w, p);
    line_end(w);
}

static void render(wr *w, xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE) return;
    if (w->depth > MAX_DEPTH) {
        render_flat(w, n);
        return;
    }
    w->depth++;
    int left_out;
    if (nb_w_is(n, "p")) {
        paragraph(w, n);
    } else if (nb_w_is(n, "tbl")) {
        render_table(w, n);
    } else if (nb_w_is(n, "t")) {
        text_of(w, n);
    } else if (dropped_revision(n)) {
        w->deleted += nb_w_is(n, "del");
    } else if (nb_w_is(n, "r") && (left_out = run_left_out(n)) != RUN_SHOWN) {
        w->struck += left_out == RUN_STRUCK;
        for (xmlNode *c = n->children; c; c = c->next) /* hidden, but a field may start or end in it */
            if (nb_w_is(c, "fldChar")) field_char(w, c);
    } else if (nb_w_is(n, "r") && raised_mark(w, n)) {
        /* written; asked after run_left_out: a hidden raised digit is hidden, not a mark */
    } else if (nb_w_is(n, "fldChar")) {
        field_char(w, n);
    } else if (nb_w_is(n, "control")) {
        control(w, n);
    } else if (nb_w_is(n, "altChunk")) {
        alt_chunk(w, n);
    } else if (nb_w_is(n, "tab") || nb_w_is(n, "ptab")) {
        gap(w, 1); /* a gap the reader sees, also between CJK characters (指标名称<tab>2015年) */
    } else if (nb_w_is(n, "br") || nb_w_is(n, "cr")) {
        line_end(w);
    } else if (nb_w_is(n, "noBreakHyphen")) {
        text(w, (const unsigned char *)"-", 1);
    } else if (nb_w_is(n, "footnoteReference")) {
        w->footnotes++;
    } else if (nb_w_is(n, "endnoteReference")) {
        w->endnotes++;
    } else if (nb_w_is(n, "commentReference")) {
        w->comments++;
    } else if (nb_w_is(n, "pPr") || nb_w_is(n, "rPr") || nb_w_is(n, "sectPr") || nb_w_is(n, "tblPr") ||
               nb_w_is(n, "sdtPr") || nb_w_is(n, "tblGrid")) {
        /* properties: no text */
    } else if (local_is(n, "AlternateContent")) {
        /* the same content twice (a DrawingML text box and its VML fallback): the first choice */
        xmlNode *pick = NULL;
        for (xmlNode *c = n->children; c && !pick; c = c->next)
            if (local_is(c, "Choice")) pick = c;
        for (xmlNode *c = n->children; c && !pick; c = c->next)
            if (local_is(c, "Fallback")) pick = c;
        if (pick) render_children(w, pick);
    } else {
        /* runs, hyperlinks, insertions, content controls, smart tags, simple fields (their result
           runs), drawings down to a text box's w:txbxContent: their content in order */
        render_children(w, n);
    }
    w->depth--;
}

/* ------------------------------------------------------------------------------------------------ */
/* tables */

/* The elements named name among n's children, looking through content controls and custom XML
 * (w:sdt/w:sdtContent, w:customXml) that may wrap rows and cells. */
static void gather(xmlNode *n, const char *name, nb_xml_nodes *out, int depth)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (nb_w_is(c, name)) nb_xml_nodes_push(out, c);
        else if (depth < 8 && (nb_w_is(c, "sdt") || nb_w_is(c, "sdtContent") || nb_w_is(c, "customXml")))
            gather(c, name, out, depth + 1);
    }
}

static long span_of(xmlNode *pr, const char *name)
{
    const char *v = nb_w_attr(nb_w_child(pr, name), "val");
    long k = v ? strtol(v, NULL, 10) : 1;
    return k < 1 ? 1 : k > MAX_SPAN ? MAX_SPAN : k;
}

/* A cell that holds a table, or more prose than a data cell does. */
static int layout_cell(xmlNode *tc)
{
    size_t chars = 0;
    for (xmlNode *n = tc->children; n;) {
        if (nb_w_is(n, "tbl")) return 1;
        if (nb_w_is(n, "t"))
            for (xmlNode *c = n->children; c; c = c->next)
                if (c->type == XML_TEXT_NODE && c->content)
                    chars += nb_u8count(c->content, c->content + strlen((const char *)c->content));
        if (chars > CELL_PROSE_CHARS) return 1;
        n = next_in(n, tc, dropped_revision(n));
    }
    return 0;
}

/* A cell's text on one line, into out (the writer's state otherwise kept: fields and numbering
 * go on across cells as across paragraphs). */
static void cell_text(wr *w, xmlNode *tc, nb_buf *out)
{
    nb_buf *b = w->b;
    int cell = w->cell, pend = w->pend;
    uint32_t last = w->last;
    out->len = 0;
    w->b = out;
    w->cell = 1;
    w->pend = 0;
    w->last = 0;
    render_children(w, tc);
    w->b = b;
    w->cell = cell;
    w->pend = pend;
    w->last = last;
}

static void render_table(wr *w, xmlNode *t)
{
    nb_xml_nodes rows = {0}, cells = {0};
    gather(t, "tr", &rows, 0);
    size_t widest = 0;
    int layout = w->cell;
    for (size_t i = 0; i < rows.n && !layout; i++) {
        cells.n = 0;
        gather(rows.v[i], "tc", &cells, 0);
        if (cells.n > widest) widest = cells.n;
        for (size_t j = 0; j < cells.n && !layout; j++) layout = layout_cell(cells.v[j]);
    }
    if (layout || widest < 2) {
        /* the table lays the page out: its cells' content as blocks */
        line_end(w);
        for (size_t i = 0; i < rows.n; i++) {
            cells.n = 0;
            gather(rows.v[i], "tc", &cells, 0);
            for (size_t j = 0; j < cells.n; j++) {
                render_children(w, cells.v[j]);
                line_end(w);
            }
        }
        free(rows.v);
        free(cells.v);
        return;
    }
    /* where each row's cells start on the grid, for the columns a band of rows uses (docx_grid.h) */
    size_t *first = malloc((rows.n + 1) * sizeof *first), nstart = 0, capstart = 0;
    long *start = NULL, width = 0;
    if (!first) nb_oom();
    for (size_t i = 0; i < rows.n; i++) {
        cells.n = 0;
        gather(rows.v[i], "tc", &cells, 0);
        first[i] = nstart;
        xmlNode *trpr = nb_w_child(rows.v[i], "trPr");
        long col = nb_w_child(trpr, "gridBefore") ? span_of(trpr, "gridBefore") : 0;
        for (size_t j = 0; j < cells.n; j++) {
            nb_grow(&start, &capstart, nstart, sizeof *start);
            start[nstart++] = col;
            col += span_of(nb_w_child(cells.v[j], "tcPr"), "gridSpan");
        }
        if (col > width) width = col;
    }
    first[rows.n] = nstart;
    unsigned char *keep = nb_docx_grid_keep(start, first, rows.n, width);
    /* per grid column, whether the vertical merge running down it holds 0: every cell it covers is 0
       (WPS's 合并相同单元格 writes a column's run of zeros once; whether the merged cell means each
       count or their sum, counts are not negative, so each is 0). Another number merged is not
       repeated: which it means is not known, and its covered cells stay blank. */
    unsigned char *zero = calloc((size_t)width + 1, 1);
    if (!zero) nb_oom();
    blank(w);
    nb_buf line, cell;
    nb_buf_init(&line);
    nb_buf_init(&cell);
    for (size_t i = 0; i < rows.n; i++) {
        const unsigned char *kept = keep ? keep + i * (size_t)(width + 1) : NULL;
        cells.n = 0;
        gather(rows.v[i], "tc", &cells, 0);
        line.len = 0;
        int any = 0;
        /* w:gridBefore: grid columns left empty before the first cell */
        xmlNode *trpr = nb_w_child(rows.v[i], "trPr");
        long col = nb_w_child(trpr, "gridBefore") ? span_of(trpr, "gridBefore") : 0;
        for (long k = 1; k < col; k++)
            if (!kept || kept[k]) nb_buf_putc(&line, '\t'); /* separators between them */
        for (size_t j = 0; j < cells.n; j++) {
            xmlNode *pr = nb_w_child(cells.v[j], "tcPr");
            long cs = span_of(pr, "gridSpan");
            xmlNode *vm = nb_w_child(pr, "vMerge");
            const char *vv = vm ? nb_w_attr(vm, "val") : NULL;
            int continued = vm && !(vv && !strcmp(vv, "restart")); /* a cell a vertical merge covers */
            if (col) nb_buf_putc(&line, '\t');
            if (!continued) {
                cell_text(w, cells.v[j], &cell);
                const unsigned char *s = (const unsigned char *)cell.data, *e = s ? s + cell.len : s;
                if (s) nb_trim(&s, &e);
                if (s < e) {
                    nb_buf_put(&line, s, (size_t)(e - s));
                    any = 1;
                }
                if (col < width) zero[col] = vm && nb_zero_alone(s, e);
            } else {
                cell_text(w, cells.v[j], &cell); /* counted and numbered as Word does, not shown */
                if (col < width && zero[col]) {
                    nb_buf_putc(&line, '0');
                    any = 1;
                }
            }
            for (long k = col + 1; k < col + cs; k++)
                if (!kept || (k < width && kept[k])) nb_buf_putc(&line, '\t');
            col += cs;
        }
        if (!any) continue;
        line_end(w);
        nb_buf_put(w->b, line.data, line.len);
        nb_buf_putc(w->b, '\n');
    }
    blank(w);
    nb_buf_free(&line);
    nb_buf_free(&cell);
    free(keep);
    free(zero);
    free(start);
    free(first);
    free(rows.v);
    free(cells.v);
}

/* ------------------------------------------------------------------------------------------------ */
/* the package */

xmlDoc *nb_docx_parse_part(nb_zip *z, const char *name, size_t cap, nb_buf *tmp, const sink *d, int *missing,
                           char *err, size_t errlen)
{
    int crc_bad = 0;
    *missing = 0;
    int rc = nb_zip_read(z, name, cap, tmp, &crc_bad, err, errlen);
    if (rc == 1) {
        *missing = 1;
        return NULL;
    }
    if (rc < 0) return NULL;
    if (crc_bad) nb_enc_say(d, "warning", "docx-crc", 0, "%s: its checksum does not match the ZIP archive's: read as it is", name);
    if (tmp->len > INT_MAX) {
        snprintf(err, errlen, "%s too large", name);
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) nb_oom();
    xmlDoc *doc = xmlCtxtReadMemory(ctxt, tmp->data ? tmp->data : "", (int)tmp->len, name, NULL,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
    if (!doc || !xmlDocGetRootElement(doc)) {
        snprintf(err, errlen, "corrupt Word document: %s is not XML", name);
        if (doc) xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return NULL;
    }
    if (!ctxt->wellFormed) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        char why[160] = "";
        if (e && e->message) {
            snprintf(why, sizeof why, "%s", e->message);
            nb_one_line(why);
        }
        nb_enc_say(d, "warning", "docx-xml", 0, "%s is not well-formed XML (line %d: %s): read as far as it goes", name,
            e ? e->line : 0, why);
        /* kept as the reason, should nothing be readable */
        snprintf(err, errlen, "corrupt Word document: %s is not well-formed XML (line %d: %s)", name, e ? e->line : 0,
                 why);
    }
    if (doc->intSubset || doc->extSubset)
        nb_enc_say(d, "warning", "docx-dtd", 0, "%s declares a DTD: it is not loaded and its entities are not expanded", name);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

void nb_docx_join_part(const char *dir, const char *target, char *out, size_t cap)
{
    if (target[0] == '/') {
        snprintf(out, cap, "%s", target + 1);
        return;
    }
    char d[256];
    snprintf(d, sizeof d, "%s", dir);
    while (!strncmp(target, "../", 3)) {
        char *s = strrchr(d, '/');
        if (s) *s = 0;
        else d[0] = 0;
        target += 3;
    }
    snprintf(out, cap, "%s%s%s", d, d[0] ? "/" : "", target);
}

/* The target of the first relationship whose type ends in suffix, resolved; 0 if none. */
static int rel_target(xmlDoc *rels, const char *dir, const char *suffix, char *out, size_t cap)
{
    xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    size_t k = strlen(suffix);
    for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!local_is(c, "Relationship")) continue;
        const char *type = nb_w_attr(c, "Type"), *target = nb_w_attr(c, "Target"), *mode = nb_w_attr(c, "TargetMode");
        if (!type || !target || !*target || (mode && !strcmp(mode, "External"))) continue;
        size_t tl = strlen(type);
        if (tl >= k && !strcmp(type + tl - k, suffix)) {
            nb_docx_join_part(dir, target, out, cap);
            return 1;
        }
    }
    return 0;
}

int nb_docx_rel_by_id(xmlDoc *rels, const char *dir, const char *id, const char *suffix, char *out, size_t cap)
{
    xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    size_t k = strlen(suffix);
    for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!local_is(c, "Relationship")) continue;
        const char *rid = nb_w_attr(c, "Id"), *type = nb_w_attr(c, "Type"), *target = nb_w_attr(c, "Target"),
                   *mode = nb_w_attr(c, "TargetMode");
        if (!rid || strcmp(rid, id) != 0) continue;
        if (!type || !target || !*target || (mode && !strcmp(mode, "External"))) return 0;
        size_t tl = strlen(type);
        if (tl < k || strcmp(type + tl - k, suffix) != 0) return 0;
        nb_docx_join_part(dir, target, out, cap);
        return 1;
    }
    return 0;
}

/* What a ZIP archive without a Word document is, for the error. */
static const char *what_zip(nb_zip *z, nb_buf *tmp)
{
    if (nb_zip_has(z, "xl/workbook.xml")) return "an Excel workbook (.xlsx)";
    if (nb_zip_has(z, "ppt/presentation.xml")) return "a PowerPoint presentation (.pptx)";
    int crc = 0;
    char e[64];
    if (nb_zip_has(z, "mimetype") && nb_zip_read(z, "mimetype", 4096, tmp, &crc, e, sizeof e) == 0 && tmp->data) {
        if (strstr(tmp->data, "opendocument.text")) return "an OpenDocument text (.odt)";
        if (strstr(tmp->data, "opendocument.spreadsheet")) return "an OpenDocument spreadsheet (.ods)";
        if (strstr(tmp->data, "opendocument.presentation")) return "an OpenDocument presentation (.odp)";
        if (strstr(tmp->data, "epub")) return "an EPUB book";
        return "an OpenDocument file";
    }
    if (nb_zip_has(z, "[Content_Types].xml")) return "an Office Open XML package";
    return "a ZIP archive";
}

int nb_docx_to_text(const unsigned char *in, size_t n, nb_text *out, nb_enc_diag_fn diag, void *ctx, char *err,
                    size_t errlen)
{
    sink d = {diag, ctx};
    return docx_text(in, n, out, &d, 0, err, errlen);
}

/* The text of the Word document in[0, n), nest documents deep inside another (w:altChunk). */
static int docx_text(const unsigned char *in, size_t n, nb_text *out, const sink *dp, int nest, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    sink d = *dp;
    nb_zip *z = nb_zip_open(in, n, err, errlen);
    if (!z) return -1;
    xmlInitParser();
    nb_buf tmp;
    nb_buf_init(&tmp);
    int missing = 0, rc = -1;
    xmlDoc *doc = NULL, *numbering = NULL, *styles = NULL, *rels = NULL;
    char main[256] = "word/document.xml", dir[256], part[2 * 256 + 16], why[256] = "";
    /* the main part: where the package relationships say (a .docm, a WPS file may differ) */
    rels = nb_docx_parse_part(z, "_rels/.rels", NB_ZIP_AUX_MAX, &tmp, &d, &missing, err, errlen);
    if (rels) rel_target(rels, "", "/officeDocument", main, sizeof main);
    xmlFreeDoc(rels);
    rels = NULL;
    if (!strncmp(main, "xl/", 3) || !strncmp(main, "ppt/", 4) || !nb_zip_has(z, main)) {
        if (strcmp(main, "word/document.xml") != 0 && nb_zip_has(z, "word/document.xml"))
            snprintf(main, sizeof main, "word/document.xml");
        else {
            snprintf(err, errlen, "%s, not a Word document (no word/document.xml)", what_zip(z, &tmp));
            goto done;
        }
    }
    err[0] = 0;
    doc = nb_docx_parse_part(z, main, 0, &tmp, &d, &missing, err, errlen);
    if (!doc) goto done;
    snprintf(why, sizeof why, "%s", err); /* set when the XML is broken */
    snprintf(dir, sizeof dir, "%s", main);
    char *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : main;
    if (slash) *slash = 0;
    else dir[0] = 0;
    snprintf(part, sizeof part, "%s%s_rels/%s.rels", dir, dir[0] ? "/" : "", base);
    rels = nb_docx_parse_part(z, part, NB_ZIP_AUX_MAX, &tmp, &d, &missing, err, errlen);
    /* the numbering and the styles are best effort: a broken one costs the numbers, not the text */
    char name[300];
    if (!rel_target(rels, dir, "/numbering", name, sizeof name)) snprintf(name, sizeof name, "%s/numbering.xml", dir);
    numbering = nb_docx_parse_part(z, name, NB_ZIP_AUX_MAX, &tmp, &d, &missing, err, errlen);
    if (!numbering && !missing) nb_enc_say(&d, "warning", "docx-numbering", 0, "numbering left out: %s", err);
    if (!rel_target(rels, dir, "/styles", name, sizeof name)) snprintf(name, sizeof name, "%s/styles.xml", dir);
    styles = nb_docx_parse_part(z, name, NB_ZIP_AUX_MAX, &tmp, &d, &missing, err, errlen);
    if (!styles && !missing) nb_enc_say(&d, "warning", "docx-styles", 0, "styles left out: %s", err);
    err[0] = 0;
    xmlNode *root = xmlDocGetRootElement(doc), *body = nb_w_child(root, "body");
    if (!body) {
        snprintf(err, errlen, "corrupt Word document: %s has no w:body", main);
        goto done;
    }
    size_t dropped = 0;
    nb_buf b;
    nb_buf_init(&b);
    nb_buf_putc(&b, 0);
    b.len = 0;
    wr w = {.b = &b, .d = &d, .z = z, .rels = rels, .dir = dir, .nest = nest};
    w.num = nb_wnum_load(numbering, styles, &dropped);
    nb_buf_init(&w.label);
    nb_buf_init(&w.value);
    if (dropped)
        nb_enc_say(&d, "warning", "docx-numbering", 0, "%zu numbering or style definitions past the bound were left out", dropped);
    render_children(&w, body);
    line_end(&w);
    if (w.nfields)
        nb_enc_say(&d, "warning", "docx-field", 0, "%d field(s) never closed: text after an unfinished field instruction is missing",
            w.nfields);
    if (w.flat) nb_enc_say(&d, "warning", "docx-depth", 0, "elements nested deeper than %d: their text written without structure", MAX_DEPTH);
    if (w.footnotes || w.endnotes)
        nb_enc_say(&d, "info", "docx-notes", 0, "%zu footnote(s) and %zu endnote(s) left out of the body", w.footnotes, w.endnotes);
    if (w.comments) nb_enc_say(&d, "info", "docx-comments", 0, "%zu comment(s) left out of the body", w.comments);
    if (w.chunks) nb_enc_say(&d, "info", "docx-altchunk", 0, "%zu embedded Word document(s) (w:altChunk) read where they stand", w.chunks);
    if (w.chunks_unread)
        nb_enc_say(&d, "warning", "docx-altchunk", 0, "%zu embedded part(s) (w:altChunk) not read, left out; the first: %s",
                   w.chunks_unread, w.chunk_why);
    if (w.invalid)
        nb_enc_say(&d, "warning", "invalid-utf8", 0, "%zu byte(s) of the document's text were not UTF-8: each replaced by U+FFFD",
            w.invalid);
    if (w.deleted) nb_enc_say(&d, "info", "docx-revisions", 0, "tracked changes: %zu deletion(s) dropped, insertions kept", w.deleted);
    if (w.struck)
        nb_enc_say(&d, "info", "docx-struck", 0,
                   "%zu struck-through run(s) left out: text the document shows as deleted (an old number beside its "
                   "correction)", w.struck);
    if (w.controls)
        nb_enc_say(&d, "info", "docx-control", 0, "%zu form control(s) (text boxes) read as text: the value each shows", w.controls);
    if (w.unread)
        nb_enc_say(&d, "warning", "docx-control", 0, "%zu form control(s) not read, left out; the first: %s",
            w.unread, w.unread_why);
    nb_wnum_free(w.num);
    nb_buf_free(&w.label);
    nb_buf_free(&w.value);
    if (b.len == 0 && why[0]) { /* nothing read, and the XML says why */
        snprintf(err, errlen, "%s", why);
        nb_buf_free(&b);
        goto done;
    }
    out->data = b.data;
    out->len = b.len;
    out->encoding = "utf-8";
    rc = 0;
done:
    xmlFreeDoc(rels);
    xmlFreeDoc(doc);
    xmlFreeDoc(numbering);
    xmlFreeDoc(styles);
    nb_buf_free(&tmp);
    nb_zip_close(z);
    return rc;
}
