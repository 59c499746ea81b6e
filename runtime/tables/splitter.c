/* splitter.c — see splitter.h.
 *
 * Algorithm. The row is a sequence of "levels": one per group (SUM_LAST: one group of k cells;
 * GROUPS: k/g groups; NONE: every cell is its own group without arithmetic). Groups are
 * independent given their boundaries, so solutions are counted by a DP over (level, start
 * position), right to left: ways[l][p] = sum over ways to fill one group from p to e of
 * ways[l+1][e]. Filling a sum group from p: pick its total cell [t,e) (<= 17 lengths per e), then a
 * pruned DFS splits [p,t) into the parts summing to that total. The DFS is the only part that can
 * blow up, so every DFS node costs one step from a fixed budget; running out yields TOO_COMPLEX.
 * The rest is polynomial in the (capped) length: at most levels * n * (g*17) * 17 <= n * k * 289
 * (t,e) tries plus k * n * 17 for the cell-syntax tables, with n <= 32 * 17. A second pass re-walks only levels known to lead to a solution (ok bits) to
 * record up to NB_SPLIT_MAX_CANDIDATES splits; it stops once it has min(count, cap) of them.
 *
 * Arithmetic is exact: values are fixed point with 15 fraction digits (ip + fp/1e15), so 0.1+0.2
 * equals 0.3 and 15-digit integers never round. */
#include "splitter.h"

#include <string.h>

#include "utf8.h"

enum {
    CELL_MAX_DIGITS = 15, /* 15 significant digits round-trip through a double */
    CELL_MAX_CHARS = 17,  /* sign + 15 digits + '.' */
    MAX_CHARS = NB_SPLIT_MAX_CELLS * CELL_MAX_CHARS,
    BITROW = (MAX_CHARS + 1 + 7) / 8
};

#define FX_ONE 1000000000000000LL /* 1e15: fixed-point unit of the fraction part */

static const long long P10[19] = {1LL,
                                  10LL,
                                  100LL,
                                  1000LL,
                                  10000LL,
                                  100000LL,
                                  1000000LL,
                                  10000000LL,
                                  100000000LL,
                                  1000000000LL,
                                  10000000000LL,
                                  100000000000LL,
                                  1000000000000LL,
                                  10000000000000LL,
                                  100000000000000LL,
                                  1000000000000000LL,
                                  10000000000000000LL,
                                  100000000000000000LL,
                                  1000000000000000000LL};

/* value = ip + fp / 1e15 with 0 <= fp < 1e15 (floor form, also for negatives). Sums of 32 cells
 * stay far below the int64 range. */
typedef struct {
    long long ip, fp;
} fx;

static fx fx_sub(fx a, fx b) {
    fx r = {a.ip - b.ip, a.fp - b.fp};
    if (r.fp < 0) {
        r.fp += FX_ONE;
        r.ip--;
    }
    return r;
}

static int fx_cmp(fx a, fx b) {
    if (a.ip != b.ip) return a.ip < b.ip ? -1 : 1;
    if (a.fp != b.fp) return a.fp < b.fp ? -1 : 1;
    return 0;
}

typedef struct ctx {
    int n; /* non-blank chars */
    char c[MAX_CHARS];            /* the chars in ASCII: a full-width ２ is searched as 2 */
    unsigned char cid[MAX_CHARS]; /* chunk (blank-separated run) of each char */
    size_t boff[MAX_CHARS], bend[MAX_CHARS]; /* each char's bytes in the input (3 for full width) */
    unsigned char mod9[MAX_CHARS + 1]; /* prefix digit sums mod 9 */
    unsigned vmask[MAX_CHARS][4];      /* bit l: c[p..p+l) is a valid cell of that type */
    int k, g, nlevels, sum;
    unsigned char type[NB_SPLIT_MAX_CELLS];
    unsigned char aint[NB_SPLIT_MAX_CELLS + 1]; /* parts j.. of j's group are all plain INT */
    unsigned char auns[NB_SPLIT_MAX_CELLS + 1]; /* parts j.. of j's group are all unsigned (>= 0) */
    unsigned char gint[NB_SPLIT_MAX_CELLS];     /* every cell of group l is plain INT */
    unsigned char fwd[NB_SPLIT_MAX_CELLS + 1][BITROW]; /* prefix [0,p) splits into j cells */
    unsigned char ok[NB_SPLIT_MAX_CELLS + 1][BITROW];  /* from p, levels l.. have a solution */
    long long w[2][MAX_CHARS + 1];
    long long steps, budget;
    int blown;
    /* enumeration pass */
    int cur_p[NB_SPLIT_MAX_CELLS], cur_l[NB_SPLIT_MAX_CELLS];
    int lvl_e[NB_SPLIT_MAX_CELLS];
    long long want;
    int done;
    nb_split_result *out;
} ctx;

