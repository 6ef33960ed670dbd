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
 * postmaster) or is itself a forward ("Fwd:", "FW:" subject).
 * Called by bounce_mime.c.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

/* Does the value name a mail system as its sender? */
static int system_sender(const char *v, size_t n)
{
	static const char *const names[] = {"mailer-daemon", "mailer_daemon", "postmaster", "mail delivery",
					    "maildaemon", "mail-daemon", "microsoftexchange"};

	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		size_t kn = strlen(names[k]);

		for (size_t i = 0; i + kn <= n; i++)
			if (strncasecmp(v + i, names[k], kn) == 0)
				return 1;
	}
	return 0;
}

/* Does the subject start (after blanks) with a forward's prefix? */
static int forward_subject(const char *v, size_t n)
{
	static const char *const prefixes[] = {"fwd:", "fw:", "fwd :", "fw :"};
	size_t i = 0;

	while (i < n && (v[i] == ' ' || v[i] == '\t'))
		i++;
	for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
		size_t kn = strlen(prefixes[k]);

		if (n - i >= kn && strncasecmp(v + i, prefixes[k], kn) == 0)
			return 1;
	}
	return 0;
}

int mf__forwarded_bounce(const char *outer_from, size_t ofl, const char *inner_from, size_t ifl,
			 const char *inner_subject, size_t isl)
{
	if (!outer_from || !ofl || system_sender(outer_from, ofl))
		return 0;
	return (inner_from && system_sender(inner_from, ifl)) ||
	       (inner_subject && forward_subject(inner_subject, isl));
}
