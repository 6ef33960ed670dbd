/*
 * spf.c: RFC 7208 check_host() over the resolver of lib/dns.h, for
 * `mailfix spf` and the server (and `mailfix check` when it comes).  Record lookup and
 * selection (4.3-4.5), record syntax (4.6, 12), every mechanism (5.1-5.7)
 * with CIDR lengths and IPv6, redirect= and exp= (6.1, 6.2), unknown
 * modifiers (6), the limits of 4.6.4, and the results of 2.6 with the
 * term that decided, the running lookup counts and the record tree.
 *
 * Evaluation is restartable: a check runs from the top against the DNS
 * answers it already has; each answer it lacks is asked for and the run
 * stops; when every answer asked is in, it runs again.  Evaluation is a
 * pure function of the answers, so each run goes further than the last,
 * and many checks wait for DNS at once over one resolver.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dns.h"
#include "spf.h"

/* Nested include/redirect depth; the 10-term limit stops loops long
 * before this, it only guards the stack. */
#define MAX_DEPTH 24
/* Steps of the tree kept per check; evaluation goes on past it. */
#define MAX_STEPS 512
#define MAX_TERMS 256
/* Longest TXT data we evaluate as a record (RFC 7208 3.4 advises 450
 * bytes for the answer; records far past that are refused, not read). */
#define MAX_RECORD_LEN 4096
#define DEFAULT_EXP \
	"%{d} does not designate %{c} as a permitted sender (SPF fail, RFC 7208 2.6.2)"

enum { R_NOMATCH = 0, R_MATCH = 1, R_PENDING = -1, R_PERM = -2, R_TEMP = -3, R_GO_ON = -4 };

/* ---- names ---- */

const char *mf_spf_code_name(int code)
{
	static const char *const names[] = {"none", "neutral", "pass", "fail", "softfail",
					    "temperror", "permerror"};

	return code >= 0 && code < (int)MF__ARRAY_LEN(names) ? names[code] : "?";
}

/* ---- one check ---- */

struct stream;

/* One DNS answer a check has (or waits for). */
struct memo {
	char *name;
	uint16_t type;
	int pending;
	struct mf__dns_answer *a;
	struct check *c;
	struct memo *next;
};

/* A well-formed record parsed once, kept with the TXT answer that holds
 * it (answer->derived): a check runs again after each answer, and checks
 * share answers through the run cache, so each record is parsed once. */
struct parsed {
	const struct mf__rr *record;
	struct term *terms;
	size_t n_terms;
	long redirect, exp;          /* indexes in terms, or -1 */
	int has_all;
};

static void parsed_free(void *p)
{
	struct parsed *pr = p;

	if (pr)
		free(pr->terms);
	free(pr);
}

struct check {
	struct stream *st;
	void *tag;
	struct mf__spf_ip ip;
	char *sender, *local, *sender_domain, *helo, *domain;
	int helo_identity;
	struct memo *memo;
	int waiting;
	unsigned long n_queries;
	struct mf__buf scratch;    /* macro expansions, reused */
	struct mf__spf_result_impl *res; /* reused from run to run */
	struct done_include *incl;       /* includes finished in earlier runs */
	size_t n_incl;
	struct check *prev, *next; /* the stream's live checks */
};

struct stream {
	struct mf_dns *dns;
	const struct mf_spf_options *opt;
	mf_spf_done_fn done;
	void *user;
	size_t active;
	struct check *live;
	long long now;
};

/* State of one evaluation run. */
struct eval {
	struct check *c;
	struct mf__spf_result_impl *res;
	int lookups, voids, pending;
	int problem_set;
	size_t incl_pos;       /* includes met so far in this run, depth first */
};

/* An include whose evaluation finished with pass, fail, softfail or
 * neutral in an earlier run of the check.  A run replays the same answers
 * in the same order, so the n-th include met is the same include with the
 * same counts on entry: its outcome is taken instead of evaluating it
 * again (only when no tree is kept, since the tree would lack its lines). */
struct done_include {
	int valid;
	char *target;
	int lookups_in, voids_in, lookups_out, voids_out;
	int code;
	size_t n_nested;       /* includes met inside it */
};

/* The RFC 7208 12 grammar's pieces of one term. */
enum kind {
	K_ALL, K_INCLUDE, K_A, K_MX, K_PTR, K_IP4, K_IP6, K_EXISTS,
	K_REDIRECT, K_EXP, K_UNKNOWN_MOD
};

struct term {
	const char *text;
	size_t len;
	int col;               /* 1-based column in the record */
	enum kind kind;
	char qual;             /* + - ~ ? */
	const char *arg;       /* domain-spec, IP or modifier value */
	size_t arg_len;
	int cidr4, cidr6;      /* -1: not given */
	unsigned char addr[16];
};

struct hres {
	int code;
	const char *term;      /* deciding term, arena string */
	const char *domain;    /* whose record it is in */
	const char *exp;       /* explanation of a fail, when computed */
};

static void on_answer(void *arg, struct mf__dns_answer *a);

static struct mf__buf *scratch(struct eval *ev)
{
	struct mf__buf *b = &ev->c->scratch;

	b->len = 0;
	b->failed = 0;
	if (b->data)
		b->data[0] = '\0';
	return b;
}
static void finish(struct check *c, struct mf__spf_result_impl *res);
static void run_check(struct check *c);

/* ---- steps and problems ---- */

static struct mf_spf_step *add_step(struct eval *ev, int depth, const char *domain,
				    const char *term, size_t term_len, const char *record)
{
	struct mf__spf_result_impl *r = ev->res;
	struct mf_spf_step *s;

	if (r->pub.n_steps == MAX_STEPS || ev->c->st->opt->no_tree)
		return NULL;
	if (r->pub.n_steps == r->steps_cap) {
		size_t nc = r->steps_cap ? r->steps_cap * 2 : 16;
		struct mf_spf_step *ns = realloc(r->pub.steps, nc * sizeof *ns);
		if (!ns)
			return NULL;
		r->pub.steps = ns;
		r->steps_cap = nc;
	}
	s = &r->pub.steps[r->pub.n_steps++];
	memset(s, 0, sizeof *s);
	s->depth = depth;
	s->domain = mf__arena_strndup(r->arena, domain, strlen(domain));
	if (term)
		s->term = mf__arena_strndup(r->arena, term, term_len);
	if (record)
		s->record = mf__arena_strndup(r->arena, record, strlen(record));
	s->lookups = ev->lookups;
	s->voids = ev->voids;
	return s;
}

/* Steps are addressed by index: the array may move as it grows. */
static long step_index(struct eval *ev, struct mf_spf_step *s)
{
	return s ? (long)(s - ev->res->pub.steps) : -1;
}

static void step_set(struct eval *ev, long idx, const char *outcome, const char *note)
{
	struct mf_spf_step *s;

	if (idx < 0)
		return;
	s = &ev->res->pub.steps[idx];
	s->outcome = outcome;
	if (note)
		s->note = mf__arena_strndup(ev->res->arena, note, strlen(note));
	s->lookups = ev->lookups;
	s->voids = ev->voids;
}

/* The first problem met is the one reported (the innermost: outer
 * layers only pass it up). */
