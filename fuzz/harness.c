/* harness.c — fuzz target over the whole parse-to-JSON path: nb_parse, nb_report_json, the --pretty
 * printer, and checks of what they give back (the output is one line of valid JSON in valid UTF-8,
 * spans lie inside the decoded text). A failed check aborts, so the fuzzer reports it as a crash.
 *
 * The target `parse` of fuzz/run.sh; main() and how to replay an input: fuzz/fuzz.h. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include "fuzz.h"
#include "json.h"
#include "nianbao.h"
#include "spanidx.h"
#include "tables.h"

/* ---- a strict JSON checker (RFC 8259): the output contract is JSON, so anything else is a bug ---- */

typedef struct jp {
    const unsigned char *p, *e;
    int depth;
} jp;

static void ws(jp *j)
{
    while (j->p < j->e && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')) j->p++;
}

static int lit(jp *j, const char *s)
{
    size_t n = strlen(s);
    if ((size_t)(j->e - j->p) < n || memcmp(j->p, s, n) != 0) return 0;
    j->p += n;
    return 1;
}

static int hex4(jp *j)
{
    for (int i = 0; i < 4; i++, j->p++) {
        if (j->p >= j->e) return 0;
        unsigned c = *j->p;
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return 0;
    }
    return 1;
}

/* A string: escapes as JSON allows, no raw control character, valid UTF-8 (no surrogates). */
static int str(jp *j)
{
    if (!lit(j, "\"")) return 0;
    while (j->p < j->e) {
        unsigned c = *j->p;
        if (c == '"') {
            j->p++;
            return 1;
        }
        if (c < 0x20) return 0;
        if (c == '\\') {
            j->p++;
            if (j->p >= j->e) return 0;
            c = *j->p++;
            if (c == 'u') {
                if (!hex4(j)) return 0;
            } else if (!strchr("\"\\/bfnrt", (int)c) || c == 0) {
                return 0;
            }
            continue;
        }
        if (c < 0x80) {
            j->p++;
            continue;
        }
        size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!len || (size_t)(j->e - j->p) < len) return 0;
        for (size_t i = 1; i < len; i++)
            if ((j->p[i] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && j->p[1] < 0xA0) return 0;
        if (c == 0xED && j->p[1] >= 0xA0) return 0;
        if (c == 0xF0 && j->p[1] < 0x90) return 0;
        if (c == 0xF4 && j->p[1] >= 0x90) return 0;
        j->p += len;
    }
    return 0;
}

static int digits(jp *j)
{
    const unsigned char *s = j->p;
    while (j->p < j->e && *j->p >= '0' && *j->p <= '9') j->p++;
    return j->p > s;
}

static int number(jp *j)
{
    if (j->p < j->e && *j->p == '-') j->p++;
    if (j->p < j->e && *j->p == '0') j->p++;
    else if (!digits(j)) return 0;
    if (j->p < j->e && *j->p == '.') {
        j->p++;
        if (!digits(j)) return 0;
    }
    if (j->p < j->e && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->e && (*j->p == '+' || *j->p == '-')) j->p++;
        if (!digits(j)) return 0;
    }
    return 1;
}

static int value(jp *j)
{
    ws(j);
    if (j->p >= j->e) return 0;
    /* the model nests sections at most five deep: a deeper document is a bug, and the bound keeps
     * this recursion safe */
    if (j->depth > 64) return 0;
    switch (*j->p) {
    case '{':
    case '[': {
        int obj = *j->p == '{';
        j->p++;
        j->depth++;
        ws(j);
        if (j->p < j->e && *j->p == (obj ? '}' : ']')) {
            j->p++;
            j->depth--;
            return 1;
        }
        for (;;) {
            if (obj) {
                ws(j);
                if (!str(j)) return 0;
                ws(j);
                if (!lit(j, ":")) return 0;
            }
            if (!value(j)) return 0;
            ws(j);
            if (lit(j, ",")) continue;
            if (!lit(j, obj ? "}" : "]")) return 0;
            j->depth--;
            return 1;
        }
    }
    case '"': return str(j);
    case 't': return lit(j, "true");
    case 'f': return lit(j, "false");
    case 'n': return lit(j, "null");
    default: return number(j);
    }
}

/* One JSON object and nothing else; where the JSON breaks is printed for the replay. */
static void check_json(const char *what, const char *s, size_t n)
{
    jp j = {(const unsigned char *)s, (const unsigned char *)s + n, 0};
    ws(&j);
    int ok = j.p < j.e && *j.p == '{' && value(&j);
    ws(&j);
    if (!ok || j.p != j.e)
        FAIL("%s is not one valid JSON object (at byte %zu of %zu: \"%.40s\")", what,
             (size_t)(j.p - (const unsigned char *)s), n, (const char *)j.p);
}

/* ---- the model: every span and every string taken from the text lies inside the text ---- */

