/* rawtags.h — the lines of a text that are HTML block tags alone (<div class="gk-td num">, </div>):
 * pandoc -t gfm keeps a <div> it has no Markdown for so, around the Markdown of its content, and a
 * CSS table made of <div>s comes out as its cells a paragraph each between such lines. What the
 * page shows there is the content; the tags are no text, as the HTML reader has them. */
#ifndef NB_RAWTAGS_H
#define NB_RAWTAGS_H
#include "encoding.h"

/* Overwrites with blanks every line of t that holds nothing but block tags (div, section, article,
 * header, footer, nav, main, aside, center, figure, figcaption), opening or closing: the line stays,
 * empty, so every line, column and byte of the text keeps its place. diag gets an info with the
 * number of lines. */
void nb_rawtags_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx);

#endif
