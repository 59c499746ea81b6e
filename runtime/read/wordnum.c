/* wordnum.c — Word's automatic numbering (see wordnum.h). */
#include "wordnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "grow.h"

#define LEVELS 9          /* w:ilvl 0-8, as Word has */
#define MAX_DEFS 20000    /* abstract numberings, numberings, styles: more is no real document */
#define MAX_TEXT 64       /* bytes of a w:lvlText kept */
#define MAX_STYLE_HOPS 32 /* w:basedOn steps followed */
#define MAX_VALUE 999999999L

int nb_w_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strstr((const char *)n->ns->href, "wordprocessingml") && !strcmp((const char *)n->name, name);
}

xmlNode *nb_w_child(const xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (nb_w_is(c, name)) return c;
    return NULL;
}

const char *nb_w_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE) return NULL;
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (!strcmp((const char *)a->name, name))
            return a->children && a->children->type == XML_TEXT_NODE && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

static long num_attr(const xmlNode *n, const char *name, long dflt)
{
    const char *v = nb_w_attr(n, name);
    if (!v) return dflt;
    char *e;
    long k = strtol(v, &e, 10);
    if (e == v) return dflt;
    return k < -MAX_VALUE ? -MAX_VALUE : k > MAX_VALUE ? MAX_VALUE : k;
}

static const char *child_val(const xmlNode *n, const char *name)
{
    return nb_w_attr(nb_w_child(n, name), "val");
}

/* ------------------------------------------------------------------------------------------------ */
/* formats */

static void put_cp(nb_buf *b, unsigned c)
{
    uint8_t s[U8_MAX_LENGTH];
    size_t k = 0;
    U8_APPEND_UNSAFE(s, k, c);
    nb_buf_put(b, s, k);
}

/* Chinese counting below 10000: 十一, 二十, 一百零五; digits and units from the tables given
 * (simplified, or the financial 壹贰叁). ten_alone: 10-19 written 十… without 一 (chineseCounting). */
static void chinese(nb_buf *b, long v, const char *const *dig, const char *const *unit, int ten_alone, int one_before_big)
{
    if (v <= 0 || v > 9999) {
        nb_buf_printf(b, "%ld", v);
        return;
    }
    int d[4] = {(int)(v / 1000), (int)(v / 100 % 10), (int)(v / 10 % 10), (int)(v % 10)};
    int started = 0, zero = 0;
    for (int i = 0; i < 4; i++) {
        if (!d[i]) {
            zero = started;
            continue;
        }
        if (zero) nb_buf_puts(b, dig[0]);
        zero = 0;
        int skip_one = d[i] == 1 && ((i == 2 && !started && ten_alone) || (i < 2 && !one_before_big));
        if (!skip_one) nb_buf_puts(b, dig[d[i]]);
        if (i < 3) nb_buf_puts(b, unit[i]);
        started = 1;
    }
}

static void letters(nb_buf *b, long v, char base)
{
    if (v <= 0) {
        nb_buf_printf(b, "%ld", v);
        return;
    }
    long reps = (v - 1) / 26 + 1;
    if (reps > 32) reps = 32;
    for (long i = 0; i < reps; i++) nb_buf_putc(b, (char)(base + (v - 1) % 26));
}

