// frame.rei — the frame of the 2019 and 2021 templates, their section titles, in one place
// (!include): the lexer knows a title glued to its text by them, and the outline knows by them
// which sections hold tables 二, 三 and 四.

// 一、 to 六、, with the variants reports write
frame_table_title = "主动公开政府信息情况"
                  | "收到和处理政府信息公开申请情况"
                  | "行政复议、行政诉讼情况";
// by their place in the frame (nb_known_title_place: a text that lost Word's numbering writes them bare)
frame_title_1     = "总体情况";
frame_title_2     = "主动公开政府信息情况";
frame_title_3     = "收到和处理政府信息公开申请情况";
frame_title_4     = "政府信息公开行政复议、行政诉讼情况"
                  | "因政府信息公开申请行政复议、提起行政诉讼的情况";
frame_title_5     = "政府信息公开工作存在的主要问题及改进情况"
                  | "存在的主要问题及改进情况";
frame_title_6     = "其他需要报告的事项";
// the level-2 titles under 一、总体情况
frame_subtitle    = ("主动公开" | "依申请公开" | "政府信息管理" | "政府信息公开平台建设" | "信息公开平台建设"
                     | "平台建设" | "监督保障") ("方面" | "情况" | "工作")?;
