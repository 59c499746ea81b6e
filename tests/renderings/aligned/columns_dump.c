/* columns_dump — the text nianbao reads after its aligned-columns pass (runtime/columns.h), for the
 * spec tests of tests/renderings/spec_aligned and for looking at a rendering by eye.
 *     columns_dump [--pdf] FILE   (UTF-8 text; - for standard input; --pdf: the PDF reader's text,
 *                                  whose TABs place cells) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "pagebreak.h"
#include "row_label.h"

int main(int argc, char **argv)
{
    int tabs = argc == 3 && !strcmp(argv[1], "--pdf");
    if (argc != 2 + tabs) {
        fputs("usage: columns_dump [--pdf] FILE\n", stderr);
        return 2;
    }
    argv += tabs;
    FILE *f = strcmp(argv[1], "-") ? fopen(argv[1], "rb") : stdin;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    nb_buf in, out;
    nb_buf_init(&in);
    nb_buf_init(&out);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) nb_buf_put(&in, chunk, k);
    if (f != stdin) fclose(f);
    size_t rows = nb_columns((const unsigned char *)(in.data ? in.data : ""), in.len, tabs, &out);
    size_t left = 0; /* as format.c does */
    if (rows) nb_pagebreak_join((const unsigned char *)in.data, in.len, &out, nb_template_row_label, &left);
    if (rows) fwrite(out.data, 1, out.len, stdout);
    else if (in.len) fwrite(in.data, 1, in.len, stdout);
    fprintf(stderr, "%zu rows rebuilt\n", rows);
    nb_buf_free(&in);
    nb_buf_free(&out);
    return 0;
}
