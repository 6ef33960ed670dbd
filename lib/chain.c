/*
 * chain.c: confirms a chain (pattern.h) around a hit of its anchor
 * literal.  From the anchor, the factors after it are matched forward and
 * the factors before it backward; a gap consumes code points of its set,
 * between its minimum and maximum count.  All ways are tried, so the
 * result is the leftmost start and the longest end of the matches that go
 * through this anchor hit: what Vectorscan reports with
 * HS_FLAG_SOM_LEFTMOST for the same expression.  Every step is counted
 * against a budget, so a hostile text (long gaps, thousands of anchors)
 * costs a bounded amount here and its rule is left to Vectorscan.
 */
#include <string.h>

#include "pattern.h"

#define NONE ((size_t)-1)

struct walk {
	const struct mf__chain *c;
	const unsigned char *t;
	size_t len;
	struct mf__budget *b;
	int over;
	size_t best;  /* forward: longest end; backward: leftmost start */
};

/* The code point at t[i] (forward) and its length; bytes of broken
 * UTF-8 count as one code point each. */
static uint32_t next_cp(const unsigned char *t, size_t len, size_t i, size_t *n)
{
	unsigned char c = t[i];
	size_t k;
	uint32_t cp;

	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if ((c & 0xe0) == 0xc0)
		k = 2, cp = c & 0x1f;
	else if ((c & 0xf0) == 0xe0)
		k = 3, cp = c & 0x0f;
	else if ((c & 0xf8) == 0xf0)
		k = 4, cp = c & 0x07;
	else
		goto broken;
	if (i + k > len)
		goto broken;
	for (size_t j = 1; j < k; j++) {
		if ((t[i + j] & 0xc0) != 0x80)
			goto broken;
		cp = (cp << 6) | (t[i + j] & 0x3f);
	}
	*n = k;
	return cp;
broken:
	*n = 1;
	return 0xfffd;
}

/* The code point ending at t[i] (backward, i > 0) and its length. */
static uint32_t prev_cp(const unsigned char *t, size_t len, size_t i, size_t *n)
{
	size_t s = i - 1;
	size_t k;
	uint32_t cp;

	while (s > 0 && i - s < 4 && (t[s] & 0xc0) == 0x80)
		s--;
	cp = next_cp(t, len, s, &k);
	if (s + k == i) {
		*n = k;
		return cp;
	}
	*n = 1; /* a stray continuation byte */
	return 0xfffd;
}

static int lit_assertions(const struct mf__lit *l, const unsigned char *t, size_t len,
			  size_t start)
{
	for (uint8_t k = 0; k < l->n_at; k++)
		if (!mf__assert_at(l->at_kind[k], t, len, start + l->at_off[k]))
			return 0;
	return 1;
}

static int spend(struct walk *w)
{
	if (w->b->left == 0) {
		w->over = 1;
		return 0;
	}
	w->b->left--;
	return 1;
}

static int has_byte(const uint8_t set[32], unsigned char b)
{
	return (set[b >> 3] >> (b & 7)) & 1;
}

/* Byte d of string k of factor e, counted from its start (order NULL)
 * or from its end (order = e->rev). */
static unsigned char byte_at(const struct mf__elem *e, const uint32_t *order, uint32_t k,
			     size_t d)
{
	const struct mf__lit *l = &e->lits[order ? order[k] : k];

	return (unsigned char)l->bytes[order ? l->len - 1 - d : d];
}

/* Narrow [lo, hi), strings longer than d sharing their first d bytes, to
 * those whose byte d is c. */
