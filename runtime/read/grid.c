/* grid.c — the pass that rewrites drawn tables as TAB rows (grid.h): finds the lines a table may be
 * drawn on, runs the readers (grid_box.c, grid_md.c), and writes their rows in place of the lines. */
#include "grid.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid_int.h"
#include "grow.h"
#include "spacercol.h"
#include "utf8.h"

/* What a drawn table is made of: a bar, a box-drawing character (U+2500..257F: E2 94 xx, E2 95 xx),
 * a rule of ASCII dashes or equals signs, an HTML table kept in Markdown. The offset of the first
 * at or after p, or len: strcspn (vectorised by the C library) skips to the bytes that may start
 * one, so the many reports that draw no table pay one fast pass. */
static size_t next_mark(const char *s, size_t len, size_t p)
{
    while (p < len) {
        p += strcspn(s + p, "|-=<\xE2");
        if (p >= len) break;
        const char *c = s + p;
        size_t room = len - p;
        switch (*c) {
        case '|': return p;
        case '-':
        case '=':
            if (room >= 3 && c[1] == c[0] && c[2] == c[0]) return p;
            break;
        case '<':
            if (room >= 6 && (!memcmp(c, "<table", 6) || !memcmp(c, "<TABLE", 6))) return p;
            break;
        case '\xE2':
            if (room >= 2 && ((unsigned char)c[1] == 0x94 || (unsigned char)c[1] == 0x95)) return p;
            break;
        default: break; /* a NUL inside the text: strcspn stopped there */
        }
        p++;
    }
    return len;
}

/* Whether the marks at and after `first` may make a table: a line drawn with box characters, an
 * HTML table, a line of rules and bars only (a border, an alignment row, html2text's | between
 * cells, pandoc's dash groups), or two lines in a row with a mark (a pipe table's rows). A bar in a
 * sentence (来源：… | 发布日期：…) or a crawler's ===== 正文 ===== line alone is none, and costs no
 * more than finding it. */
static int may_hold_table(const char *s, size_t len, size_t first)
{
    size_t prev_end = 0;
    int prev = 0; /* a line with a mark came before, ending at prev_end */
    for (size_t at = first; at < len; at = next_mark(s, len, at)) {
        if (s[at] == '<' || s[at] == '\xE2') return 1;
        size_t a = at, b;
        while (a > 0 && s[a - 1] != '\n') a--;
        const char *nl = memchr(s + at, '\n', len - at);
        b = nl ? (size_t)(nl - s) : len;
        int rules_only = 1;
        for (size_t i = a; i < b && rules_only; i++)
            rules_only = s[i] && strchr(" -=+|:\r", s[i]) != NULL;
        if (rules_only || (prev && prev_end + 1 == a)) return 1;
        prev_end = b, prev = 1;
        at = b;
    }
    return 0;
}

static void split_lines(gtext *t)
{
    size_t cap = 0;
    for (size_t p = 0; p <= t->len;) {
        const char *nl = memchr(t->s + p, '\n', t->len - p);
        size_t end = nl ? (size_t)(nl - t->s) : t->len;
        nb_grow(&t->lines, &cap, t->nlines, sizeof *t->lines);
        size_t e = end > p && t->s[end - 1] == '\r' ? end - 1 : end;
        t->lines[t->nlines++] = (gline){p, e, 0};
        if (!nl) break;
        p = end + 1;
    }
}

/* Marks the lines holding a mark, from the first one at `first`: the marks come in order, so one
 * walk of the lines. */
static void mark_candidates(gtext *t, size_t first)
{
    size_t line = 0;
    for (size_t at = first; at < t->len; at = next_mark(t->s, t->len, at)) {
        while (line + 1 < t->nlines && t->lines[line + 1].start <= at) line++;
        t->lines[line].cand = 1;
        at = t->lines[line].end + 1; /* on to the next line */
    }
}

size_t nb_gel_line(gtext *t, size_t i)
{
    const unsigned char *p = (const unsigned char *)t->s + t->lines[i].start;
    const unsigned char *e = (const unsigned char *)t->s + t->lines[i].end;
    size_t chars = 0, wide = 0, amb = 0;
    t->nel = 0;
    while (p < e) {
        size_t len, n;
        /* the text is NUL-terminated, so the scanner may look past the line's end: cut the token */
        nb_gtok k = nb_grid_token(p, (const unsigned char *)t->s + t->len, &len, &n);
        if (k == NB_G_END) break;
        if (len > (size_t)(e - p)) { /* a token running into the next line */
            len = (size_t)(e - p);
            k = NB_G_CHAR;
            n = len;
        }
        nb_grow(&t->el, &t->elcap, t->nel, sizeof *t->el);
        t->el[t->nel++] = (gel){k, (size_t)((const char *)p - t->s), len, chars, wide, amb, n};
        chars += n;
        if (k == NB_G_WIDE) wide++;
        if (k == NB_G_AMBIG) amb++;
        p += len;
    }
    return t->nel;
}

