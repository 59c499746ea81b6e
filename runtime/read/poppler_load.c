/* poppler_load.c — poppler-glib opened on first use; see poppler_load.h. */
#include "poppler_load.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#ifndef NB_POPPLER_SONAME
#error "the build passes NB_POPPLER_SONAME, the name of poppler-glib to dlopen (libpoppler-glib.so.8)"
#endif

/* Process-wide by nature: a shared library is loaded once for all threads. Written once, under
 * pthread_once, and only read afterwards. */
static nb_poppler fns;
static char load_error[256];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
    void *h = dlopen(NB_POPPLER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(load_error, sizeof load_error, "reading PDF needs poppler-glib: %s", dlerror());
        return;
    }
    /* The glib and cairo functions are found through poppler-glib's own dependencies. Each function pointer is
     * written as POSIX's dlsym page shows, through a void * lvalue. */
    static const struct {
        const char *name;
        size_t offset;
    } syms[] = {
#define SYM(field, name) {name, offsetof(nb_poppler, field)}
        SYM(document_new_from_bytes, "poppler_document_new_from_bytes"),
        SYM(document_get_n_pages, "poppler_document_get_n_pages"),
        SYM(document_get_page, "poppler_document_get_page"),
        SYM(page_get_text, "poppler_page_get_text"),
        SYM(page_get_text_layout, "poppler_page_get_text_layout"),
        SYM(error_quark, "poppler_error_quark"),
        SYM(bytes_new_static, "g_bytes_new_static"),
        SYM(bytes_unref, "g_bytes_unref"),
        SYM(error_free, "g_error_free"),
        SYM(free, "g_free"),
        SYM(object_unref, "g_object_unref"),
        SYM(page_get_size, "poppler_page_get_size"),
        SYM(page_render, "poppler_page_render"),
        SYM(page_get_form_field_mapping, "poppler_page_get_form_field_mapping"),
        SYM(page_free_form_field_mapping, "poppler_page_free_form_field_mapping"),
        SYM(form_field_get_field_type, "poppler_form_field_get_field_type"),
        SYM(form_field_text_get_text_type, "poppler_form_field_text_get_text_type"),
        SYM(form_field_text_get_text, "poppler_form_field_text_get_text"),
        SYM(form_field_text_is_password, "poppler_form_field_text_is_password"),
        SYM(form_field_get_font_size, "poppler_form_field_get_font_size"),
        SYM(page_get_annot_mapping, "poppler_page_get_annot_mapping"),
        SYM(page_free_annot_mapping, "poppler_page_free_annot_mapping"),
        SYM(annot_get_annot_type, "poppler_annot_get_annot_type"),
        SYM(annot_get_flags, "poppler_annot_get_flags"),
        SYM(page_get_crop_box, "poppler_page_get_crop_box"),
        SYM(image_surface_create, "cairo_image_surface_create"),
        SYM(surface_status, "cairo_surface_status"),
        SYM(surface_flush, "cairo_surface_flush"),
        SYM(image_surface_get_data, "cairo_image_surface_get_data"),
        SYM(image_surface_get_stride, "cairo_image_surface_get_stride"),
        SYM(surface_destroy, "cairo_surface_destroy"),
        SYM(create, "cairo_create"),
        SYM(scale, "cairo_scale"),
        SYM(set_source_rgb, "cairo_set_source_rgb"),
        SYM(paint, "cairo_paint"),
        SYM(destroy, "cairo_destroy"),
#undef SYM
    };
    nb_poppler f;
    for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
        void *p = dlsym(h, syms[i].name);
        if (!p) {
            snprintf(load_error, sizeof load_error, "reading PDF needs poppler-glib (%s), which lacks %s",
                     NB_POPPLER_SONAME, syms[i].name);
            dlclose(h);
            return;
        }
        *(void **)((char *)&f + syms[i].offset) = p;
    }
    *(void **)&f.page_get_bounding_box = dlsym(h, "poppler_page_get_bounding_box"); /* optional */
    fns = f;
}

const nb_poppler *nb_poppler_load(char *err, size_t errlen)
{
    pthread_once(&once, load);
    if (load_error[0]) {
        if (err && errlen) snprintf(err, errlen, "%s", load_error);
        return NULL;
    }
    return &fns;
}
