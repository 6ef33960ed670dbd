/*
 * test_json.c: the JSON writer (lib/json.c): escaping (RFC 8259 7),
 * commas in nested containers, reals, null, and that jansson reads back
 * exactly what was written.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "internal.h"

static void escaping_round_trips(void **state)
{
	const char *nasty = "quote \" backslash \\ nl \n tab \t cr \r bell \x07 esc \x1b del \x7f 中文 \xf0\x9f\x98\x80";
	struct mf__buf b;
	struct mf__json j;
	json_t *o;
	char *s;

	(void)state;
	mf__buf_init(&b, 4096);
	mf__json_init(&j, &b);
	mf__json_object(&j);
	mf__json_key(&j, "s");
	mf__json_string(&j, nasty);
	mf__json_key(&j, "n");
	mf__json_string(&j, NULL);
	mf__json_key(&j, "a");
	mf__json_array(&j);
	mf__json_object(&j);
	mf__json_key(&j, "x");
	mf__json_int(&j, -42);
	mf__json_end_object(&j);
	mf__json_object(&j);
	mf__json_end_object(&j);
	mf__json_array(&j);
	mf__json_end_array(&j);
	mf__json_real(&j, 0.5, 2);
	mf__json_real(&j, 1.0, 2);
	mf__json_bool(&j, 1);
	mf__json_end_array(&j);
	mf__json_end_object(&j);
	s = mf__buf_steal(&b);
	assert_non_null(s);
	assert_non_null(strstr(s, "\\u0007"));
	assert_non_null(strstr(s, "\\n"));
	o = json_loads(s, 0, NULL);
	assert_non_null(o);
	assert_string_equal(json_string_value(json_object_get(o, "s")), nasty);
	assert_true(json_is_null(json_object_get(o, "n")));
	assert_int_equal(json_array_size(json_object_get(o, "a")), 6);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(json_object_get(o, "a"), 0), "x")), -42);
	assert_true(json_is_real(json_array_get(json_object_get(o, "a"), 4)));
	assert_true(json_real_value(json_array_get(json_object_get(o, "a"), 4)) == 1.0);
	assert_non_null(strstr(s, "0.5,1.0,true"));
	json_decref(o);
	free(s);
}

static void ceiling_is_a_failure(void **state)
{
	struct mf__buf b;
	struct mf__json j;

	(void)state;
	mf__buf_init(&b, 16);
	mf__json_init(&j, &b);
	mf__json_array(&j);
	mf__json_string(&j, "this string does not fit in sixteen bytes");
	mf__json_end_array(&j);
	assert_null(mf__buf_steal(&b));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escaping_round_trips),
		cmocka_unit_test(ceiling_is_a_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
