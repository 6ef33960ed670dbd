/*
 * match.c: the pattern engine.  Every pattern of every rule (data/rules)
 * is compiled into one Vectorscan (Hyperscan API) block-mode database:
 * a query is scanned once and the rules with a match come back.  Start
 * offsets (for negation cues and for evidence shown to the user) cost a
 * lot in a big database, so each rule also has a small database of its
 * own patterns with leftmost start-of-match, scanned only for the few
 * rules that matched (Rspamd keeps the same split between the fast scan
 * and the start-of-match one).
 * Compiling takes seconds, so the build compiles the embedded data once
 * (tools/mkdb.c) and the binary carries the serialized databases; they are
 * used when made from the very data loaded (same hash) and this CPU can
 * run them, and compiled afresh otherwise (--data DIR).
 * Scratch space is per scan: a small pool guarded by a mutex hands one to
 * each concurrent caller, so one matcher serves many threads.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hs/hs.h>

#include "internal.h"

#define POOL_MAX 64

/* Serialized form: header, then (u64 length, bytes) for the main
 * database and for each rule's database (length 0: the rule has none),
 * then the width of each pattern (u32, 0 = variable). */
#define DB_MAGIC "MFHSDB04"
struct db_header {
	char magic[8];
	uint64_t data_hash;
	uint64_t n_patterns;
	uint64_t n_rules;
};

struct mf__matcher {
	hs_database_t *db;            /* every pattern, no start offsets */
	uint32_t *width;              /* per pattern: its width in bytes, or 0 if variable */
	hs_database_t **rule_db;      /* per rule, with start offsets, or NULL */
	size_t n_rules;
	hs_scratch_t *proto;          /* big enough for every database */
	const struct mf__data *data;
	pthread_mutex_t lock;
	hs_scratch_t *pool[POOL_MAX];
	size_t n_pool;
};

static int compile_error(const struct mf__data *d, hs_compile_error_t *cerr,
			 const unsigned *ids, struct mf_error *err)
{
	char where[256];
	int rc;

	if (cerr->expression >= 0) {
		const struct mf__pattern *p = &d->patterns[ids[cerr->expression]];
		const struct mf__rule *r = &d->rules[p->rule];

		snprintf(where, sizeof where, "%s: rule %s, pattern %zu", r->file, r->id,
			 (size_t)ids[cerr->expression] - r->first_pattern + 1);
		rc = mf__fail(err, MF_EDATA, where,
			      "rewrite the pattern in the subset Hyperscan accepts "
			      "(no backreferences, lookaround or empty matches)",
			      "%s: %s: /%s/", where, cerr->message, p->expr);
	} else {
		rc = mf__fail(err, MF_EENGINE, NULL, NULL,
			      "cannot compile the pattern database: %s", cerr->message);
	}
	hs_free_compile_error(cerr);
	return rc;
}

/* Compile patterns [first, first + n) into *db. */
static int compile(const struct mf__data *d, size_t first, size_t n, unsigned flags,
		   hs_database_t **db, struct mf_error *err)
{
	const char **exprs = calloc(n, sizeof *exprs);
	unsigned *fl = calloc(n, sizeof *fl), *ids = calloc(n, sizeof *ids);
	hs_compile_error_t *cerr = NULL;
	int rc = 0;

	if (!exprs || !fl || !ids) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		exprs[i] = d->patterns[first + i].expr;
		fl[i] = flags;
		ids[i] = (unsigned)(first + i);
	}
	if (hs_compile_multi(exprs, fl, ids, (unsigned)n, HS_MODE_BLOCK, NULL, db, &cerr) !=
	    HS_SUCCESS)
		rc = compile_error(d, cerr, ids, err);
done:
	free(exprs);
	free(fl);
	free(ids);
	return rc;
}

/* Read one (u64 length, bytes) database from the embedded blob. */
static int read_db(const unsigned char **p, const unsigned char *end, hs_database_t **db)
{
	uint64_t len;

	*db = NULL;
	if ((size_t)(end - *p) < sizeof len)
		return -1;
	memcpy(&len, *p, sizeof len);
	*p += sizeof len;
	if (len > (uint64_t)(end - *p))
		return -1;
	if (len && hs_deserialize_database((const char *)*p, (size_t)len, db) != HS_SUCCESS)
		return -1;
	*p += len;
	return 0;
}

/* Use the databases embedded at build time if they fit the loaded data. */
static int try_embedded(struct mf__matcher *m, const struct mf__data *d)
{
	const unsigned char *p = mf__embedded_db;
	const unsigned char *end = (const unsigned char *)(uintptr_t)mf__embedded_db_end;
	struct db_header h;

	if ((size_t)((uintptr_t)end - (uintptr_t)p) <= sizeof h)
		return 0;
	memcpy(&h, p, sizeof h);
	p += sizeof h;
	if (memcmp(h.magic, DB_MAGIC, 8) != 0 || h.data_hash != d->hash ||
	    h.n_patterns != d->n_patterns || h.n_rules != d->n_rules)
		return 0;
	if (read_db(&p, end, &m->db))
		return 0;
	for (size_t i = 0; i < d->n_rules; i++)
		if (read_db(&p, end, &m->rule_db[i]))
			return 0;
	if ((size_t)(end - p) < d->n_patterns * sizeof *m->width)
		return 0;
	memcpy(m->width, p, d->n_patterns * sizeof *m->width);
	return 1;
}

