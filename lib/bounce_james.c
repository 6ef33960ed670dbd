/*
 * bounce_james.c: the bounce of Apache James (its notify mailets, also
 * sent by gateways built on it, Verizon's vtext.com) explains the failure
 * first ("Error message below:" or "Error: 550 - ...") and names the
 * recipients only after it, in a "Message details:" block that copies
 * the envelope:
 *     Message details:
 *       Subject: Meeting
 *       MAIL FROM: sender@example.com
 *       RCPT TO: user@example.org
 *       From: sender@example.com
 * Each "RCPT TO:" line of that block gives one recipient; its diagnostic
 * is the explanation above the block (the words after "Error message
 * below:" or "Error:" when it has them).  The generic reading would take
 * the block's own lines for the diagnostic.  Called by bounce_text.c
 * before the generic reading.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

/* Offset of `word` at the start of a line of lower[0..n) (its line
 * breaks are spaces: t tells where lines start), or n. */
static size_t line_word(const char *t, const char *lower, size_t n, const char *word)
{
	size_t k = strlen(word), p = 0;
	const char *hit;

	while (p < n && (hit = memmem(lower + p, n - p, word, k))) {
		size_t at = (size_t)(hit - lower);

		if (at == 0 || t[at - 1] == '\n')
			return at;
		p = at + 1;
	}
	return n;
}

int mf__bounce_james(const char *t, const char *lower, size_t len, struct mf__rcpts *out)
{
	size_t details = line_word(t, lower, len, "message details:");
	size_t first = out->n, ds = 0, p, k;

	if (details == len)
		return 0;
	/* the recipients: "  RCPT TO: x" lines of the indented block */
	for (p = details; p < len;) {
		const char *eol = memchr(t + p, '\n', len - p);
		size_t le = eol ? (size_t)(eol - t) : len, i = p, as, ae;

		if (p > details && i < le && t[i] != ' ' && t[i] != '\t' && t[i] != '\r')
			break;
		while (i < le && (t[i] == ' ' || t[i] == '\t'))
			i++;
		if (le - i > 8 && strncasecmp(t + i, "rcpt to:", 8) == 0) {
			as = i + 8;
			while (as < le && (t[as] == ' ' || t[as] == '<'))
				as++;
			ae = as;
			while (ae < le && t[ae] != ' ' && t[ae] != '>' && t[ae] != '\r' && t[ae] != ',')
				ae++;
			if (ae > as && memchr(t + as, '@', ae - as)) {
				int dup = 0;

				for (size_t j = first; j < out->n && !dup; j++)
					dup = strlen(out->v[j].recipient) == ae - as &&
					      strncasecmp(out->v[j].recipient, t + as, ae - as) == 0;
				if (!dup && !mf__rcpts_add(out, t + as, ae - as))
					return out->truncated ? 1 : MF_ENOMEM;
			}
		}
		p = le < len ? le + 1 : len;
	}
	if (out->n == first)
		return 0;
	/* the explanation: after "Error message below:" or "Error:" */
	if ((k = line_word(t, lower, details, "error message below:")) < details)
		ds = k + strlen("error message below:");
	else if ((k = line_word(t, lower, details, "error:")) < details)
		ds = k + strlen("error:");
	while (ds < details && (t[ds] == ' ' || t[ds] == '\t' || t[ds] == '\r' || t[ds] == '\n'))
		ds++;
	while (details > ds && (t[details - 1] == ' ' || t[details - 1] == '\t' ||
				t[details - 1] == '\r' || t[details - 1] == '\n'))
		details--;
	for (size_t j = first; j < out->n; j++)
		mf__diag_append(&out->v[j].diag, t + ds, details - ds);
	return 1;
}
