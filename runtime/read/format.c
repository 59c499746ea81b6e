/* format.c — picks the reader for an input and runs it (see format.h). */
#include "format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_convert.h"
#include "flattable.h"
#include "columns.h"
#include "pagebreak.h"
#include "pathlabel.h"
#include "docx.h"
#include "grid.h"
#include "hant.h"
#include "html.h"
#include "ole2.h"
#include "pdf.h"
#include "formbox.h"
#include "hardbreak.h"
#include "invisible.h"
#include "rawtags.h"
#include "seqcol.h"
#include "spacercol.h"
#include "utf8.h"

static int ends_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && nb_starts_ci(s + n - k, k, suffix);
}

/* Markup at the start: after blanks, an XML declaration and comments, one of the tags a page
 * starts with. Word leftovers in a text report (<!--[if …]-->7、) start with a comment but go on
 * with text, so they stay text. */
static int looks_html(const unsigned char *in, size_t n)
{
    /* an ASCII view of the start: NULs of UTF-16 and a BOM are dropped, so both widths sniff alike */
    /* text: its first character that is no blank, NUL or BOM byte is not a '<' */
    size_t f = 0;
    while (f < n && f < 4096 &&
           (in[f] == 0 || in[f] == ' ' || in[f] == '\t' || in[f] == '\r' || in[f] == '\n' || in[f] == '\f' ||
            (f < 3 && (in[f] == 0xEF || in[f] == 0xBB || in[f] == 0xBF || in[f] == 0xFE || in[f] == 0xFF))))
        f++;
    if (f >= n || in[f] != '<') return 0;
    char s[1024];
    size_t m = 0;
    for (size_t i = 0; i < n && i < 4096 && m < sizeof s; i++) {
        if (in[i] == 0) continue;
        if (i < 3 && (in[i] == 0xEF || in[i] == 0xBB || in[i] == 0xBF || in[i] == 0xFE || in[i] == 0xFF))
            continue;
        s[m++] = (char)in[i];
    }
    size_t p = 0;
    for (;;) {
        while (p < m && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n' || s[p] == '\f')) p++;
        if (nb_starts_ci(s + p, m - p, "<!--")) {
            const char *e = NULL;
            for (size_t q = p + 4; q + 3 <= m && !e; q++)
                if (s[q] == '-' && s[q + 1] == '-' && s[q + 2] == '>') e = s + q + 3;
            if (!e) return 0;
            p = (size_t)(e - s);
            continue;
        }
        if (nb_starts_ci(s + p, m - p, "<?xml")) {
            while (p < m && s[p] != '>') p++;
            if (p < m) p++;
            continue;
        }
        break;
    }
    static const char *tags[] = {"<!doctype html", "<html", "<head", "<meta", "<title", "<body", "<table"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        size_t k = strlen(tags[i]);
        if (nb_starts_ci(s + p, m - p, tags[i])) {
            /* the tag name must end there: <html>, <html lang=…>, not <htmlfoo> */
            char c = p + k < m ? s[p + k] : '>';
            if (tags[i][1] == '!' || c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/')
                return 1;
        }
    }
    return 0;
}

const char *nb_format_detect(const unsigned char *in, size_t n, const char *path, const char *forced)
{
    if (forced && *forced) {
        static const char *names[] = {"text", "html", "pdf", "docx", "doc"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (nb_starts_ci(forced, strlen(forced), names[i]) && strlen(forced) == strlen(names[i]))
                return names[i];
        return NULL;
    }
    /* a PDF may have bytes before its header (the spec allows 1024) */
    size_t window = n < 1024 + 4 ? n : 1024 + 4;
    for (const unsigned char *p = in; (p = memchr(p, '%', window - (size_t)(p - in))) != NULL; p++)
        if (window - (size_t)(p - in) >= 5 && memcmp(p, "%PDF-", 5) == 0) return "pdf";
    /* Word files by their content, whatever their name: a ZIP package (the docx reader says what
       one that holds no Word document is), an OLE2 compound file (.doc, .wps, an encrypted .docx),
       an RTF file (Word writes them, agencies name them .doc) */
    if (n >= 4 && (!memcmp(in, "PK\003\004", 4) || !memcmp(in, "PK\005\006", 4))) return "docx";
    if (n >= 8 && !memcmp(in, NB_OLE2_MAGIC, 8)) return "doc";
    if (n >= 5 && !memcmp(in, "{\\rtf", 5)) return "doc";
    if (path && strcmp(path, "-") != 0) {
        if (ends_ci(path, ".html") || ends_ci(path, ".htm") || ends_ci(path, ".shtml") || ends_ci(path, ".xhtml"))
            return "html";
        if (ends_ci(path, ".pdf")) return "pdf";
    }
    return looks_html(in, n) ? "html" : "text";
}

/* Tables in aligned columns (lynx, pdftotext -layout, the PDF reader's positioned lines) as TAB rows
 * (columns.h); a page has its own cells, and is not given to it. How many rows it rebuilt. */
static size_t columns(nb_text *t, int pdf, nb_row_label_fn row_label, nb_enc_diag_fn diag, void *ctx)
{
    nb_buf b;
    nb_buf_init(&b);
    size_t rows = nb_columns((const unsigned char *)t->data, t->len, pdf, &b);
    if (!rows) {
        nb_buf_free(&b);
        return 0;
    }
    size_t left = 0, joined = nb_pagebreak_join((const unsigned char *)t->data, t->len, &b, row_label, &left);
    free(t->data);
    t->data = b.data;
    t->len = b.len;
    if (diag) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu table row%s in aligned columns rebuilt from the lines they were spread over",
                 rows, rows == 1 ? "" : "s");
        diag(ctx, "info", "columns-rows", msg, 0);
        if (joined) {
            snprintf(msg, sizeof msg,
                     "%zu row label%s whose tail a page break or a blank line set apart joined to %s tail "
                     "(pagebreak.c)",
                     joined, joined == 1 ? "" : "s", joined == 1 ? "its" : "their");
            diag(ctx, "info", "pagebreak-label", msg, 0);
        }
        if (left) {
            snprintf(msg, sizeof msg,
                     "%zu row label%s split by a page break left unjoined: the lines after the break are not "
                     "certainly %s tail; %s cells stay null",
                     left, left == 1 ? "" : "s", left == 1 ? "its" : "their", left == 1 ? "its" : "their");
            diag(ctx, "warning", "pagebreak-label-left", msg, 0);
        }
    }
    return rows;
}

int nb_format_decode(const unsigned char *in, size_t n, const char *forced_format, const char *path,
                     const char *encoding, const nb_limits *lim, nb_row_label_fn row_label, nb_text *out,
                     const char **format_out, nb_enc_diag_fn diag, void *ctx, char *err, size_t errlen)
{
    const char *f = nb_format_detect(in, n, path, forced_format);
    *format_out = f ? f : "text";
    if (!f) {
        if (err && errlen) snprintf(err, errlen, "unknown format '%s' (text, html, pdf, docx or doc)", forced_format);
        memset(out, 0, sizeof *out);
        return -1;
    }
    if (n == 0) return nb_decode(in, n, encoding, out, diag, ctx, err, errlen); /* "empty file", whatever its name */
    int failed;
    if (!strcmp(f, "html")) {
        failed = nb_html_to_text(in, n, encoding, out, diag, ctx, err, errlen);
        if (!failed) nb_invisible_drop(out, 0, diag, ctx); /* 123<U+200B>4 shows 1234 */
        if (!failed) nb_hant_simplify(out, diag, ctx); /* 繁體: the steps below know simplified labels */
        if (!failed) nb_spacercol_drop(out, diag, ctx); /* a spreadsheet's empty gutter columns: no cells */
        if (!failed) nb_seqcol_blank(out, diag, ctx); /* a 序号 column: row numbers, no counts */
        if (!failed) nb_seqcol_blank_subitems(out, diag, ctx); /* 1 … 8 beside 不予公开's rows: markers */
        if (!failed) nb_pathlabel_split(out, 0, diag, ctx); /* 三、…-（三）…-1.…: a label's path, cells again */
        if (!failed) nb_flat_table_rows(out, row_label, diag, ctx); /* rows side by side over one row of values */
        return failed;
    }
    if (!strcmp(f, "pdf")) failed = nb_pdf_to_text(in, n, lim, out, diag, ctx, err, errlen);
    else if (!strcmp(f, "docx")) failed = nb_docx_to_text(in, n, out, diag, ctx, err, errlen);
    else if (!strcmp(f, "doc")) failed = nb_doc_to_text(in, n, out, diag, ctx, err, errlen);
    else failed = nb_decode(in, n, encoding, out, diag, ctx, err, errlen);
    int text = !failed && !strcmp(f, "text");
    if (!failed) nb_invisible_drop(out, text, diag, ctx);
    if (!failed) nb_hant_simplify(out, diag, ctx);
    if (text) {
        nb_formbox_blank(out, diag, ctx); /* w3m's [115 ], lynx's 115_: a form field's box, its number */
        nb_grid_rewrite(out, diag, ctx); /* tables drawn in text (browsers, pandoc, Markdown) as TAB rows */
        nb_invisible_drop(out, 0, diag, ctx); /* those w3m's borders needed (nb_invisible_drop says why) */
        nb_rawtags_blank(out, diag, ctx); /* <div> lines pandoc -t gfm keeps: no text */
        nb_hardbreak_blank(out, diag, ctx); /* pandoc -t markdown's <br>: a backslash ending a line */
        nb_seqcol_blank_reading(out, diag, ctx); /* pdftotext -raw's 序号 column: before columns.c joins it */
        nb_seqcol_blank_cell_lines(out, diag, ctx); /* docx2txt's: a number alone before its row's label */
        nb_pathlabel_split(out, 1, diag, ctx);   /* a path label's heads set apart, before columns.c reads them */
    }
    /* a table's TAB rows hold its header here; a print's (columns, below) may not. Not in a text file:
       there the text is the file, and a gutter's TAB made a blank of a cell's raw text that the file
       does not have (its spans would not hold) */
    if (!failed && (!strcmp(f, "docx") || !strcmp(f, "doc"))) nb_spacercol_drop(out, diag, ctx);
    size_t rebuilt = failed ? 0 : columns(out, !strcmp(f, "pdf"), row_label, diag, ctx);
    if (!failed) nb_seqcol_blank(out, diag, ctx);
    if (!failed) nb_seqcol_blank_subitems(out, diag, ctx);
    /* a text's own TAB rows had theirs cut above: here the rows of other formats and those rebuilt */
    if (!failed && (rebuilt || strcmp(f, "text"))) nb_pathlabel_split(out, 0, diag, ctx);
    if (!failed) nb_flat_table_rows(out, row_label, diag, ctx); /* rows side by side over one row of values */
    return failed;
}
