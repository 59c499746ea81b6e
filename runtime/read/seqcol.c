/* seqcol.c — a leading column of row numbers in a table's TAB rows, blanked; see seqcol.h. */
#include "seqcol.h"

#include <stdio.h>
#include <string.h>

/* The length of the blank at p (< e): a space, \r, a form feed (a print's page break), NBSP or an
 * ideographic space; 0 for none. */
static size_t blank_at(const char *p, const char *e)
{
    if (*p == ' ' || *p == '\r' || *p == '\f') return 1;
    if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) return 2;
    if (e - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x80)
        return 3;
    return 0;
}

/* [s, e) without the blanks around and between its characters, in w (of size n); its length, or
 * (size_t)-1 when it does not fit. */
static size_t squeeze(const char *s, const char *e, char *w, size_t n)
{
    size_t k = 0;
    while (s < e) {
        size_t b = blank_at(s, e);
        if (b) {
            s += b;
            continue;
        }
        if (k == n) return (size_t)-1;
        w[k++] = *s++;
    }
    return k;
}

/* Whether [s, e) is the header of a row-number column: 序号 or 编号, blanks around or between. */
static int seq_header(const char *s, const char *e)
{
    char w[16];
    size_t n = squeeze(s, e, w, sizeof w);
    return n == 6 && (!memcmp(w, "序号", 6) || !memcmp(w, "编号", 6));
}

/* Whether [s, e), blanks aside, is the one character c (of 3 bytes). */
static int is_char(const char *s, const char *e, const char *c)
{
    char w[8];
    return squeeze(s, e, w, sizeof w) == 3 && !memcmp(w, c, 3);
}

/* The first cell of [s, e) trimmed: its value as a row number (ASCII digits, 1 to 999), 0 when it
 * is empty, -1 when it is anything else. */
