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
 * For speed, GMime builds no objects for what explain reads only as text:
 * header fields are split here by RFC 5322 2.2 (values decoded by GMime's
 * RFC 2047 decoder), GMime parses the MIME fields and the body, a single
 * text part is decoded through GMime's filters without a tree, and the
 * returned original stays one leaf part whose header block is read the
 * same way; anything unusual goes to GMime whole, as tests/explain/
 * test_msg_parse.c checks.
 * Called by explain.c; GMime's one-time initialization is done here, and
 * GMime is loaded then, not at the program's start (gmime_lib.h).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gmime_lib.h"
/* gcc says ASan is on with __SANITIZE_ADDRESS__, clang with __has_feature */
#if defined(__SANITIZE_ADDRESS__)
#define MF_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MF_ASAN 1
#endif
#endif
#ifdef MF_ASAN
#include <sanitizer/lsan_interface.h>
#endif

#include "explain.h"

/*
 * Threads.  mf_explain runs on many threads at once (`mailfix explain
 * --jobs`, the server's workers); what makes that safe with GMime 3.2 and
 * GLib 2.74 (Debian 12):
 * - g_mime_init fills process-wide tables (charset maps, the MIME type ->
 *   GType table that g_mime_object_register_type changes below) without a
 *   lock, so it runs exactly once (pthread_once), before any parse;
 *   mf_explain_init lets a program run it on its main thread before it
 *   starts others.  Afterwards those tables are only read.
 * - GMime's FAQ ("How do I use GMime with threads?", libgmime-3.0-doc):
 *   GObject subclasses are not thread-safe, one object must not be used
 *   from two threads without a lock.  Every GMime object here (streams,
 *   parser, parts, filters) is made and unreferenced inside one call, on
 *   the calling thread, except the parser and the stream a reused
 *   struct mf__msg keeps for its next message (mf__msg_parse_again): that
 *   struct belongs to one caller (mf_explain_ws), used by one thread at a
 *   time.  None is ever used by two threads at once.
 * - GLib's rule ("Writing GLib Applications", libglib2.0-doc): every
 *   function is thread-safe except when two threads change one data
 *   structure; g_object_ref/unref are thread-safe (GObject "Object memory
 *   management").  GSlice (still used under GLib 2.74) keeps per-thread
 *   magazines behind a lock, and memory may be freed on another thread.
 * - GMime's charset-name cache (g_mime_charset_iconv_name, behind the
 *   charset filter) takes its own GMutex; glibc's iconv_open is
 *   thread-safe, and each filter has its own iconv_t.
 * ThreadSanitizer cannot see inside GLib (not instrumented):
 * tests/tsan.supp says which of its reports are GLib's own.
 */
static pthread_once_t gmime_once = PTHREAD_ONCE_INIT;

static void gmime_start(void)
{
	/* GMime is loaded now (gmime_lib.c); without it, messages are
	 * refused (mf__msg_parse_again) */
	if (!mf__gmime_load(NULL, 0))
		return;
#ifdef MF_ASAN
	/* GMime's type table lives as long as the process; replacing an
	 * entry (below) drops GMime's old 16-byte record of it, which
	 * LeakSanitizer would report: what init allocates is not a leak. */
	__lsan_disable();
#endif
	g_mime_init();
	/* The returned original (message/rfc822) is kept as one leaf part:
	 * explain reads only its header fields, and GMime building a whole
	 * message tree for it was half the cost of a bounce.  Its bytes are
	 * handed to GMime again when a forwarded report must be read. */
	g_mime_object_register_type("message", "rfc822", GMIME_TYPE_PART);
	g_mime_object_register_type("message", "global", GMIME_TYPE_PART);
	g_mime_object_register_type("message", "news", GMIME_TYPE_PART);
#ifdef MF_ASAN
	__lsan_enable();
#endif
}

void mf_explain_init(void)
{
	pthread_once(&gmime_once, gmime_start);
}

/* A whole message parsed by GMime from bytes in memory, or NULL. */
static GMimeMessage *gmime_message(const char *bytes, size_t len)
{
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *msg;

	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	msg = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	g_object_unref(stream);
	return msg;
}

/* A-Z to a-z, in line (g_ascii_tolower is a call per byte). */
static inline char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Eight bytes at once (SWAR): which are 0x80 where a byte of x is zero
 * (exact: no borrow runs into the next byte). */
static inline uint64_t zero_bytes(uint64_t x)
{
	return ~(((x & 0x7f7f7f7f7f7f7f7full) + 0x7f7f7f7f7f7f7f7full) | x) &
	       0x8080808080808080ull;
}

/* ASCII A-Z to a-z in eight bytes at once, other bytes unchanged: bit 7
 * of (b & 0x7f) + 0x3f says b >= 'A', of (b & 0x7f) + 0x25 says b > 'Z'
 * (neither sum carries out of its byte). */
static inline uint64_t lower8(uint64_t w)
{
	uint64_t h = w & 0x7f7f7f7f7f7f7f7full;
	uint64_t upper = (h + 0x3f3f3f3f3f3f3f3full) & ~(h + 0x2525252525252525ull) & ~w &
			 0x8080808080808080ull;

	return w | upper >> 2;
}

/* lower8, and tab, LF and CR become spaces. */
static inline uint64_t lower8_spaces(uint64_t w)
{
	uint64_t m = zero_bytes(w ^ 0x0909090909090909ull) | zero_bytes(w ^ 0x0a0a0a0a0a0a0a0aull) |
		     zero_bytes(w ^ 0x0d0d0d0d0d0d0d0dull);
	uint64_t bytes = (m >> 7) * 0xff;

	return (lower8(w) & ~bytes) | (bytes & 0x2020202020202020ull);
}

/* Is every byte ASCII and none NUL? (most of a bounce) */
static int plain_ascii(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, u + i, 8);
		if ((w & 0x8080808080808080ull) ||
		    ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
			return 0;
	}
	for (; i < n; i++)
		if (u[i] == 0 || u[i] >= 0x80)
			return 0;
	return 1;
}

