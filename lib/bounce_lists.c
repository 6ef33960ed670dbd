/*
 * bounce_lists.c: a mailing-list manager's notice to a poster whose
 * message the list refused (LISTSERV's "Rejected posting to LIST@host",
 * Sympa's "Authorization denied", GNU Mailman 2's and 3's "rejected"
 * notices; formats.json listserv, sympa, mailman) is one bounce, for the
 * list's own address, whatever other addresses its text names (the
 * list's owner, its -request address).  The list's address is, in order:
 * the To of the returned post (attached, or quoted after the
 * explanation), the notice's List-Post header (RFC 2369), the one its
 * Subject names, else the list's administrative address in the text or
 * the notice's From ("dev-owner@", "LIST-request@", "x-bounces@") with
 * that suffix taken off.  The reason is the format's (its codes).
 * Called by bounce_text.c before the generic reading; a notice with a
 * DSN part (Sympa's for an unknown list) is read as a DSN, not here.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

static const char *const list_formats[] = {"listserv", "sympa", "mailman"};

/* The suffixes of a list's administrative addresses. */
static const char *const admin_suffixes[] = {"-request", "-owner", "-bounces", "-admin"};

static int addr_char(char c, int domain)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '-' || (!domain && (c == '_' || c == '+' || c == '%' || c == '='));
}

/* The first address of s[0..n) into out (cap bytes): 1, else 0.  admin:
 * only one whose local part ends with an administrative suffix, which
 * is taken off. */
static int first_addr(const char *s, size_t n, char *out, size_t cap, int admin)
{
	for (size_t p = 0; p < n; p++) {
		size_t a = p, b = p + 1, len;

		if (s[p] != '@')
			continue;
		while (a > 0 && addr_char(s[a - 1], 0))
			a--;
		while (b < n && addr_char(s[b], 1))
			b++;
		while (b > p + 1 && s[b - 1] == '.')
			b--;
		if (a == p || b == p + 1 || !memchr(s + p + 1, '.', b - p - 1))
			continue;
		if (admin) {
			size_t cut = 0;

			for (size_t k = 0; k < MF__ARRAY_LEN(admin_suffixes) && !cut; k++) {
				size_t sl = strlen(admin_suffixes[k]);

				if (p - a > sl && strncasecmp(s + p - sl, admin_suffixes[k], sl) == 0)
					cut = sl;
			}
			if (!cut)
				continue;
			len = (p - cut - a) + (b - p);
			if (len >= cap)
				continue;
			memcpy(out, s + a, p - cut - a);
			memcpy(out + (p - cut - a), s + p, b - p);
			out[len] = '\0';
			return 1;
		}
		len = b - a;
		if (len >= cap)
			continue;
		memcpy(out, s + a, len);
		out[len] = '\0';
		return 1;
	}
	return 0;
}

/* The address of a header field of block[0..n), or 0. */
static int header_addr_of(const char *block, size_t n, const char *name, char *out, size_t cap)
{
	size_t vl;
	const char *v = block ? mf__header_find(block, n, name, &vl) : NULL;

	return v && first_addr(v, vl, out, cap, 0);
}

int mf__bounce_list(const struct mf__format *fmt, const struct mf__msg *m, struct mf__rcpts *out)
{
	const char *t = m->text.data ? m->text.data : "";
	char addr[320];
	int is_list = 0, found;

	for (size_t i = 0; fmt && i < MF__ARRAY_LEN(list_formats); i++)
		is_list |= strcmp(fmt->id, list_formats[i]) == 0;
	if (!is_list)
		return 0;
	found = header_addr_of(m->orig.data, m->orig.len, "to:", addr, sizeof addr) ||
		(m->re < m->text.len &&
		 header_addr_of(t + m->re, m->text.len - m->re, "to:", addr, sizeof addr)) ||
		header_addr_of(m->headers.data, m->headers.len, "list-post:", addr, sizeof addr) ||
		first_addr(m->subject, strlen(m->subject), addr, sizeof addr, 0) ||
		first_addr(t + m->rs, m->re - m->rs, addr, sizeof addr, 1) ||
		first_addr(m->from, strlen(m->from), addr, sizeof addr, 1);
	if (!found)
		return 0;
	return mf__rcpts_add(out, addr, strlen(addr)) ? 1 : (out->truncated ? 1 : MF_ENOMEM);
}
