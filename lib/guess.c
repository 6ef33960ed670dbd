/*
 * guess.c: the router's fallback guess of whose side must act, from the
 * words present, for the queries no rule explains (route.c asks only
 * then).  A linear model kept as data (data/route-guess.json, trained
 * offline by tools/train_route_guess.py): features of the normalized
 * text are ASCII words, pairs of consecutive words, character trigrams of
 * words of four letters or more (typos keep most of them), and Han
 * characters and pairs of consecutive Han characters (Chinese is read by
 * characters, it has no spaces).  One pass over the text, one hash lookup
 * per feature.  The sum is scaled by the Euclidean length of the feature
 * counts (a feature twice counts 4, not 2), so that a word repeated five
 * hundred times weighs as much as once, not 22 times more: each feature is
 * counted in a hash table (on the stack, moved to memory taken for the
 * call when a long text fills it past half) and the sum of the squared
 * counts kept as they grow.  The feature texts are the ones the
 * training script reads; their keys are FNV-1a hashes (guess.h).  Last,
 * the guess's embedded form (mf__guess_serialize, mf__guess_from_blob).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "guess.h"
#include "internal.h"

size_t mf__guess_slot(const struct mf__guess *g, uint64_t key)
{
	size_t i = (size_t)(key ^ (key >> 29)) & g->mask;

	while (g->keys[i] && g->keys[i] != key)
		i = (i + 1) & g->mask;
	return i;
}

struct acc {
	const struct mf__guess *g;
	double sum[MF__GUESS_MAX_CLASSES];
	size_t n;
	/* the features counted so far, `distinct` of them in mask + 1 slots
	 * (seen NULL: memory ran out, then n stands for the sum of the
	 * squared counts); heap: the table when it is not the caller's */
	uint64_t *seen;
	uint32_t *count;
	size_t mask, distinct;
	void *heap;
	double squares;   /* the sum of their counts squared */
};

static size_t slot_of(const uint64_t *seen, const uint32_t *count, size_t mask, uint64_t h)
{
	size_t i = (size_t)(h ^ (h >> 29)) & mask;

	while (count[i] && seen[i] != h)
		i = (i + 1) & mask;
	return i;
}

/* A table twice as large, the counts moved into it; on failure, counting
 * stops (seen NULL). */
static void grow(struct acc *a)
{
	size_t slots = 2 * (a->mask + 1);
	void *mem = slots < SIZE_MAX / 16 ? calloc(slots, sizeof *a->seen + sizeof *a->count)
					  : NULL;
	uint64_t *seen = mem;
	uint32_t *count = mem ? (uint32_t *)(void *)(seen + slots) : NULL;

	for (size_t i = 0; mem && i <= a->mask; i++)
		if (a->count[i]) {
			size_t j = slot_of(seen, count, slots - 1, a->seen[i]);
			seen[j] = a->seen[i];
			count[j] = a->count[i];
		}
	free(a->heap);
	a->heap = mem;
	a->seen = seen;
	a->count = count;
	a->mask = slots - 1;
}

/* Count feature h once more: (c + 1)^2 - c^2 = 2c + 1 more squares. */
static void count_feature(struct acc *a, uint64_t h)
{
	size_t i;

	if (2 * (a->distinct + 1) > a->mask + 1) {
		grow(a);
		if (!a->seen)
			return;
	}
	i = slot_of(a->seen, a->count, a->mask, h);
	a->distinct += a->count[i] == 0;
	a->seen[i] = h;
	a->squares += 2.0 * a->count[i] + 1;
	a->count[i]++;
}

static void add(struct acc *a, uint64_t h)
{
	const struct mf__guess *g = a->g;
	size_t slot;

	if (a->seen)
		count_feature(a, h);
	a->n++;
	if (!g->n_features)
		return;
	slot = mf__guess_slot(g, mf__guess_key_final(h));
	if (g->keys[slot]) {
		const float *w = g->weights + slot * g->n_classes;
		for (size_t k = 0; k < g->n_classes; k++)
			a->sum[k] += w[k];
	}
}

static int is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The word s[0..n): "w:" word, its trigrams "c:" of "<word>", and the
 * pair "b:" previous word, space, word. */
