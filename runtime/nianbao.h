/* nianbao.h — the library: report text in, document model and JSON out.
 *
 *     nb_options opt = {.path = "report.txt"};
 *     nb_report *r = nb_parse(bytes, n, &opt);
 *     if (nb_report_error(r)) … ;             // unusable input: the reason, one line
 *     nb_buf out; nb_buf_init(&out);
 *     nb_report_json(r, &out);                // the object of REPORTS.md, one line
 *     nb_report_free(r);
 *
 * The model (model.h) can be walked directly. Parses share nothing: one report per thread is safe. */
#ifndef NIANBAO_H
#define NIANBAO_H
#include <stddef.h>

#include "buf.h"
#include "model.h"

#define NIANBAO_VERSION "0.1.0"
#define NIANBAO_SCHEMA 1

/* Seconds spent in each step of nb_parse, added to by every parse given it (nianbao parse --timings). */
typedef struct nb_timings {
    double decode;  /* the bytes to UTF-8 text: encoding, HTML or PDF */
    double outline; /* lexing, the outline grammar, the document model, the front matter */
    double tables;  /* the edition, and its tables read */
    double checks;  /* the arithmetic and the prose against the tables */
} nb_timings;

typedef struct nb_options {
    const char *path;     /* written to source.path; may be NULL */
    const char *encoding; /* NULL: detect; else an ICU converter name (utf-8, gb18030, …) */
    const char *format;   /* NULL: detect; else "text", "html" or "pdf" (source.format says which was used) */
    nb_timings *timings;  /* NULL, or where to add the time of each step */
    /* The report's budget (budget.h); 0: the default. Over it, the report is an error and says why. */
    size_t max_bytes;     /* input size (default 256 MB) */
    double timeout;       /* seconds, checked between steps and a PDF's pages (default 600) */
    size_t max_memory;    /* what the report's arena holds, checked between steps (default 4 GB) */
} nb_options;

/* Never NULL. The input is copied; the caller keeps its bytes. */
nb_report *nb_parse(const void *data, size_t len, const nb_options *opt);
const char *nb_report_error(const nb_report *r);
void nb_report_json(const nb_report *r, nb_buf *out);
void nb_report_free(nb_report *r);
const char *nb_version(void);

#endif
