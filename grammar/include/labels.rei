// labels.rei — re2c definitions and rules every edition's label lexer includes (!include):
// the numbering a label may carry (a note in brackets after a label is skipped by the cell lexer),
// and the labels of tables 三 and 四, which the 2019 and 2021
// templates share word for word. The including file defines ROW(key), HEADROW(key), GROUP, BLOCK,
// COLUMN and MARK as C statements that set the result and leave the block.

lb     = [ \t\u3000\u00a0];
lq     = [“”"'‘’「」];
ncn    = [一二三四五六七八九十]{1,3};
nar    = [0-9０-９]{1,2};
lmark  = ((nar [.．、]) | ([（(] (ncn | nar) [）)]) | (ncn [、．.])) lb*;

// table 三: applications
lmark? "本年新收" "政府信息公开"? "申请" "数量"?               { ROW("applications.new_received"); }
lmark? "上年结转" "政府信息公开"? "申请" "数量"?               { ROW("applications.carried_over"); }
lmark? "本年度办理结果"                                      { GROUP; }
lmark? "予以公开"                                            { ROW("applications.granted"); }
lmark? "部分公开"                                            { ROW("applications.partially_granted"); }
lmark? "不予公开"                                            { GROUP; }
lmark? "属于"? "国家秘密"                                     { ROW("applications.denied.state_secret"); }
lmark? "其他法律行政法规禁止公开"                              { ROW("applications.denied.prohibited_by_law"); }
lmark? "危及" lq? "三安全一稳定" lq?                          { ROW("applications.denied.three_security_one_stability"); }
lmark? "保护第三方合法权益"                                   { ROW("applications.denied.third_party_rights"); }
lmark? "属于"? "三类内部事务信息"                             { ROW("applications.denied.internal_affairs"); }
lmark? "属于"? "四类过程性信息"                               { ROW("applications.denied.process_info"); }
lmark? "属于"? "行政执法案卷"                                 { ROW("applications.denied.law_enforcement_file"); }
lmark? "属于"? "行政查询事项"                                 { ROW("applications.denied.administrative_query"); }
lmark? "无法提供"                                            { GROUP; }
lmark? "本机关不掌握相关政府信息"                              { ROW("applications.unable.not_held"); }
lmark? "没有现成信息需要另行制作"                              { ROW("applications.unable.needs_creation"); }
lmark? "补正后申请内容仍不明确"                                { ROW("applications.unable.unclear_after_correction"); }
lmark? "不予处理"                                            { GROUP; }
lmark? "信访举报投诉类申请"                                   { ROW("applications.not_processed.petition_complaint"); }
lmark? "重复申请"                                            { ROW("applications.not_processed.duplicate"); }
lmark? "要求提供公开出版物"                                   { ROW("applications.not_processed.publication"); }
lmark? "无正当理由大量反复申请"                                { ROW("applications.not_processed.massive_repeated"); }
lmark? "要求行政机关确认或重新出具已获取信息"                   { ROW("applications.not_processed.confirm_or_reissue"); }
[（(] ncn [）)] lb* "总计"                                   { ROW("applications.total_processed"); }
lmark? "结转下年度继续办理"                                   { ROW("applications.carried_forward"); }
"申请人情况" | "自然人" | "法人或其他组织" | "商业企业" | "科研机构"
  | "社会公益组织" | "法律服务机构" | "其他" | "总计" | "信息内容"  { COLUMN; }

// table 四: review and litigation, one row of 15 cells after its header
"行政复议"                                                   { HEADROW("review_litigation"); }
"行政诉讼" | "结果维持" | "结果纠正" | "其他结果" | "尚未审结" | "未经复议直接起诉" | "复议后起诉" { COLUMN; }

// the blocks of table 二
"第二十条第" [（(] ncn [）)] "项"                             { BLOCK; }
