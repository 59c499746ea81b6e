/* statistics_words.c — the words of a 统计表's header; see statistics_words.h. */
#include "statistics_words.h"

#include <string.h>

#include "celltok.h"
#include "parse.h"

/* A value column headed by its year, as older provincial tables have it: 2011年度, 2011年, 本年度. */
static int year_column(const char *s)
{
    int k = 0;
    while (k < 4 && s[k] >= '0' && s[k] <= '9') k++;
    if (k != 4 && k != 0) return 0;
    if (k == 0 && strncmp(s, "本", 3)) return 0;
    s += k ? 4 : 3;
    return !strcmp(s, "年度") || (k && !strcmp(s, "年"));
}

int nb_statistics_header_year(const char *s)
{
    if (!year_column(s) || s[0] < '0' || s[0] > '9') return 0;
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

/* 截至2013年底累计, 截止本年累计: the running total up to a time, the same column as 历年累计. */
static int until_total(const char *s)
{
    size_t n = strlen(s), t = strlen("累计");
    return (!strncmp(s, "截至", strlen("截至")) || !strncmp(s, "截止", strlen("截止"))) && n > t &&
           !strcmp(s + n - t, "累计");
}

/* A quarter or a half of the year: 第一季度, 一季度, 1季度, 第1季度, 上半年, 下半年. */
static int part_of_year(const char *s)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "1", "2", "3", "4", NULL};
    if (!strcmp(s, "上半年") || !strcmp(s, "下半年")) return 1;
    if (!strncmp(s, "第", strlen("第"))) s += strlen("第");
    for (const char *const *n = numerals; *n; n++)
        if (!strncmp(s, *n, strlen(*n)) && !strcmp(s + strlen(*n), "季度")) return 1;
    return 0;
}

int nb_statistics_total_word(const char *s) { return !strcmp(s, "合计") || !strcmp(s, "总计"); }

nb_stat_col nb_statistics_header_word(const char *s)
{
    if (!strcmp(s, "统计指标") || !strcmp(s, "指标名称") || !strcmp(s, "指标")) return NB_STAT_LABEL;
    if (!strcmp(s, "单位") || !strcmp(s, "计量单位")) return NB_STAT_UNIT;
    if (!strcmp(s, "统计数") || !strcmp(s, "本年数") || !strcmp(s, "数量") || year_column(s) || !strcmp(s, "全年合计") ||
        !strcmp(s, "全年") || !strcmp(s, "全年数") || !strcmp(s, "全年总计") || !strcmp(s, "年度合计"))
        return NB_STAT_VALUE;
    if (part_of_year(s)) return NB_STAT_PART;
    if (!strcmp(s, "历年累计") || !strcmp(s, "累计数") || until_total(s)) return NB_STAT_CUM;
    return NB_STAT_NONE;
}

int nb_statistics_heads(nb_report *r, const unsigned char *s, const unsigned char *e)
{
    switch (nb_statistics_header_word(nb_squeeze(&r->arena, s, e))) {
    case NB_STAT_LABEL: return NB_HEAD_LABEL;
    case NB_STAT_UNIT: return NB_HEAD_UNIT;
    case NB_STAT_VALUE: return NB_HEAD_VALUE;
    case NB_STAT_CUM: return NB_HEAD_CUM;
    default: return NB_HEAD_NONE;
    }
}
