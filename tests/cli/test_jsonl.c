/* test_jsonl.c — the --stdin-jsonl record reader (cli/jsonl.h): ids verbatim, every escape, UTF-8
 * strictness, skipped values, errors with their byte, huge lines. Prints "N passed, M failed". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cli/jsonl.h"
#include "../unit/check.h"
#include "buf.h"

/* Parses a C string (explicit length, so NUL bytes can be in it). */
static int rec_parse_n(const char *s, size_t n, nb_record *r) { return nb_record_parse(s, n, r); }
static int rec_parse(const char *s, nb_record *r) { return rec_parse_n(s, strlen(s), r); }

static int text_is(const nb_record *r, const char *want, size_t n)
{
    return r->text && r->text_len == n && memcmp(r->text, want, n) == 0 && r->text[n] == 0;
}

static int id_is(const nb_record *r, const char *want)
{
    return r->id && r->id_len == strlen(want) && memcmp(r->id, want, r->id_len) == 0;
}

/* The line is rejected, at this byte (or -1 for no position), with a message containing `what`. */
static int rejects(const char *s, size_t n, long at, const char *what)
{
    nb_record r;
    int rc = rec_parse_n(s, n, &r);
    int ok = rc == -1 && r.text == NULL && r.err && strstr(r.err, what) &&
             (at < 0 ? r.err_at == (size_t)-1 : r.err_at == (size_t)at);
    if (!ok)
        fprintf(stderr, "  %.*s: rc %d err \"%s\" at %ld\n", (int)(n > 60 ? 60 : n), s, rc,
                r.err ? r.err : "", r.err_at == (size_t)-1 ? -1L : (long)r.err_at);
    nb_record_free(&r);
    return ok;
}
#define REJECTS(lit, at, what) CHECK(rejects(lit, sizeof(lit) - 1, at, what))

static void basics(void)
{
    nb_record r;
    CHECK(rec_parse("{\"id\":\"a\",\"text\":\"b\"}", &r) == 0 && id_is(&r, "\"a\"") && text_is(&r, "b", 1));
    nb_record_free(&r);
    /* ids are copied as written: numbers, objects, escapes, inner whitespace and all */
    CHECK(rec_parse(" { \"text\" : \"x\" , \"id\" : -1.5e+3 } \r\n", &r) == 0 && id_is(&r, "-1.5e+3"));
    nb_record_free(&r);
    CHECK(rec_parse("{\"id\": {\"a\": [1, 2]}, \"text\": \"\"}", &r) == 0 && id_is(&r, "{\"a\": [1, 2]}") &&
          text_is(&r, "", 0));
    nb_record_free(&r);
    CHECK(rec_parse("{\"id\":\"\\u4e2d\\\"q\",\"text\":\"t\"}", &r) == 0 && id_is(&r, "\"\\u4e2d\\\"q\""));
    nb_record_free(&r);
    CHECK(rec_parse("{\"id\":null,\"text\":\"t\"}", &r) == 0 && id_is(&r, "null"));
    nb_record_free(&r);
    /* no id: fine, the caller writes null */
    CHECK(rec_parse("{\"text\":\"t\"}", &r) == 0 && r.id == NULL && text_is(&r, "t", 1));
    nb_record_free(&r);
    /* other keys, with every kind of value, are validated and skipped */
    CHECK(rec_parse("{\"a\":{\"b\":[1,true,false,null,\"s\",{\"c\":-0.5E-2},[]],\"d\":{}},\"text\":\"t\",\"id\":7,"
                    "\"z\":0}",
                    &r) == 0 &&
          id_is(&r, "7") && text_is(&r, "t", 1));
    nb_record_free(&r);
    /* keys are compared decoded, and only whole */
    CHECK(rec_parse("{\"\\u0069d\":1,\"te\\u0078t\":\"ok\"}", &r) == 0 && id_is(&r, "1") && text_is(&r, "ok", 2));
    nb_record_free(&r);
    CHECK(rec_parse("{\"textual\":\"x\",\"tex\":\"y\",\"ids\":3,\"text\":\"z\"}", &r) == 0 && r.id == NULL &&
          text_is(&r, "z", 1));
    nb_record_free(&r);
    /* duplicates: the last one wins */
    CHECK(rec_parse("{\"text\":\"a\",\"id\":1,\"text\":\"bb\",\"id\":2}", &r) == 0 && id_is(&r, "2") &&
          text_is(&r, "bb", 2));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":5,\"text\":\"s\"}", &r) == 0 && text_is(&r, "s", 1));
    nb_record_free(&r);
}