#define BIT_GET(row, i) (((row)[(i) >> 3] >> ((i)&7)) & 1u)
#define BIT_SET(row, i) ((row)[(i) >> 3] |= (unsigned char)(1u << ((i)&7)))

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* Bytes of the blank at p, or 0: line breaks, and every blank of nb_blank_at (U+3000, NBSP, …). */
static size_t blank_at(const unsigned char *p, const unsigned char *e) {
    return *p == '\n' || *p == '\r' ? 1 : nb_blank_at(p, e);
}

/* Bytes of the number char at p, or 0, and its ASCII form in *ch: digits, signs and the point, ASCII
 * or full width (２, －, ．), which copies of reports write alike, even within one number. */
static size_t num_char_at(const unsigned char *p, const unsigned char *e, char *ch) {
    int d;
    size_t w = nb_digit_at(p, e, &d);
    if (w) {
        *ch = (char)('0' + d);
        return w;
    }
    if (*p == '+' || *p == '-' || *p == '.') {
        *ch = (char)*p;
        return 1;
    }
    if (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8B || p[2] == 0x8D || p[2] == 0x8E)) {
        *ch = p[2] == 0x8B ? '+' : p[2] == 0x8D ? '-' : '.'; /* U+FF0B, U+FF0D, U+FF0E */
        return 3;
    }
    return 0;
}

static long long sat_add(long long a, long long b) {
    return a > NB_SPLIT_COUNT_CAP - b ? NB_SPLIT_COUNT_CAP : a + b;
}
static long long sat_mul(long long a, long long b) {
    if (a == 0 || b == 0) return 0;
    return a > NB_SPLIT_COUNT_CAP / b ? NB_SPLIT_COUNT_CAP : a * b;
}

static int spend(ctx *x) {
    if (++x->steps > x->budget) x->blown = 1;
    return !x->blown;
}

/* Valid cell lengths from p for a type: the integer part's prefixes (only "0" if it starts with
 * 0), then, for DECIMAL, each end inside the fraction. Never crosses a blank. */
static unsigned valid_lengths(const ctx *x, int p, int type) {
    const char *c = x->c;
    int n = x->n, id = x->cid[p], i = p, digits = 0;
    unsigned m = 0;
#define IN(i) ((i) < n && x->cid[i] == id)
    if ((type & NB_CELL_SIGNED) && (c[i] == '+' || c[i] == '-')) i++;
    if (!IN(i) || !is_digit(c[i])) return 0;
    if (c[i] == '0') {
        i++;
        digits = 1;
        m |= 1u << (i - p);
    } else {
        while (IN(i) && is_digit(c[i]) && digits < CELL_MAX_DIGITS) {
            i++;
            digits++;
            m |= 1u << (i - p);
        }
    }
    /* a digit here means the integer part is too long; no decimal continuation then */
    if ((type & NB_CELL_DECIMAL) && IN(i) && c[i] == '.') {
        i++;
        while (IN(i) && is_digit(c[i]) && digits < CELL_MAX_DIGITS) {
            i++;
            digits++;
            m |= 1u << (i - p);
        }
    }
#undef IN
    return m;
}

