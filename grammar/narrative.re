/* narrative.re — the counts a report's prose states that its tables also hold (R6), and its
 * statistics period (C1): 本年新收…申请N件, 收到…申请N件, 上年结转N件, 结转下年度N件, 行政复议N件,
 * 行政诉讼N件, 未收到…申请 / 未发生…行政复议、行政诉讼 (none), 统计期限自YYYY年1月1日起至YYYY年12月31日止.
 *
 * The lexer below cuts the text into words that matter (a subject: 本年新收, 收到 + 申请, 行政复议 …;
 * a count: 21件, 二十一件; a negation: 未, 没有, 无; a clause end) and lets everything else through
 * one character at a time. scan() then reads a clause (up to ， 。 ； ：) as: a count belongs to the
 * last subject named before it in the same clause, and a negated clause with no count states none
 * of each subject it names; only the clauses that hold a word some statement needs (words[]) are
 * read at all. What else a clause says can make a count no statement of the subject: a qualifier
 * between them names another quantity (行政复议结果纠正1件), a comparison a past year's count or a
 * difference (比上年新收60件), an inclusion a sum (申请（含上年结转）81件), and a received count
 * that the same statement then splits (共受理…申请84件，其中上年结转3件) is no 本年新收. Anything
 * less certain is not a fact: a false R6 failure costs a person more than a missed one. */
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "grow.h"
#include "utf8.h"

