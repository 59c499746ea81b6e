/* legacy/labels.re — reports for 2008–2018: free-form sections, and sometimes an attached 统计表
 * (统计指标 / 单位 / 统计数) read as statistics with their hierarchy (runtime/statistics.c). */
#include "edition.h"

static nb_label label(const unsigned char *p, const unsigned char *lim, const unsigned char **end)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    nb_label l = {NB_L_NONE, NULL, 0};
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        // the 统计表's header: its columns but 单位 are no template's (the evidence detection weighs)
        "统计指标" | "指标名称" | "统计数" | "历年累计" { l.kind = NB_L_MARK; goto done; }
        "单位" | "计量单位"                      { l.kind = NB_L_COLUMN; goto done; }
        *                                       { goto done; }
        $                                       { goto done; }
    */
done:
    *end = YYCURSOR;
    return l;
}

static const nb_rowdef *const rowsets[] = {NULL};

const nb_edition nb_edition_legacy = {"legacy", 2008, 2018, label, rowsets, 1, 0, NULL, NULL, NULL};
