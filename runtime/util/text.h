/* text.h — a report's decoded text: UTF-8, NUL-terminated, owned (the readers make it, the model
 * keeps it, spans index into it). */
#ifndef NB_TEXT_H
#define NB_TEXT_H
#include <stddef.h>

typedef struct nb_text {
    char *data;            /* UTF-8, NUL-terminated (data[len] == 0), owned, free with nb_text_free */
    size_t len;            /* bytes, without the terminator */
    const char *encoding;  /* static string naming what was used: "utf-8", "utf-16le", "utf-16be", "gb18030",
                              "big5", "iso-8859-1", ... (lower case) */
    int had_bom;           /* 1 if a BOM was stripped */
    struct nb_hant_map *hant; /* NULL, or how to put back the traditional characters data was read
                                 in (read/hant.h: data holds their simplified reading until then) */
} nb_text;

#endif
