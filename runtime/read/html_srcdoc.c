/* html_srcdoc.c — frames whose page the page itself writes (<iframe srcdoc="…">): some sites' editors
 * put each table in one, escaped in the attribute. A browser shows the frame's page where the frame
 * stands; so does the reader: the frame becomes a <div> holding its page's body. Frames with a src of
 * their own stay left out (another page, not in the input). */
#include <limits.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "grow.h"
#include "html_int.h"

/* Frames in frames in frames: a page that nests deeper is not one a person reads. */
#define MAX_NESTING 4

static int frame_with_page(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && !office_tag(n) && name_is(n, "iframe") &&
           xmlHasProp((xmlNode *)n, (const xmlChar *)"srcdoc") && !nb_html_is_hidden(n);
}

/* Frame f replaced by a <div> holding its page's body, parsed as the page was; 1 if it had a page. */
static int inline_frame(xmlDoc *doc, xmlNode *f)
{
    xmlChar *src = xmlGetProp(f, (const xmlChar *)"srcdoc");
    size_t n = src ? strlen((const char *)src) : 0;
    xmlNode *div = xmlNewDocNode(doc, NULL, (const xmlChar *)"div", NULL);
    if (!div) {
        xmlFree(src);
        return 0;
    }
    htmlDocPtr page = n && n <= INT_MAX ? htmlReadMemory((const char *)src, (int)n, NULL, "UTF-8",
                                                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE)
                                          : NULL;
    xmlFree(src);
    xmlNode *body = page ? nb_html_find_element((xmlNode *)page, "body") : NULL;
    if (body && body->children) {
        xmlNode *copy = xmlDocCopyNodeList(doc, body->children);
        if (copy) xmlAddChildList(div, copy);
    }
    if (page) xmlFreeDoc(page);
    xmlReplaceNode(f, div);
    xmlFreeNode(f);
    return 1;
}

size_t nb_html_inline_frames(xmlDoc *doc)
{
    size_t done = 0;
    for (int level = 0; level < MAX_NESTING; level++) { /* each pass opens the frames the last one brought */
        xmlNode **frames = NULL;
        size_t k = 0, cap = 0;
        xmlNode *root = (xmlNode *)doc;
        for (xmlNode *n = root; n; n = nb_html_walk_next(n, root, frame_with_page(n))) {
            if (!frame_with_page(n)) continue;
            nb_grow(&frames, &cap, k, sizeof *frames);
            frames[k++] = n;
        }
        for (size_t i = 0; i < k; i++) done += (size_t)inline_frame(doc, frames[i]);
        free(frames);
        if (!k) break;
    }
    return done;
}
