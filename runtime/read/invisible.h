/* invisible.h — characters that take no room on a page: the zero-width space, non-joiner and joiner and
 * the direction marks (U+200B..U+200F), the word joiner and invisible operators (U+2060..U+2064), a
 * zero-width no-break space inside the text (U+FEFF), the soft hyphen (U+00AD). Editors and pasted
 * pages leave them inside words and numbers (123​4 reads 1234 on the page, 146‍ reads 146); read as
 * blanks, they would cut a number in two, and after one they make it no number. */
#ifndef NB_INVISIBLE_H
#define NB_INVISIBLE_H
#include "encoding.h"

/* Takes every such character out of t (the text after it moves up: spans point into the text as it is
 * then). diag gets an info with how many, at the first one's byte. keep_in_boxes: not on a line with
 * box-drawing characters, a table drawn by w3m, which gives each a column (a line without them would
 * end short of the border); such a table is read first, then they are taken out. */
void nb_invisible_drop(nb_text *t, int keep_in_boxes, nb_enc_diag_fn diag, void *ctx);

#endif
