/* label_actions.h — what the label rules of include/labels.rei do, for an edition's label lexer that
 * includes them (grammar/editions/<name>/labels.re): each sets the label `l` being lexed and leaves
 * the re2c block for its `done:` label. One definition for every edition that prints tables 三 and 四. */
#ifndef NB_LABEL_ACTIONS_H
#define NB_LABEL_ACTIONS_H

#define ROW(k) { l.kind = NB_L_ROW; l.key = k; goto done; }
/* a row's label as a province's short form that is also a piece of the template's label
   (第三方合法权益 of 4.保护第三方合法权益): read only as a whole cell whose row adds up (nb_label.piece) */
#define PIECE(k) { l.kind = NB_L_ROW; l.key = k; l.piece = 1; goto done; }
#define HEADROW(k) { l.kind = NB_L_HEADROW; l.key = k; goto done; }
#define GROUP { l.kind = NB_L_GROUP; goto done; }
#define BLOCK { l.kind = NB_L_BLOCK; goto done; }
#define COLUMN { l.kind = NB_L_COLUMN; goto done; }
#define MARK { l.kind = NB_L_MARK; goto done; }

#endif
