/* checks.c — the 勾稽关系 of docs/REPORTS.md run over a report in their order; see checks.h and
 * docs/checks.md.
 *
 * The rules are one concern each (checks_int.h lists the files): R1–R4 and R7 are equations
 * between sums of cells, declared as data over keys (rules_declared.c, rule_engine.c); the shapes
 * that are no sums (R5's bounds and the legacy 统计表 tree, the prose of R6, the dates of C1–C3)
 * have their own short code, still keyed by name, never by edition. */
#include "checks.h"
#include "checks_int.h"

#include <string.h>

void nb_checks_run(nb_report *r)
{
    nbc_list(r);
    if (r->error) return;
    view cur;
    nbc_view_of(&cur, r, NULL);
    nbc_rules_declared(r, &cur);
    nbc_r5_counts(r, &cur);
    nbc_r6_prose(r, &cur); /* and C1, after every R6 */
    nbc_published_check(r);
    nbc_edition_check(r);
    nbc_point_at_shared(r);
}

void nb_checks_cross(nb_report *r, const nb_report *prev, const char *why_not)
{
    nbc_list(r);
    if (r->error) return;
    if (why_not || !prev || prev->error) {
        nb_check *c = nbc_add(r, "R7", "previous");
        nb_buf msg;
        nb_buf_init(&msg);
        nb_buf_printf(&msg, "not assessed: %s", why_not ? why_not : prev ? prev->error : "no previous report");
        nbc_settle(r, c, 0, 0, &msg);
        nb_buf_free(&msg);
        return;
    }
    const char *src = prev->path ? nb_arena_strndup(&r->arena, prev->path, strlen(prev->path)) : "previous report";
    view cur, pv;
    nbc_view_of(&cur, r, NULL);
    nbc_view_of(&pv, prev, src);
    nbc_rules_declared_cross(r, &cur, &pv);
    nbc_point_at_shared(r);
}
