/* sha256.c — SHA-256 by libcrypto (OpenSSL): see sha256.h. */
#include "sha256.h"

#include <openssl/evp.h>

#include "mem.h"

void nb_sha256_hex(const void *data, size_t len, char hex[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    /* fails only when libcrypto cannot allocate its context */
    if (!EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) || n != 32) cli_oom();
    static const char digits[] = "0123456789abcdef";
    for (unsigned i = 0; i < 32; i++) {
        hex[2 * i] = digits[md[i] >> 4];
        hex[2 * i + 1] = digits[md[i] & 15];
    }
    hex[64] = 0;
}
