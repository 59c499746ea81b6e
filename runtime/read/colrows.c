/* colrows.c — which lines make each row: the label lines of a stretch given to its N lines (a label's
 * head above its numbers, its tail below, up to the line that starts the next), where the numbers
 * start beside each line, and a 统计表's unit standing alone. Part of columns.c's reader
 * (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static int starts_label(state *st, const cline *l)
{
    piece *p = nb_col_last_label(st, l);
    return p && p->starter;
}

/* Line k starts a row's label: its last label piece is a numbered one, and no numbered piece of
 * lines [lo, hi) stands right of it (it is then the piece of a label spanning rows, printed beside
 * the row's own: （六）其他处理 left of 2.申请人逾期未按…). */
static int row_start(state *st, size_t k, size_t lo, size_t hi)
{
    if (!starts_label(st, &st->ln[k])) return 0;
    const piece *q = nb_col_last_label(st, &st->ln[k]);
    for (size_t j = lo; j < hi; j++)
        if (j != k && starts_label(st, &st->ln[j]) && nb_col_last_label(st, &st->ln[j])->x0 >= q->x1) return 0;
    return 1;
}

/* The lines [from, j) given to N line j above its label's first line (the last line that starts a
 * label, j itself where its label begins on it: （一）受理… 57 346) that stand over that label's column
 * are no piece of its label, nor of a label spanning rows (those stand left of it): rows of a label
 * alone (a 统计表's group row, 二、依申请公开情况), left as they stand. */
/* Line k (after an N line) goes on the label whose piece is lab: a piece of it under lab's column,
 * and it starts no label of its own (3.补正 / 后申请 over the N line, 内容仍 / 不明确 under it). */
static int goes_on(state *st, size_t k, const piece *lab)
{
    const cline *l = &st->ln[k];
    if (l->kind == N_LINE || starts_label(st, l)) return 0;
    for (size_t i = 0; i < l->np; i++)
        if (nb_col_overlaps(P(st, l, i), lab)) return 1;
    return 0;
}

/* Line k, right under line `alone` (a label alone, no row's), is that label's wrapped end: one
 * piece, no number nor numbering marker, starting where the label starts (（二）通过不同渠道和方式公开
 * 政府信息的情 / 况 above 1.政府公报…  条  38, pdftotext's print of a 统计表 whose rows nest by
 * indentation: 况 stands left of the row's label, as a label spanning rows would, but under the
 * head of the label above, not beside a row's). */
static int wrapped_tail(state *st, size_t k, size_t alone)
{
    const cline *l = &st->ln[k];
    if (alone == NONE || alone + 1 != k || l->np != 1 || l->nnum || l->kind == N_LINE) return 0;
    const piece *p = P(st, l, 0), *head = P(st, &st->ln[alone], 0);
    return !p->starter && !p->num && head->starter && abs(p->x0 - head->x0) <= 1;
}

static void not_above_label(state *st, size_t from, size_t j, size_t b)
{
    cline *L = st->ln;
    size_t s = j + 1;
    for (size_t k = j + 1; k-- > from && s > j;)
        if ((k == j || L[k].owner == j) && row_start(st, k, from, j + 1)) s = k;
    if (s > j) return;
    const piece *lab = nb_col_last_label(st, &L[s]), *own = nb_col_last_label(st, &L[j]);
    /* j's own label starts on its line, left of that label and with nothing of j in its column
       (（六）其他处理  4 … under 5.要求行政机关确认…, a row the page left without values), and that label
       does not go on under j: it is the row above's, whole on its lines, neither the head of j's nor
       a label j spans; j keeps its own line's label. (A label spanning rows printed beside a row's
       own stands on a line of the row's label, or the label goes on under it: 三、本 on the line
       between 3.补正 / 后申请 and 内容仍 / 不明确.) */
    if (s < j && own && own->starter && own->x1 <= lab->x0 && !(j + 1 < b && goes_on(st, j + 1, lab))) {
        for (size_t k = from; k < j; k++)
            if (L[k].owner == j) L[k].owner = NONE;
        return;
    }
    size_t alone = NONE; /* the last line so left alone */
    for (size_t k = from; k < s; k++) {
        if (L[k].owner != j || !L[k].np) continue;
        if (P(st, &L[k], L[k].np - 1)->x1 > lab->x0 || wrapped_tail(st, k, alone)) {
            L[k].owner = NONE;
            alone = k;
        } else
            alone = NONE;
    }
}

