/*
 * bounce_unfold.c: unfold the multi-line SMTP replies (RFC 5321 section
 * 4.2.1: every line but the last is "NNN-text", the last "NNN text",
 * each repeating the RFC 3463 enhanced status) that a reporting MTA or a
 * user quoted with their lines joined: "550-5.7.26 Unauthenticated email
 * from example.com is not accepted due to domain's 550-5.7.26 DMARC
 * policy. ...  550 5.7.26 go to https://...".  Gmail's, Yahoo's,
 * Microsoft's and GMX's long replies come so in Postfix, Exim, Exchange
 * and Sendmail bounces and in pasted errors; the repeated prefixes cut
 * the server's sentences, so that "is receiving mail at a rate that
 * prevents additional messages" is never read whole, or make phrases
 * the server never wrote ("users 550-5.7.1 from spam").
 *
 * It works on normalized text (text.c calls it after normalizing, so
 * that route's queries and explain's diagnostics, which both go through
 * text.c, read the same unfolded words), and on explain's lower-cased
 * copy of a diagnostic where a provider's or a format's own words are
 * looked for (bounce_reason.c): each reply keeps its first line's prefix
 * (the reply code and status are read from there), the later lines'
 * prefixes are dropped, as an SMTP client joins the lines of a reply.
 * The bytes are moved together with their original offsets, so that
 * evidence spans still point into the text as given.
 */
#include <string.h>

#include "internal.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* White space between a reply's lines (normalized text has only ' '). */
static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* May a reply's first line start after c (the text's start is c == 0)?
 * "said: 550-", "smtp;550-", "(550-", "#550-", "'550-" and the like. */
static int opens(char c)
{
	return c == 0 || is_blank(c) || c == ';' || c == ':' || c == '(' || c == '#' || c == '<' ||
	       c == '\'' || c == '"' || c == '[';
}

/* The first line of a multi-line reply at or after `from`: "NNN-" (a
 * 4xx or 5xx code) and its status, if any.  Returns the offset of the
 * code, n when there is none; *after is the offset just after the
 * prefix.  Looks only at the dashes, so most texts cost one memchr. */
static size_t first_line(const char *t, size_t n, size_t from, char code[3], char *st,
			 size_t st_cap, size_t *stl, size_t *after)
{
	const char *p;

	while (from < n && (p = memchr(t + from, '-', n - from))) {
		size_t h = (size_t)(p - t), sl;

		from = h + 1;
		/* (RFC 5321 4.2: a reply code's second digit is 0 to 5) */
		if (h < 3 || (t[h - 3] != '4' && t[h - 3] != '5') || t[h - 2] < '0' || t[h - 2] > '5' ||
		    !is_digit(t[h - 1]) || !opens(h > 3 ? t[h - 4] : 0))
			continue;
		memcpy(code, t + h - 3, 3);
		sl = mf__status_len(t, n, h + 1);
		if (sl >= st_cap)
			sl = 0;
		memcpy(st, t + h + 1, sl);
		*stl = sl;
		*after = h + 1 + sl;
		return h - 3;
	}
	return n;
}

size_t mf__unfold_replies(char *t, uint32_t *o, size_t n)
{
	char code[3], st[16];
	size_t stl, after, i = 0, k = 0;

	while (i < n) {
		size_t at = first_line(t, n, i, code, st, sizeof st, &stl, &after);

		if (at == n)
			break;
		/* up to and with the first line's prefix, as it is */
		if (k != i) {
			memmove(t + k, t + i, after - i);
			if (o)
				memmove(o + k, o + i, (after - i) * sizeof *o);
		}
		k += after - i;
		i = after;
		/* the later lines: " NNN-st " dropped, " NNN st " (the last)
		 * dropped and the reply closed; without a status, " NNN-" is
		 * dropped and a bare " NNN " (which may be a number of the
		 * text) closes the reply and stays */
		while (i < n) {
			if (is_blank(t[i]) && i + 5 <= n && memcmp(t + i + 1, code, 3) == 0 &&
			    (t[i + 4] == '-' || is_blank(t[i + 4]))) {
				int last = t[i + 4] != '-';
				size_t j = i + 5;

				if (stl ? j + stl <= n && memcmp(t + j, st, stl) == 0 &&
						  (j + stl == n || is_blank(t[j + stl]))
					: !last) {
					/* (a transcript's "<<< " before the line,
					 * Sendmail's, goes with its prefix) */
					if (k >= 3 && memcmp(t + k - 3, "<<<", 3) == 0 &&
					    (k == 3 || is_blank(t[k - 4])))
						k -= 3;
					if (o)
						o[k] = o[i];
					t[k++] = ' ';
					if (k >= 2 && is_blank(t[k - 2]))
						k--; /* one space between the words */
					i = j + stl;
					while (i < n && is_blank(t[i]))
						i++;
					if (i >= n)
						k--; /* no space at the end */
					if (last)
						break;
					continue;
				}
				if (last && !stl) {
					break; /* the bare last line, kept */
				}
			}
			if (o)
				o[k] = o[i];
			t[k++] = t[i++];
		}
	}
	if (k == 0 && i == 0)
		return n; /* no reply of several lines: nothing moved */
	if (k != i) {
		memmove(t + k, t + i, n - i);
		if (o)
			memmove(o + k, o + i, (n - i) * sizeof *o);
	}
	return k + (n - i);
}
