/* test_splitter.c — unit tests for runtime/splitter.c.
 *
 * Every fixed expectation below is derived by hand in the comment next to it. Two independent
 * brute-force enumerators then cross-check the counts on random short rows. Last line of output:
 * "N passed, M failed"; exit status is non-zero on any failure. */
#include "splitter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int passed, failed;

#define CHECK(cond, ...)                                                                          \
    do {                                                                                          \
        if (cond) {                                                                               \
            passed++;                                                                             \
        } else {                                                                                  \
            failed++;                                                                             \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                           \
            printf(__VA_ARGS__);                                                                  \
            printf("\n");                                                                         \
        }                                                                                         \
    } while (0)

static const char *status_name(int st) {
    switch (st) {
    case NB_SPLIT_UNIQUE: return "UNIQUE";
    case NB_SPLIT_AMBIGUOUS: return "AMBIGUOUS";
    case NB_SPLIT_IMPOSSIBLE: return "IMPOSSIBLE";
    case NB_SPLIT_TOO_COMPLEX: return "TOO_COMPLEX";
    default: return "?";
    }
}

static nb_split_result R; /* large; static keeps it off the stack */

/* Independent check that a stored candidate is a legal split of s: cells in order, covering all
 * non-blank bytes, only blanks between them, right syntax, right arithmetic (doubles suffice for
 * the small values used in the fixed tests; tolerance for decimals). */
static int cell_syntax_ok(const char *c, size_t len, unsigned char fl) {
    size_t i = 0, digits = 0;
    if (len && (fl & NB_CELL_SIGNED) && (c[0] == '+' || c[0] == '-')) i++;
    size_t int_start = i;
    while (i < len && c[i] >= '0' && c[i] <= '9') i++, digits++;
    if (i == int_start) return 0;
    if (c[int_start] == '0' && i - int_start > 1) return 0;
    if (i < len) {
        if (!(fl & NB_CELL_DECIMAL) || c[i] != '.') return 0;
        size_t f = ++i;
        while (i < len && c[i] >= '0' && c[i] <= '9') i++, digits++;
        if (i == f || i != len) return 0;
    }
    return digits <= 15;
}

/* [s+b, s+e) holds only blanks: ASCII, U+3000, NBSP. */
static int only_blanks(const char *s, size_t b, size_t e) {
    while (b < e)
        if (s[b] == ' ' || s[b] == '\t') b++;
        else if (e - b >= 3 && !memcmp(s + b, "\xe3\x80\x80", 3)) b += 3;
        else if (e - b >= 2 && !memcmp(s + b, "\xc2\xa0", 2)) b += 2;
        else return 0;
    return 1;
}

/* The n bytes at s in ASCII (full-width digits, signs and point narrowed; any other non-ASCII byte
 * becomes '?'), NUL-terminated in out; its length. */
static size_t narrow(const char *s, size_t n, char *out, size_t cap) {
    const unsigned char *u = (const unsigned char *)s;
    size_t w = 0;
    for (size_t i = 0; i < n && w + 1 < cap; i++) {
        if (u[i] < 0x80) out[w++] = (char)u[i];
        else if (n - i >= 3 && u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] >= 0x8B && u[i + 2] <= 0x99) {
            out[w++] = "+?-.?0123456789"[u[i + 2] - 0x8B]; /* U+FF0B..U+FF19 */
            i += 2;
        } else out[w++] = '?';
    }
    out[w] = '\0';
    return w;
}

static int candidate_ok(const char *s, size_t n, int k, nb_split_rule rule, int g, const unsigned char *flags,
                        const nb_split_cell *cells) {
    size_t pos = 0;
    double v[NB_SPLIT_MAX_CELLS];
    for (int j = 0; j < k; j++) {
        if (cells[j].off < pos) return 0;
        /* between cells: only blanks; a blank gap is optional */
        if (!only_blanks(s, pos, cells[j].off)) return 0;
        char tmp[64];
        size_t len = narrow(s + cells[j].off, cells[j].len, tmp, sizeof tmp);
        if (!cell_syntax_ok(tmp, len, flags ? flags[j] : 0)) return 0;
        v[j] = strtod(tmp, NULL);
        if (v[j] != cells[j].value) return 0;
        pos = cells[j].off + cells[j].len;
    }
    if (!only_blanks(s, pos, n)) return 0;
    if (rule == NB_SPLIT_SUM_LAST) g = k;
    if (rule != NB_SPLIT_NONE)
        for (int j0 = 0; j0 < k; j0 += g) {
            double sum = 0;
            for (int j = j0; j < j0 + g - 1; j++) sum += v[j];
            double d = sum - v[j0 + g - 1];
            if (d > 1e-9 || d < -1e-9) return 0;
        }
    return 1;
}

/* ---- full-width twins --------------------------------------------------------------------- */

/* Copies of reports write digits, signs and points in full width (２, －, ．) and pad with U+3000 or
 * NBSP. A twin is an ASCII row rewritten so; it must split exactly as the row does, with the offsets
 * and lengths in the twin's bytes. */
enum { TWIN_ALL, TWIN_ALTERNATE, TWIN_RANDOM };

static unsigned rnd(unsigned m);
static char twin[3 * 6000 + 16];
static size_t twin_map[6000 + 1]; /* byte i of the row starts at twin_map[i] in the twin */
static nb_split_result R2;

static size_t make_twin(const char *s, size_t n, int mode) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        int wide = mode == TWIN_ALL || (mode == TWIN_ALTERNATE ? i % 2 == 0 : rnd(2) == 0);
        twin_map[i] = w;
        if (wide && ch >= '0' && ch <= '9') {
            memcpy(twin + w, "\xef\xbc", 2);
            twin[w + 2] = (char)(0x90 + ch - '0');
            w += 3;
        } else if (wide && (ch == '+' || ch == '-' || ch == '.')) {
            memcpy(twin + w, ch == '+' ? "＋" : ch == '-' ? "－" : "．", 3);
            w += 3;
        } else if (wide && ch == ' ') {
            const char *b = mode == TWIN_ALL || i % 3 ? "\xe3\x80\x80" : "\xc2\xa0"; /* U+3000, NBSP */
            memcpy(twin + w, b, strlen(b));
            w += strlen(b);
        } else {
            twin[w++] = (char)ch;
        }
    }
    twin_map[n] = w;
    twin[w] = '\0';
    return w;
}

