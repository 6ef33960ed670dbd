/*
 * serve.c: `mailfix serve`: parse the options, load the knowledge data,
 * start the HTTP daemon (http.c) and wait for SIGTERM or SIGINT; then stop
 * gracefully: stop accepting, let the requests in flight finish (up to
 * --grace seconds, or until a second signal), close, exit 0.
 *
 * Signals without global state: SIGTERM and SIGINT are blocked in every
 * thread (the mask is set before the worker threads start, and threads
 * inherit it) and the main thread takes them synchronously with
 * sigwait(2).  No handler runs, so no variable has to be shared with one.
 * SIGPIPE is ignored process-wide (a client closing early must not kill
 * the server; libmicrohttpd also sends with MSG_NOSIGNAL).
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

#include "cli.h"
#include "mhd_lib.h"
#include "server.h"

static void help(void)
{
	printf("usage: mailfix serve [--listen ADDR:PORT] [--threads N] [options]\n\n"
	       "Serves the HTTP API (POST /api/route, POST /api/explain, POST /api/check\n"
	       "when allowed, GET /healthz,\n"
	       "GET /metrics) and the web page at / (INTERFACE.md).  Stops on SIGTERM or\n"
	       "SIGINT after finishing the requests in flight.\n"
	       "  --listen ADDR:PORT         address to listen on (default 127.0.0.1:8080;\n"
	       "                             [::1]:8080 for IPv6; port 0 = any free port)\n"
	       "  --threads N                worker threads (default: one per core)\n"
	       "  --max-body BYTES           largest request body (default 65536; 413 beyond;\n"
	       "                             raise it for bounces that carry attachments)\n"
	       "  --max-header BYTES         largest request head (default 8192, as nginx's\n"
	       "                             largest header line; 431 beyond, 414 for a\n"
	       "                             longer target; each connection holds twice it)\n"
	       "  --timeout SECONDS          close a connection idle this long (default 15;\n"
	       "                             counted from its last byte, not per request)\n"
	       "  --head-timeout SECONDS     close a connection whose request head is not\n"
	       "                             complete this long after it opened or after\n"
	       "                             its last answer (default 30; slow clients)\n"
	       "  --max-connections N        simultaneous connections (default 4096)\n"
	       "  --max-connections-per-ip N per client address (default 32; 0: no limit)\n"
	       "  --grace SECONDS            how long a stop waits for requests (default 10)\n"
	       "  --no-check                 turn /api/check off (on by default: it sends DNS\n"
	       "                             queries, rate limited per client), and the\n"
	       "                             lookups of /api/route's \"domain\" and\n"
	       "                             /api/explain's \"check\"\n"
	       "  --allow-probe              enable /api/probe (provider hosts only)\n"
	       "  --check-rate N             /api/check and /api/probe requests per client per\n"
	       "                             minute (default 30, bursts of 5)\n"
	       "  --dns HOST[:PORT]          the DNS server /api/check asks (default: the\n"
	       "                             system's resolvers)\n"
	       "  --zone FILE                /api/check answers from this RFC 1035 master file\n"
	       "                             and asks no server (repeatable; offline, tests)\n"
	       "  --no-access-log            no per-request line on standard error\n"
	       "  --data DIR                 load the knowledge data from DIR (compiled once,\n"
	       "                             then kept in the cache: `mailfix route --help`)\n");
}

/* Parse a whole decimal number in [lo, hi]; prints the error. */
static int parse_num(const char *opt, const char *arg, unsigned long lo, unsigned long hi,
		     unsigned long *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || arg[0] == '-' || v < lo || v > hi) {
		fprintf(stderr, "mailfix serve: %s must be a number from %lu to %lu, not \"%s\"\n",
			opt, lo, hi, arg);
		return -1;
	}
	*out = v;
	return 0;
}

