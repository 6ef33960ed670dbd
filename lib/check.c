/*
 * check.c: `mailfix check DOMAIN`: look at what mail needs of a domain in
 * DNS and say what is wrong, as findings of data/check.json (rendered by
 * check_answer.c).  One wave of questions asks at once for the MX set,
 * the TXT records (SPF, RFC 7208 4.5), _dmarc (RFC 7489 6.1), the DKIM
 * keys at the providers' selectors (RFC 6376 3.6.2) and the webmail
 * CNAME; the SPF record is then evaluated whole (lib/spf.c) so that
 * nested includes, the 10-lookup limit and syntax errors count as a
 * receiver counts them; a domain without a DMARC record has its parents
 * asked (the tree walk of DMARCbis, no public suffix list needed).  The
 * provider is the one given, else the one the MX hosts (then the SPF
 * includes) belong to.  A lookup that fails is a finding of its own and
 * the part it feeds is not judged: a timeout is never "no record".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dns.h"

const char *const mf__check_finding_ids[] = {
	"domain.nxdomain", "dns.lookup-failed",
	"mx.missing", "mx.null", "mx.not-provider", "mx.mixed", "mx.sets-mixed", "mx.ip-literal",
	"mx.host-unresolvable", "mx.cname",
	"spf.missing", "spf.multiple", "spf.provider-missing", "spf.permerror",
	"spf.lookups-near-limit", "spf.all-pass", "spf.no-all", "spf.ptr", "spf.ip-not-authorized",
	"spf.ip-pass",
	"dmarc.missing", "dmarc.multiple", "dmarc.invalid", "dmarc.policy-none",
	"dkim.missing", "dkim.revoked", "dkim.invalid",
	"webmail.cname-missing", "webmail.cname-wrong", "webmail.cname-seed-value",
	"provider.unknown", "provider.no-records", NULL};

/* The SPF walk: an address of 240.0.0.0/4, reserved (RFC 1112 4) and
 * listed by no record (documentation ranges such as 192.0.2.0/24 are
 * in examples' records), so that check_host() visits every term as a
 * receiver does for a server the record does not name. */
#define WALK_IP "240.0.0.1"
/* From this many of the 10 DNS-querying terms on, say it is near. */
#define SPF_LOOKUPS_NEAR 8

/* ---- the questions ---- */

static void on_answer(void *arg, struct mf__dns_answer *a)
{
	struct mf__check_q *q = arg;

	q->done = 1;
	if (a) {
		mf__dns_answer_ref(a);
		q->a = a;
	}
}

/* Ask (name, type) unless it was asked already; returns the question,
 * or NULL when the name cannot be asked (too long) or memory ran out. */
static struct mf__check_q *ask(struct mf__check *c, const char *name, uint16_t type)
{
	struct mf__check_q *q;
	char norm[MF__DNS_MAX_NAME + 1];

	if (mf__dns_name_norm(name, norm, sizeof norm))
		return NULL;
	for (size_t i = 0; i < c->n_q; i++)
		if (c->q[i].type == type && strcmp(c->q[i].name, norm) == 0)
			return &c->q[i];
	if (c->n_q == MF__CHECK_MAX_QUESTIONS)
		return NULL;
	q = &c->q[c->n_q];
	memset(q, 0, sizeof *q);
	mf__strlcpy(q->name, norm, sizeof q->name);
	q->type = type;
	if (mf__dns_query(c->dns, q->name, type, on_answer, q) != 0)
		q->done = 1;  /* no answer: failed() says so */
	c->n_q++;
	return q;
}

/* Wait until every question asked so far has its answer. */
static void wait_all(struct mf__check *c)
{
	for (;;) {
		size_t open = 0;

		for (size_t i = 0; i < c->n_q; i++)
			open += !c->q[i].done;
		if (!open)
			break;
		mf__dns_run(c->dns, -1);
	}
}

static int q_status(const struct mf__check_q *q)
{
	return q && q->a ? q->a->status : MF_DNS_ERROR;
}

/* NXDOMAIN or NODATA: the name holds no record of the type. */
static int q_none(const struct mf__check_q *q)
{
	return q_status(q) == MF_DNS_NXDOMAIN || q_status(q) == MF_DNS_NODATA;
}

const char *mf__check_type_name(uint16_t type)
{
	switch (type) {
	case MF__T_MX: return "MX";
	case MF__T_TXT: return "TXT";
	case MF__T_CNAME: return "CNAME";
	case MF__T_A: return "A";
	case MF__T_AAAA: return "AAAA";
	default: return "?";
	}
}

/* Whether the lookup failed (not an answer, not "none"): then say so,
 * once per question, and the caller judges nothing from it. */
static int failed(struct mf__check *c, struct mf__check_q *q)
{
	if (!q)
		return 1;
	if (q->a && (q->a->status == MF_DNS_OK || q_none(q)))
		return 0;
	if (!q->reported) {
		struct mf__check_vars v = {0};

		q->reported = 1;
		v.name = q->name;
		v.type = mf__check_type_name(q->type);
		v.status = mf_dns_status_name(q_status(q));
		mf__check_add(c, "dns.lookup-failed", &v, "%s %s: %s", q->name, v.type, v.status);
	}
	return 1;
}

