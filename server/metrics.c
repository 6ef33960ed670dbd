/*
 * metrics.c: the server's counters and GET /metrics, in the Prometheus
 * text exposition format (version 0.0.4): requests by endpoint and status,
 * a latency histogram per endpoint, requests in flight, connections, DNS
 * lookups made for /api/check, requests refused by the rate limiter.
 * Counters are relaxed atomics of each worker thread (struct
 * srv_counters: no locks, no globals, no counter shared between threads);
 * a scrape sums the workers', so totals may be a request apart.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

static const unsigned statuses[] = {
#define X(s) s,
	SRV_STATUSES
#undef X
};
static const uint64_t buckets_us[] = {
#define X(b) b,
	SRV_LATENCY_BUCKETS
#undef X
};

/* 0 = no status (aborted), 1..n = SRV_STATUSES, n+1 = other. */
int srv_status_index(unsigned status)
{
	if (status == 0)
		return 0;
	for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
		if (statuses[i] == status)
			return (int)i + 1;
	return SRV_N_STATUSES - 1;
}

void srv_metrics_count(struct srv_counters *c, size_t ep, unsigned status, uint64_t us,
		       uint64_t bytes)
{
	struct srv_endpoint_metrics *e = &c->ep[ep <= SRV_MAX_ENDPOINTS ? ep : SRV_MAX_ENDPOINTS];
	size_t b = 0;

	while (b < SRV_N_BUCKETS && us > buckets_us[b])
		b++;
	atomic_fetch_add_explicit(&e->by_status[srv_status_index(status)], 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&e->latency_le[b], 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&e->latency_sum_us, us, memory_order_relaxed);
	atomic_fetch_add_explicit(&e->bytes_out, bytes, memory_order_relaxed);
}

/* The counters of every worker added up, read once for a scrape. */
struct ep_sum {
	uint64_t by_status[SRV_N_STATUSES];
	uint64_t latency_le[SRV_N_BUCKETS + 1];
	uint64_t latency_sum_us, bytes_out;
};
struct sums {
	struct ep_sum ep[SRV_MAX_ENDPOINTS + 1];
	int64_t in_flight, open_connections;
	uint64_t connections;
};

#define LOAD(x) atomic_load_explicit(&(x), memory_order_relaxed)

static void add_up(const struct srv *s, struct sums *t)
{
	memset(t, 0, sizeof *t);
	for (size_t w = 0; w < s->n_workers; w++) {
		const struct srv_counters *c = &s->workers[w].c;
		for (size_t i = 0; i <= SRV_MAX_ENDPOINTS; i++) {
			const struct srv_endpoint_metrics *e = &c->ep[i];
			struct ep_sum *o = &t->ep[i];
			for (size_t k = 0; k < SRV_N_STATUSES; k++)
				o->by_status[k] += LOAD(e->by_status[k]);
			for (size_t k = 0; k <= SRV_N_BUCKETS; k++)
				o->latency_le[k] += LOAD(e->latency_le[k]);
			o->latency_sum_us += LOAD(e->latency_sum_us);
			o->bytes_out += LOAD(e->bytes_out);
		}
		t->connections += LOAD(c->conns_opened);
	}
	t->in_flight = srv_in_flight(s);
	t->open_connections = srv_open_connections(s);
}

/* A text buffer with a ceiling (a scrape is a few tens of KiB). */
struct text {
	char *s;
	size_t len, cap;
	int failed;
};
#define METRICS_MAX_BYTES (1024 * 1024)

static void put(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->failed)
		return;
	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
		va_end(ap);
		if (n < 0) {
			t->failed = 1;
			return;
		}
		if ((size_t)n < t->cap - t->len) {
			t->len += (size_t)n;
			return;
		}
		if (t->cap * 2 > METRICS_MAX_BYTES) {
			t->failed = 1;
			return;
		}
		{
			char *ns = realloc(t->s, t->cap * 2);
			if (!ns) {
				t->failed = 1;
				return;
			}
			t->s = ns;
			t->cap *= 2;
		}
	}
}

static const char *endpoint_label(size_t i)
{
	return i < srv_n_endpoints ? srv_endpoints[i].path : "other";
}

static int endpoint_used(const struct sums *m, size_t i)
{
	for (size_t k = 0; k < SRV_N_STATUSES; k++)
		if (m->ep[i].by_status[k])
			return 1;
	return 0;
}

static void status_label(int k, char *out, size_t cap)
{
	if (k == 0)
		snprintf(out, cap, "none");
	else if (k == SRV_N_STATUSES - 1)
		snprintf(out, cap, "other");
	else
		snprintf(out, cap, "%u", statuses[k - 1]);
}

