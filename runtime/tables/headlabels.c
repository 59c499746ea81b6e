/* headlabels.c — a header line's labels in their order (headlabels.h). */
#include "headlabels.h"

#include <string.h>

#include "pagenum.h"
#include "utf8.h"

/* Whether [p, e) holds nothing but what separates a table's cells: spaces, tabs, a grid's rules and
 * pipes (box drawing U+2500–U+257F), Markdown's bold marks, full-width and no-break spaces. */
static int separators_only(const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        if (strchr(" \t\r|+-=:*", *p) && *p) p++;
        else if (e - p >= 3 && p[0] == 0xE2 && (p[1] == 0x94 || p[1] == 0x95)) p += 3;
        else if (e - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) p += 3;
        else if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) p += 2;
        else return 0;
    }
    return 1;
}

int nb_head_continues(const nb_head_label *l, int j)
{
    return l[j].at > l[j - 1].end && separators_only(l[j - 1].end, l[j].at);
}

/* Bytes of the separator at p, or 0. */
static size_t separator_at(const unsigned char *p, const unsigned char *e)
{
    size_t k = nb_blank_at(p, e);
    if (k) return k;
    if (*p == '|' || *p == '+' || *p == '=' || *p == '*') return 1; /* not strchr: a call a byte */
    if (e - p >= 3 && p[0] == 0xE2 && (p[1] == 0x94 || p[1] == 0x95)) return 3;
    return 0;
}

/* The label whose head the piece [s, e) is, where it is the head of one label only, or -1. */
static int head_of(const unsigned char *s, const unsigned char *e, const char *const *labels, int n)
{
    int col = -1;
    for (int i = 0; i < n; i++)
        if (strlen(labels[i]) > (size_t)(e - s) && memcmp(labels[i], s, (size_t)(e - s)) == 0) {
            if (col >= 0) return -1;
            col = i;
        }
    return col;
}

enum { SPLIT_CHARS = 24 }; /* a piece split into heads: at most this many characters */

/* Whether a label, longer than the character at s, begins with it: a piece whose first character
 * begins none is no heads (most pieces of a header's text), found before any split is tried. */
static int begins_a_label(const unsigned char *s, const unsigned char *e, const char *const *labels, int n)
{
    size_t k = nb_u8len(s, e);
    for (int i = 0; i < n; i++)
        if (strlen(labels[i]) > k && memcmp(labels[i], s, k) == 0) return 1;
    return 0;
}

/* Where piece [s, e) is wholly heads of labels, two or more, one after another in exactly one way (a
 * print's line that glues its header cells' first lines: 现行有效本年废止本年制发), their ends into
 * ends[0, n) and n returned; else 0. Split otherwise, or not at all, it says no order. */
static int heads_split(const unsigned char *s, const unsigned char *e, const char *const *labels, int n,
                       const unsigned char *ends[SPLIT_CHARS])
{
    const unsigned char *at[SPLIT_CHARS + 1];
    int m = 0;
    if (!begins_a_label(s, e, labels, n)) return 0;
    for (const unsigned char *q = s; q < e; q += nb_u8len(q, e)) {
        if (m == SPLIT_CHARS) return 0;
        at[m++] = q;
    }
    at[m] = e;
    /* ways[i]: the splits of [at[i], e) into heads, counted up to 2; next[i]: the first head's end */
    int ways[SPLIT_CHARS + 1], next[SPLIT_CHARS + 1];
    ways[m] = 1;
    next[m] = m; /* (a piece of no character: never, begins_a_label saw one) */
    for (int i = m - 1; i >= 0; i--) {
        ways[i] = 0;
        next[i] = m; /* read only where ways[i] > 0, which sets it; GCC cannot tell */
        for (int j = i + 1; j <= m && ways[i] < 2; j++)
            if (ways[j] && head_of(at[i], at[j], labels, n) >= 0) {
                ways[i] += ways[j];
                next[i] = j;
            }
        if (ways[i] > 2) ways[i] = 2;
    }
    if (ways[0] != 1 || next[0] == m) return 0;
    int k = 0;
    for (int i = 0; i < m; i = next[i]) ends[k++] = at[next[i]];
    return k;
}

/* Whether a piece ends at p: a line's end, where lines were joined (nb_head_joined). The cuts are in
 * order and p only grows: *next, the first cut not behind p, moves on (a joined header has hundreds). */
static int cut_at(const unsigned char *p, const unsigned char *const *cuts, int ncuts, int *next)
{
    while (*next < ncuts && cuts[*next] < p) ++*next;
    return *next < ncuts && cuts[*next] == p;
}

