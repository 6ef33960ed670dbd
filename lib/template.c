/*
 * template.c: the {placeholder} texts of the data.  A text of the data
 * may name values it is filled with when an answer is made ("Send through
 * {smtp_host} port {smtp_port}"): the provider's facts in route's steps
 * (route.c), what a named host is in its verdict (host_verdict.c).  One
 * filler for all of them, the caller saying where a name's value comes
 * from; and one check, at load, that every name a text uses is known.
 */
#include <string.h>

#include "internal.h"

size_t mf__template_fill(const char *tmpl, mf__template_value_fn value, const void *arg,
			 char *out)
{
	size_t n = 0;

	for (const char *p = tmpl; *p;) {
		const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
		const char *v;
		size_t piece = close ? (size_t)(open - p) : strlen(p);

		if (out)
			memcpy(out + n, p, piece);
		n += piece;
		if (!close)
			break;
		if ((v = value(arg, open + 1, (size_t)(close - open - 1)))) {
			if (out)
				memcpy(out + n, v, strlen(v));
			n += strlen(v);
		}
		p = close + 1;
	}
	return n;
}

int mf__template_unknown(const char *s, const char *const *known, size_t n_known,
			 const char **name, size_t *len)
{
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *e = strchr(p, '}');
		size_t k = 0, n;

		*name = p + 1;
		if (!e) {
			*len = strlen(p + 1);
			return -1;
		}
		n = *len = (size_t)(e - p - 1);
		while (k < n_known && !(strlen(known[k]) == n && memcmp(known[k], p + 1, n) == 0))
			k++;
		if (k == n_known)
			return 1;
	}
	return 0;
}
