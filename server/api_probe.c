/*
 * api_probe.c: POST /api/probe, {"user", "password", "provider"?,
 * "lang"?}: log-in probes of the provider profile's own IMAP, POP3 and
 * SMTP hosts (never a host the client names: the server connects to no
 * address a client chooses) to the `probe` report (INTERFACE.md).  Off
 * unless the server runs with --allow-probe, and rate limited per client
 * address (routes.c).  The password is used for the logins only: it is
 * in no answer and no log line (the access log holds no bodies), and the
 * server's copies are wiped.  Names resolve with the server's --dns or
 * --zone, as for /api/check.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "server.h"

static const char *const known_fields[] = {"user", "password", "provider", "lang", NULL};

static int bad(struct srv_reply *r, const char *code, const char *message)
{
	return srv_reply_error(r, 400, code, message);
}

/* Overwrite a JSON string's bytes in place before the object is freed. */
static void wipe(json_t *v)
{
	if (json_is_string(v))
		explicit_bzero((char *)json_string_value(v), json_string_length(v));
}

int api_probe(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_dns_options dopt = {0};
	struct mf_probe_request pq = {0};
	struct mf_probe_report *report = NULL;
	struct mf_error err = {0};
	struct mf_dns *dns = NULL;
	json_t *o, *val, *user, *password, *provider, *lang;
	const char *key;
	json_error_t je;
	char msg[400];
	int rc;

	if (!req->body_len)
		return bad(r, "bad-json", "the body is empty; send {\"user\": \"...\", \"password\": \"...\"}");
	o = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &je);
	explicit_bzero(req->body, req->body_len);
	if (!o)  /* je.text may quote the body: not said */
		return bad(r, "bad-json", "the body is not valid JSON");
	if (!json_is_object(o)) {
		json_decref(o);
		return bad(r, "bad-input", "the body must be a JSON object");
	}
	json_object_foreach(o, key, val) {
		int known = 0;
		for (const char *const *k = known_fields; *k; k++)
			known |= strcmp(*k, key) == 0;
		if (!known) {
			snprintf(msg, sizeof msg,
				 "unknown field \"%.64s\"; /api/probe takes user, password, provider, lang",
				 key);
			wipe(json_object_get(o, "password"));
			json_decref(o);
			return bad(r, "bad-input", msg);
		}
	}
	user = json_object_get(o, "user");
	password = json_object_get(o, "password");
	provider = json_object_get(o, "provider");
	lang = json_object_get(o, "lang");
	if (!json_is_string(user) || !json_is_string(password) ||
	    (provider && !json_is_string(provider) && !json_is_null(provider)) ||
	    (lang && !json_is_string(lang) && !json_is_null(lang))) {
		wipe(password);
		json_decref(o);
		return bad(r, "bad-input", "\"user\" and \"password\" (required), \"provider\" and "
					   "\"lang\" must be strings");
	}
	pq.user = json_string_value(user);
	pq.password = json_string_value(password);
	pq.provider = json_is_string(provider) ? json_string_value(provider) : NULL;
	pq.lang = MF_LANG_EN;
	if (json_is_string(lang) && mf_lang_from_name(json_string_value(lang), &pq.lang) != 0) {
		wipe(password);
		json_decref(o);
		return bad(r, "bad-input", "\"lang\" must be \"en\", \"zh\" or \"zh-Hant\"");
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
	wipe(password);
	json_decref(o);
	if (rc) {
		snprintf(msg, sizeof msg, "%.300s%s%.90s",
			 err.message[0] ? err.message : mf_code_message(rc), err.hint[0] ? "; " : "",
			 err.hint);
		return srv_reply_error(r, rc == MF_EINPUT ? 400 : srv_status_of(rc), mf_code_name(rc),
				       msg);
	}
	srv_reply_json(r, mf_probe_report_to_json(report));
	mf_probe_report_free(report);
	return 0;
}
