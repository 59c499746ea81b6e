/* ole2.h — what an OLE2 compound file (D0 CF 11 E0: Word 97-2003 .doc, .wps, .xls, .ppt, and the
 * wrapper Office puts around an encrypted .docx) holds: the names of its streams, and for a Word
 * document whether it is encrypted; and one stream's bytes (an ActiveX control's `contents`). Only
 * the header, the FAT, the mini FAT and the directory are read, every chain bounded by the file's
 * size. */
#ifndef NB_OLE2_H
#define NB_OLE2_H
#include <stddef.h>

#include "buf.h"

#define NB_OLE2_MAGIC "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

typedef struct nb_ole2 {
    int word;      /* a WordDocument stream: Word 97-2003 (or WPS, which writes the same) */
    int works;     /* CONTENTS: a Microsoft Works word-processor file (.wps) */
    int excel;     /* Workbook or Book */
    int powerpoint;
    int encrypted; /* EncryptionInfo / EncryptedPackage, or a WordDocument whose FIB says fEncrypted */
} nb_ole2;

/* 0 and *out filled, or -1 when the file is no readable compound file. */
int nb_ole2_scan(const unsigned char *in, size_t n, nb_ole2 *out);

/* The bytes of the stream of that name (ASCII, as the directory writes it; a storage's streams are
 * all searched) into out, replacing what it held: 0 read, 1 no such stream, -1 no readable compound
 * file, the stream over cap bytes, or its chain broken (out of the file, too short, a loop). */
int nb_ole2_stream(const unsigned char *in, size_t n, const char *name, size_t cap, nb_buf *out);

#endif
