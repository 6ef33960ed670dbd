/*
 * json_flat.c: the usual JSON request body, a flat object of string (or
 * null) fields such as {"query": "..."}, read with yajl's event parser
 * (RFC 8259, RFC 3629 for the UTF-8): no tree is built, and a string costs
 * about a nanosecond a byte, where jansson, which builds a tree, takes
 * ~15 ns a byte.  Anything else (another shape, a field not asked for, a
 * number, a duplicate key, an escaped UTF-16 surrogate, invalid JSON or
 * UTF-8) is "not handled": the caller then parses the body with jansson,
 * which is the authority on everything unusual and says what is wrong.
 * So the two parsers never disagree: this one takes a subset of what
 * jansson takes, and gives the same values for it.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>
#include <yajl/yajl_parse.h>

#include "server.h"

struct flat {
	struct srv_fields *f;
	struct srv_request *req;
	int depth;
	int field;            /* index of the key just read, -1 for none */
	size_t used;          /* bytes of req->text used */
};

static int give_up(void *ctx)
{
	(void)ctx;
	return 0; /* cancels the parse: the caller uses jansson */
}

static int give_up_bool(void *ctx, int b)
{
	(void)b;
	return give_up(ctx);
}

static int give_up_number(void *ctx, const char *s, size_t n)
{
	(void)s;
	(void)n;
	return give_up(ctx);
}

/* Strictly valid UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF), as jansson checks it: utf8proc decides. */
static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			return 0;
		i += (size_t)k;
	}
	return 1;
}

static int on_null(void *ctx)
{
	struct flat *p = ctx;

	if (p->depth != 1 || p->field < 0)
		return 0;
	p->f->present[p->field] = 1;
	p->f->value[p->field] = NULL;
	p->field = -1;
	return 1;
}

static int on_string(void *ctx, const unsigned char *s, size_t n)
{
	struct flat *p = ctx;
	struct srv_request *req = p->req;
	char *out;

	if (p->depth != 1 || p->field < 0 || !valid_utf8(s, n))
		return 0;
	/* Decoded strings are never longer than their JSON text, so all of
	 * them fit in body_len bytes, each with its NUL. */
	if (p->used + n + 1 > req->text_cap)
		return 0;
	out = req->text + p->used;
	memcpy(out, s, n);
	out[n] = '\0';
	p->used += n + 1;
	p->f->present[p->field] = 1;
	p->f->value[p->field] = out;
	p->f->len[p->field] = n;
	p->field = -1;
	return 1;
}

static int on_key(void *ctx, const unsigned char *s, size_t n)
{
	struct flat *p = ctx;

	if (p->depth != 1)
		return 0;
	for (int i = 0; p->f->names[i]; i++) {
		if (strlen(p->f->names[i]) == n && memcmp(p->f->names[i], s, n) == 0) {
			if (p->f->present[i])
				return 0; /* a duplicate: jansson's error message */
			p->field = i;
			return 1;
		}
	}
	return 0; /* a field not asked for */
}

static int on_start_map(void *ctx)
{
	struct flat *p = ctx;

	return ++p->depth == 1;
}

static int on_end_map(void *ctx)
{
	struct flat *p = ctx;

	p->depth--;
	return 1;
}

static const yajl_callbacks callbacks = {
	on_null, give_up_bool, NULL, NULL, give_up_number, on_string,
	on_start_map, on_key, on_end_map, give_up, give_up,
};

int srv_json_flat(struct srv_request *req, struct srv_fields *f)
{
	struct flat p = {f, req, 0, -1, 0};
	const char *bs;
	yajl_handle h;
	int ok;

	for (int i = 0; f->names[i]; i++) {
		f->value[i] = NULL;
		f->len[i] = 0;
		f->present[i] = 0;
	}
	if (!req->body_len)
		return 0;
	/* Escapes of UTF-16 surrogates (\uD800-\uDFFF, for characters past
	 * U+FFFF) are jansson's to judge: yajl turns a lone one into "?",
	 * jansson refuses it. */
	for (bs = memchr(req->body, '\\', req->body_len); bs;
	     bs = memchr(bs, '\\', req->body_len - (size_t)(bs - req->body))) {
		size_t left = req->body_len - (size_t)(bs - req->body);
		if (left >= 4 && bs[1] == 'u' && (bs[2] == 'd' || bs[2] == 'D') &&
		    bs[3] != '\0' && strchr("89abcdefABCDEF", bs[3]))
			return 0;
		if (left < 2)
			break;
		bs += 2; /* the escaped character is not a new backslash */
	}
	if (req->text_cap < req->body_len + 1) {
		char *t = realloc(req->text, req->body_len + 1);
		if (!t)
			return 0;
		req->text = t;
		req->text_cap = req->body_len + 1;
	}
	h = yajl_alloc(&callbacks, NULL, &p);
	if (!h)
		return 0;
	ok = yajl_parse(h, (const unsigned char *)req->body, req->body_len) == yajl_status_ok &&
	     yajl_complete_parse(h) == yajl_status_ok;
	yajl_free(h);
	return ok;
}
