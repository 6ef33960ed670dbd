/*
 * api_explain.c: POST /api/explain, one message to the `explain` answer of
 * INTERFACE.md (mf_explain, mf_explanation_to_json).  The body is the raw
 * message (message/rfc822, or text/plain as pasted; `?lang=zh` picks the
 * language of the steps) or JSON {"message": "...", "lang"?: "en"|"zh"|"zh-Hant"}.
 * A message that is not a bounce is an answer with no bounces, not an
 * error (RFC 3464 DSNs, RFC 5965 ARF reports and plain-text bounces are
 * the library's business).  An mbox of several messages is refused (400
 * "several-messages"): the answer is one message's.  "check": true (or
 * ?check=1 beside a raw message) looks up the original sender's domain
 * when a bounce's cause is the sender's, as `explain --check` does, and puts the report under
 * "check": not on a server run with --no-check, and counted against
 * the client's rate as /api/check is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <microhttpd.h>

#include "cli.h"
#include "echo_json.h"
#include "mhd_lib.h"
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

/* How many messages an mbox (RFC 4155) holds: a body that starts with a
 * "From " line, each further message after a blank line and a separator
 * line ("From " SENDER DATE, cli_mbox_separator: a body's own "From "
 * line that a writer left unquoted is not one).  1 for any other body:
 * it is one message. */
static size_t mbox_messages(const char *m, size_t len)
{
	size_t n = 1;

	if (len < 5 || memcmp(m, "From ", 5) != 0)
		return 1;
	for (size_t i = 0; i + 7 <= len; i++) {
		const char *p = m + i;
		if (p[0] != '\n')
			continue;
		if (p[1] == '\n')
			p += 2;
		else if (p[1] == '\r' && p[2] == '\n')
			p += 3;
		else
			continue;
		if ((size_t)(p - m) + 5 <= len && memcmp(p, "From ", 5) == 0) {
			const char *e = memchr(p, '\n', len - (size_t)(p - m));
			if (cli_mbox_separator(p, e ? (size_t)(e - p) : len - (size_t)(p - m)))
				n++;
		}
	}
	return n;
}

int api_explain(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct mf_explain_request ex_req = {req->body, req->body_len, MF_LANG_AUTO};
	struct mf_explanation *ex = NULL;
	struct mf_error err = {0};
	json_t *o = NULL;
	char msg[400], domain[256];
	int rc, check = 0;

	if (is_json(req)) {
		json_error_t je;
		json_t *m, *lang, *chk;
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
			if (strcmp(key, "message") != 0 && strcmp(key, "lang") != 0 &&
			    strcmp(key, "check") != 0) {
				snprintf(msg, sizeof msg,
					 "unknown field \"%.64s\"; /api/explain takes message, lang, check",
					 key);
				json_decref(o);
				return srv_reply_error(r, 400, "bad-input", msg);
			}
		}
		m = json_object_get(o, "message");
		lang = json_object_get(o, "lang");
		chk = json_object_get(o, "check");
		if (chk && !json_is_boolean(chk) && !json_is_null(chk)) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input", "\"check\" must be true or false");
		}
		check = json_is_true(chk);
		if (!json_is_string(m)) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input",
					       m ? "\"message\" must be a string"
						 : "the body has no \"message\"");
		}
		if (lang && !json_is_null(lang) &&
		    (!echo_json_is_clean_string(lang) ||
		     parse_lang(json_string_value(lang), &ex_req.lang))) {
			json_decref(o);
			return srv_reply_error(r, 400, "bad-input",
					       "\"lang\" must be " SRV_LANG_NAMES);
		}
		ex_req.message = json_string_value(m);
		ex_req.message_len = json_string_length(m);
	} else {
		const char *l = srv_mhd()->lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, "lang");
		const char *c = srv_mhd()->lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, "check");

		if (l && parse_lang(l, &ex_req.lang))
			return srv_reply_error(r, 400, "bad-input", "?lang= must be " SRV_LANG_NAMES);
		if (c && strcmp(c, "1") != 0 && strcmp(c, "0") != 0)
			return srv_reply_error(r, 400, "bad-input", "?check= must be 1 or 0");
		check = c && strcmp(c, "1") == 0;
		if (!ex_req.message)
			ex_req.message = "";
	}
	{
		/* The answer is one message's (INTERFACE.md): an mbox of several
		 * is refused rather than answered for its first message alone. */
		size_t n = mbox_messages(ex_req.message, ex_req.message_len);
		if (n > 1) {
			snprintf(msg, sizeof msg,
				 "the body is an mbox of %zu messages; /api/explain explains one "
				 "message per request: send each on its own (`mailfix explain "
				 "FILE.mbox` answers every message of an mbox)", n);
			json_decref(o);
			return srv_reply_error(r, 400, "several-messages", msg);
		}
	}
	if (check && !srv_may_look(s, req, "/api/explain with \"check\"", SRV_NEEDS_CHECK, 0, r)) {
		json_decref(o);
		return 0;
	}
	rc = mf_explain_with(s->ctx, &ex_req, srv_worker_explain_ws(s, req->worker), &ex, &err);
	if (rc) {
		json_decref(o);
		return srv_reply_mf_error(r, 0, rc, &err);
	}
	if (check && mf_explanation_check_domain(ex, domain, sizeof domain, NULL, NULL)) {
		/* the sender's domain, in the explanation's language; the
		 * client's rate is counted only when something is looked up */
		struct mf_check_request cq = {domain, NULL, NULL, MF_LANG_AUTO};
		struct mf_check_report *report = NULL;
		char *answer;

		if (!srv_may_look(s, req, "/api/explain with \"check\"", SRV_OPEN, 1, r)) {
			mf_explanation_free(ex);
			json_decref(o);
			return 0;
		}
		mf_lang_from_name(ex->lang, &cq.lang);
		if (srv_check_domain(s, &cq, &report, &err) != 0)
			report = NULL;
		answer = mf_explanation_to_json(ex, "-", NULL);
		srv_reply_json(r, answer ? mf_check_attach_json(answer, domain, report, &err) : NULL);
		free(answer);
		mf_check_report_free(report);
	} else {
		/* The body plays the part of the CLI's standard input: source "-". */
		srv_reply_json(r, mf_explanation_to_json(ex, "-", NULL));
	}
	mf_explanation_free(ex);
	json_decref(o);
	return 0;
}
