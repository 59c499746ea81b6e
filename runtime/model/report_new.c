/* report_new.c — an empty report: its arena, and its lists ready to append to. */
#include <stdlib.h>

#include "grow.h"
#include "model.h"

nb_report *nb_report_new(void)
{
    nb_report *r = calloc(1, sizeof *r);
    if (!r) nb_oom();
    nb_arena_init(&r->arena);
    r->diags_tail = &r->diags;
    r->meta_tail = &r->meta;
    r->lists_tail = &r->lists;
    r->format = "text";
    return r;
}
