/* json.c — writing a report as JSON (the contract in REPORTS.md). */
#include "json.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "checks.h"
#include "combined.h"
#include "statistics.h"
#include "tables.h"

/* How nb_json_str takes a byte: PLAIN printable ASCII, copied; ESC ASCII that is escaped; CJK a
 * lead byte of three whose continuations may be any of 80..BF (most of a report's text: U+1000..
 * U+CFFF, U+E000..U+FFFF); SEP E2, the same but for U+2028/9; OTHER bytes are checked alone. */
enum { OTHER, PLAIN, ESC, CJK, SEP };
#define P PLAIN
#define E ESC
#define C CJK
static const unsigned char byte_kind[256] = {
    E, E, E, E, E, E, E, E, E, E, E, E, E, E, E, E, /* 00 */
    E, E, E, E, E, E, E, E, E, E, E, E, E, E, E, E, /* 10 */
    P, P, E, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 20: '"' */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 30 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 40 */
    P, P, P, P, P, P, P, P, P, P, P, P, E, P, P, P, /* 50: '\\' */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 60 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 70 */
    [0xE0] = OTHER, C, SEP, C, C, C, C, C, C, C, C, C, C, OTHER /* ED: surrogates */, C, C,
};
#undef P
#undef E
#undef C

static int cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Eight bytes that are all PLAIN: none below 0x20 or from 0x80, none '"' or '\\'. */
static int plain8(const unsigned char *s)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, s, 8);
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    /* with no byte from 0x80, subtracting sets a byte's high bit only where it was below 0x20, or
     * zero after the xor (equal to '"' or '\\') */
    uint64_t bad = x | (x - ones * 0x20) | (q - ones) | (bs - ones);
    return (bad & highs) == 0;
}

/* U+2028 or U+2029 at s (E2 80 A8/A9, three bytes readable): they break JavaScript, so are escaped. */
static int line_sep(const unsigned char *s) { return s[0] == 0xE2 && s[1] == 0x80 && (s[2] & 0xFE) == 0xA8; }

/* The two bytes at s are continuation bytes (the mask reads the same in either byte order). */
static int cont2(const unsigned char *s)
{
    uint16_t w;
    memcpy(&w, s, 2);
    return (w & 0xC0C0) == 0x8080;
}

/* The escape of an ASCII byte that is not PLAIN, at o; returns the end. */
static char *put_escape(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    const char *short_form = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                           : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
    if (short_form) {
        memcpy(o, short_form, 2);
        return o + 2;
    }
    memcpy(o, "\\u00", 4);
    o[4] = hex[c >> 4];
    o[5] = hex[c & 15];
    return o + 6;
}

/* The length of the well-formed UTF-8 character at s (a byte from 0x80), or 0. */
static size_t utf8_len(const unsigned char *s, const unsigned char *e)
{
    unsigned c = *s;
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || (size_t)(e - s) < len) return 0;
    for (size_t i = 1; i < len; i++)
        if (!cont(s[i])) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
    if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
    if (c == 0xF0 && s[1] < 0x90) return 0;
    if (c == 0xF4 && s[1] >= 0x90) return 0;
    return len;
}