typedef enum ntok {
    T_END, T_OTHER, T_CLAUSE, T_NEW, T_CARRIED_OVER, T_CARRIED_FWD, T_RECEIVE, T_APPLICATION,
    T_REVIEW, T_LITIGATION, T_NEG, T_EACH, T_OF_WHICH, T_COUNT, T_CNCOUNT, T_PERIOD, T_NUMBER,
    T_QUALIFIER, T_COMPARE, T_INCLUDE, T_EXCLUDE, T_OPEN, T_CLOSE
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
        y4    = d{4};
        jan1  = [0０]? [1１] "月" [0０]? [1１] "日";
        dec31 = [1１] [2２] "月" [3３] [1１] "日";
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
        // a result or a row of tables 三 and 四: what follows counts that part, not the subject
        "结果" | "维持" | "纠正" | "纠错" | "审结" | "撤销" | "驳回" | "败诉" | "胜诉" | "撤诉"
        | "确认违法" | "终止" | "予以公开" | "部分公开" | "不予公开" | "无法提供" | "不予处理" | "其他处理"
                                                              { t = T_QUALIFIER; goto done; }
        // what follows is another year's count or a difference (上年结转 is longer, so no comparison)
        "比" | "较" | "同比" | "环比" | "上" "一"? "年" "度"? | "去年"
                                                              { t = T_COMPARE; goto done; }
        "含" | "包含" | "包括"                                 { t = T_INCLUDE; goto done; }
        "不" ("含" | "包含" | "包括")                          { t = T_EXCLUDE; goto done; }
        [（(]                                                 { t = T_OPEN; goto done; }
        [）)]                                                 { t = T_CLOSE; goto done; }
        "各"                                                  { t = T_EACH; goto done; }
        "其中"                                                { t = T_OF_WHICH; goto done; }
        d+ lb* unit                                           { t = T_COUNT; goto done; }
        // 1,081件, 1，081件: a comma is a thousands separator only with three digits after it and
        // 件 after the number; "1，08件" or "12，0812件" is a list or a slip, and a clause end
        d{1,3} ([,，] d{3})+ lb* "件"                         { t = T_COUNT; goto done; }
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

/* The length of a sentence end at p (。；！？, not a line break: a PDF wraps lines mid-sentence),
 * else 0. */
static int sentence_end_at(const unsigned char *p)
{
    const unsigned char *YYCURSOR = p, *YYMARKER = p;
    /*!re2c
        re2c:eof = -1;
        [。；;！!？?] { return (int)(YYCURSOR - p); }
        *            { return 0; }
    */
}

/* Where the clause that holds p starts: after the last clause end before p, or at from. No word of
 * lex() but a count with thousands separators (1，081件) holds a clause end, so the lexer ends a
 * clause wherever one is written: lexing from here reads the clause as lexing from the paragraph's
 * start does. Starting after the comma of such a count reads 081件, a count as subjectless as the
 * whole would be there (a subject before it would have had its clause read from before it). */
static const unsigned char *clause_start(const unsigned char *from, const unsigned char *p)
{
    for (; p > from; p--) /* a clause end is one byte (ASCII) or three (，。；！？：) */
        if (p[-1] < 0x80 ? clause_end_at(p - 1) == 1 : p - from >= 3 && clause_end_at(p - 3) == 3) break;
    return p;
}

/* The words a clause must hold to state anything: a count needs a subject, a "none" a subject named
 * after its negation, and every subject rule of lex() holds one of the first six (本年新收 and 新收:
 * 新收; 上年结转 and 结转下年: 结转; 转入下年; 行政复议; 行政诉讼 and 诉讼: 诉讼; 收到 names nothing
 * without 申请); a period holds 12月31日 (or １２月３１日: copies write digits full width). scan() reads only the clauses that hold one of them: most
 * prose holds none. Each word is looked for by memchr of its least common byte in reports (rare,
 * an offset), then compared whole. A new subject rule needs its word here. */
typedef struct word {
    const char *s;
    size_t n, rare;
} word;
#define WORD(s, rare) {s, sizeof s - 1, rare}
static const word words[] = {WORD("新收", 2), WORD("结转", 2), WORD("转入下", 8), WORD("行政复议", 7),
                             WORD("诉讼", 2), WORD("申请", 2), WORD("12月31日", 5), WORD("１２月３１日", 11)};
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

/* A count in digits (ASCII or full width) at s, over the thousands separators that lex() let into
 * a T_COUNT. */
static double digits_value(const unsigned char *s, const unsigned char *e)
{
    double v = 0;
    int d;
    for (size_t k; s < e; s += k)
        if ((k = nb_digit_at(s, e, &d)) > 0) v = v * 10 + d;
        else if (*s == ',') k = 1;
        else if (e - s >= 3 && !memcmp(s, "，", 3)) k = 3;
        else break;
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
    int received;                /* the subject is 本年新收 as 收到…申请 says it, not in those words */
    unsigned mentioned;          /* subjects named since the last count: 1 << nb_fact_kind */
    const unsigned char *at[5];  /* where each was named */
    int neg, counted; /* counted: a number in the clause, which then states no "none" */
    const unsigned char *neg_at;
    unsigned none;               /* subjects named after a negation */
    int of_which, include;       /* 其中 / 含 named: what follows is a part of a count stated before */
    int blocked;                 /* 含 between a subject and its count (申请含上年结转81件): a sum */
    int compare;                 /* 比, 较, 上年 …: no count after it in the clause is this year's */
    int qualified;               /* a qualifier, comparison or inclusion: a negation states no none */
    int bracket, bracket_named;  /* in （…）, and a word in it qualifies what is counted after it */
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
    c->received = 0;
    int k = fact_kind(subject);
    if (k < 0) return;
    c->mentioned |= 1u << k;
    c->at[k] = at;
    if (c->neg && at - c->neg_at <= NEAR) c->none |= 1u << k;
}

typedef struct held {
    nb_fact f;
    int unsaid;
} held;

typedef struct scan {
    const nb_para *para;
    const unsigned char *s; /* the copy */
    nb_fact_fn fn;
    void *ctx;
    spanner w;
    /* The paragraph's facts, given to fn at its end: a later clause can unsay one (84件，其中上年结转) */
    held *facts;
    size_t n, cap;
    size_t total;                  /* the last 本年新收 fact + 1, while a later word could unsay it */
    int total_received;            /* it was read from 收到…申请 */
    const unsigned char *total_end;
} scan;

static void push(scan *sc, const nb_fact *f)
{
    nb_grow(&sc->facts, &sc->cap, sc->n, sizeof *sc->facts);
    sc->facts[sc->n].f = *f;
    sc->facts[sc->n++].unsaid = 0;
}

static void emit(scan *sc, int kind, double value, int negated, int received, const unsigned char *from,
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
    push(sc, &f);
    if (kind == NB_FACT_NEW_RECEIVED && !negated) {
        sc->total = sc->n;
        sc->total_received = received;
        sc->total_end = end;
    }
}

/* Whether at is in the statement of the 本年新收 count held: in its sentence, or in the next one
 * when that starts with 其中 (…申请84件。其中，上年结转3件). */
static int same_statement(const scan *sc, const unsigned char *at)
{
    const unsigned char *p = sc->total_end;
    int n = 0;
    while (p < at && !(n = sentence_end_at(p))) p++;
    if (p >= at) return 1;
    for (p += n; p < at; p += nb_u8len(p, at))
        if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && memcmp(p, "　", 3)) break;
    if (at - p < 6 || memcmp(p, "其中", 6)) return 0;
    for (; p < at; p++)
        if (sentence_end_at(p)) return 0;
    return 1;
}