static int compile_all(struct mf__matcher *m, const struct mf__data *d, struct mf_error *err)
{
	int rc = compile(d, 0, d->n_patterns, HS_FLAG_UTF8 | HS_FLAG_DOTALL, &m->db, err);

	for (size_t i = 0; !rc && i < d->n_patterns; i++) {
		hs_expr_info_t *info = NULL;
		hs_compile_error_t *cerr = NULL;

		if (hs_expression_info(d->patterns[i].expr, HS_FLAG_UTF8 | HS_FLAG_DOTALL, &info,
				       &cerr) != HS_SUCCESS) {
			hs_free_compile_error(cerr);
			continue; /* variable: found by its rule's database */
		}
		if (info->min_width == info->max_width && info->max_width > 0 &&
		    info->max_width != UINT_MAX)
			m->width[i] = info->min_width;
		free(info);
	}
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		if (d->rules[i].n_patterns)
			rc = compile(d, d->rules[i].first_pattern, d->rules[i].n_patterns,
				     HS_FLAG_UTF8 | HS_FLAG_DOTALL | HS_FLAG_SOM_LEFTMOST,
				     &m->rule_db[i], err);
	return rc;
}

int mf__matcher_new(struct mf__matcher **out, const struct mf__data *d,
		    struct mf_error *err)
{
	struct mf__matcher *m;
	int rc = 0;

	*out = NULL;
	m = calloc(1, sizeof *m);
	if (m) {
		m->rule_db = calloc(d->n_rules + 1, sizeof *m->rule_db);
		m->width = calloc(d->n_patterns + 1, sizeof *m->width);
	}
	if (!m || !m->rule_db || !m->width) {
		if (m) {
			free(m->rule_db);
			free(m->width);
		}
		free(m);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	m->data = d;
	m->n_rules = d->n_rules;
	pthread_mutex_init(&m->lock, NULL);
	if (d->n_patterns == 0) {
		*out = m;
		return 0;
	}
	if (d->from_dir || !try_embedded(m, d)) {
		/* Whatever the embedded copy left half-loaded goes first. */
		hs_free_database(m->db);
		m->db = NULL;
		for (size_t i = 0; i < d->n_rules; i++) {
			hs_free_database(m->rule_db[i]);
			m->rule_db[i] = NULL;
		}
		rc = compile_all(m, d, err);
	}
	if (!rc && hs_alloc_scratch(m->db, &m->proto) != HS_SUCCESS)
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		if (m->rule_db[i] && hs_alloc_scratch(m->rule_db[i], &m->proto) != HS_SUCCESS)
			rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	if (rc) {
		mf__matcher_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

static int append_db(struct mf__buf *b, const hs_database_t *db, struct mf_error *err)
{
	char *bytes = NULL;
	size_t n = 0;
	uint64_t len;
	int rc;

	if (db && hs_serialize_database(db, &bytes, &n) != HS_SUCCESS)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "cannot serialize the database");
	len = n;
	rc = mf__buf_append(b, (const char *)&len, sizeof len);
	if (!rc && n)
		rc = mf__buf_append(b, bytes, n);
	free(bytes);
	return rc ? mf__fail(err, rc, NULL, NULL, "cannot serialize the database: out of memory")
		  : 0;
}

int mf__matcher_serialize(const struct mf__matcher *m, const struct mf__data *d,
			  char **out, size_t *len, struct mf_error *err)
{
	struct db_header h;
	struct mf__buf b;
	int rc;

	*out = NULL;
	*len = 0;
	if (!m->db)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "no database to serialize");
	memcpy(h.magic, DB_MAGIC, 8);
	h.data_hash = d->hash;
	h.n_patterns = d->n_patterns;
	h.n_rules = d->n_rules;
	mf__buf_init(&b, (size_t)1 << 30);
	if (mf__buf_append(&b, (const char *)&h, sizeof h))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	rc = append_db(&b, m->db, err);
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		rc = append_db(&b, m->rule_db[i], err);
	if (!rc && mf__buf_append(&b, (const char *)m->width, d->n_patterns * sizeof *m->width))
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (rc) {
		mf__buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = mf__buf_steal(&b);
	return 0;
}

const void *mf__matcher_database(const struct mf__matcher *m)
{
	return m->db;
}

void mf__matcher_free(struct mf__matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_pool; i++)
		hs_free_scratch(m->pool[i]);
	hs_free_scratch(m->proto);
	hs_free_database(m->db);
	for (size_t i = 0; i < m->n_rules; i++)
		hs_free_database(m->rule_db[i]);
	free(m->rule_db);
	free(m->width);
	pthread_mutex_destroy(&m->lock);
	free(m);
}

void *mf__matcher_take(struct mf__matcher *m)
{
	hs_scratch_t *s = NULL;

	pthread_mutex_lock(&m->lock);
	if (m->n_pool)
		s = m->pool[--m->n_pool];
	pthread_mutex_unlock(&m->lock);
	if (!s && m->proto && hs_clone_scratch(m->proto, &s) != HS_SUCCESS)
		return NULL;
	return s;
}

void mf__matcher_give(struct mf__matcher *m, void *scratch)
{
	hs_scratch_t *s = scratch;

	if (!s)
		return;
	pthread_mutex_lock(&m->lock);
	if (m->n_pool < POOL_MAX) {
		m->pool[m->n_pool++] = s;
		s = NULL;
	}
	pthread_mutex_unlock(&m->lock);
	hs_free_scratch(s);
}

struct hit_state {
	const struct mf__matcher *m;
	struct mf__scan_result *res;
};

static int on_hit(unsigned int id, unsigned long long from, unsigned long long to,
		  unsigned int flags, void *ctx)
{
	struct hit_state *st = ctx;
	struct mf__scan_result *res = st->res;
	int rule = st->m->data->patterns[id].rule;
	uint32_t width = st->m->width[id];

	(void)from, (void)flags;
	if (!res->seen[rule])
		res->rules[res->n_rules++] = rule;
	res->seen[rule] |= MF__SEEN;
	if (!width || res->n_spans == res->max_spans) {
		res->seen[rule] |= MF__SEEN_VARIABLE;
		return 0;
	}
	res->spans[res->n_spans].rule = rule;
	res->spans[res->n_spans].start = (uint32_t)(to - width);
	res->spans[res->n_spans].end = (uint32_t)to;
	res->n_spans++;
	return 0;
}

int mf__matcher_rules(struct mf__matcher *m, void *scratch, const char *text, size_t len,
		      struct mf__scan_result *res, struct mf_error *err)
{
	struct hit_state st = {m, res};
	hs_error_t hr;