/* ... and its line and col point at its byte (spanidx.h) */
static void check_span(const spanidx *x, const nb_span *s, const char *what)
{
    const char *bad = spanidx_check(x, s);
    if (bad)
        FAIL("%s span {line %u, col %u, byte %zu}: %s (%zu bytes)", what, s->line, s->col, s->byte, bad,
             x->r->text.len);
}

/* A string cut from the text lies inside it and starts where its span says (one built elsewhere,
 * in the arena, is only required to exist). */
static void check_slice(const nb_report *r, const nb_str *t, const nb_span *s, const char *what)
{
    const char *b = r->text.data, *e = b + r->text.len;
    if (!t->p && t->n) FAIL("%s text is NULL", what);
    if (!t->p || (uintptr_t)t->p < (uintptr_t)b || (uintptr_t)t->p > (uintptr_t)e) return;
    if (t->n > (size_t)(e - t->p)) FAIL("%s text runs past the end of the decoded text", what);
    if ((size_t)(t->p - b) != s->byte)
        FAIL("%s span byte %zu but its text is at byte %zu", what, s->byte, (size_t)(t->p - b));
}

static void check_paras(const spanidx *x, const nb_para *p)
{
    for (; p; p = p->next) {
        check_span(x, &p->span, "paragraph");
        check_slice(x->r, &p->text, &p->span, "paragraph");
        if (p->pieces && nb_para_source(p, p->text.p) != (const unsigned char *)x->r->text.data + p->span.byte)
            FAIL("paragraph span byte %zu is not where its cleaned text's first byte was", p->span.byte);
        if (p->text.n == 0) FAIL("empty paragraph at byte %zu", p->span.byte);
    }
}

static void check_tables(const spanidx *x, const nb_rawtable *t)
{
    for (; t; t = t->next) {
        check_span(x, &t->span, "table");
        if (!t->cells) FAIL("table without cells at byte %zu", t->span.byte);
        for (const nb_cell *c = t->cells; c; c = c->next) {
            check_span(x, &c->span, "cell");
            check_slice(x->r, &c->raw, &c->span, "cell");
        }
    }
}

/* Sections come in input order: a pre-order walk never goes back in the text. */
static void check_sections(const spanidx *x, const nb_section *s, int depth, size_t *last)
{
    if (depth > 5 && s) FAIL("sections nested %d deep (at byte %zu)", depth, s->span.byte);
    for (; s; s = s->next) {
        check_span(x, &s->span, "section");
        if (s->span.byte < *last) FAIL("section at byte %zu comes after byte %zu", s->span.byte, *last);
        *last = s->span.byte;
        if (s->level < 1 || s->level > 5) FAIL("section level %d at byte %zu", s->level, s->span.byte);
        if (s->title.n == 0) FAIL("section without a title at byte %zu", s->span.byte);
        check_paras(x, s->paras);
        check_tables(x, s->tables);
        check_sections(x, s->children, depth + 1, last);
    }
}

static void check_model(const nb_report *r)
{
    if (r->error) {
        fuzz_check_reason("nb_parse", r->error);
        return;
    }
    fuzz_check_text("the report's text", r->text.data, r->text.len); /* every reader's output, decoded */
    spanidx x;
    if (spanidx_init(&x, r)) FAIL("out of memory for the span index");
    for (const nb_diag *d = r->diags; d; d = d->next) {
        fuzz_check_diag(d->severity, d->code, d->message);
        size_t n = strlen(d->message);
        if (fuzz_utf8_end((const unsigned char *)d->message, n) != n) FAIL("diagnostic %s not UTF-8", d->code);
        if (d->has_span) check_span(&x, &d->span, "diagnostic");
    }
    check_paras(&x, r->preamble);
    check_tables(&x, r->preamble_tables);
    size_t last = 0;
    check_sections(&x, r->sections, 1, &last);
    for (const nb_tcell *c = r->tables ? r->tables->cells : NULL; c; c = c->next) { /* parse's "cells" */
        check_span(&x, &c->span, "table cell");
        check_slice(r, &c->raw, &c->span, "table cell");
    }
    spanidx_free(&x);
}

/* ---- one input ---- */

/* A .doc input would start LibreOffice (runtime/read/doc_convert.h), seconds per input: with no PATH
 * the converter is not found, and the harness checks the error path instead. */
static void no_converter(void) { setenv("PATH", "", 1); }

static void one(const unsigned char *data, size_t len)
{
    static int ready;
    if (!ready++) no_converter();
    nb_options opt = {.path = "fuzz-input", .encoding = NULL};
    nb_report *r = nb_parse(data, len, &opt);
    if (!r) FAIL("nb_parse returned NULL");
    check_model(r);
    nb_buf out;
    nb_buf_init(&out);
    nb_json_report(&out, r);
    if (memchr(out.data, '\n', out.len)) FAIL("JSON output is not one line");
    check_json("JSON output", out.data, out.len);
    nb_buf pretty;
    nb_buf_init(&pretty);
    nb_json_pretty(&pretty, out.data, out.len);
    check_json("--pretty output", pretty.data, pretty.len);
    nb_buf_free(&pretty);
    nb_buf_free(&out);
    nb_report_free(r);
}