/* "127.0.0.1:8080", "[::1]:8080" or ":8080" (then 127.0.0.1). */
static int parse_listen(const char *arg, struct srv_config *cfg)
{
	const char *colon, *host = arg;
	size_t host_len;
	unsigned long port;

	if (arg[0] == '[') {
		const char *close = strchr(arg, ']');
		if (!close || close[1] != ':')
			goto bad;
		host = arg + 1;
		host_len = (size_t)(close - host);
		colon = close + 1;
	} else {
		colon = strrchr(arg, ':');
		if (!colon)
			goto bad;
		host_len = (size_t)(colon - arg);
	}
	if (host_len >= sizeof cfg->listen_host)
		goto bad;
	if (host_len == 0)
		snprintf(cfg->listen_host, sizeof cfg->listen_host, "127.0.0.1");
	else
		snprintf(cfg->listen_host, sizeof cfg->listen_host, "%.*s", (int)host_len, host);
	if (parse_num("the port of --listen", colon + 1, 0, 65535, &port))
		return -1;
	cfg->listen_port = (unsigned)port;
	return 0;
bad:
	fprintf(stderr, "mailfix serve: --listen takes ADDR:PORT (e.g. 127.0.0.1:8080 or "
			"[::1]:8080), not \"%s\"\n", arg);
	return -1;
}

static void default_config(struct srv_config *cfg)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);

	memset(cfg, 0, sizeof *cfg);
	snprintf(cfg->listen_host, sizeof cfg->listen_host, "127.0.0.1");
	cfg->listen_port = 8080;
	cfg->threads = cores > 0 ? (unsigned)cores : 1;
	/* /api/check is one of INTERFACE.md's endpoints: on unless turned off */
	cfg->allow_check = 1;
	cfg->max_body = 64 * 1024;
	/* 8 KiB, nginx's limit for one header line.  libmicrohttpd gets twice
	 * it per connection (http.c), so that a head past it is ours to
	 * refuse, in JSON. */
	cfg->max_header = 8 * 1024;
	cfg->timeout_s = 15;
	cfg->head_timeout_s = 30;
	cfg->max_conns = 4096;
	/* One client address must not hold every connection (slow heads). */
	cfg->max_conns_per_ip = 32;
	cfg->grace_s = 10;
	cfg->check_per_min = 30;
	cfg->check_burst = 5;
	cfg->access_log = 1;
}

static int parse_args(int argc, char **argv, struct srv_config *cfg)
{
	enum { O_LISTEN = 0x200, O_THREADS, O_BODY, O_HEADER, O_TIMEOUT, O_CONNS, O_PERIP,
	       O_GRACE, O_CHECK, O_NOCHECK, O_PROBE, O_RATE, O_NOLOG, O_DATA, O_DNS, O_ZONE,
	       O_HEADTIME };
	static const struct option longopts[] = {
		{"listen", required_argument, NULL, O_LISTEN},
		{"threads", required_argument, NULL, O_THREADS},
		{"max-body", required_argument, NULL, O_BODY},
		{"max-header", required_argument, NULL, O_HEADER},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{"head-timeout", required_argument, NULL, O_HEADTIME},
		{"max-connections", required_argument, NULL, O_CONNS},
		{"max-connections-per-ip", required_argument, NULL, O_PERIP},
		{"grace", required_argument, NULL, O_GRACE},
		{"allow-check", no_argument, NULL, O_CHECK},  /* (the default; kept for scripts) */
		{"no-check", no_argument, NULL, O_NOCHECK},
		{"allow-probe", no_argument, NULL, O_PROBE},
		{"check-rate", required_argument, NULL, O_RATE},
		{"no-access-log", no_argument, NULL, O_NOLOG},
		{"data", required_argument, NULL, O_DATA},
		{"dns", required_argument, NULL, O_DNS},
		{"zone", required_argument, NULL, O_ZONE},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	unsigned long v;
	int opt;

	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case O_LISTEN:
			if (parse_listen(optarg, cfg))
				return EXIT_USAGE;
			break;
		case O_THREADS:
			if (parse_num("--threads", optarg, 1, 256, &v))
				return EXIT_USAGE;
			cfg->threads = (unsigned)v;
			break;
		case O_BODY:
			if (parse_num("--max-body", optarg, 1024, 64ul * 1024 * 1024, &v))
				return EXIT_USAGE;
			cfg->max_body = v;
			break;
		case O_HEADER:
			if (parse_num("--max-header", optarg, 4096, 1024 * 1024, &v))
				return EXIT_USAGE;
			cfg->max_header = v;
			break;
		case O_TIMEOUT:
			if (parse_num("--timeout", optarg, 1, 3600, &v))
				return EXIT_USAGE;
			cfg->timeout_s = (unsigned)v;
			break;
		case O_HEADTIME:
			if (parse_num("--head-timeout", optarg, 1, 3600, &v))
				return EXIT_USAGE;
			cfg->head_timeout_s = (unsigned)v;
			break;
		case O_CONNS:
			if (parse_num("--max-connections", optarg, 1, 1000000, &v))
				return EXIT_USAGE;
			cfg->max_conns = (unsigned)v;
			break;
		case O_PERIP:
			if (parse_num("--max-connections-per-ip", optarg, 0, 1000000, &v))
				return EXIT_USAGE;
			cfg->max_conns_per_ip = (unsigned)v;
			break;
		case O_GRACE:
			if (parse_num("--grace", optarg, 0, 3600, &v))
				return EXIT_USAGE;
			cfg->grace_s = (unsigned)v;
			break;
		case O_CHECK:
			cfg->allow_check = 1;
			break;
		case O_NOCHECK:
			cfg->allow_check = 0;
			break;
		case O_PROBE:
			cfg->allow_probe = 1;
			break;
		case O_RATE:
			if (parse_num("--check-rate", optarg, 1, 1000000, &v))
				return EXIT_USAGE;
			cfg->check_per_min = (unsigned)v;
			break;
		case O_NOLOG:
			cfg->access_log = 0;
			break;
		case O_DATA:
			cfg->data_dir = optarg;
			break;
		case O_DNS:
			cfg->dns_server = optarg;
			break;
		case O_ZONE:
			if (cfg->n_zones == (sizeof cfg->zones / sizeof cfg->zones[0])) {
				fprintf(stderr, "mailfix serve: at most %zu --zone files\n",
					(sizeof cfg->zones / sizeof cfg->zones[0]));
				return EXIT_USAGE;
			}
			cfg->zones[cfg->n_zones++] = optarg;
			break;
		case 'h':
			help();
			return -1;
		default:
			fprintf(stderr, "mailfix serve: see `mailfix serve --help`\n");
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "mailfix serve: unexpected argument \"%s\"\n", argv[optind]);
		return EXIT_USAGE;
	}
	return 0;
}

