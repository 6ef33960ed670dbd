/*
 * json.c: the one JSON writer (RFC 8259) for answers, into a bounded
 * buffer.  Answers are written on every request, and building a jansson
 * tree for each costs several times the routing itself; this writes the
 * text directly.  Strings are written as they are, with '"', '\' and
 * control characters escaped.  mf__json_string takes text known to be
 * UTF-8 (queries are checked on the way in, data at load); mf__json_text
 * takes text read from a message, where a byte that is not UTF-8 (a text
 * cut inside a character) is written as U+FFFD, so that an answer is
 * always valid JSON (RFC 8259 8.1).  Parsing stays with jansson.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

void mf__json_init(struct mf__json *j, struct mf__buf *b)
{
	j->b = b;
	j->depth = 0;
	j->first[0] = 1;
}

/* A comma before every value or key but the first of its container. */
static void put_byte(struct mf__buf *b, char c)
{
	char *o = mf__buf_space(b, 1);

	if (o) {
		o[0] = c;
		o[1] = '\0';
		b->len++;
	}
}

static void sep(struct mf__json *j)
{
	if (!j->first[j->depth])
		put_byte(j->b, ',');
	j->first[j->depth] = 0;
}

static void begin(struct mf__json *j, char c)
{
	sep(j);
	put_byte(j->b, c);
	if (j->depth + 1 < (int)MF__ARRAY_LEN(j->first))
		j->depth++;
	else
		j->b->failed = 1; /* deeper than any answer: a bug, reported as a failure */
	j->first[j->depth] = 1;
}

static void finish(struct mf__json *j, char c)
{
	if (j->depth > 0)
		j->depth--;
	put_byte(j->b, c);
}

void mf__json_object(struct mf__json *j)
{
	begin(j, '{');
}

void mf__json_array(struct mf__json *j)
{
	begin(j, '[');
}

void mf__json_end_object(struct mf__json *j)
{
	finish(j, '}');
}

void mf__json_end_array(struct mf__json *j)
{
	finish(j, ']');
}

