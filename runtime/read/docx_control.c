/* docx_control.c — the value a form control of a Word document shows (see docx_int.h).
 *
 * LibreOffice Writer saves a page's <input value="12"> as an ActiveX control: w:control r:id → the
 * part word/activeX/activeXN.xml (ax:ocx, its class and persistence) → its relationship to
 * activeXN.bin, an OLE2 compound file whose `contents` stream is the control's MorphDataControl
 * (oforms.h). Only text boxes are read: a check box's or a list's value ("1", an option's index) is
 * not what the page shows. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "docx_int.h"
#include "ole2.h"
#include "oforms.h"
#include "wordnum.h"

#define PART_CAP (64u << 10)  /* an ax:ocx part: a few hundred bytes */
#define BIN_CAP (1u << 20)    /* a control's compound file: 3 KB from Writer and Office */
#define CONTENTS_CAP (64u << 10)
#define CLASS_TEXTBOX "{8BD21D10-EC42-11CE-9E0D-00AA006002F3}" /* Forms 2.0 TextBox */

static int fail(char *why, size_t whylen, const char *fmt, const char *arg)
{
    snprintf(why, whylen, fmt, arg);
    return -1;
}

/* The folder and the relationships part of a part name: 0, or -1 when a name is too long for its
   buffer (a cut name would name another part). */
static int rels_of(const char *part, char *dir, size_t dcap, char *rels, size_t rcap)
{
    const char *slash = strrchr(part, '/');
    size_t k = slash ? (size_t)(slash - part) : 0;
    if (k >= dcap) return -1;
    snprintf(dir, dcap, "%.*s", (int)k, part);
    int n = snprintf(rels, rcap, "%s%s_rels/%s.rels", dir, k ? "/" : "", slash ? slash + 1 : part);
    return n < 0 || (size_t)n >= rcap ? -1 : 0;
}

/* The control's binary part, from its ax:ocx part: 0 and its name in bin, or -1 and why. */
static int binary_part(nb_zip *z, const char *ocx, nb_buf *tmp, char *bin, size_t bcap, char *why, size_t whylen)
{
    int missing = 0, rc = -1;
    char err[200] = "", dir[256], rels_name[300];
    xmlDoc *doc = nb_docx_parse_part(z, ocx, PART_CAP, tmp, NULL, &missing, err, sizeof err), *rels = NULL;
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    const char *cls = root ? nb_w_attr(root, "classid") : NULL, *persist = root ? nb_w_attr(root, "persistence") : NULL,
               *id = root ? nb_w_attr(root, "id") : NULL;
    if (!root || strcmp((const char *)root->name, "ocx") != 0) {
        fail(why, whylen, "%s is missing or no ActiveX control part", ocx);
    } else if (!cls || strcasecmp(cls, CLASS_TEXTBOX) != 0) {
        fail(why, whylen, "a control of class %.60s, no text box", cls ? cls : "(none)");
    } else if (!persist || strcmp(persist, "persistStorage") != 0 || !id) {
        fail(why, whylen, "a text box not kept as a compound file (persistence %.40s)", persist ? persist : "(none)");
    } else if (rels_of(ocx, dir, sizeof dir, rels_name, sizeof rels_name) != 0) {
        fail(why, whylen, "%.60s… has a name too long", ocx);
    } else {
        rels = nb_docx_parse_part(z, rels_name, PART_CAP, tmp, NULL, &missing, err, sizeof err);
        if (nb_docx_rel_by_id(rels, dir, id, "/activeXControlBinary", bin, bcap)) rc = 0;
        else fail(why, whylen, "%s names no binary part", ocx);
    }
    xmlFreeDoc(rels);
    xmlFreeDoc(doc);
    return rc;
}

int nb_docx_control_value(nb_zip *z, xmlDoc *rels, const char *dir, const char *id, nb_buf *out, char *why,
                          size_t whylen)
{
    char ocx[300], bin[300], err[200];
    nb_buf_clear(out);
    if (!nb_docx_rel_by_id(rels, dir, id, "/control", ocx, sizeof ocx))
        return fail(why, whylen, "its relationship %.40s names no control part", id);
    nb_buf tmp, contents;
    nb_buf_init(&tmp);
    nb_buf_init(&contents);
    int rc = binary_part(z, ocx, &tmp, bin, sizeof bin, why, whylen), crc_bad = 0;
    const char *reason = NULL;
    if (rc == 0 && nb_zip_read(z, bin, BIN_CAP, &tmp, &crc_bad, err, sizeof err) != 0)
        rc = fail(why, whylen, "%s is missing or unreadable", bin);
    if (rc == 0 && nb_ole2_stream((const unsigned char *)tmp.data, tmp.len, "contents", CONTENTS_CAP, &contents) != 0)
        rc = fail(why, whylen, "%s is no compound file with a readable contents stream", bin);
    if (rc == 0 && nb_oforms_textbox_value((const unsigned char *)contents.data, contents.len, out, &reason) != 0)
        rc = fail(why, whylen, "%s", reason);
    nb_buf_free(&tmp);
    nb_buf_free(&contents);
    return rc;
}