static int wide_cp(uint32_t c) { return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F); }

void nb_gcell_join(nb_buf *cell, const char *s, const char *e)
{
    const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)e;
    nb_trim(&a, &b);
    /* pandoc -t markdown writes an indented paragraph of a cell (Word's left indent) as a block
       quote, > before each of its lines: a mark, not text (a > that is text, it escapes: \>) */
    /* and pandoc -t rst a line block, | before each line of a cell with a <br> (grid_box.c's text_bar) */
    if (a < b && (*a == '>' || *a == '|') && (a + 1 == b || a[1] == ' ' || nb_blank_at(a + 1, b))) {
        a++;
        nb_trim(&a, &b);
    }
    if (a >= b) return;
    if (cell->len) {
        const unsigned char *q = (const unsigned char *)cell->data + cell->len;
        const unsigned char *c = nb_u8before((const unsigned char *)cell->data, q);
        uint32_t last = nb_u8decode(c, (size_t)(q - c)), first = nb_u8decode(a, nb_u8len(a, b));
        /* pandoc breaks the ** of strong emphasis in a column one character wide (* / *): one mark */
        int mark = last == '*' && first == '*';
        /* and a label's numbering before its period in a narrow column (1 / .当面申请数): a line
           starts with a period only where a word was broken */
        int numbering = first == '.' && last >= '0' && last <= '9';
        if (!wide_cp(last) && !wide_cp(first) && !mark && !numbering && !nb_gcell_number_goes_on(cell, a, b))
            nb_buf_putc(cell, ' ');
    }
    for (; a < b; a++) nb_buf_putc(cell, *a == '\t' || *a == '\n' || *a == '\r' ? ' ' : (char)*a);
}

/* Keeps the bytes [a, b) of cell c, trimmed again (blanks inside the marks). */
static void keep(nb_buf *c, size_t a, size_t b)
{
    nb_buf t;
    nb_buf_init(&t);
    nb_gcell_join(&t, c->data + a, c->data + b);
    nb_buf_free(c);
    *c = t;
}

/* The end of a pandoc attribute block {.class #id key="v"} that starts at s[0] == '{', or 0. */
static size_t attributes_end(const char *s, size_t n)
{
    if (n < 2 || s[0] != '{') return 0;
    for (size_t i = 1; i < n; i++) {
        if (s[i] == '}') return i + 1;
        if (s[i] == '{' || s[i] == '\n') return 0;
    }
    return 0;
}

/* The end of a pandoc link's target that starts at s[0] == '(', (#_ftn3) with its attributes after
 * it ({#_ftnref3 style="…"}), or 0: a URL has no blank. */
static size_t target_end(const char *s, size_t n)
{
    if (n < 3 || s[0] != '(') return 0;
    size_t i = 1;
    while (i < n && s[i] != ')' && s[i] != ' ' && s[i] != '(' && s[i] != '[') i++;
    if (i >= n || s[i] != ')' || i == 1) return 0;
    return i + 1 + attributes_end(s + i + 1, n - i - 1);
}

/* Whether the text [a, b) of a link to a note is bracketed as a note mark by its own shape ([3], \[3\]):
 * a link whose text is bare digits (9143`1 <#sdfootnote1sym>`__, LibreOffice's footnote anchor) would
 * glue them onto the count before it, so it is left as it is (the cell is then no number). */
static int bracketed(const char *a, const char *b)
{
    while (a < b && *a == ' ') a++;
    while (b > a && b[-1] == ' ') b--;
    if (a < b && *a == '\\') a++; /* pandoc's escaped bracket */
    return b - a >= 2 && *a == '[' && b[-1] == ']';
}

/* pandoc's bracketed spans ([行政许可]{.gk-font-song}, [0件]{style="…"}[]{style="…"}: a <span> with
 * attributes, empty ones too) and links ([\[3\]](#_ftn3){#_ftnref3}: Word's footnote reference, in
 * the spans Word's HTML nests it in) replaced by their text, the innermost first; a bracket pandoc
 * escaped (\[) is text. Returns whether there was one. */