int mf__buf_append_utf8(struct mf__buf *b, const char *s, size_t n)
{
	const char *end = s + n, *p = s;

	if (plain_ascii(s, n))
		return mf__buf_append(b, s, n);
	/* (GLib's validator: GMime, which brings it, was loaded by the
	 * message's parse) */
	if (!mf__gmime_load(NULL, 0))
		return MF_EIO;

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

/* Hold a converter from charset cs to UTF-8 open in m (see struct
 * mf__msg's charsets), once per charset, at most MF__ARRAY_LEN of them. */
static void keep_charset(struct mf__msg *m, const char *cs, size_t len)
{
	char name[sizeof m->charsets[0].name];
	const char *alias;
	iconv_t cd;

	if (len == 0 || len >= sizeof name)
		return;
	memcpy(name, cs, len);
	name[len] = '\0';
	if (is_utf8_name(name))
		return;
	alias = charset_alias(name);
	for (size_t i = 0; i < m->n_charsets; i++)
		if (g_ascii_strcasecmp(m->charsets[i].name, alias) == 0)
			return;
	if (m->n_charsets == MF__ARRAY_LEN(m->charsets) || strlen(alias) >= sizeof name)
		return;
	cd = g_mime_iconv_open("UTF-8", alias);
	snprintf(m->charsets[m->n_charsets].name, sizeof name, "%s", alias);
	m->charsets[m->n_charsets++].cd = cd == (iconv_t)-1 ? NULL : cd;
}

/* keep_charset for each charset of the RFC 2047 encoded words in s
 * ("=?CHARSET?" or "=?CHARSET*LANG?"). */
static void keep_word_charsets(struct mf__msg *m, const char *s)
{
	for (const char *p = strstr(s, "=?"); p; p = strstr(p, "=?")) {
		size_t n = strcspn(p + 2, "?* \t\r\n");
		if (p[2 + n] == '?' || p[2 + n] == '*')
			keep_charset(m, p + 2, n);
		p += 2 + n;
	}
}

/* The bytes of a part's content stream without copying them when GMime
 * keeps them in memory (the substreams of the parsed message), else
 * read into tmp.  *p and *n get the bytes (all of them). */
static void stream_bytes(GMimeStream *s, struct mf__buf *tmp, const char **p, size_t *n)
{
	char chunk[8192];
	ssize_t r;

	if (GMIME_IS_STREAM_MEM(s)) {
		GByteArray *a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(s));
		gint64 st = s->bound_start, en = s->bound_end;

		if (a) {
			if (en < 0 || en > (gint64)a->len)
				en = (gint64)a->len;
			if (st < 0)
				st = 0;
			if (st > en)
				st = en;
			*p = (const char *)a->data + st;
			*n = (size_t)(en - st);
			return;
		}
	}
	g_mime_stream_reset(s);
	while ((r = g_mime_stream_read(s, chunk, sizeof chunk)) > 0)
		if (mf__buf_append(tmp, chunk, (size_t)r))
			break;
	*p = tmp->data ? tmp->data : "";
	*n = tmp->len;
}

/* Does ESC $ (an ISO-2022-JP designation) occur? */
static int has_esc_dollar(const char *t, size_t n)
{
	const char *p = t, *end = t + n;

	while ((p = memchr(p, 0x1b, (size_t)(end - p))) != NULL && p + 1 < end) {
		if (p[1] == '$')
			return 1;
		p++;
	}
	return 0;
}

/* Decode content (transfer encoding enc, charset cs) into out as UTF-8,
 * at most `cap` bytes more.  raw is the content as a stream, or NULL to
 * make one from bytes when a filter is needed.  m->scratch holds the
 * decoded bytes (emptied here first; its memory is kept). */
static int content_text(const char *bytes, size_t len, GMimeStream *raw,
			GMimeContentEncoding enc, const char *cs, struct mf__buf *out, size_t cap,
			struct mf__msg *m)
{
	struct mf__buf *scratch = &m->scratch;
	struct mf__buf tmp = *scratch;
	const char *t;
	size_t tl;
	int rc = 0, converted = 0;
	int coded = enc == GMIME_CONTENT_ENCODING_BASE64 ||
		    enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
		    enc == GMIME_CONTENT_ENCODING_UUENCODE;
	int charset = cs && *cs && !is_utf8_name(cs);

	tmp.len = 0;
	tmp.failed = 0;
	tmp.max = cap + 8192;
	if (!coded && !charset && bytes) {
		/* As it is: no filter, no copy. */
		t = bytes;
		tl = len < cap ? len : cap;
	} else {
		GMimeStream *fs, *own = NULL;
		char chunk[8192];
		ssize_t n;

		if (!raw)
			raw = own = g_mime_stream_mem_new_with_buffer(bytes, len);
		g_mime_stream_reset(raw);
		fs = g_mime_stream_filter_new(raw);
		if (coded) {
			GMimeFilter *f = g_mime_filter_basic_new(enc, FALSE);
			g_mime_stream_filter_add(GMIME_STREAM_FILTER(fs), f);
			g_object_unref(f);
		}
		if (charset) {
			GMimeFilter *f;

			keep_charset(m, cs, strlen(cs));
			f = g_mime_filter_charset_new(charset_alias(cs), "UTF-8");
			if (f) {
				g_mime_stream_filter_add(GMIME_STREAM_FILTER(fs), f);
				g_object_unref(f);
				converted = 1;
			}
		}
		while (tmp.len < cap && (n = g_mime_stream_read(fs, chunk, sizeof chunk)) > 0)
			if (mf__buf_append(&tmp, chunk, (size_t)n))
				break;
		g_object_unref(fs);
		if (own)
			g_object_unref(own);
		if (tmp.len > cap)
			tmp.len = cap;
		t = tmp.data ? tmp.data : "";
		tl = tmp.len;
	}
	if (tl && !converted && has_esc_dollar(t, tl)) {
		/* ISO-2022-JP without a charset label (common in Japanese
		 * bounces, and in delivery-status parts, which have none). */
		gsize wrote = 0;
		gchar *u = g_convert(t, (gssize)tl, "UTF-8", "ISO-2022-JP-2", NULL, &wrote, NULL);
		if (u) {
			rc = mf__buf_append_utf8(out, u, wrote);
			g_free(u);
			tl = 0;
		}
	}
	if (tl)
		rc = mf__buf_append_utf8(out, t, tl);
	*scratch = tmp;
	if (out->len && out->data[out->len - 1] != '\n')
		mf__buf_append(out, "\n", 1);
	return rc == MF_ENOMEM ? rc : 0;
}

/* Decode a leaf part's content into out (UTF-8), at most `cap` bytes more
 * (with m's scratch and charsets). */