/* The character at s (before e), escaped or checked, at *o; returns where the next one starts. */
static const unsigned char *put_char(char **o, const unsigned char *s, const unsigned char *e)
{
    size_t len = 1;
    if (byte_kind[*s] == PLAIN) {
        *(*o)++ = (char)*s;
    } else if (*s < 0x80) {
        *o = put_escape(*o, *s);
    } else if (!(len = utf8_len(s, e))) {
        memcpy(*o, "\\ufffd", 6); /* JSON output must be valid UTF-8 */
        *o += 6;
        len = 1;
    } else if (len == 3 && line_sep(s)) {
        memcpy(*o, s[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
        *o += 6;
    } else {
        memcpy(*o, s, len);
        *o += len;
    }
    return s + len;
}

#if defined(__SSE2__)
/* Copies whole 16-byte blocks of PLAIN bytes and three-byte CJK/SEP characters from *s to *o while
 * 16 bytes are left before lim. Each block starts on a character boundary, and one that ends in a
 * cut character is taken up to it. A block passes when masks of its bytes' kinds agree: high bytes
 * are leads and continuations, and continuations are exactly the two bytes after each lead;
 * U+2028/9 (E2 80 A8/A9) fail it. */
static void copy_blocks(const unsigned char **s, char **o, const unsigned char *lim)
{
    const __m128i top2 = _mm_set1_epi8((char)0xC0), top4 = _mm_set1_epi8((char)0xF0);
    const __m128i x80 = _mm_set1_epi8((char)0x80), xE0 = _mm_set1_epi8((char)0xE0);
    const __m128i xED = _mm_set1_epi8((char)0xED), xE2 = _mm_set1_epi8((char)0xE2);
    const __m128i x20 = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const unsigned char *p = *s;
    char *q = *o;
    while (lim - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)p);
        /* below 0x20 as signed bytes: control characters, and all bytes from 0x80 */
        __m128i escaped = _mm_or_si128(_mm_cmplt_epi8(v, x20),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        size_t step = 16;
        if (_mm_movemask_epi8(escaped)) { /* not all plain ASCII: the characters are checked */
            __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, top2), x80);
            __m128i lead = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, xE0), _mm_cmpeq_epi8(v, xED)),
                                            _mm_cmpeq_epi8(_mm_and_si128(v, top4), xE0));
            __m128i want = _mm_or_si128(_mm_slli_si128(lead, 1), _mm_slli_si128(lead, 2));
            __m128i bad = _mm_or_si128(_mm_xor_si128(cont, want), _mm_andnot_si128(_mm_or_si128(lead, cont), escaped));
            if (_mm_movemask_epi8(bad)) break;
            /* an E2 at 14 or 15 is cut, and looked at in the next block */
            for (unsigned sep = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, xE2)) & 0x3FFF; sep; sep &= sep - 1)
                if (line_sep(p + __builtin_ctz(sep))) goto done;
            unsigned cut = (unsigned)_mm_movemask_epi8(lead) >> 14; /* a lead at 14 or 15 */
            step = cut & 2 ? 15 : cut & 1 ? 14 : 16;
        }
        _mm_storeu_si128((__m128i *)q, v);
        p += step;
        q += step;
    }
done:
    *s = p;
    *o = q;
}
#else
static void copy_blocks(const unsigned char **s, char **o, const unsigned char *lim)
{
    (void)s, (void)o, (void)lim;
}
#endif

/* Input is written in chunks, each with room for its worst case reserved once: no byte grows to
 * more than six ("\u001f", "\ufffd"), and a character begun in the chunk ends at most 3 bytes on. */
enum { CHUNK = 4096, WORST = 6 };

void nb_json_str(nb_buf *b, const char *str, size_t n)
{
    if (!str) { /* a text the report lacks ({NULL, 0}: a blank value's raw) is an empty string */
        str = "";
        n = 0;
    }
    const unsigned char *s = (const unsigned char *)str, *e = s + n;
    const unsigned char *tail = n >= 2 ? e - 2 : s; /* before tail, a character's 3 bytes are there */
    nb_buf_reserve(b, WORST * ((n > CHUNK ? CHUNK : n) + 3) + 2); /* and the quotes */
    char *o = nb_buf_end(b);
    *o++ = '"';
    for (;;) {
        const unsigned char *stop = (size_t)(e - s) > CHUNK ? s + CHUNK : e;
        while (s < stop) {
            /* a run that needs no escaping, by blocks, then a character at a time */
            if (stop - s >= 16) copy_blocks(&s, &o, stop);
            while (s < stop) {
                unsigned k = byte_kind[*s];
                if (k == PLAIN) {
                    *o++ = (char)*s++;
                    for (; stop - s >= 8 && plain8(s); s += 8, o += 8) memcpy(o, s, 8);
                } else if ((k == CJK || k == SEP) && s < tail && cont2(s + 1) && !(k == SEP && line_sep(s))) {
                    memcpy(o, s, 3);
                    o += 3;
                    s += 3;
                } else {
                    break;
                }
            }
            if (s < stop) s = put_char(&o, s, e); /* the one that ended the run */
        }
        if (s >= e) break;
        nb_buf_set_end(b, o);
        nb_buf_reserve(b, WORST * ((size_t)(e - s > CHUNK ? CHUNK : e - s) + 3) + 1);
        o = nb_buf_end(b);
    }
    *o++ = '"';
    nb_buf_set_end(b, o);
}

