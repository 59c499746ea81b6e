/* xmlnodes.h — a growing list of libxml2 nodes, as the HTML and Word readers gather a table's rows
 * and cells before laying them out. The list owns its array (free(l.v)), not the nodes. */
#ifndef NB_XMLNODES_H
#define NB_XMLNODES_H
#include <stddef.h>

#include <libxml/tree.h>

#include "grow.h"

typedef struct nb_xml_nodes {
    xmlNode **v;
    size_t n, cap;
} nb_xml_nodes;

static inline void nb_xml_nodes_push(nb_xml_nodes *l, xmlNode *x)
{
    nb_grow(&l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = x;
}

#endif
