/* footmarks.c — counts that may end in a footnote's mark, on a print's page with footnotes at its
 * foot or under a table (footmarks.h). */
#include "footmarks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pagenum.h"
#include "printed.h"
#include "statistics.h"
#include "utf8.h"

enum { MAX_MARKS = 16, MAX_NOTE_LINES = 8, FOOT_LINES = 3 };

typedef struct line {
    const unsigned char *s, *e; /* trimmed */
} line;

typedef struct page {
    size_t start, end; /* bytes of the text */
    int first, last;   /* its footnotes' marks, first..last; last 0: none */
    int nmark;         /* the lines that hold those marks, where they start (a reader may take one */
    const unsigned char *mark[MAX_MARKS]; /* for a cell's count) */
    unsigned long long zhu; /* marks 1..63 of its notes written 注N：… (no bare digits' where the report
                             * glues 注N onto its counts) */
    int inner;              /* it holds notes above its foot (under a table) */
} page;

/* Whether the text [s, e) glues 注 after a count (2417注1, or 797注 with its number wrapped onto the
 * next line): a report that writes its marks so writes its notes 注1：… for them (on the page or a
 * later one), and numbers.c sets such a mark aside; its 注N notes are then no bare digit's. */
static int glues_zhu(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *p = s + 1; e - p >= 3 && (p = memchr(p, 0xE6, (size_t)(e - p - 2))) != NULL; p++) {
        if (p[1] != 0xB3 || p[2] != 0xA8) continue;
        const unsigned char *b = p;
        while (b > s && (b[-1] == ' ' || b[-1] == '\t')) b--; /* 2417 注 1 (Writer's print sets it apart) */
        if (b > s && nb_ascii_digit(b[-1])) return 1; /* 注 after a digit */
    }
    return 0;
}

static void add_mark(page *pg, const unsigned char *at)
{
    if (pg->nmark < MAX_MARKS) pg->mark[pg->nmark++] = at;
}

/* A mark on a line of its own: 1 to 99, nothing else. 0 where the line is none. */
static int mark_line(const line *l)
{
    size_t n = (size_t)(l->e - l->s);
    if (n < 1 || n > 2 || !nb_ascii_digit(l->s[0]) || (n == 2 && !nb_ascii_digit(l->s[1]))) return 0;
    int v = n == 2 ? (l->s[0] - '0') * 10 + (l->s[1] - '0') : l->s[0] - '0';
    return v >= 1 ? v : 0;
}

/* A line of a note's text: Chinese words, not a heading's number (一、 （一） 1.) nor a table's label
 * that starts with one. */
static int note_line(const line *l)
{
    const unsigned char *p = l->s, *e = l->e;
    while (p < e && (*p == '*' || *p == '#' || *p == '_')) p++; /* Markdown's emphasis, a heading's #s */
    const unsigned char *start = p;
    if (p == e || nb_ascii_digit(*p) || *p == '(' || nb_starts_ci(p, (size_t)(e - p), "\xEF\xBC\x88")) return 0; /* （ */
    int han = 0;
    for (size_t k; p < e; p += k) {
        k = nb_u8len(p, e);
        if (nb_is_han(p, e)) han++;
        /* 一、 … 十、: a heading */
        if (p == start && k == 3 && e - p >= 6 && nb_starts_ci(p + 3, (size_t)(e - p - 3), "\xE3\x80\x81")) return 0;
    }
    return han >= 2;
}

/* Whether a note's line ends a sentence (。 or ；), as a note's last line does. */
static int ends_sentence(const line *l)
{
    return l->e - l->s >= 3 && (!memcmp(l->e - 3, "\xE3\x80\x82", 3) || !memcmp(l->e - 3, "\xEF\xBC\x9B", 3));
}

/* The marks of the page's footnotes, read from its foot upwards: (marks, notes) pairs, each a run of
 * mark lines counting up to the one above the notes, then as many notes or more (a note's last line
 * ends a sentence) — one pair a note as pdftotext -layout and -raw print them, one pair for all in
 * reading order. The marks count up from pair to pair. Returns the line where those notes start (n
 * where none). */
