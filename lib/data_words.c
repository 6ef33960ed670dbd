/*
 * data_words.c: the words normalization and the cues read:
 * lexicon.json (negation cues, filler words, conjunctions, common words,
 * and the one negation pattern made of the cues), zh-variants.json
 * (traditional to simplified characters, or the build's map of it),
 * zh-words.json (Taiwan and Hong Kong words) and zh-hant.json (the
 * traditional form of each Chinese answer text).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "data_load.h"
#include "embedded.h"
#include "zh_blob.h"

/* One expression that matches any negation cue (ASCII cues as whole
 * words), so that a scan tells whether a query has any at all. */
static int negation_pattern(struct loader *l)
{
	struct mf__buf b;
	int any = 0;

	mf__buf_init(&b, 64 * 1024);
	for (int ascii = 1; ascii >= 0; ascii--) {
		for (size_t i = 0; i < l->d->n_negation_cues; i++) {
			const char *cue = l->d->negation_cues[i];
			if (((unsigned char)cue[0] < 0x80) != ascii)
				continue;
			mf__buf_puts(&b, any ? "|" : "");
			if (ascii)
				mf__buf_puts(&b, "\\b");
			for (const char *c = cue; *c; c++) {
				if ((unsigned char)*c < 0x80 && !((*c >= 'a' && *c <= 'z') ||
								  (*c >= '0' && *c <= '9') || *c == ' '))
					mf__buf_append(&b, "\\", 1);
				mf__buf_append(&b, c, 1);
			}
			if (ascii)
				mf__buf_puts(&b, "\\b");
			any = 1;
		}
	}
	if (!any) {
		mf__buf_free(&b);
		return 0;
	}
	l->d->negation_pattern = b.failed ? NULL : mf__arena_strndup(l->mem, b.data, b.len);
	mf__buf_free(&b);
	return l->d->negation_pattern ? 0 : MF_ENOMEM;
}

/* Lengths of a word list, and which bytes end one of its words. */
static int word_lengths(struct loader *l, const char **words, size_t n, size_t **len,
			uint8_t last_byte[256])
{
	*len = mf__arena_alloc(l->mem, (n + 1) * sizeof **len);
	if (!*len)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		(*len)[i] = strlen(words[i]);
		last_byte[(unsigned char)words[i][(*len)[i] - 1]] = 1;
	}
	return 0;
}

int mf__load_lexicon(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "negation_cues", "filler_words", "conjunctions",
					  "common_words", NULL};
	int rc;

	if ((rc = mf__load_keys(l, doc, top)) ||
	    (rc = mf__load_strings(l, doc, "negation_cues", &l->d->negation_cues,
				   &l->d->n_negation_cues)) ||
	    (rc = mf__load_strings(l, doc, "filler_words", &l->d->filler_words,
				   &l->d->n_filler_words)) ||
	    (rc = mf__load_strings(l, doc, "conjunctions", &l->d->conjunctions,
				   &l->d->n_conjunctions)) ||
	    (rc = mf__load_strings(l, doc, "common_words", &l->d->common_words,
				   &l->d->n_common_words)) ||
	    (rc = word_lengths(l, l->d->filler_words, l->d->n_filler_words,
			       &l->d->filler_word_len, l->d->filler_last_byte)) ||
	    (rc = word_lengths(l, l->d->conjunctions, l->d->n_conjunctions,
			       &l->d->conjunction_len, l->d->conjunction_last_byte)) ||
	    (rc = word_lengths(l, l->d->common_words, l->d->n_common_words,
			       &l->d->common_word_len, l->d->common_last_byte)))
		return rc;
	for (size_t i = 0; i < l->d->n_common_words; i++)
		if (l->d->common_word_len[i] > l->d->common_word_max)
			l->d->common_word_max = l->d->common_word_len[i];
	l->d->negation_cue_len = mf__arena_alloc(l->mem,
						 (l->d->n_negation_cues + 1) * sizeof(size_t));
	if (!l->d->negation_cue_len)
		return MF_ENOMEM;
	for (size_t i = 0; i < l->d->n_negation_cues; i++) {
		const char *cue = l->d->negation_cues[i];
		size_t n = strlen(cue);
		l->d->negation_cue_len[i] = n;
		l->d->negation_last_byte[(unsigned char)cue[n - 1]] = 1;
	}
	return negation_pattern(l);
}

/* zh-variants.json: traditional -> simplified, one character each. */
static int load_zh_variants(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "map", NULL};
	json_t *zh = json_object_get(doc, "map"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_object(zh))
		return mf__load_bad(l, NULL, "\"map\" must map one character to one character");
	l->d->zh_map = mf__arena_alloc(l->mem, json_object_size(zh) * sizeof *l->d->zh_map);
	if (!l->d->zh_map)
		return MF_ENOMEM;
	json_object_foreach(zh, key, v) {
		utf8proc_int32_t from, to;
		const char *val = json_is_string(v) ? json_string_value(v) : "";
		utf8proc_ssize_t a = utf8proc_iterate((const utf8proc_uint8_t *)key, -1, &from);
		utf8proc_ssize_t b = utf8proc_iterate((const utf8proc_uint8_t *)val, -1, &to);

		snprintf(l->record, sizeof l->record, "map \"%s\"", key);
		if (a <= 0 || key[a] || b <= 0 || val[b])
			return mf__load_bad(l, NULL, "must map one character to one character");
		l->d->zh_map[n].from = (uint32_t)from;
		l->d->zh_map[n].to = (uint32_t)to;
		n++;
	}
	l->record[0] = '\0';
	l->d->n_zh_map = n;
	return 0;
}