/* nb_split of the twin gives the row's result (in R) with every offset mapped: the same status,
 * count, steps and candidates in the same order, and the same values. */
static int twin_agrees(const char *s, size_t n, int k, nb_split_rule rule, int g, const unsigned char *flags,
                       int mode) {
    size_t tn = make_twin(s, n, mode);
    int st = nb_split(twin, tn, k, rule, g, flags, &R2);
    if (st != R.status || R2.nsolutions != R.nsolutions || R2.ncandidates != R.ncandidates || R2.steps != R.steps)
        return 0;
    for (int i = 0; i < R.ncandidates; i++)
        for (int j = 0; j < k; j++) {
            const nb_split_cell *a = &R.cand[i][j], *b = &R2.cand[i][j];
            if (b->off != twin_map[a->off] || b->len != twin_map[a->off + a->len] - twin_map[a->off] ||
                b->value != a->value)
                return 0;
        }
    return 1;
}

/* Runs nb_split and checks status, solution count (-1: don't check) and, when given, that the set
 * of stored candidates is exactly `expect` (order-free). Always validates stored candidates. */
static void expect_split(int line, const char *s, int k, nb_split_rule rule, int g, const unsigned char *flags,
                         int want_status, long long want_nsol, const char *const *expect, int nexpect) {
    size_t n = strlen(s);
    int st = nb_split(s, n, k, rule, g, flags, &R);
    CHECK(st == want_status && R.status == st, "line %d \"%s\": status %s, want %s", line, s, status_name(st),
          status_name(want_status));
    if (want_nsol >= 0)
        CHECK(R.nsolutions == want_nsol, "line %d \"%s\": nsolutions %lld, want %lld", line, s, R.nsolutions,
              want_nsol);
    if (st == NB_SPLIT_UNIQUE || st == NB_SPLIT_AMBIGUOUS) {
        long long wantc = R.nsolutions < NB_SPLIT_MAX_CANDIDATES ? R.nsolutions : NB_SPLIT_MAX_CANDIDATES;
        CHECK(R.ncandidates == wantc, "line %d \"%s\": %d candidates stored, want %lld", line, s, R.ncandidates,
              wantc);
    } else {
        CHECK(R.ncandidates == 0, "line %d \"%s\": %d candidates on failure", line, s, R.ncandidates);
    }
    for (int i = 0; i < R.ncandidates; i++)
        CHECK(candidate_ok(s, n, k, rule, g, flags, R.cand[i]), "line %d \"%s\": candidate %d invalid", line, s, i);
    CHECK(twin_agrees(s, n, k, rule, g, flags, TWIN_ALL), "line %d \"%s\": full-width twin splits otherwise", line, s);
    CHECK(twin_agrees(s, n, k, rule, g, flags, TWIN_ALTERNATE), "line %d \"%s\": mixed twin splits otherwise", line,
          s);
    if (!expect) return;
    CHECK(R.ncandidates == nexpect, "line %d \"%s\": %d candidates, want %d", line, s, R.ncandidates, nexpect);
    char buf[256];
    for (int e = 0; e < nexpect; e++) {
        int found = 0;
        for (int i = 0; i < R.ncandidates; i++) {
            nb_split_format(s, &R, i, k, buf, sizeof buf);
            found |= strcmp(buf, expect[e]) == 0;
        }
        CHECK(found, "line %d \"%s\": expected candidate %s missing", line, s, expect[e]);
    }
    for (int i = 0; i < R.ncandidates; i++) {
        nb_split_format(s, &R, i, k, buf, sizeof buf);
        int found = 0;
        for (int e = 0; e < nexpect; e++) found |= strcmp(buf, expect[e]) == 0;
        CHECK(found, "line %d \"%s\": unexpected candidate %s", line, s, buf);
    }
}

#define EXPECT(s, k, rule, g, flags, st, nsol, ...)                                                \
    do {                                                                                           \
        static const char *const ex_[] = {__VA_ARGS__};                                            \
        expect_split(__LINE__, s, k, rule, g, flags, st, nsol, ex_, (int)(sizeof ex_ / sizeof *ex_)); \
    } while (0)
#define EXPECT_STATUS(s, k, rule, g, flags, st) expect_split(__LINE__, s, k, rule, g, flags, st, 0, NULL, 0)

