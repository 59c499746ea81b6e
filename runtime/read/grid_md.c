/* grid_md.c — Markdown tables into rows of cells:
 *
 * - pipe tables (pandoc -t gfm, html2text for plain tables): a header line, an alignment row
 *   (|---|:--:|), rows of cells between bars; \| is a bar inside a cell;
 *   a row goes on at the next lines where pandoc wrapped it inside an inline tag it kept;
 * - html2text's tables whose cells hold paragraphs: a cell a paragraph or more, a line holding only
 *   | between two cells, a row ending in a hard break ("  ") and a line of blanks, and the alignment
 *   row (---|---) after the first row. Nothing marks where such a table starts but that alignment
 *   row, so a first row's first cell is the one paragraph before its first bar, and a table's rows
 *   end where the next table's first row starts; a row is only ever cells, separators and the end
 *   mark, or the table ends before it. */
#include <string.h>
#include <strings.h>

#include "grid_int.h"
#include "numbers.h"
#include "rowstart.h"
#include "utf8.h"

typedef enum { L_EMPTY, L_BLANKS, L_BAR, L_TEXT, L_END } lkind; /* L_END: text ending in a hard break */

static lkind kind(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    if (s == e) return L_EMPTY;
    const char *p = s;
    while (p < e && *p == ' ') p++;
    if (p == e) return L_BLANKS;
    const char *q = e;
    while (q > p && q[-1] == ' ') q--;
    if (q - p == 1 && *p == '|') return L_BAR;
    return e - q >= 2 ? L_END : L_TEXT;
}

/* An alignment row: bars, dashes (with colons) and blanks, a dash at least; bars unless it is one
 * column (html2text writes ---). *bars: whether it has any. */
static int alignment_row(gtext *t, size_t i, int *bars)
{
    size_t n = nb_gel_line(t, i);
    int dash = 0;
    *bars = 0;
    for (size_t k = 0; k < n; k++) {
        const gel *e = &t->el[k];
        if (e->tok == NB_G_BAR) *bars = 1;
        else if (e->tok == NB_G_ALIGN || (e->tok == NB_G_RULE && t->s[e->off] == '-' && !memchr(t->s + e->off, '+', e->len)))
            dash = 1;
        else if (e->tok != NB_G_BLANK && e->tok != NB_G_CR) return 0;
    }
    return dash;
}