/* ---- MX and the provider ---- */

static int host_in_set(const char *host, const struct mf__names *set)
{
	size_t hl = strlen(host);

	for (size_t i = 0; i < set->n; i++) {
		const char *p = set->v[i];

		if (strncmp(p, "*.", 2) == 0) {
			size_t sl = strlen(p + 1); /* ".suffix" */
			if (hl > sl && strcmp(host + hl - sl, p + 1) == 0)
				return 1;
		} else if (strcmp(host, p) == 0) {
			return 1;
		}
	}
	return 0;
}

/* Which of the provider's MX sets the host is in, or -1. */
static int mx_set_of(const struct mf__provider *pv, const char *host)
{
	if (!pv || !pv->has_dns)
		return -1;
	for (size_t s = 0; s < pv->dns.n_mx_sets; s++)
		if (host_in_set(host, &pv->dns.mx_sets[s]))
			return (int)s;
	return -1;
}

/* The MX record with the lowest preference whose host some profile
 * knows: that profile receives the domain's mail. */
static const struct mf__provider *provider_of_mx(const struct mf__data *d,
						 const struct mf__dns_answer *mx)
{
	const struct mf__provider *best = NULL;
	int best_pref = 1 << 30;

	for (size_t i = 0; mx && i < mx->n; i++)
		for (size_t p = 0; p < d->n_providers; p++)
			if (mx_set_of(&d->providers[p], (const char *)mx->rr[i].data) >= 0 &&
			    mx->rr[i].pref < best_pref) {
				best = &d->providers[p];
				best_pref = mx->rr[i].pref;
			}
	return best;
}

/* Is the host one of some profile's MX hosts (known to resolve)? */
static int known_mx_host(const struct mf__data *d, const char *host)
{
	for (size_t p = 0; p < d->n_providers; p++)
		if (mx_set_of(&d->providers[p], host) >= 0)
			return 1;
	return 0;
}

/* The MX hosts no profile knows: each must be a name (not an address)
 * that has an address (A or AAAA) and is not an alias (RFC 2181 10.3),
 * or senders cannot deliver to it.  Asked at once, at most
 * MF__CHECK_MAX_MX_HOSTS of them. */
static void check_mx_hosts(struct mf__check *c, const struct mf__dns_answer *mx)
{
	struct mf__check_q *a[MF__CHECK_MAX_MX_HOSTS], *aaaa[MF__CHECK_MAX_MX_HOSTS];
	const char *hosts[MF__CHECK_MAX_MX_HOSTS];
	size_t n = 0;

	for (size_t i = 0; i < mx->n && n < MF__CHECK_MAX_MX_HOSTS; i++) {
		const char *host = (const char *)mx->rr[i].data;
		struct mf__spf_ip literal;
		struct mf__check_vars v = {0};

		if (!host[0] || known_mx_host(c->data, host))
			continue;
		v.target = host;
		if (mf__spf_ip_parse(host, &literal) == 0) {
			mf__check_add(c, "mx.ip-literal", &v, "%s MX %u %s", c->domain, mx->rr[i].pref,
				      host);
			continue;
		}
		hosts[n] = host;
		a[n] = ask(c, host, MF__T_A);
		aaaa[n] = ask(c, host, MF__T_AAAA);
		n++;
	}
	wait_all(c);
	for (size_t i = 0; i < n; i++) {
		struct mf__check_vars v = {0};

		v.target = hosts[i];
		if (failed(c, a[i]) || failed(c, aaaa[i]))
			continue;
		if (q_none(a[i]) && q_none(aaaa[i]))
			mf__check_add(c, "mx.host-unresolvable", &v, "%s A: %s, AAAA: %s", hosts[i],
				      mf_dns_status_name(q_status(a[i])),
				      mf_dns_status_name(q_status(aaaa[i])));
		else if ((a[i]->a && a[i]->a->canonical) || (aaaa[i]->a && aaaa[i]->a->canonical))
			mf__check_add(c, "mx.cname", &v, "%s is an alias of %s", hosts[i],
				      a[i]->a && a[i]->a->canonical ? a[i]->a->canonical
								   : aaaa[i]->a->canonical);
	}
}