static void problem(struct eval *ev, const char *record, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void problem(struct eval *ev, const char *record, int col, const char *fmt, ...)
{
	struct mf__spf_result_impl *r = ev->res;
	char buf[1024];
	va_list ap;

	if (ev->problem_set)
		return;
	ev->problem_set = 1;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	r->pub.problem = mf__arena_strndup(r->arena, buf, strlen(buf));
	if (record)
		r->pub.problem_record = mf__arena_strndup(r->arena, record, strlen(record));
	r->pub.problem_column = col;
}

/* ---- DNS through the check's memo ---- */

static struct memo *lookup_entry(struct eval *ev, const char *name, uint16_t type);

static struct mf__dns_answer *lookup(struct eval *ev, const char *name, uint16_t type)
{
	struct memo *m = lookup_entry(ev, name, type);

	return m ? m->a : NULL;
}

/* A new entry for (name, type) at the head of the check's memo, without
 * an answer yet; NULL (and the check pending, so temperror) when out of
 * memory.  An entry without an answer is freed with the memo. */
static struct memo *memo_add(struct eval *ev, const char *norm, uint16_t type)
{
	struct check *c = ev->c;
	struct memo *m = calloc(1, sizeof *m);

	if (!m || !(m->name = strdup(norm))) {
		free(m);
		ev->pending = 1; /* out of memory: the check ends as temperror */
		return NULL;
	}
	m->type = type;
	m->c = c;
	m->next = c->memo;
	c->memo = m;
	return m;
}

/* The check's entry for (name, type): its answer is in m->a, or NULL is
 * returned and the question is on its way (ev->pending set). */
static struct memo *lookup_entry(struct eval *ev, const char *name, uint16_t type)
{
	struct check *c = ev->c;
	char norm[MF__DNS_MAX_NAME + 2];
	struct memo *m;
	int rc;

	if (mf__dns_name_norm(name, norm, sizeof norm)) {
		/* Not a DNS name (empty or long label): it cannot exist. */
		snprintf(norm, sizeof norm, "%.200s", name);
		for (m = c->memo; m; m = m->next)
			if (m->type == type && strcmp(m->name, norm) == 0)
				return m;
		m = memo_add(ev, norm, type);
		if (m && !(m->a = mf__dns_answer_new(norm, type, MF_DNS_NXDOMAIN, 0))) {
			c->memo = m->next; /* memo_add put it at the head */
			free(m->name);
			free(m);
			ev->pending = 1; /* out of memory: the check ends as temperror */
			return NULL;
		}
		return m;
	}
	for (m = c->memo; m; m = m->next)
		if (m->type == type && strcmp(m->name, norm) == 0) {
			if (m->pending) {
				ev->pending = 1;
				return NULL;
			}
			return m;
		}
	if (!(m = memo_add(ev, norm, type)))
		return NULL;
	/* Held by the run cache: go on now rather than wait for a round. */
	if ((m->a = mf__dns_cached(c->st->dns, norm, type))) {
		mf__dns_answer_ref(m->a);
		return m;
	}
	rc = mf__dns_query(c->st->dns, norm, type, on_answer, m);
	if (rc) {
		m->a = mf__dns_answer_new(norm, type, MF_DNS_ERROR, 0);
		return m;
	}
	m->pending = 1;
	c->waiting++;
	c->n_queries++;
	ev->pending = 1;
	return NULL;
}

static void on_answer(void *arg, struct mf__dns_answer *a)
{
	struct memo *m = arg;
	struct check *c = m->c;

	m->pending = 0;
	if (a)
		mf__dns_answer_ref(a);
	else
		a = mf__dns_answer_new(m->name, m->type, MF_DNS_ERROR, 0);
	m->a = a;
	if (--c->waiting == 0)
		run_check(c);
}

static int is_void(const struct mf__dns_answer *a)
{
	return a->status == MF_DNS_NXDOMAIN || a->status == MF_DNS_NODATA ||
	       a->status == MF_DNS_CNAME_LOOP;
}

static const char *type_name(uint16_t t)
{
	switch (t) {
	case MF__T_A:
		return "A";
	case MF__T_AAAA:
		return "AAAA";
	case MF__T_MX:
		return "MX";
	case MF__T_PTR:
		return "PTR";
	case MF__T_TXT:
		return "TXT";
	}
	return "?";
}

/* RFC 7208 4.6.4: a void lookup counts; the third one is a permerror. */
static int count_void(struct eval *ev, const char *record, const struct term *t,
		      const char *name)
{
	ev->voids++;
	if (ev->voids > MF_SPF_MAX_VOID_LOOKUPS) {
		problem(ev, record, t->col,
			"\"%.*s\" is void lookup number %d (%s has no address): more than %d "
			"lookups that find nothing is a permerror (RFC 7208 4.6.4)",
			(int)t->len, t->text, ev->voids, name, MF_SPF_MAX_VOID_LOOKUPS);
		return R_PERM;
	}
	return 0;
}

/* ---- addresses ---- */

static int cidr_match(const unsigned char *a, const unsigned char *b, int bits)
{
	int bytes = bits / 8, rest = bits % 8;

	if (memcmp(a, b, (size_t)bytes))
		return 0;
	if (rest) {
		unsigned char mask = (unsigned char)(0xff << (8 - rest));
		return (a[bytes] & mask) == (b[bytes] & mask);
	}
	return 1;
}

/* Whether any address of the answer is within the term's CIDR of ip. */
static int answer_matches(const struct mf__dns_answer *a, const struct mf__spf_ip *ip,
			  int cidr4, int cidr6)
{
	for (size_t i = 0; i < a->n; i++) {
		const struct mf__rr *rr = &a->rr[i];
		if (!ip->v6 && rr->type == MF__T_A && rr->len == 4 &&
		    cidr_match(rr->data, ip->b, cidr4 < 0 ? 32 : cidr4))
			return 1;
		if (ip->v6 && rr->type == MF__T_AAAA && rr->len == 16 &&
		    cidr_match(rr->data, ip->b, cidr6 < 0 ? 128 : cidr6))
			return 1;
	}
	return 0;
}

static void reverse_name(const struct mf__spf_ip *ip, char *out, size_t n)
{
	if (!ip->v6) {
		snprintf(out, n, "%u.%u.%u.%u.in-addr.arpa", ip->b[3], ip->b[2], ip->b[1],
			 ip->b[0]);
		return;
	}
	size_t o = 0;
	for (int k = 15; k >= 0; k--)
		o += (size_t)snprintf(out + o, n - o, "%x.%x.", ip->b[k] & 15, ip->b[k] >> 4);
	snprintf(out + o, n - o, "ip6.arpa");
}

/* The client's validated names (RFC 7208 5.5): PTR names whose own
 * addresses include the client, the first 10 only (4.6.4).  DNS errors
 * mean "no name", never an error.  Returns R_PENDING or how many. */
static int validated_names(struct eval *ev, const char **names, int max,
			   const struct mf__dns_answer **ptr_out)
{
	const struct mf__spf_ip *ip = &ev->c->ip;
	char rev[80];
	struct mf__dns_answer *ptr;
	int n = 0, pending = 0;

	reverse_name(ip, rev, sizeof rev);
	ptr = lookup(ev, rev, MF__T_PTR);
	if (ptr_out)
		*ptr_out = ptr;
	if (!ptr)
		return R_PENDING;
	if (ptr->status != MF_DNS_OK)
		return 0;
	for (size_t i = 0; i < ptr->n && i < MF_SPF_MAX_PTR_NAMES; i++) {
		const char *name = (const char *)ptr->rr[i].data;
		struct mf__dns_answer *a;
		if (!name || !*name)
			continue;
		a = lookup(ev, name, ip->v6 ? MF__T_AAAA : MF__T_A);
		if (!a) {
			pending = 1;
			continue;
		}
		if (a->status == MF_DNS_OK && answer_matches(a, ip, -1, -1) && n < max)
			names[n++] = name;
	}
	return pending ? R_PENDING : n;
}

static int name_is_within(const char *name, const char *domain)
{
	size_t nl = strlen(name), dl = strlen(domain);

	if (dl && domain[dl - 1] == '.')
		dl--;
	if (nl == dl)
		return strncasecmp(name, domain, dl) == 0;
	return nl > dl && name[nl - dl - 1] == '.' &&
	       strncasecmp(name + nl - dl, domain, dl) == 0;
}

/* ---- macros ---- */

struct pctx {
	struct eval *ev;
	const char *domain;
	char value[MF__DNS_MAX_NAME + 2];
};

/* %{p} (RFC 7208 7.3): the domain itself if validated, else a validated
 * subdomain of it, else any validated name, else "unknown". */
static int p_value(void *arg, const char **out)
{
	struct pctx *p = arg;
	const char *names[MF_SPF_MAX_PTR_NAMES];
	int n = validated_names(p->ev, names, MF_SPF_MAX_PTR_NAMES, NULL), pick = -1;

	if (n == R_PENDING)
		return 1;
	for (int i = 0; i < n && pick < 0; i++)
		if (strcasecmp(names[i], p->domain) == 0)
			pick = i;
	for (int i = 0; i < n && pick < 0; i++)
		if (name_is_within(names[i], p->domain))
			pick = i;
	if (pick < 0 && n > 0)
		pick = 0;
	snprintf(p->value, sizeof p->value, "%s", pick < 0 ? "unknown" : names[pick]);
	*out = p->value;
	return 0;
}

static void macro_env(struct eval *ev, const char *domain, struct pctx *p,
		      struct mf__spf_macro_env *env)
{
	struct check *c = ev->c;

	p->ev = ev;
	p->domain = domain;
	env->sender = c->sender;
	env->local = c->local;
	env->sender_domain = c->sender_domain;
	env->domain = domain;
	env->helo = c->helo ? c->helo : "";
	env->ip = &c->ip;
	env->receiver = c->st->opt->receiver;
	env->now = c->st->now;
	env->p_value = p_value;
	env->p_arg = p;
}

/* Expand a domain-spec into a name to ask (RFC 7208 7.3: over 253
 * characters, labels are dropped from the left).  Returns 0, R_PENDING,
 * R_PERM (problem set). */
static int expand_domain(struct eval *ev, const char *domain, const char *record,
			 const struct term *t, char *out, size_t outsz)
{
	struct mf__spf_macro_env env;
	struct pctx p;
	struct mf__buf *b;
	size_t off = 0;
	const char *msg = NULL, *s;
	int rc;

	/* Most domain-specs hold no macro (the syntax was checked at parse):
	 * they are the name as written. */
	if (!memchr(t->arg, '%', t->arg_len) && t->arg_len <= MF__DNS_MAX_NAME + 1 &&
	    t->arg_len < outsz) {
		size_t n = t->arg_len;
		if (n && t->arg[n - 1] == '.')
			n--;
		memcpy(out, t->arg, n);
		out[n] = '\0';
		return 0;
	}
	b = scratch(ev);
	macro_env(ev, domain, &p, &env);
	rc = mf__spf_macro_expand(&env, t->arg, t->arg_len, 0, b, &off, &msg);
	if (rc == MF__SPF_MACRO_PENDING)
		return R_PENDING;
	if (rc) {
		problem(ev, record, t->col + (int)(t->arg - t->text) + (int)off,
			"\"%.*s\": %s", (int)t->len, t->text,
			msg ? msg : "the expanded domain is too long");
		return R_PERM;
	}
	s = b->data ? b->data : "";
	{
		size_t n = b->len;
		if (n && s[n - 1] == '.')
			n--;
		while (n > MF__DNS_MAX_NAME) {
			const char *dot = memchr(s, '.', n);
			if (!dot)
				break;
			n -= (size_t)(dot + 1 - s);
			s = dot + 1;
		}
		snprintf(out, outsz, "%.*s", (int)n, s);
	}
	return 0;
}

/* ---- record syntax (RFC 7208 4.6.1, 5, 6, 12) ---- */

static const struct {
	const char *name;
	enum kind kind;
	char arg;       /* 'n' none, 'o' optional domain, 'r' required domain, 'i' IP */
	char cidr;      /* 'n' none, 'd' dual, '4', '6' */
} mechs[] = {
	{"all", K_ALL, 'n', 'n'},     {"include", K_INCLUDE, 'r', 'n'},
	{"a", K_A, 'o', 'd'},         {"mx", K_MX, 'o', 'd'},
	{"ptr", K_PTR, 'o', 'n'},     {"ip4", K_IP4, 'i', '4'},
	{"ip6", K_IP6, 'i', '6'},     {"exists", K_EXISTS, 'r', 'n'},
};

/* "/" ("0" / %x31-39 0*xDIGIT) within max (RFC 7208 12). */
static int parse_cidr(const char *s, size_t n, int max)
{
	int v = 0;

	if (n == 0 || n > 3 || (s[0] == '0' && n > 1))
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v > max ? -1 : v;
}

/* Take "/N" and "//N" off the end of [arg, arg+*len) into t.  Returns
 * NULL or what is wrong. */
static const char *take_cidr(struct term *t, const char *arg, size_t *len, char kind)
{
	size_t n = *len, d;
	const char *msg = NULL;

	for (int round = 0; round < 2; round++) {
		int v;
		d = n;
		while (d > 0 && isdigit((unsigned char)arg[d - 1]))
			d--;
		if (d == 0 || arg[d - 1] != '/')
			break;
		/* On an error *len ends at the "/", so the column points at it. */
		if (d == n) {
			msg = "a \"/\" without a prefix length";
		} else if (d >= 2 && arg[d - 2] == '/' && kind == 'd' && round == 0) {
			v = parse_cidr(arg + d, n - d, 128);
			if (v >= 0) {
				t->cidr6 = v;
				n = d - 2;
				continue;
			}
			msg = "the IPv6 prefix length must be 0 to 128 without leading zeros";
		} else if (d >= 2 && arg[d - 2] == '/') {
			msg = "\"//\" where it does not belong";
		} else if (kind == '6') {
			v = parse_cidr(arg + d, n - d, 128);
			if (v < 0)
				msg = "the IPv6 prefix length must be 0 to 128 without leading zeros";
			t->cidr6 = v;
		} else {
			v = parse_cidr(arg + d, n - d, 32);
			if (v < 0)
				msg = "the IPv4 prefix length must be 0 to 32 without leading zeros";
			t->cidr4 = v;
		}
		n = d - 1;
		break;
	}
	*len = n;
	return msg;
}

static int is_name_char(char c, int first)
{
	return isalpha((unsigned char)c) ||
	       (!first && (isdigit((unsigned char)c) || c == '-' || c == '_' || c == '.'));
}

/* Parse one term; returns NULL or what is wrong (with *bad_off, the
 * offset in the term). */
static const char *parse_term(struct term *t, size_t *bad_off)
{
	const char *s = t->text, *msg;
	size_t n = t->len, i = 0, name_len, arg_len;
	size_t off = 0;

	*bad_off = 0;
	t->cidr4 = t->cidr6 = -1;
	/* modifier = name "=" ... (RFC 7208 6, 12) */
	while (i < n && is_name_char(s[i], i == 0))
		i++;
	if (i > 0 && i < n && s[i] == '=') {
		t->arg = s + i + 1;
		t->arg_len = n - i - 1;
		t->qual = 0;
		if (i == 8 && strncasecmp(s, "redirect", 8) == 0)
			t->kind = K_REDIRECT;
		else if (i == 3 && strncasecmp(s, "exp", 3) == 0)
			t->kind = K_EXP;
		else
			t->kind = K_UNKNOWN_MOD;
		if (t->kind != K_UNKNOWN_MOD) {
			if (t->arg_len == 0) {
				*bad_off = i + 1;
				return "the modifier needs a domain after \"=\" (RFC 7208 6.1, 6.2)";
			}
			if (mf__spf_macro_expand(NULL, t->arg, t->arg_len, 0, NULL, &off, &msg)) {
				*bad_off = i + 1 + off;
				return msg;
			}
			if ((msg = mf__spf_domain_end_problem(t->arg, t->arg_len))) {
				*bad_off = i + 1;
				return msg;
			}
		} else if (mf__spf_macro_expand(NULL, t->arg, t->arg_len, 0, NULL, &off, &msg)) {
			*bad_off = i + 1 + off;
			return msg;
		}
		return NULL;
	}
	/* directive = [ qualifier ] mechanism (RFC 7208 4.6.2) */
	i = 0;
	t->qual = '+';
	if (n && strchr("+-~?", s[0])) {
		t->qual = s[0];
		i = 1;
	}
	name_len = 0;
	while (i + name_len < n && s[i + name_len] != ':' && s[i + name_len] != '/')
		name_len++;
	size_t m;
	for (m = 0; m < MF__ARRAY_LEN(mechs); m++)
		if (strlen(mechs[m].name) == name_len &&
		    strncasecmp(s + i, mechs[m].name, name_len) == 0)
			break;
	if (m == MF__ARRAY_LEN(mechs)) {
		*bad_off = i;
		return "unknown mechanism (RFC 7208 5: all include a mx ptr ip4 ip6 exists)";
	}
	t->kind = mechs[m].kind;
	i += name_len;
	if (i < n && s[i] == ':') {
		if (mechs[m].arg == 'n') {
			*bad_off = i;
			return "this mechanism takes no argument";
		}
		i++;
		t->arg = s + i;
		arg_len = n - i;
	} else {
		if (mechs[m].arg == 'r' || mechs[m].arg == 'i') {
			*bad_off = i;
			return "this mechanism needs \":\" and a value";
		}
		t->arg = NULL;
		arg_len = 0;
		if (i < n && mechs[m].cidr == 'n') {
			*bad_off = i;
			return "this mechanism takes no prefix length";
		}
	}
	if (mechs[m].cidr != 'n') {
		const char *from = t->arg ? t->arg : s + i;
		size_t len = t->arg ? arg_len : n - i;
		if ((msg = take_cidr(t, from, &len, mechs[m].cidr))) {
			*bad_off = (size_t)(from - s) + len;
			return msg;
		}
		if (!t->arg && len) {
			*bad_off = i;
			return "unexpected text after the mechanism";
		}
		arg_len = len;
	}
	t->arg_len = arg_len;
	if (t->kind == K_IP4 || t->kind == K_IP6) {
		char ipbuf[64];
		int af = t->kind == K_IP4 ? 4 : 6;
		if (arg_len == 0 || arg_len >= sizeof ipbuf) {
			*bad_off = (size_t)(t->arg - s);
			return "missing or malformed address";
		}
		memcpy(ipbuf, t->arg, arg_len);
		ipbuf[arg_len] = '\0';
		if (inet_pton(af == 4 ? AF_INET : AF_INET6, ipbuf, t->addr) != 1) {
			*bad_off = (size_t)(t->arg - s);
			return af == 4 ? "not an IPv4 address (ip4: takes a dotted quad, RFC 7208 5.6)"
				       : "not an IPv6 address (RFC 7208 5.6, RFC 4291 2.2)";
		}
		return NULL;
	}
	if (t->arg) {
		if (arg_len == 0) {
			*bad_off = (size_t)(t->arg - s);
			return "empty domain after \":\"";
		}
		if (mf__spf_macro_expand(NULL, t->arg, arg_len, 0, NULL, &off, &msg)) {
			*bad_off = (size_t)(t->arg - s) + off;
			return msg;
		}
		if ((msg = mf__spf_domain_end_problem(t->arg, arg_len))) {
			*bad_off = (size_t)(t->arg - s);
			return msg;
		}
	}
	return NULL;
}

/* ---- check_host() ---- */

static int check_host(struct eval *ev, const char *domain, int depth, int want_exp,
		      struct hres *out);

static const char *spf_strndup(struct eval *ev, const char *s, size_t n)
{
	return mf__arena_strndup(ev->res->arena, s, n);
}

/* RFC 7208 6.2: the explanation of a fail, from exp= or the default. */
static int explain(struct eval *ev, const char *domain, const char *record,
		   const struct term *exp, const char **out)
{
	struct mf__spf_macro_env env;
	struct pctx p;
	struct mf__buf *b;
	size_t off;
	const char *msg, *def;
	int rc;

	macro_env(ev, domain, &p, &env);
	if (exp) {
		char name[MF__DNS_MAX_NAME + 2];
		struct mf__dns_answer *a;
		int saved = ev->problem_set;
		/* exp lookups count toward no limit (4.6.4) and their failures
		 * only cancel the explanation (6.2). */
		ev->problem_set = 1;
		rc = expand_domain(ev, domain, record, exp, name, sizeof name);
		ev->problem_set = saved;
		if (rc == R_PENDING)
			return R_PENDING;
		if (rc == 0 && (a = lookup(ev, name, MF__T_TXT)) == NULL)
			return R_PENDING;
		if (rc == 0 && a->status == MF_DNS_OK && a->n == 1) {
			const struct mf__rr *rr = &a->rr[0];
			int ascii = 1;
			for (size_t k = 0; k < rr->len; k++)
				if (rr->data[k] < 0x20 || rr->data[k] > 0x7e)
					ascii = 0;
			if (ascii) {
				b = scratch(ev);
				rc = mf__spf_macro_expand(&env, (const char *)rr->data, rr->len, 1, b,
							  &off, &msg);
				if (rc == MF__SPF_MACRO_PENDING)
					return R_PENDING;
				if (rc == 0) {
					*out = spf_strndup(ev, b->data ? b->data : "", b->len);
					return 0;
				}
			}
		}
	}
	def = ev->c->st->opt->default_exp ? ev->c->st->opt->default_exp : DEFAULT_EXP;
	b = scratch(ev);
	rc = mf__spf_macro_expand(&env, def, strlen(def), 1, b, &off, &msg);
	if (rc == MF__SPF_MACRO_PENDING)
		return R_PENDING;
	*out = rc == 0 ? spf_strndup(ev, b->data ? b->data : "", b->len)
		       : spf_strndup(ev, def, strlen(def));
	return 0;
}

/* Count one DNS-querying term (RFC 7208 4.6.4). */
static int count_term(struct eval *ev, const char *record, const struct term *t,
		      const char *domain)
{
	ev->lookups++;
	if (ev->lookups > MF_SPF_MAX_DNS_TERMS) {
		problem(ev, record, t->col,
			"\"%.*s\" in the record of %s is DNS-querying term number %d: more than "
			"%d (include, a, mx, ptr, exists, redirect) is a permerror (RFC 7208 "
			"4.6.4); flatten includes or drop unused ones",
			(int)t->len, t->text, domain, ev->lookups, MF_SPF_MAX_DNS_TERMS);
		return R_PERM;
	}
	return 0;
}

static int dns_error(struct eval *ev, const char *record, const struct term *t,
		     const struct mf__dns_answer *a)
{
	problem(ev, record, t->col,
		"\"%.*s\": the DNS lookup of %s %s failed (%s); a DNS error is a temperror "
		"(RFC 7208 4.4, 5), receivers defer the message and retry",
		(int)t->len, t->text, type_name(a->type), a->name,
		mf_dns_status_name(a->status));
	return R_TEMP;
}

static void remember_include(struct check *c, size_t pos, const char *target, int in_l,
			     int in_v, const struct eval *ev, int code)
{
	struct done_include *d;

	if (pos >= c->n_incl) {
		size_t n = pos + 8;
		struct done_include *ni = realloc(c->incl, n * sizeof *ni);
		if (!ni)
			return; /* only a lost shortcut */
		memset(ni + c->n_incl, 0, (n - c->n_incl) * sizeof *ni);
		c->incl = ni;
		c->n_incl = n;
	}
	d = &c->incl[pos];
	free(d->target);
	d->target = strdup(target);
	d->valid = d->target != NULL;
	d->lookups_in = in_l;
	d->voids_in = in_v;
	d->lookups_out = ev->lookups;
	d->voids_out = ev->voids;
	d->code = code;
	d->n_nested = ev->incl_pos - pos - 1;
}

/* Look `target` up for a mechanism and settle what the answer alone
 * decides: not there yet (R_PENDING), a void lookup (4.6.4: counted,
 * no match or permerror past the limit), a DNS error (temperror, 5).
 * Returns R_GO_ON with *ap set when the records must be looked at. */
static int settle(struct eval *ev, const char *record, const struct term *t, const char *target,
		  uint16_t type, struct mf__dns_answer **ap, const char **note)
{
	struct mf__dns_answer *a = lookup(ev, target, type);

	*ap = a;
	if (!a)
		return R_PENDING;
	if (is_void(a)) {
		*note = mf_dns_status_name(a->status);
		return count_void(ev, record, t, target) ? R_PERM : R_NOMATCH;
	}
	if (a->status != MF_DNS_OK)
		return dns_error(ev, record, t, a);
	return R_GO_ON;
}

/* Evaluate one mechanism; returns R_MATCH, R_NOMATCH or an R_ error. */
static int eval_mech(struct eval *ev, const char *domain, const char *record,
		     const struct term *t, int depth, const char **note)
{
	const struct mf__spf_ip *ip = &ev->c->ip;
	char target[MF__DNS_MAX_NAME + 2];
	struct mf__dns_answer *a;
	int rc;

	switch (t->kind) {
	case K_ALL: /* 5.1 */
		return R_MATCH;
	case K_IP4: /* 5.6 */
		return !ip->v6 && cidr_match(t->addr, ip->b, t->cidr4 < 0 ? 32 : t->cidr4)
			       ? R_MATCH : R_NOMATCH;
	case K_IP6: /* 5.6 */
		return ip->v6 && cidr_match(t->addr, ip->b, t->cidr6 < 0 ? 128 : t->cidr6)
			       ? R_MATCH : R_NOMATCH;
	default:
		break;
	}
	if ((rc = count_term(ev, record, t, domain)))
		return rc;
	if (t->arg) {
		if ((rc = expand_domain(ev, domain, record, t, target, sizeof target)))
			return rc;
	} else {
		mf__strlcpy(target, domain, sizeof target);
	}
	switch (t->kind) {
	case K_INCLUDE: { /* 5.2 */
		struct hres inner = {0};
		struct check *c = ev->c;
		size_t pos = ev->incl_pos++;
		struct done_include *d = pos < c->n_incl ? &c->incl[pos] : NULL;
		if (d && d->valid && d->lookups_in == ev->lookups && d->voids_in == ev->voids &&
		    strcmp(d->target, target) == 0 && c->st->opt->no_tree) {
			ev->lookups = d->lookups_out;
			ev->voids = d->voids_out;
			ev->incl_pos += d->n_nested;
			inner.code = d->code;
		} else {
			int in_l = ev->lookups, in_v = ev->voids;
			rc = check_host(ev, target, depth + 1, 0, &inner);
			if (rc == R_PENDING || ev->pending)
				return R_PENDING;
			if (inner.code == MF_SPF_PASS || inner.code == MF_SPF_FAIL ||
			    inner.code == MF_SPF_SOFTFAIL || inner.code == MF_SPF_NEUTRAL)
				remember_include(c, pos, target, in_l, in_v, ev, inner.code);
		}
		switch (inner.code) {
		case MF_SPF_PASS:
			return R_MATCH;
		case MF_SPF_FAIL:
		case MF_SPF_SOFTFAIL:
		case MF_SPF_NEUTRAL:
			return R_NOMATCH;
		case MF_SPF_TEMPERROR:
			return R_TEMP;
		case MF_SPF_NONE:
			problem(ev, record, t->col,
				"\"%.*s\": %s has no SPF record; an include of a domain without "
				"one is a permerror (RFC 7208 5.2)",
				(int)t->len, t->text, target);
			return R_PERM;
		default:
			return R_PERM;
		}
	}
	case K_A: /* 5.3 */
		if ((rc = settle(ev, record, t, target, ip->v6 ? MF__T_AAAA : MF__T_A, &a, note)) != R_GO_ON)
			return rc;
		return answer_matches(a, ip, t->cidr4, t->cidr6) ? R_MATCH : R_NOMATCH;
	case K_MX: { /* 5.4 */
		int pending = 0;
		if ((rc = settle(ev, record, t, target, MF__T_MX, &a, note)) != R_GO_ON)
			return rc;
		/* 4.6.4: more than 10 MX names is a permerror. */
		if (a->n > MF_SPF_MAX_MX_NAMES) {
			problem(ev, record, t->col,
				"\"%.*s\": %s has %zu MX records; an mx mechanism may look up "
				"at most %d (RFC 7208 4.6.4)",
				(int)t->len, t->text, target, a->n, MF_SPF_MAX_MX_NAMES);
			return R_PERM;
		}
		/* Ask for every exchange's addresses at once. */
		struct mf__dns_answer *hosts[MF_SPF_MAX_MX_NAMES] = {0};
		for (size_t i = 0; i < a->n; i++) {
			const char *mx = (const char *)a->rr[i].data;
			if (!mx || !*mx) /* RFC 7505 null MX: no host */
				continue;
			hosts[i] = lookup(ev, mx, ip->v6 ? MF__T_AAAA : MF__T_A);
			if (!hosts[i])
				pending = 1;
		}
		if (pending)
			return R_PENDING;
		for (size_t i = 0; i < a->n; i++) {
			if (!hosts[i])
				continue;
			if (is_void(hosts[i])) {
				if (count_void(ev, record, t, (const char *)a->rr[i].data))
					return R_PERM;
				continue;
			}
			if (hosts[i]->status != MF_DNS_OK)
				return dns_error(ev, record, t, hosts[i]);
			if (answer_matches(hosts[i], ip, t->cidr4, t->cidr6))
				return R_MATCH;
		}
		return R_NOMATCH;
	}
	case K_PTR: { /* 5.5: discouraged, still evaluated */
		const char *names[MF_SPF_MAX_PTR_NAMES];
		const struct mf__dns_answer *ptr = NULL;
		int n = validated_names(ev, names, MF_SPF_MAX_PTR_NAMES, &ptr);
		if (n == R_PENDING)
			return R_PENDING;
		if (ptr && is_void(ptr)) {
			*note = mf_dns_status_name(ptr->status);
			if (count_void(ev, record, t, ptr->name))
				return R_PERM;
		}
		for (int i = 0; i < n; i++)
			if (name_is_within(names[i], target))
				return R_MATCH;
		return R_NOMATCH;
	}
	case K_EXISTS: /* 5.7: always an A query, whatever the client's family */
		if ((rc = settle(ev, record, t, target, MF__T_A, &a, note)) != R_GO_ON)
			return rc;
		return R_MATCH;
	default:
		return R_NOMATCH;
	}
}

static int qual_result(char q)
{
	switch (q) {
	case '-':
		return MF_SPF_FAIL;
	case '~':
		return MF_SPF_SOFTFAIL;
	case '?':
		return MF_SPF_NEUTRAL;
	default:
		return MF_SPF_PASS;
	}
}

/* RFC 7208 4.3: a name check_host() can look up at all. */
static const char *domain_problem(const char *d)
{
	size_t n = strlen(d), label = 0, labels = 1;

	if (n == 0)
		return "the domain is empty";
	if (d[0] == '[')
		return "a domain literal ([address]) is not a domain name";
	if (d[n - 1] == '.')
		n--;
	if (n > MF__DNS_MAX_NAME)
		return "the domain is longer than 253 characters (RFC 1035 2.3.4)";
	for (size_t i = 0; i < n; i++) {
		if (d[i] == '.') {
			if (label == 0)
				return "the domain has an empty label (\"..\" or a leading dot)";
			label = 0;
			labels++;
		} else if (++label > MF__DNS_MAX_LABEL) {
			return "a label of the domain is longer than 63 characters (RFC 1035 2.3.4)";
		}
	}
	if (label == 0)
		return "the domain has an empty label";
	if (labels < 2)
		return "the domain is a single label, not a fully qualified domain name";
	return NULL;
}

static void drop_terms(struct term *terms, struct term *on_stack, const struct memo *tm)
{
	const struct parsed *pr = tm->a ? tm->a->derived : NULL;

	if (terms != on_stack && !(pr && terms == pr->terms))
		free(terms);
}

static int check_host(struct eval *ev, const char *domain, int depth, int want_exp,
		      struct hres *out)
{
	struct mf__dns_answer *txt;
	struct memo *tm;
	const struct mf__rr *chosen = NULL;
	struct term *terms = NULL;
	const struct term *redirect = NULL, *exp = NULL;
	const char *record, *why;
	size_t n_terms = 0, n_spf = 0, max_terms;
	struct term stack_terms[40];
	long rec_step;
	int has_all = 0, rc, code = -1;

	out->code = MF_SPF_NEUTRAL;
	out->term = NULL;
	out->domain = spf_strndup(ev, domain, strlen(domain));
	out->exp = NULL;
	if (depth > MAX_DEPTH) {
		problem(ev, NULL, 0, "includes and redirects nest deeper than %d", MAX_DEPTH);
		out->code = MF_SPF_PERMERROR;
		return 0;
	}
	/* 4.3: a malformed domain gives "none" without any lookup. */
	if ((why = domain_problem(domain))) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "none", why);
		if (depth == 0 && *domain)
			problem(ev, NULL, 0, "%s: %s (RFC 7208 4.3)", domain, why);
		else if (depth == 0)
			problem(ev, NULL, 0, "%s (RFC 7208 4.3)", why);
		out->code = MF_SPF_NONE;
		return 0;
	}
	/* 4.4: the record lookup. */
	tm = lookup_entry(ev, domain, MF__T_TXT);
	if (!tm)
		return R_PENDING;
	txt = tm->a;
	if (txt->derived && txt->derived_free == parsed_free) {
		/* Parsed before, by this check or another sharing the answer. */
		const struct parsed *pr = txt->derived;
		record = (const char *)pr->record->data;
		rec_step = step_index(ev, add_step(ev, depth, domain, NULL, 0, record));
		terms = pr->terms;
		n_terms = pr->n_terms;
		redirect = pr->redirect >= 0 ? &terms[pr->redirect] : NULL;
		exp = pr->exp >= 0 ? &terms[pr->exp] : NULL;
		has_all = pr->has_all;
		goto evaluate;
	}
	if (txt->status == MF_DNS_NXDOMAIN || txt->status == MF_DNS_NODATA ||
	    txt->status == MF_DNS_CNAME_LOOP) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "none",
			 txt->status == MF_DNS_NXDOMAIN ? "the domain does not exist (NXDOMAIN)"
							: "the domain has no TXT record");
		out->code = MF_SPF_NONE;
		return 0;
	}
	if (txt->status != MF_DNS_OK) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "temperror", mf_dns_status_name(txt->status));
		problem(ev, NULL, 0,
			"the TXT lookup of %s failed (%s): the record cannot be read, which is a "
			"temperror (RFC 7208 4.4); receivers defer and retry",
			domain, mf_dns_status_name(txt->status));
		out->code = MF_SPF_TEMPERROR;
		return 0;
	}
	/* 4.5: exactly one record starting "v=spf1" then space or end. */
	for (size_t i = 0; i < txt->n; i++) {
		const struct mf__rr *rr = &txt->rr[i];
		if (rr->len >= 6 && strncasecmp((const char *)rr->data, "v=spf1", 6) == 0 &&
		    (rr->len == 6 || rr->data[6] == ' ')) {
			n_spf++;
			chosen = rr;
		}
	}
	if (n_spf == 0) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "none",
			 "no TXT record starts with \"v=spf1\" (RFC 7208 4.5)");
		out->code = MF_SPF_NONE;
		return 0;
	}
	if (n_spf > 1) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "permerror", "more than one v=spf1 record");
		problem(ev, NULL, 0,
			"%s publishes %zu TXT records starting with \"v=spf1\"; exactly one is "
			"allowed, more is a permerror (RFC 7208 4.5): merge them into one",
			domain, n_spf);
		out->code = MF_SPF_PERMERROR;
		return 0;
	}
	if (chosen->len > MAX_RECORD_LEN) {
		struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, NULL);
		step_set(ev, step_index(ev, s), "permerror", "record too long");
		problem(ev, NULL, 0,
			"the SPF record of %s is %u bytes long, past the %d mailfix reads; "
			"receivers often fail such answers too (RFC 7208 3.4 advises staying "
			"under 450 bytes)",
			domain, chosen->len, MAX_RECORD_LEN);
		out->code = MF_SPF_PERMERROR;
		return 0;
	}
	/* 3.1 / 4.6: the record is 7-bit ASCII text. */
	for (uint32_t k = 0; k < chosen->len; k++) {
		unsigned char ch = chosen->data[k];
		if (ch < 0x20 || ch > 0x7e) {
			char shown[MAX_RECORD_LEN + 1];
			size_t o = 0;
			for (uint32_t j = 0; j < chosen->len && o < sizeof shown - 1; j++)
				shown[o++] = chosen->data[j] >= 0x20 && chosen->data[j] < 0x7f
						     ? (char)chosen->data[j] : '?';
			shown[o] = '\0';
			struct mf_spf_step *s = add_step(ev, depth, domain, NULL, 0, shown);
			step_set(ev, step_index(ev, s), "permerror", "non-ASCII byte");
			problem(ev, shown, (int)k + 1,
				"the SPF record of %s holds byte 0x%02X at column %u; records are "
				"7-bit ASCII text, anything else is a permerror (RFC 7208 3.1, 4.6)",
				domain, ch, k + 1);
			out->code = MF_SPF_PERMERROR;
			return 0;
		}
	}
	record = (const char *)chosen->data; /* NUL-terminated, lives with tm */
	rec_step = step_index(ev, add_step(ev, depth, domain, NULL, 0, record));
	/* 4.6: parse everything first; a syntax error anywhere is a permerror
	 * before anything is evaluated. */
	{
		/* Terms are separated by spaces: at most half the bytes, plus one. */
		size_t most = chosen->len / 2 + 1;
		max_terms = most < MAX_TERMS ? most : MAX_TERMS;
		terms = max_terms <= MF__ARRAY_LEN(stack_terms)
				? stack_terms
				: malloc(max_terms * sizeof *terms);
	}
	if (!terms) {
		out->code = MF_SPF_TEMPERROR;
		problem(ev, NULL, 0, "out of memory");
		return 0;
	}
	for (size_t i = 6; i < chosen->len;) {
		size_t j;
		const char *msg;
		size_t bad;
		if (record[i] == ' ') {
			i++;
			continue;
		}
		j = i;
		while (j < chosen->len && record[j] != ' ')
			j++;
		if (n_terms == max_terms) {
			problem(ev, record, (int)i + 1, "the record of %s has more than %d terms",
				domain, MAX_TERMS);
			code = MF_SPF_PERMERROR;
			break;
		}
		struct term *t = &terms[n_terms++];
		memset(t, 0, sizeof *t);
		t->text = record + i;
		t->len = j - i;
		t->col = (int)i + 1;
		if ((msg = parse_term(t, &bad))) {
			problem(ev, record, t->col + (int)bad,
				"syntax error in the record of %s at column %d, term \"%.*s\": %s; "
				"a syntax error anywhere makes the whole record a permerror "
				"(RFC 7208 4.6)",
				domain, t->col + (int)bad, (int)t->len, t->text, msg);
			code = MF_SPF_PERMERROR;
			break;
		}
		if (t->kind == K_REDIRECT || t->kind == K_EXP) {
			const struct term **slot = t->kind == K_REDIRECT ? &redirect : &exp;
			if (*slot) {
				problem(ev, record, t->col,
					"the record of %s has more than one %s= modifier; each may "
					"appear once, more is a permerror (RFC 7208 6)",
					domain, t->kind == K_REDIRECT ? "redirect" : "exp");
				code = MF_SPF_PERMERROR;
				break;
			}
			*slot = t;
		}
		if (t->kind == K_ALL)
			has_all = 1;
		i = j;
	}
	if (code != MF_SPF_PERMERROR && !txt->derived) {
		/* Keep the parse with the answer for the next runs and checks. */
		struct parsed *pr = malloc(sizeof *pr);
		struct term *keep = !pr ? NULL
			: terms != stack_terms ? terms : malloc(n_terms * sizeof *terms + 1);
		if (!keep)
			free(pr);
		if (keep) {
			if (keep != terms)
				memcpy(keep, terms, n_terms * sizeof *terms);
			for (size_t i = 0; i < n_terms; i++) {
				if (terms[i].kind == K_REDIRECT)
					redirect = &keep[i];
				else if (terms[i].kind == K_EXP)
					exp = &keep[i];
			}
			pr->record = chosen;
			pr->terms = keep;
			pr->n_terms = n_terms;
			pr->redirect = redirect ? redirect - keep : -1;
			pr->exp = exp ? exp - keep : -1;
			pr->has_all = has_all;
			txt->derived = pr;
			txt->derived_free = parsed_free;
			terms = keep;
		}
	}
	if (code == MF_SPF_PERMERROR) {
		step_set(ev, rec_step, "permerror", "syntax error");
		out->code = code;
		drop_terms(terms, stack_terms, tm);
		return 0;
	}
