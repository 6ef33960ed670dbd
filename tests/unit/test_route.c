/*
 * test_route.c: mf_route and the answer renderers over the embedded data:
 * the decision tree's precedence, evidence offsets in the user's text, the
 * answer language, the JSON shape of INTERFACE.md, bad input, many
 * threads on one context, and allocation failures.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "alloc_fail.h"
#include "mailfix.h"

static int setup(void **state)
{
	struct mf_ctx *ctx;

	if (mf_ctx_new(&ctx, NULL, NULL) != 0)
		return -1;
	*state = ctx;
	return 0;
}

static int teardown(void **state)
{
	mf_ctx_free(*state);
	return 0;
}

static struct mf_answer *route(const struct mf_ctx *ctx, const char *q, enum mf_lang lang)
{
	struct mf_route_request req = {q, strlen(q), NULL, lang};
	struct mf_answer *a = NULL;
	struct mf_error err = {0};

	if (mf_route(ctx, &req, &a, &err) != 0)
		fail_msg("mf_route failed: %s", err.message);
	return a;
}

static void expect(const struct mf_ctx *ctx, const char *q, const char *path,
		   const char *cause, const char *side)
{
	struct mf_answer *a = route(ctx, q, MF_LANG_AUTO);

	if (strcmp(a->path, path) != 0 || (cause ? !a->cause || strcmp(a->cause, cause) != 0 : a->cause != NULL) ||
	    strcmp(a->side, side) != 0)
		fail_msg("%s: got %s/%s/%s, expected %s/%s/%s", q, a->path, a->cause ? a->cause : "null",
			 a->side, path, cause ? cause : "null", side);
	mf_answer_free(a);
}

static void faq_precedence(void **state)
{
	/* An SMTP rejection beats a mentioned client (FAQ 2). */
	expect(*state, "I set up Outlook again and again but still get 550 SPF check failed",
	       "email-delivery", "spf-fail", "sender");
	/* An account state beats client settings (FAQ 3). */
	expect(*state, "followed the POP/IMAP guide exactly but the account says AccountFrozen",
	       "service", "account-frozen", "account");
	/* Password works on the web but not in the client (FAQ 5). */
	expect(*state, "my password works on the web but not in Outlook", "configuration",
	       "pop-imap-disabled", "client");
	/* Authentication replies are client configuration, not delivery. */
	expect(*state, "SMTP error: 535 5.7.8 authentication failed", "configuration",
	       "auth-failed", "client");
	/* A bounce beats a broken webmail login. */
	expect(*state, "退信里写着 550，然后网页版也登录不了了", "email-delivery", NULL, "unknown");
}

static void default_path_is_honest(void **state)
{
	struct mf_answer *a = route(*state, "hello there", MF_LANG_AUTO);

	assert_string_equal(a->path, "email-delivery");
	assert_true(a->is_default);
	assert_null(a->cause);
	assert_true(a->confidence <= 0.5);
	assert_true(a->n_limitations > 0);
	assert_int_equal(a->n_evidence, 0);
	mf_answer_free(a);
}

static void evidence_points_into_the_original(void **state)
{
	const char *q = "邮件被退回：ＳＰＦ  check failed";
	struct mf_answer *a = route(*state, q, MF_LANG_AUTO);
	int found = 0;

	assert_string_equal(a->cause, "spf-fail");
	for (size_t i = 0; i < a->n_evidence; i++) {
		const struct mf_evidence *e = &a->evidence[i];
		assert_true(e->end <= strlen(q));
		assert_int_equal(strlen(e->text), e->end - e->start);
		assert_memory_equal(q + e->start, e->text, e->end - e->start);
		found |= strstr(e->text, "ＳＰＦ") != NULL;
	}
	assert_true(found);
	mf_answer_free(a);
}

static void language_follows_the_query(void **state)
{
	struct mf_answer *a = route(*state, "帐号被冻结了怎么办", MF_LANG_AUTO);

	assert_string_equal(a->lang, "zh");
	assert_true(a->n_steps > 0);
	assert_non_null(strstr(a->steps[0], "客户端"));
	mf_answer_free(a);
	a = route(*state, "帐号被冻结了怎么办", MF_LANG_EN);
	assert_string_equal(a->lang, "en");
	assert_null(strstr(a->steps[0], "客户端"));
	mf_answer_free(a);
	a = route(*state, "account frozen", MF_LANG_ZH);
	assert_string_equal(a->lang, "zh");
	mf_answer_free(a);
}

