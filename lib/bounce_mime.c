/*
 * bounce_mime.c: read one message with GMime 3 into what explain needs:
 * the top-level headers, the human-readable text of the report, the
 * message/delivery-status bodies (RFC 3464), message/feedback-report
 * bodies (RFC 5965) and the headers of the returned original
 * (message/rfc822 or text/rfc822-headers, RFC 6522).  Transfer encodings
 * (RFC 2045: base64, quoted-printable) and charsets (RFC 2046; GB2312/GBK
 * read as GB18030, Shift_JIS as CP932, ISO-2022-JP, Big5 ...) are decoded
 * to UTF-8 through GMime's stream filters, and reading stops at a ceiling
 * per piece, so a 50 MB attachment costs GMime's linear parse only.
 * Called by explain.c; GMime's one-time initialization is done here.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <gmime/gmime.h>

#include "explain.h"

static pthread_once_t gmime_once = PTHREAD_ONCE_INIT;

static void gmime_start(void)
{
	g_mime_init();
}

int mf__buf_append_utf8(struct mf__buf *b, const char *s, size_t n)
{
	const char *end = s + n, *p = s;

	while (p < end) {
		const gchar *bad_at = NULL;
		size_t chunk = (size_t)(end - p);

		if (g_utf8_validate(p, (gssize)chunk, &bad_at)) {
			return mf__buf_append(b, p, chunk);
		}
		if (bad_at > p && mf__buf_append(b, p, (size_t)(bad_at - p)))
			return b->failed ? MF_ETOOBIG : MF_ENOMEM;
		p = bad_at;
		/* g_utf8_validate stops at NUL too: NUL becomes a space, a
		 * broken byte U+FFFD. */
		if (*p == '\0') {
			if (mf__buf_append(b, " ", 1))
				return MF_ETOOBIG;
		} else if (mf__buf_append(b, "\xef\xbf\xbd", 3)) {
			return MF_ETOOBIG;
		}
		p++;
	}
	return 0;
}

