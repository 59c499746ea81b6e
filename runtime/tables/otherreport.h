/* otherreport.h — another report after this one in the same text.
 *
 * A page may carry the agency's earlier report under this year's (往年年报, then the whole 2023 report
 * below the 2024 one), or a file two reports one after the other. Its tables are the template's too,
 * and a row found twice keeps its first reading: where this report's copy of a row was not read (a
 * print in reading order), the other report's would be. So the tables are read up to the line that
 * names another report: a title (…年政府信息公开工作年度报告, on a line of its own) on another year,
 * after this report's first table cell. */
#ifndef NB_OTHERREPORT_H
#define NB_OTHERREPORT_H
#include <stddef.h>

#include "model.h"

/* The byte offset of the line that starts another report, after byte `after`, or (size_t)-1; said by a
 * warning (other-report). */
size_t nb_other_report_at(nb_report *r, size_t after);

#endif
