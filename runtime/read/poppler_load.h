/* poppler_load.h — the poppler-glib functions the PDF reader calls, loaded when it first needs them.
 *
 * poppler-glib pulls in about 45 shared libraries (cairo, NSS, X11, image codecs …). Linked into the
 * program, loading and relocating them cost 10 ms at every start, which a run over text files or a
 * filter started once a record (GNU parallel, Hadoop Streaming) pays for nothing. So the library is
 * opened with dlopen the first time a PDF is read, once per process, and only its functions below are
 * looked up. The headers still give the types, so the calls are checked as before. */
#ifndef NB_POPPLER_LOAD_H
#define NB_POPPLER_LOAD_H
#include <stddef.h>

#include <poppler.h>

typedef struct nb_poppler {
    PopplerDocument *(*document_new_from_bytes)(GBytes *bytes, const char *password, GError **error);
    int (*document_get_n_pages)(PopplerDocument *document);
    PopplerPage *(*document_get_page)(PopplerDocument *document, int index);
    char *(*page_get_text)(PopplerPage *page);
    gboolean (*page_get_text_layout)(PopplerPage *page, PopplerRectangle **rectangles, guint *n);
    GQuark (*error_quark)(void);
    GBytes *(*bytes_new_static)(gconstpointer data, gsize size);
    void (*bytes_unref)(GBytes *bytes);
    void (*error_free)(GError *error);
    void (*free)(gpointer mem);
    void (*object_unref)(gpointer object);
    /* a page's picture, where the PDF reader looks for a table's ruled lines (pdfrules.h) */
    void (*page_get_size)(PopplerPage *page, double *width, double *height);
    void (*page_render)(PopplerPage *page, cairo_t *cairo);
    cairo_surface_t *(*image_surface_create)(cairo_format_t format, int width, int height);
    cairo_status_t (*surface_status)(cairo_surface_t *surface);
    void (*surface_flush)(cairo_surface_t *surface);
    unsigned char *(*image_surface_get_data)(cairo_surface_t *surface);
    int (*image_surface_get_stride)(cairo_surface_t *surface);
    void (*surface_destroy)(cairo_surface_t *surface);
    cairo_t *(*create)(cairo_surface_t *target);
    void (*scale)(cairo_t *cr, double sx, double sy);
    void (*set_source_rgb)(cairo_t *cr, double red, double green, double blue);
    void (*paint)(cairo_t *cr);
    void (*destroy)(cairo_t *cr);
    /* the values of a page's text fields and the widgets that show them (pdfform.h) */
    GList *(*page_get_form_field_mapping)(PopplerPage *page);
    void (*page_free_form_field_mapping)(GList *list);
    PopplerFormFieldType (*form_field_get_field_type)(PopplerFormField *field);
    PopplerFormTextType (*form_field_text_get_text_type)(PopplerFormField *field);
    gchar *(*form_field_text_get_text)(PopplerFormField *field);
    gboolean (*form_field_text_is_password)(PopplerFormField *field);
    gdouble (*form_field_get_font_size)(PopplerFormField *field);
    GList *(*page_get_annot_mapping)(PopplerPage *page);
    void (*page_free_annot_mapping)(GList *list);
    PopplerAnnotType (*annot_get_annot_type)(PopplerAnnot *annot);
    PopplerAnnotFlag (*annot_get_flags)(PopplerAnnot *annot);
    void (*page_get_crop_box)(PopplerPage *page, PopplerRectangle *rect);
    /* what a page draws, within its clip (pdfclip.h: text cut at the clip's edge); NULL in a
       poppler older than 0.88, which lacks it: then no text is found cut but past the page's edge */
    gboolean (*page_get_bounding_box)(PopplerPage *page, PopplerRectangle *rect);
} nb_poppler;

/* The functions, or NULL and the reason in err (poppler-glib is not installed, or lacks one). Safe to
 * call from several threads; the first call loads the library. */
const nb_poppler *nb_poppler_load(char *err, size_t errlen);

#endif