static int foot_marks(const line *v, int n, page *pg)
{
    int i = n - 1;
    /* the page number: at the foot, or a few lines above it where reading order put a table's stray
     * cell after it */
    const line *below = NULL; /* the line under v[j] */
    for (int j = n - 1, seen = 0; j >= 0 && seen < FOOT_LINES; j--) {
        if (v[j].s == v[j].e) continue;
        /* a bare number over a note's text is the note's mark */
        if (nb_page_number_line(v[j].s, v[j].e) && !(below && mark_line(&v[j]) && note_line(below))) {
            i = j - 1;
            break;
        }
        below = &v[j];
        seen++;
    }
    int first = 0, last = 0, top_line = n, nat = 0;
    const line *at[MAX_MARKS];
    for (;;) {
        while (i >= 0 && v[i].s == v[i].e) i--;
        int ends = 0, lines = 0;
        if (i < 0 || !note_line(&v[i]) || !ends_sentence(&v[i])) break;
        for (; i >= 0 && lines < MAX_NOTE_LINES && (v[i].s == v[i].e || note_line(&v[i])); i--)
            if (v[i].s != v[i].e) lines++, ends += ends_sentence(&v[i]);
        while (i >= 0 && v[i].s == v[i].e) i--;
        int top = i >= 0 ? mark_line(&v[i]) : 0, bottom = top, marks = 0;
        if (!top && first > 1) {
            /* a note above the last pair's without a mark line: its mark taken into the text above (a
             * table's wrapped label, by the columns pass) — it is the mark before */
            first--;
            top_line = i + 1;
            break;
        }
        if (!top || (first && top != first - 1)) break;
        int pair_at = nat, mtop = i;
        for (; i >= 0; i--) {
            if (v[i].s == v[i].e) continue;
            int m = mark_line(&v[i]);
            if (!m || m != top - (marks ? 1 : 0)) break;
            top = m, marks++, mtop = i;
            if (nat < MAX_MARKS) at[nat++] = &v[i];
        }
        if (marks > ends) {
            nat = pair_at;
            break;
        }
        first = top, top_line = mtop;
        if (!last) last = bottom;
    }
    if (!last || last - first >= MAX_MARKS) return n;
    pg->first = first, pg->last = last;
    for (int k = 0; k < nat; k++) add_mark(pg, at[k]->s);
    return top_line;
}

/* A note that starts with its mark: 注1：…, 注2、…, or the bare mark and a space (2 含…, as reading order
 * prints a raised mark beside its note) — its number; 0 where the line is none. A count that a
 * paragraph's wrap put first on a line (1 件，…), or a date's (1 月 1 日起…, Writer's print), is no mark. */
static int own_mark_note(const line *l, int *zhu_form)
{
    const unsigned char *p = l->s, *e = l->e;
    int zhu = e - p >= 3 && !memcmp(p, "\xE6\xB3\xA8", 3); /* 注 */
    if (zhu_form) *zhu_form = zhu;
    if (zhu) p += 3;
    while (zhu && p < e && *p == ' ') p++; /* 注 1：… (Writer's print sets a digit apart) */
    int v = 0, k = 0;
    for (; p < e && k < 3 && nb_ascii_digit(*p); p++, k++) v = v * 10 + (*p - '0');
    if (!k || k > 2 || p == e || v < 1) return 0;
    if (zhu && (*p == ':' || nb_starts_ci(p, (size_t)(e - p), "\xEF\xBC\x9A") /* ： */ ||
                nb_starts_ci(p, (size_t)(e - p), "\xE3\x80\x81") /* 、 */))
        return v;
    if (*p != ' ') return 0;
    while (p < e && *p == ' ') p++;
    static const char *const counted[] = {"\xE4\xBB\xB6", "\xE4\xB8\xAA", "\xE6\x9D\xA1", "\xE9\xA1\xB9",
                                          "\xE6\xAC\xA1", "\xE4\xBA\xBA", "\xE5\xB9\xB4", "\xE6\x9C\x88",
                                          "\xE6\x97\xA5"}; /* 件个条项次人, and a date's 年月日 */
    for (size_t c = 0; c < sizeof counted / sizeof *counted; c++)
        if (nb_starts_ci(p, (size_t)(e - p), counted[c])) return 0;
    line rest = {p, e};
    return note_line(&rest) ? v : 0;
}

