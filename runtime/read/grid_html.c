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

static int has_end_tag(const gtext *t, size_t i)
{
    const char *s = t->s + t->lines[i].start;
    size_t n = t->lines[i].end - t->lines[i].start;
    return memmem(s, n, "</table>", 8) || memmem(s, n, "</TABLE>", 8);
}

void nb_grid_html(greader *g)
{
    gtext *t = g->t;
    if (!memmem(t->s, t->len, "<table", 6) && !memmem(t->s, t->len, "<TABLE", 6)) return;
    for (size_t i = 0; i < t->nlines; i++) {
        if (!starts_with_tag(t, i, "<table")) continue;
        size_t j = i;
        while (j < t->nlines && j - i < MAXTABLELINES && !has_end_tag(t, j)) j++;
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
