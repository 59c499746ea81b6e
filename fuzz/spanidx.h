/* spanidx.h — the span invariant for fuzz/harness.c, in O(1) per span: a span's line and col (1-based,
 * col in characters) must point at its byte in the decoded text, as tests/spancheck.py checks on the
 * JSON. An index of the text, built once per report, gives the line of a byte and its column (the
 * start of each line, and the number of characters before each byte). Lines end at \r\n, \n or \r, as
 * in grammar/lexer.re. Header-only: the harness is one program, built by plain compilers and AFL's. */
#ifndef NB_FUZZ_SPANIDX_H
#define NB_FUZZ_SPANIDX_H

#include <stdint.h>
#include <stdlib.h>

#include "model.h"

typedef struct spanidx {
    const nb_report *r;
    size_t *line_at; /* byte where line i+1 starts */
    size_t nlines;
    uint32_t *chars; /* chars[i]: characters in text[0, i); len + 1 entries */
} spanidx;

static int spanidx_init(spanidx *x, const nb_report *r)
{
    const unsigned char *t = (const unsigned char *)r->text.data;
    size_t n = r->text.len;
    x->r = r;
    x->nlines = 1;
    x->line_at = malloc((n + 1) * sizeof *x->line_at);
    x->chars = malloc((n + 1) * sizeof *x->chars);
    if (!x->line_at || !x->chars) return -1;
    x->line_at[0] = 0;
    uint32_t c = 0;
    for (size_t i = 0; i < n; i++) {
        x->chars[i] = c;
        c += (t[i] & 0xC0) != 0x80; /* a character starts at every byte that continues none */
        if (t[i] == '\n' || (t[i] == '\r' && (i + 1 == n || t[i + 1] != '\n'))) x->line_at[x->nlines++] = i + 1;
    }
    x->chars[n] = c;
    return 0;
}

static void spanidx_free(spanidx *x)
{
    free(x->line_at);
    free(x->chars);
}

/* NULL when the span holds, else what is wrong with it. */
static const char *spanidx_check(const spanidx *x, const nb_span *s)
{
    if (s->line < 1 || s->col < 1 || s->byte > x->r->text.len) return "outside the text";
    if (s->line > x->nlines) return "past the last line";
    size_t start = x->line_at[s->line - 1], end = s->line < x->nlines ? x->line_at[s->line] : x->r->text.len + 1;
    if (s->byte < start || s->byte >= end) return "its byte is not on its line";
    if (x->chars[s->byte] - x->chars[start] + 1 != s->col) return "its col is not its byte's column";
    return NULL;
}

#endif
