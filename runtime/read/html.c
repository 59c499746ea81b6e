/* html.c — an HTML page to report text (see html.h and format.h).
 *
 * Rendering rules, as a browser's text would read, but for the lexer:
 * - blocks (p, div, h1-h6, li, tr, br, …) end a line; inline elements (span, strong, font, a) do not;
 * - whitespace collapses to one space, except that a line end or tab of the source between two CJK
 *   characters is dropped (CJK text is wrapped in the source without meaning a space);
 * - script, style, noscript, comments, form controls, hidden (a screen reader's text too) and
 *   struck-through elements are skipped, a frame's page written in it (srcdoc) is read in its place, and Word's
 *   downlevel-revealed conditionals (<![if !supportLists]>) are removed from the text;
 * - a data table is a blank line, one line per row with its cells separated by TABs, a blank line;
 *   in a cell, blocks and <br> are joined like source line ends, so the cell stays on its row.
 *
 * libxml2: htmlReadMemory on a parser context of its own per call; xmlInitParser is idempotent and
 * thread-safe, and xmlCleanupParser is never called (it would pull global state from other parses).
 * The page's charset is html_charset.c's, tables html_table.c's, the report's container and the title
 * html_container.c's (html_int.h). */
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
#include "html_int.h"
#include "lines.h"
#include "utf8.h"

/* ------------------------------------------------------------------------------------------------ */
/* elements */

static int in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(name, *list)) return 1;
    return 0;
}

