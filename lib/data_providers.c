/*
 * data_providers.c: the provider profiles (every file under
 * providers/): facts with their sources, the DNS a domain on the
 * provider publishes (for check), texts; every profile has the default
 * profile's facts, and a {fact} placeholder in any text names one.
 * Also hosts.json: the sentences route says of a server host a query
 * names (host_verdict.c fills them with the profiles' hosts).
 */
#include <stdio.h>
#include <string.h>

#include "data_load.h"
#include "dns.h"

/* A list of DNS names (lower case, no trailing dot; "*." first allows
 * any host under the rest when `wild`), or of selectors: `arr` is the
 * JSON value of `what` (NULL when absent). */
static int get_names(struct loader *l, json_t *arr, const char *what, int required, int wild,
		     struct mf__names *out)
{
	json_t *v;
	size_t i;

	memset(out, 0, sizeof *out);
	if (!arr && !required)
		return 0;
	if (!json_is_array(arr) || (required && json_array_size(arr) == 0))
		return mf__load_bad(l, NULL, "\"%s\" must be a list of names%s", what,
				    required ? ", not empty" : "");
	out->v = mf__arena_alloc(l->mem, (json_array_size(arr) + 1) * sizeof *out->v);
	if (!out->v)
		return MF_ENOMEM;
	json_array_foreach(arr, i, v) {
		const char *name = json_string_value(v), *check;
		char norm[MF__DNS_MAX_NAME + 1];

		if (!name || !*name || strlen(name) != json_string_length(v))
			return mf__load_bad(l, NULL, "\"%s\" item %zu must be a non-empty string",
					    what, i + 1);
		check = wild && strncmp(name, "*.", 2) == 0 ? name + 2 : name;
		if (mf__dns_name_norm(check, norm, sizeof norm) || strcmp(norm, check) != 0)
			return mf__load_bad(l,
					    "write names in lower case, without the trailing dot",
					    "\"%s\" item %zu is not a DNS name: \"%s\"", what, i + 1, name);
		out->v[out->n++] = name;
	}
	return 0;
}

static int load_provider_dns(struct loader *l, json_t *dns, struct mf__provider_dns *out)
{
	static const char *const keys[] = {"mx_sets", "mx_expected", "spf_includes", "spf_record",
					   "dkim_selectors", "dmarc_record", "webmail", "source",
					   NULL};
	static const char *const wkeys[] = {"name", "targets", "seed_targets", NULL};
	json_t *sets = json_object_get(dns, "mx_sets"), *set, *web = json_object_get(dns, "webmail");
	const char *source;
	size_t i;
	int rc;

	if (!json_is_object(dns))
		return mf__load_bad(l, NULL, "\"dns\" must be an object");
	if ((rc = mf__load_keys(l, dns, keys)) ||
	    (rc = mf__load_string(l, dns, "source", 1, &source)) ||
	    (rc = mf__load_string(l, dns, "mx_expected", 1, &out->mx_expected)) ||
	    (rc = mf__load_string(l, dns, "spf_record", 1, &out->spf_record)) ||
	    (rc = mf__load_string(l, dns, "dmarc_record", 1, &out->dmarc_record)) ||
	    (rc = get_names(l, json_object_get(dns, "spf_includes"), "spf_includes", 1, 0,
			    &out->spf_includes)) ||
	    (rc = get_names(l, json_object_get(dns, "dkim_selectors"), "dkim_selectors", 0, 0,
			    &out->dkim_selectors)))
		return rc;
	if (strncmp(out->spf_record, "v=spf1 ", 7) != 0)
		return mf__load_bad(l, NULL, "\"spf_record\" must start with \"v=spf1 \"");
	if (strncmp(out->dmarc_record, "v=DMARC1;", 9) != 0)
		return mf__load_bad(l, NULL, "\"dmarc_record\" must start with \"v=DMARC1;\"");
	if (!json_is_array(sets) || json_array_size(sets) == 0)
		return mf__load_bad(l, NULL, "\"mx_sets\" must be a list of host lists");
	out->mx_sets = mf__arena_alloc(l->mem, json_array_size(sets) * sizeof *out->mx_sets);
	if (!out->mx_sets)
		return MF_ENOMEM;
	json_array_foreach(sets, i, set)
		if ((rc = get_names(l, set, "mx_sets", 1, 1, &out->mx_sets[i])))
			return rc;
	out->n_mx_sets = json_array_size(sets);
	if (web) {
		if (!json_is_object(web))
			return mf__load_bad(l, NULL, "\"webmail\" must be an object");
		if ((rc = mf__load_keys(l, web, wkeys)) ||
		    (rc = mf__load_string(l, web, "name", 1, &out->webmail_name)) ||
		    (rc = get_names(l, json_object_get(web, "targets"), "targets", 1, 0,
				    &out->webmail_targets)) ||
		    (rc = get_names(l, json_object_get(web, "seed_targets"), "seed_targets", 0, 0,
				    &out->seed_targets)))
			return rc;
	}
	return 0;
}

