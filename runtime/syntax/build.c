/* build.c — linking the document model as the outline grammar reduces. */
#include "build.h"

void nb_blocks_init(nb_blocks *b) { b->paras = b->paras_tail = NULL; b->tables = b->tables_tail = NULL; }

void nb_blocks_add_para(nb_blocks *b, nb_para *p)
{
    if (b->paras_tail) b->paras_tail->next = p;
    else b->paras = p;
    b->paras_tail = p;
}

void nb_blocks_add_table(nb_blocks *b, nb_rawtable *t)
{
    if (b->tables_tail) b->tables_tail->next = t;
    else b->tables = t;
    b->tables_tail = t;
}

nb_rawtable *nb_table_new(nb_parse_ctx *c, nb_cell *first)
{
    nb_rawtable *t = nb_arena_alloc(&c->r->arena, sizeof *t);
    t->span = first->span;
    nb_table_add(c, t, first);
    return t;
}

void nb_table_add(nb_parse_ctx *c, nb_rawtable *t, nb_cell *cell)
{
    (void)c;
    if (t->cells_tail) t->cells_tail->next = cell;
    else t->cells = cell;
    t->cells_tail = cell;
    t->ncells++;
    if (cell->row + 1 > t->nrows) t->nrows = cell->row + 1;
    t->end_byte = cell->span.byte + cell->raw.n;
}

void nb_seclist_add(nb_seclist *l, nb_section *s)
{
    if (l->tail) l->tail->next = s;
    else l->head = s;
    l->tail = s;
}

nb_section *nb_section_fill(nb_section *s, const nb_blocks *b, nb_section *children)
{
    s->paras = b->paras;
    s->tables = b->tables;
    s->children = children;
    return s;
}

/* A section's text ends where the next section of its level or above begins. */
static void set_ends(nb_section *s, size_t end)
{
    for (; s; s = s->next) {
        size_t e = s->next ? s->next->span.byte : end;
        s->end_byte = e;
        set_ends(s->children, e);
    }
}

void nb_build_document(nb_parse_ctx *c, const nb_blocks *front, nb_section *sections)
{
    c->r->preamble = front->paras;
    c->r->preamble_tables = front->tables;
    c->r->sections = sections;
    set_ends(sections, c->r->text.len);
    nb_mark_glued_tables(sections);
}