/* Drops the inline HTML tags of a cell (<span style=…>1873</span>: pandoc keeps a page's spans). */
static void drop_tags(nb_buf *c)
{
    size_t w = 0;
    for (size_t r = 0; r < c->len;) {
        char ch = c->data[r];
        char nx = r + 1 < c->len ? c->data[r + 1] : 0;
        if (ch == '<' && ((nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z') || nx == '/')) {
            const char *gt = memchr(c->data + r, '>', c->len - r);
            if (gt) {
                /* a superscript is a note's mark (9143<sup><a href="#_ftn1">1</a></sup>, a footnote a CMS
                   or LibreOffice sets so): bracketed as Word writes one, [1], never glued onto the count */
                size_t tl = (size_t)(gt - c->data) - r;
                if ((tl == 4 || (tl > 4 && c->data[r + 4] == ' ')) && !strncasecmp(c->data + r + 1, "sup", 3))
                    c->data[w++] = '[';
                else if (tl == 5 && !strncasecmp(c->data + r + 1, "/sup", 4))
                    c->data[w++] = ']';
                r = (size_t)(gt - c->data) + 1;
                continue;
            }
        }
        c->data[w++] = c->data[r++];
    }
    c->len = w;
    if (c->data) c->data[w] = 0;
    const char *s = c->data ? c->data : "";
    nb_buf t;
    nb_buf_init(&t);
    nb_gcell_join(&t, s, s + w); /* trimmed again: the tags may have held the padding */
    nb_buf_free(c);
    *c = t;
}

/* Drops a cell's inline tags and marks: its text as the page shows it. */
static void finish_cell(nb_buf *c)
{
    if (c->data && memchr(c->data, '<', c->len)) drop_tags(c);
    nb_gcell_drop_marks(c);
}

/* Cuts line i at its bars (not \|) into cells appended to row; outer bars start and end the row.
 * raw: the cells as written, tags and marks kept (the row goes on at the next line, finish_cell
 * comes once it is whole). */
static size_t pipe_cells_as(gtext *t, size_t i, nb_buf *row, size_t cap, int raw)
{
    size_t n = nb_gel_line(t, i), nc = 0, from = t->lines[i].start;
    size_t a = 0, b = n;
    while (a < b && (t->el[a].tok == NB_G_BLANK || t->el[a].tok == NB_G_CR)) a++;
    while (b > a && (t->el[b - 1].tok == NB_G_BLANK || t->el[b - 1].tok == NB_G_CR)) b--;
    int lead = a < b && t->el[a].tok == NB_G_BAR;
    if (lead) from = t->el[a].off + t->el[a].len; /* a bar may be │ or ║, three bytes */
    for (size_t k = a + lead; k <= b && nc < cap; k++) {
        int bar = k < b && t->el[k].tok == NB_G_BAR && !(k > 0 && t->s[t->el[k].off - 1] == '\\');
        if (k < b && !bar) continue;
        size_t to = k < b ? t->el[k].off : (b ? t->el[b - 1].off + t->el[b - 1].len : from);
        if (k == b && lead && b > a + 1 && t->el[b - 1].tok == NB_G_BAR) break; /* the closing bar */
        nb_buf_init(&row[nc]);
        nb_gcell_join(&row[nc], t->s + from, t->s + to);
        if (!raw) finish_cell(&row[nc]);
        nc++;
        from = to + (k < b ? t->el[k].len : 1);
    }
    return nc;
}

static size_t pipe_cells(gtext *t, size_t i, nb_buf *row, size_t cap) { return pipe_cells_as(t, i, row, cap, 0); }

/* Whether line i ends inside an HTML tag (<span followed by its attributes on the next line), given
 * whether it starts inside one. pandoc -t gfm keeps a Word page's inline tags in a pipe table's
 * cells as they were written, and Word wraps its HTML inside a tag (<a href="#_ftn3"><span⏎
 * class="MsoFootnoteReference">[3]</span></a> of a footnote mark): the row goes on at the next line. */
static int in_tag_at_end(const gtext *t, size_t i, int in)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    for (; s < e; s++) {
        if (in) in = *s != '>';
        else if (*s == '<' && s + 1 < e && ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z') || s[1] == '/'))
            in = 1;
    }
    return in;
}

enum { MAXCELLS = 64 };

/* The row at line i whose last cell goes on inside a tag: the next lines' cells appended, the first
 * of each joined to the cell it continues, until a line ends outside the tag (or the table does,
 * last); a trailing bar's empty cell dropped, every cell then finished. Returns the row's cells;
 * *at: its last line. */
static size_t tagged_row(gtext *t, size_t i, size_t last, nb_buf *cells, size_t *at)
{
    size_t n = pipe_cells_as(t, i, cells, MAXCELLS, 1);
    int in = in_tag_at_end(t, i, 0);
    while (in && i + 1 < last && n > 0 && n < MAXCELLS) {
        size_t m = pipe_cells_as(t, ++i, cells + n, MAXCELLS - n, 1);
        in = in_tag_at_end(t, i, in);
        if (!m) continue;
        nb_buf *c = &cells[n];
        nb_gcell_join(&cells[n - 1], c->data ? c->data : "", (c->data ? c->data : "") + c->len);
        nb_buf_free(c);
        memmove(c, c + 1, (m - 1) * sizeof *cells);
        n += m - 1;
    }
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    if (n > 1 && e > s && e[-1] == '|' && !cells[n - 1].len) nb_buf_free(&cells[--n]);
    for (size_t k = 0; k < n; k++) finish_cell(&cells[k]);
    *at = i;
    return n;
}

static void free_cells(nb_buf *c, size_t n)
{
    for (size_t i = 0; i < n; i++) nb_buf_free(&c[i]);
}

/* html2text wraps a table's lines at 78 characters, at a blank: a row wrapped after a separator
 * ends in that bar, where a row's end is its hard break ("  ") and a pipe table's closing bar comes
 * with an opening one. Such a line goes on at the next. */
static int wrapped(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    while (s < e && *s == ' ') s++;
    return e > s && e[-1] == '|' && *s != '|';
}

static int has_bar(gtext *t, size_t i)
{
    size_t n = nb_gel_line(t, i);
    for (size_t k = 0; k < n; k++)
        if (t->el[k].tok == NB_G_BAR) return 1;
    return 0;
}

/* html2text writes a <br> inside a cell as it ends a row, with a hard break: the cell's text goes
 * on at the next line. Two lines in a row with no bar in an html2text table (lines [a+1, last)) are
 * such a cell's pieces (一、 / 本年新收政府信息 / 公开申请数量| 4639| …): one line a row cannot be
 * read there. */
static int broken_cells(gtext *t, size_t a, size_t last)
{
    for (size_t i = a + 1; i + 1 < last; i++)
        if (kind(t, i) == L_END && kind(t, i + 1) == L_END && !has_bar(t, i) && !has_bar(t, i + 1)) return 1;
    return 0;
}

static int value_cell(const char *s, size_t len)
{
    const unsigned char *a = (const unsigned char *)s, *b = a + len;
    nb_trim_all(&a, &b);
    return a == b || nb_is_number(a, b, NULL);
}

/* Whether a row starts at line i: its first cell (up to its first bar) a value (the numbers of
 * table 四 under its header) or starting with a row label's mark (一、 （一） 1. 第…条). */
static int row_starts(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    const char *bar = memchr(s, '|', (size_t)(e - s));
    const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)(bar ? bar : e);
    nb_trim_all(&a, &b);
    return value_cell((const char *)a, (size_t)(b - a)) || nb_row_starter(a, b);
}

/* Whether line i's first cell (up to its first bar) is a note in brackets alone, no row label's mark
 * ((其中修订2件)): what a number's cell holds after a <br> (5<br>（其中修订2件）), as a PDF's cell
 * holds it after the number (celltok.c reads the number, the note set aside). Only the row label's
 * mark is ruled out here, not a long text nor numerals (cellnote.c's stricter note_alone): this only
 * keeps the line with the cell above, which does not end a row; what the cell then holds is
 * cellnote.c's to set aside or not. */
static int note_starts(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    const char *bar = memchr(s, '|', (size_t)(e - s));
    const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)(bar ? bar : e);
    nb_trim_all(&a, &b);
    return nb_bracketed(a, b) && !nb_row_starter(a, b);
}

