/*
 * test_doc_blob.c: the data files' JSON documents as the build parsed
 * them (doc_blob.c), which a start of the embedded data builds back
 * instead of parsing data/ (data.c).
 *  - the embedded blob holds every embedded file but the three other
 *    blobs stand for, each document equal, member order included, to the
 *    one jansson parses from the file's bytes;
 *  - every kind of value goes through serialize and take unchanged;
 *  - a blob of another tag, hash or length, with a count, length or
 *    nesting past its bounds, a name of no file or twice, a string that
 *    is not UTF-8 or holds a NUL, a repeated key, a real that is not
 *    finite, a top level that is not an object or bytes left over is not
 *    taken, and no document is left set; no byte changed and no cut
 *    crashes;
 *  - when building the documents runs out of memory, the data loads all
 *    the same: its JSON is parsed instead.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc_blob.h"
#include "embedded.h"
#include "internal.h"

#define HEADER_LEN 32

static size_t embedded_len(void)
{
	return (size_t)((uintptr_t)mf__embedded_docs_end - (uintptr_t)mf__embedded_docs);
}

/* Both documents print the same, member order included. */
static void assert_same_doc(json_t *a, json_t *b)
{
	char *sa = json_dumps(a, JSON_COMPACT), *sb = json_dumps(b, JSON_COMPACT);

	assert_non_null(sa);
	assert_non_null(sb);
	assert_string_equal(sa, sb);
	assert_true(json_equal(a, b));
	free(sa);
	free(sb);
}

static void embedded_equals_parsed(void **state)
{
	struct mf__data *emb;
	struct mf_error err = {0};
	const char *names[256];
	json_t *docs[256] = {0};
	size_t n = 0, held = 0;

	(void)state;
	if (mf__data_load(&emb, NULL, &err))
		fail_msg("load: %s", err.message);
	for (const struct mf__embedded_file *e = mf__embedded_files; e->name; e++)
		names[n++] = e->name;
	assert_true(n > 50);
	assert_int_equal(mf__doc_blob_take(mf__embedded_docs, embedded_len(), emb->hash, names,
					   docs, n),
			 0);
	for (size_t i = 0; i < n; i++) {
		json_error_t je;
		json_t *parsed;
		int own_blob = strcmp(names[i], "route-guess.json") == 0 ||
			       strcmp(names[i], "zh-variants.json") == 0 ||
			       strcmp(names[i], "zh-hant.json") == 0;

		if (own_blob) {
			assert_null(docs[i]);
			continue;
		}
		assert_non_null(docs[i]);
		parsed = json_loadb((const char *)mf__embedded_files[i].bytes,
				    mf__embedded_files[i].len, JSON_REJECT_DUPLICATES, &je);
		assert_non_null(parsed);
		assert_same_doc(docs[i], parsed);
		/* and the loaded data's document is the blob's */
		assert_same_doc(mf__data_document(emb, names[i]), parsed);
		json_decref(parsed);
		json_decref(docs[i]);
		held++;
	}
	assert_int_equal(held, n - 3);
	/* not the blob of other data */
	memset(docs, 0, sizeof docs);
	assert_int_equal(mf__doc_blob_take(mf__embedded_docs, embedded_len(), emb->hash + 1, names,
					   docs, n),
			 -1);
	for (size_t i = 0; i < n; i++)
		assert_null(docs[i]);
	mf__data_free(emb);
}

static const char *const NAMES[] = {"a.json", "rules/b.json"};

static json_t *sample(int which)
{
	json_error_t je;
	json_t *d = json_loads(
		which == 0
			? "{\"z\": 1, \"a\": [null, true, false, -9223372036854775807, 0, 2.5, -1e-300,"
			  " \"\", \"发信失败 ünï\", [], {}], \"m\": {\"k\": {\"deep\": [[[\"x\"]]]}}}"
			: "{\"id\": \"r\", \"patterns\": [\"smtp\"], \"weight\": 0.75}",
		JSON_REJECT_DUPLICATES, &je);

	assert_non_null(d);
	return d;
}

/* The two sample documents as a blob (caller frees). */
static char *sample_blob(uint64_t hash, size_t *len)
{
	json_t *docs[2] = {sample(0), sample(1)};
	char *b;

	assert_int_equal(mf__doc_blob_serialize(NAMES, docs, 2, hash, &b, len), 0);
	json_decref(docs[0]);
	json_decref(docs[1]);
	return b;
}

static int take(const char *b, size_t len, uint64_t hash, json_t **docs)
{
	int rc;

	docs[0] = docs[1] = NULL;
	rc = mf__doc_blob_take(b, len, hash, NAMES, docs, 2);
	if (rc)
		assert_true(!docs[0] && !docs[1]);
	return rc;
}

static void free_docs(json_t **docs)
{
	json_decref(docs[0]);
	json_decref(docs[1]);
}

