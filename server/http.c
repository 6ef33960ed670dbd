/*
 * http.c: the HTTP layer of `mailfix serve` on libmicrohttpd: one epoll
 * loop per worker thread, keep-alive, limits (body, request head, idle
 * timeout, connections; the head's deadline is headtimer.c's), its own
 * listening socket, and for each request: refuse a head too large or
 * ambiguously framed (check_framing, in JSON), find the endpoint row,
 * check method (405 + Allow), gate (403), rate limit (429 + Retry-After),
 * media type (415) and size (413), collect the body, call the handler,
 * send its reply, count it and write one access-log line (never bodies).
 * This layer allocates nothing of its own per request: each connection has its
 * state (address, request, body buffer) from its start, and counts and
 * logs into its thread's slot (worker.c, accesslog.c).
 * HTTP semantics: RFC 9110 (methods, status codes, Allow, Retry-After),
 * RFC 9112 (message framing, which libmicrohttpd parses; what it answers
 * itself, before any callback, is listed in README.md).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "mhd_lib.h"
#include "server.h"

uint64_t srv_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

const char *srv_header(const struct srv_request *req, const char *name)
{
	return srv_mhd()->lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

/* Copy `in` for the log: the path only (no query string, which may carry
 * what a user typed), printable ASCII, others as \xHH, truncated with "...". */
static void log_safe_path(char *out, size_t cap, const char *in)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = 0;

	for (; *in && *in != '?'; in++) {
		unsigned char c = (unsigned char)*in;
		size_t need = (c > 0x20 && c < 0x7f && c != '\\') ? 1 : 4;
		if (n + need + 4 >= cap) {
			memcpy(out + n, "...", 3);
			n += 3;
			break;
		}
		if (need == 1) {
			out[n++] = (char)c;
		} else {
			out[n++] = '\\';
			out[n++] = 'x';
			out[n++] = hex[c >> 4];
			out[n++] = hex[c & 15];
		}
	}
	out[n] = '\0';
}

static void client_address(struct MHD_Connection *c, char *out, size_t cap)
{
	const union MHD_ConnectionInfo *ci =
		srv_mhd()->get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	snprintf(out, cap, "-");
	if (!sa)
		return;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out,
			  (socklen_t)cap);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
			  out, (socklen_t)cap);
}

/* A body buffer larger than this is not kept for the connection's next
 * request (1,000 idle connections must not hold 64 KiB each). */
#define SRV_KEEP_BODY_BYTES 4096

/* The path of a request target: an absolute-form target
 * ("http://host/healthz", RFC 9112 section 3.2.2, which a server must
 * accept) without its scheme and authority ("/" when no path follows);
 * an origin-form target ("/healthz") as it is. */
static const char *origin_form(const char *t)
{
	const char *p;

	if (strncasecmp(t, "http://", 7) == 0)
		p = t + 7;
	else if (strncasecmp(t, "https://", 8) == 0)
		p = t + 8;
	else
		return t;
	p += strcspn(p, "/?#");
	return *p == '/' ? p : "/";
}

/* libmicrohttpd tells of each connection: at its start, make its state
 * (its address, its thread's slot, the request state it reuses); at its
 * end, free it. */
