/*
 * test_text.c: text normalization (lib/text.c): NFKC + case folding,
 * traditional -> simplified Chinese, white space, typographic quotes, the
 * offsets back to the original, and the errors for bad input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "internal.h"

static int setup(void **state)
{
	struct mf__data *d;
	struct mf_error err = {0};

	if (mf__data_load(&d, NULL, &err) != 0)
		return -1;
	*state = d;
	return 0;
}

static int teardown(void **state)
{
	mf__data_free(*state);
	return 0;
}

static void expect_norm(const struct mf__data *d, const char *in, const char *want)
{
	struct mf__norm n;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize(d, in, strlen(in), &n, &err), 0);
	assert_string_equal(n.text, want);
	mf__norm_free(&n);
}

static void full_width_and_case(void **state)
{
	expect_norm(*state, "ＳＰＦ ５５０ Error", "spf 550 error");
	expect_norm(*state, "AccountFrozen", "accountfrozen");
	expect_norm(*state, "ﬁle Ⅻ", "file xii");
}

static void white_space_collapses(void **state)
{
	expect_norm(*state, "  550 \t\n  5.7.1\r\n  spam  ", "550 5.7.1 spam");
	/* U+3000 ideographic space and U+00A0 no-break space are spaces. */
	expect_norm(*state, "退信\u3000原因\u00a0550", "退信 原因 550");
}

static void traditional_chinese(void **state)
{
	expect_norm(*state, "帳號被凍結，無法登入網頁郵箱", "帐号被冻结,无法登入网页邮箱");
	/* Simplified text stays as it is. */
	expect_norm(*state, "什么时候能发信", "什么时候能发信");
}

static void typographic_quotes(void **state)
{
	expect_norm(*state, "can\u2019t \u201creach\u201d", "can't \"reach\"");
}

static void offsets_map_back(void **state)
{
	const char *in = "Ｘ  550 ＳＰＦ";
	struct mf__norm n;
	struct mf_error err = {0};
	size_t s, e;
	const char *p;

	assert_int_equal(mf__normalize(*state, in, strlen(in), &n, &err), 0);
	assert_string_equal(n.text, "x 550 spf");
	p = strstr(n.text, "spf");
	mf__norm_span(&n, (size_t)(p - n.text), (size_t)(p - n.text) + 3, &s, &e);
	assert_int_equal(e - s, strlen("ＳＰＦ"));
	assert_memory_equal(in + s, "ＳＰＦ", e - s);
	p = strstr(n.text, "550");
	mf__norm_span(&n, (size_t)(p - n.text), (size_t)(p - n.text) + 3, &s, &e);
	assert_memory_equal(in + s, "550", 3);
	assert_int_equal(e, s + 3);
	mf__norm_free(&n);
}

/* The normalized text and its offsets of a text of ASCII and "退", by
 * the rules one byte at a time: letters lower-cased; a run of white space
 * between visible characters one space, from the run's first byte; none
 * at the ends; each byte of 退 from its first byte. */
static size_t reference(const char *in, size_t len, char *out, uint32_t *orig)
{
	size_t n = 0, run = SIZE_MAX;

	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)in[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (run == SIZE_MAX)
				run = i;
			i++;
			continue;
		}
		if (run != SIZE_MAX && n > 0) {
			out[n] = ' ';
			orig[n++] = (uint32_t)run;
		}
		run = SIZE_MAX;
		if (c >= 0x80) { /* 退 */
			for (int k = 0; k < 3; k++) {
				out[n] = in[i + (size_t)k];
				orig[n++] = (uint32_t)i;
			}
			i += 3;
			continue;
		}
		out[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		orig[n++] = (uint32_t)i++;
	}
	/* then the multi-line SMTP replies unfolded ("550-" repeated: the
	 * pieces make some), which unfolds_replies tests on its own */
	n = mf__unfold_replies(out, orig, n);
	out[n] = '\0';
	return n;
}

/* A multi-line SMTP reply quoted with its lines joined reads as one
 * reply: the later lines' prefixes go (with a transcript's "<<<"), each
 * remaining byte keeps its original offset. */
