/*
 * dsn.c: RFC 3464 delivery status notifications: the per-recipient
 * fields (2.3: Final-Recipient, Original-Recipient, Action, Status,
 * Remote-MTA, Diagnostic-Code, Last-Attempt-Date) of one or more
 * message/delivery-status bodies, or of DSN-looking lines quoted in a
 * plain text.  Folded fields (RFC 5322 2.2.3) are unfolded.  Real DSNs
 * break the grammar often (no blank line between recipients, the
 * per-message fields repeated, "X-Actual-Recipient", diagnostic lines
 * wrapped without indentation), so a new recipient starts at any
 * recipient field once the current one has its own, and a line without
 * a field name that follows Diagnostic-Code continues it.
 * Called by explain.c and bounce_text.c.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "explain.h"

struct mf__rcpt *mf__rcpts_add(struct mf__rcpts *r, const char *addr, size_t len)
{
	struct mf__rcpt *x;

	if (r->n == MF__EXPLAIN_MAX_RCPT) {
		r->truncated = 1;
		return NULL;
	}
	if (r->n == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 4;
		struct mf__rcpt *nv = realloc(r->v, nc * sizeof *nv);
		if (!nv)
			return NULL;
		r->v = nv;
		r->cap = nc;
	}
	x = &r->v[r->n++];
	memset(x, 0, sizeof *x);
	mf__buf_init(&x->diag, MF__EXPLAIN_MAX_DIAG);
	mf__utf8_copy(x->recipient, sizeof x->recipient, addr, len);
	return x;
}

void mf__rcpts_clear(struct mf__rcpts *r)
{
	for (size_t i = 0; i < r->n; i++)
		mf__buf_free(&r->v[i].diag);
	r->n = 0;
	r->truncated = 0;
}

void mf__rcpts_free(struct mf__rcpts *r)
{
	for (size_t i = 0; i < r->n; i++)
		mf__buf_free(&r->v[i].diag);
	free(r->v);
	memset(r, 0, sizeof *r);
}

static int field_is(const char *line, size_t n, const char *name, size_t *vstart)
{
	size_t k = strlen(name);

	if (n < k || strncasecmp(line, name, k) != 0)
		return 0;
	*vstart = k;
	while (*vstart < n && (line[*vstart] == ' ' || line[*vstart] == '\t'))
		(*vstart)++;
	return 1;
}

/* "rfc822; user@example.org" -> "user@example.org" (angle brackets and
 * the address-type dropped, RFC 3464 2.3.2). */
static void address_value(const char *v, size_t n, const char **a, size_t *an)
{
	const char *semi = memchr(v, ';', n);

	if (semi) {
		n -= (size_t)(semi + 1 - v);
		v = semi + 1;
	}
	while (n && (*v == ' ' || *v == '<' || *v == '\t')) {
		v++;
		n--;
	}
	/* The domain holds no white space: what follows it is not the
	 * address ("user@example.org (Name)", or a damaged report's next
	 * field run into this one: "user@example.org Action: failed").  A
	 * pipe or a file ("|/usr/bin/prog user@example.org /home/u") is
	 * kept whole. */
	if (n && *v != '|' && *v != '/') {
		const char *at = memchr(v, '@', n);
		for (size_t k = at ? (size_t)(at - v) : n; k < n; k++)
			if (v[k] == ' ' || v[k] == '\t') {
				n = k;
				break;
			}
	}
	while (n && (v[n - 1] == ' ' || v[n - 1] == '>' || v[n - 1] == '\r' || v[n - 1] == '\t'))
		n--;
	*a = v;
	*an = n;
}

static void copy_field(char *dst, size_t cap, const char *v, size_t n)
{
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\r' || v[n - 1] == '\t'))
		n--;
	mf__utf8_copy(dst, cap, v, n);
}

/* Lower-case an ASCII string in place. */
static void lower(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
}

static int dsn_fields(const char *t, size_t len, struct mf__rcpts *out);

/* The first Reporting-MTA field's host name into buf ("" when none). */
static void reporting_mta(const char *t, size_t len, char *buf, size_t cap)
{
	const char *p = t, *end = t + len;

	buf[0] = '\0';
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((eol ? eol : end) - p), vs;

		if (field_is(p, n, "reporting-mta:", &vs)) {
			const char *a;
			size_t an;

			address_value(p + vs, n - vs, &a, &an);
			copy_field(buf, cap, a, an);
			return;
		}
		p = eol ? eol + 1 : end;
	}
}

int mf__dsn_parse(const char *t, size_t len, struct mf__rcpts *out)
{
	size_t first = out->n;
	int rc = dsn_fields(t, len, out);
	char reporting[sizeof out->v[0].reporting_mta];

	reporting_mta(t, len, reporting, sizeof reporting);
	for (size_t i = first; !rc && i < out->n; i++) {
		if (out->v[i].diag.len == 0 && out->v[i].status_comment[0])
			mf__buf_puts(&out->v[i].diag, out->v[i].status_comment);
		memcpy(out->v[i].reporting_mta, reporting, sizeof reporting);
	}
	return rc;
}

