/*
 * probe.h: what lib/probe.c (the logins) and lib/probe_answer.c (the
 * report: per-probe causes weighed into the overall cause, JSON, text)
 * share.  Never installed.
 */
#ifndef MF_PROBE_H
#define MF_PROBE_H

#include "dns.h"
#include "internal.h"
#include "spf.h"

/* The forms of the password that must not be shown (probe_redact.c). */
#define MF__N_SECRET_FORMS 6
struct mf__secrets {
	char *form[MF__N_SECRET_FORMS];
	size_t len[MF__N_SECRET_FORMS];
	int fold[MF__N_SECRET_FORMS];  /* matched ignoring ASCII case */
	size_t n;
};

/* The forms of password (plain, IMAP-quoted, base64 at each alignment):
 * 0 or MF_ENOMEM.  mf__secrets_free wipes and frees them. */
int mf__secrets_init(struct mf__secrets *s, const char *password);
void mf__secrets_free(struct mf__secrets *s);
/* Copy src[0..n) to dst (at most dstsz - 1 bytes, NUL-terminated) with
 * each form of the password in it replaced by "********"; the length. */
size_t mf__redact_copy(char *dst, size_t dstsz, const char *src, size_t n,
		       const struct mf__secrets *s);
/* The same in place, for a string of fewer than 1024 bytes. */
void mf__redact(char *str, size_t size, const struct mf__secrets *s);

/* How the server's first line fits the protocol being spoken. */
enum { MF__GREET_NONE, MF__GREET_OK, MF__GREET_REFUSED, MF__GREET_FOREIGN };

/* One login being tried: the public result and what classifying it needs. */
struct mf__probe {
	struct mf_probe_result pub;   /* strings point into the request or below */
	int cause;                    /* enum mf__probe_cause, or -1 */
	char address[64];             /* the host's address, or "" when unresolved */
	char resolve_entry[MF__DNS_MAX_NAME + 80]; /* CURLOPT_RESOLVE's "host:port:addr" */
	struct curl_slist *resolve;
	const struct mf__secrets *secrets; /* what never goes into a line kept */
	char first_reply[256];        /* the server's first line (its greeting) */
	char last_reply[512];         /* the server's last line */
	int replies;                  /* lines the server sent */
	int greeting;                 /* MF__GREET_* of the first line */
	char curl_error[256];         /* CURLOPT_ERRORBUFFER */
	char detail[512];
};

/* The report of the probes (probe_answer.c): copies what it keeps; 0 or
 * MF_ENOMEM. */
int mf__probe_report(const struct mf_ctx *ctx, const struct mf_probe_request *req,
		     const struct mf__provider *pv, const struct mf__probe *probes, size_t n,
		     struct mf_probe_report **out);

#endif
