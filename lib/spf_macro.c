/*
 * spf_macro.c: RFC 7208 section 7 macros for lib/spf.c: syntax (7.1),
 * letters (7.3: s l o d i p h v, and c r t in explanations only),
 * transformers and delimiters (7.3: digits, "r", . - + , / _ =), the
 * escapes %% %_ %- (7.1), URL-escaping of upper-case letters (7.3), and
 * the domain-end rule of domain-spec (7.1).  Also the client address
 * forms %{i} %{c} %{v} need (7.3, RFC 5952).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "spf.h"

/* Most dot-separated parts a macro value is split into (7.3); a domain
 * has at most 127 labels, an IPv6 %{i} 32 nibbles. */
#define MAX_PARTS 256

int mf__spf_ip_parse(const char *s, struct mf__spf_ip *ip)
{
	memset(ip, 0, sizeof *ip);
	if (!s || !*s || strlen(s) >= sizeof ip->text)
		return -1;
	if (inet_pton(AF_INET, s, ip->b) == 1) {
		ip->v6 = 0;
	} else if (inet_pton(AF_INET6, s, ip->b) == 1) {
		static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
		if (memcmp(ip->b, mapped, 12) == 0) {
			/* RFC 7208 5: an IPv4-mapped client is an IPv4 client. */
			memmove(ip->b, ip->b + 12, 4);
			memset(ip->b + 4, 0, 12);
			ip->v6 = 0;
		} else {
			ip->v6 = 1;
		}
	} else {
		return -1;
	}
	if (!inet_ntop(ip->v6 ? AF_INET6 : AF_INET, ip->b, ip->text, sizeof ip->text))
		return -1;
	return 0;
}

static int is_delim(char c)
{
	return c && strchr(".-+,/_=", c) != NULL;
}

/* RFC 3986 2.3 unreserved characters stay; everything else is %XX. */
static int url_escape(struct mf__buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char e[3];
		int rc;
		if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
			rc = mf__buf_append(out, (const char *)&s[i], 1);
		} else {
			e[0] = '%';
			e[1] = hex[c >> 4];
			e[2] = hex[c & 15];
			rc = mf__buf_append(out, e, 3);
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* Longest value a letter may have: a sender of 1024 bytes plus a domain. */
#define MAX_VALUE 2048

static int put(char *val, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n >= MAX_VALUE)
		return MF_ETOOBIG;
	memcpy(val + *len, s, n + 1);
	*len += n;
	return 0;
}

/* The value of a letter, into val (RFC 7208 7.3). */
static int letter_value(const struct mf__spf_macro_env *env, char letter, char *val,
			size_t *len)
{
	const struct mf__spf_ip *ip = env->ip;
	char tmp[80];

	*len = 0;
	val[0] = '\0';
	switch (letter) {
	case 's':
		return put(val, len, env->sender);
	case 'l':
		return put(val, len, env->local);
	case 'o':
		return put(val, len, env->sender_domain);
	case 'd':
		return put(val, len, env->domain);
	case 'h':
		return put(val, len, env->helo);
	case 'r':
		return put(val, len, env->receiver ? env->receiver : "unknown");
	case 't':
		snprintf(tmp, sizeof tmp, "%lld", env->now);
		return put(val, len, tmp);
	case 'v':
		return put(val, len, ip->v6 ? "ip6" : "in-addr");
	case 'c':
		return put(val, len, ip->text);
	case 'i':
		if (!ip->v6)
			return put(val, len, ip->text);
		/* "dot-format": 32 nibbles, as in RFC 7208 7.4's example. */
		for (int k = 0; k < 16; k++) {
			static const char hex[] = "0123456789ABCDEF";
			char nib[5] = {hex[ip->b[k] >> 4], '.', hex[ip->b[k] & 15], '.', 0};
			if (k == 15)
				nib[3] = 0;
			if (put(val, len, nib))
				return MF_ETOOBIG;
		}
		return 0;
	case 'p': {
		const char *p = NULL;
		if (env->p_value(env->p_arg, &p))
			return MF__SPF_MACRO_PENDING;
		return put(val, len, p);
	}
	}
	return MF__SPF_MACRO_SYNTAX;
}

/* Split on the delimiters, reverse when asked, keep the rightmost
 * `digits` parts, join with "." (RFC 7208 7.3). */
static int transform(const char *v, size_t n, long digits, int reverse, const char *delims,
		     size_t n_delims, int escape, struct mf__buf *out)
{
	const char *start[MAX_PARTS];
	size_t len[MAX_PARTS], parts = 0, from = 0, s = 0;
	int rc;

	for (size_t i = 0; i <= n; i++) {
		int d = i < n && (n_delims ? memchr(delims, v[i], n_delims) != NULL : v[i] == '.');
		if (i == n || d) {
			if (parts == MAX_PARTS)
				return MF_ETOOBIG;
			start[parts] = v + s;
			len[parts] = i - s;
			parts++;
			s = i + 1;
		}
	}
	if (reverse)
		for (size_t a = 0, b = parts - 1; a < b; a++, b--) {
			const char *ts = start[a];
			size_t tl = len[a];
			start[a] = start[b];
			len[a] = len[b];
			start[b] = ts;
			len[b] = tl;
		}
	if (digits > 0 && (size_t)digits < parts)
		from = parts - (size_t)digits;
	for (size_t k = from; k < parts; k++) {
		if (k > from && (rc = mf__buf_append(out, ".", 1)))
			return rc;
		rc = escape ? url_escape(out, start[k], len[k])
			    : mf__buf_append(out, start[k], len[k]);
		if (rc)
			return rc;
	}
	return 0;
}

