/* html_container.c — the element of an HTML page that holds the report (the lowest one containing its
 * numbered sections), and the title line when the rendered text has none. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "html_int.h"
#include "markers.h"
#include "utf8.h"

#define MAX_CANDIDATES 4096   /* numbered block starts looked at to find the report's container */

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
            if (nb_html_is_skipped(n)) descend = 0;
            else if (nb_html_is_block(n) || name_is(n, "br")) at_start = 1;
        } else if (n->type == XML_TEXT_NODE && n->content && at_start) {
            /* the start of the text, without blanks and Word conditionals */
            unsigned char buf[64];
            size_t m = 0;
            const unsigned char *p = n->content, *e = p + strlen((const char *)p);
            while (p < e && m + 4 < sizeof buf) {
                size_t w = *p == '<' ? nb_html_word_conditional(p, e) : 0, b = nb_blank_at(p, e);
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
            if (nb_html_is_block(n)) at_start = 1;
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

/* Whether element n holds one element and no text but blanks. */
static int wraps_one(const xmlNode *n)
{
    int elements = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) elements++;
        else if (c->type == XML_TEXT_NODE && c->content) {
            const unsigned char *p = c->content, *e = p + strlen((const char *)p);
            for (size_t b; p < e; p += b ? b : 1)
                if (!(b = nb_blank_at(p, e)) && *p != '\n' && *p != '\r' && *p != '\t') return 0;
        }
    }
    return elements == 1;
}

/* The element holding the report: the lowest common ancestor of its longest run of numbered
 * sections 一、二、三、… (at least two). NULL when there is no such run. */
xmlNode *nb_html_report_container(xmlNode *root, int *first, int *last)
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
        int in_table = 0;
        while (lca && lca->parent && (name_is(lca, "tbody") || name_is(lca, "thead") || name_is(lca, "tfoot") ||
                                      name_is(lca, "tr") || name_is(lca, "table")))
            lca = lca->parent, in_table = 1;
        /* and so are the elements that wrap that table alone (a WeChat article's <section
           style="overflow-x:auto">): the report is around them */
        while (in_table && lca && lca->parent && lca->parent->type == XML_ELEMENT_NODE && wraps_one(lca))
            lca = lca->parent;
    }
    free(c);
    return lca;
}

xmlNode *nb_html_find_element(xmlNode *root, const char *name)
{
    for (xmlNode *n = root; n;) {
        if (n->type == XML_ELEMENT_NODE && name_is(n, name)) return n;
        n = nb_html_walk_next(n, NULL, 0);
    }
    return NULL;
}

/* The page's <title> as a report title: of its parts (site names follow after _ | - —), the one that
 * names the report. */
void nb_html_page_title(xmlNode *root, nb_buf *out)
{
    xmlNode *t = nb_html_find_element(root, "title");
    if (!t) return;
    nb_buf all;
    nb_buf_init(&all);
    rd r = {.b = &all, .cell = 1};
    nb_html_render_children(&r, t);
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

int nb_html_names_report(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *x = s; x + 6 <= e; x++)
        if (!memcmp(x, "报告", 6)) return 1;
    return 0;
}

/* The last short text before the container that names a report (the article's title above the
 * text, when the page's <title> is only the site's name). */
void nb_html_preceding_title(xmlNode *root, xmlNode *box, nb_buf *out)
{
    const unsigned char *best_s = NULL, *best_e = NULL;
    for (xmlNode *n = root; n && n != box;) {
        int skip = n->type == XML_ELEMENT_NODE && nb_html_is_skipped(n);
        if (n->type == XML_TEXT_NODE && n->content) {
            const unsigned char *s = n->content, *e = s + strlen((const char *)s);
            nb_trim(&s, &e);
            size_t chars = nb_u8count(s, e);
            if (chars >= 6 && chars <= 60 && nb_html_names_report(s, e)) {
                best_s = s;
                best_e = e;
            }
        }
        n = nb_html_walk_next(n, NULL, skip);
    }
    if (!best_s) return;
    /* as one line: the text node may hold source line breaks */
    rd r = {.b = out, .cell = 1};
    nb_html_put_text(&r, best_s, (size_t)(best_e - best_s));
}

/* Whether the first lines of the rendered text already carry a title: a short line naming the
 * report, not numbered (本报告根据… opens many reports, 六、其他需要报告的事项 is a section). */
int nb_html_has_title(const char *s, size_t n)
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

void nb_html_describe(const xmlNode *n, char *out, size_t cap)
{
    xmlChar *cls = xmlGetProp((xmlNode *)n, (const xmlChar *)"class");
    xmlChar *id = xmlGetProp((xmlNode *)n, (const xmlChar *)"id");
    snprintf(out, cap, "<%s%s%.40s%s%s%.40s%s>", (const char *)n->name, id ? " id=\"" : "", id ? (const char *)id : "",
             id ? "\"" : "", cls ? " class=\"" : "", cls ? (const char *)cls : "", cls ? "\"" : "");
    xmlFree(cls);
    xmlFree(id);
}