/* Whether [p, e) is a date and nothing else: 2017 年 3 月 10 日 (blanks aside). */
static int date_line(const unsigned char *p, const unsigned char *e)
{
    static const char *const unit[] = {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"}; /* 年 月 日 */
    for (int u = 0; u < 3; u++) {
        p = nb_skip_blanks(p, e);
        const unsigned char *d = p;
        while (p < e && *p >= '0' && *p <= '9') p++;
        if (p == d || p - d > 4) return 0;
        p = nb_skip_blanks(p, e);
        if (!nb_col_lit(p, e, unit[u])) return 0;
        p += 3;
    }
    return nb_skip_blanks(p, e) == e;
}

/* Line k stands right above a date, in the cluster: the name that signs a report under its last
 * table (沧州市河间县人民政府 / 2018 年 3 月 15 日, which pdftotext -raw sets right under the last
 * row), no tail of that row's label. */
static int signed_above(const state *st, size_t k)
{
    return k + 1 < st->nln && date_line(st->in + st->ln[k + 1].s, st->in + st->ln[k + 1].e);
}

/* Whether every piece of line k before its numbers ends left of column x: a label's piece there
 * stands in the column of a label spanning rows ((三)不 / 予公开 left of 4.保护第三方合法权益). */
static int left_of(state *st, size_t k, int x)
{
    const cline *l = &st->ln[k];
    size_t n = l->np - (l->kind == N_LINE ? l->nnum : 0);
    for (size_t i = 0; i < n; i++)
        if (P(st, l, i)->x1 > x) return 0;
    return 1;
}

/* Whether the rows of the stretch [a, b) have their values above their labels (a print that sets a
 * cell's text lower than its numbers: 4 2 0 0 0 0 6 / 4.保护第三方合法权益): each N line has no label
 * of its own, but pieces of a label spanning rows left of the labels' column; the line right under it
 * starts a label (not a block's head, 第…条); the lines above the first N line stand left of that
 * label; between two N lines one label starts, right under the first; and one N line at least holds
 * values alone (a label at the margin beside its values, 行政许可  147, is its row's own). The values of no row are then left without a label nor a
 * label without values, as the reading of labels above their values would leave the first N line and
 * the last label. */
static int values_above(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    size_t first = NONE, prev = NONE;
    int bare = 0; /* an N line of values alone */
    for (size_t j = a; j < b; j++) {
        if (L[j].kind != N_LINE) {
            if (prev != NONE && j > prev + 1 && row_start(st, j, prev + 1, b)) return 0; /* a second label */
            continue;
        }
        if (j + 1 >= b || L[j + 1].kind == N_LINE || !row_start(st, j + 1, j + 1, b)) return 0;
        const piece *under = nb_col_last_label(st, &L[j + 1]);
        int x = under->x0;
        /* (第二十条第（六）项 under 行政许可 147 heads the next block, no label of this row) */
        if (nb_col_lit(st->in + under->s, st->in + under->e, "\xE7\xAC\xAC") || !left_of(st, j, x)) return 0;
        bare |= L[j].np == L[j].nnum;
        if (first == NONE) {
            first = j;
            for (size_t k = a; k < j; k++)
                if (!left_of(st, k, x)) return 0;
        }
        prev = j;
    }
    return first != NONE && bare;
}

/* N line j between two lines that each start a row's label and hold no number (6.属于四类过程性信息 /
 *   2 0 0 0 0 0 2 / 7.属于行政执法案卷, a row the report left blank next to one whose values a print
 * set off its label's line), with no label of its own in their labels' column: the values are the
 * row's above (a label above its numbers) or the row's below (a print that sets a cell's text lower
 * than its numbers) alike. Neither is read: each value is marked doubtful (a cell left null, with
 * its diagnostic), the row above keeping the line, the row below left without values. */
static void between_two_labels(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j + 1 < b; j++) {
        if (L[j].kind != N_LINE || L[j - 1].kind == N_LINE || L[j + 1].kind == N_LINE) continue;
        if (!row_start(st, j - 1, j - 1, j + 2) || !row_start(st, j + 1, j - 1, j + 2)) continue;
        const piece *up = nb_col_last_label(st, &L[j - 1]), *down = nb_col_last_label(st, &L[j + 1]);
        /* (a label below starting left of the one above is a spanning label's, glued to its tail: (三)权益) */
        if (down->x0 < up->x0 || !left_of(st, j, up->x0)) continue;
        for (size_t i = L[j].np - L[j].nnum; i < L[j].np; i++) P(st, &L[j], i)->doubt = 1;
    }
}