/* The rows of an html2text table whose cells hold <br> (broken_cells): a line's first cell goes on
 * with the last cell of the line before, but where that line ends a row for certain: its last cell
 * a value (no <br> is written inside a number) unless the next line starts with a note in brackets
 * (note_starts), the next line a row's start (row_starts), the alignment row. A header row may so take the first cell of the one below (总计 商业企业: 商业<br>企业
 * under it), never a row of numbers, whose label runs from the previous row's numbers or from a
 * row label's mark. */
static void broken_rows(greader *g, size_t head, size_t a, size_t last)
{
    gtext *t = g->t;
    grepl *r = nb_grepl_new(g, head, last, "Markdown table (cells with line breaks)");
    if (!r) return;
    nb_buf row[MAXCELLS], cells[MAXCELLS];
    size_t nr = 0;
    int join = 0;
    for (size_t i = head; i < last; i++) {
        if (i == a) continue; /* the alignment row */
        size_t n = pipe_cells(t, i, cells, MAXCELLS), k = 0;
        int wrap = i > a && wrapped(t, i) && i + 1 < last && n > 0;
        if (wrap) nb_buf_free(&cells[--n]); /* the empty cell after the bar the line was wrapped at */
        int value_end = n > 0 && value_cell(cells[n - 1].data ? cells[n - 1].data : "", cells[n - 1].len);
        if (join && nr > 0 && n > 0) {
            const char *c = cells[0].data ? cells[0].data : "";
            nb_gcell_join(&row[nr - 1], c, c + cells[0].len);
            nb_gcell_drop_strong(&row[nr - 1], '*');
            nb_buf_free(&cells[k++]);
        }
        for (; k < n; k++) {
            if (nr < MAXCELLS) row[nr++] = cells[k];
            else nb_buf_free(&cells[k]);
        }
        if (wrap) { /* the row goes on at the next line, with a new cell */
            join = 0;
            continue;
        }
        if (i + 1 >= last || i + 1 == a || (value_end && !note_starts(t, i + 1)) || row_starts(t, i + 1)) {
            nb_grepl_row(r, row, nr);
            free_cells(row, nr);
            nr = 0;
            join = 0;
        } else {
            join = 1;
        }
    }
    free_cells(row, nr);
}

