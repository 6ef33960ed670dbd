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
 *
 * Bounce-reason rules (rules with a "reason", data/rules/bounce-*.json)
 * get a database of their own: route's goal is 250k queries/s on short
 * texts, and the several hundred bounce wordings would tax every route
 * query for nothing (route ignores reason rules when scoring).  explain
 * scans each recipient's diagnostic once with it, and routes it for the
 * cause with the route database.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hs/hs.h>

#include "internal.h"

#define POOL_MAX 64

/* Serialized form: header, then (u64 length, bytes) for the main
 * route database, the bounce database and each rule's database (length 0:
 * none), then the width of each pattern (u32, 0 = variable). */
#define DB_MAGIC "MFHSDB06"
struct db_header {
	char magic[8];
	uint64_t data_hash;
	uint64_t n_patterns;
	uint64_t n_rules;
};

struct mf__matcher {
	hs_database_t *db;            /* route's patterns, no start offsets */
	hs_database_t *bounce_db;     /* the bounce-reason rules' patterns */
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

/* Which patterns go into a database. */
enum { ROUTE_PATTERNS, BOUNCE_PATTERNS, RULE_PATTERNS };

static int wanted(const struct mf__data *d, size_t pattern, int which, size_t rule)
{
	const struct mf__rule *r = &d->rules[d->patterns[pattern].rule];

	switch (which) {
	case ROUTE_PATTERNS:
		return r->reason == NULL;
	case BOUNCE_PATTERNS:
		return r->reason != NULL;
	default:
		return (size_t)d->patterns[pattern].rule == rule;
	}
}

/* Compile the patterns `which` selects into *db (NULL when there are none). */
static int compile(const struct mf__data *d, int which, size_t rule, unsigned flags,
		   hs_database_t **db, struct mf_error *err)
{
	const char **exprs = calloc(d->n_patterns + 2, sizeof *exprs);
	unsigned *fl = calloc(d->n_patterns + 2, sizeof *fl);
	unsigned *ids = calloc(d->n_patterns + 2, sizeof *ids);
	hs_compile_error_t *cerr = NULL;
	size_t n = 0;
	int rc = 0;

	*db = NULL;
	if (!exprs || !fl || !ids) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < d->n_patterns; i++)
		if (wanted(d, i, which, rule)) {
			exprs[n] = d->patterns[i].expr;
			fl[n] = flags;
			ids[n++] = (unsigned)i;
		}
	/* Route's scan also says whether any negation cue is there: most
	 * queries have none, and then no match needs its start to be found. */
	if (which == ROUTE_PATTERNS && n && d->negation_pattern) {
		exprs[n] = d->negation_pattern;
		fl[n] = HS_FLAG_UTF8 | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH;
		ids[n++] = (unsigned)d->n_patterns;
	}
	if (n == 0)
		goto done;
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
	if (read_db(&p, end, &m->db) || read_db(&p, end, &m->bounce_db))
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
	int rc = compile(d, ROUTE_PATTERNS, 0, HS_FLAG_UTF8 | HS_FLAG_DOTALL, &m->db, err);

	if (!rc)
		rc = compile(d, BOUNCE_PATTERNS, 0, HS_FLAG_UTF8 | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH,
			     &m->bounce_db, err);
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
	/* Start offsets are wanted for route's rules only. */
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		if (d->rules[i].n_patterns && !d->rules[i].reason)
			rc = compile(d, RULE_PATTERNS, i,
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
		hs_free_database(m->bounce_db);
		m->db = NULL;
		m->bounce_db = NULL;
		for (size_t i = 0; i < d->n_rules; i++) {
			hs_free_database(m->rule_db[i]);
			m->rule_db[i] = NULL;
		}
		rc = compile_all(m, d, err);
	}
	if (!rc && m->db && hs_alloc_scratch(m->db, &m->proto) != HS_SUCCESS)
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	if (!rc && m->bounce_db && hs_alloc_scratch(m->bounce_db, &m->proto) != HS_SUCCESS)
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
	if (!m->db && !m->bounce_db)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "no database to serialize");
	memcpy(h.magic, DB_MAGIC, 8);
	h.data_hash = d->hash;
	h.n_patterns = d->n_patterns;
	h.n_rules = d->n_rules;
	mf__buf_init(&b, (size_t)1 << 30);
	if (mf__buf_append(&b, (const char *)&h, sizeof h))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	rc = append_db(&b, m->db, err);
	if (!rc)
		rc = append_db(&b, m->bounce_db, err);
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
	hs_free_database(m->bounce_db);
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
	int rule = id < st->m->data->n_patterns ? st->m->data->patterns[id].rule : -1;
	uint32_t width = id < st->m->data->n_patterns ? st->m->width[id] : 0;

	(void)from, (void)flags;
	if (id == st->m->data->n_patterns) {
		res->has_cue = 1;
		return 0;
	}
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
	res->has_cue = 0;
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

struct bounce_state {
	const struct mf__data *data;
	struct mf__match **v;
	size_t *n, *cap, max;
	int truncated, nomem;
};

static int on_bounce(unsigned int id, unsigned long long from, unsigned long long to,
		     unsigned int flags, void *ctx)
{
	struct bounce_state *st = ctx;

	(void)from, (void)flags;
	if (*st->n == st->max) {
		st->truncated = 1;
		return 1;
	}
	if (*st->n == *st->cap) {
		size_t nc = *st->cap ? *st->cap * 2 : 32;
		struct mf__match *nv;
		if (nc > st->max)
			nc = st->max;
		nv = realloc(*st->v, nc * sizeof *nv);
		if (!nv) {
			st->nomem = 1;
			return 1;
		}
		*st->v = nv;
		*st->cap = nc;
	}
	(*st->v)[*st->n].rule = st->data->patterns[id].rule;
	(*st->v)[*st->n].start = (uint32_t)to; /* the bounce database keeps no starts */
	(*st->v)[*st->n].end = (uint32_t)to;
	(*st->n)++;
	return 0;
}

int mf__matcher_scan_db(struct mf__matcher *m, int which, const char *text, size_t len,
			struct mf__match **matches, size_t *n, size_t *cap,
			size_t max, int *truncated, struct mf_error *err)
{
	struct bounce_state st = {m->data, matches, n, cap, max, 0, 0};
	void *scratch;
	hs_error_t hr;

	*truncated = 0;
	if (which != MF__DB_BOUNCE)
		return mf__fail(err, MF_EINVAL, NULL, NULL,
				"route's database is scanned with mf__matcher_rules");
	if (!m->bounce_db || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	scratch = mf__matcher_take(m);
	if (!scratch)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	hr = hs_scan(m->bounce_db, text, (unsigned)len, 0, scratch, on_bounce, &st);
	mf__matcher_give(m, scratch);
	*truncated = st.truncated;
	if (st.nomem)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (hr != HS_SUCCESS && hr != HS_SCAN_TERMINATED)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}