static void json_shape(void **state)
{
	struct mf_answer *a = route(*state, "Remote Server returned '554 5.7.1 relay access denied'", MF_LANG_AUTO);
	char *s = mf_answer_to_json(a, "\"q7\"");
	json_error_t je;
	json_t *o = json_loads(s, 0, &je), *ev, *alt;
	static const char *const keys[] = {"id", "path", "skill", "confidence", "cause", "side",
					   "evidence", "steps", "limitations", "alternatives"};

	assert_non_null(o);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (!json_object_get(o, keys[i]))
			fail_msg("key %s missing", keys[i]);
	assert_string_equal(json_string_value(json_object_get(o, "id")), "q7");
	assert_true(json_is_real(json_object_get(o, "confidence")));
	ev = json_object_get(o, "evidence");
	assert_true(json_array_size(ev) > 0);
	assert_true(json_is_integer(json_object_get(json_array_get(ev, 0), "start")));
	assert_true(json_is_string(json_object_get(json_array_get(ev, 0), "rule")));
	alt = json_object_get(o, "alternatives");
	assert_int_equal(json_array_size(alt), 2);
	assert_true(json_real_value(json_object_get(json_array_get(alt, 0), "score")) >=
		    json_real_value(json_object_get(json_array_get(alt, 1), "score")));
	assert_string_equal(json_string_value(json_object_get(o, "side")), "client");
	json_decref(o);
	free(s);
	s = mf_answer_to_text(a, 0);
	assert_non_null(strstr(s, "email-delivery"));
	assert_null(strstr(s, "\033["));
	free(s);
	mf_answer_free(a);
}

static void expect_error(const struct mf_ctx *ctx, const char *q, size_t len,
			 const char *provider, int code)
{
	struct mf_route_request req = {q, len, provider, MF_LANG_AUTO};
	struct mf_answer *a = (struct mf_answer *)1;
	struct mf_error err = {0};

	assert_int_equal(mf_route(ctx, &req, &a, &err), code);
	assert_null(a);
	assert_int_equal(err.code, code);
	assert_true(err.message[0] != '\0');
}

static void bad_input(void **state)
{
	char *big = malloc(MF_ROUTE_MAX_QUERY + 2);

	assert_non_null(big);
	memset(big, 'a', MF_ROUTE_MAX_QUERY + 1);
	big[MF_ROUTE_MAX_QUERY + 1] = '\0';
	expect_error(*state, "", 0, NULL, MF_EEMPTY);
	expect_error(*state, " \n\t ", 4, NULL, MF_EEMPTY);
	expect_error(*state, big, MF_ROUTE_MAX_QUERY + 1, NULL, MF_ETOOBIG);
	expect_error(*state, "550 \xc3\x28", 6, NULL, MF_EUTF8);
	expect_error(*state, "550\0x", 5, NULL, MF_ENUL);
	expect_error(*state, "550", 3, "no-such-provider", MF_EPROVIDER);
	expect_error(*state, "\xe2\x80\x8b", 3, NULL, MF_EEMPTY); /* only a zero-width space */
	/* Exactly at the limit is accepted. */
	{
		struct mf_route_request req = {big, MF_ROUTE_MAX_QUERY, NULL, MF_LANG_AUTO};
		struct mf_answer *a;
		assert_int_equal(mf_route(*state, &req, &a, NULL), 0);
		mf_answer_free(a);
	}
	free(big);
	mf_answer_free(NULL);
}

static const char *const thread_queries[] = {
	"550 5.7.26 unauthenticated", "AccountFrozen", "Outlook 0x800CCC0E",
	"帳號被凍結", "mail.example.com ERR_NAME_NOT_RESOLVED", "554 Reject by behaviour spam",
	"Foxmail SSL 连接失败", "退信", "hello",
};
#define N_TQ (sizeof thread_queries / sizeof thread_queries[0])

struct thread_arg {
	const struct mf_ctx *ctx;
	char *expected[N_TQ];
	int mismatches;
};

