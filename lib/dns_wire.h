/*
 * dns_wire.h: conversions between ldns' structures and the resolver's
 * answers (lib/dns_wire.c), for the two back ends.
 */
#ifndef MF_DNS_WIRE_H
#define MF_DNS_WIRE_H

#include "ldns_lib.h"

#include "dns.h"

/* A DNAME rdf as text: lower-case ASCII, labels joined by dots, no
 * trailing dot ("" for the root).  Returns -1 for names that text cannot
 * hold faithfully (a dot or NUL inside a label) or that do not fit. */
int mf__dname_to_text(const ldns_rdf *rdf, char *out, size_t outsz);

/* Text name (bytes, dots between labels, no escapes) to a DNAME rdf the
 * caller frees with ldns_rdf_deep_free; NULL when it is not a DNS name. */
ldns_rdf *mf__dname_from_text(const char *name);

/* One ldns record into *out (data malloc'd).  Returns 0, -1 when the
 * record is malformed, MF_ENOMEM. */
int mf__rr_from_ldns(const ldns_rr *rr, struct mf__rr *out);

#endif