static void escapes(void)
{
    nb_record r;
    CHECK(rec_parse("{\"text\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", &r) == 0 && text_is(&r, "\"\\/\b\f\n\r\t", 8));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"\\u0041\\u00e9\\u4e2D\\u4E2d\\uFFFF\"}", &r) == 0 &&
          text_is(&r, "A\xC3\xA9\xE4\xB8\xAD\xE4\xB8\xAD\xEF\xBF\xBF", 12));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"a\\u0000b\"}", &r) == 0 && text_is(&r, "a\0b", 3));
    nb_record_free(&r);
    /* surrogate pairs, both ends of the range */
    CHECK(rec_parse("{\"text\":\"\\ud83d\\ude00|\\uD800\\uDC00|\\udbff\\udfff\"}", &r) == 0 &&
          text_is(&r, "\xF0\x9F\x98\x80|\xF0\x90\x80\x80|\xF4\x8F\xBF\xBF", 14));
    nb_record_free(&r);
    /* lone surrogates: U+FFFD, and what follows is read normally */
    CHECK(rec_parse("{\"text\":\"\\ud83dx\"}", &r) == 0 && text_is(&r, "\xEF\xBF\xBDx", 4));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"\\ude00\"}", &r) == 0 && text_is(&r, "\xEF\xBF\xBD", 3));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"\\ud83d\\ud83d\\ude00\"}", &r) == 0 &&
          text_is(&r, "\xEF\xBF\xBD\xF0\x9F\x98\x80", 7));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"\\ud83d\\u0041\"}", &r) == 0 && text_is(&r, "\xEF\xBF\xBD" "A", 4));
    nb_record_free(&r);
    CHECK(rec_parse("{\"text\":\"\\ud83d\"}", &r) == 0 && text_is(&r, "\xEF\xBF\xBD", 3));
    nb_record_free(&r);
    /* raw UTF-8 passes through */
    CHECK(rec_parse("{\"text\":\"中文 \xF0\x9F\x98\x80 \xC2\xA0\"}", &r) == 0 &&
          text_is(&r, "中文 \xF0\x9F\x98\x80 \xC2\xA0", 14));
    nb_record_free(&r);
    REJECTS("{\"text\":\"a\\x\"}", 10, "invalid escape");
    REJECTS("{\"text\":\"a\\u12\"}", 10, "invalid \\u escape");
    REJECTS("{\"text\":\"a\\u12G4\"}", 10, "invalid \\u escape");
    REJECTS("{\"text\":\"a\\", 10, "unterminated string");
    REJECTS("{\"text\":\"\\ud83d\\u12\"}", 15, "invalid \\u escape");
}

static void utf8(void)
{
    REJECTS("{\"text\":\"a\x80\"}", 10, "invalid UTF-8");             /* lone continuation */
    REJECTS("{\"text\":\"\xC0\xAF\"}", 9, "invalid UTF-8");           /* overlong '/' */
    REJECTS("{\"text\":\"\xC1\xBF\"}", 9, "invalid UTF-8");
    REJECTS("{\"text\":\"\xE0\x80\xAF\"}", 9, "invalid UTF-8");       /* overlong, 3 bytes */
    REJECTS("{\"text\":\"\xED\xA0\x80\"}", 9, "invalid UTF-8");       /* an encoded surrogate */
    REJECTS("{\"text\":\"\xF0\x80\x80\xAF\"}", 9, "invalid UTF-8");   /* overlong, 4 bytes */
    REJECTS("{\"text\":\"\xF4\x90\x80\x80\"}", 9, "invalid UTF-8");   /* above U+10FFFF */
    REJECTS("{\"text\":\"\xF5\x80\x80\x80\"}", 9, "invalid UTF-8");
    REJECTS("{\"text\":\"\xFF\"}", 9, "invalid UTF-8");
    REJECTS("{\"text\":\"\xE4\xB8\"}", 9, "invalid UTF-8");           /* cut short by the quote */
    REJECTS("{\"text\":\"\xE4\xB8", 9, "invalid UTF-8");              /* cut short by the line's end */
    REJECTS("{\"id\":\"\xE4\",\"text\":\"ok\"}", 7, "invalid UTF-8"); /* the id is copied: it must be valid */
    REJECTS("{\"\xFF\":1,\"text\":\"ok\"}", 2, "invalid UTF-8");      /* keys too */
    nb_record r;
    /* the largest valid sequences at each boundary */
    CHECK(rec_parse("{\"text\":\"\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"}",
                    &r) == 0 &&
          r.text_len == 19);
    nb_record_free(&r);
}

