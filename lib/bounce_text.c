/*
 * bounce_text.c: bounces written for people (no message/delivery-status
 * part, or one without diagnostics): which format family wrote it (the
 * markers of data/bounce/formats.json), where its explanation sits (after
 * the family's begin marker, before the returned original), which
 * addresses it names as failed recipients, and the lines that say why for
 * each.  Works on any wording: a recipient's diagnostic is the text from
 * where the address is named to where the next one is, and the whole
 * explanation when that span says nothing.  Layouts the generic reading
 * gets wrong have their own small file: Sendmail transcript lines
 * (bounce_sendmail.c), Apache James's "Message details:" block
 * (bounce_james.c), Amazon SES JSON notifications (bounce_amazonses.c), the
 * mailing-list managers' refusals of a post (bounce_lists.c), recipients
 * named twice (Exchange's list, then its administrators' part:
 * bounce_repeat.c).
 * The remote host a diagnostic names ("host mx.example.com [192.0.2.1]")
 * stands for a missing Remote-MTA.
 * Called by explain.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "explain.h"

/* How much of the text is searched for family markers. */
#define DETECT_WINDOW (8 * 1024)

/* memmem, cheaper on a short haystack (a From or Subject): glibc's
 * memmem first builds a table from the needle, which costs more than
 * looking at a few dozen bytes. */
