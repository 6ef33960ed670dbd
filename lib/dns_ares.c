/*
 * dns_ares.c: the network back end of the resolver (lib/dns.h): questions
 * go out through c-ares, many in flight at once over one channel, to the
 * system's resolvers (/etc/resolv.conf) or to the server given with
 * --dns HOST[:PORT] (a host name is looked up once, at start, by the
 * system's resolver).  Queries are built by c-ares and replies parsed
 * with ldns (RFC 1035 4.1, EDNS0 per RFC 6891 so that long TXT sets fit), and
 * c-ares hands back every reply unjudged (ARES_FLAG_NOCHECKRESP) so that
 * SERVFAIL, REFUSED, NXDOMAIN and NODATA stay apart.  Truncated UDP
 * replies are retried over TCP by c-ares (RFC 7766).
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ares.h>
#include "ldns_lib.h"

#include "dns.h"
#include "dns_wire.h"
#include "internal.h"

#define DEFAULT_TIMEOUT_MS 2000
#define DEFAULT_TRIES 2
/* Room for the replies of thousands of questions in flight. */
#define SOCKET_BUFFER (4 * 1024 * 1024)
/* RFC 6891 / DNS flag day 2020: a payload size that avoids fragments. */
#define EDNS_PAYLOAD 1232

struct ares_st {
	ares_channel ch;
	size_t pending;
	int destroying;
};

struct query {
	struct ares_st *s;
	mf__dns_done done;
	void *arg;
	uint16_t type;
	char name[MF__DNS_MAX_NAME + 2];
};

static void on_reply(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
	struct query *q = arg;
	struct mf__dns_answer *a = NULL;
	int st = -1;

	q->s->pending--;
	switch (status) {
	case ARES_SUCCESS:
		a = mf__dns_answer_from_wire(q->name, q->type, abuf, (size_t)alen);
		break;
	case ARES_ETIMEOUT:
		st = MF_DNS_TIMEOUT;
		break;
	case ARES_ESERVFAIL:
		st = MF_DNS_SERVFAIL;
		break;
	case ARES_EREFUSED:
		st = MF_DNS_REFUSED;
		break;
	case ARES_ENOTFOUND:
		st = MF_DNS_NXDOMAIN;
		break;
	case ARES_ENODATA:
		st = MF_DNS_NODATA;
		break;
	case ARES_EBADRESP:
		st = MF_DNS_ERROR;
		break;
	case ARES_EDESTRUCTION:
	case ARES_ECANCELLED:
	case ARES_ENOMEM:
		break; /* no answer: done(arg, NULL) */
	default:   /* ECONNREFUSED, EBADQUERY ... */
		st = MF_DNS_ERROR;
		break;
	}
	if (st >= 0)
		a = mf__dns_answer_new(q->name, q->type, st, 0);
	q->done(q->arg, a);
	free(q);
}

/* The query in wire form: c-ares builds it (with an EDNS0 OPT record);
 * names holding a backslash, which c-ares would read as an escape, are
 * built with ldns instead.  *wire is freed with free_wire. */
static int build_query(const char *name, uint16_t type, unsigned char **wire, int *len,
		       int *from_ldns)
{
	*from_ldns = 0;
	if (!strchr(name, '\\')) {
		if (ares_create_query(name, 1 /* IN */, type, 0, 1, wire, len, EDNS_PAYLOAD) !=
		    ARES_SUCCESS)
			return MF_ENOMEM;
		return 0;
	}
	ldns_rdf *dn = mf__dname_from_text(name);
	ldns_pkt *pkt;
	size_t wlen = 0;
	uint8_t *w = NULL;

	if (!dn)
		return MF_EINVAL;
	pkt = ldns_pkt_query_new(dn, (ldns_rr_type)type, LDNS_RR_CLASS_IN, LDNS_RD);
	if (!pkt)
		return MF_ENOMEM;
	ldns_pkt_set_edns_udp_size(pkt, EDNS_PAYLOAD);
	if (ldns_pkt2wire(&w, pkt, &wlen) != LDNS_STATUS_OK) {
		ldns_pkt_free(pkt);
		return MF_ENOMEM;
	}
	ldns_pkt_free(pkt);
	*wire = w;
	*len = (int)wlen;
	*from_ldns = 1;
	return 0;
}