evaluate:
	/* 4.6.2: mechanisms left to right; the first match decides. */
	for (size_t i = 0; i < n_terms; i++) {
		const struct term *t = &terms[i];
		const char *note = NULL;
		long sidx;
		if (t->kind == K_REDIRECT || t->kind == K_EXP || t->kind == K_UNKNOWN_MOD)
			continue;
		sidx = step_index(ev, add_step(ev, depth, domain, t->text, t->len, NULL));
		rc = eval_mech(ev, domain, record, t, depth, &note);
		if (rc == R_PENDING || ev->pending) {
			drop_terms(terms, stack_terms, tm);
			return R_PENDING;
		}
		if (rc == R_PERM || rc == R_TEMP) {
			step_set(ev, sidx, rc == R_PERM ? "permerror" : "temperror", note);
			step_set(ev, rec_step, rc == R_PERM ? "permerror" : "temperror", NULL);
			out->code = rc == R_PERM ? MF_SPF_PERMERROR : MF_SPF_TEMPERROR;
			out->term = spf_strndup(ev, t->text, t->len);
			drop_terms(terms, stack_terms, tm);
			return 0;
		}
		step_set(ev, sidx, rc == R_MATCH ? "match" : (note ? "void" : "no match"), note);
		if (rc == R_MATCH) {
			code = qual_result(t->qual);
			out->term = spf_strndup(ev, t->text, t->len);
			break;
		}
	}
	if (code < 0 && redirect && !has_all) {
		/* 6.1: no mechanism matched: evaluate the redirect target; its
		 * result (with its own exp=) is ours, "none" is a permerror. */
		char target[MF__DNS_MAX_NAME + 2];
		struct hres inner = {0};
		long sidx = step_index(ev, add_step(ev, depth, domain, redirect->text,
						    redirect->len, NULL));
		if ((rc = count_term(ev, record, redirect, domain)) ||
		    (rc = expand_domain(ev, domain, record, redirect, target, sizeof target))) {
			drop_terms(terms, stack_terms, tm);
			if (rc == R_PENDING)
				return R_PENDING;
			step_set(ev, sidx, "permerror", NULL);
			step_set(ev, rec_step, "permerror", NULL);
			out->code = MF_SPF_PERMERROR;
			out->term = spf_strndup(ev, redirect->text, redirect->len);
			return 0;
		}
		rc = check_host(ev, target, depth + 1, want_exp, &inner);
		if (rc == R_PENDING || ev->pending) {
			drop_terms(terms, stack_terms, tm);
			return R_PENDING;
		}
		if (inner.code == MF_SPF_NONE) {
			problem(ev, record, redirect->col,
				"\"%.*s\": %s has no SPF record (or is not a valid domain); a "
				"redirect to such a domain is a permerror (RFC 7208 6.1)",
				(int)redirect->len, redirect->text, target);
			inner.code = MF_SPF_PERMERROR;
			inner.term = spf_strndup(ev, redirect->text, redirect->len);
			inner.domain = out->domain;
		}
		step_set(ev, sidx, mf_spf_code_name(inner.code), NULL);
		step_set(ev, rec_step, mf_spf_code_name(inner.code), NULL);
		*out = inner;
		drop_terms(terms, stack_terms, tm);
		return 0;
	}
	if (code < 0)
		code = MF_SPF_NEUTRAL; /* 4.7: nothing matched, no redirect */
	out->code = code;
	step_set(ev, rec_step, mf_spf_code_name(code), out->term ? NULL : "no term matched");
	if (code == MF_SPF_FAIL && want_exp) {
		const char *e = NULL;
		rc = explain(ev, domain, record, exp, &e);
		if (rc == R_PENDING || ev->pending) {
			drop_terms(terms, stack_terms, tm);
			return R_PENDING;
		}
		out->exp = e;
	}
	drop_terms(terms, stack_terms, tm);
	return 0;
}