static const char *find(const char *hay, size_t n, const char *needle, size_t k)
{
	const char *p = hay, *end = hay + n;

	if (n >= 128 || k < 2)
		return memmem(hay, n, needle, k);
	while ((size_t)(end - p) >= k && (p = memchr(p, needle[0], (size_t)(end - p) - k + 1))) {
		if (memcmp(p, needle, k) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* Markers are lower case: search the lower-cased copy. */
static int any_marker_lower(const char *lower, size_t n, const char **markers, size_t nm,
			    const struct mf__pairs *pairs)
{
	for (size_t i = 0; i < nm; i++)
		if (mf__pairs_may(pairs, markers[i]) && find(lower, n, markers[i], strlen(markers[i])))
			return 1;
	return 0;
}

/* Where "x-" occurs in the lower-cased header block (every body marker
 * that names a header field starts so): found once per message. */
#define MAX_XDASH 32

struct xdash {
	size_t at[MAX_XDASH];
	size_t n;
	int many;                /* more than MAX_XDASH: search with memmem */
};

static void xdash_find(const char *hlower, size_t n, struct xdash *x)
{
	const char *p = hlower, *end = hlower + n;

	x->n = 0;
	x->many = 0;
	while (p + 1 < end && (p = memchr(p, 'x', (size_t)(end - p) - 1))) {
		if (p[1] == '-') {
			if (x->n == MAX_XDASH) {
				x->many = 1;
				return;
			}
			x->at[x->n++] = (size_t)(p - hlower);
		}
		p++;
	}
}

/* Body markers that name a header field ("x-ses-outgoing") are looked
 * for in the header block too; the others only in the text. */
static int header_marker(const char *hlower, size_t n, const char **markers, size_t nm,
			 const struct xdash *x)
{
	if (!x->many && x->n == 0)
		return 0; /* no "x-" in the header block */
	for (size_t i = 0; i < nm; i++) {
		size_t k;

		if (markers[i][0] != 'x' || markers[i][1] != '-')
			continue;
		k = strlen(markers[i]);
		if (x->many) {
			if (memmem(hlower, n, markers[i], k))
				return 1;
			continue;
		}
		for (size_t j = 0; j < x->n; j++)
			if (n - x->at[j] >= k && memcmp(hlower + x->at[j], markers[i], k) == 0)
				return 1;
	}
	return 0;
}

static const char *lfind(const char *lower, size_t n, const char *needle)
{
	return find(lower, n, needle, strlen(needle));
}

/* Lower-case at most cap - 1 bytes of s into out. */
static size_t lower_copy(char *out, size_t cap, const char *s)
{
	size_t n = 0;

	for (; s[n] && n + 1 < cap; n++)
		out[n] = (char)tolower((unsigned char)s[n]);
	out[n] = '\0';
	return n;
}

const struct mf__format *mf__format_detect(const struct mf__bounce_data *bd,
					   const struct mf__msg *m)
{
	size_t tl = m->text.len < DETECT_WINDOW ? m->text.len : DETECT_WINDOW;
	const char *t = m->lower ? m->lower : "";
	char from[1024], subject[1024];
	size_t fl = lower_copy(from, sizeof from, m->from);
	size_t sl = lower_copy(subject, sizeof subject, m->subject);
	const char *hl = m->hlower ? m->hlower : "";
	struct xdash x;

	xdash_find(hl, m->headers.len, &x);
	for (size_t i = 0; i < bd->n_formats; i++) {
		const struct mf__format *f = &bd->formats[i];

		if (any_marker_lower(from, fl, f->from, f->n_from, NULL) ||
		    any_marker_lower(subject, sl, f->subject, f->n_subject, NULL) ||
		    any_marker_lower(t, tl, f->body, f->n_body, &m->pairs) ||
		    header_marker(hl, m->headers.len, f->body, f->n_body, &x) ||
		    any_marker_lower(t, tl, f->names, f->n_names, &m->pairs) ||
		    header_marker(hl, m->headers.len, f->names, f->n_names, &x))
			return f;
	}
	return NULL;
}

/* Does the message say it is a bounce of format fmt?  (Its sender and
 * its names say only which format it would be: an ESP mails reports and
 * newsletters, a provider's users mail each other, anyone may write
 * "Office 365".) */
int mf__format_evident(const struct mf__format *fmt, const struct mf__msg *m)
{
	size_t tl = m->text.len < DETECT_WINDOW ? m->text.len : DETECT_WINDOW;
	const char *t = m->lower ? m->lower : "";
	char subject[1024];
	size_t sl = lower_copy(subject, sizeof subject, m->subject);
	const char *hl = m->hlower ? m->hlower : "";
	struct xdash x;

	if (!fmt)
		return 0;
	xdash_find(hl, m->headers.len, &x);
	return any_marker_lower(subject, sl, fmt->subject, fmt->n_subject, NULL) ||
	       any_marker_lower(t, tl, fmt->body, fmt->n_body, &m->pairs) ||
	       header_marker(hl, m->headers.len, fmt->body, fmt->n_body, &x) ||
	       any_marker_lower(t, m->text.len, fmt->response, fmt->n_response, &m->pairs);
}

/* Start of the line after position p. */
static size_t next_line(const char *t, size_t len, size_t p)
{
	const char *eol = memchr(t + p, '\n', len - p);

	return eol ? (size_t)(eol - t) + 1 : len;
}

/* Start of the line holding position p. */
static size_t line_start(const char *t, size_t p)
{
	while (p > 0 && t[p - 1] != '\n')
		p--;
	return p;
}

void mf__text_region(const struct mf__bounce_data *bd, const struct mf__format *fmt,
		     const char *text, const char *t, size_t len, const struct mf__pairs *pairs,
		     size_t *start, size_t *end)
/* t is the lower-cased text (markers are lower case), text the original
 * (for line starts). */
{
	size_t s = 0, e = len;

	if (fmt) {
		size_t win = len < DETECT_WINDOW ? len : DETECT_WINDOW;
		/* the earliest begin marker found */
		size_t first = len;
		for (size_t i = 0; i < fmt->n_begin; i++) {
			const char *hit = mf__pairs_may(pairs, fmt->begin[i]) ? lfind(t, win, fmt->begin[i]) : NULL;
			if (hit && (size_t)(hit - t) < first)
				first = (size_t)(hit - t);
		}
		if (first < len)
			s = line_start(text, first);
		for (size_t i = 0; i < fmt->n_end; i++) {
			const char *hit = mf__pairs_may(pairs, fmt->end[i]) ? lfind(t + s, e - s, fmt->end[i]) : NULL;
			if (hit && (size_t)(hit - t) > s)
				e = line_start(text, (size_t)(hit - t));
		}
	}
	for (size_t i = 0; i < bd->n_end_markers; i++) {
		const char *hit = mf__pairs_may(pairs, bd->end_markers[i])
					  ? lfind(t + s, e - s, bd->end_markers[i]) : NULL;
		if (hit && (size_t)(hit - t) > s)
			e = line_start(text, (size_t)(hit - t));
	}
	/* The returned header block in any language ("------ Dies ist eine
	 * Kopie der Kopfzeilen ------" then "Return-Path: <...>"): a
	 * header that starts a line */
	for (size_t i = 0; i < bd->n_end_line_markers; i++) {
		const char *m = bd->end_line_markers[i];
		size_t p = s;
		const char *hit;

		if (!mf__pairs_may(pairs, m))
			continue;
		while (p < e && (hit = lfind(t + p, e - p, m)) != NULL) {
			size_t at = (size_t)(hit - t);
			if (at > s && text[at - 1] == '\n') {
				e = at;
				break;
			}
			p = at + 1;
		}
	}
	*start = s;
	*end = e;
}

static int addr_char(int c)
{
	/* RFC 5322 atext, less '/' and '|': in bounces those are paths and
	 * pipes ("/home/u/.forward", "|/usr/bin/procmail"), not addresses. */
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' ||
	       c == '=' || c == '!' || c == '#' || c == '$' || c == '&' ||
	       c == '\'' || c == '*' || c == '?' || c == '^' || c == '`' || c == '{' ||
	       c == '}' || c == '~';
}

/* Find the next address in [p, end): returns 1 with its span. */
static int next_address(const char *t, size_t p, size_t end, size_t *as, size_t *ae)
{
	while (p < end) {
		const char *at = memchr(t + p, '@', end - p);
		size_t a, s, e, dots = 0;

		if (!at)
			return 0;
		a = (size_t)(at - t);
		s = a;
		while (s > 0 && addr_char((unsigned char)t[s - 1]) && a - s < 64)
			s--;
		while (s < a && (t[s] == '.' || t[s] == '\'' || t[s] == '`' || t[s] == '='))
			s++;
		e = a + 1;
		if (e < end && t[e] == '[') {
			/* an address literal (RFC 5321 4.1.3): printable, no
			 * white space or brackets inside, and closed */
			e++;
			while (e < end && t[e] > ' ' && t[e] < 0x7f && t[e] != '[' && t[e] != ']' &&
			       t[e] != '\\' && e - a < 64)
				e++;
			if (e < end && t[e] == ']' && e > a + 2) {
				e++;
				dots = 3;
			}
		} else {
			while (e < end && (isalnum((unsigned char)t[e]) || t[e] == '-' || t[e] == '.') &&
			       e - a < 255)
				dots += t[e++] == '.';
			while (e > a + 1 && t[e - 1] == '.') {
				e--;
				dots--;
			}
		}
		if (s < a && dots >= 1 && e > a + 3) {
			*as = s;
			*ae = e;
			return 1;
		}
		p = a + 1;
	}
	return 0;
}

/* Does the line starting at ls (before `as`) start, after blanks, with an
 * SMTP reply code and its separator ("550-", "550 ")? */
static int reply_line(const char *t, size_t ls, size_t as)
{
	while (ls < as && (t[ls] == ' ' || t[ls] == '\t'))
		ls++;
	return ls + 4 <= as && (t[ls] == '4' || t[ls] == '5') && isdigit((unsigned char)t[ls + 1]) &&
	       isdigit((unsigned char)t[ls + 2]) && (t[ls + 3] == '-' || t[ls + 3] == ' ');
}

/* Is the address at `as` the first thing on its line (after white space,
 * quotes, brackets or a "To:"-like label)?  Failed recipients are listed
 * that way; addresses inside sentences ("please contact <x>") are not. */
static int leads_line(const char *t, size_t ls, size_t as)
{
	static const char *const labels[] = {"to:", "rcpt to:", "recipient:", "recipients:",
					     "for", "address:", "original-recipient:",
					     "final-recipient:", "rfc822;", "user", "mailbox"};
	size_t i = ls;

	/* "... your mail to <x>", "... for <x>"; not in a line of a remote
	 * server's reply ("550-Verification failed for <x>": Exim quotes
	 * the reply under the recipient it answered) */
	if (as >= ls + 4 && t[as - 1] == '<' && !reply_line(t, ls, as) &&
	    (strncasecmp(t + as - 4, "to <", 4) == 0 ||
	     (as >= ls + 5 && strncasecmp(t + as - 5, "for <", 5) == 0) ||
	     /* a field "Address: <x>" (Zoho), not a sentence "malformed address: <x>" */
	     (as >= ls + 10 && strncmp(t + as - 10, "Address: <", 10) == 0) ||
	     (as >= ls + 12 && strncasecmp(t + as - 12, "recipient: <", 12) == 0) ||
	     (as >= ls + 11 && strncasecmp(t + as - 11, "recipient <", 11) == 0)))
		return 1;
	for (;;) {
		while (i < as && (t[i] == ' ' || t[i] == '\t' || t[i] == '<' || t[i] == '"' ||
				  t[i] == '\'' || t[i] == '[' || t[i] == '(' || t[i] == '*' || t[i] == '-' || t[i] == '>'))
			i++;
		if (i == as)
			return 1;
		{
			int hit = 0;
			unsigned char first = (unsigned char)t[i] | 0x20;

			for (size_t k = 0; k < MF__ARRAY_LEN(labels) && !hit; k++) {
				size_t n = strlen(labels[k]);
				if ((unsigned char)labels[k][0] == first && as - i >= n &&
				    strncasecmp(t + i, labels[k], n) == 0) {
					i += n;
					hit = 1;
				}
			}
			if (!hit)
				return 0;
		}
	}
}

/* The length of the sender's label (formats.json "sender_labels", as
 * Chinese webmails head the sender's line or cell in their views of a
 * bounce) that t starts with, or 0. */
static size_t sender_label_at(const struct mf__bounce_data *bd, const char *t, size_t n)
{
	for (size_t k = 0; k < bd->n_sender_labels; k++) {
		size_t ln = strlen(bd->sender_labels[k]);
		if (n >= ln && memcmp(t, bd->sender_labels[k], ln) == 0)
			return ln;
	}
	return 0;
}

/* A Chinese webmail's sender line ("发件人: ...", "寄件人：..."), copied
 * from its view of a bounce: the sender's address, not a failed
 * recipient.  Not when the line also names the recipient (a table copied
 * onto one line, cells joined by tabs). */
static int zh_sender_line(const struct mf__bounce_data *bd, const char *line, size_t n)
{
	size_t h = sender_label_at(bd, line, n);

	while (h && h < n && (line[h] == ' ' || line[h] == '\t'))
		h++;
	if (!h || !(line[h] == ':' || (n - h >= 3 && memcmp(line + h, "\xef\xbc\x9a", 3) == 0)))
		return 0; /* (a colon, ASCII or full-width, after the word) */
	for (size_t k = 0; k < bd->n_recipient_labels; k++)
		if (memmem(line, n, bd->recipient_labels[k], strlen(bd->recipient_labels[k])))
			return 0;
	return 1;
}

/* Does the address at t[as] follow a Chinese sender label on its line
 * (line start p): "发件人\tx@y", "寄件人：x@y", as in a 退信 table copied
 * onto one line whose 收件人 cell comes later?  Then it is the sender's. */
static int after_zh_sender_label(const struct mf__bounce_data *bd, const char *t, size_t p,
				 size_t as)
{
	size_t i = as;

	for (;;) {
		if (i > p && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == ':' || t[i - 1] == '<'))
			i--;
		else if (i >= p + 3 && memcmp(t + i - 3, "\xef\xbc\x9a", 3) == 0)
			i -= 3; /* a full-width colon */
		else
			break;
	}
	for (size_t k = 0; k < bd->n_sender_labels; k++) {
		size_t n = strlen(bd->sender_labels[k]);
		if (i >= p + n && memcmp(t + i - n, bd->sender_labels[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Does a sender phrase (formats.json "sender_phrases") stand right
 * before the address at [as, ae) of the line [p, le) ("Domain of sender
 * address x@y does not resolve", after blanks, a colon or '<') or right
 * after it ("<x@y>: Sender address rejected")?  Then the reply names
 * the envelope sender, not a failed recipient.  lower: the lower-cased
 * text, at the same offsets. */
static int sender_phrase_around(const struct mf__bounce_data *bd, const char *lower, size_t p,
				size_t le, size_t as, size_t ae)
{
	size_t b = as, f = ae;

	while (b > p && (lower[b - 1] == ' ' || lower[b - 1] == '\t' || lower[b - 1] == ':' ||
			 lower[b - 1] == '<'))
		b--;
	while (f < le && (lower[f] == ' ' || lower[f] == '\t' || lower[f] == ':' || lower[f] == '>'))
		f++;
	for (size_t k = 0; k < bd->n_sender_phrases; k++) {
		const char *w = bd->sender_phrases[k];
		size_t n = strlen(w);

		if (b >= p + n && memcmp(lower + b - n, w, n) == 0 &&
		    (b == p + n || !isalnum((unsigned char)lower[b - n - 1])))
			return 1;
		if (f > ae && le - f >= n && memcmp(lower + f, w, n) == 0 &&
		    (le - f == n || !isalnum((unsigned char)lower[f + n])))
			return 1;
	}
	return 0;
}

/* Lines naming addresses that are not failed recipients. */
static int skip_line(const struct mf__bounce_data *bd, const char *line, size_t n)
{
	static const char *const heads[] = {
		"from:", "reply-to:", "return-path:", "sender:", "message-id:", "received:",
		"in-reply-to:", "references:", "x-", "envelope-from", "dkim-", "list-",
		"errors-to:", "subject:", "mail from:", ">>> mail from", "date:",
		"reporting-mta:", "received-from-mta:", "x-postfix-sender:", "arrival-date:",
		"authentication-results", "return-receipt",
	};
	size_t i = 0;

	unsigned char first;

	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (i == n)
		return 0;
	/* Most lines start with none of the heads' first letters: one
	 * comparison instead of 23 (this runs for every line of a text). */
	first = (unsigned char)line[i] | 0x20;
	for (size_t k = 0; k < MF__ARRAY_LEN(heads); k++)
		if ((unsigned char)heads[k][0] == first && n - i >= strlen(heads[k]) &&
		    strncasecmp(line + i, heads[k], strlen(heads[k])) == 0)
			return 1;
	return first >= 0xe0 && zh_sender_line(bd, line + i, n - i);
}

static int same_addr(const char *a, size_t an, const char *b)
{
	/* (a shorter b differs at its NUL: no strlen over every pair) */
	return strncasecmp(a, b, an) == 0 && b[an] == '\0';
}

/* Has the text a capital right after a lower-case letter, where a
 * glued word would start (glued_around)?  Few addresses do. */
static int has_glue(const char *s, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (islower((unsigned char)s[i - 1]) && isupper((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Is address b (NUL-terminated) inside the longer a[0, an), glued to
 * the next word where copying lost a line break ("...outlook.com" +
 * "orders@example.com" + "Remote Server returned" read as one
 * address)?  The glue shows as a capital right after the domain's last
 * lower-case letter ("comRemote"): a longer real domain goes on with a
 * dot ("example.com.au") or in the same case ("example.community"). */
static int glued_around(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);

	for (size_t k = 0; bn > 2 && k + bn < an; k++)
		if (strncasecmp(a + k, b, bn) == 0 && islower((unsigned char)a[k + bn - 1]) &&
		    isupper((unsigned char)a[k + bn]))
			return 1;
	return 0;
}

/* The bare address inside a header value ("Name <a@b>" -> a@b). */
static void header_addr(const char *v, char *out, size_t cap)
{
	size_t as, ae, n = strlen(v);

	out[0] = '\0';
	if (next_address(v, 0, n, &as, &ae) && ae - as < cap) {
		memcpy(out, v + as, ae - as);
		out[ae - as] = '\0';
	}
}

/* Is the address a mail system's own (formats.json "system_addresses")? */
static int system_local(const struct mf__bounce_data *bd, const char *a, size_t an)
{
	for (size_t k = 0; k < bd->n_system_addresses; k++) {
		size_t n = strlen(bd->system_addresses[k]);
		if (an > n && strncasecmp(a, bd->system_addresses[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Append text to a diagnostic, white space runs as one space. */
void mf__diag_append(struct mf__buf *b, const char *s, size_t n)
{
	/* room for what may still be added (one byte stays for the NUL),
	 * made once: not one append per byte */
	size_t lim = b->failed || b->len + 1 >= b->max ? 0 : b->max - 1 - b->len, k = 0;
	char *d, last;

	if (lim > n)
		lim = n;
	if (!lim || !(d = mf__buf_space(b, lim)))
		return;
	last = b->len ? b->data[b->len - 1] : ' ';
	for (size_t i = 0; i < n && k < lim; i++) {
		char c = s[i];
		if (c == '\r' || c == '\n' || c == '\t')
			c = ' ';
		if (c == ' ' && last == ' ')
			continue;
		d[k++] = c;
		last = c;
	}
	/* cut at the ceiling: never in the middle of a character */
	k = mf__utf8_whole(d, k);
	b->len += k;
	b->data[b->len] = '\0';
}

/* Does a span say something beyond the addresses in it: six letters or
 * more in its words that are not addresses?  (Known at the end of the
 * word that reaches six: the rest of a long span is not read.) */
static int says_something(const char *t, size_t s, size_t e)
{
	size_t letters = 0, word = 0;
	int address = 0;

	/* letters of the words that are not addresses (a word with '@') */
	for (size_t i = s; i <= e; i++) {
		unsigned char c = i < e ? (unsigned char)t[i] : ' ';
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '<' || c == '>') {
			if (!address && (letters += word) >= 6)
				return 1;
			word = 0;
			address = 0;
		} else if (c == '@') {
			address = 1;
		} else {
			word += isalpha(c) || c >= 0x80;
		}
	}
	return letters >= 6;
}

/* Whether the text at p (up to e) starts, after blanks, with a failure
 * reply code (4xx or 5xx). */
static int failure_reply_at(const char *lower, size_t p, size_t e)
{
	while (p < e && lower[p] == ' ')
		p++;
	return p + 3 <= e && (lower[p] == '4' || lower[p] == '5') && isdigit((unsigned char)lower[p + 1]) &&
	       isdigit((unsigned char)lower[p + 2]) && (p + 3 == e || !isdigit((unsigned char)lower[p + 3]));
}

/* A format that quotes the server apart from its own sentences (Gmail:
 * "There was a temporary problem delivering your message to x ... The
 * response was: <the server's words>"): the recipient's words start
 * after the marker, when [ds, de) holds one.  A marker that repeats
 * before each of the server's lines (a session transcript: MDaemon's
 * "<-- 220 ...", "<-- 250 ...", "<-- 550 ...") starts the words at its
 * last occurrence followed by a failure reply, as the greeting and the
 * accepted commands before it are not the failure. */
static size_t server_words(const struct mf__format *fmt, const char *lower, size_t ds,
			   size_t de)
{
	size_t best = ds;

	for (size_t i = 0; fmt && i < fmt->n_response; i++) {
		size_t k = strlen(fmt->response[i]), at, failed = 0;
		const char *hit = lfind(lower + ds, de - ds, fmt->response[i]);

		if (!hit)
			continue;
		at = (size_t)(hit - lower) + k;
		for (const char *h = hit; h; ) {
			size_t w = (size_t)(h - lower) + k;

			if (w < de && failure_reply_at(lower, w, de))
				failed = w;
			h = w < de ? lfind(lower + w, de - w, fmt->response[i]) : NULL;
		}
		if (failed)
			at = failed;
		if (at < de && at > best)
			best = at;
	}
	return best;
}

int mf__text_bounces(const struct mf__bounce_data *bd, const struct mf__format *fmt,
		     const struct mf__msg *m, struct mf__rcpts *out)
{
	const char *t = m->text.data ? m->text.data : "";
	size_t s, e, p;
	char from[320], to[320];
	size_t starts[MF__EXPLAIN_MAX_RCPT];
	size_t first = out->n;
	int pass;
	int glued, any_glued = 0;      /* the address (some address read) has a glue point */
	char cand[sizeof out->v[0].recipient];

	s = m->rs;
	e = m->re;
	header_addr(m->from, from, sizeof from);
	header_addr(m->to, to, sizeof to);
	/* a list manager's refusal of a post: the list's address */
	if ((pass = mf__bounce_list(fmt, m, out)) != 0) {
		if (pass > 0)
			mf__text_fill_diagnostics(bd, fmt, m, out);
		return pass < 0 ? pass : 0;
	}
	if (mf__bounce_sendmail(t + s, e - s, out))
		return 0;
	/* James's envelope copy follows the explanation (an end marker) */
	if (mf__pairs_may(&m->pairs, "message details:") && m->lower &&
	    (pass = mf__bounce_james(t + s, m->lower + s, m->text.len - s, out)) != 0)
		return pass < 0 ? pass : 0;
	/* First pass: addresses that lead their line; when there are none,
	 * any address of the explanation; then system addresses too. */
	for (pass = 0; pass < 3 && out->n == first; pass++)
	for (p = s; p < e;) {
		size_t le = next_line(t, e, p), as, ae, q = p;

		if (skip_line(bd, t + p, le - p)) {
			p = le;
			continue;
		}
		while (next_address(t, q, le, &as, &ae)) {
			int dup = 0;
			struct mf__rcpt *r;

			q = ae;
			if (pass != 1 && !leads_line(t, p, as))
				continue;
			/* qmail: "<address>:" alone names a recipient */
			if (pass == 0 && fmt && fmt->rcpt_bracket_colon &&
			    !(as > p && t[as - 1] == '<' && ae + 1 < le && t[ae] == '>' && t[ae + 1] == ':'))
				continue;
			/* "for <x>; date": a Received header of the original */
			if (ae + 1 < le && t[ae] == '>' && t[ae + 1] == ';')
				continue;
			if ((unsigned char)t[p] >= 0xe0 && after_zh_sender_label(bd, t, p, as))
				continue;
			if (pass < 2 && m->lower && sender_phrase_around(bd, m->lower, p, le, as, ae))
				continue;
			/* The last pass lets a postmaster@ or the report's own To:
			 * address be the recipient (it may be, when it is all the
			 * report names). */
			if (same_addr(t + as, ae - as, from) ||
			    (pass < 2 && (same_addr(t + as, ae - as, to) ||
					  system_local(bd, t + as, ae - as))))
				continue;
			glued = has_glue(t + as, ae - as);
			for (size_t i = first; i < out->n && !dup; i++)
				dup = same_addr(t + as, ae - as, out->v[i].recipient) ||
				      (glued && glued_around(t + as, ae - as, out->v[i].recipient));
			/* a recipient read before with the next word glued on
			 * is this one */
			if (!dup && any_glued && as < ae && ae - as < sizeof cand) {
				memcpy(cand, t + as, ae - as);
				cand[ae - as] = '\0';
				for (size_t i = first; i < out->n && !dup; i++) {
					char *known = out->v[i].recipient;

					if (glued_around(known, strlen(known), cand)) {
						memcpy(known, cand, ae - as + 1);
						dup = 1;
					}
				}
			}
			if (dup)
				continue;
			any_glued |= glued;
			r = mf__rcpts_add(out, t + as, ae - as);
			if (!r && !out->truncated)
				return MF_ENOMEM;
			if (!r)
				goto listed; /* the ceiling: the first ones are explained */
			starts[out->n - 1 - first] = p;
		}
		p = le;
	}
listed:
	/* recipients named again further down (Exchange's NDR): their spans */
	if ((pass = mf__bounce_repeat(t, m->lower, s, e, out, first)) != 0)
		return pass < 0 ? pass : 0;
	for (size_t i = first; i < out->n; i++) {
		size_t ds = starts[i - first];
		size_t de = i + 1 < out->n ? starts[i + 1 - first] : e;

		if (!says_something(t, ds, de)) {
			ds = s;
			de = e;
		}
		if (says_something(t, server_words(fmt, m->lower, ds, de), de))
			ds = server_words(fmt, m->lower, ds, de);
		if (de - ds > MF__EXPLAIN_MAX_DIAG)
			de = ds + MF__EXPLAIN_MAX_DIAG;
		mf__diag_append(&out->v[i].diag, t + ds, de - ds);
	}
	return 0;
}

/* Is the diagnostic only a program's exit code ("X-Unix; 71", "1")? */
static int bare_exit_code(const struct mf__rcpt *r)
{
	const char *d = r->diag.data;
	size_t n = r->diag.len, i = mf__diag_words(r);

	while (i < n && d[i] == ' ')
		i++;
	if (i == n)
		return 0;
	while (i < n && d[i] >= '0' && d[i] <= '9')
		i++;
	while (i < n && d[i] == ' ')
		i++;
	return i == n;
}

void mf__text_fill_diagnostics(const struct mf__bounce_data *bd,
			       const struct mf__format *fmt, const struct mf__msg *m,
			       struct mf__rcpts *rc)
{
	const char *t = m->text.data ? m->text.data : "";
	size_t s, e, *at;

	s = m->rs;
	e = m->re;
	at = calloc(rc->n + 1, sizeof *at);
	if (!at)
		return;
	/* Where each recipient is first named (line start), or e. */
	for (size_t i = 0; i < rc->n; i++) {
		char la[sizeof rc->v[i].recipient];
		const char *hit;
		size_t k;

		for (k = 0; rc->v[i].recipient[k]; k++)
			la[k] = (char)tolower((unsigned char)rc->v[i].recipient[k]);
		la[k] = '\0';
		hit = k ? lfind(m->lower + s, e - s, la) : NULL;
		at[i] = hit ? line_start(t, (size_t)(hit - m->lower)) : e;
	}
	for (size_t i = 0; i < rc->n; i++) {
		struct mf__rcpt *r = &rc->v[i];
		size_t ds = at[i], de = e;

		if (r->diag.len && bare_exit_code(r) && at[i] < e &&
		    mf__sendmail_rcpt_line(t + at[i], e - at[i], r->recipient, &ds, &de)) {
			/* "X-Unix; 1": the transcript's line says what failed */
			r->diag.len = 0;
			mf__diag_append(&r->diag, t + at[i] + ds, de - ds);
			continue;
		}
		if (r->diag.len)
			continue;
		/* up to where another recipient is named */
		for (size_t j = 0; j < rc->n; j++)
			if (at[j] > ds && at[j] < de)
				de = at[j];
		if (ds >= e) {
			/* not named in the text: the whole explanation */
			ds = s;
			de = e;
		} else if (!says_something(t, ds, de < ds + 600 ? de : ds + 600)) {
			/* named alone, with no words of its own: the report's
			 * own fields (Status) say what happened */
			continue;
		}
		if (says_something(t, server_words(fmt, m->lower, ds, de), de))
			ds = server_words(fmt, m->lower, ds, de);
		if (de - ds > MF__EXPLAIN_MAX_DIAG)
			de = ds + MF__EXPLAIN_MAX_DIAG;
		mf__diag_append(&r->diag, t + ds, de - ds);
	}
	free(at);
}

void mf__text_remote_mta(struct mf__rcpt *r)
{
	const char *d = r->diag.data;
	size_t n = r->diag.len;

	if (r->remote_mta[0] || !d)
		return;
	for (size_t i = 0; i + 5 < n; i++) {
		size_t s = i + 5, e = s, k;

		if ((d[i] | 0x20) != 'h' || d[i + 4] != ' ' ||
		    (i > 0 && d[i - 1] != ' ' && d[i - 1] != '\n' && d[i - 1] != '\t') ||
		    strncasecmp(d + i, "host ", 5) != 0)
			continue;
		while (e < n && (isalnum((unsigned char)d[e]) || d[e] == '.' || d[e] == '-'))
			e++;
		k = e < n && d[e] == ' ' ? e + 1 : e;
		if (e > s && k < n && d[k] == '[' && memchr(d + s, '.', e - s) &&
		    e - s < sizeof r->remote_mta) {
			memcpy(r->remote_mta, d + s, e - s);
			r->remote_mta[e - s] = '\0';
			return;
		}
	}
}