static int part_text(GMimeObject *obj, struct mf__buf *out, size_t cap, struct mf__msg *m)
{
	GMimePart *part = GMIME_PART(obj);
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	const char *cs = ct ? g_mime_content_type_get_parameter(ct, "charset") : NULL;
	GMimeStream *raw;
	struct mf__buf tmp;
	const char *p = NULL;
	size_t n = 0;
	int rc;

	if (!w || !(raw = g_mime_data_wrapper_get_stream(w)))
		return 0;
	mf__buf_init(&tmp, 0);
	if (GMIME_IS_STREAM_MEM(raw))
		stream_bytes(raw, &tmp, &p, &n);
	/* else (never for a parsed message) the stream is read through */
	rc = content_text(p, n, raw, g_mime_data_wrapper_get_encoding(w), cs, out, cap, m);
	mf__buf_free(&tmp);
	return rc;
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

/* The line append_field writes, in one pass and without a copy of the
 * name, for the usual field: an ASCII value (no NUL) that fits.  With
 * `unfold`, the value as g_mime_utils_header_unfold gives it (white space
 * and line ends trimmed off both ends, CR and LF taken out) when it holds
 * no encoded word ("=?"), so that RFC 2047 decoding would leave it as it
 * is.  1 when written; 0 (nothing written) when the caller must take
 * the general way. */
static int append_ascii_field(struct mf__buf *out, const char *name, size_t nlen,
			      const char *value, size_t vlen, int unfold)
{
	/* (a name holds no NUL: split fields are checked, GMime's are strings) */
	size_t k = nlen < 79 ? nlen : 79, n, start = out->len;
	char *d;

	if (unfold) {
		while (vlen && (*value == ' ' || *value == '\t' || *value == '\r' || *value == '\n')) {
			value++;
			vlen--;
		}
		while (vlen && (value[vlen - 1] == ' ' || value[vlen - 1] == '\t' ||
				value[vlen - 1] == '\r' || value[vlen - 1] == '\n'))
			vlen--;
	} else {
		while (vlen && (*value == ' ' || *value == '\t')) {
			value++;
			vlen--;
		}
	}
	/* what the general way appends, before its trimming, must fit */
	if (out->failed || out->len + k + 2 + vlen + 1 > out->max || !plain_ascii(value, vlen) ||
	    !(d = mf__buf_space(out, k + 2 + vlen + 1)))
		return 0;
	for (size_t i = 0; i < k; i++)
		d[i] = ascii_lower(name[i]);
	d[k] = ':';
	d[k + 1] = ' ';
	d += k + 2;
	if (unfold) {
		n = 0;
		for (size_t i = 0; i < vlen; i++)
			if (value[i] != '\r' && value[i] != '\n')
				d[n++] = value[i];
		for (const char *x = d, *e = d + n; (x = memchr(x, '=', (size_t)(e - x))) != NULL &&
						     x + 1 < e; x++)
			if (x[1] == '?') {
				out->data[start] = '\0';
				return 0;
			}
	} else {
		memcpy(d, value, vlen);
		n = vlen;
		for (char *x = d, *e = d + n; x < e; x++) {
			x = memchr(x, '\n', (size_t)(e - x));
			if (!x)
				break;
			*x = ' ';
		}
		for (char *x = d, *e = d + n; x < e; x++) {
			x = memchr(x, '\r', (size_t)(e - x));
			if (!x)
				break;
			*x = ' ';
		}
		while (n && d[n - 1] == ' ')
			n--;
	}
	d[n] = '\n';
	d[n + 1] = '\0';
	out->len += k + 2 + n + 1;
	return 1;
}

/* Append one "name: value\n" line: name lower-cased (at most 79
 * bytes), value without its leading blanks, unfolded (RFC 5322 2.2.3),
 * valid UTF-8, without trailing blanks. */
static void append_field(struct mf__buf *out, const char *name, size_t nlen, const char *value,
			 size_t vlen)
{
	char lname[80];
	size_t k;

	if (value && append_ascii_field(out, name, nlen, value, vlen, 0))
		return;
	lname[0] = '\0';
	for (k = 0; k < nlen && name[k] && k < sizeof lname - 1; k++)
		lname[k] = ascii_lower(name[k]);
	mf__buf_append(out, lname, k);
	mf__buf_append(out, ": ", 2);
	if (value) {
		size_t b = out->len;
		while (vlen && (*value == ' ' || *value == '\t')) {
			value++;
			vlen--;
		}
		mf__buf_append_utf8(out, value, vlen);
		for (char *x = out->data ? out->data + b : NULL, *e = out->data + out->len; x && x < e; x++) {
			x = memchr(x, '\n', (size_t)(e - x));
			if (!x)
				break;
			*x = ' ';
		}
		for (char *x = out->data ? out->data + b : NULL, *e = out->data + out->len; x && x < e; x++) {
			x = memchr(x, '\r', (size_t)(e - x));
			if (!x)
				break;
			*x = ' ';
		}
		while (out->len > b && out->data[out->len - 1] == ' ')
			out->len--;
	}
	mf__buf_append(out, "\n", 1);
}

/* Is this field kept (`only` NULL: every field)? lname is lower case. */
static int field_kept(const char *lname, const char *const *only)
{
	int keep = !only;

	for (size_t j = 0; only && only[j] && !keep; j++)
		keep = strcmp(lname, only[j]) == 0;
	return keep;
}

/* Append "name: value\n" lines of a header list (names lower-cased,
 * values unfolded).  With `only` set, just the fields listed there. */
static void headers_text(GMimeObject *obj, struct mf__buf *out, const char *const *only)
{
	GMimeHeaderList *hl = g_mime_object_get_header_list(obj);
	int n = hl ? g_mime_header_list_get_count(hl) : 0;

	for (int i = 0; i < n && !out->failed; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(hl, i);
		const char *name = g_mime_header_get_name(h);
		char lname[80];
		size_t k;

		if (!name)
			continue;
		for (k = 0; k < sizeof lname - 1 && name[k]; k++)
			lname[k] = ascii_lower(name[k]);
		lname[k] = '\0';
		if (!field_kept(lname, only))
			continue;
		{
			const char *v = decoded_field(lname) ? g_mime_header_get_value(h)
							     : g_mime_header_get_raw_value(h);
			append_field(out, name, strlen(name), v, v ? strlen(v) : 0);
		}
	}
}

/* ---- header fields without GMime objects ----
 * GMime turns every header field into objects (half the cost of a
 * bounce: Received, DKIM-Signature ... that explain only reads as text).
 * A header block is split here by RFC 5322 2.2 (a field is "name:" then
 * its value, continued on lines that start with a blank; a blank line
 * ends the block), values decoded by GMime's own RFC 2047 decoder; the
 * MIME structure is still GMime's.  Only a plain block is split here:
 * anything GMime might read another way (a line that is neither a field
 * nor a continuation, a NUL, no blank line before the end, too many
 * fields) sends the whole message to GMime as before. */

#define MAX_FIELDS 256

struct hfield {
	const char *name, *value;   /* value: the raw bytes after the colon */
	size_t nlen, vlen;          /* vlen stops before the line end of its last line */
	size_t start, end;          /* the field's lines, with their line ends */
};

/* Split the header block at the start of s.  1 when it is plain (then
 * *nf fields and *body, the offset of the body), 0 otherwise. */
static int split_header_block(const char *s, size_t len, struct hfield *f, size_t *nf,
			      size_t *body)
{
	size_t p = 0, n = 0;

	*nf = 0;
	while (p < len) {
		const char *nl = memchr(s + p, '\n', len - p);
		size_t eol, le, c;

		if (!nl)
			return 0;            /* the block never ends */
		eol = (size_t)(nl - s);  /* the '\n' */
		le = eol > p && s[eol - 1] == '\r' ? eol - 1 : eol;
		if (le == p) {
			/* a NUL anywhere in the block: not plain (one look
			 * for all lines) */
			if (memchr(s, '\0', p))
				return 0;
			*nf = n;
			*body = eol + 1;
			return 1;
		}
		if (s[p] == ' ' || s[p] == '\t') {
			if (n == 0)
				return 0;
			f[n - 1].vlen = le - (size_t)(f[n - 1].value - s);
			f[n - 1].end = eol + 1;
		} else {
			for (c = p; c < le && s[c] != ':'; c++)
				if ((unsigned char)s[c] <= ' ' || (unsigned char)s[c] >= 127)
					return 0;
			if (c == le || c == p || n == MAX_FIELDS)
				return 0;
			f[n].name = s + p;
			f[n].nlen = c - p;
			f[n].value = s + c + 1;
			f[n].vlen = le - (c + 1);
			f[n].start = p;
			f[n].end = eol + 1;
			n++;
		}
		p = eol + 1;
	}
	return 0;
}

static int name_is(const struct hfield *f, const char *lname)
{
	size_t n = strlen(lname);

	return f->nlen == n && g_ascii_strncasecmp(f->name, lname, n) == 0;
}

/* A field's value as GMime gives it: decoded (RFC 2047) and unfolded
 * for `decode`, else raw (m: its charsets).  g_free the result. */
static char *field_value(struct mf__msg *m, const struct hfield *f, int decode)
{
	char *raw = g_strndup(f->value, f->vlen), *u, *v;

	if (!decode)
		return raw;
	u = g_mime_utils_header_unfold(raw);
	g_free(raw);
	/* ASCII without an encoded word: RFC 2047 decoding leaves it as it
	 * is (and costs more than the rest of the field). */
	if (plain_ascii(u, strlen(u)) && !strstr(u, "=?"))
		return u;
	keep_word_charsets(m, u);
	v = g_mime_utils_header_decode_text(NULL, u);
	g_free(u);
	return v;
}

/* Is the field named lname (lower case), compared as headers_text
 * compares (the name lower-cased, on at most 79 bytes)? */
static int field_named(const struct hfield *f, const char *lname)
{
	size_t n = f->nlen < 79 ? f->nlen : 79;

	for (size_t i = 0; i < n; i++)
		if (ascii_lower(f->name[i]) != lname[i])
			return 0;
	return lname[n] == '\0';
}

/* decoded_field for a split field, without lowering its name first. */
static int field_decoded(const struct hfield *f)
{
	switch (f->nlen) {
	case 2:
		return field_named(f, "to");
	case 4:
		return field_named(f, "from");
	case 7:
		return field_named(f, "subject");
	case 8:
		return field_named(f, "reply-to");
	default:
		return 0;
	}
}

/* headers_text over split fields: the same lines.  A message's own
 * header list in GMime holds no Content-* field (those belong to its
 * MIME part): `message` leaves them out the same way. */
static void fields_text(struct mf__msg *m, const struct hfield *f, size_t nf,
			struct mf__buf *out, const char *const *only, int message)
{
	for (size_t i = 0; i < nf && !out->failed; i++) {
		int keep = !only;
		char *v;

		if (message && f[i].nlen >= 8 && (f[i].name[0] | 0x20) == 'c' &&
		    g_ascii_strncasecmp(f[i].name, "content-", 8) == 0)
			continue;
		for (size_t j = 0; only && only[j] && !keep; j++)
			keep = field_named(&f[i], only[j]);
		if (!keep)
			continue;
		if (field_decoded(&f[i])) {
			if (append_ascii_field(out, f[i].name, f[i].nlen, f[i].value, f[i].vlen, 1))
				continue;
			v = field_value(m, &f[i], 1);
			append_field(out, f[i].name, f[i].nlen, v, v ? strlen(v) : 0);
			g_free(v);
		} else {
			append_field(out, f[i].name, f[i].nlen, f[i].value, f[i].vlen);
		}
	}
}

/* What explain reads of the returned original's header. */
static const char *const orig_fields[] = {"from", "to", "subject", "message-id", "date",
					  "x-hmxmroriginalrecipient", NULL};

/* Does the tag at html[i] ('<') open element `name` (lower case)? */
static int tag_is(const struct mf__buf *html, size_t i, const char *name)
{
	size_t n = strlen(name);
	char after;

	if (i + 1 + n >= html->len || g_ascii_strncasecmp(html->data + i + 1, name, n) != 0)
		return 0;
	after = html->data[i + 1 + n];
	return after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r' ||
	       after == '/';
}

/* Where the content of a style or script element (whose start tag is at
 * i) or a comment ends: the offset of the '>' that closes it, or the end
 * of the part when nothing does.  What is in between is not text. */
static size_t skip_unread(const struct mf__buf *html, size_t i)
{
	const char *p = html->data, *end = html->data + html->len, *q;
	const char *name = NULL;

	if (i + 4 <= html->len && memcmp(p + i, "<!--", 4) == 0) {
		q = memmem(p + i + 4, (size_t)(end - (p + i + 4)), "-->", 3);
		return q ? (size_t)(q - p) + 2 : html->len;
	}
	name = tag_is(html, i, "style") ? "style" : "script";
	for (q = p + i + 1; (q = memmem(q, (size_t)(end - q), "</", 2)) != NULL; q += 2) {
		size_t n = strlen(name);
		if ((size_t)(end - q) > n + 2 && g_ascii_strncasecmp(q + 2, name, n) == 0) {
			const char *gt = memchr(q, '>', (size_t)(end - q));
			return gt ? (size_t)(gt - p) : html->len;
		}
	}
	return html->len;
}

/* Crude HTML to text: drop tags, style sheets, scripts and comments, keep
 * line breaks of block tags, and a space between table cells. */
static void html_to_text(struct mf__buf *html, struct mf__buf *out)
{
	int in_tag = 0;
	size_t run = 0;   /* start of the plain bytes not yet appended */

	for (size_t i = 0; i < html->len && !out->failed; i++) {
		char c;

		/* Straight to the next byte that matters: '<' or '>' inside a
		 * tag, '&' too outside (HTML parts are long and mostly plain);
		 * strcspn stops at the buffer's terminating NUL too (and at a
		 * NUL inside, which is a plain byte). */
		while (i < html->len) {
			i += strcspn(html->data + i, in_tag ? "<>" : "<>&");
			if (i >= html->len || html->data[i] != '\0')
				break;
			i++;
		}
		if (i > html->len)
			i = html->len;
		if (i == html->len)
			break;
		c = html->data[i];
		if (!in_tag && i > run)
			mf__buf_append(out, html->data + run, i - run);
		run = i + 1;
		if (c == '<' && (tag_is(html, i, "style") || tag_is(html, i, "script") ||
				 (i + 4 <= html->len && memcmp(html->data + i, "<!--", 4) == 0))) {
			/* a style sheet, a script, a comment (Outlook's
			 * conditional ones): nothing a reader sees */
			i = skip_unread(html, i);
			run = i + 1;
			continue;
		}
		if (c == '<') {
			in_tag = 1;
			if (i + 3 < html->len && (g_ascii_strncasecmp(html->data + i, "<br", 3) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<p", 2) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<div", 4) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<tr", 3) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<li", 3) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<hr", 3) == 0 ||
						  g_ascii_strncasecmp(html->data + i, "<table", 6) == 0 ||
						  (g_ascii_tolower(html->data[i + 1]) == 'h' && html->data[i + 2] >= '1' &&
						   html->data[i + 2] <= '6')))
				mf__buf_append(out, "\n", 1);
			/* table cells side by side stay apart ("Reason</td><td>554"):
			 * NDRs lay their fields out in tables */
			else if (i + 3 < html->len && (g_ascii_strncasecmp(html->data + i, "<td", 3) == 0 ||
						       g_ascii_strncasecmp(html->data + i, "<th", 3) == 0))
				mf__buf_append(out, " ", 1);
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
			run = i + 1;
		}
	}
	if (!in_tag && html->len > run)
		mf__buf_append(out, html->data + run, html->len - run);
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
	int nomem;
	int costly;         /* bytes GMime was not given (mime_cost.c) */
	struct mf__mime_cost cost; /* why: their counts */
};