static void check_mx(struct mf__check *c, struct mf__check_q *q)
{
	const struct mf__provider *pv = c->pv;
	struct mf__check_vars v = {0};
	char others[256] = "";
	int in = 0, out = 0, sets_seen = 0;

	if (failed(c, q))
		return;
	if (q_none(q)) {
		mf__check_add(c, "mx.missing", &v, "%s MX: %s", q->name,
			      mf_dns_status_name(q_status(q)));
		return;
	}
	for (size_t i = 0; i < q->a->n; i++) {
		const char *host = (const char *)q->a->rr[i].data;
		int set;

		mf__check_record(c, "mx", q->name, host, q->a->rr[i].pref);
		if (q->a->n == 1 && host[0] == '\0') {
			mf__check_add(c, "mx.null", &v, "%s MX %u .", q->name, q->a->rr[i].pref);
			return;
		}
		set = mx_set_of(pv, host);
		if (set >= 0) {
			in++;
			sets_seen |= 1 << (set < 30 ? set : 30);
		} else {
			out++;
			if (strlen(others) + strlen(host) + 3 < sizeof others) {
				if (others[0])
					strcat(others, ", ");
				strcat(others, host);
			}
		}
	}
	check_mx_hosts(c, q->a);
	if (!pv || !pv->has_dns || c->spf_detected)
		return;  /* a provider known only from the SPF includes sends, it may not receive */
	v.target = others;
	if (!in)
		mf__check_add(c, "mx.not-provider", &v, "%s MX: %s", q->name, others);
	else if (out)
		mf__check_add(c, "mx.mixed", &v, "%s MX: %s", q->name, others);
	else if (sets_seen & (sets_seen - 1))
		mf__check_add(c, "mx.sets-mixed", &v, "%s MX: %zu hosts of %d sets", q->name,
			      q->a->n, __builtin_popcount((unsigned)sets_seen));
}

/* ---- SPF ---- */

/* RFC 7208 4.5: a record is one that starts "v=spf1" followed by a space
 * or nothing (case-insensitive). */
static int is_spf(const struct mf__rr *rr)
{
	const char *t = (const char *)rr->data;

	return rr->len >= 6 && strncasecmp(t, "v=spf1", 6) == 0 &&
	       (rr->len == 6 || t[6] == ' ') && strlen(t) == rr->len;
}

/* The terms of a record after "v=spf1", split at spaces (RFC 7208 4.6.1),
 * into `terms` (at most `max`); returns how many, or -1 when the record
 * has more than `max` terms or one of MF__CHECK_TERM bytes or more: no
 * term is left out unsaid (a record written without it would drop
 * senders, a judgement without it would miss its all). */
static int spf_terms(const char *rec, char terms[][MF__CHECK_TERM], size_t max)
{
	size_t n = 0;
	const char *p = rec + 6;

	for (;;) {
		size_t l;

		while (*p == ' ')
			p++;
		if (!*p)
			return (int)n;
		l = strcspn(p, " ");
		if (n == max || l >= MF__CHECK_TERM)
			return -1;
		memcpy(terms[n], p, l);
		terms[n][l] = '\0';
		n++;
		p += l;
	}
}

/* "all", "+all", "-all", "~all", "?all" (any case): the qualifier, else 0. */
static char all_qualifier(const char *term)
{
	char q = strchr("+-~?", term[0]) ? term[0] : '+';
	const char *m = strchr("+-~?", term[0]) ? term + 1 : term;

	return strcasecmp(m, "all") == 0 ? q : 0;
}

static int is_ptr_term(const char *term)
{
	const char *m = term && strchr("+-~?", term[0]) ? term + 1 : term;

	return m && strncasecmp(m, "ptr", 3) == 0 && (m[3] == '\0' || m[3] == ':' || m[3] == '/');
}

/* What ends a record the provider writes ("-all" or "~all"). */
static const char *provider_all(const struct mf__provider *pv)
{
	const char *r = pv && pv->has_dns ? pv->dns.spf_record : "v=spf1 -all";
	const char *e = strrchr(r, ' ');

	return e ? e + 1 : "-all";
}

/* Whether the record text `rec` holds `term` (case-insensitive). */
static int has_term(const char *rec, const char *term)
{
	size_t tl = strlen(term);

	for (const char *p = rec; *p;) {
		size_t l;

		while (*p == ' ')
			p++;
		l = strcspn(p, " ");
		if (l == tl && strncasecmp(p, term, l) == 0)
			return 1;
		p += l;
	}
	return 0;
}

/* Append " term" to out; -1 (out unchanged) when it does not fit. */
static int append_term(char *out, size_t outsz, const char *term)
{
	size_t used = strlen(out), tl = strlen(term);

	if (used + 1 + tl >= outsz)
		return -1;
	out[used] = ' ';
	memcpy(out + used + 1, term, tl + 1);
	return 0;
}

/* spf_merge's work: 0, or -1 when a term did not fit. */
static int merge_terms(struct mf__check *c, char *out, size_t outsz, const char *const *recs,
		       size_t n_recs, const char *add, const char *end)
{
	char first_all = 0;

	snprintf(out, outsz, "v=spf1");
	if (add) {
		int held = 0;
		for (size_t r = 0; r < n_recs; r++)
			held |= has_term(recs[r] + 6, add);
		if (!held && append_term(out, outsz, add))
			return -1;
	}
	for (size_t r = 0; r < n_recs; r++) {
		int k = spf_terms(recs[r], c->terms, MF__CHECK_MAX_TERMS);

		if (k < 0)
			return -1;
		for (size_t i = 0; i < (size_t)k; i++) {
			char q = all_qualifier(c->terms[i]);

			char as_include[MF__CHECK_TERM + 8];

			if (q) {
				if (!first_all)
					first_all = q;
				continue;
			}
			/* a redirect= followed by an all is an include: the
			 * servers it names stay authorized */
			if (strncasecmp(c->terms[i], "redirect=", 9) == 0)
				snprintf(as_include, sizeof as_include, "include:%s", c->terms[i] + 9);
			else
				snprintf(as_include, sizeof as_include, "%s", c->terms[i]);
			if (!has_term(out + 6, as_include) && append_term(out, outsz, as_include))
				return -1;
		}
	}
	if (!end)
		end = first_all == '-' ? "-all" : first_all == '~' ? "~all" : first_all == '?' ? "?all"
			: provider_all(c->pv);
	return append_term(out, outsz, end);
}