static int unwrap_spans(nb_buf *c)
{
    if (!memchr(c->data ? c->data : "", '[', c->len)) return 0;
    nb_buf t;
    nb_buf_init(&t);
    const char *s = c->data;
    int any = 0;
    for (size_t p = 0; p < c->len;) {
        if (s[p] == '[' && (p == 0 || s[p - 1] != '\\')) {
            size_t q = p + 1;
            while (q < c->len && s[q] != ']' && s[q] != '[') q += s[q] == '\\' && q + 1 < c->len ? 2 : 1;
            size_t a = 0;
            if (q < c->len && s[q] == ']') {
                a = attributes_end(s + q + 1, c->len - q - 1);
                if (!a && bracketed(s + p + 1, s + q)) a = target_end(s + q + 1, c->len - q - 1);
            }
            if (a) {
                nb_buf_put(&t, s + p + 1, q - p - 1);
                p = q + 1 + a;
                any = 1;
                continue;
            }
        }
        nb_buf_putc(&t, s[p++]);
    }
    if (any) {
        keep(&t, 0, t.len); /* trimmed again: the spans may have held the padding */
        nb_buf_free(c);
        *c = t;
    } else {
        nb_buf_free(&t);
    }
    return any;
}

/* pandoc's fenced divs in a cell (Markdown of a <div align="center"> around a cell's text, one per
 * <div> piece): each fence (:::, with its attributes {align="center"} or, opening the cell, a class
 * name) is dropped and the text between them joined as a wrapped cell's lines are (商业 ::: ::: 企业
 * is 商业企业). Returns whether there was a fence. */
static int drop_divs(nb_buf *c)
{
    if (c->len < 3 || !nb_find((const unsigned char *)c->data, (const unsigned char *)c->data + c->len, ":::"))
        return 0;
    nb_buf t;
    nb_buf_init(&t);
    const char *s = c->data, *e = s + c->len, *piece = s;
    int any = 0;
    for (const char *p = s; p < e;) {
        if (e - p >= 3 && !memcmp(p, ":::", 3) && (p == s || p[-1] == ' ')) {
            const char *q = p;
            while (q < e && *q == ':') q++;
            while (q < e && *q == ' ') q++;
            if (q < e && *q == '{') {
                const char *z = memchr(q, '}', (size_t)(e - q));
                if (!z) break;
                q = z + 1;
            } else if (p == s) {
                while (q < e && *q != ' ') q++;
            }
            nb_gcell_join(&t, piece, p);
            piece = p = q;
            any = 1;
            continue;
        }
        p++;
    }
    if (!any) {
        nb_buf_free(&t);
        return 0;
    }
    nb_gcell_join(&t, piece, e);
    nb_buf_free(c);
    *c = t;
    return 1;
}

/* pandoc -t rst's hyperlink reference ending a cell (1393\ \ `[3] <#_ftn3>`__: Word's footnote
 * reference after a number) replaced by its text; the escaped blanks (\ ) rst glues it on with are
 * nothing, so the text goes on the word before (1393[3]), as pandoc -t plain writes it. */
static void rst_link(nb_buf *c)
{
    if (c->len < 8 || c->data[c->len - 1] != '_') return;
    const char *s = c->data, *e = s + c->len, *tick = NULL;
    for (const char *p = e - 2; p > s && !tick; p--)
        if (*p == '`' && p[1] != '_') tick = p; /* the opening backtick: the closing one has _ after it */
    if (!tick || !nb_grid_rst_link((const unsigned char *)tick, (const unsigned char *)e)) return;
    const char *lt = tick;
    for (const char *p = tick; p < e; p++)
        if (*p == '<') lt = p;
    const char *pe = tick;
    int glued = 0;
    for (;;) {
        while (pe > s && pe[-1] == ' ') pe--;
        if (pe > s && pe[-1] == '\\' && !(pe - s >= 2 && pe[-2] == '\\')) pe--, glued = 1;
        else break;
    }
    nb_buf t;
    nb_buf_init(&t);
    nb_buf_put(&t, s, (size_t)(pe - s));
    const unsigned char *a = (const unsigned char *)tick + 1, *b = (const unsigned char *)lt;
    nb_trim(&a, &b);
    if (!bracketed((const char *)a, (const char *)b)) {
        nb_buf_free(&t);
        return;
    }
    if (!glued && t.len) nb_buf_putc(&t, ' ');
    nb_buf_put(&t, (const char *)a, (size_t)(b - a));
    nb_buf_free(c);
    *c = t;
}

/* Whether c holds the mark (** or __) at i, not escaped. */
static int strong_at(const nb_buf *c, size_t i, char m)
{
    return i + 1 < c->len && c->data[i] == m && c->data[i + 1] == m && !(i > 0 && c->data[i - 1] == '\\');
}

int nb_gcell_drop_strong(nb_buf *c, char m)
{
    size_t marks = 0;
    for (size_t i = 0; i + 1 < c->len; i++)
        if (strong_at(c, i, m)) marks++, i++;
    if (!marks || marks % 2) return 0;
    size_t w = 0;
    for (size_t r = 0; r < c->len;) {
        if (strong_at(c, r, m)) {
            r += 2;
            continue;
        }
        c->data[w++] = c->data[r++];
    }
    c->len = w;
    c->data[w] = 0;
    return 1;
}

