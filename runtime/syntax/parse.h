/* parse.h — what the outline grammar (grammar/outline.y) and its token stream (stream.c) share. */
#ifndef NB_PARSE_H
#define NB_PARSE_H
#include "lexer.h"
#include "model.h"
#include "numbering.h"
#include "wraplabel.h"

typedef struct nb_loc {
    nb_span first, last;
} nb_loc;

/* Lists the grammar builds bottom-up. */
typedef struct nb_blocks {
    nb_para *paras, *paras_tail;
    nb_rawtable *tables, *tables_tail;
} nb_blocks;
typedef struct nb_seclist {
    nb_section *head, *tail;
} nb_seclist;

typedef struct nb_qtok {
    int kind;
    void *value;
    nb_loc loc;
} nb_qtok;

/* A test of a line's text that the editions answer (the stream is below them, so the caller of
 * nb_stream_init passes it): which statistics table header word is [s, e)? */
enum {
    NB_HEAD_NONE,
    NB_HEAD_LABEL, /* 统计指标, 指标名称: it heads the table */
    NB_HEAD_UNIT,  /* 单位, 计量单位 */
    NB_HEAD_VALUE, /* 统计数, 2012年度 */
    NB_HEAD_CUM    /* 历年累计 */
};
typedef int (*nb_line_test)(nb_report *r, const unsigned char *s, const unsigned char *e);
/* Whether s[0, n) is a piece of a template's label cells as a narrow cell cuts them (4.保护第 of
 * 4.保护第三方合法权益; （三） 定”, a group's marker beside a row label's tail), which the editions
 * answer: in a table's section such a line is no heading. */
typedef int (*nb_label_piece_fn)(const unsigned char *s, size_t n);

typedef struct nb_parse_ctx {
    nb_report *r;
    nb_line_test stats_head; /* may be NULL: no statistics tables are looked for */
    nb_row_label_fn row_label; /* may be NULL: no wrapped row label is joined (wraplabel.h) */
    nb_spanning_fn spanning;   /* may be NULL: no piece of a label over rows is known (wraplabel.h) */
    nb_label_piece_fn label_piece; /* may be NULL: no cut label is known */
    nb_lexer lx;
    nb_numbering numbering;
    nb_tok look; /* one token of lookahead, to join a cell with its wrapped continuation */
    int have_look;
    /* tokens already made for the parser (a heading with text gives two, a row one per cell) */
    struct nb_qtok *queue;
    size_t qhead, qlen, qcap;
    int in_table;       /* the last token given was a cell */
    int table_section;  /* inside a level-1 section that holds a template table (二、三、四) */
    int blank_in_table; /* a blank line since the last cell: the next cell starts a row */
    int table_wide;     /* a row of the table so far has two cells or more (not a cell a line) */
    int stats_table;    /* in a 统计表 copied without tabs: its lines, numbered ones too, are its cells */
    int stats_style, stats_last; /* the style and last number of that table's outermost numbered rows */
    /* that table a cell a line (statcells.h): -n while its header's n words come, then its width;
       stats_pos the place of the next cell in its row; 0: not so read */
    int stats_width, stats_pos;
    int stats_codes; /* that header's row of column codes came (甲 / 乙 / 丙 / 1, the statistics office's
                        form): the numbers after it, up to the first row, are its codes, no cells */
    const unsigned char *pad_run_end; /* docx2txt's empty cells: the end of the run of padded lines last
                                         asked about (celllines.h), and its answer */
    int pad_run_cell;
    int form_feeds;     /* whether the text has a form feed (a print's): 0 not asked yet, 1 no, 2 yes */
    int row_cells_left; /* a row of table 三 a cell a line whose empty lines are its empty cells: how
                           many of its cells are still to come (stream_table.c, row_with_empty_lines) */
    int statline;       /* after a 统计表 header on a line of its own, blanks between its words: a row a line */
    int statline_numbered; /* its header begins with 序号: each row's line begins with the row's number */
    int statlist;       /* in a 统计表 written as a list (…统计表, then 1.主动公开政府信息数：1286条): a row a line */
    int stats_caption;  /* the table so far is one row, a caption naming a 统计表: a header line may follow */
    unsigned row, col;
    uint32_t spread_line; /* the last bar line not read for its row spread over lines (row-spread) */
    int seen_heading;
    /* column cache: tokens arrive in order, so counting resumes where it stopped */
    const unsigned char *col_line, *col_at;
    uint32_t col_n;
} nb_parse_ctx;

nb_span nb_span_at(nb_parse_ctx *c, const unsigned char *line_s, uint32_t line, const unsigned char *p);
/* The grammar's tokens, one at a time; the kinds are those of the generated outline.h. */
void nb_stream_init(nb_parse_ctx *c, nb_report *r, nb_line_test stats_head);
int nb_stream_next(nb_parse_ctx *c, void **value, nb_loc *loc);
void nb_stream_free(nb_parse_ctx *c);
/* The level-1 sections of the 2019/2021 frame that hold tables 二, 三 and 四, by their titles. */
int nb_is_table_section(const nb_section *s);
/* Sets glued_tables on the level-1 sections (model.h), once the outline is built. */
void nb_mark_glued_tables(nb_section *sections);

#endif
