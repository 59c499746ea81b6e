/* narrative.re — the counts a report's prose states that its tables also hold (R6), and its
 * statistics period (C1): 本年新收…申请N件, 收到…申请N件, 上年结转N件, 结转下年度N件, 行政复议N件,
 * 行政诉讼N件, 未收到…申请 / 未发生…行政复议、行政诉讼 (none), 统计期限自YYYY年1月1日起至YYYY年12月31日止.
 *
 * The lexer below cuts the text into words that matter (a subject: 本年新收, 收到 + 申请, 行政复议 …;
 * a count: 21件, 二十一件; a negation: 未, 没有, 无; a clause end) and lets everything else through
 * one character at a time. scan() then reads a clause (up to ， 。 ； ：) as: a count belongs to the
 * last subject named before it in the same clause, and a negated clause with no count states none
 * of each subject it names; only the clauses that hold a word some statement needs (words[]) are
 * read at all. Anything less certain is not a fact: a false R6 failure costs a person more than a
 * missed one. */
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "utf8.h"

typedef enum ntok {
    T_END, T_OTHER, T_CLAUSE, T_NEW, T_CARRIED_OVER, T_CARRIED_FWD, T_RECEIVE, T_APPLICATION,
    T_REVIEW, T_LITIGATION, T_NEG, T_EACH, T_OF_WHICH, T_COUNT, T_CNCOUNT, T_PERIOD, T_NUMBER
} ntok;

/* How far apart the words of one statement may be, in bytes (about 50 characters of Chinese):
 * farther, and the subject most likely belongs to another statement, or the clause is table text
 * glued into a paragraph (crawled pages lose their punctuation with their layout). */
enum { NEAR = 150 };

/* The next token at *pp; lim is the end of a NUL-terminated copy. */
static ntok lex(const unsigned char **pp, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = *pp, *YYLIMIT = lim, *YYMARKER = *pp;
    ntok t;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        lb    = [ \t\u3000\u00a0];
        d     = [0-9\uff10-\uff19];
        cd    = [零〇一二两三四五六七八九十百千];
        unit  = [件起宗];
        y4    = [0-9]{4};
        jan1  = "0"? "1月" "0"? "1日";
        dec31 = "12月31日";
        clause = [，,。；;！!？?：:\n\r];

        clause                                                { t = T_CLAUSE; goto done; }
        "本年" "度"? "新收" | "新收"                           { t = T_NEW; goto done; }
        "上" "一"? "年" "度"? "结转"                           { t = T_CARRIED_OVER; goto done; }
        "结转" [至到入]? "下" "一"? "年" | "转入下" "一"? "年"   { t = T_CARRIED_FWD; goto done; }
        "收到" | "接到" | "接收" | "受理" | "收悉"              { t = T_RECEIVE; goto done; }
        "申请"                                                { t = T_APPLICATION; goto done; }
        "行政复议"                                            { t = T_REVIEW; goto done; }
        "行政诉讼" | "诉讼"                                    { t = T_LITIGATION; goto done; }
        "未" | "没有" | "无"                                   { t = T_NEG; goto done; }
        // words that start like a negation and are none (尚未审结 is a column of table 四)
        "尚未" | "未经" | "未按" | "未能" | "无法" | "无正当理由" | "无偿" | "无论"
                                                              { t = T_OTHER; goto done; }
        "各"                                                  { t = T_EACH; goto done; }
        "其中"                                                { t = T_OF_WHICH; goto done; }
        d+ lb* unit                                           { t = T_COUNT; goto done; }
        // other numbers whole, so that no count starts inside one (2022件 is no 22件); a year is
        // no number that a negation would contradict (2018年度未发生…)
        d+ ([.．] d+)?                                        { t = T_NUMBER; goto done; }
        y4 "年" "度"?                                         { t = T_OTHER; goto done; }
        cd+ unit                                              { t = T_CNCOUNT; goto done; }
        y4 "年" jan1 "起"? lb* [至到—~～-] lb* (y4 "年")? dec31  { t = T_PERIOD; goto done; }
        [^]                                                   { t = T_OTHER; goto done; }
        *                                                     { t = T_OTHER; goto done; }
        $                                                     { t = T_END; goto done; }
    */
done:
    *pp = YYCURSOR;
    return t;
}

