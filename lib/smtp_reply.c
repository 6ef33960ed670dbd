/*
 * smtp_reply.c: find SMTP replies in free text: the RFC 5321 basic reply
 * code (4.2), the RFC 3463 enhanced status code (class.subject.detail) and
 * the server's words after them, wherever they sit in what a user pasted:
 * "Remote Server returned '554 5.7.1 ...'", "host x said: 550-5.7.26 ...",
 * Python's "(550, b'...')", Java's "AuthenticationFailedException: 535 ...",
 * or a bare "(#5.1.2)".  Multi-line replies ("550-5.7.26 a / 550-5.7.26 b")
 * come back as one; in a pasted dialogue ("<-  250 ...", "S: 535 ...") a
 * prompt ends the reply before it.  Works on normalized text (see text.c), so full-width
 * digits are already ASCII.  Used by route and explain.
 */
#include <ctype.h>
#include <string.h>

#include "internal.h"

#define MAX_REPLY_TEXT 600

static int is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* RFC 3463 status length (internal.h); also bounce_unfold.c reads it. */
size_t mf__status_len(const char *t, size_t len, size_t p)
{
	size_t i = p, digits;

	if (i >= len || (t[i] != '2' && t[i] != '4' && t[i] != '5'))
		return 0;
	if (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))
		return 0;
	i++;
	for (int part = 0; part < 2; part++) {
		if (i >= len || t[i] != '.')
			return 0;
		i++;
		for (digits = 0; i < len && is_digit((unsigned char)t[i]) && digits < 4; i++)
			digits++;
		if (digits == 0 || digits > 3)
			return 0;
	}
	/* "5.7.1.2" or "5.4.9a" is a version number or an address, not a status. */
	if (i < len && (is_alnum((unsigned char)t[i]) ||
			(t[i] == '.' && i + 1 < len && is_digit((unsigned char)t[i + 1]))))
		return 0;
	return i - p;
}

/* Is there a 3-digit reply code at p? */
static int code_at(const char *t, size_t len, size_t p)
{
	unsigned char prev = p > 0 ? (unsigned char)t[p - 1] : ' ';
	unsigned char next = p + 3 < len ? (unsigned char)t[p + 3] : ' ';

	if (p + 3 > len)
		return 0;
	if (t[p] < '2' || t[p] > '5' || t[p + 1] < '0' || t[p + 1] > '5' ||
	    !is_digit((unsigned char)t[p + 2]))
		return 0;
	if (is_alnum(prev) || prev == '.' || prev == '_' || prev == '/' || prev == '+' ||
	    prev == '$' || prev == '%')
		return 0;
	/* the last group of a number written with thousands separators
	 * ("sent to 1,204 subscribers") */
	if (prev == ',' && p > 1 && is_digit((unsigned char)t[p - 2]))
		return 0;
	if (is_alnum(next) || next == '_' || next == '%' || next == '/' ||
	    (next == '.' && p + 4 < len && is_digit((unsigned char)t[p + 4])) ||
	    (next == ':' && p + 4 < len && is_digit((unsigned char)t[p + 4])))
		return 0;
	return 1;
}

static int ends_with(const char *t, size_t end, const char *word)
{
	size_t n = strlen(word);

	return end >= n && memcmp(t + end - n, word, n) == 0;
}

/* Words right before a code that make it certainly an SMTP reply. */
static int context_before(const char *t, size_t p)
{
	static const char *const cues[] = {
		"smtp;", "smtp; ", "said: ", "said:", "returned '", "returned \"",
		"returned: ", "reply: ", "response: ", "responded: ", "error: ",
		"failed: ", "exception: ", "replied: ", "(", "code: ", "code ",
		"status: ", "diagnostic-code: smtp; ", "-> client: ", "rejected: ",
		"message: ", "\"", "'", "smtp ", "smtp error ", "error ",
	};
	size_t end = p;

	for (size_t i = 0; i < MF__ARRAY_LEN(cues); i++)
		if (ends_with(t, end, cues[i]))
			return 1;
	return 0;
}

/* Count alphabetic words in the next few bytes. */
static int words_after(const char *t, size_t len, size_t p)
{
	int words = 0, in_word = 0;

	for (size_t i = p; i < len && i < p + 40; i++) {
		int alpha = (t[i] >= 'a' && t[i] <= 'z') || (unsigned char)t[i] >= 0x80;
		if (alpha && !in_word)
			words++;
		in_word = alpha;
	}
	return words;
}

/* Has the reply text [from, to) any letter?  (A reply that is all
 * Chinese from the start is the server's Chinese, kept whole.) */
static int latin_only_before(const char *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z'))
			return 0;
	return 1;
}

/* Does a transcript's prompt start at p ("<- 535 ...", "-> AUTH LOGIN",
 * "S: 250-...", "C: MAIL FROM", "<<< 354", ">>> DATA")?  A pasted SMTP
 * dialogue has lost its line breaks in normalized text; the prompt ends
 * the reply before it, so each reply of the dialogue is seen. */
static int prompt_at(const char *t, size_t len, size_t p)
{
	static const char *const prompts[] = {"<- ", "-> ", "<<< ", ">>> ", "s: ", "c: "};

	for (size_t i = 0; i < MF__ARRAY_LEN(prompts); i++) {
		size_t n = strlen(prompts[i]);
		if (p + n <= len && memcmp(t + p, prompts[i], n) == 0)
			return 1;
	}
	return 0;
}