/* Charsets that mail programs name loosely: read them as the superset. */
static const char *charset_alias(const char *cs)
{
	static const char *const map[][2] = {
		{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
		{"euc-cn", "GB18030"}, {"cp936", "GB18030"}, {"gb_2312-80", "GB18030"},
		{"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"},
		{"x-sjis", "CP932"}, {"windows-31j", "CP932"},
		{"iso-2022-jp", "ISO-2022-JP-2"}, {"big5", "BIG5-HKSCS"},
		{"ks_c_5601-1987", "CP949"}, {"euc-kr", "CP949"},
	};

	for (size_t i = 0; i < MF__ARRAY_LEN(map); i++)
		if (g_ascii_strcasecmp(cs, map[i][0]) == 0)
			return map[i][1];
	return cs;
}

static int is_utf8_name(const char *cs)
{
	return g_ascii_strcasecmp(cs, "utf-8") == 0 || g_ascii_strcasecmp(cs, "utf8") == 0 ||
	       g_ascii_strcasecmp(cs, "us-ascii") == 0 || g_ascii_strcasecmp(cs, "ascii") == 0;
}

/* Decode a leaf part's content into out (UTF-8), at most `cap` bytes more. */
static int part_text(GMimeObject *obj, struct mf__buf *out, size_t cap)
{
	GMimePart *part = GMIME_PART(obj);
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	const char *cs = ct ? g_mime_content_type_get_parameter(ct, "charset") : NULL;
	GMimeContentEncoding enc;
	GMimeStream *raw, *fs;
	struct mf__buf tmp;
	char chunk[8192];
	ssize_t n;
	int rc = 0, converted = 0;

	if (!w || !(raw = g_mime_data_wrapper_get_stream(w)))
		return 0;
	enc = g_mime_data_wrapper_get_encoding(w);
	g_mime_stream_reset(raw);
	fs = g_mime_stream_filter_new(raw);
	if (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
	    enc == GMIME_CONTENT_ENCODING_UUENCODE) {
		GMimeFilter *f = g_mime_filter_basic_new(enc, FALSE);
		g_mime_stream_filter_add(GMIME_STREAM_FILTER(fs), f);
		g_object_unref(f);
	}
	if (cs && *cs && !is_utf8_name(cs)) {
		GMimeFilter *f = g_mime_filter_charset_new(charset_alias(cs), "UTF-8");
		if (f) {
			g_mime_stream_filter_add(GMIME_STREAM_FILTER(fs), f);
			g_object_unref(f);
			converted = 1;
		}
	}
	mf__buf_init(&tmp, cap + sizeof chunk);
	while (tmp.len < cap && (n = g_mime_stream_read(fs, chunk, sizeof chunk)) > 0)
		if (mf__buf_append(&tmp, chunk, (size_t)n))
			break;
	g_object_unref(fs);
	if (tmp.len > cap)
		tmp.len = cap;
	if (tmp.len && !converted && memmem(tmp.data, tmp.len, "\x1b$", 2)) {
		/* ISO-2022-JP without a charset label (common in Japanese
		 * bounces, and in delivery-status parts, which have none). */
		gsize wrote = 0;
		gchar *u = g_convert(tmp.data, (gssize)tmp.len, "UTF-8", "ISO-2022-JP-2", NULL,
				     &wrote, NULL);
		if (u) {
			rc = mf__buf_append_utf8(out, u, wrote);
			g_free(u);
			tmp.len = 0;
		}
	}
	if (tmp.len)
		rc = mf__buf_append_utf8(out, tmp.data, tmp.len);
	mf__buf_free(&tmp);
	if (out->len && out->data[out->len - 1] != '\n')
		mf__buf_append(out, "\n", 1);
	return rc == MF_ENOMEM ? rc : 0;
}

/* Header fields whose values explain shows or searches by content: they
 * are decoded (RFC 2047); the others are kept raw, which is much cheaper. */
static int decoded_field(const char *lname)
{
	static const char *const names[] = {"from", "to", "subject", "reply-to"};

	for (size_t i = 0; i < MF__ARRAY_LEN(names); i++)
		if (strcmp(lname, names[i]) == 0)
			return 1;
	return 0;
}

/* Append "name: value\n" lines of a header list (names lower-cased,
 * values unfolded).  With `only` set, just the fields listed there. */
static void headers_text(GMimeObject *obj, struct mf__buf *out, const char *const *only)
{
	GMimeHeaderList *hl = g_mime_object_get_header_list(obj);
	int n = hl ? g_mime_header_list_get_count(hl) : 0;

	for (int i = 0; i < n && !out->failed; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(hl, i);
		const char *name = g_mime_header_get_name(h), *value;
		char lname[80];
		size_t k;
		int keep = !only;

		if (!name)
			continue;
		for (k = 0; name[k] && k < sizeof lname - 1; k++)
			lname[k] = g_ascii_tolower(name[k]);
		lname[k] = '\0';
		for (size_t j = 0; only && only[j] && !keep; j++)
			keep = strcmp(lname, only[j]) == 0;
		if (!keep)
			continue;
		value = decoded_field(lname) ? g_mime_header_get_value(h)
					      : g_mime_header_get_raw_value(h);
		mf__buf_puts(out, lname);
		mf__buf_append(out, ": ", 2);
		if (value) {
			size_t b = out->len;
			while (*value == ' ' || *value == '\t')
				value++;
			mf__buf_append_utf8(out, value, strlen(value));
			/* unfold (RFC 5322 2.2.3) */
			for (size_t x = b; x < out->len; x++)
				if (out->data[x] == '\r' || out->data[x] == '\n')
					out->data[x] = ' ';
			while (out->len > b && out->data[out->len - 1] == ' ')
				out->len--;
		}
		mf__buf_append(out, "\n", 1);
	}
}

/* What explain reads of the returned original's header. */
static const char *const orig_fields[] = {"from", "to", "subject", "message-id", "date",
					  "x-hmxmroriginalrecipient", NULL};

/* Crude HTML to text: drop tags, keep line breaks of block tags. */
static void html_to_text(struct mf__buf *html, struct mf__buf *out)
{
	int in_tag = 0;

	for (size_t i = 0; i < html->len && !out->failed; i++) {
		char c = html->data[i];

		if (c == '<') {
			in_tag = 1;
			if (i + 3 < html->len && (g_ascii_strncasecmp(html->data + i, "<br", 3) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<p", 2) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<div", 4) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<tr", 3) == 0))
				mf__buf_append(out, "\n", 1);
		} else if (c == '>') {
			in_tag = 0;
		} else if (!in_tag) {
			if (c == '&' && i + 5 < html->len && memcmp(html->data + i, "&nbsp;", 6) == 0) {
				mf__buf_append(out, " ", 1);
				i += 5;
			} else if (c == '&' && i + 3 < html->len && memcmp(html->data + i, "&lt;", 4) == 0) {
				mf__buf_append(out, "<", 1);
				i += 3;
			} else if (c == '&' && i + 3 < html->len && memcmp(html->data + i, "&gt;", 4) == 0) {
				mf__buf_append(out, ">", 1);
				i += 3;
			} else {
				mf__buf_append(out, &c, 1);
			}
		}
	}
}

/* A text part sent as a file ("mailheaders.txt"), not as the report. */
static int is_attachment(GMimeObject *obj)
{
	GMimeContentDisposition *d = g_mime_object_get_content_disposition(obj);
	const char *v = d ? g_mime_content_disposition_get_disposition(d) : NULL;

	return v && g_ascii_strcasecmp(v, "attachment") == 0;
}

struct walk {
	struct mf__msg *m;
	struct mf__buf html;
	int nomem;
};

static void walk(struct walk *w, GMimeObject *obj, int depth)
{
	GMimeContentType *ct;
	const char *type, *sub;

	if (!obj || depth > MF__EXPLAIN_MAX_DEPTH)
		return;
	ct = g_mime_object_get_content_type(obj);
	type = ct ? g_mime_content_type_get_media_type(ct) : "text";
	sub = ct ? g_mime_content_type_get_media_subtype(ct) : "plain";
	if (!type)
		type = "text";
	if (!sub)
		sub = "plain";
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);

		if (depth == 0 && g_ascii_strcasecmp(sub, "report") == 0)
			w->m->is_report = 1;
		for (int i = 0; i < n; i++)
			walk(w, g_mime_multipart_get_part(mp, i), depth + 1);
		return;
	}
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		GMimeObject *body = inner ? g_mime_message_get_mime_part(inner) : NULL;
		GMimeContentType *ict = body ? g_mime_object_get_content_type(body) : NULL;

		/* A bounce forwarded as an attachment: when the outer message
		 * carries no report of its own, read the inner report. */
		if (ict && !w->m->dsn.len && !w->m->is_report &&
		    g_mime_content_type_is_type(ict, "multipart", "report")) {
			w->m->is_report = 1;
			walk(w, body, depth + 1);
			return;
		}

		/* The returned original: its headers, not its text. */
		if (inner && w->m->orig.len == 0) {
			headers_text(GMIME_OBJECT(inner), &w->m->orig, orig_fields);
			w->m->has_orig_part = 1;
		}
		return;
	}
	if (!GMIME_IS_PART(obj))
		return;
	if (g_ascii_strcasecmp(type, "message") == 0 &&
	    (g_ascii_strcasecmp(sub, "delivery-status") == 0 ||
	     g_ascii_strcasecmp(sub, "global-delivery-status") == 0)) {
		w->nomem |= part_text(obj, &w->m->dsn, MF__EXPLAIN_MAX_DSN) != 0;
		mf__buf_append(&w->m->dsn, "\n", 1);
	} else if (g_ascii_strcasecmp(type, "message") == 0 &&
		   g_ascii_strcasecmp(sub, "feedback-report") == 0) {
		w->nomem |= part_text(obj, &w->m->feedback, MF__EXPLAIN_MAX_DSN) != 0;
	} else if ((g_ascii_strcasecmp(type, "text") == 0 &&
		    g_ascii_strcasecmp(sub, "rfc822-headers") == 0) ||
		   (g_ascii_strcasecmp(type, "message") == 0 &&
		    (g_ascii_strcasecmp(sub, "rfc822-headers") == 0 ||
		     g_ascii_strcasecmp(sub, "rfc822") == 0 ||
		     g_ascii_strcasecmp(sub, "global") == 0 ||
		     g_ascii_strcasecmp(sub, "global-headers") == 0))) {
		if (w->m->orig.len == 0)
			w->nomem |= part_text(obj, &w->m->orig, MF__EXPLAIN_MAX_ORIG) != 0;
		w->m->has_orig_part = 1;
	} else if (g_ascii_strcasecmp(type, "text") == 0 && g_ascii_strcasecmp(sub, "html") == 0) {
		w->nomem |= part_text(obj, &w->html, MF__EXPLAIN_MAX_TEXT) != 0;
	} else if ((g_ascii_strcasecmp(type, "text") == 0 && !is_attachment(obj)) ||
		   (depth == 0 && g_ascii_strcasecmp(type, "application") != 0 &&
		    g_ascii_strcasecmp(type, "image") != 0)) {
		/* The human-readable explanation; a second text part after the
		 * report (some MTAs put the original there) is kept too, after
		 * the first. */
		if (w->m->text.len < MF__EXPLAIN_MAX_TEXT)
			w->nomem |= part_text(obj, &w->m->text,
					      MF__EXPLAIN_MAX_TEXT - w->m->text.len) != 0;
	}
}

