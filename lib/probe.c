/*
 * probe.c: `mailfix probe`: log in to the IMAP, POP3 and SMTP servers as
 * a mail program does, with libcurl (its IMAP/POP3/SMTP state machines
 * run the greeting, STARTTLS and the login in their connect phase:
 * CURLOPT_CONNECT_ONLY stops right after), all targets at once over one
 * curl multi handle, and say how far each got and why it stopped.  The
 * hosts are resolved with mailfix's own resolver (so --zone and --dns
 * apply, and "the name does not resolve" is told apart from "nothing
 * answers") and handed to curl with CURLOPT_RESOLVE.  The server's words
 * are read from curl's debug stream, the server-to-client lines only:
 * what the client sends (the password) is never looked at, and a server
 * that echoes the password has it masked (probe_redact.c) in every line
 * kept.  A first line that is not the protocol's greeting stops the
 * probe at "greeting": another kind of server is on that port.  Causes per
 * probe are INTERFACE.md's; the server's words decide among refusals by
 * data/probe.json; probe_answer.c weighs them together.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "curl_lib.h"
#include "dns.h"
#include "probe.h"

const char *const mf__probe_cause_names[MF__N_PROBE_CAUSES] = {
	"username-not-full-address", "dns-resolution", "connection-refused",
	"connection-timeout", "wrong-tls-mode", "tls-certificate-name",
	"tls-certificate-untrusted", "tls-certificate-expired", "auth-failed",
	"protocol-disabled", "rate-limited", "account-locked"};

/* OpenSSL's X509_V_ERR_CERT_HAS_EXPIRED (x509_vfy.h), as curl reports
 * it in CURLINFO_SSL_VERIFYRESULT; the header is not ours to include. */
#define X509_CERT_HAS_EXPIRED 10
#define X509_CERT_NOT_YET_VALID 9

/* ---- resolving ---- */

static int is_address(const char *host)
{
	struct mf__spf_ip ip;

	return mf__spf_ip_parse(host, &ip) == 0;
}

struct lookup {
	int done;
	struct mf__dns_answer *a;
};

static void on_address(void *arg, struct mf__dns_answer *a)
{
	struct lookup *l = arg;

	l->done = 1;
	if (a) {
		mf__dns_answer_ref(a);
		l->a = a;
	}
}

/* An address of the host in text, or an empty string with p's stage and
 * cause set: the A records first, else AAAA. */
static void resolve(struct mf_dns *dns, struct mf__probe *p)
{
	static const uint16_t types[] = {MF__T_A, MF__T_AAAA};
	char norm[MF__DNS_MAX_NAME + 1];
	int status = MF_DNS_NXDOMAIN;

	p->address[0] = '\0';
	if (is_address(p->pub.host)) {
		mf__strlcpy(p->address, p->pub.host, sizeof p->address);
		return;  /* an address literal */
	}
	if (mf__dns_name_norm(p->pub.host, norm, sizeof norm) == 0) {
		for (size_t t = 0; t < 2 && !p->address[0]; t++) {
			struct lookup l = {0, NULL};

			if (mf__dns_query(dns, norm, types[t], on_address, &l) != 0)
				break;
			while (!l.done)
				mf__dns_run(dns, -1);
			if (!l.a)
				break;
			if (l.a->status == MF_DNS_OK && l.a->n) {
				const unsigned char *b = l.a->rr[0].data;
				if (!inet_ntop(types[t] == MF__T_A ? AF_INET : AF_INET6, b, p->address,
					       sizeof p->address))
					p->address[0] = '\0';
			} else if (t == 0 || status == MF_DNS_NXDOMAIN) {
				status = l.a->status;
			}
			mf__dns_answer_unref(l.a);
		}
	}
	if (!p->address[0]) {
		p->pub.stage = "resolve";
		p->cause = MF__PC_DNS;
		snprintf(p->detail, sizeof p->detail, "%s: %s", p->pub.host,
			 status == MF_DNS_NODATA ? "the name has no address (A/AAAA)"
						 : mf_dns_status_name(status));
	}
}

