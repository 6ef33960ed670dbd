/*
 * bounce_sendmail.c: the transcript lines of Sendmail (and V5 sendmail,
 * and MTAs imitating it) name each failed recipient as
 *     554 <user@example.org>... 550 Host unknown
 * after the dialogue that led to it (">>> RCPT To:<...>", "<<< 550 ...").
 * When the bounce text has such lines, each gives one recipient, its
 * diagnostic being the server's "<<<" lines since the last ">>>" command
 * plus the line itself.  Called by bounce_text.c before the generic
 * reading.  A DSN whose Diagnostic-Code is only a program's exit code
 * ("X-Unix; 1") takes the words of the transcript line that names its
 * recipient ("554 5.3.0 <addr>... unknown mailer error 1"), as Sisimai's
 * Sendmail module does.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

/* "NNN <addr>... text" or "NNN D.D.D <addr>... text" (Sendmail 8 gives
 * the enhanced status too): returns 1 with the address span. */
static int rcpt_line(const char *l, size_t n, size_t *as, size_t *ae)
{
	size_t i = 4, k;

	if (n < 10 || l[0] < '2' || l[0] > '5' || l[1] < '0' || l[1] > '9' || l[2] < '0' ||
	    l[2] > '9' || l[3] != ' ')
		return 0;
	if (l[i] >= '2' && l[i] <= '5' && i + 1 < n && l[i + 1] == '.') {
		size_t j = i + 2;

		while (j < n && ((l[j] >= '0' && l[j] <= '9') || l[j] == '.'))
			j++;
		if (j + 1 < n && l[j] == ' ')
			i = j + 1;
	}
	if (l[i] == '<')
		i++;
	/* dots are allowed inside the address: look for the "..." instead */
	for (k = i; k + 3 <= n; k++)
		if (memcmp(l + k, "...", 3) == 0)
			break;
	if (k + 3 > n)
		return 0;
	*as = i;
	*ae = k;
	if (*ae > *as && l[*ae - 1] == '>')
		(*ae)--;
	return *ae > *as && memchr(l + *as, '@', *ae - *as) != NULL;
}

int mf__bounce_sendmail(const char *t, size_t len, struct mf__rcpts *out)
{
	const char *p = t, *end = t + len, *dlg = NULL, *dlg_end = NULL;
	size_t first = out->n;

	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((eol ? eol : end) - p), as, ae;

		while (n && p[n - 1] == '\r')
			n--;
		if (n >= 4 && memcmp(p, ">>> ", 4) == 0) {
			dlg = NULL;
		} else if (n >= 4 && memcmp(p, "<<< ", 4) == 0) {
			if (!dlg)
				dlg = p + 4;
			dlg_end = p + n;
		} else if (rcpt_line(p, n, &as, &ae)) {
			struct mf__rcpt *r = NULL;

			for (size_t i = first; i < out->n && !r; i++)
				if (strlen(out->v[i].recipient) == ae - as &&
				    strncasecmp(out->v[i].recipient, p + as, ae - as) == 0)
					r = &out->v[i];
			if (!r && !(r = mf__rcpts_add(out, p + as, ae - as)))
				return out->n > first;
			if (r->diag.len == 0 && dlg && dlg_end > dlg) {
				mf__buf_append(&r->diag, dlg, (size_t)(dlg_end - dlg));
				mf__buf_append(&r->diag, " ", 1);
			}
			if (r->diag.len)
				mf__buf_append(&r->diag, " ", 1);
			mf__buf_append(&r->diag, p, n);
			dlg = NULL;
		}
		p = eol ? eol + 1 : end;
	}
	return out->n > first;
}

int mf__sendmail_rcpt_line(const char *t, size_t len, const char *addr, size_t *ls,
			   size_t *le)
{
	size_t k = strlen(addr);
	const char *p = t, *end = t + len;

	if (!k)
		return 0;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((eol ? eol : end) - p), i = 4;

		while (n && p[n - 1] == '\r')
			n--;
		/* "NNN ", an optional "X.Y.Z ", then "<addr>..." */
		if (n > 4 && p[0] >= '2' && p[0] <= '5' && p[1] >= '0' && p[1] <= '9' &&
		    p[2] >= '0' && p[2] <= '9' && p[3] == ' ') {
			if (i + 6 < n && p[i] == p[0] && p[i + 1] == '.') {
				while (i < n && p[i] != ' ')
					i++;
				i++;
			}
			if (i < n && p[i] == '<')
				i++;
			if (i + k + 3 <= n && strncasecmp(p + i, addr, k) == 0 &&
			    (memcmp(p + i + k, "...", 3) == 0 ||
			     (i + k + 4 <= n && memcmp(p + i + k, ">...", 4) == 0))) {
				*ls = (size_t)(p - t);
				*le = *ls + n;
				return 1;
			}
		}
		p = eol ? eol + 1 : end;
	}
	return 0;
}
