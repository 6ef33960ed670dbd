/*
 * test_msg_parse.c: explain splits the top-level header fields itself
 * (RFC 5322 2.2) and decodes a single text part without a GMime tree;
 * GMime reads the whole message otherwise.  Both readings must give the
 * same struct mf__msg: every corpus email, each cut at many points, with
 * CRLF line ends, and hand-written header blocks (folding, encoded words,
 * Content-* fields, odd lines) are read both ways and compared field by
 * field.  Each reading's lower-cased copies (lower, hlower, made eight
 * bytes at a time) and its byte-pair table are checked against a
 * byte-by-byte reference, also on texts holding every ASCII byte at every
 * alignment.  A third reading goes into one struct reused for every
 * message (mf__msg_parse_again, what mf_explain_ws keeps): it must equal
 * the fresh reading, so nothing of one message leaks into the next.
 * Usage: test_msg_parse CORPUS_EMAILS_DIR
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"

static int fails, checked;
/* the struct every message is read into again */
static struct mf__msg reused;

static int same_buf(const struct mf__buf *a, const struct mf__buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* The byte-by-byte reference of mf__msg's lower, pairs and hlower.
 * Every pair of the text must be marked; with `full`, also no other of
 * the 65,536 (a pair left from an earlier message), which is slow under
 * the sanitizers: done for one reading in eight. */
static const char *lowered_wrong(const struct mf__msg *m, int full)
{
	static uint64_t pairs[MF__PAIRS_N / 64];

	memset(pairs, 0, sizeof pairs);
	for (size_t i = 0; i < m->text.len; i++) {
		unsigned char c = (unsigned char)m->text.data[i];

		c = c == '\n' || c == '\r' || c == '\t' ? ' ' : c >= 'A' && c <= 'Z' ? c + 32 : c;
		if ((unsigned char)m->lower[i] != c)
			return "lower";
		/* the pair of this byte and the one before it */
		if (i > 0) {
			unsigned char two[2] = {(unsigned char)m->lower[i - 1], c};
			uint16_t v;

			memcpy(&v, two, 2);
			pairs[v / 64] |= (uint64_t)1 << (v % 64);
			if (!mf__pairs_has(&m->pairs, v))
				return "pairs";
		}
	}
	if (m->lower[m->text.len] != '\0')
		return "lower's end";
	for (unsigned v = 0; full && v < MF__PAIRS_N; v++)
		if (!(pairs[v / 64] >> (v % 64) & 1) != !mf__pairs_has(&m->pairs, (uint16_t)v))
			return "pairs";
	for (size_t i = 0; i < m->headers.len; i++) {
		unsigned char c = (unsigned char)m->headers.data[i];

		if ((unsigned char)m->hlower[i] != (c >= 'A' && c <= 'Z' ? c + 32 : c))
			return "hlower";
	}
	return m->hlower[m->headers.len] == '\0' ? NULL : "hlower's end";
}

/* Do two readings differ?  NULL when not, else what differs. */
static const char *differ(const struct mf__msg *a, const struct mf__msg *b)
{
	if (!same_buf(&a->headers, &b->headers))
		return "headers";
	if (!same_buf(&a->text, &b->text))
		return "text";
	if (!same_buf(&a->dsn, &b->dsn))
		return "dsn";
	if (!same_buf(&a->feedback, &b->feedback))
		return "feedback";
	if (!same_buf(&a->orig, &b->orig))
		return "orig";
	if (strcmp(a->from, b->from) || strcmp(a->to, b->to) || strcmp(a->subject, b->subject))
		return "from/to/subject";
	if (a->is_report != b->is_report || a->has_orig_part != b->has_orig_part)
		return "is_report/has_orig_part";
	if (memcmp(a->lower, b->lower, a->text.len + 1) != 0 ||
	    memcmp(a->hlower, b->hlower, a->headers.len + 1) != 0)
		return "lower/hlower";
	return NULL;
}

/* from, to and subject against mf__header_find over the header block. */
static const char *values_wrong(const struct mf__msg *m)
{
	const char *names[] = {"from:", "to:", "subject:"};
	const char *got[] = {m->from, m->to, m->subject};

	for (size_t k = 0; k < 3; k++) {
		size_t vl;
		const char *v = mf__header_find(m->headers.data ? m->headers.data : "",
						m->headers.len, names[k], &vl);

		if (strlen(got[k]) != (v ? vl : 0) || (v && memcmp(got[k], v, vl) != 0))
			return names[k];
	}
	return NULL;
}

static void compare(const char *what, const char *bytes, size_t len)
{
	struct mf__msg a, b;
	int ra = mf__msg_parse_with(&a, bytes, len, 0, NULL);
	int rb = mf__msg_parse_with(&b, bytes, len, 1, NULL);
	int rr = mf__msg_parse_again(&reused, bytes, len, 0, NULL);
	const char *bad = NULL;

	checked++;
	if (ra != rb)
		bad = "return code";
	else if (rr != ra)
		bad = "return code of the reused struct";
	else if (ra == 0 && (bad = differ(&a, &b)) == NULL &&
		 (bad = lowered_wrong(&a, checked % 8 == 0)) == NULL &&
		 (bad = values_wrong(&a)) == NULL &&
		 ((bad = differ(&a, &reused)) != NULL ||
		  (bad = lowered_wrong(&reused, checked % 8 == 1)) != NULL))
		fprintf(stderr, "(the reused struct's reading)\n");
	if (bad) {
		fails++;
		if (fails <= 20)
			fprintf(stderr, "FAIL %s (%zu bytes): %s differ\n", what, len, bad);
	}
	mf__msg_free(&a);
	mf__msg_free(&b);
}

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long l;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (l = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (b = malloc((size_t)l + 1)) != NULL)
		*n = fread(b, 1, (size_t)l, f);
	fclose(f);
	return b;
}