static int row_number(const char *s, const char *e)
{
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    if (s == e) return 0;
    if (e - s > 3 || *s == '0') return -1;
    int v = 0;
    for (; s < e; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

/* The end of the line at p (its \n or the text's end). */
static const char *line_end(const char *p, const char *lim)
{
    const char *nl = memchr(p, '\n', (size_t)(lim - p));
    return nl ? nl : lim;
}

/* The start of the line after the one at p, or lim. */
static const char *next_line(const char *p, const char *lim)
{
    const char *e = line_end(p, lim);
    return e < lim ? e + 1 : e;
}

/* The end of the first cell of the line [s, e): its TAB, or for a line without one (lynx writes a
 * header row in blanks; a print sets its cells apart with spaces) the end of its first word, blanks
 * before it skipped. */
static const char *first_cell_end(const char *s, const char *e)
{
    const char *tab = memchr(s, '\t', (size_t)(e - s));
    if (tab) return tab;
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (s < e && !blank_at(s, e)) s++;
    return s;
}

/* The byte column where the line [s, e)'s first word starts. */
static size_t indent(const char *s, const char *e)
{
    const char *f = s;
    size_t b;
    while (f < e && (b = blank_at(f, e))) f += b;
    return (size_t)(f - s);
}

/* Lines a header may take under the 序号 row before the first numbered one: 申请人情况's second and
 * third rows (html2text and lynx write them with their own cells only, no empty first); in a print
 * the column heads a character or two a line (商 / 业 / 企 / 业) and the first row's label wrapped
 * above its numbers. */
enum { HEAD_ROWS = 10 };

/* Lines a print may put between two numbered rows: a row label wrapped over several lines around
 * its numbers, a group label a character a line, a page break, lines its cells were moved out of. */
enum { GAP_LINES = 12 };

/* The lines a print may put between the 序 and the 号 of a column head a character a line (a narrow
 * page wraps the header's text beside them over four lines). */
enum { HEAD_APART = 4 };

/* With a print, a column's head may stand a character a line: 序 on the first, 号 at the same
 * column on one of the next HEAD_APART (the header's text wrapped beside and between them). The
 * line of the 号, or NULL. */
static const char *split_header(const char *h, const char *lim)
{
    const char *he = line_end(h, lim);
    const char *c = first_cell_end(h, he);
    if (memchr(h, '\t', (size_t)(he - h)) || !(is_char(h, c, "序") || is_char(h, c, "编"))) return NULL;
    size_t col = indent(h, he);
    const char *s = next_line(h, lim);
    for (int k = 0; k < HEAD_APART && s < lim; k++, s = next_line(s, lim)) {
        const char *e = line_end(s, lim);
        if (indent(s, e) == col && is_char(s, first_cell_end(s, e), "号")) return s;
    }
    return NULL;
}

/* Whether, in the GAP_LINES lines from s, the first TAB row's first cell is the row number next:
 * the numbers go on after lines that are no row. */
static int resumes(const char *s, const char *lim, int next)
{
    for (int k = 0; k < GAP_LINES && s < lim; k++, s = next_line(s, lim)) {
        const char *e = line_end(s, lim);
        if (memchr(s, '\t', (size_t)(e - s))) return row_number(s, first_cell_end(s, e)) == next;
    }
    return 0;
}

/* From the header's last line at h (its first cell 序号 / 编号, or the 号 under a 序), the rows
 * after it: the start of the line after the column's last row when, after at most HEAD_ROWS header
 * lines, TAB rows follow whose first cells are empty or run 1, 2, 3 … (three at least), lines that
 * are no TAB row between them only where the run goes on after them; else NULL. */
static const char *column_end(const char *h, const char *lim)
{
    int next = 1, head = 0;
    const char *p = line_end(h, lim);
    while (p < lim) {
        const char *s = p + 1, *e = line_end(s, lim);
        int tab = memchr(s, '\t', (size_t)(e - s)) != NULL;
        int v = tab ? row_number(s, first_cell_end(s, e)) : -1;
        if (next == 1 && v != 1) { /* a header row (TAB or not, its first cell text or empty) */
            if (++head > HEAD_ROWS || s == e) return NULL;
        } else if (!tab) {
            if (!resumes(s, lim, next)) break; /* else a wrapped label's line, not the table's end */
        } else if (v < 0 || (v && v != next)) {
            return NULL;
        } else if (v) {
            next++;
        }
        p = e;
    }
    return next > 3 ? (p < lim ? p + 1 : p) : NULL;
}

/* Blanks the first cell of the line at s (to lim), with its TAB, keeping a page break's form feed. */
static void blank_first_cell(char *s, const char *lim)
{
    char *e = (char *)line_end(s, lim), *c = (char *)first_cell_end(s, e);
    if (c < e && *c == '\t') c++;
    for (; s < c; s++)
        if (*s != '\r' && *s != '\f') *s = ' ';
}

/* Blanks the row numbers of the column from the line at s to end: a TAB row's first cell when it
 * is empty or a number (the header rows' empty cells, the run); a header row's first cell that is
 * text is another column's, and a line that is no TAB row keeps its words. The rows blanked. */
static size_t blank_rows(char *s, const char *end, const char *lim)
{
    size_t rows = 0;
    for (; s < end; s = (char *)next_line(s, lim)) {
        const char *e = line_end(s, lim);
        if (!memchr(s, '\t', (size_t)(e - s)) || row_number(s, first_cell_end(s, e)) < 0) continue;
        blank_first_cell(s, lim);
        rows++;
    }
    return rows;
}

void nb_seqcol_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\t', t->len)) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim;) {
        char *e = (char *)line_end(p, lim);
        char *last = seq_header(p, first_cell_end(p, e)) ? p : (char *)split_header(p, lim);
        char *end = last ? (char *)column_end(last, lim) : NULL;
        if (!end) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        blank_first_cell(p, lim); /* the header's word (序号, or 序 and 号 a line apart) */
        if (last != p) blank_first_cell(last, lim);
        size_t rows = blank_rows((char *)next_line(last, lim), end, lim);
        if (diag) {
            char msg[160];
            snprintf(msg, sizeof msg, "a leading column of row numbers (序号) over %zu table rows dropped: no counts", rows);
            diag(ctx, "info", "row-numbers-dropped", msg, (size_t)(p - t->data));
        }
        p = end;
    }
}

/* ---- a column of sub-item numbers inside the label area ----------------------------------------
 * Word tables may give the sub-items of a block (（三）不予公开's 1 … 8) their numbers in a narrow
 * column of their own: `（三）不予公开 | 1 | 属于国家秘密 | 1 | 0 …`, the rows without one spanning
 * it. The number is the row's marker, part of its label, and no count. */

/* Cells a row is looked at in: a label area and the counts of the widest table 三. */
enum { ROW_CELLS = 24 };

/* The cells of the TAB row [s, e): their starts and ends in cs/ce; their count (at most ROW_CELLS,
 * the rest of the row in the last). */