static int next_text(const line *v, int n, int i)
{
    while (i < n && v[i].s == v[i].e) i++;
    return i;
}

/* Notes above the page's foot (lines [0, n)): (marks, notes) pairs as at the foot, read downwards, as
 * a web page prints the notes it writes right under a table (<sup>1</sup>含…). Their marks count up
 * from 1 or from the marks of the page before (next); a note runs to the end of a sentence and is
 * short: a paragraph of the report after a table's last count is no note. */
static void inner_marks(const line *v, int n, int next, int zhu_only, page *pg)
{
    for (int i = next_text(v, n, 0); i < n; i = next_text(v, n, i + 1)) {
        int zf = 0, m = zhu_only ? 0 : mark_line(&v[i]);
        if (!m) m = own_mark_note(&v[i], &zf);
        if (!m || (m != 1 && m != next) || (zhu_only && !zf)) continue;
        int expect = m, j = i, nat = 0;
        const line *at[MAX_MARKS];
        for (;;) { /* a pair: a run of marks, then their notes; or a note that starts with its mark */
            int marks = 0, ends = 0, lines = 0, pair_at = nat, k = j;
            for (; !zhu_only && k < n && nat < MAX_MARKS && mark_line(&v[k]) == expect + marks; k = next_text(v, n, k + 1))
                at[nat++] = &v[k], marks++;
            int zhu_form = 0, own = !marks && k < n && own_mark_note(&v[k], &zhu_form) == expect, last_ends = 0;
            own &= zhu_form || !zhu_only;
            marks += own;
            for (; k < n && lines <= MAX_NOTE_LINES && ((own && !lines) || note_line(&v[k])); k = next_text(v, n, k + 1)) {
                if (lines && own_mark_note(&v[k], NULL) == expect + marks) break; /* the next note */
                lines++, ends += last_ends = ends_sentence(&v[k]);
            }
            if (!marks || !lines || lines > MAX_NOTE_LINES || !last_ends || ends < marks) {
                nat = pair_at;
                break;
            }
            if (own && zhu_form && expect < 64) pg->zhu |= 1ULL << expect;
            expect += marks, j = k;
        }
        if (expect == m) continue;
        if (!pg->last) pg->first = m;
        pg->last = expect - 1;
        for (int k = 0; k < nat; k++) add_mark(pg, at[k]->s);
        next = expect, i = j - 1;
    }
}

/* The print's pages (form feeds between them) and the marks of each one's footnotes: how many pages;
 * pages[] are malloc'd into *out (NULL when no page has footnotes). zhu_only: only notes under the
 * tables written 注1：… (no page's foot, no bare marks). */
static size_t pages_with_marks(const nb_report *r, int zhu_only, page **out)
{
    *out = NULL;
    const unsigned char *t = (const unsigned char *)r->text.data, *end = t + r->text.len;
    size_t npages = 1, any = 0;
    int last_mark = 0; /* a page's notes may go on numbering the last page's */
    unsigned long long zhu_notes = 0;
    for (const unsigned char *p = t; (p = memchr(p, '\f', (size_t)(end - p))) != NULL; p++) npages++;
    page *pg = calloc(npages, sizeof *pg);
    line *lines = NULL;
    size_t cap = 0;
    if (!pg) return 0;
    const unsigned char *ps = t;
    for (size_t k = 0; k < npages; k++) {
        const unsigned char *pe = memchr(ps, '\f', (size_t)(end - ps));
        if (!pe) pe = end;
        pg[k].start = (size_t)(ps - t), pg[k].end = (size_t)(pe - t);
        int n = 0;
        for (const unsigned char *ls = ps; ls < pe;) {
            const unsigned char *le = memchr(ls, '\n', (size_t)(pe - ls));
            if (!le) le = pe;
            if ((size_t)n == cap) {
                size_t c = cap ? 2 * cap : 64;
                line *nv = realloc(lines, c * sizeof *nv);
                if (!nv) goto done;
                lines = nv, cap = c;
            }
            line *l = &lines[n++];
            l->s = ls, l->e = le;
            nb_trim(&l->s, &l->e);
            ls = le + 1;
        }
        /* notes above the foot's come first in their numbering; where the two do not follow on, every
         * mark between them is taken as one (a count is rather left null than read with a mark) */
        page foot = {0};
        int top = zhu_only ? n : foot_marks(lines, n, &foot);
        inner_marks(lines, top, last_mark + 1, zhu_only, &pg[k]);
        /* notes under a table written 注1：…: its counts may be on the pages before, back to the page of
           the notes before them (a table over pages, a page break between it and its notes); a bare
           mark over a note may be a table's last count over the next section's text, so it binds its
           own page only */
        for (size_t j = k; pg[k].last && pg[k].zhu && j-- > 0;) {
            page *b = &pg[j];
            int had = b->inner;
            if (!b->last || pg[k].first < b->first) b->first = pg[k].first;
            if (pg[k].last > b->last) b->last = pg[k].last;
            b->zhu |= pg[k].zhu;
            if (had) break;
        }
        pg[k].inner = pg[k].last != 0;
        if (foot.last) {
            if (!pg[k].last || foot.first < pg[k].first) pg[k].first = foot.first;
            if (foot.last > pg[k].last) pg[k].last = foot.last;
            for (int j = 0; j < foot.nmark; j++) add_mark(&pg[k], foot.mark[j]);
        }
        if (pg[k].last) last_mark = pg[k].last;
        zhu_notes |= pg[k].zhu;
        any += pg[k].last != 0;
        ps = pe + 1;
    }
done:
    free(lines);
    if (zhu_notes && !glues_zhu(t, end)) /* the report's marks are bare digits after all */
        for (size_t k = 0; k < npages; k++) pg[k].zhu = 0;
    if (!any) {
        free(pg);
        return 0;
    }
    *out = pg;
    return npages;
}