void nb_json_plain(nb_buf *b, const char *s)
{
    size_t n = strlen(s);
    nb_buf_reserve(b, n + 2);
    char *o = nb_buf_end(b);
    *o = '"';
    memcpy(o + 1, s, n);
    o[n + 1] = '"';
    nb_buf_set_end(b, o + n + 2);
}

void nb_json_cstr(nb_buf *b, const char *s)
{
    if (s) nb_json_str(b, s, strlen(s));
    else nb_buf_puts(b, "null");
}

void nb_json_number(nb_buf *b, double v)
{
    nb_buf_reserve(b, 24);
    char *p = nb_put_g15(nb_buf_end(b), v);
    if (p) {
        nb_buf_set_end(b, p);
        return;
    }
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.15g", v);
    if (strtod(tmp, NULL) != v) snprintf(tmp, sizeof tmp, "%.17g", v);
    nb_buf_puts(b, tmp);
}

/* Written by hand: a report has a span per node, and printf was a third of the writer's time. */
void nb_json_span(nb_buf *b, const nb_span *s)
{
    nb_buf_reserve(b, 96);
    char *p = nb_buf_end(b);
    memcpy(p, "{\"line\":", 8);
    p = nb_put_u64(p + 8, s->line);
    memcpy(p, ",\"col\":", 7);
    p = nb_put_u64(p + 7, s->col);
    memcpy(p, ",\"byte\":", 8);
    p = nb_put_u64(p + 8, s->byte);
    *p++ = '}';
    nb_buf_set_end(b, p);
}

static void paras(nb_buf *b, const nb_para *p)
{
    nb_buf_putc(b, '[');
    for (; p; p = p->next) {
        nb_buf_puts(b, "{\"text\":");
        nb_json_str(b, p->text.p, p->text.n);
        nb_buf_puts(b, ",\"span\":");
        nb_json_span(b, &p->span);
        nb_buf_putc(b, '}');
        if (p->next) nb_buf_putc(b, ',');
    }
    nb_buf_putc(b, ']');
}

/* Raw tables are written in place, row by row, each cell with its raw text and span. */
static void rawtables(nb_buf *b, const nb_rawtable *t)
{
    nb_buf_putc(b, '[');
    for (; t; t = t->next) {
        nb_buf_puts(b, "{\"span\":");
        nb_json_span(b, &t->span);
        nb_buf_puts(b, ",\"rows\":[[");
        unsigned row = 0;
        for (const nb_cell *c = t->cells; c; c = c->next) {
            if (c != t->cells) nb_buf_puts(b, c->row != row ? "],[" : ",");
            row = c->row;
            nb_buf_puts(b, "{\"raw\":");
            nb_json_str(b, c->raw.p, c->raw.n);
            nb_buf_puts(b, ",\"span\":");
            nb_json_span(b, &c->span);
            nb_buf_putc(b, '}');
        }
        nb_buf_puts(b, "]]}");
        if (t->next) nb_buf_putc(b, ',');
    }
    nb_buf_putc(b, ']');
}