/* One record made of the terms of `recs`, in order, without repeats,
 * their all dropped and a redirect= made an include:, with `add` first
 * when given and not held, ending with `end` (NULL: the first record's
 * all, else the provider's).  When that record does not fit in `out`
 * (outsz bytes), `out` says so in the request's language instead: a
 * record with terms cut off would stop authorizing some senders. */
static void spf_merge(struct mf__check *c, char *out, size_t outsz, const char *const *recs,
		      size_t n_recs, const char *add, const char *end)
{
	if (merge_terms(c, out, outsz, recs, n_recs, add, end) != 0)
		snprintf(out, outsz, "%s", mf__text_get(&c->data->check_spf_too_long, c->lang));
}

/* Does the evaluation tree reach one of the provider's includes? */
static int tree_has_include(const struct mf_spf_result *r, const struct mf__provider *pv)
{
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct mf_spf_step *st = &r->steps[i];

		if (st->depth > 0 && !st->term && st->domain)
			for (size_t k = 0; k < pv->dns.spf_includes.n; k++)
				if (strcasecmp(st->domain, pv->dns.spf_includes.v[k]) == 0)
					return 1;
	}
	return 0;
}

/* The first profile one of whose includes the tree reaches. */
static const struct mf__provider *provider_of_spf(const struct mf__data *d,
						  const struct mf_spf_result *r)
{
	for (size_t p = 0; r && p < d->n_providers; p++)
		if (d->providers[p].has_dns && tree_has_include(r, &d->providers[p]))
			return &d->providers[p];
	return NULL;
}

static int spf_eval(struct mf__check *c, const char *ip, struct mf_spf_result **out)
{
	char sender[MF__DNS_MAX_NAME + 16];
	struct mf_spf_request rq = {0};

	snprintf(sender, sizeof sender, "postmaster@%s", c->domain);
	rq.ip = ip;
	rq.sender = sender;
	return mf_spf_check(c->dns, &rq, NULL, out, NULL);
}

/* What the record's own terms say, whatever the evaluation gave: an
 * all that passes everyone, no all at all, ptr anywhere in the tree. */
static void judge_spf_terms(struct mf__check *c, const char *rec, struct mf__check_vars *v,
			    char *fix, size_t fixsz)
{
	int k = spf_terms(rec, c->terms, MF__CHECK_MAX_TERMS);
	const char *recs[1] = {rec};
	char all = 0;
	int redirect = 0, ptr = 0;

	for (size_t i = 0; k > 0 && i < (size_t)k; i++) {
		if (!all && all_qualifier(c->terms[i])) {
			all = all_qualifier(c->terms[i]);
			v->mechanism = c->terms[i];
		}
		redirect |= strncasecmp(c->terms[i], "redirect=", 9) == 0;
	}
	for (size_t i = 0; i < c->walk->n_steps; i++)
		ptr |= is_ptr_term(c->walk->steps[i].term);
	if (all == '+') {
		spf_merge(c, fix, fixsz, recs, 1, NULL, provider_all(c->pv));
		mf__check_add(c, "spf.all-pass", v, "%s", rec);
	} else if (!all && !redirect && k >= 0) {
		spf_merge(c, fix, fixsz, recs, 1, NULL, provider_all(c->pv));
		mf__check_add(c, "spf.no-all", v, "%s", rec);
	}
	if (ptr)
		mf__check_add(c, "spf.ptr", v, "%s", rec);
}