static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode code)
{
	struct srv *s = cls;
	struct srv_conn *conn;

	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		struct srv_worker *w = srv_worker_self(s);
		atomic_fetch_add_explicit(&w->c.conns_opened, 1, memory_order_relaxed);
		conn = calloc(1, sizeof *conn);
		*socket_context = conn;
		if (!conn)
			return; /* its requests are refused (on_request_line) */
		conn->worker = w;
		client_address(c, conn->client, sizeof conn->client);
		{
			const union MHD_ConnectionInfo *fi =
				srv_mhd()->get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
			conn->fd = fi ? fi->connect_fd : -1;
		}
		if (conn->fd >= 0) {
			atomic_store_explicit(&conn->head_since_ns, srv_now_ns(),
					      memory_order_relaxed);
			srv_heads_add(&s->heads, conn);
		}
		return;
	}
	conn = *socket_context;
	*socket_context = NULL;
	if (!conn) {
		struct srv_worker *w = srv_worker_self(s);
		atomic_fetch_add_explicit(&w->c.conns_closed, 1, memory_order_release);
		return;
	}
	/* Before libmicrohttpd closes the descriptor (headtimer.c). */
	if (conn->fd >= 0)
		srv_heads_remove(&s->heads, conn);
	atomic_fetch_add_explicit(&conn->worker->c.conns_closed, 1, memory_order_release);
	free(conn->req.body);
	free(conn);
}

/* The connection whose request `req` is (each connection has one). */
static struct srv_conn *conn_of(struct srv_request *req)
{
	return (struct srv_conn *)(void *)((char *)req - offsetof(struct srv_conn, req));
}

/* Called by libmicrohttpd when a request line has arrived: the request's
 * clock starts here.  The returned pointer is the request's state from
 * then on (*req_cls of the other callbacks), the connection's own, reset
 * for this request; on_request_done closes it. */
static void *on_request_line(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct srv *s = cls;
	const union MHD_ConnectionInfo *ci =
		srv_mhd()->get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct srv_conn *conn = ci ? ci->socket_context : NULL;
	struct srv_request *req;

	if (!conn)
		return NULL; /* the access handler then refuses the request */
	req = &conn->req;
	req->srv = s;
	req->conn = c;
	req->worker = conn->worker;
	req->client = conn->client;
	req->start_ns = srv_now_ns();
	req->method = 0;
	req->method_name[0] = '\0';
	req->endpoint = -1;
	req->open = 1;
	req->started = req->answered = req->too_large = 0;
	req->body_len = 0;
	if (req->body)
		req->body[0] = '\0';
	req->body_seen = 0;
	req->status = 0;
	req->bytes_out = 0;
	req->uri_len = uri ? strlen(uri) : 0;
	log_safe_path(req->path, sizeof req->path, origin_form(uri ? uri : ""));
	return req;
}

/* Called by libmicrohttpd when a request is over (answered, or the peer
 * went away): count it, log it. */
static void on_request_done(void *cls, struct MHD_Connection *c, void **req_cls,
			    enum MHD_RequestTerminationCode toe)
{
	struct srv *s = cls;
	struct srv_request *req = *req_cls;
	struct srv_worker *w;
	uint64_t us;

	(void)c;
	if (!req || !req->open)
		return;
	*req_cls = NULL;
	req->open = 0;
	w = req->worker;
	us = (srv_now_ns() - req->start_ns) / 1000;
	if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK && !req->answered)
		req->status = 0; /* the peer left, timed out, or sent garbage */
	srv_metrics_count(&w->c, req->endpoint >= 0 ? (size_t)req->endpoint : SRV_MAX_ENDPOINTS,
			  req->status, us, req->bytes_out);
	if (s->cfg->access_log)
		srv_log_request(s, w, req, us);
	if (req->started)
		atomic_fetch_add_explicit(&w->c.finished, 1, memory_order_release);
	/* The connection waits for its next head from now (headtimer.c). */
	atomic_store_explicit(&conn_of(req)->head_since_ns, srv_now_ns(), memory_order_relaxed);
	if (req->body_cap > SRV_KEEP_BODY_BYTES) {
		free(req->body);
		req->body = NULL;
		req->body_cap = 0;
	}
	req->body_len = 0;
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char msg[512];
	int n = vsnprintf(msg, sizeof msg, fmt, ap);

	if (n <= 0)
		return;
	if ((size_t)n >= sizeof msg)
		n = (int)sizeof msg - 1;
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	fprintf(stderr, "mailfix serve: http: %s\n", msg);
}