static void roman(nb_buf *b, long v, int lower)
{
    static const struct { int v; const char *s; } t[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                        {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
                                                        {5, "V"}, {4, "IV"}, {1, "I"}};
    if (v <= 0 || v >= 4000) {
        nb_buf_printf(b, "%ld", v);
        return;
    }
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        while (v >= t[i].v) {
            for (const char *p = t[i].s; *p; p++) nb_buf_putc(b, lower ? (char)(*p + 32) : *p);
            v -= t[i].v;
        }
}

void nb_wnum_format(nb_buf *b, const char *f, long v)
{
    static const char *const cn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const cn_unit[] = {"千", "百", "十"};
    static const char *const legal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    static const char *const legal_unit[] = {"仟", "佰", "拾"};
    static const char *const gan[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    static const char *const zhi[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
    if (!f) f = "decimal";
    if (!strcmp(f, "none") || !strcmp(f, "bullet")) return;
    if (!strcmp(f, "chineseCounting") || !strcmp(f, "chineseCountingThousand") || !strcmp(f, "taiwaneseCounting") ||
        !strcmp(f, "taiwaneseCountingThousand") || !strcmp(f, "koreanCounting")) {
        /* 〇 is the digit Word writes in 一百〇五; ideographs read the same */
        chinese(b, v, cn, cn_unit, 1, 1);
    } else if (!strcmp(f, "japaneseCounting")) {
        chinese(b, v, cn, cn_unit, 1, 0); /* 百, 千 without 一 before them */
    } else if (!strcmp(f, "chineseLegalSimplified") || !strcmp(f, "ideographLegalTraditional")) {
        chinese(b, v, legal, legal_unit, 0, 1);
    } else if (!strcmp(f, "ideographDigital") || !strcmp(f, "taiwaneseDigital") || !strcmp(f, "japaneseDigitalTenThousand")) {
        char s[24];
        snprintf(s, sizeof s, "%ld", v);
        for (const char *p = s; *p; p++)
            if (*p >= '0' && *p <= '9') nb_buf_puts(b, cn[*p - '0']);
            else nb_buf_putc(b, *p);
    } else if (!strcmp(f, "ideographTraditional")) {
        if (v >= 1) nb_buf_puts(b, gan[(v - 1) % 10]);
        else nb_buf_printf(b, "%ld", v);
    } else if (!strcmp(f, "ideographZodiac")) {
        if (v >= 1) nb_buf_puts(b, zhi[(v - 1) % 12]);
        else nb_buf_printf(b, "%ld", v);
    } else if (!strcmp(f, "decimalEnclosedCircle") || !strcmp(f, "decimalEnclosedCircleChinese") ||
               !strcmp(f, "ideographEnclosedCircle")) {
        if (v >= 1 && v <= 20) put_cp(b, 0x2460 + (unsigned)(v - 1)); /* ① … ⑳ */
        else nb_buf_printf(b, "%ld", v);
    } else if (!strcmp(f, "decimalEnclosedParen")) {
        if (v >= 1 && v <= 20) put_cp(b, 0x2474 + (unsigned)(v - 1)); /* ⑴ … ⒇ */
        else nb_buf_printf(b, "(%ld)", v);
    } else if (!strcmp(f, "decimalEnclosedFullstop")) {
        if (v >= 1 && v <= 20) put_cp(b, 0x2488 + (unsigned)(v - 1)); /* ⒈ … ⒛ */
        else nb_buf_printf(b, "%ld.", v);
    } else if (!strcmp(f, "decimalFullWidth") || !strcmp(f, "decimalFullWidth2")) {
        char s[24];
        snprintf(s, sizeof s, "%ld", v);
        for (const char *p = s; *p; p++)
            if (*p >= '0' && *p <= '9') put_cp(b, 0xFF10 + (unsigned)(*p - '0'));
            else nb_buf_putc(b, *p);
    } else if (!strcmp(f, "decimalZero")) {
        nb_buf_printf(b, "%02ld", v);
    } else if (!strcmp(f, "upperLetter") || !strcmp(f, "lowerLetter")) {
        letters(b, v, f[0] == 'u' ? 'A' : 'a');
    } else if (!strcmp(f, "upperRoman") || !strcmp(f, "lowerRoman")) {
        roman(b, v, f[0] == 'l');
    } else {
        nb_buf_printf(b, "%ld", v); /* decimal, and the formats no Chinese report uses */
    }
}

/* ------------------------------------------------------------------------------------------------ */
/* the definitions */

typedef struct level {
    char fmt[40], text[MAX_TEXT];
    char *pstyle; /* w:pStyle: the paragraph style this level belongs to, or NULL */
    long start, restart; /* restart: -1 after any higher level (the default), else w:lvlRestart */
    int defined, legal;
} level;

typedef struct abstract {
    long id;
    level lvl[LEVELS];
    long count[LEVELS];
    int started[LEVELS];
} abstract;

typedef struct num {
    long id, abstract_id;
    long start_override[LEVELS]; /* -1: none */
    level over[LEVELS];          /* w:lvlOverride/w:lvl: a whole level replaced */
    int used;
} num;

typedef struct style {
    char *id, *based_on;
    long num_id, ilvl; /* -1: not given */
} style;

struct nb_wnum {
    abstract *a;
    size_t na, cap_a;
    num *n;
    size_t nn, cap_n;
    style *s;
    size_t ns, cap_s;
};

static char *dup_or_null(const char *s)
{
    if (!s) return NULL;
    size_t k = strlen(s);
    if (k > 255) k = 255;
    char *d = malloc(k + 1);
    if (!d) nb_oom();
    memcpy(d, s, k);
    d[k] = 0;
    return d;
}

static void copy_str(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "");
}

static void read_level(level *l, const xmlNode *x)
{
    l->defined = 1;
    l->start = num_attr(nb_w_child(x, "start"), "val", 1);
    const char *fmt = child_val(x, "numFmt");
    copy_str(l->fmt, sizeof l->fmt, fmt ? fmt : "decimal");
    /* a lvlText element without w:val (or none) shows no number */
    copy_str(l->text, sizeof l->text, child_val(x, "lvlText"));
    xmlNode *r = nb_w_child(x, "lvlRestart");
    l->restart = r ? num_attr(r, "val", -1) : -1;
    xmlNode *lg = nb_w_child(x, "isLgl");
    const char *lv = lg ? nb_w_attr(lg, "val") : NULL;
    l->legal = lg && !(lv && (!strcmp(lv, "0") || !strcmp(lv, "false") || !strcmp(lv, "off")));
    free(l->pstyle);
    l->pstyle = dup_or_null(child_val(x, "pStyle"));
}

static long ilvl_of(const xmlNode *lvl)
{
    long i = num_attr(lvl, "ilvl", -1);
    return i >= 0 && i < LEVELS ? i : -1;
}

static int by_id_a(const void *x, const void *y)
{
    long a = ((const abstract *)x)->id, b = ((const abstract *)y)->id;
    return (a > b) - (a < b);
}
static int by_id_n(const void *x, const void *y)
{
    long a = ((const num *)x)->id, b = ((const num *)y)->id;
    return (a > b) - (a < b);
}
static int by_id_s(const void *x, const void *y) { return strcmp(((const style *)x)->id, ((const style *)y)->id); }

static void load_numbering(nb_wnum *w, xmlNode *root, size_t *dropped)
{
    for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (nb_w_is(c, "abstractNum")) {
            if (w->na >= MAX_DEFS) {
                (*dropped)++;
                continue;
            }
            nb_grow(&w->a, &w->cap_a, w->na, sizeof *w->a);
            abstract *a = &w->a[w->na++];
            memset(a, 0, sizeof *a);
            a->id = num_attr(c, "abstractNumId", -1);
            for (xmlNode *l = c->children; l; l = l->next) {
                long i = nb_w_is(l, "lvl") ? ilvl_of(l) : -1;
                if (i >= 0) read_level(&a->lvl[i], l);
            }
        } else if (nb_w_is(c, "num")) {
            if (w->nn >= MAX_DEFS) {
                (*dropped)++;
                continue;
            }
            nb_grow(&w->n, &w->cap_n, w->nn, sizeof *w->n);
            num *n = &w->n[w->nn++];
            memset(n, 0, sizeof *n);
            n->id = num_attr(c, "numId", -1);
            n->abstract_id = num_attr(nb_w_child(c, "abstractNumId"), "val", -1);
            for (int i = 0; i < LEVELS; i++) n->start_override[i] = -1;
            for (xmlNode *o = c->children; o; o = o->next) {
                long i = nb_w_is(o, "lvlOverride") ? ilvl_of(o) : -1;
                if (i < 0) continue;
                xmlNode *so = nb_w_child(o, "startOverride");
                if (so) n->start_override[i] = num_attr(so, "val", 0);
                xmlNode *l = nb_w_child(o, "lvl");
                if (l) read_level(&n->over[i], l);
            }
        }
    }
}

static void load_styles(nb_wnum *w, xmlNode *root, size_t *dropped)
{
    for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!nb_w_is(c, "style")) continue;
        const char *id = nb_w_attr(c, "styleId");
        if (!id) continue;
        if (w->ns >= MAX_DEFS) {
            (*dropped)++;
            continue;
        }
        xmlNode *np = nb_w_child(nb_w_child(c, "pPr"), "numPr");
        nb_grow(&w->s, &w->cap_s, w->ns, sizeof *w->s);
        style *s = &w->s[w->ns++];
        s->id = dup_or_null(id);
        s->based_on = dup_or_null(child_val(c, "basedOn"));
        s->num_id = np ? num_attr(nb_w_child(np, "numId"), "val", -1) : -1;
        s->ilvl = np ? num_attr(nb_w_child(np, "ilvl"), "val", -1) : -1;
    }
}

