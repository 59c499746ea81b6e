/* nianbao.h — the nianbao library: a government information-disclosure annual report
 * (政府信息公开工作年度报告) in, its outline, statutory tables, statistics, checks and diagnostics out.
 *
 *     nb_options opt = {.path = "report.txt"};
 *     nb_report *r = nb_parse(bytes, n, &opt);          // never NULL
 *     if (nb_report_error(r)) … ;                        // unusable input: the reason, one line
 *     for (const nb_tcell *c = nb_report_cells(r); c; c = nb_tcell_next(c)) {
 *         double v;
 *         if (nb_tcell_value(c, &v)) printf("%s = %g\n", nb_tcell_key(c), v);
 *     }
 *     nb_out *out = nb_out_new();
 *     nb_report_json(r, out, 0);                         // the object of REPORTS.md, one line
 *     fwrite(nb_out_data(out), 1, nb_out_len(out), stdout);
 *     nb_out_free(out);
 *     nb_report_free(r);
 *
 * Ownership: nb_parse copies what it needs of its input and options; a report owns everything its
 * accessors return (strings, nodes, spans), valid until nb_report_free. Nothing returned is to be
 * freed by the caller, except what nb_*_new makes (free it with the matching nb_*_free).
 *
 * Strings are UTF-8. Those returned as nb_str are slices of the decoded text or of the report's
 * memory, not NUL-terminated; those returned as const char * are NUL-terminated, or NULL where the
 * report has no such thing (a missing title, an unknown year is 0).
 *
 * Errors: an input that cannot be used (binary, empty, undecodable) still gives a report, whose
 * nb_report_error says why; it has a source and diagnostics, and nothing else. Out of memory ends
 * the process with a message (a report is held in one arena; there is no partial state to keep).
 *
 * Threads: parses share nothing. Any number of threads may parse at once, each its own reports; a
 * report may be read from several threads at once once nb_parse has returned (it is not changed
 * after, except by nb_report_check_previous, which must not run while others read it).
 *
 * Spans: every node carries where it came from in the decoded text: 1-based line and column (in
 * characters) and the 0-based byte offset (nb_report_text gives that text). */
#ifndef NIANBAO_H
#define NIANBAO_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(NB_SHARED)
#ifdef NB_BUILDING
#define NB_API __declspec(dllexport)
#else
#define NB_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define NB_API __attribute__((visibility("default")))
#else
#define NB_API
#endif

#define NIANBAO_VERSION "0.1.0"
#define NIANBAO_SCHEMA 1 /* the "nianbao" key of the JSON: the version of its contract */

/* ---- values ----------------------------------------------------------------------------------- */

/* A position in the decoded text: 1-based line and column (in characters), 0-based byte. */
typedef struct nb_span {
    uint32_t line, col;
    size_t byte;
} nb_span;

/* A slice of text: n bytes at p, not NUL-terminated. {NULL, 0} where there is none. */
typedef struct nb_str {
    const char *p;
    size_t n;
} nb_str;

/* ---- parsing ---------------------------------------------------------------------------------- */

/* Seconds spent in each step of nb_parse, added to by every parse given it (nianbao parse --timings). */
typedef struct nb_timings {
    double decode;  /* the bytes to UTF-8 text: encoding, HTML or PDF */
    double outline; /* lexing, the outline grammar, the document model, the front matter */
    double tables;  /* the edition, and its tables read */
    double checks;  /* the arithmetic and the prose against the tables */
} nb_timings;

/* The defaults of a report's budget (nb_options), which never bite on real reports. */
#define NB_DEFAULT_MAX_BYTES ((size_t)256 << 20) /* 256 MB */
#define NB_DEFAULT_TIMEOUT 600.0                 /* seconds */
#define NB_DEFAULT_MAX_MEMORY ((size_t)4 << 30)  /* 4 GB */

/* Zero is the default of every field: {0} parses with detection and no timings. */
typedef struct nb_options {
    const char *path;     /* written to source.path; may be NULL */
    const char *encoding; /* NULL: detect; else an ICU converter name (utf-8, gb18030, …) */
    const char *format;   /* NULL: detect; else "text", "html", "pdf", "docx" or "doc" (nb_report_format says which) */
    nb_timings *timings;  /* NULL, or where to add the time of each step (not shared between threads) */
    /* The report's budget; 0: the default. Over it, the report is an error (nb_report_error) that
     * says which limit, and the caller's batch goes on. */
    size_t max_bytes;     /* input size (default 256 MB) */
    double timeout;       /* seconds, checked between steps and a PDF's pages (default 600) */
    size_t max_memory;    /* what the report's arena holds, checked between steps (default 4 GB) */
} nb_options;

typedef struct nb_report nb_report;
/* A growing byte buffer that the writers append to (see "output" below). */
typedef struct nb_out nb_out;

/* Parses len bytes at data. Never NULL; free with nb_report_free. opt may be NULL. */
NB_API nb_report *nb_parse(const void *data, size_t len, const nb_options *opt);
NB_API void nb_report_free(nb_report *r);
/* NULL, or why the input could not be used (one line, English). */
NB_API const char *nb_report_error(const nb_report *r);
NB_API const char *nb_version(void);
/* The error of an input of n bytes over max_bytes (0: the default), as nb_parse gives it: for a
 * caller that refuses such an input before parsing it. */