/* Exact value of a cell already known valid. */
static fx cell_fx(const char *c, int p, int len) {
    int i = p, end = p + len, neg = 0, fd = 0;
    long long ip = 0, fp = 0;
    if (c[i] == '+' || c[i] == '-') neg = c[i++] == '-';
    while (i < end && c[i] != '.') ip = ip * 10 + (c[i++] - '0');
    if (i < end) {
        for (i++; i < end; i++, fd++) fp = fp * 10 + (c[i] - '0');
        fp *= P10[15 - fd];
    }
    fx r = {ip, fp};
    if (neg) {
        r.ip = -ip;
        r.fp = -fp;
        if (r.fp < 0) {
            r.fp += FX_ONE;
            r.ip--;
        }
    }
    return r;
}

/* Mantissa and power of ten are both exact doubles, so one division rounds correctly. */
static double cell_double(const char *c, int p, int len) {
    int i = p, end = p + len, neg = 0, fd = 0, seen_dot = 0;
    long long m = 0;
    if (c[i] == '+' || c[i] == '-') neg = c[i++] == '-';
    for (; i < end; i++) {
        if (c[i] == '.') {
            seen_dot = 1;
            continue;
        }
        m = m * 10 + (c[i] - '0');
        fd += seen_dot;
    }
    double v = (double)m / (double)P10[fd];
    return neg ? -v : v;
}

/* The input bytes of the cell of len chars at p. */
static nb_split_cell orig_cell(const ctx *x, int p, int len, double value) {
    return (nb_split_cell){x->boff[p], x->bend[p + len - 1] - x->boff[p], value};
}

static void enum_level(ctx *x, int lvl, int p);

/* Splits [q,t) into parts j..jl-1 summing exactly to R. Count mode returns the number of ways;
 * enumerate mode records the cells and continues with the next level at each way. */
static long long parts(ctx *x, int q, int j, int jl, int t, fx R, int enumerate) {
    if (!spend(x)) return 0;
    int r = jl - j, L = t - q;
    if (r == 0) {
        if (q != t || R.ip != 0 || R.fp != 0) return 0;
        if (enumerate) enum_level(x, jl / x->g + 1, x->lvl_e[jl / x->g]);
        return 1;
    }
    if (L < r) return 0;
    if (x->aint[j]) {
        /* Integer parts: R must be a non-negative integer between the least and the greatest sum
         * r cells can make of L digits. The longest cell has >= ceil(L/r) digits and no leading
         * zero; at most, one cell takes all spare digits (convexity of 10^len). */
        int lmin = (L + r - 1) / r, d = L - r + 1;
        if (R.ip < 0 || R.fp != 0 || lmin > CELL_MAX_DIGITS) return 0;
        if (lmin >= 2 && R.ip < P10[lmin - 1]) return 0;
        if (d <= CELL_MAX_DIGITS && R.ip > P10[d] - 1 + 9LL * (r - 1)) return 0;
    }
    unsigned mask = x->vmask[q][x->type[j]];
    int lo = r == 1 ? L : 1, hi = L - (r - 1);
    if (hi > CELL_MAX_CHARS) hi = CELL_MAX_CHARS;
    /* rest >= 0 and this cell grows with its length (it does not start with '-'): stop once it
       exceeds R */
    int monotone = x->auns[j + 1] && x->c[q] != '-';
    long long cnt = 0, ip = 0, fp = 0;
    int fd = -1, neg = 0; /* fd: fraction digits so far, -1 before the point */
    for (int l = 1; l <= hi; l++) {
        /* value of c[q..q+l) built one char at a time; mask says whether it is a cell */
        char ch = x->c[q + l - 1];
        if (ch == '-') neg = 1;
        else if (ch == '.') fd = 0;
        else if (ch != '+' && fd < 0) ip = ip * 10 + (ch - '0');
        else if (ch != '+') fp = fp * 10 + (ch - '0'), fd++;
        if (l < lo || !((mask >> l) & 1u)) continue;
        int q2 = q + l, rest = L - l;
        if (rest > (r - 1) * CELL_MAX_CHARS) continue;
        if (rest > 0 && x->cid[t - 1] - x->cid[q2] + 1 > r - 1) continue; /* each chunk needs a cell */
        fx v = {ip, fd > 0 ? fp * P10[15 - fd] : 0};
        if (neg) {
            v.ip = -v.ip;
            v.fp = -v.fp;
            if (v.fp < 0) v.fp += FX_ONE, v.ip--;
        }
        if (monotone && fx_cmp(v, R) > 0) break;
        if (enumerate) {
            x->cur_p[j] = q;
            x->cur_l[j] = l;
        }
        cnt += parts(x, q2, j + 1, jl, t, fx_sub(R, v), enumerate);
        if (x->blown || (enumerate && x->done)) return cnt;
    }
    return cnt;
}