static enum MHD_Result send_reply(struct srv_request *req, struct srv_reply *r)
{
	struct MHD_Response *resp = srv_mhd()->create_response_from_buffer(
		r->len, r->body, r->body_static ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_FREE);
	enum MHD_Result ok;

	if (!resp) {
		if (!r->body_static)
			free(r->body);
		return MHD_NO;
	}
	srv_mhd()->add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
				r->content_type ? r->content_type : "application/json");
	srv_mhd()->add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
				r->cache ? r->cache : "no-store");
	srv_mhd()->add_response_header(resp, "X-Content-Type-Options", "nosniff");
	if (r->content_type && strncmp(r->content_type, "text/html", 9) == 0) {
		/* The page loads its own script and style only: no inline code,
		 * no other origin, no framing. */
		srv_mhd()->add_response_header(resp, "Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; "
					"frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
		srv_mhd()->add_response_header(resp, "Referrer-Policy", "no-referrer");
	}
	if (r->extra_name)
		srv_mhd()->add_response_header(resp, r->extra_name, r->extra_value);
	if (r->close) /* libmicrohttpd then closes the connection after it */
		srv_mhd()->add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
	ok = srv_mhd()->queue_response(req->conn, r->status, resp);
	srv_mhd()->destroy_response(resp);
	req->answered = 1;
	req->status = r->status;
	req->bytes_out = req->method == SRV_HEAD ? 0 : r->len;
	return ok;
}

static enum MHD_Result send_error(struct srv_request *req, unsigned status, const char *code,
				  const char *message)
{
	struct srv_reply r = {0};

	srv_reply_error(&r, status, code, message);
	return send_reply(req, &r);
}

static enum srv_method method_of(const char *m)
{
	if (strcmp(m, "GET") == 0)
		return SRV_GET;
	if (strcmp(m, "HEAD") == 0)
		return SRV_HEAD;
	if (strcmp(m, "POST") == 0)
		return SRV_POST;
	return SRV_OTHER;
}

/* Whether the Content-Type header names one of `types` (parameters such as
 * "; charset=utf-8" are allowed; media types compare case-insensitively,
 * RFC 9110 section 8.3.1). */
static int type_accepted(const char *ct, const char *const *types)
{
	size_t n;

	if (!ct)
		return 0;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	n = strcspn(ct, "; \t");
	for (; *types; types++)
		if (strlen(*types) == n && strncasecmp(ct, *types, n) == 0)
			return 1;
	return 0;
}

/* May this request look things up (DNS for check, logins for probe)?
 * 1 yes; 0 no, with r filled: 403 when the server runs with --no-check
 * (DNS) or without --allow-probe (logins), 429 when the client is past its rate (the
 * per-client limiter, when `limited`). */
int srv_may_look(struct srv *s, const struct srv_request *req, const char *path,
		 enum srv_gate gate, int limited, struct srv_reply *r)
{
	char msg[160];
	unsigned retry = 0;

	if ((gate == SRV_NEEDS_CHECK && !s->cfg->allow_check) ||
	    (gate == SRV_NEEDS_PROBE && !s->cfg->allow_probe)) {
		if (gate == SRV_NEEDS_CHECK)
			snprintf(msg, sizeof msg,
				 "%s is off on this server: its operator started it with --no-check",
				 path);
		else
			snprintf(msg, sizeof msg,
				 "%s is off on this server; its operator can turn it on with "
				 "--allow-probe", path);
		srv_reply_error(r, 403, "disabled", msg);
		return 0;
	}
	if (limited && s->check_limiter &&
	    !srv_ratelimit_take(s->check_limiter, req->client, srv_now_ns(), &retry)) {
		snprintf(msg, sizeof msg, "too many requests to %s from %s; try again in %u s", path,
			 req->client, retry);
		srv_reply_error(r, 429, "rate-limited", msg);
		r->extra_name = MHD_HTTP_HEADER_RETRY_AFTER;
		snprintf(r->extra_value, sizeof r->extra_value, "%u", retry);
		atomic_fetch_add_explicit(&s->metrics.rate_limited, 1, memory_order_relaxed);
		return 0;
	}
	return 1;
}

