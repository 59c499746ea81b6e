// table3.rei — the words the row labels of table 三 begin with, as the 2019 and 2021 templates
// print them (re2c definitions, !include). The label rules are written with them (labels.rei, and
// the 其他处理 rows of editions/2019 and editions/2021), and the line lexer (lexer.re) takes a
// heading in a table section that begins with one for a row of table 三 whose cells lost their
// separators (crawled text): one list for both, so a word changed here changes both.

t3_received     = "本年新收";
t3_carried_over = "上年结转";
t3_results      = "本年度办理结果";
t3_granted      = "予以公开";
t3_partially    = "部分公开";
t3_denied       = "不予公开";
t3_belongs      = "属于";                  // 属于国家秘密, 属于三类内部事务信息 …
t3_prohibited   = "其他法律行政法规";
t3_endangers    = "危及";
t3_third_party  = "保护第三方";
t3_unable       = "无法提供";
t3_not_held     = "本机关不掌握";
t3_no_record    = "没有现成信息";
t3_corrected    = "补正后";
t3_not_processed = "不予处理";
t3_petition     = "信访举报";
t3_duplicate    = "重复申请";
t3_publication  = "要求提供公开出版物";
t3_massive      = "无正当理由";
t3_confirm      = "要求行政机关";
t3_other        = "其他处理";
t3_overdue      = "申请人无正当理由";      // 2021's rows under 其他处理
t3_unpaid       = "申请人逾期";
t3_total        = "总计" | "合计";         // （七）总计, and the applicant columns' 总计 (some write 合计)
t3_forward      = "结转下年度";
// a province's short forms that are no piece of the template's label (a piece would be a wrapped
// label's line: labels.rei)
t3_prohibited_short = "法律法规禁止";
t3_not_held_short   = "不掌握相关信息";
t3_no_record_short  = "需另行制作";
t3_unpaid_short     = "申请人"? "逾期未缴费";

t3_label_start  = t3_received | t3_carried_over | t3_results | t3_forward | t3_granted | t3_partially
                | t3_denied | t3_unable | t3_not_processed | t3_other | t3_total | t3_belongs
                | t3_prohibited | t3_endangers | t3_third_party | t3_not_held | t3_no_record
                | t3_corrected | t3_petition | t3_duplicate | t3_publication | t3_massive | t3_confirm
                | t3_overdue | t3_unpaid | t3_prohibited_short | t3_not_held_short | t3_no_record_short
                | t3_unpaid_short;
