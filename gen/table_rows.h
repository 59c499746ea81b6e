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

#ifndef YY_NBT_TABLE_ROWS_H_INCLUDED
# define YY_NBT_TABLE_ROWS_H_INCLUDED
/* Debug traces.  */
#ifndef NBT_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define NBT_DEBUG 1
#  else
#   define NBT_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define NBT_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined NBT_DEBUG */
#if NBT_DEBUG
extern int nbt_debug;
#endif
/* "%code requires" blocks.  */

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


/* Token kinds.  */
#ifndef NBT_TOKENTYPE
# define NBT_TOKENTYPE
  enum nbt_tokentype
  {
    NBT_NBT_EMPTY = -2,
    NBT_YYEOF = 0,                 /* "end of file"  */
    NBT_NBT_error = 256,           /* error  */
    NBT_NBT_UNDEF = 257,           /* "invalid token"  */
    NBT_ROW = 258,                 /* ROW  */
    NBT_HEADROW = 259,             /* HEADROW  */
    NBT_PART = 260,                /* PART  */
    NBT_OTHER = 261,               /* OTHER  */
    NBT_NUM = 262,                 /* NUM  */
    NBT_EMPTY = 263,               /* EMPTY  */
    NBT_GLUED = 264,               /* GLUED  */
    NBT_ROWEND = 265               /* ROWEND  */
  };
  typedef enum nbt_tokentype nbt_token_kind_t;
#endif

/* Value type.  */
#if ! defined NBT_STYPE && ! defined NBT_STYPE_IS_DECLARED
union NBT_STYPE
{

    size_t tok;      /* index of a token in tp->toks */
    nb_tspan cells;  /* a run of consecutive cell tokens */


};
typedef union NBT_STYPE NBT_STYPE;
# define NBT_STYPE_IS_TRIVIAL 1
# define NBT_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef nb_loc NBT_LTYPE;




int nbt_parse (nb_tparse *tp);

/* "%code provides" blocks.  */

int nbt_lex(NBT_STYPE *lval, nb_loc *lloc, nb_tparse *tp);
void nbt_error(nb_loc *lloc, nb_tparse *tp, const char *msg);


#endif /* !YY_NBT_TABLE_ROWS_H_INCLUDED  */
