/*
 * body.c: the JSON request bodies the API endpoints share: one object,
 * duplicate keys refused, every field among the endpoint's (a misspelt
 * "qurey" is a 400, not an answer to nothing).  The 400s name what is
 * wrong and show the body to send.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "server.h"

json_t *srv_json_body(const struct srv_request *req, struct srv_reply *r,
		      const struct srv_body_shape *shape)
{
	json_error_t je;
	json_t *o, *val;
	const char *key;
	char msg[400];

	if (!req->body_len) {
		snprintf(msg, sizeof msg, "the body is empty; send %s", shape->example);
		srv_reply_error(r, 400, "bad-json", msg);
		return NULL;
	}
	o = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
	if (!o) {
		if (shape->secret) /* the parser's words may quote the body */
			snprintf(msg, sizeof msg, "the body is not valid JSON");
		else
			snprintf(msg, sizeof msg, "the body is not valid JSON: %s (line %d, column %d)",
				 je.text, je.line, je.column);
		srv_reply_error(r, 400, "bad-json", msg);
		return NULL;
	}
	if (!json_is_object(o)) {
		json_decref(o);
		snprintf(msg, sizeof msg, "the body must be a JSON object %s", shape->example);
		srv_reply_error(r, 400, "bad-input", msg);
		return NULL;
	}
	json_object_foreach(o, key, val) {
		int known = 0;

		for (const char *const *k = shape->fields; *k; k++)
			known |= strcmp(*k, key) == 0;
		if (!known) {
			snprintf(msg, sizeof msg, "unknown field \"%.64s\"; %s takes %s", key,
				 shape->endpoint, shape->field_list);
			srv_json_body_free(o, shape);
			srv_reply_error(r, 400, "bad-input", msg);
			return NULL;
		}
	}
	return o;
}

void srv_json_body_free(json_t *o, const struct srv_body_shape *shape)
{
	json_t *v = shape->secret ? json_object_get(o, shape->secret) : NULL;

	if (json_is_string(v))
		explicit_bzero((char *)json_string_value(v), json_string_length(v));
	json_decref(o);
}