/* The SPF records of the domain's TXT answer: judged, then evaluated. */
static void check_spf(struct mf__check *c, struct mf__check_q *q)
{
	const char *recs[MF__CHECK_MAX_RECORDS];
	size_t n = 0;
	struct mf__check_vars v = {0};
	char fix[1024];
	const char *include = c->pv && c->pv->has_dns ? c->pv->dns.spf_includes.v[0] : NULL;
	char add[MF__DNS_MAX_NAME + 16];

	if (failed(c, q))
		return;
	for (size_t i = 0; q->a->status == MF_DNS_OK && i < q->a->n; i++)
		if (is_spf(&q->a->rr[i])) {
			mf__check_record(c, "spf", q->name, (const char *)q->a->rr[i].data, 0);
			if (n < MF__CHECK_MAX_RECORDS)
				recs[n++] = (const char *)q->a->rr[i].data;
		}
	if (include)
		snprintf(add, sizeof add, "include:%s", include);
	v.spf_fix = fix;
	v.name = c->domain;
	v.fix_name = c->domain;
	if (n == 0) {
		if (c->pv && c->pv->has_dns)
			snprintf(fix, sizeof fix, "%s", c->pv->dns.spf_record);
		else
			snprintf(fix, sizeof fix, "%s",
				 mf__text_get(&c->data->check_spf_unknown, c->lang));
		mf__check_add(c, "spf.missing", &v, "%s TXT: %s", q->name,
			      q->a->status == MF_DNS_OK ? "no record starting with v=spf1"
							: mf_dns_status_name(q->a->status));
		return;
	}
	if (n > 1) {
		char count[24];

		snprintf(count, sizeof count, "%zu", n);
		v.count = count;
		spf_merge(c, fix, sizeof fix, recs, n, include ? add : NULL, NULL);
		mf__check_add(c, "spf.multiple", &v, "%s | %s", recs[0], recs[1]);
		return;
	}
	if (spf_eval(c, WALK_IP, &c->walk) != 0 || !c->walk)
		return;
	if (!c->pv) {
		c->pv = provider_of_spf(c->data, c->walk);
		c->detected = c->spf_detected = c->pv != NULL;
	}
	include = c->pv && c->pv->has_dns ? c->pv->dns.spf_includes.v[0] : NULL;
	if (include)
		snprintf(add, sizeof add, "include:%s", include);
	judge_spf_terms(c, recs[0], &v, fix, sizeof fix);
	if (c->walk->code == MF_SPF_PERMERROR) {
		v.problem = c->walk->problem ? c->walk->problem : "permerror";
		if (c->walk->problem_record && c->walk->problem_column)
			mf__check_add(c, "spf.permerror", &v, "%s (column %d of \"%s\")", v.problem,
				      c->walk->problem_column, c->walk->problem_record);
		else
			mf__check_add(c, "spf.permerror", &v, "%s", v.problem);
		return;
	}
	if (c->walk->code == MF_SPF_TEMPERROR) {
		v.name = c->walk->decided_in ? c->walk->decided_in : c->domain;
		v.type = "TXT";
		v.status = "temperror";
		mf__check_add(c, "dns.lookup-failed", &v, "%s",
			      c->walk->problem ? c->walk->problem : "SPF temperror");
		return;
	}
	if (c->walk->n_lookups >= SPF_LOOKUPS_NEAR) {
		char lookups[16];

		snprintf(lookups, sizeof lookups, "%d", c->walk->n_lookups);
		v.lookups = lookups;
		mf__check_add(c, "spf.lookups-near-limit", &v, "%s: %d DNS-querying terms", recs[0],
			      c->walk->n_lookups);
	}
	if (c->pv && c->pv->has_dns && !tree_has_include(c->walk, c->pv)) {
		spf_merge(c, fix, sizeof fix, recs, 1, add, NULL);
		mf__check_add(c, "spf.provider-missing", &v, "%s", recs[0]);
	}
	c->spf_record = recs[0];
}

/* SPF for the sending server the user named (--ip). */
static void check_ip(struct mf__check *c, const char *ip)
{
	struct mf__check_vars v = {0};
	char fix[1024], add[80];
	const char *recs[1];

	if (spf_eval(c, ip, &c->ip_result) != 0 || !c->ip_result)
		return;
	v.ip = ip;
	v.result = mf_spf_code_name(c->ip_result->code);
	v.mechanism = c->ip_result->mechanism ? c->ip_result->mechanism : "-";
	switch (c->ip_result->code) {
	case MF_SPF_PASS:
		mf__check_add(c, "spf.ip-pass", &v, "%s: pass (%s)", ip, v.mechanism);
		break;
	case MF_SPF_FAIL:
	case MF_SPF_SOFTFAIL:
	case MF_SPF_NEUTRAL:
		if (!c->spf_record)
			break;
		recs[0] = c->spf_record;
		snprintf(add, sizeof add, "%s:%s", strchr(ip, ':') ? "ip6" : "ip4", ip);
		spf_merge(c, fix, sizeof fix, recs, 1, add, NULL);
		v.spf_fix = fix;
		v.fix_name = c->domain;
		mf__check_add(c, "spf.ip-not-authorized", &v, "%s: %s (%s)", ip, v.result,
			      v.mechanism);
		break;
	default: /* none, permerror, temperror: said by the record's findings */
		break;
	}
}

/* ---- DMARC ---- */

/* RFC 7489 6.3/6.4: tags "name=value" split at ';'.  Returns NULL when
 * the record is usable, else what is wrong; *policy gets p's value. */