static void unfolds_replies(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{"said: 550-5.7.1 Our system has\n    550-5.7.1 detected 550 5.7.1 spam",
		 "said: 550-5.7.1 our system has detected spam"},
		/* no enhanced status: "554-" goes, the bare last "554 " stays */
		{"554-gmx.net Nemesis 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation",
		 "554-gmx.net nemesis no smtp service bad dns ptr resource record. 554 for explanation"},
		/* a later line of another status is not this reply's */
		{"550-5.7.1 a 550-5.7.26 b", "550-5.7.1 a 550-5.7.26 b"},
		/* two replies, each unfolded; the text between stays */
		{"421-4.7.0 try 421 4.7.0 later, then 550-5.1.1 no 550 5.1.1 user",
		 "421-4.7.0 try later, then 550-5.1.1 no user"},
		{"<<< 550-5.7.1 not RFC\n<<< 550-5.7.1 5322 compliant\n<<< 550 5.7.1 gsmtp",
		 "<<< 550-5.7.1 not rfc 5322 compliant gsmtp"},
		/* not replies: a port range, a code inside a word, the end */
		{"ports 465-587 and 25", "ports 465-587 and 25"},
		{"x550-5.7.1 a 550-5.7.1 b", "x550-5.7.1 a 550-5.7.1 b"},
		{"550-5.7.1 a 550-5.7.1", "550-5.7.1 a"},
	};

	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		struct mf__norm n;
		struct mf_error err = {0};
		const char *in = cases[c].in, *p;

		assert_int_equal(mf__normalize(*state, in, strlen(in), &n, &err), 0);
		assert_string_equal(n.text, cases[c].want);
		assert_int_equal(n.len, strlen(cases[c].want));
		assert_int_equal(n.orig[n.len], strlen(in));
		/* every byte's offset points at the same byte in the original
		 * (ASCII, lower case aside), in order */
		for (size_t i = 0; i < n.len; i++) {
			char o = in[n.orig[i]];
			if (n.text[i] != ' ')
				assert_int_equal(n.text[i], o >= 'A' && o <= 'Z' ? o + 32 : o);
			if (i)
				assert_true(n.orig[i] > n.orig[i - 1]);
		}
		if ((p = strstr(n.text, "detected"))) /* after a dropped prefix */
			assert_memory_equal(in + n.orig[p - n.text], "detected", 8);
		mf__norm_free(&n);
	}
}

/* Random texts (fixed seed) against that reference, through both entry
 * points; mf__normalize_into starts with buffers too small, so it grows
 * them, and then reuses them. */
static void matches_a_reference(void **state)
{
	static const char *const pieces[] = {"a", "Z", "550", " ", " ", "  ", "\t", "\r\n", "-",
					     "SPF", "x.y", "退", "~", "@", "Q"};
	struct mf__norm_space space = {0};
	uint64_t seed = 42;

	for (int round = 0; round < 2000; round++) {
		char in[400], want[1400];
		uint32_t want_orig[1400];
		size_t len = 0, n;
		int pieces_n;
		struct mf__norm a, b;
		struct mf_error err = {0};

		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		pieces_n = (int)((seed >> 33) % 120);
		for (int k = 0; k < pieces_n; k++) {
			const char *p;
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			p = pieces[(seed >> 33) % (sizeof pieces / sizeof *pieces)];
			memcpy(in + len, p, strlen(p));
			len += strlen(p);
		}
		n = reference(in, len, want, want_orig);
		assert_int_equal(mf__normalize(*state, in, len, &a, &err), 0);
		assert_int_equal(mf__normalize_into(*state, in, len, &b, &space, &err), 0);
		assert_int_equal(a.len, n);
		assert_int_equal(b.len, n);
		assert_memory_equal(a.text, want, n + 1);
		assert_memory_equal(b.text, want, n + 1);
		assert_memory_equal(a.orig, want_orig, n * sizeof *want_orig);
		assert_memory_equal(b.orig, want_orig, n * sizeof *want_orig);
		assert_int_equal(a.orig[n], len);
		mf__norm_free(&a);
		if (round % 500 == 0)
			mf__norm_space_trim(&space, 0); /* and from nothing again */
	}
	mf__norm_space_trim(&space, 0);
}

static void invalid_utf8_is_an_error(void **state)
{
	const char bad[] = "550 \xff\xfe rejected";
	struct mf__norm n;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize(*state, bad, sizeof bad - 1, &n, &err), MF_EUTF8);
	assert_string_equal(err.where, "byte 4");
	assert_non_null(strstr(err.message, "not valid UTF-8"));
	/* A truncated multi-byte sequence at the end. */
	assert_int_equal(mf__normalize(*state, "abc\xe9\x80", 5, &n, &err), MF_EUTF8);
	assert_string_equal(err.where, "byte 3");
}

