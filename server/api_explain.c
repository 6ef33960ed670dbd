/*
 * api_explain.c: POST /api/explain, one message to the `explain` answer of
 * INTERFACE.md (mf_explain, mf_explanation_to_json).  The body is the raw
 * message (message/rfc822, or text/plain as pasted; `?lang=zh` picks the
 * language of the steps) or JSON {"message": "...", "lang"?: "en"|"zh"|"zh-Hant"}.
 * A message that is not a bounce is an answer with no bounces, not an
 * error (RFC 3464 DSNs, RFC 5965 ARF reports and plain-text bounces are
 * the library's business).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <microhttpd.h>

#include "server.h"

static int parse_lang(const char *l, enum mf_lang *out)
{
	if (!l) {
		*out = MF_LANG_AUTO;
		return 0;
	}
	return mf_lang_from_name(l, out);
}

static int is_json(const struct srv_request *req)
{
	const char *ct = srv_header(req, MHD_HTTP_HEADER_CONTENT_TYPE);

	while (ct && (*ct == ' ' || *ct == '\t'))
		ct++;
	return ct && strncasecmp(ct, "application/json", 16) == 0 &&
	       (ct[16] == '\0' || ct[16] == ';' || ct[16] == ' ');
}

int api_explain(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_explain_request ex_req = {req->body, req->body_len, MF_LANG_AUTO};
	struct mf_explanation *ex = NULL;
	struct mf_error err = {0};
	json_t *o = NULL;
	char msg[400];
	int rc;

	if (is_json(req)) {
		json_error_t je;
		json_t *m, *lang;
		const char *key;
		json_t *val;

		o = json_loadb(req->body ? req->body : "", req->body_len,
			       JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
		if (!o) {
			snprintf(msg, sizeof msg, "the body is not valid JSON: %s (line %d, column %d)",
				 je.text, je.line, je.column);
			return srv_reply_error(r, 400, "bad-json", msg);
		}
		if (!json_is_object(o)) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input",
					       "the body must be a JSON object {\"message\": \"...\"}");
		}
		json_object_foreach(o, key, val) {
			if (strcmp(key, "message") != 0 && strcmp(key, "lang") != 0) {
				snprintf(msg, sizeof msg,
					 "unknown field \"%.64s\"; /api/explain takes message, lang", key);
				json_decref(o);
				return srv_reply_error(r, 400, "bad-input", msg);
			}
		}
		m = json_object_get(o, "message");
		lang = json_object_get(o, "lang");
		if (!json_is_string(m)) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input",
					       m ? "\"message\" must be a string"
						 : "the body has no \"message\"");
		}
		if (lang && !json_is_null(lang) &&
		    (!json_is_string(lang) || parse_lang(json_string_value(lang), &ex_req.lang))) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input",
					       "\"lang\" must be \"en\", \"zh\", \"zh-Hant\" or \"auto\"");
		}
		ex_req.message = json_string_value(m);
		ex_req.message_len = json_string_length(m);
	} else {
		const char *l = MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, "lang");
		if (l && parse_lang(l, &ex_req.lang))
			return srv_reply_error(r, 400, "bad-input", "?lang= must be en, zh or auto");
		if (!ex_req.message)
			ex_req.message = "";
	}
	rc = mf_explain_with(s->ctx, &ex_req, srv_worker_explain_ws(s, req->worker), &ex, &err);
	if (rc) {
		json_decref(o);
		return srv_reply_mf_error(r, 0, rc, &err);
	}
	/* The body plays the part of the CLI's standard input: source "-". */
	srv_reply_json(r, mf_explanation_to_json(ex, "-", NULL));
	mf_explanation_free(ex);
	json_decref(o);
	return 0;
}
