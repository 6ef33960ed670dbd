/*
 * test_guess.c: the features of the router's fallback guess (lib/guess.c)
 * are the ones tools/train_route_guess.py trains on: ASCII words, pairs of
 * consecutive words, trigrams of "<word>" for words of 4+ letters that are
 * not all digits, Han characters and pairs of consecutive Han characters,
 * counted with repeats and scaled by 1/sqrt(count).  A hand-made model
 * with one weight per feature checks each kind and the arithmetic.  The
 * embedded form (mf__guess_serialize / mf__guess_from_blob) gives the same
 * scores back, and a blob that does not fit is refused, never read past.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "guess.h"

#define SLOTS 64

struct model {
	struct mf__guess g;
	uint64_t keys[SLOTS];
	float weights[SLOTS * 2];
};

static void put(struct model *m, const char *feature, float w0)
{
	uint64_t k = mf__guess_key_final(mf__guess_hash(MF__GUESS_SEED, feature, strlen(feature)));
	size_t slot = mf__guess_slot(&m->g, k);

	assert_int_equal(m->keys[slot], 0);
	m->keys[slot] = k;
	m->weights[slot * 2] = w0;
	m->g.n_features++;
}

static void make(struct model *m)
{
	memset(m, 0, sizeof *m);
	m->g.n_classes = 2;
	m->g.bias[0] = 0.5;
	m->g.bias[1] = -0.25;
	m->g.keys = m->keys;
	m->g.weights = m->weights;
	m->g.mask = SLOTS - 1;
	put(m, "w:spf", 1);
	put(m, "b:spf fail", 2);
	put(m, "h:冻结", 4);
	put(m, "c:<fa", 8);
	put(m, "c:il>", 16);
	put(m, "h:号", 32);
	put(m, "w:550", 64);
	put(m, "c:<55", 128);   /* all digits: never a trigram */
	put(m, "b:fail 550", 256);
}

static void assert_score(const struct model *m, const char *text, double sum, double n)
{
	double z[2];

	mf__guess_scores(&m->g, text, strlen(text), z);
	assert_true(fabs(z[0] - (0.5 + sum / sqrt(n))) < 1e-6);
	assert_true(fabs(z[1] + 0.25) < 1e-9);
}

static void each_kind_of_feature(void **state)
{
	struct model m;

	(void)state;
	make(&m);
	/* spf | fail <fa fai ail il> | spf fail | 冻 结 冻结: 10 features */
	assert_score(&m, "spf fail 冻结", 1 + 8 + 16 + 2 + 4, 10);
}

static void repeats_count(void **state)
{
	struct model m;

	(void)state;
	make(&m);
	/* spf twice, the pair "spf spf" once: the sum is scaled by the
	 * length of the counts, sqrt(2 * 2 + 1 * 1) */
	assert_score(&m, "spf spf", 2, 5);
}

/* A long text (its features kept in memory taken for the call): a word
 * said 500 times weighs about as much as said once, not 22 times more. */
static void long_repeats_weigh_as_once(void **state)
{
	struct model m;
	char text[2001];

	(void)state;
	make(&m);
	for (int i = 0; i < 500; i++)
		memcpy(text + 4 * i, "spf ", 4);
	text[2000] = '\0';
	/* spf 500 times, the pair 499 times */
	assert_score(&m, text, 500, 500.0 * 500 + 499.0 * 499);
}

/* Many different features, twice (the counting table grows past the
 * stack's and keeps its counts): "spf" and 600 different three-letter
 * words (no trigrams), then the same again.  Each word and "spf" twice,
 * each pair of neighbours twice, the one pair "zzz spf" between the two
 * runs once: 1,201 features counted twice and one once. */
static void many_features_counted(void **state)
{
	struct model m;
	char text[2 * (4 + 600 * 4) + 1];
	size_t at = 0;

	(void)state;
	make(&m);
	for (int run = 0; run < 2; run++) {
		memcpy(text + at, run ? " spf" : "spf", run ? 4 : 3);
		at += run ? 4 : 3;
		for (int i = 0; i < 600; i++) {
			text[at++] = ' ';
			text[at++] = (char)('a' + i / 26 / 26 % 26);
			text[at++] = (char)('a' + i / 26 % 26);
			text[at++] = (char)('a' + i % 26);
		}
	}
	text[at] = '\0';
	/* w:spf twice (weight 1 each); 1,201 * 2 * 2 + 1 squared counts */
	assert_score(&m, text, 2, 1201.0 * 4 + 1);
}

