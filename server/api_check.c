/*
 * api_check.c: POST /api/check, {"domain", "ip"?, "provider"?, "lang"?}
 * to the `check` report (INTERFACE.md).  Off unless the server runs with
 * --allow-check (it makes the server send DNS queries for any name), and
 * rate limited per client address (both enforced by the endpoint table,
 * routes.c).  Each request has its own resolver (a resolver serves one
 * thread), asking the server's --dns server or the system's resolvers,
 * or answering from its --zone files; the questions it sends count in
 * mailfix_dns_lookups_total.  Unknown fields are refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "server.h"

static const char *const known_fields[] = {"domain", "ip", "provider", "lang", NULL};

static int bad(struct srv_reply *r, const char *code, const char *message)
{
	return srv_reply_error(r, 400, code, message);
}

/* A string field, or NULL when absent or null; -1 when of another type. */
static int opt_string(json_t *o, const char *key, const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = json_is_string(v) ? json_string_value(v) : NULL;
	return v && !json_is_string(v) && !json_is_null(v) ? -1 : 0;
}

int api_check(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_dns_options dopt = {0};
	struct mf_check_request cq = {0};
	struct mf_check_report *report = NULL;
	struct mf_error err = {0};
	struct mf_dns *dns = NULL;
	const char *lang = NULL, *key;
	json_error_t je;
	json_t *o, *val;
	char msg[400];
	int rc;

	if (!req->body_len)
		return bad(r, "bad-json", "the body is empty; send {\"domain\": \"example.com\"}");
	o = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &je);
	if (!o) {
		snprintf(msg, sizeof msg, "the body is not valid JSON: %s (line %d, column %d)",
			 je.text, je.line, je.column);
		return bad(r, "bad-json", msg);
	}
	if (!json_is_object(o)) {
		json_decref(o);
		return bad(r, "bad-input", "the body must be a JSON object {\"domain\": \"...\"}");
	}
	json_object_foreach(o, key, val) {
		int known = 0;
		for (const char *const *k = known_fields; *k; k++)
			known |= strcmp(*k, key) == 0;
		if (!known) {
			snprintf(msg, sizeof msg,
				 "unknown field \"%.64s\"; /api/check takes domain, ip, provider, lang",
				 key);
			json_decref(o);
			return bad(r, "bad-input", msg);
		}
	}
	if (opt_string(o, "domain", &cq.domain) || !cq.domain || opt_string(o, "ip", &cq.ip) ||
	    opt_string(o, "provider", &cq.provider) || opt_string(o, "lang", &lang)) {
		json_decref(o);
		return bad(r, "bad-input", "\"domain\" (required), \"ip\", \"provider\" and \"lang\" "
					   "must be strings");
	}
	cq.lang = MF_LANG_EN;
	if (lang && mf_lang_from_name(lang, &cq.lang) != 0) {
		json_decref(o);
		return bad(r, "bad-input", "\"lang\" must be \"en\", \"zh\" or \"zh-Hant\"");
	}
	dopt.server = s->cfg->dns_server;
	dopt.zone_files = s->cfg->zones;
	dopt.n_zone_files = s->cfg->n_zones;
	rc = mf_dns_new(&dns, &dopt, &err);
	if (!rc) {
		rc = mf_check(s->ctx, dns, &cq, &report, &err);
		atomic_fetch_add_explicit(&s->metrics.dns_lookups, mf_dns_queries_sent(dns),
					  memory_order_relaxed);
	}
	mf_dns_free(dns);
	json_decref(o);
	if (rc) {
		snprintf(msg, sizeof msg, "%.300s%s%.90s",
			 err.message[0] ? err.message : mf_code_message(rc), err.hint[0] ? "; " : "",
			 err.hint);
		return srv_reply_error(r, rc == MF_EINPUT ? 400 : srv_status_of(rc), mf_code_name(rc),
				       msg);
	}
	srv_reply_json(r, mf_check_report_to_json(report));
	mf_check_report_free(report);
	return 0;
}