/* The UTF-8 of s (Han characters of U+4E00..U+9FFF only) with each
 * character simplified by the zh map, into out[cap]; -1 if s has another
 * character or does not fit. */
static int simplify_han(const struct mf__data *d, const char *s, char *out, size_t cap)
{
	size_t i = 0, o = 0, len = strlen(s);

	if (len == 0)
		return -1;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		uint32_t u;

		if (n != 3 || cp < 0x4e00 || cp > 0x9fff || o + 4 > cap)
			return -1;
		u = d->zh_bmp[cp - 0x4e00] ? d->zh_bmp[cp - 0x4e00] : (uint32_t)cp;
		if (u < 0x4e00 || u > 0x9fff)
			return -1;
		out[o++] = (char)(0xe0 | (u >> 12));
		out[o++] = (char)(0x80 | ((u >> 6) & 0x3f));
		out[o++] = (char)(0x80 | (u & 0x3f));
		i += 3;
	}
	out[o] = '\0';
	return 0;
}

static int cmp_zh_word(const void *a, const void *b)
{
	const struct mf__zh_word *x = a, *y = b;
	size_t n = x->from_len < y->from_len ? x->from_len : y->from_len;
	int c = memcmp(x->from, y->from, n);

	return c ? c : (x->from_len > y->from_len) - (x->from_len < y->from_len);
}

/* zh-words.json (optional): Taiwan / Hong Kong words -> the mainland words
 * the rules are written with.  A key is written as users write it
 * (traditional characters) and read in its simplified characters; a
 * value is written simplified.  Both are Han characters only; no two
 * keys may read the same, and no value may contain a key (normalizing
 * normalized text must change nothing, or no pattern could be written
 * normalized). */
static int load_zh_words(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "words", NULL};
	json_t *words = json_object_get(doc, "words"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_object(words) || json_object_size(words) == 0)
		return mf__load_bad(l, NULL, "\"words\" must map words to words");
	l->d->zh_words = mf__arena_alloc(l->mem, json_object_size(words) * sizeof *l->d->zh_words);
	l->d->zh_word_first = mf__arena_alloc(l->mem, MF__HAN_SET_BYTES);
	if (!l->d->zh_words || !l->d->zh_word_first)
		return MF_ENOMEM;
	json_object_foreach(words, key, v) {
		char from[256], to[256];
		struct mf__zh_word *w = &l->d->zh_words[n];
		const char *val = json_is_string(v) ? json_string_value(v) : "";

		snprintf(l->record, sizeof l->record, "word \"%s\"", key);
		if (simplify_han(l->d, key, from, sizeof from) ||
		    simplify_han(l->d, val, to, sizeof to))
			return mf__load_bad(l,
					    "write Chinese characters only (U+4E00..U+9FFF), at most 80",
					    "must map a word to a word of Han characters");
		if (strcmp(to, val) != 0)
			return mf__load_bad(l, "values are matched against normalized text",
					    "the value is not simplified; write \"%s\"", to);
		if (strcmp(from, to) == 0)
			return mf__load_bad(l, NULL, "maps the word to itself");
		w->from = mf__arena_strdup(l->mem, from);
		w->to = mf__arena_strdup(l->mem, to);
		if (!w->from || !w->to)
			return MF_ENOMEM;
		w->from_len = strlen(from);
		w->to_len = strlen(to);
		mf__han_set_put(l->d->zh_word_first, mf__utf8_cp3(from), 1);
		n++;
	}
	qsort(l->d->zh_words, n, sizeof *l->d->zh_words, cmp_zh_word);
	for (size_t i = 0; i < n; i++) {
		snprintf(l->record, sizeof l->record, "word \"%s\"", l->d->zh_words[i].from);
		if (i > 0 && strcmp(l->d->zh_words[i].from, l->d->zh_words[i - 1].from) == 0)
			return mf__load_bad(l, NULL,
					    "two keys read the same in simplified characters");
		for (size_t j = 0; j < n; j++)
			if (strstr(l->d->zh_words[i].to, l->d->zh_words[j].from))
				return mf__load_bad(l,
						    "a value must read as written after the words are replaced",
						    "the value \"%s\" contains the key \"%s\"",
						    l->d->zh_words[i].to, l->d->zh_words[j].from);
	}
	l->record[0] = '\0';
	l->d->n_zh_words = n;
	return 0;
}

static int cmp_zh_hant(const void *a, const void *b)
{
	return strcmp(((const struct mf__zh_hant *)a)->simp, ((const struct mf__zh_hant *)b)->simp);
}