nb_wnum *nb_wnum_load(xmlDoc *numbering, xmlDoc *styles, size_t *dropped)
{
    nb_wnum *w = calloc(1, sizeof *w);
    if (!w) nb_oom();
    *dropped = 0;
    load_numbering(w, numbering ? xmlDocGetRootElement(numbering) : NULL, dropped);
    load_styles(w, styles ? xmlDocGetRootElement(styles) : NULL, dropped);
    /* looked up once per paragraph: sorted for bsearch (a stable order keeps the first of equal ids) */
    if (w->na) qsort(w->a, w->na, sizeof *w->a, by_id_a);
    if (w->nn) qsort(w->n, w->nn, sizeof *w->n, by_id_n);
    if (w->ns) qsort(w->s, w->ns, sizeof *w->s, by_id_s);
    return w;
}

void nb_wnum_free(nb_wnum *w)
{
    if (!w) return;
    for (size_t i = 0; i < w->na; i++)
        for (int l = 0; l < LEVELS; l++) free(w->a[i].lvl[l].pstyle);
    for (size_t i = 0; i < w->nn; i++)
        for (int l = 0; l < LEVELS; l++) free(w->n[i].over[l].pstyle);
    for (size_t i = 0; i < w->ns; i++) {
        free(w->s[i].id);
        free(w->s[i].based_on);
    }
    free(w->a);
    free(w->n);
    free(w->s);
    free(w);
}