static const char *dmarc_problem(const char *rec, char *policy, size_t psz)
{
	const char *p = rec;
	int n = 0, has_p = 0;

	policy[0] = '\0';
	while (*p) {
		const char *end = p + strcspn(p, ";");
		const char *eq;
		size_t nl, vl;

		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		eq = memchr(p, '=', (size_t)(end - p));
		if (p < end && !eq)
			return "a tag without \"=\"";
		if (eq) {
			const char *val = eq + 1;

			nl = (size_t)(eq - p);
			while (nl && (p[nl - 1] == ' ' || p[nl - 1] == '\t'))
				nl--;
			while (val < end && (*val == ' ' || *val == '\t'))
				val++;
			vl = (size_t)(end - val);
			while (vl && (val[vl - 1] == ' ' || val[vl - 1] == '\t'))
				vl--;
			if (n == 0 && !(nl == 1 && p[0] == 'v' && vl == 6 && strncmp(val, "DMARC1", 6) == 0))
				return "it does not start with v=DMARC1";
			if (nl == 1 && p[0] == 'p') {
				if (n != 1)
					return "p= is not the tag right after v=DMARC1";
				snprintf(policy, psz, "%.*s", (int)(vl < 32 ? vl : 32), val);
				if (strcasecmp(policy, "none") && strcasecmp(policy, "quarantine") &&
				    strcasecmp(policy, "reject"))
					return "p= is not none, quarantine or reject";
				has_p = 1;
			}
			n++;
		}
		p = *end ? end + 1 : end;
	}
	return has_p ? NULL : "no p= tag";
}

static int is_dmarc(const struct mf__rr *rr)
{
	const char *t = (const char *)rr->data;

	while (*t == ' ' || *t == '\t')
		t++;
	return strncasecmp(t, "v=dmarc1", 8) == 0 && strlen((const char *)rr->data) == rr->len;
}

/* _dmarc of the domain, else of the nearest parent that has one. */
static void check_dmarc(struct mf__check *c, struct mf__check_q *own)
{
	struct mf__check_q *q = own, *parents[MF__CHECK_MAX_PARENTS];
	size_t n_parents = 0, n = 0;
	const char *recs[MF__CHECK_MAX_RECORDS];
	struct mf__check_vars v = {0};
	char fix[512], policy[40], name[MF__DNS_MAX_NAME + 8];
	const char *problem;

	if (failed(c, own))
		return;
	if (q_none(own)) {
		/* the parents, nearest first, but not the top-level domain */
		for (const char *p = strchr(c->domain, '.'); p && strchr(p + 1, '.') &&
		     n_parents < MF__CHECK_MAX_PARENTS; p = strchr(p + 1, '.')) {
			snprintf(name, sizeof name, "_dmarc.%s", p + 1);
			parents[n_parents++] = ask(c, name, MF__T_TXT);
		}
		wait_all(c);
		for (size_t i = 0; i < n_parents; i++) {
			if (failed(c, parents[i]))
				return;
			if (q_status(parents[i]) == MF_DNS_OK) {
				size_t k = 0;
				for (size_t r = 0; r < parents[i]->a->n; r++)
					k += is_dmarc(&parents[i]->a->rr[r]);
				if (k) {
					q = parents[i];
					break;
				}
			}
		}
	}
	for (size_t i = 0; q->a && q->a->status == MF_DNS_OK && i < q->a->n; i++)
		if (is_dmarc(&q->a->rr[i])) {
			mf__check_record(c, "dmarc", q->name, (const char *)q->a->rr[i].data, 0);
			if (n < MF__CHECK_MAX_RECORDS)
				recs[n++] = (const char *)q->a->rr[i].data;
		}
	mf__check_fill_dmarc(c, fix, sizeof fix);
	v.dmarc_fix = fix;
	snprintf(name, sizeof name, "_dmarc.%s", c->domain);
	v.fix_name = name;
	if (n == 0) {
		mf__check_add(c, "dmarc.missing", &v, "%s TXT: %s", own->name,
			      q_status(own) == MF_DNS_OK ? "no record starting with v=DMARC1"
							 : mf_dns_status_name(q_status(own)));
		return;
	}
	if (n > 1) {
		char count[24];

		snprintf(count, sizeof count, "%zu", n);
		v.count = count;
		mf__check_add(c, "dmarc.multiple", &v, "%s | %s", recs[0], recs[1]);
		return;
	}
	if ((problem = dmarc_problem(recs[0], policy, sizeof policy))) {
		v.problem = problem;
		mf__check_add(c, "dmarc.invalid", &v, "%s: %s", q->name, recs[0]);
	} else if (strcasecmp(policy, "none") == 0) {
		mf__check_add(c, "dmarc.policy-none", &v, "%s: %s", q->name, recs[0]);
	}
}

/* ---- DKIM ---- */

/* RFC 6376 3.6.1: the key record's tags.  Returns NULL when it holds a
 * key, "" when p= is empty (revoked), else what is wrong. */