/* May GMime parse these bytes (mime_cost.c)?  When not, w says why. */
static int gmime_may_read(struct walk *w, const char *p, size_t n)
{
	struct mf__mime_cost c;

	if (mf__mime_cost_ok(p, n, &c))
		return 1;
	if (!w->costly) {
		w->costly = 1;
		w->cost = c;
	}
	return 0;
}

static void walk(struct walk *w, GMimeObject *obj, int depth);

/* A multipart/report is a report of delivery (RFC 3464), feedback (RFC
 * 5965) or the like; one whose report-type is disposition-notification
 * is a read receipt (RFC 8098: displayed, deleted ...), no bounce. */
static int report_of_delivery(GMimeContentType *ct)
{
	const char *rt = g_mime_content_type_get_parameter(ct, "report-type");

	return !rt || g_ascii_strcasecmp(rt, "disposition-notification") != 0;
}

/* A returned or forwarded message that GMime parsed (inner: the message). */
static void inner_message(struct walk *w, GMimeObject *inner, int depth)
{
	GMimeObject *body = g_mime_message_get_mime_part(GMIME_MESSAGE(inner));
	GMimeContentType *ict = body ? g_mime_object_get_content_type(body) : NULL;

	/* A bounce forwarded as an attachment: when the outer message
	 * carries no report of its own, read the inner report. */
	if (ict && !w->m->dsn.len && !w->m->is_report &&
	    g_mime_content_type_is_type(ict, "multipart", "report")) {
		w->m->is_report = report_of_delivery(ict);
		walk(w, body, depth + 1);
		return;
	}
	/* The returned original: its headers, not its text. */
	if (w->m->orig.len == 0) {
		headers_text(inner, &w->m->orig, orig_fields);
		w->m->has_orig_part = 1;
	}
}