NB_API void nb_too_large_message(size_t max_bytes, size_t n, char *err, size_t errlen);

/* ---- the report --------------------------------------------------------------------------------- */

NB_API const char *nb_report_path(const nb_report *r);     /* as given in the options, or NULL */
NB_API size_t nb_report_bytes(const nb_report *r);         /* of the input */
NB_API const char *nb_report_encoding(const nb_report *r); /* utf-8, gb18030, …; NULL if unusable */
NB_API const char *nb_report_format(const nb_report *r);   /* text, html, pdf, docx, doc */
/* The decoded UTF-8 text that spans index (for a page or a PDF: the text rendered from it). */
NB_API nb_str nb_report_text(const nb_report *r);
NB_API const char *nb_report_edition(const nb_report *r);  /* 2021, 2019, legacy or unknown */
NB_API const char *nb_report_title(const nb_report *r);
NB_API const char *nb_report_agency(const nb_report *r);
NB_API int nb_report_year(const nb_report *r);             /* the year reported on; 0: not found */
/* A meta value (published, index_no, publisher, signed, source, …), or NULL. */
NB_API const char *nb_report_meta(const nb_report *r, const char *key);

/* ---- the outline: sections and their paragraphs ------------------------------------------------- */

typedef struct nb_section nb_section;
typedef struct nb_para nb_para;

NB_API const nb_section *nb_report_sections(const nb_report *r); /* the first level-1 section */
NB_API const nb_section *nb_section_next(const nb_section *s);   /* its next sibling */
NB_API const nb_section *nb_section_children(const nb_section *s);
NB_API int nb_section_level(const nb_section *s);      /* 1 一、 2 （一） 3 1. 4 （1） 5 ① */
NB_API nb_str nb_section_number(const nb_section *s);  /* 一, 3 (digits in ASCII) */
NB_API nb_str nb_section_title(const nb_section *s);
NB_API nb_span nb_section_span(const nb_section *s);
NB_API const nb_para *nb_section_paras(const nb_section *s);
NB_API const nb_para *nb_report_preamble(const nb_report *r); /* text before the first heading */
NB_API const nb_para *nb_para_next(const nb_para *p);
NB_API nb_str nb_para_text(const nb_para *p);
NB_API nb_span nb_para_span(const nb_para *p);

/* ---- the statutory tables: cells under their canonical keys ------------------------------------- */

typedef struct nb_tcell nb_tcell;

/* Every cell read, in the order found (REPORTS.md "cells"). */
NB_API const nb_tcell *nb_report_cells(const nb_report *r);
NB_API const nb_tcell *nb_tcell_next(const nb_tcell *c);
NB_API const char *nb_tcell_key(const nb_tcell *c);    /* applications.granted.total */
NB_API const char *nb_tcell_row(const nb_tcell *c);    /* the row's label as written */
NB_API const char *nb_tcell_column(const nb_tcell *c); /* the template's column label */
NB_API nb_str nb_tcell_raw(const nb_tcell *c);         /* the cell as written */
/* 1 and *v set when the cell holds a number; 0 when it is null (blank, dash, not readable). */
NB_API int nb_tcell_value(const nb_tcell *c, double *v);
NB_API int nb_tcell_recovered(const nb_tcell *c);      /* split from glued digits */
NB_API const char *nb_tcell_unit(const nb_tcell *c);   /* where the template names one (万元), else NULL */
NB_API nb_span nb_tcell_span(const nb_tcell *c);
/* The cell under key: 1 and *v set when it holds a number, 0 when it is null, -1 when the report
 * has no such cell (another edition's key, or a row it lacks). */
NB_API int nb_report_value(const nb_report *r, const char *key, double *v);

/* ---- statistics: the rows of a legacy 统计表 ---------------------------------------------------- */

typedef struct nb_statistic nb_statistic;

NB_API const nb_statistic *nb_report_statistics(const nb_report *r);
NB_API const nb_statistic *nb_statistic_next(const nb_statistic *s);
NB_API const char *nb_statistic_label(const nb_statistic *s);
NB_API int nb_statistic_depth(const nb_statistic *s);  /* labels from the top row down to this one */
NB_API const char *nb_statistic_path(const nb_statistic *s, int i); /* 0 ≤ i < depth */
NB_API const char *nb_statistic_unit(const nb_statistic *s);        /* NULL when blank */
NB_API nb_str nb_statistic_raw(const nb_statistic *s);
NB_API int nb_statistic_value(const nb_statistic *s, double *v);      /* as nb_tcell_value */
NB_API int nb_statistic_cumulative(const nb_statistic *s, double *v); /* 历年累计, where given */
NB_API nb_span nb_statistic_span(const nb_statistic *s);
/* Its key, as `nianbao facts` writes it: statistics/一、…/（一）…, written over o's contents. */
NB_API void nb_statistic_key(const nb_statistic *s, nb_out *o);

