/* test_inline.c — headings inside one long line (crawled page text), and their near misses.
 *
 * A marker counts as a heading where it starts a sentence (after 。！？；, a blank, or at the start)
 * and a title follows; a level-1 title of the template also after the digits of a flattened table.
 * A marker whose first sentence is too long for a title is a heading only where the numbering expects
 * it. Page chrome and Word's HTML leftovers are dropped, with a diagnostic. */
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "lex_all.h"
#include "lexer.h"
#include "model.h"
#include "nianbao.h"
#include "numbering.h"

static const unsigned char *U(const char *s) { return (const unsigned char *)s; }

/* ---- helpers over a whole parse ---------------------------------------------------------------- */

static nb_report *parse(const char *text) { return nb_parse(text, strlen(text), NULL); }

/* The outline as "level:number:title" lines, depth first. */
static void outline_of(const nb_section *s, char *out, size_t cap)
{
    for (; s; s = s->next) {
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%d:%.*s:%.*s\n", s->level, (int)s->number.n, s->number.p, (int)s->title.n,
                 s->title.p);
        outline_of(s->children, out, cap);
    }
}

static int outline_is(const char *text, const char *want)
{
    nb_report *r = parse(text);
    static char got[8192];
    got[0] = 0;
    outline_of(r->sections, got, sizeof got);
    int ok = strcmp(got, want) == 0;
    if (!ok) fprintf(stderr, "outline of \"%.60s…\":\n%s-- want:\n%s", text, got, want);
    nb_report_free(r);
    return ok;
}

static const nb_section *last_section(const nb_section *s)
{
    while (s && s->next) s = s->next;
    return s;
}

static int count_diags(const nb_report *r, const char *code)
{
    int n = 0;
    for (const nb_diag *d = r->diags; d; d = d->next) n += !strcmp(d->code, code);
    return n;
}

static int para_count(const nb_para *p)
{
    int n = 0;
    for (; p; p = p->next) n++;
    return n;
}

static int str_is(nb_str s, const char *want) { return s.n == strlen(want) && memcmp(s.p, want, s.n) == 0; }

/* ---- the rule: a marker starts a heading where it starts a sentence ----------------------------- */

static void test_sentence_start(void)
{
    /* the example, and the same at a blank and at the start of the line */
    CHECK(outline_is("一、总体情况2020年，我区推进了工作。二、主动公开政府信息情况第二十条第（一）项信息内容",
                     "1:一:总体情况\n1:二:主动公开政府信息情况\n"));
    CHECK(outline_is("一、概述 推进政府信息公开是重要举措。 二、主动公开政府信息情况 （一）公开的主要内容 2013年新增45条。",
                     "1:一:概述\n1:二:主动公开政府信息情况\n2:一:公开的主要内容\n"));
    /* a short title that ends in 。 after a sentence */
    CHECK(outline_is("一、概述。我局推进了工作。（一）加强组织领导。我局成立了领导小组。（二）完善制度。制定了办法。",
                     "1:一:概述\n2:一:加强组织领导\n2:二:完善制度\n"));
}

static void test_near_misses(void)
{
    /* none of these is a heading: the outline has the one section the text starts with */
    static const char *text[] = {
        "一、概述。详见附件2、3，金额2.5万元。",
        "一、概述。详见附件 2、3，共计 2.5万元。",               /* a blank before the numbers */
        "一、概述。自2020.1.1起施行，自 2020.1.1 起执行。",      /* dates */
        "一、概述。依据第二十条第（一）项规定公开；第二十条第（五）项无。",
        "一、概述。一是加强领导。二是完善制度。三是强化监督。",  /* 一是…二是… */
        "一、概述。三、四季度共公开信息12条。",                  /* numbers with 、 in a sentence */
        "一、概述。12、13日召开会议两次。",
        "一、概述。共有1、2、3号三个窗口。",
        "一、概述。全年共办理（1）件。",
    };
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i++) CHECK(outline_is(text[i], "1:一:概述\n"));
    /* and the text stays whole: one paragraph */
    nb_report *r = parse("一、概述。详见附件 2、3，共计 2.5万元。三、四季度共公开信息12条。");
    CHECK(r->sections && para_count(r->sections->paras) == 1);
    CHECK(r->sections && r->sections->paras &&
          str_is(r->sections->paras->text, "详见附件 2、3，共计 2.5万元。三、四季度共公开信息12条。"));
    nb_report_free(r);
}

