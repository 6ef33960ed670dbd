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
	uint64_t *keys;
	float *weights;
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

#endif /* MF_GUESS_H */
