/* front.h — title, agency, year and signature of a parsed report. */
#ifndef NB_FRONT_H
#define NB_FRONT_H
#include "model.h"

void nb_front_matter(nb_report *r);

#endif