/* A template's level-1 title after a 一、 marker is a heading even glued to the digits of a flattened
 * table; table 三's row labels glued to their digits never are. */
static void test_after_digits(void)
{
    CHECK(outline_is("二、主动公开政府信息情况采购项目数量采购总金额政府集中采购39573802895.90元"
                     "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和）"
                     "申请人情况自然人总计一、本年新收政府信息公开申请数量801000081"
                     "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开220000022"
                     "（二）部分公开191000020（七）总计801000081四、结转下年度继续办理0000000"
                     "四、政府信息公开行政复议、行政诉讼情况行政复议总计110024001510102"
                     "五、存在的主要问题及改进情况存在的问题主要有以下几个方面：一是不够精确。",
                     "1:二:主动公开政府信息情况\n1:三:收到和处理政府信息公开申请情况\n"
                     "1:四:政府信息公开行政复议、行政诉讼情况\n1:五:存在的主要问题及改进情况\n"));
    /* a row label after a blank, its numbers after another: a table row, not a heading */
    CHECK(outline_is("三、收到和处理政府信息公开申请情况 总计 （一）予以公开 6 0 0 0 0 0 6 （二）部分公开 6 0 0 0 0 0 6 "
                     "四、结转下年度继续办理 0 0 0 0 0 0 0 四、政府信息公开行政复议、行政诉讼情况 无。",
                     "1:三:收到和处理政府信息公开申请情况\n1:四:政府信息公开行政复议、行政诉讼情况\n"));
    /* digits before a marker whose title is not the template's: text */
    CHECK(outline_is("一、概述。共计81二、上年结转的申请0件。", "1:一:概述\n"));
}

/* Known level-2 titles of the 2019/2021 frame end a title glued to its text. */
static void test_known_subtitles(void)
{
    CHECK(outline_is("一、总体情况 2023年，我区推进政务公开。（一）主动公开方面平潭综合实验区切实落实国务院办公厅、省政府办公厅"
                     "关于政务公开工作有关要求，坚持应公开尽公开，持续推进基础信息公开。（二）依申请公开方面持续强化服务理念，"
                     "严格按照《条例》要求，做好申请公开登记、审核、办理、答复、归档等各项工作。（四）信息公开平台建设方面"
                     "一是开展门户网站提升服务项目，进一步规范网站页面设计，调整优化专题专栏设置。",
                     "1:一:总体情况\n2:一:主动公开方面\n2:二:依申请公开方面\n2:四:信息公开平台建设方面\n"));
    /* bare, the known title ends where the text visibly starts (a year, 我局, …) */
    CHECK(outline_is("一、总体情况 2022年，我局推进政务公开。（一）主动公开2022年，我局累计主动公开政府信息共16704条，其中社会信用"
                     "体系建设16325条，大数据政务共享信息124条。",
                     "1:一:总体情况\n2:一:主动公开\n"));
    /* a longer title that starts with the same words stays whole */
    CHECK(outline_is("一、总体情况\n（一）主动公开政府信息。我局公开了信息。\n", "1:一:总体情况\n2:一:主动公开政府信息\n"));
    CHECK(outline_is("一、总体情况\n（二）主动公开政府信息情况我局按照《条例》规定，以公开为原则，以不公开为例外，内容涵盖工作动态、"
                     "行政法规、规范性文件等各类信息，方便群众查阅。\n",
                     "1:一:总体情况\n"));
}

