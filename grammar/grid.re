/* grid.re — the characters of a table drawn in text, as the tools that render a page write it:
 * box-drawing borders (w3m, elinks: ┌─┬┐ │ ├┼┤ └┴┘, heavy and double too), ASCII borders (links2,
 * pandoc grid tables: | and +---+, === under a header), Markdown's alignment row (|---|:--:|), and
 * the width of every other character in display columns (a CJK character or U+3000 is two columns,
 * a character of East Asian ambiguous width one or two depending on the tool, anything else one).
 *
 * One token per call at p; runtime/grid.c classifies lines and assembles cells from the tokens.
 * Matches bytes directly (UTF-8); linear; no state. */
#include "grid.h"

nb_gtok nb_grid_token(const unsigned char *p, const unsigned char *lim, size_t *len, size_t *chars)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    nb_gtok t;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        // vertical lines: ASCII, light, heavy, double, dashed
        vbar  = [|\u2502\u2503\u2551\u2506\u2507\u250a\u250b\u254e\u254f];
        // horizontal lines of the box-drawing block: light, heavy, double, dashed
        hbox  = [\u2500\u2501\u2550\u2504\u2505\u2508\u2509\u254c\u254d];
        // corners, tees and crosses of every weight (and the rounded corners)
        jbox  = [\u250c-\u254b\u2552-\u2570];
        // an ASCII rule: three or more - or =, with + at junctions (links2, pandoc); between two
        // junctions fewer, where a column is that narrow (links2: +------+--+---+ over |其他|)
        arun  = "-"{3,} | "="{3,};
        aseg  = "-"+ | "="+;
        arule = "+"? (aseg "+")* arun ("+" aseg)* "+"?;
        // an alignment cell of a Markdown table: dashes with a colon at one end or both
        align = ":" "-"+ ":"? | "-"+ ":";
        wide  = [\u1100-\u115f\u2e80-\u303e\u3040-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd];
        // East Asian ambiguous width, as Chinese text has it: quotes, dashes, ellipsis, middle dot,
        // degree, ×, ÷, §, №, ℃, Roman numerals, arrows, circled numbers, geometric shapes, stars
        ambig = [\u00a7\u00a8\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u203b\u2103\u2116\u2160-\u217f\u2190-\u21ff\u2460-\u24ff\u25a0-\u25ff\u2605\u2606];
        blank = [ \u00a0];

        $        { *len = 0; *chars = 0; return NB_G_END; }
        "\n"     { t = NB_G_EOL; goto done; }
        "\r"     { t = NB_G_CR; goto done; }
        "\t"     { t = NB_G_TAB; goto done; }
        vbar     { t = NB_G_BAR; goto done; }
        hbox+    { t = NB_G_RULE; goto done; }
        jbox     { t = NB_G_JUNC; goto done; }
        arule    { t = NB_G_RULE; goto done; }
        align    { t = NB_G_ALIGN; goto done; }
        blank    { t = NB_G_BLANK; goto done; }
        wide     { t = NB_G_WIDE; goto done; }
        ambig    { t = NB_G_AMBIG; goto done; }
        [^]      { t = NB_G_CHAR; goto done; }
        *        { t = NB_G_CHAR; goto done; }
    */
done:
    *len = (size_t)(YYCURSOR - p);
    /* every multi-character token is made of one-byte or three-byte characters of width one */
    if (t == NB_G_RULE && *p >= 0x80) *chars = *len / 3;
    else if (t == NB_G_RULE || t == NB_G_ALIGN) *chars = *len;
    else *chars = 1;
    return t;
}

/* A paragraph of a grid's cell that is pandoc -t rst's markup of a <div> in the cell: `.. container::`
 * and its class names, on lines of their own above the div's text, and broken inside the words where
 * the column is narrow (.. / con / tain / er::). Matched on the paragraph's text with its blanks taken
 * out, [p, lim) with *lim == 0. */
int nb_grid_rst_container(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        ".." "container::" [a-zA-Z0-9_-]* { return YYCURSOR == lim; }
        $                                 { return 0; }
        *                                 { return 0; }
    */
}

/* Whether [p, lim) (*lim == 0), the end of a grid's cell from a backtick, is one pandoc -t rst
 * hyperlink reference, `text <target>`__ (or `_): Word's footnote reference 1393\ \ `[3] <#_ftn3>`__,
 * with the blanks a cell wrapped over lines was joined with. Its text is what comes before the <. */
int nb_grid_rst_link(const unsigned char *p, const unsigned char *lim)
{
    const unsigned char *YYCURSOR = p, *YYLIMIT = lim, *YYMARKER = p;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:flags:utf-8 = 1;

        "`" [^`<>\x00]+ "<" [ ]* [^`<> \x00] [^`<>\x00]* ">`" "_" "_"? { return YYCURSOR == lim; }
        $                                                                { return 0; }
        *                                                                { return 0; }
    */
}
