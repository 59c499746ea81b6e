/* front.c — the title, the agency and the year of a report, and the signature at its end.
 *
 * The title is the line before the first heading that names the report (…政府信息公开工作年度报告);
 * the agency is what stands before the year in it, or the short line above it; the year is the one
 * the title names. Copies abbreviate the agency to its level (市投资促进局, 区招商局): where the
 * body spells it out (泸州市投资促进局), the full name is used and a diagnostic says so. */
#include "front.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "report_year.h"
#include "utf8.h"

static int names_report(const unsigned char *s, const unsigned char *e)
{
    return nb_find(s, e, "报告") && (nb_find(s, e, "信息公开") || nb_find(s, e, "年报") || nb_find(s, e, "年度报告"));
}

/* A short line without sentence punctuation: an agency's name above the title. */
static int is_name_line(const nb_para *p)
{
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
    size_t n = nb_u8count(s, e);
    return n >= 2 && n <= 30 && !nb_find(s, e, "。") && !nb_find(s, e, "，") && !nb_find(s, e, ",") &&
           !nb_find(s, e, "：") && !nb_find(s, e, ":") && nb_is_han(s, e);
}

static void unlink_para(nb_para **list, nb_para *p)
{
    for (nb_para **q = list; *q; q = &(*q)->next)
        if (*q == p) {
            *q = p->next;
            return;
        }
}

/* The agency named in a title: before its year, or between the year and 政府信息公开. */
static void agency_from_title(const unsigned char *s, const unsigned char *e, const unsigned char **as,
                              const unsigned char **ae)
{
    int y;
    const unsigned char *ye = NULL, *yp = nb_find_year(s, e, &y, &ye);
    const unsigned char *topic = nb_find(s, e, "政府信息公开");
    if (!topic) topic = nb_find(s, e, "信息公开");
    if (!topic) topic = nb_find(s, e, "政务公开");
    *as = *ae = NULL;
    if (yp && yp > s) {
        *as = s;
        *ae = topic && topic < yp ? topic : yp;
    } else if (yp == s && topic) {
        const unsigned char *p = ye;
        if (p + 3 <= e && memcmp(p, "度", 3) == 0) p += 3;
        if (p < topic) {
            *as = p;
            *ae = topic;
        }
    } else if (topic && topic > s) {
        *as = s;
        *ae = topic;
    }
    if (*as) nb_trim(as, ae);
}

/* The 3-byte character at p is one of set's. */
static int in_set(const char *set, const unsigned char *p)
{
    for (const char *c = set; *c; c += 3)
        if (memcmp(c, p, 3) == 0) return 1;
    return 0;
}

/* 市投资促进局 → 泸州市投资促进局 when the body writes the place: two Han characters before the
 * abbreviated name, the spelling found most often. */
static void expand_agency(nb_report *r, char **agency)
{
    const unsigned char *a = (const unsigned char *)*agency;
    size_t an = strlen(*agency);
    if (an < 6 || !(memcmp(a, "市", 3) == 0 || memcmp(a, "区", 3) == 0 || memcmp(a, "县", 3) == 0))
        return;
    /* characters that end a phrase rather than begin a place name */
    static const char stop[] = "的在过及和与为由对向通据照了是年依托版于有本我全各该市区县省";
    const unsigned char *s = (const unsigned char *)r->text.data, *e = s + r->text.len;
    /* one pass over the occurrences, counting the place names in front of them (a few at most) */
    enum { MAX_PLACES = 16 };
    const unsigned char *place[MAX_PLACES];
    int count[MAX_PLACES], nplaces = 0;
    for (const unsigned char *p = nb_find(s, e, *agency); p; p = nb_find(p + an, e, *agency)) {
        if (p - s < 6 || !nb_is_han(p - 6, p) || !nb_is_han(p - 3, p)) continue;
        if (in_set(stop, p - 6) || in_set(stop, p - 3)) continue;
        int i = 0;
        while (i < nplaces && memcmp(place[i], p - 6, 6) != 0) i++;
        if (i == nplaces) {
            if (nplaces == MAX_PLACES) continue;
            place[nplaces] = p - 6;
            count[nplaces++] = 0;
        }
        count[i]++;
    }
    const unsigned char *best = NULL;
    int best_n = 0;
    for (int i = 0; i < nplaces; i++)
        if (count[i] > best_n) {
            best_n = count[i];
            best = place[i];
        }
    if (!best) return;
    char *full = nb_arena_printf(&r->arena, "%.6s%s", (const char *)best, *agency);
    nb_diag_add(r, "info", "agency-expanded", NULL, "agency %s is written %s in the body", *agency, full);
    *agency = full;
}

