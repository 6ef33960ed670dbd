/*
 * server.h: what the files of `mailfix serve` share: the configuration,
 * the server state (metrics counters, rate limiter, the read-only library
 * context) that is passed to every handler, the per-request state, and
 * the endpoint table (INTERFACE.md, "HTTP API").  HTTP itself (RFC 9110,
 * RFC 9112) is libmicrohttpd's job; this layer maps requests to mf_* calls.
 * Adding an endpoint is one row in routes.c and one server/api_<name>.c.
 */
#ifndef MF_SERVER_H
#define MF_SERVER_H

#include <pthread.h>
#include <stdatomic.h>

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "mailfix.h"

struct MHD_Connection;
struct srv_ratelimit;

/* ---- configuration (from the command line, read-only once running) ---- */

struct srv_config {
	char listen_host[64];      /* numeric address, "127.0.0.1" or "::1" */
	unsigned listen_port;      /* 0 = any free port (printed at start) */
	unsigned threads;          /* worker threads, each with its own epoll */
	size_t max_body;           /* request body ceiling, bytes (413 beyond) */
	size_t max_header;         /* per-connection memory for the request head */
	unsigned timeout_s;        /* idle seconds before a connection is closed */
	unsigned head_timeout_s;   /* seconds a whole request head may take */
	unsigned max_conns;        /* simultaneous connections (more are refused) */
	unsigned max_conns_per_ip; /* 0 = no per-address limit */
	unsigned grace_s;          /* how long a stop waits for in-flight requests */
	int allow_check;           /* /api/check may be used (it sends DNS queries) */
	int allow_probe;           /* /api/probe may be used (provider hosts only) */
	unsigned check_per_min;    /* /api/check requests per client per minute */
	unsigned check_burst;      /* ... and how many may come at once */
	int access_log;            /* one line per request on stderr */
	const char *data_dir;      /* knowledge data override, or NULL */
	const char *dns_server;    /* /api/check asks this server (--dns), or NULL */
	const char *zones[16];     /* ... or answers from these files (--zone) */
	size_t n_zones;
};

/* ---- metrics (Prometheus text; counters are relaxed atomics) ---------- */

/* Latency buckets, microseconds (upper bounds; +Inf is implicit). */
#define SRV_LATENCY_BUCKETS                                                 \
	X(100) X(250) X(500) X(1000) X(2500) X(5000) X(10000) X(25000)      \
	X(50000) X(100000) X(250000) X(500000) X(1000000) X(2500000)
#define X(b) +1
enum { SRV_N_BUCKETS = 0 SRV_LATENCY_BUCKETS };
#undef X

/* Statuses counted one by one; anything else counts as "other". */
#define SRV_STATUSES X(200) X(400) X(403) X(404) X(405) X(408) X(413) X(414) \
	X(415) X(429) X(431) X(500) X(501) X(503)
#define X(s) +1
enum { SRV_N_STATUSES = 0 SRV_STATUSES + 2 }; /* + "other" + "aborted" */
#undef X

/* Rows of the endpoint table, plus one for "no such path". */
#define SRV_MAX_ENDPOINTS 16

struct srv_endpoint_metrics {
	atomic_uint_fast64_t by_status[SRV_N_STATUSES];
	atomic_uint_fast64_t latency_le[SRV_N_BUCKETS + 1]; /* last = +Inf */
	atomic_uint_fast64_t latency_sum_us;
	atomic_uint_fast64_t bytes_out;
};

/* The counters of one worker thread.  Only that thread adds to them (on
 * its own cache lines, so that threads never contend for a counter); a
 * scrape sums the workers' counters.  Gauges are pairs of counters
 * (in flight = requests started - requests finished), so that each
 * thread only ever adds. */
struct srv_counters {
	struct srv_endpoint_metrics ep[SRV_MAX_ENDPOINTS + 1];
	atomic_uint_fast64_t started;       /* requests whose head was complete */
	atomic_uint_fast64_t finished;      /* ... of which are over */
	atomic_uint_fast64_t conns_opened;  /* connections accepted */
	atomic_uint_fast64_t conns_closed;
};

