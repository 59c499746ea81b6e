/* 2021/labels.re — the 2021 template (国办公开办函〔2021〕30号), reports for 2021 on.
 * What differs from 2019: table 二's columns (本年制发件数 / 本年废止件数 / 现行有效件数, one
 * 本年处理决定数量, a fee amount in 万元) and （六）其他处理 split into three rows. */
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

        lmark? "规章"                                  { ROW("active_disclosure.article_20_1.regulations"); }
        lmark? "行政"? "规范性文件"                     { ROW("active_disclosure.article_20_1.normative_documents"); }
        lmark? "行政许可"                              { ROW("active_disclosure.article_20_5.administrative_license"); }
        lmark? "行政处罚"                              { ROW("active_disclosure.article_20_6.administrative_penalty"); }
        lmark? "行政强制"                              { ROW("active_disclosure.article_20_6.administrative_coercion"); }
        lmark? "行政事业性收费"                         { ROW("active_disclosure.article_20_8.administrative_fees"); }
        "本年制发件数" | "本年废止件数" | "现行有效件数"   { MARK; }
        "本年处理决定数量"                              { COLUMN; }
        "本年收费金额"                           { MARK; }

        // the label over the three rows; with cells of its own, the one row of 2019 (runtime/combined.h)
        lmark? t3_other                                { ROW("applications.other.combined"); }
        lmark? t3_overdue "逾期不补正" ([、，,]? "行政机关不再处理其政府信息公开申请")?
                                                      { ROW("applications.other.overdue_correction"); }
        lmark? "逾期不补正"                            { PIECE("applications.other.overdue_correction"); }
        lmark? (t3_unpaid "未按收费通知要求缴纳费用" | t3_unpaid_short) ([、，,]? "行政机关不再处理其政府信息公开申请")?
                                                      { ROW("applications.other.unpaid_fee"); }
        // the template's own numbering: 3.其他 (its third row); a "5.其他方式公开…" line of another
        // table is no row, and neither is 3.其他 running on into more words
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

static const nb_rowdef rows_active[] = {
    {"active_disclosure.article_20_1.regulations", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_1.normative_documents", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_5.administrative_license", 1, cols_decisions, labels_decisions, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_6.administrative_penalty", 1, cols_decisions, labels_decisions, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_6.administrative_coercion", 1, cols_decisions, labels_decisions, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_8.administrative_fees", 1, cols_fee, labels_fee, NB_SPLIT_NONE, 0, flags_fee, "万元"},
    NB_ROWS_END,
};

static const nb_rowdef rows_other[] = {
    NB_APPLICATION_ROW("applications.other.overdue_correction")
    NB_APPLICATION_ROW("applications.other.unpaid_fee")
    NB_APPLICATION_ROW("applications.other.other")
    NB_APPLICATION_ROW("applications.other.combined") /* only where the report prints one row */
    NB_ROWS_END,
};

static const nb_rowdef *const rowsets[] = {rows_active, nb_rows_applications_head, rows_other,
                                           nb_rows_applications_tail, nb_rows_review, NULL};

/* （六）其他处理 spans its three rows */
static const char *const spanning_other[] = {"其他处理", NULL};
static const char *const *const spanning[] = {nb_spanning_applications, spanning_other, NULL};
static const char *const labels_other[] = {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                           "3.其他", NULL};
static const char *const *const labels[] = {nb_labels_applications, labels_other, NULL};

const nb_edition nb_edition_2021 = {"2021", 2021, 9999, label, rowsets, 0, 6, spanning, nb_parts_review, labels};
