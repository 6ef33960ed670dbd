/*
 * plan_blob.c: the pattern plan (pattern.h) as position-independent
 * bytes, so that the build lowers the patterns once (tools/mkdb.c
 * embeds the bytes beside the Vectorscan databases) and a start only
 * copies them and turns offsets back into pointers.
 *
 * The blob is a header (format tag, the sizes of the plan's records,
 * the hash of the data it was built from, the image's length, the
 * counts and where each table is) and then one image: every table and
 * record of the plan laid out as plan_relayout (pattern.c) lays out the
 * arena, with each pointer stored as its target's offset in the image
 * plus one (0: NULL).  A start copies the image into one block of a
 * fresh arena, at a 64-byte boundary, and fixes the pointers up; every
 * offset, count and index is checked on the way, so a blob that does
 * not fit (another format or data, truncated, damaged) is refused and
 * the plan is built from the patterns instead (mf__plan_get).
 * The image is also a canonical dump: two plans are equal when their
 * blobs are (the unit test compares a loaded plan with a built one so).
 * No RFC is implemented here.
 */
#include <stdlib.h>
#include <string.h>

#include "pattern.h"

#define PLAN_MAGIC "MFPLAN01"
#define IMAGE_MAX ((size_t)1 << 30)

struct plan_header {
	char magic[8];
	uint64_t data_hash;
	/* sizes of the records as this build lays them out */
	uint32_t size_plan, size_chain, size_elem, size_lit;
	uint32_t size_cset, size_use, size_lit_index, size_gate_lit;
	uint32_t size_ptr, size_size, linear_lits, pad;
	uint64_t image_len;
	uint64_t n_chains, n_literals, n_use_literals, n_uses, n_gates, n_gate_ids;
	uint64_t n_always, n_residual;
	int64_t cues_unknown;
	/* offsets in the image, plus one */
	uint64_t lit_index, gate_lits, uses, lit_gates, chains, gates, literal_len,
		literals, always;
};

static void header_sizes(struct plan_header *h)
{
	h->size_plan = sizeof(struct mf__plan);
	h->size_chain = sizeof(struct mf__chain);
	h->size_elem = sizeof(struct mf__elem);
	h->size_lit = sizeof(struct mf__lit);
	h->size_cset = sizeof(struct mf__cset);
	h->size_use = sizeof(struct mf__use);
	h->size_lit_index = sizeof(struct mf__lit_index);
	h->size_gate_lit = sizeof(struct mf__gate_lit);
	h->size_ptr = sizeof(void *);
	h->size_size = sizeof(size_t);
	h->linear_lits = MF__LINEAR_LITS;
	h->pad = 0;
}

/* ---- writing ---- */

struct writer {
	unsigned char *buf;
	size_t len, cap;
	int failed;
};

/* Room for n bytes (at least 16, rounded up to 16, as the arena does) at
 * a multiple of align, filled with src or zeros: its offset plus one, 0
 * when out of memory. */
static uint64_t put(struct writer *w, const void *src, size_t n, size_t align)
{
	size_t at, room = n ? (n + 15) & ~(size_t)15 : 16;

	if (w->failed)
		return 0;
	if (align < 16)
		align = 16;
	at = (w->len + align - 1) & ~(align - 1);
	if (at + room > IMAGE_MAX) {
		w->failed = 1;
		return 0;
	}
	if (at + room > w->cap) {
		size_t cap = w->cap ? w->cap : 64 * 1024;
		unsigned char *nb;
		while (cap < at + room)
			cap *= 2;
		nb = realloc(w->buf, cap);
		if (!nb) {
			w->failed = 1;
			return 0;
		}
		memset(nb + w->cap, 0, cap - w->cap);
		w->buf = nb;
		w->cap = cap;
	}
	if (src && n)
		memcpy(w->buf + at, src, n);
	w->len = at + room;
	return (uint64_t)at + 1;
}

/* A pointer field holding an offset plus one. */
static const void *as_ptr(uint64_t off)
{
	return (const void *)(uintptr_t)off;
}

/* Write record rec of n bytes at offset-plus-one `off` (+ `plus` bytes). */
static void place(struct writer *w, uint64_t off, size_t plus, const void *rec, size_t n)
{
	if (!w->failed && off)
		memcpy(w->buf + off - 1 + plus, rec, n);
}

