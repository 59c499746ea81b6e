/* rowline.c — a line of the lexer's text as a table row: the run of blank-separated numbers that ends
 * it (a number as cells write it, thousands commas, units, full-width digits, a note in brackets),
 * and a whole row on one line. */
#include <string.h>

#include "lexer_int.h"
#include "numbers.h"
#include "utf8.h"

/* A comma at c that groups thousands inside the chunk [cs, ce): a digit before it, three digits after
 * it and then the chunk's end, another such comma or a decimal point (20,538; 1,234,567.5). */
static int thousands_comma(const unsigned char *cs, const unsigned char *c, const unsigned char *ce)
{
    if (*c != ',' || c == cs || c[-1] < '0' || c[-1] > '9' || ce - c < 4) return 0;
    for (int i = 1; i <= 3; i++)
        if (c[i] < '0' || c[i] > '9') return 0;
    return c + 4 == ce || c[4] == ',' || c[4] == '.';
}

/* A chunk [s, q) that ends in a unit (2480.75万元, 36件) or a full-width digit (１２): it may be a
 * number as a cell writes it, for nb_parse_number to say. */
static int unit_or_wide_end(const unsigned char *s, const unsigned char *q)
{
    if (q - s >= 3 && q[-3] == 0xEF && q[-2] == 0xBC && q[-1] >= 0x90 && q[-1] <= 0x99) return 1;
    return (q - s >= 3 && nb_unit_word(q - 3, q)) || (q - s >= 6 && nb_unit_word(q - 6, q));
}

/* The chunk [cs, ce) a unit alone (件) after a number and blanks: where that number starts, the two
 * one cell (Writer's PDF sets a cell's 1件 in two fonts, and pdftotext writes a blank between the
 * runs: 规章 1 件 0 件 6 件); else cs. */
static const unsigned char *unit_apart(const unsigned char *s, const unsigned char *cs, const unsigned char *ce)
{
    if (!nb_unit_word(cs, ce)) return cs;
    const unsigned char *q = cs;
    while (q > s && (q[-1] == ' ' || q[-1] == '\t')) q--;
    if (q == cs || q == s || q[-1] < '0' || q[-1] > '9') return cs;
    const unsigned char *n = q;
    while (n > s && ((n[-1] >= '0' && n[-1] <= '9') || n[-1] == '.' || n[-1] == ',')) n--;
    if (n > s && n[-1] != ' ' && n[-1] != '\t') return cs; /* a number glued to text before it */
    return n;
}

/* A chunk [s, q) that ends in a closing bracket: it may be a number with a note after it, as a cell
 * writes one (12（含修订3件）, 5(其中2件转办)). */
static int bracket_end(const unsigned char *s, const unsigned char *q)
{
    return (q > s && q[-1] == ')') || (q - s >= 3 && !memcmp(q - 3, "）", 3));
}

/* The chunk [cs, ce) is a number, then a note in brackets that ends it, as the cell reader reads
 * one (nb_number_with_note; it takes the number and says it set the note aside: celltok.c,
 * cell-note). Here the chunk ends a line that may be prose, whose brackets hold clauses (…（第3条）):
 * the note is a cell's only when it is short and plain, at most 60 bytes, not empty, no bracket of
 * its own. */
static int number_with_note(const unsigned char *cs, const unsigned char *ce)
{
    double v;
    int none;
    const char *unit;
    const unsigned char *b = nb_number_with_note(cs, ce, &v, &none, &unit);
    if (!b) return 0;
    size_t open = *b == '(' ? 1 : 3, close = ce[-1] == ')' ? 1 : 3;
    if ((size_t)(ce - b) < open + close + 1 || ce - b > 60 + 6) return 0;
    for (const unsigned char *p = b + open; p < ce - close; p++)
        if (*p == '(' || *p == ')' || (ce - close - p >= 3 && (!memcmp(p, "（", 3) || !memcmp(p, "）", 3)))) return 0;
    return 1;
}

/* The chunk [cs, ce) is a number and a note mark glued after it, the note under the table (322①,
 * 4126*): as the cell reader reads one (nb_number_with_mark; celltok.c, cell-note). */
static int number_with_mark(const unsigned char *cs, const unsigned char *ce)
{
    double v;
    int none;
    const char *unit;
    return nb_number_with_mark(cs, ce, &v, &none, &unit) != NULL;
}

/* The chunk before run (after s) is a word that makes the number at run approximate (约 20: numbers.h). */
static int approximated(const unsigned char *s, const unsigned char *run)
{
    const unsigned char *q = run, *c;
    while (q > s && (q[-1] == ' ' || q[-1] == '\t')) q--;
    if (q == run) return 0;
    for (c = q; c > s && c[-1] != ' ' && c[-1] != '\t';) c--;
    return nb_approx_before(c, q);
}