/* The 本年新收 count held is a sum of parts, as a later word of its statement says: no fact. */
static void unsay(scan *sc, const unsigned char *at)
{
    if (sc->total && same_statement(sc, at)) sc->facts[sc->total - 1].unsaid = 1;
    sc->total = 0; /* unsaid, or out of its statement: no later word is in it either */
}

/* Whether the clause at start follows one that is 其中 alone (其中，上年结转3件). */
static int of_which_before(const unsigned char *s, const unsigned char *start)
{
    const unsigned char *p = start;
    if (p - s >= 3 && clause_end_at(p - 3) == 3) p -= 3;
    else if (p - s >= 1 && clause_end_at(p - 1) == 1) p -= 1;
    else return 0;
    while (p > s && (p[-1] == ' ' || p[-1] == '\t')) p--;
    return p - s >= 6 && !memcmp(p - 6, "其中", 6);
}

/* A clause ends: a negation without a count states none of what it named (未收到…申请), unless
 * a qualifier makes it the none of a part (未发生行政复议被纠错的情况). */
static void end_clause(scan *sc, clause *c, const unsigned char *at)
{
    if (c->neg && !c->counted && !c->qualified)
        for (int k = 0; k < 5; k++)
            if (c->none & (1u << k)) emit(sc, k, 0, 1, 0, c->neg_at, c->neg_at, at);
    memset(c, 0, sizeof *c);
}

