/* pdfform.c — the text a PDF page shows in its form fields (pdfform.h). */
#include "pdfform.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "utf8.h"

/* A field's box and its widget's are the same numbers written twice: equal to far less than this. */
#define SAME_PT 0.01

/* Where the producer lets the viewer size the text (font size 0), it fills about this share of a
 * one-line field's height (Writer's 15.25 pt fields, 10 pt text). */
#define AUTO_SHARE 0.65

/* A character's advance in em: a wide (CJK) one fills its em, a digit or a Latin letter about half
 * (Helvetica's digits: 0.556). */
#define WIDE_EM 1.0
#define NARROW_EM 0.556

/* One text field: its box in the page's own coordinates (PDF points from the crop box's lower left,
 * as poppler_page_get_form_field_mapping gives it) and its value. */
typedef struct field {
    PopplerRectangle box;
    gchar *text;
    double size; /* font size, 0: the viewer's choice */
} field;

/* One widget the page shows: its box as poppler_page_get_annot_mapping gives it (the page as shown,
 * turned by its /Rotate; y upwards). */
typedef struct widget {
    PopplerRectangle box;
    int hidden;
} widget;

/* A box with finite sides, no larger than a page can be (poppler takes a PDF's numbers as they are). */
static int sane_box(const PopplerRectangle *r)
{
    return isfinite(r->x1) && isfinite(r->x2) && isfinite(r->y1) && isfinite(r->y2) && r->x1 < r->x2 &&
           r->y1 < r->y2 && fabs(r->x1) < 1e5 && fabs(r->x2) < 1e5 && fabs(r->y1) < 1e5 && fabs(r->y2) < 1e5;
}

static int same_box(const PopplerRectangle *a, const PopplerRectangle *b)
{
    return fabs(a->x1 - b->x1) < SAME_PT && fabs(a->y1 - b->y1) < SAME_PT && fabs(a->x2 - b->x2) < SAME_PT &&
           fabs(a->y2 - b->y2) < SAME_PT;
}

/* The box of a field on the page turned half round (w, h: the crop box's size). */
static PopplerRectangle half_turned(const PopplerRectangle *r, double w, double h)
{
    PopplerRectangle t = {w - r->x2, h - r->y2, w - r->x1, h - r->y1};
    return t;
}

static int by_left(const void *a, const void *b)
{
    double x = ((const widget *)a)->box.x1, y = ((const widget *)b)->box.x1;
    return (x > y) - (x < y);
}

/* The widget shown in box b, or -1; ws sorted by_left (a page of thousands of fields is not a
 * product of the two counts). */
static long widget_at(const widget *ws, size_t nw, const PopplerRectangle *b)
{
    size_t lo = 0, hi = nw;
    while (lo < hi) { /* the first widget whose left edge is not left of b's by SAME_PT */
        size_t mid = lo + (hi - lo) / 2;
        if (ws[mid].box.x1 <= b->x1 - SAME_PT)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < nw && ws[i].box.x1 < b->x1 + SAME_PT; i++)
        if (same_box(&ws[i].box, b)) return (long)i;
    return -1;
}

static int is_wide(uint32_t c) { return c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC); }

/* The value's characters laid across the field's box (top, bottom: y downwards), centred, in one
 * line: where they do not fit, closer together (the value is the field's, whatever the viewer cuts). */
static size_t lay_out(const field *f, double top, double bottom, int page, size_t idx, nb_glyph **v, size_t *n,
                      size_t *cap)
{
    const unsigned char *p = (const unsigned char *)f->text, *e = p + strlen(f->text);
    double width = f->box.x2 - f->box.x1, height = bottom - top;
    double size = f->size > 0 && f->size < height ? f->size : AUTO_SHARE * height; /* no taller than its box */
    double ems = 0;
    for (const unsigned char *q = p; q < e;) {
        size_t k = nb_u8len(q, e);
        ems += is_wide(nb_u8decode(q, k)) ? WIDE_EM : NARROW_EM;
        q += k;
    }
    if (ems <= 0 || !(size > 0) || !(width > 0)) return 0;
    double scale = ems * size > width ? width / (ems * size) : 1;
    double x = f->box.x1 + (width - ems * size * scale) / 2;
    double y1 = top + (height - size) / 2, y2 = y1 + size;
    size_t added = 0;
    for (size_t i = 0; p < e; i++) {
        size_t k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        double adv = (is_wide(c) ? WIDE_EM : NARROW_EM) * size * scale;
        if (c > ' ' && c != 0x3000 && c != 0xA0) { /* a space only parts what it stands between */
            nb_grow(v, cap, *n, sizeof **v);
            nb_glyph *g = &(*v)[(*n)++];
            *g = (nb_glyph){.x1 = x, .x2 = x + adv, .y1 = y1, .y2 = y2, .c = c, .page = page, .idx = idx + i};
            g->k = (unsigned char)(k <= 4 ? k : 4);
            memcpy(g->u, p, g->k);
            added++;
        }
        x += adv;
        p += k;
    }
    return added;
}

