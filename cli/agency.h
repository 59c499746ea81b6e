/* agency.h — the key that pairs one agency's reports across years (docs/database.md says what it
 * matches): blanks out, full-width ASCII as ASCII, and the province and city in front of a county's
 * name dropped, so 柳州市柳江区发展和改革局 and 柳江区 发展和改革局 are one agency.
 *
 *     nb_buf key; nb_buf_init(&key);
 *     nb_agency_key(name, &key);   // key.data: 柳江区发展和改革局 */
#ifndef NB_CLI_AGENCY_H
#define NB_CLI_AGENCY_H
#include "buf.h"

/* The key of the agency name (UTF-8) into out, replacing what it held; "" for an empty name. */
void nb_agency_key(const char *name, nb_buf *out);

#endif
