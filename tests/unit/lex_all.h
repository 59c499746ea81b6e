/* lex_all.h — the lexer tests' helper: a text into its tokens. */
#ifndef NB_LEX_ALL_H
#define NB_LEX_ALL_H
#include <string.h>

#include "lexer.h"

/* Lexes text and returns the number of tokens before EOF (at most n). */
static inline int lex_all(const char *text, nb_tok *toks, int n)
{
    nb_lexer lx;
    nb_lexer_init(&lx, text, strlen(text));
    int k = 0;
    for (; k < n; k++) {
        nb_lex(&lx, &toks[k]);
        if (toks[k].kind == NB_T_EOF) break;
    }
    return k;
}

#endif
