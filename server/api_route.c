/*
 * api_route.c: POST /api/route, {"query": "...", "provider": "alimail"?,
 * "lang": "en"|"zh"|"auto"?, "id": any?} to the route answer of
 * INTERFACE.md (mf_answer_to_json), the seed skill's API.  Unknown fields
 * are refused, so that a misspelt "qurey" is a 400 and not an answer to
 * nothing.  The usual body (string fields only) is read without a tree
 * (json_flat.c); any other goes to jansson, which also words the errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "server.h"

static const char *const known_fields[] = {"query", "provider", "lang", "id", NULL};

static int bad(struct srv_reply *r, const char *code, const char *message)
{
	return srv_reply_error(r, 400, code, message);
}

/* What the body asks, from either parser. */
struct ask {
	int has_query, query_is_string;
	const char *query;
	size_t query_len;
	int provider_bad;        /* present and neither a string nor null */
	const char *provider;
	int has_lang, lang_is_string;
	const char *lang;
};

/* The body read with jansson: every shape, and the error messages.
 * Returns the object (kept until the strings are used) or NULL with the
 * reply set. */
static json_t *ask_jansson(struct srv_request *req, struct srv_reply *r, struct ask *k,
			   char **id_json)
{
	json_error_t je;
	json_t *o, *q, *pv, *lang, *id;
	const char *key;
	json_t *val;
	char msg[400];

	o = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
	if (!o) {
		snprintf(msg, sizeof msg, "the body is not valid JSON: %s (line %d, column %d)",
			 je.text, je.line, je.column);
		bad(r, "bad-json", msg);
		return NULL;
	}
	if (!json_is_object(o)) {
		json_decref(o);
		bad(r, "bad-input", "the body must be a JSON object {\"query\": \"...\"}");
		return NULL;
	}
	json_object_foreach(o, key, val) {
		int known = 0;
		for (const char *const *f = known_fields; *f; f++)
			known |= strcmp(*f, key) == 0;
		if (!known) {
			snprintf(msg, sizeof msg,
				 "unknown field \"%.64s\"; /api/route takes query, provider, lang, id",
				 key);
			json_decref(o);
			bad(r, "bad-input", msg);
			return NULL;
		}
	}
	q = json_object_get(o, "query");
	pv = json_object_get(o, "provider");
	lang = json_object_get(o, "lang");
	id = json_object_get(o, "id");
	k->has_query = q != NULL;
	k->query_is_string = json_is_string(q);
	k->query = json_string_value(q);
	k->query_len = json_string_length(q);
	k->provider_bad = pv && !json_is_string(pv) && !json_is_null(pv);
	k->provider = json_is_string(pv) ? json_string_value(pv) : NULL;
	k->has_lang = lang && !json_is_null(lang);
	k->lang_is_string = json_is_string(lang);
	k->lang = json_string_value(lang);
	if (id)
		*id_json = json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
	return o;
}

int api_route(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	/* The fields of the usual body, read without a tree (json_flat.c). */
	static const char *const flat_fields[] = {"query", "provider", "lang", NULL};
	struct srv_fields f = {flat_fields, {0}, {0}, {0}};
	struct ask k = {0};
	struct mf_route_request rq = {0};
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	json_t *o = NULL;
	char msg[400], *id_json = NULL;
	int rc;

	if (!req->body_len)
		return bad(r, "bad-json", "the body is empty; send {\"query\": \"...\"}");
	if (srv_json_flat(req, &f)) {
		k.has_query = f.present[0];
		k.query_is_string = f.value[0] != NULL;
		k.query = f.value[0];
		k.query_len = f.len[0];
		k.provider = f.value[1];
		k.has_lang = f.value[2] != NULL;
		k.lang_is_string = k.has_lang;
		k.lang = f.value[2];
	} else if (!(o = ask_jansson(req, r, &k, &id_json))) {
		return 0;
	}
	if (!k.query_is_string) {
		json_decref(o);
		free(id_json);
		return bad(r, "bad-input", k.has_query ? "\"query\" must be a string"
						       : "the body has no \"query\"");
	}
	if (k.provider_bad) {
		json_decref(o);
		free(id_json);
		return bad(r, "bad-input", "\"provider\" must be a string");
	}
	rq.lang = MF_LANG_AUTO;
	if (k.has_lang) {
		const char *l = k.lang_is_string ? k.lang : NULL;
		if (l && strcmp(l, "en") == 0)
			rq.lang = MF_LANG_EN;
		else if (l && strcmp(l, "zh") == 0)
			rq.lang = MF_LANG_ZH;
		else if (!l || strcmp(l, "auto") != 0) {
			json_decref(o);
			free(id_json);
			return bad(r, "bad-input", "\"lang\" must be \"en\", \"zh\" or \"auto\"");
		}
	}
	rq.query = k.query;
	rq.query_len = k.query_len;
	rq.provider = k.provider;
	rc = mf_route(s->ctx, &rq, &a, &err);
	if (rc) {
		snprintf(msg, sizeof msg, "%.300s%s%.90s", err.message[0] ? err.message : mf_code_message(rc),
			 err.hint[0] ? "; " : "", err.hint);
		json_decref(o);
		free(id_json);
		return srv_reply_error(r, srv_status_of(rc), mf_code_name(rc), msg);
	}
	srv_reply_json(r, mf_answer_to_json(a, id_json));
	free(id_json);
	mf_answer_free(a);
	json_decref(o);
	return 0;
}
