/* html_int.h — what the files of the HTML reader share (html.c, the elements, the text writer, the walk
 * and the API; html_charset.c, the page's charset; html_table.c, tables; html_container.c, the element
 * holding the report and the title): the writer's state, element tests, and each file's entry points. */
#ifndef NB_HTML_INT_H
#define NB_HTML_INT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <libxml/tree.h>

#include "buf.h"
#include "encoding.h"

typedef nb_enc_sink diag_sink;

/* ---------- elements (html.c) ---------- */

static inline int name_is(const xmlNode *n, const char *s) { return n->name && !strcmp((const char *)n->name, s); }

/* Office's own tags (o:p, st1:chsdate, v:shape) arrive with a namespace prefix; libxml2 drops the
 * prefix from the name, so o:p would look like a paragraph. They are inline. */
static inline int office_tag(const xmlNode *n) { return n->ns && n->ns->prefix; }

static inline int is_cell(const xmlNode *n) { return n->type == XML_ELEMENT_NODE && (name_is(n, "td") || name_is(n, "th")); }

int nb_html_is_skipped(const xmlNode *n);
/* Whether element n is not shown: the hidden attribute, a style that does not show it, or a class that
 * hides it but from screen readers (sr-only, visually-hidden …). */
int nb_html_is_hidden(const xmlNode *n);
int nb_html_is_block(const xmlNode *n);
/* Next node of a pre-order walk that stays inside root; skip_children leaves n's subtree out. */
xmlNode *nb_html_walk_next(xmlNode *n, const xmlNode *root, int skip_children);

/* ---------- the text writer and the walk (html.c) ---------- */

typedef struct rd {
    nb_buf *b;
    int pend;      /* whitespace waiting: 1 a space, 2 a line end or tab of the source */
    uint32_t last; /* last character of the current line; 0 at a line start */
    int cell;      /* inside a table cell: blocks do not end the line */
    int pre;       /* inside <pre>: line ends are kept */
    int depth;
    size_t struck; /* elements left out as struck through (<del>, <s>, line-through) */
    const diag_sink *d;
} rd;

void nb_html_end_line(rd *r);
void nb_html_blank_line(rd *r);
/* Length of a Word downlevel-revealed conditional at p (<![if !supportLists]>, <![endif]>), or 0. */
size_t nb_html_word_conditional(const unsigned char *p, const unsigned char *e);
void nb_html_put_text(rd *r, const unsigned char *p, size_t n);
void nb_html_render_children(rd *r, xmlNode *n);
void nb_html_render_node(rd *r, xmlNode *n);

/* ---------- the page's charset (html_charset.c) ---------- */

/* The page decoded to UTF-8: forced encoding, BOM, valid UTF-8, the charset its <meta> declares, else
 * detection. The contract of nb_decode. */
int nb_html_decode_page(const unsigned char *in, size_t n, const char *forced, nb_text *t, const diag_sink *d,
                        char *err, size_t errlen);

/* ---------- tables (html_table.c) ---------- */

/* A data table as a blank line, a TAB-separated line per row, a blank line; a layout table as blocks. */
void nb_html_render_table(rd *r, xmlNode *t);

/* ---------- frames that hold their page (html_srcdoc.c) ---------- */

/* Every <iframe srcdoc="…"> of doc that is shown replaced by a <div> holding its page's body, frames in
 * them too (4 levels); how many were. */
size_t nb_html_inline_frames(xmlDoc *doc);

/* ---------- the report's container and the title (html_container.c) ---------- */

/* The lowest element holding the numbered sections 一、二、… (their numbers in *first, *last), or NULL. */
xmlNode *nb_html_report_container(xmlNode *root, int *first, int *last);
xmlNode *nb_html_find_element(xmlNode *root, const char *name);
void nb_html_page_title(xmlNode *root, nb_buf *out);
int nb_html_names_report(const unsigned char *s, const unsigned char *e);
void nb_html_preceding_title(xmlNode *root, xmlNode *box, nb_buf *out);
int nb_html_has_title(const char *s, size_t n);
/* The element as <name id="…" class="…"> for a diagnostic. */
void nb_html_describe(const xmlNode *n, char *out, size_t cap);

#endif