static void narrow(const struct mf__elem *e, const uint32_t *order, unsigned char c, size_t d,
		   uint32_t *lo, uint32_t *hi)
{
	uint32_t a = *lo, b = *hi;

	while (a < b) { /* first with byte >= c */
		uint32_t mid = a + (b - a) / 2;
		if (byte_at(e, order, mid, d) < c)
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	b = *hi;
	while (a < b) { /* first with byte > c */
		uint32_t mid = a + (b - a) / 2;
		if (byte_at(e, order, mid, d) <= c)
			a = mid + 1;
		else
			b = mid;
	}
	*hi = a;
}


/* Is code point cp (starting with byte c at t[pos]) in the gap's set?
 * *n gets its length. */
static int gap_has(const struct mf__elem *e, const unsigned char *t, size_t len, size_t pos,
		   size_t *n)
{
	unsigned char c = t[pos];

	if (c < 0x80) {
		*n = 1;
		return (int)(((e->set->ascii[c >> 6] >> (c & 63)) & 1) ^ e->set->negated);
	}
	return mf__cset_has(e->set, next_cp(t, len, pos, n));
}

static int gap_has_before(const struct mf__elem *e, const unsigned char *t, size_t len,
			  size_t pos, size_t *n)
{
	unsigned char c = t[pos - 1];

	if (c < 0x80) {
		*n = 1;
		return (int)(((e->set->ascii[c >> 6] >> (c & 63)) & 1) ^ e->set->negated);
	}
	return mf__cset_has(e->set, prev_cp(t, len, pos, n));
}

/* Could one of factor e's (non-empty) strings start at pos?  A look at
 * the first byte, then at the first two. */
static int factor_may_start(const struct mf__elem *e, const unsigned char *t, size_t len,
			    size_t pos)
{
	return pos < len && has_byte(e->first, t[pos]) &&
	       (!e->pairs ||
		(pos + 1 < len && has_byte(e->first2, (unsigned char)mf__pair_hash(t[pos], t[pos + 1]))));
}

/* Could one of them end at pos (pos > 0)? */
static int factor_may_end(const struct mf__elem *e, const unsigned char *t, size_t pos)
{
	return pos > 0 && has_byte(e->last, t[pos - 1]) &&
	       (!e->pairs ||
		(pos > 1 && has_byte(e->last2, (unsigned char)mf__pair_hash(t[pos - 2], t[pos - 1]))));
}

/* Could element e start at pos (forward) or end at pos (backward)?  A
 * quick look, before the walk goes there. */
static int may_start(const struct mf__elem *e, const unsigned char *t, size_t len, size_t pos)
{
	return e->kind != MF__ELEM_FACTOR || e->empty || factor_may_start(e, t, len, pos);
}

static int may_end(const struct mf__elem *e, const unsigned char *t, size_t pos)
{
	return e->kind != MF__ELEM_FACTOR || e->empty || factor_may_end(e, t, pos);
}

static void forward(struct walk *w, uint32_t i, size_t pos);
static void backward(struct walk *w, uint32_t i_plus_1, size_t pos);

static const uint8_t no_bytes[32];

/* Skip what a run cannot end at and the next factor cannot start at:
 * Spend the bytes skipped; 0 when the budget is out. */
static int spend_bytes(struct walk *w, size_t n)
{
	if (w->b->left < n) {
		w->over = 1;
		return 0;
	}
	w->b->left -= n;
	return 1;
}

/* Gap e (any number of its code points) then `next` (a factor with no
 * empty string, or the chain's end): the next factor is tried only where
 * its first byte is, and the run is decoded only where it may end. */
static void forward_run(struct walk *w, uint32_t i, const struct mf__elem *e,
			const struct mf__elem *next, size_t pos)
{
	const uint8_t *first = next ? next->first : no_bytes;

	while (!w->over) {
		size_t from = pos, n;
		while (pos < w->len && !has_byte(e->stop_fwd, w->t[pos]) &&
		       !(has_byte(first, w->t[pos]) && factor_may_start(next, w->t, w->len, pos)))
			pos++;
		if (!spend_bytes(w, pos - from + 1))
			return;
		if (next ? factor_may_start(next, w->t, w->len, pos)
			 : !(pos < w->len && gap_has(e, w->t, w->len, pos, &n)))
			forward(w, i + 1, pos);
		if (pos >= w->len || !gap_has(e, w->t, w->len, pos, &n))
			return;
		pos += n;
	}
}

/* The same, backward: `prev` is the factor before the gap, or none. */
static void backward_run(struct walk *w, uint32_t i_plus_1, const struct mf__elem *e,
			 const struct mf__elem *prev, size_t pos)
{
	const uint8_t *last = prev ? prev->last : no_bytes;

	while (!w->over) {
		size_t from = pos, n;
		while (pos > 0 && !has_byte(e->stop_bwd, w->t[pos - 1]) &&
		       !(has_byte(last, w->t[pos - 1]) && factor_may_end(prev, w->t, pos)))
			pos--;
		if (!spend_bytes(w, from - pos + 1))
			return;
		if (prev ? factor_may_end(prev, w->t, pos)
			 : !(pos > 0 && gap_has_before(e, w->t, w->len, pos, &n)))
			backward(w, i_plus_1 - 1, pos);
		if (pos == 0 || !gap_has_before(e, w->t, w->len, pos, &n))
			return;
		pos -= n;
	}
}

/* Match elements i.. forward from pos; every end reached updates best. */
static void forward(struct walk *w, uint32_t i, size_t pos)
{
	const struct mf__elem *e, *next;

	if (w->over || !spend(w))
		return;
	if (i == w->c->n_elems) {
		if (w->best == NONE || pos > w->best)
			w->best = pos;
		return;
	}
	e = &w->c->elems[i];
	next = i + 1 < w->c->n_elems ? &w->c->elems[i + 1] : NULL;
	if (e->kind == MF__ELEM_FACTOR) {
		uint32_t lo = 0, hi = e->n_lits;
		if (!e->empty && !factor_may_start(e, w->t, w->len, pos))
			return;
		if (e->n_lits <= MF__LINEAR_LITS) {
			for (uint32_t k = 0; k < e->n_lits && !w->over; k++) {
				const struct mf__lit *l = &e->lits[k];
				if (l->len > w->len - pos || memcmp(w->t + pos, l->bytes, l->len) != 0 ||
				    !lit_assertions(l, w->t, w->len, pos))
					continue;
				if (!next || may_start(next, w->t, w->len, pos + l->len))
					forward(w, i + 1, pos + l->len);
			}
			return;
		}
		/* The strings are sorted: those that share the text's next d
		 * bytes are a range, its strings of length d first. */
		for (size_t d = 0; lo < hi && !w->over; d++) {
			while (lo < hi && e->lits[lo].len == d) {
				if (lit_assertions(&e->lits[lo], w->t, w->len, pos) &&
				    (!next || may_start(next, w->t, w->len, pos + d)))
					forward(w, i + 1, pos + d);
				lo++;
			}
			if (lo == hi || pos + d >= w->len)
				return;
			if (d == 0) { /* the first byte: looked up */
				unsigned char c = w->t[pos];
				if (c < e->first_lo || c > e->first_hi)
					return;
				lo = e->first_idx[c - e->first_lo];
				hi = e->first_idx[c - e->first_lo + 1];
			} else {
				narrow(e, NULL, w->t[pos + d], d, &lo, &hi);
			}
		}
		return;
	}
	if (e->min == 0 && e->max == MF__GAP_INF &&
	    (!next || (next->kind == MF__ELEM_FACTOR && !next->empty))) {
		forward_run(w, i, e, next, pos);
		return;
	}
	for (uint32_t count = 0; !w->over; count++) {
		size_t n;
		if (count >= e->min && (!next || may_start(next, w->t, w->len, pos)))
			forward(w, i + 1, pos);
		if (count == e->max || pos >= w->len || !spend(w))
			return;
		if (!gap_has(e, w->t, w->len, pos, &n))
			return;
		pos += n;
	}
}

/* Match elements i, i-1, .. 0 backward, ending at pos; every start
 * reached updates best. */
static void backward(struct walk *w, uint32_t i_plus_1, size_t pos)
{
	const struct mf__elem *e, *prev;

	if (w->over || !spend(w))
		return;
	if (i_plus_1 == 0) {
		if (w->best == NONE || pos < w->best)
			w->best = pos;
		return;
	}
	e = &w->c->elems[i_plus_1 - 1];
	prev = i_plus_1 >= 2 ? &w->c->elems[i_plus_1 - 2] : NULL;
	if (e->kind == MF__ELEM_FACTOR) {
		uint32_t lo = 0, hi = e->n_lits;
		if (!e->empty && !factor_may_end(e, w->t, pos))
			return;
		if (e->n_lits <= MF__LINEAR_LITS) {
			for (uint32_t k = 0; k < e->n_lits && !w->over; k++) {
				const struct mf__lit *l = &e->lits[k];
				if (l->len > pos || memcmp(w->t + pos - l->len, l->bytes, l->len) != 0 ||
				    !lit_assertions(l, w->t, w->len, pos - l->len))
					continue;
				if (!prev || may_end(prev, w->t, pos - l->len))
					backward(w, i_plus_1 - 1, pos - l->len);
			}
			return;
		}
		for (size_t d = 0; lo < hi && !w->over; d++) {
			while (lo < hi && e->lits[e->rev[lo]].len == d) {
				if (lit_assertions(&e->lits[e->rev[lo]], w->t, w->len, pos - d) &&
				    (!prev || may_end(prev, w->t, pos - d)))
					backward(w, i_plus_1 - 1, pos - d);
				lo++;
			}
			if (lo == hi || d >= pos)
				return;
			if (d == 0) {
				unsigned char c = w->t[pos - 1];
				if (c < e->last_lo || c > e->last_hi)
					return;
				lo = e->last_idx[c - e->last_lo];
				hi = e->last_idx[c - e->last_lo + 1];
			} else {
				narrow(e, e->rev, w->t[pos - 1 - d], d, &lo, &hi);
			}
		}
		return;
	}
	if (e->min == 0 && e->max == MF__GAP_INF &&
	    (!prev || (prev->kind == MF__ELEM_FACTOR && !prev->empty))) {
		backward_run(w, i_plus_1, e, prev, pos);
		return;
	}
	for (uint32_t count = 0; !w->over; count++) {
		size_t n;
		if (count >= e->min && (!prev || may_end(prev, w->t, pos)))
			backward(w, i_plus_1 - 1, pos);
		if (count == e->max || pos == 0 || !spend(w))
			return;
		if (!gap_has_before(e, w->t, w->len, pos, &n))
			return;
		pos -= n;
	}
}

int mf__anchor_holds(const struct mf__chain *c, uint32_t lit, const unsigned char *t, size_t len,
		     size_t start)
{
	return lit_assertions(&c->elems[c->anchor].lits[lit], t, len, start);
}

int mf__chain_confirm(const struct mf__chain *c, const unsigned char *t, size_t len,
		      size_t start, size_t end, struct mf__budget *b, uint32_t *m_start,
		      uint32_t *m_end)
{
	struct walk w = {c, t, len, b, 0, NONE};
	size_t last;

	if (start > end || end > len)
		return MF__CHAIN_NO;
	forward(&w, c->anchor + 1, end);
	if (w.over)
		return MF__CHAIN_OVER_BUDGET;
	if (w.best == NONE)
		return MF__CHAIN_NO;
	last = w.best;
	w.best = NONE;
	backward(&w, c->anchor, start);
	if (w.over)
		return MF__CHAIN_OVER_BUDGET;
	if (w.best == NONE)
		return MF__CHAIN_NO;
	*m_start = (uint32_t)w.best;
	*m_end = (uint32_t)last;
	return MF__CHAIN_YES;
}
