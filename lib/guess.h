/*
 * guess.h: the router's fallback guess (guess.c), a small linear model
 * kept as data (data/route-guess.json, loaded and validated by data.c).
 * When no rule names a cause or a side, the words of the normalized query
 * give each (path, side) class a score; route.c takes the side (and, when
 * nothing at all fired, the path) of the best class only when its
 * probability is high enough, and says that it is a guess.
 */
#ifndef MF_GUESS_H
#define MF_GUESS_H

#include <stddef.h>
#include <stdint.h>

#define MF__GUESS_MAX_CLASSES 16

struct mf__guess {
	size_t n_classes;
	int path[MF__GUESS_MAX_CLASSES];       /* path index of each class */
	int side[MF__GUESS_MAX_CLASSES];       /* MF__SIDE_* of each class */
	double bias[MF__GUESS_MAX_CLASSES];
	double min_probability;                /* below it, no guess */
	/* Features by key (mf__guess_key of the feature's text), open
	 * addressing, 0 = empty slot; weights[slot * n_classes + k]. */
	const uint64_t *keys;
	const float *weights;
	size_t mask;                           /* slots - 1, a power of 2 less 1 */
	size_t n_features;
};

/* FNV-1a over bytes, continued from h (start with MF__GUESS_SEED); a
 * feature's key is the hash of its whole text ("w:spf", "h:冻结"), made
 * nonzero by mf__guess_key_final. */
#define MF__GUESS_SEED 0xcbf29ce484222325ULL
static inline uint64_t mf__guess_hash(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}
static inline uint64_t mf__guess_key_final(uint64_t h)
{
	return h ? h : 1;
}

/* The slot of `key`: where it is, or the empty slot where it would go. */
size_t mf__guess_slot(const struct mf__guess *g, uint64_t key);

/* Scores of every class for normalized text (NFKC, case folded, valid
 * UTF-8): z[k] = bias[k] + (sum of the weights of every feature found,
 * with repeats) / sqrt(number of features read). */
void mf__guess_scores(const struct mf__guess *g, const char *text, size_t len, double *z);

/* Softmax of z over the classes allowed by allow[k] (NULL: all); returns
 * the best class and its probability in *p, or -1. */
int mf__guess_best(const struct mf__guess *g, const double *z, const uint8_t *allow,
		   double *p);

/* The guess as the build embeds it (tools/mkdb.c, after data.c has
 * loaded and checked route-guess.json): its table as it lies in memory,
 * so that a start with the embedded data reads no JSON for it.  The blob
 * names the hash of the whole data it was made from (mf__data.hash);
 * mf__guess_from_blob takes it only for that data, after checking its
 * sizes and that its classes name one of n_paths paths and n_sides
 * sides, and points into it (the blob must outlive the guess).
 * `note_en`/`note_zh` may be NULL. */
int mf__guess_serialize(const struct mf__guess *g, const char *note_en, const char *note_zh,
			uint64_t data_hash, char **out, size_t *len);
int mf__guess_from_blob(struct mf__guess *g, const char **note_en, const char **note_zh,
			const unsigned char *blob, size_t len, uint64_t data_hash,
			size_t n_paths, size_t n_sides);

#endif /* MF_GUESS_H */