/* Line i starts with a bar: a pipe table's row, not html2text's. */
static int pipe_led(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    while (s < e && *s == ' ') s++;
    return s < e && *s == '|';
}

/* Line i is a header row with bars over an alignment row with bars. */
static int next_header(gtext *t, size_t i)
{
    int bars;
    return i + 1 < t->nlines && t->lines[i + 1].cand && has_bar(t, i) && alignment_row(t, i + 1, &bars) && bars;
}

/* head: the header row's first line, a - 1 but where html2text broke a header cell over lines */
static void pipe_table(greader *g, size_t head, size_t a)
{
    gtext *t = g->t;
    size_t last = a + 1;
    const char *h = t->s + t->lines[head].start, *he = t->s + t->lines[head].end;
    while (h < he && *h == ' ') h++;
    int html2text = h < he && *h != '|'; /* its rows have no outer bars */
    int in = in_tag_at_end(t, a - 1, 0); /* the line before ends inside a tag */
    while (last < t->nlines && kind(t, last) != L_EMPTY) {
        int go_on = (wrapped(t, last - 1) && last - 1 != a) || in; /* the rest of a wrapped row */
        in = in_tag_at_end(t, last, in);
        int bars;
        if (!go_on && t->lines[last].cand && alignment_row(t, last, &bars)) break;
        /* the next table's header row: html2text writes no empty line between two tables when no
           block stands between them (a WeChat article's tables, each in its own <section>) */
        if (!go_on && next_header(t, last)) break;
        size_t n = nb_gel_line(t, last), k = 0;
        while (k < n && t->el[k].tok != NB_G_BAR) k++;
        /* html2text: a row of one cell (第二十条第（五）项 over the table) has no bar; it ends in the
           hard break, and a row with bars follows it */
        if (k == n && !go_on && html2text && kind(t, last) == L_END) {
            size_t j = last + 1; /* or the first lines of a cell broken by <br>, then its row's bars */
            while (j < t->nlines && kind(t, j) == L_END && !has_bar(t, j)) j++;
            go_on = j < t->nlines && has_bar(t, j);
        }
        if (!go_on && (k == n || !t->lines[last].cand)) break;
        last++;
    }
    if (html2text && (head < a - 1 || broken_cells(t, a, last))) {
        broken_rows(g, head, a, last);
        return;
    }
    grepl *r = nb_grepl_new(g, a - 1, last, "Markdown table");
    if (!r) return;
    nb_buf cells[MAXCELLS];
    for (size_t i = a - 1; i < last; i++) {
        if (i == a) continue; /* the alignment row */
        int tagged = in_tag_at_end(t, i, 0); /* its last line ends in a bar of its own, not a wrap's */
        size_t n = tagged ? tagged_row(t, i, last, cells, &i) : pipe_cells(t, i, cells, MAXCELLS), full = 0;
        while (!tagged && i > a && wrapped(t, i) && i + 1 < last && n > 0) {
            nb_buf_free(&cells[--n]); /* the empty cell after the bar the line was wrapped at */
            n += pipe_cells(t, ++i, cells + n, MAXCELLS - n);
        }
        /* html2text: a value, a <br> (the hard break), a note in brackets: one cell, the row goes on */
        if (html2text && i > a && i + 1 < last && kind(t, i) == L_END && n > 0 && n < MAXCELLS &&
            value_cell(cells[n - 1].data ? cells[n - 1].data : "", cells[n - 1].len) && note_starts(t, i + 1)) {
            size_t m = pipe_cells(t, ++i, cells + n, MAXCELLS - n);
            if (m) {
                nb_gcell_join(&cells[n - 1], cells[n].data ? cells[n].data : "", (cells[n].data ? cells[n].data : "") + cells[n].len);
                nb_buf_free(&cells[n]);
                memmove(&cells[n], &cells[n + 1], (m - 1) * sizeof *cells);
                n += m - 1;
            }
        }
        for (size_t k = 0; k < n; k++) full += cells[k].len > 0;
        if (full || i > a) nb_grepl_row(r, cells, n); /* pandoc gives a table without header an empty one */
        free_cells(cells, n);
    }
}

/* html2text: the paragraphs of a cell ending at line e (going back), up to a separator bar; first:
 * whether no bar comes before it (the row's first cell: one paragraph only). Returns its first line. */