static void nul_byte_is_an_error(void **state)
{
	const char in[] = "550\0hidden";
	struct mf__norm n;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize(*state, in, sizeof in - 1, &n, &err), MF_ENUL);
	assert_string_equal(err.where, "byte 3");
}

static void empty_text(void **state)
{
	struct mf__norm n;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize(*state, "", 0, &n, &err), 0);
	assert_int_equal(n.len, 0);
	assert_string_equal(n.text, "");
	mf__norm_free(&n);
}

static void counts_han_for_language(void **state)
{
	struct mf__norm n;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize(*state, "退信 550 spf", 14, &n, &err), 0);
	assert_int_equal(n.n_han, 2);
	assert_string_equal(n.text, "退信 550 spf");
	mf__norm_free(&n);
}

static void allocation_failures(void **state)
{
	const char *in = "Ｘ 550 ＳＰＦ 帳號被凍結";
	int failed = 0;

	for (long nth = 1; nth < 20; nth++) {
		struct mf__norm n;
		struct mf_error err = {0};
		int rc;

		alloc_fail_after(nth);
		rc = mf__normalize(*state, in, strlen(in), &n, &err);
		alloc_fail_after(0);
		if (rc == 0) {
			mf__norm_free(&n);
			continue;
		}
		assert_int_equal(rc, MF_ENOMEM);
		failed++;
	}
	assert_true(failed > 0);
}

static void patterns_keep_escapes(void **state)
{
	char *out;
	struct mf_error err = {0};

	assert_int_equal(mf__normalize_pattern(*state, "\\S+ SPF \\D 帳", &out, &err), 0);
	assert_string_equal(out, "\\S+ spf \\D 帐");
	free(out);
}

/* A byte ceiling never leaves half a character: every cut of texts of
 * one- to four-byte characters (and of broken ones) is shortened to whole
 * characters, a whole text is left as it is, and a copy into a field of
 * any size keeps the whole characters that fit. */
static void utf8_whole_cuts(void **state)
{
	static const char *const texts[] = {
		"ab", "\xc3\xa9t\xc3\xa9", "\xe5\x86\xbb\xe7\xbb\x93", "x\xf0\x9f\x98\x80y\xf0\x9f\x98\x80",
		"\xe2\x82\xac\xc2\xa2$",
	};
	const struct mf__data *d = *state;

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		size_t len = strlen(texts[t]);
		for (size_t n = 0; n <= len; n++) {
			size_t k = mf__utf8_whole(texts[t], n);
			struct mf__norm norm = {0};
			assert_true(k <= n && n - k <= 3);
			/* what is left is valid UTF-8 */
			assert_int_equal(mf__normalize(d, texts[t], k, &norm, NULL), 0);
			mf__norm_free(&norm);
			/* and nothing whole was taken: the next character did not fit */
			if (k < n)
				assert_true(((unsigned char)texts[t][k] & 0xc0) == 0xc0);
		}
		assert_int_equal(mf__utf8_whole(texts[t], len), len);
		/* into a fixed field of every size: a prefix, whole characters */
		for (size_t cap = 1; cap <= len + 2; cap++) {
			char field[32];
			size_t got;
			assert_true(cap <= sizeof field);
			memset(field, 'z', sizeof field);
			mf__utf8_copy(field, cap, texts[t], len);
			got = strlen(field);
			assert_true(got < cap && memcmp(field, texts[t], got) == 0);
			assert_int_equal(got, mf__utf8_whole(texts[t], len < cap ? len : cap - 1));
		}
	}
	/* stray continuation bytes are not this function's to mend */
	assert_int_equal(mf__utf8_whole("a\x80\x80\x80\x80", 5), 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(full_width_and_case),
		cmocka_unit_test(white_space_collapses),
		cmocka_unit_test(traditional_chinese),
		cmocka_unit_test(typographic_quotes),
		cmocka_unit_test(offsets_map_back),
		cmocka_unit_test(matches_a_reference),
		cmocka_unit_test(unfolds_replies),
		cmocka_unit_test(invalid_utf8_is_an_error),
		cmocka_unit_test(nul_byte_is_an_error),
		cmocka_unit_test(empty_text),
		cmocka_unit_test(counts_han_for_language),
		cmocka_unit_test(allocation_failures),
		cmocka_unit_test(patterns_keep_escapes),
		cmocka_unit_test(utf8_whole_cuts),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
