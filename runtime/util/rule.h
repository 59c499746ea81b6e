/* rule.h — a rule drawn with dashes alone on its line (-----, ─────, =====), as a table set in
 * <pre> draws one under its header and one under its last row. */
#ifndef NB_RULE_H
#define NB_RULE_H

/* [s, e), blanks around it allowed, is one run of five or more of one dash character (- = ─ ━ — － ＝). */
int nb_dash_rule(const unsigned char *s, const unsigned char *e);
/* The end of such a run that starts [s, e) (blanks first allowed), text may follow it (pdftotext in
 * reading order glues the rule to the first row under it: -----一、主动公开情况); NULL if none. */
const unsigned char *nb_dash_run(const unsigned char *s, const unsigned char *e);

#endif
