/*
 * host_verdict.c: what an answer says of a server host the query names
 * ("host smtp.aliyun.com: the outgoing (SMTP) server of Alibaba's personal
 * mailbox, not Alibaba Mail's: ... use smtp.qiye.aliyun.com ...").  Every
 * host the profiles know (their documented servers, their related_hosts,
 * the MX hosts they ask domains to publish) gets one sentence of
 * hosts.json per answer profile and language, made once when the context
 * is made (route.c prepare_one); a mention looks its host up here, and a
 * name one typing slip from a known host is said to look like its
 * misspelling.  A host no profile knows gets nothing: mailfix does not
 * guess what an unknown name is.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The longest host name looked up (RFC 1035: 253 characters). */
#define MF__HOST_NAME_MAX 253

/* The verdicts of one profile and language while they are made. */
struct verdicts {
	struct mf__arena *a;
	const struct mf__data *d;
	const struct mf__provider *pv; /* the answer's profile */
	int lang;
	struct mf__host_verdict *v;
	size_t n, cap;
};

static int index_of(const char *const *names, size_t n, const char *name)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(names[k], name) == 0)
			return (int)k;
	return -1;
}

/* The words of a protocol or a TLS mode (the id itself when hosts.json
 * has none: a profile's own hosts are not limited to the four). */
static const char *protocol_words(const struct verdicts *w, const char *p)
{
	int k = index_of(mf__host_protocols, MF__N_HOST_PROTOCOLS, p);

	return k < 0 ? p : mf__text_get(&w->d->host_texts.protocol[k], w->lang);
}

static const char *tls_words(const struct verdicts *w, const char *t)
{
	int k = index_of(mf__host_tls_modes, MF__N_HOST_TLS, t);

	return k < 0 ? t : mf__text_get(&w->d->host_texts.tls[k], w->lang);
}

/* A placeholder's value for mf__template_fill: vals[k] is the value of
 * mf__host_keys[k] (NULL: nothing). */
static const char *key_lookup(const void *arg, const char *name, size_t len)
{
	const char *const *vals = arg;

	for (size_t k = 0; k < MF__N_HOST_KEYS; k++)
		if (strlen(mf__host_keys[k]) == len && memcmp(mf__host_keys[k], name, len) == 0)
			return vals[k];
	return NULL;
}

static size_t expand(const char *tmpl, const char *const vals[MF__N_HOST_KEYS], char *out)
{
	return mf__template_fill(tmpl, key_lookup, vals, out);
}

static struct mf__host_verdict *find(struct verdicts *w, const char *host)
{
	for (size_t i = 0; i < w->n; i++)
		if (strcmp(w->v[i].host, host) == 0)
			return &w->v[i];
	return NULL;
}

/* Add the verdict of `kind` on host `name`, a server of profile number
 * `origin` (h: its protocol, port and TLS; NULL for an MX host), or join
 * it to the verdict the host has already from that profile (a host that
 * serves two protocols). */
static int add(struct verdicts *w, size_t origin, enum mf__host_verdict_kind kind,
	       const char *name, const struct mf__provider_host *h, const char *service,
	       const char *other_name)
{
	const struct mf__provider_host *right = NULL;
	struct mf__host_verdict *have = find(w, name);
	char port[8], right_port[8];
	const char *vals[MF__N_HOST_KEYS] = {NULL}; /* {host}, {verdict}: misspelt only */
	const char *tmpl;
	size_t n, old = 0;
	char *s;

	if (have && have->origin != origin)
		return 0; /* a host is first the profile's own, then related */
	for (size_t k = 0; h && k < w->pv->n_hosts && !right; k++)
		if (strcmp(w->pv->hosts[k].protocol, h->protocol) == 0)
			right = &w->pv->hosts[k];
	/* no server of the protocol to send the reader to instead (a
	 * profile without hosts): say what the host is, and no more */
	if (h && !right && kind == MF__HOST_OTHER_SERVICE)
		kind = MF__HOST_OTHER_SERVICE_NO_HOST;
	else if (h && !right && kind == MF__HOST_OTHER_PROVIDER)
		kind = MF__HOST_OTHER_PROVIDER_NO_HOST;
	else if (h && !right && kind != MF__HOST_OWN)
		return 0;
	tmpl = mf__text_get(&w->d->host_texts.verdict[kind], w->lang);
	snprintf(port, sizeof port, "%d", h ? h->port : 0);
	snprintf(right_port, sizeof right_port, "%d", right ? right->port : 0);
	vals[MF__HK_PROVIDER_NAME] = mf__text_get(&w->pv->short_name, w->lang);
	vals[MF__HK_PROTOCOL] = h ? protocol_words(w, h->protocol) : NULL;
	vals[MF__HK_PORT] = h ? port : NULL;
	vals[MF__HK_TLS] = h ? tls_words(w, h->tls) : NULL;
	vals[MF__HK_SERVICE] = service;
	vals[MF__HK_OTHER_NAME] = other_name;
	vals[MF__HK_RIGHT_HOST] = right ? right->host : NULL;
	vals[MF__HK_RIGHT_PORT] = right ? right_port : NULL;
	vals[MF__HK_RIGHT_TLS] = right ? tls_words(w, right->tls) : NULL;
	n = expand(tmpl, vals, NULL);
	if (have)
		old = strlen(have->meaning) + 2; /* "; " */
	s = mf__arena_alloc(w->a, old + n + 1);
	if (!s)
		return MF_ENOMEM;
	if (have) {
		memcpy(s, have->meaning, old - 2);
		memcpy(s + old - 2, "; ", 2);
	}
	expand(tmpl, vals, s + old);
	s[old + n] = '\0';
	if (have) {
		have->meaning = s;
		return 0;
	}
	if (w->n == w->cap)
		return MF_ENOMEM; /* counted before */
	w->v[w->n].misspelt = NULL;
	w->v[w->n].host = name;
	w->v[w->n].origin = origin;
	w->v[w->n++].meaning = s;
	return 0;
}

