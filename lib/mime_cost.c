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
 * message when the bound is past MF__MIME_MAX_WORK).
 */
#include <string.h>

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

int mf__mime_cost_ok(const char *p, size_t n, size_t *n_ct, size_t *n_dash)
{
	const char *e = p + n, *line = p;
	size_t ct = 0, dash = 0;

	/* A Content-Type line takes 13 bytes at least, a "--" line 3, so n
	 * bytes hold ct * dash <= n * n / 156: under the bound below 16 KiB
	 * (most bounces: no pass over them). */
	*n_ct = *n_dash = 0;
	if (n < 16384)
		return 1;
	while (line < e) {
		const char *nl = memchr(line, '\n', (size_t)(e - line));
		size_t left = (size_t)(e - line);

		if (line[0] == '-') {
			if (left >= 2 && line[1] == '-')
				dash++;
		} else if (line[0] == 'c' || line[0] == 'C') {
			ct += content_type_at(line, left);
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	*n_ct = ct;
	*n_dash = dash;
	return ct <= MF__MIME_MAX_CT || dash <= MF__MIME_MAX_WORK / ct;
}
