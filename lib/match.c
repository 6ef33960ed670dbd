/*
 * match.c: the pattern engine.  Every pattern of every rule (data/rules)
 * is compiled once, at context creation, into one Vectorscan (Hyperscan
 * API) block-mode database; a query is then scanned once and every match
 * comes back as (rule, start, end) in normalized-text offsets.  Patterns
 * use leftmost start-of-match so that matches can be shown as evidence.
 * Compiling takes seconds, so the build compiles the embedded data once
 * (tools/mkdb.c) and the binary carries the serialized database; it is
 * used when it was made from the very data loaded (same hash) and this
 * CPU can run it, and compiled afresh otherwise (--data DIR).
 * Scratch space is per scan: a small pool guarded by a mutex hands one to
 * each concurrent caller, so one matcher serves many threads.
 *
 * Two databases are built from the same rule format: the route database
 * (rules without a "reason") and the bounce database (rules with one,
 * data/rules/bounce-*.json).  Route's goal is 250k queries/s on short
 * texts, where Vectorscan's cost grows with the number of literals it
 * must confirm; the several hundred bounce wordings would tax every route
 * query for nothing, since route ignores reason rules when scoring.  So
 * route scans only its own rules, and explain scans each recipient's
 * diagnostic once with the bounce database (and routes it for the cause).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hs/hs.h>

#include "internal.h"

#define POOL_MAX 64

/* Header of a serialized database: magic, data hash, pattern count. */
#define DB_MAGIC "MFHSDB02"
struct db_header {
	char magic[8];
	uint64_t data_hash;
	uint64_t n_patterns;
	uint64_t len[MF__N_DBS];   /* serialized bytes of each database */
};

struct db {
	hs_database_t *db;            /* NULL when it has no pattern */
	hs_scratch_t *proto;          /* cloned for each new concurrent scan */
	hs_scratch_t *pool[POOL_MAX];
	size_t n_pool;
};

struct mf__matcher {
	struct db dbs[MF__N_DBS];
	const struct mf__data *data;
	pthread_mutex_t lock;
};

/* Which database a pattern belongs to. */
static int db_of(const struct mf__data *d, size_t pattern)
{
	return d->rules[d->patterns[pattern].rule].reason ? MF__DB_BOUNCE : MF__DB_ROUTE;
}

/* Use the databases embedded at build time if they fit the loaded data. */
static int try_embedded(struct mf__matcher *m, const struct mf__data *d)
{
	size_t len = (size_t)((uintptr_t)mf__embedded_db_end - (uintptr_t)mf__embedded_db);
	const char *p = (const char *)mf__embedded_db + sizeof(struct db_header);
	struct db_header h;
	size_t total = sizeof h;

	if (len <= sizeof h)
		return 0;
	memcpy(&h, mf__embedded_db, sizeof h);
	if (memcmp(h.magic, DB_MAGIC, 8) != 0 || h.data_hash != d->hash ||
	    h.n_patterns != d->n_patterns)
		return 0;
	for (int k = 0; k < MF__N_DBS; k++)
		total += h.len[k];
	if (total > len)
		return 0;
	for (int k = 0; k < MF__N_DBS; k++) {
		if (h.len[k] &&
		    hs_deserialize_database(p, h.len[k], &m->dbs[k].db) != HS_SUCCESS)
			return 0;
		p += h.len[k];
	}
	return 1;
}

int mf__matcher_serialize(const struct mf__matcher *m, const struct mf__data *d,
			  char **out, size_t *len, struct mf_error *err)
{
	struct db_header h;
	char *bytes[MF__N_DBS] = {NULL};
	size_t n[MF__N_DBS] = {0}, total = sizeof h;
	int rc = 0;

	*out = NULL;
	*len = 0;
	memset(&h, 0, sizeof h);
	for (int k = 0; k < MF__N_DBS && !rc; k++) {
		if (m->dbs[k].db && hs_serialize_database(m->dbs[k].db, &bytes[k], &n[k]) != HS_SUCCESS)
			rc = mf__fail(err, MF_EENGINE, NULL, NULL, "cannot serialize the database");
		h.len[k] = n[k];
		total += n[k];
	}
	memcpy(h.magic, DB_MAGIC, 8);
	h.data_hash = d->hash;
	h.n_patterns = d->n_patterns;
	if (!rc && !(*out = malloc(total)))
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (!rc) {
		size_t at = sizeof h;

		memcpy(*out, &h, sizeof h);
		for (int k = 0; k < MF__N_DBS; k++) {
			if (n[k])
				memcpy(*out + at, bytes[k], n[k]);
			at += n[k];
		}
		*len = total;
	}
	for (int k = 0; k < MF__N_DBS; k++)
		free(bytes[k]);
	return rc;
}

/* Compile the patterns of one database; ids are global pattern indexes. */
static int compile_db(struct mf__matcher *m, const struct mf__data *d, int which,
		      struct mf_error *err)
{
	const char **exprs = NULL;
	unsigned *flags = NULL, *ids = NULL, n = 0;
	hs_compile_error_t *cerr = NULL;
	int rc = 0;

