/* 2019/labels.re — the 2019 template (国办公开办函〔2019〕60号), reports for 2019 and 2020.
 * What differs from 2021: table 二 counts items made / published (本年新制作数量 …), 第二十条第（五）（六）（八）项
 * track 上一年项目数量 and a signed 本年增/减, 第二十条第（九）项 政府集中采购 exists, and
 * （六）其他处理 is one row. */
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
        lmark? "其他对外管理服务事项"                    { ROW("active_disclosure.article_20_5.other_external_services"); }
        lmark? "行政处罚"                              { ROW("active_disclosure.article_20_6.administrative_penalty"); }
        lmark? "行政强制"                              { ROW("active_disclosure.article_20_6.administrative_coercion"); }
        lmark? "行政事业性收费"                         { ROW("active_disclosure.article_20_8.administrative_fees"); }
        lmark? "政府集中采购"                           { ROW("active_disclosure.article_20_9.government_procurement"); }
        "本年新制作数量" | "本年新公开数量" | "对外公开总数量" | "上一年项目数量"
          | "本年增" [/／]? "减" | "采购项目数量" | "采购总金额"  { MARK; }
        "处理决定数量"                                 { COLUMN; }

        lmark? t3_other                                { ROW("applications.other"); }

        *                                             { goto done; }
        $                                             { goto done; }
    */
done:
    *end = YYCURSOR;
    return l;
}

static const char *const cols_20_1[] = {"made", "published", "total_published"};
static const char *const labels_20_1[] = {"本年新制作数量", "本年新公开数量", "对外公开总数量"};
static const char *const cols_items[] = {"previous_year_items", "change", "decisions"};
static const char *const labels_items[] = {"上一年项目数量", "本年增/减", "处理决定数量"};
static const unsigned char flags_items[] = {NB_CELL_INT, NB_CELL_SIGNED, NB_CELL_INT};
static const char *const cols_procurement[] = {"procurement_items", "procurement_amount"};
static const char *const labels_procurement[] = {"采购项目数量", "采购总金额"};
static const unsigned char flags_procurement[] = {NB_CELL_INT, NB_CELL_DECIMAL};

#define ITEMS_ROW(k, n) {k, n, cols_items, labels_items, NB_SPLIT_NONE, 0, flags_items, NULL}
static const nb_rowdef rows_active[] = {
    {"active_disclosure.article_20_1.regulations", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    {"active_disclosure.article_20_1.normative_documents", 3, cols_20_1, labels_20_1, NB_SPLIT_NONE, 0, NULL, NULL},
    ITEMS_ROW("active_disclosure.article_20_5.administrative_license", 3),
    ITEMS_ROW("active_disclosure.article_20_5.other_external_services", 3),
    ITEMS_ROW("active_disclosure.article_20_6.administrative_penalty", 3),
    ITEMS_ROW("active_disclosure.article_20_6.administrative_coercion", 3),
    ITEMS_ROW("active_disclosure.article_20_8.administrative_fees", 2),
    {"active_disclosure.article_20_9.government_procurement", 2, cols_procurement, labels_procurement,
     NB_SPLIT_NONE, 0, flags_procurement, NULL},
    NB_ROWS_END,
};

static const nb_rowdef rows_other[] = {
    NB_APPLICATION_ROW("applications.other")
    NB_ROWS_END,
};

static const nb_rowdef *const rowsets[] = {rows_active, nb_rows_applications_head, rows_other,
                                           nb_rows_applications_tail, nb_rows_review, NULL};

static const char *const *const spanning[] = {nb_spanning_applications, NULL};
static const char *const *const labels[] = {nb_labels_applications, NULL};

const nb_edition nb_edition_2019 = {"2019", 2019, 2020, label, rowsets, 0, 6, spanning, nb_parts_review, labels};
