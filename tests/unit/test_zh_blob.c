/*
 * test_zh_blob.c: the traditional -> simplified map and the traditional
 * answer texts the build embeds (zh_blob.c) and a start of the embedded
 * data takes instead of parsing data/zh-variants.json and
 * data/zh-hant.json (data.c).
 *  - the embedded data's map and texts equal those parsed from data/
 *    (--data DIR), one by one, and so does the embedded blob itself;
 *  - a blob of another tag, hash or length, unsorted, with a repeated
 *    character or a value past U+10FFFF, or whose texts are out of
 *    bounds, unterminated, empty or unsorted is not taken.
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

#define HEADER_LEN 40

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
	/* the traditional texts, and a text finds its own */
	assert_true(dir->n_zh_hant > 100);
	assert_int_equal(emb->n_zh_hant, dir->n_zh_hant);
	for (size_t i = 0; i < dir->n_zh_hant; i++) {
		assert_string_equal(emb->zh_hant[i].simp, dir->zh_hant[i].simp);
		assert_string_equal(emb->zh_hant[i].trad, dir->zh_hant[i].trad);
		assert_ptr_equal(mf__zh_hant_find(emb, dir->zh_hant[i].simp), emb->zh_hant[i].trad);
	}
	assert_null(mf__zh_hant_find(emb, "没有这段文字"));
	mf__data_free(emb);
	mf__data_free(dir);
}

/* A blob serialized from these 3 pairs is refused when loaded. */
static void assert_refused(const struct mf__zh_pair *pairs, uint64_t hash)
{
	char *b;
	size_t len;

	assert_int_equal(mf__zh_serialize(pairs, 3, NULL, 0, hash, &b, &len), 0);
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
	assert_int_equal(mf__zh_serialize(map, 3, NULL, 0, hash, &b, &len), 0);
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

/* Texts: taken back as written; refused when an offset points outside
 * the text bytes, a text runs past their end, or the texts are out of
 * order; any byte changed or the blob cut short never crashes. */
static void texts_round_trip_and_damage(void **state)
{
	static const struct mf__zh_pair map[] = {{0x5011, 0x4eec}};
	static const struct mf__zh_hant texts[] = {{"发信失败", "發信失敗"}, {"账号", "賬號"}};
	struct mf__zh_hant got[2];
	uint64_t hash = 77;
	uint32_t off;
	char *b;
	size_t len, index = HEADER_LEN + 8;

	(void)state;
	assert_int_equal(mf__zh_serialize(map, 1, texts, 2, hash, &b, &len), 0);
	assert_int_equal(mf__zh_blob_count(b, len, hash), 1);
	assert_int_equal(mf__zh_blob_hant_count(b), 2);
	mf__zh_blob_hant(b, got);
	assert_string_equal(got[0].simp, "发信失败");
	assert_string_equal(got[0].trad, "發信失敗");
	assert_string_equal(got[1].simp, "账号");
	assert_string_equal(got[1].trad, "賬號");
	/* an offset past the text bytes */
	memcpy(&off, b + index + 12, 4);
	memcpy(b + index + 12, &(uint32_t){(uint32_t)len}, 4);
	assert_int_equal(mf__zh_blob_count(b, len, hash), (size_t)-1);
	memcpy(b + index + 12, &off, 4);
	/* the last text unterminated */
	b[len - 1] = 'x';
	assert_int_equal(mf__zh_blob_count(b, len, hash), (size_t)-1);
	b[len - 1] = '\0';
	/* out of order: the second key made the first */
	memcpy(b + index + 8, b + index, 4);
	assert_int_equal(mf__zh_blob_count(b, len, hash), (size_t)-1);
	free(b);
	/* every single-byte change and every cut: refused or taken, never a crash */
	assert_int_equal(mf__zh_serialize(map, 1, texts, 2, hash, &b, &len), 0);
	for (size_t i = 0; i < len; i++) {
		char keep = b[i];
		size_t n;

		b[i] = (char)(b[i] ^ 0x5a);
		n = mf__zh_blob_count(b, len, hash);
		if (n != (size_t)-1) {
			struct mf__zh_hant t[2];
			assert_true(mf__zh_blob_hant_count(b) <= 2);
			mf__zh_blob_hant(b, t);
		}
		b[i] = keep;
		assert_int_equal(mf__zh_blob_count(b, i, hash), (size_t)-1);
	}
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(embedded_equals_parsed),
		cmocka_unit_test(bad_blobs_refused),
		cmocka_unit_test(texts_round_trip_and_damage),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