/* A paragraph that is only a date, maybe in brackets ((2026年1月20日)): when the report came out, not
 * the year it is on. Its year, or 0. */
static int date_para(const nb_para *p)
{
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n, *after;
    int y, mo, d;
    if (e - s >= 3 && (!memcmp(s, "（", 3) || *s == '(')) s += *s == '(' ? 1 : 3;
    if (!nb_match_date(s, e, &y, &mo, &d, &after)) return 0;
    after = nb_skip_blanks(after, e);
    if (after < e && (*after == ')' || (e - after >= 3 && !memcmp(after, "）", 3)))) after += *after == ')' ? 1 : 3;
    return nb_skip_blanks(after, e) == e ? y : 0;
}

/* Where neither the title nor the text names the year: a report is on the year before the one it came
 * out in, as a rule. From the date it was published, signed, or dated under its title; said. */
static void year_from_dates(nb_report *r)
{
    const char *d = nb_meta_get(r, "published"), *how = "published";
    if (!d) d = nb_meta_get(r, "signed"), how = "signed";
    int y = d ? atoi(d) : 0;
    for (const nb_para *p = r->preamble; p && !y; p = p->next)
        if ((y = date_para(p)) != 0) how = "dated";
    if (y < 2001 || y > 2101) return;
    r->year = y - 1;
    nb_diag_add(r, "info", "year-from-date", NULL,
                "no year in the title or the text: the report is taken to be on %d, the year before it was %s (%d)",
                r->year, how, y);
}

/* Crawled text: the first paragraph opens with the report's title, up to its 报告, then the text
 * (平潭综合实验区2020年政府信息公开工作年度报告 根据《…》…). */
static int leading_title(const nb_para *p, const unsigned char **ts, const unsigned char **te)
{
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
    const unsigned char *rep = nb_find(s, e, "报告");
    if (!rep || nb_u8count(s, rep) > 60 || !names_report(s, rep + 6)) return 0;
    if (!nb_find(s, rep, "信息公开") && !nb_find(s, rep, "政务公开")) return 0; /* not 本年度报告根据… */
    if (nb_find(s, rep, "《") || nb_find(s, rep, "，") || nb_find(s, rep, "。")) return 0; /* not 根据《…报告》… */
    *ts = s;
    *te = rep + 6;
    return 1;
}

/* A title glued to the report's first sentences by a blank (某局2013年信息公开年度报告 根据《条例》编制。):
 * not a title line; leading_title takes it apart. */
static int glued_title(const nb_para *p)
{
    const unsigned char *ts, *te, *e = (const unsigned char *)p->text.p + p->text.n;
    if (!leading_title(p, &ts, &te) || !nb_blank_at(te, e)) return 0;
    return nb_find(te, e, "。") != NULL;
}

/* Drops [text start, te) from the paragraph, and the blanks after it; its span moves along where the
 * text is the report's own at the span (or a copy that says where its bytes were: nb_para_source). */
static void strip_leading(const nb_report *r, nb_para *p, const unsigned char *te)
{
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
    const unsigned char *ns = nb_skip_blanks(te, e);
    if (p->pieces || (p->span.byte <= r->text.len && p->text.p == r->text.data + p->span.byte))
        p->span = nb_span_in(&p->span, nb_para_source(p, (const char *)s), nb_para_source(p, (const char *)ns));
    p->text.p = (const char *)ns;
    p->text.n = (size_t)(e - ns);
}

/* [s, e) and the C string b are the same text but for blanks. */
static int same_but_blanks(const unsigned char *s, const unsigned char *e, const unsigned char *b)
{
    const unsigned char *be = b + strlen((const char *)b);
    for (;;) {
        s = nb_skip_blanks(s, e);
        b = nb_skip_blanks(b, be);
        if (s == e || b == be) return s == e && b == be;
        if (*s != *b) return 0;
        s++;
        b++;
    }
}

/* Pages repeat the title: as the page title (…_其他_site), or as an agency line and a title line
 * that together spell it. They are the title, not preamble: the page title goes to meta. */
static void drop_title_copies(nb_report *r, const unsigned char *ts, const unsigned char *te)
{
    size_t tn = (size_t)(te - ts);
    nb_para *prev = NULL;
    for (nb_para *p = r->preamble; p;) {
        nb_para *next = p->next;
        const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
        const unsigned char *u = nb_find(s, e, "_");
        if (u && (size_t)(u - s) == tn && memcmp(s, ts, tn) == 0) {
            nb_meta_set(r, "page_title", p->text.p, p->text.n);
            unlink_para(&r->preamble, p);
        } else if (p->text.n == tn && memcmp(s, ts, tn) == 0) {
            unlink_para(&r->preamble, p);
        } else if (prev && prev->next == p && prev->text.n + p->text.n == tn &&
                   memcmp(prev->text.p, ts, prev->text.n) == 0 &&
                   memcmp(s, ts + prev->text.n, p->text.n) == 0) {
            unlink_para(&r->preamble, prev);
            unlink_para(&r->preamble, p);
            p = NULL;
        }
        if (p) prev = p;
        p = next;
    }
}