static size_t row_cells(const char *s, const char *e, const char **cs, const char **ce)
{
    size_t n = 0;
    for (;;) {
        const char *tab = n + 1 < ROW_CELLS ? memchr(s, '\t', (size_t)(e - s)) : NULL;
        cs[n] = s;
        ce[n++] = tab ? tab : e;
        if (!tab) return n;
        s = tab + 1;
    }
}

/* Whether [s, e), blanks aside, is ASCII digits only (a count or a number), and not empty. */
static int digits_only(const char *s, const char *e)
{
    char w[32];
    size_t n = squeeze(s, e, w, sizeof w);
    if (n == 0 || n == (size_t)-1) return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return 1;
}

/* Whether [s, e) holds a character outside ASCII that is no blank: a label's text. */
static int wide_text(const char *s, const char *e)
{
    size_t b;
    for (; s < e; s += b ? b : 1)
        if ((b = blank_at(s, e)) == 0 && (unsigned char)*s >= 0x80) return 1;
    return 0;
}

/* Cell c of the row [s, e) as a sub-item marker: its number when it is one (1 to 999, every cell
 * left of it empty or text, the cell right of it a label, a count after that), 0 when cell c is
 * empty, text or absent, -1 when it is a number that is no marker (a count: the column is not one
 * of markers). */
static int marker_at(const char *s, const char *e, size_t c)
{
    const char *cs[ROW_CELLS], *ce[ROW_CELLS];
    size_t n = row_cells(s, e, cs, ce);
    if (c >= n || !digits_only(cs[c], ce[c])) return 0;
    for (size_t k = 0; k < c; k++)
        if (digits_only(cs[k], ce[k])) return -1;
    if (c + 2 >= n || !wide_text(cs[c + 1], ce[c + 1]) || digits_only(cs[c + 1], ce[c + 1])) return -1;
    int counts = 0;
    for (size_t k = c + 2; k < n; k++) counts |= digits_only(cs[k], ce[k]);
    int v = row_number(cs[c], ce[c]);
    return counts && v > 0 ? v : -1;
}

/* Whether the line [s, e) is a TAB row. */
static int tab_row(const char *s, const char *e) { return memchr(s, '\t', (size_t)(e - s)) != NULL; }

/* The end of the TAB rows from s: the first line that is none; *widest gets the most cells of one. */
static const char *rows_end(const char *s, const char *lim, size_t *widest)
{
    *widest = 0;
    for (; s < lim; s = next_line(s, lim)) {
        const char *e = line_end(s, lim), *cs[ROW_CELLS], *ce[ROW_CELLS];
        if (!tab_row(s, e)) break;
        size_t n = row_cells(s, e, cs, ce);
        if (n > *widest) *widest = n;
    }
    return s;
}

/* Whether column c of the TAB rows [s, end) is one of sub-item markers: every number in it a marker,
 * running 1, 2, 3 … and starting again at 1 (the next block's), up to 3 at least once. Stops at the
 * first number that is none (a count: most columns at the first row of counts). */
static int marker_column(const char *s, const char *end, const char *lim, size_t c)
{
    int prev = 0, top = 0;
    for (; s < end; s = next_line(s, lim)) {
        int v = marker_at(s, line_end(s, lim), c);
        if (v < 0 || (v > 0 && v != 1 && v != prev + 1)) return 0;
        if (v > 0) prev = v;
        if (v > top) top = v;
    }
    return top >= 3;
}

/* Blanks the markers of column c in the TAB rows [s, end) (the digits only: the cell stays, empty
 * like a spanned one's). The rows blanked. */
static size_t blank_markers(char *s, const char *end, const char *lim, size_t c)
{
    size_t rows = 0;
    for (; s < end; s = (char *)next_line(s, lim)) {
        const char *e = line_end(s, lim), *cs[ROW_CELLS], *ce[ROW_CELLS];
        if (marker_at(s, e, c) <= 0) continue;
        row_cells(s, e, cs, ce);
        for (char *p = (char *)cs[c]; p < ce[c]; p++)
            if (*p >= '0' && *p <= '9') *p = ' ';
        rows++;
    }
    return rows;
}

void nb_seqcol_blank_subitems(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\t', t->len)) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim;) {
        const char *e = line_end(p, lim);
        if (!tab_row(p, e)) {
            p = (char *)next_line(p, lim);
            continue;
        }
        size_t widest;
        const char *end = rows_end(p, lim, &widest);
        size_t found = 0;
        for (size_t c = 0; c + 2 < widest && !found; c++) { /* a marker has a label and a count after it */
            if (!marker_column(p, end, lim, c)) continue;
            found = blank_markers(p, end, lim, c);
            if (diag) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "a column of sub-item numbers (1 2 3 … beside the labels) over %zu table rows read as the "
                         "rows' markers: no counts", found);
                diag(ctx, "info", "subitem-numbers-dropped", msg, (size_t)(p - t->data));
            }
        }
        p = (char *)end;
    }
}