/* All ways to fill level lvl (a sum group) starting at p, weighted by the ways to finish from its
 * end. In enumerate mode the result is unused. */
static long long group_scan(ctx *x, int lvl, int p, const long long *next, int enumerate) {
    int g = x->g, j0 = lvl * g, jl = j0 + g - 1, m = g - 1;
    int emax = p + g * CELL_MAX_CHARS;
    if (emax > x->n) emax = x->n;
    long long total = 0;
    for (int e = p + g; e <= emax; e++) {
        if (!BIT_GET(x->ok[lvl + 1], e)) continue;
        for (int l = 1; l <= CELL_MAX_CHARS; l++) {
            int t = e - l;
            if (t < p + m) break;
            if (!((x->vmask[t][x->type[jl]] >> l) & 1u)) continue;
            /* Casting out nines: a sum of integers is congruent to its digits' sum, whatever the
               split, so the parts' digits and the total's digits must agree mod 9. */
            if (x->gint[lvl] && (x->mod9[t] + 9 - x->mod9[p]) % 9 != (x->mod9[e] + 9 - x->mod9[t]) % 9)
                continue;
            fx T = cell_fx(x->c, t, l);
            if (enumerate) {
                x->cur_p[jl] = t;
                x->cur_l[jl] = l;
                x->lvl_e[lvl] = e;
                parts(x, p, j0, jl, t, T, 1);
                if (x->blown || x->done) return 0;
            } else {
                long long c = parts(x, p, j0, jl, t, T, 0);
                if (x->blown) return 0;
                total = sat_add(total, sat_mul(c, next[e]));
            }
        }
    }
    return total;
}

static void record(ctx *x) {
    nb_split_result *o = x->out;
    nb_split_cell *cells = o->cand[o->ncandidates];
    for (int j = 0; j < x->k; j++)
        cells[j] = orig_cell(x, x->cur_p[j], x->cur_l[j], cell_double(x->c, x->cur_p[j], x->cur_l[j]));
    if (++o->ncandidates >= x->want) x->done = 1;
}

static void enum_level(ctx *x, int lvl, int p) {
    if (x->done || x->blown) return;
    if (lvl == x->nlevels) {
        record(x);
        return;
    }
    if (x->sum) {
        group_scan(x, lvl, p, NULL, 1);
        return;
    }
    unsigned mask = x->vmask[p][x->type[lvl]];
    for (int l = 1; l <= CELL_MAX_CHARS && p + l <= x->n; l++) {
        if (!((mask >> l) & 1u) || !BIT_GET(x->ok[lvl + 1], p + l)) continue;
        if (!spend(x)) return;
        x->cur_p[lvl] = p;
        x->cur_l[lvl] = l;
        enum_level(x, lvl + 1, p + l);
        if (x->done || x->blown) return;
    }
}

/* Returns status; fills out. */
/* As many characters as cells: the one split gives each cell one character. That is the common glued
 * row (0000000, 6000006: one-digit counts), and it needs no search, only the cells' syntax (a single
 * character is a cell only as a digit) and the sums. */
