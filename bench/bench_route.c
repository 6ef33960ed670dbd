/*
 * bench_route.c: how fast `route` answers, on one core, over the queries
 * of a corpus (default: shared/corpus/queries/dev.jsonl): queries/second
 * for normalize + scan + decide, and with JSON rendering; per-query
 * latency p50/p99; peak memory; and, as the ceiling, the raw Vectorscan
 * scan rate of the same (literal) database over the same (normalized)
 * texts; and, for comparison, the scan rate of the route patterns as one
 * regular-expression database (what route scanned before its chains).
 * Each figure is the median of several runs; the process is pinned to
 * one CPU, the first it may run on (`taskset -c N` chooses).  Prints a
 * Markdown table for bench/RESULTS.md.
 *   bench_route [CORPUS.jsonl] [SECONDS_PER_RUN]
 *   bench_route CORPUS.jsonl --passes N [--json]   (exactly N passes, no
 *       timing: for instruction counts under valgrind --tool=callgrind)
 *   bench_route CORPUS.jsonl --in-turn SECONDS   (the queries in turn only:
 *       to compare two builds run alternately)
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <hs/hs.h>
#include <jansson.h>

#include "bench_clock.h"
#include "internal.h"
#include "pattern.h"

#define RUNS 5

struct corpus {
	char **q;
	size_t *len;
	size_t n;
	size_t bytes;
};

static int load(const char *path, struct corpus *c)
{
	FILE *f = fopen(path, "r");
	char line[1 << 16];

	if (!f) {
		perror(path);
		return -1;
	}
	memset(c, 0, sizeof *c);
	while (fgets(line, sizeof line, f)) {
		json_t *o = json_loads(line, 0, NULL);
		json_t *q = json_object_get(o, "query");
		if (json_is_string(q)) {
			char **nq = realloc(c->q, (c->n + 1) * sizeof *c->q);
			size_t *nl = nq ? realloc(c->len, (c->n + 1) * sizeof *c->len) : NULL;

			if (nq)
				c->q = nq;
			if (nl)
				c->len = nl;
			if (!nq || !nl || !(c->q[c->n] = strdup(json_string_value(q)))) {
				fprintf(stderr, "%s: out of memory\n", path);
				json_decref(o);
				fclose(f);
				return -1;
			}
			c->len[c->n] = json_string_length(q);
			c->bytes += c->len[c->n];
			c->n++;
		}
		json_decref(o);
	}
	fclose(f);
	return c->n ? 0 : -1;
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
		    unsigned flags, void *ctx)
{
	(void)id, (void)from, (void)to, (void)flags;
	++*(size_t *)ctx;
	return 0;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "../shared/corpus/queries/dev.jsonl";
	double seconds = argc > 2 ? atof(argv[2]) : 1.0;
	struct corpus c;
	struct mf_ctx *ctx;
	struct mf_error err = {0};
	double qps_route[RUNS], qps_json[RUNS], qps_scan[RUNS], mbps_scan[RUNS];
	double cpu_route[RUNS], cpu_json[RUNS], cpu_scan[RUNS];
	double qps_regex[RUNS], cpu_regex[RUNS], hot_sum = 0;
	unsigned regex_patterns = 0;
	double *lat;
	size_t n_lat = 0, lat_cap;
	struct mf__norm *norm;
	hs_scratch_t *scratch = NULL;
	const hs_database_t *db;
	struct rusage ru;
	cpu_set_t set;

	/* pinned to the first CPU it may run on (`taskset -c N` picks one) */
	if (sched_getaffinity(0, sizeof set, &set) == 0)
		for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
			if (CPU_ISSET(cpu, &set)) {
				CPU_ZERO(&set);
				CPU_SET(cpu, &set);
				sched_setaffinity(0, sizeof set, &set);
				break;
			}
	if (load(path, &c) || mf_ctx_new(&ctx, NULL, &err)) {
		fprintf(stderr, "bench_route: cannot load %s or the data: %s\n", path, err.message);
		return 1;
	}
	if (argc > 3 && strcmp(argv[2], "--passes") == 0) {
		int passes = atoi(argv[3]), with_json = argc > 4;
		for (int p = 0; p < passes; p++)
			for (size_t i = 0; i < c.n; i++) {
				struct mf_route_request req = {c.q[i], c.len[i], NULL, MF_LANG_AUTO};
				struct mf_answer *a;
				if (mf_route(ctx, &req, &a, NULL) != 0)
					return 1;
				if (with_json)
					free(mf_answer_to_json(a, NULL));
				mf_answer_free(a);
			}
		mf_ctx_free(ctx);
		return 0;
	}
	if (argc > 3 && strcmp(argv[2], "--in-turn") == 0) {
		/* Only the queries in turn, for SECONDS: one figure to compare
		 * two builds run alternately. */
		double limit = atof(argv[3]), t0 = bench_now(), c0 = bench_cpu_now(), t;
		size_t done = 0;
		do {
			for (size_t i = 0; i < c.n; i++) {
				struct mf_route_request req = {c.q[i], c.len[i], NULL, MF_LANG_AUTO};
				struct mf_answer *a;
				if (mf_route(ctx, &req, &a, NULL) != 0)
					return 1;
				mf_answer_free(a);
			}
			done += c.n;
			t = bench_now() - t0;
		} while (t < limit);
		printf("in turn: %.0f queries/s (%.0f per CPU second)\n", (double)done / t,
		       (double)done / (bench_cpu_now() - c0));
		mf_ctx_free(ctx);
		return 0;
	}
	lat_cap = c.n * 200;
	lat = malloc(lat_cap * sizeof *lat);
	if (!lat) {
		fprintf(stderr, "bench_route: out of memory\n");
		return 1;
	}
	for (int run = 0; run < RUNS; run++) {
		for (int with_json = 0; with_json < 2; with_json++) {
			size_t done = 0;
			double t0 = bench_now(), c0 = bench_cpu_now(), t;
			do {
				for (size_t i = 0; i < c.n; i++) {
					struct mf_route_request req = {c.q[i], c.len[i], NULL, MF_LANG_AUTO};
					struct mf_answer *a;
					double s = run == 0 && !with_json && n_lat < lat_cap ? bench_now() : 0;
					if (mf_route(ctx, &req, &a, NULL) != 0)
						return 1;
					if (with_json)
						free(mf_answer_to_json(a, NULL));
					mf_answer_free(a);
					if (s)
						lat[n_lat++] = bench_now() - s;
				}
				done += c.n;
				t = bench_now() - t0;
			} while (t < seconds);
			if (with_json) {
				qps_json[run] = (double)done / t;
				cpu_json[run] = (double)done / (bench_cpu_now() - c0);
			} else {
				qps_route[run] = (double)done / t;
				cpu_route[run] = (double)done / (bench_cpu_now() - c0);
			}
		}
	}
	/* Each query routed 100 times in a row (best of 3): what a query costs
	 * when its data is already in the caches; the gap to the rate above
	 * is what cache misses cost when the queries differ. */
	for (size_t i = 0; i < c.n; i++) {
		struct mf_route_request req = {c.q[i], c.len[i], NULL, MF_LANG_AUTO};
		double best = 1e9;
		for (int r = 0; r < 3; r++) {
			double s = bench_now();
			for (int k = 0; k < 100; k++) {
				struct mf_answer *a;
				if (mf_route(ctx, &req, &a, NULL) != 0)
					return 1;
				mf_answer_free(a);
			}
			double t = (bench_now() - s) / 100;
			if (t < best)
				best = t;
		}
		hot_sum += best;
	}
	/* The ceiling: only the Vectorscan scan of the normalized texts. */
	norm = calloc(c.n, sizeof *norm);
	for (size_t i = 0; i < c.n; i++)
		mf__normalize(ctx->data, c.q[i], c.len[i], &norm[i], NULL);
	db = mf__matcher_database(ctx->matcher);
	hs_alloc_scratch(db, &scratch);
	for (int run = 0; run < RUNS; run++) {
		size_t done = 0, bytes = 0, matches = 0;
		double t0 = bench_now(), c0 = bench_cpu_now(), t;
		do {
			for (size_t i = 0; i < c.n; i++) {
				hs_scan(db, norm[i].text, (unsigned)norm[i].len, 0, scratch, on_match, &matches);
				bytes += norm[i].len;
			}
			done += c.n;
			t = bench_now() - t0;
		} while (t < seconds);
		qps_scan[run] = (double)done / t;
		cpu_scan[run] = (double)done / (bench_cpu_now() - c0);
		mbps_scan[run] = (double)bytes / t / 1e6;
	}
	getrusage(RUSAGE_SELF, &ru);
	/* For comparison: the same route patterns as one regular-expression
	 * database, the way route scanned before the chains (no confirmation
	 * after it, so it is a floor for that design's cost). */
	{
		const struct mf__data *d = ctx->data;
		const char **exprs = calloc(d->n_patterns + 1, sizeof *exprs);
		unsigned *flags = calloc(d->n_patterns + 1, sizeof *flags);
		unsigned *ids = calloc(d->n_patterns + 1, sizeof *ids);
		hs_database_t *rdb = NULL;
		hs_scratch_t *rscratch = NULL;
		hs_compile_error_t *cerr = NULL;
		unsigned n = 0;

		for (size_t i = 0; exprs && flags && ids && i < d->n_patterns; i++)
			if (!d->rules[d->patterns[i].rule].reason) {
				exprs[n] = d->patterns[i].expr;
				flags[n] = HS_FLAG_UTF8 | HS_FLAG_DOTALL;
				ids[n++] = (unsigned)i;
			}
		if (n && hs_compile_multi(exprs, flags, ids, n, HS_MODE_BLOCK, NULL, &rdb, &cerr) ==
			     HS_SUCCESS &&
		    hs_alloc_scratch(rdb, &rscratch) == HS_SUCCESS) {
			for (int run = 0; run < RUNS; run++) {
				size_t done = 0, matches = 0;
				double t0 = bench_now(), c0 = bench_cpu_now(), t;
				do {
					for (size_t i = 0; i < c.n; i++)
						hs_scan(rdb, norm[i].text, (unsigned)norm[i].len, 0,
							rscratch, on_match, &matches);
					done += c.n;
					t = bench_now() - t0;
				} while (t < seconds);
				qps_regex[run] = (double)done / t;
				cpu_regex[run] = (double)done / (bench_cpu_now() - c0);
			}
			regex_patterns = n;
		} else if (cerr) {
			hs_free_compile_error(cerr);
		}
		hs_free_scratch(rscratch);
		hs_free_database(rdb);
		free(exprs);
		free(flags);
		free(ids);
	}
	qsort(lat, n_lat, sizeof *lat, bench_cmp_double);
	printf("| corpus | %s: %zu queries, %.0f bytes average |\n", path, c.n, (double)c.bytes / (double)c.n);
	printf("|---|---|\n");
	printf("| route (normalize + scan + decide) | %.0f queries/s (%.0f per CPU second) |\n",
	       bench_median(qps_route, RUNS), bench_median(cpu_route, RUNS));
	printf("| route + JSON rendering | %.0f queries/s (%.0f per CPU second) |\n",
	       bench_median(qps_json, RUNS), bench_median(cpu_json, RUNS));
	printf("| latency p50 / p99 (route) | %.1f us / %.1f us |\n", lat[n_lat / 2] * 1e6,
	       lat[n_lat * 99 / 100] * 1e6);
	printf("| route, each query 100 times in a row (warm caches): mean | %.2f us (%.0f queries/s) |\n",
	       hot_sum / (double)c.n * 1e6, (double)c.n / hot_sum);
	printf("| raw Vectorscan scan, same database and texts | %.0f texts/s (%.0f MB/s; %.0f per CPU second) |\n",
	       bench_median(qps_scan, RUNS), bench_median(mbps_scan, RUNS), bench_median(cpu_scan, RUNS));
	if (regex_patterns)
		printf("| for comparison: the %u route patterns as one Vectorscan regex database, scan only | %.0f texts/s (%.0f per CPU second) |\n",
		       regex_patterns, bench_median(qps_regex, RUNS), bench_median(cpu_regex, RUNS));
	{
		const struct mf__plan *pl = mf__matcher_plan(ctx->matcher);
		printf("| patterns | %zu (%zu rules); route's lowered to %zu chains over %zu literals, %zu left to Vectorscan |\n",
		       ctx->data->n_patterns, ctx->data->n_rules, pl->n_chains, pl->n_literals,
		       pl->n_residual);
	}
	printf("| peak memory (RSS) | %.1f MiB |\n", (double)ru.ru_maxrss / 1024.0);
	hs_free_scratch(scratch);
	for (size_t i = 0; i < c.n; i++) {
		mf__norm_free(&norm[i]);
		free(c.q[i]);
	}
	free(norm);
	free(c.q);
	free(c.len);
	free(lat);
	mf_ctx_free(ctx);
	return 0;
}
