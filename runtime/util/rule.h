/* rule.h — a rule drawn with dashes alone on its line (-----, ─────, =====), as a table set in
 * <pre> draws one under its header and one under its last row. */
#ifndef NB_RULE_H
#define NB_RULE_H

/* [s, e), blanks around it allowed, is one run of five or more of one dash character (- = ─ ━ — － ＝). */
int nb_dash_rule(const unsigned char *s, const unsigned char *e);

#endif