/* The page that byte b of the text is on. */
static const page *page_at(const page *pg, size_t npages, size_t b)
{
    size_t lo = 0, hi = npages;
    while (hi - lo > 1) { /* the last page starting at or before b */
        size_t mid = (lo + hi) / 2;
        if (pg[mid].start <= b) lo = mid;
        else hi = mid;
    }
    return &pg[lo];
}

/* Whether byte b of text t is on a line that holds only a footnote's mark: a reader that took it for
 * a count (reading order puts the mark right after the table's last label) took the mark. */
static int on_mark_line(const page *pg, size_t npages, const char *t, size_t b)
{
    const page *p = page_at(pg, npages, b);
    for (int k = 0; k < p->nmark; k++)
        if ((const unsigned char *)t + b >= p->mark[k] && (const unsigned char *)t + b < p->mark[k] + 2) return 1;
    return 0;
}

/* The mark of the page at byte b that digits [d, d + n) end in, with digits before it; 0 if none. */
static int mark_at_end(const page *pg, size_t npages, size_t b, const char *d, size_t n)
{
    const page *p = page_at(pg, npages, b);
    for (int m = p->first; p->last && m <= p->last; m++) {
        if (m < 64 && (p->zhu >> m & 1)) continue;
        char s[4];
        size_t k = (size_t)snprintf(s, sizeof s, "%d", m);
        if (n > k && !memcmp(d + n - k, s, k)) return m;
    }
    return 0;
}

/* The digits a cell's raw text ends in (thousands' commas inside them passed over): where, how many. */
static size_t last_digits(nb_str raw, char *d, size_t cap)
{
    const unsigned char *s = (const unsigned char *)raw.p, *e = s + raw.n;
    nb_trim(&s, &e);
    size_t n = 0;
    const unsigned char *p = e;
    while (p > s && (nb_ascii_digit(p[-1]) || (p[-1] == ',' && p - 1 > s && nb_ascii_digit(p[-2])))) p--;
    for (; p < e; p++)
        if (nb_ascii_digit(*p)) {
            if (n + 1 >= cap) return 0;
            d[n++] = (char)*p;
        }
    d[n] = 0;
    return n;
}

static void say(nb_report *r, const nb_span *span, const char *what, const char *d, int mark)
{
    nb_diag_add(r, "warning", "footnote-mark", span,
                "%s: %s on a page with footnote %d: the count may end in its mark (a raised mark the text "
                "glued on) or not; left null",
                what, d, mark);
}

/* Whether text [s, e) shows a mark as one: after a count, 1286^1 (w3m, lynx), 1286[1], <sup>1</sup>
 * (pandoc's HTML), a superscript digit, 2417注1; or glued onto a label, blanks after it. */