static int one_char_cells(const ctx *x, nb_split_result *out) {
    for (int j = 0; j < x->k; j++)
        if (!is_digit(x->c[j])) return NB_SPLIT_IMPOSSIBLE;
    for (int lvl = 0; x->sum && lvl < x->nlevels; lvl++) {
        int j0 = lvl * x->g, jl = j0 + x->g - 1, parts = 0;
        for (int j = j0; j < jl; j++) parts += x->c[j] - '0';
        if (parts != x->c[jl] - '0') return NB_SPLIT_IMPOSSIBLE;
    }
    for (int j = 0; j < x->k; j++) out->cand[0][j] = orig_cell(x, j, 1, x->c[j] - '0');
    out->ncandidates = 1;
    out->nsolutions = 1;
    return NB_SPLIT_UNIQUE;
}

static int run(ctx *x, nb_split_result *out) {
    int n = x->n, k = x->k, g = x->g;

    for (int p = 0; p < n; p++)
        for (int t = 0; t < 4; t++) x->vmask[p][t] = valid_lengths(x, p, t);
    x->mod9[0] = 0;
    for (int p = 0; p < n; p++)
        x->mod9[p + 1] = (unsigned char)((x->mod9[p] + (is_digit(x->c[p]) ? x->c[p] - '0' : 0)) % 9);

    /* Cell syntax alone: which prefixes split into j cells. Cheap (k * n * 17) and lets both
       passes skip unreachable group starts. */
    memset(x->fwd, 0, sizeof x->fwd);
    BIT_SET(x->fwd[0], 0);
    for (int j = 0; j < k; j++)
        for (int p = 0; p < n; p++) {
            if (!BIT_GET(x->fwd[j], p)) continue;
            unsigned mask = x->vmask[p][x->type[j]];
            for (int l = 1; l <= CELL_MAX_CHARS && p + l <= n; l++)
                if ((mask >> l) & 1u) BIT_SET(x->fwd[j + 1], p + l);
        }
    if (!BIT_GET(x->fwd[k], n)) return NB_SPLIT_IMPOSSIBLE;

    for (int lvl = 0; lvl < x->nlevels; lvl++) {
        int j0 = lvl * g, jl = j0 + g - 1, all = 1;
        x->aint[jl] = x->auns[jl] = 1; /* no parts left */
        for (int j = jl - 1; j >= j0; j--) {
            x->aint[j] = x->type[j] == NB_CELL_INT && x->aint[j + 1];
            x->auns[j] = !(x->type[j] & NB_CELL_SIGNED) && x->auns[j + 1];
        }
        for (int j = j0; j <= jl; j++) all &= x->type[j] == NB_CELL_INT;
        x->gint[lvl] = (unsigned char)all;
    }
    x->aint[k] = x->auns[k] = 1;

    /* Counting pass, last level first. */
    memset(x->ok, 0, sizeof x->ok);
    long long *next = x->w[0], *cur = x->w[1];
    memset(next, 0, sizeof x->w[0]);
    next[n] = 1;
    BIT_SET(x->ok[x->nlevels], n);
    x->steps = 0;
    x->budget = NB_SPLIT_STEP_BUDGET;
    x->blown = 0;
    for (int lvl = x->nlevels - 1; lvl >= 0; lvl--) {
        int j0 = lvl * g;
        for (int p = 0; p <= n; p++) {
            cur[p] = 0;
            if (!BIT_GET(x->fwd[j0], p) || p == n) continue;
            if (x->sum) {
                cur[p] = group_scan(x, lvl, p, next, 0);
            } else {
                /* polynomial (k * n * 17 in all), so not charged to the budget */
                unsigned mask = x->vmask[p][x->type[j0]];
                for (int l = 1; l <= CELL_MAX_CHARS && p + l <= n; l++)
                    if (((mask >> l) & 1u) && BIT_GET(x->ok[lvl + 1], p + l))
                        cur[p] = sat_add(cur[p], next[p + l]);
            }
            if (x->blown) {
                out->steps = x->steps;
                return NB_SPLIT_TOO_COMPLEX;
            }
            if (cur[p]) BIT_SET(x->ok[lvl], p);
        }
        long long *tmp = next;
        next = cur;
        cur = tmp;
    }
    long long total = next[0];
    out->steps = x->steps;
    if (total == 0) return NB_SPLIT_IMPOSSIBLE;
    out->nsolutions = total;

    /* Enumeration pass: every level node it enters leads to a solution, and it stops after
       min(total, cap) of them, so a unique split costs no more than the counting pass did. */
    x->steps = 0;
    x->blown = 0;
    x->done = 0;
    x->want = total < NB_SPLIT_MAX_CANDIDATES ? total : NB_SPLIT_MAX_CANDIDATES;
    x->out = out;
    enum_level(x, 0, 0);
    out->steps += x->steps;
    if (out->ncandidates == 0 || (total == 1 && out->ncandidates != 1)) {
        out->ncandidates = 0;
        out->nsolutions = 0;
        return NB_SPLIT_TOO_COMPLEX; /* defensive: the argument above says this cannot happen */
    }
    return total == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_AMBIGUOUS;
}

