/* ole2.c — the directory and the streams of an OLE2 compound file (see ole2.h; [MS-CFB] for the
 * layout). */
#include "ole2.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "le.h"

#define ENDOFCHAIN 0xFFFFFFFEu


typedef struct cfb {
    const unsigned char *in;
    size_t n, ssize, nsect;
} cfb;

static const unsigned char *sector(const cfb *c, uint32_t s)
{
    return s < c->nsect ? c->in + ((size_t)s + 1) * c->ssize : NULL;
}

/* The i-th FAT sector's number: from the header's 109 entries, then the DIFAT chain. */
static uint32_t fat_sector(const cfb *c, size_t i)
{
    if (i < 109) return nb_le32(c->in + 0x4C + 4 * i);
    size_t per = c->ssize / 4 - 1;
    i -= 109;
    uint32_t s = nb_le32(c->in + 0x44);
    for (size_t hops = 0; hops < c->nsect; hops++) {
        const unsigned char *d = sector(c, s);
        if (!d) return ENDOFCHAIN;
        if (i < per) return nb_le32(d + 4 * i);
        i -= per;
        s = nb_le32(d + 4 * per);
    }
    return ENDOFCHAIN;
}

static uint32_t next_sector(const cfb *c, uint32_t s)
{
    size_t per = c->ssize / 4;
    const unsigned char *f = sector(c, fat_sector(c, s / per));
    return f ? nb_le32(f + 4 * (s % per)) : ENDOFCHAIN;
}

/* Whether a directory name (UTF-16LE, len bytes with the terminator) is the ASCII name given. */
static int named(const unsigned char *e, unsigned len, const char *name)
{
    size_t k = strlen(name);
    if (len != 2 * (k + 1) || len > 64) return 0;
    for (size_t i = 0; i < k; i++)
        if (e[2 * i] != (unsigned char)name[i] || e[2 * i + 1]) return 0;
    return 1;
}

int nb_ole2_scan(const unsigned char *in, size_t n, nb_ole2 *out)
{
    memset(out, 0, sizeof *out);
    if (n < 512 || memcmp(in, NB_OLE2_MAGIC, 8) != 0) return -1;
    unsigned shift = nb_le16(in + 0x1E);
    if (shift != 9 && shift != 12) return -1;
    cfb c = {in, n, (size_t)1 << shift, 0};
    if (n < c.ssize) return -1;
    c.nsect = n / c.ssize - 1;
    uint32_t cutoff = nb_le32(in + 0x38);
    uint32_t s = nb_le32(in + 0x30);
    int entries = 0;
    for (size_t hops = 0; hops < c.nsect && s != ENDOFCHAIN; hops++, s = next_sector(&c, s)) {
        const unsigned char *d = sector(&c, s);
        if (!d) break;
        for (size_t off = 0; off + 128 <= c.ssize; off += 128) {
            const unsigned char *e = d + off;
            unsigned len = nb_le16(e + 0x40), type = e[0x42];
            if (type != 1 && type != 2 && type != 5) continue;
            entries++;
            if (type != 2) continue;
            if (named(e, len, "EncryptionInfo") || named(e, len, "EncryptedPackage")) out->encrypted = 1;
            if (named(e, len, "Workbook") || named(e, len, "Book")) out->excel = 1;
            if (named(e, len, "PowerPoint Document")) out->powerpoint = 1;
            if (named(e, len, "CONTENTS")) out->works = 1;
            if (named(e, len, "WordDocument")) {
                out->word = 1;
                /* the FIB at the stream's start: wIdent A5EC, then flags with fEncrypted (0x0100);
                   a stream this large lives in regular sectors */
                uint32_t size = nb_le32(e + 0x78);
                const unsigned char *fib = size >= cutoff ? sector(&c, nb_le32(e + 0x74)) : NULL;
                if (fib && nb_le16(fib) == 0xA5EC && (nb_le16(fib + 0x0A) & 0x0100)) out->encrypted = 1;
            }
        }
    }
    return entries ? 0 : -1;
}