int api_metrics(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	struct sums *m = malloc(sizeof *m);
	struct text t = {malloc(16384), 0, 16384, 0};
	size_t rows[SRV_MAX_ENDPOINTS + 1], n_rows = 0;

	if (!t.s || !m) {
		free(t.s);
		free(m);
		return srv_reply_error(r, 500, "nomem", "out of memory");
	}
	add_up(s, m);
	for (size_t i = 0; i < srv_n_endpoints; i++)
		rows[n_rows++] = i;
	rows[n_rows++] = SRV_MAX_ENDPOINTS;

	put(&t, "# HELP mailfix_http_requests_total HTTP requests answered, by endpoint and status "
		"(status \"none\": the client left or sent something that is not HTTP).\n"
		"# TYPE mailfix_http_requests_total counter\n");
	for (size_t i = 0; i < n_rows; i++) {
		const struct ep_sum *e = &m->ep[rows[i]];
		for (int k = 0; k < SRV_N_STATUSES; k++) {
			uint64_t v = e->by_status[k];
			char st[16];
			/* Always show 200 of each endpoint, so a dashboard has a series. */
			if (!v && !(k == srv_status_index(200) && rows[i] != SRV_MAX_ENDPOINTS))
				continue;
			status_label(k, st, sizeof st);
			put(&t, "mailfix_http_requests_total{endpoint=\"%s\",status=\"%s\"} %" PRIu64 "\n",
			    endpoint_label(rows[i]), st, v);
		}
	}
	put(&t, "# HELP mailfix_http_request_duration_seconds Time from the request line to the "
		"end of the answer, by endpoint.\n"
		"# TYPE mailfix_http_request_duration_seconds histogram\n");
	for (size_t i = 0; i < n_rows; i++) {
		const struct ep_sum *e = &m->ep[rows[i]];
		const char *ep = endpoint_label(rows[i]);
		uint64_t cum = 0;
		if (rows[i] == SRV_MAX_ENDPOINTS && !endpoint_used(m, rows[i]))
			continue;
		for (int b = 0; b <= SRV_N_BUCKETS; b++) {
			cum += e->latency_le[b];
			if (b < SRV_N_BUCKETS)
				put(&t, "mailfix_http_request_duration_seconds_bucket{endpoint=\"%s\",le=\"%g\"} %" PRIu64 "\n",
				    ep, (double)buckets_us[b] / 1e6, cum);
			else
				put(&t, "mailfix_http_request_duration_seconds_bucket{endpoint=\"%s\",le=\"+Inf\"} %" PRIu64 "\n",
				    ep, cum);
		}
		put(&t, "mailfix_http_request_duration_seconds_sum{endpoint=\"%s\"} %.6f\n", ep,
		    (double)e->latency_sum_us / 1e6);
		put(&t, "mailfix_http_request_duration_seconds_count{endpoint=\"%s\"} %" PRIu64 "\n", ep, cum);
	}
	put(&t, "# HELP mailfix_http_response_bytes_total Response body bytes sent, by endpoint.\n"
		"# TYPE mailfix_http_response_bytes_total counter\n");
	for (size_t i = 0; i < n_rows; i++)
		put(&t, "mailfix_http_response_bytes_total{endpoint=\"%s\"} %" PRIu64 "\n",
		    endpoint_label(rows[i]),
		    m->ep[rows[i]].bytes_out);
	put(&t, "# HELP mailfix_http_requests_in_flight Requests whose head has arrived and that are not done yet.\n"
		"# TYPE mailfix_http_requests_in_flight gauge\n"
		"mailfix_http_requests_in_flight %" PRId64 "\n",
	    m->in_flight);
	put(&t, "# HELP mailfix_http_connections_open Client connections open now.\n"
		"# TYPE mailfix_http_connections_open gauge\n"
		"mailfix_http_connections_open %" PRId64 "\n",
	    m->open_connections);
	put(&t, "# HELP mailfix_http_connections_total Client connections accepted.\n"
		"# TYPE mailfix_http_connections_total counter\n"
		"mailfix_http_connections_total %" PRIu64 "\n",
	    m->connections);
	put(&t, "# HELP mailfix_http_rate_limited_total Requests refused by the per-client rate "
		"limit (429).\n"
		"# TYPE mailfix_http_rate_limited_total counter\n"
		"mailfix_http_rate_limited_total %" PRIu64 "\n",
	    (uint64_t)LOAD(s->metrics.rate_limited));
	put(&t, "# HELP mailfix_http_late_heads_total Connections closed because their request "
		"head took longer than --head-timeout.\n"
		"# TYPE mailfix_http_late_heads_total counter\n"
		"mailfix_http_late_heads_total %" PRIu64 "\n",
	    (uint64_t)LOAD(s->metrics.late_heads));
	put(&t, "# HELP mailfix_dns_lookups_total DNS queries sent on behalf of HTTP clients "
		"(/api/check).\n"
		"# TYPE mailfix_dns_lookups_total counter\n"
		"mailfix_dns_lookups_total %" PRIu64 "\n",
	    (uint64_t)LOAD(s->metrics.dns_lookups));
	put(&t, "# HELP mailfix_process_start_time_seconds Start time of the server, Unix seconds.\n"
		"# TYPE mailfix_process_start_time_seconds gauge\n"
		"mailfix_process_start_time_seconds %" PRId64 "\n",
	    s->metrics.started_unix);
	free(m);
	if (t.failed) {
		free(t.s);
		return srv_reply_error(r, 500, "nomem", "out of memory");
	}
	r->status = 200;
	r->body = t.s;
	r->len = t.len;
	r->content_type = "text/plain; version=0.0.4; charset=utf-8";
	return 0;
}
