/* test_activex.c — runtime/read/ole2.c's nb_ole2_stream and oforms.c: the value of a Forms 2.0 text
 * box as LibreOffice Writer saves a page's <input value> in a .docx (word/activeX/activeXN.bin: a
 * compound file of 512-byte sectors whose `contents` stream, 104 bytes, lives in the mini stream).
 * Broken files (cut short, a chain loop, a size out of range, another kind of control) give no value
 * and never a read out of bounds. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "ole2.h"
#include "oforms.h"

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}
static void put16(unsigned char *p, unsigned v) { p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8); }

/* A MorphDataControl as Writer writes a text box (PropMask 0x82400347: VariousPropertyBits,
 * BackColor, ForeColor, DisplayStyle 1, Size, PasswordChar, Value, BorderColor): the value as
 * UTF-16LE, or compressed (one byte a character). Returns its length. */
static size_t morph(unsigned char *p, const char *value, unsigned display, unsigned password, int compressed)
{
    size_t vlen = strlen(value), bytes = compressed ? vlen : 2 * vlen, pad = (4 - bytes % 4) % 4;
    memset(p, 0, 64 + bytes + pad);
    p[0] = 0, p[1] = 2;
    put16(p + 2, (unsigned)(8 + 24 + 8 + bytes + pad));
    put32(p + 4, 0x82400347u);
    put32(p + 12, 0x2c00081bu);
    put32(p + 16, 0x80000005u);
    p[24] = (unsigned char)display;
    put16(p + 26, password);
    put32(p + 28, (uint32_t)bytes | (compressed ? 0x80000000u : 0));
    put32(p + 36, 0x422), put32(p + 40, 0x2ca); /* the ExtraDataBlock: Size, then the Value */
    for (size_t i = 0; i < vlen; i++) {
        if (compressed) p[44 + i] = (unsigned char)value[i];
        else p[44 + 2 * i] = (unsigned char)value[i];
    }
    return 44 + bytes + pad;
}

/* The compound file: sector 0 the FAT, 1 the mini FAT, 2 the mini stream, 3 the directory (Root
 * Entry, contents). */
static size_t cfb(unsigned char *f, const unsigned char *contents, size_t n)
{
    memset(f, 0, 5 * 512);
    memcpy(f, NB_OLE2_MAGIC, 8);
    put16(f + 0x18, 0x3E), put16(f + 0x1A, 3), put16(f + 0x1C, 0xFFFE), put16(f + 0x1E, 9), put16(f + 0x20, 6);
    put32(f + 0x2C, 1), put32(f + 0x30, 3), put32(f + 0x38, 4096), put32(f + 0x3C, 1), put32(f + 0x40, 1);
    put32(f + 0x44, 0xFFFFFFFEu);
    memset(f + 0x4C, 0xFF, 4 * 109);
    put32(f + 0x4C, 0);
    unsigned char *fat = f + 512, *minifat = f + 1024, *mini = f + 1536, *dir = f + 2048;
    memset(fat, 0xFF, 512);
    put32(fat, 0xFFFFFFFDu), put32(fat + 4, 0xFFFFFFFEu), put32(fat + 8, 0xFFFFFFFEu), put32(fat + 12, 0xFFFFFFFEu);
    memset(minifat, 0xFF, 512);
    size_t k = (n + 63) / 64;
    for (size_t i = 0; i < k; i++) put32(minifat + 4 * i, i + 1 < k ? (uint32_t)(i + 1) : 0xFFFFFFFEu);
    memcpy(mini, contents, n);
    const char *names[2] = {"Root Entry", "contents"};
    for (int e = 0; e < 2; e++) {
        unsigned char *d = dir + 128 * e;
        size_t len = strlen(names[e]);
        for (size_t i = 0; i < len; i++) d[2 * i] = (unsigned char)names[e][i];
        put16(d + 0x40, (unsigned)(2 * (len + 1)));
        d[0x42] = e ? 2 : 5;
        put32(d + 0x44, 0xFFFFFFFFu), put32(d + 0x48, 0xFFFFFFFFu), put32(d + 0x4C, e ? 0xFFFFFFFFu : 1);
        put32(d + 0x74, e ? 0 : 2);
        put32(d + 0x78, e ? (uint32_t)n : (uint32_t)(k * 64));
    }
    return 5 * 512;
}

/* The value read from the file, or NULL (why set). */
static const char *value_of(const unsigned char *f, size_t n, nb_buf *stream, nb_buf *out, const char **why)
{
    *why = NULL;
    if (nb_ole2_stream(f, n, "contents", 1 << 16, stream) != 0) return *why = "stream", NULL;
    if (nb_oforms_textbox_value((const unsigned char *)stream->data, stream->len, out, why) != 0) return NULL;
    return out->data ? out->data : "";
}

