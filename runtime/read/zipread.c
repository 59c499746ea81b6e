/* zipread.c — bounded reads of a ZIP package through libzip (see zipread.h). */
#include "zipread.h"

#include <stdio.h>
#include <stdlib.h>
#include <zip.h>

#include "grow.h"

struct nb_zip {
    zip_t *za;
    size_t total; /* uncompressed bytes handed out so far */
};

nb_zip *nb_zip_open(const unsigned char *in, size_t n, char *err, size_t errlen)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(in, n, 0, &ze);
    if (!src) {
        snprintf(err, errlen, "cannot read the ZIP archive (%s)", zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return NULL;
    }
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!za) {
        snprintf(err, errlen, "corrupt or truncated ZIP archive (%s)", zip_error_strerror(&ze));
        zip_source_free(src);
        zip_error_fini(&ze);
        return NULL;
    }
    zip_error_fini(&ze);
    nb_zip *z = calloc(1, sizeof *z);
    if (!z) nb_oom();
    z->za = za;
    return z;
}

void nb_zip_close(nb_zip *z)
{
    if (!z) return;
    zip_discard(z->za); /* read-only: nothing to write back */
    free(z);
}

int nb_zip_has(nb_zip *z, const char *name) { return zip_name_locate(z->za, name, ZIP_FL_NOCASE) >= 0; }

static int bomb(size_t got, zip_uint64_t comp)
{
    return got > (1u << 20) && (comp == 0 || got / comp > NB_ZIP_RATIO_MAX);
}

int nb_zip_read(nb_zip *z, const char *name, size_t cap, nb_buf *out, int *crc_bad, char *err, size_t errlen)
{
    if (!cap || cap > NB_ZIP_PART_MAX) cap = NB_ZIP_PART_MAX;
    out->len = 0;
    *crc_bad = 0;
    zip_int64_t i = zip_name_locate(z->za, name, ZIP_FL_NOCASE);
    if (i < 0) return 1;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z->za, (zip_uint64_t)i, 0, &st) != 0) {
        snprintf(err, errlen, "corrupt ZIP archive: %s (%s)", name, zip_strerror(z->za));
        return -1;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        snprintf(err, errlen, "encrypted document (%s is encrypted in the ZIP archive)", name);
        return -1;
    }
    zip_uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    /* the sizes the archive declares are checked first, the bytes actually inflated as they come:
       a lying header gets no further than the caps */
    if ((st.valid & ZIP_STAT_SIZE) &&
        (st.size > cap || st.size > NB_ZIP_TOTAL_MAX - z->total || bomb((size_t)st.size, comp))) {
        if (st.size > cap && !bomb((size_t)st.size, comp))
            snprintf(err, errlen, "%s is too large: %llu bytes (limit %zu MB)", name, (unsigned long long)st.size,
                     cap >> 20);
        else
            snprintf(err, errlen,
                     "zip bomb refused: %s would inflate to %llu bytes from %llu (limits: %zu MB this part, %u MB "
                     "in all, ratio %d)",
                     name, (unsigned long long)st.size, (unsigned long long)comp, cap >> 20, NB_ZIP_TOTAL_MAX >> 20,
                     NB_ZIP_RATIO_MAX);
        return -1;
    }
    zip_file_t *f = zip_fopen_index(z->za, (zip_uint64_t)i, 0);
    if (!f) {
        int ze = zip_error_code_zip(zip_get_error(z->za));
        if (ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD || ze == ZIP_ER_ENCRNOTSUPP)
            snprintf(err, errlen, "encrypted document (%s is encrypted in the ZIP archive)", name);
        else
            snprintf(err, errlen, "corrupt ZIP archive: cannot open %s (%s)", name, zip_strerror(z->za));
        return -1;
    }
    int rc = 0;
    for (;;) {
        nb_buf_reserve(out, 65536);
        zip_int64_t k = zip_fread(f, out->data + out->len, 65536);
        if (k < 0) {
            zip_error_t *e = zip_file_get_error(f);
            if (zip_error_code_zip(e) == ZIP_ER_CRC) {
                *crc_bad = 1;
            } else {
                snprintf(err, errlen, "corrupt or truncated ZIP archive: %s (%s)", name, zip_error_strerror(e));
                rc = -1;
            }
            break;
        }
        if (k == 0) break;
        out->len += (size_t)k;
        if (out->len > cap || out->len > NB_ZIP_TOTAL_MAX - z->total || bomb(out->len, comp)) {
            snprintf(err, errlen, "zip bomb refused: %s inflates past %zu bytes from %llu (limits: %zu MB this part, %u "
                                  "MB in all, ratio %d)",
                     name, out->len, (unsigned long long)comp, cap >> 20, NB_ZIP_TOTAL_MAX >> 20,
                     NB_ZIP_RATIO_MAX);
            rc = -1;
            break;
        }
    }
    zip_fclose(f);
    if (out->data) out->data[out->len] = 0;
    if (rc == 0) z->total += out->len;
    return rc;
}
