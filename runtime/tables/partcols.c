/* partcols.c — whether a print's values stand under the labels of their columns (partcols.h). */
#include "partcols.h"

#include <string.h>

#include "printed.h"
#include "utf8.h"

enum { MAX_LABELS = 16 };

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

const char *nb_column_words(const char *label)
{
    const char *blank = strrchr(label, ' ');
    return blank ? blank + 1 : label;
}

nb_header_chars nb_header_chars_of(const nb_tparse *tp, size_t from, size_t to)
{
    return (nb_header_chars){tp, from, to, NULL, NULL};
}

int nb_header_char_next(nb_header_chars *w, uint32_t *c)
{
    while (w->p == w->e) {
        if (w->at >= w->to) return 0;
        const nb_ctok *t = &w->tp->toks.v[w->at++];
        if (t->kind != NB_C_TEXT && t->kind != NB_C_LABEL) continue;
        w->p = (const unsigned char *)t->raw.p, w->e = w->p + t->raw.n;
    }
    size_t k = nb_u8len(w->p, w->e);
    *c = nb_u8decode(w->p, k);
    w->p += k;
    return 1;
}

/* Where the columns' labels stand: [x0[i], x1[i]) for the label of column i (its words after the
 * group's: 结果维持 of 行政复议 结果维持), each found once whole, between blanks, on the lines of the
 * header after token head up to the values' line, all on one line. Returns whether they are. */
static int labels_placed(const nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *view, uint32_t *x0,
                         uint32_t *x1)
{
    const char *text = tp->r->text.data, *from = text + tp->toks.v[head].span.byte;
    const char *to = text + tp->toks.v[cells.first].span.byte;
    while (from > text && from[-1] != '\n') from--;
    while (to > from && to[-1] != '\n') to--;
    const char *line = NULL;
    for (int i = 0; i < view->arity; i++) {
        const char *l = nb_column_words(view->col_labels[i]);
        size_t n = strlen(l), found = 0;
        for (const char *p = from; n && (size_t)(to - p) >= n; p++) {
            if (memcmp(p, l, n)) continue;
            if ((p > from && !is_blank(p[-1])) || !is_blank(p[n])) continue;
            const char *ls = p;
            while (ls > from && ls[-1] != '\n') ls--;
            if (found++ || (line && ls != line)) return 0;
            line = ls;
            x0[i] = nb_text_col(tp->r, p);
            x1[i] = nb_text_col(tp->r, p + n);
        }
        if (!found) return 0;
    }
    return 1;
}

/* The distance from columns [a0, a1) to [b0, b1): 0 where they overlap. */
static uint32_t apart(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
    return a1 <= b0 ? b0 - a1 + 1 : b1 <= a0 ? a0 - b1 + 1 : 0;
}

int nb_part_values_astray(const nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *view)
{
    uint32_t x0[MAX_LABELS], x1[MAX_LABELS];
    if (view->arity > MAX_LABELS || cells.count != (size_t)view->arity) return 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind == NB_C_EMPTY || v->span.line != tp->toks.v[cells.first].span.line) return 0;
    }
    if (!labels_placed(tp, head, cells, view, x0, x1)) return 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        const unsigned char *s = (const unsigned char *)v->raw.p, *e = s + v->raw.n;
        nb_trim(&s, &e);
        uint32_t a0 = nb_text_col(tp->r, (const char *)s), a1 = nb_text_col(tp->r, (const char *)e);
        uint32_t own = apart(a0, a1, x0[i], x1[i]);
        for (int j = 0; j < view->arity; j++)
            if ((size_t)j != i && apart(a0, a1, x0[j], x1[j]) <= own) return 1;
    }
    return 0;
}

int nb_columns_shown(const nb_tparse *tp, size_t from, size_t to, const nb_rowdef *d)
{
    enum { MAX_CHARS = 48 };
    uint32_t cp[MAX_CHARS];
    uint64_t some = 0; /* a bit per (character mod 64) of the labels': most of a header's are none of them */
    int need[MAX_CHARS], n = 0;
    for (int i = 0; i < d->arity; i++) {
        const unsigned char *p = (const unsigned char *)nb_column_words(d->col_labels[i]);
        const unsigned char *e = p + strlen((const char *)p);
        for (size_t k; p < e; p += k) {
            k = nb_u8len(p, e);
            uint32_t c = nb_u8decode(p, k);
            int j = 0;
            while (j < n && cp[j] != c) j++;
            if (j == MAX_CHARS) return 0;
            if (j == n) cp[n] = c, need[n++] = 0, some |= (uint64_t)1 << (c & 63);
            need[j]++;
        }
    }
    nb_header_chars w = nb_header_chars_of(tp, from, to);
    for (uint32_t c; nb_header_char_next(&w, &c);) {
        if (!(some >> (c & 63) & 1)) continue;
        for (int j = 0; j < n; j++)
            if (cp[j] == c) {
                need[j]--;
                break; /* each character once in cp */
            }
    }
    for (int j = 0; j < n; j++)
        if (need[j] > 0) return 0;
    return 1;
}
