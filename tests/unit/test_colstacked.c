/* test_colstacked.c — runtime/tables/colstacked.c: table 三's header labels stacked over lines by a
 * print, placed by their columns (blind set 13's a2019totalfirst, 总计 first); a stack whose pieces
 * do not stand one under another (pdftotext's grid squeezing a wrapped label) is not placed. */
#include "colstacked.h"

#include <string.h>

#include "check.h"

static const char *const labels[] = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                                     "总计", "法人或其他组织"};
enum { N = sizeof labels / sizeof labels[0] };

static void place(const char *text, int wide, nb_label_span *at)
{
    const unsigned char *s = (const unsigned char *)text;
    nb_stacked_labels(s, s + strlen(text), wide, labels, N, at);
}

int main(void)
{
    nb_label_span at[N];
    /* the PDF reader's table lines (wkhtmltopdf): a cell after a TAB and the blanks to its column, a
       wide character two columns; 人 two lines under 然, with 计 and 商业 on the line between */
    place("                                                                          申请人情况\t\n"
          "\n"
          "     （本列数据的勾稽关系为：第一项加第二项之和，等于第\t       自\t           法人或其他组织\n"
          "                     三项加第四项之和）\t                  总\t  然\n"
          "                                                          计\t       商业\t 科研\t  社会公\t  法律服\t 其\n"
          "                                                               人\t  企业\t 机构\t  益组织\t  务机构\t 他\n",
          2, at);
    for (int i = 0; i < N; i++) CHECK(at[i].found == 1);
    CHECK(at[6].x1 <= at[0].x0); /* 总计 left of 自然人 */
    for (int i = 1; i < 6; i++) CHECK(at[i - 1].x1 <= at[i].x0);
    CHECK(at[7].x0 > at[0].x1 && at[7].x1 < at[5].x1); /* the group over its five */

    /* pdftotext -layout (a character a column): 总 / 计 and 自 / 然 / 人 on alternate lines */
    place("                                                      申请人情况\n"
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第               自               法人或其他组织\n"
          "        三项加第四项之和）                  总\n"
          "                                        然        商业   科研       社会公     法律服      其\n"
          "                                   计\n"
          "                                        人        企业   机构       益组织     务机构      他\n",
          1, at);
    for (int i = 0; i < N; i++) CHECK(at[i].found == 1);
    CHECK(at[6].x1 <= at[0].x0);
    for (int i = 1; i < 6; i++) CHECK(at[i - 1].x1 <= at[i].x0);

    /* Chromium's print in pdftotext's grid: 机构 squeezed under 社会公益 as much as under 法律服务, 他
       left of 其: neither label is placed (nor 社会公益组织, whose line below has two pieces under it) */
    place("                                   申请人情况\n"
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第三 总 自然      法人或其他组织\n"
          "         项加第四项之和）          计 人 商业  科研 社会公益 法律服务 其\n"
          "                                企业 机构 组织 机构 他\n",
          1, at);
    CHECK(at[0].found == 1 && at[6].found == 1 && at[1].found == 1 && at[2].found == 1);
    CHECK(at[3].found == 0);
    CHECK(at[4].found == 0);
    CHECK(at[5].found == 0);

    /* a label spelled by two stacks is not placed (found 2) */
    place("总    总\n计    计\n", 1, at);
    CHECK(at[6].found == 2);
    /* nor one glued to other text */
    place("合总\n计\n", 1, at);
    CHECK(at[6].found == 0);
    return check_summary();
}
