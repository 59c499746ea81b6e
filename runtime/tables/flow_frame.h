/* flow_frame.h — where table 三's values stand in a print's text in reading order (flow_table.c).
 *
 * Mostly in the level-1 section of the 2019/2021 frame that holds the table's first row label
 * (三、收到和处理政府信息公开申请情况), up to the next such section (四、…行政复议…). But pdftotext in
 * reading order may write the top of the table's label column before that section's heading (Chromium's
 * print of a page whose headings are centred rows of the table: 一、本年新收… / 二、上年结转… / 三、本年度
 * 办理结果 … as a block of their own, then 三、收到和处理… and the table's values): the first row label
 * then stands in a section before, in a run of the table's labels with no value among them, and the
 * rest of the label column after the heading. The table's values are then in the first frame after
 * that holds its row labels, as they would be with the whole column there. */
#ifndef NB_FLOW_FRAME_H
#define NB_FLOW_FRAME_H
#include "celltok.h"

/* The part of the text table 三 stands in, its first row label the token toks->v[first] (keys under
 * prefix, applications.; last_key its last row's, which must stand after the heading): [*from, *to),
 * *to SIZE_MAX where no frame follows. Returns 0 where the label stands in no section of the frame
 * (nor before one, as above). */
int nb_flow_table_part(const nb_report *r, const nb_ctoks *toks, size_t first, const char *prefix,
                       const char *last_key, size_t *from, size_t *to);

#endif