/* Weak markers: the first sentence is too long for a title, nothing known ends it. */
static void test_weak(void)
{
    const char *doc = "一、总体情况2020年，我区深入推进政务公开。"
                      "（一）强化组织协调，着力规范公开工作积极贯彻国家、省里有关政务公开工作要求，区党工委管委会领导高度重视"
                      "政务公开工作，多次对深化政务公开工作作出批示。"
                      "（二）围绕工作重点，扎实推进主动公开根据国家、省里政务公开工作要点，结合我区实际情况，对全区政务公开工作"
                      "进行部署，压实责任。"
                      "1.加强用权信息公开（1）推进权责清单公开。区行政审批局进行梳理。"
                      "2.加强政策解读发布充分利用政府网站、“问政平潭”栏目、报刊、微博、微信公众号等便于公众知晓的方式公开各类"
                      "政策文件。（1）推进信息公开。主动公布政策举措。"
                      "3.认真办理依申请公开2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内"
                      "予以答复。"
                      "4.加强平台建设一是上线试运行12345平台新系统，对门户网站、管理平台、手机端进行全方面提升，全部事项均可办结。"
                      "（五）加强了组织领导工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了群众的知情权参与权和监督权。";
    CHECK(outline_is(doc, "1:一:总体情况\n"
                          "2:一:强化组织协调，着力规范公开工作\n"
                          "2:二:围绕工作重点，扎实推进主动公开\n"
                          "3:1:加强用权信息公开\n"
                          "4:1:推进权责清单公开\n"
                          "3:2:加强政策解读发布\n"
                          "4:1:推进信息公开\n"
                          "3:3:认真办理依申请公开\n"
                          "3:4:加强平台建设\n"));
    nb_report *r = parse(doc);
    /* （1） under 1. and under 2.: a new parent restarts its child list, no numbering warning */
    CHECK(count_diags(r, "numbering-order") == 0 && count_diags(r, "numbering-skip") == 0);
    CHECK(count_diags(r, "title-glued") == 5);
    /* the title's end is where the text goes on */
    const nb_section *two = r->sections ? r->sections->children : NULL;
    two = two ? two->next : NULL;
    CHECK(two && two->paras && two->paras->text.n >= 6 && memcmp(two->paras->text.p, "根据国家", 12) == 0);
    /* （五） fits no list (（二） was the last): text, on the paragraph it interrupts */
    const nb_section *four = r->sections ? last_section(r->sections->children) : NULL;
    four = four ? last_section(four->children) : NULL;
    CHECK(four && str_is(four->title, "加强平台建设") && para_count(four->paras) == 1);
    CHECK(four && four->paras &&
          strstr(four->paras->text.p, "全部事项均可办结。（五）加强了组织领导") != NULL);
    nb_report_free(r);

    /* a weak marker with no open list to continue is text, and the paragraph stays one */
    r = parse("一、总体情况。我局推进工作。（三）加强了组织领导工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了"
              "群众的知情权参与权和监督权。（四）完善了制度建设工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了"
              "群众的知情权。");
    CHECK(r->sections && !r->sections->children && para_count(r->sections->paras) == 1);
    CHECK(count_diags(r, "numbering-skip") == 0);
    nb_report_free(r);

    /* expected, but no title can be told from its text (no cue, a long first clause): text */
    CHECK(outline_is("一、总体情况。我局推进工作。（一）加强了组织领导工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了"
                     "群众的知情权参与权和监督权。", "1:一:总体情况\n"));
    /* at the start of a line, a long numbered sentence stays a paragraph as before */
    CHECK(outline_is("一、总体情况\n（一）2017年，我局不存在需要澄清的虚假或不完整信息，也不存在需要更正的信息内容。\n",
                     "1:一:总体情况\n"));
}

