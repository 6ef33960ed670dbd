/*
 * probe_redact.c: keep the password out of what `probe` reports.  A
 * server may echo the login in its refusal ("NO bad user secret"), in the
 * form the client sent it: the password itself (POP3's PASS, IMAP's
 * LOGIN, where it may be quoted with \" and \\ escaped, RFC 3501 4.3) or
 * base64 (SASL LOGIN is base64 of the password, SASL PLAIN base64 of
 * "authzid NUL authcid NUL password", RFC 4616; any other base64 carrying
 * it likewise).  Every line of the server's and libcurl's words passes
 * through mf__redact_copy before it is kept, and every occurrence of one
 * of those forms becomes "********".
 *
 * The base64 forms: the password starts at some byte offset of what was
 * encoded, and only its offset modulo 3 matters to how it is encoded; for
 * each of the three, the characters that depend on the password's bytes
 * alone (its "core": the encoding of the same bytes after any prefix of
 * that length) are one form.  So base64 of any message holding the
 * password, padded or not, shows the core of one of the three, and is
 * masked (cores shorter than MIN_CORE characters are left out: they
 * would mask common words; the whole padded encoding stays).  The plain forms are matched ignoring ASCII case, the base64
 * ones exactly.
 */
#include <stdlib.h>
#include <string.h>

#include "probe.h"

#define MASK "********"
#define MIN_CORE 6 /* shorter base64 cores: too many false hits */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int add(struct mf__secrets *s, char *form, int fold)
{
	size_t n = form ? strlen(form) : 0;

	if (!form)
		return MF_ENOMEM;
	for (size_t i = 0; i < s->n; i++)
		if (s->len[i] == n && strcmp(s->form[i], form) == 0) {
			explicit_bzero(form, n);
			free(form);
			return 0;  /* already held */
		}
	if (n == 0 || s->n == MF__N_SECRET_FORMS) {
		free(form);
		return 0;
	}
	s->form[s->n] = form;
	s->len[s->n] = n;
	s->fold[s->n] = fold;
	s->n++;
	return 0;
}

/* The base64 characters that only the password's bytes decide when it
 * follows `shift` bytes (0..2) of anything; NULL when out of memory. */
static char *b64_core(const char *pw, size_t n, size_t shift)
{
	size_t bits = 8 * (shift + n), first = (8 * shift + 5) / 6, last = bits / 6; /* [first, last) */
	char *out = malloc(last > first ? last - first + 1 : 1);
	size_t k = 0;

	if (!out)
		return NULL;
	for (size_t c = first; c < last; c++) {
		unsigned v = 0;
		for (size_t b = 6 * c; b < 6 * c + 6; b++) {
			size_t byte = b / 8;
			unsigned char x = byte < shift ? 0 : (unsigned char)pw[byte - shift];
			v = (v << 1) | ((x >> (7 - b % 8)) & 1u);
		}
		out[k++] = b64[v];
	}
	out[k] = '\0';
	if (k < MIN_CORE) {
		explicit_bzero(out, k);
		out[0] = '\0';
	}
	return out;
}

/* Standard base64 of the password alone, padded (SASL LOGIN's form). */
static char *b64_full(const char *pw, size_t n)
{
	char *out = malloc(4 * ((n + 2) / 3) + 1);
	size_t k = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)(unsigned char)pw[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)(unsigned char)pw[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)pw[i + 2];
		out[k++] = b64[v >> 18 & 63];
		out[k++] = b64[v >> 12 & 63];
		out[k++] = i + 1 < n ? b64[v >> 6 & 63] : '=';
		out[k++] = i + 2 < n ? b64[v & 63] : '=';
	}
	out[k] = '\0';
	return out;
}

/* The password as an IMAP quoted string's contents (\ and " escaped). */
static char *imap_quoted(const char *pw, size_t n)
{
	char *out = malloc(2 * n + 1);
	size_t k = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (pw[i] == '\\' || pw[i] == '"')
			out[k++] = '\\';
		out[k++] = pw[i];
	}
	out[k] = '\0';
	return out;
}

int mf__secrets_init(struct mf__secrets *s, const char *password)
{
	size_t n = password ? strlen(password) : 0;
	int rc = 0;

	memset(s, 0, sizeof *s);
	if (n == 0)
		return 0;
	rc = add(s, strdup(password), 1);
	if (!rc)
		rc = add(s, imap_quoted(password, n), 1);
	if (!rc)
		rc = add(s, b64_full(password, n), 0);
	for (size_t shift = 0; shift < 3 && !rc; shift++)
		rc = add(s, b64_core(password, n, shift), 0);
	/* longest first: a longer form is masked whole, not a part of it */
	for (size_t i = 1; i < s->n; i++)
		for (size_t j = i; j > 0 && s->len[j] > s->len[j - 1]; j--) {
			char *f = s->form[j];
			size_t l = s->len[j];
			int fo = s->fold[j];
			s->form[j] = s->form[j - 1], s->len[j] = s->len[j - 1], s->fold[j] = s->fold[j - 1];
			s->form[j - 1] = f, s->len[j - 1] = l, s->fold[j - 1] = fo;
		}
	if (rc)
		mf__secrets_free(s);
	return rc;
}

void mf__secrets_free(struct mf__secrets *s)
{
	for (size_t i = 0; i < s->n; i++) {
		explicit_bzero(s->form[i], s->len[i]);
		free(s->form[i]);
	}
	memset(s, 0, sizeof *s);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The length of the form that starts at src[i] (of n), or 0. */
static size_t match_at(const struct mf__secrets *s, const char *src, size_t n, size_t i)
{
	for (size_t f = 0; f < s->n; f++) {
		size_t len = s->len[f], k = 0;
		const char *form = s->form[f];

		if (len > n - i)
			continue;
		if (s->fold[f])
			while (k < len && lower((unsigned char)src[i + k]) == lower((unsigned char)form[k]))
				k++;
		else
			while (k < len && src[i + k] == form[k])
				k++;
		if (k == len)
			return len;
	}
	return 0;
}

size_t mf__redact_copy(char *dst, size_t dstsz, const char *src, size_t n,
		       const struct mf__secrets *s)
{
	size_t k = 0;

	if (dstsz == 0)
		return 0;
	/* the whole source is scanned, so a password that the bound would
	 * cut is masked, never left in part */
	for (size_t i = 0; i < n && k + 1 < dstsz;) {
		size_t len = s ? match_at(s, src, n, i) : 0;

		if (len) {
			for (const char *m = MASK; *m && k + 1 < dstsz; m++)
				dst[k++] = *m;
			i += len;
		} else {
			dst[k++] = src[i++];
		}
	}
	dst[k] = '\0';
	return k;
}

void mf__redact(char *str, size_t size, const struct mf__secrets *s)
{
	char tmp[1024];
	size_t n = strnlen(str, size);

	if (!s || !s->n || n == 0)
		return;
	if (n >= sizeof tmp)
		n = sizeof tmp - 1;
	memcpy(tmp, str, n);
	mf__redact_copy(str, size, tmp, n, s);
	explicit_bzero(tmp, sizeof tmp);
}