/* Bytes a JSON string cannot hold as they are (RFC 8259 7). */
static int needs_escape(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

/* Does any of the 8 bytes in x need escaping?  (Bit tricks: a byte below
 * 0x20, or equal to '"' or '\\'.) */
static int any_needs_escape(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');

	return (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
		((backslash - ones) & ~backslash)) & highs ? 1 : 0;
}

/* The end of the run of bytes from i on that need no escape. */
static size_t plain_run(const char *s, size_t i, size_t n)
{
	while (i + 8 <= n) { /* eight bytes at a time */
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (any_needs_escape(x))
			break;
		i += 8;
	}
	while (i < n && !needs_escape((unsigned char)s[i]))
		i++;
	return i;
}

/* How many bytes of s[0..n) from the start are UTF-8 (RFC 3629): n when
 * all are.  ASCII eight bytes at a time, the rest a character at a time
 * (utf8proc). */
static size_t utf8_prefix(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		uint64_t x;

		if (i + 8 <= n) {
			memcpy(&x, s + i, 8);
			if (!(x & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k < 0)
			break;
		i += (size_t)k;
	}
	return i;
}

static void raw_string(struct mf__buf *b, const char *s, size_t n);

/* A string from a message: every byte that does not begin a UTF-8
 * character is written as U+FFFD (the string is copied only then). */
static void mended_string(struct mf__buf *b, const char *s, size_t n)
{
	size_t i = utf8_prefix(s, n);
	struct mf__buf m;

	if (i == n) {
		raw_string(b, s, n);
		return;
	}
	mf__buf_init(&m, 3 * n + 1);
	mf__buf_append(&m, s, i);
	while (i < n) {
		size_t k;

		mf__buf_append(&m, "\xef\xbf\xbd", 3);
		i++;
		k = utf8_prefix(s + i, n - i);
		mf__buf_append(&m, s + i, k);
		i += k;
	}
	if (m.failed)
		b->failed = 1;
	else
		raw_string(b, m.data ? m.data : "", m.len);
	mf__buf_free(&m);
}

static void raw_string(struct mf__buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0, i = 0;
	char *o;

	/* Most strings need no escape: one copy into the buffer. */
	if (plain_run(s, 0, n) == n) {
		if (!(o = mf__buf_space(b, n + 2)))
			return;
		o[0] = '"';
		memcpy(o + 1, s, n);
		o[n + 1] = '"';
		o[n + 2] = '\0';
		b->len += n + 2;
		return;
	}
	i = 0;
	mf__buf_append(b, "\"", 1);
	while (i < n) {
		unsigned char c;
		char esc[7];
		size_t len = 2;

		i = plain_run(s, i, n);
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		mf__buf_append(b, s + run, i - run);
		run = ++i;
		esc[0] = '\\';
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			len = 6;
		}
		mf__buf_append(b, esc, len);
	}
	mf__buf_append(b, s + run, n - run);
	mf__buf_append(b, "\"", 1);
}

void mf__json_key(struct mf__json *j, const char *key)
{
	sep(j);
	raw_string(j->b, key, strlen(key));
	put_byte(j->b, ':');
	/* The value that follows takes no comma. */
	j->first[j->depth] = 1;
}

/* A string value, or null; mend: text from a message (mended_string). */
static void string_value(struct mf__json *j, const char *s, int mend)
{
	sep(j);
	if (!s)
		mf__buf_append(j->b, "null", 4);
	else if (mend)
		mended_string(j->b, s, strlen(s));
	else
		raw_string(j->b, s, strlen(s));
	j->first[j->depth] = 0;
}

void mf__json_string(struct mf__json *j, const char *s)
{
	string_value(j, s, 0);
}

void mf__json_text(struct mf__json *j, const char *s)
{
	string_value(j, s, 1);
}

void mf__json_key_text(struct mf__json *j, const char *key, const char *s)
{
	mf__json_key(j, key);
	mf__json_text(j, s);
}

void mf__json_string_n(struct mf__json *j, const char *s, size_t n)
{
	sep(j);
	raw_string(j->b, s, n);
	j->first[j->depth] = 0;
}

void mf__json_int(struct mf__json *j, long long v)
{
	char tmp[24], *p = tmp + sizeof tmp;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	sep(j);
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	mf__buf_append(j->b, p, (size_t)(tmp + sizeof tmp - p));
	j->first[j->depth] = 0;
}

void mf__json_bool(struct mf__json *j, int v)
{
	sep(j);
	mf__buf_puts(j->b, v ? "true" : "false");
	j->first[j->depth] = 0;
}

void mf__json_null(struct mf__json *j)
{
	sep(j);
	mf__buf_append(j->b, "null", 4);
	j->first[j->depth] = 0;
}

/* A real with at most `digits` decimals and no trailing zeros, always
 * with a decimal point (0.5, 1.0), so that readers see a real.  Two
 * decimals (scores, confidences) are written without printf, the same
 * digits as "%.2f" gives: the rare value whose hundredths fall near a
 * half goes to printf, which rounds the exact binary value. */
void mf__json_real(struct mf__json *j, double v, int digits)
{
	char tmp[64];
	int n;

	sep(j);
	if (!isfinite(v))
		v = 0;
	if (digits == 2 && fabs(v) < 1e9) {
		double h = v * 100, r = nearbyint(h);
		if (fabs(fabs(h - r) - 0.5) > 1e-6 && !(r == 0 && signbit(v))) {
			long long c = (long long)r, u = c < 0 ? -c : c;
			char *p = tmp + sizeof tmp;
			int frac = (int)(u % 100);
			*--p = (char)('0' + frac % 10);
			*--p = (char)('0' + frac / 10);
			*--p = '.';
			u /= 100;
			do {
				*--p = (char)('0' + u % 10);
				u /= 10;
			} while (u);
			if (c < 0)
				*--p = '-';
			n = (int)(tmp + sizeof tmp - p);
			memmove(tmp, p, (size_t)n);
			goto trim;
		}
	}
	n = snprintf(tmp, sizeof tmp, "%.*f", digits, v);
trim:
	while (n > 2 && tmp[n - 1] == '0' && tmp[n - 2] != '.')
		n--;
	mf__buf_append(j->b, tmp, (size_t)n);
	j->first[j->depth] = 0;
}

/* A JSON text copied as it is (a value the caller already rendered). */
void mf__json_raw(struct mf__json *j, const char *text)
{
	sep(j);
	mf__buf_puts(j->b, text);
	j->first[j->depth] = 0;
}
