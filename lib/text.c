/*
 * text.c: normalize text for matching, keeping the way back to the
 * original.  Each character is mapped to its NFKC form with Unicode case
 * folding (utf8proc), so full-width "５５０" and "ＳＰＦ" read as "550" and
 * "spf"; traditional Chinese characters are mapped to simplified ones
 * (zh-variants.json), then Taiwan / Hong Kong words to the mainland words
 * the rules use (zh-words.json: 伺服器 -> 服务器, 网域 -> 域名); typographic
 * quotes become ASCII quotes; runs of white space become one space; the
 * later lines' prefixes of a multi-line SMTP reply are dropped
 * (bounce_unfold.c).
 * Every normalized byte remembers the original offset of the character it
 * came from, so that evidence spans are reported in the user's own text.
 * Called by route (queries) and data.c (patterns, which must already be
 * in this form).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

static uint32_t zh_simplify(const struct mf__data *d, uint32_t cp)
{
	size_t lo = 0, hi = d->n_zh_map;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->zh_map[mid].from == cp)
			return d->zh_map[mid].to;
		if (d->zh_map[mid].from < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return cp;
}

static int is_space_cp(utf8proc_int32_t cp)
{
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0d))
		return 1;
	if (cp < 0x80)
		return 0;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return 1;
	default:
		return cp == 0x85;
	}
}

/* Map one code point to its normalized form; returns the number of code
 * points written to out (at most `max`), 0 to drop it. */
