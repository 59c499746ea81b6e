/* jsonl.h — one record of `nianbao parse --stdin-jsonl`: a line {"id": …, "text": "…", …}.
 *
 *     nb_record rec;
 *     if (nb_record_parse(line, n, &rec) != 0) … rec.err, rec.err_at …;
 *     … rec.id / rec.id_len (raw JSON, verbatim), rec.text / rec.text_len (decoded UTF-8) …
 *     nb_record_free(&rec);
 *
 * A strict RFC 8259 reader for exactly this job, header-only (static functions) so that the cli
 * needs no build change and the unit test can include it. The whole line is validated, other keys
 * included (their values are skipped), because a line that is not JSON is an error the producer
 * must hear about, not something to half-read. Raw bytes must be valid UTF-8 (RFC 8259 §8.1): the
 * id is copied into our output verbatim and must stay valid JSON. Escaped lone surrogates
 * (\ud800 alone), which the grammar allows and Python's json.dumps writes for unpaired code units,
 * decode to U+FFFD: there is no UTF-8 for them. A duplicate key: the last one wins, as in
 * Python's json and JavaScript's JSON.parse, the usual producers. */
#ifndef NB_CLI_JSONL_H
#define NB_CLI_JSONL_H
#include <stdlib.h>
#include <string.h>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#define NB_RECORD_MAX_DEPTH 256 /* nesting allowed in skipped values; bounded so recursion is */

typedef struct nb_record {
    const char *id; /* the id value's bytes in the line, verbatim; NULL when the record has none */
    size_t id_len;
    char *text; /* the decoded text, NUL-terminated, malloc'd; NULL on error */
    size_t text_len;
    const char *err; /* on error: what is wrong, a static string */
    size_t err_at;   /* on error: 0-based byte offset in the line, or (size_t)-1 for no position */
} nb_record;

typedef struct nb_jp {
    const unsigned char *s, *p, *e;
    const char *err;
    const unsigned char *err_p;
} nb_jp;

static int nb_jp_fail(nb_jp *j, const unsigned char *at, const char *msg)
{
    if (!j->err) {
        j->err = msg;
        j->err_p = at;
    }
    return -1;
}