static double ms_since(clock_t t0) { return (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC; }

static void test_table3(void) {
    /* 9 digits into 7 cells: T is a suffix. "3" fails (parts contain 2 and 3, sum >= 5);
       "023", "0023", ... have leading zeros; T="23" leaves "2300000" (7 chars, 6 cells, so exactly
       one 2-char cell, starting at a non-zero digit): 23,0,0,0,0,0 -> 23 ok; 2,30,0,0,0,0 -> 32 no. */
    EXPECT("230000023", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "23|0|0|0|0|0|23");
    /* T="1": parts contain 8s, sum >= 8 > 1. T="81": "8010000" with one 2-char cell: "80" ->
       80+1 = 81 ok; "10" -> 8+0+10 = 18 no. T="1000081": only "80" left for 6 cells. */
    EXPECT("801000081", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "80|1|0|0|0|0|81");
    /* 7 chars, 7 cells: all single zeros, 0 = 0. */
    EXPECT("0000000", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "0|0|0|0|0|0|0");
    /* as many characters as cells: one each, no search; the sums still decide */
    EXPECT("6000006", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "6|0|0|0|0|0|6");
    EXPECT("4 0 0 0 0 0 4", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "4|0|0|0|0|0|4");
    EXPECT_STATUS("6000007", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("60000-6", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT("112224", 6, NB_SPLIT_GROUPS, 3, NULL, NB_SPLIT_UNIQUE, 1, "1|1|2|2|2|4");
    EXPECT_STATUS("112225", 6, NB_SPLIT_GROUPS, 3, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("5", 1, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT("5", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "5");
    /* Not unique! T="2" fails (three 2s among the parts); T="22" leaves "2200000" with one 2-char
       cell: "22" -> 22 ok, and "20" at offset 1 -> 2+20 = 22 ok too. Leading-zero totals excluded. */
    EXPECT("220000022", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_AMBIGUOUS, 2, "22|0|0|0|0|0|22",
           "2|20|0|0|0|0|22");
    /* Not unique either: T="0" fails (non-zero parts); T="20" leaves "1910000" with one 2-char cell:
       "19" -> 19+1 = 20 ok; "91" -> 1+91 no; "10" -> 1+9+10 = 20 ok. T="1000020" leaves "19". */
    EXPECT("191000020", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_AMBIGUOUS, 2, "19|1|0|0|0|0|20",
           "1|9|10|0|0|0|20");
    /* "3100000031" has six zeros (10 chars). T="1": a part holds the 3. T="31" leaves "31000000":
       8 chars in 6 cells needs a 3-char cell or two 2-char cells; multi-char cells can only start at
       the 3 or the 1: "310" (sum 310) or "100" (3+100) fail, and "31"+"10" overlap. IMPOSSIBLE. */
    EXPECT_STATUS("3100000031", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* With five zeros: T="31" leaves "3100000": "31" -> 31 ok; 3,10 -> 13 no. T="1" fails. */
    EXPECT("310000031", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "31|0|0|0|0|0|31");
    /* Chunks "200" and "000121". "200" splits as 200 | 20,0 | 2,0,0 ("00" is illegal); "000121" is
       0,0,0 then "121" as 121 | 1,21 | 12,1 | 1,2,1. Cell counts must total 7: (1,6) 200+0+0+0+1+2
       != 1; (2,5) 20,0,0,0,0,1,21 -> 21 ok, 20,0,0,0,0,12,1 -> 32 != 1; (3,4) 2,0,0,0,0,0 != 121. */
    EXPECT("200 000121", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "20|0|0|0|0|1|21");
    /* Chunks 20 | 0 | 00 | 0 | 121: "00" is 0,0, so 4 fixed cells; c("20") + c("121") = 3:
       (1,2) 20,0,0,0,0,1,21 ok or ...,12,1 (32 != 1); (2,1) 2,0,0,0,0,0 != 121. */
    EXPECT("20 0 00 0 121", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "20|0|0|0|0|1|21");
    {
        /* The offsets point into the original bytes, blanks included. */
        nb_split("20 0 00 0 121", 13, 7, NB_SPLIT_SUM_LAST, 0, NULL, &R);
        static const size_t off[7] = {0, 3, 5, 6, 8, 10, 11}, len[7] = {2, 1, 1, 1, 1, 1, 2};
        static const double val[7] = {20, 0, 0, 0, 0, 1, 21};
        int same = R.ncandidates == 1;
        for (int j = 0; same && j < 7; j++)
            same = R.cand[0][j].off == off[j] && R.cand[0][j].len == len[j] && R.cand[0][j].value == val[j];
        CHECK(same, "offsets/values of \"20 0 00 0 121\"");
    }
    /* 8 chars, 7 cells: one 2-char cell, at a non-zero start: "11"@0 -> 11+1 = 12 != 1; "10"@1 ->
       1+10+1 = 12 != 1; "11"@6 (the total) -> parts 1+1 = 2 != 11. IMPOSSIBLE. */
    EXPECT_STATUS("11000011", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* 7 chars, 7 cells: 1+2+3+4+5+6 = 21 != 7. */
    EXPECT_STATUS("1234567", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* A realistic row with long cells, 14 chars. Digit sum 27; casting out nines (parts and total
       must agree mod 9) leaves only T="1251" among the legal suffixes ("1", "51", "251", "21251",
       "121251" fail it; longer ones leave < 6 chars). Parts of "1234500012" are <= 1251, so <= 4
       digits; the only 4-digit one <= 1251 is "1234". With it, "500012" in 5 cells needs one 2-char
       cell: "50" gives 53, "12" gives 5+12 = 17 = 1251-1234 ok ("00", "01" illegal). Without it the
       best is 123+450+0+0+12 = 585 < 1251. Unique. */
    EXPECT("12345000121251", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "1234|5|0|0|0|12|1251");
    /* "1520000" + T "17": one 2-char cell: "15" -> 17 ok, "52" -> 53, "20" -> 26. T="7": the parts
       hold 1,5,2,1 (>= 9). Longer totals start with 0 or leave < 6 chars. */
    EXPECT("152000017", 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "15|2|0|0|0|0|17");
    /* k == 1 under SUM_LAST: the empty sum is 0. */
    EXPECT("0", 1, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "0");
    EXPECT_STATUS("5", 1, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
}

static void test_table4(void) {
    /* 15 chars, 15 cells: all single zeros; 0+0+0+0 = 0 in each group. */
    EXPECT("000000000000000", 15, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_UNIQUE, 1,
           "0|0|0|0|0|0|0|0|0|0|0|0|0|0|0");
    /* 15 chars, 15 cells: all single digits; groups 1+1+0+0=2, 4+0+0+1=5, 1+0+1+0=2. */
    EXPECT("110024001510102", 15, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_UNIQUE, 1,
           "1|1|0|0|2|4|0|0|1|5|1|0|1|0|2");
    /* Same digits, last one wrong: 1+0+1+0 != 3 and no other split exists (all single). */
    EXPECT_STATUS("110024001510103", 15, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_IMPOSSIBLE);
    /* 12 chars, 10 cells. By group-1 length: 5 chars "22000" -> 2+2 != 0; 6 chars "220002" (one
       2-char cell: 22,0,0,0,2 or 2,20,0,0,2; total "02" illegal) -> 22 != 2; 7 chars "2200022" ->
       T="22" with 22,0,0,0 or 2,20,0,0 (T="2": parts hold three 2s), then "11002" is 1+1+0+0 = 2. */
    EXPECT("220002211002", 10, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_AMBIGUOUS, 2, "22|0|0|0|22|1|1|0|0|2",
           "2|20|0|0|22|1|1|0|0|2");
    /* A blank after "22" forbids the cell "20" that straddles it. */
    EXPECT("22 00022 11002", 10, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_UNIQUE, 1, "22|0|0|0|22|1|1|0|0|2");
    /* Group size must divide k. */
    EXPECT_STATUS("000000000000000", 15, NB_SPLIT_GROUPS, 4, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("000000000000000", 15, NB_SPLIT_GROUPS, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* g == 1: each cell is the (empty) sum of nothing, so all cells are 0. */
    EXPECT("000", 3, NB_SPLIT_GROUPS, 1, NULL, NB_SPLIT_UNIQUE, 1, "0|0|0");
}

static void test_none(void) {
    /* Both zeros must be single cells, so 0 | 0 | 7. */
    EXPECT("007", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "0|0|7");
    /* The leading 0 is a cell by itself; the rest is one long cell. */
    EXPECT("0123456", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "0|123456");
    /* No zeros: any cut into 3 non-empty pieces, C(6,2) = 15. Stored: the first 8 in order of cell
       lengths (first cell shortest first): (1,1,5) (1,2,4) (1,3,3) (1,4,2) (1,5,1) (2,1,4) (2,2,3)
       (2,3,2). */
    EXPECT("7777166", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_AMBIGUOUS, 15, "7|7|77166", "7|77|7166", "7|777|166",
           "7|7771|66", "7|77716|6", "77|7|7166", "77|77|166", "77|771|66");
    /* Blanks and the original offsets: cells at 2, 3, 4. */
    EXPECT("  007  ", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "0|0|7");
    CHECK(R.cand[0][0].off == 2 && R.cand[0][2].off == 4 && R.cand[0][2].value == 7, "offsets of \"  007  \"");
    /* 4 chunks cannot be 3 cells. */
    EXPECT_STATUS("1 2 3 4", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* Leading zeros, lone zero. */
    EXPECT_STATUS("07", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT("0", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "0");
    /* 15 digits is the limit: exact in a double. 16 cannot be one cell. */
    EXPECT("999999999999999", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "999999999999999");
    CHECK(R.cand[0][0].value == 999999999999999.0, "15-digit value exact");
    EXPECT_STATUS("1000000000000000", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* "1" + 15 zeros in 2 cells: cell 1 starts at a zero, so it is the lone last "0", and cell 0 is
       the other 15 chars (exactly the limit). Unique. */
    EXPECT("1000000000000000", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "100000000000000|0");
}

static void test_signed_decimal(void) {
    static const unsigned char isi[3] = {NB_CELL_INT, NB_CELL_SIGNED, NB_CELL_INT};
    /* Cell 0 (INT) cannot hold '-', so it is at most "2648"; the SIGNED cell 1 is the only one that
       can hold '-', and only in front, so cell 0 = "2648" and cell 1 starts at '-'. Cell 1 = -1,
       -18, -185 or -1853 (-18538 leaves nothing for cell 2). Four splits; the brief listed three
       but missed 2648|-1|8538, which is just as legal. */
    EXPECT("2648-18538", 3, NB_SPLIT_NONE, 0, isi, NB_SPLIT_AMBIGUOUS, 4, "2648|-1|8538", "2648|-18|538",
           "2648|-185|38", "2648|-1853|8");
    {
        int has = 0;
        for (int i = 0; i < R.ncandidates; i++) has |= R.cand[i][1].value == -18.0 && R.cand[i][2].value == 538.0;
        CHECK(has, "2648|-18|538 values");
    }
    /* All INT: '-' can be in no cell. */
    EXPECT_STATUS("26-48", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* Cell 0 is INT: "3" or "35". "3" leaves "5-15" for the signed cell, but a sign must lead. */
    static const unsigned char is2[2] = {NB_CELL_INT, NB_CELL_SIGNED};
    EXPECT("35-15", 2, NB_SPLIT_NONE, 0, is2, NB_SPLIT_UNIQUE, 1, "35|-15");
    CHECK(R.cand[0][1].value == -15.0, "value of -15");
    /* Signed sums: cell 0 can only be "5" (the '-' cannot follow digits in a cell); cell 1 starts at
       '-': "-3" (then "2") or "-32" (nothing left). 5 + -3 = 2 holds; with a final 3 it fails. */
    static const unsigned char sss[3] = {NB_CELL_SIGNED, NB_CELL_SIGNED, NB_CELL_SIGNED};
    EXPECT("5-32", 3, NB_SPLIT_SUM_LAST, 0, sss, NB_SPLIT_UNIQUE, 1, "5|-3|2");
    EXPECT_STATUS("5-33", 3, NB_SPLIT_SUM_LAST, 0, sss, NB_SPLIT_IMPOSSIBLE);
    /* Sign syntax. */
    static const unsigned char s1[1] = {NB_CELL_SIGNED};
    EXPECT("+5", 1, NB_SPLIT_NONE, 0, s1, NB_SPLIT_UNIQUE, 1, "+5");
    EXPECT_STATUS("-", 1, NB_SPLIT_NONE, 0, s1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("--5", 1, NB_SPLIT_NONE, 0, s1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("-07", 1, NB_SPLIT_NONE, 0, s1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("-5", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);

    static const unsigned char d1[1] = {NB_CELL_DECIMAL};
    /* One cell: the whole text; 10 digits. */
    EXPECT("5949.088667", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_UNIQUE, 1, "5949.088667");
    CHECK(R.cand[0][0].value == 5949.088667, "value 5949.088667 (%.17g)", R.cand[0][0].value);
    EXPECT("2895.90", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_UNIQUE, 1, "2895.90");
    CHECK(R.cand[0][0].value == 2895.9, "value 2895.90");
    EXPECT("0.5", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_UNIQUE, 1, "0.5");
    EXPECT_STATUS("00.5", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("5.", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS(".5", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("5949.088667", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE); /* '.' needs DECIMAL */
    /* 16 digits with a point: too many for one cell. */
    EXPECT_STATUS("1234567890.123456", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_IMPOSSIBLE);
    /* Three points, three cells: each cell holds exactly one '.', and a cell cannot start with '.'.
       Cell 0 = "0.1" or "0.10"; "0.10" makes cell 1 start at '.', so "0.1"; likewise cell 1 =
       "0.2" and cell 2 = "0.3". Exact arithmetic: 0.1 + 0.2 == 0.3 (it is not in doubles). */
    static const unsigned char d3[3] = {NB_CELL_DECIMAL, NB_CELL_DECIMAL, NB_CELL_DECIMAL};
    EXPECT("0.10.20.3", 3, NB_SPLIT_SUM_LAST, 0, d3, NB_SPLIT_UNIQUE, 1, "0.1|0.2|0.3");
    /* Same structure: 1.5 | 2.5 | 4.0 is the only split; 1.5 + 2.5 = 4.0 but != 4.1. */
    EXPECT("1.52.54.0", 3, NB_SPLIT_SUM_LAST, 0, d3, NB_SPLIT_UNIQUE, 1, "1.5|2.5|4.0");
    EXPECT_STATUS("1.52.54.1", 3, NB_SPLIT_SUM_LAST, 0, d3, NB_SPLIT_IMPOSSIBLE);
    /* INT parts, DECIMAL total: 1 + 2 = 3.0; "3.0" cannot start a cell after "1" | "2." */
    static const unsigned char iid[3] = {NB_CELL_INT, NB_CELL_INT, NB_CELL_DECIMAL};
    EXPECT("123.0", 3, NB_SPLIT_SUM_LAST, 0, iid, NB_SPLIT_UNIQUE, 1, "1|2|3.0");
    /* ... and 1 + 2 != 3.5: the fraction makes the integer sum impossible. */
    EXPECT_STATUS("123.5", 3, NB_SPLIT_SUM_LAST, 0, iid, NB_SPLIT_IMPOSSIBLE);
}

static void test_bad_input(void) {
    EXPECT_STATUS("12a45", 3, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("\xef\xbc\x91\xef", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE); /* １ and a cut-off ２ */
    EXPECT_STATUS("\xef\xbc\x91\xef\xbc\xa1", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE); /* １Ａ */
    EXPECT_STATUS("1\xe2\x80\x94" "2", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE); /* 1—2: a dash is no blank */
    EXPECT_STATUS("12,3", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("   ", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("123", 0, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("123", -1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("123456789012345678901234567890123", 33, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    EXPECT_STATUS("123", 3, (nb_split_rule)7, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    /* embedded NUL is garbage */
    CHECK(nb_split("1\0" "2", 3, 2, NB_SPLIT_NONE, 0, NULL, &R) == NB_SPLIT_IMPOSSIBLE, "embedded NUL");
    CHECK(nb_split(NULL, 0, 1, NB_SPLIT_NONE, 0, NULL, &R) == NB_SPLIT_IMPOSSIBLE, "NULL input");
    CHECK(nb_split(NULL, 5, 1, NB_SPLIT_NONE, 0, NULL, &R) == NB_SPLIT_IMPOSSIBLE, "NULL input, n > 0");
    CHECK(nb_split("1", 1, 1, NB_SPLIT_NONE, 0, NULL, NULL) == NB_SPLIT_IMPOSSIBLE, "NULL result");
    /* format: truncation, bad index */
    char buf[8];
    nb_split("230000023", 9, 7, NB_SPLIT_SUM_LAST, 0, NULL, &R);
    nb_split_format("230000023", &R, 0, 7, buf, sizeof buf);
    CHECK(strcmp(buf, "23|0|0|") == 0, "format truncated: \"%s\"", buf);
    nb_split_format("230000023", &R, 1, 7, buf, sizeof buf);
    CHECK(buf[0] == '\0', "format of a missing candidate");
    nb_split_format("230000023", &R, 0, 7, buf, 1);
    CHECK(buf[0] == '\0', "format into 1 byte");
}

/* Full-width rows as crawled copies write them (the twins of every fixed row are checked above). */
static void test_full_width(void) {
    /* The row of test_table3 in full width: the same split, offsets in bytes (3 per char). */
    const char *fw = "\xef\xbc\x92\xef\xbc\x93\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90"
                     "\xef\xbc\x92\xef\xbc\x93"; /* ２３００００２３ = 23|0|0|0|0|0|23 */
    EXPECT(fw, 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_UNIQUE, 1, "２３|０|０|０|０|０|２３");
    CHECK(R.cand[0][0].off == 0 && R.cand[0][0].len == 6 && R.cand[0][1].off == 6 && R.cand[0][1].len == 3 &&
              R.cand[0][6].off == 21 && R.cand[0][6].len == 6 && R.cand[0][6].value == 23,
          "byte offsets of ２３００００２３");
    /* one cell: the whole run, in bytes */
    EXPECT("２６２９", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "２６２９");
    CHECK(R.cand[0][0].len == 12 && R.cand[0][0].value == 2629, "２６２９ is 2629 in 12 bytes");
    /* mixed in one number, and the full-width point and minus */
    EXPECT("２6２9", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "２6２9");
    CHECK(R.cand[0][0].len == 8 && R.cand[0][0].value == 2629, "２6２9 is 2629");
    static const unsigned char d1[1] = {NB_CELL_DECIMAL}, s1[1] = {NB_CELL_SIGNED};
    EXPECT("５９４９．０８８６６７", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_UNIQUE, 1, "５９４９．０８８６６７");
    CHECK(R.cand[0][0].value == 5949.088667, "５９４９．０８８６６７ is 5949.088667");
    EXPECT("５９４９.０８８６６７", 1, NB_SPLIT_NONE, 0, d1, NB_SPLIT_UNIQUE, 1, "５９４９.０８８６６７");
    EXPECT("－３", 1, NB_SPLIT_NONE, 0, s1, NB_SPLIT_UNIQUE, 1, "－３");
    CHECK(R.cand[0][0].value == -3 && R.cand[0][0].len == 6, "－３ is -3");
    EXPECT_STATUS("－３", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE); /* unsigned cell */
    /* U+3000 and NBSP are blanks, hence boundaries: the cell "20" cannot straddle them */
    EXPECT("２２　０００２２　１１００２", 10, NB_SPLIT_GROUPS, 5, NULL, NB_SPLIT_UNIQUE, 1,
           "２２|０|０|０|２２|１|１|０|０|２");
    EXPECT("1\xc2\xa0" "2", 2, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1, "1|2");
    CHECK(R.cand[0][1].off == 3 && R.cand[0][1].len == 1, "offset after an NBSP");
    /* the length limit counts digits, not bytes: 15 full-width digits (45 bytes) are one cell */
    EXPECT("９９９９９９９９９９９９９９９", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_UNIQUE, 1,
           "９９９９９９９９９９９９９９９");
    EXPECT_STATUS("１０００００００００００００００", 1, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);
}

static char big[6000];

static void fill(char ch, int n) {
    memset(big, ch, (size_t)n);
    big[n] = '\0';
}

static void test_performance(void) {
    clock_t t0;
    double ms;
    /* 7 cells of at most 15 digits hold at most 105 digits: IMPOSSIBLE before any search. */
    for (int i = 0; i < 5000; i++) big[i] = (char)('0' + (i * 7 + 3) % 10);
    big[5000] = '\0';
    t0 = clock();
    EXPECT_STATUS(big, 7, NB_SPLIT_SUM_LAST, 0, NULL, NB_SPLIT_IMPOSSIBLE);
    ms = ms_since(t0);
    CHECK(ms < 50, "5000 digits took %.1f ms", ms);
    printf("5000-digit run: %.2f ms\n", ms);

    /* 60 '1's, k=7 SUM_LAST. Every cell is a repunit R_a. A part is <= T = R_t so has <= t digits;
       a t-digit part equals T and the other five parts (>= 1 each) overshoot, so parts have <= t-1
       digits and sum <= 6 R_{t-1} < 10 R_{t-1} + 1 = R_t. No split: IMPOSSIBLE. The search proves
       it within budget (casting out nines leaves only t = 3 and t = 12; ~80k steps). */
    fill('1', 60);
    t0 = clock();
    int st = nb_split(big, 60, 7, NB_SPLIT_SUM_LAST, 0, NULL, &R);
    ms = ms_since(t0);
    CHECK(st == NB_SPLIT_IMPOSSIBLE, "60 ones: %s", status_name(st));
    CHECK(ms < 500, "60 ones took %.1f ms", ms);
    printf("60 ones k=7 SUM_LAST: %s, %lld steps, %.2f ms\n", status_name(st), R.steps, ms);

    /* 120 '1's, k=11 SUM_LAST: same repunit argument with 10 parts (10 R_{t-1} < R_t): no split
       exists. Proving it needs ~C(44,9) part layouts for t=15, far over budget: TOO_COMPLEX here
       is the budget doing its job (IMPOSSIBLE would also be right). */
    fill('1', 120);
    t0 = clock();
    st = nb_split(big, 120, 11, NB_SPLIT_SUM_LAST, 0, NULL, &R);
    ms = ms_since(t0);
    CHECK(st == NB_SPLIT_IMPOSSIBLE || st == NB_SPLIT_TOO_COMPLEX, "120 ones: %s", status_name(st));
    CHECK(ms < 500, "120 ones took %.1f ms", ms);
    CHECK(R.steps <= 2LL * NB_SPLIT_STEP_BUDGET + 2, "120 ones: %lld steps", R.steps);
    printf("120 ones k=11 SUM_LAST: %s, %lld steps, %.2f ms\n", status_name(st), R.steps, ms);

    /* 200 '1's, k=15 GROUPS of 5: every group would need 4 repunits summing to a repunit, which the
       argument above (4 R_{t-1} < R_t) rules out. IMPOSSIBLE or TOO_COMPLEX. */
    fill('1', 200);
    t0 = clock();
    st = nb_split(big, 200, 15, NB_SPLIT_GROUPS, 5, NULL, &R);
    ms = ms_since(t0);
    CHECK(st == NB_SPLIT_IMPOSSIBLE || st == NB_SPLIT_TOO_COMPLEX, "200 ones groups: %s", status_name(st));
    CHECK(ms < 500, "200 ones groups took %.1f ms", ms);
    printf("200 ones k=15 GROUPS: %s, %lld steps, %.2f ms\n", status_name(st), R.steps, ms);

    /* 480 '1's in 32 NONE cells: 32 * 15 = 480, so every cell is exactly 15 digits. Unique. */
    fill('1', 480);
    t0 = clock();
    st = nb_split(big, 480, 32, NB_SPLIT_NONE, 0, NULL, &R);
    ms = ms_since(t0);
    CHECK(st == NB_SPLIT_UNIQUE && R.cand[0][31].len == 15 && R.cand[0][31].off == 465, "480 ones: %s",
          status_name(st));
    CHECK(ms < 500, "480 ones took %.1f ms", ms);
    printf("480 ones k=32 NONE: %s, %lld steps, %.2f ms\n", status_name(st), R.steps, ms);
    fill('1', 481);
    EXPECT_STATUS(big, 32, NB_SPLIT_NONE, 0, NULL, NB_SPLIT_IMPOSSIBLE);

    /* 200 '1's in 32 NONE cells (lengths 1..15 summing to 200). Lower bound on the count: pair the
       cells into 16 pairs, 8 pairs summing to 12 (11 ways each) and 8 to 13 (12 ways each), any 8 of
       the 16 pairs being the 13s: 11^8 * 12^8 * C(16,8) ~ 1.2e21 > the 1e18 cap. */
    fill('1', 200);
    t0 = clock();
    st = nb_split(big, 200, 32, NB_SPLIT_NONE, 0, NULL, &R);
    ms = ms_since(t0);
    CHECK(st == NB_SPLIT_AMBIGUOUS && R.nsolutions == NB_SPLIT_COUNT_CAP && R.ncandidates == 8,
          "200 ones NONE: %s %lld", status_name(st), R.nsolutions);
    for (int i = 0; i < R.ncandidates; i++)
        CHECK(candidate_ok(big, 200, 32, NB_SPLIT_NONE, 0, NULL, R.cand[i]), "200 ones cand %d", i);
    printf("200 ones k=32 NONE: %s, %lld steps, %.2f ms\n", status_name(st), R.steps, ms);

    /* The largest input that gets searched: 32 SIGNED|DECIMAL cells of the maximal 17 chars (sign,
       15 digits, point), 544 chars. Every cell must then be exactly 17 chars: NONE is unique; under
       SUM_LAST 31 copies of -12345678901.2345 do not sum to one copy: IMPOSSIBLE. */
    unsigned char fl[32];
    memset(fl, NB_CELL_SIGNED | NB_CELL_DECIMAL, sizeof fl);
    big[0] = '\0';
    for (int j = 0; j < 32; j++) strcat(big, "-12345678901.2345");
    t0 = clock();
    st = nb_split(big, 544, 32, NB_SPLIT_NONE, 0, fl, &R);
    CHECK(st == NB_SPLIT_UNIQUE && R.cand[0][5].off == 85 && R.cand[0][5].value == -12345678901.2345,
          "544 chars NONE: %s", status_name(st));
    st = nb_split(big, 544, 32, NB_SPLIT_SUM_LAST, 0, fl, &R);
    CHECK(st == NB_SPLIT_IMPOSSIBLE, "544 chars SUM_LAST: %s", status_name(st));
    ms = ms_since(t0);
    CHECK(ms < 500, "544 chars took %.1f ms", ms);
    printf("544 chars k=32 NONE + SUM_LAST: %.2f ms\n", ms);

    /* Long run in SIGNED|DECIMAL cells with k=32: a 5000-char run is over 32 * 17. */
    for (int i = 0; i < 5000; i++) big[i] = "1-2.3+45.6"[i % 10];
    big[5000] = '\0';
    t0 = clock();
    EXPECT_STATUS(big, 32, NB_SPLIT_SUM_LAST, 0, fl, NB_SPLIT_IMPOSSIBLE);
    CHECK(ms_since(t0) < 50, "5000 mixed chars");
}

/* ---- brute force cross-check ------------------------------------------------------------ */

/* An independent enumerator: tries every cut, checks the syntax with cell_syntax_ok and the sums
 * in integers scaled by 1e9 (inputs have <= 9 non-blank chars, so no overflow). */
typedef struct {
    char c[16];
    int cid[16];
    int n;
} bf_row;

static long long bf_value(const char *c, int len) {
    int i = 0, neg = 0, fd = 0, dot = 0;
    long long m = 0;
    if (c[0] == '+' || c[0] == '-') neg = c[i++] == '-';
    for (; i < len; i++) {
        if (c[i] == '.') {
            dot = 1;
            continue;
        }
        m = m * 10 + (c[i] - '0');
        fd += dot;
    }
    for (; fd < 9; fd++) m *= 10;
    return neg ? -m : m;
}

static long long bf_count(const bf_row *r, int p, int j, int k, nb_split_rule rule, int g,
                          const unsigned char *fl, long long *vals) {
    if (j == k) {
        if (p != r->n) return 0;
        if (rule == NB_SPLIT_SUM_LAST) g = k;
        if (rule != NB_SPLIT_NONE)
            for (int j0 = 0; j0 < k; j0 += g) {
                long long s = 0;
                for (int i = j0; i < j0 + g - 1; i++) s += vals[i];
                if (s != vals[j0 + g - 1]) return 0;
            }
        return 1;
    }
    long long cnt = 0;
    for (int e = p + 1; e <= r->n; e++) {
        if (r->cid[e - 1] != r->cid[p]) break;
        if (!cell_syntax_ok(r->c + p, (size_t)(e - p), fl[j])) continue;
        vals[j] = bf_value(r->c + p, e - p);
        cnt += bf_count(r, e, j + 1, k, rule, g, fl, vals);
    }
    return cnt;
}

static unsigned rng_state = 12345;
static unsigned rnd(unsigned m) {
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 16) % m;
}

static void test_bruteforce(void) {
    int mismatches = 0, runs = 0, nonzero = 0;
    for (int it = 0; it < 40000; it++) {
        char s[32];
        int len = 1 + (int)rnd(9), sl = 0;
        int mixed = it % 3 == 0; /* a third of the rows carry signs and points */
        bf_row r;
        r.n = 0;
        int chunk = 0, prev_blank = 1;
        for (int i = 0; i < len; i++) {
            unsigned d = rnd(mixed ? 16 : 13);
            char ch = d < 4 ? '0' : d < 10 ? (char)('1' + rnd(9)) : d < 12 ? (char)('0' + rnd(10)) : d == 12 ? ' '
                      : d == 13 ? '-' : d == 14 ? '.' : '+';
            s[sl++] = ch;
            if (ch == ' ') {
                if (!prev_blank) chunk++;
                prev_blank = 1;
                continue;
            }
            prev_blank = 0;
            r.c[r.n] = ch;
            r.cid[r.n++] = chunk;
        }
        s[sl] = '\0';
        int k = 1 + (int)rnd(r.n > 1 ? (unsigned)r.n : 1u);
        nb_split_rule rule = (nb_split_rule)rnd(3);
        int g = 0;
        if (rule == NB_SPLIT_GROUPS) {
            int divs[8], nd = 0;
            for (int d = 1; d <= k; d++)
                if (k % d == 0) divs[nd++] = d;
            g = divs[rnd((unsigned)nd)];
        }
        unsigned char fl[NB_SPLIT_MAX_CELLS];
        for (int j = 0; j < k; j++) fl[j] = mixed ? (unsigned char)rnd(4) : 0;
        long long vals[NB_SPLIT_MAX_CELLS];
        long long want = r.n ? bf_count(&r, 0, 0, k, rule, g, fl, vals) : 0;
        int st = nb_split(s, (size_t)sl, k, rule, g, fl, &R);
        int want_st = want == 0 ? NB_SPLIT_IMPOSSIBLE : want == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_AMBIGUOUS;
        runs++;
        nonzero += want > 0;
        int bad = st != want_st || (want > 0 && R.nsolutions != want) ||
                  R.ncandidates != (want < NB_SPLIT_MAX_CANDIDATES ? want : NB_SPLIT_MAX_CANDIDATES);
        for (int i = 0; !bad && i < R.ncandidates; i++) bad = !candidate_ok(s, (size_t)sl, k, rule, g, fl, R.cand[i]);
        if (!bad) bad = !twin_agrees(s, (size_t)sl, k, rule, g, fl, TWIN_RANDOM);
        /* stored candidates must be distinct */
        for (int a = 0; !bad && a < R.ncandidates; a++)
            for (int b = a + 1; !bad && b < R.ncandidates; b++)
                bad = memcmp(R.cand[a], R.cand[b], sizeof R.cand[a]) == 0;
        if (bad && mismatches++ < 10)
            printf("brute force mismatch: \"%s\" k=%d rule=%d g=%d: got %s/%lld, want %lld\n", s, k, (int)rule, g,
                   status_name(st), R.nsolutions, want);
    }
    CHECK(mismatches == 0, "%d of %d random rows disagree with brute force", mismatches, runs);
    CHECK(nonzero > runs / 10, "brute force: only %d of %d rows had a split", nonzero, runs);
    printf("brute force: %d rows, %d with at least one split\n", runs, nonzero);
}

/* Longer digit-only rows (<= 16 digits, k <= 8) against the brute force: values stay below 1e16
 * unscaled, so use a second, unscaled sum. */
static long long bf_count_int(const char *c, int n, int p, int j, int k, nb_split_rule rule, int g, long long *vals) {
    if (j == k) {
        if (p != n) return 0;
        if (rule == NB_SPLIT_SUM_LAST) g = k;
        if (rule != NB_SPLIT_NONE)
            for (int j0 = 0; j0 < k; j0 += g) {
                long long s = 0;
                for (int i = j0; i < j0 + g - 1; i++) s += vals[i];
                if (s != vals[j0 + g - 1]) return 0;
            }
        return 1;
    }
    long long cnt = 0, v = 0;
    for (int e = p + 1; e <= n && e - p <= 15; e++) {
        v = v * 10 + (c[e - 1] - '0');
        if (c[p] == '0' && e > p + 1) break;
        vals[j] = v;
        cnt += bf_count_int(c, n, e, j + 1, k, rule, g, vals);
    }
    return cnt;
}

static void test_bruteforce_long(void) {
    int mismatches = 0, nonzero = 0, runs = 0;
    for (int it = 0; it < 3000; it++) {
        char s[20];
        int n = 4 + (int)rnd(13);
        /* build rows that often satisfy SUM_LAST: parts random, total appended */
        int k = 2 + (int)rnd(7);
        int sl = 0;
        long long sum = 0;
        for (int j = 0; j < k - 1 && sl < 12; j++) {
            long long v = rnd(4) == 0 ? 0 : rnd(rnd(2) ? 10 : 300);
            sum += v;
            sl += sprintf(s + sl, "%lld", v);
        }
        sl += sprintf(s + sl, "%lld", sum);
        if (rnd(4) == 0) { /* or just random digits */
            sl = n;
            for (int i = 0; i < n; i++) s[i] = (char)('0' + rnd(10));
            s[n] = '\0';
        }
        if (sl < k) continue;
        long long vals[NB_SPLIT_MAX_CELLS];
        nb_split_rule rule = rnd(5) ? NB_SPLIT_SUM_LAST : NB_SPLIT_NONE;
        long long want = bf_count_int(s, sl, 0, 0, k, rule, 0, vals);
        int st = nb_split(s, (size_t)sl, k, rule, 0, NULL, &R);
        runs++;
        nonzero += want > 0;
        int want_st = want == 0 ? NB_SPLIT_IMPOSSIBLE : want == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_AMBIGUOUS;
        int bad = st != want_st || (want > 0 && R.nsolutions != want);
        for (int i = 0; !bad && i < R.ncandidates; i++) bad = !candidate_ok(s, (size_t)sl, k, rule, 0, NULL, R.cand[i]);
        if (!bad) bad = !twin_agrees(s, (size_t)sl, k, rule, 0, NULL, TWIN_RANDOM);
        if (bad && mismatches++ < 10)
            printf("long brute force mismatch: \"%s\" k=%d rule=%d: got %s/%lld, want %lld\n", s, k, (int)rule,
                   status_name(st), R.nsolutions, want);
    }
    CHECK(mismatches == 0, "%d of %d long rows disagree with brute force", mismatches, runs);
    printf("long brute force: %d rows, %d with at least one split\n", runs, nonzero);
}

int main(void) {
    test_table3();
    test_table4();
    test_none();
    test_signed_decimal();
    test_bad_input();
    test_full_width();
    test_performance();
    test_bruteforce();
    test_bruteforce_long();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
