/* report_year.h — the year a report is on, from its text, where its title names none. */
#ifndef NB_REPORT_YEAR_H
#define NB_REPORT_YEAR_H
#include "model.h"

/* The first "NNNN年" in [s, e) with a plausible report year (2000-2100): its start, its end (after
 * 年) in *end, the year in *year; ASCII or full-width digits, a blank before 年 allowed. NULL if none. */
const unsigned char *nb_find_year(const unsigned char *s, const unsigned char *e, int *year,
                                  const unsigned char **end);

/* The year the text says the report is on, or 0: the statistics period (统计期限自2023年1月1日起至
 * 2023年12月31日止, also when a printed copy breaks it over lines), then the first year of a
 * preamble paragraph that is not a date (2024年1月，根据… is when it was written, not the year it is
 * on), then a paragraph opening with the year (2023年，我局…). *how (if not NULL) says which. */
int nb_year_from_text(const nb_report *r, const char **how);

#endif