static void sections(nb_buf *b, const nb_section *s)
{
    nb_buf_putc(b, '[');
    for (; s; s = s->next) {
        nb_buf_puts(b, "{\"level\":");
        nb_buf_puti(b, s->level);
        nb_buf_puts(b, ",\"number\":");
        nb_json_str(b, s->number.p, s->number.n);
        nb_buf_puts(b, ",\"title\":");
        nb_json_str(b, s->title.p, s->title.n);
        nb_buf_puts(b, ",\"span\":");
        nb_json_span(b, &s->span);
        nb_buf_puts(b, ",\"paragraphs\":");
        paras(b, s->paras);
        if (s->tables) {
            nb_buf_puts(b, ",\"tables\":");
            rawtables(b, s->tables);
        }
        nb_buf_puts(b, ",\"children\":");
        sections(b, s->children);
        nb_buf_putc(b, '}');
        if (s->next) nb_buf_putc(b, ',');
    }
    nb_buf_putc(b, ']');
}

static void meta(nb_buf *b, const nb_report *r)
{
    nb_buf_putc(b, '{');
    for (const nb_meta *k = r->meta; k; k = k->next) {
        if (k != r->meta) nb_buf_putc(b, ',');
        nb_json_cstr(b, k->key);
        nb_buf_putc(b, ':');
        nb_json_cstr(b, k->value);
    }
    /* keys that repeat, each as a list, in the order of their first value; there are few such
     * keys, so one pass over the values per key keeps this linear */
    const char *done[8];
    size_t ndone = 0;
    for (const nb_meta *k = r->lists; k; k = k->next) {
        int seen = 0;
        for (size_t i = 0; i < ndone && !seen; i++) seen = !strcmp(done[i], k->key);
        if (seen || ndone == sizeof done / sizeof done[0]) continue;
        done[ndone++] = k->key;
        if (r->meta || ndone > 1) nb_buf_putc(b, ',');
        nb_json_cstr(b, k->key);
        nb_buf_puts(b, ":[");
        for (const nb_meta *v = k; v; v = v->next)
            if (!strcmp(v->key, k->key)) {
                if (v != k) nb_buf_putc(b, ',');
                nb_json_cstr(b, v->value);
            }
        nb_buf_putc(b, ']');
    }
    nb_buf_putc(b, '}');
}

static void statistics(nb_buf *b, const nb_statistic *s)
{
    nb_buf_putc(b, '[');
    for (; s; s = s->next) {
        nb_buf_puts(b, "{\"label\":");
        nb_json_cstr(b, s->label);
        nb_buf_puts(b, ",\"path\":[");
        for (int i = 0; i < s->depth; i++) {
            if (i) nb_buf_putc(b, ',');
            nb_json_cstr(b, s->path[i]);
        }
        nb_buf_puts(b, "],\"unit\":");
        nb_json_cstr(b, s->unit);
        nb_buf_puts(b, ",\"value\":");
        if (s->has_value) nb_buf_putg(b, s->value);
        else nb_buf_puts(b, "null");
        if (s->has_cumulative) {
            nb_buf_puts(b, ",\"cumulative\":");
            nb_buf_putg(b, s->cumulative);
        } else if (s->cum_column) {
            nb_buf_puts(b, ",\"cumulative\":null"); /* the table has the column, the row a blank */
        }
        nb_buf_puts(b, ",\"raw\":");
        nb_json_str(b, s->raw.p, s->raw.n);
        nb_buf_puts(b, ",\"span\":");
        nb_json_span(b, &s->span);
        nb_buf_putc(b, '}');
        if (s->next) nb_buf_putc(b, ',');
    }
    nb_buf_putc(b, ']');
}

/* ---- tables and cells ---------------------------------------------------------------------------------- */

/* A piece of a dotted key. */
typedef struct seg {
    const char *p;
    size_t n;
} seg;

enum { MAX_SEGS = 16 };

/* Writes "a.b.c": value as nested objects, given leaves in an order where shared prefixes are
 * contiguous (the rows' order). open holds the path of the objects currently open. */