/* LF -> CRLF */
static char *crlf(const char *s, size_t n, size_t *out)
{
	char *r = malloc(2 * n + 1);
	size_t k = 0;

	if (!r)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			r[k++] = '\r';
		r[k++] = s[i];
	}
	*out = k;
	return r;
}

static const char *const handmade[] = {
	"Subject:\n  folded =?utf-8?q?w=C3=B6rld?=\nFrom: \"A\" <a@b.c>, =?utf-8?b?w7Y=?= <x@y>\n"
	"X-Empty:\nTo:   spaced   \n\nbody\n",
	"From: a@b\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: "
	"quoted-printable\n\ncaf=E9 =\nsoft break\n",
	"From: a@b\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQK\n",
	"From: a@b\nContent-Type: TEXT/PLAIN\n\nupper case type\n",
	"From: a@b\nContent-Type: text/plain\nContent-Type: text/html\n\n<p>two types</p>\n",
	"From: a@b\nContent-Type: text/html\n\n<p>html<br>only &lt;x&gt;</p>\n",
	"From: a@b\nContent-Type: text/plainx\n\nnot plain\n",
	"From: a@b\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n"
	"Subject: =?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=\n\n--B\nContent-Type: text/plain\n\nhi\n"
	"--B\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; x@y\nStatus: 5.1.1\n\n"
	"--B\nContent-Type: message/rfc822\n\nFrom: me@x\nTo: you@y\nSubject:\n =?utf-8?q?caf=C3=A9?=\n"
	"Message-ID: <1@x>\n\nhello\n--B--\n",
	"From: a@b\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nsee"
	" attached\n--B\nContent-Type: message/rfc822\n\nFrom: d@e\nContent-Type: multipart/report; "
	"boundary=C\n\n--C\nContent-Type: message/delivery-status\n\nStatus: 5.0.0\n--C--\n--B--\n",
	"From: a@b\nBad line without colon\nTo: c@d\n\nbody\n",
	"From: a@b\n continued\tfirst\nX-Tab:\tv\n\n",
	"From: a@b\nTo: c@d\n",
	"From: a@b\n\n",
	"X-A: 1\nX-B: 2\nContent-Description: =?utf-8?q?d=C3=A9?=\n\nbody without type\n",
	"From: a@b\nContent-Type: message/rfc822\n\nFrom: inner@x\nSubject: inner\n\ninner body\n",
	"From: \xff\xfe raw bytes\nSubject: caf\xe9\n\nbody \xe9\n",
};

