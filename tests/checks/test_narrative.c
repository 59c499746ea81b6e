/* test_narrative.c — the prose lexer of R6 and C1 (grammar/narrative.re) on sentences as reports
 * write them: what it must find, and what it must leave alone. Prints "N passed, M failed". */
#include <stdio.h>
#include <string.h>

#include "checks.h"

static int passed, failed;

typedef struct got {
    char s[512];
} got;

static const char *const kinds[] = {"new", "over", "forward", "review", "litigation", "period"};

static void on_fact(void *ctx, const nb_fact *f)
{
    got *g = ctx;
    size_t n = strlen(g->s);
    if (f->kind == NB_FACT_PERIOD)
        snprintf(g->s + n, sizeof g->s - n, "%speriod %d-%d@%u", n ? " " : "", f->year_from, f->year_to, f->span.col);
    else
        snprintf(g->s + n, sizeof g->s - n, "%s%s %g%s@%u", n ? " " : "", kinds[f->kind], f->value,
                 f->negated ? "(none)" : "", f->span.col);
}

/* want: the facts, "kind value@col" (col of the count; of the negation for a none), space-separated */
static void expect(const char *text, const char *want)
{
    nb_para p;
    memset(&p, 0, sizeof p);
    p.text.p = text;
    p.text.n = strlen(text);
    p.span.line = 7;
    p.span.col = 1;
    got g = {""};
    nb_narrative_scan(&p, on_fact, &g);
    if (!strcmp(g.s, want)) passed++;
    else {
        failed++;
        printf("FAIL: %s\n  want: %s\n  got:  %s\n", text, want, g.s);
    }
}

int main(void)
{
    /* counts: the last subject named before the count, in the same clause */
    expect("2022年，我局共收到政府信息公开申请5件，上年结转2件，结转下年度继续办理1件。",
           "new 5@20 over 2@27 forward 1@39");
    expect("本年新收政府信息公开申请12件。", "new 12@13");
    expect("2022年，我局累计受理、答复依申请公开政府信息1件，已在定期时限内进行办理。", "new 1@25");
    expect("因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。", "review 2@17 litigation 7@26");
    expect("收到行政复议申请3件。", "review 3@9"); /* a review application is no disclosure application */
    expect("行政复议、行政诉讼各1件。", "review 1@11 litigation 1@11");
    expect("共收到政府信息公开申请二十一件。", "new 21@12");
    expect("全年收到申请两件。", "new 2@7");
    expect("本年度收到申请５件。", "new 5@8"); /* full-width digits */
    /* none: a negation, and no count in the clause */
    expect("2018年，我局未收到任何政府信息公开申请。", "new 0(none)@9");
    expect("本年度没有因政府信息公开处理不当引起的行政复议或者行政诉讼案件。",
           "review 0(none)@4 litigation 0(none)@4");
    expect("2018年度未发生针对我局有关政府信息公开事务的行政复议、行政诉讼案。",
           "review 0(none)@7 litigation 0(none)@7");
    expect("没有发生针对有关政府信息公开事务的行政复议或诉讼案件。", "review 0(none)@1 litigation 0(none)@1");
    /* periods */
    expect("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", "period 2022-2022@15");
    expect("2013年1月1日至12月31日期间我局办公室未收到政府信息公开申请。", "period 2013-2013@1 new 0(none)@24");
    expect("统计期限自2021年1月1日至2022年12月31日。", "period 2021-2022@6");
    /* full-width digits, as many copies write them */
    expect("本报告中所列数据的统计期限自２０２２年１月１日起至２０２２年１２月３１日止。", "period 2022-2022@15");
    expect("统计期限自２０２１年１月１日至２０２２年１２月３１日。", "period 2021-2022@6");
    expect("２０１３年１月１日至１２月３１日期间我局未收到政府信息公开申请。", "period 2013-2013@1 new 0(none)@21");
    /* left alone */
    expect("收到群众诉求348件，现场解决162件。", "");                   /* no 申请: not an application */
    expect("今年我局共受理审批事项117件，办结171件。", "");
    expect("共收到人大代表建议1件。", "");
    expect("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1件。", ""); /* 无正当理由 is no negation */
    expect("尚未审结的行政复议1件。", "review 1@10");                      /* 尚未 is no negation either */
    expect("没有现成信息需要另行制作00000003.补正后申请内容仍不明确3000003（五）不予处理1.信访举报投诉类申请"
           "0000000四、结转下年度继续办理0000000",
           ""); /* table text glued into a paragraph: numbers, so no "none" */
    expect("收到政府信息公开申请。此后共办理5件。", "");                   /* a sentence apart */
    expect("收到的政府信息公开申请，经审核办理5件。", "");                 /* a clause apart */
    expect("收到申请2022年度5件", "new 5@11");
    /* a qualifier between a subject and a count names another quantity: 结果纠正1件 counts corrected
     * results, not reviews (finding 8); in a "none" clause it makes the none no statement */
    expect("2022年，我局共收到政府信息公开申请81件，发生行政复议2件，其中行政复议结果纠正1件。",
           "new 81@20 review 2@30");
    expect("我局共收到政府信息公开申请81件，行政复议结果纠正1件。", "new 81@14");
    expect("行政诉讼结果维持3件，行政诉讼尚未审结1件，行政复议被纠错1件。", "");
    expect("本年度行政复议（结果纠正）1件。", "");
    expect("未发生行政复议被纠错的情况。", "");
    /* a count that includes the carried-over ones is neither 上年结转 nor 本年新收 */
    expect("2022年，我局共收到政府信息公开申请（含上年结转）81件。", "");
    expect("2022年，我局共收到政府信息公开申请（不含上年结转）81件。", "");
    expect("共收到政府信息公开申请含上年结转81件。", "");
    expect("共受理政府信息公开申请84件，其中上年结转3件，本年新收81件。", "over 3@22 new 81@29");
    expect("共受理政府信息公开申请84件，上年结转3件，本年新收81件。", "over 3@20 new 81@27");
    expect("共收到政府信息公开申请84件（含上年结转3件）。", "over 3@21");
    expect("共收到政府信息公开申请84件（包括上年结转3件）。", "over 3@22");
    expect("共收到政府信息公开申请84件，较上年增长5%，其中上年结转3件。", "over 3@30");
    expect("共收到政府信息公开申请84件。其中，上年结转3件，本年新收81件。", "over 3@23 new 81@30");
    expect("共收到政府信息公开申请84件，其中：上年结转3件。", "over 3@23");
    expect("共收到政府信息公开申请84件。上年结转3件。", "new 84@12 over 3@20"); /* a new statement */
    expect("共收到政府信息公开申请81件（不含上年结转3件）。", "new 81@12 over 3@22");
    expect("本年新收政府信息公开申请81件，上年新收60件。", "new 81@13"); /* 上年: last year's count */
    expect("收到政府信息公开申请81件，比上年新收60件减少21件。", "new 81@11");
    /* thousands separators: ASCII, full width; only before 件, and only three digits after */
    expect("2022年，我局共收到政府信息公开申请1,081件。", "new 1081@20");
    expect("2022年，我局共收到政府信息公开申请1，081件。", "new 1081@20");
    expect("共收到政府信息公开申请１，０００，０００件。", "new 1e+06@12");
    expect("共收到政府信息公开申请１２，３４５件。", "new 12345@12");
    expect("收到政府信息公开申请1，81件。", "");  /* a list, or a typo: no count */
    expect("收到政府信息公开申请12，0812件。", "");
    expect("收到政府信息公开申请1，081个。", "");
    expect("", "");
    expect("收到申请", "");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
