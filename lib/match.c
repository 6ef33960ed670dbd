/*
 * match.c: the pattern engine.  Route's rule patterns are lowered to
 * chains (pattern.c): the anchor literal of every chain goes into one
 * Vectorscan literal database, scanned once per query, and each hit of an
 * anchor is confirmed in the text around it (chain.c), which also gives
 * the match's exact start and end (for negation cues and for the evidence
 * shown to the user).  A small literal database of short strings is what
 * makes a query cost microseconds: the regular-expression database of the
 * same patterns ran a multi-megabyte automaton over every query.
 * Each rule also has a small database of its own patterns with leftmost
 * start-of-match: it confirms the patterns the lowering left residual,
 * and takes over a rule whose confirmation ran out of budget on a hostile
 * text, so every answer is exactly Vectorscan's.  Those are rarely
 * needed: an embedded one is deserialized the first time it is.
 * Compiling takes seconds, so the build compiles the embedded data once
 * (tools/mkdb.c) and the binary carries the serialized databases; they are
 * used when made from the very data loaded (same hash) and this CPU can
 * run them, and compiled afresh otherwise (--data DIR).  The chains are
 * lowered once too, by the build: the plan is embedded beside the
 * databases (plan_blob.c) and loaded when made from the very data
 * loaded, and lowered at start otherwise.
 * Scratch space is per scan: a small pool guarded by a mutex hands one to
 * each concurrent caller, so one matcher serves many threads.
 *
 * Bounce-reason rules (rules with a "reason", data/rules/bounce-*.json)
 * get a database of their own: route ignores them, and explain scans
 * each recipient's diagnostic once with it, and routes it for the cause.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hs/hs.h>

#include "internal.h"
#include "pattern.h"

#define POOL_MAX 64

/* Serialized form: header, then (u64 length, bytes) for the literal
 * database and the bounce database, then the lengths of the rules'
 * databases (u64 each, 0: none), then their bytes one after another.  A
 * start finds where each rule's bytes are from the lengths alone, so it
 * touches none of the (large, rarely wanted) rule databases. */
#define DB_MAGIC "MFHSDB08"
struct db_header {
	char magic[8];
	uint64_t data_hash;
	uint64_t n_patterns;
	uint64_t n_rules;
	uint64_t n_literals;
};

/* Confirmation steps per scan: enough for any query people write, and a
 * ceiling for hostile ones (the rest goes to the rules' own databases). */
#define BUDGET_BASE 4096
#define BUDGET_PER_BYTE 8

struct mf__matcher {
	struct mf__plan *plan;        /* route's patterns as chains */
	hs_database_t *lit_db;        /* the chains' anchors and residuals' literals */
	hs_database_t *bounce_db;     /* the bounce-reason rules' patterns */
	hs_database_t **rule_db;      /* per rule, with start offsets, or NULL */
	/* The embedded rule databases are deserialized when first needed
	 * (a rare fallback): where each one's bytes are. */
	const unsigned char **rule_src;
	size_t *rule_src_len;
	size_t n_rules;
	uint8_t *is_context;          /* [n_rules]: a context rule (cues.c): 1, or 2
				       * for a contrast cue (alone it changes
				       * nothing, so the scan need not keep every
				       * span for it); kept apart from the rule
				       * records for the scan */
	hs_scratch_t *proto;          /* big enough for every database */
	/* What compiled databases are for: NULL, this CPU (the fastest
	 * code it runs); or a build's, any CPU Vectorscan runs on. */
	const hs_platform_info_t *target;
	int from_build;               /* the databases are the build's (embedded) */
	struct mf__db_cache_file cache; /* the cache file the databases came
					 * from, if they did (rule_src points
					 * into it); unmapped: they did not */
	const struct mf__data *data;
	pthread_mutex_t lock;
	struct scratch *pool[POOL_MAX];
	size_t n_pool;
};

/* Anchor hits, confirmed after the scan: then the gates are known, and
 * whether the text has a negation cue at all. */
#define MAX_DEFERRED 512

struct deferred {
	uint32_t chain;
	uint32_t check_lit;   /* the anchor string whose other assertions are
				 still to be checked, or NO_CHECK */
	uint32_t start, end;
	uint32_t gate;
	int32_t rule;
};
#define NO_CHECK UINT32_MAX

/* What one scan needs besides Vectorscan's scratch (mf__matcher_take). */
struct scratch {
	hs_scratch_t *hs;
	uint64_t *gate_open;          /* [gates / 64 + 1]: a literal of the gate occurred */
	size_t n_words;
	struct deferred deferred[MAX_DEFERRED];
	size_t n_deferred;
	void *workspace;              /* the caller's per-scan memory */
	size_t workspace_size;
	struct mf__norm_space norm;   /* the caller's normalized text */
};

