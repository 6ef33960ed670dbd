/*
 * test_db_cache.c: the databases compiled from a --data DIR, kept on disk
 * between starts (db_cache.c, match.c), on a small set of patterns:
 *  - the first start compiles and writes one file; the next loads it and
 *    has the very plan and databases a compile makes;
 *  - a file cut short anywhere or with any byte flipped (header, plan,
 *    databases), or that others may write, is not taken: the start
 *    compiles again, and answers;
 *  - other data (another hash) gets a file of its own, and only the three
 *    most recently used files are kept;
 *  - a cache directory that cannot be made costs only the compile.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "pattern.h"
#include "tiny_data.h"

static const char *const patterns[] = {
	"\\bfoo\\b", "foo(bar)?baz", "(a|b)[^.]*c", "x.{1,3}y", "^start", "end$",
	"(spf|dkim) ?(fail|failed)\\b", "[0-9]+ ?(mb|gb)", "密码[^。,]*(不对|错)",
};
#define N_PATTERNS (sizeof patterns / sizeof patterns[0])

/* t made anew: the patterns above, as data of this hash */
static void tiny_init(struct tiny_data *t, uint64_t hash)
{
	tiny_data_free(t);
	tiny_data_init(t, patterns, N_PATTERNS, hash);
}

static struct mf__matcher *start(struct tiny_data *t, const char *cache)
{
	struct mf__matcher *m;
	struct mf_error err = {0};

	if (mf__matcher_new(&m, &t->d, MF__DB_FOR_THIS_CPU, cache, &err) != 0)
		fail_msg("matcher: %s", err.message);
	return m;
}

/* The matcher's plan and databases as bytes. */
static void image(struct mf__matcher *m, const struct tiny_data *t, char **plan, size_t *plan_len,
		  char **db, size_t *db_len)
{
	struct mf_error err = {0};

	assert_int_equal(mf__plan_serialize(mf__matcher_plan(m), t->d.hash, plan, plan_len), 0);
	assert_int_equal(mf__matcher_serialize(m, &t->d, db, db_len, &err), 0);
}

static void same_as_compiled(struct mf__matcher *m, struct tiny_data *t)
{
	struct mf__matcher *c = start(t, NULL);
	char *p1, *p2, *d1, *d2;
	size_t pl1, pl2, dl1, dl2;

	image(m, t, &p1, &pl1, &d1, &dl1);
	image(c, t, &p2, &pl2, &d2, &dl2);
	assert_true(pl1 == pl2 && memcmp(p1, p2, pl1) == 0);
	assert_true(dl1 == dl2 && memcmp(d1, d2, dl1) == 0);
	free(p1);
	free(p2);
	free(d1);
	free(d2);
	mf__matcher_free(c);
}

/* The cache's files in dir: how many, and the path of the last seen. */
static size_t cache_files(const char *dir, char *path, size_t cap)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	assert_non_null(d);
	while ((e = readdir(d)))
		if (strncmp(e->d_name, "mailfix-", 8) == 0) {
			n++;
			if (path)
				snprintf(path, cap, "%s/%s", dir, e->d_name);
		}
	closedir(d);
	return n;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	rewind(f);
	b = malloc(*len);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, *len, f), *len);
	fclose(f);
	return b;
}

static void write_file(const char *path, const char *b, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void remove_dir(const char *dir)
{
	char path[512];
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' &&
		    snprintf(path, sizeof path, "%s/%s", dir, e->d_name) < (int)sizeof path)
			unlink(path);
	closedir(d);
	rmdir(dir);
}

/* A start with cache dir: from the cache or not, as expected, and the
 * same plan and databases as a compile either way. */
static void expect_start(struct tiny_data *t, const char *dir, int from_cache)
{
	struct mf__matcher *m = start(t, dir);

	assert_int_equal(mf__matcher_from_cache(m), from_cache);
	same_as_compiled(m, t);
	mf__matcher_free(m);
}

static void second_start_loads_what_the_first_compiled(void **state)
{
	char tmpl[] = "/tmp/mf-cache-XXXXXX", dir[256];
	struct tiny_data t = {0};

	(void)state;
	assert_non_null(mkdtemp(tmpl));
	/* a directory not there yet is made */
	snprintf(dir, sizeof dir, "%s/a/b", tmpl);
	tiny_init(&t, 7);
	expect_start(&t, dir, 0);
	assert_int_equal(cache_files(dir, NULL, 0), 1);
	expect_start(&t, dir, 1);
	remove_dir(dir);
	snprintf(dir, sizeof dir, "%s/a", tmpl);
	rmdir(dir);
	rmdir(tmpl);
	tiny_data_free(&t);
}

static void damaged_file_is_compiled_again(void **state)
{
	char dir[] = "/tmp/mf-cache-XXXXXX", path[512];
	struct tiny_data t = {0};
	char *good;
	size_t len, tried = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	tiny_init(&t, 8);
	expect_start(&t, dir, 0);
	assert_int_equal(cache_files(dir, path, sizeof path), 1);
	good = read_file(path, &len);
	/* cut short at 25 points, and a byte flipped at 50 points spread
	 * over the file, and each of the header's 40 bytes */
	for (size_t k = 0; k < 25 + 50 + 40; k++) {
		if (k < 25) {
			write_file(path, good, len * k / 25);
		} else {
			size_t at = k < 75 ? (len - 1) * (k - 25) / 49 : k - 75;
			good[at] ^= 0x20;
			write_file(path, good, len);
			good[at] ^= 0x20;
		}
		expect_start(&t, dir, 0);
		tried++;
	}
	assert_int_equal(tried, 115);
	/* a file others may write is not taken */
	assert_int_equal(chmod(path, 0666), 0);
	expect_start(&t, dir, 0);
	/* and the file written anew is good again */
	expect_start(&t, dir, 1);
	free(good);
	remove_dir(dir);
	tiny_data_free(&t);
}

static void three_most_recent_kept(void **state)
{
	char dir[] = "/tmp/mf-cache-XXXXXX";
	struct tiny_data t = {0};

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (uint64_t h = 1; h <= 5; h++) {
		tiny_init(&t, h);
		expect_start(&t, dir, 0);
		assert_int_equal(cache_files(dir, NULL, 0), h < 3 ? h : 3);
	}
	/* the newest three are there, the oldest went */
	tiny_init(&t, 5);
	expect_start(&t, dir, 1);
	tiny_init(&t, 1);
	expect_start(&t, dir, 0);
	remove_dir(dir);
	tiny_data_free(&t);
}

static void unusable_directory_only_compiles(void **state)
{
	struct tiny_data t = {0};

	(void)state;
	tiny_init(&t, 9);
	expect_start(&t, "/proc/mailfix-no-such-cache", 0);
	tiny_data_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(second_start_loads_what_the_first_compiled),
		cmocka_unit_test(damaged_file_is_compiled_again),
		cmocka_unit_test(three_most_recent_kept),
		cmocka_unit_test(unusable_directory_only_compiles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
