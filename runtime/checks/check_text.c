/* check_text.c — the words of the checks' messages: numbers as the JSON writes them, phrases
 * quoted, cells named by their labels, and why a cell has no value. Names and messages are written
 * only for a check that does not hold: most hold, and printing is most of the cost. */
#include "checks.h"
#include "checks_int.h"

#include "numbers.h"

/* A number as "%.15g" writes it (nb_buf_putg), but -0 as 0. */
void nbc_num(nb_buf *b, double v)
{
    nb_buf_putg(b, v == 0 ? 0 : v);
}

/* A phrase for a message: short ones whole, long ones by their two ends. */
void nbc_quote(nb_buf *b, nb_str s)
{
    const unsigned char *p = (const unsigned char *)s.p, *e = p + s.n;
    size_t chars = 0;
    for (const unsigned char *q = p; q < e; q++) chars += (*q & 0xC0) != 0x80;
    nb_buf_puts(b, "“");
    if (chars <= 30) {
        nb_buf_put(b, s.p, s.n);
    } else { /* 12 characters, …, the last 12 */
        const unsigned char *a = p, *z = e;
        for (int k = 0; k < 12 && a < e; k++) {
            a++;
            while (a < e && (*a & 0xC0) == 0x80) a++;
        }
        for (int k = 0; k < 12 && z > p; k++) {
            z--;
            while (z > p && (*z & 0xC0) == 0x80) z--;
        }
        nb_buf_put(b, p, (size_t)(a - p));
        nb_buf_puts(b, "…");
        nb_buf_put(b, z, (size_t)(e - z));
    }
    nb_buf_puts(b, "”");
}

/* The label as written, without line breaks and padding, for messages. */
const char *nbc_label_of(nb_report *r, const char *s)
{
    nb_buf b;
    nb_buf_init(&b);
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
        if (*p != '\n' && *p != '\r' && *p != '\t' && *p != ' ') nb_buf_putc(&b, (char)*p);
    const char *out = nb_arena_strndup(&r->arena, b.data ? b.data : "", b.len);
    nb_buf_free(&b);
    return out;
}

/* Made when first asked: most cells are in checks that hold, and need no name. */
const char *nbc_name_of(nb_report *r, xcell *x)
{
    if (!x->c.name) {
        const char *row = x->row_label ? nbc_label_of(r, x->row_label) : x->c.key;
        x->c.name = nb_arena_printf(&r->arena, "%s %s", row, x->col_label ? x->col_label : "");
    }
    return x->c.name;
}

/* Why a cell has no value: nothing written, or something that is no number (a dash, glued cells
 * that split more than one way). */
void nbc_why_blank(nb_buf *msg, const nb_check_cell *c)
{
    if (!c->present) {
        nb_buf_printf(msg, "%s is missing", c->name);
        return;
    }
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    nb_trim_all(&s, &e);
    int dash = 0;
    if (s < e && nb_is_number(s, e, &dash) && dash) { /* a dash or slash says "none" */
        nb_buf_printf(msg, "%s is blank (written ", c->name);
        nb_str w = {(const char *)s, (size_t)(e - s)};
        nbc_quote(msg, w);
        nb_buf_putc(msg, ')');
    } else if (s == e) nb_buf_printf(msg, "%s is blank", c->name);
    else {
        nb_buf_printf(msg, "%s has no number (written ", c->name);
        nb_str w = {(const char *)s, (size_t)(e - s)};
        nbc_quote(msg, w);
        nb_buf_putc(msg, ')');
    }
    if (c->source) nb_buf_printf(msg, " in %s (line %u)", c->source, c->span.line);
}