/* Counters that change rarely (not once per request): shared. */
struct srv_metrics {
	atomic_uint_fast64_t dns_lookups;   /* DNS queries sent for /api/check */
	atomic_uint_fast64_t rate_limited;  /* requests refused with 429 */
	atomic_uint_fast64_t late_heads;    /* connections closed for a late head */
	int64_t started_unix;
};

/* Index of an HTTP status among SRV_STATUSES (0 = aborted, no status). */
int srv_status_index(unsigned status);
/* Count one finished request on endpoint row `ep` (SRV_MAX_ENDPOINTS for
 * unknown paths). */
void srv_metrics_count(struct srv_counters *c, size_t ep, unsigned status, uint64_t us,
		       uint64_t bytes);

/* ---- the access log (accesslog.c) ------------------------------------ */

/* One line per request, buffered per worker thread and written by one
 * flusher thread (every 100 ms, or sooner when a buffer fills up), in
 * whole lines of at most PIPE_BUF bytes per write(2), so that lines never
 * mix even on a pipe.  A worker whose buffer is full waits for the
 * flusher: lines are never dropped. */
struct srv_logbuf {
	pthread_mutex_t lock;
	pthread_cond_t room;     /* signalled when the flusher took the lines */
	char *fill;              /* lines being added */
	char *out;               /* lines being written by the flusher */
	size_t fill_len, out_len, cap;
	int waiting;             /* workers waiting for room */
	int kicked;              /* the flusher was told this buffer is filling */
	int64_t stamp_sec;       /* the second `stamp` shows */
	char stamp[24];          /* "2026-11-26T08:28:35Z" */
};

struct srv_log {
	int fd;
	struct srv_logbuf *bufs;
	size_t n_bufs;
	pthread_mutex_t lock;    /* guards wake, stop, kicked */
	pthread_cond_t wake;
	int stop, kicked, running;
	pthread_t flusher;
};

/* Start the flusher for `n_bufs` buffers writing to `fd`; 0 or -1. */
int srv_log_start(struct srv_log *log, int fd, size_t n_bufs);
/* Write every buffered line, stop the flusher, free the buffers. */
void srv_log_stop(struct srv_log *log);

/* ---- worker threads -------------------------------------------------- */

/* What each worker thread of the daemon has for itself: its counters and
 * (same index in s->log.bufs) its access-log buffer.  A thread finds its
 * slot once per connection (srv_worker_self), at the connection's start,
 * which libmicrohttpd runs on the thread that serves the connection. */
struct srv_worker {
	_Alignas(64) struct srv_counters c;
	pthread_t thread;
	atomic_int ready;        /* `thread` is set */
	/* What /api/explain keeps from one message to the next (buffers,
	 * GMime's parser): made by the slot's own thread on its first
	 * explain, never in the shared spare slot, freed with the slots. */
	struct mf_explain_ws *explain_ws;
};


/* ---- the server state passed to every handler ------------------------ */

struct srv_conn;
/* The register of open connections (headtimer.c): the main thread
 * shuts down those whose request head is later than --head-timeout. */
struct srv_heads {
	pthread_mutex_t lock;
	struct srv_conn *first;
};


struct srv {
	const struct srv_config *cfg;
	const struct mf_ctx *ctx;        /* read-only, shared by every thread */
	struct srv_metrics metrics;
	struct srv_ratelimit *check_limiter;
	struct srv_worker *workers;      /* one per thread, the last shared by
					  * any thread beyond them */
	size_t n_workers;
	atomic_size_t next_worker;
	struct srv_log log;
	struct srv_heads heads;          /* open connections (headtimer.c) */
};

/* Allocate the workers' slots (cfg->threads + spares) and, when the
 * access log is on, start its flusher.  0 or -1 (out of memory). */
int srv_workers_start(struct srv *s);
/* After the daemon stopped: flush the access log, free the slots. */
void srv_workers_stop(struct srv *s);
/* The explain workspace of the calling thread's own slot, made the first
 * time; NULL for the shared spare slot or when out of memory (the caller
 * then explains without one). */
struct mf_explain_ws *srv_worker_explain_ws(struct srv *s, struct srv_worker *w);
/* The calling thread's slot (claimed at its first call). */
struct srv_worker *srv_worker_self(struct srv *s);
/* Requests in flight, and connections open, over every worker. */
int64_t srv_in_flight(const struct srv *s);
int64_t srv_open_connections(const struct srv *s);