/* Check what can be checked from the request head; returns 1 when the
 * request may go on, 0 when an error reply was queued (*ret set). */
static int admit(struct srv *s, struct srv_request *req, const struct srv_endpoint *ep,
		 enum MHD_Result *ret)
{
	const char *cl;
	char msg[160];

	if (!(ep->methods & req->method)) {
		struct srv_reply r = {0};
		snprintf(msg, sizeof msg, "%s is not allowed on %s; use %s", req->method_name,
			 ep->path, ep->allow);
		srv_reply_error(&r, 405, "method-not-allowed", msg);
		r.extra_name = MHD_HTTP_HEADER_ALLOW;
		snprintf(r.extra_value, sizeof r.extra_value, "%s", ep->allow);
		*ret = send_reply(req, &r);
		return 0;
	}
	if (ep->gate != SRV_OPEN || ep->rate_limited) {
		struct srv_reply r = {0};

		if (!srv_may_look(s, req, ep->path, ep->gate, ep->rate_limited, &r)) {
			*ret = send_reply(req, &r);
			return 0;
		}
	}
	if (req->method != SRV_POST)
		return 1;
	if (ep->types && !type_accepted(srv_header(req, MHD_HTTP_HEADER_CONTENT_TYPE), ep->types)) {
		size_t n = (size_t)snprintf(msg, sizeof msg, "%s takes a body of type ", ep->path);
		for (const char *const *t = ep->types; *t && n < sizeof msg; t++)
			n += (size_t)snprintf(msg + n, sizeof msg - n, "%s%s", t == ep->types ? "" : " or ", *t);
		*ret = send_error(req, 415, "unsupported-media-type", msg);
		return 0;
	}
	cl = srv_header(req, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl) {
		char *end;
		unsigned long long v = strtoull(cl, &end, 10);
		if (end != cl && v > s->cfg->max_body) {
			snprintf(msg, sizeof msg, "the body is %llu bytes; this server takes at most %zu",
				 v, s->cfg->max_body);
			*ret = send_error(req, 413, "too-large", msg);
			return 0;
		}
	}
	return 1;
}

/* Append upload bytes to the body, up to the ceiling. */
static void take_body(struct srv *s, struct srv_request *req, const char *data, size_t n)
{
	if (req->too_large)
		return;
	if (req->body_len + n > s->cfg->max_body) {
		req->too_large = 1;
		free(req->body);
		req->body = NULL;
		req->body_len = req->body_cap = 0;
		return;
	}
	if (req->body_len + n + 1 > req->body_cap) {
		size_t cap = req->body_cap ? req->body_cap : 1024;
		char *nb;
		while (cap < req->body_len + n + 1)
			cap *= 2;
		if (cap > s->cfg->max_body + 1)
			cap = s->cfg->max_body + 1;
		nb = realloc(req->body, cap);
		if (!nb) {
			req->too_large = 1; /* answered as 413: we cannot hold it */
			free(req->body);
			req->body = NULL;
			req->body_len = req->body_cap = 0;
			return;
		}
		req->body = nb;
		req->body_cap = cap;
	}
	memcpy(req->body + req->body_len, data, n);
	req->body_len += n;
	req->body[req->body_len] = '\0';
}

static enum MHD_Result dispatch(struct srv *s, struct srv_request *req)
{
	const struct srv_endpoint *ep = &srv_endpoints[req->endpoint];
	struct srv_reply r = {0};

	ep->handle(s, req, &r);
	if (!r.status)
		srv_reply_error(&r, 500, "internal", "the handler gave no answer");
	return send_reply(req, &r);
}