static const char *dkim_problem(const char *rec)
{
	const char *p = rec;
	int has_p = 0;

	while (*p) {
		const char *end = p + strcspn(p, ";");
		const char *eq;

		while (p < end && isspace((unsigned char)*p))
			p++;
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq) {
			const char *val = eq + 1;
			size_t nl = (size_t)(eq - p);

			while (nl && isspace((unsigned char)p[nl - 1]))
				nl--;
			while (val < end && isspace((unsigned char)*val))
				val++;
			if (nl == 1 && p[0] == 'v' && strncmp(val, "DKIM1", 5) != 0)
				return "v= is not DKIM1";
			if (nl == 1 && p[0] == 'p') {
				size_t k = 0;
				for (const char *s = val; s < end; s++) {
					if (isspace((unsigned char)*s))
						continue;
					if (!isalnum((unsigned char)*s) && *s != '+' && *s != '/' &&
					    *s != '=')
						return "the key in p= holds characters base64 does not use";
					k++;
				}
				if (k == 0)
					return "";
				has_p = 1;
			}
		} else if (p < end) {
			return "a tag without \"=\"";
		}
		p = *end ? end + 1 : end;
	}
	return has_p ? NULL : "no p= tag";
}

static void check_dkim(struct mf__check *c)
{
	const struct mf__provider *pv = c->pv;
	struct mf__check_vars v = {0};
	char first[MF__DNS_MAX_NAME + 1] = "";
	int found = 0, judged = 1;

	if (!pv || !pv->has_dns || pv->dns.dkim_selectors.n == 0)
		return;
	for (size_t s = 0; s < pv->dns.dkim_selectors.n; s++) {
		char name[MF__DNS_MAX_NAME + 64];
		struct mf__check_q *q;

		snprintf(name, sizeof name, "%s._domainkey.%s", pv->dns.dkim_selectors.v[s],
			 c->domain);
		q = ask(c, name, MF__T_TXT); /* asked in the first wave: answered */
		if (!first[0] && q)
			mf__strlcpy(first, q->name, sizeof first);
		if (failed(c, q)) {
			judged = 0;
			continue;
		}
		for (size_t i = 0; q->a->status == MF_DNS_OK && i < q->a->n; i++) {
			const char *rec = (const char *)q->a->rr[i].data;
			const char *problem = dkim_problem(rec);

			mf__check_record(c, "dkim", q->name, rec, 0);
			v.name = q->name;
			if (!problem) {
				found = 1;
			} else if (!problem[0]) {
				mf__check_add(c, "dkim.revoked", &v, "%s TXT: %s", q->name, rec);
				found = 1;
			} else {
				v.problem = problem;
				mf__check_add(c, "dkim.invalid", &v, "%s TXT: %s", q->name, rec);
				found = 1;
			}
		}
	}
	if (!found && judged) {
		v.dkim_name = first;
		mf__check_add(c, "dkim.missing", &v, "%s TXT: no record", first);
	}
}

/* ---- the webmail CNAME ---- */

static void check_webmail(struct mf__check *c)
{
	const struct mf__provider *pv = c->pv;
	struct mf__check_vars v = {0};
	char name[MF__DNS_MAX_NAME + 64];
	struct mf__check_q *q;
	const char *target;

	if (!pv || !pv->has_dns || !pv->dns.webmail_name)
		return;
	snprintf(name, sizeof name, "%s.%s", pv->dns.webmail_name, c->domain);
	q = ask(c, name, MF__T_CNAME);
	if (failed(c, q))
		return;
	v.webmail_name = q->name;
	v.webmail_target = pv->dns.webmail_targets.v[0];
	v.fix_name = q->name;
	if (q_none(q) || q->a->n == 0) {
		mf__check_add(c, "webmail.cname-missing", &v, "%s CNAME: %s", q->name,
			      mf_dns_status_name(q_status(q)));
		return;
	}
	target = (const char *)q->a->rr[0].data;
	mf__check_record(c, "webmail", q->name, target, 0);
	v.target = target;
	for (size_t i = 0; i < pv->dns.webmail_targets.n; i++)
		if (strcmp(target, pv->dns.webmail_targets.v[i]) == 0)
			return;
	for (size_t i = 0; i < pv->dns.seed_targets.n; i++)
		if (strcmp(target, pv->dns.seed_targets.v[i]) == 0) {
			mf__check_add(c, "webmail.cname-seed-value", &v, "%s CNAME %s", q->name,
				      target);
			return;
		}
	mf__check_add(c, "webmail.cname-wrong", &v, "%s CNAME %s", q->name, target);
}

/* ---- the whole check ---- */

/* The domain of a request: an address's part after the last '@',
 * normalized; 0, or -1 when it is no domain name mail could use. */
static int request_domain(const char *in, char *out, size_t outsz)
{
	const char *lt = strchr(in, '<'), *gt = lt ? strchr(lt, '>') : NULL;
	char addr[MF__DNS_MAX_NAME + 256];
	const char *at, *d;
	size_t digits = 0, label = 0;

	/* "Name <user@example.com>": the address inside the brackets */
	if (lt && gt) {
		if ((size_t)(gt - lt - 1) >= sizeof addr)
			return -1;
		memcpy(addr, lt + 1, (size_t)(gt - lt - 1));
		addr[gt - lt - 1] = '\0';
		in = addr;
	}
	at = strrchr(in, '@');
	d = at ? at + 1 : in;
	if (mf__dns_name_norm(d, out, outsz) || !strchr(out, '.'))
		return -1;
	/* a host name (RFC 5321 4.1.2, RFC 1123 2.1): letters, digits and
	 * hyphens, no label starting or ending with a hyphen; an
	 * internationalized name in its A-label (xn--) form */
	for (const char *p = out;; p++) {
		if (*p == '.' || !*p) {
			if (label == 0 || p[-1] == '-')
				return -1;
			if (!*p)
				break;
			label = 0;
			continue;
		}
		if (!(isalnum((unsigned char)*p) && (unsigned char)*p < 0x80) &&
		    !(*p == '-' && label > 0))
			return -1;
		label++;
		digits += isdigit((unsigned char)*p) != 0;
	}
	for (const char *p = out; *p; p++)
		digits += *p == '.';
	if (digits == strlen(out))
		return -1;  /* an address literal */
	return 0;
}