/* Append the access-log line of a request that is over to the worker's
 * buffer: "TIME CLIENT METHOD PATH STATUS BYTES MICROSECONDSus". */
struct srv_request;
void srv_log_request(struct srv *s, struct srv_worker *w, const struct srv_request *req,
		     uint64_t us);

/* ---- one request ------------------------------------------------------ */

enum srv_method { SRV_GET = 1, SRV_HEAD = 2, SRV_POST = 4, SRV_OTHER = 8 };

struct srv_request {
	struct srv *srv;
	struct MHD_Connection *conn;
	struct srv_worker *worker; /* of the thread serving the connection */
	const char *client;      /* the peer's numeric address */
	uint64_t start_ns;       /* monotonic, when the request line arrived */
	enum srv_method method;
	char method_name[16];
	char path[256];          /* for the log and metrics (truncated, escaped) */
	size_t uri_len;          /* the request target's length, query included */
	int endpoint;            /* row in the table, -1 before the lookup */
	int open;                /* between the request line and its end */
	int started;             /* the handler saw the request head */
	int answered;            /* a response was queued */
	int too_large;           /* the body went past the ceiling */
	char *body;              /* the request body (NUL-terminated); the
				  * buffer is the connection's, kept for its
				  * next request when small */
	size_t body_len, body_cap;
	uint64_t body_seen;      /* body bytes received, kept or not */
	unsigned status;         /* the status sent, 0 when none */
	uint64_t bytes_out;      /* response body bytes */
};

/* A client connection: its address (found once) and its request.  HTTP/1.1
 * answers requests on a connection one after the other, so one request
 * state per connection is reused for each. */
struct srv_conn {
	struct srv_worker *worker;
	struct srv_request req;
	char client[64];
	int fd;                  /* its socket (for headtimer.c's shutdown) */
	/* Since when it waits for a request head (its start, or the end of
	 * its last request); 0 while a request is being handled. */
	atomic_uint_fast64_t head_since_ns;
	int cut;                 /* shut down for a late head (under the lock) */
	struct srv_conn *prev, *next; /* in the register (headtimer.c) */
};

int srv_heads_init(struct srv_heads *h);
void srv_heads_destroy(struct srv_heads *h);
void srv_heads_add(struct srv_heads *h, struct srv_conn *c);
void srv_heads_remove(struct srv_heads *h, struct srv_conn *c);
/* Shut down the connections waiting for a head longer than `limit_ns`;
 * how many. */
size_t srv_heads_sweep(struct srv_heads *h, uint64_t now_ns, uint64_t limit_ns);

/* A body past the ceiling is read and dropped up to this many times the
 * ceiling, then the connection is closed without an answer. */
#define SRV_DISCARD_FACTOR 16

/* What a handler answers.  `body` is malloc'd (freed by the HTTP layer)
 * unless `body_static` is set; `extra_name`/`extra_value` is one extra
 * header (Allow, Retry-After) or NULL. */
struct srv_reply {
	unsigned status;
	char *body;
	size_t len;
	int body_static;
	const char *content_type;
	const char *extra_name;
	char extra_value[64];
	const char *cache;       /* Cache-Control, default no-store */
	int close;               /* Connection: close (a head that was refused) */
};

/* Fill `r` with a JSON error {"error": message, "code": code}.  Returns 0. */
/* A JSON request body (body.c): one object whose fields are all
 * among `fields`; else a 400 is set in r and NULL returned.  `secret`
 * names a field that holds a password: the parser's words (which may
 * quote the body) are not said, and srv_json_body_free wipes it. */
struct srv_body_shape {
	const char *endpoint;      /* "/api/check" */
	const char *const *fields; /* NULL-terminated */
	const char *field_list;    /* "domain, ip, provider, lang" */
	const char *example;       /* "{\"domain\": \"example.com\"}" */
	const char *secret;        /* a field to wipe, or NULL */
};
json_t *srv_json_body(const struct srv_request *req, struct srv_reply *r,
		      const struct srv_body_shape *shape);
void srv_json_body_free(json_t *o, const struct srv_body_shape *shape);

int srv_reply_error(struct srv_reply *r, unsigned status, const char *code,
		    const char *message);
