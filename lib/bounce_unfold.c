/*
 * bounce_unfold.c: unfold a multi-line SMTP reply (RFC 5321 section
 * 4.2.1: every line but the last is "NNN-text", the last "NNN text",
 * each repeating the RFC 3463 enhanced status) that a reporting MTA
 * quoted with its lines joined: "550-5.7.26 Unauthenticated email from
 * example.com is not accepted due to domain's 550-5.7.26 DMARC policy.
 * ...  550 5.7.26 go to https://...".  Gmail's, Yahoo's and Microsoft's
 * long replies come so in Postfix, Exim and Exchange bounces; the repeated
 * prefixes cut the server's sentences, so that "is receiving mail at a
 * rate that prevents additional messages" or "an unusual rate of
 * unsolicited mail" is never read whole.  The unfolded copy keeps the
 * first line's prefix (its reply code and status are read from there) and
 * drops the later ones; it is used to classify the bounce, the diagnostic
 * shown stays the server's own words.
 */
#include <string.h>

#include "explain.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The first line's prefix "NNN-" (and its status): where the text starts
 * a multi-line reply.  Returns the offset just after it, 0 when none. */
static size_t first_prefix(const char *s, size_t n, char code[4], char *st, size_t st_cap)
{
	for (size_t i = 0; i + 4 <= n; i++) {
		size_t sl;

		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != ';' && s[i - 1] != '\t' &&
		    s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != ':')
			continue;
		if ((s[i] != '4' && s[i] != '5') || !is_digit(s[i + 1]) || !is_digit(s[i + 2]))
			continue;
		if (s[i + 3] != '-')
			continue;
		memcpy(code, s + i, 3);
		code[3] = '\0';
		st[0] = '\0';
		sl = mf__status_len(s, n, i + 4);
		if (sl && sl < st_cap) {
			memcpy(st, s + i + 4, sl);
			st[sl] = '\0';
			return i + 4 + sl;
		}
		return i + 4;
	}
	return 0;
}

int mf__reply_unfold(const char *s, size_t n, struct mf__buf *out)
{
	char code[4], st[16];
	size_t i, from, stl, dropped = 0;

	from = first_prefix(s, n, code, st, sizeof st);
	if (!from)
		return 0;
	stl = strlen(st);
	if (mf__buf_append(out, s, from))
		return -1;
	i = from;
	from = i;
	while (i < n) {
		/* " NNN-st " or " NNN st " (the last line) after white space. */
		if ((s[i] == ' ' || s[i] == '\t' || s[i] == '\n') && i + 5 <= n &&
		    memcmp(s + i + 1, code, 3) == 0 && (s[i + 4] == '-' || s[i + 4] == ' ')) {
			size_t j = i + 5;

			if (stl) {
				if (j + stl > n || memcmp(s + j, st, stl) != 0 ||
				    (j + stl < n && s[j + stl] != ' ' && s[j + stl] != '\t' &&
				     s[j + stl] != '\n'))
					goto keep;
				j += stl;
			} else if (s[i + 4] == ' ') {
				goto keep;     /* a bare "NNN " may be a number of the text */
			}
			if (mf__buf_append(out, s + from, i + 1 - from))
				return -1;
			while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
				j++;
			i = from = j;
			dropped++;
			continue;
		}
	keep:
		i++;
	}
	if (mf__buf_append(out, s + from, n - from))
		return -1;
	return dropped ? 1 : 0;
}
