/* formbox.h — the boxes of text a text browser draws for a page's <input> fields: a reporting system's
 * page shows each count of its tables in a read-only box. w3m draws the box as [115 ] (the value, then
 * blanks up to the field's size), lynx as 115_ (underscores up to it). A box shorter than its value
 * shows only the value's first characters, and with no pad left ([1234], lynx's bare 1234) nothing
 * says whether the value ends there: 1234 and 123456 in a box of 4 both print as [1234]. */
#ifndef NB_FORMBOX_H
#define NB_FORMBOX_H
#include "encoding.h"

/* Overwrites with blanks the brackets of w3m's boxes and the underscores of lynx's that hold a number
 * and some pad after it, so that the number is read as the cell's text; every line, column and byte
 * keeps its place. A line that also holds a box with no pad left (w3m's [1234]; for lynx, a bare number
 * among padded boxes) is left as it is: its values are not read. diag gets an info with the number of
 * boxes read and a warning with the number of lines left. */
void nb_formbox_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx);

#endif