/* One server {protocol, host, port, tls, ...} of a profile. */
static int load_host(struct loader *l, json_t *h, const char *const *keys,
		     struct mf__provider_host *ph)
{
	json_t *port = json_object_get(h, "port");
	int rc;

	if (!json_is_object(h))
		return mf__load_bad(l, NULL, "must be an object");
	if ((rc = mf__load_keys(l, h, keys)) ||
	    (rc = mf__load_string(l, h, "protocol", 1, &ph->protocol)) ||
	    (rc = mf__load_string(l, h, "host", 1, &ph->host)) ||
	    (rc = mf__load_string(l, h, "tls", 1, &ph->tls)))
		return rc;
	if (!json_is_integer(port) || json_integer_value(port) < 1 ||
	    json_integer_value(port) > 65535)
		return mf__load_bad(l, NULL, "\"port\" must be 1..65535");
	ph->port = (int)json_integer_value(port);
	if (strcmp(ph->tls, "implicit") && strcmp(ph->tls, "starttls") && strcmp(ph->tls, "none"))
		return mf__load_bad(l, NULL, "\"tls\" must be implicit, starttls or none");
	return 0;
}

static int known_protocol(const char *p)
{
	for (size_t k = 0; k < MF__N_HOST_PROTOCOLS; k++)
		if (strcmp(p, mf__host_protocols[k]) == 0)
			return 1;
	return 0;
}

/* "related_hosts": servers people type for the profile's that are not
 * the documented ones, each with what it is and its source. */
static int load_related(struct loader *l, json_t *arr, struct mf__provider *pv)
{
	static const char *const keys[] = {"protocol", "host", "port", "tls", "kind", "service",
					   "source", NULL};
	json_t *h;
	size_t i;
	int rc;

	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return mf__load_bad(l, NULL, "\"related_hosts\" must be a list");
	pv->related = mf__arena_alloc(l->mem, (json_array_size(arr) + 1) * sizeof *pv->related);
	if (!pv->related)
		return MF_ENOMEM;
	json_array_foreach(arr, i, h) {
		struct mf__related_host *r = &pv->related[i];
		const char *kind, *source;
		char norm[MF__DNS_MAX_NAME + 1];

		snprintf(l->record, sizeof l->record, "related host %zu", i + 1);
		if ((rc = load_host(l, h, keys, &r->h)) ||
		    (rc = mf__load_string(l, h, "kind", 1, &kind)) ||
		    (rc = mf__load_string(l, h, "source", 1, &source)) ||
		    (rc = mf__load_opt_text(l, h, "service", 1, &r->service)))
			return rc;
		if (strcmp(kind, "alias") && strcmp(kind, "other-service"))
			return mf__load_bad(l, NULL, "\"kind\" must be alias or other-service");
		r->alias = strcmp(kind, "alias") == 0;
		if (!known_protocol(r->h.protocol))
			return mf__load_bad(l, NULL, "\"protocol\" must be smtp, imap, pop3 or webmail");
		if (mf__dns_name_norm(r->h.host, norm, sizeof norm) || strcmp(norm, r->h.host) != 0)
			return mf__load_bad(l, "write names in lower case, without the trailing dot",
					    "\"host\" is not a DNS name: \"%s\"", r->h.host);
		for (size_t k = 0; k < pv->n_hosts; k++)
			if (strcmp(pv->hosts[k].host, r->h.host) == 0)
				return mf__load_bad(l, NULL, "\"%s\" is one of the profile's hosts",
						    r->h.host);
	}
	pv->n_related = json_array_size(arr);
	return 0;
}

