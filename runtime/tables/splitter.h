/* splitter.h — recover the cells of a table row whose separators were lost.
 *
 * Crawled reports glue a row's cells into one run ("230000023" is 23,0,0,0,0,0,23). The table's
 * arithmetic (parts sum to a total) plus the no-leading-zero rule often leaves exactly one split.
 * nb_split never guesses: it reports one split, all splits (up to a cap), none, or that the search
 * exceeded its work budget. Whitespace in the input is always a cell boundary; other boundaries are
 * inferred. Reentrant, no allocation, worst case bounded by a fixed step budget. */
#ifndef NB_SPLITTER_H
#define NB_SPLITTER_H
#include <stddef.h>

#define NB_SPLIT_MAX_CELLS 32
#define NB_SPLIT_MAX_CANDIDATES 8

typedef enum {
    NB_SPLIT_NONE,     /* no arithmetic; only the cell syntax constrains the split */
    NB_SPLIT_SUM_LAST, /* cells[0] + ... + cells[k-2] == cells[k-1] (k == 1: the cell is 0) */
    NB_SPLIT_GROUPS    /* k/group groups; in each, the first group-1 cells sum to the last */
} nb_split_rule;

/* Per-cell bit flags: what may appear besides digits. */
enum { NB_CELL_INT = 0, NB_CELL_SIGNED = 1, NB_CELL_DECIMAL = 2 };

/* off/len: the cell's bytes in the input (a sign is part of the cell; a full-width char is 3 bytes,
 * so callers count columns over the bytes, not with off). value: the exact decimal value correctly
 * rounded to a double (cells have at most 15 digits). */
typedef struct nb_split_cell {
    size_t off, len;
    double value;
} nb_split_cell;

enum { NB_SPLIT_UNIQUE = 1, NB_SPLIT_AMBIGUOUS = 2, NB_SPLIT_IMPOSSIBLE = 3, NB_SPLIT_TOO_COMPLEX = 4 };

typedef struct nb_split_result {
    int status;           /* NB_SPLIT_UNIQUE / AMBIGUOUS / IMPOSSIBLE / TOO_COMPLEX */
    int ncells;           /* k of the call that filled this result */
    int ncandidates;      /* candidates stored (<= NB_SPLIT_MAX_CANDIDATES); 0 unless UNIQUE/AMBIGUOUS */
    long long nsolutions; /* exact count of valid splits, saturated at NB_SPLIT_COUNT_CAP */
    long long steps;      /* search steps used (diagnostics; budget is NB_SPLIT_STEP_BUDGET per pass) */
    nb_split_cell cand[NB_SPLIT_MAX_CANDIDATES][NB_SPLIT_MAX_CELLS];
} nb_split_result;

#define NB_SPLIT_COUNT_CAP 1000000000000000000LL
#define NB_SPLIT_STEP_BUDGET 200000

/* s: the glued cell text in UTF-8: digits, '+', '-', '.', each ASCII or full width (０-９ ＋ － ．,
 *    mixed at will), and blanks as separators (ASCII whitespace, U+3000, NBSP: nb_blank_at);
 *    anything else -> IMPOSSIBLE.
 * k: number of cells (1..NB_SPLIT_MAX_CELLS; otherwise IMPOSSIBLE).
 * flags: k entries of NB_CELL_* bits, or NULL for all NB_CELL_INT.
 * group: group size for NB_SPLIT_GROUPS (must divide k; ignored otherwise).
 * Cells: no leading zeros ("0" ok, "07" not), at most 15 digits; SIGNED allows one leading '+'/'-';
 * DECIMAL allows digits '.' digits ("0.5" ok, "00.5", "5." and ".5" not).
 * Returns out->status. A TOO_COMPLEX result carries no candidates; an AMBIGUOUS one carries the
 * first min(nsolutions, NB_SPLIT_MAX_CANDIDATES) splits found. */
int nb_split(const char *s, size_t n, int k, nb_split_rule rule, int group, const unsigned char *flags,
             nb_split_result *out);

/* Formats candidate i as "23|0|0|0|0|0|23" into buf (always NUL-terminated when buflen > 0;
 * truncated if short; empty if i is not a stored candidate). */
void nb_split_format(const char *s, const nb_split_result *r, int i, int k, char *buf, size_t buflen);

#endif
