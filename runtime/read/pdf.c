/* pdf.c — a PDF file to report text (see pdf.h and format.h).
 *
 * poppler_page_get_text gives a page's characters and poppler_page_get_text_layout one box per
 * character of that text. The text's own order and line breaks are not trusted (a table comes out
 * in column order from some producers): pdfrows.c rebuilds lines from the boxes (pdflines.c),
 * splits a line's characters into cells at wide horizontal gaps (pdfcells.c), and joins prose lines
 * that a wrap cut.
 * Where a table seems to hold a number wrapped inside its cell, pdfwrap.c asks for the page's ruled
 * lines: the page is rendered and pdfrules.c finds them in the picture.
 * A page's text fields (a web form's boxes printed to PDF) are read as text in their boxes (pdfform.c).
 * Each call opens its own document; poppler-glib keeps no state between documents. */
#include "pdf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grow.h"
#include "markers.h"
#include "pdfclip.h"
#include "pdfform.h"
#include "pdfrows.h"
#include "poppler_load.h"
#include "utf8.h"

/* The document's characters, page after page. */
typedef struct glyphs {
    nb_glyph *v;
    size_t n, cap;
} glyphs;

static int is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF || c < 0x20;
}

/* One page's glyphs, from poppler's text and its character boxes, those drawn past the page's edge
 * marked (nb_glyph.cut). Returns the number so cut. */
static size_t page_glyphs(const nb_poppler *P, PopplerPage *pg, int page, glyphs *gs)
{
    char *text = P->page_get_text(pg);
    PopplerRectangle *rects = NULL;
    guint nr = 0;
    size_t first = gs->n;
    if (!text || !P->page_get_text_layout(pg, &rects, &nr)) {
        P->free(text);
        P->free(rects);
        return 0;
    }
    const unsigned char *p = (const unsigned char *)text, *e = p + strlen(text);
    for (guint i = 0; p < e && i < nr; i++) {
        size_t k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        const PopplerRectangle *r = &rects[i];
        if (!is_space(c) && isfinite(r->x1) && isfinite(r->x2) && isfinite(r->y1) && isfinite(r->y2)) {
            nb_grow(&gs->v, &gs->cap, gs->n, sizeof *gs->v);
            nb_glyph *g = &gs->v[gs->n++];
            g->x1 = fmin(r->x1, r->x2);
            g->x2 = fmax(r->x1, r->x2);
            g->y1 = fmin(r->y1, r->y2);
            g->y2 = fmax(r->y1, r->y2);
            g->c = c;
            g->k = (unsigned char)(k <= 4 ? k : 4);
            memcpy(g->u, p, g->k);
            g->page = page;
            g->idx = i;
        }
        p += k;
    }
    P->free(rects);
    P->free(text);
    nb_pdf_form_glyphs(P, pg, page, nr, &gs->v, &gs->n, &gs->cap); /* what its text fields show */
    nb_page_view v = {0, 1, 0}; /* what the page draws: asked only where it holds a table (page_cut) */
    double h = 0;
    P->page_get_size(pg, &v.width, &h);
    return nb_pdf_mark_cut(gs->v + first, gs->n - first, &v);
}

/* The document open while its rows are rebuilt, for the rules of a page and what it cuts. */
typedef struct ruler {
    const nb_poppler *P;
    PopplerDocument *doc;
    const nb_limits *lim;
    size_t *cut; /* per page: its glyphs cut at an edge */
} ruler;

#define RULE_SCALE 2.0      /* pixels a point: a hairline (0.5 pt) rule is a pixel wide */
#define RULE_MIN_LEN 12.0   /* points: longer than a stroke of a glyph of text */
#define RULE_MAX_PIXELS 8e6 /* a page larger than A3 at RULE_SCALE is rendered smaller */

/* The ruled lines of a page (nb_page_rules_fn), from a picture of it. */
static int page_rules(void *ctx, int page, nb_rules *out)
{
    const ruler *r = ctx;
    const nb_poppler *P = r->P;
    if (r->lim && nb_limits_late(r->lim)) return -1;
    PopplerPage *pg = P->document_get_page(r->doc, page);
    if (!pg) return -1;
    double w = 0, h = 0, scale = RULE_SCALE;
    P->page_get_size(pg, &w, &h);
    if (!(w >= 1 && h >= 1 && w <= 20000 && h <= 20000)) {
        P->object_unref(pg);
        return -1;
    }
    if (w * h * scale * scale > RULE_MAX_PIXELS) scale = sqrt(RULE_MAX_PIXELS / (w * h));
    int pw = (int)ceil(w * scale), ph = (int)ceil(h * scale);
    cairo_surface_t *s = P->image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
    int ok = P->surface_status(s) == CAIRO_STATUS_SUCCESS;
    if (ok) {
        cairo_t *cr = P->create(s);
        P->set_source_rgb(cr, 1, 1, 1);
        P->paint(cr);
        P->scale(cr, scale, scale);
        P->page_render(pg, cr);
        P->destroy(cr);
        P->surface_flush(s);
        nb_rules_from_picture(P->image_surface_get_data(s), pw, ph, P->image_surface_get_stride(s), scale,
                              RULE_MIN_LEN, out);
    }
    P->surface_destroy(s);
    P->object_unref(pg);
    return ok ? 0 : -1;
}

