/* le.h — little-endian integers as the binary formats read here store them (OLE2 compound files,
 * MS-OFORMS control data). */
#ifndef NB_LE_H
#define NB_LE_H
#include <stdint.h>

static inline uint32_t nb_le32(const unsigned char *p)
{
    return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline unsigned nb_le16(const unsigned char *p) { return p[0] | p[1] << 8; }

#endif
