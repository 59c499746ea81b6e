/* hardbreak.h — pandoc -t markdown's hard line break (a <br> of the page): a backslash ending a line
 * of a paragraph that goes on at the next line (三、本年度\ / 办理结果). What the page shows there is a
 * line break; the backslash is no text, and a label read with it is no label. */
#ifndef NB_HARDBREAK_H
#define NB_HARDBREAK_H
#include "encoding.h"

/* Overwrites with a blank the backslash ending each line of t that has text before it and a line of
 * text after it, where the backslash is not itself escaped (\\ is a backslash as written): every
 * line, column and byte of the text keeps its place. diag gets an info with the number of lines. */
void nb_hardbreak_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx);

#endif