const char *mf__header_find(const char *block, size_t len, const char *name,
			    size_t *vlen)
{
	size_t n = strlen(name);
	const char *p = block, *end = block + len;

	while (p && p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *le = eol ? eol : end;

		if ((size_t)(le - p) >= n && g_ascii_strncasecmp(p, name, n) == 0) {
			const char *v = p + n;
			while (v < le && (*v == ' ' || *v == '\t'))
				v++;
			*vlen = (size_t)(le - v);
			while (*vlen && (v[*vlen - 1] == '\r' || v[*vlen - 1] == ' '))
				(*vlen)--;
			return v;
		}
		p = eol ? eol + 1 : NULL;
	}
	*vlen = 0;
	return NULL;
}

static char *dup_header(struct mf__msg *m, const char *name)
{
	size_t vl;
	const char *v = mf__header_find(m->headers.data ? m->headers.data : "", m->headers.len,
					name, &vl);
	char *s = malloc(vl + 1);

	if (!s)
		return NULL;
	if (v)
		memcpy(s, v, vl);
	s[vl] = '\0';
	return s;
}

/* Does the input start like a message: a header field or an mbox line? */
static int looks_like_message(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && (s[i] == '\r' || s[i] == '\n'))
		i++;
	if (len - i >= 5 && memcmp(s + i, "From ", 5) == 0)
		return 1;
	for (size_t k = i; k < len && k < i + 200; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c == ':')
			return k > i;
		if (c <= ' ' || c >= 127)
			return 0;
	}
	return 0;
}