/* The length of the clause end (lex()'s T_CLAUSE) at p, else 0; p is in the NUL-terminated copy. */
static int clause_end_at(const unsigned char *p)
{
    const unsigned char *YYCURSOR = p, *YYMARKER = p;
    /*!re2c
        re2c:eof = -1;
        clause { return (int)(YYCURSOR - p); }
        *      { return 0; }
    */
}

/* Where the clause that holds p starts: after the last clause end before p, or at from. No word of
 * lex() holds a clause end, so the lexer ends a clause wherever one is written: lexing from here
 * reads the clause as lexing from the paragraph's start does. */
static const unsigned char *clause_start(const unsigned char *from, const unsigned char *p)
{
    for (; p > from; p--) /* a clause end is one byte (ASCII) or three (，。；！？：) */
        if (p[-1] < 0x80 ? clause_end_at(p - 1) == 1 : p - from >= 3 && clause_end_at(p - 3) == 3) break;
    return p;
}

/* The words a clause must hold to state anything: a count needs a subject, a "none" a subject named
 * after its negation, and every subject rule of lex() holds one of the first six (本年新收 and 新收:
 * 新收; 上年结转 and 结转下年: 结转; 转入下年; 行政复议; 行政诉讼 and 诉讼: 诉讼; 收到 names nothing
 * without 申请); a period holds 12月31日. scan() reads only the clauses that hold one of them: most
 * prose holds none. Each word is looked for by memchr of its least common byte in reports (rare,
 * an offset), then compared whole. A new subject rule needs its word here. */
typedef struct word {
    const char *s;
    size_t n, rare;
} word;
#define WORD(s, rare) {s, sizeof s - 1, rare}
static const word words[] = {WORD("新收", 2), WORD("结转", 2), WORD("转入下", 8), WORD("行政复议", 7),
                             WORD("诉讼", 2), WORD("申请", 2), WORD("12月31日", 5)};
enum { NWORDS = sizeof words / sizeof words[0] };

/* Where w is first written in p..e, or NULL. */
static const unsigned char *find_word(const word *w, const unsigned char *p, const unsigned char *e)
{
    const unsigned char *ws = (const unsigned char *)w->s;
    if ((size_t)(e - p) < w->n) return NULL;
    for (const unsigned char *r = p + w->rare; r < e && (r = memchr(r, ws[w->rare], (size_t)(e - r))); r++) {
        const unsigned char *at = r - w->rare;
        size_t i = 0; /* most candidates differ in their first byte: no call for them */
        if ((size_t)(e - at) >= w->n)
            while (i < w->n && at[i] == ws[i]) i++;
        if (i == w->n) return at;
    }
    return NULL;
}

/* Each word's next place, searched for again only once the scan has passed it: every byte is
 * looked at once per word. */
typedef struct finder {
    const unsigned char *e;
    const unsigned char *next[NWORDS]; /* NULL: no more */
} finder;

static void finder_init(finder *f, const unsigned char *p, const unsigned char *e)
{
    f->e = e;
    for (int i = 0; i < NWORDS; i++) f->next[i] = find_word(&words[i], p, e);
}

/* The first place at or after p where a word is written, or NULL. */
static const unsigned char *next_word(finder *f, const unsigned char *p)
{
    const unsigned char *first = NULL;
    for (int i = 0; i < NWORDS; i++) {
        if (f->next[i] && f->next[i] < p) f->next[i] = find_word(&words[i], p, f->e);
        if (f->next[i] && (!first || f->next[i] < first)) first = f->next[i];
    }
    return first;
}

/* A count in digits (ASCII or full width) at s. */
static double digits_value(const unsigned char *s, const unsigned char *e)
{
    double v = 0;
    int d;
    for (size_t k; s < e && (k = nb_digit_at(s, e, &d)) > 0; s += k) v = v * 10 + d;
    return v;
}

/* A count in Chinese numerals at s: 十二, 二十, 一百零五, 两; without 十/百/千 the digits are read
 * in place (二〇二二). Returns -1 for what is no number. */