/* ---- what the server says ---- */

/* Whether a first line is the protocol's greeting (RFC 3501 7.1: "* OK"
 * or "* PREAUTH", "* BYE" refuses; RFC 1939 4: "+OK", "-ERR" refuses;
 * RFC 5321 4.2: "220", another code refuses), or another kind of server
 * (an HTTP server, an SMTP server asked for IMAP ...). */
static int greeting_kind(const char *protocol, const char *line, size_t n)
{
	char head[12];
	size_t k = 0;

	for (; k < n && k + 1 < sizeof head; k++)
		head[k] = line[k] >= 'a' && line[k] <= 'z' ? (char)(line[k] - 32) : line[k];
	head[k] = '\0';
	if (strcmp(protocol, "imap") == 0) {
		if (strncmp(head, "* OK", 4) == 0 || strncmp(head, "* PREAUTH", 9) == 0)
			return MF__GREET_OK;
		return strncmp(head, "* BYE", 5) == 0 ? MF__GREET_REFUSED : MF__GREET_FOREIGN;
	}
	if (strcmp(protocol, "pop3") == 0) {
		if (strncmp(head, "+OK", 3) == 0)
			return MF__GREET_OK;
		return strncmp(head, "-ERR", 4) == 0 ? MF__GREET_REFUSED : MF__GREET_FOREIGN;
	}
	if (k < 3 || head[0] < '1' || head[0] > '5' || head[1] < '0' || head[1] > '9' ||
	    head[2] < '0' || head[2] > '9' || (k > 3 && head[3] != ' ' && head[3] != '-'))
		return MF__GREET_FOREIGN;
	return strncmp(head, "220", 3) == 0 ? MF__GREET_OK : MF__GREET_REFUSED;
}

/* Keep the server's first and last lines (trimmed, bounded, the password
 * masked should the server echo it); never what the client sent. */
static int on_debug(CURL *h, curl_infotype type, char *data, size_t size, void *arg)
{
	struct mf__probe *p = arg;
	size_t n = size;

	(void)h;
	if (type != CURLINFO_HEADER_IN)
		return 0;
	while (n && (data[n - 1] == '\n' || data[n - 1] == '\r'))
		n--;
	if (n == 0)
		return 0;
	if (p->replies == 0) {
		p->greeting = greeting_kind(p->pub.protocol, data, n);
		mf__redact_copy(p->first_reply, sizeof p->first_reply, data, n, p->secrets);
	}
	mf__redact_copy(p->last_reply, sizeof p->last_reply, data, n, p->secrets);
	p->replies++;
	return 0;
}

/* Stop a probe whose server turned out to be of another kind at once,
 * rather than wait for the timeout (curl would wait for a greeting that
 * never comes). */
static int on_progress(void *arg, curl_off_t a, curl_off_t b, curl_off_t c, curl_off_t d)
{
	const struct mf__probe *p = arg;

	(void)a, (void)b, (void)c, (void)d;
	return p->greeting == MF__GREET_FOREIGN;
}