static int load_provider(struct loader *l, json_t *doc, struct mf__provider *pv)
{
	static const char *const top[] = {"id", "name", "source", "hosts", "facts", "sources", "dns",
					  "related_hosts", "short_name", NULL};
	static const char *const hkeys[] = {"protocol", "host", "port", "tls", "source", NULL};
	json_t *hosts = json_object_get(doc, "hosts"), *facts = json_object_get(doc, "facts");
	json_t *sources = json_object_get(doc, "sources");
	json_t *h, *v;
	const char *key;
	size_t i;
	int rc;

	if (!json_is_object(doc))
		return mf__load_bad(l, NULL, "a profile must be an object");
	if ((rc = mf__load_keys(l, doc, top)) || (rc = mf__load_string(l, doc, "id", 1, &pv->id)) ||
	    (rc = mf__load_string(l, doc, "name", 1, &pv->name)))
		return rc;
	if ((rc = mf__load_opt_text(l, doc, "short_name", 0, &pv->short_name)))
		return rc;
	if (!pv->short_name.en)
		pv->short_name.en = pv->short_name.zh = pv->short_name.zh_hant = pv->name;
	if (mf__data_find_provider(l->d, pv->id))
		return mf__load_bad(l, NULL, "duplicate provider id \"%s\"", pv->id);
	if (!json_is_array(hosts))
		return mf__load_bad(l, NULL, "\"hosts\" must be a list");
	pv->hosts = mf__arena_alloc(l->mem, json_array_size(hosts) * sizeof *pv->hosts);
	if (!pv->hosts)
		return MF_ENOMEM;
	json_array_foreach(hosts, i, h) {
		snprintf(l->record, sizeof l->record, "host %zu", i + 1);
		if ((rc = load_host(l, h, hkeys, &pv->hosts[i])))
			return rc;
	}
	pv->n_hosts = json_array_size(hosts);
	if ((rc = load_related(l, json_object_get(doc, "related_hosts"), pv)))
		return rc;
	l->record[0] = '\0';
	if (facts && !json_is_object(facts))
		return mf__load_bad(l, NULL, "\"facts\" must map names to strings");
	pv->fact_keys = mf__arena_alloc(l->mem, (json_object_size(facts) + 1) * sizeof(char *));
	pv->fact_values = mf__arena_alloc(l->mem,
					  (json_object_size(facts) + 1) * sizeof *pv->fact_values);
	if (!pv->fact_keys || !pv->fact_values)
		return MF_ENOMEM;
	json_object_foreach(facts, key, v) {
		struct mf__text *t = &pv->fact_values[pv->n_facts];

		snprintf(l->record, sizeof l->record, "fact %s", key);
		if (json_is_string(v)) {
			t->en = t->zh = json_string_value(v);
		} else if ((rc = mf__load_text(l, v, key, t))) {
			return rc;
		}
		pv->fact_keys[pv->n_facts++] = key;
	}
	/* Every fact says where it comes from (shared/providers/<id>.md),
	 * and every source is a fact's. */
	if (sources && !json_is_object(sources))
		return mf__load_bad(l, NULL, "\"sources\" must map fact names to strings");
	json_object_foreach(facts, key, v) {
		json_t *src = json_object_get(sources, key);

		snprintf(l->record, sizeof l->record, "fact %s", key);
		if (!json_is_string(src) || json_string_length(src) == 0)
			return mf__load_bad(l,
					    "add \"sources\": {\"<fact>\": \"where it is documented\"}",
					    "the fact has no source");
	}
	json_object_foreach(sources, key, v) {
		snprintf(l->record, sizeof l->record, "source %s", key);
		if (!json_object_get(facts, key))
			return mf__load_bad(l, NULL, "names no fact of the profile");
	}
	l->record[0] = '\0';
	if (json_object_get(doc, "dns")) {
		snprintf(l->record, sizeof l->record, "dns");
		if ((rc = load_provider_dns(l, json_object_get(doc, "dns"), &pv->dns)))
			return rc;
		pv->has_dns = 1;
		l->record[0] = '\0';
	}
	return 0;
}