/* Whether element n's style, blanks out and in lower case, holds one of words. */
static int style_has(const xmlNode *n, const char *const *words)
{
    xmlChar *st = xmlGetProp((xmlNode *)n, (const xmlChar *)"style");
    int has = 0;
    if (st) {
        char flat[256];
        size_t k = 0;
        for (const xmlChar *p = st; *p && k + 1 < sizeof flat; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') flat[k++] = (char)nb_ascii_lower(*p);
        flat[k] = 0;
        for (; *words && !has; words++) has = strstr(flat, *words) != NULL;
        xmlFree(st);
    }
    return has;
}

/* Whether class attribute value c holds one of names as a word of its own. */
static int class_has(const char *c, const char *const *names)
{
    for (const char *p = c; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') p++;
        size_t w = strcspn(p, " \t\n\r\f");
        for (const char *const *n = names; w && *n; n++)
            if (strlen(*n) == w && !strncmp(p, *n, w)) return 1;
        p += w;
    }
    return 0;
}

/* The hidden attribute, a style that does not show it (display:none, Word's mso-hide:all), or the class
 * of text for screen readers only (a cell's 734 after a hidden 规章，本年制发件数：, as sites reworked for
 * accessibility write them): what a sighted reader does not see. */
int nb_html_is_hidden(const xmlNode *n)
{
    static const char *const hide[] = {"display:none", "mso-hide:all", NULL};
    static const char *const reader_only[] = {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                                              "element-invisible", NULL};
    if (xmlHasProp((xmlNode *)n, (const xmlChar *)"hidden") || style_has(n, hide)) return 1;
    xmlChar *c = xmlGetProp((xmlNode *)n, (const xmlChar *)"class");
    int hidden = c && class_has((const char *)c, reader_only);
    xmlFree(c);
    return hidden;
}

/* Whether element n is struck through (<del>, <s>, <strike>, text-decoration:line-through): text the
 * page shows as deleted, an old number beside its correction (<s>200</s> 204). */
static int struck_element(const xmlNode *n)
{
    static const char *const strike[] = {"line-through", NULL};
    return name_is(n, "del") || name_is(n, "s") || name_is(n, "strike") || style_has(n, strike);
}

int nb_html_is_skipped(const xmlNode *n)
{
    static const char *const skip[] = {"script", "style", "noscript", "template", "head", "iframe", "frame",
                                       "object", "embed", "applet", "select", "option", "textarea", "button",
                                       "input", "svg", "math", "map", "audio", "video", "canvas", "img", NULL};
    if (n->type != XML_ELEMENT_NODE) return n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE;
    if (office_tag(n)) return 0;
    return in_list((const char *)n->name, skip) || nb_html_is_hidden(n);
}

/* The text an <input> shows: its value where it is a box of text (not hidden, no password or button),
 * or NULL; freed with xmlFree. */
static xmlChar *input_text(const xmlNode *n)
{
    /* the types a browser draws as a box of text: no hidden field, password, box to tick or button */
    static const char *const text_types[] = {"text", "number", "tel", "search", "email", "url", NULL};
    if (n->type != XML_ELEMENT_NODE || !name_is(n, "input") || nb_html_is_hidden(n)) return NULL;
    xmlChar *type = xmlGetProp((xmlNode *)n, (const xmlChar *)"type");
    char low[16] = "text";
    if (type) {
        size_t k = 0;
        for (const xmlChar *p = type; *p && k + 1 < sizeof low; p++) low[k++] = (char)nb_ascii_lower(*p);
        low[k] = 0;
        if (strlen((const char *)type) >= sizeof low) low[0] = 0;
        xmlFree(type);
    }
    if (!in_list(low, text_types)) return NULL;
    return xmlGetProp((xmlNode *)n, (const xmlChar *)"value");
}

int nb_html_is_block(const xmlNode *n)
{
    static const char *const blocks[] = {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", NULL};
    return n->type == XML_ELEMENT_NODE && !office_tag(n) && in_list((const char *)n->name, blocks);
}

/* Next node of a pre-order walk that stays inside root; skip_children leaves n's subtree out. */
xmlNode *nb_html_walk_next(xmlNode *n, const xmlNode *root, int skip_children)
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

void nb_html_end_line(rd *r) { nb_lines_end(r->b, r->cell, &r->pend, &r->last); }

void nb_html_blank_line(rd *r) { nb_lines_blank(r->b, r->cell, &r->pend, &r->last); }

/* Length of a Word downlevel-revealed conditional at p (<![if !supportLists]>, <![endif]>), or 0. */
size_t nb_html_word_conditional(const unsigned char *p, const unsigned char *e)
{
    if (e - p < 5 || memcmp(p, "<![", 3) != 0) return 0;
    size_t rest = (size_t)(e - p) - 3;
    if (!nb_starts_ci(p + 3, rest, "if") && !nb_starts_ci(p + 3, rest, "endif")) return 0;
    for (const unsigned char *q = p + 3; q + 1 < e && q - p < 200; q++)
        if (q[0] == ']' && q[1] == '>') return (size_t)(q + 2 - p);
    return 0;
}

void nb_html_put_text(rd *r, const unsigned char *p, size_t n)
{
    const unsigned char *e = p + n;
    while (p < e) {
        size_t k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        if (c == '<') {
            size_t w = nb_html_word_conditional(p, e);
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
/* the walk */

void nb_html_render_children(rd *r, xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) nb_html_render_node(r, c);
}

/* Deeper than this, a subtree's text is written flat: the walk recurses once per level. libxml2
 * caps HTML nesting at 256, so this is a guard, not a path real pages take. */
#define MAX_DEPTH 400

static void render_flat(rd *r, xmlNode *root)
{
    for (xmlNode *n = root->children; n;) {
        int skip = n->type == XML_ELEMENT_NODE && nb_html_is_skipped(n);
        if (n->type == XML_TEXT_NODE && n->content)
            nb_html_put_text(r, n->content, strlen((const char *)n->content));
        n = nb_html_walk_next(n, root, skip);
    }
}

/* Whether element n is a note's mark glued after a number: a <sup> of one or two digits right after
 * a digit (736<sup>1</sup>, pandoc's footnote-ref <a><sup>1</sup></a>). Written bracketed, as Word
 * writes a footnote reference ([1]), its digits are never read as the number's last ones (7361);
 * the cell's reader sets the mark aside with a diagnostic (nb_number_with_mark). */
static int note_sup(const rd *r, xmlNode *n)
{
    if (!name_is(n, "sup") || r->pend || r->last < '0' || r->last > '9') return 0;
    size_t k = 0; /* its text's bytes so far, all digits: read in its text nodes, as xmlNodeGetContent joins them */
    for (xmlNode *t = n->children; t; t = nb_html_walk_next(t, n, 0))
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
            for (const xmlChar *p = t->content; *p; p++)
                if (++k > 2 || *p < '0' || *p > '9') return 0;
    return k >= 1;
}

void nb_html_render_node(rd *r, xmlNode *n)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) nb_html_put_text(r, n->content, strlen((const char *)n->content));
        return;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE)
        return; /* comments (Word's <!--[if …]> among them), processing instructions, doctype */
    xmlChar *shown = input_text(n);
    if (shown) { /* a form's box of text shows its value: a count a reporting system fills in */
        nb_html_put_text(r, shown, strlen((const char *)shown));
        xmlFree(shown);
        return;
    }
    if (n->type == XML_ELEMENT_NODE && nb_html_is_skipped(n)) return;
    if (n->type == XML_ELEMENT_NODE && struck_element(n)) {
        r->struck++;
        return;
    }
    if (r->depth > MAX_DEPTH) {
        render_flat(r, n);
        return;
    }
    if (n->type == XML_ELEMENT_NODE && !office_tag(n)) {
        if (name_is(n, "br") || name_is(n, "hr")) {
            nb_html_end_line(r);
            return;
        }
        if (note_sup(r, n)) {
            nb_html_put_text(r, (const unsigned char *)"[", 1);
            nb_html_render_children(r, n);
            nb_html_put_text(r, (const unsigned char *)"]", 1);
            return;
        }
        if (name_is(n, "table")) {
            r->depth++;
            nb_html_render_table(r, n);
            r->depth--;
            return;
        }
    }
    int block = nb_html_is_block(n), pre = n->type == XML_ELEMENT_NODE && name_is(n, "pre");
    if (block) nb_html_end_line(r);
    r->depth++;
    r->pre += pre;
    nb_html_render_children(r, n);
    r->pre -= pre;
    r->depth--;
    if (block) nb_html_end_line(r);
}

/* ------------------------------------------------------------------------------------------------ */

int nb_html_to_text(const unsigned char *in, size_t n, const char *forced_encoding, nb_text *out,
                    nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen)
{
    diag_sink d = {diag, ctx};
    nb_text page;
    if (nb_html_decode_page(in, n, forced_encoding, &page, &d, err, errlen) != 0) {
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
    size_t frames = doc ? nb_html_inline_frames(doc) : 0;
    if (frames)
        nb_enc_say(&d, "info", "html-srcdoc", 0,
                   "%zu frame%s whose page the page writes itself (<iframe srcdoc>) read where %s, as a browser "
                   "shows them", frames, frames == 1 ? "" : "s", frames == 1 ? "it stands" : "they stand");
    nb_buf b;
    nb_buf_init(&b);
    nb_buf_putc(&b, 0);
    b.len = 0;
    if (doc) {
        xmlNode *root = (xmlNode *)doc;
        int first = 0, last = 0;
        xmlNode *box = nb_html_report_container(root, &first, &last);
        xmlNode *body = nb_html_find_element(root, "body");
        rd r = {.b = &b, .d = &d};
        if (box) {
            char what[160];
            nb_html_describe(box, what, sizeof what);
            static const char *cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            char a[16], z[16];
            snprintf(a, sizeof a, "%s", first <= 10 ? cn[first] : "");
            snprintf(z, sizeof z, "%s", last <= 10 ? cn[last] : "");
            if (first > 10) snprintf(a, sizeof a, "%d", first);
            if (last > 10) snprintf(z, sizeof z, "%d", last);
            if (box != body && !name_is(box, "html"))
                nb_enc_say(&d, "info", "html-container", 0,
                     "rendered %s, the element holding sections %s to %s; the page around it is left out", what, a, z);
            nb_html_render_node(&r, box);
        } else {
            /* no numbered sections: the whole page, its head left out */
            nb_html_render_node(&r, body ? body : root);
        }
        nb_html_end_line(&r);
        if (r.struck)
            nb_enc_say(&d, "info", "html-struck", 0,
                       "%zu struck-through element%s (<del>, <s>, text-decoration:line-through) left out: text the page "
                       "shows as deleted (an old number beside its correction)", r.struck, r.struck == 1 ? "" : "s");
        if (!nb_html_has_title(b.data, b.len)) {
            nb_buf t;
            nb_buf_init(&t);
            const char *from = "the page's <title>";
            nb_html_page_title(root, &t);
            if (box && !(t.len && nb_html_names_report((const unsigned char *)t.data, (const unsigned char *)t.data + t.len))) {
                nb_buf above;
                nb_buf_init(&above);
                nb_html_preceding_title(root, box, &above);
                if (above.len) {
                    nb_buf_free(&t);
                    t = above;
                    from = "the text above the report";
                } else {
                    nb_buf_free(&above);
                }
            }
            if (t.len) {
                nb_enc_say(&d, "info", "html-title", 0, "the title line is %s: %.200s", from, t.data);
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