/* Is the (unfolded) Content-Type value multipart/report? */
static int ct_is(const char *value, const char *type, const char *sub)
{
	GMimeContentType *ct = g_mime_content_type_parse(NULL, value);
	int yes = ct && g_mime_content_type_is_type(ct, type, sub);

	if (ct)
		g_object_unref(ct);
	return yes;
}

/* Is the attached message (header fields f) a bounce that a person
 * forwarded (bounce_forward.c), by its From and Subject and the outer
 * message's From? */
static int forwarded(const struct walk *w, const struct hfield *f, size_t nf)
{
	const char *ifrom = NULL, *isubj = NULL, *ofrom;
	size_t ifl = 0, isl = 0, ofl = 0;

	for (size_t i = 0; i < nf; i++) {
		if (name_is(&f[i], "from")) {
			ifrom = f[i].value;
			ifl = f[i].vlen;
		} else if (name_is(&f[i], "subject")) {
			isubj = f[i].value;
			isl = f[i].vlen;
		}
	}
	if (!ifrom && !isubj)
		return 0;
	ofrom = w->m->headers.data ? mf__header_find(w->m->headers.data, w->m->headers.len, "from:", &ofl)
				   : NULL;
	return mf__forwarded_bounce(w->m->bd, ofrom, ofl, ifrom, ifl, isubj, isl);
}

/* An attached message's bytes p, n (tmp: where they are kept, freed
 * here).  only_bounce: a saved message file, read only when it is a
 * report or a forwarded bounce (never as a returned original). */
static void message_bytes(struct walk *w, struct mf__buf *tmp, const char *p, size_t n, int depth,
			  int only_bounce)
{
	struct hfield f[MAX_FIELDS];
	size_t nf = 0, body = 0, n_ct = 0, ict = 0;

	if (split_header_block(p, n, f, &nf, &body)) {
		for (size_t i = 0; i < nf; i++)
			if (name_is(&f[i], "content-type")) {
				n_ct++;
				ict = i;
			}
	}
	if (nf > 0 && n_ct <= 1) {
		int fwd = 0;

		if (n_ct == 1 && !w->m->dsn.len && !w->m->is_report) {
			char *v = field_value(w->m, &f[ict], 1);
			fwd = ct_is(v, "multipart", "report");
			g_free(v);
		}
		if (!fwd && !w->m->dsn.len && !w->m->is_report && forwarded(w, f, nf)) {
			/* a text bounce (or a forward of one) a person forwarded */
			GMimeMessage *inner = gmime_may_read(w, p, n) ? gmime_message(p, n) : NULL;

			if (inner) {
				walk(w, g_mime_message_get_mime_part(inner), depth + 1);
				g_object_unref(inner);
			}
			mf__buf_free(tmp);
			return;
		}
		if (!fwd) {
			if (w->m->orig.len == 0 && !only_bounce) {
				fields_text(w->m, f, nf, &w->m->orig, orig_fields, 1);
				w->m->has_orig_part = 1;
			}
			mf__buf_free(tmp);
			return;
		}
	}
	/* A forwarded report, or a header GMime must read itself. */
	if (!only_bounce || nf > 0) {
		GMimeMessage *inner = gmime_may_read(w, p, n) ? gmime_message(p, n) : NULL;

		if (inner) {
			inner_message(w, GMIME_OBJECT(inner), depth);
			g_object_unref(inner);
		}
	}
	mf__buf_free(tmp);
}

/* A message/rfc822 (global, news) part, kept as a leaf: its raw bytes
 * (a message part has no transfer encoding of its own to undo). */
static void message_leaf(struct walk *w, GMimeObject *obj, int depth)
{
	GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(obj));
	GMimeStream *raw = dw ? g_mime_data_wrapper_get_stream(dw) : NULL;
	struct mf__buf tmp;
	const char *p = "";
	size_t n = 0;

	mf__buf_init(&tmp, (size_t)MF_EXPLAIN_MAX_MESSAGE);
	if (raw)
		stream_bytes(raw, &tmp, &p, &n);
	message_bytes(w, &tmp, p, n, depth, 0);
}

/* A saved message attached as a file ("Undeliverable.eml" in
 * application/octet-stream, base64): its decoded bytes, read as an
 * attached message when it is a bounce (bounce_forward.c). */
