/*
 * dns.h: the one resolver interface of libmailfix (after Redis' ae.c and
 * its poller back ends): lib/dns.c holds the front (run cache, in-flight
 * deduplication, fault injection, the ready queue); lib/dns_ares.c asks
 * servers with c-ares, lib/dns_zone.c answers from RFC 1035 master files
 * read with ldns.  Answers keep the RFC 1035/2308 outcomes apart:
 * NXDOMAIN, NODATA, SERVFAIL, timeout and truncation are never "no record".
 */
#ifndef MF_DNS_H
#define MF_DNS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mailfix.h"

/* RR types we ask for (RFC 1035 3.2.2, RFC 3596). */
enum {
	MF__T_A = 1,
	MF__T_NS = 2,
	MF__T_CNAME = 5,
	MF__T_SOA = 6,
	MF__T_PTR = 12,
	MF__T_MX = 15,
	MF__T_TXT = 16,
	MF__T_AAAA = 28,
	MF__T_SPF = 99
};

/* RFC 1035 2.3.4: 255 octets in wire form, 253 characters in text. */
#define MF__DNS_MAX_NAME 253
#define MF__DNS_MAX_LABEL 63
/* CNAME chains longer than this are treated as a loop (as resolvers do). */
#define MF__DNS_MAX_CNAME 16

/* One resource record of an answer.  Names are lower case, without the
 * trailing dot, NUL-terminated, in presentation form with RFC 1035 5.1
 * escapes for bytes that need them.  TXT data is the character-strings
 * joined with nothing between them (RFC 7208 3.3), `len` bytes that may
 * hold NULs, plus a NUL after them. */
struct mf__rr {
	uint16_t type;
	uint16_t pref;         /* MX preference */
	uint32_t ttl;
	uint32_t len;          /* bytes in data (4 for A, 16 for AAAA) */
	uint32_t n_strings;    /* TXT: how many character-strings */
	unsigned char *data;   /* A/AAAA address, MX/PTR/CNAME name, TXT text */
};

/* An answer.  Shared by reference count: the run cache and every check
 * that uses it hold a reference (single-threaded, like the resolver). */
struct mf__dns_answer {
	int refs;
	int status;            /* enum mf_dns_status */
	uint16_t type;
	char *name;            /* the name asked (normalized) */
	char *canonical;       /* where the CNAME chain ended, or NULL */
	size_t n;              /* records of the asked type */
	struct mf__rr *rr;
	uint32_t ttl;
	/* What a user of the answer derived from its data and keeps with it
	 * (SPF keeps its parse of the record here, so that every check that
	 * shares the answer shares the parse); freed with the answer. */
	void *derived;
	void (*derived_free)(void *);
};

struct mf__dns_answer *mf__dns_answer_new(const char *name, uint16_t type,
					  int status, size_t n);
void mf__dns_answer_ref(struct mf__dns_answer *a);
void mf__dns_answer_unref(struct mf__dns_answer *a);

/* Copy a string into dst of size n (n > 0), cut to fit, always
 * NUL-terminated (names are already bounded; this only guards). */
static inline void mf__strlcpy(char *dst, const char *src, size_t n)
{
	size_t l = strlen(src);

	if (l >= n)
		l = n - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

/* Normalize a name for asking and caching: lower case, trailing dot
 * dropped.  Returns 0, or -1 when it cannot be a DNS name (empty label
 * not at the end, label over 63, over 253 characters): the caller
 * decides what that means (RFC 7208 4.3 says "none"). */
int mf__dns_name_norm(const char *in, char *out, size_t outsz);

/* Called once per query, never from inside mf__dns_query (always from
 * mf__dns_run), with a borrowed answer: take a reference to keep it.
 * The answer is NULL when none could be had (out of memory, shutdown). */
typedef void (*mf__dns_cb)(void *arg, struct mf__dns_answer *a);

/* Ask for (name, type).  Returns 0 (cb will be called exactly once) or a
 * negative MF_E* (cb will never be called). */
int mf__dns_query(struct mf_dns *d, const char *name, uint16_t type,
		  mf__dns_cb cb, void *arg);

/* A fresh answer from the run cache for an already normalized name, or
 * NULL (not held, in flight, expired, caching off).  Borrowed: take a
 * reference to keep it.  Lets a caller go on at once instead of waiting
 * for the ready queue. */
struct mf__dns_answer *mf__dns_cached(struct mf_dns *d, const char *norm, uint16_t type);

/* Deliver finished answers and wait up to `wait_ms` (0: do not wait,
 * -1: as long as needed) for more.  Returns how many queries are still
 * outstanding afterwards. */
size_t mf__dns_run(struct mf_dns *d, int wait_ms);

/* How many mf__dns_run calls delivered answers so far: the waves of
 * questions that had to wait for earlier answers. */
unsigned long mf__dns_rounds(const struct mf_dns *d);

/* ---- back ends ---- */

/* A back end calls `done` once per send, from its own process step (or
 * from send itself: the front queues it either way), with an answer it
 * gives away (the front takes over the reference). */
typedef void (*mf__dns_done)(void *arg, struct mf__dns_answer *a);

struct mf__dns_backend {
	const char *name;
	int (*send)(void *st, const char *name, uint16_t type, mf__dns_done done,
		    void *arg);
	/* Wait up to wait_ms for answers and hand them over; return how many
	 * sends are still outstanding. */
	size_t (*process)(void *st, int wait_ms);
	/* Ends every send still outstanding with done(arg, NULL), then frees. */
	void (*free)(void *st);
};

int mf__dns_zone_new(void **st, const struct mf__dns_backend **be,
		     const char *const *files, size_t n_files,
		     struct mf_error *err);
int mf__dns_ares_new(void **st, const struct mf__dns_backend **be,
		     const struct mf_dns_options *opt, struct mf_error *err);

/* Build an answer from a DNS message in wire form (RFC 1035 4.1), asked
 * for (name, type): rcode, TC bit and the CNAME chain are read with ldns.
 * Shared by back ends that get wire-format replies. */
struct mf__dns_answer *mf__dns_answer_from_wire(const char *name, uint16_t type,
						const unsigned char *wire,
						size_t len);

#endif /* MF_DNS_H */