static void write_factor(struct writer *w, const struct mf__elem *src, struct mf__elem *e)
{
	uint64_t lits = put(w, NULL, (src->n_lits ? src->n_lits : 1) * sizeof(struct mf__lit), 16);
	size_t total = 0, at = 0;
	uint64_t block;

	for (uint32_t k = 0; k < src->n_lits; k++)
		total += src->lits[k].len;
	block = put(w, NULL, total + 1, 16);
	for (uint32_t k = 0; k < src->n_lits && !w->failed; k++) {
		const struct mf__lit *l = &src->lits[k];
		struct mf__lit out;

		memset(&out, 0, sizeof out);
		place(w, block, at, l->bytes, l->len);
		out.bytes = as_ptr(block + at);
		out.len = l->len;
		out.n_at = l->n_at;
		memcpy(out.at_kind, l->at_kind, sizeof out.at_kind);
		memcpy(out.at_off, l->at_off, sizeof out.at_off);
		place(w, lits, k * sizeof out, &out, sizeof out);
		at += l->len;
	}
	e->lits = as_ptr(lits);
	if (src->n_lits > MF__LINEAR_LITS) { /* the indexes of a long factor */
		e->rev = as_ptr(put(w, src->rev, src->n_lits * sizeof *src->rev, 16));
		e->first_idx = as_ptr(put(w, src->first_idx,
					  ((size_t)src->first_hi + 2 - src->first_lo) *
						  sizeof *src->first_idx, 16));
		e->last_idx = as_ptr(put(w, src->last_idx,
					 ((size_t)src->last_hi + 2 - src->last_lo) *
						 sizeof *src->last_idx, 16));
	}
}

static void write_gap(struct writer *w, const struct mf__elem *src, struct mf__elem *e)
{
	uint64_t set = put(w, NULL, sizeof(struct mf__cset), 16);
	struct mf__cset out;

	memset(&out, 0, sizeof out);
	memcpy(out.ascii, src->set->ascii, sizeof out.ascii);
	out.n_ranges = src->set->n_ranges;
	out.negated = src->set->negated;
	if (out.n_ranges)
		out.ranges = (uint32_t(*)[2])(uintptr_t)put(
			w, src->set->ranges, out.n_ranges * sizeof *out.ranges, 16);
	place(w, set, 0, &out, sizeof out);
	e->set = as_ptr(set);
}

static void write_chain(struct writer *w, const struct mf__chain *ch, uint64_t chains, size_t c)
{
	uint64_t elems = put(w, NULL, (ch->n_elems ? ch->n_elems : 1) * sizeof(struct mf__elem), 64);
	struct mf__chain out;

	for (uint32_t i = 0; i < ch->n_elems && !w->failed; i++) {
		const struct mf__elem *src = &ch->elems[i];
		struct mf__elem e;

		/* field by field: the blob carries no padding bytes of the
		 * build's memory (a reproducible build) */
		memset(&e, 0, sizeof e);
		e.kind = src->kind;
		e.n_lits = src->n_lits;
		e.min = src->min;
		e.max = src->max;
		e.empty = src->empty;
		e.pairs = src->pairs;
		e.first_lo = src->first_lo;
		e.first_hi = src->first_hi;
		e.last_lo = src->last_lo;
		e.last_hi = src->last_hi;
		memcpy(e.first, src->first, sizeof e.first);
		memcpy(e.first2, src->first2, sizeof e.first2);
		memcpy(e.last, src->last, sizeof e.last);
		memcpy(e.last2, src->last2, sizeof e.last2);
		if (src->kind == MF__ELEM_FACTOR)
			write_factor(w, src, &e);
		else
			write_gap(w, src, &e);
		place(w, elems, i * sizeof e, &e, sizeof e);
	}
	memset(&out, 0, sizeof out);
	out.rule = ch->rule;
	out.elems = as_ptr(elems);
	out.n_elems = ch->n_elems;
	out.anchor = ch->anchor;
	out.gate_first = ch->gate_first;
	out.n_gate = ch->n_gate;
	out.gate = ch->gate;
	place(w, chains, c * sizeof out, &out, sizeof out);
}

