/* html_charset.c — an HTML page decoded to UTF-8 before libxml2 sees it, by the project's decoder: the
 * charset its <meta> declares, unless a BOM or valid UTF-8 says otherwise. */
#include <string.h>

#include "html_int.h"
#include "utf8.h"

/* ------------------------------------------------------------------------------------------------ */
/* the charset: decoded to UTF-8 before libxml2 sees the page, by the project's decoder */

/* The charset a <meta charset=…> or <meta http-equiv … content="…; charset=…"> declares, copied to
 * name (empty if none). Looked for in the first 64 KiB: pages put it in the head. */
static void declared_charset(const unsigned char *in, size_t n, char *name, size_t cap)
{
    name[0] = 0;
    const unsigned char *e = in + (n < 65536 ? n : 65536);
    for (const unsigned char *p = in; p < e; p++) {
        if (*p != '<' || !nb_starts_ci(p, (size_t)(e - p), "<meta")) continue;
        const unsigned char *te = p;
        while (te < e && *te != '>') te++;
        for (const unsigned char *q = p + 5; q + 8 <= te; q++) {
            if (!nb_starts_ci(q, (size_t)(te - q), "charset")) continue;
            const unsigned char *v = q + 7;
            while (v < te && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')) v++;
            if (v >= te || *v != '=') continue;
            v++;
            while (v < te && (*v == ' ' || *v == '"' || *v == '\'' || *v == '\t')) v++;
            size_t k = 0;
            while (v < te && k + 1 < cap &&
                   ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9') ||
                    *v == '-' || *v == '_' || *v == '.' || *v == ':'))
                name[k++] = (char)nb_ascii_lower(*v++);
            name[k] = 0;
            if (k) return;
        }
        p = te < e ? te : e - 1;
    }
}

/* GB2312 and GBK pages are decoded as GB18030, their superset: pages labelled gb2312 routinely use
 * GBK characters. */
static const char *charset_for_icu(const char *declared)
{
    return nb_enc_is_gb_family(declared) ? "gb18030" : declared;
}

/* Strictly valid UTF-8 with at least one multi-byte character. */
static int valid_utf8_text(const unsigned char *s, size_t n)
{
    int multi = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!k || i + k > n) return 0;
        if (k == 2 && c < 0xC2) return 0;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80) return 0;
        if (k == 3 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))) return 0;
        if (k == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || c > 0xF4 || (c == 0xF4 && s[i + 1] >= 0x90))) return 0;
        multi |= k > 1;
        i += k;
    }
    return multi;
}

int nb_html_decode_page(const unsigned char *in, size_t n, const char *forced, nb_text *t, const diag_sink *d,
                       char *err, size_t errlen)
{
    if (forced && *forced) return nb_decode(in, n, forced, t, d->fn, d->ctx, err, errlen);
    int bom = (n >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) ||
              (n >= 2 && ((in[0] == 0xFF && in[1] == 0xFE) || (in[0] == 0xFE && in[1] == 0xFF)));
    char cs[64];
    declared_charset(in, n, cs, sizeof cs);
    /* a BOM or valid UTF-8 beats the label: servers recode pages and leave the old label */
    if (bom || !cs[0] || valid_utf8_text(in, n)) {
        if (cs[0] && !bom && strcmp(charset_for_icu(cs), "gb18030") == 0 && valid_utf8_text(in, n))
            nb_enc_say(d, "info", "encoding-declared", 0, "the page declares charset %s but is valid UTF-8: read as UTF-8", cs);
        return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
    }
    const char *icu = charset_for_icu(cs);
    if (!strcmp(icu, "utf-8") || !strcmp(icu, "utf8")) /* declared UTF-8 but invalid: detection repairs */
        return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
    if (nb_decode(in, n, icu, t, d->fn, d->ctx, err, errlen) == 0) return 0;
    nb_enc_say(d, "warning", "encoding-declared", 0, "the page declares charset %s, which cannot be used (%s): detected instead",
         cs, err);
    return nb_decode(in, n, NULL, t, d->fn, d->ctx, err, errlen);
}
