/*
 * explain.c (fuzz): mf_explain over any bytes, as a message.  It is
 * explained or refused with an error naming what is wrong; an explanation
 * must hold together (a known kind, bounces with a reason, a path and a
 * side, JSON that parses, text for a terminal).  And the same message
 * with CRLF line ends (as mail is on the wire, and as many programs save
 * it) must say the same: kind, format, and per bounce the recipient,
 * status, reply code, reason and hardness.  The same workspace serves
 * every input, as in `mailfix explain`, so what one message leaves in it
 * meets the next.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "mailfix.h"

static struct mf_ctx *ctx;
static struct mf_explain_ws *ws;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct mf_error err = {0};

	(void)argc, (void)argv;
	mf_explain_init();
	if (mf_ctx_new(&ctx, NULL, &err) != 0 || !(ws = mf_explain_ws_new())) {
		fprintf(stderr, "fuzz explain: %s\n", err.message[0] ? err.message : "out of memory");
		abort();
	}
	return 0;
}

/* The input with every LF that has no CR before it made CRLF, or NULL
 * (no LF, out of memory, or a CR already there: left alone). */
static char *with_crlf(const uint8_t *data, size_t size, size_t *out_len)
{
	size_t n_lf = 0, o = 0;
	char *out;

	if (memchr(data, '\r', size))
		return NULL;
	for (size_t i = 0; i < size; i++)
		n_lf += data[i] == '\n';
	if (!n_lf || !(out = malloc(size + n_lf)))
		return NULL;
	for (size_t i = 0; i < size; i++) {
		if (data[i] == '\n')
			out[o++] = '\r';
		out[o++] = (char)data[i];
	}
	*out_len = o;
	return out;
}

static void same_explanation(const struct mf_explanation *a, const struct mf_explanation *b)
{
	FUZZ_ASSERT(strcmp(a->kind, b->kind) == 0 && strcmp(a->format, b->format) == 0);
	FUZZ_ASSERT(a->n_bounces == b->n_bounces);
	for (size_t i = 0; i < a->n_bounces; i++) {
		const struct mf_bounce *x = &a->bounces[i], *y = &b->bounces[i];
		FUZZ_ASSERT(strcmp(x->recipient, y->recipient) == 0);
		FUZZ_ASSERT(strcmp(x->status, y->status) == 0);
		FUZZ_ASSERT(strcmp(x->reply_code, y->reply_code) == 0);
		FUZZ_ASSERT(strcmp(x->reason, y->reason) == 0 && x->hard == y->hard);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t crlf_len = 0;
	char *crlf;
	struct mf_explain_request req = {(const char *)data, size, MF_LANG_AUTO};
	struct mf_explanation *ex = NULL;
	struct mf_error err = {0};
	char *json;
	json_t *parsed;
	int rc;

	if (size && data[0] == 'Z')
		req.lang = MF_LANG_ZH;
	else if (size && data[0] == 'T')
		req.lang = MF_LANG_ZH_HANT;
	rc = mf_explain_with(ctx, &req, ws, &ex, &err);
	if (rc != 0) {
		FUZZ_ASSERT(!ex && rc == err.code && err.message[0]);
		json = mf_explanation_to_json(NULL, "fuzz", &err);
		FUZZ_ASSERT(json);
		free(json);
		return 0;
	}
	FUZZ_ASSERT(ex && ex->kind && ex->format && ex->sender && ex->subject);
	/* the language asked for, English when none was */
	FUZZ_ASSERT(ex->lang && strcmp(ex->lang, req.lang == MF_LANG_ZH ? "zh"
					   : req.lang == MF_LANG_ZH_HANT ? "zh-Hant" : "en") == 0);
	FUZZ_ASSERT(ex->n_bounces <= MF_EXPLAIN_MAX_BOUNCES);
	for (size_t i = 0; i < ex->n_bounces; i++) {
		const struct mf_bounce *b = &ex->bounces[i];
		FUZZ_ASSERT(b->recipient && b->status && b->reply_code && b->reason && b->path &&
			    b->side && b->diagnostic);
		FUZZ_ASSERT(strlen(b->reply_code) == 0 || strlen(b->reply_code) == 3);
	}
	json = mf_explanation_to_json(ex, "fuzz", NULL);
	FUZZ_ASSERT(json);
	parsed = json_loads(json, 0, NULL);
	FUZZ_ASSERT(parsed && json_is_array(json_object_get(parsed, "bounces")));
	json_decref(parsed);
	free(json);
	fuzz_check_text(mf_explanation_to_text(ex, "fuzz", NULL, 1));
	if ((crlf = with_crlf(data, size, &crlf_len))) {
		struct mf_explain_request r2 = {crlf, crlf_len, req.lang};
		struct mf_explanation *ex2 = NULL;
		if (mf_explain_with(ctx, &r2, ws, &ex2, NULL) == 0) {
			same_explanation(ex, ex2);
			mf_explanation_free(ex2);
		}
		free(crlf);
	}
	mf_explanation_free(ex);
	return 0;
}
