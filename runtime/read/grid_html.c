/* grid_html.c — an HTML table kept as HTML inside Markdown (pandoc -t gfm writes a table with
 * merged or multi-paragraph cells so): the lines from <table to </table> are read by the HTML
 * reader (html.c), which lays its rows out as it does for a page. */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "grid_int.h"
#include "html.h"
#include "utf8.h"

enum { MAXTABLELINES = 20000 };

static int starts_with_tag(const gtext *t, size_t i, const char *tag)
{
    const unsigned char *p = (const unsigned char *)t->s + t->lines[i].start, *e = (const unsigned char *)t->s + t->lines[i].end;
    p = nb_skip_blanks(p, e);
    return nb_starts_ci((const char *)p, (size_t)(e - p), tag);
}

/* The tables line i opens less those it closes: a table nested in a cell (Word's table in a table
 * cell, as pandoc keeps it) is closed before the one around it. */
static long table_depth(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start, *e = t->s + t->lines[i].end;
    long d = 0;
    for (const char *p = s; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
        size_t n = (size_t)(e - p);
        if (n >= 6 && nb_starts_ci(p, n, "<table") && (n == 6 || p[6] == '>' || p[6] == ' ')) d++; /* pandoc wraps a tag's attributes */
        else if (n >= 8 && nb_starts_ci(p, n, "</table>")) d--;
    }
    return d;
}

void nb_grid_html(greader *g)
{
    gtext *t = g->t;
    if (!memmem(t->s, t->len, "<table", 6) && !memmem(t->s, t->len, "<TABLE", 6)) return;
    for (size_t i = 0; i < t->nlines; i++) {
        if (!starts_with_tag(t, i, "<table")) continue;
        size_t j = i; /* the line that closes the table line i opens */
        for (long depth = table_depth(t, i); depth > 0 && j < t->nlines && j - i < MAXTABLELINES;)
            if (++j < t->nlines) depth += table_depth(t, j);
        if (j >= t->nlines || j - i >= MAXTABLELINES) continue;
        const char *s = t->s + t->lines[i].start;
        size_t n = t->lines[j].end - t->lines[i].start;
        nb_text out = {0};
        char err[64];
        if (nb_html_to_text((const unsigned char *)s, n, "utf-8", &out, NULL, NULL, err, sizeof err) == 0) {
            grepl *r = nb_grepl_new(g, i, j + 1, "HTML table in Markdown");
            /* its rows: the reader's lines that are not empty */
            for (size_t p = 0; r && p < out.len;) {
                const char *nl = memchr(out.data + p, '\n', out.len - p);
                size_t e = nl ? (size_t)(nl - out.data) : out.len;
                if (e > p) {
                    nb_buf_put(&r->rows, out.data + p, e - p);
                    nb_buf_putc(&r->rows, '\n');
                    r->nrows++;
                    size_t cells = 1;
                    for (size_t q = p; q < e; q++) cells += out.data[q] == '\t';
                    if (cells > r->ncols) r->ncols = cells;
                }
                p = e + 1;
            }
        }
        nb_text_free(&out);
        i = j;
    }
}
