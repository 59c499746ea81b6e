/* table_rows.y — the statutory tables of every edition: a row is its label and the cells after it.
 *
 * The cell lexer (runtime/celltok.c) has turned the table text into tokens with the report's
 * edition's labels: ROW (规章, （一）予以公开 …), HEADROW (a header after which the row's cells come
 * once the other header cells end: table 四), PART (a header a part of a row printed as a table of its
 * own opens with: table 四's 行政诉讼, runtime/tables/rowparts.h; or a group's word a turned table's
 * row opens with, 复议后起诉: rowturned.h), OTHER (groups, article blocks, column headers, unknown
 * text), and the cells: NUM (a number, or a dash for a blank), EMPTY (a blank cell), GLUED (cells
 * whose separators were lost, 230000023). A row takes every cell that follows it; which of them land
 * under which key is decided in runtime/tables.c against the row's arity, never by position guessing.
 * Cells after a header and blank cells before a row are not rows' cells; the precedence declarations
 * say that a row goes on while cells follow (like a dangling else), so the grammar has no conflicts.
 * The pieces of a row printed wrapped (rowpieces.h) are held until the row is complete: every other
 * action gives back the held ones first (nb_pieces_release), so they are read in their place. */
%require "3.8"
%define api.pure full
%define api.prefix {nbt_}
%define api.token.prefix {NBT_}
%define api.location.type {nb_loc}
%define parse.error verbose
%locations
%param {nb_tparse *tp}
%expect 0

%code requires {
#include "celltok.h"
#include "parse.h"
#include "rowparts.h"
#include "rowturned.h"
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                                              \
    do {                                                                                         \
        if (N) {                                                                                 \
            (Cur).first = YYRHSLOC(Rhs, 1).first;                                                \
            (Cur).last = YYRHSLOC(Rhs, N).last;                                                  \
        } else {                                                                                 \
            (Cur).first = (Cur).last = YYRHSLOC(Rhs, 0).last;                                    \
        }                                                                                        \
    } while (0)
}

%code provides {
int nbt_lex(NBT_STYPE *lval, nb_loc *lloc, nb_tparse *tp);
void nbt_error(nb_loc *lloc, nb_tparse *tp, const char *msg);
}

%union {
    size_t tok;      /* index of a token in tp->toks */
    nb_tspan cells;  /* a run of consecutive cell tokens */
}

%token <tok> ROW HEADROW PART OTHER NUM EMPTY GLUED
%nterm <cells> cells heads

%precedence ROWEND
%precedence NUM EMPTY GLUED OTHER PART

%%

tables: items                             { nb_row_parts_end(tp); nb_table_end(tp); }
      ;
items: %empty
     | items item
     ;

item: ROW cells %prec ROWEND              { nb_pieces_release(tp); nb_table_row(tp, $1, $2); }
    | HEADROW heads cells %prec ROWEND    { nb_table_part(tp, $1, $3); }
    | PART heads cells %prec ROWEND       { nb_table_part(tp, $1, $3); }
    | OTHER
    | NUM                                 { nb_pieces_release(tp); nb_table_stray(tp, $1); }
    | GLUED                               { nb_pieces_release(tp); nb_table_stray(tp, $1); }
    | EMPTY
    ;

heads: %empty                             { $$.first = $$.count = 0; }
     | heads OTHER                        { $$ = $1; }
     | heads EMPTY                        { $$ = $1; }
     | heads PART                         { $$ = $1; }
     ;

cells: %empty %prec ROWEND                { $$.first = $$.count = 0; }
     | cells NUM                          { $$ = nb_tspan_add($1, $2); }
     | cells EMPTY                        { $$ = nb_tspan_add($1, $2); }
     | cells GLUED                        { $$ = nb_tspan_add($1, $2); }
     ;

%%

int nbt_lex(NBT_STYPE *lval, nb_loc *lloc, nb_tparse *tp)
{
    if (tp->next >= tp->toks.n) return NBT_YYEOF;
    const nb_ctok *t = &tp->toks.v[tp->next];
    lval->tok = tp->next++;
    lloc->first = lloc->last = t->span;
    switch (t->kind) {
    case NB_C_NUM: return NBT_NUM;
    case NB_C_EMPTY: return NBT_EMPTY;
    case NB_C_GLUED: return NBT_GLUED;
    case NB_C_LABEL:
        if (t->label.kind == NB_L_BLOCK) tp->col_unit = NULL; /* a new article block, new columns */
        if (t->label.kind == NB_L_COLUMN || t->label.kind == NB_L_MARK) nb_table_header(tp, t);
        if (t->label.kind == NB_L_ROW) return NBT_ROW;
        if (t->label.kind == NB_L_HEADROW) return NBT_HEADROW;
        if (t->label.kind == NB_L_COLUMN) {
            const nb_rowpart *p = nb_part_opened(tp->ed, t);
            if (p) { /* a part's header names its row, as a row's header does (flow_rows.c reads it) */
                tp->toks.v[lval->tok].label.key = p->row;
                return NBT_PART;
            }
            const char *turned = nb_turned_row(tp, t);
            if (turned) { /* a group's word (复议后起诉): a turned table's row opens with it (rowturned.h) */
                tp->toks.v[lval->tok].label.key = turned;
                return NBT_PART;
            }
        }
        return NBT_OTHER;
    default: return NBT_OTHER;
    }
}

/* Every token sequence is a sentence of this grammar; an error here is a bug, reported not fatal. */
void nbt_error(nb_loc *lloc, nb_tparse *tp, const char *msg)
{
    nb_diag_add(tp->r, "error", "table-syntax", &lloc->first, "table grammar: %s", msg);
}