static int dsn_fields(const char *t, size_t len, struct mf__rcpts *out)
{
	const char *p = t, *end = t + len;
	struct mf__rcpt *cur = NULL;
	int has_final = 0, has_orig = 0, in_diag = 0, was_diag = 0, has_status = 0;
	char remote[256] = "";

	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((eol ? eol : end) - p), vs;
		const char *line = p;

		p = eol ? eol + 1 : end;
		while (n && line[n - 1] == '\r')
			n--;
		was_diag = in_diag;
		if (n == 0) {
			in_diag = 0;
			continue;
		}
		if (line[0] == ' ' || line[0] == '\t') {
			if (in_diag && cur) {
				size_t k = 0;
				while (k < n && (line[k] == ' ' || line[k] == '\t'))
					k++;
				mf__buf_append(&cur->diag, " ", 1);
				mf__buf_append(&cur->diag, line + k, n - k);
			}
			continue;
		}
		if (field_is(line, n, "final-recipient:", &vs) ||
		    field_is(line, n, "original-recipient:", &vs) ||
		    field_is(line, n, "x-actual-recipient:", &vs)) {
			const char *a;
			size_t an;
			int is_final = line[0] == 'f' || line[0] == 'F';
			int is_orig = line[0] == 'o' || line[0] == 'O';

			in_diag = 0;
			address_value(line + vs, n - vs, &a, &an);
			if (an == 0 || !memchr(a, '@', an)) {
				/* "rfc822; <>" or a bare local part: keep what is there */
				if (an == 0)
					continue;
			}
			if (line[0] == 'x' || line[0] == 'X') {
				if (cur && !has_final)
					copy_field(cur->recipient, sizeof cur->recipient, a, an);
				continue;
			}
			/* A new recipient starts unless this is the current one's
			 * other recipient field. */
			if (!cur || (is_final && has_final) || (is_orig && (has_orig || (has_status && has_final)))) {
				cur = mf__rcpts_add(out, a, an);
				if (!cur)
					return out->truncated ? 0 : MF_ENOMEM;
				has_final = 0;
				has_orig = 0;
				has_status = 0;
				if (remote[0])
					memcpy(cur->remote_mta, remote, sizeof remote);
			}
			if (is_final) {
				copy_field(cur->recipient, sizeof cur->recipient, a, an);
				has_final = 1;
			}
			has_orig |= is_orig;
			continue;
		}
		in_diag = 0;
		if (!cur && (field_is(line, n, "action:", &vs) || field_is(line, n, "status:", &vs) ||
			     field_is(line, n, "diagnostic-code:", &vs))) {
			/* Per-recipient fields before the recipient's name: the
			 * Final-Recipient that follows fills it in. */
			cur = mf__rcpts_add(out, "", 0);
			if (!cur)
				return out->truncated ? 0 : MF_ENOMEM;
			has_final = has_orig = has_status = 0;
		}
		if (!cur) {
			/* per-message fields worth keeping */
			if (field_is(line, n, "remote-mta:", &vs)) {
				const char *a;
				size_t an;
				address_value(line + vs, n - vs, &a, &an);
				copy_field(remote, sizeof remote, a, an);
			}
			continue;
		}
		if (field_is(line, n, "action:", &vs)) {
			copy_field(cur->action, sizeof cur->action, line + vs, n - vs);
			lower(cur->action);
		} else if (field_is(line, n, "status:", &vs)) {
			size_t k = vs;
			while (k < n && ((line[k] >= '0' && line[k] <= '9') || line[k] == '.'))
				k++;
			copy_field(cur->status, sizeof cur->status, line + vs, k - vs);
			has_status = 1;
			/* A comment after the code (RFC 3464 2.3.4 allows one)
			 * often says what happened when no Diagnostic-Code does. */
			while (k < n && line[k] == ' ')
				k++;
			if (k < n && line[k] == '(' && line[n - 1] == ')' &&
			    !(n - k - 2 < 24 && (memchr(line + k, ':', n - k) == NULL)))
				copy_field(cur->status_comment, sizeof cur->status_comment,
					   line + k + 1, n - k - 2);
		} else if (field_is(line, n, "remote-mta:", &vs)) {
			const char *a;
			size_t an;
			address_value(line + vs, n - vs, &a, &an);
			copy_field(cur->remote_mta, sizeof cur->remote_mta, a, an);
		} else if (field_is(line, n, "x-powermta-bouncecategory:", &vs)) {
			copy_field(cur->category, sizeof cur->category, line + vs, n - vs);
			lower(cur->category);
		} else if (field_is(line, n, "diagnostic-code:", &vs)) {
			const char *v = line + vs;
			size_t vn = n - vs;
			const char *semi = memchr(v, ';', vn);

			/* "smtp; 550 ..." : drop the diagnostic type (RFC 3464
			 * 2.3.6) when it is SMTP; "X-Unix; 71" (a local program's
			 * exit code) keeps it: it says who failed. */
			if (!cur->diag.len && vn >= 6 && strncasecmp(v, "x-unix", 6) == 0)
				cur->x_unix = 1;
			if (semi && semi - v < 12 && strncasecmp(v, "x-unix", 6) != 0) {
				vn -= (size_t)(semi + 1 - v);
				v = semi + 1;
				while (vn && *v == ' ') {
					v++;
					vn--;
				}
			}
			if (cur->diag.len)
				mf__buf_append(&cur->diag, " ", 1);
			mf__buf_append(&cur->diag, v, vn);
			in_diag = 1;
		} else if (was_diag && cur->diag.len && !memchr(line, ':', n < 40 ? n : 40)) {
			/* A wrapped diagnostic line without indentation. */
			mf__buf_append(&cur->diag, " ", 1);
			mf__buf_append(&cur->diag, line, n);
			in_diag = 1;
		}
	}
	return 0;
}