static void *thread_main(void *p)
{
	struct thread_arg *t = p;

	for (int round = 0; round < 200; round++)
		for (size_t i = 0; i < N_TQ; i++) {
			struct mf_answer *a = route(t->ctx, thread_queries[i], MF_LANG_AUTO);
			char *s = mf_answer_to_json(a, NULL);
			if (!s || strcmp(s, t->expected[i]) != 0)
				__atomic_add_fetch(&t->mismatches, 1, __ATOMIC_RELAXED);
			free(s);
			mf_answer_free(a);
		}
	return NULL;
}

static void many_threads_one_context(void **state)
{
	struct thread_arg t = {*state, {0}, 0};
	pthread_t th[4];

	for (size_t i = 0; i < N_TQ; i++) {
		struct mf_answer *a = route(*state, thread_queries[i], MF_LANG_AUTO);
		t.expected[i] = mf_answer_to_json(a, NULL);
		mf_answer_free(a);
	}
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&th[i], NULL, thread_main, &t), 0);
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	assert_int_equal(t.mismatches, 0);
	for (size_t i = 0; i < N_TQ; i++)
		free(t.expected[i]);
}

/* A hostile text (one clause of thousands of anchors) sends rules to
 * their own databases, which are loaded when first needed: four threads
 * doing that at once on a fresh context get the answer one thread gets. */
struct cold_arg {
	const struct mf_ctx *ctx;
	const char *query;
	const char *expected;
	int mismatches;
};

static void *cold_main(void *p)
{
	struct cold_arg *t = p;

	for (int round = 0; round < 3; round++) {
		struct mf_answer *a = route(t->ctx, t->query, MF_LANG_AUTO);
		char *s = mf_answer_to_json(a, NULL);
		if (!s || strcmp(s, t->expected) != 0)
			__atomic_add_fetch(&t->mismatches, 1, __ATOMIC_RELAXED);
		free(s);
		mf_answer_free(a);
	}
	return NULL;
}

static void many_threads_cold_fallback(void **state)
{
	static const char unit[] = "spf password 邮箱 fail account frozen ";
	size_t len = 40000 / (sizeof unit - 1) * (sizeof unit - 1);
	char *q = malloc(len + 1);
	struct mf_ctx *cold;
	struct cold_arg t = {NULL, q, NULL, 0};
	struct mf_answer *a;
	pthread_t th[4];

	assert_non_null(q);
	for (size_t i = 0; i < len; i++)
		q[i] = unit[i % (sizeof unit - 1)];
	q[len] = '\0';
	a = route(*state, q, MF_LANG_AUTO); /* the expected answer, on the warm context */
	t.expected = mf_answer_to_json(a, NULL);
	mf_answer_free(a);
	assert_non_null(t.expected);
	assert_int_equal(mf_ctx_new(&cold, NULL, NULL), 0);
	t.ctx = cold;
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&th[i], NULL, cold_main, &t), 0);
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	assert_int_equal(t.mismatches, 0);
	mf_ctx_free(cold);
	free((char *)t.expected);
	free(q);
}

/* The texts filled with a profile's facts are made when a call first
 * needs them (mf__route_filled): four threads asking for every profile in
 * every language at once on a fresh context get what a warm one answers;
 * and a first call whose filling runs out of memory fails with MF_ENOMEM,
 * the next one answers the same as the warm context. */
static const char *const profiles[] = {"alimail", "google-workspace", "microsoft365",
				       "netease-qiye", "other", "tencent-exmail"};
#define N_FILL (sizeof profiles / sizeof profiles[0] * 3)
static const char fill_query[] =
	"Outlook: 554 5.7.1 SPF check failed, smtp.qiye.aliyun.com port 465, password wrong";

static char *fill_answer(const struct mf_ctx *ctx, size_t k, int *rc)
{
	struct mf_route_request req = {fill_query, sizeof fill_query - 1, profiles[k / 3],
				       (enum mf_lang)(MF_LANG_EN + (int)(k % 3))};
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	char *s;

	*rc = mf_route(ctx, &req, &a, &err);
	s = a ? mf_answer_to_json(a, NULL) : NULL;
	mf_answer_free(a);
	return s;
}

struct fill_arg {
	const struct mf_ctx *ctx;
	char *expected[N_FILL];
	int start, mismatches;
};

static void *fill_main(void *p)
{
	struct fill_arg *t = p;

	for (size_t i = 0; i < N_FILL; i++) {
		size_t k = (i + (size_t)t->start) % N_FILL;
		int rc;
		char *s = fill_answer(t->ctx, k, &rc);
		if (rc || !s || strcmp(s, t->expected[k]) != 0)
			__atomic_add_fetch(&t->mismatches, 1, __ATOMIC_RELAXED);
		free(s);
	}
	return NULL;
}