static void test_glued_title_end(void)
{
    static const struct {
        const char *text, *title;
    } cases[] = {
        {"强化组织协调，着力规范公开工作积极贯彻国家、省里有关政务公开工作要求", "强化组织协调，着力规范公开工作"},
        {"围绕工作重点，扎实推进主动公开根据国家、省里政务公开工作要点", "围绕工作重点，扎实推进主动公开"},
        {"加强政策解读发布充分利用政府网站、“问政平潭”栏目、报刊", "加强政策解读发布"},
        {"认真办理依申请公开2020年全区各级行政机关共受理政府信息公开申请21件", "认真办理依申请公开"},
        {"加强平台建设一是上线试运行12345平台新系统", "加强平台建设"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const unsigned char *s = U(cases[i].text), *e = s + strlen(cases[i].text);
        const unsigned char *g = nb_glued_title_end(s, e, e);
        CHECK(g != NULL);
        if (g) CHECK_SPAN_STR(s, g, cases[i].title);
    }
    /* no word that starts the text: no title is guessed, not even at a comma */
    static const char *none[] = {
        "加强了组织领导工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了群众的知情权",
        "加强组织领导，成立了以局长为组长的领导小组负责全局的政府信息公开工作",
        "认真贯彻落实上级要求全面推进政务公开",            /* 认真 starts the title, not the text */
        "强化组织协调，积极推进公开工作的各项要求全面落实",  /* 积极 starts a clause of the title */
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        const unsigned char *s = U(none[i]), *e = s + strlen(none[i]);
        CHECK(nb_glued_title_end(s, e, e) == NULL);
    }
}

static void test_expects(void)
{
    nb_numbering n;
    nb_numbering_init(&n);
    CHECK(nb_numbering_expects(&n, NB_STYLE_CN, 1));       /* the first 一、 of an outline */
    CHECK(!nb_numbering_expects(&n, NB_STYLE_CN_PAREN, 1)); /* nothing to be under */
    nb_numbering_place(&n, NB_STYLE_CN, 1, 1);
    CHECK(nb_numbering_expects(&n, NB_STYLE_CN, 2));
    CHECK(!nb_numbering_expects(&n, NB_STYLE_CN, 3));
    CHECK(nb_numbering_expects(&n, NB_STYLE_CN_PAREN, 1));
    CHECK(!nb_numbering_expects(&n, NB_STYLE_CN_PAREN, 2));
    nb_numbering_place(&n, NB_STYLE_CN_PAREN, 1, 1);
    nb_numbering_place(&n, NB_STYLE_AR, 1, 1);
    CHECK(nb_numbering_expects(&n, NB_STYLE_AR, 2));
    CHECK(nb_numbering_expects(&n, NB_STYLE_CN_PAREN, 2)); /* closes the 1. list */
    CHECK(nb_numbering_expects(&n, NB_STYLE_AR_PAREN, 1));
    CHECK(!nb_numbering_expects(&n, NB_STYLE_CN_PAREN, 3));
    nb_numbering_place(&n, NB_STYLE_AR_PAREN, 1, 0); /* a running （1）: its list has no heading */
    CHECK(!nb_numbering_expects(&n, NB_STYLE_AR_PAREN, 2));
    CHECK(!nb_numbering_expects(&n, NB_STYLE_CIRCLED, 1));
}

/* ---- the lexer's tokens on one line ------------------------------------------------------------ */


static void test_tokens(void)
{
    const char *doc = "工作。（一）强化组织协调，着力规范公开工作积极贯彻国家、省里有关政务公开工作要求，区党工委管委会领导高度"
                      "重视。（1）推进权责清单公开。正文 附件下载";
    nb_tok t[16];
    int n = lex_all(doc, t, 16);
    CHECK(n == 4);
    CHECK(t[0].kind == NB_T_TEXT);
    CHECK(t[1].kind == NB_T_HEADING && t[1].weak && t[1].inline_start && !t[1].at_line_start);
    CHECK(t[2].kind == NB_T_HEADING && !t[2].weak);
    CHECK_SPAN_STR(t[2].title_s, t[2].title_e, "推进权责清单公开");
    CHECK_SPAN_STR(t[2].rest_s, t[2].rest_e, "正文");
    CHECK(t[3].kind == NB_T_JUNK);
    CHECK_SPAN_STR(t[3].s, t[3].e, "附件下载");

    /* Word's leftovers at the start of a line: the marker after them is at the line's start */
    const char *w = "<!--[if !supportLists]-->7、<!--[endif]-->加强组织领导，落实工作责任。我局成立了领导小组。";
    n = lex_all(w, t, 16);
    CHECK(n == 2);
    CHECK(t[0].kind == NB_T_JUNK);
    CHECK(t[1].kind == NB_T_HEADING && t[1].at_line_start && t[1].m.num == 7);
    CHECK_SPAN_STR(t[1].title_s, t[1].title_e, "加强组织领导，落实工作责任");

    /* the breadcrumb of a crawled page, up to its last piece of chrome */
    const char *b = "当前位置： 首页政务公开年报 某局2013年信息公开年度报告 来源：某县人民政府 时间：2014-02-25 00:00 微信 微博 "
                    "QQ空间 全真版 文字版 文件下载 相关链接： --> 某局2013年信息公开年度报告 根据《条例》编制。";
    n = lex_all(b, t, 16);
    CHECK(n == 2 && t[0].kind == NB_T_JUNK && t[1].kind == NB_T_TEXT);
    CHECK_SPAN_STR(t[1].s, t[1].e, "某局2013年信息公开年度报告 根据《条例》编制。");
    /* chrome words inside the report's text are not chrome */
    const char *b2 = "当前位置：首页 > 政务公开 > 年报 我局通过微信 微博等发布信息。";
    n = lex_all(b2, t, 16);
    CHECK(n == 2 && t[0].kind == NB_T_JUNK && t[1].kind == NB_T_TEXT);
    CHECK_SPAN_STR(t[1].s, t[1].e, "我局通过微信 微博等发布信息。");
}

/* ---- chrome and Word leftovers in a whole parse ------------------------------------------------- */

static void test_chrome(void)
{
    const char *doc = "标题: 某局2013年信息公开年度报告\n"
                      "发布时间: 2014-02-25 00:00\n"
                      "文号: \n"
                      "发布机构: 某局办公室\n"
                      "原文链接: https://example.gov.cn/a.htm\n"
                      "==================== 正文 ====================\n"
                      "当前位置： 首页政务公开年报 某局2013年信息公开年度报告 来源：某县人民政府 时间：2014-02-25 00:00 微信 "
                      "微博 QQ空间 全真版 文字版 文件下载 相关链接： --> 某局2013年 信息公开年度报告 根据《条例》编制本报告。"
                      " 一、概述 我局<!--[if !supportLists]-->积极<!--[endif]-->推进公开。 "
                      "二、其他事项 2013年，无收费。 附件下载\n";
    nb_report *r = parse(doc);
    CHECK(r->title && !strcmp(r->title, "某局2013年信息公开年度报告"));
    CHECK(r->agency && !strcmp(r->agency, "某局"));
    CHECK(r->year == 2013);
    const char *v;
    CHECK((v = nb_meta_get(r, "published")) && !strcmp(v, "2014-02-25"));
    CHECK((v = nb_meta_get(r, "publisher")) && !strcmp(v, "某局办公室"));
    CHECK((v = nb_meta_get(r, "url")) && !strcmp(v, "https://example.gov.cn/a.htm"));
    CHECK((v = nb_meta_get(r, "page_title")) && !strcmp(v, "某局2013年信息公开年度报告"));
    CHECK((v = nb_meta_get(r, "source")) && !strcmp(v, "某县人民政府"));
    CHECK(r->preamble && str_is(r->preamble->text, "根据《条例》编制本报告。") && !r->preamble->next);
    CHECK(r->sections && r->sections->paras && str_is(r->sections->paras->text, "我局积极推进公开。"));
    const nb_section *two = r->sections ? r->sections->next : NULL;
    CHECK(two && two->paras && str_is(two->paras->text, "2013年，无收费。"));
    CHECK(count_diags(r, "junk-dropped") == 5); /* rule, breadcrumb, two comments, 附件下载 */
    nb_report_free(r);
}

/* Word's leftovers anywhere in a line: removed from titles and text, each one reported; a marker after
 * them at the start of a line is at the start of the line. */
static void test_word_comments(void)
{
    const char *doc = "一、概述\n"
                      "<!--[if !supportLists]-->1、<!--[endif]-->加强组织领导\n"
                      "<!--[if !supportLists]-->2、<!--[endif]-->完善制度。我局<!--[if gte mso 9]>制定了<![endif]>制度。\n"
                      "我局还<!--[endif]-->开展了工作。<!--[if !supportLists]-->3、<!--[endif]-->强化监督。监督了。\n";
    CHECK(outline_is(doc, "1:一:概述\n2:1:加强组织领导\n2:2:完善制度\n2:3:强化监督\n"));
    nb_report *r = parse(doc);
    const nb_section *two = r->sections && r->sections->children ? r->sections->children->next : NULL;
    CHECK(two && two->paras && str_is(two->paras->text, "我局制定了制度。"));
    CHECK(two && two->paras && two->paras->next && str_is(two->paras->next->text, "我局还开展了工作。"));
    CHECK(two && two->paras && two->paras->span.line == 3 && two->paras->span.col == 47);
    CHECK(count_diags(r, "junk-dropped") == 9);
    nb_report_free(r);
}

/* ---- linear time ----------------------------------------------------------------------------- */

static double parse_seconds(const char *head, const char *unit, size_t bytes)
{
    size_t hn = strlen(head), un = strlen(unit), n = bytes / un;
    char *buf = malloc(hn + n * un + 1);
    memcpy(buf, head, hn);
    for (size_t i = 0; i < n; i++) memcpy(buf + hn + i * un, unit, un);
    buf[hn + n * un] = 0;
    double best = 1e9;
    for (int k = 0; k < 2; k++) { /* the faster of two runs: less noise from a busy machine */
        clock_t t0 = clock();
        nb_report *r = nb_parse(buf, hn + n * un, NULL);
        double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (s < best) best = s;
        CHECK(r->sections != NULL);
        nb_report_free(r);
    }
    free(buf);
    return best;
}

/* Five times the input takes about five times as long (room for noise), not twenty-five. */
static int linear(double one, double five) { return five < 5 * one * 2.5 + 0.05; }

#if defined(__SANITIZE_ADDRESS__)
#define NB_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NB_SANITIZED 1
#endif
#endif

static void test_linear(void)
{
    const char *unit = "。一、总体情况2020年，我区";
#ifndef NB_SANITIZED
    double one = parse_seconds("", unit, 1 << 20), five = parse_seconds("", unit, 5 << 20);
    printf("5 MB line of \"%s\": %.3f s (1 MB: %.3f s)\n", unit, five, one);
    CHECK(five < 1.0);
#else /* ten times slower: the shape of the curve only, on less */
    double one = parse_seconds("", unit, 1 << 18), five = parse_seconds("", unit, 5 << 18);
#endif
    CHECK(linear(one, five));
    /* weak markers that all are text (one paragraph), blanks, Word leftovers, digits before a marker */
    static const char *units[] = {
        "。（三）加强了组织领导工作并且持续不断地深化政务公开的各个环节和各项要求从而保障了群众的知情权",
        "    　　   ",
        "工作<!--[if !supportLists]-->",
        "<!--[if ",
        "0000000三、",
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        one = parse_seconds("一、总体情况。", units[i], 1 << 18);
        five = parse_seconds("一、总体情况。", units[i], 5 << 18);
        CHECK(linear(one, five));
    }
}

/* Table 三 in reading order (pdftotext without -layout): its label cells cut a piece a line. A
 * numbered head cut short (4.保护第, 1.本机关不掌握相关) and a group's marker beside a row label's tail
 * ((三) 定”) are pieces of the table, not headings; the section after it is one. */
static void test_cut_labels(void)
{
    CHECK(outline_is("三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收政府信息公开申请数量\n3\n"
                     "3.危及“三安全一稳\n（三） 定”\n4.保护第\n三方合法\n（三）不 权益\n予公开\n1\n（四）无\n"
                     "1.本机关不掌握相关\n"
                     "政府信息\n2\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n",
                     "1:三:收到和处理政府信息公开申请情况\n1:四:政府信息公开行政复议、行政诉讼情况\n"));
    /* outside a table's section the same words are a heading */
    CHECK(outline_is("一、总体情况\n4.保护第\n三方合法权益。\n", "1:一:总体情况\n2:4:保护第\n"));
}

int main(void)
{
    test_sentence_start();
    test_near_misses();
    test_after_digits();
    test_known_subtitles();
    test_weak();
    test_glued_title_end();
    test_expects();
    test_tokens();
    test_chrome();
    test_word_comments();
    test_linear();
    test_cut_labels();
    return check_summary();
}