/* What the head's fields say about its size and framing (scan_field). */
struct head_scan {
	size_t bytes;            /* the fields' size as sent (name: value CRLF) */
	const char *length;      /* the first Content-Length */
	int lengths_differ;      /* another Content-Length says something else */
	const char *other_length;
	unsigned hosts;          /* Host fields */
	int chunked;             /* a Transfer-Encoding field */
	int bad_name;            /* a field name with white space in it */
};

static enum MHD_Result scan_field(void *cls, enum MHD_ValueKind kind, const char *key,
				  const char *value)
{
	struct head_scan *h = cls;

	(void)kind;
	if (!value)
		value = "";
	h->bytes += strlen(key) + strlen(value) + 4;
	if (key[strcspn(key, " \t")] || !key[0])
		h->bad_name = 1;
	if (strcasecmp(key, MHD_HTTP_HEADER_HOST) == 0) {
		h->hosts++;
	} else if (strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0) {
		h->chunked = 1;
	} else if (strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) {
		if (!h->length) {
			h->length = value;
		} else if (strcmp(h->length, value) != 0) {
			h->lengths_differ = 1;
			h->other_length = value;
		}
	}
	return MHD_YES;
}

/* Refuse, in JSON and closing the connection, a head that is too large
 * (414 for the target, 431 for the whole head, beyond --max-header) or
 * whose framing is ambiguous (RFC 9112): HTTP/1.1 without exactly one
 * Host (3.2), white space in the target (3.2) or in a field name (5.1),
 * two Content-Length fields that differ or one beside Transfer-Encoding
 * (6.3: the ways of request smuggling).  1 when the head is sound. */
static int check_framing(struct srv *s, struct srv_request *req, const char *url,
			 const char *version, enum MHD_Result *ret)
{
	struct head_scan h = {0};
	struct srv_reply r = {0};
	char msg[200];
	size_t cap = s->cfg->max_header;

	if (req->uri_len > cap) {
		snprintf(msg, sizeof msg, "the request target is %zu bytes; this server takes at most %zu",
			 req->uri_len, cap);
		srv_reply_error(&r, 414, "uri-too-long", msg);
		goto refuse;
	}
	srv_mhd()->get_connection_values(req->conn, MHD_HEADER_KIND, scan_field, &h);
	h.bytes += req->uri_len + strlen(req->method_name) + strlen(version) + 4;
	if (h.bytes > cap) {
		snprintf(msg, sizeof msg, "the request head is %zu bytes; this server takes at most %zu",
			 h.bytes, cap);
		srv_reply_error(&r, 431, "header-too-large", msg);
		goto refuse;
	}
	if (strcmp(version, MHD_HTTP_VERSION_1_1) == 0 && h.hosts != 1) {
		srv_reply_error(&r, 400, "bad-request",
				h.hosts ? "the request has more than one Host header"
					: "an HTTP/1.1 request must have a Host header");
		goto refuse;
	}
	if (url[strcspn(url, " \t")] || h.bad_name) {
		srv_reply_error(&r, 400, "bad-request",
				h.bad_name ? "a header name has white space in it"
					   : "the request target has white space in it");
		goto refuse;
	}
	if (h.lengths_differ) {
		snprintf(msg, sizeof msg,
			 "the request has two different Content-Length headers (%.20s and %.20s)",
			 h.length, h.other_length);
		srv_reply_error(&r, 400, "bad-request", msg);
		goto refuse;
	}
	if (h.length && h.chunked) {
		srv_reply_error(&r, 400, "bad-request",
				"the request has both Content-Length and Transfer-Encoding");
		goto refuse;
	}
	return 1;
refuse:
	r.close = 1;
	*ret = send_reply(req, &r);
	return 0;
}

/* Find the endpoint and check the request head; 1 when the request may
 * go on, 0 when an error was queued (*ret set). */
