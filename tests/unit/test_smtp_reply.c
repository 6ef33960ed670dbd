/*
 * test_smtp_reply.c: SMTP replies found in free text (lib/smtp_reply.c):
 * the shapes users paste (Exchange, Exim, Python, Java, PHPMailer), the
 * RFC 3463 status, multi-line replies, and what is not a reply (ports,
 * IP addresses, dates, Outlook error codes).  Input is normalized text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

static size_t find(const char *text, struct mf__smtp_reply *r, size_t max)
{
	return mf__smtp_replies(text, strlen(text), r, max);
}

static void text_of(const char *t, const struct mf__smtp_reply *r, char *out, size_t n)
{
	size_t len = r->text_end - r->text_start;

	if (len >= n)
		len = n - 1;
	memcpy(out, t + r->text_start, len);
	out[len] = '\0';
}

static void exchange_ndr(void **state)
{
	const char *t = "remote server returned '554 5.7.1 <a@b.example>: relay access denied'";
	struct mf__smtp_reply r[4];
	char words[128];

	(void)state;
	assert_int_equal(find(t, r, 4), 1);
	assert_string_equal(r[0].code, "554");
	assert_string_equal(r[0].status, "5.7.1");
	assert_true(r[0].strong);
	text_of(t, &r[0], words, sizeof words);
	assert_string_equal(words, "<a@b.example>: relay access denied");
}

static void exim_multiline(void **state)
{
	const char *t = "smtp error from remote mail server after rcpt to:<x@y.example>: "
			"550-5.7.26 this mail is unauthenticated, which poses a security risk "
			"550-5.7.26 to the sender and gmail users 550 5.7.26 blocked";
	struct mf__smtp_reply r[4];
	char words[256];

	(void)state;
	assert_int_equal(find(t, r, 4), 1);
	assert_string_equal(r[0].code, "550");
	assert_string_equal(r[0].status, "5.7.26");
	text_of(t, &r[0], words, sizeof words);
	assert_non_null(strstr(words, "this mail is unauthenticated"));
	assert_non_null(strstr(words, "blocked"));
}

static void python_tuple(void **state)
{
	const char *t = "smtplib.smtpdataerror: (550, b'the mail may contain inappropriate words')";
	struct mf__smtp_reply r[4];
	char words[128];

	(void)state;
	assert_int_equal(find(t, r, 4), 1);
	assert_string_equal(r[0].code, "550");
	assert_string_equal(r[0].status, "");
	text_of(t, &r[0], words, sizeof words);
	assert_string_equal(words, "the mail may contain inappropriate words");
}

static void java_exception(void **state)
{
	const char *t = "javax.mail.authenticationfailedexception: 535 5.7.8 error: authentication failed";
	struct mf__smtp_reply r[4];

	(void)state;
	assert_int_equal(find(t, r, 4), 1);
	assert_string_equal(r[0].code, "535");
	assert_string_equal(r[0].status, "5.7.8");
}

static void status_alone(void **state)
{
	const char *t = "sorry, i couldn't find any host named kail.com.cn. (#5.1.2)";
	struct mf__smtp_reply r[4];

	(void)state;
	assert_int_equal(find(t, r, 4), 1);
	assert_string_equal(r[0].code, "");
	assert_string_equal(r[0].status, "5.1.2");
}

static void bare_code_is_weak(void **state)
{
	struct mf__smtp_reply r[4];

	(void)state;
	assert_int_equal(find("550 error", r, 4), 1);
	assert_string_equal(r[0].code, "550");
	assert_false(r[0].strong);
	assert_int_equal(find("554退信怎么处理", r, 4), 1);
	assert_string_equal(r[0].code, "554");
}

static void not_replies(void **state)
{
	struct mf__smtp_reply r[4];

	(void)state;
	assert_int_equal(find("host mx3.example.net[220.181.14.164] port 465 and 993", r, 4), 0);
	assert_int_equal(find("2017-12-13 13:50:36 client", r, 4), 0);
	assert_int_equal(find("outlook error 0x800ccc92 and 0x800ccc0e", r, 4), 0);
	assert_int_equal(find("version 5.4.9.1 of the library", r, 4), 0);
	assert_int_equal(find("id 1550 and 5500", r, 4), 0);
}

static void several_replies(void **state)
{
	const char *t = "first 452 4.5.3 too many recipients, then 552 5.2.2 mailbox full";
	struct mf__smtp_reply r[4];

	(void)state;
	assert_int_equal(find(t, r, 4), 2);
	assert_string_equal(r[0].code, "452");
	assert_string_equal(r[0].status, "4.5.3");
	assert_string_equal(r[1].code, "552");
	assert_string_equal(r[1].status, "5.2.2");
}

static void respects_max(void **state)
{
	const char *t = "550 a 551 b 552 c 553 d 554 e";
	struct mf__smtp_reply r[2];

	(void)state;
	assert_int_equal(find(t, r, 2), 2);
}

/* The search for a reply code skips eight bytes at a time: a code is
 * found after a prefix of every length, of bytes that sit just outside
 * '2'..'5' ('1', '6', and bytes above 0x80 whose low seven bits are
 * '2'..'5'), and nothing is found in the prefix alone. */
static void code_after_any_prefix(void **state)
{
	static const char filler[] = "x1a6 0\xb2\xb5z9\xb3-16";
	char t[128];

	(void)state;
	for (size_t k = 0; k < 48; k++) {
		struct mf__smtp_reply r[2];
		for (size_t i = 0; i < k; i++)
			t[i] = filler[i % (sizeof filler - 1)];
		t[k] = '\0';
		assert_int_equal(find(t, r, 2), 0);
		strcpy(t + k, " 550 5.7.1 relay denied");
		assert_int_equal(find(t, r, 2), 1);
		assert_string_equal(r[0].code, "550");
		assert_string_equal(r[0].status, "5.7.1");
		assert_int_equal(r[0].start, k + 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(exchange_ndr),
		cmocka_unit_test(exim_multiline),
		cmocka_unit_test(python_tuple),
		cmocka_unit_test(java_exception),
		cmocka_unit_test(status_alone),
		cmocka_unit_test(bare_code_is_weak),
		cmocka_unit_test(not_replies),
		cmocka_unit_test(several_replies),
		cmocka_unit_test(respects_max),
		cmocka_unit_test(code_after_any_prefix),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