static int contains_folded(const char *hay, const char *lower_needle)
{
	size_t n = strlen(lower_needle);

	for (const char *h = hay; *h; h++) {
		size_t i = 0;
		while (i < n && h[i] &&
		       (h[i] >= 'A' && h[i] <= 'Z' ? h[i] + 32 : h[i]) == lower_needle[i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* The per-probe cause the server's words name (probe.json's order), or
 * -1. */
static int words_cause(const struct mf__data *d, const char *words)
{
	for (size_t i = 0; i < d->n_probe_words; i++)
		for (size_t k = 0; k < d->probe_words[i].words.n; k++)
			if (contains_folded(words, d->probe_words[i].words.v[k]))
				return d->probe_words[i].cause;
	return -1;
}

/* The per-probe cause of a refused login: the server's words, else the
 * user name, else auth-failed. */
static int refusal_cause(const struct mf__data *d, const char *user, const char *words)
{
	int c = words_cause(d, words);

	if (c >= 0)
		return c;
	return strchr(user, '@') ? MF__PC_AUTH : MF__PC_USERNAME;
}

/* ---- the CA file ---- */

/* A --cacert curl can use: a readable file (not a directory) holding a
 * PEM certificate.  Checked before any login: with a file it cannot load
 * curl fails each TLS handshake (CURLE_SSL_CACERT_BADFILE), which would
 * read as the server's doing.  0, or MF_EINPUT said in err. */
static int check_ca_file(const char *path, struct mf_error *err)
{
	static const char *const hint = "give a readable PEM file of CA certificates";
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	int found = 0, e;

	/* (a directory opens; its first read fails with EISDIR, below) */
	if (!f) {
		e = errno;
		return mf__fail(err, MF_EINPUT, "cacert", hint,
				"cannot read the CA file \"%.200s\": %s", path, strerror(e));
	}
	while (!found && getline(&line, &cap, f) != -1)
		found = strncmp(line, "-----BEGIN CERTIFICATE-----", 27) == 0 ||
			strncmp(line, "-----BEGIN TRUSTED CERTIFICATE-----", 35) == 0;
	e = ferror(f) ? errno : 0;
	free(line);
	fclose(f);
	if (e)
		return mf__fail(err, MF_EINPUT, "cacert", hint,
				"cannot read the CA file \"%.200s\": %s", path, strerror(e));
	if (!found)
		return mf__fail(err, MF_EINPUT, "cacert", hint,
				"the CA file \"%.200s\" holds no PEM certificate "
				"(-----BEGIN CERTIFICATE-----)", path);
	return 0;
}

/* ---- one probe ---- */

static const char *scheme(const struct mf__probe *p)
{
	int tls = strcmp(p->pub.tls, "implicit") == 0;

	if (strcmp(p->pub.protocol, "imap") == 0)
		return tls ? "imaps" : "imap";
	if (strcmp(p->pub.protocol, "pop3") == 0)
		return tls ? "pop3s" : "pop3";
	return tls ? "smtps" : "smtp";
}

static CURL *easy_for(const struct mf__curl *cu, struct mf__probe *p,
		      const struct mf_probe_request *req)
{
	CURL *h = cu->easy_init();
	char url[MF__DNS_MAX_NAME + 64];
	long ms = (req->timeout_s > 0 ? req->timeout_s : 15) * 1000L;

	if (!h)
		return NULL;
	if (strchr(p->pub.host, ':'))  /* an IPv6 address, in brackets (RFC 3986 3.2.2) */
		snprintf(url, sizeof url, "%s://[%s]:%d/", scheme(p), p->pub.host, p->pub.port);
	else
		snprintf(url, sizeof url, "%s://%s:%d/", scheme(p), p->pub.host, p->pub.port);
	if (!is_address(p->pub.host)) {  /* the name as mailfix resolved it */
		snprintf(p->resolve_entry, sizeof p->resolve_entry, "%s:%d:%s%s%s", p->pub.host,
			 p->pub.port, strchr(p->address, ':') ? "[" : "", p->address,
			 strchr(p->address, ':') ? "]" : "");
		p->resolve = cu->slist_append(NULL, p->resolve_entry);
		if (!p->resolve) {
			cu->easy_cleanup(h);
			return NULL;
		}
		cu->easy_setopt(h, CURLOPT_RESOLVE, p->resolve);
	}
	cu->easy_setopt(h, CURLOPT_URL, url);
	cu->easy_setopt(h, CURLOPT_PROTOCOLS_STR, scheme(p));
	cu->easy_setopt(h, CURLOPT_CONNECT_ONLY, 1L);
	cu->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	cu->easy_setopt(h, CURLOPT_TIMEOUT_MS, ms);
	cu->easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, ms);
	cu->easy_setopt(h, CURLOPT_USERNAME, req->user);
	cu->easy_setopt(h, CURLOPT_PASSWORD, req->password ? req->password : "");
	cu->easy_setopt(h, CURLOPT_ERRORBUFFER, p->curl_error);
	cu->easy_setopt(h, CURLOPT_VERBOSE, 1L);
	cu->easy_setopt(h, CURLOPT_DEBUGFUNCTION, on_debug);
	cu->easy_setopt(h, CURLOPT_DEBUGDATA, p);
	cu->easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	cu->easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
	cu->easy_setopt(h, CURLOPT_XFERINFODATA, p);
	cu->easy_setopt(h, CURLOPT_PRIVATE, p);
	if (strcmp(p->pub.tls, "starttls") == 0)
		cu->easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	if (req->cacert)
		cu->easy_setopt(h, CURLOPT_CAINFO, req->cacert);
	return h;
}

/* How far the probe got and why it stopped, from curl's result. */
static void classify(const struct mf__curl *cu, const struct mf__data *d, const char *user,
		     struct mf__probe *p, CURL *h, CURLcode rc)
{
	long verify = 0, os_errno = 0;
	const char *err = p->curl_error[0] ? p->curl_error : cu->easy_strerror(rc);

	cu->easy_getinfo(h, CURLINFO_SSL_VERIFYRESULT, &verify);
	cu->easy_getinfo(h, CURLINFO_OS_ERRNO, &os_errno);
	p->cause = -1;
	if (rc != CURLE_OK && p->replies && p->greeting != MF__GREET_OK) {
		/* the greeting never passed: not this protocol's server (an
		 * HTTP server, SMTP asked for POP3 ...), or one that turned the
		 * connection away (its words may say why: a rate limit ...) */
		int c = p->greeting == MF__GREET_REFUSED ? words_cause(d, p->first_reply) : -1;
		p->pub.stage = "greeting";
		p->cause = c >= 0 ? c : MF__PC_REFUSED;
		snprintf(p->detail, sizeof p->detail, "%s", p->first_reply);
		return;
	}
	switch (rc) {
	case CURLE_OK:
		p->pub.stage = "done";
		p->pub.ok = 1;
		snprintf(p->detail, sizeof p->detail, "%s", p->last_reply);
		return;
	case CURLE_COULDNT_RESOLVE_HOST:
		p->pub.stage = "resolve";
		p->cause = MF__PC_DNS;
		break;
	case CURLE_COULDNT_CONNECT:
		p->pub.stage = "connect";
		p->cause = os_errno == ECONNREFUSED ? MF__PC_REFUSED : MF__PC_TIMEOUT;
		break;
	case CURLE_OPERATION_TIMEDOUT: {
		double connect_s = 0;
		cu->easy_getinfo(h, CURLINFO_CONNECT_TIME, &connect_s);
		if (connect_s <= 0) {
			p->pub.stage = "connect";
			p->cause = MF__PC_TIMEOUT;
		} else if (p->replies == 0) {
			/* connected, then silence: each side waits for the other
			 * (plain to a TLS port, or TLS that the port does not speak) */
			p->pub.stage = strcmp(p->pub.tls, "implicit") == 0 ? "tls" : "greeting";
			p->cause = MF__PC_TLS_MODE;
		} else {
			p->pub.stage = "auth";
			p->cause = MF__PC_TIMEOUT;
		}
		break;
	}
	case CURLE_PEER_FAILED_VERIFICATION:
		p->pub.stage = "tls";
		if (verify == X509_CERT_HAS_EXPIRED || verify == X509_CERT_NOT_YET_VALID)
			p->cause = MF__PC_CERT_EXPIRED;
		else if (verify == 0 || strstr(err, "subject name") || strstr(err, "does not match"))
			p->cause = MF__PC_CERT_NAME;
		else
			p->cause = MF__PC_CERT_UNTRUSTED;
		break;
	case CURLE_SSL_CACERT_BADFILE:
		/* the CA file passed check_ca_file but OpenSSL could load no
		 * certificate from it: nothing can be trusted (curl's words
		 * name the file), not a refused login */
		p->pub.stage = "tls";
		p->cause = MF__PC_CERT_UNTRUSTED;
		break;
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_USE_SSL_FAILED:
		p->pub.stage = "tls";
		p->cause = MF__PC_TLS_MODE;
		break;
	case CURLE_LOGIN_DENIED:
		p->pub.stage = "auth";
		p->cause = refusal_cause(d, user, p->last_reply);
		break;
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_GOT_NOTHING:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		p->pub.stage = p->replies ? "auth" : "greeting";
		p->cause = p->replies ? refusal_cause(d, user, p->last_reply) : MF__PC_TLS_MODE;
		break;
	default:
		p->pub.stage = p->replies ? "auth" : "connect";
		p->cause = p->replies ? refusal_cause(d, user, p->last_reply) : MF__PC_REFUSED;
		break;
	}
	/* the server's own words when it said something at the stage that
	 * failed, else curl's account of the socket or TLS error */
	if (strcmp(p->pub.stage, "auth") == 0 && p->last_reply[0])
		snprintf(p->detail, sizeof p->detail, "%s", p->last_reply);
	else
		snprintf(p->detail, sizeof p->detail, "%s", err);
	mf__redact(p->detail, sizeof p->detail, p->secrets);
}

/* Run every probe that resolved, at once. */
static int run_all(const struct mf__curl *cu, const struct mf__data *d,
		   const struct mf_probe_request *req,
		   struct mf__probe *probes, size_t n)
{
	CURLM *m = cu->multi_init();
	CURL **handles = calloc(n + 1, sizeof *handles);
	int running = 0, rc = 0;
	CURLMsg *msg;
	int left;

	if (!m || !handles) {
		rc = MF_ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		if (!probes[i].address[0])
			continue;
		handles[i] = easy_for(cu, &probes[i], req);
		if (!handles[i] || cu->multi_add_handle(m, handles[i]) != CURLM_OK) {
			rc = MF_ENOMEM;
			goto out;
		}
	}
	do {
		if (cu->multi_perform(m, &running) != CURLM_OK) {
			rc = MF_ENOMEM;
			goto out;
		}
		if (running)
			cu->multi_poll(m, NULL, 0, 1000, NULL);
	} while (running);
	while ((msg = cu->multi_info_read(m, &left)))
		if (msg->msg == CURLMSG_DONE) {
			struct mf__probe *p = NULL;
			cu->easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&p);
			if (p)
				classify(cu, d, req->user, p, msg->easy_handle, msg->data.result);
		}
out:
	for (size_t i = 0; handles && i < n; i++)
		if (handles[i]) {
			cu->multi_remove_handle(m, handles[i]);
			cu->easy_cleanup(handles[i]);
		}
	free(handles);
	cu->multi_cleanup(m);
	return rc;
}

/* The targets: the request's, else the provider's IMAP, POP3 and SMTP
 * hosts (the webmail is not a login a mail program makes). */
static int targets(const struct mf_probe_request *req, const struct mf__provider *pv,
		   struct mf__probe **out, size_t *n, struct mf_error *err)
{
	size_t cap = req->n_targets ? req->n_targets : pv->n_hosts;
	struct mf__probe *probes = calloc(cap + 1, sizeof *probes);

	*n = 0;
	if (!probes)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < cap; i++) {
		struct mf_probe_result *r = &probes[*n].pub;

		if (req->n_targets) {
			const struct mf_probe_target *t = &req->targets[i];
			if (!t->protocol || !t->host || !t->tls || t->port < 1 || t->port > 65535 ||
			    (strcmp(t->protocol, "imap") && strcmp(t->protocol, "pop3") &&
			     strcmp(t->protocol, "smtp")) ||
			    (strcmp(t->tls, "implicit") && strcmp(t->tls, "starttls") &&
			     strcmp(t->tls, "none")) ||
			    strlen(t->host) > MF__DNS_MAX_NAME || strpbrk(t->host, " /@?#[]") ||
			    (strchr(t->host, ':') && !is_address(t->host))) {
				free(probes);
				return mf__fail(err, MF_EINPUT, "target", "write HOST:PORT",
						"not a server to probe: %.100s:%d",
						t->host ? t->host : "", t->port);
			}
			r->protocol = t->protocol;
			r->host = t->host;
			r->port = t->port;
			r->tls = t->tls;
		} else {
			const struct mf__provider_host *h = &pv->hosts[i];
			if (strcmp(h->protocol, "webmail") == 0)
				continue;
			r->protocol = h->protocol;
			r->host = h->host;
			r->port = h->port;
			r->tls = h->tls;
		}
		(*n)++;
	}
	if (*n == 0) {
		/* a profile without servers (the generic "other") */
		free(probes);
		return mf__fail(err, MF_EINPUT, "provider",
				"give the servers with --imap, --pop3, --smtps or --submission",
				"provider %s has no servers to probe", pv->id);
	}
	*out = probes;
	return 0;
}

