/*
 * test_probe_redact.c: the password kept out of probe's lines
 * (lib/probe_redact.c): in clear, ignoring case, IMAP-quoted, base64 of
 * the password (SASL LOGIN) and base64 of SASL PLAIN's message at every
 * alignment of the password in it; a password cut by the line's bound is
 * still masked; the server's other words stay; a failed allocation
 * leaves nothing behind.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "probe.h"

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64(const unsigned char *in, size_t n, char *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) |
			     (i + 2 < n ? in[i + 2] : 0);
		out[k++] = b64chars[v >> 18 & 63];
		out[k++] = b64chars[v >> 12 & 63];
		out[k++] = i + 1 < n ? b64chars[v >> 6 & 63] : '=';
		out[k++] = i + 2 < n ? b64chars[v & 63] : '=';
	}
	out[k] = '\0';
	return k;
}

static void redact(const struct mf__secrets *s, const char *in, char *out, size_t outsz)
{
	mf__redact_copy(out, outsz, in, strlen(in), s);
}

static void clear_forms(void **state)
{
	struct mf__secrets s;
	char out[256];

	(void)state;
	assert_int_equal(mf__secrets_init(&s, "Horse\"Bat\\tery 9"), 0);
	redact(&s, "-ERR [AUTH] bad login PASS Horse\"Bat\\tery 9", out, sizeof out);
	assert_string_equal(out, "-ERR [AUTH] bad login PASS ********");
	redact(&s, "A002 NO bad u@x.test \"Horse\\\"Bat\\\\tery 9\"", out, sizeof out);
	assert_string_equal(out, "A002 NO bad u@x.test \"********\"");
	redact(&s, "535 BAD PASSWORD HORSE\"BAT\\TERY 9 FOR U", out, sizeof out);
	assert_string_equal(out, "535 BAD PASSWORD ******** FOR U");
	redact(&s, "A002 NO [AUTHENTICATIONFAILED] Authentication failed.", out, sizeof out);
	assert_string_equal(out, "A002 NO [AUTHENTICATIONFAILED] Authentication failed.");
	mf__secrets_free(&s);
	assert_int_equal(s.n, 0);
}

/* base64 of the password alone, and of NUL user NUL password for users
 * of every length modulo 3: the characters that only the password's
 * bytes decide are masked, and nothing else. */
static void base64_forms(void **state)
{
	const char *pw = "right horse battery";
	size_t n = strlen(pw);
	struct mf__secrets s;
	char enc[256], line[300], out[300], want[300];

	(void)state;
	assert_int_equal(mf__secrets_init(&s, pw), 0);
	b64((const unsigned char *)pw, n, enc);
	snprintf(line, sizeof line, "535 5.7.8 bad %s", enc);
	redact(&s, line, out, sizeof out);
	assert_string_equal(out, "535 5.7.8 bad ********");
	enc[strcspn(enc, "=")] = '\0';  /* unpadded */
	snprintf(line, sizeof line, "bad %s.", enc);
	redact(&s, line, out, sizeof out);
	assert_null(strstr(out, enc));
	assert_non_null(strstr(out, "********"));
	for (size_t ulen = 1; ulen <= 6; ulen++) {
		unsigned char msg[64];
		size_t off = ulen + 2, len = 0, first, last;

		msg[len++] = 0;
		memcpy(msg + len, "uvwxyz", ulen);
		len += ulen;
		msg[len++] = 0;
		memcpy(msg + len, pw, n);
		len += n;
		b64(msg, len, enc);
		snprintf(line, sizeof line, "NO bad %s", enc);
		redact(&s, line, out, sizeof out);
		first = (8 * off + 5) / 6;
		last = 8 * (off + n) / 6;
		/* aligned (and last), the password's whole padded base64 is there */
		snprintf(want, sizeof want, "NO bad %.*s********%s", (int)first, enc,
			 off % 3 ? enc + last : "");
		assert_string_equal(out, want);
	}
	mf__secrets_free(&s);
}

/* The bound cuts the line inside the password: what is kept shows no
 * part of it. */
static void cut_at_the_bound(void **state)
{
	const char *in = "-ERR [AUTH] bad password secretpw123 for u@x.test";
	struct mf__secrets s;
	char out[30];

	(void)state;
	assert_int_equal(mf__secrets_init(&s, "secretpw123"), 0);
	for (size_t size = 1; size <= sizeof out; size++) {
		size_t k = mf__redact_copy(out, size, in, strlen(in), &s);
		assert_int_equal(k, strlen(out));
		assert_true(k < size);
		assert_null(strstr(out, "secr"));
		assert_null(strstr(out, "pw1"));
	}
	mf__secrets_free(&s);
}

/* A short password: its clear forms and whole base64 only (its shifted
 * base64 cores would be too short to tell from other words). */
static void short_password(void **state)
{
	struct mf__secrets s;
	char out[128];

	(void)state;
	assert_int_equal(mf__secrets_init(&s, "abc"), 0);
	redact(&s, "NO bad abc YWJj VGhpcyBpcyBub3QgaXQ=", out, sizeof out);
	assert_string_equal(out, "NO bad ******** ******** VGhpcyBpcyBub3QgaXQ=");
	mf__secrets_free(&s);
	assert_int_equal(mf__secrets_init(&s, ""), 0);
	assert_int_equal(s.n, 0);
	redact(&s, "NO bad", out, sizeof out);
	assert_string_equal(out, "NO bad");
	mf__redact(out, sizeof out, NULL);
	assert_string_equal(out, "NO bad");
}

static void allocation_failures(void **state)
{
	long total;
	struct mf__secrets s;

	(void)state;
	alloc_fail_after(0);
	assert_int_equal(mf__secrets_init(&s, "right horse battery"), 0);
	total = alloc_fail_count();
	mf__secrets_free(&s);
	assert_true(total > 0);
	for (long k = 1; k <= total; k++) {
		alloc_fail_after(k);
		assert_int_equal(mf__secrets_init(&s, "right horse battery"), MF_ENOMEM);
		assert_int_equal(s.n, 0);
	}
	alloc_fail_after(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(clear_forms),
		cmocka_unit_test(base64_forms),
		cmocka_unit_test(cut_at_the_bound),
		cmocka_unit_test(short_password),
		cmocka_unit_test(allocation_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
