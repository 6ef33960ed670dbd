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

/* One login being tried: the public result and what classifying it needs. */
struct mf__probe {
	struct mf_probe_result pub;   /* strings point into the request or below */
	int cause;                    /* enum mf__probe_cause, or -1 */
	char address[64];             /* the host's address, or "" when unresolved */
	char resolve_entry[MF__DNS_MAX_NAME + 80]; /* CURLOPT_RESOLVE's "host:port:addr" */
	struct curl_slist *resolve;
	char last_reply[512];         /* the server's last line */
	int replies;                  /* lines the server sent */
	char curl_error[256];         /* CURLOPT_ERRORBUFFER */
	char detail[512];
};

/* The report of the probes (probe_answer.c): copies what it keeps; 0 or
 * MF_ENOMEM. */
int mf__probe_report(const struct mf_ctx *ctx, const struct mf_probe_request *req,
		     const struct mf__provider *pv, const struct mf__probe *probes, size_t n,
		     struct mf_probe_report **out);

#endif
