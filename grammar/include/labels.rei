// labels.rei — re2c definitions and rules every edition's label lexer includes (!include):
// the numbering a label may carry (a note in brackets after a label is skipped by the cell lexer),
// and the labels of tables 三 and 四, which the 2019 and 2021
// templates share word for word. What its rules do (ROW(key), PIECE(key), HEADROW(key), GROUP, BLOCK,
// COLUMN, MARK) is runtime/tables/label_actions.h, which the including file includes.

lb     = [ \t\u3000\u00a0];
lq     = [“”"'‘’「」];
ncn    = [一二三四五六七八九十]{1,3};
nar    = [0-9０-９]{1,2};
lmark  = ((nar [.．、]) | ([（(] (ncn | nar) [）)]) | (ncn [、．.])) lb*;

// table 三: applications, its rows' first words from table3.rei
!include "include/table3.rei";
lmark? t3_received "政府信息公开"? "申请" "数量"?            { ROW("applications.new_received"); }
lmark? t3_carried_over "政府信息公开"? "申请" "数量"?        { ROW("applications.carried_over"); }
lmark? t3_results                                            { GROUP; }
lmark? t3_granted                                            { ROW("applications.granted"); }
lmark? t3_partially                                          { ROW("applications.partially_granted"); }
lmark? t3_denied                                             { GROUP; }
lmark? t3_belongs? "国家秘密"                                { ROW("applications.denied.state_secret"); }
lmark? (t3_prohibited "禁止公开" | t3_prohibited_short "公开"?) { ROW("applications.denied.prohibited_by_law"); }
lmark? t3_endangers lq? "三安全一稳定" lq?                   { ROW("applications.denied.three_security_one_stability"); }
lmark? t3_third_party "合法权益"                             { ROW("applications.denied.third_party_rights"); }
lmark? t3_belongs? "三类内部事务信息"                        { ROW("applications.denied.internal_affairs"); }
lmark? t3_belongs? "四类过程性信息"                          { ROW("applications.denied.process_info"); }
lmark? t3_belongs? "行政执法案卷"                            { ROW("applications.denied.law_enforcement_file"); }
lmark? t3_belongs? "行政查询事项"                            { ROW("applications.denied.administrative_query"); }
lmark? t3_unable                                             { GROUP; }
lmark? (t3_not_held "相关政府信息" | t3_not_held_short)      { ROW("applications.unable.not_held"); }
lmark? (t3_no_record "需要另行制作" | t3_no_record_short)    { ROW("applications.unable.needs_creation"); }
lmark? t3_corrected "申请内容"? "仍不明确"                   { ROW("applications.unable.unclear_after_correction"); }
lmark? t3_not_processed                                      { GROUP; }
lmark? t3_petition "投诉类申请"                              { ROW("applications.not_processed.petition_complaint"); }
lmark? t3_duplicate                                          { ROW("applications.not_processed.duplicate"); }
lmark? t3_publication                                        { ROW("applications.not_processed.publication"); }
lmark? t3_massive "大量反复申请"                             { ROW("applications.not_processed.massive_repeated"); }
lmark? t3_confirm "确认或重新出具已获取信息"                 { ROW("applications.not_processed.confirm_or_reissue"); }
// a province's short forms that are pieces of the template's labels too (a wrapped label's line):
// PIECE, read only as a whole cell whose row adds up
lmark? "第三方合法权益"                                      { PIECE("applications.denied.third_party_rights"); }
lmark? t3_petition "投诉"                                    { PIECE("applications.not_processed.petition_complaint"); }
lmark? "公开出版物"                                          { PIECE("applications.not_processed.publication"); }
lmark? "大量反复申请"                                        { PIECE("applications.not_processed.massive_repeated"); }
lmark? "确认或重新出具" "已获取信息"?                        { PIECE("applications.not_processed.confirm_or_reissue"); }
[（(] ncn [）)] lb* t3_total                                 { ROW("applications.total_processed"); }
lmark? t3_forward "继续"? "办理"                             { ROW("applications.carried_forward"); }
"申请人情况" | "自然人" | "法人或其他组织" | "商业企业" | "科研机构"
  | "社会公益组织" | "法律服务机构" | "其他" | t3_total | "信息内容"  { COLUMN; }

// table 四: review and litigation, one row of 15 cells after its header
"行政复议"                                                   { HEADROW("review_litigation"); }
"行政诉讼" | "结果维持" | "结果纠正" | "其他结果" | "尚未审结" | "未经复议直接起诉" | "复议后起诉" { COLUMN; }

// the blocks of table 二
"第二十条第" [（(] ncn [）)] "项"                             { BLOCK; }