static abstract *find_abstract(nb_wnum *w, long id)
{
    abstract key = {.id = id};
    return w->na ? bsearch(&key, w->a, w->na, sizeof *w->a, by_id_a) : NULL;
}
static num *find_num(nb_wnum *w, long id)
{
    num key = {.id = id};
    return w->nn ? bsearch(&key, w->n, w->nn, sizeof *w->n, by_id_n) : NULL;
}
static style *find_style(nb_wnum *w, const char *id)
{
    if (!id || !w->ns) return NULL;
    style key = {.id = (char *)id};
    return bsearch(&key, w->s, w->ns, sizeof *w->s, by_id_s);
}

/* ------------------------------------------------------------------------------------------------ */
/* a paragraph's label */

/* The numbering of a paragraph: its own w:numPr, else its style's, up the w:basedOn chain (cycles
 * and long chains end after MAX_STYLE_HOPS). The level, when not given, is the one the numbering
 * ties to the style (w:lvl/w:pStyle), else 0. */
static int resolve(nb_wnum *w, xmlNode *ppr, long *num_id, long *ilvl, const char **style_id)
{
    *num_id = *ilvl = -1;
    xmlNode *np = nb_w_child(ppr, "numPr");
    if (np) {
        *num_id = num_attr(nb_w_child(np, "numId"), "val", -1);
        *ilvl = num_attr(nb_w_child(np, "ilvl"), "val", -1);
    }
    *style_id = child_val(ppr, "pStyle");
    style *s = find_style(w, *style_id);
    for (int hop = 0; s && hop < MAX_STYLE_HOPS && (*num_id < 0 || *ilvl < 0); hop++) {
        if (*num_id < 0 && s->num_id >= 0) *num_id = s->num_id;
        if (*ilvl < 0 && s->ilvl >= 0) *ilvl = s->ilvl;
        s = find_style(w, s->based_on);
    }
    return *num_id > 0; /* numId 0 takes a style's numbering away */
}

static const level *level_of(const abstract *a, const num *n, long i)
{
    return n->over[i].defined ? &n->over[i] : &a->lvl[i];
}

int nb_wnum_label(nb_wnum *w, xmlNode *ppr, nb_buf *out)
{
    long num_id, ilvl;
    const char *style_id;
    if (!resolve(w, ppr, &num_id, &ilvl, &style_id)) return 0;
    num *n = find_num(w, num_id);
    abstract *a = n ? find_abstract(w, n->abstract_id) : NULL;
    if (!a) return 0;
    if (ilvl < 0 && style_id)
        for (long i = 0; i < LEVELS && ilvl < 0; i++)
            if (level_of(a, n, i)->pstyle && !strcmp(level_of(a, n, i)->pstyle, style_id)) ilvl = i;
    if (ilvl < 0) ilvl = 0;
    if (ilvl >= LEVELS) ilvl = LEVELS - 1;
    /* the counters belong to the abstract numbering, shared by its w:num; a w:num that overrides a
       start restarts those levels the first time it is used */
    if (!n->used) {
        n->used = 1;
        for (int i = 0; i < LEVELS; i++)
            if (n->start_override[i] >= 0) {
                a->count[i] = n->start_override[i] - 1;
                a->started[i] = 1;
            }
    }
    const level *me = level_of(a, n, ilvl);
    if (!a->started[ilvl]) {
        a->count[ilvl] = me->start;
        a->started[ilvl] = 1;
    } else if (a->count[ilvl] < MAX_VALUE) {
        a->count[ilvl]++;
    }
    for (long k = ilvl + 1; k < LEVELS; k++) {
        long r = level_of(a, n, k)->restart;
        if (r < 0 || (r > 0 && ilvl < r)) a->started[k] = 0;
    }
    if (!strcmp(me->fmt, "bullet") || !strcmp(me->fmt, "none")) return 0;
    size_t before = out->len;
    for (const char *p = me->text; *p; p++) {
        if (*p == '%' && p[1] >= '1' && p[1] <= '9') {
            long k = p[1] - '1';
            const level *l = level_of(a, n, k);
            long v = a->started[k] ? a->count[k] : l->start;
            nb_wnum_format(out, me->legal ? "decimal" : l->fmt, v); /* w:isLgl: every number in digits */
            p++;
        } else {
            nb_buf_putc(out, *p);
        }
    }
    return out->len > before;
}