/* ---- result texts ---- */

static const char *receiver_action(int code)
{
	switch (code) {
	case MF_SPF_PASS:
		return "accepts the client as authorized for the domain; DMARC can use this "
		       "pass when the domain aligns with the From header";
	case MF_SPF_FAIL:
		return "rejects the message (550 5.7.23, RFC 7208 8.4, RFC 7372) or, under a "
		       "DMARC policy, counts SPF as failed; the fix is on the domain's DNS or "
		       "the sending route";
	case MF_SPF_SOFTFAIL:
		return "accepts the message but marks it suspicious (RFC 7208 8.5): spam "
		       "scoring goes up and DMARC counts SPF as failed";
	case MF_SPF_NEUTRAL:
		return "treats the result like none (RFC 7208 8.2): no SPF verdict, DMARC "
		       "needs an aligned DKIM signature";
	case MF_SPF_NONE:
		return "has no SPF verdict (RFC 7208 8.1): many providers score mail without "
		       "SPF as suspicious, and DMARC needs an aligned DKIM signature";
	case MF_SPF_TEMPERROR:
		return "defers the message with a 4xx reply (451 4.4.3, RFC 7208 8.6) and the "
		       "sender retries later";
	case MF_SPF_PERMERROR:
		return "treats the domain's SPF as broken (RFC 7208 8.7): many reject "
		       "(550 5.5.2) or treat it as fail, and DMARC counts SPF as failed";
	}
	return "";
}

