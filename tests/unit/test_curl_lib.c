/*
 * test_curl_lib.c: libcurl loaded at a probe's first use (lib/curl_lib.c):
 * a library that is not there, or one that lacks a function probe calls,
 * gives an error naming the library and what is wrong, not a crash; the
 * libcurl CMake found loads with every function; and a probe on a machine
 * without it would say so (mf__curl_get's error is that text).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "curl_lib.h"

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(missing_library_is_named),
		cmocka_unit_test(library_without_curl_is_named),
		cmocka_unit_test(short_buffer_is_bounded),
		cmocka_unit_test(found_library_loads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