static void word(struct acc *a, const char *s, size_t n, const char *prev, size_t prev_n)
{
	int digits = 1;

	add(a, mf__guess_hash(mf__guess_hash(MF__GUESS_SEED, "w:", 2), s, n));
	for (size_t i = 0; i < n; i++)
		digits &= s[i] >= '0' && s[i] <= '9';
	if (n >= 4 && !digits)
		for (size_t i = 0; i + 3 <= n + 2; i++) {
			char tri[3];
			for (size_t j = 0; j < 3; j++) {
				size_t at = i + j;
				tri[j] = at == 0 ? '<' : at == n + 1 ? '>' : s[at - 1];
			}
			add(a, mf__guess_hash(mf__guess_hash(MF__GUESS_SEED, "c:", 2), tri, 3));
		}
	if (prev) {
		uint64_t h = mf__guess_hash(MF__GUESS_SEED, "b:", 2);
		h = mf__guess_hash(h, prev, prev_n);
		h = mf__guess_hash(h, " ", 1);
		add(a, mf__guess_hash(h, s, n));
	}
}

/* Slots of the table on the stack (a short text's features fit). */
#define STACK_SLOTS 512

void mf__guess_scores(const struct mf__guess *g, const char *text, size_t len, double *z)
{
	uint64_t stack_seen[STACK_SLOTS];
	uint32_t stack_count[STACK_SLOTS] = {0};
	struct acc a = {g, {0}, 0, stack_seen, stack_count, STACK_SLOTS - 1, 0, NULL, 0};
	const char *prev = NULL, *han = NULL;
	size_t prev_n = 0, han_n = 0, i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		size_t n;

		if (is_alnum(c)) {
			size_t s = i;
			while (i < len && is_alnum((unsigned char)text[i]))
				i++;
			word(&a, text + s, i - s, prev, prev_n);
			prev = text + s;
			prev_n = i - s;
			han = NULL;
			continue;
		}
		if (c < 0x80) {
			han = NULL;
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i),
				     &cp);
		n = k > 0 ? (size_t)k : 1;
		if (k > 0 && mf__is_han((uint32_t)cp)) {
			add(&a, mf__guess_hash(mf__guess_hash(MF__GUESS_SEED, "h:", 2), text + i, n));
			if (han) {
				uint64_t h = mf__guess_hash(MF__GUESS_SEED, "h:", 2);
				h = mf__guess_hash(h, han, han_n);
				add(&a, mf__guess_hash(h, text + i, n));
			}
			han = text + i;
			han_n = n;
		} else {
			han = NULL;
		}
		i += n;
	}
	if (!a.seen)
		a.squares = (double)a.n;
	free(a.heap);
	for (size_t k = 0; k < g->n_classes; k++)
		z[k] = g->bias[k] + (a.n ? a.sum[k] / sqrt(a.squares) : 0);
}

int mf__guess_best(const struct mf__guess *g, const double *z, const uint8_t *allow,
		   double *p)
{
	double top = -INFINITY, total = 0;
	int best = -1;

	for (size_t k = 0; k < g->n_classes; k++)
		if ((!allow || allow[k]) && z[k] > top) {
			top = z[k];
			best = (int)k;
		}
	if (best < 0)
		return -1;
	for (size_t k = 0; k < g->n_classes; k++)
		if (!allow || allow[k])
			total += exp(z[k] - top);
	*p = 1 / total;
	return best;
}

/* ---- the embedded form ---- */

#define GUESS_MAGIC "MFGUESS1"

struct blob_header {
	char magic[8];
	uint64_t data_hash;
	uint64_t n_classes, mask, n_features;
	double min_probability;
	int32_t path[MF__GUESS_MAX_CLASSES], side[MF__GUESS_MAX_CLASSES];
	double bias[MF__GUESS_MAX_CLASSES];
	uint64_t note_en_len, note_zh_len; /* with the NUL; 0: no note */
};
/* then keys[mask + 1], weights[(mask + 1) * n_classes], the notes */