static int check_head(struct srv *s, struct srv_request *req, const char *url,
		      enum MHD_Result *ret)
{
	req->endpoint = srv_endpoint_find(url);
	if (req->endpoint < 0) {
		char msg[160];
		snprintf(msg, sizeof msg, "there is no %.100s here; the API is under /api/", req->path);
		*ret = send_error(req, 404, "not-found", msg);
		return 0;
	}
	return admit(s, req, &srv_endpoints[req->endpoint], ret);
}

/* libmicrohttpd calls this first when the head has arrived, then once per
 * piece of body, then once more with no data.  A POST is checked at the
 * first call, so that a refused body is never read (the connection is
 * then closed); other requests are answered at the second call, which
 * keeps their connection alive. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size,
				  void **req_cls)
{
	struct srv *s = cls;
	struct srv_request *req = *req_cls;
	enum MHD_Result ret = MHD_YES;

	if (!req)
		return MHD_NO; /* out of memory at the request line: drop it */
	if (req->answered) {
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (!req->started) {
		/* In flight from a complete head on: a graceful stop waits for
		 * these, not for heads still trickling in. */
		req->started = 1;
		atomic_fetch_add_explicit(&req->worker->c.started, 1, memory_order_relaxed);
		/* The head is complete: its deadline is over (headtimer.c). */
		atomic_store_explicit(&conn_of(req)->head_since_ns, 0, memory_order_relaxed);
		{
			size_t n = strnlen(method, sizeof req->method_name - 1);
			memcpy(req->method_name, method, n); /* truncated for the log */
			req->method_name[n] = '\0';
		}
		req->method = method_of(method);
		if (!check_framing(s, req, url, version, &ret))
			return ret;
		if (req->method == SRV_POST && !check_head(s, req, origin_form(url), &ret))
			return ret;
		return MHD_YES;
	}
	if (*upload_data_size) {
		/* The body may only arrive for a POST that passed check_head. */
		if (req->method == SRV_POST)
			take_body(s, req, upload_data, *upload_data_size);
		req->body_seen += *upload_data_size;
		*upload_data_size = 0;
		/* A response cannot be queued while a body is arriving: past the
		 * ceiling the rest is dropped unread, and a body far past it
		 * (a client streaming without end) closes the connection. */
		if (req->body_seen > SRV_DISCARD_FACTOR * s->cfg->max_body)
			return MHD_NO;
		return MHD_YES;
	}
	if (req->method != SRV_POST && !check_head(s, req, origin_form(url), &ret))
		return ret;
	if (req->too_large) {
		char msg[96];
		snprintf(msg, sizeof msg, "the body is longer than the %zu bytes this server takes",
			 s->cfg->max_body);
		return send_error(req, 413, "too-large", msg);
	}
	return dispatch(s, req);
}

/* The listening socket, made here rather than by libmicrohttpd so that a
 * failure says why (errno), and with SO_REUSEADDR only: a restart may bind
 * while the last run's connections are in TIME_WAIT, but a second server
 * on an address in use fails (SO_REUSEPORT, which would let two servers
 * share the port and split its traffic, is never set).  -1 on failure,
 * the reason printed. */
static int listen_socket(const struct srv_config *cfg, const struct addrinfo *ai)
{
	int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
	int one = 1, err;
	const char *why;
	int v6 = ai->ai_family == AF_INET6;

	if (fd >= 0) {
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if (v6)
			setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
		if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 1024) == 0)
			return fd;
	}
	err = errno;
	if (fd >= 0)
		close(fd);
	why = err == EADDRINUSE ? "address already in use (another server is listening there; "
				  "stop it or choose another port)"
	      : err == EADDRNOTAVAIL ? "not an address of this machine"
				     : strerror(err);
	fprintf(stderr, "mailfix serve: cannot listen on %s%s%s:%u: %s\n", v6 ? "[" : "",
		cfg->listen_host, v6 ? "]" : "", cfg->listen_port, why);
	return -1;
}