static void message_file(struct walk *w, GMimeObject *obj, int depth)
{
	GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(obj));
	GMimeStream *dec = dw ? g_mime_stream_mem_new() : NULL;
	GByteArray *a;
	struct mf__buf tmp;

	if (!dec)
		return;
	mf__buf_init(&tmp, (size_t)MF_EXPLAIN_MAX_MESSAGE);
	if (g_mime_data_wrapper_write_to_stream(dw, dec) >= 0 &&
	    (a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(dec))) != NULL && a->len > 0 &&
	    a->len <= (size_t)MF_EXPLAIN_MAX_MESSAGE && mf__buf_append(&tmp, (const char *)a->data, a->len) == 0)
		message_bytes(w, &tmp, tmp.data, tmp.len, depth, 1);
	else
		mf__buf_free(&tmp);
	g_object_unref(dec);
}

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

		if (depth == 0 && g_ascii_strcasecmp(sub, "report") == 0) {
			w->m->is_report = report_of_delivery(ct);
			w->m->is_receipt = !w->m->is_report;
		}
		for (int i = 0; i < n; i++)
			walk(w, g_mime_multipart_get_part(mp, i), depth + 1);
		return;
	}
	if (GMIME_IS_MESSAGE_PART(obj)) {
		/* (a message part GMime built itself: message types are
		 * registered as leaves, so only in a message from elsewhere) */
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));

		if (inner)
			inner_message(w, GMIME_OBJECT(inner), depth);
		return;
	}
	if (!GMIME_IS_PART(obj))
		return;
	if (g_ascii_strcasecmp(type, "message") == 0 &&
	    (g_ascii_strcasecmp(sub, "rfc822") == 0 || g_ascii_strcasecmp(sub, "global") == 0 ||
	     g_ascii_strcasecmp(sub, "news") == 0)) {
		message_leaf(w, obj, depth);
	} else if (depth > 0 && g_ascii_strcasecmp(type, "message") != 0 &&
		   mf__message_file_name(g_mime_part_get_filename(GMIME_PART(obj)))) {
		message_file(w, obj, depth);
	} else if (g_ascii_strcasecmp(type, "message") == 0 &&
	    (g_ascii_strcasecmp(sub, "delivery-status") == 0 ||
	     g_ascii_strcasecmp(sub, "global-delivery-status") == 0)) {
		w->nomem |= part_text(obj, &w->m->dsn, MF__EXPLAIN_MAX_DSN, w->m) != 0;
		mf__buf_append(&w->m->dsn, "\n", 1);
	} else if (g_ascii_strcasecmp(type, "message") == 0 &&
		   g_ascii_strcasecmp(sub, "feedback-report") == 0) {
		w->nomem |= part_text(obj, &w->m->feedback, MF__EXPLAIN_MAX_DSN, w->m) != 0;
	} else if ((g_ascii_strcasecmp(type, "text") == 0 &&
		    g_ascii_strcasecmp(sub, "rfc822-headers") == 0) ||
		   (g_ascii_strcasecmp(type, "message") == 0 &&
		    (g_ascii_strcasecmp(sub, "rfc822-headers") == 0 ||
		     g_ascii_strcasecmp(sub, "rfc822") == 0 ||
		     g_ascii_strcasecmp(sub, "global") == 0 ||
		     g_ascii_strcasecmp(sub, "global-headers") == 0))) {
		if (w->m->orig.len == 0)
			w->nomem |= part_text(obj, &w->m->orig, MF__EXPLAIN_MAX_ORIG, w->m) != 0;
		w->m->has_orig_part = 1;
	} else if (g_ascii_strcasecmp(type, "text") == 0 && g_ascii_strcasecmp(sub, "html") == 0) {
		w->nomem |= part_text(obj, &w->m->html, MF__EXPLAIN_MAX_TEXT, w->m) != 0;
	} else if ((g_ascii_strcasecmp(type, "text") == 0 && !is_attachment(obj)) ||
		   (depth == 0 && g_ascii_strcasecmp(type, "application") != 0 &&
		    g_ascii_strcasecmp(type, "image") != 0)) {
		/* The human-readable explanation; a second text part after the
		 * report (some MTAs put the original there) is kept too, after
		 * the first. */
		if (w->m->text.len < MF__EXPLAIN_MAX_TEXT)
			w->nomem |= part_text(obj, &w->m->text,
					      MF__EXPLAIN_MAX_TEXT - w->m->text.len, w->m) != 0;
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

/* The values mf__header_find gives for "from:", "to:" and "subject:"
 * (v[k] NULL when absent), in one pass over the header block. */
static void find_from_to_subject(const char *block, size_t len, const char *v[3],
				 size_t vl[3])
{
	static const char *const names[3] = {"from:", "to:", "subject:"};
	static const size_t lens[3] = {5, 3, 8};
	const char *p = block, *end = block + len;
	int found = 0;

	v[0] = v[1] = v[2] = NULL;
	vl[0] = vl[1] = vl[2] = 0;
	while (p && p < end && found < 3) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *le = eol ? eol : end;
		int c = *p | 0x20, k = c == 'f' ? 0 : c == 't' ? 1 : c == 's' ? 2 : -1;

		if (k >= 0 && !v[k] && (size_t)(le - p) >= lens[k] &&
		    g_ascii_strncasecmp(p, names[k], lens[k]) == 0) {
			const char *x = p + lens[k];
			size_t n;

			while (x < le && (*x == ' ' || *x == '\t'))
				x++;
			n = (size_t)(le - x);
			while (n && (x[n - 1] == '\r' || x[n - 1] == ' '))
				n--;
			v[k] = x;
			vl[k] = n;
			found++;
		}
		p = eol ? eol + 1 : NULL;
	}
}

/* Append a header value (NULL: "") and a NUL to m->vals; its offset
 * there, or -1 when out of memory. */
static long add_header_value(struct mf__msg *m, const char *v, size_t vl)
{
	size_t at = m->vals.len;

	if ((v && mf__buf_append(&m->vals, v, vl)) || mf__buf_append(&m->vals, "", 1))
		return -1;
	return (long)at;
}

/* Room for n bytes at *p (capacity *cap), keeping nothing of before. */
static char *room(char **p, size_t *cap, size_t n)
{
	if (n > *cap) {
		size_t c = n < 4096 ? 4096 : n;

		free(*p);
		*cap = 0;
		*p = malloc(c);
		if (*p)
			*cap = c;
	}
	return *p;
}

static void buf_empty(struct mf__buf *b)
{
	b->len = 0;
	b->failed = 0;
	if (b->data)
		b->data[0] = '\0';
}

void mf__msg_init(struct mf__msg *m)
{
	memset(m, 0, sizeof *m);
	mf__buf_init(&m->headers, MF__EXPLAIN_MAX_HEADERS);
	mf__buf_init(&m->text, MF__EXPLAIN_MAX_TEXT + 16);
	mf__buf_init(&m->dsn, MF__EXPLAIN_MAX_DSN + 16);
	mf__buf_init(&m->feedback, MF__EXPLAIN_MAX_DSN + 16);
	mf__buf_init(&m->orig, MF__EXPLAIN_MAX_ORIG + 16);
	mf__buf_init(&m->vals, 3 * (MF__EXPLAIN_MAX_HEADERS + 1));
	mf__buf_init(&m->html, MF__EXPLAIN_MAX_TEXT + 16);
	mf__buf_init(&m->scratch, 0);
}

/* How many bytes mail programs put before a message's first header
 * field: a UTF-8 byte order mark (Windows editors, webmails' "export as
 * .eml") and blank lines (LF or CRLF), in any order. */
static size_t lead_len(const char *s, size_t len)
{
	size_t i = 0;

	for (;;) {
		if (len - i >= 3 && memcmp(s + i, "\xef\xbb\xbf", 3) == 0)
			i += 3;
		else if (i < len && (s[i] == '\r' || s[i] == '\n'))
			i++;
		else
			return i;
	}
}

/* Does the input start like a message: a header field or an mbox line
 * (after what lead_len skips)? */