int mf__guess_serialize(const struct mf__guess *g, const char *note_en, const char *note_zh,
			uint64_t data_hash, char **out, size_t *len)
{
	struct blob_header h;
	size_t slots = g->mask + 1, kb = slots * sizeof *g->keys,
	       wb = slots * g->n_classes * sizeof *g->weights;
	char *b;

	memset(&h, 0, sizeof h);
	memcpy(h.magic, GUESS_MAGIC, 8);
	h.data_hash = data_hash;
	h.n_classes = g->n_classes;
	h.mask = g->mask;
	h.n_features = g->n_features;
	h.min_probability = g->min_probability;
	for (size_t k = 0; k < g->n_classes; k++) {
		h.path[k] = g->path[k];
		h.side[k] = g->side[k];
		h.bias[k] = g->bias[k];
	}
	h.note_en_len = note_en ? strlen(note_en) + 1 : 0;
	h.note_zh_len = note_zh ? strlen(note_zh) + 1 : 0;
	*len = sizeof h + kb + wb + h.note_en_len + h.note_zh_len;
	*out = b = malloc(*len);
	if (!b)
		return -1;
	memcpy(b, &h, sizeof h);
	memcpy(b + sizeof h, g->keys, kb);
	memcpy(b + sizeof h + kb, g->weights, wb);
	if (note_en)
		memcpy(b + sizeof h + kb + wb, note_en, h.note_en_len);
	if (note_zh)
		memcpy(b + sizeof h + kb + wb + h.note_en_len, note_zh, h.note_zh_len);
	return 0;
}

/* A note of the blob: NUL-terminated where it says, or absent. */
static int blob_note(const unsigned char *p, uint64_t n, const char **out)
{
	*out = NULL;
	if (n == 0)
		return 0;
	if (p[n - 1] != '\0' || memchr(p, '\0', n - 1))
		return -1;
	*out = (const char *)p;
	return 0;
}

int mf__guess_from_blob(struct mf__guess *g, const char **note_en, const char **note_zh,
			const unsigned char *blob, size_t len, uint64_t data_hash,
			size_t n_paths, size_t n_sides)
{
	struct blob_header h;
	size_t kb, wb;
	const unsigned char *p;

	if (len < sizeof h || ((uintptr_t)blob % sizeof(uint64_t)) != 0)
		return -1;
	memcpy(&h, blob, sizeof h);
	if (memcmp(h.magic, GUESS_MAGIC, 8) != 0 || h.data_hash != data_hash ||
	    h.n_classes < 2 || h.n_classes > MF__GUESS_MAX_CLASSES ||
	    h.mask >= ((uint64_t)1 << 32) || (h.mask & (h.mask + 1)) != 0 ||
	    h.n_features > h.mask || !(h.min_probability > 0 && h.min_probability <= 1))
		return -1;
	kb = (size_t)(h.mask + 1) * sizeof *g->keys;
	wb = (size_t)(h.mask + 1) * h.n_classes * sizeof *g->weights;
	if (h.note_en_len > len || h.note_zh_len > len ||
	    len != sizeof h + kb + wb + h.note_en_len + h.note_zh_len)
		return -1;
	for (size_t k = 0; k < h.n_classes; k++)
		if (h.path[k] < 0 || (size_t)h.path[k] >= n_paths || h.side[k] < 0 ||
		    (size_t)h.side[k] >= n_sides)
			return -1;
	p = blob + sizeof h + kb + wb;
	if (blob_note(p, h.note_en_len, note_en) ||
	    blob_note(p + h.note_en_len, h.note_zh_len, note_zh))
		return -1;
	memset(g, 0, sizeof *g);
	g->n_classes = (size_t)h.n_classes;
	for (size_t k = 0; k < g->n_classes; k++) {
		g->path[k] = h.path[k];
		g->side[k] = h.side[k];
		g->bias[k] = h.bias[k];
	}
	g->min_probability = h.min_probability;
	g->mask = (size_t)h.mask;
	g->n_features = (size_t)h.n_features;
	g->keys = (const uint64_t *)(const void *)(blob + sizeof h);
	g->weights = (const float *)(const void *)(blob + sizeof h + kb);
	return 0;
}