/* The first byte at or after p that is '2'..'5' (a reply code can start
 * there), or len: eight bytes at a time.  The test is carry-free (each
 * byte's low seven bits are added apart), so each byte's flag is exact. */
static size_t next_reply_digit(const char *t, size_t len, size_t p)
{
	const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7f * ones, high = 0x80 * ones;

	for (; p + 8 <= len; p += 8) {
		uint64_t x, lo7, hit;
		memcpy(&x, t + p, 8);
		lo7 = x & low7;
		/* byte > '1' and byte < '6' (bytes >= 0x80 never) */
		hit = ((lo7 + (0x7f - '1') * ones) & ((0x7f + '6') * ones - lo7) & ~x) & high;
		if (hit)
			return p + (size_t)__builtin_ctzll(hit) / 8;
	}
	while (p < len && (t[p] < '2' || t[p] > '5'))
		p++;
	return p;
}

size_t mf__smtp_replies(const char *t, size_t len, struct mf__smtp_reply *out,
			size_t max)
{
	size_t n = 0, p = 0;

	while (p < len && n < max) {
		struct mf__smtp_reply r;
		size_t q, sl;
		char sep = 0, quote = 0;

		if (t[p] < '2' || t[p] > '5') {
			p = next_reply_digit(t, len, p + 1);
			continue;
		}
		memset(&r, 0, sizeof r);
		if (code_at(t, len, p)) {
			memcpy(r.code, t + p, 3);
			r.start = (uint32_t)p;
			q = p + 3;
			if (q < len && (t[q] == ' ' || t[q] == '-')) {
				sep = t[q];
				q++;
			}
			if ((sl = mf__status_len(t, len, q)) && sl < sizeof r.status) {
				memcpy(r.status, t + q, sl);
				q += sl;
			} else if (sep) {
				q--;
			}
			r.end = (uint32_t)q;
			r.strong = r.status[0] || sep == '-' || context_before(t, p) ||
				   words_after(t, len, q) >= 2;
			if (p > 0 && (t[p - 1] == '\'' || t[p - 1] == '"'))
				quote = t[p - 1];
		} else if ((sl = mf__status_len(t, len, p)) && sl < sizeof r.status) {
			memcpy(r.status, t + p, sl);
			r.start = (uint32_t)p;
			q = p + sl;
			r.end = (uint32_t)q;
			r.strong = 1;
		} else {
			p++;
			continue;
		}
		/* The server's words: after separators, up to the next reply,
		 * the closing quote, or the limit. */
		while (q < len && (t[q] == ' ' || t[q] == ',' || t[q] == ':' ||
				   t[q] == '-' || t[q] == ')'))
			q++;
		if (q + 1 < len && t[q] == 'b' && (t[q + 1] == '\'' || t[q + 1] == '"')) {
			quote = t[q + 1];
			q += 2;
		}
		r.text_start = (uint32_t)q;
		while (q < len && q < r.text_start + MAX_REPLY_TEXT) {
			if (quote && t[q] == quote)
				break;
			if (q > r.text_start && t[q - 1] == ' ' && prompt_at(t, len, q))
				break;
			/* A server writes English; Chinese after it is the user's
			 * own words ("..., 是不是配置错了?"). */
			if ((unsigned char)t[q] >= 0xe3 && (unsigned char)t[q] <= 0xe9 &&
			    q > r.text_start && (unsigned char)t[q - 1] < 0x80 &&
			    !latin_only_before(t, r.text_start, q))
				break;
			if (q > r.text_start && t[q - 1] == ' ' &&
			    ((r.code[0] && q + 3 <= len && memcmp(t + q, r.code, 3) == 0 &&
			      code_at(t, len, q)) ||
			     (!r.code[0] && mf__status_len(t, len, q))))
				break;
			q++;
		}
		r.text_end = (uint32_t)q;
		while (r.text_end > r.text_start &&
		       (t[r.text_end - 1] == ' ' || t[r.text_end - 1] == ','))
			r.text_end--;
		/* A continuation line of the previous reply joins it. */
		if (n > 0 && r.code[0] && strcmp(out[n - 1].code, r.code) == 0 &&
		    out[n - 1].text_end + 8 >= r.start) {
			out[n - 1].text_end = r.text_end;
			/* "550 550 5.7.1 ...": a relay quoting the reply after its
			 * own code; the status belongs to the joined reply. */
			if (!out[n - 1].status[0] && r.status[0])
				memcpy(out[n - 1].status, r.status, sizeof r.status);
			/* "553-Message filtered. ... 553 information. (#5.7.1)"
			 * (MessageLabs, qmail): the status closing the last line
			 * is the joined reply's. */
			for (size_t k = r.text_start; !out[n - 1].status[0] && k + 1 < r.text_end; k++)
				if (t[k] == '#' && (sl = mf__status_len(t, len, k + 1)) && sl < sizeof r.status)
					memcpy(out[n - 1].status, t + k + 1, sl);
			p = q > p ? q : p + 1;
			continue;
		}
		out[n++] = r;
		p = r.end > p ? r.end : p + 1;
	}
	return n;
}