	res->n_rules = 0;
	res->n_spans = 0;
	if (!m->db || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	hr = hs_scan(m->db, text, (unsigned)len, 0, scratch, on_hit, &st);
	if (hr != HS_SUCCESS)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}

struct span_state {
	int rule;
	struct mf__match *v;
	size_t n, max;
	int truncated;
};

static int on_span(unsigned int id, unsigned long long from, unsigned long long to,
		   unsigned int flags, void *ctx)
{
	struct span_state *st = ctx;

	(void)id, (void)flags;
	/* Each end offset of a match is reported; keep one entry per start,
	 * the longest. */
	for (size_t k = st->n; k > 0 && k + 8 > st->n; k--)
		if (st->v[k - 1].start == from) {
			if (to > st->v[k - 1].end)
				st->v[k - 1].end = (uint32_t)to;
			return 0;
		}
	if (st->n == st->max) {
		st->truncated = 1;
		return 1;
	}
	st->v[st->n].rule = st->rule;
	st->v[st->n].start = (uint32_t)from;
	st->v[st->n].end = (uint32_t)to;
	st->n++;
	return 0;
}

int mf__matcher_spans(struct mf__matcher *m, void *scratch, int rule, const char *text,
		      size_t len, struct mf__match *out, size_t max, size_t *n,
		      struct mf_error *err)
{
	struct span_state st = {rule, out, 0, max, 0};
	hs_error_t hr;

	*n = 0;
	if (rule < 0 || (size_t)rule >= m->n_rules || !m->rule_db[rule] || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	hr = hs_scan(m->rule_db[rule], text, (unsigned)len, 0, scratch, on_span, &st);
	*n = st.n;
	if (hr != HS_SUCCESS && hr != HS_SCAN_TERMINATED)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}

int mf__matcher_scan(struct mf__matcher *m, const char *text, size_t len,
		     struct mf__match **matches, size_t *n, size_t *cap,
		     size_t max, int *truncated, struct mf_error *err)
{
	void *scratch;
	uint8_t *seen = calloc(m->n_rules + 1, 1);
	int *rules = calloc(m->n_rules + 1, sizeof *rules);
	struct mf__scan_result res = {seen, rules, 0, NULL, 0, 0};
	size_t n_rules = 0;
	int rc;

	*truncated = 0;
	if (!seen || !rules) {
		free(seen);
		free(rules);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	scratch = mf__matcher_take(m);
	if (!scratch && m->db) {
		free(seen);
		free(rules);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	}
	rc = mf__matcher_rules(m, scratch, text, len, &res, err);
	n_rules = res.n_rules;
	for (size_t i = 0; !rc && i < n_rules && !*truncated; i++) {
		size_t got;

		if (*n == *cap) {
			size_t nc = *cap ? *cap * 2 : 32;
			struct mf__match *nv;
			if (nc > max)
				nc = max;
			if (nc <= *n) {
				*truncated = 1;
				break;
			}
			nv = realloc(*matches, nc * sizeof *nv);
			if (!nv) {
				rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
				break;
			}
			*matches = nv;
			*cap = nc;
		}
		rc = mf__matcher_spans(m, scratch, rules[i], text, len, *matches + *n,
				       *cap - *n, &got, err);
		*n += got;
	}
	mf__matcher_give(m, scratch);
	free(seen);
	free(rules);
	return rc;
}