/* ------------------------------------------------------------------------------------------------ */
/* one stream's bytes */

/* size bytes of the chain of regular sectors from s into out (appended); -1 when the chain ends
   early, leaves the file or comes back to a sector it went through (a loop). */
static int read_chain(const cfb *c, uint32_t s, size_t size, nb_buf *out)
{
    unsigned char *seen = size ? calloc(c->nsect, 1) : NULL;
    if (size && !seen) nb_oom();
    int rc = 0;
    for (; size > 0; s = next_sector(c, s)) {
        const unsigned char *d = sector(c, s);
        if (!d || seen[s]++) {
            rc = -1;
            break;
        }
        size_t k = size < c->ssize ? size : c->ssize;
        nb_buf_put(out, d, k);
        size -= k;
    }
    free(seen);
    return rc;
}

/* A stream under the cutoff lives in the mini stream (the root entry's chain), in 64-byte mini
   sectors chained by the mini FAT (a chain of regular sectors of its own). */
static int read_mini(const cfb *c, const unsigned char *root, uint32_t s, size_t size, nb_buf *out)
{
    unsigned mshift = nb_le16(c->in + 0x20);
    if (mshift != 6) return -1;
    size_t msize = (size_t)1 << mshift, nmini = nb_le32(c->in + 0x40);
    uint32_t root_size = nb_le32(root + 0x78);
    if (nmini > c->nsect || root_size > c->nsect * c->ssize) return -1;
    nb_buf fat, mini;
    nb_buf_init(&fat);
    nb_buf_init(&mini);
    int rc = read_chain(c, nb_le32(c->in + 0x3C), nmini * c->ssize, &fat) || read_chain(c, nb_le32(root + 0x74), root_size, &mini)
                 ? -1
                 : 0;
    size_t entries = fat.len / 4, nms = mini.len / msize;
    unsigned char *seen = calloc(nms + 1, 1); /* the mini sectors gone through: a loop is refused */
    if (!seen) nb_oom();
    while (rc == 0 && size > 0) {
        if (s >= nms || s >= entries || seen[s]++) {
            rc = -1;
            break;
        }
        size_t k = size < msize ? size : msize;
        nb_buf_put(out, mini.data + (size_t)s * msize, k);
        size -= k;
        s = nb_le32((const unsigned char *)fat.data + 4 * (size_t)s);
    }
    free(seen);
    nb_buf_free(&fat);
    nb_buf_free(&mini);
    return rc;
}

int nb_ole2_stream(const unsigned char *in, size_t n, const char *name, size_t cap, nb_buf *out)
{
    out->len = 0;
    if (n < 512 || memcmp(in, NB_OLE2_MAGIC, 8) != 0) return -1;
    unsigned shift = nb_le16(in + 0x1E);
    if (shift != 9 && shift != 12) return -1;
    cfb c = {in, n, (size_t)1 << shift, 0};
    if (n < 2 * c.ssize) return -1;
    c.nsect = n / c.ssize - 1;
    uint32_t cutoff = nb_le32(in + 0x38), s = nb_le32(in + 0x30);
    const unsigned char *root = NULL;
    for (size_t hops = 0; hops < c.nsect && s != ENDOFCHAIN; hops++, s = next_sector(&c, s)) {
        const unsigned char *d = sector(&c, s);
        if (!d) return -1;
        for (size_t off = 0; off + 128 <= c.ssize; off += 128) {
            const unsigned char *e = d + off;
            unsigned len = nb_le16(e + 0x40), type = e[0x42];
            if (type == 5 && !root) root = e;
            if (type != 2 || !named(e, len, name)) continue;
            uint32_t size = nb_le32(e + 0x78);
            if (nb_le32(e + 0x7C) && shift == 12) return -1; /* over 4 GB: no stream of ours */
            if (size > cap || size > n) return -1;
            if (size >= cutoff) return read_chain(&c, nb_le32(e + 0x74), size, out) ? -1 : 0;
            return root ? read_mini(&c, root, nb_le32(e + 0x74), size, out) : -1;
        }
    }
    return 1;
}