static int ares_send_q(void *stp, const char *name, uint16_t type, mf__dns_done done,
		       void *arg)
{
	struct ares_st *s = stp;
	unsigned char *wire = NULL;
	int wlen = 0, from_ldns, rc;
	struct query *q;

	rc = build_query(name, type, &wire, &wlen, &from_ldns);
	if (rc)
		return rc;
	q = malloc(sizeof *q);
	if (!q) {
		if (from_ldns)
			free(wire);
		else
			ares_free_string(wire);
		return MF_ENOMEM;
	}
	q->s = s;
	q->done = done;
	q->arg = arg;
	q->type = type;
	mf__strlcpy(q->name, name, sizeof q->name);
	s->pending++;
	/* ares_send copies the message and gives it a fresh random id. */
	ares_send(s->ch, wire, wlen, on_reply, q);
	if (from_ldns)
		free(wire);
	else
		ares_free_string(wire);
	return 0;
}

static size_t ares_process_q(void *stp, int wait_ms)
{
	struct ares_st *s = stp;
	ares_socket_t socks[ARES_GETSOCK_MAXNUM];
	struct pollfd pfd[ARES_GETSOCK_MAXNUM];
	struct timeval tv, maxtv, *tvp;
	int bits, n = 0, ms, rc;

	if (!s->pending)
		return 0;
	bits = ares_getsock(s->ch, socks, ARES_GETSOCK_MAXNUM);
	for (int i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
		/* c-ares' ARES_GETSOCK_WRITABLE shifts a signed 1 into the sign
		 * bit for the last socket; read the bits unsigned instead. */
		unsigned ubits = (unsigned)bits;
		short ev = 0;
		if ((ubits >> i) & 1u)
			ev |= POLLIN;
		if ((ubits >> (i + ARES_GETSOCK_MAXNUM)) & 1u)
			ev |= POLLOUT;
		if (!ev)
			continue;
		pfd[n].fd = socks[i];
		pfd[n].events = ev;
		pfd[n].revents = 0;
		n++;
	}
	if (wait_ms < 0) {
		tvp = ares_timeout(s->ch, NULL, &tv);
	} else {
		maxtv.tv_sec = wait_ms / 1000;
		maxtv.tv_usec = (wait_ms % 1000) * 1000;
		tvp = ares_timeout(s->ch, &maxtv, &tv);
	}
	ms = tvp ? (int)(tvp->tv_sec * 1000 + (tvp->tv_usec + 999) / 1000) : wait_ms;
	rc = poll(pfd, (nfds_t)n, ms);
	if (rc <= 0) {
		ares_process_fd(s->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD); /* timeouts */
		return s->pending;
	}
	for (int i = 0; i < n; i++) {
		if (!pfd[i].revents)
			continue;
		ares_process_fd(s->ch,
				pfd[i].revents & (POLLIN | POLLERR | POLLHUP) ? pfd[i].fd
									    : ARES_SOCKET_BAD,
				pfd[i].revents & POLLOUT ? pfd[i].fd : ARES_SOCKET_BAD);
	}
	return s->pending;
}

static void ares_free_st(void *stp)
{
	struct ares_st *s = stp;

	if (!s)
		return;
	s->destroying = 1;
	ares_destroy(s->ch); /* in-flight questions end with ARES_EDESTRUCTION */
	ares_library_cleanup();
	free(s);
}

/* The --dns list ("127.0.0.1:5353,[::1]:53,ns1.example.net:53") with
 * each host name replaced by its addresses (the system's resolver, once,
 * at start; at most MAX_NAME_ADDRS each), as c-ares takes it, into
 * out[cap].  0, or -1 with the reason in why[whysz]: a port that is not
 * 1 to 65535, a name that does not resolve, a list too long. */
