/* celltok.c — table text into cell tokens; see celltok.h. */
#include "celltok.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "numbers.h"
#include "row_label.h"
#include "utf8.h"
#include "yearpair.h"

static nb_ctok *push(nb_ctoks *t)
{
    nb_grow(&t->v, &t->cap, t->n, sizeof *t->v);
    nb_ctok *k = &t->v[t->n++];
    memset(k, 0, sizeof *k);
    return k;
}

void nb_ctoks_free(nb_ctoks *t)
{
    free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
}

/* nb_span_in, carried forward: the tokens of a glued paragraph come in order, and a crawled paragraph
 * is a whole report on one line, so counting from its start for each token would be quadratic. */
typedef struct span_cursor {
    const unsigned char *at;
    nb_span span;
} span_cursor;

static nb_span span_at(span_cursor *c, const nb_para *para, const unsigned char *q)
{
    const unsigned char *p = nb_para_source(para, (const char *)q); /* counted in the input, not in a copy */
    c->span = nb_span_in(&c->span, c->at, p);
    c->at = p;
    return c->span;
}

/* A note in brackets right after a label belongs to it: 部分公开（区分处理的，只计这一情形…）,
 * 本年收费金额（单位：万元）. At most 60 characters, so an unclosed bracket costs little. */
static const unsigned char *skip_note(const unsigned char *p, const unsigned char *e)
{
    int open = p < e && *p == '(' ? 1 : e - p >= 3 && !memcmp(p, "（", 3) ? 3 : 0;
    if (!open) return p;
    const unsigned char *q = p + open;
    int numeral = 1; /* （一） （2） start the next label; they are no note */
    static const char digits[] = "一二三四五六七八九十０１２３４５６７８９";
    for (int n = 0; q < e && n < 60; n++, q += nb_u8len(q, e)) {
        if (*q == ')' || (e - q >= 3 && !memcmp(q, "）", 3))) return numeral ? p : q + (*q == ')' ? 1 : 3);
        if (*q == '\n' || *q == '\r') break;
        int is_digit = *q >= '0' && *q <= '9';
        for (const char *d = digits; *d && !is_digit && e - q >= 3; d += 3) is_digit = !memcmp(q, d, 3);
        numeral &= is_digit;
    }
    return p;
}

static int is_eol(unsigned char c) { return c == '\n' || c == '\r'; }

const nb_cell *nb_cell_part(nb_report *r, const nb_cell *c, const unsigned char *s, const unsigned char *e)
{
    nb_cell *p = nb_arena_alloc(&r->arena, sizeof *p);
    const unsigned char *cs = (const unsigned char *)c->raw.p;
    p->raw.p = (const char *)s;
    p->raw.n = (size_t)(e - s);
    p->span = c->span;
    p->span.col += (uint32_t)nb_u8count(cs, s);
    p->span.byte += (size_t)(s - cs);
    p->row = c->row;
    return p;
}

char *nb_squeeze(nb_arena *a, const unsigned char *s, const unsigned char *e)
{
    char *out = nb_arena_alloc(a, (size_t)(e - s) + 1);
    size_t k = 0;
    while (s < e) {
        if (*s >= 0xE4 && *s <= 0xE9 && e - s >= 3) { /* an ideograph: no blank, no line end */
            memcpy(out + k, s, 3);
            k += 3;
            s += 3;
            continue;
        }
        size_t b = nb_blank_at(s, e);
        if (b) s += b;
        else if (is_eol(*s)) s++;
        else out[k++] = (char)*s++;
    }
    out[k] = 0;
    return out;
}

char *nb_cell_squeezed(nb_report *r, const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p;
    return nb_squeeze(&r->arena, s, s + c->raw.n);
}

int nb_cell_number(const nb_cell *c, int *is_null)
{
    const unsigned char *s = (const unsigned char *)c->raw.p;
    return nb_is_number(s, s + c->raw.n, is_null);
}

/* A number with a note in brackets after it, as PDF attachments print a cell: 22（其中修订16件）.
 * The number is the cell's; the note stays in raw, and a diagnostic says it was set aside. */
static int cell_number_with_note(nb_report *r, const unsigned char *s, const unsigned char *e, nb_ctok *t)
{
    if (!nb_number_with_note(s, e, &t->value, &t->is_null, &t->unit)) return 0;
    t->kind = NB_C_NUM;
    nb_diag_add(r, "warning", "cell-note", &t->span, "\"%.*s\": the number before the note in brackets is the cell's",
                (int)(e - s > 120 ? 120 : e - s), (const char *)s);
    return 1;
}

