/*
 * api_route.c: POST /api/route, {"query": "...", "provider": "alimail"?,
 * "lang": "en"|"zh"|"zh-Hant"|"auto"?, "id": any?, "domain": "..."?} to
 * the route answer of INTERFACE.md (mf_answer_to_json), the seed skill's
 * API.  A "domain" (the sender's) is looked up as `route --check` does and
 * its check report put under "check": not on a server run with
 * --no-check, and counted against the client's rate as /api/check is.
 * Unknown fields are refused, so that a misspelt "qurey" is a 400 and not
 * an answer to nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "echo_json.h"
#include "server.h"

static const char *const known_fields[] = {"query", "provider", "lang", "id", "domain", NULL};
static const struct srv_body_shape shape = {"/api/route", known_fields,
					    "query, provider, lang, id, domain",
					    "{\"query\": \"...\"}", NULL};

static int bad(struct srv_reply *r, const char *code, const char *message)
{
	return srv_reply_error(r, 400, code, message);
}

int api_route(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	json_t *o, *q, *pv, *lang, *id, *dom;
	struct mf_route_request rq = {0};
	struct mf_check_report *report = NULL;
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	char *id_json = NULL;
	int rc;

	if (!(o = srv_json_body(req, r, &shape)))
		return 0;
	q = json_object_get(o, "query");
	pv = json_object_get(o, "provider");
	lang = json_object_get(o, "lang");
	id = json_object_get(o, "id");
	dom = json_object_get(o, "domain");
	if (!json_is_string(q)) {
		json_decref(o);
		return bad(r, "bad-input", q ? "\"query\" must be a string"
					     : "the body has no \"query\"");
	}
	if (pv && !json_is_string(pv) && !json_is_null(pv)) {
		json_decref(o);
		return bad(r, "bad-input", "\"provider\" must be a string");
	}
	if (json_is_string(pv) && !echo_json_is_clean_string(pv)) {
		json_decref(o);  /* "alimail\u0000x" is not alimail */
		return bad(r, "bad-input", "\"provider\" must be a string without NUL characters");
	}
	rq.lang = MF_LANG_AUTO;
	if (lang && !json_is_null(lang)) {
		if (!echo_json_is_clean_string(lang) ||
		    mf_lang_from_name(json_string_value(lang), &rq.lang) != 0) {
			json_decref(o);
			return bad(r, "bad-input",
				   "\"lang\" must be " SRV_LANG_NAMES);
		}
	}
	if (dom && !json_is_null(dom) && !echo_json_is_clean_string(dom)) {
		json_decref(o);
		return bad(r, "bad-input", "\"domain\" must be a string without NUL characters");
	}
	if (json_is_string(dom) &&
	    !srv_may_look(s, req, "/api/route with a \"domain\"", SRV_NEEDS_CHECK, 1, r)) {
		json_decref(o);
		return 0;
	}
	rq.query = json_string_value(q);
	rq.query_len = json_string_length(q);
	rq.provider = json_is_string(pv) ? json_string_value(pv) : NULL;
	rc = mf_route(s->ctx, &rq, &a, &err);
	if (rc) {
		json_decref(o);
		return srv_reply_mf_error(r, 0, rc, &err);
	}
	if (json_is_string(dom)) {
		/* the sender's domain, looked up in the answer's language */
		struct mf_check_request cq = {json_string_value(dom), NULL,
					      mf_answer_check_provider(a, rq.provider), MF_LANG_AUTO};

		mf_lang_from_name(a->lang, &cq.lang);
		rc = srv_check_domain(s, &cq, &report, &err);
		if (rc) {
			mf_answer_free(a);
			json_decref(o);
			return srv_reply_mf_error(r, rc == MF_EINPUT ? 400 : 0, rc, &err);
		}
	}
	if (id)
		id_json = echo_json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
	srv_reply_json(r, report ? mf_answer_with_check_to_json(a, id_json, report)
				 : mf_answer_to_json(a, id_json));
	free(id_json);
	mf_check_report_free(report);
	mf_answer_free(a);
	json_decref(o);
	return 0;
}