/* ---- a 序号 column in a text in reading order --------------------------------------------------
 * pdftotext -raw writes a print's text in the order the page draws it, what one line of the page holds
 * on one line, a blank between cells: a row's number, label and counts on a line (14 2.没有现成信息需要
 * 另行制作 98 7 0 0 0 5 110), or the number alone on the line before a row whose label wraps (5 / （三）
 * 不予公开 / 1.属于国家秘密 5 0 …). No TAB row holds them, and each reads as a count of a row. */

/* Lines such a header may take between 序号 and the first row: its column heads a piece a line. */
enum { READING_HEAD_LINES = 40 };

/* Whether [s, e) is a word of a number: digits, with the points, commas and per cent a count has. */
static int number_word(const char *s, const char *e)
{
    int digits = 0;
    for (; s < e; s++) {
        if (*s >= '0' && *s <= '9') digits = 1;
        else if (!strchr(".,%", *s)) return 0;
    }
    return digits;
}

/* The line [s, e) as a row's number in reading order: its first word when that is a row number (1 to
 * 999) alone on the line or followed by a word that is no number (a label: 2.其他… is one word); 0 for
 * any other line; -1 for a line no such text has (a TAB row, or words set apart by two blanks or more:
 * a print's columns as pdftotext -layout keeps them, which columns.c reads). */
static int reading_number(const char *s, const char *e)
{
    if (memchr(s, '\t', (size_t)(e - s))) return -1;
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    for (const char *q = s; q + 1 < e; q++)
        if (*q == ' ' && q[1] == ' ') return -1;
    const char *w = first_cell_end(s, e);
    int v = row_number(s, w);
    if (v <= 0 || w == e) return v < 0 ? 0 : v;
    const char *n = w + 1, *ne = first_cell_end(n, e);
    return number_word(n, ne) ? 0 : v;
}

/* From the header's last line at h (序号, or the 号 under a 序), the end of the numbers' run: the rows
 * numbered 1, 2, 3 … (three at least) by their lines' first words, after at most READING_HEAD_LINES
 * header lines and at most GAP_LINES between two (a label wrapped over lines, a row's counts on a line
 * of their own); the run ends at a line numbered out of turn. The start of the line after the run's
 * last number, or NULL (too few, or no such text). */
static const char *reading_end(const char *h, const char *lim)
{
    int next = 1, apart = 0;
    const char *last = NULL;
    for (const char *s = next_line(h, lim); s < lim; s = next_line(s, lim)) {
        int v = reading_number(s, line_end(s, lim));
        if (v < 0) return NULL;
        if (v == next) {
            next++;
            apart = 0;
            last = s;
        } else if (v > 0 || ++apart > (next == 1 ? READING_HEAD_LINES : GAP_LINES)) {
            break;
        }
    }
    return next > 3 ? next_line(last, lim) : NULL;
}

/* Blanks the run's numbers from the line at s to end: each line's first word when it is the next. */
static size_t blank_reading(char *s, const char *end, const char *lim)
{
    int next = 1;
    for (; s < end; s = (char *)next_line(s, lim))
        if (reading_number(s, line_end(s, lim)) == next) {
            blank_first_cell(s, lim);
            next++;
        }
    return (size_t)(next - 1);
}

/* Whether [s, e)'s first character, blanks aside, is 序 or 编: the only lines a 序号 header starts (a
 * test of a few bytes before the ones that walk the line, for every line of every text) */
static int starts_seq(const char *s, const char *e)
{
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    return e - s >= 3 && (!memcmp(s, "序", 3) || !memcmp(s, "编", 3));
}

void nb_seqcol_blank_reading(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim;) {
        char *e = (char *)line_end(p, lim);
        /* the head alone on its line (a header a cell a line): a 统计表's 序号 统计指标 单位 … line heads
           rows whose leading number its own reader takes */
        char *last = !starts_seq(p, e) ? NULL : seq_header(p, e) ? p : (char *)split_header(p, lim);
        if (last && last != p && !(is_char(p, e, "序") || is_char(p, e, "编"))) last = NULL;
        if (last && last != p && !is_char(last, line_end(last, lim), "号")) last = NULL;
        char *end = last ? (char *)reading_end(last, lim) : NULL;
        if (!end) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        blank_first_cell(p, lim);
        if (last != p) blank_first_cell(last, lim);
        size_t rows = blank_reading((char *)next_line(last, lim), end, lim);
        if (diag) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "a column of row numbers (序号) over %zu table rows in reading order (a line's first word) "
                     "dropped: no counts", rows);
            diag(ctx, "info", "row-numbers-dropped", msg, (size_t)(p - t->data));
        }
        p = end;
    }
}

