/*
 * reply.c: the answers every endpoint shares: JSON errors
 * {"error": "what is wrong", "code": "bad-json"} with their 4xx status
 * (INTERFACE.md, "HTTP API"), JSON results, and the mapping from library
 * error codes to HTTP statuses (RFC 9110 section 15).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "server.h"

/* The message as UTF-8 (jansson takes nothing else): a byte that does not
 * begin a character (a request's raw bytes, a field name cut at a byte
 * count) becomes U+FFFD.  malloc'd, NULL when out of memory. */
static char *as_utf8(const char *m)
{
	size_t n = strlen(m), k = 0;
	char *out = malloc(3 * n + 1);

	for (size_t i = 0; out && i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)m + i,
							(utf8proc_ssize_t)(n - i), &cp);
		if (len < 0) {
			memcpy(out + k, "\xef\xbf\xbd", 3);
			k += 3;
			i++;
			continue;
		}
		memcpy(out + k, m + i, (size_t)len);
		k += (size_t)len;
		i += (size_t)len;
	}
	if (out)
		out[k] = '\0';
	return out;
}

int srv_reply_error(struct srv_reply *r, unsigned status, const char *code,
		    const char *message)
{
	char *text = as_utf8(message);
	json_t *o = text ? json_pack("{s:s, s:s}", "error", text, "code", code) : NULL;
	char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;

	json_decref(o);
	free(text);
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

int srv_reply_mf_error(struct srv_reply *r, unsigned status, int rc, const struct mf_error *err)
{
	char msg[400];

	snprintf(msg, sizeof msg, "%.300s%s%.90s", err->message[0] ? err->message : mf_code_message(rc),
		 err->hint[0] ? "; " : "", err->hint);
	return srv_reply_error(r, status ? status : srv_status_of(rc), mf_code_name(rc), msg);
}