/* A number with a note mark glued after it, the note under the table: 4126*, 322①. The number is
 * the cell's as printed; the mark stays in raw, and a diagnostic says it was set aside. */
static int cell_number_with_mark(nb_report *r, const unsigned char *s, const unsigned char *e, nb_ctok *t)
{
    if (!nb_number_with_mark(s, e, &t->value, &t->is_null, &t->unit)) return 0;
    t->kind = NB_C_NUM;
    nb_diag_add(r, "warning", "cell-note", &t->span, "\"%.*s\": a note mark after the number, set aside",
                (int)(e - s), (const char *)s);
    return 1;
}

/* A link whose text is a number (numbers.h nb_linked_number): the count the page links to its
 * records is the cell's; the link stays in raw. */
static int cell_number_linked(nb_report *r, const unsigned char *s, const unsigned char *e, nb_ctok *t)
{
    const unsigned char *ns, *ne;
    if (!nb_linked_number(s, e, &ns, &ne) || !nb_parse_number(ns, ne, &t->value, &t->is_null, &t->unit)) return 0;
    t->kind = NB_C_NUM;
    nb_diag_add(r, "info", "cell-link", &t->span, "\"%.*s\": the cell is a link; its text is the count",
                (int)(e - s > 120 ? 120 : e - s), (const char *)s);
    return 1;
}

/* A number and a superscript of digits in a text browser's notation, 797^2 (numbers.h): no number
 * the text proves, so the cell is left null with a diagnostic, as a cell of its own (the row's other
 * cells are read). */
static int cell_number_raised_digits(nb_report *r, const unsigned char *s, const unsigned char *e, nb_ctok *t)
{
    if (!nb_number_raised_digits(s, e)) return 0;
    t->kind = NB_C_NUM;
    t->is_null = 1;
    nb_diag_add(r, "warning", "cell-raised-digits", &t->span,
                "\"%.*s\": digits raised after the number (a note's mark, an exponent or the count's own "
                "digits: the text does not say); left null",
                (int)(e - s), (const char *)s);
    return 1;
}

/* A row label a print wrapped around its raised note mark: 1.本机关不掌握相关政府信息<sup>注3</sup> in
 * a narrow cell of Word's print comes, its lines joined, as 1.本机关不掌握相关注3政府信息 (the mark
 * stood on the line between the label's two). Where the text norm[0, *n) is no template's row label
 * and is one with a 注N inside it (not at its start or end) taken out, that mark is set aside: *n
 * shrinks, and a warning says so. The numbers are the row's as the text has them. */
static void mark_in_label(nb_report *r, const nb_ctok *t, char *norm, size_t *n)
{
    static const char zhu[] = "\xE6\xB3\xA8"; /* 注 */
    if (*n >= 512 || !strstr(norm, zhu) || nb_template_row_label((const unsigned char *)norm, *n) == 1) return;
    char buf[512];
    for (char *p = strstr(norm, zhu); p; p = strstr(p + 3, zhu)) {
        size_t d = 0;
        while (d < 2 && p[3 + d] >= '0' && p[3 + d] <= '9') d++;
        size_t at = (size_t)(p - norm), len = 3 + d;
        if (!d || (p[len] >= '0' && p[len] <= '9') || at == 0 || at + len >= *n) continue;
        memcpy(buf, norm, at);
        memcpy(buf + at, p + len, *n - at - len);
        if (nb_template_row_label((const unsigned char *)buf, *n - len) != 1) continue;
        nb_diag_add(r, "warning", "label-note-mark", &t->span,
                    "\"%.*s\": the note mark %.*s inside the row label (a raised mark printed between the label's "
                    "lines) set aside", (int)*n, norm, (int)len, p);
        memcpy(norm, buf, *n - len);
        *n -= len;
        norm[*n] = 0;
        return;
    }
}