/* The page's text fields that show their value (a password field shows dots, a file field a path). */
static size_t text_fields(const nb_poppler *P, PopplerPage *pg, field **out)
{
    GList *map = P->page_get_form_field_mapping(pg);
    size_t n = 0, cap = 0;
    *out = NULL;
    for (GList *l = map; l; l = l->next) {
        const PopplerFormFieldMapping *m = l->data;
        if (P->form_field_get_field_type(m->field) != POPPLER_FORM_FIELD_TEXT ||
            P->form_field_text_get_text_type(m->field) == POPPLER_FORM_TEXT_FILE_SELECT ||
            P->form_field_text_is_password(m->field))
            continue;
        gchar *t = sane_box(&m->area) ? P->form_field_text_get_text(m->field) : NULL;
        if (!t || !*t) {
            P->free(t);
            continue;
        }
        nb_grow(out, &cap, n, sizeof **out);
        (*out)[n++] = (field){m->area, t, P->form_field_get_font_size(m->field)};
    }
    P->page_free_form_field_mapping(map);
    return n;
}

/* The page's widgets (the boxes that show its fields), as it is shown. */
static size_t widgets(const nb_poppler *P, PopplerPage *pg, widget **out)
{
    GList *map = P->page_get_annot_mapping(pg);
    size_t n = 0, cap = 0;
    *out = NULL;
    for (GList *l = map; l; l = l->next) {
        const PopplerAnnotMapping *m = l->data;
        if (P->annot_get_annot_type(m->annot) != POPPLER_ANNOT_WIDGET || !sane_box(&m->area)) continue;
        PopplerAnnotFlag fl = P->annot_get_flags(m->annot);
        nb_grow(out, &cap, n, sizeof **out);
        (*out)[n++] = (widget){m->area, (fl & (POPPLER_ANNOT_FLAG_HIDDEN | POPPLER_ANNOT_FLAG_NO_VIEW)) != 0};
    }
    P->page_free_annot_mapping(map);
    if (n) qsort(*out, n, sizeof **out, by_left);
    return n;
}

/* The text fields page pg shows, into *out (free each text, then the array); h: the page's height. */
static size_t shown_fields(const nb_poppler *P, PopplerPage *pg, field **out, double *h)
{
    field *fs;
    size_t nf = text_fields(P, pg, &fs), shown = 0;
    *out = fs;
    if (!nf) return 0;
    widget *ws;
    size_t nw = widgets(P, pg, &ws);
    /* The fields' boxes are in the page's own coordinates, the text's as the page is shown: the same
     * only on a page not turned. A page is read so when each field's box is a widget's as it is, and
     * not also when turned half round (a page turned so, its boxes in the same places, cannot be
     * told from one that is not); a turned page's fields, whose text runs up or down it, are left. */
    PopplerRectangle crop;
    double w = 0;
    P->page_get_crop_box(pg, &crop);
    P->page_get_size(pg, &w, h);
    double cw = fabs(crop.x2 - crop.x1), ch = fabs(crop.y2 - crop.y1);
    int as_is = fabs(cw - w) < SAME_PT && fabs(ch - *h) < SAME_PT, turned = 1;
    for (size_t i = 0; i < nf && as_is; i++) {
        PopplerRectangle t = half_turned(&fs[i].box, cw, ch);
        as_is = widget_at(ws, nw, &fs[i].box) >= 0;
        turned = turned && widget_at(ws, nw, &t) >= 0;
    }
    for (size_t i = 0; i < nf; i++) {
        long k = as_is && !turned ? widget_at(ws, nw, &fs[i].box) : -1;
        if (k >= 0 && !ws[k].hidden)
            fs[shown++] = fs[i];
        else
            P->free(fs[i].text);
    }
    free(ws);
    return shown;
}

size_t nb_pdf_form_glyphs(const nb_poppler *P, PopplerPage *pg, int page, size_t idx, nb_glyph **v, size_t *n,
                          size_t *cap)
{
    field *fs;
    double h = 0;
    size_t nf = shown_fields(P, pg, &fs, &h), added = 0;
    for (size_t i = 0; i < nf; i++) {
        added += lay_out(&fs[i], h - fs[i].box.y2, h - fs[i].box.y1, page, idx, v, n, cap);
        idx += strlen(fs[i].text);
        P->free(fs[i].text);
    }
    free(fs);
    return added;
}

int nb_pdf_form_across(const nb_poppler *P, PopplerPage *pg, double *x1, double *x2)
{
    field *fs;
    double h = 0;
    size_t nf = shown_fields(P, pg, &fs, &h);
    for (size_t i = 0; i < nf; i++) {
        *x1 = i ? fmin(*x1, fs[i].box.x1) : fs[i].box.x1;
        *x2 = i ? fmax(*x2, fs[i].box.x2) : fs[i].box.x2;
        P->free(fs[i].text);
    }
    free(fs);
    return nf > 0;
}
