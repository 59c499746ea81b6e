/* wordnum.h — Word's automatic numbering: the 一、 （一） 1. that Word draws in front of a paragraph
 * from numbering.xml, and that are not in the paragraph's text.
 *
 * A paragraph is numbered by its own w:numPr or by its style's (styles.xml, through w:basedOn);
 * w:numId leads to a w:num, that to a w:abstractNum whose w:lvl (0-8) says the format (w:numFmt),
 * the pattern (w:lvlText "%1、", "（%1）", "%1.%2"), the start and when the level restarts. The
 * counters advance in document order, as Word's do: call nb_wnum_label once per paragraph, in order.
 * Everything is bounded (levels 0-8, the number of definitions, style chains, cycles). */
#ifndef NB_WORDNUM_H
#define NB_WORDNUM_H
#include <libxml/tree.h>

#include "buf.h"

typedef struct nb_wnum nb_wnum;

/* From the parsed numbering part and styles part (either may be NULL). Never NULL. *dropped is set
 * to the number of definitions left out past the bounds. */
nb_wnum *nb_wnum_load(xmlDoc *numbering, xmlDoc *styles, size_t *dropped);
void nb_wnum_free(nb_wnum *w);

/* The label of the paragraph whose w:pPr is ppr (may be NULL), appended to out as Word shows it
 * ("一、", "（二）", "1.2"); nothing for an unnumbered paragraph or a bullet. Returns 1 when a label
 * was written. Advances the counters. */
int nb_wnum_label(nb_wnum *w, xmlNode *ppr, nb_buf *out);

/* A number in one of Word's w:numFmt formats ("decimal", "chineseCounting", …), appended to out. */
void nb_wnum_format(nb_buf *out, const char *fmt, long v);

/* The value of attribute w:NAME of node (any namespace prefix; libxml2 keeps the local name), or
 * NULL. Points into the tree. */
const char *nb_w_attr(const xmlNode *n, const char *name);

/* The first child element of n with that local name in the WordprocessingML namespace, or NULL. */
xmlNode *nb_w_child(const xmlNode *n, const char *name);

/* Whether n is the element w:NAME. */
int nb_w_is(const xmlNode *n, const char *name);

#endif