/* ---- checks: the arithmetic of the report (docs/checks.md) -------------------------------------- */

typedef struct nb_check nb_check;

NB_API const nb_check *nb_report_checks(const nb_report *r);
NB_API const nb_check *nb_check_next(const nb_check *c);
NB_API size_t nb_report_checks_failed(const nb_report *r);     /* assessed and not holding */
NB_API size_t nb_report_checks_unassessed(const nb_report *r); /* a cell they need is blank or missing */
NB_API const char *nb_check_rule(const nb_check *c);  /* R1 … R7, C1 … C3 */
NB_API const char *nb_check_where(const nb_check *c); /* applications.natural_person, … */
NB_API int nb_check_assessed(const nb_check *c);
NB_API int nb_check_ok(const nb_check *c);            /* assessed and holds */
NB_API int nb_check_expected(const nb_check *c, double *v); /* the reference side, where known */
NB_API int nb_check_actual(const nb_check *c, double *v);
NB_API const char *nb_check_message(const nb_check *c);     /* when not ok: both sides in the report's words */
NB_API int nb_check_span(const nb_check *c, nb_span *s);    /* 1 when it points into a text: */
NB_API const char *nb_check_span_source(const nb_check *c); /* the other report's path (R7), or NULL: this one's */
NB_API size_t nb_check_ncells(const nb_check *c);           /* the cells it used */
NB_API const char *nb_check_cell_key(const nb_check *c, size_t i);
NB_API int nb_check_cell_value(const nb_check *c, size_t i, double *v);
NB_API const char *nb_check_cell_source(const nb_check *c, size_t i); /* the other report (R7), or NULL */
/* R7, the checks across years: prev is last year's report of the same agency. why_not (non-NULL)
 * records R7 as not assessed for that reason instead. Adds to r's checks. */
NB_API void nb_report_check_previous(nb_report *r, const nb_report *prev, const char *why_not);

/* A report made of stored cells (a database's), enough for the checks across years: the edition's
 * name, and what R7 pairs reports by. NULL when the edition is not one this build knows. */
NB_API nb_report *nb_report_from_cells(const char *edition, const char *path, const char *agency, int year);
/* Adds a cell under its canonical key: 1, or 0 when the edition has no such key (it is left out). */
NB_API int nb_report_add_cell(nb_report *r, const char *key, const char *row, nb_str raw, nb_span span,
                              int has_value, double value, int recovered);

/* ---- diagnostics ------------------------------------------------------------------------------- */

typedef struct nb_diag nb_diag;

NB_API const nb_diag *nb_report_diagnostics(const nb_report *r);
NB_API const nb_diag *nb_diag_next(const nb_diag *d);
NB_API const char *nb_diag_severity(const nb_diag *d); /* error, warning, info */
NB_API const char *nb_diag_code(const nb_diag *d);     /* kebab-case: cell-unplaced, row-missing, … */
NB_API const char *nb_diag_message(const nb_diag *d);
NB_API int nb_diag_span(const nb_diag *d, nb_span *s);  /* 1 when it points into the text */

/* ---- output: the JSON of REPORTS.md ------------------------------------------------------------ */


NB_API nb_out *nb_out_new(void);
NB_API void nb_out_free(nb_out *o);
NB_API const char *nb_out_data(const nb_out *o); /* NUL-terminated */
NB_API size_t nb_out_len(const nb_out *o);
NB_API void nb_out_clear(nb_out *o);             /* keeps the memory for the next use */
NB_API void nb_out_append(nb_out *o, const char *s, size_t n);
NB_API void nb_out_printf(nb_out *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* A JSON string of n bytes at s: quotes, escapes, \ufffd for invalid UTF-8; s NULL gives null. */
NB_API void nb_out_json_string(nb_out *o, const char *s, size_t n);
NB_API void nb_out_json_number(nb_out *o, double v); /* reads back as the same double */

/* Re-indents the compact JSON at json (n bytes) onto o, for reading. */
NB_API void nb_out_pretty(nb_out *o, const char *json, size_t n);
/* Clears o, and gives its memory back when it held more than keep bytes (a batch's one big report). */
NB_API void nb_out_release(nb_out *o, size_t keep);

/* The key an agency is matched by across years (docs/database.md): its name without blanks, in
 * half-width letters, without the province and city before a district's or county's name
 * (柳州市柳江区发展和改革局 and 柳江区发展和改革局 are one). Written over o's contents. */
NB_API void nb_agency_key(const char *name, nb_out *o);

enum {
    NB_JSON_PRETTY = 1, /* indented, for reading */
    NB_JSON_MEMBERS = 2 /* the object's members after keys of the caller's: o ends with "{…," ({"id":7,) */
};
/* The report as one JSON object (REPORTS.md), appended without a newline. */
NB_API void nb_report_json(const nb_report *r, nb_out *o, int flags);
/* One check as a JSON object, as the report's "checks" lists it (flags: NB_JSON_MEMBERS). */
NB_API void nb_check_json(const nb_check *c, nb_out *o, int flags);

#ifdef __cplusplus
}
#endif
#endif
