/* oforms.h — the value of a Forms 2.0 text box ([MS-OFORMS] 2.2.3 TextBoxControl): what an office's
 * published form shows in each <input> once LibreOffice Writer saved the page as Word (an ActiveX
 * control whose `contents` stream holds a MorphDataControl, 2.2.5.1). */
#ifndef NB_OFORMS_H
#define NB_OFORMS_H
#include <stddef.h>

#include "buf.h"

/* The text box's Value, as UTF-8, into out (replacing what it held; empty when the box is empty):
 * 0; or -1 and *why (a static phrase) when the stream is no MorphDataControl of version 2.0, is cut
 * short, holds a size out of range or a Value that is not UTF-16, or shows something else than its
 * text: a list, a combo box, a check box (DisplayStyle other than text), a password box. */
int nb_oforms_textbox_value(const unsigned char *p, size_t n, nb_buf *out, const char **why);

#endif
