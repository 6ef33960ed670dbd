/*
 * bounce_forward.c: a bounce that a person forwarded as an attachment
 * (Thunderbird's and Outlook's "forward as attachment", a help desk's
 * escalation): the message is a person's note with a message/rfc822
 * (RFC 2046 5.2.1) part, and the failure is told inside that part.  A
 * multipart/report inside is read wherever it sits (bounce_mime.c); this
 * file says when an attached message of another shape (a text bounce:
 * Exim's, qmail's, or a forward of a forward) is the one to explain
 * rather than a returned original: the outer message comes from no mail
 * system, and the attached one does (its From names a mailer daemon or a
 * postmaster) or is itself a forward ("Fwd:", "FW:" subject).  The
 * attachment may also be the bounce saved as a file ("bounce.eml" as
 * application/octet-stream, as webmails and Outlook attach a saved
 * message): mf__message_file_name says which files are messages.
 * A bounce quoted in a reply ("On <date>, <sender> wrote:" then the
 * bounce under "> ", or under ">> " in a reply to that reply) is read with
 * its quoting taken off (mf__unquote_replies), so that its lines start
 * their lines again as the bounce wrote them.
 * The words (mail systems' names, forward prefixes, attribution line ends
 * in the languages mail programs write them) are data: formats.json's
 * bounce_from, forward_subject_prefixes and reply_attributions.
 * Called by bounce_mime.c.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

/* Does the value hold one of the markers, in any ASCII case? */
static int holds_marker(const char *v, size_t n, const char *const *markers, size_t nm)
{
	for (size_t k = 0; k < nm; k++) {
		size_t kn = strlen(markers[k]);

		for (size_t i = 0; i + kn <= n; i++)
			if (strncasecmp(v + i, markers[k], kn) == 0)
				return 1;
	}
	return 0;
}

/* Does the subject start (after blanks) with a forward's prefix? */
static int forward_subject(const struct mf__bounce_data *bd, const char *v, size_t n)
{
	size_t i = 0;

	while (i < n && (v[i] == ' ' || v[i] == '\t'))
		i++;
	for (size_t k = 0; k < bd->n_forward_subject_prefixes; k++) {
		const char *p = bd->forward_subject_prefixes[k];
		size_t kn = strlen(p);

		if (n - i >= kn && strncasecmp(v + i, p, kn) == 0)
			return 1;
	}
	return 0;
}

int mf__forwarded_bounce(const struct mf__bounce_data *bd, const char *outer_from, size_t ofl,
			 const char *inner_from, size_t ifl, const char *inner_subject, size_t isl)
{
	if (!bd || !outer_from || !ofl ||
	    holds_marker(outer_from, ofl, bd->bounce_from, bd->n_bounce_from))
		return 0;
	return (inner_from && holds_marker(inner_from, ifl, bd->bounce_from, bd->n_bounce_from)) ||
	       (inner_subject && forward_subject(bd, inner_subject, isl));
}

int mf__message_file_name(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	while (n && (name[n - 1] == ' ' || name[n - 1] == '"' || name[n - 1] == '\''))
		n--;
	return n > 4 && strncasecmp(name + n - 4, ".eml", 4) == 0;
}

/* Does the line (without its line end) introduce a quoted message, as
 * mail programs write the attribution of a reply? */
static int attribution(const struct mf__bounce_data *bd, const char *l, size_t n)
{
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\r' || l[n - 1] == '\t'))
		n--;
	for (size_t k = 0; k < bd->n_reply_attributions; k++) {
		const char *e = bd->reply_attributions[k];
		size_t kn = strlen(e);

		if (n >= kn && strncasecmp(l + n - kn, e, kn) == 0)
			return 1;
	}
	return 0;
}

/* One level of quoting off the lines under each attribution, in place;
 * 1 when a line changed. */
static int unquote_once(const struct mf__bounce_data *bd, struct mf__buf *text)
{
	char *t = text->data;
	size_t n = text->len, r = 0, w = 0;
	int quoting = 0, changed = 0;

	while (r < n) {
		const char *eol = memchr(t + r, '\n', n - r);
		size_t le = eol ? (size_t)(eol - t) + 1 : n, from = r;
		size_t body = le - r - (eol ? 1 : 0);

		if (quoting && t[r] == '>') {
			from = r + 1;
			if (from < le && t[from] == ' ')
				from++;
			changed = 1;
		} else if (quoting && !(body == 0 || (body == 1 && t[r] == '\r'))) {
			quoting = 0; /* a line of the reply's own ends the quote */
		}
		if (!quoting && body && (t[r + body - 1] == ':' || t[r + body - 1] == ' ' || t[r + body - 1] == '\r' ||
					 (unsigned char)t[r + body - 1] == 0x9a) && attribution(bd, t + r, body))
			quoting = 1;
		if (w != from)
			memmove(t + w, t + from, le - from);
		w += le - from;
		r = le;
	}
	text->len = w;
	t[w] = '\0';
	return changed;
}

/* Does a line starting with '>' follow (after at most one blank line) a
 * line ending with a colon (":", "：")?  One memchr pass: attributions
 * end so, and most texts have none. */
static int quote_after_colon(const char *t, size_t n)
{
	const char *p = t + 1, *end = t + n;

	while (p < end && (p = memchr(p, '>', (size_t)(end - p))) != NULL) {
		size_t j = (size_t)(p - t);

		if (t[j - 1] == '\n') {
			int blank = 0;

			j--;
			for (;;) {
				if (j > 0 && t[j - 1] == '\r')
					j--;
				while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t'))
					j--;
				if (!blank && j > 0 && t[j - 1] == '\n') {
					blank = 1;
					j--;
					continue;
				}
				break;
			}
			if (j > 0 && (t[j - 1] == ':' || (unsigned char)t[j - 1] == 0x9a))
				return 1;
		}
		p++;
	}
	return 0;
}

void mf__unquote_replies(const struct mf__bounce_data *bd, struct mf__buf *text)
{
	if (!bd || !bd->n_reply_attributions)
		return;
	/* a reply to a reply to a reply at most */
	for (int round = 0; round < 3; round++) {
		if (!text->data || text->len < 3 || !quote_after_colon(text->data, text->len) ||
		    !unquote_once(bd, text))
			return;
	}
}