static int looks_like_message(const char *s, size_t len)
{
	size_t i = lead_len(s, len);

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

/* Is the split field's value, as field_value gives it decoded, surely
 * not "text/plain" (then alone or followed by ';' or a blank)?  Only
 * said for a plain ASCII value without "=?" (CR and LF skipped, as
 * unfolding takes them out): field_value then only unfolds it, so its
 * first bytes are the raw value's after the leading white space, less
 * CR and LF.  0 when it may be (field_value must say). */
static int surely_not_text_plain(const struct hfield *f)
{
	const char *v = f->value, *e = f->value + f->vlen;
	char got[11];
	size_t n = 0;

	if (!plain_ascii(v, f->vlen))
		return 0;
	for (const char *x = v; x < e; x++) {
		if (*x != '=')
			continue;
		for (const char *y = x + 1; y < e; y++)
			if (*y != '\r' && *y != '\n') {
				if (*y == '?')
					return 0;
				break;
			}
	}
	while (v < e && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n'))
		v++;
	for (; v < e && n < sizeof got; v++)
		if (*v != '\r' && *v != '\n')
			got[n++] = *v;
	if (n < 10 || g_ascii_strncasecmp(got, "text/plain", 10) != 0)
		return 1;
	return n == 11 && got[10] != ';' && got[10] != ' ' && got[10] != '\t';
}

/* What a message keeps from one parse to the next is at most this big
 * (a 50 MB bounce's copy is freed once read). */
#define KEEP_BYTES (1024 * 1024)

/* Free m's parser, stream and bytes (made again when needed). */
static void drop_gmime(struct mf__msg *m)
{
	if (m->parser)
		g_object_unref(m->parser);
	if (m->stream)
		g_object_unref(m->stream);
	if (m->bytes)
		g_byte_array_free(m->bytes, TRUE);
	m->parser = NULL;
	m->stream = NULL;
	m->bytes = NULL;
}

/* The message through split_header_block: the top-level fields as
 * text, then the body: a single text part decoded here with GMime's
 * filters (no tree to build), anything else parsed by GMime from the
 * MIME fields and the body only.  -1: the header block is not plain (the
 * caller gives the whole message to GMime); 1: GMime found no message. */
static int parse_split(struct walk *w, const char *bytes, size_t len)
{
	struct hfield f[MAX_FIELDS];
	size_t nf, body, n_ct = 0, n_cte = 0, ct = 0, cte = 0;
	struct mf__msg *m = w->m;

	if (!split_header_block(bytes, len, f, &nf, &body) || nf == 0)
		return -1;
	for (size_t i = 0; i < nf; i++) {
		if (name_is(&f[i], "content-type")) {
			n_ct++;
			ct = i;
		} else if (name_is(&f[i], "content-transfer-encoding")) {
			n_cte++;
			cte = i;
		}
	}
	/* room for the usual sizes at once (no chain of reallocations) */
	mf__buf_reserve(&m->headers, body < 65536 ? body + 1 : 65536);
	mf__buf_reserve(&m->text, len - body < 65536 ? len - body + 2 : 65536);
	fields_text(m, f, nf, &m->headers, NULL, 1);
	if (n_cte <= 1 && n_ct <= 1 && !(n_ct && surely_not_text_plain(&f[ct]))) {
		/* One text/plain part (or no Content-Type: RFC 2045 5.2). */
		char *v = n_ct ? field_value(m, &f[ct], 1) : NULL;
		const char *t = v;
		GMimeContentType *ctype = NULL;
		int plain = 1;

		if (t) {
			while (*t == ' ' || *t == '\t')
				t++;
			plain = g_ascii_strncasecmp(t, "text/plain", 10) == 0 &&
				(t[10] == '\0' || t[10] == ';' || t[10] == ' ' || t[10] == '\t');
			if (plain)
				ctype = g_mime_content_type_parse(NULL, v);
			plain = plain && ctype &&
				g_mime_content_type_is_type(ctype, "text", "plain");
		}
		if (plain) {
			GMimeContentEncoding enc = GMIME_CONTENT_ENCODING_DEFAULT;
			const char *cs = ctype ? g_mime_content_type_get_parameter(ctype, "charset")
					       : NULL;
			if (n_cte) {
				char *e = field_value(m, &f[cte], 1);
				enc = g_mime_content_encoding_from_string(e);
				g_free(e);
			}
			w->nomem |= content_text(bytes + body, len - body, NULL, enc, cs, &m->text,
						 MF__EXPLAIN_MAX_TEXT, m) != 0;
		}
		if (ctype)
			g_object_unref(ctype);
		g_free(v);
		if (plain)
			return 0;
	}
	/* GMime parses the MIME fields (Content-*, all it reads of a
	 * top-level header) and the body, with the parser, stream and
	 * bytes kept in m from message to message. */
	if (!gmime_may_read(w, bytes, len))
		return 0;
	{
		GMimeObject *top;

		if (!m->bytes)
			m->bytes = g_byte_array_new();
		if (!m->stream)
			m->stream = g_mime_stream_mem_new();
		g_byte_array_set_size(m->bytes, 0);
		for (size_t i = 0; i < nf; i++)
			if (f[i].nlen >= 8 && g_ascii_strncasecmp(f[i].name, "content-", 8) == 0)
				g_byte_array_append(m->bytes, (const guint8 *)bytes + f[i].start,
						    (guint)(f[i].end - f[i].start));
		/* the blank line and the body */
		g_byte_array_append(m->bytes, (const guint8 *)bytes + f[nf - 1].end,
				    (guint)(len - f[nf - 1].end));
		/* (also rewinds the stream and unbounds it; the stream does
		 * not own the bytes) */
		g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(m->stream), m->bytes);
		if (m->parser)
			g_mime_parser_init_with_stream(m->parser, m->stream);
		else
			m->parser = g_mime_parser_new_with_stream(m->stream);
		g_mime_parser_set_format(m->parser, GMIME_FORMAT_MESSAGE);
		top = g_mime_parser_construct_part(m->parser, NULL);
		if (top) {
			walk(w, top, 0);
			g_object_unref(top);
		}
		if (m->bytes->len > KEEP_BYTES)
			drop_gmime(m);
		if (!top)
			return 1;
	}
	return 0;
}

int mf__msg_parse(struct mf__msg *m, const char *bytes, size_t len, struct mf_error *err)
{
	return mf__msg_parse_with(m, bytes, len, 0, err);
}

int mf__msg_parse_with(struct mf__msg *m, const char *bytes, size_t len, int whole,
		       struct mf_error *err)
{
	mf__msg_init(m);
	return mf__msg_parse_again(m, bytes, len, whole, err);
}

/* Each CR right before an LF taken out of the text, in place (most
 * texts have none: one memchr). */
static void crlf_to_lf(struct mf__buf *b)
{
	char *t = b->data, *cr;
	size_t r, w;

	if (!t || !(cr = memchr(t, '\r', b->len)))
		return;
	for (r = w = (size_t)(cr - t); r < b->len; r++)
		if (!(t[r] == '\r' && r + 1 < b->len && t[r + 1] == '\n'))
			t[w++] = t[r];
	b->len = w;
	t[w] = '\0';
}

/* The texts a message is read into (emptied for the next message, freed
 * with it). */
#define MSG_TEXTS(m) \
	{&(m)->headers, &(m)->text, &(m)->dsn, &(m)->feedback, &(m)->orig, &(m)->vals, &(m)->html}

int mf__msg_parse_again(struct mf__msg *m, const char *bytes, size_t len, int whole,
			struct mf_error *err)
{
	struct walk w;
	const char *hv[3];
	size_t hvl[3];
	long at_from, at_to, at_subject;
	int rc;

	/* What the last message left: emptied, its memory kept. */
	{
		struct mf__buf *texts[] = MSG_TEXTS(m);
		for (size_t i = 0; i < MF__ARRAY_LEN(texts); i++)
			buf_empty(texts[i]);
	}
	m->from = m->to = m->subject = NULL;
	m->rs = m->re = 0;
	m->is_report = m->is_receipt = m->has_orig_part = 0;
	{
		/* the message starts at its first header field */
		size_t lead = lead_len(bytes, len);
		bytes += lead;
		len -= lead;
	}
	if (!looks_like_message(bytes, len))
		return mf__fail(err, MF_EINPUT, "byte 0",
				"give a whole message: header fields, a blank line, the body",
				"not an email message: it does not start with a header field");
	mf_explain_init();
	{
		char why[300];
		if (!mf__gmime_load(why, sizeof why))
			return mf__fail(err, MF_EIO, NULL, "install GMime 3 (libgmime-3.0-0)",
					"cannot read email messages: %s", why);
	}
	memset(&w, 0, sizeof w);
	w.m = m;
	rc = whole ? -1 : parse_split(&w, bytes, len);
	if (rc < 0 && gmime_may_read(&w, bytes, len)) {
		/* A header block GMime must read itself: the whole message. */
		GMimeMessage *msg = gmime_message(bytes, len);

		if (!msg) {
			return mf__fail(err, MF_EINPUT, NULL, NULL,
					"not an email message: GMime found no message in it");
		}
		headers_text(GMIME_OBJECT(msg), &m->headers, NULL);
		walk(&w, g_mime_message_get_mime_part(msg), 0);
		g_object_unref(msg);
	} else if (rc > 0) {
		return mf__fail(err, MF_EINPUT, NULL, NULL,
				"not an email message: GMime found no message in it");
	}
	if (w.costly && w.cost.fields > MF__MIME_MAX_FIELDS)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL,
				"the message is too costly to read: %zu lines of header fields "
				"(GMime makes objects of each field); explain reads at most %d",
				w.cost.fields, MF__MIME_MAX_FIELDS);
	if (w.costly)
		return mf__fail(err, MF_ETOOBIG, NULL,
				"a bounce nests a few MIME parts; give its delivery report alone",
				"the message's MIME structure is too costly to read: %zu Content-Type "
				"fields and %zu lines starting with \"--\" (GMime compares each such "
				"line with every boundary open around it); explain reads more than %d Content-Type fields only "
				"while the two multiplied stay under %zu",
				w.cost.ct, w.cost.dash, MF__MIME_MAX_CT, MF__MIME_MAX_WORK);
	if (m->text.len == 0 && m->html.len)
		html_to_text(&m->html, &m->text);
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
	/* CRLF line ends as LF: a marker of several words wrapped across a
	 * line reads the same in a file saved with CRLF (line breaks become
	 * single spaces in the lower-cased copy below) */
	crlf_to_lf(&m->text);
	/* a bounce quoted in a reply: its lines as the bounce wrote them */
	mf__unquote_replies(m->bd, &m->text);
	find_from_to_subject(m->headers.data ? m->headers.data : "", m->headers.len, hv, hvl);
	at_from = add_header_value(m, hv[0], hvl[0]);
	at_to = add_header_value(m, hv[1], hvl[1]);
	at_subject = add_header_value(m, hv[2], hvl[2]);
	if (at_from >= 0 && at_to >= 0 && at_subject >= 0) {
		m->from = m->vals.data + at_from;
		m->to = m->vals.data + at_to;
		m->subject = m->vals.data + at_subject;
	}
	room(&m->lower, &m->lower_cap, m->text.len + 1);
	room(&m->hlower, &m->hlower_cap, m->headers.len + 1);
	if (!m->pairs.seen) {
		m->pairs.seen = calloc(1, MF__PAIRS_N);
		m->pairs.gen = 0;
	}
	if (m->lower && m->hlower && m->pairs.seen) {
		/* Line breaks become spaces (same offsets), so that markers of
		 * several words match across a wrapped line. */
		static const unsigned char tl[256] = {
#define L4(n) L1(n), L1(n + 1), L1(n + 2), L1(n + 3)
#define L16(n) L4(n), L4(n + 4), L4(n + 8), L4(n + 12)
#define L1(n) (unsigned char)((n) == '\n' || (n) == '\r' || (n) == '\t' ? ' ' \
			      : (n) >= 'A' && (n) <= 'Z' ? (n) + 32 : (n))
			L16(0), L16(16), L16(32), L16(48), L16(64), L16(80), L16(96), L16(112),
			L16(128), L16(144), L16(160), L16(176), L16(192), L16(208), L16(224), L16(240)
#undef L1
#undef L4
#undef L16
		};
		const unsigned char *restrict in = (const unsigned char *)m->text.data;
		unsigned char *restrict lo = (unsigned char *)m->lower;
		unsigned char *restrict seen = m->pairs.seen;
		unsigned char gen;
		size_t n = m->text.len, i = 0;

		/* a new generation: nothing seen yet */
		if (++m->pairs.gen == 0) {
			memset(seen, 0, MF__PAIRS_N);
			m->pairs.gen = 1;
		}
		gen = m->pairs.gen;
		/* eight bytes at a time, the table for the rest */
		for (; i + 8 <= n; i += 8) {
			uint64_t word;

			memcpy(&word, in + i, 8);
			word = lower8_spaces(word);
			memcpy(lo + i, &word, 8);
		}
		for (; i < n; i++)
			lo[i] = tl[in[i]];
		lo[n] = '\0';
		for (i = 0; i + 1 < n; i++) {
			uint16_t v;

			memcpy(&v, lo + i, 2);
			seen[v] = gen;
		}
		in = (const unsigned char *)m->headers.data;
		lo = (unsigned char *)m->hlower;
		n = m->headers.len;
		for (i = 0; i + 8 <= n; i += 8) {
			uint64_t word;

			memcpy(&word, in + i, 8);
			word = lower8(word);
			memcpy(lo + i, &word, 8);
		}
		for (; i < n; i++)
			lo[i] = (unsigned char)(in[i] >= 'A' && in[i] <= 'Z' ? in[i] + 32 : in[i]);
		lo[n] = '\0';
	}
	if (w.nomem || !m->from || !m->to || !m->subject || !m->lower || !m->hlower || !m->pairs.seen)
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
	free(m->lower);
	free(m->hlower);
	free(m->pairs.seen);
	{
		struct mf__buf *texts[] = MSG_TEXTS(m);
		for (size_t i = 0; i < MF__ARRAY_LEN(texts); i++)
			mf__buf_free(texts[i]);
	}
	mf__buf_free(&m->scratch);
	drop_gmime(m);
	for (size_t i = 0; i < m->n_charsets; i++)
		if (m->charsets[i].cd)
			g_mime_iconv_close((iconv_t)m->charsets[i].cd);
	mf__msg_init(m);
}