static size_t cell_back(const gtext *t, size_t e, int *first)
{
    size_t p = e, start = 0;
    int more = 0; /* a paragraph break was passed: the cell may have begun after it */
    for (;;) {
        while (p > 0 && (kind(t, p - 1) == L_TEXT || kind(t, p - 1) == L_END)) p--;
        if (p >= 2 && kind(t, p - 1) == L_EMPTY && kind(t, p - 2) == L_BAR) {
            *first = 0;
            return p;
        }
        if (p >= 2 && kind(t, p - 1) == L_EMPTY && (kind(t, p - 2) == L_TEXT || kind(t, p - 2) == L_END)) {
            if (!more) start = p, more = 1; /* the paragraph next to the end, should no bar come */
            p -= 2;
            continue;
        }
        *first = 1;
        return more ? start : p;
    }
}

/* Appends to cell the lines [s, e) (paragraphs and the blank lines between them). */
static void cell_lines(const gtext *t, size_t s, size_t e, nb_buf *cell)
{
    for (size_t i = s; i < e; i++)
        if (kind(t, i) != L_EMPTY) nb_gcell_join(cell, t->s + t->lines[i].start, t->s + t->lines[i].end);
    nb_gcell_drop_marks(cell);
}

/* The header row ending at line e: its cells into cells (in order); returns its first line. */
static size_t header_back(const gtext *t, size_t e, nb_buf *cells, size_t *nc)
{
    size_t starts[MAXCELLS], ends[MAXCELLS], n = 0;
    for (;;) {
        int first;
        size_t s = cell_back(t, e, &first);
        if (n == MAXCELLS) break;
        starts[n] = s, ends[n] = e + 1, n++;
        if (first || s < 4) break;
        e = s - 4; /* before: empty, bar, empty */
        if (kind(t, s - 3) != L_EMPTY) break;
    }
    for (size_t i = 0; i < n; i++) {
        nb_buf_init(&cells[i]);
        cell_lines(t, starts[n - 1 - i], ends[n - 1 - i], &cells[i]);
    }
    *nc = n;
    return starts[n - 1];
}

static int rest_empty(const gtext *t, size_t i)
{
    for (; i < t->nlines; i++)
        if (kind(t, i) != L_EMPTY && kind(t, i) != L_BLANKS) return 0;
    return 1;
}

/* A row from line s: cells and separators up to a line ending in a hard break and a line of blanks
 * (before line limit); returns the line after it, or 0 when there is no row there. */
static size_t row_forward(const gtext *t, size_t s, size_t limit, nb_buf *cells, size_t *nc)
{
    size_t i = s, from = s, n = 0, paragraphs = 1;
    *nc = 0;
    while (i < limit) {
        lkind k = kind(t, i);
        if (k == L_END && i + 1 < limit && kind(t, i + 1) != L_BLANKS) k = L_TEXT; /* a <br> in a cell */
        /* an empty cell: an empty paragraph before a separator, or blanks before the end mark */
        if (k == L_EMPTY && i == from && n > 0 && i + 2 < limit && kind(t, i + 1) == L_EMPTY &&
            kind(t, i + 2) == L_BAR) {
            i++;
            continue;
        }
        if (k == L_BLANKS && i == from && n > 0 && i + 1 < limit && kind(t, i + 1) == L_BLANKS) k = L_END;
        if (k == L_END) {
            if (i + 1 >= limit) { /* the last line of the text */
                if (n < MAXCELLS) nb_buf_init(&cells[n]), cell_lines(t, from, i + 1, &cells[n]), n++;
                *nc = n;
                return t->nlines;
            }
            if (n == 0 && paragraphs > 1) return 0; /* one cell: a paragraph, no more */
            if (n < MAXCELLS) nb_buf_init(&cells[n]), cell_lines(t, from, i + 1, &cells[n]), n++;
            *nc = n;
            return i + 2;
        }
        if (k == L_TEXT && i + 1 < limit) { i++; continue; }
        if (k == L_TEXT && limit == t->nlines) k = L_END; /* the text ends: html2text drops the end mark */
        if (k == L_EMPTY && limit == t->nlines && i > from && rest_empty(t, i)) {
            if (n < MAXCELLS) nb_buf_init(&cells[n]), cell_lines(t, from, i, &cells[n]), n++;
            *nc = n;
            return t->nlines;
        }
        if (k == L_EMPTY && i + 1 < limit && kind(t, i + 1) == L_BAR) {
            if (i + 2 >= limit || kind(t, i + 2) != L_EMPTY) break;
            if (n < MAXCELLS) nb_buf_init(&cells[n]), cell_lines(t, from, i, &cells[n]), n++;
            i += 3;
            from = i;
            paragraphs = 1;
            continue;
        }
        if (k == L_EMPTY && i + 1 < limit && (kind(t, i + 1) == L_TEXT || kind(t, i + 1) == L_END) && i > from) {
            paragraphs++;
            i++;
            continue;
        }
        break;
    }
    free_cells(cells, n);
    return 0;
}

