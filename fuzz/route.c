/*
 * route.c (fuzz): mf_route over any bytes.  The first byte picks the
 * answer's language and the provider; the rest is the query.  An input is
 * either answered or refused with an error that names what is wrong; an
 * answer must hold together: a known path and side, a confidence in
 * [0, 1], evidence and mentions inside the query, JSON that parses and
 * text for a terminal.
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
	FUZZ_ASSERT(a->lang && (strcmp(a->lang, "en") == 0 || strcmp(a->lang, "zh") == 0));
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const providers[] = {NULL, "alimail", "no-such-provider"};
	struct mf_route_request req = {0};
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	int rc;

	if (size == 0)
		return 0;
	req.lang = (enum mf_lang)(data[0] % 3);
	req.provider = providers[(data[0] >> 2) % 3];
	req.query = (const char *)data + 1;
	req.query_len = size - 1;
	rc = mf_route(ctx, &req, &a, &err);
	if (rc == 0) {
		FUZZ_ASSERT(a);
		check_answer(a, req.query_len);
		mf_answer_free(a);
	} else {
		FUZZ_ASSERT(!a && rc == err.code && err.message[0]);
	}
	return 0;
}