#define MAX_NAME_ADDRS 4
static int servers_by_address(const char *list, char *out, size_t cap, char *why, size_t whysz)
{
	const char *p = list;
	size_t o = 0;

	out[0] = '\0';
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		const char *colon = NULL, *c1 = memchr(p, ':', n);
		char host[256], port[8] = "53";
		int literal = 1;
		long pv = 0;

		if (n && p[0] == '[') {
			const char *rb = memchr(p, ']', n);
			if (rb && rb + 1 < p + n && rb[1] == ':')
				colon = rb + 1;
		} else if (c1 && !memchr(c1 + 1, ':', (size_t)(p + n - c1 - 1))) {
			colon = c1; /* one colon: a host (or IPv4) and a port */
		}
		if (colon) {
			size_t k = (size_t)(colon + 1 - p);

			for (; k < n && pv <= 65535; k++)
				pv = p[k] >= '0' && p[k] <= '9' ? pv * 10 + (p[k] - '0') : 65536;
			if (colon + 1 == p + n || pv < 1 || pv > 65535) {
				snprintf(why, whysz, "a port is 1 to 65535");
				return -1;
			}
			snprintf(port, sizeof port, "%ld", pv);
		}
		if (p[0] != '[' && !(c1 && !colon)) {
			/* not an IPv6 literal: an IPv4 address or a host name */
			size_t hl = (size_t)((colon ? colon : p + n) - p);
			unsigned char a[4];

			if (hl == 0 || hl >= sizeof host) {
				snprintf(why, whysz, "an empty or too long host");
				return -1;
			}
			memcpy(host, p, hl);
			host[hl] = '\0';
			literal = inet_pton(AF_INET, host, a) == 1;
		}
		if (literal) {
			if (o + n + 2 > cap) {
				snprintf(why, whysz, "the list is too long");
				return -1;
			}
			if (o)
				out[o++] = ',';
			memcpy(out + o, p, n);
			o += n;
			out[o] = '\0';
		} else {
			struct addrinfo hints, *res = NULL, *ai;
			int k = 0, g;

			memset(&hints, 0, sizeof hints);
			hints.ai_family = AF_UNSPEC;
			hints.ai_socktype = SOCK_DGRAM;
			hints.ai_flags = AI_NUMERICSERV;
			if ((g = getaddrinfo(host, port, &hints, &res)) != 0) {
				snprintf(why, whysz, "cannot find the address of %s: %s", host,
					 gai_strerror(g));
				return -1;
			}
			for (ai = res; ai && k < MAX_NAME_ADDRS; ai = ai->ai_next, k++) {
				char addr[INET6_ADDRSTRLEN];
				const void *src = ai->ai_family == AF_INET6
					? (const void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr
					: (const void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr;
				int w;

				if (!inet_ntop(ai->ai_family, src, addr, sizeof addr))
					continue;
				w = snprintf(out + o, cap - o, ai->ai_family == AF_INET6 ? "%s[%s]:%s"
										       : "%s%s:%s",
					     o ? "," : "", addr, port);
				if (w < 0 || (size_t)w >= cap - o) {
					freeaddrinfo(res);
					snprintf(why, whysz, "the list is too long");
					return -1;
				}
				o += (size_t)w;
			}
			freeaddrinfo(res);
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return 0;
}

static const struct mf__dns_backend ares_backend = {
	"c-ares", ares_send_q, ares_process_q, ares_free_st,
};

int mf__dns_ares_new(void **st, const struct mf__dns_backend **be,
		     const struct mf_dns_options *opt, struct mf_error *err)
{
	struct ares_options ao;
	struct ares_st *s;
	int rc, mask;
	char why_ldns[300];

	/* ldns is loaded now (ldns_lib.c), not at every start */
	if (!mf__ldns_load(why_ldns, sizeof why_ldns))
		return mf__fail(err, MF_EDNS, NULL, "install ldns (libldns3)",
				"cannot read DNS replies: %s", why_ldns);
	rc = ares_library_init(ARES_LIB_INIT_ALL);
	if (rc != ARES_SUCCESS)
		return mf__fail(err, MF_EDNS, NULL, NULL, "cannot start c-ares: %s",
				ares_strerror(rc));
	s = calloc(1, sizeof *s);
	if (!s) {
		ares_library_cleanup();
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	memset(&ao, 0, sizeof ao);
	ao.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_STAYOPEN;
	ao.timeout = opt->timeout_ms > 0 ? opt->timeout_ms : DEFAULT_TIMEOUT_MS;
	ao.tries = opt->tries > 0 ? opt->tries : DEFAULT_TRIES;
	ao.socket_send_buffer_size = SOCKET_BUFFER;
	ao.socket_receive_buffer_size = SOCKET_BUFFER;
	mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES |
	       ARES_OPT_SOCK_SNDBUF | ARES_OPT_SOCK_RCVBUF;
	rc = ares_init_options(&s->ch, &ao, mask);
	if (rc != ARES_SUCCESS) {
		free(s);
		ares_library_cleanup();
		return mf__fail(err, MF_EDNS, NULL, "check /etc/resolv.conf or give --dns",
				"cannot set up the resolver: %s", ares_strerror(rc));
	}
	if (opt->server) {
		char list[1024], why[300];
		int ok = servers_by_address(opt->server, list, sizeof list, why, sizeof why) == 0;

		rc = ok ? ares_set_servers_ports_csv(s->ch, list) : ARES_EBADSTR;
		if (rc != ARES_SUCCESS) {
			ares_destroy(s->ch);
			free(s);
			ares_library_cleanup();
			return mf__fail(err, MF_EINVAL, opt->server,
					"give a host and optional port: 127.0.0.1:5353, [::1]:5353 "
					"or ns1.example.net",
					"--dns \"%s\" is not a server address: %s", opt->server,
					ok ? ares_strerror(rc) : why);
		}
	}
	*st = s;
	*be = &ares_backend;
	return 0;
}