/* The run of blank-separated numbers (or dashes, slashes: blank cells) that ends [s, e), as in
 * 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1. Returns where the run starts (e if there is none)
 * and sets *count; a number glued to the text before it is not part of the run. */
const unsigned char *nb_trailing_numbers(const unsigned char *s, const unsigned char *e, int *count)
{
    static const char *dashes[] = {"—", "–", "－", "／", "——", "〇"}; /* (and 〇, the numeral zero: a cell) */
    int nums = 0;
    const unsigned char *q = e, *run = e, *ts = s;
    nb_trim(&ts, &q); /* w3m and lynx pad the last cell of a row with blanks to its column's width */
    while (q > s && nums < 64) {
        /* a chunk that cannot be a number by its last byte ends the run without a walk over it (a
         * line of prose is one long chunk): digits . + - / and the last bytes of the dashes and 〇 */
        unsigned last = q[-1];
        int wide = unit_or_wide_end(s, q), note = bracket_end(s, q), mark = nb_note_mark_at_end(s, q) > 0;
        int comma = last == ',' || (q - s >= 3 && !memcmp(q - 3, "，", 3)); /* (a cut number: 1, or １，) */
        if (!((last >= '0' && last <= '9') || last == '.' || last == '+' || last == '-' || last == '/' ||
              last == 0x93 || last == 0x94 || last == 0x8D || last == 0x8F || last == 0x87 || wide || note || mark ||
              comma))
            break;
        const unsigned char *ce = q, *cs = q;
        /* walk back over one chunk, a character at a time */
        while (cs > s) {
            const unsigned char *c = cs - 1;
            while (c > s && (*c & 0xC0) == 0x80) c--;
            if (nb_blank_at(c, cs)) break;
            cs = c;
        }
        cs = unit_apart(s, cs, ce);
        int ok = cs < ce;
        for (const unsigned char *c = cs; c < ce && ok; c++)
            ok = (*c >= '0' && *c <= '9') || *c == '.' || *c == '+' || *c == '-' || *c == '/' || thousands_comma(cs, c, ce);
        for (size_t i = 0; i < sizeof dashes / sizeof dashes[0] && !ok; i++)
            ok = (size_t)(ce - cs) == strlen(dashes[i]) && memcmp(cs, dashes[i], (size_t)(ce - cs)) == 0;
        if (!ok && wide) ok = nb_is_number(cs, ce, NULL);
        if (!ok && note) ok = number_with_note(cs, ce);
        if (!ok && mark) ok = number_with_mark(cs, ce);
        const unsigned char *ls, *le;
        if (!ok && cs[0] == '[') ok = nb_linked_number(cs, ce, &ls, &le); /* ([16]263, elinks' link) */
        /* the head of a number cut inside its thousands group (１，３ of １，３７２ wrapped in its
           cell): a cell of its own, which makes no number (celltok.c) */
        if (!ok && (wide || comma || (last >= '0' && last <= '9'))) ok = nb_cut_number(cs, ce);
        if (!ok || cs == s) break; /* a line of numbers only has no label: not counted here */
        nums++;
        run = cs;
        q = cs;
        while (q > s) {
            const unsigned char *c = q - 1;
            while (c > s && (*c & 0xC0) == 0x80) c--;
            if (!nb_blank_at(c, q)) break;
            q = c;
        }
        if (q == cs) break;
    }
    if (nums && approximated(s, run)) { /* 约 20 3 0 …: that first number is no count, nor a cell's */
        while (run < e && !nb_blank_at(run, e)) run += nb_u8len(run, e);
        run = nb_skip_blanks(run, e);
        nums--;
    }
    *count = nums;
    return nums ? run : e;
}

/* A whole table row on one line: cells separated by tabs or pipes, or a label followed by at least
 * two blank-separated numbers. */
int nbl_is_row_line(const unsigned char *s, const unsigned char *e)
{
    if (s < e && *s == '|') return 1;
    if (memchr(s, '\t', (size_t)(e - s))) return 1;
    int nums;
    const unsigned char *run = nb_trailing_numbers(s, e, &nums);
    if (nums >= 2) return 1;
    /* a row of numbers alone (the cells of table 四 under its header): its first number is where
     * nb_trailing_numbers wants a label */
    const unsigned char *ls = s, *le = run;
    nb_trim(&ls, &le);
    if (nums < 1 || ls >= le) return 0;
    for (const unsigned char *p = ls; p < le; p++)
        if (!((*p >= '0' && *p <= '9') || *p == '.' || *p == '+' || *p == '-')) return 0;
    return 1;
}