static void scratch_free(struct scratch *s)
{
	if (!s)
		return;
	hs_free_scratch(s->hs);
	free(s->gate_open);
	free(s->workspace);
	mf__norm_space_trim(&s->norm, 0);
	free(s);
}

void *mf__matcher_workspace(void *scratch, size_t size)
{
	struct scratch *s = scratch;

	if (s->workspace_size < size) {
		void *w = realloc(s->workspace, size);
		if (!w)
			return NULL;
		memset((char *)w + s->workspace_size, 0, size - s->workspace_size);
		s->workspace = w;
		s->workspace_size = size;
	}
	return s->workspace;
}

struct mf__norm_space *mf__matcher_norm_space(void *scratch)
{
	return &((struct scratch *)scratch)->norm;
}

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

/* How the databases are compiled (the literal one: no flag). */
#define BOUNCE_FLAGS (HS_FLAG_UTF8 | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH)
#define RULE_FLAGS (HS_FLAG_UTF8 | HS_FLAG_DOTALL | HS_FLAG_SOM_LEFTMOST)

/* Which patterns go into a database. */
enum { BOUNCE_PATTERNS, RULE_PATTERNS };

static int wanted(const struct mf__data *d, size_t pattern, int which, size_t rule)
{
	const struct mf__rule *r = &d->rules[d->patterns[pattern].rule];

	switch (which) {
	case BOUNCE_PATTERNS:
		return r->reason != NULL;
	default:
		return (size_t)d->patterns[pattern].rule == rule;
	}
}

/* Compile the patterns `which` selects into *db (NULL when there are
 * none), for the CPUs of `target`. */
static int compile(const struct mf__data *d, int which, size_t rule, unsigned flags,
		   const hs_platform_info_t *target, hs_database_t **db, struct mf_error *err)
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
	if (n == 0)
		goto done;
	if (hs_compile_multi(exprs, fl, ids, (unsigned)n, HS_MODE_BLOCK, target, db, &cerr) !=
	    HS_SUCCESS)
		rc = compile_error(d, cerr, ids, err);
done:
	free(exprs);
	free(fl);
	free(ids);
	return rc;
}

/* The next (u64 length, bytes) record of the embedded blob: -1 when
 * the blob ends before it does. */
static int next_record(const unsigned char **p, const unsigned char *end,
		       const unsigned char **bytes, size_t *len)
{
	uint64_t n;

	if ((size_t)(end - *p) < sizeof n)
		return -1;
	memcpy(&n, *p, sizeof n);
	*p += sizeof n;
	if (n > (uint64_t)(end - *p))
		return -1;
	*bytes = *p;
	*len = (size_t)n;
	*p += n;
	return 0;
}

/* Read one database from the embedded blob (a length 0 one is NULL). */
static int read_db(const unsigned char **p, const unsigned char *end, hs_database_t **db)
{
	const unsigned char *bytes;
	size_t len;

	*db = NULL;
	if (next_record(p, end, &bytes, &len))
		return -1;
	if (len && hs_deserialize_database((const char *)bytes, len, db) != HS_SUCCESS)
		return -1;
	return 0;
}

/* Where each rule's database is in [p, end): the lengths, then the bytes
 * (the blob's layout above); 1 when the records fill [p, end) exactly. */
static int rule_records(struct mf__matcher *m, size_t n_rules, const unsigned char *p,
			const unsigned char *end)
{
	const unsigned char *bytes;
	size_t left = (size_t)(end - p);

	if (left / sizeof(uint64_t) < n_rules)
		return 0;
	bytes = p + n_rules * sizeof(uint64_t);
	left -= n_rules * sizeof(uint64_t);
	for (size_t i = 0; i < n_rules; i++) {
		uint64_t n;
		memcpy(&n, p + i * sizeof n, sizeof n);
		if (n > left)
			return 0;
		m->rule_src[i] = n ? bytes : NULL;
		m->rule_src_len[i] = (size_t)n;
		bytes += n;
		left -= (size_t)n;
	}
	return left == 0;
}

/* Take the serialized databases in [p, end) if they were made from the
 * loaded data (and this CPU runs them): 1, or 0. */
static int take_databases(struct mf__matcher *m, const struct mf__data *d,
			  const unsigned char *p, const unsigned char *end)
{
	struct db_header h;

	if ((size_t)((uintptr_t)end - (uintptr_t)p) <= sizeof h)
		return 0;
	memcpy(&h, p, sizeof h);
	p += sizeof h;
	if (memcmp(h.magic, DB_MAGIC, 8) != 0 || h.data_hash != d->hash ||
	    h.n_patterns != d->n_patterns || h.n_rules != d->n_rules ||
	    h.n_literals != m->plan->n_literals)
		return 0;
	if (read_db(&p, end, &m->lit_db) || read_db(&p, end, &m->bounce_db))
		return 0;
	return rule_records(m, d->n_rules, p, end);
}

