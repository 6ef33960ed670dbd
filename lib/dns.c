/*
 * dns.c: the front of the resolver (lib/dns.h): one interface over two
 * back ends (c-ares in dns_ares.c, zone files in dns_zone.c).  It keeps
 * the run cache (answers kept for their TTL, and one question in flight
 * per name and type however many checks wait for it), applies injected
 * faults, and delivers answers from a ready queue so that a callback never
 * runs inside the call that asked (libuv's rule).  Single-threaded.
 * Outcomes follow RFC 1035 4.1.1 and RFC 2308 (NXDOMAIN vs NODATA).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dns.h"
#include "internal.h"

/* Most answers the run cache holds; past it answers are used and dropped. */
#define CACHE_MAX_ENTRIES (1u << 20)
/* Negative answers without a TTL of their own are kept this long. */
#define NEGATIVE_TTL_S 300

/* A callback waiting for an answer; when the answer comes the same node
 * moves to the ready queue, so delivery never needs to allocate. */
struct waiter {
	mf__dns_cb cb;
	void *arg;
	struct mf__dns_answer *a;   /* a reference, once answered */
	struct waiter *next;
};

struct centry {
	struct mf_dns *d;
	char *name;
	uint16_t type;
	struct mf__dns_answer *ans; /* NULL while in flight */
	time_t expires;
	struct waiter *waiters;
	struct centry *next;        /* hash chain */
	int in_table;
};

struct fault {
	char name[MF__DNS_MAX_NAME + 2];
	int type;
	int status;
};

struct mf_dns {
	const struct mf__dns_backend *be;
	void *st;
	int no_cache;
	struct centry **table;
	size_t n_buckets, n_entries;
	struct waiter *ready_head, *ready_tail;
	size_t outstanding;         /* user callbacks not yet called */
	unsigned long queries_sent;
	unsigned long rounds;       /* mf__dns_run calls that delivered answers */
	struct fault *faults;
	size_t n_faults;
};

static const char *const status_names[] = {
#define X(c, n) [c] = n,
	MF_DNS_STATUS_MAP(X)
#undef X
};

const char *mf_dns_status_name(int status)
{
	if (status < 0 || (size_t)status >= MF__ARRAY_LEN(status_names))
		return "?";
	return status_names[status];
}

int mf_dns_status_from_name(const char *name)
{
	for (size_t i = 0; i < MF__ARRAY_LEN(status_names); i++)
		if (status_names[i] && strcasecmp(name, status_names[i]) == 0)
			return (int)i;
	return -1;
}

static const struct {
	const char *name;
	int type;
} type_names[] = {
	{"A", MF__T_A},     {"NS", MF__T_NS},   {"CNAME", MF__T_CNAME},
	{"SOA", MF__T_SOA}, {"PTR", MF__T_PTR}, {"MX", MF__T_MX},
	{"TXT", MF__T_TXT}, {"AAAA", MF__T_AAAA}, {"SPF", MF__T_SPF},
};

int mf_dns_type_from_name(const char *name)
{
	for (size_t i = 0; i < MF__ARRAY_LEN(type_names); i++)
		if (strcasecmp(name, type_names[i].name) == 0)
			return type_names[i].type;
	return -1;
}

/* ---- answers ---- */

struct mf__dns_answer *mf__dns_answer_new(const char *name, uint16_t type,
					  int status, size_t n)
{
	struct mf__dns_answer *a = calloc(1, sizeof *a);

	if (!a)
		return NULL;
	a->refs = 1;
	a->status = status;
	a->type = type;
	a->name = strdup(name);
	a->rr = n ? calloc(n, sizeof *a->rr) : NULL;
	if (!a->name || (n && !a->rr)) {
		free(a->name);
		free(a->rr);
		free(a);
		return NULL;
	}
	return a;
}

void mf__dns_answer_ref(struct mf__dns_answer *a)
{
	if (a)
		a->refs++;
}

void mf__dns_answer_unref(struct mf__dns_answer *a)
{
	if (!a || --a->refs > 0)
		return;
	if (a->derived_free)
		a->derived_free(a->derived);
	for (size_t i = 0; i < a->n; i++)
		free(a->rr[i].data);
	free(a->rr);
	free(a->name);
	free(a->canonical);
	free(a);
}

int mf__dns_name_norm(const char *in, char *out, size_t outsz)
{
	size_t n = strlen(in), label = 0;

	if (n && in[n - 1] == '.')
		n--;
	if (n == 0 || n > MF__DNS_MAX_NAME || n + 1 > outsz)
		return -1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c == '.') {
			/* RFC 1035 2.3.4 / RFC 7208 4.3: no empty label. */
			if (label == 0)
				return -1;
			label = 0;
		} else if (++label > MF__DNS_MAX_LABEL) {
			return -1;
		}
		/* ASCII letters only (RFC 4343): other bytes stay as they are. */
		out[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
	}
	out[n] = '\0';
	return 0;
}

