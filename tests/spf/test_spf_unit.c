/*
 * test_spf_unit.c: cmocka tests of the SPF pieces that need no DNS:
 * macro expansion with RFC 7208 7.4's own examples, macro syntax errors
 * (7.1), the domain-end rule (7.1), client address parsing (5, 7.3), and
 * DNS name checks (RFC 1035 2.3.4).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dns.h"
#include "spf.h"

static int no_p(void *arg, const char **out)
{
	*out = "unknown";
	return 0;
}

static void expand_ok(const char *ip, const char *spec, const char *want)
{
	struct mf__spf_ip addr;
	struct mf__spf_macro_env env = {
		.sender = "strong-bad@email.example.com",
		.local = "strong-bad",
		.sender_domain = "email.example.com",
		.domain = "email.example.com",
		.helo = "mx.example.org",
		.ip = &addr,
		.now = 1234,
		.p_value = no_p,
	};
	struct mf__buf b;
	size_t off = 0;
	const char *msg = NULL;

	assert_int_equal(mf__spf_ip_parse(ip, &addr), 0);
	mf__buf_init(&b, 4096);
	assert_int_equal(mf__spf_macro_expand(&env, spec, strlen(spec), 0, &b, &off, &msg), 0);
	assert_string_equal(b.data ? b.data : "", want);
	mf__buf_free(&b);
}

/* EVIDENCE-OF: RFC 7208 7.4, the examples. */
static void test_rfc_examples(void **state)
{
	(void)state;
	expand_ok("192.0.2.3", "%{s}", "strong-bad@email.example.com");
	expand_ok("192.0.2.3", "%{o}", "email.example.com");
	expand_ok("192.0.2.3", "%{d}", "email.example.com");
	expand_ok("192.0.2.3", "%{d4}", "email.example.com");
	expand_ok("192.0.2.3", "%{d3}", "email.example.com");
	expand_ok("192.0.2.3", "%{d2}", "example.com");
	expand_ok("192.0.2.3", "%{d1}", "com");
	expand_ok("192.0.2.3", "%{dr}", "com.example.email");
	expand_ok("192.0.2.3", "%{d2r}", "example.email");
	expand_ok("192.0.2.3", "%{l}", "strong-bad");
	expand_ok("192.0.2.3", "%{l-}", "strong.bad");
	expand_ok("192.0.2.3", "%{lr}", "strong-bad");
	expand_ok("192.0.2.3", "%{lr-}", "bad.strong");
	expand_ok("192.0.2.3", "%{l1r-}", "strong");
	expand_ok("192.0.2.3", "%{ir}.%{v}._spf.%{d2}", "3.2.0.192.in-addr._spf.example.com");
	expand_ok("192.0.2.3", "%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com");
	expand_ok("192.0.2.3", "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}",
		  "bad.strong.lp.3.2.0.192.in-addr._spf.example.com");
	expand_ok("192.0.2.3", "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}",
		  "3.2.0.192.in-addr.strong.lp._spf.example.com");
	expand_ok("192.0.2.3", "%{d2}.trusted-domains.example.net",
		  "example.com.trusted-domains.example.net");
	expand_ok("2001:db8::cb01", "%{ir}.%{v}._spf.%{d2}",
		  "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com");
}

/* RFC 7208 7.1 escapes and 7.3 URL-escaping of upper-case letters. */
static void test_escapes(void **state)
{
	(void)state;
	expand_ok("192.0.2.3", "a%%b%_c%-d", "a%b c%20d");
	expand_ok("192.0.2.3", "%{S}", "strong-bad%40email.example.com");
	expand_ok("192.0.2.3", "%{l+-}", "strong.bad");
	expand_ok("::ffff:192.0.2.3", "%{i}", "192.0.2.3"); /* mapped: IPv4 (5) */
}

static void expand_bad(const char *spec, int is_exp)
{
	struct mf__buf b;
	size_t off = 0;
	const char *msg = NULL;

	mf__buf_init(&b, 4096);
	assert_int_equal(mf__spf_macro_expand(NULL, spec, strlen(spec), is_exp, NULL, &off, &msg),
			 MF__SPF_MACRO_SYNTAX);
	assert_non_null(msg);
	mf__buf_free(&b);
}

/* RFC 7208 7.1: what is a syntax error. */
static void test_syntax(void **state)
{
	(void)state;
	expand_bad("foo%", 0);
	expand_bad("%x", 0);
	expand_bad("%{q}", 0);
	expand_bad("%{d0}", 0);
	expand_bad("%{d", 0);
	expand_bad("%{c}", 0);      /* c r t only in explanations (7.3) */
	expand_bad("a b", 0);       /* a space ends a term */
	expand_bad("caf\xc3\xa9", 1); /* 7-bit ASCII only (3.1) */
	assert_int_equal(mf__spf_macro_expand(NULL, "%{c} %{r} %{t}", 14, 1, NULL, &(size_t){0},
					      &(const char *){NULL}), 0);
}

/* RFC 7208 7.1 domain-end. */
static void test_domain_end(void **state)
{
	(void)state;
	assert_null(mf__spf_domain_end_problem("example.com", 11));
	assert_null(mf__spf_domain_end_problem("example.com.", 12));
	assert_null(mf__spf_domain_end_problem("foo.co-m", 8));
	assert_null(mf__spf_domain_end_problem("%{d}", 4));
	assert_null(mf__spf_domain_end_problem("x.%{d2}", 7));
	assert_non_null(mf__spf_domain_end_problem("museum", 6));
	assert_non_null(mf__spf_domain_end_problem("foo.123", 7));
	assert_non_null(mf__spf_domain_end_problem("foo.-com", 8));
	assert_non_null(mf__spf_domain_end_problem("", 0));
}

/* RFC 1035 2.3.4 via mf__dns_name_norm. */
static void test_names(void **state)
{
	char out[300], big[300];

	(void)state;
	assert_int_equal(mf__dns_name_norm("Example.COM.", out, sizeof out), 0);
	assert_string_equal(out, "example.com");
	assert_int_equal(mf__dns_name_norm("a..b", out, sizeof out), -1);
	memset(big, 'a', 64);
	memcpy(big + 64, ".com", 5);
	assert_int_equal(mf__dns_name_norm(big, out, sizeof out), -1);
	memset(big, 'a', 260);
	big[260] = '\0';
	for (int i = 50; i < 260; i += 50)
		big[i] = '.';
	assert_int_equal(mf__dns_name_norm(big, out, sizeof out), -1);
}

static void test_ip(void **state)
{
	struct mf__spf_ip ip;

	(void)state;
	assert_int_equal(mf__spf_ip_parse("192.0.2.300", &ip), -1);
	assert_int_equal(mf__spf_ip_parse("2001:db8:::1", &ip), -1);
	assert_int_equal(mf__spf_ip_parse("", &ip), -1);
	assert_int_equal(mf__spf_ip_parse("CAFE:BABE::1", &ip), 0);
	assert_string_equal(ip.text, "cafe:babe::1"); /* RFC 5952 form for %{c} */
	assert_int_equal(ip.v6, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc_examples), cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_syntax),       cmocka_unit_test(test_domain_end),
		cmocka_unit_test(test_names),        cmocka_unit_test(test_ip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