int mf__spf_macro_expand(const struct mf__spf_macro_env *env, const char *s, size_t len,
			 int is_exp, struct mf__buf *out, size_t *err_off,
			 const char **err_msg)
{
	size_t i = 0;
	int rc;

#define SYNTAX(off, msg)                   \
	do {                               \
		*err_off = (off);          \
		*err_msg = (msg);          \
		return MF__SPF_MACRO_SYNTAX; \
	} while (0)

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c != '%') {
			/* 7.1: macro-literal = %x21-24 / %x26-7E; an
			 * explain-string also holds spaces (6.2). */
			if (!((c >= 0x21 && c <= 0x7e) || (is_exp && c == ' ')))
				SYNTAX(i, c >= 0x80 ? "a non-ASCII byte (SPF records are 7-bit "
						      "ASCII, RFC 7208 3.1)"
						    : "a character not allowed here (RFC 7208 7.1)");
			if (out && (rc = mf__buf_append(out, s + i, 1)))
				return rc;
			i++;
			continue;
		}
		if (i + 1 >= len)
			SYNTAX(i, "\"%\" at the end: write \"%%\" for a percent sign (RFC 7208 7.1)");
		switch (s[i + 1]) {
		case '%':
			rc = out ? mf__buf_append(out, "%", 1) : 0;
			i += 2;
			break;
		case '_':
			rc = out ? mf__buf_append(out, " ", 1) : 0;
			i += 2;
			break;
		case '-':
			rc = out ? mf__buf_append(out, "%20", 3) : 0;
			i += 2;
			break;
		case '{': {
			size_t j = i + 2, n_delims = 0;
			char letter, delims[8];
			long digits = 0;
			int reverse = 0, upper, have_digits = 0;

			if (j >= len)
				SYNTAX(i, "\"%{\" without a letter and \"}\" (RFC 7208 7.1)");
			letter = s[j];
			upper = isupper((unsigned char)letter);
			letter = (char)tolower((unsigned char)letter);
			if (!strchr("slodiphv", letter) || letter == 0) {
				if (letter && strchr("crt", letter)) {
					if (!is_exp)
						SYNTAX(j, "%{c}, %{r} and %{t} are allowed only in "
							  "an exp= explanation (RFC 7208 7.3)");
				} else {
					SYNTAX(j, "unknown macro letter (RFC 7208 7.3 allows s l o "
						  "d i p h v, and c r t in explanations)");
				}
			}
			j++;
			while (j < len && isdigit((unsigned char)s[j])) {
				have_digits = 1;
				if (digits < 100000)
					digits = digits * 10 + (s[j] - '0');
				j++;
			}
			if (have_digits && digits == 0)
				SYNTAX(j - 1, "a macro's digit transformer must not be zero "
					      "(RFC 7208 7.3)");
			if (j < len && (s[j] == 'r' || s[j] == 'R')) {
				reverse = 1;
				j++;
			}
			while (j < len && is_delim(s[j])) {
				if (n_delims < sizeof delims && !memchr(delims, s[j], n_delims))
					delims[n_delims++] = s[j];
				j++;
			}
			if (j >= len || s[j] != '}')
				SYNTAX(j < len ? j : i, "a macro must end with \"}\" after its "
							"letter, digits, \"r\" and delimiters "
							"(RFC 7208 7.1)");
			i = j + 1;
			rc = 0;
			if (out) {
				char val[MAX_VALUE];
				size_t vlen;
				rc = letter_value(env, letter, val, &vlen);
				if (rc == 0)
					rc = transform(val, vlen, digits, reverse, delims, n_delims,
						       upper, out);
			}
			break;
		}
		default:
			SYNTAX(i, "\"%\" must be followed by \"{\", \"%\", \"_\" or \"-\" "
				  "(RFC 7208 7.1)");
		}
		if (rc)
			return rc;
	}
	return 0;
#undef SYNTAX
}

static int is_alnum(char c)
{
	return isalnum((unsigned char)c) != 0;
}

const char *mf__spf_domain_end_problem(const char *s, size_t len)
{
	size_t end = len, start;
	int alpha = 0;

	if (len == 0)
		return "the domain is empty";
	/* domain-end = macro-expand: the last thing is "}" of %{..}, or
	 * one of %% %_ %- (an even run of "%" before the final char is an
	 * escaped percent, not a macro). */
	if (s[len - 1] == '}') {
		for (size_t k = len - 1; k-- > 0;)
			if (s[k] == '{') {
				if (k > 0 && s[k - 1] == '%')
					return NULL;
				break;
			}
	}
	if (len >= 2 && s[len - 2] == '%' && strchr("%_-", s[len - 1])) {
		size_t run = 0;
		for (size_t k = len - 1; k-- > 0 && s[k] == '%';)
			run++;
		if (run % 2 == 1)
			return NULL;
	}
	/* domain-end = "." toplabel [ "." ] */
	if (s[end - 1] == '.')
		end--;
	start = end;
	while (start > 0 && s[start - 1] != '.')
		start--;
	if (start == 0)
		return "the domain has no dot before its last label (RFC 7208 7.1 "
		       "domain-end needs \".\" toplabel)";
	if (start == end)
		return "the domain's last label is empty";
	for (size_t k = start; k < end; k++) {
		if (!is_alnum(s[k]) && s[k] != '-')
			return "the domain's last label holds a character other than letters, "
			       "digits and \"-\" (RFC 7208 7.1 toplabel)";
		if (isalpha((unsigned char)s[k]))
			alpha = 1;
	}
	if (s[start] == '-' || s[end - 1] == '-')
		return "the domain's last label starts or ends with \"-\" (RFC 7208 7.1 "
		       "toplabel)";
	if (!alpha && !memchr(s + start, '-', end - start))
		return "the domain's last label is all digits (RFC 7208 7.1 toplabel; an "
		       "IP address is not a domain)";
	return NULL;
}