/* ---- the front ---- */

int mf_dns_new(struct mf_dns **out, const struct mf_dns_options *opt,
	       struct mf_error *err)
{
	struct mf_dns_options none = {0};
	struct mf_dns *d;
	int rc;

	*out = NULL;
	if (!opt)
		opt = &none;
	d = calloc(1, sizeof *d);
	if (!d)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	d->no_cache = opt->no_cache;
	if (opt->n_faults) {
		d->faults = calloc(opt->n_faults, sizeof *d->faults);
		if (!d->faults) {
			free(d);
			return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		}
		for (size_t i = 0; i < opt->n_faults; i++) {
			const struct mf_dns_fault *f = &opt->faults[i];
			if (!f->name || mf__dns_name_norm(f->name, d->faults[i].name,
							  sizeof d->faults[i].name)) {
				free(d->faults);
				free(d);
				return mf__fail(err, MF_EINVAL, f->name, NULL,
						"fault %zu: \"%s\" is not a DNS name", i + 1,
						f->name ? f->name : "(null)");
			}
			d->faults[i].type = f->type;
			d->faults[i].status = f->status;
		}
		d->n_faults = opt->n_faults;
	}
	if (opt->n_zone_files)
		rc = mf__dns_zone_new(&d->st, &d->be, opt->zone_files, opt->n_zone_files,
				      err);
	else
		rc = mf__dns_ares_new(&d->st, &d->be, opt, err);
	if (rc) {
		free(d->faults);
		free(d);
		return rc;
	}
	*out = d;
	return 0;
}

static void entry_free(struct centry *e)
{
	mf__dns_answer_unref(e->ans);
	free(e->name);
	free(e);
}

void mf_dns_free(struct mf_dns *d)
{
	if (!d)
		return;
	/* The back end ends what is in flight (done with no answer), then the
	 * queued answers are dropped with their callbacks uncalled: the
	 * caller is tearing everything down. */
	if (d->be)
		d->be->free(d->st);
	while (d->ready_head) {
		struct waiter *r = d->ready_head;
		d->ready_head = r->next;
		mf__dns_answer_unref(r->a);
		free(r);
	}
	for (size_t i = 0; i < d->n_buckets; i++)
		for (struct centry *e = d->table[i], *nx; e; e = nx) {
			nx = e->next;
			entry_free(e);
		}
	free(d->table);
	free(d->faults);
	free(d);
}

unsigned long mf__dns_rounds(const struct mf_dns *d)
{
	return d->rounds;
}

unsigned long mf_dns_queries_sent(const struct mf_dns *d)
{
	return d->queries_sent;
}

static uint64_t hash_key(const char *name, uint16_t type)
{
	uint64_t h = 1469598103934665603ULL ^ type;

	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	return h;
}

static void ready_push(struct mf_dns *d, struct waiter *w, struct mf__dns_answer *a)
{
	mf__dns_answer_ref(a);
	w->a = a;
	w->next = NULL;
	if (d->ready_tail)
		d->ready_tail->next = w;
	else
		d->ready_head = w;
	d->ready_tail = w;
}

static struct waiter *waiter_new(mf__dns_cb cb, void *arg)
{
	struct waiter *w = malloc(sizeof *w);

	if (w) {
		w->cb = cb;
		w->arg = arg;
		w->a = NULL;
		w->next = NULL;
	}
	return w;
}

static time_t now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

static struct centry **find_slot(struct mf_dns *d, const char *name, uint16_t type)
{
	struct centry **p = &d->table[hash_key(name, type) & (d->n_buckets - 1)];

	for (; *p; p = &(*p)->next)
		if ((*p)->type == type && strcmp((*p)->name, name) == 0)
			return p;
	return p;
}

static int table_grow(struct mf_dns *d)
{
	size_t nb = d->n_buckets ? d->n_buckets * 2 : 1024;
	struct centry **t = calloc(nb, sizeof *t);

	if (!t)
		return MF_ENOMEM;
	for (size_t i = 0; i < d->n_buckets; i++)
		for (struct centry *e = d->table[i], *nx; e; e = nx) {
			size_t b = hash_key(e->name, e->type) & (nb - 1);
			nx = e->next;
			e->next = t[b];
			t[b] = e;
		}
	free(d->table);
	d->table = t;
	d->n_buckets = nb;
	return 0;
}

static void table_remove(struct mf_dns *d, struct centry *e)
{
	struct centry **p = find_slot(d, e->name, e->type);

	if (*p == e) {
		*p = e->next;
		d->n_entries--;
	}
	e->in_table = 0;
}

