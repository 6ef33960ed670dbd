/*
 * bounce_repeat.c: a bounce written for people that names its failed
 * recipients twice: Exchange's NDR lists each with a sentence for people
 * ("The email address you entered couldn't be found."), then again under
 * "Diagnostic information for administrators" with the remote server's
 * reply ("Remote Server returned '550 5.1.1 ...'").  With one recipient
 * its span runs to the end and holds both; with several, the generic
 * reading (bounce_text.c) stops each span where the next recipient is
 * first named, so the replies of all but the last recipient would be
 * lost and the last one would get everybody's.  Here every line that a
 * recipient leads starts a span of that recipient, up to the next line
 * that any recipient leads: a recipient's diagnostic is its spans, in
 * order.  Called by bounce_text.c; any other layout (each recipient
 * named once) is left to it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "explain.h"

/* Does the line's text from p (its blanks and '<' skipped) to le start
 * with the address a, in any case, not followed by more of an address? */
static int line_led_by(const char *lower, size_t p, size_t le, const char *a, size_t an)
{
	if (le - p < an || (unsigned char)lower[p] != (unsigned char)tolower((unsigned char)a[0]) ||
	    strncasecmp(lower + p, a, an) != 0)
		return 0;
	p += an;
	return p == le || !(isalnum((unsigned char)lower[p]) || lower[p] == '.' || lower[p] == '-' ||
			    lower[p] == '_' || lower[p] == '@' || lower[p] == '+');
}

int mf__bounce_repeat(const char *t, const char *lower, size_t s, size_t e, struct mf__rcpts *out,
		      size_t first)
{
	size_t n = out->n - first, cap = 4 * n + 8, k = 0, p;
	size_t *at, *who, *seen;
	int repeated = 0;

	if (n < 2 || !lower)
		return 0;
	at = malloc(cap * sizeof *at);
	who = malloc(cap * sizeof *who);
	seen = calloc(n, sizeof *seen);
	if (!at || !who || !seen) {
		free(at);
		free(who);
		free(seen);
		return MF_ENOMEM;
	}
	for (p = s; p < e && k < cap;) {
		const char *nl = memchr(t + p, '\n', e - p);
		size_t le = nl ? (size_t)(nl - t) : e, q = p;

		while (q < le && (lower[q] == ' ' || lower[q] == '\t' || lower[q] == '<'))
			q++;
		for (size_t i = 0; i < n && q < le && lower[q] != '\r'; i++) {
			const char *r = out->v[first + i].recipient;
			size_t an = strlen(r);

			if (an && line_led_by(lower, q, le, r, an)) {
				at[k] = p;
				who[k++] = i;
				repeated |= seen[i]++ > 0;
				break;
			}
		}
		p = nl ? le + 1 : e;
	}
	/* every recipient named, one of them again: the spans decide */
	for (size_t i = 0; i < n && repeated; i++)
		repeated = seen[i] > 0;
	if (repeated) {
		for (size_t i = 0; i < n; i++)
			out->v[first + i].diag.len = 0;
		for (size_t j = 0; j < k; j++) {
			struct mf__rcpt *r = &out->v[first + who[j]];
			size_t de = j + 1 < k ? at[j + 1] : e;

			if (de - at[j] > MF__EXPLAIN_MAX_DIAG)
				de = at[j] + MF__EXPLAIN_MAX_DIAG;
			if (r->diag.len)
				mf__diag_append(&r->diag, " ", 1);
			mf__diag_append(&r->diag, t + at[j], de - at[j]);
		}
	}
	free(at);
	free(who);
	free(seen);
	return repeated;
}
