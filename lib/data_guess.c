/*
 * data_guess.c: route-guess.json, the fallback guess of whose side must
 * act (guess.c), checked feature by feature; or the guess the build
 * made from this very data (mf__embedded_guess).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "data_load.h"
#include "embedded.h"
#include "guess.h"

static int ascii_word(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

/* One or two Han characters in the simplified form normalization gives. */
static int han_feature(const struct mf__data *d, const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		/* NFKC leaves no compatibility ideograph (U+F900..U+FAFF) */
		if (k <= 0 || !mf__is_han((uint32_t)cp) || (cp >= 0xf900 && cp <= 0xfaff) ||
		    (cp <= 0x9fff && cp >= 0x4e00 && d->zh_bmp[cp - 0x4e00]))
			return 0;
		if (cp < 0x4e00 || cp > 0x9fff) {
			/* the map is sorted by now (load_all) */
			size_t lo = 0, hi = d->n_zh_map;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (d->zh_map[mid].from == (uint32_t)cp)
					return 0;
				if (d->zh_map[mid].from < (uint32_t)cp)
					lo = mid + 1;
				else
					hi = mid;
			}
		}
		i += (size_t)k;
		chars++;
	}
	return chars == 1 || chars == 2;
}

/* Is a feature text one that guess.c can read from normalized text? */
static int feature_ok(const struct mf__data *d, const char *f, size_t n)
{
	const char *sp;

	if (n < 3 || f[1] != ':')
		return 0;
	f += 2;
	n -= 2;
	switch (f[-2]) {
	case 'w':
		return ascii_word(f, n);
	case 'c':
		return n == 3 && !(f[0] == '<' && f[2] == '>') &&
		       (f[0] == '<' || ascii_word(f, 1)) && ascii_word(f + 1, 1) &&
		       (f[2] == '>' || ascii_word(f + 2, 1));
	case 'b':
		sp = memchr(f, ' ', n);
		return sp && ascii_word(f, (size_t)(sp - f)) &&
		       ascii_word(sp + 1, n - (size_t)(sp - f) - 1);
	case 'h':
		return han_feature(d, f, n);
	default:
		return 0;
	}
}

