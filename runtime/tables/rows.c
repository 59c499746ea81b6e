/* rows.c — the rows of tables 三 and 四 shared by the 2019 and 2021 templates (REPORTS.md). */
#include "rows.h"

const char *const nb_cols_applicants[] = {"natural_person", "commercial_enterprise", "research_institution",
                                          "social_welfare_org", "legal_service_org", "other_legal_person",
                                          "total"};
const char *const nb_col_labels_applicants[] = {"自然人", "商业企业", "科研机构", "社会公益组织",
                                                "法律服务机构", "其他", "总计"};

const nb_rowdef nb_rows_applications_head[] = {
    NB_APPLICATION_ROW("applications.new_received"),
    NB_APPLICATION_ROW("applications.carried_over"),
    NB_APPLICATION_ROW("applications.granted"),
    NB_APPLICATION_ROW("applications.partially_granted"),
    NB_APPLICATION_ROW("applications.denied.state_secret"),
    NB_APPLICATION_ROW("applications.denied.prohibited_by_law"),
    NB_APPLICATION_ROW("applications.denied.three_security_one_stability"),
    NB_APPLICATION_ROW("applications.denied.third_party_rights"),
    NB_APPLICATION_ROW("applications.denied.internal_affairs"),
    NB_APPLICATION_ROW("applications.denied.process_info"),
    NB_APPLICATION_ROW("applications.denied.law_enforcement_file"),
    NB_APPLICATION_ROW("applications.denied.administrative_query"),
    NB_APPLICATION_ROW("applications.unable.not_held"),
    NB_APPLICATION_ROW("applications.unable.needs_creation"),
    NB_APPLICATION_ROW("applications.unable.unclear_after_correction"),
    NB_APPLICATION_ROW("applications.not_processed.petition_complaint"),
    NB_APPLICATION_ROW("applications.not_processed.duplicate"),
    NB_APPLICATION_ROW("applications.not_processed.publication"),
    NB_APPLICATION_ROW("applications.not_processed.massive_repeated"),
    NB_APPLICATION_ROW("applications.not_processed.confirm_or_reissue"),
    {NULL, 0, NULL, NULL, 0, 0, NULL, NULL},
};

const nb_rowdef nb_rows_applications_tail[] = {
    NB_APPLICATION_ROW("applications.total_processed"),
    NB_APPLICATION_ROW("applications.carried_forward"),
    {NULL, 0, NULL, NULL, 0, 0, NULL, NULL},
};

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
    {NULL, 0, NULL, NULL, 0, 0, NULL, NULL},
};