/* Every profile has the same facts as the default one, so that an answer
 * reads right whichever profile it is for (a text may name any fact). */
static int check_same_facts(struct loader *l, const struct mf__provider *pv,
			    const struct mf__provider *def)
{
	const struct mf__provider *pair[2][2] = {{def, pv}, {pv, def}};

	for (int side = 0; side < 2; side++) {
		const struct mf__provider *has = pair[side][0], *lacks = pair[side][1];

		for (size_t i = 0; i < has->n_facts; i++) {
			size_t k = 0;

			while (k < lacks->n_facts && strcmp(lacks->fact_keys[k], has->fact_keys[i]))
				k++;
			if (k == lacks->n_facts)
				return mf__load_bad(l,
						    "every provider profile has the same facts; write the "
						       "honest text where the provider has no such thing",
						    "provider %s lacks the fact \"%s\" that provider %s has",
						    lacks->id, has->fact_keys[i], has->id);
		}
	}
	return 0;
}

/* Placeholders {name} in step texts must name a fact of every provider. */
static int check_placeholders(struct loader *l, const char *s)
{
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *e = strchr(p, '}');
		size_t n;

		if (!e)
			return mf__load_bad(l, NULL, "unclosed { in \"%s\"", s);
		n = (size_t)(e - p - 1);
		for (size_t i = 0; i < l->d->n_providers; i++) {
			const struct mf__provider *pv = &l->d->providers[i];
			size_t k;
			for (k = 0; k < pv->n_facts; k++)
				if (strlen(pv->fact_keys[k]) == n &&
				    memcmp(pv->fact_keys[k], p + 1, n) == 0)
					break;
			if (k == pv->n_facts)
				return mf__load_bad(l, "add the fact to every provider profile",
						    "placeholder {%.*s} is not a fact of provider %s",
						    (int)n, p + 1, pv->id);
		}
	}
	return 0;
}

int mf__load_texts_placeholders(struct loader *l, const struct mf__texts *t)
{
	int rc;

	for (size_t i = 0; i < t->n; i++)
		if ((rc = check_placeholders(l, t->v[i].en)) ||
		    (rc = check_placeholders(l, t->v[i].zh)))
			return rc;
	return 0;
}

/* Every file under providers/, the default profile among them. */
int mf__load_providers(struct loader *l, struct file *files, size_t n_files)
{
	size_t n_prov = 0;
	int rc;

	for (size_t i = 0; i < n_files; i++)
		n_prov += strncmp(files[i].name, "providers/", 10) == 0;
	l->d->providers = mf__arena_alloc(l->mem, (n_prov + 1) * sizeof *l->d->providers);
	if (!l->d->providers)
		return MF_ENOMEM;
	for (size_t i = 0; i < n_files; i++) {
		if (strncmp(files[i].name, "providers/", 10) != 0)
			continue;
		l->file = files[i].name;
		if ((rc = load_provider(l, files[i].doc, &l->d->providers[l->d->n_providers])))
			return rc;
		l->d->n_providers++;
	}
	if (!mf__data_find_provider(l->d, MF__DEFAULT_PROVIDER))
		return mf__fail(l->err, MF_EDATA, "providers/", NULL,
				"the default provider profile \"alimail\" is missing");
	for (size_t i = 0, p = 0; i < n_files; i++) {
		if (strncmp(files[i].name, "providers/", 10) != 0)
			continue;
		l->file = files[i].name;
		l->record[0] = '\0';
		if ((rc = check_same_facts(l, &l->d->providers[p++],
					   mf__data_find_provider(l->d, MF__DEFAULT_PROVIDER))))
			return rc;
	}
	return 0;
}

/* ---- hosts.json ---- */

