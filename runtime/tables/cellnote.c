/* cellnote.c — notes in brackets after a cell's number taken out of the cells (cellnote.h). */
#include "cellnote.h"

#include <string.h>

#include "utf8.h"

enum { MAX_NOTE_CHARS = 20 }; /* （其中修订2件）; a header's long aside in brackets is no such note */

/* Whether [s, e) is one pair of brackets around a short text with a character that is no numeral:
 * a note of the cell, not a header's long aside, nor a row's mark (（一）, (3)). Stricter than
 * grid_md.c's note_starts, which only keeps such a line with the cell above it; this one takes the
 * text out of the cells. */
static int note_alone(const unsigned char *s, const unsigned char *e)
{
    if (!nb_bracketed(s, e)) return 0;
    int chars = 0, numeral = 1;
    static const char numerals[] = "一二三四五六七八九十０１２３４５６７８９";
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e), chars++) {
        if (nb_bracket_opens(p, e) || nb_bracket_closes(p, e)) continue;
        int digit = *p >= '0' && *p <= '9';
        for (const char *d = numerals; *d && !digit && e - p >= 3; d += 3) digit = !memcmp(p, d, 3);
        numeral &= digit;
    }
    return !numeral && chars - 1 <= MAX_NOTE_CHARS; /* the characters before the closing bracket */
}

/* Whether only blanks and at most one line end stand in [s, e). */
static int next_to(const unsigned char *s, const unsigned char *e)
{
    int ends = 0;
    for (const unsigned char *p = s; p < e;) {
        if (*p == '\n') ends++, p++;
        else if (*p == '\r' || *p == '\t') p++;
        else if (nb_blank_at(p, e)) p += nb_blank_at(p, e);
        else return 0;
    }
    return ends <= 1;
}

void nb_notes_apart(nb_tparse *tp)
{
    const unsigned char *text = (const unsigned char *)tp->r->text.data;
    size_t len = tp->r->text.len, k = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        nb_ctok *t = &tp->toks.v[i];
        const nb_ctok *prev = k ? &tp->toks.v[k - 1] : NULL;
        if (t->kind == NB_C_TEXT && prev && prev->kind == NB_C_NUM && !prev->is_null) {
            const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
            size_t from = prev->span.byte + prev->raw.n, to = t->span.byte;
            if (note_alone(s, e) && from <= to && to <= len && next_to(text + from, text + to)) {
                nb_diag_add(tp->r, "warning", "cell-note", &t->span,
                            "\"%.*s\" after the number %.*s: a note of its cell, set aside; the row's other cells read "
                            "after it", (int)t->raw.n, t->raw.p, (int)prev->raw.n, prev->raw.p);
                continue;
            }
        }
        tp->toks.v[k++] = *t;
    }
    tp->toks.n = k;
}