int mf__msg_parse(struct mf__msg *m, const char *bytes, size_t len, struct mf_error *err)
{
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeMessage *msg;
	struct walk w;

	memset(m, 0, sizeof *m);
	mf__buf_init(&m->headers, MF__EXPLAIN_MAX_HEADERS);
	mf__buf_init(&m->text, MF__EXPLAIN_MAX_TEXT + 16);
	mf__buf_init(&m->dsn, MF__EXPLAIN_MAX_DSN + 16);
	mf__buf_init(&m->feedback, MF__EXPLAIN_MAX_DSN + 16);
	mf__buf_init(&m->orig, MF__EXPLAIN_MAX_ORIG + 16);
	if (!looks_like_message(bytes, len))
		return mf__fail(err, MF_EINPUT, "byte 0",
				"give a whole message: header fields, a blank line, the body",
				"not an email message: it does not start with a header field");
	pthread_once(&gmime_once, gmime_start);
	stream = g_mime_stream_mem_new_with_buffer(bytes, len);
	parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	msg = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	g_object_unref(stream);
	if (!msg)
		return mf__fail(err, MF_EINPUT, NULL, NULL,
				"not an email message: GMime found no message in it");
	headers_text(GMIME_OBJECT(msg), &m->headers, NULL);
	memset(&w, 0, sizeof w);
	w.m = m;
	mf__buf_init(&w.html, MF__EXPLAIN_MAX_TEXT + 16);
	walk(&w, g_mime_message_get_mime_part(msg), 0);
	if (m->text.len == 0 && w.html.len)
		html_to_text(&w.html, &m->text);
	if (m->text.len == 0 && m->dsn.len == 0 && m->feedback.len == 0) {
		/* A multipart whose boundary never appears (a truncated
		 * Content-Type): GMime finds no part, so read the body as text. */
		const char *body = NULL;
		for (size_t i = 0; i + 1 < len && !body; i++)
			if (bytes[i] == '\n' && (bytes[i + 1] == '\n' ||
						 (bytes[i + 1] == '\r' && i + 2 < len && bytes[i + 2] == '\n')))
				body = bytes + i + 1;
		if (body) {
			size_t n = (size_t)(bytes + len - body);
			mf__buf_append_utf8(&m->text, body, n < MF__EXPLAIN_MAX_TEXT ? n : MF__EXPLAIN_MAX_TEXT);
		}
	}
	mf__buf_free(&w.html);
	g_object_unref(msg);
	m->from = dup_header(m, "from:");
	m->to = dup_header(m, "to:");
	m->subject = dup_header(m, "subject:");
	m->lower = malloc(m->text.len + 1);
	if (m->lower) {
		/* Line breaks become spaces (same offsets), so that markers of
		 * several words match across a wrapped line. */
		for (size_t i = 0; i < m->text.len; i++) {
			char c = m->text.data[i];
			m->lower[i] = c == '\n' || c == '\r' || c == '\t' ? ' '
				      : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		m->lower[m->text.len] = '\0';
	}
	m->hlower = malloc(m->headers.len + 1);
	if (m->hlower) {
		for (size_t i = 0; i < m->headers.len; i++)
			m->hlower[i] = (m->headers.data[i] >= 'A' && m->headers.data[i] <= 'Z')
					       ? (char)(m->headers.data[i] + 32) : m->headers.data[i];
		m->hlower[m->headers.len] = '\0';
	}
	if (w.nomem || !m->from || !m->to || !m->subject || !m->lower || !m->hlower)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	/* Empty buffers still hold a terminated string. */
	mf__buf_append(&m->text, "", 0);
	mf__buf_append(&m->dsn, "", 0);
	mf__buf_append(&m->feedback, "", 0);
	mf__buf_append(&m->orig, "", 0);
	mf__buf_append(&m->headers, "", 0);
	return 0;
}

void mf__msg_free(struct mf__msg *m)
{
	free(m->from);
	free(m->to);
	free(m->subject);
	free(m->lower);
	free(m->hlower);
	mf__buf_free(&m->headers);
	mf__buf_free(&m->text);
	mf__buf_free(&m->dsn);
	mf__buf_free(&m->feedback);
	mf__buf_free(&m->orig);
}
