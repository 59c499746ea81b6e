/* rules_declared.c — R1–R4 and R7 of docs/checks.md as data over the canonical keys (the engine is
 * rule_engine.c): tables 三 and 四 of 2019 and 2021 share every rule, and a term such as
 * "applications.other*" takes 2019's single 其他处理 row and 2021's three alike. R2 is no list here:
 * every row that declares its last cell the sum of the others (rows.h) has it. */
#include "checks.h"
#include "checks_int.h"


/* R1: the template prints it above table 三. */
static const term r1_lhs[] = {{"applications.new_received", "$", "本年新收", 0, 0},
                              {"applications.carried_over", "$", "上年结转", 0, 0}, END};
static const term r1_rhs[] = {{"applications.total_processed", "$", "办理结果总计", 0, 0},
                              {"applications.carried_forward", "$", "结转下年度", 0, 0}, END};
/* R2: the applicant columns add up to 总计, in every row of table 三: the rows declare it (rows.h),
 * so that an edition's own columns take part. */
/* R3: the results add up to （七）总计; the groups are prefixes, whatever rows an edition has. */
static const term r3_lhs[] = {{"applications.total_processed", "$", "办理结果总计", 0, 0}, END};
static const term r3_rhs[] = {{"applications.granted", "$", "予以公开", 0, 0},
                              {"applications.partially_granted", "$", "部分公开", 0, 0},
                              {"applications.denied*", "$", "不予公开", 0, 0},
                              {"applications.unable*", "$", "无法提供", 0, 0},
                              {"applications.not_processed*", "$", "不予处理", 0, 0},
                              {"applications.other*", "$", "其他处理", 0, 0}, END};
/* R4: each block of table 四. */
static const char *const r4_blocks[] = {"review", "litigation_direct", "litigation_after_review", NULL};
static const term r4_lhs[] = {{"review_litigation", "$.total", NULL, 0, 0}, END};
static const term r4_rhs[] = {{"review_litigation", "$.upheld", "结果维持", 0, 0},
                              {"review_litigation", "$.corrected", "结果纠正", 0, 0},
                              {"review_litigation", "$.other", "其他结果", 0, 0},
                              {"review_litigation", "$.pending", "尚未审结", 0, 0}, END};
/* R7: what last year carried forward is what this year carried over; what is in force is what was,
 * plus what was issued, less what was abolished. */
static const term r7_lhs[] = {{"applications.carried_forward", "$", "结转下年度", 0, 1}, END};
static const term r7_rhs[] = {{"applications.carried_over", "$", "上年结转", 0, 0}, END};
static const term r7f_lhs[] = {{"$", "in_force", "现行有效件数", 0, 1},
                               {"$", "issued", "本年制发件数", 0, 0},
                               {"$", "abolished", "本年废止件数", -1, 0}, END};
static const term r7f_rhs[] = {{"$", "in_force", "现行有效件数", 0, 0}, END};

#define TERMS(a) (sizeof(a) / sizeof((a)[0]) - 1)
_Static_assert(TERMS(r1_lhs) <= NB_MAX_COLS && TERMS(r1_rhs) <= NB_MAX_COLS && TERMS(r3_rhs) <= NB_MAX_COLS &&
                   TERMS(r4_rhs) <= NB_MAX_COLS && TERMS(r7f_lhs) <= NB_MAX_COLS,
               "a rule has more terms than a side holds (MAX_TERMS)");

static const rule rules[] = {
    {"R1", OVER_COLUMNS, "applications.new_received", NULL, "applications.$", r1_lhs, r1_rhs},
    {"R2", OVER_SUMS, NULL, NULL, "$", NULL, NULL},
    {"R3", OVER_COLUMNS, "applications.total_processed", NULL, "applications.$", r3_lhs, r3_rhs},
    {"R4", OVER_LIST, NULL, r4_blocks, "review_litigation.$", r4_lhs, r4_rhs},
};
static const rule cross_rules[] = {
    {"R7", OVER_COLUMNS, "applications.carried_over", NULL, "applications.$", r7_lhs, r7_rhs},
    {"R7", OVER_ROWS, "active_disclosure.article_20_1*", NULL, "$", r7f_lhs, r7f_rhs},
};

void nbc_rules_declared(nb_report *r, const view *cur)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) nbc_run_rule(r, &rules[i], cur, NULL);
}

void nbc_rules_declared_cross(nb_report *r, const view *cur, const view *prev)
{
    for (size_t i = 0; i < sizeof cross_rules / sizeof cross_rules[0]; i++) nbc_run_rule(r, &cross_rules[i], cur, prev);
}
