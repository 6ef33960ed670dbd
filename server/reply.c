/*
 * reply.c: the answers every endpoint shares: JSON errors
 * {"error": "what is wrong", "code": "bad-json"} with their 4xx status
 * (INTERFACE.md, "HTTP API"), JSON results, and the mapping from library
 * error codes to HTTP statuses (RFC 9110 section 15).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "server.h"

int srv_reply_error(struct srv_reply *r, unsigned status, const char *code,
		    const char *message)
{
	json_t *o = json_pack("{s:s, s:s}", "error", message, "code", code);
	char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;

	json_decref(o);
	r->status = status;
	r->content_type = "application/json";
	if (!s) {
		/* Out of memory while reporting an error: a fixed text. */
		static const char nomem[] = "{\"error\":\"out of memory\",\"code\":\"nomem\"}";
		r->status = 500;
		r->body = (char *)nomem;
		r->len = sizeof nomem - 1;
		r->body_static = 1;
		return 0;
	}
	r->body = s;
	r->len = strlen(s);
	r->body_static = 0;
	return 0;
}

int srv_reply_json(struct srv_reply *r, char *json)
{
	if (!json)
		return srv_reply_error(r, 500, "nomem", "out of memory");
	r->status = 200;
	r->body = json;
	r->len = strlen(json);
	r->body_static = 0;
	r->content_type = "application/json";
	return 0;
}

unsigned srv_status_of(int code)
{
	switch (code) {
	case MF_ETOOBIG:
		return 413;
	case MF_ENOMEM:
	case MF_EENGINE:
	case MF_EDATA:
	case MF_EIO:
		return 500;
	case MF_EUNSUPPORTED:
		return 501;
	case MF_EDNS:
		return 502;
	default:
		return 400;
	}
}