int mf__matcher_from_build(const struct mf__matcher *m)
{
	return m->from_build;
}

int mf__matcher_from_cache(const struct mf__matcher *m)
{
	return m->cache.map != NULL;
}

/* Does the serialized database need no CPU feature?  Vectorscan says
 * which it needs only in words: "Version: V Features: F Mode: M". */
static int needs_no_feature(const unsigned char *bytes, size_t len)
{
	char *info = NULL;
	const char *f, *mode;
	int none;

	if (hs_serialized_database_info((const char *)bytes, len, &info) != HS_SUCCESS)
		return 0;
	f = strstr(info, "Features:");
	mode = f ? strstr(f, "Mode:") : NULL;
	none = f && mode;
	for (f = f ? f + strlen("Features:") : NULL; none && f < mode; f++)
		none = *f == ' ';
	free(info);
	return none;
}

int mf__embedded_db_any_cpu(void)
{
	const unsigned char *p = mf__embedded_db;
	const unsigned char *end = (const unsigned char *)(uintptr_t)mf__embedded_db_end;
	struct db_header h;
	size_t n = 0;

	if ((size_t)((uintptr_t)end - (uintptr_t)p) <= sizeof h)
		return 0;
	memcpy(&h, p, sizeof h);
	p += sizeof h;
	for (int k = 0; k < 2; k++) { /* the literal and bounce databases */
		const unsigned char *bytes;
		size_t len;
		if (next_record(&p, end, &bytes, &len) || (len && !needs_no_feature(bytes, len)))
			return 0;
	}
	if (h.n_rules > (uint64_t)(end - p) / sizeof(uint64_t))
		return 0;
	n = (size_t)h.n_rules;
	{
		const unsigned char *bytes = p + n * sizeof(uint64_t);
		for (size_t i = 0; i < n; i++) {
			uint64_t len;
			memcpy(&len, p + i * sizeof len, sizeof len);
			if (len > (uint64_t)(end - bytes) || (len && !needs_no_feature(bytes, len)))
				return 0;
			bytes += len;
		}
		return bytes == end;
	}
}