int mf_check(const struct mf_ctx *ctx, struct mf_dns *dns, const struct mf_check_request *req,
	     struct mf_check_report **out, struct mf_error *err)
{
	struct mf__check *c;
	struct mf__check_q *mx, *txt, *dmarc;
	char name[MF__DNS_MAX_NAME + 64];
	unsigned long sent, rounds;
	int rc;

	*out = NULL;
	if (!ctx || !dns || !req || !req->domain)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_check: missing argument");
	c = calloc(1, sizeof *c);
	if (!c)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	c->data = ctx->data;
	c->dns = dns;
	c->lang = mf__lang_of(req->lang, MF__LANG_EN);
	if (request_domain(req->domain, c->domain, sizeof c->domain)) {
		free(c);
		return mf__fail(err, MF_EINPUT, "domain",
				"give a domain such as example.com (an internationalized one in "
				"its xn-- form), or an address at it",
				"not a domain name mail could use: \"%.200s\"", req->domain);
	}
	if (req->provider) {
		c->pv = mf__data_find_provider(c->data, req->provider);
		if (!c->pv) {
			free(c);
			return mf__fail(err, MF_EPROVIDER, "provider", NULL,
					"unknown provider \"%.100s\"", req->provider);
		}
	}
	if (req->ip) {
		struct mf__spf_ip probe;
		if (mf__spf_ip_parse(req->ip, &probe)) {
			free(c);
			return mf__fail(err, MF_EINPUT, "ip", "give an IPv4 or IPv6 address",
					"not an IP address: \"%.100s\"", req->ip);
		}
	}
	if ((rc = mf__check_report_new(c))) {
		free(c);
		return mf__fail(err, rc, NULL, NULL, "out of memory");
	}
	sent = mf_dns_queries_sent(dns);
	rounds = mf__dns_rounds(dns);
	/* The first wave: everything that needs no other answer first. */
	mx = ask(c, c->domain, MF__T_MX);
	txt = ask(c, c->domain, MF__T_TXT);
	snprintf(name, sizeof name, "_dmarc.%s", c->domain);
	dmarc = ask(c, name, MF__T_TXT);
	for (size_t p = 0; p < c->data->n_providers; p++) {
		const struct mf__provider *pv = &c->data->providers[p];

		if (!pv->has_dns || (c->pv && c->pv != pv))
			continue;
		for (size_t s = 0; s < pv->dns.dkim_selectors.n; s++) {
			snprintf(name, sizeof name, "%s._domainkey.%s", pv->dns.dkim_selectors.v[s],
				 c->domain);
			ask(c, name, MF__T_TXT);
		}
		if (pv->dns.webmail_name) {
			snprintf(name, sizeof name, "%s.%s", pv->dns.webmail_name, c->domain);
			ask(c, name, MF__T_CNAME);
		}
	}
	wait_all(c);
	if (q_status(mx) == MF_DNS_NXDOMAIN && q_status(txt) == MF_DNS_NXDOMAIN) {
		struct mf__check_vars v = {0};
		mf__check_add(c, "domain.nxdomain", &v, "%s: NXDOMAIN", c->domain);
	} else {
		if (!c->pv && q_status(mx) == MF_DNS_OK) {
			c->pv = provider_of_mx(c->data, mx->a);
			c->detected = c->pv != NULL;
		}
		check_spf(c, txt);  /* may detect the provider from the includes */
		check_mx(c, mx);
		if (!c->pv) {
			struct mf__check_vars v = {0};
			mf__check_add(c, "provider.unknown", &v, "%s", c->domain);
		} else if (!c->pv->has_dns) {
			/* a profile without records (the generic "other") */
			struct mf__check_vars v = {0};
			mf__check_add(c, "provider.no-records", &v, "--provider %s", c->pv->id);
		}
		if (req->ip)
			check_ip(c, req->ip);
		check_dmarc(c, dmarc);
		check_dkim(c);
		check_webmail(c);
	}
	mf__check_set_counts(c, mf_dns_queries_sent(dns) - sent,
			     (int)(mf__dns_rounds(dns) - rounds));
	rc = mf__check_report_finish(c);
	if (rc) {
		mf__check_free(c);
		return mf__fail(err, rc, NULL, NULL, "out of memory");
	}
	*out = mf__check_report_take(c);
	mf__check_free(c);
	return 0;
}
