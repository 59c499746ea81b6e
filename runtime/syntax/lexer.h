/* lexer.h — the line-level tokens of a report, produced by the re2c lexer in grammar/lexer.re.
 *
 * A token is a line, or a part of a line where a heading (or page chrome) starts inside it: crawled
 * page text puts a whole report on one line. Inside a line a marker starts a heading where it starts a
 * sentence (after 。！？；, a blank, or the line's start) and a title follows, or where a level-1 title
 * of the template follows it right after the digits of a flattened table (…2895.90元三、收到和处理…).
 * The lexer only looks at the text; what a token means in context (which level a heading has, whether
 * a weak inline marker is a heading at all, whether a line continues a table cell) is decided by
 * stream.c. */
#ifndef NB_LEXER_H
#define NB_LEXER_H
#include <stddef.h>
#include <stdint.h>

#include "markers.h"

typedef enum nb_tkind {
    NB_T_EOF,
    NB_T_BLANK,   /* a line of blanks */
    NB_T_TEXT,    /* prose */
    NB_T_HEADING, /* a numbered line: marker, title, and maybe the text after the title */
    NB_T_CELL,    /* a tab-prefixed line: one table cell (text after the tab) */
    NB_T_ROW,     /* a whole table row on one line (tabs, pipes, or a label and a run of numbers) */
    NB_T_META,    /* key: value lines of page headers (来源, 发布日期, 索引号, 标题, …) */
    NB_T_JUNK,    /* page or editor noise, dropped with a diagnostic */
    NB_T_RULE,    /* a ===== rule (the crawler's 正文 separator) */
    NB_T_STATS    /* a 统计表 on one line, cells separated by blanks (statline.h) */
} nb_tkind;

/* What ended a heading's title. */
typedef enum nb_title_end {
    NB_TE_EOL,      /* the segment ended */
    NB_TE_SENTENCE, /* 。！？； */
    NB_TE_COLON,    /* ：: */
    NB_TE_BLANK,    /* blanks between title and text */
    NB_TE_KNOWN,    /* a title of the template, followed directly by text (crawled text) */
    NB_TE_MARKER,   /* another numbering marker follows directly: 1.加强用权信息公开（1）推进… */
    NB_TE_GLUED     /* set by stream_heading.c: no punctuation ends the title, nb_glued_title_end did */
} nb_title_end;

typedef enum nb_meta_key {
    NB_META_NONE,
    NB_META_SOURCE, NB_META_PUBLISHED, NB_META_AUTHOR, NB_META_INDEX, NB_META_PUBLISHER,
    NB_META_DOCNO, NB_META_TOPIC, NB_META_KEYWORDS, NB_META_TITLE, NB_META_COLUMN, NB_META_URL,
    NB_META_LOCALDIR, NB_META_LINKS, NB_META_ATTACHMENT
} nb_meta_key;

/* What match_junk calls the breadcrumb of a crawled page (stream.c takes its 来源 to meta). */
#define NB_JUNK_BREADCRUMB "page breadcrumb and chrome"


typedef struct nb_tok {
    nb_tkind kind;
    const unsigned char *s, *e; /* the token's text, blanks trimmed (a CELL keeps its padding) */
    uint32_t line;               /* 1-based line of s */
    const unsigned char *line_s; /* start of that line, for columns */
    int inline_start;            /* the token does not start its line */
    int at_line_start;           /* only blanks and dropped noise precede it on its line */
    /* NB_T_HEADING */
    nb_marker m;
    const unsigned char *title_s, *title_e, *rest_s, *rest_e;
    nb_title_end title_end;
    /* an inline marker whose first sentence is too long for a title and has no known end
     * (（一）强化组织协调，着力规范公开工作积极贯彻…。): a heading only where the numbering expects it */
    int weak;
    /* a line that is only a title of the frame (总体情况): its marker m is drawn from the title's place
     * (一、), as Word drew the numbering that a text like docx2txt's left out; m.end is the title's start */
    int bare;
    /* NB_T_JUNK: what it is, for the diagnostic */
    const char *what;
} nb_tok;

typedef struct nb_lexer {
    const unsigned char *buf, *lim; /* *lim == 0: the sentinel re2c needs */
    const unsigned char *cur;       /* where the next token starts */
    const unsigned char *line_s, *line_e, *next_line;
    uint32_t line;
    int in_line; /* cur is inside [line_s, line_e) */
    int lead;    /* only blanks and dropped noise so far on this line */
    /* What the last scans for an inline heading on this line proved, so that a chain of tokens
     * (1.加强（1）推进（1）…) does not rescan the rest of the line for each one: from found_from,
     * the next heading is found, behind a boundary at found_bnd; from none_from on, there is none. */
    const unsigned char *found_from, *found_bnd, *found, *none_from;
    /* the same for a one-line 统计表 inside the line: searched from stat_from, found at stat_at (NULL:
     * none from stat_from on) */
    const unsigned char *stat_from, *stat_at;
} nb_lexer;

void nb_lexer_init(nb_lexer *lx, const char *buf, size_t len);
void nb_lex(nb_lexer *lx, nb_tok *t);

/* The pieces of the lexer that stream.c and the front matter reuse. */
/* A label of table 三 (shared by the 2019 and 2021 templates) at p: 本年新收…, （三）不予公开, 1.属于国家秘密 … */
int nb_match_table_label(const unsigned char *p, const unsigned char *lim);
/* [s, e) is the title of a 2019/2021 section that holds tables 二, 三 or 四 (it ends with one). */
int nb_title_holds_tables(const unsigned char *s, const unsigned char *e);
/* A level-2 title of the 2019/2021 frame at p (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障,
 * with 方面/情况/工作 after it): its end, or NULL. */
const unsigned char *nb_match_known_subtitle(const unsigned char *p, const unsigned char *lim);
/* A leftover of Word HTML at p (<!--[if !supportLists]-->, <!--[endif]-->): its end, or NULL. */
const unsigned char *nb_match_word_comment(const unsigned char *p, const unsigned char *lim);
/* Where a title glued to its text ends when no punctuation says so, in [s, e) (the first sentence):
 * before the word that starts the text (a year, 一是, 根据, 积极, 我局, …); NULL when there is none. */
const unsigned char *nb_glued_title_end(const unsigned char *s, const unsigned char *e,
                                        const unsigned char *lim);
/* The title of a heading token reads as a running sentence, not a heading (too long, or ending in 。
 * with a long clause): （一）2017年，我局不存在需要澄清的虚假或不完整信息。 */
int nb_title_runs_on(const nb_tok *t);
const unsigned char *nb_trailing_numbers(const unsigned char *s, const unsigned char *e, int *count);
nb_meta_key nb_match_meta_key(const unsigned char *p, const unsigned char *e, const unsigned char **after);
const char *nb_meta_key_name(nb_meta_key k);
/* A date written 2019-01-03, 2019年1月3日, 2019/1/3 or 2019.1.3 at p: 1 and y/m/d set, else 0. */
int nb_match_date(const unsigned char *p, const unsigned char *e, int *y, int *mo, int *d,
                  const unsigned char **after);

#endif