/* Reads the clause at q (the start of one); returns where the next one starts, or lim. */
static const unsigned char *read_clause(scan *sc, const unsigned char *q, const unsigned char *lim)
{
    clause c;
    memset(&c, 0, sizeof c);
    c.of_which = of_which_before(sc->s, q);
    ntok prev = T_OTHER;
    for (;;) {
        const unsigned char *at = q;
        ntok t = lex(&q, lim);
        if (t == T_END || q > lim) break;
        /* a word in brackets qualifies the subject before them: 申请（含上年结转）81件 */
        if (c.bracket && t != T_OTHER && t != T_NUMBER && t != T_COUNT && t != T_CNCOUNT && t != T_APPLICATION)
            c.bracket_named = 1;
        switch (t) {
        case T_CLAUSE: end_clause(sc, &c, at); return q;
        case T_NEW: case T_CARRIED_OVER: case T_CARRIED_FWD: case T_REVIEW: case T_LITIGATION:
            name_subject(&c, t, at);
            /* 共受理…申请84件，其中上年结转3件 / …上年结转3件，本年新收81件: the 84 is a sum */
            if (t == T_CARRIED_OVER && (c.of_which || c.include)) unsay(sc, at);
            if (t == T_NEW && !c.compare && (c.of_which || c.include || sc->total_received)) unsay(sc, at);
            break;
        case T_RECEIVE: c.subject = T_RECEIVE; c.from = at; break;
        case T_APPLICATION: /* 收到…申请: the applications received this year */
            if (c.subject == T_RECEIVE) {
                name_subject(&c, T_NEW, c.from);
                c.received = 1;
            }
            break;
        case T_NEG: c.neg = 1; c.neg_at = at; break;
        case T_OF_WHICH: /* 其中: parts, not the whole */
            c.subject = 0;
            c.mentioned = 0;
            c.of_which = 1;
            break;
        case T_QUALIFIER: /* 行政复议结果纠正1件: a count of corrected results */
            c.subject = 0;
            c.mentioned = 0;
            c.qualified = 1;
            break;
        case T_COMPARE: c.compare = c.qualified = 1; break;
        case T_INCLUDE: c.include = 1; /* fall through */
        case T_EXCLUDE:
            c.qualified = 1;
            if (!c.bracket && c.subject) c.blocked = 1;
            break;
        case T_OPEN: c.bracket = 1; c.bracket_named = 0; break;
        case T_CLOSE:
            if (c.bracket && c.bracket_named) {
                c.subject = 0;
                c.mentioned = 0;
            }
            c.bracket = 0;
            break;
        case T_NUMBER: c.counted = 1; break;
        case T_COUNT: case T_CNCOUNT: {
            double v = t == T_COUNT ? digits_value(at, q) : cn_value(at, q);
            c.counted = 1;
            int k = fact_kind(c.subject);
            if (v < 0 || k < 0 || at - c.from > NEAR || c.compare || c.blocked) {
                c.subject = 0;
                c.blocked = 0;
                break;
            }
            if (prev == T_EACH) { /* 行政复议、行政诉讼各1件: the count is each one's */
                for (int j = 0; j < 5; j++)
                    if ((c.mentioned & (1u << j)) && at - c.at[j] <= NEAR) emit(sc, j, v, 0, 0, c.at[j], at, q);
            } else {
                emit(sc, k, v, 0, c.received, c.from, at, q);
            }
            c.subject = 0;
            c.mentioned = 0;
            break;
        }
        case T_PERIOD: {
            nb_fact f;
            memset(&f, 0, sizeof f);
            f.kind = NB_FACT_PERIOD;
            f.year_from = (int)digits_value(at, q); /* (it stops at 年) */
            f.year_to = f.year_from;
            /* a second year, when the period names one: …至2022年12月31日; digits ASCII or full width */
            const unsigned char *x = at;
            size_t w;
            while ((w = nb_digit_at(x, q, NULL))) x += w;
            while (x < q) {
                const unsigned char *y = x;
                int n = 0;
                while ((w = nb_digit_at(y, q, NULL))) y += w, n++;
                if (n == 4 && q - y >= 3 && !memcmp(y, "年", 3)) {
                    f.year_to = (int)digits_value(x, y);
                    break;
                }
                x = y > x ? y : x + 1;
            }
            f.text.p = sc->para->text.p + (at - sc->s);
            f.text.n = (size_t)(q - at);
            f.span = span_at(&sc->w, at);
            push(sc, &f);
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
    if (!s) nb_oom();
    memcpy(s, p->text.p, p->text.n);
    s[p->text.n] = 0;
    const unsigned char *lim = s + p->text.n, *q = s; /* q: where the clauses not read yet start */
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.para = p;
    sc.s = s;
    sc.fn = fn;
    sc.ctx = ctx;
    sc.w.para = p;
    sc.w.s = s;
    for (; w && q < lim; w = next_word(&f, t + (q - s)))
        q = read_clause(&sc, clause_start(q, s + (w - t)), lim);
    for (size_t i = 0; i < sc.n; i++)
        if (!sc.facts[i].unsaid) fn(ctx, &sc.facts[i].f);
    free(sc.facts);
    free(s);
}
