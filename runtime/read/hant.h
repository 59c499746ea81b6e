/* hant.h — a report in traditional characters (繁體: a site's 简/繁 switch crawled in its traditional
 * version) read as simplified, and its own characters put back afterwards.
 *
 * The lexers, label grammars and table steps know simplified words only (本年新收政府信息公开申请数量,
 * not 公開申請數量). So right after a reader has made the text, a traditional text is rewritten in
 * place to its simplified reading, one character for one and only where both have the same UTF-8
 * length (every CJK ideograph of the BMP: 3 bytes), so that every byte offset stays where it was;
 * characters ICU's "Hant-Hans" transliterator does not map one for one are left as they are. When the
 * report has been read, nb_hant_restore writes the traditional characters back, so that spans, raw
 * texts and section titles are the input's own text; the simplified form is only ever used to
 * recognise.
 *
 * A text is traditional by its characters alone, not by a page's lang="zh-Hant": the same report
 * comes as a PDF, a Word file or a browser's text, none of which keeps the attribute. It is
 * traditional when at least 20 of its ideographs, and at least 3 in 100, are frequent
 * traditional-only forms (開 數 總 計 報 關 …) that simplified text never uses; a simplified report
 * quoting a traditional name is far below that, and costs one scan of its text. */
#ifndef NB_HANT_H
#define NB_HANT_H
#include <stddef.h>

#include "encoding.h"
#include "text.h"

/* Rewrites t to its simplified reading when it is traditional (an info diagnostic
 * "traditional-characters" says so; a warning "traditional-unconverted" where ICU cannot), keeping
 * in t->hant what nb_hant_restore needs (one allocation: nb_text_free frees it). Nothing for a
 * simplified text. */
void nb_hant_simplify(nb_text *t, nb_enc_diag_fn diag, void *ctx);

/* Puts the traditional characters back into s[0, n) (t's text or a copy of part of it), each
 * simplified character that came from exactly one traditional character of this text; one that
 * also stood for another character, or for itself (干 for 幹 and 干), stays simplified. Nothing
 * when t was not simplified. */
void nb_hant_restore(const nb_text *t, char *s, size_t n);

#endif