static int map_cp(const struct mf__data *d, utf8proc_int32_t cp,
		  utf8proc_int32_t *out, int max)
{
	utf8proc_ssize_t n;
	int boundclass = UTF8PROC_BOUNDCLASS_START;

	if (cp < 0x80) {
		out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
		return 1;
	}
	/* Typographic quotes read as ASCII ones: people paste both. */
	if (cp == 0x2018 || cp == 0x2019 || cp == 0x201b || cp == 0x2032) {
		out[0] = '\'';
		return 1;
	}
	if (cp == 0x201c || cp == 0x201d || cp == 0x201e || cp == 0x2033) {
		out[0] = '"';
		return 1;
	}
	n = utf8proc_decompose_char(cp, out, max,
				    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
					    UTF8PROC_IGNORE | UTF8PROC_STABLE,
				    &boundclass);
	if (n < 0 || n > max) {
		out[0] = cp;
		return 1;
	}
	if (n > 1)
		n = utf8proc_normalize_utf32(out, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
	if (n < 0)
		return 0;
	for (utf8proc_ssize_t i = 0; i < n; i++)
		if (out[i] >= 0x3400)
			out[i] = (utf8proc_int32_t)zh_simplify(d, (uint32_t)out[i]);
	return (int)n;
}

struct writer {
	char *text;
	uint32_t *orig;
	size_t len, cap;
};

/* The longest word variant (zh-words.json) that t[0..n) starts with, or
 * NULL.  Words are Han characters of U+4E00..U+9FFF, three bytes each,
 * sorted by their bytes, so the words of one first character are
 * neighbours. */
static const struct mf__zh_word *zh_word_at(const struct mf__data *d, const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	const struct mf__zh_word *best = NULL;
	size_t lo = 0, hi = d->n_zh_words;

	if (n < 3 || u[0] < 0xe4 || u[0] > 0xe9)
		return NULL;
	if (!mf__han_set_has(d->zh_word_first, mf__utf8_cp3(t)))
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (memcmp(d->zh_words[mid].from, t, 3) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < d->n_zh_words && memcmp(d->zh_words[lo].from, t, 3) == 0; lo++) {
		const struct mf__zh_word *w = &d->zh_words[lo];
		if (w->from_len <= n && memcmp(w->from, t, w->from_len) == 0 &&
		    (!best || w->from_len > best->from_len))
			best = w;
	}
	return best;
}

/* Replace Taiwan / Hong Kong words by the mainland ones the rules use
 * (伺服器 -> 服务器, 网域 -> 域名), left to right, the longest word first,
 * after the characters were simplified.  The bytes of a replacement all
 * come from the first character of the word it replaces, so evidence
 * spans still cover the user's whole word.  w's buffers are replaced
 * only when some word is found. */
static int apply_words(const struct mf__data *d, struct writer *w, size_t *n_han)
{
	size_t newlen = w->len, hits = 0;
	struct writer nw = {0};

	for (size_t i = 0; i < w->len;) {
		const struct mf__zh_word *m = zh_word_at(d, w->text + i, w->len - i);
		if (m) {
			newlen = newlen - m->from_len + m->to_len;
			hits++;
			i += m->from_len;
		} else {
			i++;
		}
	}
	if (!hits)
		return 0;
	nw.cap = (newlen > w->cap ? newlen : w->cap) + 16;
	nw.text = malloc(nw.cap);
	nw.orig = malloc((nw.cap + 1) * sizeof *nw.orig);
	if (!nw.text || !nw.orig) {
		free(nw.text);
		free(nw.orig);
		return MF_ENOMEM;
	}
	for (size_t i = 0; i < w->len;) {
		const struct mf__zh_word *m = zh_word_at(d, w->text + i, w->len - i);
		if (m) {
			memcpy(nw.text + nw.len, m->to, m->to_len);
			for (size_t k = 0; k < m->to_len; k++)
				nw.orig[nw.len + k] = w->orig[i];
			nw.len += m->to_len;
			*n_han = *n_han + m->to_len / 3 - m->from_len / 3;
			i += m->from_len;
		} else {
			nw.text[nw.len] = w->text[i];
			nw.orig[nw.len++] = w->orig[i++];
		}
	}
	free(w->text);
	free(w->orig);
	*w = nw;
	return 0;
}

static int put_cp(struct writer *w, utf8proc_int32_t cp, uint32_t origin)
{
	utf8proc_uint8_t enc[4];
	utf8proc_ssize_t n = utf8proc_encode_char(cp, enc);

	if (w->len + (size_t)n + 1 > w->cap) {
		size_t nc = w->cap * 2 + 16;
		char *t = realloc(w->text, nc);
		uint32_t *o;
		if (!t)
			return MF_ENOMEM;
		w->text = t;
		o = realloc(w->orig, (nc + 1) * sizeof *o);
		if (!o)
			return MF_ENOMEM;
		w->orig = o;
		w->cap = nc;
	}
	for (utf8proc_ssize_t i = 0; i < n; i++) {
		w->text[w->len] = (char)enc[i];
		w->orig[w->len++] = origin;
	}
	return 0;
}

/* Normalize into w's buffers (cap of at least len + 16 bytes: normalized
 * text is rarely longer than the input; they grow if it is). */
static int normalize(const struct mf__data *d, const char *in, size_t len, struct writer *wp,
		     struct mf__norm *out, struct mf_error *err)
{
	struct writer w = *wp;
	size_t i = 0;
	int pending_space = 0, rc = 0;
	uint32_t space_origin = 0;
	char where[64];

	memset(out, 0, sizeof *out);
	w.len = 0;
	while (i < len) {
		utf8proc_int32_t cp, mapped[18];
		utf8proc_ssize_t n;
		unsigned char c = (unsigned char)in[i];
		int k;

		/* Printable ASCII, most of most queries: lower case, no more.
		 * A run of it (and of single spaces between its words) is
		 * copied in one loop. */
		if (c > 0x20 && c < 0x7f && w.len + 2 < w.cap) {
			/* bytes that may be written, leaving room for the end */
			size_t room = w.cap - w.len - 2, j = i, end;
			char *t = w.text + w.len;
			uint32_t *o = w.orig + w.len;

			if (pending_space) {
				*t++ = ' ';
				*o++ = space_origin;
				pending_space = 0;
				room--;
			}
			end = i + (len - i < room ? len - i : room);
			while (j < end) {
				unsigned char b = (unsigned char)in[j];
				if (b == ' ' && j + 1 < end && (unsigned char)in[j + 1] > 0x20 &&
				    (unsigned char)in[j + 1] < 0x7f) {
					*t++ = ' ';
					*o++ = (uint32_t)j++;
					continue;
				}
				if (b <= 0x20 || b >= 0x7f)
					break;
				*t++ = (char)(b | ((unsigned)(b - 'A') < 26u ? 0x20 : 0));
				*o++ = (uint32_t)j++;
			}
			w.len = (size_t)(t - w.text);
			i = j;
			continue;
		}
		/* A CJK unified ideograph (3 bytes, U+4E00..U+9FFF) has no
		 * compatibility or case mapping: only the simplified form. */
		if (c >= 0xe4 && c <= 0xe9 && i + 2 < len && ((unsigned char)in[i + 1] & 0xc0) == 0x80 &&
		    ((unsigned char)in[i + 2] & 0xc0) == 0x80) {
			uint32_t u = mf__utf8_cp3(in + i);
			if (u >= 0x4e00 && u <= 0x9fff) {
				uint32_t s = d->zh_bmp ? d->zh_bmp[u - 0x4e00] : 0;
				if (pending_space) {
					if ((rc = put_cp(&w, ' ', space_origin)))
						goto nomem;
					pending_space = 0;
				}
				out->n_han++;
				if (s) {
					out->n_trad++;
					u = s;
				} else if (d->zh_simp_bits && mf__han_set_has(d->zh_simp_bits, u)) {
					out->n_simp++;
				}
				if (u >= 0x800 && u <= 0xffff && w.len + 4 < w.cap) {
					/* three bytes again, all from this character */
					w.text[w.len] = (char)(0xe0 | (u >> 12));
					w.text[w.len + 1] = (char)(0x80 | ((u >> 6) & 0x3f));
					w.text[w.len + 2] = (char)(0x80 | (u & 0x3f));
					w.orig[w.len] = w.orig[w.len + 1] = w.orig[w.len + 2] = (uint32_t)i;
					w.len += 3;
				} else if ((rc = put_cp(&w, (utf8proc_int32_t)u, (uint32_t)i))) {
					goto nomem;
				}
				i += 3;
				continue;
			}
		}
		if (c < 0x80) {
			cp = c;
			n = 1;
		} else {
			n = utf8proc_iterate((const utf8proc_uint8_t *)in + i,
					     (utf8proc_ssize_t)(len - i), &cp);
			if (n < 0) {
				snprintf(where, sizeof where, "byte %zu", i);
				rc = mf__fail(err, MF_EUTF8, where,
					      "send the text encoded as UTF-8",
					      "the text is not valid UTF-8 at byte %zu", i);
				goto fail;
			}
		}
		if (cp == 0) {
			snprintf(where, sizeof where, "byte %zu", i);
			rc = mf__fail(err, MF_ENUL, where, "remove the NUL byte",
				      "the text contains a NUL byte at byte %zu", i);
			goto fail;
		}
		if (is_space_cp(cp)) {
			if (!pending_space)
				space_origin = (uint32_t)i;
			pending_space = w.len > 0;
			i += (size_t)n;
			continue;
		}
		k = map_cp(d, cp, mapped, (int)MF__ARRAY_LEN(mapped));
		if (k > 0 && pending_space) {
			if ((rc = put_cp(&w, ' ', space_origin)))
				goto nomem;
			pending_space = 0;
		}
		for (int j = 0; j < k; j++) {
			if (is_space_cp(mapped[j])) {
				if (w.len && w.text[w.len - 1] != ' ' && (rc = put_cp(&w, ' ', (uint32_t)i)))
					goto nomem;
				continue;
			}
			if (mf__is_han((uint32_t)mapped[j]))
				out->n_han++;
			else if (mapped[j] >= 0x3041 && mapped[j] <= 0x30ff && mapped[j] != 0x30fb)
				out->n_kana++; /* hiragana, katakana (not the middle dot) */
			if ((rc = put_cp(&w, mapped[j], (uint32_t)i)))
				goto nomem;
		}
		i += (size_t)n;
	}
	/* multi-line SMTP replies read as their server wrote them */
	w.len = mf__unfold_replies(w.text, w.orig, w.len);
	if (d->n_zh_words && out->n_han && (rc = apply_words(d, &w, &out->n_han)))
		goto nomem;
	w.text[w.len] = '\0';
	w.orig[w.len] = (uint32_t)len;
	out->text = w.text;
	out->orig = w.orig;
	out->len = w.len;
	*wp = w;
	return 0;
nomem:
	rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
fail:
	*wp = w;
	memset(out, 0, sizeof *out);
	return rc;
}

int mf__normalize(const struct mf__data *d, const char *in, size_t len,
		  struct mf__norm *out, struct mf_error *err)
{
	struct writer w = {0};
	int rc;

	memset(out, 0, sizeof *out);
	w.cap = len + 16;
	w.text = malloc(w.cap);
	w.orig = malloc((w.cap + 1) * sizeof *w.orig);
	if (!w.text || !w.orig)
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	else
		rc = normalize(d, in, len, &w, out, err);
	if (rc) {
		free(w.text);
		free(w.orig);
	}
	return rc;
}

int mf__normalize_into(const struct mf__data *d, const char *in, size_t len,
		       struct mf__norm *out, struct mf__norm_space *space, struct mf_error *err)
{
	struct writer w = {space->text, space->orig, 0, space->cap};
	int rc;

	memset(out, 0, sizeof *out);
	if (w.cap < len + 16) {
		char *t = realloc(w.text, len + 16);
		uint32_t *o = t ? realloc(w.orig, (len + 17) * sizeof *o) : NULL;
		if (t)
			space->text = w.text = t;
		if (!o)
			return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		space->orig = w.orig = o;
		space->cap = w.cap = len + 16;
	}
	rc = normalize(d, in, len, &w, out, err);
	space->text = w.text; /* moved if they grew */
	space->orig = w.orig;
	space->cap = w.cap;
	return rc;
}

void mf__norm_space_trim(struct mf__norm_space *s, size_t keep)
{
	if (s->cap <= keep)
		return;
	free(s->text);
	free(s->orig);
	memset(s, 0, sizeof *s);
}

void mf__norm_free(struct mf__norm *n)
{
	if (!n)
		return;
	free(n->text);
	free(n->orig);
	memset(n, 0, sizeof *n);
}

void mf__norm_span(const struct mf__norm *n, size_t start, size_t end,
		   size_t *ostart, size_t *oend)
{
	if (start > n->len)
		start = n->len;
	if (end > n->len)
		end = n->len;
	*ostart = n->orig[start];
	/* The end is where the next character that is not part of the last
	 * matched one begins in the original. */
	if (end == 0) {
		*oend = *ostart;
		return;
	}
	{
		uint32_t last = n->orig[end - 1];
		size_t j = end;
		while (j < n->len && n->orig[j] == last)
			j++;
		*oend = n->orig[j];
	}
	if (*oend < *ostart)
		*oend = *ostart;
}

int mf__normalize_pattern(const struct mf__data *d, const char *in, char **out,
			  struct mf_error *err)
{
	size_t len = strlen(in), i = 0;
	struct writer w = {0};

	*out = NULL;
	w.cap = len + 16;
	w.text = malloc(w.cap);
	w.orig = malloc((w.cap + 1) * sizeof *w.orig);
	if (!w.text || !w.orig)
		goto nomem;
	while (i < len) {
		utf8proc_int32_t cp, mapped[18];
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)in + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		int k;

		if (n < 0) {
			free(w.text);
			free(w.orig);
			return mf__fail(err, MF_EDATA, NULL, NULL,
					"pattern \"%s\" is not valid UTF-8", in);
		}
		if (cp == '\\' && i + 1 < len) {
			/* An escape is the regex's business: keep it as written. */
			utf8proc_int32_t next;
			utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)in + i + 1,
							      (utf8proc_ssize_t)(len - i - 1), &next);
			if (m < 0)
				m = 1;
			if (put_cp(&w, '\\', 0) || put_cp(&w, next, 0))
				goto nomem;
			i += 1 + (size_t)m;
			continue;
		}
		k = map_cp(d, cp, mapped, (int)MF__ARRAY_LEN(mapped));
		for (int j = 0; j < k; j++)
			if (put_cp(&w, mapped[j], 0))
				goto nomem;
		i += (size_t)n;
	}
	if (d->n_zh_words) {
		size_t n_han = 0;
		if (apply_words(d, &w, &n_han))
			goto nomem;
	}
	w.text[w.len] = '\0';
	free(w.orig);
	*out = w.text;
	return 0;
nomem:
	free(w.text);
	free(w.orig);
	return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
}

size_t mf__utf8_whole(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = n, need;

	/* back over continuation bytes (three at most) to the sequence's
	 * first byte */
	while (j > 0 && n - j < 3 && (u[j - 1] & 0xc0) == 0x80)
		j--;
	if (j == 0 || u[j - 1] < 0xc0)
		return n; /* ASCII last, or no lead byte in reach: nothing to cut */
	need = u[j - 1] >= 0xf0 ? 4 : u[j - 1] >= 0xe0 ? 3 : 2;
	return n - (j - 1) < need ? j - 1 : n;
}

void mf__utf8_copy(char *dst, size_t cap, const char *s, size_t n)
{
	if (cap == 0)
		return;
	if (n >= cap)
		n = mf__utf8_whole(s, cap - 1);
	memcpy(dst, s, n);
	dst[n] = '\0';
}