static double cn_value(const unsigned char *s, const unsigned char *e)
{
    static const char *const digit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    double total = 0, cur = 0, positional = 0;
    int any = 0, scaled = 0;
    while (s + 3 <= e) {
        int d = -1, scale = 0;
        for (int i = 0; i < 10; i++)
            if (!memcmp(s, digit[i], 3)) d = i;
        if (!memcmp(s, "〇", 3)) d = 0;
        else if (!memcmp(s, "两", 3)) d = 2;
        else if (!memcmp(s, "十", 3)) scale = 10;
        else if (!memcmp(s, "百", 3)) scale = 100;
        else if (!memcmp(s, "千", 3)) scale = 1000;
        if (d < 0 && !scale) break;
        if (d >= 0) {
            cur = d;
            positional = positional * 10 + d;
        } else {
            total += (cur ? cur : 1) * scale;
            cur = 0;
            scaled = 1;
        }
        any = 1;
        s += 3;
    }
    if (!any) return -1;
    return scaled ? total + cur : positional;
}

/* Where the last span was taken: facts come in the order of the text, so each span is counted on
 * from the one before, not from the paragraph's start (a paragraph of a megabyte may state
 * thousands of counts). */
typedef struct spanner {
    const nb_para *para;
    const unsigned char *s, *at;
    nb_span sp;
} spanner;

/* The span of p in the paragraph (whose text may hold line breaks). */
static nb_span span_at(spanner *w, const unsigned char *p)
{
    if (!w->at || p < w->at) { /* the first, or one before the last: count from the start */
        w->at = w->s;
        w->sp = w->para->span;
    }
    const unsigned char *q = w->at, *nl;
    for (; (nl = memchr(q, '\n', (size_t)(p - q))); q = nl + 1) {
        w->sp.line++;
        w->sp.col = 1;
    }
    w->sp.col += (uint32_t)nb_u8count(q, p);
    w->sp.byte += (size_t)(p - w->at);
    w->at = p;
    return w->sp;
}

typedef struct clause {
    int subject;                 /* the last subject named: a T_* kind, or T_RECEIVE awaiting 申请 */
    const unsigned char *from;   /* where it was named */
    unsigned mentioned;          /* subjects named since the last count: 1 << nb_fact_kind */
    const unsigned char *at[5];  /* where each was named */
    int neg, counted; /* counted: a number in the clause, which then states no "none" */
    const unsigned char *neg_at;
    unsigned none;               /* subjects named after a negation */
} clause;

static int fact_kind(int subject)
{
    switch (subject) {
    case T_NEW: return NB_FACT_NEW_RECEIVED;
    case T_CARRIED_OVER: return NB_FACT_CARRIED_OVER;
    case T_CARRIED_FWD: return NB_FACT_CARRIED_FORWARD;
    case T_REVIEW: return NB_FACT_REVIEW;
    case T_LITIGATION: return NB_FACT_LITIGATION;
    default: return -1;
    }
}

static void name_subject(clause *c, int subject, const unsigned char *at)
{
    c->subject = subject;
    c->from = at;
    int k = fact_kind(subject);
    if (k < 0) return;
    c->mentioned |= 1u << k;
    c->at[k] = at;
    if (c->neg && at - c->neg_at <= NEAR) c->none |= 1u << k;
}

typedef struct scan {
    const nb_para *para;
    const unsigned char *s; /* the copy */
    nb_fact_fn fn;
    void *ctx;
    spanner w;
} scan;

static void emit(scan *sc, int kind, double value, int negated, const unsigned char *from,
                 const unsigned char *at, const unsigned char *end)
{
    nb_fact f;
    memset(&f, 0, sizeof f);
    f.kind = (nb_fact_kind)kind;
    f.value = value;
    f.negated = negated;
    f.text.p = sc->para->text.p + (from - sc->s);
    f.text.n = (size_t)(end - from);
    f.span = span_at(&sc->w, at);
    sc->fn(sc->ctx, &f);
}

/* A clause ends: a negation without a count states none of what it named (未收到…申请). */
static void end_clause(scan *sc, clause *c, const unsigned char *at)
{
    if (c->neg && !c->counted)
        for (int k = 0; k < 5; k++)
            if (c->none & (1u << k)) emit(sc, k, 0, 1, c->neg_at, c->neg_at, at);
    memset(c, 0, sizeof *c);
}