void nb_cell_prepare(nb_report *r, const nb_cell *cell, nb_cellpre *out)
{
    const unsigned char *s = (const unsigned char *)cell->raw.p, *e = s + cell->raw.n;
    const unsigned char *ts = s, *te = e;
    nb_trim_all(&ts, &te);
    nb_ctok *t = &out->tok;
    memset(out, 0, sizeof *out);
    t->raw = cell->raw;
    t->span = cell->span;
    t->cell = cell;
    if (ts >= te) {
        t->kind = NB_C_EMPTY;
        return;
    }
    if (nb_parse_number(ts, te, &t->value, &t->is_null, &t->unit)) {
        t->kind = NB_C_NUM; /* raw and span keep the padding: " 1" and "1" stay told apart */
        return;
    }
    if (cell_number_with_note(r, ts, te, t) || cell_number_with_mark(r, ts, te, t) ||
        cell_number_raised_digits(r, ts, te, t) || cell_number_linked(r, ts, te, t))
        return;
    int side;
    if (nb_year_pair(r, cell->span.byte, ts, te, &t->value, &side)) { /* 302/282 under a note (yearpair.h) */
        t->kind = NB_C_NUM;
        nb_diag_add(r, "info", "cell-year-pair", &t->span,
                    "\"%.*s\": this year's count and last year's, the report's year's %s the slash as the note "
                    "above the table says: %g", (int)(te - ts), (const char *)ts, side ? "after" : "before", t->value);
        return;
    }
    if (nb_cut_number(ts, te)) {
        t->kind = NB_C_NUM;
        t->is_null = t->cut = 1;
        nb_diag_add(r, "warning", "cell-cut", &t->span,
                    "\"%.*s\": a number cut inside a group of its digits (wrapped in its narrow cell, its tail on "
                    "another line), or written with a decimal comma: no number", (int)(te - ts), (const char *)ts);
        return;
    }
    if (nb_change_in_words(ts, te, &t->value)) { /* 增加3项: a value in a change column only (nb_table_end) */
        t->kind = NB_C_NUM;
        return;
    }
    /* labels are matched without the blanks and breaks copies put inside them (统　计　指　标) */
    char *norm = nb_squeeze(&r->arena, ts, te);
    t->kind = NB_C_TEXT;
    t->raw.p = (const char *)ts;
    t->raw.n = (size_t)(te - ts);
    t->span = nb_span_in(&cell->span, s, ts);
    size_t n = strlen(norm);
    mark_in_label(r, t, norm, &n);
    out->norm = (const unsigned char *)norm;
    out->norm_n = n;
}

/* Cell token t, a number, is left null: the word beside it makes it approximate. */
static void approximate(nb_report *r, nb_ctok *t, const nb_ctok *word)
{
    t->is_null = 1;
    nb_diag_add(r, "warning", "count-approximate", &t->span,
                "\"%.*s\" with \"%.*s\" beside it is a count written as approximate, no number: left null",
                (int)t->raw.n, t->raw.p, (int)word->raw.n, word->raw.p);
}

void nb_cell_approximate(nb_report *r, nb_cellpre *prev, nb_cellpre *cur)
{
    nb_ctok *a = &prev->tok, *b = &cur->tok;
    if (a->kind == NB_C_TEXT && b->kind == NB_C_NUM && !b->is_null &&
        nb_approx_before((const unsigned char *)a->raw.p, (const unsigned char *)a->raw.p + a->raw.n))
        approximate(r, b, a);
    if (a->kind == NB_C_NUM && !a->is_null && b->kind == NB_C_TEXT) {
        const unsigned char *s = (const unsigned char *)b->raw.p, *e = s + b->raw.n, *q = nb_approx_after(s, e);
        if (q && (q == e || nb_unit_word(q, e))) approximate(r, a, b);
    }
}

/* A PDF copy prints a label that spans rows a piece a line beside them (三、本年度 / 办理结果, （三）不予 /
 * 公开): a short piece before a row label that fills the rest of the cell is that, not part of the
 * row's label. Returns where the row label starts, or NULL. */
static const unsigned char *after_fragment(const nb_edition *ed, const unsigned char *p, const unsigned char *ne)
{
    const unsigned char *end;
    for (int k = 0; k < 6 && p < ne; k++) {
        p += nb_u8len(p, ne);
        nb_label l = ed->label(p, ne, &end);
        if ((l.kind == NB_L_ROW || l.kind == NB_L_HEADROW) && end > p && skip_note(end, ne) == ne) return p;
    }
    return NULL;
}

/* The length of a character glued cells are made of at p: a digit, a sign or a point, ASCII or
 * full-width (２６２９, －３, ５９４９．０８); 0 for any other. */
static size_t glue_len(const unsigned char *p, const unsigned char *e)
{
    size_t n = nb_digit_at(p, e, NULL);
    if (n) return n;
    if (p < e && (*p == '+' || *p == '-' || *p == '.')) return 1;
    if (e - p >= 3 && (!memcmp(p, "＋", 3) || !memcmp(p, "－", 3) || !memcmp(p, "．", 3))) return 3;
    return 0;
}

