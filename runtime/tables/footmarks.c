/* footmarks.c — counts that may end in a footnote's mark, on a print's page with footnotes
 * (footmarks.h). */
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
} page;

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
    if (p == e || nb_ascii_digit(*p) || *p == '(' || nb_starts_ci(p, (size_t)(e - p), "\xEF\xBC\x88")) return 0; /* （ */
    int han = 0;
    for (size_t k; p < e; p += k) {
        k = nb_u8len(p, e);
        if (nb_is_han(p, e)) han++;
        /* 一、 … 十、: a heading */
        if (p == l->s && k == 3 && e - p >= 6 && nb_starts_ci(p + 3, (size_t)(e - p - 3), "\xE3\x80\x81")) return 0;
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
 * reading order. The marks count up from pair to pair. */
static void foot_marks(const line *v, int n, page *pg)
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
    int first = 0, last = 0;
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
            break;
        }
        if (!top || (first && top != first - 1)) break;
        for (; i >= 0; i--) {
            if (v[i].s == v[i].e) continue;
            int m = mark_line(&v[i]);
            if (!m || m != top - (marks ? 1 : 0)) break;
            top = m, marks++;
        }
        if (marks > ends) break;
        first = top;
        if (!last) last = bottom;
    }
    if (last && last - first < MAX_MARKS) pg->first = first, pg->last = last;
}

/* The print's pages (form feeds between them) and the marks of each one's footnotes: how many pages;
 * pages[] are malloc'd into *out (NULL when no page has footnotes). */
static size_t pages_with_marks(const nb_report *r, page **out)
{
    *out = NULL;
    const unsigned char *t = (const unsigned char *)r->text.data, *end = t + r->text.len;
    size_t npages = 1, any = 0;
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
        foot_marks(lines, n, &pg[k]);
        any += pg[k].last != 0;
        ps = pe + 1;
    }
done:
    free(lines);
    if (!any) {
        free(pg);
        return 0;
    }
    *out = pg;
    return npages;
}

/* The mark of the page at byte b that digits [d, d + n) end in, with digits before it; 0 if none. */
static int mark_at_end(const page *pg, size_t npages, size_t b, const char *d, size_t n)
{
    size_t lo = 0, hi = npages;
    while (hi - lo > 1) { /* the last page starting at or before b */
        size_t mid = (lo + hi) / 2;
        if (pg[mid].start <= b) lo = mid;
        else hi = mid;
    }
    for (int m = pg[lo].first; pg[lo].last && m <= pg[lo].last; m++) {
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
                "%s: %s on a page whose foot has footnote %d: the count may end in its mark (a print's raised "
                "mark, glued on in the text) or not; left null",
                what, d, mark);
}

void nb_footnote_marks_unsure(nb_report *r, nb_tables *t)
{
    if (!t || nb_text_is_print(r) != 1) return; /* nianbao's own PDF reader sees a mark raised (pdfnotes.c) */
    page *pg;
    size_t npages = pages_with_marks(r, &pg);
    if (!npages) return;
    char d[32];
    int m;
    for (nb_tcell *c = t->cells; c; c = c->next) {
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