struct MHD_Daemon *srv_http_start(struct srv *s, unsigned *bound_port)
{
	const struct srv_config *cfg = s->cfg;
	struct addrinfo hints = {0}, *ai = NULL;
	struct MHD_Daemon *d;
	char port[16];
	unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
	int rc, fd;
	char why[300];

	/* libmicrohttpd is loaded now (mhd_lib.c), not at every start */
	if (!srv_mhd_load(why, sizeof why)) {
		fprintf(stderr, "mailfix serve: %s\n", why);
		return NULL;
	}
	/* POST /api/explain runs on the daemon's threads: GMime's global
	 * set-up is done here, once, before any of them starts. */
	mf_explain_init();
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
	hints.ai_socktype = SOCK_STREAM;
	snprintf(port, sizeof port, "%u", cfg->listen_port);
	rc = getaddrinfo(cfg->listen_host, port, &hints, &ai);
	if (rc || !ai) {
		fprintf(stderr, "mailfix serve: cannot listen on %s port %u: %s\n", cfg->listen_host,
			cfg->listen_port, gai_strerror(rc));
		return NULL;
	}
	if (ai->ai_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	fd = listen_socket(cfg, ai);
	freeaddrinfo(ai);
	if (fd < 0)
		return NULL;
	{
		struct MHD_OptionItem opts[] = {
			{MHD_OPTION_LISTEN_SOCKET, fd, NULL},
			{cfg->threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_LISTEN_BACKLOG_SIZE,
			 cfg->threads > 1 ? (intptr_t)cfg->threads : 1024, NULL},
			{MHD_OPTION_PER_IP_CONNECTION_LIMIT, (intptr_t)cfg->max_conns_per_ip, NULL},
			{MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)cfg->timeout_s, NULL},
			/* Room for a head of twice --max-header: a head past
			 * --max-header but within this is refused by check_framing,
			 * in JSON (431, 414); only a larger one gets
			 * libmicrohttpd's own HTML answer. */
			{MHD_OPTION_CONNECTION_MEMORY_LIMIT, (intptr_t)(2 * cfg->max_header), NULL},
			/* Tolerant parsing (0): libmicrohttpd's strict mode answers
			 * a missing Host with its own HTML (its head sent twice in
			 * 0.9.75); check_framing refuses what RFC 9112 says to
			 * refuse (no Host in HTTP/1.1, white space in the target
			 * or in a field name) in JSON instead. */
			{MHD_OPTION_STRICT_FOR_CLIENT, 0, NULL},
			{MHD_OPTION_END, 0, NULL},
		};
		d = srv_mhd()->start_daemon(flags, 0, NULL, NULL, on_request, s,
				     MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s,
				     MHD_OPTION_ARRAY, opts,
				     MHD_OPTION_CONNECTION_LIMIT, (unsigned int)cfg->max_conns,
				     MHD_OPTION_URI_LOG_CALLBACK, on_request_line, s,
				     MHD_OPTION_NOTIFY_COMPLETED, on_request_done, s,
				     MHD_OPTION_NOTIFY_CONNECTION, on_connection, s,
				     MHD_OPTION_END);
	}
	if (!d) {
		close(fd);
		fprintf(stderr, "mailfix serve: cannot start the HTTP server on %s port %u\n",
			cfg->listen_host, cfg->listen_port);
		return NULL;
	}
	{
		const union MHD_DaemonInfo *di = srv_mhd()->get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
		*bound_port = di && di->port ? di->port : cfg->listen_port;
	}
	if (!*bound_port) {
		struct sockaddr_storage sa;
		socklen_t len = sizeof sa;
		if (getsockname(fd, (struct sockaddr *)&sa, &len) == 0)
			*bound_port = ntohs(sa.ss_family == AF_INET6
						    ? ((struct sockaddr_in6 *)&sa)->sin6_port
						    : ((struct sockaddr_in *)&sa)->sin_port);
	}
	return d;
}