int mf__plan_serialize(const struct mf__plan *p, uint64_t data_hash, char **out, size_t *len)
{
	struct writer w = {NULL, 0, 0, 0};
	struct plan_header h;
	uint64_t literals;
	char *blob;

	*out = NULL;
	*len = 0;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, PLAN_MAGIC, 8);
	header_sizes(&h);
	h.data_hash = data_hash;
	h.n_chains = p->n_chains;
	h.n_literals = p->n_literals;
	h.n_use_literals = p->n_use_literals;
	h.n_uses = p->n_uses;
	h.n_gates = p->n_gates;
	h.n_gate_ids = p->n_gate_ids;
	h.n_always = p->n_always;
	h.n_residual = p->n_residual;
	h.cues_unknown = p->cues_unknown;
	/* in plan_relayout's order: what every literal hit reads first */
	h.lit_index = put(&w, p->lit_index, p->n_use_literals * sizeof *p->lit_index, 64);
	h.gate_lits = put(&w, p->gate_lits,
			  (p->n_literals - p->n_use_literals) * sizeof *p->gate_lits, 64);
	h.uses = put(&w, p->uses, p->n_uses * sizeof *p->uses, 64);
	h.lit_gates = put(&w, p->lit_gates, p->n_gates * sizeof *p->lit_gates, 64);
	h.chains = put(&w, NULL, p->n_chains * sizeof *p->chains, 64);
	for (size_t c = 0; c < p->n_chains && !w.failed; c++)
		write_chain(&w, &p->chains[c], h.chains, c);
	h.gates = put(&w, p->gates, p->n_gates * sizeof *p->gates, 16);
	h.literal_len = put(&w, p->literal_len, p->n_literals * sizeof *p->literal_len, 16);
	literals = h.literals = put(&w, NULL, p->n_literals * sizeof *p->literals, 16);
	for (size_t i = 0; i < p->n_literals && !w.failed; i++) {
		const void *v = as_ptr(put(&w, p->literals[i], p->literal_len[i], 16));
		place(&w, literals, i * sizeof v, &v, sizeof v);
	}
	h.always = put(&w, p->always, p->n_always * sizeof *p->always, 16);
	h.image_len = w.len;
	blob = w.failed ? NULL : malloc(sizeof h + w.len);
	if (blob) {
		memcpy(blob, &h, sizeof h);
		memcpy(blob + sizeof h, w.buf, w.len);
		*out = blob;
		*len = sizeof h + w.len;
	}
	free(w.buf);
	return blob ? 0 : -1;
}

/* ---- reading ---- */

struct reader {
	unsigned char *base;
	size_t len;
	int bad;
};

/* The pointer a stored offset-plus-one stands for, if `count` records of
 * `size` bytes fit there at alignment `align`; NULL (and bad, unless
 * null_ok) otherwise. */
static void *at(struct reader *r, const void *stored, size_t count, size_t size, size_t align,
		int null_ok)
{
	uintptr_t v = (uintptr_t)stored;

	if (v == 0) {
		r->bad |= !null_ok;
		return NULL;
	}
	v--;
	if (v > r->len || (size && count > (r->len - v) / size) ||
	    (((uintptr_t)r->base + v) & (align - 1))) {
		r->bad = 1;
		return NULL;
	}
	return r->base + v;
}

static void fix_factor(struct reader *r, struct mf__elem *e)
{
	struct mf__lit *lits = at(r, e->lits, e->n_lits, sizeof *lits, _Alignof(struct mf__lit), 0);

	e->lits = lits;
	for (uint32_t k = 0; lits && k < e->n_lits && !r->bad; k++) {
		lits[k].bytes = at(r, lits[k].bytes, lits[k].len, 1, 1, 0);
		r->bad |= lits[k].n_at > MF__LIT_MAX_AT;
		for (uint8_t a = 0; a < lits[k].n_at && a < MF__LIT_MAX_AT; a++)
			r->bad |= lits[k].at_off[a] > lits[k].len;
	}
	if (e->n_lits <= MF__LINEAR_LITS) {
		r->bad |= e->rev || e->first_idx || e->last_idx;
		return;
	}
	if (e->first_lo > e->first_hi || e->last_lo > e->last_hi) {
		r->bad = 1;
		return;
	}
	e->rev = at(r, e->rev, e->n_lits, sizeof *e->rev, _Alignof(uint32_t), 0);
	e->first_idx = at(r, e->first_idx, (size_t)e->first_hi + 2 - e->first_lo,
			  sizeof *e->first_idx, _Alignof(uint16_t), 0);
	e->last_idx = at(r, e->last_idx, (size_t)e->last_hi + 2 - e->last_lo,
			 sizeof *e->last_idx, _Alignof(uint16_t), 0);
	for (uint32_t k = 0; e->rev && k < e->n_lits; k++)
		r->bad |= e->rev[k] >= e->n_lits;
	for (size_t k = 0; e->first_idx && k < (size_t)e->first_hi + 2 - e->first_lo; k++)
		r->bad |= e->first_idx[k] > e->n_lits;
	for (size_t k = 0; e->last_idx && k < (size_t)e->last_hi + 2 - e->last_lo; k++)
		r->bad |= e->last_idx[k] > e->n_lits;
}