static int load_guess(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "min_probability", "scale", "note",
					  "classes", "bias", "features", NULL};
	static const char *const cls_keys[] = {"path", "side", NULL};
	struct mf__guess *g = mf__arena_alloc(l->mem, sizeof *g);
	json_t *classes = json_object_get(doc, "classes"), *bias = json_object_get(doc, "bias");
	json_t *feats = json_object_get(doc, "features"), *minp = json_object_get(doc, "min_probability");
	json_t *scale = json_object_get(doc, "scale"), *v;
	size_t i, slots = 16;
	uint64_t *keys;
	float *weights;
	int rc;

	if (!g)
		return MF_ENOMEM;
	l->d->guess = g;
	if ((rc = mf__load_keys(l, doc, top)) ||
	    (rc = mf__load_opt_text(l, doc, "note", 1, &l->d->guess_note)))
		return rc;
	if (!json_is_number(minp) || json_number_value(minp) <= 0 || json_number_value(minp) > 1)
		return mf__load_bad(l, NULL, "\"min_probability\" must be a number in (0, 1]");
	g->min_probability = json_number_value(minp);
	if (!json_is_array(classes) || json_array_size(classes) < 2 ||
	    json_array_size(classes) > MF__GUESS_MAX_CLASSES)
		return mf__load_bad(l, NULL, "\"classes\" must be a list of 2 to %d {path, side}",
				    MF__GUESS_MAX_CLASSES);
	g->n_classes = json_array_size(classes);
	json_array_foreach(classes, i, v) {
		const char *path, *side;

		snprintf(l->record, sizeof l->record, "class %zu", i + 1);
		if (!json_is_object(v))
			return mf__load_bad(l, NULL,
					    "a class must be {\"path\": ..., \"side\": ...}");
		if ((rc = mf__load_keys(l, v, cls_keys)) || (rc = mf__load_string(l, v, "path", 1,
										  &path)) ||
		    (rc = mf__load_string(l, v, "side", 1, &side)))
			return rc;
		if ((g->path[i] = mf__data_find_path(l->d, path)) < 0)
			return mf__load_bad(l, NULL, "unknown path \"%s\"", path);
		if ((g->side[i] = mf__side_from_name(side)) < 0)
			return mf__load_bad(l, NULL, "unknown side \"%s\"", side);
	}
	l->record[0] = '\0';
	if (!json_is_array(bias) || json_array_size(bias) != g->n_classes)
		return mf__load_bad(l, NULL,
				    "\"bias\" must be a list of %zu numbers, one per class",
				    g->n_classes);
	json_array_foreach(bias, i, v) {
		if (!json_is_number(v) || !(fabs(json_number_value(v)) < 1e3))
			return mf__load_bad(l, NULL,
					    "bias %zu must be a number between -1000 and 1000", i + 1);
		g->bias[i] = json_number_value(v);
	}
	if (!json_is_integer(scale) || json_integer_value(scale) < 1 ||
	    json_integer_value(scale) > 1000000)
		return mf__load_bad(l, NULL, "\"scale\" must be an integer from 1 to 1000000");
	if (!json_is_array(feats))
		return mf__load_bad(l, NULL,
				    "\"features\" must be a list of \"feature|weights\" strings");
	while (slots < 2 * json_array_size(feats))
		slots *= 2;
	g->mask = slots - 1;
	g->keys = keys = mf__arena_alloc(l->mem, slots * sizeof *keys);
	g->weights = weights = mf__arena_alloc(l->mem, slots * g->n_classes * sizeof *weights);
	if (!keys || !weights)
		return MF_ENOMEM;
	json_array_foreach(feats, i, v) {
		const char *text = json_string_value(v), *bar, *p;
		size_t n, slot;
		uint64_t k;

		/* (the record is named only on an error: 10,000 features load
		 * at every start) */
		if (!text || strlen(text) != json_string_length(v) || !(bar = strchr(text, '|'))) {
			snprintf(l->record, sizeof l->record, "feature %zu", i + 1);
			return mf__load_bad(l, "write \"w:word|12 -3 ...\"",
					    "a feature must be a string \"feature|weights\"");
		}
		n = (size_t)(bar - text);
		k = mf__guess_key_final(mf__guess_hash(MF__GUESS_SEED, text, n));
		slot = mf__guess_slot(g, k);
		if (!feature_ok(l->d, text, n) || g->keys[slot]) {
			snprintf(l->record, sizeof l->record, "feature \"%.*s\"",
				 (int)mf__utf8_whole(text, n < 80 ? n : 80), text);
			if (g->keys[slot])
				return mf__load_bad(l, "remove the repeated feature",
						    "the feature is listed twice (or its key collides with another's)");
			return mf__load_bad(l,
					    "w:word, b:word word, c:three characters of <word>, h:one or two "
					    "Han characters, all in normalized form (lower case, simplified)",
					    "not a feature the guess can read");
		}
		keys[slot] = k;
		p = bar + 1;
		for (size_t c = 0; c < g->n_classes; c++) {
			int neg = *p == '-', digits = 0;
			long w = 0;

			p += neg;
			for (; *p >= '0' && *p <= '9' && digits < 7; p++, digits++)
				w = w * 10 + (*p - '0');
			if (!digits || w > 100000 || *p != (c + 1 < g->n_classes ? ' ' : '\0')) {
				snprintf(l->record, sizeof l->record, "feature \"%.*s\"",
					 (int)mf__utf8_whole(text, n < 80 ? n : 80), text);
				return mf__load_bad(l,
						    "one integer weight per class, separated by one space",
						    "weights must be %zu integers from -100000 to 100000",
						    g->n_classes);
			}
			weights[slot * g->n_classes + c] =
				(float)((double)(neg ? -w : w) / (double)json_integer_value(scale));
			p += *p == ' ';
		}
		g->n_features++;
	}
	l->record[0] = '\0';
	return 0;
}

static size_t embedded_guess_len(void)
{
	return (size_t)((uintptr_t)mf__embedded_guess_end - (uintptr_t)mf__embedded_guess);
}

/* Was the embedded guess made from the data of this hash? (Its sizes are
 * checked when it is taken, mf__guess_from_blob.) */
int mf__load_guess_embedded(uint64_t data_hash)
{
	uint64_t h;

	if (embedded_guess_len() < 16 || memcmp(mf__embedded_guess, "MFGUESS1", 8) != 0)
		return 0;
	memcpy(&h, mf__embedded_guess + 8, sizeof h);
	return h == data_hash;
}

/* route-guess.json, or the guess the build made from this very data
 * (checked then). */
int mf__load_guess(struct loader *l, json_t *doc)
{
	int rc;

	if (l->guess_embedded) {
		/* checked when the build made it from this very data */
		struct mf__guess *g = mf__arena_alloc(l->mem, sizeof *g);

		if (!g)
			return MF_ENOMEM;
		if (mf__guess_from_blob(g, &l->d->guess_note.en, &l->d->guess_note.zh,
					mf__embedded_guess, embedded_guess_len(), l->d->hash,
					l->d->n_paths, MF__N_SIDES))
			return mf__load_bad(l, "rebuild mailfix",
					    "the embedded guess does not fit the data");
		l->d->guess = g;
		l->d->guess_note.zh_hant = mf__zh_hant_find(l->d, l->d->guess_note.zh);
	} else if ((rc = load_guess(l, doc))) {
		return rc;
	}
	return 0;
}
