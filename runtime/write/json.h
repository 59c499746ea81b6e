/* json.h — the JSON writer: the report object of REPORTS.md, and the escaping every writer shares. */
#ifndef NB_JSON_H
#define NB_JSON_H
#include <stddef.h>

#include "buf.h"
#include "checks.h"
#include "model.h"

/* A JSON string: quotes, escapes for every control character, \ufffd for any invalid byte. */
void nb_json_str(nb_buf *b, const char *s, size_t n);
void nb_json_cstr(nb_buf *b, const char *s); /* NULL gives null */
/* s between quotes, as it is: for the templates' own strings (cell keys, column labels), which hold
 * nothing JSON escapes; tests/unit/test_json.c checks those of every edition. */
void nb_json_plain(nb_buf *b, const char *s);
void nb_json_span(nb_buf *b, const nb_span *s);
/* A number that reads back as the same double: "%.15g", or "%.17g" where 15 digits do not. */
void nb_json_number(nb_buf *b, double v);
/* One check as a JSON object (no newline): what `nianbao check` lists. */
void nb_json_check(nb_buf *b, const nb_check *c);
/* The report as one line of JSON (no newline). */
void nb_json_report(nb_buf *b, const nb_report *r);
/* Re-indents compact JSON for reading (goldens, --pretty). */
void nb_json_pretty(nb_buf *out, const char *json, size_t n);

#endif
