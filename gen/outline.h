/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_NBO_OUTLINE_H_INCLUDED
# define YY_NBO_OUTLINE_H_INCLUDED
/* Debug traces.  */
#ifndef NBO_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define NBO_DEBUG 1
#  else
#   define NBO_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define NBO_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined NBO_DEBUG */
#if NBO_DEBUG
extern int nbo_debug;
#endif
/* "%code requires" blocks.  */

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


/* Token kinds.  */
#ifndef NBO_TOKENTYPE
# define NBO_TOKENTYPE
  enum nbo_tokentype
  {
    NBO_NBO_EMPTY = -2,
    NBO_YYEOF = 0,                 /* "end of file"  */
    NBO_NBO_error = 256,           /* error  */
    NBO_NBO_UNDEF = 257,           /* "invalid token"  */
    NBO_H1 = 258,                  /* H1  */
    NBO_H2 = 259,                  /* H2  */
    NBO_H3 = 260,                  /* H3  */
    NBO_H4 = 261,                  /* H4  */
    NBO_H5 = 262,                  /* H5  */
    NBO_TEXT = 263,                /* TEXT  */
    NBO_TABLE_START = 264,         /* TABLE_START  */
    NBO_CELL = 265                 /* CELL  */
  };
  typedef enum nbo_tokentype nbo_token_kind_t;
#endif

/* Value type.  */
#if ! defined NBO_STYPE && ! defined NBO_STYPE_IS_DECLARED
union NBO_STYPE
{

    nb_section *sec;
    nb_para *para;
    nb_cell *cell;
    nb_rawtable *table;
    nb_blocks blocks;
    nb_seclist list;


};
typedef union NBO_STYPE NBO_STYPE;
# define NBO_STYPE_IS_TRIVIAL 1
# define NBO_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef nb_loc NBO_LTYPE;




int nbo_parse (nb_parse_ctx *ctx);

/* "%code provides" blocks.  */

int nbo_lex(NBO_STYPE *lval, nb_loc *lloc, nb_parse_ctx *ctx);
void nbo_error(nb_loc *lloc, nb_parse_ctx *ctx, const char *msg);


#endif /* !YY_NBO_OUTLINE_H_INCLUDED  */
