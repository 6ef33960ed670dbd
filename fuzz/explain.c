/*
 * explain.c (fuzz): mf_explain over any bytes, as a message.  It is
 * explained or refused with an error naming what is wrong; an explanation
 * must hold together (a known kind, bounces with a reason, a path and a
 * side, JSON that parses, text for a terminal).  The same workspace serves
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mf_explain_request req = {(const char *)data, size, MF_LANG_AUTO};
	struct mf_explanation *ex = NULL;
	struct mf_error err = {0};
	char *json;
	json_t *parsed;
	int rc;

	if (size && data[0] == 'Z')
		req.lang = MF_LANG_ZH;
	rc = mf_explain_with(ctx, &req, ws, &ex, &err);
	if (rc != 0) {
		FUZZ_ASSERT(!ex && rc == err.code && err.message[0]);
		json = mf_explanation_to_json(NULL, "fuzz", &err);
		FUZZ_ASSERT(json);
		free(json);
		return 0;
	}
	FUZZ_ASSERT(ex && ex->kind && ex->format && ex->sender && ex->subject);
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
	mf_explanation_free(ex);
	return 0;
}
