/* test_sha256.c — cli/sha256.c against the FIPS 180-4 examples and sha256sum's answers for lengths
 * around the block and padding boundaries. Prints "N passed, M failed". */
#include <stdio.h>
#include <string.h>

#include "sha256.h"

static int passed, failed;

static void expect(const char *what, const void *data, size_t len, const char *want)
{
    char hex[65];
    nb_sha256_hex(data, len, hex);
    if (!strcmp(hex, want)) passed++;
    else {
        failed++;
        printf("FAIL %s: %s, want %s\n", what, hex, want);
    }
}

int main(void)
{
    expect("empty", "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect("abc", "abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes: two blocks */
    expect("56 bytes", two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    static char a[1000000];
    memset(a, 'a', sizeof a);
    expect("a million a", a, sizeof a, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* lengths beside the boundaries, against `head -c N /dev/zero | sha256sum` */
    static const char zeros[129];
    expect("55 zeros", zeros, 55, "02779466cdec163811d078815c633f21901413081449002f24aa3e80f0b88ef7");
    expect("64 zeros", zeros, 64, "f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b");
    expect("119 zeros", zeros, 119, "f616b0d54e78571a9611f343c9f8e022e859e920381ab0e4d3da01e193a7bd7e");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