static void build_result(struct eval *ev, int code, const struct hres *h)
{
	struct mf_spf_result *r = &ev->res->pub;
	struct check *c = ev->c;
	struct mf__arena *ar = ev->res->arena;

	r->code = code;
	r->identity = c->helo_identity ? "helo" : "mailfrom";
	r->sender = mf__arena_strndup(ar, c->sender, strlen(c->sender));
	r->domain = mf__arena_strndup(ar, c->domain, strlen(c->domain));
	r->mechanism = h->term;
	r->decided_in = h->term ? h->domain : NULL;
	r->n_lookups = ev->lookups;
	r->n_void = ev->voids;
	r->n_queries = c->n_queries;
	r->receiver = receiver_action(code);
	switch (code) {
	case MF_SPF_FAIL:
		r->explanation = h->exp ? h->exp : "";
		break;
	case MF_SPF_PASS:
		r->explanation = mf__arena_printf(ar, "%s matched in the record of %s: %s is "
						  "authorized to send for %s",
						  h->term, h->domain, c->ip.text, c->domain);
		break;
	case MF_SPF_SOFTFAIL:
		r->explanation = mf__arena_printf(ar, "%s matched in the record of %s: %s is "
						  "probably not authorized to send for %s",
						  h->term, h->domain, c->ip.text, c->domain);
		break;
	case MF_SPF_NEUTRAL:
		r->explanation = h->term ? mf__arena_printf(ar, "%s matched in the record of "
							"%s: the domain makes no assertion "
							"about %s", h->term, h->domain,
							c->ip.text)
					 : mf__arena_printf(ar, "no term of the record of %s "
							"matched %s and there is no redirect=: "
							"the result is neutral (RFC 7208 4.7)",
							h->domain, c->ip.text);
		break;
	case MF_SPF_NONE:
		r->explanation = r->problem ? r->problem
					    : mf__arena_printf(ar, "%s publishes no SPF record "
							       "(RFC 7208 4.5)", c->domain);
		break;
	default:
		r->explanation = r->problem ? r->problem : mf_spf_code_name(code);
		break;
	}
}