static void texts_filled_on_first_use(void **state)
{
	struct fill_arg t[4];
	struct mf_ctx *cold;
	char *expected[N_FILL];
	pthread_t th[4];
	int rc, failed = 0;

	for (size_t k = 0; k < N_FILL; k++) {
		expected[k] = fill_answer(*state, k, &rc);
		assert_int_equal(rc, 0);
		assert_non_null(expected[k]);
	}
	/* the profiles' steps differ: the texts are each profile's */
	assert_string_not_equal(expected[0], expected[3]);
	assert_int_equal(mf_ctx_new(&cold, NULL, NULL), 0);
	for (int i = 0; i < 4; i++) {
		t[i].ctx = cold;
		memcpy(t[i].expected, expected, sizeof expected);
		t[i].start = i * 5;
		t[i].mismatches = 0;
		assert_int_equal(pthread_create(&th[i], NULL, fill_main, &t[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(t[i].mismatches, 0);
	}
	mf_ctx_free(cold);
	/* memory running out while the texts are filled */
	for (long nth = 1; nth < 60; nth += 3) {
		char *s;

		assert_int_equal(mf_ctx_new(&cold, NULL, NULL), 0);
		alloc_fail_after(nth);
		s = fill_answer(cold, 4, &rc);
		alloc_fail_after(0);
		if (rc) {
			assert_int_equal(rc, MF_ENOMEM);
			assert_null(s);
			failed++;
		} else {
			assert_string_equal(s, expected[4]);
		}
		free(s);
		s = fill_answer(cold, 4, &rc);
		assert_int_equal(rc, 0);
		assert_string_equal(s, expected[4]);
		free(s);
		mf_ctx_free(cold);
	}
	assert_true(failed > 0);
	for (size_t k = 0; k < N_FILL; k++)
		free(expected[k]);
}

/* Route q with the nth allocation failing, for nth = 1 .. max: each run
 * either answers or fails with MF_ENOMEM and no answer. */
static void fail_each_allocation(const struct mf_ctx *ctx, const char *q, size_t len, long max,
				 int *failed, int *succeeded)
{
	*failed = *succeeded = 0;
	for (long nth = 1; nth < max; nth++) {
		struct mf_route_request req = {q, len, NULL, MF_LANG_AUTO};
		struct mf_answer *a = NULL;
		struct mf_error err = {0};
		int rc;

		alloc_fail_after(nth);
		rc = mf_route(ctx, &req, &a, &err);
		alloc_fail_after(0);
		if (rc == 0) {
			(*succeeded)++;
			mf_answer_free(a);
			continue;
		}
		assert_int_equal(rc, MF_ENOMEM);
		assert_null(a);
		(*failed)++;
	}
}

static void allocation_failures(void **state)
{
	const char *q = "Outlook: 554 5.7.1 SPF check failed, pop.mail.aliyun.com 995, 帳號被凍結";
	size_t n = strlen(q), total = 0;
	char *big = malloc(60 * 1024);
	int failed, succeeded;

	fail_each_allocation(*state, q, n, 120, &failed, &succeeded);
	/* the answer and its texts (the scratch keeps its buffers between
	 * queries, so the first query allocated those) */
	assert_true(failed >= 2);
	assert_true(succeeded > 0);

	/* A query longer than the normalization buffers a scratch keeps:
	 * they are allocated again (text and offsets) each time. */
	assert_non_null(big);
	while (total + n + 1 < 60 * 1024) {
		memcpy(big + total, q, n);
		total += n;
		big[total++] = '\n';
	}
	fail_each_allocation(*state, big, total, 40, &failed, &succeeded);
	free(big);
	assert_true(failed >= 4); /* normalize (2), the answer, its texts */
	assert_true(succeeded > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(faq_precedence),
		cmocka_unit_test(default_path_is_honest),
		cmocka_unit_test(evidence_points_into_the_original),
		cmocka_unit_test(language_follows_the_query),
		cmocka_unit_test(json_shape),
		cmocka_unit_test(bad_input),
		cmocka_unit_test(many_threads_one_context),
		cmocka_unit_test(many_threads_cold_fallback),
		cmocka_unit_test(texts_filled_on_first_use),
		cmocka_unit_test(allocation_failures),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