/* A back end finished a question: every waiter gets the answer. */
static void backend_done(void *arg, struct mf__dns_answer *a)
{
	struct centry *e = arg;
	struct mf_dns *d = e->d;
	uint32_t ttl;

	/* a == NULL: out of memory, or the back end is being freed.  The
	 * waiters are still called once, with no answer. */
	for (struct waiter *w = e->waiters, *wn; w; w = wn) {
		wn = w->next;
		ready_push(d, w, a);
	}
	e->waiters = NULL;
	if (!a) {
		if (e->in_table)
			table_remove(d, e);
		entry_free(e);
		return;
	}
	e->ans = a;
	ttl = a->ttl;
	if (a->status != MF_DNS_OK && ttl == 0)
		ttl = NEGATIVE_TTL_S;
	/* Timeouts and server failures are not kept: the next check asks
	 * again (RFC 2308 7 allows a short cache; we keep none). */
	if (!e->in_table || a->status == MF_DNS_TIMEOUT || a->status == MF_DNS_SERVFAIL ||
	    a->status == MF_DNS_ERROR || a->status == MF_DNS_REFUSED ||
	    a->status == MF_DNS_TRUNCATED) {
		if (e->in_table)
			table_remove(d, e);
		entry_free(e);
		return;
	}
	e->expires = now_s() + (time_t)ttl;
}

int mf__dns_query(struct mf_dns *d, const char *name, uint16_t type, mf__dns_cb cb,
		  void *arg)
{
	char norm[MF__DNS_MAX_NAME + 2];
	struct centry *e, **p = NULL;
	struct waiter *w;
	int rc;

	if (mf__dns_name_norm(name, norm, sizeof norm))
		return MF_EINVAL;
	w = waiter_new(cb, arg);
	if (!w)
		return MF_ENOMEM;
	for (size_t i = 0; i < d->n_faults; i++) {
		const struct fault *f = &d->faults[i];
		if ((f->type == 0 || f->type == type) && strcmp(f->name, norm) == 0) {
			struct mf__dns_answer *a = mf__dns_answer_new(norm, type, f->status, 0);
			if (!a) {
				free(w);
				return MF_ENOMEM;
			}
			ready_push(d, w, a);
			mf__dns_answer_unref(a);
			d->outstanding++;
			d->queries_sent++;
			return 0;
		}
	}
	if (!d->no_cache) {
		if (d->n_entries >= d->n_buckets / 2 && d->n_entries < CACHE_MAX_ENTRIES &&
		    table_grow(d)) {
			free(w);
			return MF_ENOMEM;
		}
		p = find_slot(d, norm, type);
		if (*p && (*p)->ans && (*p)->expires <= now_s()) {
			e = *p;
			*p = e->next;
			d->n_entries--;
			entry_free(e);
			p = find_slot(d, norm, type);
		}
		if (*p) {
			d->outstanding++;
			if ((*p)->ans) {
				ready_push(d, w, (*p)->ans);
			} else {
				w->next = (*p)->waiters;
				(*p)->waiters = w;
			}
			return 0;
		}
	}
	e = calloc(1, sizeof *e);
	if (!e || !(e->name = strdup(norm))) {
		free(e);
		free(w);
		return MF_ENOMEM;
	}
	e->d = d;
	e->type = type;
	e->waiters = w;
	if (p && d->n_entries < CACHE_MAX_ENTRIES) {
		*p = e;
		e->in_table = 1;
		d->n_entries++;
	}
	d->outstanding++;
	d->queries_sent++;
	rc = d->be->send(d->st, norm, type, backend_done, e);
	if (rc) {
		d->outstanding--;
		d->queries_sent--;
		if (e->in_table)
			table_remove(d, e);
		free(w);
		entry_free(e);
		return rc;
	}
	return 0;
}

struct mf__dns_answer *mf__dns_cached(struct mf_dns *d, const char *norm, uint16_t type)
{
	struct centry *e;

	if (d->no_cache || !d->n_buckets || d->n_faults)
		return NULL;
	e = *find_slot(d, norm, type);
	if (!e || !e->ans || e->expires <= now_s())
		return NULL;
	return e->ans;
}

size_t mf__dns_run(struct mf_dns *d, int wait_ms)
{
	int delivered = 0;

	for (;;) {
		while (d->ready_head) {
			struct waiter *r = d->ready_head;
			d->ready_head = r->next;
			if (!d->ready_head)
				d->ready_tail = NULL;
			d->outstanding--;
			r->cb(r->arg, r->a);
			mf__dns_answer_unref(r->a);
			free(r);
			delivered = 1;
		}
		if (delivered) {
			d->rounds++;
			break;
		}
		if (!d->outstanding)
			break;
		d->be->process(d->st, wait_ms);
		if (!d->ready_head)
			break;
	}
	return d->outstanding;
}
