/* 2025/labels.re — a made-up template for the throwaway-edition test (tests/editions/throwaway.sh):
 * the 2021 template with a new block (第二十条第（七）项 行政征收), a new row (行政检查 under （六）),
 * a new applicant column (个体工商户, before 总计) and a renamed label (规章 → 部门规章). It is what
 * docs/editions.md walks through; nothing outside grammar/editions/2025 changes to add it. */
#include "edition.h"
#include "label_actions.h"
#include "rows.h"


static nb_label label(const unsigned char *p, const unsigned char *lim, const unsigned char **end)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    nb_label l = {NB_L_NONE, NULL, 0};
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        !include "include/labels.rei";

        lmark? "部门规章"                              { ROW("active_disclosure.article_20_1.regulations"); }
        lmark? "行政"? "规范性文件"                     { ROW("active_disclosure.article_20_1.normative_documents"); }
        lmark? "行政许可"                              { ROW("active_disclosure.article_20_5.administrative_license"); }
        lmark? "行政处罚"                              { ROW("active_disclosure.article_20_6.administrative_penalty"); }
        lmark? "行政强制"                              { ROW("active_disclosure.article_20_6.administrative_coercion"); }
        lmark? "行政检查"                              { ROW("active_disclosure.article_20_6.administrative_inspection"); }
        lmark? "行政征收"                              { ROW("active_disclosure.article_20_7.administrative_levy"); }
        lmark? "行政事业性收费"                         { ROW("active_disclosure.article_20_8.administrative_fees"); }
        "本年制发件数" | "本年废止件数" | "现行有效件数"   { MARK; }
        "本年处理决定数量"                              { COLUMN; }
        "本年收费金额"                                 { MARK; }
        "个体工商户"                                   { MARK; }

        lmark? "其他处理"                              { GROUP; }
        lmark? "申请人无正当理由逾期不补正" ([、，,]? "行政机关不再处理其政府信息公开申请")?
                                                      { ROW("applications.other.overdue_correction"); }
        lmark? "申请人逾期未按收费通知要求缴纳费用" ([、，,]? "行政机关不再处理其政府信息公开申请")?
                                                      { ROW("applications.other.unpaid_fee"); }
        [3３] [.．、] lb* "其他"                         { ROW("applications.other.other"); }
        nar [.．、] lb* "其他" [\u4e00-\u9fff]            { goto done; }

        *                                             { goto done; }
        $                                             { goto done; }
    */
done:
    *end = YYCURSOR;
    return l;
}

static const char *const cols_20_1[] = {"issued", "abolished", "in_force"};
static const char *const labels_20_1[] = {"本年制发件数", "本年废止件数", "现行有效件数"};
static const char *const cols_decisions[] = {"decisions"};
static const char *const labels_decisions[] = {"本年处理决定数量"};
static const char *const cols_fee[] = {"fee_amount_10k_yuan"};
static const char *const labels_fee[] = {"本年收费金额（单位：万元）"};
static const unsigned char flags_fee[] = {NB_CELL_DECIMAL};
#define DECISIONS(k) {k, 1, cols_decisions, labels_decisions, NB_SPLIT_NONE, 0, NULL, NULL},

static const nb_rowdef rows_active[] = {
    {"active_disclosure.article_20_1.regulations", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_1.normative_documents", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    DECISIONS("active_disclosure.article_20_5.administrative_license")
    DECISIONS("active_disclosure.article_20_6.administrative_penalty")
    DECISIONS("active_disclosure.article_20_6.administrative_coercion")
    DECISIONS("active_disclosure.article_20_6.administrative_inspection")
    DECISIONS("active_disclosure.article_20_7.administrative_levy")
    {"active_disclosure.article_20_8.administrative_fees", 1, cols_fee, labels_fee, NB_SPLIT_NONE, 0, flags_fee, "万元"},
    NB_ROWS_END,
};

/* table 三 over eight columns: the shared rows (rows.h), not a copy of them */
static const char *const cols_applicants[] = {"natural_person", "commercial_enterprise", "research_institution",
                                              "social_welfare_org", "legal_service_org", "other_legal_person",
                                              "individual_business", "total"};
static const char *const labels_applicants[] = {"自然人", "商业企业", "科研机构", "社会公益组织",
                                                "法律服务机构", "其他", "个体工商户", "总计"};
#define APPLICATION_ROW(k) {k, 8, cols_applicants, labels_applicants, NB_SPLIT_SUM_LAST, 0, NULL, NULL},
static const nb_rowdef rows_head[] = {NB_APPLICATIONS_HEAD(APPLICATION_ROW) NB_ROWS_END};
static const nb_rowdef rows_other[] = {
    APPLICATION_ROW("applications.other.overdue_correction")
    APPLICATION_ROW("applications.other.unpaid_fee")
    APPLICATION_ROW("applications.other.other")
    NB_ROWS_END,
};
static const nb_rowdef rows_tail[] = {NB_APPLICATIONS_TAIL(APPLICATION_ROW) NB_ROWS_END};

static const nb_rowdef *const rowsets[] = {rows_active, rows_head, rows_other, rows_tail, nb_rows_review, NULL};

static const char *const spanning_other[] = {"其他处理", NULL};
static const char *const *const spanning[] = {nb_spanning_applications, spanning_other, NULL};

const nb_edition nb_edition_2025 = {"2025", 2025, 9999, label, rowsets, 0, 6, spanning, nb_parts_review, NULL};