/* The literal database of the plan's literals (id = literal index). */
static int compile_literals(struct mf__matcher *m, struct mf_error *err)
{
	const struct mf__plan *pl = m->plan;
	unsigned *fl, *ids;
	hs_compile_error_t *cerr = NULL;
	int rc = 0;

	if (pl->n_literals == 0)
		return 0;
	fl = calloc(pl->n_literals, sizeof *fl);
	ids = calloc(pl->n_literals, sizeof *ids);
	if (!fl || !ids) {
		free(fl);
		free(ids);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	for (size_t i = 0; i < pl->n_literals; i++)
		ids[i] = (unsigned)i;
	if (hs_compile_lit_multi(pl->literals, fl, ids, pl->literal_len, (unsigned)pl->n_literals,
				 HS_MODE_BLOCK, m->target, &m->lit_db, &cerr) != HS_SUCCESS) {
		rc = mf__fail(err, MF_EENGINE, NULL, NULL,
			      "cannot compile the literal database: %s", cerr->message);
		hs_free_compile_error(cerr);
	}
	free(fl);
	free(ids);
	return rc;
}

static int compile_all(struct mf__matcher *m, const struct mf__data *d, struct mf_error *err)
{
	int rc = compile_literals(m, err);

	if (!rc)
		rc = compile(d, BOUNCE_PATTERNS, 0, BOUNCE_FLAGS, m->target, &m->bounce_db, err);
	/* Start offsets are wanted for route's rules only; these databases
	 * also check that Vectorscan takes every pattern. */
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		if (d->rules[i].n_patterns && !d->rules[i].reason)
			rc = compile(d, RULE_PATTERNS, i, RULE_FLAGS, m->target, &m->rule_db[i],
				     err);
	return rc;
}

/* A build's databases run on any x86-64 CPU Vectorscan supports (and
 * under valgrind): compiled for this machine's CPU (AVX-512, say), they
 * were refused by every other CPU, and each start there compiled them
 * afresh for seconds.  Measured no slower than this CPU's (bench/RESULTS.md). */
static const hs_platform_info_t any_cpu = {HS_TUNE_FAMILY_GENERIC, 0, 0, 0};

/* Drop whatever a refused blob left half-loaded. */
static void drop_databases(struct mf__matcher *m, const struct mf__data *d)
{
	hs_free_database(m->lit_db);
	hs_free_database(m->bounce_db);
	m->lit_db = NULL;
	m->bounce_db = NULL;
	for (size_t i = 0; i < d->n_rules; i++) {
		hs_free_database(m->rule_db[i]);
		m->rule_db[i] = NULL;
		m->rule_src[i] = NULL;
	}
}

/* The cache file of data d (db_cache.c) is named by what its bytes
 * depend on: the data, how this build lowers and compiles it (its own
 * plan blob, what its lowering made of its own data; the formats; the
 * flags), Vectorscan's version and this CPU. */
static uint64_t cache_key(const struct mf__data *d)
{
	hs_platform_info_t cpu = {0};
	const char *version = hs_version();
	const unsigned flags[] = {BOUNCE_FLAGS, RULE_FLAGS};
	uint64_t h = MF__HASH_SEED;

	h = mf__hash_bytes(h, &d->hash, sizeof d->hash);
	h = mf__hash_bytes(h, DB_MAGIC MF_VERSION, strlen(DB_MAGIC MF_VERSION));
	h = mf__hash_bytes(h, flags, sizeof flags);
	h = mf__hash_bytes(h, version, strlen(version));
	if (hs_populate_platform(&cpu) == HS_SUCCESS) {
		h = mf__hash_bytes(h, &cpu.tune, sizeof cpu.tune);
		h = mf__hash_bytes(h, &cpu.cpu_features, sizeof cpu.cpu_features);
	}
	return mf__hash_bytes(h, mf__embedded_plan,
			      (size_t)((uintptr_t)mf__embedded_plan_end -
				       (uintptr_t)mf__embedded_plan));
}

/* Take the plan and databases of the cache file of this key, if it
 * holds them for data d: 1, or 0 (then nothing of it is kept). */
static int take_cached(struct mf__matcher *m, const struct mf__data *d, const char *dir,
		       uint64_t key)
{
	struct mf__db_cache_file f;

	if (mf__db_cache_load(dir, key, &f))
		return 0;
	if (mf__plan_load(&m->plan, f.plan, f.plan_len, d->hash, d->n_rules) != 0) {
		mf__db_cache_file_free(&f);
		return 0;
	}
	if (!take_databases(m, d, (const unsigned char *)f.db,
			    (const unsigned char *)f.db + f.db_len)) {
		drop_databases(m, d);
		mf__plan_free(m->plan);
		m->plan = NULL;
		mf__db_cache_file_free(&f);
		return 0;
	}
	m->cache = f; /* the rules' databases are read from it later */
	return 1;
}

/* Keep what this start compiled for the next one (best effort). */
static void store_cached(const struct mf__matcher *m, const struct mf__data *d,
			 const char *dir, uint64_t key)
{
	char *plan = NULL, *db = NULL;
	size_t plan_len = 0, db_len = 0;
	struct mf_error ignored;

	if (mf__plan_serialize(m->plan, d->hash, &plan, &plan_len) == 0 &&
	    mf__matcher_serialize(m, d, &db, &db_len, &ignored) == 0)
		mf__db_cache_store(dir, key, plan, plan_len, db, db_len);
	free(plan);
	free(db);
}

int mf__matcher_new(struct mf__matcher **out, const struct mf__data *d,
		    enum mf__db_target target, const char *cache_dir, struct mf_error *err)
{
	struct mf__matcher *m;
	int rc = 0;

	*out = NULL;
	m = calloc(1, sizeof *m);
	if (m) {
		m->rule_db = calloc(d->n_rules + 1, sizeof *m->rule_db);
		m->rule_src = calloc(d->n_rules + 1, sizeof *m->rule_src);
		m->rule_src_len = calloc(d->n_rules + 1, sizeof *m->rule_src_len);
		m->is_context = calloc(d->n_rules + 1, 1);
	}
	if (!m || !m->rule_db || !m->rule_src || !m->rule_src_len || !m->is_context) {
		if (m) {
			free(m->rule_db);
			free(m->rule_src);
			free(m->rule_src_len);
			free(m->is_context);
		}
		free(m);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	m->data = d;
	m->target = target == MF__DB_FOR_ANY_CPU ? &any_cpu : NULL;
	m->n_rules = d->n_rules;
	for (size_t i = 0; i < d->n_rules; i++)
		m->is_context[i] = d->rules[i].context == MF__CONTEXT_NONE       ? 0
				   : d->rules[i].context == MF__CONTEXT_CONTRAST ? 2
										 : 1;
	pthread_mutex_init(&m->lock, NULL);
	if (d->n_patterns == 0) {
		*out = m;
		return 0;
	}
	if (!d->from_dir) {
		/* the build's plan and databases, or (another CPU, say) the
		 * build's plan and databases compiled now */
		rc = mf__plan_get(&m->plan, d, mf__embedded_plan,
				  (size_t)((uintptr_t)mf__embedded_plan_end -
					   (uintptr_t)mf__embedded_plan),
				  err);
		if (!rc)
			m->from_build = take_databases(m, d, mf__embedded_db,
						       (const unsigned char *)(uintptr_t)
							       mf__embedded_db_end);
		if (!rc && !m->from_build) {
			drop_databases(m, d);
			rc = compile_all(m, d, err);
		}
	} else {
		uint64_t key = cache_dir ? cache_key(d) : 0;
		if (!cache_dir || !take_cached(m, d, cache_dir, key)) {
			rc = mf__plan_get(&m->plan, d, NULL, 0, err);
			if (!rc)
				rc = compile_all(m, d, err);
			if (!rc && cache_dir)
				store_cached(m, d, cache_dir, key);
		}
	}
	if (!rc && m->lit_db && hs_alloc_scratch(m->lit_db, &m->proto) != HS_SUCCESS)
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

/* The rules' databases: their lengths, then their bytes (a rule's
 * database loaded from a blob but not wanted yet: the blob's bytes, as
 * they are).  The lengths are written once the bytes are. */
static int append_rule_dbs(struct mf__buf *b, const struct mf__matcher *m, size_t n_rules,
			   struct mf_error *err)
{
	size_t table = b->len;
	uint64_t zero = 0;

	for (size_t i = 0; i < n_rules; i++)
		if (mf__buf_append(b, (const char *)&zero, sizeof zero))
			return mf__fail(err, MF_ENOMEM, NULL, NULL,
					"cannot serialize the database: out of memory");
	for (size_t i = 0; i < n_rules; i++) {
		char *bytes = NULL;
		size_t n = 0;
		uint64_t len;
		int rc = 0;

		if (m->rule_db[i] && hs_serialize_database(m->rule_db[i], &bytes, &n) != HS_SUCCESS)
			return mf__fail(err, MF_EENGINE, NULL, NULL, "cannot serialize the database");
		if (m->rule_db[i])
			rc = mf__buf_append(b, bytes, n);
		else if (m->rule_src[i] && (n = m->rule_src_len[i]) > 0)
			rc = mf__buf_append(b, (const char *)m->rule_src[i], n);
		free(bytes);
		if (rc)
			return mf__fail(err, MF_ENOMEM, NULL, NULL,
					"cannot serialize the database: out of memory");
		len = n;
		memcpy(b->data + table + i * sizeof len, &len, sizeof len);
	}
	return 0;
}

int mf__matcher_serialize(const struct mf__matcher *m, const struct mf__data *d,
			  char **out, size_t *len, struct mf_error *err)
{
	struct db_header h;
	struct mf__buf b;
	int rc;

	*out = NULL;
	*len = 0;
	if (!m->lit_db && !m->bounce_db)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "no database to serialize");
	memcpy(h.magic, DB_MAGIC, 8);
	h.data_hash = d->hash;
	h.n_patterns = d->n_patterns;
	h.n_rules = d->n_rules;
	h.n_literals = m->plan ? m->plan->n_literals : 0;
	mf__buf_init(&b, (size_t)1 << 30);
	if (mf__buf_append(&b, (const char *)&h, sizeof h))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	rc = append_db(&b, m->lit_db, err);
	if (!rc)
		rc = append_db(&b, m->bounce_db, err);
	rc = rc ? rc : append_rule_dbs(&b, m, d->n_rules, err);
	if (rc) {
		mf__buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = mf__buf_steal(&b);
	return 0;
}

const struct mf__plan *mf__matcher_plan(const struct mf__matcher *m)
{
	return m->plan;
}

const void *mf__matcher_database(const struct mf__matcher *m)
{
	return m->lit_db;
}

void mf__matcher_free(struct mf__matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_pool; i++)
		scratch_free(m->pool[i]);
	hs_free_scratch(m->proto);
	hs_free_database(m->lit_db);
	hs_free_database(m->bounce_db);
	for (size_t i = 0; i < m->n_rules; i++)
		hs_free_database(m->rule_db[i]);
	free(m->rule_db);
	free(m->rule_src);
	free(m->rule_src_len);
	free(m->is_context);
	mf__plan_free(m->plan);
	mf__db_cache_file_free(&m->cache);
	pthread_mutex_destroy(&m->lock);
	free(m);
}

void *mf__matcher_take(struct mf__matcher *m)
{
	struct scratch *s = NULL;

	pthread_mutex_lock(&m->lock);
	if (m->n_pool)
		s = m->pool[--m->n_pool];
	pthread_mutex_unlock(&m->lock);
	if (s || !m->proto)
		return s;
	s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->n_words = (m->plan ? m->plan->n_gate_ids : 0) / 64 + 1;
	s->gate_open = calloc(s->n_words, sizeof *s->gate_open);
	if (!s->gate_open || hs_clone_scratch(m->proto, &s->hs) != HS_SUCCESS) {
		scratch_free(s);
		return NULL;
	}
	return s;
}

void mf__matcher_give(struct mf__matcher *m, void *scratch)
{
	struct scratch *s = scratch;

	if (!s)
		return;
	pthread_mutex_lock(&m->lock);
	if (m->n_pool < POOL_MAX) {
		m->pool[m->n_pool++] = s;
		s = NULL;
	}
	pthread_mutex_unlock(&m->lock);
	scratch_free(s);
}

/* Bits of scan_result.seen used during a scan only. */
#define SEEN_RESIDUAL 4   /* a literal of a residual pattern occurred */
#define SEEN_FALLBACK 8   /* confirmation ran out of budget */

struct hit_state {
	const struct mf__matcher *m;
	struct scratch *scratch;
	const unsigned char *text;
	size_t len;
	struct mf__scan_result *res;
	struct mf__budget budget;
	/* rules flagged for their own database, when few */
	int flagged[32];
	size_t n_flagged;
	int many_flagged;
};

static void flag(struct hit_state *st, int rule, uint8_t bit)
{
	uint8_t *seen = &st->res->seen[rule];

	if (!(*seen & (SEEN_RESIDUAL | SEEN_FALLBACK))) {
		if (st->n_flagged < MF__ARRAY_LEN(st->flagged))
			st->flagged[st->n_flagged++] = rule;
		else
			st->many_flagged = 1;
	}
	*seen |= bit;
}

static void add_span(struct mf__scan_result *res, int rule, uint32_t start, uint32_t end)
{
	/* the same match through another anchor string or chain */
	for (size_t k = res->n_spans; k > 0 && k + 4 > res->n_spans; k--)
		if (res->spans[k - 1].rule == rule && res->spans[k - 1].start == start &&
		    res->spans[k - 1].end == end)
			return;
	if (!(res->seen[rule] & MF__SEEN))
		res->rules[res->n_rules++] = rule;
	res->seen[rule] |= MF__SEEN;
	if (res->n_spans == res->max_spans) {
		res->seen[rule] |= MF__SEEN_VARIABLE;
		return;
	}
	res->spans[res->n_spans].rule = rule;
	res->spans[res->n_spans].start = start;
	res->spans[res->n_spans].end = end;
	res->n_spans++;
}

/* Walk the deferred hit's chain from its anchor string. */
static void confirm(struct hit_state *st, const struct deferred *d)
{
	struct mf__scan_result *res = st->res;
	const struct mf__chain *c = &st->m->plan->chains[d->chain];
	int rule = d->rule;
	uint32_t start, stop;
	int r;

	if (rule < 0 ? res->has_cue : (res->seen[rule] & SEEN_FALLBACK) != 0)
		return;
	if (d->check_lit != NO_CHECK &&
	    !mf__anchor_holds(c, d->check_lit, st->text, st->len, d->start))
		return;
	r = mf__chain_confirm(c, st->text, st->len, d->start, d->end, &st->budget, &start, &stop);
	if (rule < 0)
		res->has_cue |= r != MF__CHAIN_NO; /* over budget: assume a cue */
	else if (r == MF__CHAIN_YES) {
		add_span(res, rule, start, stop);
		res->has_context |= st->m->is_context[rule] == 1;
	}
	else if (r == MF__CHAIN_OVER_BUDGET)
		flag(st, rule, SEEN_FALLBACK);
}

/* Can the hit of use's string at [start, end) be part of a match, by
 * what the use record carries (the string's \b at its ends, the bytes
 * the elements around it need there)?  0 only when it cannot. */
static int hit_may_match(const struct mf__use *use, const unsigned char *t, size_t len,
			 size_t start, size_t end)
{
	if ((use->edges & MF__WORD_START) && !mf__assert_at(MF__AT_WORD, t, len, start))
		return 0;
	if ((use->edges & MF__WORD_END) && !mf__assert_at(MF__AT_WORD, t, len, end))
		return 0;
	if (use->next_first && (end >= len || !((use->next_first >> mf__fold_byte(t[end])) & 1)))
		return 0;
	return !use->prev_last ||
	       (start > 0 && ((use->prev_last >> mf__fold_byte(t[start - 1])) & 1));
}

/* One use of a literal hit ending at `to`. */
static void on_use(struct hit_state *st, const struct mf__use *use, size_t to)
{
	struct scratch *sc = st->scratch;
	size_t end = to, start = end - use->len;

	if (use->chain == MF__USE_RESIDUAL) {
		flag(st, use->rule, SEEN_RESIDUAL);
		return;
	}
	if (!hit_may_match(use, st->text, st->len, start, end))
		return;
	if (use->edges & MF__ALONE) {
		/* a chain of this string alone: no walk */
		if (use->rule < 0) {
			st->res->has_cue = 1;
		} else {
			add_span(st->res, use->rule, (uint32_t)start, (uint32_t)end);
			st->res->has_context |= st->m->is_context[use->rule] == 1;
		}
	} else {
		struct deferred now, *d = &now;

		if (sc->n_deferred < MAX_DEFERRED)
			d = &sc->deferred[sc->n_deferred++];
		d->chain = use->chain;
		d->check_lit = (use->edges & MF__OTHER_AT) ? use->lit : NO_CHECK;
		d->start = (uint32_t)start;
		d->end = (uint32_t)end;
		d->gate = use->gate;
		d->rule = use->rule;
		/* the chain is read only after the scan: fetch it meanwhile */
		__builtin_prefetch(&st->m->plan->chains[use->chain]);
		if (d == &now)
			confirm(st, d);
	}
}

static void open_gates(struct scratch *sc, const uint32_t *gates, uint32_t n)
{
	for (uint32_t g = 0; g < n; g++)
		sc->gate_open[gates[g] / 64] |= (uint64_t)1 << (gates[g] % 64);
}

static int on_literal(unsigned int id, unsigned long long from, unsigned long long to,
		      unsigned int flags, void *ctx)
{
	struct hit_state *st = ctx;
	const struct mf__plan *pl = st->m->plan;
	const struct mf__lit_index *li;
	const struct mf__use *uses;

	(void)from, (void)flags;
	if (id >= pl->n_use_literals) { /* it only opens gates */
		const struct mf__gate_lit *gl = &pl->gate_lits[id - pl->n_use_literals];
		open_gates(st->scratch, gl->n_gates == 1 ? &gl->gates : &pl->lit_gates[gl->gates],
			   gl->n_gates);
		return 0;
	}
	li = &pl->lit_index[id];
	open_gates(st->scratch, li->n_gates == 1 ? &li->gates : &pl->lit_gates[li->gates],
		   li->n_gates);
	uses = li->n_uses == 1 ? &li->one : &pl->uses[li->first];
	for (uint32_t u = 0; u < li->n_uses; u++)
		on_use(st, &uses[u], (size_t)to);
	return 0;
}

/* Where the rule's matches found so far end, at the latest.  A hit whose
 * anchor ends there or before adds nothing a user needs to see. */
static uint32_t rule_end(const struct mf__scan_result *res, int rule)
{
	uint32_t end = 0;

	for (size_t k = 0; k < res->n_spans; k++)
		if (res->spans[k].rule == rule && res->spans[k].end > end)
			end = res->spans[k].end;
	return end;
}

/* Did a literal of the deferred hit's gate occur (or has it none)? */
static int gate_open(const struct scratch *sc, const struct deferred *d)
{
	return d->gate == MF__NO_GATE || ((sc->gate_open[d->gate / 64] >> (d->gate % 64)) & 1);
}

/* Start fetching the elements the walks of the deferred hits will read
 * first (those next to each anchor: a visit reads an element's first 64
 * bytes, a forward one the next 64, a backward one the last 64), so that
 * their memory latencies overlap instead of adding up one walk after
 * another.  Only a hint: nothing is read here but the chains. */
#define PREFETCH_DEFERRED 64
static void prefetch_walks(const struct mf__plan *pl, const struct scratch *sc)
{
	size_t n = sc->n_deferred < PREFETCH_DEFERRED ? sc->n_deferred : PREFETCH_DEFERRED;

	for (size_t i = 0; i < n; i++) {
		const struct deferred *d = &sc->deferred[i];
		const struct mf__chain *c;
		const char *e;
		if (!gate_open(sc, d))
			continue;
		c = &pl->chains[d->chain];
		e = (const char *)&c->elems[c->anchor];
		if (c->anchor + 1 < c->n_elems) {
			__builtin_prefetch(e + sizeof *c->elems);
			__builtin_prefetch(e + sizeof *c->elems + 64);
		}
		if (c->anchor > 0) {
			__builtin_prefetch(e - sizeof *c->elems);
			__builtin_prefetch(e - sizeof *c->elems + 128);
		}
	}
}

struct rule_span_state {
	struct mf__scan_result *res;
	int rule;
};

static int on_rule_span(unsigned int id, unsigned long long from, unsigned long long to,
			unsigned int flags, void *ctx)
{
	struct rule_span_state *st = ctx;

	(void)id, (void)flags;
	add_span(st->res, st->rule, (uint32_t)from, (uint32_t)to);
	return 0;
}

/* Rule `rule`'s own database (NULL: it has none), deserialized from the
 * embedded bytes the first time it is wanted, and the scratch made big
 * enough for it (a no-op once it is). */
static int rule_database(struct mf__matcher *m, void *scratch, int rule, hs_database_t **out,
			 struct mf_error *err)
{
	struct scratch *sc = scratch;
	hs_database_t *db = __atomic_load_n(&m->rule_db[rule], __ATOMIC_ACQUIRE);

	if (!db && m->rule_src[rule]) {
		pthread_mutex_lock(&m->lock);
		db = m->rule_db[rule];
		if (!db && hs_deserialize_database((const char *)m->rule_src[rule],
						   m->rule_src_len[rule], &db) == HS_SUCCESS)
			__atomic_store_n(&m->rule_db[rule], db, __ATOMIC_RELEASE);
		pthread_mutex_unlock(&m->lock);
		if (!db)
			return mf__fail(err, MF_EENGINE, NULL, NULL,
					"cannot load the database of rule %s", m->data->rules[rule].id);
	}
	*out = db;
	if (db && hs_alloc_scratch(db, &sc->hs) != HS_SUCCESS)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	return 0;
}

/* Let a rule's own database find its matches. */
static int rule_scan(struct mf__matcher *m, void *scratch, int rule, const char *text,
		     size_t len, struct mf__scan_result *res, struct mf_error *err)
{
	struct rule_span_state st = {res, rule};
	hs_database_t *db;
	hs_error_t hr;
	int rc = rule_database(m, scratch, rule, &db, err);

	if (rc || !db)
		return rc;
	hr = hs_scan(db, text, (unsigned)len, 0, ((struct scratch *)scratch)->hs, on_rule_span,
		     &st);
	if (hr != HS_SUCCESS && hr != HS_SCAN_TERMINATED)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}

int mf__matcher_rules(struct mf__matcher *m, void *scratch, const char *text, size_t len,
		      struct mf__scan_result *res, struct mf_error *err)
{
	struct hit_state st;
	const struct mf__plan *pl = m->plan;
	hs_error_t hr;
	int rc = 0;

	res->n_rules = 0;
	res->n_spans = 0;
	res->has_cue = 0;
	if (!m->lit_db || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	st.m = m;
	st.scratch = scratch;
	st.scratch->n_deferred = 0;
	st.text = (const unsigned char *)text;
	st.len = len;
	st.res = res;
	st.budget.left = BUDGET_BASE + BUDGET_PER_BYTE * len;
	st.n_flagged = 0;
	st.many_flagged = 0;
	res->has_cue = pl->cues_unknown;
	res->has_context = 0;
	hr = hs_scan(m->lit_db, text, (unsigned)len, 0, st.scratch->hs, on_literal, &st);
	prefetch_walks(pl, st.scratch);
	/* The negation and context cues first: without any, a rule needs
	 * one match. */
	for (size_t i = 0; hr == HS_SUCCESS && i < st.scratch->n_deferred; i++) {
		const struct deferred *d = &st.scratch->deferred[i];
		if (d->rule < 0 ? !res->has_cue
				: m->is_context[d->rule] && gate_open(st.scratch, d))
			confirm(&st, d);
	}
	for (size_t i = 0; hr == HS_SUCCESS && i < st.scratch->n_deferred; i++) {
		const struct deferred *d = &st.scratch->deferred[i];
		if (d->rule < 0 || m->is_context[d->rule] ||
		    (res->first_span_only && !res->has_cue && !res->has_context &&
		     (res->seen[d->rule] & MF__SEEN) && d->end <= rule_end(res, d->rule)) ||
		    !gate_open(st.scratch, d))
			continue;
		confirm(&st, d);
	}
	memset(st.scratch->gate_open, 0, st.scratch->n_words * sizeof *st.scratch->gate_open);
	if (hr != HS_SUCCESS)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	for (size_t i = 0; i < pl->n_always; i++)
		flag(&st, pl->always[i], SEEN_RESIDUAL);
	/* Residual patterns woken up by their literal, and rules whose
	 * confirmation ran out of budget: their own database decides. */
	for (size_t i = 0; !rc && i < (st.many_flagged ? m->n_rules : st.n_flagged); i++) {
		int rule = st.many_flagged ? (int)i : st.flagged[i];
		uint8_t *seen = &res->seen[rule];
		if (!(*seen & (SEEN_RESIDUAL | SEEN_FALLBACK)))
			continue;
		*seen &= (uint8_t)~(SEEN_RESIDUAL | SEEN_FALLBACK);
		rc = rule_scan(m, scratch, rule, text, len, res, err);
	}
	return rc;
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
	hs_database_t *db;
	hs_error_t hr;
	int rc;

	*n = 0;
	if (rule < 0 || (size_t)rule >= m->n_rules || len == 0)
		return 0;
	if (len > UINT32_MAX)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "text too large to scan");
	rc = rule_database(m, scratch, rule, &db, err);
	if (rc || !db)
		return rc;
	hr = hs_scan(db, text, (unsigned)len, 0, ((struct scratch *)scratch)->hs, on_span, &st);
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
	hr = hs_scan(m->bounce_db, text, (unsigned)len, 0, ((struct scratch *)scratch)->hs,
		     on_bounce, &st);
	mf__matcher_give(m, scratch);
	*truncated = st.truncated;
	if (st.nomem)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (hr != HS_SUCCESS && hr != HS_SCAN_TERMINATED)
		return mf__fail(err, MF_EENGINE, NULL, NULL, "pattern scan failed (%d)", (int)hr);
	return 0;
}