const char *const mf__host_protocols[MF__N_HOST_PROTOCOLS] = {"smtp", "imap", "pop3", "webmail"};
const char *const mf__host_tls_modes[MF__N_HOST_TLS] = {"implicit", "starttls", "none"};
const char *const mf__host_verdict_names[MF__N_HOST_VERDICTS] = {
	"own", "alias", "other_service", "other_provider", "mx_own", "mx_other",
	"other_service_no_host", "other_provider_no_host", "misspelt",
};
const char *const mf__host_keys[MF__N_HOST_KEYS] = {
	[MF__HK_PROVIDER_NAME] = "provider_name", [MF__HK_PROTOCOL] = "protocol",
	[MF__HK_PORT] = "port", [MF__HK_TLS] = "tls", [MF__HK_SERVICE] = "service",
	[MF__HK_OTHER_NAME] = "other_name", [MF__HK_RIGHT_HOST] = "right_host",
	[MF__HK_RIGHT_PORT] = "right_port", [MF__HK_RIGHT_TLS] = "right_tls",
	[MF__HK_HOST] = "host", [MF__HK_VERDICT] = "verdict",
};

/* Every {placeholder} of s is one of mf__host_keys. */
static int host_placeholders(struct loader *l, const char *s)
{
	const char *name;
	size_t len;
	int rc = mf__template_unknown(s, mf__host_keys, MF__N_HOST_KEYS, &name, &len);

	if (rc < 0)
		return mf__load_bad(l, NULL, "unclosed { in \"%s\"", s);
	if (rc > 0)
		return mf__load_bad(l, "placeholders: {provider_name} {protocol} {port} {tls} "
				    "{service} {other_name} {right_host} {right_port} "
				    "{right_tls}; {host} {verdict} in misspelt",
				    "unknown placeholder {%.*s}", (int)len, name);
	return 0;
}

/* A map {name: text} holding each of names[] and nothing else. */
static int load_text_map(struct loader *l, json_t *doc, const char *what,
			 const char *const *names, size_t n, struct mf__text *out, int templates)
{
	json_t *map = json_object_get(doc, what);
	int rc;

	snprintf(l->record, sizeof l->record, "%s", what);
	if (!json_is_object(map) || json_object_size(map) != n)
		return mf__load_bad(l, NULL, "\"%s\" must map each of its %zu names to a text",
				    what, n);
	for (size_t k = 0; k < n; k++) {
		snprintf(l->record, sizeof l->record, "%s %s", what, names[k]);
		if ((rc = mf__load_opt_text(l, map, names[k], 1, &out[k])) ||
		    (templates && ((rc = host_placeholders(l, out[k].en)) ||
				   (rc = host_placeholders(l, out[k].zh)))))
			return rc;
	}
	return 0;
}

int mf__load_host_texts(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "last_labels", "verdicts", "protocols", "tls",
					  NULL};
	struct mf__host_texts *t = &l->d->host_texts;
	int rc;

	if (!json_is_object(doc))
		return mf__load_bad(l, NULL, "must be an object");
	if ((rc = mf__load_keys(l, doc, top)) ||
	    (rc = load_text_map(l, doc, "verdicts", mf__host_verdict_names, MF__N_HOST_VERDICTS,
				t->verdict, 1)) ||
	    (rc = load_text_map(l, doc, "protocols", mf__host_protocols, MF__N_HOST_PROTOCOLS,
				t->protocol, 0)) ||
	    (rc = load_text_map(l, doc, "tls", mf__host_tls_modes, MF__N_HOST_TLS, t->tls, 0)))
		return rc;
	snprintf(l->record, sizeof l->record, "last_labels");
	if ((rc = mf__load_strings(l, doc, "last_labels", &t->last_labels, &t->n_last_labels)))
		return rc;
	if (t->n_last_labels == 0)
		return mf__load_bad(l, NULL, "\"last_labels\" must list the labels a host may end in");
	for (size_t i = 0; i < t->n_last_labels; i++) {
		const char *lab = t->last_labels[i];
		size_t n = strspn(lab, "abcdefghijklmnopqrstuvwxyz");
		if (n < 3 || lab[n])
			return mf__load_bad(l, "two-letter labels are always accepted",
					    "\"%s\" is not a label of three or more lower-case letters",
					    lab);
	}
	l->record[0] = '\0';
	return 0;
}