/* Whether [w, colon) is a column's header word, with its note (本年收费金额（单位：万元）). */
static int column_word(const nb_edition *ed, const unsigned char *w, const unsigned char *colon)
{
    const unsigned char *end;
    nb_label l = ed->label(w, colon, &end);
    return (l.kind == NB_L_COLUMN || l.kind == NB_L_MARK) && end > w && skip_note(end, colon) == colon;
}

/* A count after the words a screen reader is given for its cell (规章，本年制发件数：1), which a text
 * browser shows where the page hides them from the eye (sr-only): the words end with a column's header
 * word (after the row's label and a comma) and a colon, the count after it (or before the words, where
 * LibreOffice's import of the page moved them after it). Token t, the cell's text,
 * becomes the count: its raw and span the number's, the words left out as a browser leaves them. */
static int labelled_count(const nb_edition *ed, const nb_cellpre *c, nb_ctok *t)
{
    const unsigned char *ns = c->norm, *ne = ns + c->norm_n, *colon = nb_last_colon(ns, ne);
    if (!colon) return 0;
    const unsigned char *w = colon;
    while (w > ns && !(w - ns >= 3 && !memcmp(w - 3, "，", 3)) && w[-1] != ',') w--;
    if (w > ns) { /* the row's label, a comma, then the column's word */
        if (!column_word(ed, w, colon)) return 0;
    } else { /* 行政复议结果维持：: the group's word, the column's glued to it: the shortest that is one */
        w = colon;
        for (int k = 0; k < 12 && w > ns && !column_word(ed, w, colon); k++)
            do w--; while (w > ns && (*w & 0xC0) == 0x80);
        if (w == ns || !column_word(ed, w, colon)) return 0;
        const unsigned char *h = ns;
        while (h < w && !nb_is_han(h, w)) h += nb_u8len(h, w);
        if (h == w) return 0; /* the group's words before it */
    }
    const unsigned char *rs = (const unsigned char *)t->raw.p, *re = rs + t->raw.n, *rc = nb_last_colon(rs, re);
    if (!rc) return 0;
    const unsigned char *vs = nb_after_colon(rc), *ve = re;
    nb_trim_all(&vs, &ve);
    if (vs == ve) { /* 1规章，本年制发件数：, as LibreOffice writes the page: the hidden words after the count */
        size_t k;
        for (ve = vs = rs; ve < rc && ((k = glue_len(ve, rc)) != 0 || *ve == ' '); ve += k ? k : 1) {}
        /* 51.属于国家秘密，…: 5 then 1.属于… or 51 then .属于…; neither is certain */
        if (ve > vs && (ve[-1] == '.' || (ve - vs >= 3 && !memcmp(ve - 3, "．", 3)))) return 0;
        nb_trim_all(&vs, &ve);
    }
    nb_ctok v = *t;
    if (vs >= ve || !nb_parse_number(vs, ve, &v.value, &v.is_null, &v.unit)) return 0;
    v.kind = NB_C_NUM;
    v.span = nb_span_in(&t->span, rs, vs);
    v.raw = (nb_str){(const char *)vs, (size_t)(ve - vs)};
    *t = v;
    return 1;
}

void nb_ctok_cell(const nb_edition *ed, const nb_cellpre *c, nb_ctoks *out)
{
    nb_ctok *t = push(out);
    *t = c->tok;
    if (t->kind != NB_C_TEXT) return;
    if (labelled_count(ed, c, t)) return;
    /* a cell may hold several labels: 三、本年度办理结果  （一）予以公开 is a group and a row */
    const unsigned char *p = c->norm, *ne = p + c->norm_n, *end, *q;
    if (ed->label(p, ne, &end).kind == NB_L_NONE && (q = after_fragment(ed, p, ne))) p = q;
    int n = 0;
    for (; p < ne; n++) {
        nb_label l = ed->label(p, ne, &end);
        if (l.kind == NB_L_NONE || end <= p) break;
        /* a piece of a template's label is a row's short label only as the whole cell */
        if (l.piece && (n || p != c->norm || skip_note(end, ne) != ne)) break;
        if (n) {
            t = push(out);
            t->span = out->v[out->n - 2].span;
        }
        t->kind = NB_C_LABEL;
        t->label = l;
        end = skip_note(end, ne);
        t->raw.p = (const char *)p; /* the label as written, blanks inside taken out */
        t->raw.n = (size_t)(end - p);
        p = end;
    }
    if (n && p < ne) t->rest = (nb_str){(const char *)p, (size_t)(ne - p)}; /* for cutcol.c */
}