/* Each connection needs a descriptor: raise the soft limit towards
 * --max-connections when the hard limit allows. */
static void raise_fd_limit(unsigned max_conns)
{
	struct rlimit rl;
	rlim_t want = (rlim_t)max_conns + 64;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= want)
		return;
	rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
	if (setrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < want)
		fprintf(stderr, "mailfix serve: only %llu file descriptors allowed; fewer than "
				"--max-connections %u connections can be open\n",
			(unsigned long long)rl.rlim_cur, max_conns);
}

/* Make (and free) one resolver with the server's --zone and --dns: each
 * /api/check request makes its own the same way.  0, or -1 with the
 * reason printed. */
static int check_resolver(const struct srv_config *cfg)
{
	struct mf_dns_options dopt = {0};
	struct mf_dns *dns = NULL;
	struct mf_error err = {0};
	int rc;

	dopt.server = cfg->dns_server;
	dopt.zone_files = cfg->zones;
	dopt.n_zone_files = cfg->n_zones;
	rc = mf_dns_new(&dns, &dopt, &err);
	mf_dns_free(dns);
	if (rc) {
		cli_print_error("cannot set up DNS", &err);
		return -1;
	}
	return 0;
}

/* Stop accepting, wait for the requests in flight (up to the grace
 * period), then close every connection. */
static void stop_gracefully(struct srv *s, struct MHD_Daemon *d, int sig,
			    const sigset_t *stop_signals)
{
	uint64_t deadline = srv_now_ns() + (uint64_t)s->cfg->grace_s * 1000000000u;
	struct timespec tick = {0, 10 * 1000 * 1000};
	MHD_socket listener = srv_mhd()->quiesce_daemon(d);
	int64_t left;

	/* The daemon no longer uses the listening socket: close it, so that
	 * new clients are refused at once instead of waiting in the backlog. */
	if (listener != MHD_INVALID_SOCKET)
		close(listener);
	fprintf(stderr, "mailfix serve: %s: not accepting; finishing the requests in flight\n",
		sig == SIGTERM ? "SIGTERM" : "SIGINT");
	while ((left = srv_in_flight(s)) > 0 && srv_now_ns() < deadline) {
		/* A second SIGTERM or SIGINT (Ctrl+C twice) stops waiting. */
		if (sigtimedwait(stop_signals, NULL, &tick) > 0) {
			fprintf(stderr, "mailfix serve: second signal: closing now\n");
			break;
		}
	}
	if (left > 0)
		fprintf(stderr, "mailfix serve: closing %lld requests still open (grace %u s)\n",
			(long long)left, s->cfg->grace_s);
	srv_mhd()->stop_daemon(d);
}