/* ---- a cell a line (docx2txt, LibreOffice's text export of a Word table) ---- */

/* Non-blank lines a row may take between two row numbers: its label, wrapped or not, a group label
 * before it, its seven counts, the header's heads a word a line before the first. */
enum { CELL_LINES_GAP = 60 };

/* The line [s, e) as a number alone on it, no TAB: its value as a row number, or 0. */
static int number_alone(const char *s, const char *e)
{
    if (memchr(s, '	', (size_t)(e - s))) return 0;
    int v = row_number(s, e);
    return v > 0 ? v : 0;
}

/* Whether [s, e) holds a CJK ideograph (U+4E00..U+9FFF: lead bytes E4..E9): a label's line, where a
 * count's (5068, —, 0件) has none but a unit. */
static int has_ideograph(const char *s, const char *e)
{
    for (; s + 2 < e; s++)
        if ((unsigned char)*s >= 0xE4 && (unsigned char)*s <= 0xE9 && ((unsigned char)s[1] & 0xC0) == 0x80) return 1;
    return 0;
}

/* The next line after s that is not blank, or lim. */
static const char *next_filled(const char *s, const char *lim)
{
    for (s = next_line(s, lim); s < lim; s = next_line(s, lim)) {
        const char *e = line_end(s, lim);
        if (indent(s, e) < (size_t)(e - s) && !(e - s == 1 && *s == '\r')) return s;
    }
    return lim;
}

/* Whether the line at s is row number `next` of a 序号 column a cell a line: the number alone on its
 * line, the next line that is not blank a label (an ideograph in it). A count equal to it stands
 * before another count, or before the next row's number. */
static int cell_line_number(const char *s, const char *lim, int next)
{
    if (number_alone(s, line_end(s, lim)) != next) return 0;
    const char *n = next_filled(s, lim);
    return n < lim && has_ideograph(n, line_end(n, lim)) && !number_alone(n, line_end(n, lim));
}

/* Whether [s, e), blanks aside, is an outline code alone (7.1, 2.3.4): a 统计表's 序号 column numbers its
 * rows so, and its own reader takes the codes (statistics.c); none is blanked here. */
static int outline_code(const char *s, const char *e)
{
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t')) e--;
    int dots = 0, digit = 0;
    for (; s < e; s++) {
        if (*s >= '0' && *s <= '9') digit = 1;
        else if (*s == '.' && digit) dots++, digit = 0;
        else return 0;
    }
    return dots && digit;
}

/* From the header's line h (序号 alone), the rows numbered 1, 2, 3 … as cell_line_number finds them, at
 * most CELL_LINES_GAP lines that are not blank apart; blank = 1: their numbers blanked. How many; 0
 * where an outline code stands among them. */
static int cell_lines_run(char *h, const char *lim, int blank)
{
    int next = 1, apart = 0;
    for (char *s = (char *)next_line(h, lim); s < lim && apart <= CELL_LINES_GAP; s = (char *)next_line(s, lim)) {
        const char *e = line_end(s, lim);
        if (indent(s, e) == (size_t)(e - s)) continue;
        if (outline_code(s, e)) return 0;
        if (cell_line_number(s, lim, next)) {
            if (blank) blank_first_cell(s, lim);
            next++;
            apart = 0;
        } else {
            apart++;
        }
    }
    return next - 1;
}

void nb_seqcol_blank_cell_lines(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim; p = (char *)next_line(p, lim)) {
        const char *e = line_end(p, lim);
        if (!starts_seq(p, e) || !seq_header(p, e) || memchr(p, '\t', (size_t)(e - p))) continue;
        int rows = cell_lines_run(p, lim, 0);
        if (rows < 3) continue;
        cell_lines_run(p, lim, 1);
        blank_first_cell(p, lim);
        if (diag) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "a column of row numbers (序号) over %d table rows a cell a line (each number alone on its "
                     "line before its row's label) dropped: no counts", rows);
            diag(ctx, "info", "row-numbers-dropped", msg, (size_t)(p - t->data));
        }
    }
}
