/* test_seqcol_lines.c — runtime/read/seqcol.c nb_seqcol_blank_cell_lines: a 序号 column a cell a line
 * (docx2txt, LibreOffice's text) blanked where each number stands alone before its row's label; a
 * count equal to the next number kept; a 统计表's column of outline codes (1, 1.1, 2 …) left to its own
 * reader; every byte in its place. */
#include "seqcol.h"

#include <stdlib.h>

#include "check.h"

static int said;

static void on_diag(void *ctx, const char *severity, const char *code, const char *msg, size_t byte)
{
    (void)ctx, (void)severity, (void)msg, (void)byte;
    if (!strcmp(code, "row-numbers-dropped")) said++;
}

/* The text after the pass, and whether it said so. */
static char *run(const char *in, int *told)
{
    char *buf = malloc(strlen(in) + 1);
    strcpy(buf, in);
    nb_text t = {.data = buf, .len = strlen(in)};
    said = 0;
    nb_seqcol_blank_cell_lines(&t, on_diag, NULL);
    *told = said;
    return buf;
}

int main(void)
{
    int told;
    /* row 1's last count is 2, the next number: it stands before the row number 2, not a label */
    const char *rows = "序号\n自然人\n1\n一、本年新收\n5\n2\n2\n二、上年结转\n0\n0\n3\n（一）予以公开\n4\n2\n";
    char *out = run(rows, &told);
    CHECK(told == 1);
    CHECK(strlen(out) == strlen(rows));
    CHECK(!strcmp(out, "      \n自然人\n \n一、本年新收\n5\n2\n \n二、上年结转\n0\n0\n \n（一）予以公开\n4\n2\n"));
    free(out);
    /* a 统计表's outline codes: none blanked */
    const char *codes = "序号\n统计指标\n1\n主动公开情况\n1.1\n主动公开政府信息数\n条\n412\n2\n依申请公开情况\n2.1\n收到申请数\n"
                        "件\n40\n3\n行政复议数量\n件\n1\n";
    out = run(codes, &told);
    CHECK(told == 0 && !strcmp(out, codes));
    free(out);
    /* numbers that do not run 1, 2, 3 … from the header: left */
    const char *skips = "序号\n1\n一、本年新收\n5\n3\n二、上年结转\n0\n4\n（一）予以公开\n4\n";
    out = run(skips, &told);
    CHECK(told == 0 && !strcmp(out, skips));
    free(out);
    return check_summary();
}