int nb_head_labels(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                   const char *const *labels, int n, int heads, nb_head_label *out, int max)
{
    int byl[NB_HEAD_MAX]; /* the labels, longest first: a longer one holds a shorter */
    size_t len[NB_HEAD_MAX];
    if (n > NB_HEAD_MAX) n = NB_HEAD_MAX;
    for (int i = 0; i < n; i++) {
        len[i] = strlen(labels[i]);
        int j = i;
        for (; j > 0 && len[byl[j - 1]] < len[i]; j--) byl[j] = byl[j - 1];
        byl[j] = i;
    }
    int found = 0;
    for (int i = 0; i < n; i++)
        for (const unsigned char *q = s; (q = nb_find(q, e, labels[byl[i]])) != NULL && found < max;) {
            const unsigned char *qe = q + len[byl[i]];
            int inside = 0;
            for (int k = 0; k < found; k++) inside |= q < out[k].end && qe > out[k].at;
            if (!inside) out[found++] = (nb_head_label){q, qe, byl[i], 1};
            q = qe;
        }
    /* a narrow cell wraps a label: a whole piece that begins one label only (本年制发 / 件数) is its;
     * a piece wholly of such heads, split one way only, is theirs */
    int next_cut = 0;
    for (const unsigned char *q = s; heads && q < e && found < max;) {
        size_t k = separator_at(q, e);
        if (k) {
            q += k;
            continue;
        }
        const unsigned char *qs = q;
        do q += nb_u8len(q, e);
        while (q < e && !separator_at(q, e) && !cut_at(q, cuts, ncuts, &next_cut));
        int inside = 0;
        for (int k2 = 0; k2 < found; k2++) inside |= qs < out[k2].end && q > out[k2].at;
        if (inside) continue;
        int col = head_of(qs, q, labels, n);
        if (col >= 0) {
            out[found++] = (nb_head_label){qs, q, col, 0};
            continue;
        }
        const unsigned char *ends[SPLIT_CHARS];
        int parts = heads_split(qs, q, labels, n, ends);
        for (int i = 0; i < parts && found < max; i++) {
            const unsigned char *ps = i ? ends[i - 1] : qs;
            out[found++] = (nb_head_label){ps, ends[i], head_of(ps, ends[i], labels, n), 0};
        }
    }
    for (int i = 1; i < found; i++) /* by place */
        for (int j = i; j > 0 && out[j].at < out[j - 1].at; j--) {
            nb_head_label x = out[j];
            out[j] = out[j - 1];
            out[j - 1] = x;
        }
    return found;
}

int nb_head_glued(const nb_head_label *l, int j) { return l[j].at == l[j - 1].end; }

/* Whether [s, e), blanks at its ends aside, is one piece: no blank inside. Into [*ps, *pe). */
static int one_piece(const unsigned char *s, const unsigned char *e, const unsigned char **ps,
                     const unsigned char **pe)
{
    nb_trim(&s, &e);
    *ps = s;
    *pe = e;
    for (const unsigned char *q = s; q < e; q += nb_u8len(q, e))
        if (nb_blank_at(q, e)) return 0;
    return s < e;
}

enum { JOINED_BYTES = 3000, JOINED_CUTS = 200 }; /* a header's pieces joined, at most */

void nb_head_joined(const unsigned char *p, const unsigned char *e,
                    void (*line)(const unsigned char *, const unsigned char *, const unsigned char *const *, int, void *),
                    void *ctx)
{
    unsigned char joined[JOINED_BYTES];
    const unsigned char *cuts[JOINED_CUTS];
    size_t n = 0;
    int ncuts = 0;
    while (p < e) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
        const unsigned char *le = nl ? nl : e, *ps, *pe;
        if (nb_page_number_line(p, le)) { /* a page's foot where the header runs over a page break (-2-) */
            p = le + 1;
            continue;
        }
        if (one_piece(p, le, &ps, &pe) && n + (size_t)(pe - ps) <= sizeof joined && ncuts < JOINED_CUTS) {
            memcpy(joined + n, ps, (size_t)(pe - ps));
            n += (size_t)(pe - ps);
            cuts[ncuts++] = joined + n;
        } else if (ps < pe) { /* a line of several pieces (a blank line goes on with the pieces) */
            line(joined, joined + n, cuts, ncuts, ctx);
            n = 0;
            ncuts = 0;
            line(p, le, NULL, 0, ctx);
        }
        p = le + 1;
    }
    line(joined, joined + n, cuts, ncuts, ctx);
}

void nb_line_places(const unsigned char *line, const unsigned char *at, long place[2])
{
    place[0] = place[1] = 0;
    for (const unsigned char *q = line; q < at; q += nb_u8len(q, at)) {
        place[0]++;
        place[1] += *q >= 0xE0 ? 2 : 1;
    }
}