	exprs = calloc(d->n_patterns + 1, sizeof *exprs);
	flags = calloc(d->n_patterns + 1, sizeof *flags);
	ids = calloc(d->n_patterns + 1, sizeof *ids);
	if (!exprs || !flags || !ids) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < d->n_patterns; i++) {
		if (db_of(d, i) != which)
			continue;
		exprs[n] = d->patterns[i].expr;
		/* Bounce rules need no evidence offsets (only which rule
		 * matched), and leaving start-of-match tracking out keeps
		 * bounded repeats like "user .{0,40} unknown" compilable. */
		flags[n] = HS_FLAG_UTF8 | HS_FLAG_DOTALL |
			   (which == MF__DB_ROUTE ? HS_FLAG_SOM_LEFTMOST : HS_FLAG_SINGLEMATCH);
		ids[n++] = (unsigned)i;
	}
	if (n == 0)
		goto done;
	if (hs_compile_multi(exprs, flags, ids, n, HS_MODE_BLOCK,
			     NULL, &m->dbs[which].db, &cerr) != HS_SUCCESS) {
		char where[256];

		if (cerr->expression >= 0 && (unsigned)cerr->expression < n) {
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
	}
done:
	free(exprs);
	free(flags);
	free(ids);
	return rc;
}

int mf__matcher_new(struct mf__matcher **out, const struct mf__data *d,
		    struct mf_error *err)
{
	struct mf__matcher *m;
	int rc = 0;

	*out = NULL;
	m = calloc(1, sizeof *m);
	if (!m)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	m->data = d;
	pthread_mutex_init(&m->lock, NULL);
	if (d->n_patterns == 0) {
		*out = m;
		return 0;
	}
	if (d->from_dir || !try_embedded(m, d)) {
		for (int k = 0; k < MF__N_DBS; k++) {
			hs_free_database(m->dbs[k].db);
			m->dbs[k].db = NULL;
		}
		for (int k = 0; k < MF__N_DBS && !rc; k++)
			rc = compile_db(m, d, k, err);
	}
	for (int k = 0; k < MF__N_DBS && !rc; k++)
		if (m->dbs[k].db && hs_alloc_scratch(m->dbs[k].db, &m->dbs[k].proto) != HS_SUCCESS)
			rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	if (rc) {
		mf__matcher_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

void mf__matcher_free(struct mf__matcher *m)
{
	if (!m)
		return;
	for (int k = 0; k < MF__N_DBS; k++) {
		for (size_t i = 0; i < m->dbs[k].n_pool; i++)
			hs_free_scratch(m->dbs[k].pool[i]);
		hs_free_scratch(m->dbs[k].proto);
		hs_free_database(m->dbs[k].db);
	}
	pthread_mutex_destroy(&m->lock);
	free(m);
}

static hs_scratch_t *take_scratch(struct mf__matcher *m, struct db *db)
{
	hs_scratch_t *s = NULL;

	pthread_mutex_lock(&m->lock);
	if (db->n_pool)
		s = db->pool[--db->n_pool];
	pthread_mutex_unlock(&m->lock);
	if (!s && hs_clone_scratch(db->proto, &s) != HS_SUCCESS)
		return NULL;
	return s;
}

static void give_scratch(struct mf__matcher *m, struct db *db, hs_scratch_t *s)
{
	pthread_mutex_lock(&m->lock);
	if (db->n_pool < POOL_MAX) {
		db->pool[db->n_pool++] = s;
		s = NULL;
	}
	pthread_mutex_unlock(&m->lock);
	hs_free_scratch(s);
}

struct scan_state {
	const struct mf__data *data;
	struct mf__match *v;
	size_t n, cap, max;
	int truncated, nomem;
};

static int on_match(unsigned int id, unsigned long long from,
		    unsigned long long to, unsigned int flags, void *ctx)
{
	struct scan_state *st = ctx;
	int rule = st->data->patterns[id].rule;

	(void)flags;
	/* A pattern reports each end offset of a match; keep one entry per
	 * start, the longest. */
	for (size_t k = st->n, seen = 0; k > 0 && seen < 8; k--, seen++) {
		struct mf__match *prev = &st->v[k - 1];
		if (prev->rule == rule && prev->start == from) {
			prev->end = (uint32_t)to;
			return 0;
		}
	}
	if (st->n == st->max) {
		st->truncated = 1;
		return 1; /* stop scanning: enough evidence */
	}
	if (st->n == st->cap) {
		size_t nc = st->cap ? st->cap * 2 : 32;
		struct mf__match *nv;

		if (nc > st->max)
			nc = st->max;
		nv = realloc(st->v, nc * sizeof *nv);
		if (!nv) {
			st->nomem = 1;
			return 1;
		}
		st->v = nv;
		st->cap = nc;
	}
	st->v[st->n].rule = rule;
	st->v[st->n].start = (uint32_t)from;
	st->v[st->n].end = (uint32_t)to;
	st->n++;
	return 0;
}

int mf__matcher_scan_db(struct mf__matcher *m, int which, const char *text, size_t len,
			struct mf__match **matches, size_t *n, size_t *cap,
			size_t max, int *truncated, struct mf_error *err)
{
	struct scan_state st = {m->data, *matches, *n, *cap, max, 0, 0};
	struct db *db = &m->dbs[which];
	hs_scratch_t *s;
	hs_error_t hr;

	*truncated = 0;
	if (!db->db || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	s = take_scratch(m, db);
	if (!s)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	hr = hs_scan(db->db, text, (unsigned)len, 0, s, on_match, &st);
	give_scratch(m, db, s);
	*matches = st.v;
	*n = st.n;
	*cap = st.cap;
	*truncated = st.truncated;
	if (st.nomem)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (hr != HS_SUCCESS && hr != HS_SCAN_TERMINATED)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}

int mf__matcher_scan(struct mf__matcher *m, const char *text, size_t len,
		     struct mf__match **matches, size_t *n, size_t *cap,
		     size_t max, int *truncated, struct mf_error *err)
{
	return mf__matcher_scan_db(m, MF__DB_ROUTE, text, len, matches, n, cap, max,
				   truncated, err);
}
