/*
 * json.c: the one JSON writer (RFC 8259) for answers, into a bounded
 * buffer.  Answers are written on every request, and building a jansson
 * tree for each costs several times the routing itself; this writes the
 * text directly.  Strings must be valid UTF-8 (every text mailfix writes
 * is: queries are checked on the way in, data at load); they are written
 * as they are, with '"', '\' and control characters escaped.  Parsing
 * stays with jansson.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Appends: the room is nearly always there (answers reserve 4 KiB), so
 * the common case is a copy, without a call; mf__buf_append does the rest
 * (growth, the ceiling, the failure flag). */
static inline void put(struct mf__buf *b, const char *s, size_t n)
{
	if (b->len + n < b->cap && !b->failed) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
	} else {
		mf__buf_append(b, s, n);
	}
}

static inline void put_c(struct mf__buf *b, char c)
{
	if (b->len + 1 < b->cap && !b->failed) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	} else {
		mf__buf_append(b, &c, 1);
	}
}

void mf__json_init(struct mf__json *j, struct mf__buf *b)
{
	j->b = b;
	j->depth = 0;
	j->first[0] = 1;
}

/* A comma before every value or key but the first of its container. */
static void sep(struct mf__json *j)
{
	if (!j->first[j->depth])
		put_c(j->b, ',');
	j->first[j->depth] = 0;
}

static void begin(struct mf__json *j, char c)
{
	sep(j);
	put_c(j->b, c);
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
	put_c(j->b, c);
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

/* Whether any of the eight bytes of `x` needs escaping: a byte below
 * 0x20, '"' or '\\' (the "has a byte less than n" and "has a zero byte"
 * word tricks; exact for the question "any?", which is all that is
 * asked: a block that says yes is then looked at byte by byte). */
static int block_needs_escape(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');

	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs) != 0;
}

static void raw_string(struct mf__buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0, i = 0;

	if (n < 8 && b->len + n + 2 < b->cap && !b->failed) {
		/* Keys and other short strings: copied byte by byte, without
		 * a call (bytes past len are scratch until len moves). */
		char *o = b->data + b->len;
		*o++ = '"';
		while (i < n && !needs_escape((unsigned char)s[i])) {
			o[i] = s[i];
			i++;
		}
		if (i == n) {
			o[n] = '"';
			o[n + 1] = '\0';
			b->len += n + 2;
			return;
		}
		i = 0; /* something to escape: the general way below */
	}
	put_c(b, '"');
	while (i < n) {
		unsigned char c;
		char esc[7];
		size_t len = 2;

		/* Most text needs nothing: skip it eight bytes at a time. */
		while (i + 8 <= n) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (block_needs_escape(x))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (i + 8 > n) {
			/* The last few bytes, padded with a letter: one test
			 * instead of one per byte (keys and ends of strings). */
			uint64_t x = 0x6161616161616161u;
			memcpy(&x, s + i, n - i);
			if (!block_needs_escape(x))
				break;
		}
		c = (unsigned char)s[i++];
		if (!needs_escape(c))
			continue;
		put(b, s + run, i - 1 - run);
		run = i;
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
		put(b, esc, len);
	}
	put(b, s + run, n - run);
	put_c(b, '"');
}

void mf__json_key(struct mf__json *j, const char *key)
{
	sep(j);
	raw_string(j->b, key, strlen(key));
	put_c(j->b, ':');
	/* The value that follows takes no comma. */
	j->first[j->depth] = 1;
}

void mf__json_string(struct mf__json *j, const char *s)
{
	sep(j);
	if (!s)
		put(j->b, "null", 4);
	else
		raw_string(j->b, s, strlen(s));
	j->first[j->depth] = 0;
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
	put(j->b, p, (size_t)(tmp + sizeof tmp - p));
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
	put(j->b, "null", 4);
	j->first[j->depth] = 0;
}

/* A real with at most `digits` decimals and no trailing zeros, always
 * with a decimal point (0.5, 1.0), so that readers see a real: the text
 * of printf's "%.*f".  Scores and confidences are small numbers with two
 * decimals, written on every answer; printf takes thousands of
 * instructions for one, so they are written here from the integer
 * round(v * 10^digits), and printf is left the cases where that could
 * differ from it: a product within 1e-6 of a halfway point (where printf
 * rounds the exact binary value), large values, many digits. */
void mf__json_real(struct mf__json *j, double v, int digits)
{
	static const double pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
	char tmp[64];
	int n;

	sep(j);
	if (!isfinite(v))
		v = 0;
	if (digits >= 1 && digits <= 6 && fabs(v) * pow10[digits] < 1e9) {
		/* x is within 1e-7 of the exact product (|x| < 1e9, 53 bits). */
		double x = v * pow10[digits], r = nearbyint(x);
		if (fabs(fabs(x - r) - 0.5) > 1e-6) {
			unsigned long long u = (unsigned long long)fabs(r);
			char *p = tmp + sizeof tmp;
			int d;
			/* Decimals, then the integer part, from the right. */
			for (d = 0; d < digits; d++) {
				*--p = (char)('0' + u % 10);
				u /= 10;
			}
			*--p = '.';
			do {
				*--p = (char)('0' + u % 10);
				u /= 10;
			} while (u);
			/* printf keeps the sign of a value that rounds to zero. */
			if (signbit(v))
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
	put(j->b, tmp, (size_t)n);
	j->first[j->depth] = 0;
}

/* A JSON text copied as it is (a value the caller already rendered). */
void mf__json_raw(struct mf__json *j, const char *text)
{
	sep(j);
	mf__buf_puts(j->b, text);
	j->first[j->depth] = 0;
}