int cmd_serve(int argc, char **argv)
{
	struct srv_config cfg;
	struct mf_ctx_options copt = {0};
	struct mf_error err = {0};
	struct mf_ctx *ctx = NULL;
	struct srv *s;
	struct MHD_Daemon *d;
	sigset_t stop_signals;
	char cache_dir[4096];
	unsigned port = 0;
	int sig = 0, rc;

	default_config(&cfg);
	rc = parse_args(argc, argv, &cfg);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	copt.data_dir = cfg.data_dir;
	copt.cache_dir = cli_cache_dir(cache_dir, sizeof cache_dir);
	/* A --zone or --dns that cannot be used is refused now, as the
	 * commands refuse it (exit 2), not answered with 500 per request. */
	if ((cfg.n_zones || cfg.dns_server) && check_resolver(&cfg))
		return EXIT_USAGE;
	if (mf_ctx_new(&ctx, &copt, &err)) {
		/* A --data that cannot be loaded is a usage error, as for the
		 * other commands (cli_ctx_new); out of memory is internal. */
		cli_print_error("cannot load the knowledge data", &err);
		return err.code == MF_ENOMEM || err.code == MF_EENGINE ? EXIT_INTERNAL : EXIT_USAGE;
	}
	/* The server state is large (counters per endpoint): on the heap. */
	s = calloc(1, sizeof *s);
	if (!s) {
		mf_ctx_free(ctx);
		return EXIT_INTERNAL;
	}
	s->cfg = &cfg;
	s->ctx = ctx;
	if (srv_heads_init(&s->heads) != 0) {
		free(s);
		mf_ctx_free(ctx);
		return EXIT_INTERNAL;
	}
	s->metrics.started_unix = (int64_t)time(NULL);
	s->check_limiter = srv_ratelimit_new(cfg.check_per_min, cfg.check_burst, 4096);
	if (!s->check_limiter) {
		srv_heads_destroy(&s->heads);
		free(s);
		mf_ctx_free(ctx);
		return EXIT_INTERNAL;
	}

	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGTERM);
	sigaddset(&stop_signals, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop_signals, NULL);
	signal(SIGPIPE, SIG_IGN);
	raise_fd_limit(cfg.max_conns);
	/* jansson seeds its hash function on first use; do it here, before
	 * the worker threads exist, rather than race for it. */
	json_object_seed(0);

	/* After the signal mask: the access log's flusher thread inherits it. */
	if (srv_workers_start(s) != 0) {
		fprintf(stderr, "mailfix serve: out of memory\n");
		srv_ratelimit_free(s->check_limiter);
		srv_heads_destroy(&s->heads);
		free(s);
		mf_ctx_free(ctx);
		return EXIT_INTERNAL;
	}
	d = srv_http_start(s, &port);
	if (!d) {
		srv_workers_stop(s);
		srv_ratelimit_free(s->check_limiter);
		srv_heads_destroy(&s->heads);
		free(s);
		mf_ctx_free(ctx);
		return EXIT_USAGE;
	}
	printf("mailfix serve: listening on http://%s%s%s:%u/ (%u threads)\n",
	       strchr(cfg.listen_host, ':') ? "[" : "", cfg.listen_host,
	       strchr(cfg.listen_host, ':') ? "]" : "", port, cfg.threads);
	fflush(stdout);

	/* Wait for a stop signal; meanwhile, once a second, shut down the
	 * connections whose request head is late (headtimer.c). */
	for (;;) {
		struct timespec second = {1, 0};
		size_t cut;

		sig = sigtimedwait(&stop_signals, NULL, &second);
		if (sig > 0)
			break;
		cut = srv_heads_sweep(&s->heads, srv_now_ns(),
				      (uint64_t)cfg.head_timeout_s * 1000000000u);
		if (cut)
			atomic_fetch_add_explicit(&s->metrics.late_heads, cut, memory_order_relaxed);
	}
	stop_gracefully(s, d, sig, &stop_signals);
	/* The daemon is stopped: no request is left to log; write the rest. */
	srv_workers_stop(s);
	fprintf(stderr, "mailfix serve: stopped\n");
	srv_ratelimit_free(s->check_limiter);
	srv_heads_destroy(&s->heads);
	free(s);
	mf_ctx_free(ctx);
	return EXIT_OK;
}