/* The glyphs a page that holds a table cuts (nb_page_cut_fn): at its edges, and at the edges of what
 * it draws, within the clip a browser's print sets at its margins (pdfclip.h). */
static void page_cut(void *ctx, int page, nb_glyph *g, size_t n)
{
    ruler *r = ctx;
    const nb_poppler *P = r->P;
    if (!P->page_get_bounding_box || (r->lim && nb_limits_late(r->lim))) return;
    PopplerPage *pg = P->document_get_page(r->doc, page);
    if (!pg) return;
    nb_page_view v = {0, 1, 0};
    double h = 0;
    PopplerRectangle drawn;
    P->page_get_size(pg, &v.width, &h);
    if (P->page_get_bounding_box(pg, &drawn)) {
        v.drawn_x1 = fmin(drawn.x1, drawn.x2);
        v.drawn_x2 = fmax(drawn.x1, drawn.x2);
        double f1, f2; /* the text fields are drawn too, outside that box */
        if (nb_pdf_form_across(P, pg, &f1, &f2)) {
            v.drawn_x1 = fmin(v.drawn_x1, f1);
            v.drawn_x2 = fmax(v.drawn_x2, f2);
        }
    }
    r->cut[page] = nb_pdf_mark_cut(g, n, &v);
    P->object_unref(pg);
}

/* A diagnostic for the characters the pages cut (cut[page]), if any. */
static void say_cut(const size_t *cut, int np, nb_enc_diag_fn diag, void *ctx)
{
    size_t chars = 0;
    int pages = 0;
    for (int i = 0; i < np; i++) {
        chars += cut[i];
        pages += cut[i] > 0;
    }
    if (!chars) return;
    char msg[200];
    snprintf(msg, sizeof msg,
             "%zu character%s cut at the edge of what %d page%s show%s (a table wider than the page?): "
             "cells cut there are written with … and left null",
             chars, chars == 1 ? "" : "s", pages, pages == 1 ? "" : "s", pages == 1 ? "s" : "");
    diag(ctx, "warning", "pdf-cut", msg, 0);
}

int nb_pdf_to_text(const unsigned char *in, size_t n, const nb_limits *lim, nb_text *out, nb_enc_diag_fn diag,
                   void *ctx, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (err && errlen) err[0] = 0;
    const nb_poppler *P = nb_poppler_load(err, errlen);
    if (!P) return -1;
    GBytes *bytes = P->bytes_new_static(in, n); /* the caller's bytes outlive the document */
    GError *ge = NULL;
    PopplerDocument *doc = P->document_new_from_bytes(bytes, NULL, &ge);
    if (!doc) {
        if (ge && ge->domain == P->error_quark() && ge->code == POPPLER_ERROR_ENCRYPTED)
            snprintf(err, errlen, "encrypted PDF: it needs a password, and nianbao does not decrypt");
        else
            snprintf(err, errlen, "broken PDF: %s", ge && ge->message ? ge->message : "poppler cannot open it");
        if (ge) P->error_free(ge);
        P->bytes_unref(bytes);
        return -1;
    }
    int np = P->document_get_n_pages(doc);
    glyphs gs = {0};
    size_t *cut = calloc(np > 0 ? (size_t)np : 1, sizeof *cut);
    if (!cut) nb_oom();
    for (int i = 0; i < np; i++) {
        if (lim && nb_limits_late(lim)) { /* a page is where poppler's work can stop */
            char where[64];
            snprintf(where, sizeof where, "before page %d of %d", i + 1, np);
            nb_limits_time_error(lim, where, err, errlen);
            free(gs.v);
            free(cut);
            P->object_unref(doc);
            P->bytes_unref(bytes);
            return -1;
        }
        PopplerPage *pg = P->document_get_page(doc, i);
        if (!pg) continue;
        cut[i] = page_glyphs(P, pg, i, &gs);
        P->object_unref(pg);
    }
    if (np <= 0 || gs.n == 0) {
        free(gs.v);
        free(cut);
        P->object_unref(doc);
        P->bytes_unref(bytes);
        snprintf(err, errlen, np <= 0 ? "PDF without pages"
                                      : "no text layer: scanned PDF? nianbao does not OCR (the pages hold no text)");
        return -1;
    }
    nb_buf b;
    nb_buf_init(&b);
    ruler rl = {P, doc, lim, cut};
    size_t dropped = nb_pdf_rows_cut(gs.v, gs.n, np, page_rules, page_cut, &rl, &b);
    free(gs.v);
    P->object_unref(doc);
    P->bytes_unref(bytes);
    if (dropped && diag) {
        char msg[96];
        snprintf(msg, sizeof msg, "dropped %zu page number%s at the foot of pages", dropped, dropped == 1 ? "" : "s");
        diag(ctx, "info", "pdf-page-numbers", msg, 0);
    }
    if (diag) say_cut(cut, np, diag, ctx);
    free(cut);
    out->data = b.data;
    out->len = b.len;
    out->encoding = "utf-8";
    return 0;
}