/* Whether [s, q) ends with a digit, ASCII or full-width. */
static int digit_before(const unsigned char *s, const unsigned char *q)
{
    return (q - s >= 1 && q[-1] >= '0' && q[-1] <= '9') || (q - s >= 3 && nb_digit_at(q - 3, q, NULL) == 3);
}

/* A label starts at p. A numbered label glued after digits takes the shortest numeral:
 * in 00000002.其他法律… the label is 2.其他法律…, not 02.其他法律…. */
static int label_starts(const nb_edition *ed, const unsigned char *p, const unsigned char *e,
                        const unsigned char *lim)
{
    const unsigned char *end;
    nb_label l = ed->label(p, lim, &end);
    if (l.kind == NB_L_NONE || l.piece || end > e) return 0;
    size_t w = nb_digit_at(p, e, NULL);
    if (w && p + w < e && ed->label(p + w, lim, &end).kind != NB_L_NONE && end <= e)
        return 0; /* it starts one digit later */
    return 1;
}

void nb_ctok_text(const nb_edition *ed, nb_report *r, const nb_para *para, nb_ctoks *out)
{
    const unsigned char *s = (const unsigned char *)para->text.p, *e = s + para->text.n;
    /* a cleaned copy ends at e (NUL-terminated there); matchers must not read on into the arena */
    const unsigned char *lim = para->pieces ? e : (const unsigned char *)r->text.data + r->text.len;
    const unsigned char *text = NULL; /* start of a run of unknown text */
    span_cursor cur = {nb_para_source(para, (const char *)s), para->span};
    for (const unsigned char *p = s; p < e;) {
        const unsigned char *end;
        nb_label l = ed->label(p, lim, &end);
        int is_label = l.kind != NB_L_NONE && !l.piece && end > p && end <= e; /* (a piece: a cell's only) */
        int is_glued = !is_label && glue_len(p, e);
        if ((is_label || is_glued) && text && nb_skip_blanks(text, p) < p) {
            nb_ctok *t = push(out);
            t->kind = NB_C_TEXT;
            t->raw.p = (const char *)text;
            t->raw.n = (size_t)(p - text);
            t->span = span_at(&cur, para, text);
        }
        if (is_label || is_glued) text = NULL; /* blanks between a label and its cells are no text */
        if (is_label) {
            end = skip_note(end, e);
            nb_ctok *t = push(out);
            t->kind = NB_C_LABEL;
            t->label = l;
            t->raw.p = (const char *)p;
            t->raw.n = (size_t)(end - p);
            t->span = span_at(&cur, para, p);
            p = end;
        } else if (is_glued) {
            /* digits, signs, points and the blanks between them, up to the next label; a comma that
               groups thousands right after a digit, with its three digits (行政许可12,417第…): one
               number's, not the run's end and the next run's start */
            const unsigned char *q = p;
            for (;;) {
                const unsigned char *b = nb_skip_blanks(q, e);
                size_t n = glue_len(b, e), g;
                if (!n && b == q && digit_before(p, q) && (g = nb_comma_group_at(q, e)) != 0) n = g;
                if (!n) break; /* (blanks are boundaries inside a run, not after it) */
                if (b > p && label_starts(ed, b, e, lim)) break;
                q = b + n;
            }
            q += nb_money_unit(q, e, 0, NULL); /* a unit right after the run */
            nb_ctok *t = push(out);
            t->kind = NB_C_GLUED;
            t->raw.p = (const char *)p;
            t->raw.n = (size_t)(q - p);
            t->span = span_at(&cur, para, p);
            p = q;
        } else {
            if (!text) text = p;
            p += nb_u8len(p, e);
        }
    }
    if (text) {
        nb_ctok *t = push(out);
        t->kind = NB_C_TEXT;
        t->raw.p = (const char *)text;
        t->raw.n = (size_t)(e - text);
        t->span = span_at(&cur, para, text);
    }
}

int nb_token_is_word(const nb_ctok *t, const char *w, size_t n, int text_too)
{
    if (!(t->kind == NB_C_LABEL || (text_too && t->kind == NB_C_TEXT)) || t->raw.n < n || memcmp(t->raw.p, w, n))
        return 0;
    return t->raw.n == n || t->raw.p[n] == '(' || (t->raw.n - n >= 3 && !memcmp(t->raw.p + n, "（", 3));
}

int nb_token_digits(const nb_ctok *t)
{
    if (t->kind != NB_C_NUM || t->is_null || t->unit || !t->raw.n) return 0;
    for (size_t i = 0; i < t->raw.n; i++)
        if (t->raw.p[i] < '0' || t->raw.p[i] > '9') return 0;
    return 1;
}
