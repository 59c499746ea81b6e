/* outline.y — the outline of a report: sections nested by level, their paragraphs and tables.
 *
 * The token stream (runtime/stream.c) has already given every heading its level (runtime/numbering.c),
 * so a heading of level k is always at most one deeper than the section it follows; that keeps the
 * grammar LALR(1) without conflicts: a section of level k holds its blocks, then sections of level k+1.
 * Lists are left-recursive, so the parser stack stays flat whatever the length of the report. */
%require "3.8"
%define api.pure full
%define api.prefix {nbo_}
%define api.token.prefix {NBO_}
%define api.location.type {nb_loc}
%define parse.error verbose
%locations
%param {nb_parse_ctx *ctx}
%expect 0

%code requires {
#include "parse.h"
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
int nbo_lex(NBO_STYPE *lval, nb_loc *lloc, nb_parse_ctx *ctx);
void nbo_error(nb_loc *lloc, nb_parse_ctx *ctx, const char *msg);
}

%code {
#include "build.h"
}

%union {
    nb_section *sec;
    nb_para *para;
    nb_cell *cell;
    nb_rawtable *table;
    nb_blocks blocks;
    nb_seclist list;
}

%token <sec> H1 H2 H3 H4 H5
%token <para> TEXT
%token <cell> TABLE_START CELL
%nterm <blocks> blocks
%nterm <table> table
%nterm <list> kids1 kids2 kids3 kids4 kids5
%nterm <sec> sec1 sec2 sec3 sec4 sec5

%%

document: blocks kids1 { nb_build_document(ctx, &$1, $2.head); } ;

blocks: %empty         { nb_blocks_init(&$$); }
      | blocks TEXT    { $$ = $1; nb_blocks_add_para(&$$, $2); }
      | blocks table   { $$ = $1; nb_blocks_add_table(&$$, $2); }
      ;

table: TABLE_START     { $$ = nb_table_new(ctx, $1); }
     | table CELL      { $$ = $1; nb_table_add(ctx, $$, $2); }
     ;

kids1: %empty          { $$.head = $$.tail = NULL; }
     | kids1 sec1      { $$ = $1; nb_seclist_add(&$$, $2); } ;
kids2: %empty          { $$.head = $$.tail = NULL; }
     | kids2 sec2      { $$ = $1; nb_seclist_add(&$$, $2); } ;
kids3: %empty          { $$.head = $$.tail = NULL; }
     | kids3 sec3      { $$ = $1; nb_seclist_add(&$$, $2); } ;
kids4: %empty          { $$.head = $$.tail = NULL; }
     | kids4 sec4      { $$ = $1; nb_seclist_add(&$$, $2); } ;
kids5: %empty          { $$.head = $$.tail = NULL; }
     | kids5 sec5      { $$ = $1; nb_seclist_add(&$$, $2); } ;

sec1: H1 blocks kids2  { $$ = nb_section_fill($1, &$2, $3.head); } ;
sec2: H2 blocks kids3  { $$ = nb_section_fill($1, &$2, $3.head); } ;
sec3: H3 blocks kids4  { $$ = nb_section_fill($1, &$2, $3.head); } ;
sec4: H4 blocks kids5  { $$ = nb_section_fill($1, &$2, $3.head); } ;
sec5: H5 blocks        { $$ = nb_section_fill($1, &$2, NULL); } ;

%%

int nbo_lex(NBO_STYPE *lval, nb_loc *lloc, nb_parse_ctx *ctx)
{
    void *value = NULL;
    int kind = nb_stream_next(ctx, &value, lloc);
    switch (kind) {
    case NBO_H1: case NBO_H2: case NBO_H3: case NBO_H4: case NBO_H5: lval->sec = value; break;
    case NBO_TEXT: lval->para = value; break;
    case NBO_TABLE_START: case NBO_CELL: lval->cell = value; break;
    default: break;
    }
    return kind;
}

/* The stream never gives a heading deeper than the open section allows, so an error here is a bug
 * in the stream; it is still reported against the input rather than aborting. */
void nbo_error(nb_loc *lloc, nb_parse_ctx *ctx, const char *msg)
{
    nb_diag_add(ctx->r, "error", "outline-syntax", &lloc->first, "outline grammar: %s", msg);
}
