/* build.h — the actions of the outline grammar: how sections, paragraphs and tables are linked. */
#ifndef NB_BUILD_H
#define NB_BUILD_H
#include "parse.h"

void nb_blocks_init(nb_blocks *b);
void nb_blocks_add_para(nb_blocks *b, nb_para *p);
void nb_blocks_add_table(nb_blocks *b, nb_rawtable *t);
nb_rawtable *nb_table_new(nb_parse_ctx *c, nb_cell *first);
void nb_table_add(nb_parse_ctx *c, nb_rawtable *t, nb_cell *cell);
void nb_seclist_add(nb_seclist *l, nb_section *s);
nb_section *nb_section_fill(nb_section *s, const nb_blocks *b, nb_section *children);
void nb_build_document(nb_parse_ctx *c, const nb_blocks *front, nb_section *sections);

#endif