/* N line j whose label starts on a line at or above it (（二）部分公开（区分处理的，只计这一), and a line
 * below it given to it starts a label in that label's column ((三) 1.属于 / 国家秘 / 密, a row the report
 * left blank, its label lines at the same indent, with nothing between to end the first): the lines
 * hold the starts of two rows' labels, and which of the two the values are is not certain. Each value
 * is marked doubtful, as between_two_labels does. Only a second label starting right of the first's
 * start, inside its lines' span, with no numbered piece of the row's lines right of it (a label
 * spanning rows, 三、本年度 under 二、上年结转… at the margin or (三)不予公 left of 2.其他 on the row's
 * line, is no row's own). */
static void two_labels_in_row(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        if (L[j].kind != N_LINE) continue;
        const piece *lab = NULL;
        int right = -1; /* where the label's lines so far end, the farthest */
        int second = 0;
        size_t lo = j, hi = j + 1; /* the row's lines, contiguous around it */
        while (lo > a && L[lo - 1].owner == j) lo--;
        while (hi < b && L[hi].owner == j) hi++;
        for (size_t k = lo; k < hi && !second; k++) {
            if (L[k].owner != j) continue;
            const piece *p = nb_col_last_label(st, &L[k]);
            if (!p) continue;
            if (!lab && k <= j && p->starter) lab = p;
            else if (lab && k > j && p->starter) second = p->x0 > lab->x0 && p->x0 < right && row_start(st, k, lo, hi);
            if (lab && p->x1 > right) right = p->x1;
        }
        if (second)
            for (size_t i = L[j].np - L[j].nnum; i < L[j].np; i++) P(st, &L[j], i)->doubt = 1;
    }
}

/* The lines right under N line j, up to b, that are pieces of a label and start none (no numbering
 * marker), up to the next N line or label: where j's own line holds no label, its label is set
 * centred on its numbers (行政规范 / 4 2 37 / 性文件: as many lines above them as below), and those
 * are its tail; how many. */
static size_t tail_below(state *st, size_t j, size_t b)
{
    size_t k = j + 1;
    while (k < b && st->ln[k].kind != N_LINE && st->ln[k].np && !st->ln[k].nnum && !starts_label(st, &st->ln[k]) &&
           nb_col_last_label(st, &st->ln[k]))
        k++;
    return k - (j + 1);
}

