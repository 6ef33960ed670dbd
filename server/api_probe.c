/*
 * api_probe.c: POST /api/probe, {"user", "password", "provider"?,
 * "lang"?}: log-in probes of the provider profile's own IMAP, POP3 and
 * SMTP hosts (never a host the client names: the server connects to no
 * address a client chooses) to the `probe` report (INTERFACE.md).  Off
 * unless the server runs with --allow-probe, and rate limited per client
 * address (routes.c).  The password is used for the logins only: it is
 * in no answer and no log line (the access log holds no bodies), and the
 * server's copies (the body, the parsed field) are wiped.  Names resolve
 * with the server's --dns or --zone, as for /api/check.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "echo_json.h"
#include "server.h"

static const char *const known_fields[] = {"user", "password", "provider", "lang", NULL};
static const struct srv_body_shape shape = {
	"/api/probe", known_fields, "user, password, provider, lang",
	"{\"user\": \"...\", \"password\": \"...\"}", "password"};

int api_probe(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_dns_options dopt = {0};
	struct mf_probe_request pq = {0};
	struct mf_probe_report *report = NULL;
	struct mf_error err = {0};
	struct mf_dns *dns = NULL;
	json_t *o, *user, *password, *provider, *lang;
	int rc;

	o = srv_json_body(req, r, &shape);
	explicit_bzero(req->body, req->body_len);
	if (!o)
		return 0;
	user = json_object_get(o, "user");
	password = json_object_get(o, "password");
	provider = json_object_get(o, "provider");
	lang = json_object_get(o, "lang");
	if (!echo_json_is_clean_string(user) || !echo_json_is_clean_string(password) ||
	    (provider && !echo_json_is_clean_string(provider) && !json_is_null(provider)) ||
	    (lang && !echo_json_is_clean_string(lang) && !json_is_null(lang))) {
		srv_json_body_free(o, &shape);
		return srv_reply_error(r, 400, "bad-input",
				       "\"user\" and \"password\" (required), \"provider\" and "
				       "\"lang\" must be strings without NUL characters");
	}
	pq.user = json_string_value(user);
	pq.password = json_string_value(password);
	pq.provider = json_is_string(provider) ? json_string_value(provider) : NULL;
	pq.lang = MF_LANG_EN;
	if (json_is_string(lang) && mf_lang_from_name(json_string_value(lang), &pq.lang) != 0) {
		srv_json_body_free(o, &shape);
		return srv_reply_error(r, 400, "bad-input",
				       "\"lang\" must be " SRV_LANG_NAMES);
	}
	dopt.server = s->cfg->dns_server;
	dopt.zone_files = s->cfg->zones;
	dopt.n_zone_files = s->cfg->n_zones;
	rc = mf_dns_new(&dns, &dopt, &err);
	if (!rc) {
		pq.dns = dns;
		rc = mf_probe(s->ctx, &pq, &report, &err);
		atomic_fetch_add_explicit(&s->metrics.dns_lookups, mf_dns_queries_sent(dns),
					  memory_order_relaxed);
	}
	mf_dns_free(dns);
	srv_json_body_free(o, &shape);
	if (rc == MF_EINPUT && strcmp(err.where, "provider") == 0)
		/* a profile with no servers (other): the command's hint names
		 * --imap and the like, which this endpoint does not take */
		snprintf(err.hint, sizeof err.hint, "%s",
			 "/api/probe logs in to a profile's own hosts only; `mailfix probe` "
			 "takes the servers to try");
	if (rc)
		return srv_reply_mf_error(r, rc == MF_EINPUT ? 400 : 0, rc, &err);
	srv_reply_json(r, mf_probe_report_to_json(report));
	mf_probe_report_free(report);
	return 0;
}