static int shows_marks(const unsigned char *s, const unsigned char *e)
{
    /* 1286¹ (pandoc -t plain), 1286\ :sup:`1` (pandoc -t rst) */
    if (glues_zhu(s, e) || nb_find(s, e, "<sup>") || nb_find(s, e, ":sup:") || nb_find(s, e, "\xC2\xB9") ||
        nb_find(s, e, "\xC2\xB2") || nb_find(s, e, "\xC2\xB3"))
        return 1;
    for (const unsigned char *p = s + 1; p + 1 < e; p++) {
        if ((*p == '^' || *p == '[') && nb_ascii_digit(p[-1])) return 1; /* 1286^1, 3185^注1, 1286[1] */
        /* a mark glued onto a label, blanks after it (（七）总计1   118): the mark is placed */
        if (nb_ascii_digit(*p) && p - s >= 3 && nb_is_han(p - 3, p) && (p[1] == ' ' || p[1] == '\t' || p[1] == '|'))
            return 1;
    }
    return 0;
}

/* Whether a line of [s, e) starts (blanks aside) with a note's mark written 注1 (注 1): a text that is no
 * print is asked no more where none does (most are not: one pass over its line starts). */
static int zhu_note_line(const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *p = s; p < e;) {
        const unsigned char *q = nb_skip_blanks(p, e);
        if (e - q >= 4 && !memcmp(q, "\xE6\xB3\xA8", 3)) { /* 注 */
            q += 3;
            while (q < e && *q == ' ') q++;
            if (q < e && nb_ascii_digit(*q)) return 1;
        }
        const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
        p = nl ? nl + 1 : e;
    }
    return 0;
}

void nb_footnote_marks_unsure(nb_report *r, nb_tables *t)
{
    /* nianbao's own PDF reader sees a mark raised (pdfnotes.c), its HTML and Word readers a <sup> and a
       raised run; a text that is no print is asked where it shows no mark as one (html2markdown drops
       the <sup>, its notes under the tables kept): the whole text is then one page */
    const unsigned char *ts = (const unsigned char *)r->text.data, *te = ts + r->text.len;
    int print = nb_text_is_print(r);
    if (!t || print == 2 ||
        (print == 0 && (!r->format || strcmp(r->format, "text") || !zhu_note_line(ts, te) || shows_marks(ts, te))))
        return;
    page *pg;
    /* a text that is no print has no page's foot, and a bare number over a note there is a table's
       last count over the next section's text: only notes written 注1：… */
    size_t npages = pages_with_marks(r, print == 0, &pg);
    if (!npages) return;
    char d[32];
    int m;
    for (nb_tcell *c = t->cells; c; c = c->next) {
        if (c->has_value && on_mark_line(pg, npages, r->text.data, c->span.byte)) {
            c->has_value = 0;
            nb_diag_add(r, "warning", "footnote-mark", &c->span,
                        "%s: the line holds only the mark of a footnote under it, not the cell's count; left null",
                        c->key);
            continue;
        }
        size_t n = c->has_value ? last_digits(c->raw, d, sizeof d) : 0;
        if (n && (m = mark_at_end(pg, npages, c->span.byte, d, n)) != 0) {
            c->has_value = 0;
            say(r, &c->span, c->key, d, m);
        }
    }
    for (nb_statistic *s = t->stats; s; s = s->next) {
        size_t n = s->has_value ? last_digits(s->raw, d, sizeof d) : 0;
        if (n && (m = mark_at_end(pg, npages, s->span.byte, d, n)) != 0) {
            s->has_value = 0;
            say(r, &s->span, s->label, d, m);
        }
        /* the 历年累计 cell keeps no raw text of its own: its value's digits stand for it */
        if (s->has_cumulative && s->cumulative >= 0 && s->cumulative < 1e15 && s->cumulative == (long long)s->cumulative) {
            n = (size_t)snprintf(d, sizeof d, "%lld", (long long)s->cumulative);
            if ((m = mark_at_end(pg, npages, s->span.byte, d, n)) != 0) {
                s->has_cumulative = 0;
                say(r, &s->span, s->label, d, m);
            }
        }
    }
    free(pg);
}
