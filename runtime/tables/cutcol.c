/* cutcol.c — a column cut at the page's edge (cutcol.h). */
#include "cutcol.h"

#include <string.h>

#define MIN_CUT 6       /* bytes: two CJK characters; one (商 of a header a character a line) says little */
#define WRAP_LINES 12   /* a header wrapped in its cell goes on within this many lines (blank ones between) */
#define ROWS_AFTER 64   /* tokens looked at after the header for its rows */

static int note_open(const char *p) { return *p == '(' || !strncmp(p, "（", 3); }

/* The edition's column label that the squeezed text s strictly begins, not at its note; or NULL. */
static const char *cut_label(const nb_edition *ed, const char *s)
{
    size_t n = strlen(s);
    if (n < MIN_CUT) return NULL;
    for (const nb_rowdef *const *set = ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key; d++)
            for (int c = 0; d->col_labels && c < d->arity; c++) {
                const char *l = d->col_labels[c];
                if (l && strlen(l) > n && !strncmp(l, s, n) && !note_open(l + n)) return l;
            }
    return NULL;
}

static int is_label(const nb_ctok *t, nb_label_kind k) { return t->kind == NB_C_LABEL && t->label.kind == k; }

/* The text of token t that no label reads, squeezed: a text cell's, or what follows a cell's last
 * label (采购项目数量采购总); "" for any other. */
static const char *unread(nb_tparse *tp, const nb_ctok *t)
{
    if (t->kind == NB_C_TEXT)
        return nb_squeeze(&tp->r->arena, (const unsigned char *)t->raw.p, (const unsigned char *)t->raw.p + t->raw.n);
    if (t->kind == NB_C_LABEL && t->rest.n)
        return nb_squeeze(&tp->r->arena, (const unsigned char *)t->rest.p, (const unsigned char *)t->rest.p + t->rest.n);
    return "";
}

/* Whether the rest of the label (金额 of 采购总金额) is printed after header token h, before the rows:
 * a header wrapped in its cell (采购总 / 金额), whatever stands beside it on that line. */
static int continued(nb_tparse *tp, size_t h, const char *rest)
{
    size_t n = strlen(rest) < MIN_CUT ? strlen(rest) : MIN_CUT; /* its first two characters */
    for (size_t j = h + 1; j < tp->toks.n; j++) {
        const nb_ctok *t = &tp->toks.v[j];
        if (t->span.line > tp->toks.v[h].span.line + WRAP_LINES || is_label(t, NB_L_ROW) || is_label(t, NB_L_HEADROW))
            return 0;
        for (const char *at = unread(tp, t); *at; at++)
            if (!strncmp(at, rest, n)) return 1;
    }
    return 0;
}

/* The rows after the cut header h: the value that ends each row's line is made text. */
static void cut_rows(nb_tparse *tp, size_t h, const char *s, const char *label)
{
    int rows = 0;
    for (size_t j = h + 1; j < tp->toks.n && j <= h + ROWS_AFTER; j++) {
        const nb_ctok *t = &tp->toks.v[j];
        if (is_label(t, NB_L_BLOCK) || is_label(t, NB_L_HEADROW) ||
            (rows && (is_label(t, NB_L_MARK) || is_label(t, NB_L_COLUMN))))
            return; /* new columns */
        if (!is_label(t, NB_L_ROW)) continue;
        rows++;
        size_t k = j; /* the last token on the row's line */
        while (k + 1 < tp->toks.n && tp->toks.v[k + 1].span.line == t->span.line) k++;
        nb_ctok *v = &tp->toks.v[k];
        if (k == j || v->kind != NB_C_NUM || v->is_null) continue;
        v->is_null = 1; /* a value whose cell stays null, where the row's cells are counted as before */
        nb_diag_add(tp->r, "warning", "column-cut", &v->span,
                    "%s: the column header \"%s\" at the end of its line is a label cut short (%s?), as by a "
                    "print cut at the page's edge: \"%.*s\" at the end of the row's line may be cut too; left null",
                    t->label.key, s, label, (int)(v->raw.n > 40 ? 40 : v->raw.n), v->raw.p);
    }
}

/* Whether token i ends a header line: the last on its line, after a column label of that line (in its
 * own cell, 采购项目数量采购总, or one before it). A piece alone on its line (本年 of a group label
 * printed two characters a line, 处理 of 不予处理) or after other pieces (社会 法律 of a header wrapped
 * in narrow cells) is none. */
static int ends_header(const nb_tparse *tp, size_t i)
{
    const nb_ctok *t = &tp->toks.v[i];
    if (i + 1 < tp->toks.n && tp->toks.v[i + 1].span.line == t->span.line) return 0;
    if (t->kind == NB_C_LABEL) return is_label(t, NB_L_MARK) || is_label(t, NB_L_COLUMN);
    for (size_t j = i; j-- > 0 && tp->toks.v[j].span.line == t->span.line;)
        if (is_label(&tp->toks.v[j], NB_L_MARK) || is_label(&tp->toks.v[j], NB_L_COLUMN)) return 1;
    return 0;
}

void nb_cut_columns(nb_tparse *tp)
{
    for (size_t i = 0; i < tp->toks.n; i++) {
        if (!ends_header(tp, i)) continue;
        const nb_ctok *t = &tp->toks.v[i];
        const char *s = unread(tp, t), *label = cut_label(tp->ed, s);
        if (label && !continued(tp, i, label + strlen(s))) cut_rows(tp, i, s, label);
    }
}