typedef struct nest {
    nb_buf *b;
    seg open[MAX_SEGS];
    size_t nopen;
    int first; /* nothing written yet in the innermost object */
} nest;

/* Appends the '.'-separated segments of s to path[k..] (MAX_SEGS in all at most); returns the count. */
static size_t split_path(const char *s, seg *path, size_t k)
{
    for (;;) {
        const char *dot = strchr(s, '.');
        size_t n = dot ? (size_t)(dot - s) : strlen(s);
        if (k < MAX_SEGS) path[k++] = (seg){s, n};
        if (!dot) return k;
        s = dot + 1;
    }
}

static int same_seg(seg a, seg b) { return a.n == b.n && !memcmp(a.p, b.p, a.n); }

static void nest_leaf(nest *ns, const seg *path, size_t np, const nb_tcell *c)
{
    /* common whole segments between the open path and the leaf's parent */
    size_t common = 0;
    while (common < ns->nopen && common < np - 1 && same_seg(ns->open[common], path[common])) common++;
    for (size_t i = common; i < ns->nopen; i++) nb_buf_putc(ns->b, '}');
    if (ns->nopen > common) ns->first = 0;
    for (size_t i = common; i < np - 1; i++) {
        if (!ns->first) nb_buf_putc(ns->b, ',');
        nb_json_str(ns->b, path[i].p, path[i].n);
        nb_buf_puts(ns->b, ":{");
        ns->first = 1;
    }
    if (!ns->first) nb_buf_putc(ns->b, ',');
    nb_json_str(ns->b, path[np - 1].p, path[np - 1].n);
    nb_buf_putc(ns->b, ':');
    if (c && c->has_value) nb_json_number(ns->b, c->value);
    else nb_buf_puts(ns->b, "null");
    ns->first = 0;
    memcpy(ns->open, path, (np - 1) * sizeof *path);
    ns->nopen = np - 1;
}

static void tables(nb_buf *b, const nb_report *r)
{
    const nb_tables *t = r->tables;
    nb_buf_putc(b, '{');
    if (!t) {
        nb_buf_putc(b, '}');
        return;
    }
    nest ns = {.b = b, .first = 1};
    const unsigned char *counts = t->counts;
    for (int row = 0; row < t->keys.n; row++) {
        const nb_rowdef *d = t->keys.rows[row];
        if (!counts[row] && nb_row_is_combined(d->key)) continue; /* not printed so */
        seg path[MAX_SEGS]; /* the row's key, then a column's */
        size_t nkey = split_path(d->key, path, 0);
        for (int i = 0; i < d->arity; i++) nest_leaf(&ns, path, split_path(d->cols[i], path, nkey), t->grid[row][i]);
    }
    /* close the objects still open, then the table's */
    for (size_t i = 0; i < ns.nopen; i++) nb_buf_putc(b, '}');
    if (t->stats) {
        if (ns.nopen) nb_buf_putc(b, ',');
        nb_buf_puts(b, "\"statistics\":");
        statistics(b, t->stats);
    }
    nb_buf_putc(b, '}');
}

static void cells(nb_buf *b, const nb_report *r)
{
    nb_buf_putc(b, '[');
    if (r->tables)
        for (const nb_tcell *c = r->tables->cells; c; c = c->next) {
            nb_buf_puts(b, "{\"key\":");
            nb_json_plain(b, c->key);
            nb_buf_puts(b, ",\"row\":");
            nb_json_cstr(b, c->row);
            nb_buf_puts(b, ",\"column\":");
            nb_json_plain(b, c->column);
            nb_buf_puts(b, ",\"raw\":");
            nb_json_str(b, c->raw.p, c->raw.n);
            nb_buf_puts(b, ",\"value\":");
            if (c->has_value) nb_json_number(b, c->value);
            else nb_buf_puts(b, "null");
            if (c->recovered) nb_buf_puts(b, ",\"recovered\":true");
            nb_buf_puts(b, ",\"span\":");
            nb_json_span(b, &c->span);
            nb_buf_putc(b, '}');
            if (c->next) nb_buf_putc(b, ',');
        }
    nb_buf_putc(b, ']');
}