int nb_split(const char *s, size_t n, int k, nb_split_rule rule, int group, const unsigned char *flags,
             nb_split_result *out) {
    if (!out) return NB_SPLIT_IMPOSSIBLE;
    memset(out, 0, sizeof *out);
    out->status = NB_SPLIT_IMPOSSIBLE;
    out->ncells = k;
    if (k < 1 || k > NB_SPLIT_MAX_CELLS || (!s && n)) return out->status;

    ctx x;
    x.k = k;
    switch (rule) {
    case NB_SPLIT_NONE: x.g = 1, x.sum = 0; break;
    case NB_SPLIT_SUM_LAST: x.g = k, x.sum = 1; break;
    case NB_SPLIT_GROUPS:
        if (group < 1 || k % group) return out->status;
        x.g = group, x.sum = 1;
        break;
    default: return out->status;
    }
    x.nlevels = k / x.g;

    int maxchars = 0;
    for (int j = 0; j < k; j++) {
        x.type[j] = flags ? (unsigned char)(flags[j] & 3) : NB_CELL_INT;
        maxchars += CELL_MAX_DIGITS + !!(x.type[j] & NB_CELL_SIGNED) + !!(x.type[j] & NB_CELL_DECIMAL);
    }

    /* Compact the non-blank chars to ASCII, keeping their bytes; quick rejects keep long inputs O(k)
       to scan. */
    const unsigned char *u = (const unsigned char *)s, *ue = u + n;
    int N = 0, nchunks = 0, in_chunk = 0;
    for (size_t i = 0, w; i < n; i += w) {
        char ch;
        if ((w = blank_at(u + i, ue)) > 0) {
            in_chunk = 0;
            continue;
        }
        if ((w = num_char_at(u + i, ue, &ch)) == 0) return out->status;
        if (!in_chunk) {
            if (nchunks == k) return out->status; /* every chunk holds at least one cell */
            nchunks++;
            in_chunk = 1;
        }
        if (N == maxchars) return out->status; /* longer than k maximal cells */
        x.c[N] = ch;
        x.cid[N] = (unsigned char)(nchunks - 1);
        x.boff[N] = i;
        x.bend[N] = i + w;
        N++;
    }
    if (N < k) return out->status;
    x.n = N;
    out->status = N == k ? one_char_cells(&x, out) : run(&x, out);
    return out->status;
}

void nb_split_format(const char *s, const nb_split_result *r, int i, int k, char *buf, size_t buflen) {
    if (!buf || buflen == 0) return;
    buf[0] = '\0';
    if (!s || !r || i < 0 || i >= r->ncandidates || k < 1) return;
    if (k > r->ncells) k = r->ncells;
    size_t w = 0;
    for (int j = 0; j < k; j++) {
        const nb_split_cell *c = &r->cand[i][j];
        if (j && w + 1 < buflen) buf[w++] = '|';
        for (size_t b = 0; b < c->len && w + 1 < buflen; b++) buf[w++] = s[c->off + b];
    }
    buf[w] = '\0';
}
