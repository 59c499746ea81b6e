/* flow_headwords.c — the header words between table 四's values in reading order; see flow_headwords.h. */
#include "flow_headwords.h"

#include <string.h>

#include "utf8.h"

enum { MAX_CHARS = 8 }; /* characters of one column label (结果维持: 4) */

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

/* The bytes word takes at p (its characters in order, blanks between them), or 0. */
static size_t word_at(const char *p, const char *e, const char *word)
{
    const char *q = p;
    for (const char *w = word; *w; w++) {
        while (w != word && q < e && blank(*q)) q++;
        if (q == e || *q != *w) return 0;
        q++;
    }
    return (size_t)(q - p);
}

static size_t char_len(const char *p, const char *e)
{
    return nb_u8len((const unsigned char *)p, (const unsigned char *)e);
}

/* The characters the labels owe: each label's own words (after its last blank: 行政复议 结果维持 →
 * 结果维持), as pointers to their first bytes; returns how many, -1 where a label is too long. */
static int owed_chars(const char *const *labels, int n, const char **owed)
{
    int m = 0;
    for (int k = 0; k < n; k++) {
        const char *sp = strrchr(labels[k], ' '), *w = sp ? sp + 1 : labels[k], *we = w + strlen(w);
        for (int c = 0; w < we; c++, w += char_len(w, we)) {
            if (c == MAX_CHARS) return -1;
            owed[m++] = w;
        }
    }
    return m;
}

int nb_flow_head_words(const char *s, const char *e, const char *const *labels, int n, const char *const *group,
                       int ng, const char *over, int *found, int *nfound)
{
    const char *owed[NB_HEADWORDS_MAX * 2 * MAX_CHARS];
    if (n > NB_HEADWORDS_MAX * 2) return 0;
    int m = owed_chars(labels, n, owed);
    if (m < 0) return 0;
    *nfound = 0;
    while (s < e) {
        if (blank(*s)) {
            s++;
            continue;
        }
        size_t len = 0;
        int g = 0;
        while (g < ng && !(len = word_at(s, e, group[g]))) g++;
        if (!len && over) len = word_at(s, e, over);
        if (len) {
            if (*nfound == NB_HEADWORDS_MAX) return 0;
            found[(*nfound)++] = g;
            s += len;
            continue;
        }
        /* a character of a label: taken off what the labels still owe */
        len = char_len(s, e);
        int k = 0;
        while (k < m && (char_len(owed[k], owed[k] + 4) != len || memcmp(owed[k], s, len))) k++;
        if (k == m) return 0;
        owed[k] = owed[--m];
        s += len;
    }
    return m == 0;
}