/* Fill `r` with malloc'd JSON text `json` (taken over) and status 200; a
 * NULL `json` becomes a 500 out-of-memory error. */
int srv_reply_json(struct srv_reply *r, char *json);
/* Map a library error code to an HTTP status (400, 413, 500...). */
unsigned srv_status_of(int mf_code);
/* A library error as a JSON error: its message and hint, its code's
 * name, the status given (0: srv_status_of the code). */
int srv_reply_mf_error(struct srv_reply *r, unsigned status, int rc, const struct mf_error *err);

/* The names a "lang" field or ?lang= takes (mf_lang_from_name), for the
 * 400 that refuses another. */
#define SRV_LANG_NAMES \
	"en, zh, zh-Hant or auto (zh-Hans, zh-CN, zh-SG, zh-TW, zh-HK and zh-MO are taken too)"

/* Value of a request header, or NULL. */
const char *srv_header(const struct srv_request *req, const char *name);

/* ---- the endpoint table (routes.c) ----------------------------------- */

enum srv_gate { SRV_OPEN = 0, SRV_NEEDS_CHECK, SRV_NEEDS_PROBE };

/* May this request look things up (http.c)?  1 yes; 0 no, with r filled
 * (403 without the gate's --allow- option, 429 past the client's rate
 * when `limited`).  The endpoint table applies it to /api/check and
 * /api/probe; /api/route applies it to a request that names a domain. */
struct srv;
struct srv_request;
struct srv_reply;
int srv_may_look(struct srv *s, const struct srv_request *req, const char *path,
		 enum srv_gate gate, int limited, struct srv_reply *r);
/* A domain checked with the server's resolver settings (--dns, --zone),
 * its DNS questions counted (api_check.c). */
struct mf_check_request;
struct mf_check_report;
int srv_check_domain(struct srv *s, const struct mf_check_request *cq,
		     struct mf_check_report **out, struct mf_error *err);

typedef int (*srv_handler)(struct srv *s, struct srv_request *req, struct srv_reply *r);

struct srv_endpoint {
	const char *path;
	unsigned methods;               /* SRV_GET | SRV_POST ... */
	const char *allow;              /* the Allow header for 405 */
	const char *const *types;       /* accepted body media types, NULL-ended;
					 * NULL for requests without a body */
	enum srv_gate gate;             /* a flag that must be on, or SRV_OPEN */
	int rate_limited;               /* counted against the per-client limiter */
	srv_handler handle;
};

extern const struct srv_endpoint srv_endpoints[];
extern const size_t srv_n_endpoints;

/* Find the row of `path`; -1 when there is none. */
int srv_endpoint_find(const char *path);

/* ---- the handlers (one file each) ------------------------------------ */

int api_route(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_explain(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_check(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_probe(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_healthz(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_metrics(struct srv *s, struct srv_request *req, struct srv_reply *r);
int api_page(struct srv *s, struct srv_request *req, struct srv_reply *r);

/* ---- rate limiter (ratelimit.c): token bucket per client address ----- */

/* A limiter of `per_min` requests a minute per address, `burst` at once,
 * tracking at most `slots` addresses (the least recent are forgotten).
 * Returns NULL when out of memory.  Thread-safe. */
struct srv_ratelimit *srv_ratelimit_new(unsigned per_min, unsigned burst, size_t slots);
void srv_ratelimit_free(struct srv_ratelimit *rl);
/* 1 when `client` may go ahead now, 0 when it must wait; *retry_s is then
 * the seconds until the next token. */
int srv_ratelimit_take(struct srv_ratelimit *rl, const char *client, uint64_t now_ns,
		       unsigned *retry_s);

/* ---- the HTTP layer (http.c) ----------------------------------------- */

/* Start the daemon on s->cfg; returns it or NULL (message printed). */
struct MHD_Daemon *srv_http_start(struct srv *s, unsigned *bound_port);

uint64_t srv_now_ns(void);

/* ---- the web page (web.c, files embedded from server/web/) ------------ */

struct srv_web_file {
	const char *name;              /* path relative to server/web/ */
	const unsigned char *bytes;
	size_t len;
};
/* Terminated by an entry whose name is NULL (generated at build time). */
extern const struct srv_web_file srv_web_files[];

#endif