/* Reads the clause at q (the start of one); returns where the next one starts, or lim. */
static const unsigned char *read_clause(scan *sc, const unsigned char *q, const unsigned char *lim)
{
    clause c;
    memset(&c, 0, sizeof c);
    ntok prev = T_OTHER;
    for (;;) {
        const unsigned char *at = q;
        ntok t = lex(&q, lim);
        if (t == T_END || q > lim) break;
        switch (t) {
        case T_CLAUSE: end_clause(sc, &c, at); return q;
        case T_NEW: case T_CARRIED_OVER: case T_CARRIED_FWD: case T_REVIEW: case T_LITIGATION:
            name_subject(&c, t, at);
            break;
        case T_RECEIVE: c.subject = T_RECEIVE; c.from = at; break;
        case T_APPLICATION: /* 收到…申请: the applications received this year */
            if (c.subject == T_RECEIVE) name_subject(&c, T_NEW, c.from);
            break;
        case T_NEG: c.neg = 1; c.neg_at = at; break;
        case T_OF_WHICH: c.subject = 0; c.mentioned = 0; break; /* 其中: parts, not the whole */
        case T_NUMBER: c.counted = 1; break;
        case T_COUNT: case T_CNCOUNT: {
            double v = t == T_COUNT ? digits_value(at, q) : cn_value(at, q);
            c.counted = 1;
            int k = fact_kind(c.subject);
            if (v < 0 || k < 0 || at - c.from > NEAR) {
                c.subject = 0;
                break;
            }
            if (prev == T_EACH) { /* 行政复议、行政诉讼各1件: the count is each one's */
                for (int j = 0; j < 5; j++)
                    if ((c.mentioned & (1u << j)) && at - c.at[j] <= NEAR) emit(sc, j, v, 0, c.at[j], at, q);
            } else {
                emit(sc, k, v, 0, c.from, at, q);
            }
            c.subject = 0;
            c.mentioned = 0;
            break;
        }
        case T_PERIOD: {
            nb_fact f;
            memset(&f, 0, sizeof f);
            f.kind = NB_FACT_PERIOD;
            f.year_from = (int)digits_value(at, at + 4);
            f.year_to = f.year_from;
            /* a second year, when the period names one: …至2022年12月31日 */
            for (const unsigned char *x = at + 4; x + 7 <= q; x++)
                if (x[0] >= '0' && x[0] <= '9' && x[3] >= '0' && x[3] <= '9' && !memcmp(x + 4, "年", 3) &&
                    x[1] >= '0' && x[1] <= '9' && x[2] >= '0' && x[2] <= '9') {
                    f.year_to = (int)digits_value(x, x + 4);
                    break;
                }
            f.text.p = sc->para->text.p + (at - sc->s);
            f.text.n = (size_t)(q - at);
            f.span = span_at(&sc->w, at);
            sc->fn(sc->ctx, &f);
            break;
        }
        default: break;
        }
        if (t != T_OTHER || (*at != ' ' && *at != '\t')) prev = t;
    }
    end_clause(sc, &c, lim);
    return lim;
}

void nb_narrative_scan(const nb_para *p, nb_fact_fn fn, void *ctx)
{
    const unsigned char *t = (const unsigned char *)p->text.p, *e = t + p->text.n;
    finder f;
    finder_init(&f, t, e);
    const unsigned char *w = next_word(&f, t);
    if (!w) return; /* no statement: no copy */
    /* re2c reads up to a NUL sentinel: a terminated copy, whose offsets are the paragraph's */
    unsigned char *s = malloc(p->text.n + 1);
    if (!s) abort();
    memcpy(s, p->text.p, p->text.n);
    s[p->text.n] = 0;
    const unsigned char *lim = s + p->text.n, *q = s; /* q: where the clauses not read yet start */
    scan sc = {p, s, fn, ctx, {p, s, NULL, {0, 0, 0}}};
    for (; w && q < lim; w = next_word(&f, t + (q - s)))
        q = read_clause(&sc, clause_start(q, s + (w - t)), lim);
    free(s);
}