void nb_gcell_drop_marks(nb_buf *c)
{
    drop_divs(c);
    rst_link(c);
    for (;;) {
        /* **社会****公益** too: each line's piece of a cell pandoc wrapped is marked apart */
        if (c->len >= 5 && (!memcmp(c->data, "**", 2) || !memcmp(c->data, "__", 2)) &&
            !memcmp(c->data + c->len - 2, c->data, 2) && nb_gcell_drop_strong(c, c->data[0]))
            continue;
        if (unwrap_spans(c)) continue;
        /* pandoc -t markdown's hard line break ending the cell's last line */
        size_t end = c->len ? (size_t)(nb_gcell_hard_break(c->data, c->data + c->len) - c->data) : 0;
        if (end < c->len) {
            keep(c, 0, end);
            continue;
        }
        return;
    }
}

grepl *nb_grepl_new(greader *g, size_t first, size_t last, const char *what)
{
    for (size_t i = 0; i < g->nr; i++)
        if (first < g->r[i].last && g->r[i].first < last) return NULL;
    nb_grow(&g->r, &g->rcap, g->nr, sizeof *g->r);
    grepl *r = &g->r[g->nr++];
    *r = (grepl){first, last, {0}, 0, 0, what};
    nb_buf_init(&r->rows);
    return r;
}

void nb_grid_unread(greader *g, size_t first, size_t last, const char *what, const char *why)
{
    if (!g->diag) return;
    char msg[256];
    snprintf(msg, sizeof msg, "lines %zu-%zu: a %s left as it is: %s", first + 1, last, what, why);
    g->diag(g->ctx, "warning", "table-drawn-unread", msg, g->t->lines[first].start);
}

void nb_grepl_drop(greader *g, const char *why)
{
    grepl *r = &g->r[--g->nr];
    nb_grid_unread(g, r->first, r->last, r->what, why);
    nb_buf_free(&r->rows);
}

void nb_grepl_row(grepl *r, nb_buf *cells, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        nb_gcell_drop_marks(&cells[i]);
        if (i) nb_buf_putc(&r->rows, '\t');
        nb_buf_put(&r->rows, cells[i].data ? cells[i].data : "", cells[i].len);
    }
    nb_buf_putc(&r->rows, '\n');
    r->nrows++;
    if (n > r->ncols) r->ncols = n;
}

static int by_first(const void *a, const void *b)
{
    const grepl *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

void nb_grid_rewrite(nb_text *text, nb_enc_diag_fn diag, void *ctx)
{
    size_t first = text->data ? next_mark(text->data, text->len, 0) : 0;
    if (!text->data || first >= text->len || !may_hold_table(text->data, text->len, first)) return;
    nb_grid_unframe(text->data, text->len);
    gtext t = {text->data, text->len, NULL, 0, NULL, 0, 0};
    split_lines(&t);
    mark_candidates(&t, first);
    greader g = {&t, NULL, 0, 0, diag, ctx};
    nb_grid_box(&g);
    nb_grid_markdown(&g);
    nb_grid_simple(&g);
    nb_grid_html(&g);
    if (g.nr) {
        qsort(g.r, g.nr, sizeof *g.r, by_first);
        nb_buf out;
        nb_buf_init(&out);
        nb_buf_reserve(&out, text->len + 64);
        size_t at = 0; /* bytes of the text copied so far */
        for (size_t i = 0; i < g.nr; i++) {
            grepl *r = &g.r[i];
            size_t from = t.lines[r->first].start;
            size_t to = r->last < t.nlines ? t.lines[r->last].start : text->len;
            nb_buf_put(&out, text->data + at, from - at);
            /* the rows, then blank lines for the rest, so the lines after keep their numbers */
            size_t rows_at = out.len;
            nb_buf_put(&out, r->rows.data ? r->rows.data : "", r->rows.len);
            /* a spreadsheet's gutter drawn as a column of empty cells: no cells (spacercol.h) */
            nb_spacercol_drop_rows(out.data + rows_at, r->rows.len, rows_at, diag, ctx);
            for (size_t k = r->nrows; k < r->last - r->first; k++) nb_buf_putc(&out, '\n');
            at = to;
            if (diag) {
                char msg[200];
                snprintf(msg, sizeof msg, "lines %zu-%zu: a %s read as %zu rows of %zu cells", r->first + 1,
                         r->last, r->what, r->nrows, r->ncols);
                diag(ctx, "info", "table-drawn", msg, from);
            }
            nb_buf_free(&r->rows);
        }
        nb_buf_put(&out, text->data + at, text->len - at);
        free(text->data);
        text->data = out.data;
        text->len = out.len;
    }
    free(g.r);
    free(t.lines);
    free(t.el);
}
