/* flow_headwords.h — the header words a print in reading order sets between table 四's values.
 *
 * pdftotext without -layout reads a table drawn cell by cell one column (or a few) at a time: a
 * column's header words, then its value; or a few columns' headers, their characters interleaved
 * where the print set them upright (结 其 尚 / 果 他 未 / …), then the values of those columns side by
 * side. The words between two runs of values then say which columns the second run holds — when they
 * are exactly those columns' labels, every character of them and nothing else — and where the
 * headers over the groups (行政复议, 未经复议直接起诉) stand among the values. */
#ifndef NB_FLOW_HEADWORDS_H
#define NB_FLOW_HEADWORDS_H
#include <stddef.h>

enum { NB_HEADWORDS_MAX = 8 };

/* The words of text [s, e), blanks and page breaks aside: group headers (group[0..ng), or over, each
 * whole, its characters in order) and the characters of column labels. Returns 1 where the characters
 * that are no group header are exactly those of labels[0..n) (each label the part of a template column
 * label after its last blank: 行政复议 结果维持 → 结果维持), as many times each, in any order; then
 * found[0..*nfound) holds the group headers met, in order (the index in group, or ng for over). Returns
 * 0 where any other word stands there, or more than NB_HEADWORDS_MAX group headers. */
int nb_flow_head_words(const char *s, const char *e, const char *const *labels, int n, const char *const *group,
                       int ng, const char *over, int *found, int *nfound);

#endif
