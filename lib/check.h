/*
 * check.h: what lib/check.c (the lookups and what they show) and
 * lib/check_answer.c (the report: findings filled from data/check.json,
 * JSON and text) share.  Never installed.
 */
#ifndef MF_CHECK_H
#define MF_CHECK_H

#include "dns.h"
#include "internal.h"
#include "spf.h"

/* Bounds of one check: questions (the first wave, DKIM selectors of every
 * profile, DMARC parents, the addresses of MX hosts no profile knows),
 * SPF/DMARC records judged, terms of a record. */
#define MF__CHECK_MAX_QUESTIONS 64
#define MF__CHECK_MAX_MX_HOSTS 8
#define MF__CHECK_MAX_RECORDS 8
#define MF__CHECK_MAX_PARENTS 8
/* as many terms as the SPF evaluator takes in a record (spf.c MAX_TERMS) */
#define MF__CHECK_MAX_TERMS 256
#define MF__CHECK_TERM 512

struct mf__check_q {
	char name[MF__DNS_MAX_NAME + 1];
	uint16_t type;
	int done, reported;           /* answered (or never asked); said as failed */
	struct mf__dns_answer *a;      /* a reference, or NULL */
};

/* What a finding's texts are filled with (data/check.json's
 * placeholders); NULL when the finding does not use it. */
struct mf__check_vars {
	const char *name, *type, *status, *count, *target, *ip, *result, *mechanism;
	const char *lookups, *problem, *spf_fix, *dkim_name, *dmarc_fix;
	const char *webmail_name, *webmail_target;
	const char *fix_name;          /* where a record fix goes */
};

struct mf__check_report;

struct mf__check {
	const struct mf__data *data;
	struct mf_dns *dns;
	int lang;                      /* MF__LANG_* */
	char domain[MF__DNS_MAX_NAME + 1];
	const struct mf__provider *pv; /* given or detected, or NULL */
	int detected, spf_detected;    /* ... from the records; from the SPF includes only */
	struct mf__check_q q[MF__CHECK_MAX_QUESTIONS];
	size_t n_q;
	struct mf_spf_result *walk;    /* the SPF walk (WALK_IP) */
	struct mf_spf_result *ip_result; /* SPF for the request's ip, or NULL */
	const char *spf_record;        /* the domain's one SPF record, or NULL */
	char terms[MF__CHECK_MAX_TERMS][MF__CHECK_TERM]; /* scratch of spf_terms */
	struct mf__check_report *report;
};

/* "MX", "TXT", "CNAME", "A", "AAAA" (check.c). */
const char *mf__check_type_name(uint16_t type);

/* check_answer.c */
int mf__check_report_new(struct mf__check *c);
/* Add the finding `id` (defined in check.json), its texts filled from v
 * and the check, its evidence from the format.  Out of memory is kept
 * and reported by mf__check_report_finish. */
void mf__check_add(struct mf__check *c, const char *id, const struct mf__check_vars *v,
		   const char *evidence_fmt, ...) __attribute__((format(printf, 4, 5)));
void mf__check_record(struct mf__check *c, const char *kind, const char *name,
		      const char *value, int pref);
/* The DMARC record to start with: the provider's, else a general one. */
void mf__check_fill_dmarc(const struct mf__check *c, char *out, size_t outsz);
void mf__check_set_counts(struct mf__check *c, unsigned long queries, int rounds);
/* Order the findings, list the lookups; 0 or MF_ENOMEM. */
int mf__check_report_finish(struct mf__check *c);
/* The finished report, now the caller's. */
struct mf_check_report *mf__check_report_take(struct mf__check *c);
/* Free the check (its answers, the walk, and a report not handed out). */
void mf__check_free(struct mf__check *c);

#endif