static void digits_and_pairs_across_han(void **state)
{
	struct model m;

	(void)state;
	make(&m);
	/* fail (+4 trigrams) | 账 号 账号 | 550 | pair "fail 550" across the
	 * Han characters: 10 features; 550 has no trigrams */
	assert_score(&m, "fail账号550", 8 + 16 + 32 + 64 + 256, 10);
}

static void han_pairs_break_at_other_characters(void **state)
{
	struct model m;

	(void)state;
	make(&m);
	/* 冻 结 (no pair: a comma between) */
	assert_score(&m, "冻,结", 0, 2);
}

static void empty_text_is_the_bias(void **state)
{
	struct model m;
	double z[2];

	(void)state;
	make(&m);
	mf__guess_scores(&m.g, "", 0, z);
	assert_true(fabs(z[0] - 0.5) < 1e-9);
}

static void best_class_and_probability(void **state)
{
	struct mf__guess g = {0};
	double z[3] = {0, log(3), 5}, p = 0;
	uint8_t allow[3] = {1, 1, 0};

	(void)state;
	g.n_classes = 3;
	assert_int_equal(mf__guess_best(&g, z, allow, &p), 1);
	assert_true(fabs(p - 0.75) < 1e-9);
	assert_int_equal(mf__guess_best(&g, z, NULL, &p), 2);
	allow[0] = allow[1] = 0;
	assert_int_equal(mf__guess_best(&g, z, allow, &p), -1);
}

/* The embedded form: the same scores, the notes, and a refusal of every
 * blob that is cut, of other data, or names a class out of range. */
static void blob_round_trip_and_refusals(void **state)
{
	struct model m;
	struct mf__guess g;
	const char *en = NULL, *zh = NULL;
	char *blob, *bad;
	size_t len;
	double z1[2], z2[2];
	uint64_t *aligned;

	(void)state;
	make(&m);
	m.g.min_probability = 0.8;
	m.g.path[0] = 0, m.g.path[1] = 2;
	m.g.side[0] = 1, m.g.side[1] = 3;
	assert_int_equal(mf__guess_serialize(&m.g, "a guess", NULL, 42, &blob, &len), 0);
	aligned = malloc(len + 8); /* uint64_t-aligned, as the build's .balign */
	assert_non_null(aligned);
	memcpy(aligned, blob, len);
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     42, 3, 6), 0);
	assert_string_equal(en, "a guess");
	assert_null(zh);
	assert_int_equal(g.n_classes, 2);
	assert_int_equal(g.path[1], 2);
	assert_int_equal(g.side[1], 3);
	assert_true(g.min_probability == 0.8);
	mf__guess_scores(&m.g, "spf fail 550 冻结", strlen("spf fail 550 冻结"), z1);
	mf__guess_scores(&g, "spf fail 550 冻结", strlen("spf fail 550 冻结"), z2);
	assert_true(z1[0] == z2[0] && z1[1] == z2[1]);
	/* other data, cut, a path or side out of range, a broken magic */
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     43, 3, 6), -1);
	for (size_t cut = 0; cut < len; cut += 1 + cut / 8)
		assert_int_equal(mf__guess_from_blob(&g, &en, &zh,
						     (const unsigned char *)aligned, cut, 42, 3, 6),
				 -1);
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     42, 2, 6), -1);
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     42, 3, 3), -1);
	bad = (char *)aligned;
	bad[len - 1] = 'x'; /* the note lost its NUL */
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     42, 3, 6), -1);
	bad[0] = 'X';
	assert_int_equal(mf__guess_from_blob(&g, &en, &zh, (const unsigned char *)aligned, len,
					     42, 3, 6), -1);
	free(aligned);
	free(blob);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_kind_of_feature),
		cmocka_unit_test(repeats_count),
		cmocka_unit_test(long_repeats_weigh_as_once),
		cmocka_unit_test(many_features_counted),
		cmocka_unit_test(digits_and_pairs_across_han),
		cmocka_unit_test(han_pairs_break_at_other_characters),
		cmocka_unit_test(empty_text_is_the_bias),
		cmocka_unit_test(best_class_and_probability),
		cmocka_unit_test(blob_round_trip_and_refusals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
