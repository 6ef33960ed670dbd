/*
 * api_check.c: POST /api/check, {"domain", "ip"?, "provider"?, "lang"?}
 * to the `check` report (INTERFACE.md).  On unless the server runs with
 * --no-check (it makes the server send DNS queries for any name), and
 * rate limited per client address (both enforced by the endpoint table,
 * routes.c).  Each request has its own resolver (a resolver serves one
 * thread), asking the server's --dns server or the system's resolvers,
 * or answering from its --zone files; the questions it sends count in
 * mailfix_dns_lookups_total (srv_check_domain, which /api/route uses for
 * a request naming a domain too).  Unknown fields are refused (body.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "echo_json.h"
#include "server.h"

static const char *const known_fields[] = {"domain", "ip", "provider", "lang", NULL};
static const struct srv_body_shape shape = {"/api/check", known_fields, "domain, ip, provider, lang",
					    "{\"domain\": \"example.com\"}", NULL};

/* A string field without NUL bytes, or NULL when absent or null; -1
 * when of another type. */
static int opt_string(json_t *o, const char *key, const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = json_is_string(v) ? json_string_value(v) : NULL;
	if (*out && !echo_json_is_clean_string(v))
		return -1;
	return v && !json_is_string(v) && !json_is_null(v) ? -1 : 0;
}

int srv_check_domain(struct srv *s, const struct mf_check_request *cq,
		     struct mf_check_report **out, struct mf_error *err)
{
	struct mf_dns_options dopt = {0};
	struct mf_dns *dns = NULL;
	int rc;

	*out = NULL;
	dopt.server = s->cfg->dns_server;
	dopt.zone_files = s->cfg->zones;
	dopt.n_zone_files = s->cfg->n_zones;
	rc = mf_dns_new(&dns, &dopt, err);
	if (!rc) {
		rc = mf_check(s->ctx, dns, cq, out, err);
		atomic_fetch_add_explicit(&s->metrics.dns_lookups, mf_dns_queries_sent(dns),
					  memory_order_relaxed);
	}
	mf_dns_free(dns);
	return rc;
}

int api_check(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_check_request cq = {0};
	struct mf_check_report *report = NULL;
	struct mf_error err = {0};
	const char *lang = NULL;
	json_t *o;
	int rc;

	if (!(o = srv_json_body(req, r, &shape)))
		return 0;
	if (opt_string(o, "domain", &cq.domain) || !cq.domain || opt_string(o, "ip", &cq.ip) ||
	    opt_string(o, "provider", &cq.provider) || opt_string(o, "lang", &lang)) {
		json_decref(o);
		return srv_reply_error(r, 400, "bad-input",
				       "\"domain\" (required), \"ip\", \"provider\" and \"lang\" must "
				       "be strings without NUL characters");
	}
	cq.lang = MF_LANG_EN;
	if (lang && mf_lang_from_name(lang, &cq.lang) != 0) {
		json_decref(o);
		return srv_reply_error(r, 400, "bad-input",
				       "\"lang\" must be " SRV_LANG_NAMES);
	}
	rc = srv_check_domain(s, &cq, &report, &err);
	json_decref(o);
	if (rc)
		return srv_reply_mf_error(r, rc == MF_EINPUT ? 400 : 0, rc, &err);
	srv_reply_json(r, mf_check_report_to_json(report));
	mf_check_report_free(report);
	return 0;
}