static void syntax(void)
{
    REJECTS("", 0, "expected a JSON object");
    REJECTS("   ", 3, "expected a JSON object");
    REJECTS("[1]", 0, "expected a JSON object");
    REJECTS("\"text\"", 0, "expected a JSON object");
    REJECTS("{bad json", 1, "expected a string key");
    REJECTS("{\"text\"", 7, "expected ':'");
    REJECTS("{\"text\":", 8, "expected a value");
    REJECTS("{\"text\":\"abc", 8, "unterminated string");
    REJECTS("{\"text\":\"a\"", 11, "expected ',' or '}'");
    REJECTS("{\"text\":\"a\",}", 12, "expected a string key");
    REJECTS("{\"text\":\"a\"} x", 13, "more after the object");
    REJECTS("{\"text\":\"a\"}{}", 12, "more after the object");
    REJECTS("{\"text\":\"a\tb\"}", 10, "control character");
    REJECTS("{\"text\":\"a\nb\"}", 10, "control character");
    REJECTS("{\"x\":[1,]}", 8, "expected a value");
    REJECTS("{\"x\":[1 2]}", 8, "expected ',' or ']'");
    REJECTS("{\"x\":tru}", 5, "expected a value");
    REJECTS("{\"x\":nul,\"text\":\"a\"}", 5, "expected a value");
    REJECTS("{\"x\":True}", 5, "expected a value");
    REJECTS("{\"x\":'a'}", 5, "expected a value");
    /* numbers: the JSON grammar, not strtod's */
    REJECTS("{\"x\":01}", 6, "expected ',' or '}'");
    REJECTS("{\"x\":1.}", 5, "invalid number");
    REJECTS("{\"x\":-}", 5, "invalid number");
    REJECTS("{\"x\":1e}", 5, "invalid number");
    REJECTS("{\"x\":1e+}", 5, "invalid number");
    REJECTS("{\"x\":.5}", 5, "expected a value");
    REJECTS("{\"x\":+1}", 5, "expected a value");
    REJECTS("{\"x\":0x1F}", 6, "expected ',' or '}'");
    nb_record r;
    CHECK(rec_parse("{\"a\":0,\"b\":-0,\"c\":1.0e10,\"d\":1E-2,\"e\":-12.50e+007,\"text\":\"t\"}", &r) == 0);
    nb_record_free(&r);
    /* what is wrong with a well-formed line */
    REJECTS("{}", -1, "no \"text\" key");
    REJECTS("{\"id\":1}", -1, "no \"text\" key");
    REJECTS("{\"text\":5}", -1, "\"text\" is not a string");
    REJECTS("{\"text\":null}", -1, "\"text\" is not a string");
    REJECTS("{\"text\":\"s\",\"text\":[\"a\"]}", -1, "\"text\" is not a string");
    /* an error keeps the id read before it, so the error line can carry it */
    CHECK(rec_parse("{\"id\":\"k\"}", &r) == -1 && id_is(&r, "\"k\"") && r.text == NULL);
    nb_record_free(&r);
    CHECK(rec_parse("{\"id\":42,\"text\":\"a\\q\"}", &r) == -1 && id_is(&r, "42"));
    nb_record_free(&r);
    /* a NUL byte in the line is no JSON */
    CHECK(rejects("{\"text\":\"a\0\"}", 13, 10, "control character"));
    CHECK(rejects("{\"text\":\"a\"}\0", 13, 12, "more after the object"));
}

