/* oforms.c — a Forms 2.0 text box's value (see oforms.h).
 *
 * A MorphDataControl: MinorVersion 0, MajorVersion 2, cbMorphData (the bytes that follow, up to the
 * fonts), a 64-bit PropMask saying which properties are present, their DataBlock (each present one
 * aligned to its size, in PropMask order), then the ExtraDataBlock: Size (two 32-bit values), Value,
 * Caption, GroupName, each string padded to 4 bytes; its length and whether it is compressed (one
 * byte per character) sit in the DataBlock. */
#include "oforms.h"

#include <stdint.h>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "le.h"

#define BIT_DISPLAY_STYLE 6
#define BIT_SIZE 8
#define BIT_PASSWORD_CHAR 9
#define BIT_VALUE 22
#define DISPLAY_TEXT 1 /* fmDisplayStyleText: a text box; 2 list, 3 combo, 4 check box, 5 option, ... */
#define COMPRESSED 0x80000000u

/* Bytes each PropMask bit takes in the DataBlock (0: none there; Size lives in the ExtraDataBlock). */
static const unsigned char DATA_SIZE[33] = {
    4, 4, 4, 4,       /* VariousPropertyBits, BackColor, ForeColor, MaxLength */
    1, 1, 1, 1,       /* BorderStyle, ScrollBars, DisplayStyle, MousePointer */
    0, 2, 4, 2,       /* Size, PasswordChar, ListWidth, BoundColumn */
    2, 2, 2, 2,       /* TextColumn, ColumnCount, ListRows, cColumnInfo */
    1, 1, 1, 0,       /* MatchEntry, ListStyle, ShowDropButtonWhen, unused */
    1, 1, 4, 4,       /* DropButtonStyle, MultiSelect, Value, Caption (size and compression) */
    4, 4, 4, 2,       /* PicturePosition, BorderColor, SpecialEffect, MouseIcon */
    2, 2, 0, 0,       /* Picture, Accelerator, unused, reserved */
    4,                /* GroupName */
};


static int fail(const char **why, const char *reason)
{
    *why = reason;
    return -1;
}

/* Appends code point c as UTF-8 (ICU's macro: c is a scalar value here). */
static void put_utf8(nb_buf *b, UChar32 c)
{
    uint8_t u[U8_MAX_LENGTH];
    int32_t k = 0;
    U8_APPEND_UNSAFE(u, k, c);
    nb_buf_put(b, u, (size_t)k);
}

/* A stored string: one byte per character (Latin-1) when compressed, else UTF-16LE. */
static int put_string(nb_buf *b, const unsigned char *p, size_t n, int compressed)
{
    if (compressed) {
        for (size_t i = 0; i < n; i++) {
            if (!p[i]) return -1;
            put_utf8(b, p[i]);
        }
        return 0;
    }
    if (n % 2) return -1;
    for (size_t i = 0; i < n; i += 2) {
        UChar32 c = nb_le16(p + i);
        if (U16_IS_TRAIL(c)) return -1;
        if (U16_IS_LEAD(c)) {
            UChar32 lo = i + 4 <= n ? nb_le16(p + i + 2) : 0;
            if (!U16_IS_TRAIL(lo)) return -1;
            c = U16_GET_SUPPLEMENTARY(c, lo);
            i += 2;
        }
        if (c == 0) return -1;
        put_utf8(b, c);
    }
    return 0;
}

int nb_oforms_textbox_value(const unsigned char *p, size_t n, nb_buf *out, const char **why)
{
    nb_buf_clear(out);
    if (n < 12) return fail(why, "its contents stream is shorter than a MorphDataControl's header");
    if (p[0] != 0 || p[1] != 2) return fail(why, "its contents stream is no MorphDataControl of version 2.0");
    size_t end = 4 + (size_t)nb_le16(p + 2); /* cbMorphData: the PropMask, the DataBlock and the ExtraDataBlock */
    if (end > n) return fail(why, "its contents stream is cut short");
    uint64_t mask = nb_le32(p + 4) | (uint64_t)nb_le32(p + 8) << 32;
    if (mask >> 33) return fail(why, "its PropMask sets bits no MorphDataControl has");
    /* the DataBlock: present properties in order, each aligned to its size */
    size_t at = 12, display = DISPLAY_TEXT, password = 0;
    uint32_t value = 0;
    for (unsigned bit = 0; bit < 33; bit++) {
        unsigned k = DATA_SIZE[bit];
        if (!(mask >> bit & 1) || !k) continue;
        at = (at + k - 1) / k * k;
        if (at + k > end) return fail(why, "its DataBlock runs past cbMorphData");
        if (bit == BIT_DISPLAY_STYLE) display = p[at];
        if (bit == BIT_PASSWORD_CHAR) password = nb_le16(p + at);
        if (bit == BIT_VALUE) value = nb_le32(p + at);
        at += k;
    }
    if (display != DISPLAY_TEXT) return fail(why, "it is no text box (a list, a combo box, a check box or a button)");
    if (password) return fail(why, "it is a password box: the page shows no value");
    if (!(mask >> BIT_VALUE & 1)) return 0; /* an empty box */
    /* the ExtraDataBlock: Size first, then the Value */
    at = (at + 3) / 4 * 4;
    if (mask >> BIT_SIZE & 1) at += 8;
    size_t len = value & ~COMPRESSED;
    if (at > end || len > end - at) return fail(why, "its Value runs past cbMorphData");
    if (put_string(out, p + at, len, (value & COMPRESSED) != 0) < 0) {
        nb_buf_clear(out);
        return fail(why, "its Value holds a NUL or broken UTF-16");
    }
    return 0;
}
