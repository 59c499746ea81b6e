/* rows.c — the rows of tables 三 and 四 shared by the 2019 and 2021 templates (REPORTS.md). */
#include "rows.h"

const char *const nb_cols_applicants[] = {"natural_person", "commercial_enterprise", "research_institution",
                                          "social_welfare_org", "legal_service_org", "other_legal_person",
                                          "total"};
const char *const nb_col_labels_applicants[] = {"自然人", "商业企业", "科研机构", "社会公益组织",
                                                "法律服务机构", "其他", "总计"};

const nb_rowdef nb_rows_applications_head[] = {NB_APPLICATIONS_HEAD(NB_APPLICATION_ROW) NB_ROWS_END};
const nb_rowdef nb_rows_applications_tail[] = {NB_APPLICATIONS_TAIL(NB_APPLICATION_ROW) NB_ROWS_END};
const char *const nb_spanning_applications[] = {"本年度办理结果", "不予公开", "无法提供", "不予处理", NULL};
const char *const nb_labels_applications[] = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密",
    "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
    "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供",
    "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理",
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理", NULL};

static const char *const cols_review[] = {
    "review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
    "litigation_direct.upheld", "litigation_direct.corrected", "litigation_direct.other",
    "litigation_direct.pending", "litigation_direct.total",
    "litigation_after_review.upheld", "litigation_after_review.corrected", "litigation_after_review.other",
    "litigation_after_review.pending", "litigation_after_review.total"};
static const char *const col_labels_review[] = {
    "行政复议 结果维持", "行政复议 结果纠正", "行政复议 其他结果", "行政复议 尚未审结", "行政复议 总计",
    "未经复议直接起诉 结果维持", "未经复议直接起诉 结果纠正", "未经复议直接起诉 其他结果",
    "未经复议直接起诉 尚未审结", "未经复议直接起诉 总计",
    "复议后起诉 结果维持", "复议后起诉 结果纠正", "复议后起诉 其他结果", "复议后起诉 尚未审结", "复议后起诉 总计"};

const nb_rowdef nb_rows_review[] = {
    {"review_litigation", 15, cols_review, col_labels_review, NB_SPLIT_GROUPS, 5, NULL, NULL},
    NB_ROWS_END,
};

/* Table 四 as some agencies print it, two tables: （一）行政复议情况 under 行政复议 over its five columns,
 * and （二）行政诉讼情况 under 未经复议直接起诉 and 复议后起诉 over five each, with 行政诉讼 over both or
 * not. Each is read where its header names its groups and as many values follow. */
static const char *const groups_review[] = {"行政复议", NULL};
static const char *const groups_litigation[] = {"未经复议直接起诉", "复议后起诉", NULL};
const nb_rowpart nb_parts_review[] = {
    {"review_litigation", 0, 5, NULL, groups_review},
    {"review_litigation", 5, 10, "行政诉讼", groups_litigation},
    {NULL, 0, 0, NULL, NULL},
};
