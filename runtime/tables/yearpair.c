/* yearpair.c — this year's count beside last year's in one cell (yearpair.h). */
#include "yearpair.h"

#include <string.h>

#include "numbers.h"
#include "utf8.h"

enum { NOTE_REACH = 6000, /* bytes before the cell its note may stand at: above its table */
       MAX_NOTES = 64 };  /* notes kept (a report has one or two a table) */

/* A note: where it ends, and the years it names for the sides of a slash (0: not named). */
typedef struct year_note {
    size_t at;
    int before, after;
} year_note;

struct nb_year_notes {
    year_note v[MAX_NOTES];
    int n;
};

/* The notes of the text [s, e), in its order: “/”前为2023年 … “/”后为2022年 (the quote marks around the
 * slash any or none; either side alone will do), or (2023年/2022年); with the blanks a print's text sets
 * (前为 2023 年). Found once per report: a cell then looks its note up, and a text of many such cells
 * is not scanned again for each. */
static void find_notes(const unsigned char *s, const unsigned char *e, struct nb_year_notes *out)
{
    out->n = 0;
    for (const unsigned char *p = s; (p = memchr(p, '/', (size_t)(e - p))) != NULL; p++) {
        year_note note = {(size_t)(p - s), 0, 0};
        const unsigned char *q = p + 1;
        if (q < e && *q == '"') q++;
        else if (e - q >= 3 && (!memcmp(q, "”", 3) || !memcmp(q, "’", 3))) q += 3;
        q = nb_skip_blanks(q, e);
        if (e - q >= 6 && (!memcmp(q, "前为", 6) || !memcmp(q, "后为", 6))) {
            int y = nb_year_at(nb_skip_blanks(q + 6, e), e, NULL);
            if (!y) continue;
            if (!memcmp(q, "前为", 6)) note.before = y;
            else note.after = y;
        } else { /* 2023年/2022年 */
            note.before = nb_year_before(s, p);
            note.after = note.before ? nb_year_at(nb_skip_blanks(p + 1, e), e, NULL) : 0;
            if (!note.after) continue;
        }
        if (out->n == MAX_NOTES) return;
        out->v[out->n++] = note;
    }
}

/* A count alone at [s, e): digits, maybe a decimal point; *v its value. */
static int count_at(const unsigned char *s, const unsigned char *e, double *v)
{
    int is_null = 0;
    const char *unit = NULL;
    nb_trim(&s, &e);
    return s < e && nb_digit_at(s, e, NULL) && nb_parse_number(s, e, v, &is_null, &unit) && !is_null && !unit;
}

int nb_year_pair(nb_report *r, size_t at, const unsigned char *s, const unsigned char *e, double *value, int *side)
{
    const unsigned char *slash = memchr(s, '/', (size_t)(e - s));
    double a, b;
    if (!r->year || !slash || memchr(slash + 1, '/', (size_t)(e - slash - 1)) || !count_at(s, slash, &a) ||
        !count_at(slash + 1, e, &b))
        return 0;
    if (!r->year_notes) {
        r->year_notes = nb_arena_alloc(&r->arena, sizeof *r->year_notes);
        const unsigned char *t = (const unsigned char *)r->text.data;
        find_notes(t, t + r->text.len, r->year_notes);
    }
    /* the notes within reach before the cell: each side's year as the last of them names it */
    int before = 0, after = 0;
    for (int i = 0; i < r->year_notes->n; i++) {
        const year_note *n = &r->year_notes->v[i];
        if (n->at >= at) break;
        if (n->at + NOTE_REACH < at) continue;
        if (n->before) before = n->before;
        if (n->after) after = n->after;
    }
    if (before == r->year && after != r->year) *side = 0, *value = a;
    else if (after == r->year && before != r->year) *side = 1, *value = b;
    else return 0;
    return 1;
}
