/*
 * test_plan_blob.c: the pattern plan the build embeds (plan_blob.c).
 *  - the embedded plan, loaded, equals the plan lowered afresh from the
 *    embedded data: their serialized forms (a canonical dump, with
 *    offsets for pointers) are the same bytes;
 *  - a blob of another format tag, data hash or length, or with a
 *    damaged offset, is refused and the plan is lowered instead; random
 *    damage to the image never crashes the loader (ASan/UBSan runs);
 *  - out of memory while loading fails cleanly at every allocation.
 * (test_match's real_data runs the loaded plan against Vectorscan over
 * the corpora's queries.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "internal.h"
#include "pattern.h"

/* Offsets of the header fields the tests damage (plan_blob.c's layout). */
#define OFF_MAGIC 0
#define OFF_HASH 8
#define OFF_SIZE_ELEM 24
#define OFF_IMAGE_LEN 64
#define HEADER_LEN (16 + 12 * 4 + 8 + 9 * 8 + 9 * 8)
#define OFF_CHAINS (HEADER_LEN - 5 * 8)

struct fixture {
	struct mf__data *d;
	char *built;           /* the plan lowered now, serialized */
	size_t built_len;
};

static size_t embedded_len(void)
{
	return (size_t)((uintptr_t)mf__embedded_plan_end - (uintptr_t)mf__embedded_plan);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct mf__plan *p;
	struct mf_error err = {0};

	if (!f || mf__data_load(&f->d, NULL, &err) || mf__plan_build(&p, f->d, &err))
		return -1;
	if (mf__plan_serialize(p, f->d->hash, &f->built, &f->built_len))
		return -1;
	mf__plan_free(p);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	free(f->built);
	mf__data_free(f->d);
	free(f);
	return 0;
}

/* Serialize plan p and compare with the freshly built plan. */
static void assert_same_plan(const struct fixture *f, const struct mf__plan *p)
{
	char *bytes;
	size_t len;

	assert_int_equal(mf__plan_serialize(p, f->d->hash, &bytes, &len), 0);
	assert_int_equal(len, f->built_len);
	assert_memory_equal(bytes, f->built, len);
	free(bytes);
}

static void embedded_equals_built(void **state)
{
	struct fixture *f = *state;
	struct mf__plan *p;

	/* the build embedded a plan of this very data */
	assert_true(embedded_len() > HEADER_LEN);
	assert_true(mf__plan_blob_fits(mf__embedded_plan, embedded_len(), f->d->hash));
	assert_int_equal(mf__plan_load(&p, mf__embedded_plan, embedded_len(), f->d->hash,
				       f->d->n_rules),
			 0);
	assert_non_null(p);
	assert_true(p->n_chains > 1000 && p->n_literals > 1000);
	assert_same_plan(f, p);
	mf__plan_free(p);
	/* and a blob made now loads to the same plan */
	assert_int_equal(mf__plan_load(&p, f->built, f->built_len, f->d->hash, f->d->n_rules), 0);
	assert_same_plan(f, p);
	mf__plan_free(p);
}

/* The blob with `n` bytes at `off` replaced by `v`, of length `len`. */
static char *damaged(const struct fixture *f, size_t off, const void *v, size_t n, size_t len)
{
	char *b = malloc(len > f->built_len ? len : f->built_len);

	assert_non_null(b);
	memcpy(b, f->built, f->built_len);
	if (len > f->built_len)
		memset(b + f->built_len, 0, len - f->built_len);
	if (v)
		memcpy(b + off, v, n);
	return b;
}

/* Refused by mf__plan_load; mf__plan_get lowers the patterns instead. */
static void assert_refused(const struct fixture *f, const char *blob, size_t len)
{
	struct mf__plan *p = (struct mf__plan *)1;
	struct mf_error err = {0};

	assert_int_equal(mf__plan_load(&p, blob, len, f->d->hash, f->d->n_rules),
			 MF__PLAN_REFUSED);
	assert_null(p);
	assert_int_equal(mf__plan_get(&p, f->d, blob, len, &err), 0);
	assert_non_null(p);
	assert_same_plan(f, p);
	mf__plan_free(p);
}