/* Assigns the label lines of lines [a, b) (one stretch between headers) to its N lines. */
void nb_col_assign(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    if (values_above(st, a, b)) { /* each N line takes the lines under it, up to the next */
        size_t r = a;
        while (L[r].kind != N_LINE) r++;
        for (size_t j = a; j < b; j++) { /* (the lines above the first: pieces of a spanning label) */
            if (L[j].kind == N_LINE) r = j;
            L[j].owner = r;
        }
        return;
    }
    size_t first = NONE, prev = NONE;
    for (size_t j = a; j < b; j++) {
        if (L[j].kind != N_LINE) continue;
        L[j].owner = j;
        if (prev == NONE) first = j;
        else {
            /* between two N lines: the tail of the first up to the line that starts a label */
            size_t t = NONE;
            for (size_t k = prev + 1; k < j && t == NONE; k++)
                if (row_start(st, k, prev + 1, j + 1)) t = k;
            if (t == NONE && !nb_col_last_label(st, &L[j])) { /* j's label centred on its numbers */
                size_t below = tail_below(st, j, b);
                if (below && below <= j - prev - 1) t = j - below;
            }
            if (t == NONE) t = row_start(st, j, prev + 1, j + 1) ? j : prev + 1 + (j - prev) / 2;
            for (size_t k = prev + 1; k < j; k++) L[k].owner = k < t ? prev : j;
            not_above_label(st, prev + 1, j, b);
        }
        prev = j;
    }
    if (first == NONE) return;
    /* above the first: up to its label's start; below the last: up to a line that starts another */
    piece *lab = row_start(st, first, a, first + 1) ? nb_col_last_label(st, &L[first]) : NULL;
    for (size_t k = first; k-- > a;) {
        if (!L[k].np) continue; /* a line of values given to the row beside it (colsplit.c) */
        if (lab) { /* above the label's first line, only the pieces of a label spanning rows, left of it */
            if (P(st, &L[k], L[k].np - 1)->x1 >= lab->x0) break;
            L[k].owner = first;
            continue;
        }
        L[k].owner = first;
        if (row_start(st, k, a, first + 1)) lab = nb_col_last_label(st, &L[k]);
    }
    size_t k = prev + 1;
    for (; k < b && !row_start(st, k, prev + 1, b) && !signed_above(st, k); k++) L[k].owner = prev;
    /* a row without a label before it (its label's start went below its numbers, as over a page
       break: 1 0 … 1 / 3.其他) takes the label that follows, with its continuation */
    int labelled = nb_col_last_label(st, &L[prev]) != NULL;
    for (size_t j = a; j < prev && !labelled; j++) labelled = L[j].owner == prev;
    if (!labelled && k < b)
        for (L[k++].owner = prev; k < b && !starts_label(st, &L[k]); k++) L[k].owner = prev;
    between_two_labels(st, a, b);
    two_labels_in_row(st, a, b);
}

/* A 统计表 row whose unit stands alone before its numbers, its label on the lines above (4.政务微信… /
 * 条 519): the unit is a cell of its own where it stands right of every piece of the label, in a
 * column of its own; a label's wrapped end that is such a word (8.属于行政查询事 / 项 167 2 …) stands
 * under the label, and stays its end. */
void nb_col_lone_units(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t r = a; r < b; r++) {
        if (L[r].kind != N_LINE || L[r].np != L[r].nnum + 1) continue;
        piece *u = P(st, &L[r], 0);
        int right = nb_col_unit_word(st, u), label = 0;
        size_t lo = r, hi = r + 1; /* the row's lines, contiguous around it */
        while (lo > a && L[lo - 1].owner == r) lo--;
        while (hi < b && L[hi].owner == r) hi++;
        for (size_t j = lo; j < hi && right; j++) {
            if (j == r) continue;
            const piece *p = nb_col_last_label(st, &L[j]);
            label |= p != NULL;
            right = !p || p->x1 < u->x0;
        }
        u->unit = (unsigned char)(right && label);
    }
}

/* Where the numbers start beside each line of the cluster [a, b): the leftmost first number of the
 * N lines next to it, the nearest above and the nearest below (-1 where there is none), into numx.
 * Only those two: a label line belongs to one of them, and the numbers of a row farther off (table
 * 四's, under its header, at the page's left edge in pdftotext's print of Writer's PDF, which leaves
 * no blank line between tables) say nothing about where this row's numbers begin. Returns where the
 * labels of the cluster end, the farthest (-1 where none is seen): those of its N lines and every
 * piece with a numbering marker. A piece of a label starts in the labels' column, not right of it
 * (a header's piece over a column of numbers narrower than its head: 信息内容  本年处理决定数量
 * above 行政处罚  7). */