int main(void)
{
    unsigned char m[256], f[5 * 512], g[5 * 512];
    nb_buf s, v;
    nb_buf_init(&s);
    nb_buf_init(&v);
    const char *why, *got;

    size_t n = cfb(f, m, morph(m, "3416", 1, 0, 0));
    got = value_of(f, n, &s, &v, &why);
    CHECK(got && !strcmp(got, "3416"));
    CHECK(s.len == 44 + 8);
    n = cfb(f, m, morph(m, "0", 1, 0, 0)); /* "0": 2 bytes, padded to 4 */
    got = value_of(f, n, &s, &v, &why);
    CHECK(got && !strcmp(got, "0"));
    n = cfb(f, m, morph(m, "128", 1, 0, 1)); /* compressed: one byte a character */
    got = value_of(f, n, &s, &v, &why);
    CHECK(got && !strcmp(got, "128"));
    /* a value over one mini sector: its chain of two */
    n = cfb(f, m, morph(m, "1234567890123456789012", 1, 0, 0));
    got = value_of(f, n, &s, &v, &why);
    CHECK(got && !strcmp(got, "1234567890123456789012"));

    /* not a text box: a check box (DisplayStyle 4), a combo box (3), a password box */
    n = cfb(f, m, morph(m, "1", 4, 0, 0));
    CHECK(!value_of(f, n, &s, &v, &why) && strstr(why, "no text box"));
    n = cfb(f, m, morph(m, "7", 3, 0, 0));
    CHECK(!value_of(f, n, &s, &v, &why) && strstr(why, "no text box"));
    n = cfb(f, m, morph(m, "8642", 1, '*', 0));
    CHECK(!value_of(f, n, &s, &v, &why) && strstr(why, "password"));

    /* the MorphDataControl broken, one field at a time: the reason names what is wrong */
    static const struct {
        size_t at;
        int width; /* bytes written, little-endian */
        uint32_t value;
        const char *says;
    } broken[] = {
        {1, 1, 1, "version"},                     /* version 1.0 */
        {2, 2, 0xFFF0, "cut short"},              /* cbMorphData past the stream */
        {28, 4, 0x7FFFFFF0u, "Value runs past"},  /* the Value's length past cbMorphData */
        {8, 4, 0x10, "PropMask"},                 /* a PropMask bit no MorphDataControl has */
        {44, 2, 0xDC00, "UTF-16"},                /* a lone low surrogate */
    };
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
        size_t k = morph(m, "3416", 1, 0, 0);
        if (broken[i].width == 1) m[broken[i].at] = (unsigned char)broken[i].value;
        else if (broken[i].width == 2) put16(m + broken[i].at, broken[i].value);
        else put32(m + broken[i].at, broken[i].value);
        n = cfb(f, m, k);
        CHECK(!value_of(f, n, &s, &v, &why) && strstr(why, broken[i].says));
    }
    CHECK(nb_oforms_textbox_value(m, 11, &v, &why) < 0); /* shorter than the header */

    /* the compound file broken */
    n = cfb(f, m, morph(m, "3416", 1, 0, 0));
    for (size_t cut = 0; cut < n; cut += 97) { /* cut anywhere: no value or the value, never a crash */
        got = value_of(f, cut, &s, &v, &why);
        CHECK(!got || !strcmp(got, "3416"));
    }
    CHECK(!value_of(f, 2048, &s, &v, &why)); /* without its directory */
    memcpy(g, f, n);
    put32(g + 512 + 4 * 3, 3); /* the directory's chain: a loop onto itself */
    CHECK(nb_ole2_stream(g, n, "nothing", 1 << 16, &s) == 1); /* bounded: ends, finds no such stream */
    n = cfb(f, m, morph(m, "1234567890123456789012", 1, 0, 0)); /* two mini sectors */
    memcpy(g, f, n);
    put32(g + 1024, 0); /* the mini FAT: mini sector 0 points to itself */
    CHECK(!value_of(g, n, &s, &v, &why) && !strcmp(why, "stream"));
    memcpy(g, f, n);
    put32(g + 512 + 4 * 2, 2); /* the mini stream's chain (one sector): onto itself, and longer than it */
    put32(g + 2048 + 0x78, 1024);
    CHECK(!value_of(g, n, &s, &v, &why) && !strcmp(why, "stream"));
    memcpy(g, f, n);
    put32(g + 2048 + 128 + 0x78, 0x7FFFFFF0u); /* the stream's size past the file */
    CHECK(!value_of(g, n, &s, &v, &why) && !strcmp(why, "stream"));
    CHECK(nb_ole2_stream(g, n, "contents", 1 << 16, &s) < 0);
    memcpy(g, f, n);
    put32(g + 2048 + 128 + 0x78, 5000); /* over the cutoff: regular sectors, a chain that ends early */
    CHECK(nb_ole2_stream(g, n, "contents", 1 << 16, &s) < 0);
    memcpy(g, f, n);
    put32(g + 2048 + 0x74, 40); /* the mini stream's first sector out of the file */
    CHECK(nb_ole2_stream(g, n, "contents", 1 << 16, &s) < 0);
    memcpy(g, f, n);
    put16(g + 0x20, 12); /* a mini sector size no file has */
    CHECK(nb_ole2_stream(g, n, "contents", 1 << 16, &s) < 0);
    CHECK(nb_ole2_stream(f, n, "contents", 10, &s) < 0); /* over the cap */

    nb_buf_free(&s);
    nb_buf_free(&v);
    return check_summary();
}