/* The MX hosts profile q asks domains to publish (a "*." suffix is no
 * one host a query names, so it has no verdict). */
static int add_mx(struct verdicts *w, size_t origin, const struct mf__provider *q)
{
	int rc = 0;

	for (size_t s = 0; q->has_dns && s < q->dns.n_mx_sets; s++)
		for (size_t k = 0; !rc && k < q->dns.mx_sets[s].n; k++) {
			const char *name = q->dns.mx_sets[s].v[k];
			if (strncmp(name, "*.", 2) == 0)
				continue;
			rc = q == w->pv ? add(w, origin, MF__HOST_MX_OWN, name, NULL, NULL, NULL)
					: add(w, origin, MF__HOST_MX_OTHER, name, NULL, NULL,
					      mf__text_get(&q->short_name, w->lang));
		}
	return rc;
}

int mf__host_verdicts_fill(struct mf__arena *a, const struct mf__data *d,
			   const struct mf__provider *pv, int lang, struct mf__filled *f)
{
	struct verdicts w = {a, d, pv, lang, NULL, 0, 0};
	size_t own = (size_t)(pv - d->providers);
	int rc = 0;

	for (size_t p = 0; p < d->n_providers; p++) {
		const struct mf__provider *q = &d->providers[p];
		w.cap += q->n_hosts + q->n_related;
		for (size_t s = 0; q->has_dns && s < q->dns.n_mx_sets; s++)
			w.cap += q->dns.mx_sets[s].n;
	}
	w.v = mf__arena_alloc(a, (w.cap + 1) * sizeof *w.v);
	if (!w.v)
		return MF_ENOMEM;
	for (size_t k = 0; !rc && k < pv->n_hosts; k++)
		rc = add(&w, own, MF__HOST_OWN, pv->hosts[k].host, &pv->hosts[k], NULL, NULL);
	for (size_t k = 0; !rc && k < pv->n_related; k++) {
		const struct mf__related_host *r = &pv->related[k];
		rc = add(&w, own, r->alias ? MF__HOST_ALIAS : MF__HOST_OTHER_SERVICE, r->h.host, &r->h,
			 mf__text_get(&r->service, lang), NULL);
	}
	if (!rc)
		rc = add_mx(&w, own, pv);
	for (size_t p = 0; !rc && p < d->n_providers; p++) {
		const struct mf__provider *q = &d->providers[p];
		const char *name = mf__text_get(&q->short_name, lang);

		if (q == pv)
			continue;
		for (size_t k = 0; !rc && k < q->n_hosts; k++)
			rc = add(&w, p, MF__HOST_OTHER_PROVIDER, q->hosts[k].host, &q->hosts[k], NULL,
				 name);
		/* another profile's other names are that profile's servers;
		 * its related services are named as themselves */
		for (size_t k = 0; !rc && k < q->n_related; k++) {
			const struct mf__related_host *r = &q->related[k];
			rc = r->alias ? add(&w, p, MF__HOST_OTHER_PROVIDER, r->h.host, &r->h, NULL, name)
				      : add(&w, p, MF__HOST_OTHER_SERVICE, r->h.host, &r->h,
					    mf__text_get(&r->service, lang), NULL);
		}
		if (!rc)
			rc = add_mx(&w, p, q);
	}
	/* what a name one typing slip from a known host is said to be */
	for (size_t i = 0; !rc && i < w.n; i++) {
		const char *vals[MF__N_HOST_KEYS] = {NULL};
		const char *tmpl = mf__text_get(&d->host_texts.verdict[MF__HOST_MISSPELT], lang);
		char *s;

		vals[MF__HK_HOST] = w.v[i].host;
		vals[MF__HK_VERDICT] = w.v[i].meaning;
		s = mf__arena_alloc(a, expand(tmpl, vals, NULL) + 1);
		if (!s)
			return MF_ENOMEM;
		s[expand(tmpl, vals, s)] = '\0';
		w.v[i].misspelt = s;
	}
	f->hosts = w.v;
	f->n_hosts = w.n;
	return rc;
}

