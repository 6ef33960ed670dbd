/*
 * mime_cost.c: is a message's MIME structure cheap enough to hand to
 * GMime?  GMime's parser compares every line that starts with "--" with
 * each boundary open around it (multipart inside multipart), so a
 * message nesting a thousand multiparts, followed by a million lines
 * starting with "--", cost 14 seconds for 48 MB (0.1 s for a plain 50 MB
 * bounce): linear in the lines, but a thousand times over.  Each open
 * boundary needs a Content-Type field of its own, at the start of a
 * line, so the Content-Type lines times the "--" lines bound that work;
 * counted here in one pass over the lines (bounce_mime.c refuses the
 * message when the bound is past MF__MIME_MAX_WORK).  The same pass
 * counts the lines of header sections (the message's own, a part's after
 * a "--" line, the message in a message/ part): GMime keeps each field as
 * objects of its own, about 550 bytes and 3 microseconds a field, so a
 * 41 MB header of three million fields took 15 s and 1.6 GB; past
 * MF__MIME_MAX_FIELDS the message is refused too.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

/* "content-type" at p (n bytes left), in any case. */
static int content_type_at(const char *p, size_t n)
{
	static const char want[] = "content-type";

	if (n < sizeof want - 1)
		return 0;
	for (size_t i = 0; i < sizeof want - 1; i++) {
		char c = p[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != want[i])
			return 0;
	}
	return 1;
}

/* Does the line at p (n bytes left) start with "content-type:" and name
 * a message/ type (its body is a message with a header of its own)? */
static int message_type_at(const char *p, size_t n)
{
	const char *nl = memchr(p, '\n', n);
	size_t len = nl ? (size_t)(nl - p) : n;

	if (!content_type_at(p, len))
		return 0;
	for (size_t i = 12; i + 8 <= len; i++)
		if ((p[i] == 'm' || p[i] == 'M') && strncasecmp(p + i, "message/", 8) == 0)
			return 1;
	return 0;
}

/* Is the line at p (n bytes left) a header field ("Name: value", the name
 * printable ASCII without the colon) or a field's continuation (white
 * space first)?  Any other line ends a header, for GMime too. */
static int field_line_at(const char *p, size_t n)
{
	size_t i = 0;

	if (n && (p[0] == ' ' || p[0] == '\t'))
		return 1;
	while (i < n && p[i] > ' ' && p[i] < 127 && p[i] != ':')
		i++;
	return i > 0 && i < n && p[i] == ':';
}

int mf__mime_cost_ok(const char *p, size_t n, struct mf__mime_cost *c)
{
	const char *e = p + n, *line = p;
	size_t ct = 0, dash = 0, fields = 0;
	int in_header = 1, inner_message = 0;

	/* A Content-Type line takes 13 bytes at least, a "--" line 3, so n
	 * bytes hold ct * dash <= n * n / 156: under the bound below 16 KiB
	 * (most bounces: no pass over them); a field takes 2 bytes. */
	c->ct = c->dash = c->fields = 0;
	if (n < 16384)
		return 1;
	while (line < e) {
		const char *nl = memchr(line, '\n', (size_t)(e - line));
		size_t left = (size_t)(e - line);
		int blank = line[0] == '\n' || (line[0] == '\r' && left > 1 && line[1] == '\n');

		if (line[0] == '-' && left >= 2 && line[1] == '-') {
			dash++;  /* maybe a boundary: a part's header may follow */
			in_header = 1;
			inner_message = 0;
		} else if (in_header && blank) {
			/* the header ends; a message/ part's body has one too */
			in_header = inner_message;
			inner_message = 0;
		} else if (in_header && field_line_at(line, left)) {
			fields++;
			if ((line[0] == 'c' || line[0] == 'C') && message_type_at(line, left))
				inner_message = 1;
		} else {
			in_header = 0;  /* not a field: the body has begun */
		}
		if (line[0] == 'c' || line[0] == 'C')
			ct += content_type_at(line, left);
		if (!nl)
			break;
		line = nl + 1;
	}
	c->ct = ct;
	c->dash = dash;
	c->fields = fields;
	return fields <= MF__MIME_MAX_FIELDS &&
	       (ct <= MF__MIME_MAX_CT || dash <= MF__MIME_MAX_WORK / ct);
}