/* zh-hant.json (optional): each Chinese answer text in traditional
 * characters, keyed by the simplified text (scripts/gen-zh-hant.py).
 * Loaded before any text, which then finds its traditional form. */
static int load_zh_hant(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "config", "texts", NULL};
	json_t *texts = json_object_get(doc, "texts"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_object(texts))
		return mf__load_bad(l, "run scripts/gen-zh-hant.py",
				    "\"texts\" must map each simplified text to its traditional form");
	l->d->zh_hant = mf__arena_alloc(l->mem,
					(json_object_size(texts) + 1) * sizeof *l->d->zh_hant);
	if (!l->d->zh_hant)
		return MF_ENOMEM;
	json_object_foreach(texts, key, v) {
		snprintf(l->record, sizeof l->record, "text \"%.60s\"", key);
		if (!*key || !json_is_string(v) || json_string_length(v) == 0 ||
		    strlen(json_string_value(v)) != json_string_length(v))
			return mf__load_bad(l, "run scripts/gen-zh-hant.py",
					    "must map to a non-empty string without NUL characters");
		l->d->zh_hant[n].simp = key;
		l->d->zh_hant[n].trad = json_string_value(v);
		n++;
	}
	l->record[0] = '\0';
	qsort(l->d->zh_hant, n, sizeof *l->d->zh_hant, cmp_zh_hant);
	l->d->n_zh_hant = n;
	return 0;
}

const char *mf__zh_hant_find(const struct mf__data *d, const char *simp)
{
	struct mf__zh_hant key = {simp, NULL}, *hit;

	if (!simp || !d->n_zh_hant)
		return NULL;
	hit = bsearch(&key, d->zh_hant, d->n_zh_hant, sizeof key, cmp_zh_hant);
	return hit ? hit->trad : NULL;
}

static int cmp_zh(const void *a, const void *b)
{
	uint32_t x = ((const struct mf__zh_pair *)a)->from;
	uint32_t y = ((const struct mf__zh_pair *)b)->from;

	return x < y ? -1 : x > y;
}

/* zh-variants.json (or the build's map of it), zh-hant.json and the
 * optional zh-words.json, and the tables text.c reads them by. */
int mf__load_zh(struct loader *l, json_t *variants, json_t *hant, json_t *words)
{
	int rc;

	l->file = "zh-variants.json";
	if (l->zh_embedded != (size_t)-1) {
		/* loaded, checked and sorted by the build from this very data */
		l->d->zh_map = mf__arena_alloc(l->mem, (l->zh_embedded + 1) * sizeof *l->d->zh_map);
		if (!l->d->zh_map)
			return MF_ENOMEM;
		mf__zh_blob_copy(mf__embedded_zh, l->d->zh_map, l->zh_embedded);
		l->d->n_zh_map = l->zh_embedded;
	} else {
		if ((rc = load_zh_variants(l, variants)))
			return rc;
		qsort(l->d->zh_map, l->d->n_zh_map, sizeof *l->d->zh_map, cmp_zh);
	}
	/* The common block of ideographs gets a direct table. */
	l->d->zh_bmp = mf__arena_alloc(l->mem, (0x9fff - 0x4e00 + 1) * sizeof *l->d->zh_bmp);
	if (!l->d->zh_bmp)
		return MF_ENOMEM;
	/* and a bit for each simplified form: which writing a query uses */
	l->d->zh_simp_bits = mf__arena_alloc(l->mem, MF__HAN_SET_BYTES);
	if (!l->d->zh_simp_bits)
		return MF_ENOMEM;
	for (size_t i = 0; i < l->d->n_zh_map; i++) {
		uint32_t to = l->d->zh_map[i].to;

		if (l->d->zh_map[i].from >= 0x4e00 && l->d->zh_map[i].from <= 0x9fff)
			l->d->zh_bmp[l->d->zh_map[i].from - 0x4e00] = to;
		mf__han_set_put(l->d->zh_simp_bits, to, 1);
	}
	/* a character both writings use is no sign of either */
	for (size_t i = 0; i < l->d->n_zh_map; i++)
		mf__han_set_put(l->d->zh_simp_bits, l->d->zh_map[i].from, 0);
	l->file = "zh-hant.json";
	if (l->zh_embedded != (size_t)-1) {
		/* the build's, sorted and checked (mf__zh_blob_count) */
		l->d->n_zh_hant = mf__zh_blob_hant_count(mf__embedded_zh);
		l->d->zh_hant = mf__arena_alloc(l->mem,
						(l->d->n_zh_hant + 1) * sizeof *l->d->zh_hant);
		if (!l->d->zh_hant)
			return MF_ENOMEM;
		mf__zh_blob_hant(mf__embedded_zh, l->d->zh_hant);
	} else if (hant && (rc = load_zh_hant(l, hant))) {
		return rc;
	}
	l->file = "zh-words.json";
	if (words && (rc = load_zh_words(l, words)))
		return rc;
	return 0;
}