/* ---- running checks ---- */

static void check_free(struct check *c)
{
	for (struct memo *m = c->memo, *n; m; m = n) {
		n = m->next;
		mf__dns_answer_unref(m->a);
		free(m->name);
		free(m);
	}
	mf__buf_free(&c->scratch);
	for (size_t i = 0; i < c->n_incl; i++)
		free(c->incl[i].target);
	free(c->incl);
	mf_spf_result_free(c->res ? &c->res->pub : NULL);
	free(c->sender);
	free(c->local);
	free(c->sender_domain);
	free(c->helo);
	free(c->domain);
	free(c);
}

static struct mf__spf_result_impl *result_new(void)
{
	struct mf__spf_result_impl *r = calloc(1, sizeof *r);

	/* small first: a bulk answer needs a few hundred bytes */
	if (r && !(r->arena = mf__arena_new(1024, 0))) {
		free(r);
		r = NULL;
	}
	return r;
}

/* Empty a result for the next run, keeping its memory. */
static void result_reset(struct mf__spf_result_impl *r)
{
	struct mf_spf_step *steps = r->pub.steps;

	mf__arena_reset(r->arena);
	memset(&r->pub, 0, sizeof r->pub);
	r->pub.steps = steps;
}

void mf_spf_result_free(struct mf_spf_result *res)
{
	struct mf__spf_result_impl *r = (struct mf__spf_result_impl *)res;

	if (!r)
		return;
	free(r->pub.steps);
	mf__arena_free(r->arena);
	free(r);
}

