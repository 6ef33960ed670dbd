/*
 * test_dl_libs.c: the libraries loaded at a command's first use
 * (lib/dl_table.c, through curl_lib.c, gmime_lib.c and ldns_lib.c): a
 * library that is not there, or one that lacks a function of the table,
 * gives an error naming the library and what is wrong, not a crash; the
 * libcurl, GMime and ldns CMake found load with every function of their
 * tables; and a probe on a machine without libcurl would say so
 * (mf__curl_get's error is that text).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "curl_lib.h"
#include "dl_table.h"
/* (the tables themselves, not the names bounce_mime.c and dns_*.c call) */
#define MF_GMIME_LIB_NO_NAMES
#define MF_LDNS_LIB_NO_NAMES
#include "gmime_lib.h"
#include "ldns_lib.h"

static void missing_library_is_named(void **state)
{
	struct mf__curl api;
	char why[256] = "";

	(void)state;
	assert_int_equal(mf__curl_load("libmailfix-no-such-curl.so.4", &api, why, sizeof why), -1);
	assert_non_null(strstr(why, "cannot load libmailfix-no-such-curl.so.4"));
}

static void library_without_curl_is_named(void **state)
{
	struct mf__curl api;
	char why[256] = "";

	(void)state;
	/* a library that loads but is not libcurl: the first function it lacks */
	assert_int_equal(mf__curl_load("libc.so.6", &api, why, sizeof why), -1);
	assert_string_equal(why, "libc.so.6 has no curl_easy_init");
}

static void short_buffer_is_bounded(void **state)
{
	struct mf__curl api;
	char why[8];

	(void)state;
	memset(why, 'x', sizeof why);
	assert_int_equal(mf__curl_load("libmailfix-no-such-curl.so.4", &api, why, sizeof why), -1);
	assert_int_equal(why[sizeof why - 1], '\0');
	assert_string_equal(why, "cannot ");
}

static void found_library_loads(void **state)
{
	char why[256] = "";
	const struct mf__curl *cu;

	(void)state;
	cu = mf__curl_get(why, sizeof why);
	assert_non_null(cu);
	assert_string_equal(why, "");
	assert_non_null(cu->easy_init);
	assert_non_null(cu->multi_cleanup);
	/* once per process: the same table again */
	assert_ptr_equal(mf__curl_get(why, sizeof why), cu);
}

/* The shared loop itself: a function found is the very one linked. */
static void table_takes_the_functions(void **state)
{
	struct api {
		size_t (*len)(const char *);
		void *(*copy)(void *, const void *, size_t);
	} api = {NULL, NULL};
	static const struct mf__dl_fn fns[] = {
		{"strlen", offsetof(struct api, len)},
		{"memcpy", offsetof(struct api, copy)},
	};
	static const struct mf__dl_fn lacking[] = {
		{"strlen", offsetof(struct api, len)},
		{"mf_no_such_function", offsetof(struct api, copy)},
	};
	char why[256] = "";

	(void)state;
	assert_non_null(mf__dl_table("libc.so.6", fns, 2, &api, why, sizeof why));
	assert_non_null(api.len);
	assert_int_equal(api.len("mailfix"), 7);
	assert_null(mf__dl_table("libc.so.6", lacking, 2, &api, why, sizeof why));
	assert_string_equal(why, "libc.so.6 has no mf_no_such_function");
	assert_null(mf__dl_table("libmailfix-no-such.so.1", fns, 2, &api, why, sizeof why));
	assert_non_null(strstr(why, "cannot load libmailfix-no-such.so.1"));
}

/* Every function of GMime's and ldns's tables is in the library CMake
 * found (a misspelt or removed name would stop explain or the resolver
 * at their first use). */
static void gmime_and_ldns_load(void **state)
{
	char why[256] = "";

	(void)state;
	assert_int_equal(mf__gmime_load(why, sizeof why), 1);
	assert_string_equal(why, "");
	assert_non_null(mf__gmime()->g_mime_parser_construct_part);
	assert_int_equal(mf__ldns_load(why, sizeof why), 1);
	assert_string_equal(why, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(missing_library_is_named),
		cmocka_unit_test(library_without_curl_is_named),
		cmocka_unit_test(short_buffer_is_bounded),
		cmocka_unit_test(found_library_loads),
		cmocka_unit_test(table_takes_the_functions),
		cmocka_unit_test(gmime_and_ldns_load),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
