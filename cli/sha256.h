/* sha256.h — SHA-256 (FIPS 180-4) of a buffer, as 64 lowercase hex digits: the identity of an input
 * file in the database (cli/db.c). libcrypto's (OpenSSL, which libzip links already): it uses the
 * CPU's SHA instructions where there are some, four times the speed of plain C, and `load` hashes
 * every byte it reads. Test vectors: tests/database/test_sha256.c. */
#ifndef NB_CLI_SHA256_H
#define NB_CLI_SHA256_H
#include <stddef.h>

void nb_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