static void nesting(void)
{
    char buf[4096];
    size_t n = 0;
    n += (size_t)sprintf(buf + n, "{\"x\":");
    for (int i = 0; i < 254; i++) buf[n++] = '[';
    for (int i = 0; i < 254; i++) buf[n++] = ']';
    n += (size_t)sprintf(buf + n, ",\"text\":\"deep\"}");
    nb_record r;
    CHECK(rec_parse_n(buf, n, &r) == 0 && text_is(&r, "deep", 4));
    nb_record_free(&r);
    /* deeper than the limit is refused, not a stack overflow */
    n = (size_t)sprintf(buf, "{\"x\":");
    for (int i = 0; i < 3000; i++) buf[n++] = '[';
    CHECK(rejects(buf, n, 5 + NB_RECORD_MAX_DEPTH - 1, "nesting too deep"));
}

/* A 24 MB line: ASCII, CJK raw and escaped, surrogate pairs, escapes at every offset. */
static void huge(void)
{
    const char *pieces[][2] = {
        {"abc ", "abc "},
        {"中文", "中文"},
        {"\\u4e2d", "\xE4\xB8\xAD"},
        {"\\ud83d\\ude00", "\xF0\x9F\x98\x80"},
        {"\\n", "\n"},
        {"\\\"", "\""},
        {"x", "x"},
    };
    size_t k = sizeof pieces / sizeof *pieces, reps = 1000000;
    nb_buf line, want;
    nb_buf_init(&line);
    nb_buf_init(&want);
    nb_buf_puts(&line, "{\"id\":\"big\",\"text\":\"");
    for (size_t i = 0; i < reps; i++) {
        size_t p = (i * 7 + i / 3) % k;
        nb_buf_puts(&line, pieces[p][0]);
        nb_buf_puts(&want, pieces[p][1]);
    }
    nb_buf_puts(&line, "\"}");
    nb_record r;
    CHECK(rec_parse_n(line.data, line.len, &r) == 0 && id_is(&r, "\"big\"") && text_is(&r, want.data, want.len));
    nb_record_free(&r);
    /* the same line cut anywhere near its end is an error, never a read past it */
    for (size_t cut = 1; cut < 40; cut++) {
        int rc = rec_parse_n(line.data, line.len - cut, &r);
        CHECK(rc == -1);
        nb_record_free(&r);
    }
    nb_buf_free(&line);
    nb_buf_free(&want);
}

/* Random mutations of a valid line: no crash, no read out of bounds (under ASan), and whatever is
 * accepted has a text no longer than the line. */
static void mutations(void)
{
    const char *seed = "{\"id\":[1,\"\\u00e9\"],\"text\":\"一、\\ud83d\\ude00\\n\\\"x\\\"\",\"o\":{\"a\":-1.5e3}}";
    size_t n = strlen(seed);
    char *buf = malloc(n);
    uint32_t s = 12345;
    int bad = 0, accepted = 0;
    for (int round = 0; round < 200000; round++) {
        memcpy(buf, seed, n);
        for (int m = 0; m < 1 + round % 3; m++) {
            s = s * 1103515245u + 12345u;
            size_t at = (s >> 8) % n;
            s = s * 1103515245u + 12345u;
            buf[at] = (char)(s >> 16);
        }
        s = s * 1103515245u + 12345u;
        size_t len = round % 5 == 0 ? (s >> 8) % (n + 1) : n;
        char *copy = malloc(len ? len : 1); /* exactly len bytes: ASan sees any overread */
        memcpy(copy, buf, len);
        nb_record r;
        if (rec_parse_n(copy, len, &r) == 0) {
            accepted++;
            if (r.text_len > len || (r.id && (r.id < copy || r.id + r.id_len > copy + len))) bad++;
        } else if (!r.err || (r.err_at != (size_t)-1 && r.err_at > len)) {
            bad++;
        }
        nb_record_free(&r);
        free(copy);
    }
    free(buf);
    CHECK(bad == 0);
    CHECK(accepted > 0);
}

int main(void)
{
    basics();
    escapes();
    utf8();
    syntax();
    nesting();
    huge();
    mutations();
    return check_summary();
}