int main(int argc, char **argv)
{
	DIR *d;
	struct dirent *de;

	if (argc != 2) {
		fprintf(stderr, "usage: test_msg_parse CORPUS_EMAILS_DIR\n");
		return 2;
	}
	mf__msg_init(&reused);
	for (size_t i = 0; i < sizeof handmade / sizeof *handmade; i++) {
		size_t cn = 0;
		char *c = crlf(handmade[i], strlen(handmade[i]), &cn);
		char what[32];

		snprintf(what, sizeof what, "handmade %zu", i);
		compare(what, handmade[i], strlen(handmade[i]));
		if (c)
			compare(what, c, cn);
		free(c);
	}
	/* From and Subject values of blanks, folds, '=' and '?' (the one-pass
	 * way unfolds an ASCII value without "=?" itself; GMime decodes the
	 * others and reads the whole message), LF and CRLF */
	{
		static const char *const bits[] = {"a", "Z", " ", "\t", "=", "?", "=?", "\n ",
						   "\n\t", "q?=", "=?utf-8?q?x?="};
		unsigned seed = 7;

		for (int i = 0; i < 3000; i++) {
			char msg[512], what[48], *c;
			size_t n = 0, cn = 0;

			n += (size_t)snprintf(msg + n, sizeof msg - n, "%s:", i % 2 ? "From" : "Subject");
			for (int k = 0; k < 12; k++) {
				seed = seed * 1103515245u + 12345u;
				n += (size_t)snprintf(msg + n, sizeof msg - n, "%s",
						      bits[(seed >> 16) % (sizeof bits / sizeof *bits)]);
			}
			n += (size_t)snprintf(msg + n, sizeof msg - n, "\nTo: x@y\n\nbody\n");
			snprintf(what, sizeof what, "random field value %d", i);
			compare(what, msg, n);
			if ((c = crlf(msg, n, &cn)) != NULL)
				compare(what, c, cn);
			free(c);
		}
	}
	/* Encoded words in more charsets than a message keeps converters
	 * open for (struct mf__msg's charsets), one iconv does not know, one
	 * named in 80 letters, an empty name, a language tag, a control
	 * byte: both readings agree (compare), what GMime can decode is
	 * decoded, and the converters kept stay within their bound, also in
	 * the struct reused from message to message. */
	{
		static const char many[] =
			"From: a@b\nSubject: =?iso-8859-1?Q?caf=E9?= =?gb2312?B?1tDOxA==?= "
			"=?shift_jis?B?k/qWew==?= =?euc-kr?B?x9GxuQ==?= =?big5?B?pXjGVw==?= "
			"=?koi8-r?Q?=F0?= =?windows-1252?Q?x?= =?iso-8859-2?Q?y?= "
			"=?iso-8859-15?Q?z?= =?utf-7?Q?w?= =?x-no-such-charset?Q?q?= "
			"=?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
			"?Q?long?= =??Q?empty?= =?utf-8*en?Q?lang?= =?\x01" "bad?Q?ctl?=\nTo: c@d\n\n"
			"body\n";
		/* (RFC 2047 6.2: the blanks between encoded words go) */
		static const char want[] = "caf\xc3\xa9\xe4\xb8\xad\xe6\x96\x87\xe6\x97\xa5\xe6\x9c\xac"
					   "\xed\x95\x9c\xea\xb5\xad\xe5\x8f\xb0\xe7\x81\xa3";
		struct mf__msg m;

		compare("encoded words of many charsets", many, sizeof many - 1);
		checked++;
		if (mf__msg_parse(&m, many, sizeof many - 1, NULL) != 0 ||
		    strncmp(m.subject, want, sizeof want - 1) != 0 ||
		    m.n_charsets > sizeof m.charsets / sizeof *m.charsets ||
		    reused.n_charsets > sizeof reused.charsets / sizeof *reused.charsets) {
			fails++;
			fprintf(stderr, "FAIL encoded words of many charsets: subject \"%s\", %zu "
				"converters kept\n", m.subject ? m.subject : "(none)", m.n_charsets);
		}
		mf__msg_free(&m);
	}
	/* a NUL in a field, in a continuation line, in the body */
	{
		static const char nul1[] = "From: a@b\nX-Nul: a\0b\nTo: c@d\n\nbody\n";
		static const char nul2[] = "From: a@b\nSubject: s\n \0folded\n\nbody\n";
		static const char nul3[] = "From: a@b\nTo: c@d\n\nbo\0dy\n";

		compare("NUL in a field", nul1, sizeof nul1 - 1);
		compare("NUL in a continuation", nul2, sizeof nul2 - 1);
		compare("NUL in the body", nul3, sizeof nul3 - 1);
	}
	/* every ASCII byte, at every alignment, in the header and the text */
	for (size_t shift = 0; shift < 8; shift++) {
		char msg[1024], what[32];
		size_t n = 0;

		n += (size_t)snprintf(msg, sizeof msg, "X-All: %.*sAZaz@[`{\n\n", (int)shift, "........");
		for (int rep = 0; rep < 3; rep++)
			for (int c = 1; c < 128; c++)
				msg[n++] = (char)c;
		msg[n++] = '\n';
		snprintf(what, sizeof what, "ASCII bytes, shift %zu", shift);
		compare(what, msg, n);
	}
	d = opendir(argv[1]);
	if (!d) {
		fprintf(stderr, "cannot open %s\n", argv[1]);
		return 2;
	}
	while ((de = readdir(d))) {
		char path[4096], *b, *c;
		size_t n = 0, cn = 0;

		if (!strstr(de->d_name, ".eml"))
			continue;
		snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
		if (!(b = slurp(path, &n)))
			continue;
		compare(de->d_name, b, n);
		/* cut at 16 points spread over the file, and inside the header */
		for (size_t k = 1; k <= 16; k++)
			compare(de->d_name, b, n * k / 17);
		for (size_t k = 1; k < 400 && k < n; k += 37)
			compare(de->d_name, b, k);
		if ((c = crlf(b, n, &cn)) != NULL)
			compare(de->d_name, c, cn);
		free(c);
		free(b);
	}
	closedir(d);
	mf__msg_free(&reused);
	printf("%d readings compared, %d differ\n", checked, fails);
	return fails ? 1 : 0;
}
