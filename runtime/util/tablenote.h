/* tablenote.h — the note under a table (注：本表数据统计时限为…, 说明：…, （注：…）), a line that is
 * no row of it nor a piece of its last row's label, whatever column it starts in. */
#ifndef NB_TABLENOTE_H
#define NB_TABLENOTE_H

/* [s, e), blanks first allowed, starts with 注, 备注 or 说明 and a colon (： or :), or with （注 or (注. A
 * label such as 注销登记 starts with 注 but no colon. */
int nb_table_note(const unsigned char *s, const unsigned char *e);

#endif