/* ---- checks ---------------------------------------------------------------------------------------- */

static void json_num(nb_buf *b, int has, double v)
{
    if (has) nb_buf_putg(b, v == 0 ? 0 : v); /* -0 as 0, as the messages write it */
    else nb_buf_puts(b, "null");
}

void nb_json_check(nb_buf *b, const nb_check *c)
{
    nb_buf_puts(b, "{\"rule\":");
    nb_json_cstr(b, c->rule);
    nb_buf_puts(b, ",\"where\":");
    nb_json_cstr(b, c->where);
    nb_buf_puts(b, c->ok ? ",\"ok\":true" : ",\"ok\":false");
    if (!c->assessed) nb_buf_puts(b, ",\"assessed\":false");
    nb_buf_puts(b, ",\"expected\":");
    json_num(b, c->has_expected, c->expected);
    nb_buf_puts(b, ",\"actual\":");
    json_num(b, c->has_actual, c->actual);
    if (c->ok) { /* a check that holds needs no more: the cells are in "cells" by their keys */
        nb_buf_putc(b, '}');
        return;
    }
    if (c->message) {
        nb_buf_puts(b, ",\"message\":");
        nb_json_cstr(b, c->message);
    }
    if (c->has_span) {
        nb_buf_puts(b, ",\"span\":");
        nb_json_span(b, &c->span);
    }
    nb_buf_puts(b, ",\"cells\":[");
    for (size_t i = 0; i < c->ncells; i++) {
        const nb_check_cell *x = &c->cells[i];
        if (i) nb_buf_putc(b, ',');
        nb_buf_puts(b, "{\"key\":");
        nb_json_cstr(b, x->key);
        nb_buf_puts(b, ",\"value\":");
        json_num(b, x->has_value, x->value);
        if (x->source) {
            nb_buf_puts(b, ",\"source\":");
            nb_json_cstr(b, x->source);
        }
        if (x->present) {
            nb_buf_puts(b, ",\"span\":");
            nb_json_span(b, &x->span);
        }
        nb_buf_putc(b, '}');
    }
    nb_buf_puts(b, "]}");
}

static void checks(nb_buf *b, const nb_report *r)
{
    nb_buf_putc(b, '[');
    if (r->checks)
        for (const nb_check *c = r->checks->head; c; c = c->next) {
            nb_json_check(b, c);
            if (c->next) nb_buf_putc(b, ',');
        }
    nb_buf_putc(b, ']');
}

static void diags(nb_buf *b, const nb_report *r)
{
    nb_buf_putc(b, '[');
    for (const nb_diag *d = r->diags; d; d = d->next) {
        nb_buf_puts(b, "{\"severity\":");
        nb_json_cstr(b, d->severity);
        nb_buf_puts(b, ",\"code\":");
        nb_json_cstr(b, d->code);
        nb_buf_puts(b, ",\"message\":");
        nb_json_cstr(b, d->message);
        if (d->has_span) {
            nb_buf_puts(b, ",\"span\":");
            nb_json_span(b, &d->span);
        }
        nb_buf_putc(b, '}');
        if (d->next) nb_buf_putc(b, ',');
    }
    if (r->ndiags > 1000) {
        if (r->diags) nb_buf_putc(b, ',');
        nb_buf_printf(b, "{\"severity\":\"info\",\"code\":\"diagnostics-truncated\",\"message\":\"%zu more diagnostics not listed\"}",
                      r->ndiags - 1000);
    }
    nb_buf_putc(b, ']');
}