static void nb_jp_ws(nb_jp *j)
{
    while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

/* Length of the well-formed UTF-8 sequence at s (lead byte >= 0x80), or 0 (Unicode table 3-7). */
static size_t nb_jp_utf8(const unsigned char *s, const unsigned char *e)
{
    unsigned c = s[0];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF; /* the range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        else if (c == 0xED) hi = 0x9F; /* UTF-16 surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        else if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
    } else return 0;
    if ((size_t)(e - s) < len || s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return len;
}

static int nb_jp_hex4(const unsigned char *p, const unsigned char *e, unsigned *v)
{
    if (e - p < 4) return -1;
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return -1;
        x = x << 4 | d;
    }
    *v = x;
    return 0;
}

static size_t nb_jp_put_cp(char *out, unsigned cp)
{
    size_t k = 0;
    U8_APPEND_UNSAFE((unsigned char *)out, k, cp);
    return k;
}

/* A string at j->p (on its opening quote). Decodes into out, writing at most cap bytes, and sets
 * *len to the full decoded length; out may be NULL (cap 0) to validate only. The decoded form is
 * never longer than the escaped one (\uXXXX gives at most 3 bytes, a pair of them 4), so a buffer
 * as long as the rest of the line always suffices. */
static int nb_jp_string(nb_jp *j, char *out, size_t cap, size_t *len)
{
    const unsigned char *p = j->p + 1, *e = j->e;
    size_t n = 0;
    char tmp[4];
    for (;;) {
        const unsigned char *run = p;
        while (p < e && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
        if (p > run) {
            size_t k = (size_t)(p - run);
            if (n < cap) memcpy(out + n, run, k < cap - n ? k : cap - n);
            n += k;
        }
        if (p >= e) return nb_jp_fail(j, j->p, "unterminated string");
        unsigned c = *p;
        if (c == '"') break;
        if (c < 0x20) return nb_jp_fail(j, p, "control character in a string (must be escaped)");
        size_t k;
        const unsigned char *src = p;
        if (c >= 0x80) {
            k = nb_jp_utf8(p, e);
            if (!k) return nb_jp_fail(j, p, "invalid UTF-8");
            p += k;
        } else { /* a backslash */
            if (e - p < 2) return nb_jp_fail(j, p, "unterminated string");
            src = (const unsigned char *)tmp;
            k = 1;
            switch (p[1]) {
            case '"': tmp[0] = '"'; break;
            case '\\': tmp[0] = '\\'; break;
            case '/': tmp[0] = '/'; break;
            case 'b': tmp[0] = '\b'; break;
            case 'f': tmp[0] = '\f'; break;
            case 'n': tmp[0] = '\n'; break;
            case 'r': tmp[0] = '\r'; break;
            case 't': tmp[0] = '\t'; break;
            case 'u': {
                unsigned u, lo;
                if (nb_jp_hex4(p + 2, e, &u) != 0) return nb_jp_fail(j, p, "invalid \\u escape");
                p += 6;
                if (U16_IS_LEAD(u) && e - p >= 6 && p[0] == '\\' && p[1] == 'u' && nb_jp_hex4(p + 2, e, &lo) == 0 &&
                    U16_IS_TRAIL(lo)) {
                    u = (unsigned)U16_GET_SUPPLEMENTARY(u, lo);
                    p += 6;
                } else if (U_IS_SURROGATE(u)) {
                    u = 0xFFFD; /* a lone surrogate has no UTF-8 */
                }
                k = nb_jp_put_cp(tmp, u);
                goto put;
            }
            default: return nb_jp_fail(j, p, "invalid escape");
            }
            p += 2;
        }
    put:
        if (n + k <= cap) memcpy(out + n, src, k);
        n += k;
    }
    j->p = p + 1;
    *len = n;
    return 0;
}

static int nb_jp_number(nb_jp *j)
{
    const unsigned char *p = j->p, *e = j->e, *start = p;
    if (p < e && *p == '-') p++;
    if (p < e && *p == '0') p++;
    else if (p < e && *p >= '1' && *p <= '9')
        while (p < e && *p >= '0' && *p <= '9') p++;
    else return nb_jp_fail(j, start, "invalid number");
    if (p < e && *p == '.') {
        p++;
        if (!(p < e && *p >= '0' && *p <= '9')) return nb_jp_fail(j, start, "invalid number");
        while (p < e && *p >= '0' && *p <= '9') p++;
    }
    if (p < e && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < e && (*p == '+' || *p == '-')) p++;
        if (!(p < e && *p >= '0' && *p <= '9')) return nb_jp_fail(j, start, "invalid number");
        while (p < e && *p >= '0' && *p <= '9') p++;
    }
    j->p = p;
    return 0;
}

/* Any value at j->p (after whitespace), validated and skipped. */
static int nb_jp_value(nb_jp *j, int depth)
{
    if (j->p >= j->e) return nb_jp_fail(j, j->p, "expected a value");
    size_t len;
    switch (*j->p) {
    case '"': return nb_jp_string(j, NULL, 0, &len);
    case '{':
    case '[': {
        unsigned char close = *j->p == '{' ? '}' : ']';
        if (depth >= NB_RECORD_MAX_DEPTH) return nb_jp_fail(j, j->p, "nesting too deep");
        j->p++;
        nb_jp_ws(j);
        if (j->p < j->e && *j->p == close) {
            j->p++;
            return 0;
        }
        for (;;) {
            if (close == '}') {
                if (j->p >= j->e || *j->p != '"') return nb_jp_fail(j, j->p, "expected a string key");
                if (nb_jp_string(j, NULL, 0, &len) != 0) return -1;
                nb_jp_ws(j);
                if (j->p >= j->e || *j->p != ':') return nb_jp_fail(j, j->p, "expected ':'");
                j->p++;
                nb_jp_ws(j);
            }
            if (nb_jp_value(j, depth + 1) != 0) return -1;
            nb_jp_ws(j);
            if (j->p < j->e && *j->p == ',') {
                j->p++;
                nb_jp_ws(j);
                continue;
            }
            if (j->p < j->e && *j->p == close) {
                j->p++;
                return 0;
            }
            return nb_jp_fail(j, j->p, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
    case 't':
    case 'f':
    case 'n': {
        const char *lit = *j->p == 't' ? "true" : *j->p == 'f' ? "false" : "null";
        size_t k = strlen(lit);
        if ((size_t)(j->e - j->p) < k || memcmp(j->p, lit, k) != 0)
            return nb_jp_fail(j, j->p, "expected a value");
        j->p += k;
        return 0;
    }
    default:
        if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) return nb_jp_number(j);
        return nb_jp_fail(j, j->p, "expected a value");
    }
}

static void nb_record_free(nb_record *rec)
{
    free(rec->text);
    rec->text = NULL;
}

/* 0: rec->text is set (rec->id may be NULL: no id key). -1: rec->err says why; rec->id is still
 * set when an id was read before the error, so that the error can carry it. */
static int nb_record_parse(const char *line, size_t n, nb_record *rec)
{
    memset(rec, 0, sizeof *rec);
    rec->err_at = (size_t)-1;
    nb_jp j = {(const unsigned char *)line, (const unsigned char *)line, (const unsigned char *)line + n,
               NULL, NULL};
    int have_text = 0, text_not_string = 0;
    nb_jp_ws(&j);
    if (j.p >= j.e || *j.p != '{') {
        nb_jp_fail(&j, j.p, "expected a JSON object");
        goto bad;
    }
    j.p++;
    nb_jp_ws(&j);
    if (j.p < j.e && *j.p == '}') j.p++;
    else
        for (;;) {
            if (j.p >= j.e || *j.p != '"') {
                nb_jp_fail(&j, j.p, "expected a string key");
                goto bad;
            }
            char key[5];
            size_t klen;
            if (nb_jp_string(&j, key, sizeof key, &klen) != 0) goto bad;
            int is_id = klen == 2 && !memcmp(key, "id", 2), is_text = klen == 4 && !memcmp(key, "text", 4);
            nb_jp_ws(&j);
            if (j.p >= j.e || *j.p != ':') {
                nb_jp_fail(&j, j.p, "expected ':'");
                goto bad;
            }
            j.p++;
            nb_jp_ws(&j);
            const unsigned char *v = j.p;
            if (is_text && j.p < j.e && *j.p == '"') {
                free(rec->text);
                size_t cap = (size_t)(j.e - j.p);
                rec->text = malloc(cap + 1);
                if (!rec->text) {
                    nb_jp_fail(&j, j.p, "out of memory");
                    goto bad;
                }
                if (nb_jp_string(&j, rec->text, cap, &rec->text_len) != 0) goto bad;
                rec->text[rec->text_len] = 0;
                have_text = 1;
                text_not_string = 0;
            } else {
                if (nb_jp_value(&j, 1) != 0) goto bad;
                if (is_id) {
                    rec->id = (const char *)v;
                    rec->id_len = (size_t)(j.p - v);
                } else if (is_text) {
                    text_not_string = 1;
                }
            }
            nb_jp_ws(&j);
            if (j.p < j.e && *j.p == ',') {
                j.p++;
                nb_jp_ws(&j);
                continue;
            }
            if (j.p < j.e && *j.p == '}') {
                j.p++;
                break;
            }
            nb_jp_fail(&j, j.p, "expected ',' or '}'");
            goto bad;
        }
    nb_jp_ws(&j);
    if (j.p < j.e) {
        nb_jp_fail(&j, j.p, "more after the object");
        goto bad;
    }
    if (text_not_string) {
        rec->err = "\"text\" is not a string";
        goto semantic;
    }
    if (!have_text) {
        rec->err = "no \"text\" key";
        goto semantic;
    }
    return 0;
bad:
    rec->err = j.err;
    rec->err_at = (size_t)(j.err_p - j.s);
semantic:
    nb_record_free(rec);
    rec->text_len = 0;
    return -1;
}

#endif