typedef struct h2t { size_t align, head, head_end; } h2t;

static void html2text_tables(greader *g, const h2t *tabs, size_t ntabs)
{
    gtext *t = g->t;
    nb_buf cells[MAXCELLS];
    for (size_t k = 0; k < ntabs; k++) {
        size_t limit = k + 1 < ntabs ? tabs[k + 1].head : t->nlines, nc;
        size_t head = header_back(t, tabs[k].align - 2, cells, &nc);
        size_t at = tabs[k].align + 2, next;
        /* the rows after the alignment row; then the replacement, once its extent is known */
        grepl tmp = {0, 0, {0}, 0, 0, NULL};
        nb_buf_init(&tmp.rows);
        nb_grepl_row(&tmp, cells, nc);
        free_cells(cells, nc);
        while (at < limit && (next = row_forward(t, at, limit, cells, &nc)) != 0) {
            nb_grepl_row(&tmp, cells, nc);
            free_cells(cells, nc);
            at = next;
        }
        grepl *r = nb_grepl_new(g, head, at, "html2text table");
        if (r) {
            nb_buf_free(&r->rows);
            r->rows = tmp.rows, r->nrows = tmp.nrows, r->ncols = tmp.ncols;
        } else {
            nb_buf_free(&tmp.rows);
        }
    }
}

void nb_grid_markdown(greader *g)
{
    gtext *t = g->t;
    h2t tabs[256];
    size_t ntabs = 0;
    for (size_t a = 1; a + 1 < t->nlines; a++) {
        int bars;
        if (!t->lines[a].cand || !alignment_row(t, a, &bars)) continue;
        if (a >= 2 && kind(t, a - 1) == L_BLANKS && kind(t, a - 2) == L_END && kind(t, a + 1) == L_BLANKS) {
            if (ntabs < sizeof tabs / sizeof tabs[0]) tabs[ntabs++] = (h2t){a, 0, 0};
        } else if (bars && kind(t, a - 1) != L_EMPTY && kind(t, a - 1) != L_BLANKS) {
            if (has_bar(t, a - 1)) {
                pipe_table(g, a - 1, a);
            } else if (kind(t, a - 1) == L_END) {
                /* html2text: the header's last cell broken by <br> (申请<br>人情况): its row starts
                   at the line with bars before the cell's pieces */
                size_t h = a - 1;
                while (h > 0 && a - h < 8 && kind(t, h - 1) == L_END && !has_bar(t, h - 1)) h--;
                if (h > 0 && kind(t, h - 1) == L_END && has_bar(t, h - 1) && !pipe_led(t, h - 1))
                    pipe_table(g, h - 1, a);
            }
        } else if (!bars && kind(t, a - 1) == L_END && kind(t, a + 1) != L_EMPTY) {
            /* html2text: a table whose first row is one cell (a colspan over the table) has ---
               under it, then rows with bars (a --- under a line without the hard break is a heading);
               the row under it may begin with a cell broken by <br> (结果<br>维持| 结果<br>纠正|…) */
            size_t j = a + 1;
            while (j < t->nlines && j - a < 8 && kind(t, j) == L_END && !has_bar(t, j)) j++;
            if (j < t->nlines && has_bar(t, j)) pipe_table(g, a - 1, a);
        }
    }
    /* where each html2text table's first row starts: the next table's rows stop there */
    nb_buf cells[MAXCELLS];
    for (size_t k = 0; k < ntabs; k++) {
        size_t nc;
        tabs[k].head = header_back(t, tabs[k].align - 2, cells, &nc);
        free_cells(cells, nc);
    }
    html2text_tables(g, tabs, ntabs);
}
