/* oneline.h — a message made one line of UTF-8, in place. */
#ifndef NB_ONELINE_H
#define NB_ONELINE_H

/* A diagnostic is one line of UTF-8, whatever it quotes: a cell's raw text may hold a line break,
 * libxml2's messages end with one and may quote the broken input's bytes, and a quote cut at a byte
 * count may cut a character. Controls become blanks, a cut character at the end goes, a stray byte
 * elsewhere becomes '?', trailing blanks go. */
void nb_one_line(char *s);

#endif
