/* check_list.c — a report's list of checks, and a check's outcome, counted as it is settled. */
#include "checks.h"
#include "checks_int.h"

nb_checks *nbc_list(nb_report *r)
{
    if (!r->checks) {
        r->checks = nb_arena_alloc(&r->arena, sizeof *r->checks);
        r->checks->tail = &r->checks->head;
    }
    return r->checks;
}

nb_check *nbc_add(nb_report *r, const char *rule_id, const char *where)
{
    nb_checks *l = nbc_list(r);
    nb_check *c = nb_arena_alloc(&r->arena, sizeof *c);
    c->rule = rule_id;
    c->where = where;
    *l->tail = c;
    l->tail = &c->next;
    l->n++;
    return c;
}

/* Sets the outcome and counts it. */
void nbc_settle(nb_report *r, nb_check *c, int assessed, int ok, nb_buf *msg)
{
    c->assessed = assessed;
    c->ok = assessed && ok;
    if (!assessed) r->checks->unassessed++;
    else if (!ok) r->checks->failed++;
    if (!c->ok && msg && msg->len) c->message = nb_arena_strndup(&r->arena, msg->data, msg->len);
}