static void round_trip(void **state)
{
	json_t *docs[2], *want;
	size_t len;
	char *b = sample_blob(42, &len);
	const char *two[] = {"rules/b.json", "a.json", "other.json"};
	json_t *three[3] = {0};

	(void)state;
	assert_int_equal(take(b, len, 42, docs), 0);
	want = sample(0);
	assert_same_doc(docs[0], want);
	json_decref(want);
	want = sample(1);
	assert_same_doc(docs[1], want);
	json_decref(want);
	free_docs(docs);
	/* the files in another order, and one the blob does not hold */
	assert_int_equal(mf__doc_blob_take(b, len, 42, two, three, 3), 0);
	assert_non_null(three[0]);
	assert_non_null(three[1]);
	assert_null(three[2]);
	assert_int_equal(json_integer_value(json_object_get(three[1], "z")), 1);
	json_decref(three[0]);
	json_decref(three[1]);
	free(b);
}

/* One document {key: value} written by hand: the header and the
 * document's frame around `value` (a serialized value). */
static char *hand_blob(const char *name, const void *value, size_t vlen, size_t *len)
{
	uint64_t hash = 7, count = 1, body, v = vlen;
	uint32_t nl = (uint32_t)strlen(name);
	char *b = malloc(HEADER_LEN + 4 + nl + 8 + vlen);
	char *p = b + HEADER_LEN;

	assert_non_null(b);
	memcpy(b, "MFDOCS01", 8);
	memcpy(b + 8, &hash, 8);
	memcpy(b + 16, &count, 8);
	memcpy(p, &nl, 4);
	memcpy(p + 4, name, nl);
	memcpy(p + 4 + nl, &v, 8);
	memcpy(p + 12 + nl, value, vlen);
	*len = HEADER_LEN + 4 + nl + 8 + vlen;
	body = *len - HEADER_LEN;
	memcpy(b + 24, &body, 8);
	return b;
}

/* A hand-made document: 0 taken, -1 refused. */
static int take_hand(const void *value, size_t vlen)
{
	json_t *docs[2];
	size_t len;
	char *b = hand_blob("a.json", value, vlen, &len);
	int rc = take(b, len, 7, docs);

	free_docs(docs);
	free(b);
	return rc;
}

/* {"k": <a string of n bytes s>} */
static int take_string(const char *s, uint32_t n)
{
	unsigned char v[64] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 's'};

	memcpy(v + 11, &n, 4);
	memcpy(v + 15, s, n);
	return take_hand(v, 15 + n);
}

static void bad_blobs_refused(void **state)
{
	json_t *docs[2];
	size_t len;
	char *b = sample_blob(42, &len);
	uint64_t body;

	(void)state;
	assert_int_equal(take(b, len, 42, docs), 0);
	free_docs(docs);
	/* hash, length, tag */
	assert_int_equal(take(b, len, 43, docs), -1);
	assert_int_equal(take(b, len - 1, 42, docs), -1);
	assert_int_equal(take(b, HEADER_LEN - 1, 42, docs), -1);
	assert_int_equal(take(b, 0, 42, docs), -1);
	assert_int_equal(take(NULL, 0, 42, docs), -1);
	memcpy(&body, b + 24, 8);
	body++;
	memcpy(b + 24, &body, 8);
	assert_int_equal(take(b, len, 42, docs), -1);
	body--;
	memcpy(b + 24, &body, 8);
	b[7] = '2';
	assert_int_equal(take(b, len, 42, docs), -1);
	b[7] = '1';
	/* more documents than files */
	b[16] = 3;
	assert_int_equal(take(b, len, 42, docs), -1);
	b[16] = 2;
	/* a name no file has */
	b[HEADER_LEN + 4] = 'x';
	assert_int_equal(take(b, len, 42, docs), -1);
	b[HEADER_LEN + 4] = 'a';
	assert_int_equal(take(b, len, 42, docs), 0);
	free_docs(docs);
	free(b);

	/* by hand: {"k": "v"} taken, then each damage refused */
	assert_int_equal(take_string("v", 1), 0);
	assert_int_equal(take_string("发信", 6), 0);
	assert_int_equal(take_string("a\0b", 3), -1);          /* a NUL */
	assert_int_equal(take_string("\xc3", 1), -1);          /* cut short */
	assert_int_equal(take_string("\xc0\xaf", 2), -1);      /* overlong */
	assert_int_equal(take_string("\xed\xa0\x80", 3), -1);  /* a surrogate */
	assert_int_equal(take_string("\xf4\x90\x80\x80", 4), -1); /* past U+10FFFF */
	assert_int_equal(take_string("\xff", 1), -1);
	{
		/* a string length past the end */
		static const unsigned char v[] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 's', 9, 0, 0, 0, 'v'};
		assert_int_equal(take_hand(v, sizeof v), -1);
	}
	{
		/* a repeated key: {"k": 1, "k": 2} */
		static const unsigned char v[] = {'o', 2, 0, 0, 0, 1, 0, 0, 0, 'k', 't',
						  1, 0, 0, 0, 'k', 'f'};
		static const unsigned char ok[] = {'o', 2, 0, 0, 0, 1, 0, 0, 0, 'k', 't',
						   1, 0, 0, 0, 'j', 'f'};
		assert_int_equal(take_hand(ok, sizeof ok), 0);
		assert_int_equal(take_hand(v, sizeof v), -1);
	}
	{
		/* an array of more items than bytes left, an unknown type,
		 * bytes left over, a top level that is not an object */
		static const unsigned char many[] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 'a',
						     0xff, 0xff, 0xff, 0x7f, 'n'};
		static const unsigned char type[] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 'x'};
		static const unsigned char left[] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 'n', 'n'};
		static const unsigned char arr[] = {'a', 0, 0, 0, 0};
		static const unsigned char keys[] = {'o', 0xff, 0xff, 0xff, 0xff};
		assert_int_equal(take_hand(many, sizeof many), -1);
		assert_int_equal(take_hand(type, sizeof type), -1);
		assert_int_equal(take_hand(left, sizeof left), -1);
		assert_int_equal(take_hand(arr, sizeof arr), -1);
		assert_int_equal(take_hand(keys, sizeof keys), -1);
	}
	{
		/* reals: 0.5 taken, not-a-number and infinity refused */
		unsigned char v[19] = {'o', 1, 0, 0, 0, 1, 0, 0, 0, 'k', 'r'};
		double d = 0.5;
		memcpy(v + 11, &d, 8);
		assert_int_equal(take_hand(v, sizeof v), 0);
		d = 1e308 * 10;
		memcpy(v + 11, &d, 8);
		assert_int_equal(take_hand(v, sizeof v), -1);
		d = d - d;
		memcpy(v + 11, &d, 8);
		assert_int_equal(take_hand(v, sizeof v), -1);
	}
	{
		/* nesting: 2,000 arrays deep taken, 2,100 refused (jansson's
		 * parser stops at 2,048) */
		size_t depth[2] = {2000, 2100};
		for (int k = 0; k < 2; k++) {
			unsigned char *v = calloc(1, 10 + 5 * depth[k] + 1);
			size_t at = 10;
			assert_non_null(v);
			memcpy(v, "o\1\0\0\0\1\0\0\0k", 10);
			for (size_t i = 0; i < depth[k]; i++, at += 5)
				memcpy(v + at, "a\1\0\0\0", 5);
			v[at++] = 'n';
			assert_int_equal(take_hand(v, at), k == 0 ? 0 : -1);
			free(v);
		}
	}
}