int mf_probe(const struct mf_ctx *ctx, const struct mf_probe_request *req,
	     struct mf_probe_report **out, struct mf_error *err)
{
	const struct mf__provider *pv;
	struct mf__secrets secrets;
	struct mf__probe *probes = NULL;
	struct mf_dns *own_dns = NULL, *dns;
	const struct mf__curl *cu;
	char why[256];
	size_t n = 0;
	int rc;

	*out = NULL;
	if (!ctx || !req)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_probe: missing argument");
	if (!req->user || !*req->user || strlen(req->user) > 320 || strpbrk(req->user, "\r\n"))
		return mf__fail(err, MF_EINPUT, "user", "give the login name, e.g. zhang@example.com",
				"no usable user name");
	if (!req->password || !*req->password)
		return mf__fail(err, MF_EINPUT, "password",
				"a mail program cannot log in without one either",
				"the password is empty");
	pv = mf__data_find_provider(ctx->data, req->provider ? req->provider : MF__DEFAULT_PROVIDER);
	if (!pv)
		return mf__fail(err, MF_EPROVIDER, "provider", NULL, "unknown provider \"%.100s\"",
				req->provider);
	if (req->cacert && (rc = check_ca_file(req->cacert, err)))
		return rc;
	if (!(cu = mf__curl_get(why, sizeof why)))
		return mf__fail(err, MF_EENGINE, NULL, "install libcurl (Debian: libcurl4)", "%.200s", why);
	if ((rc = targets(req, pv, &probes, &n, err)))
		return rc;
	if (mf__secrets_init(&secrets, req->password)) {
		free(probes);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	dns = req->dns;
	if (!dns) {
		struct mf_dns_options o = {0};
		if ((rc = mf_dns_new(&own_dns, &o, err))) {
			mf__secrets_free(&secrets);
			free(probes);
			return rc;
		}
		dns = own_dns;
	}
	for (size_t i = 0; i < n; i++) {
		probes[i].cause = -1;
		probes[i].secrets = &secrets;
		resolve(dns, &probes[i]);
		mf__redact(probes[i].detail, sizeof probes[i].detail, &secrets);
	}
	mf_dns_free(own_dns);
	rc = run_all(cu, ctx->data, req, probes, n);
	if (!rc)
		rc = mf__probe_report(ctx, req, pv, probes, n, out);
	for (size_t i = 0; i < n; i++)
		cu->slist_free_all(probes[i].resolve);
	mf__secrets_free(&secrets);
	free(probes);
	if (rc)
		return mf__fail(err, rc, NULL, NULL, "out of memory");
	return 0;
}