static void fix_gap(struct reader *r, struct mf__elem *e)
{
	struct mf__cset *set = at(r, e->set, 1, sizeof *set, _Alignof(struct mf__cset), 0);

	e->set = set;
	r->bad |= e->lits || e->rev || e->first_idx || e->last_idx || e->min > e->max;
	if (set)
		set->ranges = set->n_ranges ? at(r, set->ranges, set->n_ranges,
						 sizeof *set->ranges, _Alignof(uint32_t), 0)
					    : NULL;
}

static void fix_chain(struct reader *r, struct mf__chain *ch, const struct plan_header *h,
		      size_t n_rules)
{
	struct mf__elem *elems = at(r, ch->elems, ch->n_elems, sizeof *elems,
				    _Alignof(struct mf__elem), 0);

	ch->elems = elems;
	if (!elems || ch->n_elems == 0 || ch->anchor >= ch->n_elems ||
	    (ch->rule < -1 || (ch->rule >= 0 && (size_t)ch->rule >= n_rules)) ||
	    ch->gate_first > h->n_gates || ch->n_gate > h->n_gates - ch->gate_first ||
	    (ch->gate != MF__NO_GATE && ch->gate >= h->n_gate_ids)) {
		r->bad = 1;
		return;
	}
	for (uint32_t i = 0; i < ch->n_elems && !r->bad; i++) {
		if (elems[i].kind == MF__ELEM_FACTOR)
			fix_factor(r, &elems[i]);
		else if (elems[i].kind == MF__ELEM_GAP)
			fix_gap(r, &elems[i]);
		else
			r->bad = 1;
	}
	r->bad |= !r->bad && elems[ch->anchor].kind != MF__ELEM_FACTOR;
}

/* Is a use of literal `lit` in range of the plan?  (Its length is the
 * literal's: a hit's start is its end minus that.) */
static int use_ok(const struct mf__use *u, size_t lit, const struct mf__plan *p, size_t n_rules)
{
	if (u->rule < -1 || (u->rule >= 0 && (size_t)u->rule >= n_rules) ||
	    u->len != p->literal_len[lit])
		return 0;
	if (u->chain == MF__USE_RESIDUAL)
		return u->rule >= 0;
	if (u->chain >= p->n_chains || (u->gate != MF__NO_GATE && u->gate >= p->n_gate_ids))
		return 0;
	{
		const struct mf__elem *an = &p->chains[u->chain].elems[p->chains[u->chain].anchor];
		/* a damaged table may lay one record over another one already
		 * fixed: the anchor must still be a factor with its literals */
		return an->kind == MF__ELEM_FACTOR && an->lits && u->lit < an->n_lits &&
		       an->lits[u->lit].len == u->len;
	}
}

/* Is a literal's gate list (one in place, or n at `gates` in lit_gates)
 * in range? */
static int gates_ok(uint32_t gates, uint32_t n, const struct mf__plan *p)
{
	if (n == 1)
		return gates < p->n_gate_ids;
	return gates <= p->n_gates && n <= p->n_gates - gates;
}

/* The checks of everything but the records' own pointers. */
static int tables_ok(const struct mf__plan *p, size_t n_rules)
{
	for (size_t i = 0; i < p->n_use_literals; i++) {
		const struct mf__lit_index *li = &p->lit_index[i];
		if (li->n_uses == 0 || !gates_ok(li->gates, li->n_gates, p))
			return 0;
		if (li->n_uses == 1) {
			if (!use_ok(&li->one, i, p, n_rules))
				return 0;
			continue;
		}
		if (li->first > p->n_uses || li->n_uses > p->n_uses - li->first)
			return 0;
		for (uint32_t u = 0; u < li->n_uses; u++)
			if (!use_ok(&p->uses[li->first + u], i, p, n_rules))
				return 0;
	}
	for (size_t i = 0; i < p->n_literals - p->n_use_literals; i++)
		if (!gates_ok(p->gate_lits[i].gates, p->gate_lits[i].n_gates, p))
			return 0;
	for (size_t i = 0; i < p->n_gates; i++)
		if (p->lit_gates[i] >= p->n_gate_ids || p->gates[i] >= p->n_literals)
			return 0;
	for (size_t i = 0; i < p->n_always; i++)
		if (p->always[i] < 0 || (size_t)p->always[i] >= n_rules)
			return 0;
	return 1;
}

/* The header, if the blob is a plan of this format built from the data
 * of this hash and as long as it says. */
