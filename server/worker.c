/*
 * worker.c: the per-thread state of `mailfix serve`: one slot for each
 * worker thread of the daemon, holding its counters (and, at the same
 * index, its access-log buffer), so that a request touches no memory that
 * another thread writes.  A thread claims a slot the first time it asks
 * (there is no thread-local or global state); threads beyond the slots
 * made share the last one, which stays correct (its counters are atomic,
 * its log buffer has a mutex), only slower.
 */
#include <stdlib.h>
#include <unistd.h>

#include "server.h"

int srv_workers_start(struct srv *s)
{
	/* The daemon's worker threads, plus its main thread in case it ever
	 * serves a connection, plus the shared spare. */
	size_t n = (size_t)s->cfg->threads + 2;

	s->workers = aligned_alloc(_Alignof(struct srv_worker), n * sizeof *s->workers);
	if (!s->workers)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct srv_worker *w = &s->workers[i];
		/* Counters start at zero; atomic_init for each is what C11 asks. */
		atomic_init(&w->c.started, 0);
		atomic_init(&w->c.finished, 0);
		atomic_init(&w->c.conns_opened, 0);
		atomic_init(&w->c.conns_closed, 0);
		for (size_t e = 0; e <= SRV_MAX_ENDPOINTS; e++) {
			struct srv_endpoint_metrics *m = &w->c.ep[e];
			for (size_t k = 0; k < SRV_N_STATUSES; k++)
				atomic_init(&m->by_status[k], 0);
			for (size_t k = 0; k <= SRV_N_BUCKETS; k++)
				atomic_init(&m->latency_le[k], 0);
			atomic_init(&m->latency_sum_us, 0);
			atomic_init(&m->bytes_out, 0);
		}
		atomic_init(&w->ready, 0);
		w->explain_ws = NULL;
	}
	s->n_workers = n;
	atomic_init(&s->next_worker, 0);
	if (s->cfg->access_log && srv_log_start(&s->log, STDERR_FILENO, n) != 0) {
		free(s->workers);
		s->workers = NULL;
		return -1;
	}
	return 0;
}

void srv_workers_stop(struct srv *s)
{
	if (s->cfg->access_log)
		srv_log_stop(&s->log);
	for (size_t i = 0; s->workers && i < s->n_workers; i++)
		mf_explain_ws_free(s->workers[i].explain_ws);
	free(s->workers);
	s->workers = NULL;
	s->n_workers = 0;
}

struct mf_explain_ws *srv_worker_explain_ws(struct srv *s, struct srv_worker *w)
{
	/* the spare slot is shared by threads beyond the slots: no
	 * workspace there (one workspace is one thread's) */
	if (!w || w == &s->workers[s->n_workers - 1])
		return NULL;
	if (!w->explain_ws)
		w->explain_ws = mf_explain_ws_new();
	return w->explain_ws;
}

struct srv_worker *srv_worker_self(struct srv *s)
{
	pthread_t me = pthread_self();
	size_t i;

	for (i = 0; i + 1 < s->n_workers; i++) {
		struct srv_worker *w = &s->workers[i];
		if (atomic_load_explicit(&w->ready, memory_order_acquire) &&
		    pthread_equal(w->thread, me))
			return w;
	}
	i = atomic_fetch_add_explicit(&s->next_worker, 1, memory_order_relaxed);
	if (i + 1 >= s->n_workers)
		return &s->workers[s->n_workers - 1];
	s->workers[i].thread = me;
	atomic_store_explicit(&s->workers[i].ready, 1, memory_order_release);
	return &s->workers[i];
}

/* The workers' `later` counts subtracted from their `earlier` counts
 * (started - finished, opened - closed).  The later ones are read first:
 * a worker's later count never passes its earlier one, so the difference
 * is never below zero. */
static int64_t difference(const struct srv *s, size_t earlier, size_t later)
{
	uint64_t a = 0, b = 0;

	for (size_t i = 0; i < s->n_workers; i++)
		b += atomic_load_explicit(
			(const atomic_uint_fast64_t *)((const char *)&s->workers[i].c + later),
			memory_order_acquire);
	for (size_t i = 0; i < s->n_workers; i++)
		a += atomic_load_explicit(
			(const atomic_uint_fast64_t *)((const char *)&s->workers[i].c + earlier),
			memory_order_acquire);
	return (int64_t)(a - b);
}

int64_t srv_in_flight(const struct srv *s)
{
	return difference(s, offsetof(struct srv_counters, started),
			  offsetof(struct srv_counters, finished));
}

int64_t srv_open_connections(const struct srv *s)
{
	return difference(s, offsetof(struct srv_counters, conns_opened),
			  offsetof(struct srv_counters, conns_closed));
}