/* The host as ASCII lower case in out (full-width forms, which a
 * Chinese input method types, folded: "ｓｍｔｐ．ｑｉｙｅ．ａｌｉｙｕｎ．ｃｏｍ"): its
 * length, or 0 when it holds anything else or does not fit. */
static size_t fold(const char *host, size_t len, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)host;
	size_t n = 0;

	for (size_t i = 0; i < len; n++) {
		unsigned c = p[i];

		if (n + 1 >= cap)
			return 0;
		if (c >= 0x80) {
			/* a three-byte character, U+FF01..U+FF5E only */
			unsigned cp;

			if (i + 2 >= len || (c & 0xF0) != 0xE0 || (p[i + 1] & 0xC0) != 0x80 ||
			    (p[i + 2] & 0xC0) != 0x80)
				return 0;
			cp = (c & 0x0F) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
			if (cp < 0xFF01 || cp > 0xFF5E)
				return 0;
			c = cp - 0xFEE0;
			i += 3;
		} else {
			i++;
		}
		out[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	while (n && (out[n - 1] == '.' || out[n - 1] == ' '))
		n--; /* "smtp.qiye.aliyun.com." */
	out[n] = '\0';
	return n;
}

/* Damerau-Levenshtein distance of a and b (adjacent transpositions
 * count one), or more than `most` as soon as it is certain. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t most)
{
	enum { MAXLEN = 64 };
	size_t rows[3][MAXLEN + 1], *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

	if (na > MAXLEN || nb > MAXLEN || (na > nb ? na - nb : nb - na) > most)
		return most + 1;
	for (size_t j = 0; j <= nb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t best = cur[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = a[i - 1] != b[j - 1], v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > most)
			return most + 1;
		{
			size_t *t = prev2;
			prev2 = prev;
			prev = cur;
			cur = t;
		}
	}
	return prev[nb];
}

int mf__host_name_plausible(const struct mf__data *d, const char *host, size_t len)
{
	char name[MF__HOST_NAME_MAX + 1];
	size_t n = fold(host, len, name, sizeof name), k;
	const char *last;

	if (!n)
		return 1;
	last = strrchr(name, '.');
	last = last ? last + 1 : name;
	k = strlen(last);
	if (k == 2 && last[0] >= 'a' && last[0] <= 'z' && last[1] >= 'a' && last[1] <= 'z')
		return 1;
	for (size_t i = 0; i < d->host_texts.n_last_labels; i++)
		if (strcmp(d->host_texts.last_labels[i], last) == 0)
			return 1;
	return 0;
}

const char *mf__host_verdict(const struct mf__filled *f, const char *host, size_t len)
{
	char name[MF__HOST_NAME_MAX + 1];
	size_t n = fold(host, len, name, sizeof name);
	const char *near = NULL;

	if (!n || !f)
		return NULL;
	for (size_t i = 0; i < f->n_hosts; i++)
		if (strcmp(f->hosts[i].host, name) == 0)
			return f->hosts[i].meaning;
	/* One slip (a letter wrong, missing, added or two swapped), or two
	 * in the top-level label ("smtp.qiye.aliyun.corn"). */
	for (size_t i = 0; i < f->n_hosts && !near; i++) {
		const char *h = f->hosts[i].host, *dot = strrchr(h, '.');
		size_t hn = strlen(h), stem = dot ? (size_t)(dot - h) + 1 : 0;
		/* two slips only in the last label of a name otherwise the
		 * same (".corn"): two anywhere would take another region's or
		 * service's real server (smtp.hk. against smtp.sg.) for a slip */
		size_t most = stem && n > stem && memcmp(name, h, stem) == 0 ? 2 : 1;
		size_t pre = 0, suf = 0, longer = n > hn ? n : hn, shorter = n + hn - longer;

		/* each slip breaks at most two characters of the names'
		 * common start and end: a cheap test before the distance */
		while (pre < shorter && name[pre] == h[pre])
			pre++;
		while (suf < shorter - pre && name[n - 1 - suf] == h[hn - 1 - suf])
			suf++;
		if (pre + suf + 2 * most < longer)
			continue;
		if (distance(name, n, h, hn, most) <= most)
			near = f->hosts[i].misspelt;
	}
	return near;
}