static void source(nb_buf *b, const nb_report *r)
{
    nb_buf_puts(b, "\"source\":{\"path\":");
    nb_json_cstr(b, r->path);
    nb_buf_puts(b, ",\"bytes\":");
    nb_buf_putu(b, r->bytes);
    nb_buf_puts(b, ",\"encoding\":");
    nb_json_cstr(b, r->encoding);
    nb_buf_puts(b, ",\"format\":");
    nb_json_cstr(b, r->format);
    nb_buf_putc(b, '}');
}

void nb_json_report(nb_buf *b, const nb_report *r)
{
    nb_buf_puts(b, "{\"nianbao\":1,");
    source(b, r);
    if (r->error) {
        nb_buf_puts(b, ",\"error\":");
        nb_json_cstr(b, r->error);
        nb_buf_puts(b, ",\"diagnostics\":");
        diags(b, r);
        nb_buf_putc(b, '}');
        return;
    }
    nb_buf_puts(b, ",\"edition\":");
    nb_json_cstr(b, r->edition ? r->edition : "unknown");
    nb_buf_puts(b, ",\"title\":");
    nb_json_cstr(b, r->title);
    nb_buf_puts(b, ",\"agency\":");
    nb_json_cstr(b, r->agency);
    nb_buf_puts(b, ",\"year\":");
    if (r->year) nb_buf_puti(b, r->year);
    else nb_buf_puts(b, "null");
    nb_buf_puts(b, ",\"meta\":");
    meta(b, r);
    nb_buf_puts(b, ",\"preamble\":");
    paras(b, r->preamble);
    if (r->preamble_tables) {
        nb_buf_puts(b, ",\"preamble_tables\":");
        rawtables(b, r->preamble_tables);
    }
    nb_buf_puts(b, ",\"sections\":");
    sections(b, r->sections);
    nb_buf_puts(b, ",\"tables\":");
    tables(b, r);
    nb_buf_puts(b, ",\"cells\":");
    cells(b, r);
    nb_buf_puts(b, ",\"checks\":");
    checks(b, r);
    nb_buf_puts(b, ",\"diagnostics\":");
    diags(b, r);
    nb_buf_putc(b, '}');
}

void nb_json_pretty(nb_buf *out, const char *json, size_t n)
{
    int depth = 0, in_str = 0;
    for (size_t i = 0; i < n; i++) {
        char c = json[i];
        if (in_str) {
            nb_buf_putc(out, c);
            if (c == '\\' && i + 1 < n) nb_buf_putc(out, json[++i]);
            else if (c == '"') in_str = 0;
            continue;
        }
        switch (c) {
        case '"': in_str = 1; nb_buf_putc(out, c); break;
        case '{': case '[':
            /* keep empty containers and spans on one line */
            if (i + 1 < n && (json[i + 1] == '}' || json[i + 1] == ']')) {
                nb_buf_putc(out, c);
                nb_buf_putc(out, json[++i]);
                break;
            }
            if (c == '{' && i >= 7 && memcmp(json + i - 7, "\"span\":", 7) == 0) {
                const char *end = memchr(json + i, '}', n - i);
                if (end) {
                    nb_buf_put(out, json + i, (size_t)(end - (json + i)) + 1);
                    i = (size_t)(end - json);
                    break;
                }
            }
            depth++;
            nb_buf_putc(out, c);
            nb_buf_putc(out, '\n');
            for (int k = 0; k < depth; k++) nb_buf_puts(out, "  ");
            break;
        case '}': case ']':
            depth--;
            nb_buf_putc(out, '\n');
            for (int k = 0; k < depth; k++) nb_buf_puts(out, "  ");
            nb_buf_putc(out, c);
            break;
        case ',':
            nb_buf_putc(out, c);
            nb_buf_putc(out, '\n');
            for (int k = 0; k < depth; k++) nb_buf_puts(out, "  ");
            break;
        case ':': nb_buf_puts(out, ": "); break;
        default: nb_buf_putc(out, c);
        }
    }
}
