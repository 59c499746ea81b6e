/* zipread.h — the parts of a ZIP package (a .docx) read with bounds, through libzip.
 *
 * A package is untrusted: every read is capped (one part, all parts together) and a part that
 * inflates more than a ratio no real document reaches is refused as a zip bomb, before its bytes
 * are all written. Reentrant: one nb_zip per call, no shared state. */
#ifndef NB_ZIPREAD_H
#define NB_ZIPREAD_H
#include <stddef.h>

#include "buf.h"

#define NB_ZIP_PART_MAX (128u << 20)  /* one part, uncompressed */
#define NB_ZIP_TOTAL_MAX (192u << 20) /* all parts read from one package */
#define NB_ZIP_RATIO_MAX 300          /* uncompressed / compressed, for parts over 1 MB */
#define NB_ZIP_AUX_MAX (16u << 20)    /* a part beside the text (numbering, styles): real ones are < 1 MB */

typedef struct nb_zip nb_zip;

/* The package in memory (not copied: in must outlive it), or NULL with a reason in err
 * ("corrupt or truncated ZIP archive (…)"). */
nb_zip *nb_zip_open(const unsigned char *in, size_t n, char *err, size_t errlen);
void nb_zip_close(nb_zip *z);

/* Whether a part of that name exists (names compare without case, as OPC says). */
int nb_zip_has(nb_zip *z, const char *name);

/* The part's bytes into out (replacing what it held), at most cap bytes (0: NB_ZIP_PART_MAX): 0 read,
 * 1 no such part, -1 refused or unreadable with a reason in err (over the cap, zip bomb, encrypted
 * entry, corrupt data). *crc_bad is set when
 * the data inflated whole but its checksum differs (read anyway: best effort). */
int nb_zip_read(nb_zip *z, const char *name, size_t cap, nb_buf *out, int *crc_bad, char *err, size_t errlen);

#endif
