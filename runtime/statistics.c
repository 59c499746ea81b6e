/* statistics.c — label / unit / value tables and their hierarchy; see statistics.h. */
#include "statistics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "json.h"
#include "lexer.h"
#include "numbering.h"
#include "tables.h"
#include "utf8.h"

enum { MAX_DEPTH = 8 };

/* The cell's text without any blank or line break. */
static char *squeeze(nb_report *r, const nb_cell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p;
    return nb_squeeze(&r->arena, s, s + c->raw.n);
}

static const nb_cell *cell_at(const nb_cell *row_start, unsigned col)
{
    for (const nb_cell *c = row_start; c && c->row == row_start->row; c = c->next)
        if (c->col == col) return c;
    return NULL;
}

int nb_statistics_read(nb_report *r, const nb_rawtable *t)
{
    const nb_cell *head = t->cells;
    if (!head) return 0;
    int col_unit = -1, col_value = -1, col_cum = -1, is_stats = 0;
    for (const nb_cell *c = head; c && c->row == head->row; c = c->next) {
        const char *s = squeeze(r, c);
        if (!strcmp(s, "统计指标") || !strcmp(s, "指标名称")) is_stats = 1;
        else if (!strcmp(s, "单位") || !strcmp(s, "计量单位")) col_unit = (int)c->col;
        else if (!strcmp(s, "统计数") || !strcmp(s, "本年数") || !strcmp(s, "数量")) col_value = (int)c->col;
        else if (!strcmp(s, "历年累计") || !strcmp(s, "累计数")) col_cum = (int)c->col;
    }
    if (!is_stats || col_value < 0) return 0;
    nb_tables *tb = r->tables;
    nb_statistic **tail = &tb->stats;
    while (*tail) tail = &(*tail)->next;
    nb_numbering num;
    nb_numbering_init(&num);
    const char *stack[MAX_DEPTH] = {0};
    int depth = 0, in_of_which = 0; /* after 其中： unmarked rows are its siblings */
    for (const nb_cell *c = head; c; c = c->next) {
        if (c->row == head->row || c->col != 0) continue;
        const char *label = squeeze(r, c);
        if (!*label) continue;
        const unsigned char *ls = (const unsigned char *)label, *le = ls + strlen(label);
        nb_marker m;
        int level;
        if (nb_match_marker(ls, le, &m)) {
            level = nb_numbering_place(&num, m.style, m.num, 1).level;
            in_of_which = 0;
        } else if (!strncmp(label, "其中", 6)) {
            level = depth + 1;
            in_of_which = 1;
        } else {
            level = in_of_which ? depth : depth + 1;
        }
        if (level < 1) level = 1;
        if (level > MAX_DEPTH) level = MAX_DEPTH;
        stack[level - 1] = label;
        depth = level;
        nb_statistic *st = nb_arena_alloc(&r->arena, sizeof *st);
        st->label = label;
        st->depth = level;
        st->path = nb_arena_alloc(&r->arena, sizeof *st->path * (size_t)level);
        for (int i = 0; i < level; i++) st->path[i] = stack[i] ? stack[i] : "";
        st->span = c->span;
        const nb_cell *u = col_unit >= 0 ? cell_at(c, (unsigned)col_unit) : NULL;
        if (u) {
            const char *unit = squeeze(r, u);
            if (*unit) st->unit = unit;
        }
        const nb_cell *v = cell_at(c, (unsigned)col_value);
        int is_null;
        const char *unit;
        if (v) {
            st->raw = v->raw;
            st->span = v->span;
            const unsigned char *vs = (const unsigned char *)v->raw.p;
            if (nb_parse_number(vs, vs + v->raw.n, &st->value, &is_null, &unit)) st->has_value = !is_null;
            else if (squeeze(r, v)[0])
                nb_diag_add(r, "warning", "cell-not-number", &v->span, "statistic %s: \"%.*s\" is not a number",
                            label, (int)v->raw.n, v->raw.p);
        }
        const nb_cell *cu = col_cum >= 0 ? cell_at(c, (unsigned)col_cum) : NULL;
        if (cu) {
            const unsigned char *cs = (const unsigned char *)cu->raw.p;
            if (nb_parse_number(cs, cs + cu->raw.n, &st->cumulative, &is_null, &unit)) st->has_cumulative = !is_null;
        }
        *tail = st;
        tail = &st->next;
    }
    return 1;
}

void nb_statistics_json(nb_buf *b, const nb_statistic *s)
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
        if (s->has_value) nb_json_g15(b, s->value);
        else nb_buf_puts(b, "null");
        if (s->has_cumulative) {
            nb_buf_puts(b, ",\"cumulative\":");
            nb_json_g15(b, s->cumulative);
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