static void run_check(struct check *c)
{
	struct eval ev = {0};
	struct hres h = {0};
	int rc;

	ev.c = c;
	if (c->res)
		result_reset(c->res);
	else if (!(c->res = result_new())) {
		finish(c, NULL);
		return;
	}
	ev.res = c->res;
	rc = check_host(&ev, c->domain, 0, 1, &h);
	if (rc == R_PENDING || ev.pending) {
		if (c->waiting == 0) {
			/* Nothing in flight yet something missing: only out of
			 * memory gets here; end as temperror, never hang. */
			result_reset(ev.res);
			ev.pending = 0;
			ev.problem_set = 0;
			problem(&ev, NULL, 0, "out of memory while evaluating");
			h.code = MF_SPF_TEMPERROR;
			h.term = NULL;
			build_result(&ev, MF_SPF_TEMPERROR, &h);
			c->res = NULL;
			finish(c, ev.res);
		}
		return;
	}
	build_result(&ev, h.code, &h);
	c->res = NULL;
	finish(c, ev.res);
}

static void finish(struct check *c, struct mf__spf_result_impl *res)
{
	struct stream *st = c->st;
	struct mf_error err = {0};

	if (c->prev)
		c->prev->next = c->next;
	else
		st->live = c->next;
	if (c->next)
		c->next->prev = c->prev;
	st->active--;
	if (!res)
		mf__fail(&err, MF_ENOMEM, NULL, NULL, "out of memory");
	st->done(st->user, c->tag, res ? &res->pub : NULL, res ? NULL : &err);
	check_free(c);
}

