/* docx_int.h — the inside of the Word reader, shared by its files: docx.c (the body) and
 * docx_control.c (the values of form controls). */
#ifndef NB_DOCX_INT_H
#define NB_DOCX_INT_H
#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "encoding.h"
#include "zipread.h"

/* A part's XML, parsed without network, DTD loading or entity expansion, recovering what it can;
 * NULL when the part is missing (*missing set) or cannot be parsed at all (err set). tmp holds the
 * part's bytes. (docx.c) */
xmlDoc *nb_docx_parse_part(nb_zip *z, const char *name, size_t cap, nb_buf *tmp, const nb_enc_sink *d, int *missing,
                           char *err, size_t errlen);

/* A part name: without the leading '/', a relative target resolved against dir, "../" taken back.
 * (docx.c) */
void nb_docx_join_part(const char *dir, const char *target, char *out, size_t cap);

/* The target of the relationship of that Id whose type ends in suffix (not an external one),
 * resolved against dir; 0 if none. (docx.c) */
int nb_docx_rel_by_id(xmlDoc *rels, const char *dir, const char *id, const char *suffix, char *out, size_t cap);

/* The text a form control of the main part shows (w:control r:id="id", the main part's relationships
 * in rels, its folder dir): 0 and the value (UTF-8) in out; -1 and a one-line reason in why when the
 * control is no Forms 2.0 text box, or its parts are missing or malformed. (docx_control.c) */
int nb_docx_control_value(nb_zip *z, xmlDoc *rels, const char *dir, const char *id, nb_buf *out, char *why,
                          size_t whylen);

#endif
