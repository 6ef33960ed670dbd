/*
 * test_json.c: the JSON writer (lib/json.c): escaping (RFC 8259 7),
 * commas in nested containers, reals, null, and that jansson reads back
 * exactly what was written; a check report joined to an answer's JSON
 * (lib/route_check.c): the answer keeps its bytes, what is no object is
 * refused, running out of memory is NULL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "alloc_fail.h"
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

/* The text printf's "%.*f" gives, trailing zeros trimmed as the writer
 * does: what mf__json_real must write for every value. */
static void printf_real(char *out, size_t cap, double v, int digits)
{
	int n = snprintf(out, cap, "%.*f", digits, v);

	while (n > 2 && out[n - 1] == '0' && out[n - 2] != '.')
		out[--n] = '\0';
}

static void reals_as_printf_writes_them(void **state)
{
	char want[64];
	uint64_t seed = 88172645463325252u;

	(void)state;
	for (int i = 0; i < 200000; i++) {
		double v;
		int digits = 1 + i % 6;
		struct mf__buf b;
		struct mf__json j;
		char *s;
		if (i < 40000) {
			v = (double)(i - 20000) / 2000.0; /* halfway points and exact values */
		} else {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			v = ((double)(seed >> 11) / 9007199254740992.0 - 0.5) * (i % 3 ? 2.0 : 2e6);
		}
		mf__buf_init(&b, 256);
		mf__json_init(&j, &b);
		mf__json_real(&j, v, digits);
		s = mf__buf_steal(&b);
		printf_real(want, sizeof want, v, digits);
		if (strcmp(s, want) != 0)
			fail_msg("%.17g with %d digits: wrote %s, printf %s", v, digits, s, want);
		free(s);
	}
}

/* Strings of every length up to 40 with one byte of each value at each
 * place: the eight-byte skipping must find every byte to escape. */
static void every_byte_escaped_anywhere(void **state)
{
	(void)state;
	for (size_t len = 1; len <= 40; len++) {
		for (size_t at = 0; at < len; at++) {
			for (int c = 1; c < 256; c++) {
				char in[41];
				struct mf__buf b;
				struct mf__json j;
				json_t *back;
				char *s;
				memset(in, 'a', len);
				in[at] = (char)c;
				in[len] = '\0';
				mf__buf_init(&b, 1024);
				mf__json_init(&j, &b);
				if (c >= 0x80)
					mf__json_text(&j, in); /* text from a message */
				else
					mf__json_string_n(&j, in, len);
				s = mf__buf_steal(&b);
				back = json_loads(s, JSON_DECODE_ANY, NULL);
				if (c >= 0x80) {
					/* a byte alone is not UTF-8: it is written as
					 * U+FFFD, and the rest as it is */
					char want[44];
					memcpy(want, in, at);
					memcpy(want + at, "\xef\xbf\xbd", 3);
					memcpy(want + at + 3, in + at + 1, len - at);
					if (!back || strcmp(json_string_value(back), want) != 0)
						fail_msg("byte 0x%02x at %zu of %zu: %s", c, at, len, s);
				} else if (!back || strcmp(json_string_value(back), in) != 0) {
					fail_msg("byte 0x%02x at %zu of %zu: %s", c, at, len, s);
				}
				json_decref(back);
				free(s);
			}
		}
	}
}

/* Text from a message cut inside a character (a byte ceiling upstream),
 * an overlong form, a surrogate: still one valid JSON string, the bad
 * bytes as U+FFFD, the good characters kept. */
static void broken_utf8_is_mended(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{"\xe5\x86\xbb\xe7\xbb", "\xe5\x86\xbb\xef\xbf\xbd\xef\xbf\xbd"},
		{"a\xc0\xaf" "b", "a\xef\xbf\xbd\xef\xbf\xbd" "b"},
		{"\xed\xa0\x80x", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx"},
		{"\"\xff\n", "\"\xef\xbf\xbd\n"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct mf__buf b;
		struct mf__json j;
		json_t *back;
		char *s;

		mf__buf_init(&b, 1024);
		mf__json_init(&j, &b);
		mf__json_text(&j, cases[i].in);
		s = mf__buf_steal(&b);
		back = json_loads(s, JSON_DECODE_ANY, NULL);
		assert_non_null(back);
		assert_string_equal(json_string_value(back), cases[i].want);
		json_decref(back);
		free(s);
	}
}

static void check_joins_an_answer_keeping_its_bytes(void **state)
{
	struct mf_error err = {0};
	char *s;

	(void)state;
	snprintf(err.message, sizeof err.message, "no \"resolver\"");
	s = mf_check_attach_json("{\"confidence\":0.98,\"x\":[1]}", "ex.test", NULL, &err);
	assert_non_null(s);
	assert_string_equal(s, "{\"confidence\":0.98,\"x\":[1],\"check\":{\"domain\":\"ex.test\","
			       "\"error\":\"no \\\"resolver\\\"\"}}");
	free(s);
	s = mf_check_attach_json("{}", "ex.test", NULL, NULL);
	assert_non_null(s);
	assert_string_equal(s, "{\"check\":{\"domain\":\"ex.test\",\"error\":\"the domain was not "
			       "looked up\"}}");
	free(s);
	/* what is no JSON object is refused */
	assert_null(mf_check_attach_json(NULL, "ex.test", NULL, NULL));
	assert_null(mf_check_attach_json("", "ex.test", NULL, NULL));
	assert_null(mf_check_attach_json("[1]", "ex.test", NULL, NULL));
	assert_null(mf_check_attach_json("{", "ex.test", NULL, NULL));
	/* out of memory: NULL, nothing leaked (ASan and valgrind see) */
	alloc_fail_after(1);
	s = mf_check_attach_json("{\"a\":1}", "ex.test", NULL, NULL);
	alloc_fail_after(0);
	assert_null(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escaping_round_trips),
		cmocka_unit_test(ceiling_is_a_failure),
		cmocka_unit_test(reals_as_printf_writes_them),
		cmocka_unit_test(every_byte_escaped_anywhere),
		cmocka_unit_test(broken_utf8_is_mended),
		cmocka_unit_test(check_joins_an_answer_keeping_its_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