/* Every single-byte change and every cut of a blob: taken or refused
 * (and then no document set), never a crash nor a leak. */
static void damage_never_crashes(void **state)
{
	json_t *docs[2];
	size_t len;
	char *b = sample_blob(42, &len);

	(void)state;
	for (size_t i = 0; i < len; i++) {
		char keep = b[i];
		static const unsigned char flips[] = {0x01, 0x80, 0xff};

		for (size_t f = 0; f < sizeof flips; f++) {
			b[i] = (char)(keep ^ flips[f]);
			take(b, len, 42, docs);
			free_docs(docs);
		}
		b[i] = keep;
		assert_int_equal(take(b, i, 42, docs), -1);
	}
	free(b);
}

/* jansson's allocations, the Nth of them failing once (atomic: the
 * parsing thread counts too). */
static long fail_nth, jansson_count;

static void *failing_malloc(size_t n)
{
	long c = __atomic_add_fetch(&jansson_count, 1, __ATOMIC_RELAXED);

	return c == fail_nth ? NULL : malloc(n);
}

/* Building the embedded documents runs out of memory: the data is parsed
 * from its JSON instead and loads the same. */
static void refused_blob_parses_the_json(void **state)
{
	struct mf__data *want, *got;
	struct mf_error err = {0};
	long base, nths[3];

	(void)state;
	/* how many allocations building the documents takes (jansson's
	 * first use in a load) */
	jansson_count = 0;
	fail_nth = 0;
	json_set_alloc_funcs(failing_malloc, free);
	if (mf__data_load(&want, NULL, &err))
		fail_msg("load: %s", err.message);
	json_set_alloc_funcs(malloc, free);
	base = jansson_count;
	assert_true(base > 10000);
	nths[0] = 1;
	nths[1] = base / 2;
	nths[2] = base;
	for (size_t k = 0; k < sizeof nths / sizeof nths[0]; k++) {
		jansson_count = 0;
		fail_nth = nths[k];
		json_set_alloc_funcs(failing_malloc, free);
		if (mf__data_load(&got, NULL, &err))
			fail_msg("load with allocation %ld failing: %s", nths[k], err.message);
		json_set_alloc_funcs(malloc, free);
		/* the rest of the building and the parse: another count */
		assert_true(jansson_count > nths[k] && jansson_count != base);
		assert_int_equal(got->hash, want->hash);
		assert_int_equal(got->n_rules, want->n_rules);
		assert_int_equal(got->n_patterns, want->n_patterns);
		for (const struct mf__embedded_file *e = mf__embedded_files; e->name; e++)
			if (mf__data_document(want, e->name))
				assert_same_doc(mf__data_document(got, e->name),
						mf__data_document(want, e->name));
		mf__data_free(got);
	}
	mf__data_free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(embedded_equals_parsed),
		cmocka_unit_test(round_trip),
		cmocka_unit_test(bad_blobs_refused),
		cmocka_unit_test(damage_never_crashes),
		cmocka_unit_test(refused_blob_parses_the_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
