/* gluedrun.c — a row's cells run together, kept as written (gluedrun.h). */
#include "gluedrun.h"

#include <string.h>

#include "utf8.h"

void nb_glued_rest(nb_tparse *tp, int row, const nb_ctok *label)
{
    const unsigned char *text = (const unsigned char *)tp->r->text.data;
    size_t len = tp->r->text.len;
    if (label->span.byte >= len || !label->rest.n) return;
    const unsigned char *ls = text + label->span.byte, *e = ls, *p = ls, *run = NULL;
    while (e < text + len && *e != '\n' && *e != '\r') e++;
    while (p < e) { /* the line's last stretch of digits and blanks */
        size_t w = nb_digit_at(p, e, NULL);
        if (w && !run) run = p;
        if (!w && !(w = nb_blank_at(p, e))) {
            run = NULL;
            w = nb_u8len(p, e);
        }
        p += w;
    }
    while (run && e > run && (e[-1] == ' ' || e[-1] == '\t')) e--;
    if (!run) return;
    const unsigned char *q = (const unsigned char *)label->rest.p, *qe = q + label->rest.n;
    for (p = run; p < e;) { /* its digits are the rest's, byte for byte */
        size_t w = nb_blank_at(p, e);
        if (w) {
            p += w;
            continue;
        }
        w = nb_digit_at(p, e, NULL);
        if ((size_t)(qe - q) < w || memcmp(p, q, w)) return;
        p += w;
        q += w;
    }
    if (q != qe) return;
    nb_span at = {label->span.line, label->span.col + (uint32_t)nb_u8count(ls, run), (size_t)(run - text)};
    tp->glued[row] = (nb_glued_run){(const char *)run, (size_t)(e - run), at, 1};
}

/* A text of digits and blanks alone: a run too long to be one number (23881664737301426634562). */
static int digits_only(const nb_ctok *v)
{
    const unsigned char *p = (const unsigned char *)v->raw.p, *e = p + v->raw.n;
    for (size_t w; p < e; p += w)
        if (!(w = nb_digit_at(p, e, NULL)) && !(w = nb_blank_at(p, e))) return 0;
    return v->raw.n > 0;
}

void nb_glued_cells(nb_tparse *tp, int row, nb_tspan cells)
{
    if (!cells.count) return;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (!(v->kind == NB_C_NUM && !v->is_null) && !(v->kind == NB_C_TEXT && digits_only(v))) return;
    }
    const nb_ctok *first = &tp->toks.v[cells.first];
    if (cells.count == 1) { /* the cell as written, its padding taken off (a PDF's cell after a TAB) */
        const unsigned char *p = (const unsigned char *)first->raw.p, *e = p + first->raw.n;
        p = nb_skip_blanks(p, e);
        while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
        nb_span at = first->span;
        int in_text = at.byte < tp->r->text.len && first->raw.p == tp->r->text.data + at.byte;
        if (in_text) { /* the span where the digits start */
            at.col += (uint32_t)nb_u8count((const unsigned char *)first->raw.p, p);
            at.byte += (size_t)(p - (const unsigned char *)first->raw.p);
        }
        tp->glued[row] = (nb_glued_run){(const char *)p, (size_t)(e - p), at, in_text};
        return;
    }
    nb_buf b;
    nb_buf_init(&b);
    for (size_t i = 0; i < cells.count; i++) {
        if (i) nb_buf_putc(&b, ' ');
        nb_buf_put(&b, tp->toks.v[cells.first + i].raw.p, tp->toks.v[cells.first + i].raw.n);
    }
    tp->glued[row] = (nb_glued_run){nb_arena_strndup(&tp->r->arena, b.data ? b.data : "", b.len), b.len, first->span, 0};
    nb_buf_free(&b);
}