/* Set up a check from a request; returns 0 or an error (err filled). */
static int check_new(struct stream *st, const struct mf_spf_request *req, void *tag,
		     struct check **out, struct mf_error *err)
{
	struct check *c;
	const char *sender = req->sender && *req->sender ? req->sender : NULL;
	const char *at;

	*out = NULL;
	if (!req->ip || !*req->ip)
		return mf__fail(err, MF_EINPUT, "ip", "give the connecting client's address",
				"the request has no \"ip\"");
	c = calloc(1, sizeof *c);
	if (!c)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (mf__spf_ip_parse(req->ip, &c->ip)) {
		free(c);
		return mf__fail(err, MF_EINPUT, "ip", "write it as 192.0.2.1 or 2001:db8::1",
				"\"%.64s\" is not an IPv4 or IPv6 address", req->ip);
	}
	if (!sender && (!req->helo || !*req->helo)) {
		free(c);
		return mf__fail(err, MF_EINPUT, "sender",
				"give the MAIL FROM address, or the HELO name for a bounce",
				"the request has neither a sender nor a HELO name");
	}
	if (req->helo && strlen(req->helo) > 1024) {
		free(c);
		return mf__fail(err, MF_EINPUT, "helo", NULL, "the HELO name is over 1024 bytes");
	}
	if (sender && strlen(sender) > 1024) {
		free(c);
		return mf__fail(err, MF_EINPUT, "sender", NULL, "the sender is over 1024 bytes");
	}
	c->st = st;
	c->tag = tag;
	mf__buf_init(&c->scratch, 8192);
	c->helo = strdup(req->helo ? req->helo : "");
	if (sender) {
		/* RFC 7208 4.3: no local part means "postmaster". */
		at = strrchr(sender, '@');
		if (at) {
			c->local = at == sender ? strdup("postmaster")
						: strndup(sender, (size_t)(at - sender));
			c->domain = strdup(at + 1);
		} else {
			c->local = strdup("postmaster");
			c->domain = strdup(sender);
		}
	} else {
		/* 2.3: the HELO identity, checked as postmaster@helo. */
		c->helo_identity = 1;
		c->local = strdup("postmaster");
		c->domain = strdup(req->helo);
	}
	if (c->local && c->domain) {
		size_t n = strlen(c->local) + strlen(c->domain) + 2;
		c->sender = malloc(n);
		if (c->sender)
			snprintf(c->sender, n, "%s@%s", c->local, c->domain);
		c->sender_domain = strdup(c->domain);
	}
	if (!c->helo || !c->local || !c->domain || !c->sender || !c->sender_domain) {
		check_free(c);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	*out = c;
	return 0;
}

int mf_spf_check_stream(struct mf_dns *dns, const struct mf_spf_options *opt,
			mf_spf_next_fn next, mf_spf_done_fn done, void *user,
			struct mf_error *err)
{
	struct mf_spf_options none = {0};
	struct stream st = {0};
	size_t max;
	int eof = 0, idle_waits = 0;

	if (!dns || !next || !done)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_spf_check_stream: missing argument");
	if (!opt)
		opt = &none;
	st.dns = dns;
	st.opt = opt;
	st.done = done;
	st.user = user;
	st.now = opt->now ? opt->now : (long long)time(NULL);
	max = opt->max_in_flight ? opt->max_in_flight : 32;
	for (;;) {
		int r = 1;
		while (!eof && st.active < max) {
			struct mf_spf_request req = {0};
			struct mf_error e = {0};
			struct check *c;
			void *tag = NULL;
			r = next(user, &req, &tag);
			if (r == 0) {
				eof = 1;
				break;
			}
			if (r < 0)
				break;
			if (check_new(&st, &req, tag, &c, &e)) {
				done(user, tag, NULL, &e);
				continue;
			}
			c->next = st.live;
			if (st.live)
				st.live->prev = c;
			st.live = c;
			st.active++;
			run_check(c);
		}
		if (st.active == 0) {
			if (eof)
				break;
			if (r < 0 && ++idle_waits > 2)
				return mf__fail(err, MF_EINVAL, NULL, NULL,
						"the request source said \"not now\" with nothing "
						"in flight");
			continue;
		}
		idle_waits = 0;
		mf__dns_run(dns, -1);
	}
	return 0;
}

struct one {
	const struct mf_spf_request *req;
	int given;
	struct mf_spf_result *res;
	struct mf_error err;
	int failed;
};

static int one_next(void *user, struct mf_spf_request *req, void **tag)
{
	struct one *o = user;

	if (o->given)
		return 0;
	o->given = 1;
	*req = *o->req;
	*tag = NULL;
	return 1;
}

static void one_done(void *user, void *tag, struct mf_spf_result *res,
		     const struct mf_error *err)
{
	struct one *o = user;

	o->res = res;
	if (!res) {
		o->failed = 1;
		o->err = *err;
	}
}

int mf_spf_check(struct mf_dns *dns, const struct mf_spf_request *req,
		 const struct mf_spf_options *opt, struct mf_spf_result **out,
		 struct mf_error *err)
{
	struct one o = {0};
	int rc;

	*out = NULL;
	o.req = req;
	rc = mf_spf_check_stream(dns, opt, one_next, one_done, &o, err);
	if (rc)
		return rc;
	if (o.failed) {
		if (err)
			*err = o.err;
		return o.err.code ? o.err.code : MF_EINPUT;
	}
	*out = o.res;
	return 0;
}
