/*
 * route.c (fuzz): mf_route over any bytes.  The first byte picks the
 * answer's language and the provider; the rest is the query.  An input is
 * either answered or refused with an error that names what is wrong; an
 * answer must hold together: a known path and side, a confidence in
 * [0, 1], evidence and mentions inside the query, JSON that parses and
 * text for a terminal.  And route reads text as people type it, so a
 * one-line query in upper case, or with its ASCII written full-width
 * (ＳＰＦ ５５０), must get the same path, side and cause.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "mailfix.h"

static struct mf_ctx *ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct mf_error err = {0};

	(void)argc, (void)argv;
	if (mf_ctx_new(&ctx, NULL, &err) != 0) {
		fprintf(stderr, "fuzz route: %s\n", err.message);
		abort();
	}
	return 0;
}

static int one_of(const char *s, const char *const *set)
{
	for (; s && *set; set++)
		if (strcmp(s, *set) == 0)
			return 1;
	return 0;
}

static void check_answer(const struct mf_answer *a, size_t query_len)
{
	static const char *const paths[] = {"email-delivery", "service", "configuration", NULL};
	static const char *const sides[] = {"sender",    "account", "client", "recipient",
					    "network",   "unknown", NULL};

	FUZZ_ASSERT(one_of(a->path, paths));
	FUZZ_ASSERT(one_of(a->side, sides));
	FUZZ_ASSERT(a->confidence >= 0.0 && a->confidence <= 1.0);
	FUZZ_ASSERT(a->lang && (strcmp(a->lang, "en") == 0 || strcmp(a->lang, "zh") == 0 ||
				strcmp(a->lang, "zh-Hant") == 0));
	for (size_t i = 0; i < a->n_evidence; i++)
		FUZZ_ASSERT(a->evidence[i].start <= a->evidence[i].end &&
			    a->evidence[i].end <= query_len && a->evidence[i].text);
	for (size_t i = 0; i < a->n_mentions; i++)
		FUZZ_ASSERT(a->mentions[i].start <= a->mentions[i].end &&
			    a->mentions[i].end <= query_len && a->mentions[i].name);
	for (size_t i = 0; i < a->n_alternatives; i++)
		FUZZ_ASSERT(one_of(a->alternatives[i].path, paths));
	fuzz_check_json(mf_answer_to_json(a, "\"fuzz\""), "path");
	fuzz_check_text(mf_answer_to_text(a, 1));
}

enum variant { UPPER, FULL_WIDTH };

/* The query in upper case, or with printable ASCII as full-width forms
 * (U+FF01..U+FF5E), or NULL (out of memory). */
static char *variant_of(const char *q, size_t n, enum variant v, size_t *out_len)
{
	char *out = malloc(3 * n + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)q[i];
		if (v == UPPER) {
			out[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
		} else if (c > 0x20 && c < 0x7f) {
			unsigned cp = 0xff01 + (c - 0x21);
			out[o++] = (char)(0xe0 | (cp >> 12));
			out[o++] = (char)(0x80 | ((cp >> 6) & 0x3f));
			out[o++] = (char)(0x80 | (cp & 0x3f));
		} else {
			out[o++] = (char)c;
		}
	}
	*out_len = o;
	return out;
}

static int same_id(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void same_reading(const struct mf_route_request *req, const struct mf_answer *a,
			 enum variant v)
{
	struct mf_route_request r2 = *req;
	struct mf_answer *b = NULL;
	size_t len = 0;
	char *q = variant_of(req->query, req->query_len, v, &len);

	if (!q)
		return;
	r2.query = q;
	r2.query_len = len;
	if (len <= MF_ROUTE_MAX_QUERY && mf_route(ctx, &r2, &b, NULL) == 0) {
		FUZZ_ASSERT(same_id(a->path, b->path));
		FUZZ_ASSERT(same_id(a->side, b->side));
		FUZZ_ASSERT(same_id(a->cause, b->cause));
		mf_answer_free(b);
	}
	free(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const providers[] = {NULL, "alimail", "no-such-provider"};
	struct mf_route_request req = {0};
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	int rc;

	if (size == 0)
		return 0;
	req.lang = (enum mf_lang)(data[0] % 4);
	req.provider = providers[(data[0] >> 2) % 3];
	req.query = (const char *)data + 1;
	req.query_len = size - 1;
	rc = mf_route(ctx, &req, &a, &err);
	if (rc == 0) {
		FUZZ_ASSERT(a);
		check_answer(a, req.query_len);
		if (!memchr(req.query, '\n', req.query_len)) {
			same_reading(&req, a, UPPER);
			same_reading(&req, a, FULL_WIDTH);
		}
		mf_answer_free(a);
	} else {
		FUZZ_ASSERT(!a && rc == err.code && err.message[0]);
	}
	return 0;
}