int nb_col_near_numbers(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    int x = -1, labx = -1;
    for (size_t j = a; j < b; j++) { /* the nearest above */
        if (L[j].kind == N_LINE) {
            x = P(st, &L[j], L[j].np - L[j].nnum)->x0;
            const piece *lab = nb_col_last_label(st, &L[j]);
            if (lab && lab->x1 > labx) labx = lab->x1;
        }
        for (size_t i = 0; i < L[j].np - L[j].nnum; i++) { /* a numbered label's start (not 第…条: a block's head) */
            const piece *p = P(st, &L[j], i);
            if (p->starter && !nb_col_lit(st->in + p->s, st->in + p->e, "\xE7\xAC\xAC") && p->x1 > labx) labx = p->x1;
        }
        L[j].numx = x;
    }
    x = -1;
    for (size_t j = b; j-- > a;) { /* and below */
        if (L[j].kind == N_LINE) x = P(st, &L[j], L[j].np - L[j].nnum)->x0;
        if (x >= 0 && (L[j].numx < 0 || x < L[j].numx)) L[j].numx = x;
    }
    return labx;
}

/* A 统计表 row with no value (3.其他方式公开  条), or a dash for it (八、机构建设和保障经费情况  —, a
 * group row; one a value column: 二、回应解读情况 — — —, under 单位 2017年 历年累计): a numbered label,
 * then its unit, its dashes or both. A row of its own, not a piece of the label of a row next to it. */
int nb_col_unit_row(state *st, const cline *l)
{
    size_t k = l->np;
    while (k && nb_col_placeholder(st, P(st, l, k - 1))) k--;
    if (k && nb_col_unit_word(st, P(st, l, k - 1))) k--;
    return k < l->np && k >= 1 && P(st, l, k - 1)->starter;
}

/* Whether line l ends left of column numx, where the numbers beside it start: the PDF reader places
 * where a piece starts, and its end is counted (punctuation may be narrower than two columns), so
 * there a label line's last piece starts left of the numbers; in pdftotext's grid, by grid_end. */
int nb_col_ends_left_of(const state *st, const cline *l, int numx)
{
    if (!l->np) return 0;
    const piece *p = &st->pc[l->p0 + l->np - 1];
    return (st->tabs ? p->x0 + 2 : nb_col_grid_end(st, p)) < numx;
}

/* A row of one number whose label is wrapped around it, centred on its line (a two-column table's
 * row: 行政事业 / 0 / 性收费): the cluster [a, b) holds no N line, but one line of a lone number
 * (n_line takes a lone number for no row: a cell a line, a page number) with lines of text right
 * above and right below it, every line of the cluster text alone, ending left of the number, and
 * none after it starting a label (a numbering marker there is the next row's). That line is then
 * the N line of the cluster's one row, its label all the other lines. */
void nb_col_lone_number(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    size_t n = NONE;
    for (size_t j = a; j < b; j++) {
        if (L[j].kind == N_LINE) return;
        if (L[j].nnum == 0) continue;
        if (n != NONE || L[j].np != 1 || nb_col_placeholder(st, P(st, &L[j], 0))) return;
        n = j;
    }
    if (n == NONE || n == a || n + 1 == b) return;
    int numx = P(st, &L[n], 0)->x0;
    for (size_t j = a; j < b; j++) {
        if (j == n) continue;
        if (!nb_col_ends_left_of(st, &L[j], numx) || (!st->tabs && memchr(st->in + L[j].s, '\t', L[j].e - L[j].s)))
            return;
        for (size_t i = 0; i < L[j].np; i++)
            if (P(st, &L[j], i)->num || (j > n && P(st, &L[j], i)->starter)) return;
    }
    L[n].kind = N_LINE;
}