/* A sentence (…，我局编制了本报告。) names the report but is not its title, which has no such marks. */
static int sentence(const unsigned char *s, const unsigned char *e)
{
    return nb_find(s, e, "，") || nb_find(s, e, "。") || nb_find(s, e, "《");
}

/* A title printed over two lines: a line that names the report with the line after it, and not
 * alone; neither a sentence. Either the first line names the topic and the year and the second is
 * short (示范市交通运输局2023年度政府信息公开工作年度 / 报告), or the first ends in the year the second,
 * the report's name, lacks (示范市交通运输局2023年度 / 政府信息公开工作年度报告). */
static int title_tail(const nb_para *p)
{
    const nb_para *n = p->next;
    if (!n) return 0;
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
    const unsigned char *ns = (const unsigned char *)n->text.p, *ne = ns + n->text.n;
    size_t tn = nb_u8count(ns, ne);
    int y;
    const unsigned char *ye = NULL, *yp = nb_find_year(s, e, &y, &ye);
    if (tn == 0 || nb_u8count(s, e) + tn > 60 || names_report(s, e) || sentence(s, e) || sentence(ns, ne) ||
        !nb_is_han(ns, ne) || !yp)
        return 0;
    if (ye + 3 <= e && !memcmp(ye, "度", 3)) ye += 3;
    if (ye == e && names_report(ns, ne) && !nb_find_year(ns, ne, &y, NULL) && nb_u8count(s, e) <= 30) return 1;
    /* a site's line is no title begun: the topic is on the first line */
    if (tn > 12 || !nb_find(s, e, "公开")) return 0;
    char buf[256];
    if (p->text.n + n->text.n >= sizeof buf) return 0;
    memcpy(buf, s, p->text.n);
    memcpy(buf + p->text.n, ns, n->text.n);
    return names_report((const unsigned char *)buf, (const unsigned char *)buf + p->text.n + n->text.n);
}

/* A title whose year is two years glued (山西省澄阳县人民政府20202021年…): a Word document's tracked
 * changes shown in its text (LibreOffice's text export writes the deleted year and the one typed over
 * it one after the other), so its tables may hold deleted rows and numbers glued the same way. The
 * report says so, and its tables are not read (editions.c). Returns the later year (the one typed
 * over), or 0. */
static int revisions_in_title(nb_report *r, const unsigned char *s, const unsigned char *e)
{
    for (const unsigned char *p = s; p + 8 <= e; p++) {
        int a = 0, b = 0, k = 0;
        for (; k < 8 && p + k < e && p[k] >= '0' && p[k] <= '9'; k++) {
            int *y = k < 4 ? &a : &b;
            *y = *y * 10 + (p[k] - '0');
        }
        if (k == 8 && (p == s || p[-1] < '0' || p[-1] > '9') && (p + 8 == e || p[8] < '0' || p[8] > '9') &&
            a >= 2000 && a < b && b <= a + 2) {
            r->revisions_shown = 1;
            nb_diag_add(r, "error", "text-revisions", NULL,
                        "the title's year is %d and %d glued: the text shows the document's tracked changes, "
                        "deleted and inserted text one after the other; its tables may hold deleted rows and "
                        "numbers glued so, and are not read (read the document itself, or accept its changes)",
                        a, b);
            return b;
        }
        if (k) p += k - 1;
    }
    return 0;
}

