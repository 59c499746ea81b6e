/* json.c — writing a report as JSON (the contract in REPORTS.md). */
#include "json.h"

#include <string.h>

#include "tables.h"

void nb_json_str(nb_buf *b, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str, *e = s + n;
    nb_buf_reserve(b, n + 2);
    nb_buf_putc(b, '"');
    while (s < e) {
        const unsigned char *run = s;
        /* copy plain ASCII and well-formed CJK (U+3000..U+9FFF: lead bytes E3..E9) in one go */
        for (;;) {
            if (s < e && *s >= 0x20 && *s < 0x80 && *s != '"' && *s != '\\') s++;
            else if (e - s >= 3 && *s >= 0xE3 && *s <= 0xE9 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) s += 3;
            else break;
        }
        if (s > run) nb_buf_put(b, run, (size_t)(s - run));
        if (s >= e) break;
        unsigned c = *s;
        if (c < 0x80) {
            switch (c) {
            case '"': nb_buf_puts(b, "\\\""); break;
            case '\\': nb_buf_puts(b, "\\\\"); break;
            case '\n': nb_buf_puts(b, "\\n"); break;
            case '\r': nb_buf_puts(b, "\\r"); break;
            case '\t': nb_buf_puts(b, "\\t"); break;
            case '\b': nb_buf_puts(b, "\\b"); break;
            case '\f': nb_buf_puts(b, "\\f"); break;
            default: nb_buf_printf(b, "\\u%04x", c);
            }
            s++;
            continue;
        }
        /* a multi-byte character, checked strictly: JSON output must be valid UTF-8 */
        size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        int ok = len && (size_t)(e - s) >= len;
        for (size_t i = 1; ok && i < len; i++) ok = (s[i] & 0xC0) == 0x80;
        if (ok && len == 3) {
            if (c == 0xE0 && s[1] < 0xA0) ok = 0;      /* overlong */
            if (c == 0xED && s[1] >= 0xA0) ok = 0;     /* surrogate */
        }
        if (ok && len == 4) {
            if (c == 0xF0 && s[1] < 0x90) ok = 0;
            if (c == 0xF4 && s[1] >= 0x90) ok = 0;
        }
        if (!ok) {
            nb_buf_puts(b, "\\ufffd");
            s++;
            continue;
        }
        if (len == 3 && c == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
            nb_buf_printf(b, "\\u%04x", 0x2000 + (s[2] - 0x80)); /* U+2028/9 break JavaScript */
        else
            nb_buf_put(b, s, len);
        s += len;
    }
    nb_buf_putc(b, '"');
}

void nb_json_cstr(nb_buf *b, const char *s)
{
    if (s) nb_json_str(b, s, strlen(s));
    else nb_buf_puts(b, "null");
}

static char *put_uint(char *p, size_t v)
{
    char tmp[24];
    int n = 0;
    do tmp[n++] = (char)('0' + v % 10); while ((v /= 10) > 0);
    while (n) *p++ = tmp[--n];
    return p;
}

/* Written by hand: a report has a span per node, and printf was a third of the writer's time. */
void nb_json_span(nb_buf *b, const nb_span *s)
{
    nb_buf_reserve(b, 96);
    char *p = b->data + b->len;
    memcpy(p, "{\"line\":", 8);
    p = put_uint(p + 8, s->line);
    memcpy(p, ",\"col\":", 7);
    p = put_uint(p + 7, s->col);
    memcpy(p, ",\"byte\":", 8);
    p = put_uint(p + 8, s->byte);
    *p++ = '}';
    *p = 0;
    b->len = (size_t)(p - b->data);
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
        nb_buf_printf(b, "{\"level\":%d,\"number\":", s->level);
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
    nb_buf_printf(b, ",\"bytes\":%zu,\"encoding\":", r->bytes);
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
    if (r->year) nb_buf_printf(b, ",\"year\":%d", r->year);
    else nb_buf_puts(b, ",\"year\":null");
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
    nb_tables_json(b, r);
    nb_buf_puts(b, ",\"cells\":");
    nb_cells_json(b, r);
    nb_buf_puts(b, ",\"checks\":");
    nb_checks_json(b, r);
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