static int header_fits(const void *blob, size_t len, uint64_t data_hash, struct plan_header *h)
{
	struct plan_header want;

	if (!blob || len < sizeof *h)
		return 0;
	memcpy(h, blob, sizeof *h);
	memset(&want, 0, sizeof want);
	header_sizes(&want);
	return memcmp(h->magic, PLAN_MAGIC, 8) == 0 && h->data_hash == data_hash &&
	       memcmp(&h->size_plan, &want.size_plan,
		      offsetof(struct plan_header, image_len) -
			      offsetof(struct plan_header, size_plan)) == 0 &&
	       h->image_len == len - sizeof *h && h->image_len <= IMAGE_MAX &&
	       h->n_use_literals <= h->n_literals && h->n_literals <= UINT32_MAX &&
	       h->n_chains < UINT32_MAX && h->n_gates <= UINT32_MAX &&
	       h->n_gate_ids <= UINT32_MAX && h->n_uses <= UINT32_MAX &&
	       (h->cues_unknown == 0 || h->cues_unknown == 1);
}

int mf__plan_blob_fits(const void *blob, size_t len, uint64_t data_hash)
{
	struct plan_header h;

	return header_fits(blob, len, data_hash, &h);
}

int mf__plan_load(struct mf__plan **out, const void *blob, size_t len, uint64_t data_hash,
		  size_t n_rules)
{
	struct plan_header h;
	struct reader r;
	struct mf__plan *p;

	*out = NULL;
	if (!header_fits(blob, len, data_hash, &h) || h.n_always > n_rules)
		return MF__PLAN_REFUSED;
	p = calloc(1, sizeof *p);
	if (!p)
		return -1;
	p->always = calloc(n_rules + 1, sizeof *p->always);
	r.base = p->always ? mf__plan_image(p, (size_t)h.image_len) : NULL;
	if (!r.base) {
		mf__plan_free(p);
		return -1;
	}
	/* one copy: the bytes are read-only where they are embedded */
	memcpy(r.base, (const unsigned char *)blob + sizeof h, (size_t)h.image_len);
	r.len = (size_t)h.image_len;
	r.bad = 0;
	p->n_chains = (size_t)h.n_chains;
	p->n_literals = (size_t)h.n_literals;
	p->n_use_literals = (size_t)h.n_use_literals;
	p->n_uses = (size_t)h.n_uses;
	p->n_gates = (size_t)h.n_gates;
	p->n_gate_ids = (size_t)h.n_gate_ids;
	p->n_always = (size_t)h.n_always;
	p->n_residual = (size_t)h.n_residual;
	p->cues_unknown = (int)h.cues_unknown;
	p->lit_index = at(&r, as_ptr(h.lit_index), p->n_use_literals, sizeof *p->lit_index,
			  _Alignof(struct mf__lit_index), 0);
	p->gate_lits = at(&r, as_ptr(h.gate_lits), p->n_literals - p->n_use_literals,
			  sizeof *p->gate_lits, _Alignof(struct mf__gate_lit), 0);
	p->uses = at(&r, as_ptr(h.uses), p->n_uses, sizeof *p->uses, _Alignof(struct mf__use), 0);
	p->lit_gates = at(&r, as_ptr(h.lit_gates), p->n_gates, sizeof *p->lit_gates,
			  _Alignof(uint32_t), 0);
	p->chains = at(&r, as_ptr(h.chains), p->n_chains, sizeof *p->chains,
		       _Alignof(struct mf__chain), 0);
	p->gates = at(&r, as_ptr(h.gates), p->n_gates, sizeof *p->gates, _Alignof(uint32_t), 0);
	p->literal_len = at(&r, as_ptr(h.literal_len), p->n_literals, sizeof *p->literal_len,
			    _Alignof(size_t), 0);
	p->literals = at(&r, as_ptr(h.literals), p->n_literals, sizeof *p->literals,
			 _Alignof(const char *), 0);
	{
		const int *always = at(&r, as_ptr(h.always), p->n_always, sizeof *always,
				       _Alignof(int), 0);
		if (always)
			memcpy(p->always, always, p->n_always * sizeof *always);
	}
	for (size_t c = 0; c < p->n_chains && !r.bad; c++)
		fix_chain(&r, &p->chains[c], &h, n_rules);
	for (size_t i = 0; i < p->n_literals && !r.bad; i++)
		p->literals[i] = at(&r, p->literals[i], p->literal_len[i], 1, 1, 0);
	if (r.bad || !tables_ok(p, n_rules)) {
		mf__plan_free(p);
		return MF__PLAN_REFUSED;
	}
	*out = p;
	return 0;
}

int mf__plan_get(struct mf__plan **out, const struct mf__data *d, const void *blob, size_t len,
		 struct mf_error *err)
{
	int rc = blob ? mf__plan_load(out, blob, len, d->hash, d->n_rules) : MF__PLAN_REFUSED;

	if (rc < 0)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory loading the patterns");
	if (rc == 0)
		return 0;
	return mf__plan_build(out, d, err);
}
