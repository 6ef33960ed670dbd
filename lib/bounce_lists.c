/*
 * bounce_lists.c: a mailing-list manager's notice to a poster whose
 * message the list refused (LISTSERV's "Rejected posting to LIST@host",
 * Sympa's "Authorization denied", GNU Mailman 2's and 3's "rejected"
 * notices, Groups.io's "not delivered"; formats.json listserv, sympa,
 * mailman, groupsio) is one bounce, for the
 * list's own address, whatever other addresses its text names (the
 * list's owner, its -request address).  The list's address is, in order:
 * the To of the returned post (attached, or quoted after the
 * explanation), the notice's List-Post header (RFC 2369), the one its
 * Subject names, else the list's administrative address in the text or
 * the notice's From ("dev-owner@", "LIST-request@", "x-bounces@") with
 * that suffix taken off, else the list its words name ("to the FACULTY-L
 * list") at the domain of the notice's From (LISTSERV's).  The reason is
 * the format's (its codes: Sisimai's list phrases where the words hold
 * one, else onhold, as Sisimai files words its lists do not name).
 * Called by bounce_text.c before the generic reading; a notice with a
 * DSN part (Sympa's for an unknown list) is read as a DSN, not here.
 */
#include <string.h>
#include <strings.h>

#include "explain.h"

static const char *const list_formats[] = {"listserv", "sympa", "mailman", "groupsio"};

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

/* "... to the FACULTY-L list" in lower[0..n) (LISTSERV's words) with
 * the domain of the notice's From (LISTSERV@LISTS.EXAMPLE.EDU): the
 * list's address into out, 1; else 0. */
static int named_list(const char *t, const char *lower, size_t n, const char *from, char *out, size_t cap)
{
	const char *at = strrchr(from, '@');
	size_t dl = 0;

	if (!at)
		return 0;
	while (addr_char(at[1 + dl], 1))
		dl++;
	for (size_t p = 0; dl && p + 8 < n; p++) {
		size_t a, b;

		if (memcmp(lower + p, "to the ", 7) != 0)
			continue;
		a = b = p + 7;
		while (b < n && addr_char(t[b], 0))
			b++;
		if (b == a || b + 5 > n || memcmp(lower + b, " list", 5) != 0 ||
		    (b + 5 < n && lower[b + 5] != ' ' && lower[b + 5] != '.' && lower[b + 5] != '\n' &&
		     lower[b + 5] != ','))
			continue;
		if ((b - a) + 1 + dl >= cap)
			return 0;
		memcpy(out, t + a, b - a);
		out[b - a] = '@';
		memcpy(out + (b - a) + 1, at + 1, dl);
		out[(b - a) + 1 + dl] = '\0';
		return 1;
	}
	return 0;
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
		first_addr(m->from, strlen(m->from), addr, sizeof addr, 1) ||
		(m->lower && named_list(t + m->rs, m->lower + m->rs, m->re - m->rs, m->from, addr, sizeof addr));
	if (!found)
		return 0;
	return mf__rcpts_add(out, addr, strlen(addr)) ? 1 : (out->truncated ? 1 : MF_ENOMEM);
}
