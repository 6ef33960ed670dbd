/*
 * test_zh_blob.c: the traditional -> simplified map the build embeds
 * (zh_blob.c) and a start of the embedded data takes instead of parsing
 * data/zh-variants.json (data.c).
 *  - the embedded data's map equals the map parsed from data/ (--data
 *    DIR), pair by pair, and so does the embedded blob itself;
 *  - a blob of another tag, hash or length, unsorted, with a repeated
 *    character or a value past U+10FFFF is not taken.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"
#include "zh_blob.h"

#define HEADER_LEN 24

static size_t embedded_len(void)
{
	return (size_t)((uintptr_t)mf__embedded_zh_end - (uintptr_t)mf__embedded_zh);
}

static void embedded_equals_parsed(void **state)
{
	struct mf__data *emb, *dir;
	struct mf_error err = {0};
	struct mf__zh_pair *copy;
	size_t n;

	(void)state;
	if (mf__data_load(&emb, NULL, &err) || mf__data_load(&dir, MF_SOURCE_DIR "/data", &err))
		fail_msg("load: %s", err.message);
	assert_true(dir->n_zh_map > 1000);
	assert_int_equal(emb->n_zh_map, dir->n_zh_map);
	assert_memory_equal(emb->zh_map, dir->zh_map, dir->n_zh_map * sizeof *dir->zh_map);
	assert_memory_equal(emb->zh_bmp, dir->zh_bmp, (0x9fff - 0x4e00 + 1) * sizeof *dir->zh_bmp);
	/* the blob is of this data */
	n = mf__zh_blob_count(mf__embedded_zh, embedded_len(), emb->hash);
	assert_int_equal(n, dir->n_zh_map);
	copy = calloc(n + 1, sizeof *copy);
	assert_non_null(copy);
	mf__zh_blob_copy(mf__embedded_zh, copy, n);
	assert_memory_equal(copy, dir->zh_map, n * sizeof *copy);
	free(copy);
	mf__data_free(emb);
	mf__data_free(dir);
}

/* A blob serialized from these 3 pairs is refused when loaded. */
static void assert_refused(const struct mf__zh_pair *pairs, uint64_t hash)
{
	char *b;
	size_t len;

	assert_int_equal(mf__zh_serialize(pairs, 3, hash, &b, &len), 0);
	assert_int_equal(mf__zh_blob_count(b, len, hash), (size_t)-1);
	free(b);
}

static void bad_blobs_refused(void **state)
{
	static const struct mf__zh_pair map[] = {{0x4e1f, 0x4e22}, {0x5011, 0x4eec}, {0x6771, 0x4e1c}};
	struct mf__zh_pair bad[3];
	uint64_t hash = 0x1234;
	char *b;
	size_t len;

	(void)state;
	assert_int_equal(mf__zh_serialize(map, 3, hash, &b, &len), 0);
	assert_int_equal(len, HEADER_LEN + 3 * 8);
	assert_int_equal(mf__zh_blob_count(b, len, hash), 3);
	assert_int_equal(mf__zh_blob_count(b, len, hash + 1), (size_t)-1);
	assert_int_equal(mf__zh_blob_count(b, len - 1, hash), (size_t)-1);
	assert_int_equal(mf__zh_blob_count(b, len - 8, hash), (size_t)-1);
	assert_int_equal(mf__zh_blob_count(b, HEADER_LEN - 1, hash), (size_t)-1);
	assert_int_equal(mf__zh_blob_count(b, 0, hash), (size_t)-1);
	assert_int_equal(mf__zh_blob_count(NULL, 0, hash), (size_t)-1);
	b[0] = 'X';
	assert_int_equal(mf__zh_blob_count(b, len, hash), (size_t)-1);
	free(b);
	/* unsorted, repeated, not a code point */
	memcpy(bad, map, sizeof bad);
	bad[1].from = 0x7000;
	assert_refused(bad, hash);
	bad[1].from = bad[0].from;
	assert_refused(bad, hash);
	memcpy(bad, map, sizeof bad);
	bad[2].to = 0x110000;
	assert_refused(bad, hash);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(embedded_equals_parsed),
		cmocka_unit_test(bad_blobs_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