static void bad_blobs_refused(void **state)
{
	struct fixture *f = *state;
	uint64_t hash = f->d->hash ^ 1, huge = (uint64_t)1 << 40, odd;
	uint32_t size = 191;
	char *b;

	uint64_t image_len;

	/* the header is as long as these tests take it to be */
	memcpy(&image_len, f->built + OFF_IMAGE_LEN, sizeof image_len);
	assert_memory_equal(f->built, "MFPLAN01", 8);
	assert_int_equal(image_len, f->built_len - HEADER_LEN);
	/* the tag */
	b = damaged(f, OFF_MAGIC, "MFPLAN00", 8, f->built_len);
	assert_refused(f, b, f->built_len);
	free(b);
	/* the data hash, in the blob and as asked */
	b = damaged(f, OFF_HASH, &hash, sizeof hash, f->built_len);
	assert_refused(f, b, f->built_len);
	free(b);
	assert_false(mf__plan_blob_fits(f->built, f->built_len, hash));
	/* a record size of another layout */
	b = damaged(f, OFF_SIZE_ELEM, &size, sizeof size, f->built_len);
	assert_refused(f, b, f->built_len);
	free(b);
	/* truncated anywhere, or longer than it says */
	assert_refused(f, f->built, f->built_len - 1);
	assert_refused(f, f->built, f->built_len / 2);
	assert_refused(f, f->built, HEADER_LEN);
	assert_refused(f, f->built, HEADER_LEN - 1);
	assert_refused(f, f->built, 0);
	assert_refused(f, NULL, 0);
	b = damaged(f, 0, NULL, 0, f->built_len + 16);
	assert_refused(f, b, f->built_len + 16);
	free(b);
	/* a table's offset outside the image, or misaligned */
	b = damaged(f, OFF_CHAINS, &huge, sizeof huge, f->built_len);
	assert_refused(f, b, f->built_len);
	free(b);
	/* a literal's one use (in place in its lit_index entry; the image
	 * starts with lit_index) with another length: its hits would start
	 * elsewhere, or before the text */
	{
		size_t at = HEADER_LEN;
		uint16_t n_uses = 0, len;
		for (int i = 0; i < 1000 && n_uses != 1; i++, at += sizeof(struct mf__lit_index))
			memcpy(&n_uses, f->built + at + offsetof(struct mf__lit_index, n_uses),
			       sizeof n_uses);
		assert_int_equal(n_uses, 1);
		at -= sizeof(struct mf__lit_index);
		memcpy(&len, f->built + at + offsetof(struct mf__use, len), sizeof len);
		len = (uint16_t)(len + 1);
		b = damaged(f, at + offsetof(struct mf__use, len), &len, sizeof len, f->built_len);
		assert_refused(f, b, f->built_len);
		free(b);
	}
	memcpy(&odd, f->built + OFF_CHAINS, sizeof odd);
	odd += 1;
	b = damaged(f, OFF_CHAINS, &odd, sizeof odd, f->built_len);
	assert_refused(f, b, f->built_len);
	free(b);
}

/* Damage bytes of the image at random: loaded or refused, never a crash
 * or a read outside the blob (the sanitizer build runs this). */
static void random_damage(void **state)
{
	struct fixture *f = *state;
	uint64_t seed = 7;
	size_t refused = 0;
	char *b = malloc(f->built_len);

	assert_non_null(b);
	for (int round = 0; round < 300; round++) {
		struct mf__plan *p;
		int rc;
		memcpy(b, f->built, f->built_len);
		for (int k = 0; k < 1 + round % 8; k++) {
			size_t at;
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			at = HEADER_LEN + (size_t)(seed >> 24) % (f->built_len - HEADER_LEN);
			b[at] = (char)(seed >> 16);
		}
		rc = mf__plan_load(&p, b, f->built_len, f->d->hash, f->d->n_rules);
		assert_true(rc == 0 || rc == MF__PLAN_REFUSED);
		refused += rc != 0;
		mf__plan_free(p);
	}
	free(b);
	/* most of the image is strings and bitmaps: damage there loads */
	assert_true(refused < 300);
}

static void out_of_memory(void **state)
{
	struct fixture *f = *state;
	long n;

	for (n = 1; n < 20; n++) {
		struct mf__plan *p;
		int rc;
		alloc_fail_after(n);
		rc = mf__plan_load(&p, f->built, f->built_len, f->d->hash, f->d->n_rules);
		alloc_fail_after(0);
		if (rc == 0) {
			assert_same_plan(f, p);
			mf__plan_free(p);
			break;
		}
		assert_int_equal(rc, -1);
		assert_null(p);
	}
	assert_true(n > 1 && n < 20);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(embedded_equals_built),
		cmocka_unit_test(bad_blobs_refused),
		cmocka_unit_test(random_damage),
		cmocka_unit_test(out_of_memory),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
