/* harness_jsonl.c — fuzz target `jsonl`: the record reader of parse --stdin-jsonl (cli/jsonl.h), on
 * one line. A record read must have its text NUL-terminated and well-formed UTF-8 (lone surrogates
 * become U+FFFD) and its id a JSON value inside the line; a line refused, a reason and a place in it. */
#include "fuzz.h"
#include "jsonl.h"

static void one(const unsigned char *data, size_t len)
{
    const char *line = (const char *)data;
    nb_record rec;
    if (nb_record_parse(line, len, &rec) == 0) {
        fuzz_check_text("nb_record_parse", rec.text, rec.text_len);
        if (rec.id) {
            if (rec.id < line || rec.id_len == 0 || rec.id_len > len || (size_t)(rec.id - line) > len - rec.id_len)
                FAIL("nb_record_parse: the id is not inside the line");
            if (!strchr("\"{[-0123456789tfn", rec.id[0])) FAIL("nb_record_parse: the id starts with '%c'", rec.id[0]);
        }
        if (fuzz_utf8_end(data, len) != len) FAIL("nb_record_parse: took a line that is not UTF-8");
    } else {
        if (!rec.err || !*rec.err) FAIL("nb_record_parse: refused without a reason");
        if (rec.err_at != (size_t)-1 && rec.err_at > len) FAIL("nb_record_parse: error at byte %zu of %zu", rec.err_at, len);
        if (rec.text) FAIL("nb_record_parse: refused but kept the text");
    }
    nb_record_free(&rec);
}