static void title_and_agency(nb_report *r)
{
    nb_para *title = NULL, *prev = NULL, *before = NULL, *tail = NULL;
    for (nb_para *p = r->preamble; p; prev = p, p = p->next) {
        const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n;
        if (!title && title_tail(p)) {
            title = p, tail = p->next, before = prev;
            break;
        }
        if (nb_u8count(s, e) <= 60 && names_report(s, e) && !glued_title(p) && !sentence(s, e)) {
            /* a page title with _section_site suffixes loses to a clean title line after it */
            if (title && !nb_find(s, e, "_") && nb_find((const unsigned char *)title->text.p,
                                                   (const unsigned char *)title->text.p + title->text.n, "_")) {
                title = p;
                before = prev;
                break;
            }
            if (!title) {
                title = p;
                before = prev;
                if (!nb_find(s, e, "_")) break;
            }
        }
    }
    const unsigned char *ts = NULL, *te = NULL;
    const char *page = nb_meta_get(r, "page_title");
    if (tail) {
        ts = (const unsigned char *)nb_arena_printf(&r->arena, "%.*s%.*s", (int)title->text.n, title->text.p,
                                                    (int)tail->text.n, tail->text.p);
        te = ts + title->text.n + tail->text.n;
        nb_diag_add(r, "info", "title-lines", NULL, "the title is printed over two lines: %s", (const char *)ts);
    } else if (title) {
        ts = (const unsigned char *)title->text.p;
        te = ts + title->text.n;
        const unsigned char *u = nb_find(ts, te, "_");
        if (u) te = u;
    } else if (r->preamble && leading_title(r->preamble, &ts, &te)) {
        /* crawled text: the report's own title opens the body line; it is the title, not preamble.
         * The page title is the same but for blanks (…2013年 信息公开年度报告), or differs in wording
         * (2020年度 / 2020年): the report's own wins, as a clean title line does. */
        strip_leading(r, r->preamble, te);
        if (page && same_but_blanks(ts, te, (const unsigned char *)page)) {
            ts = (const unsigned char *)page;
            te = ts + strlen(page);
        }
        if (!r->preamble->text.n) unlink_para(&r->preamble, r->preamble);
    } else if (page) {
        ts = (const unsigned char *)page;
        te = ts + strlen(page);
    }
    if (!ts) {
        nb_diag_add(r, "warning", "no-title", NULL, "no line names the report (…政府信息公开工作年度报告)");
        r->year = nb_year_from_text(r, NULL);
        return;
    }
    r->title = nb_arena_strndup(&r->arena, (const char *)ts, (size_t)(te - ts));
    int y;
    int later = revisions_in_title(r, ts, te);
    if (later) r->year = later;
    else if (nb_find_year(ts, te, &y, NULL)) r->year = y;
    else r->year = nb_year_from_text(r, NULL);

    const unsigned char *as, *ae;
    agency_from_title(ts, te, &as, &ae);
    char *agency = NULL;
    if (as && as < ae) agency = nb_arena_strndup(&r->arena, (const char *)as, (size_t)(ae - as));
    if (title && before && is_name_line(before) && before->next == title) {
        if (!agency) agency = nb_arena_strndup(&r->arena, before->text.p, before->text.n);
        unlink_para(&r->preamble, before);
    }
    if (title) unlink_para(&r->preamble, title);
    if (tail) unlink_para(&r->preamble, tail);
    drop_title_copies(r, ts, te);
    if (agency) expand_agency(r, &agency);
    r->agency = agency;
}

/* The agency and date that sign the report off, as its last paragraphs. */
static void signature(nb_report *r)
{
    nb_para **list = &r->preamble;
    for (nb_section *s = r->sections; s;) {
        while (s->next) s = s->next;
        list = &s->paras;
        s = s->children;
    }
    nb_para *last = NULL, *before = NULL;
    for (nb_para *p = *list; p; p = p->next) {
        before = last;
        last = p;
    }
    if (!last) return;
    const unsigned char *s = (const unsigned char *)last->text.p, *e = s + last->text.n, *after;
    int y, mo, d;
    if (!nb_match_date(s, e, &y, &mo, &d, &after) || nb_skip_blanks(after, e) != e) return;
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", y, mo, d);
    nb_meta_set(r, "signed", date, strlen(date));
    unlink_para(list, last);
    if (before && is_name_line(before)) {
        nb_meta_set(r, "signer", before->text.p, before->text.n);
        unlink_para(list, before);
    }
}

/* A title that names the year the report came out in (2025年…年度报告, signed 2025-01-17) where its
 * statistics period is the year before (统计期限自2024年1月1日起至2024年12月31日止): a year's report
 * comes out after the year, so it cannot be on the title's; the period's year is the one it is on, and
 * a warning says so. A period that disagrees otherwise (last year's, copied) leaves the title's year,
 * and check C1 reports it. */
static void year_against_dates(nb_report *r)
{
    const char *d = nb_meta_get(r, "published"), *how = "published", *said = NULL;
    if (!d) d = nb_meta_get(r, "signed"), how = "signed";
    int out = d ? atoi(d) : 0;
    if (!r->year || out < 2001 || out > r->year) return;
    int period = nb_year_from_text(r, &said);
    if (period != out - 1 || !said || strcmp(said, "the statistics period") != 0) return;
    nb_diag_add(r, "warning", "year-title", NULL,
                "the title names %d, but the report was %s on %s, before that year ended, and its statistics "
                "period is %d: the report is taken to be on %d", r->year, how, d, period, period);
    r->year = period;
}

void nb_front_matter(nb_report *r)
{
    title_and_agency(r);
    signature(r);
    if (!r->year) year_from_dates(r);
    else year_against_dates(r);
}
