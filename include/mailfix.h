/*
 * mailfix.h: the public API of libmailfix, which finds out why sending
 * email fails and says what to do about it.  The `mailfix` command and
 * `mailfix serve` are clients of this header and of nothing else.
 *
 * Conventions: every function taking `struct mf_error *err` accepts NULL
 * there; functions return 0 on success and a negative MF_E* code on
 * failure; whoever calls a _new function calls the matching _free, and
 * _free(NULL) does nothing.  A diagnosis (a 550 bounce, an SPF fail) is a
 * result, never an error: errors mean mailfix could not do its job.
 */
#ifndef MAILFIX_H
#define MAILFIX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MF_VERSION "0.1.0"

/* Error codes: X(code, name, message).  Names are stable (they appear in
 * JSON "code" fields); messages are for people. */
#define MF_ERR_MAP(X)                                                       \
	X(-1, "nomem", "out of memory")                                     \
	X(-2, "invalid-argument", "invalid argument")                      \
	X(-3, "bad-data", "the knowledge data is invalid")                 \
	X(-4, "io", "cannot read input")                                   \
	X(-5, "too-large", "input is too large")                           \
	X(-6, "bad-utf8", "input is not valid UTF-8")                      \
	X(-7, "nul-byte", "input contains a NUL byte")                     \
	X(-8, "empty", "input is empty")                                   \
	X(-9, "unknown-provider", "unknown provider")                      \
	X(-10, "bad-json", "input is not valid JSON")                      \
	X(-11, "engine", "the pattern engine failed")                      \
	X(-12, "bad-input", "input is malformed")                          \
	X(-13, "dns", "DNS failure")                                       \
	X(-14, "unsupported", "not supported")

enum mf_code {
	MF_OK = 0,
	MF_ENOMEM = -1,
	MF_EINVAL = -2,
	MF_EDATA = -3,
	MF_EIO = -4,
	MF_ETOOBIG = -5,
	MF_EUTF8 = -6,
	MF_ENUL = -7,
	MF_EEMPTY = -8,
	MF_EPROVIDER = -9,
	MF_EJSON = -10,
	MF_EENGINE = -11,
	MF_EINPUT = -12,
	MF_EDNS = -13,
	MF_EUNSUPPORTED = -14,
};

/* What went wrong, in the user's terms.  Filled when a caller passes one. */
struct mf_error {
	int code;            /* one of enum mf_code */
	char message[512];   /* what happened */
	char hint[256];      /* what to do about it, or "" */
	char where[256];     /* file:line, rule id, byte offset or DNS name, or "" */
};

/* Stable short name ("bad-utf8") and generic message of a code. */
const char *mf_code_name(int code);
const char *mf_code_message(int code);

/* ---- context ------------------------------------------------------- */

struct mf_ctx;

struct mf_ctx_options {
	/* Directory to load the knowledge data from instead of the copy
	 * embedded at build time; NULL for the embedded data. */
	const char *data_dir;
	/* Directory where the databases compiled from data_dir's data are
	 * kept (made, mode 0700, if missing), so that only the first start
	 * with that data compiles them (seconds) and later starts read them
	 * (milliseconds); NULL: compile at every start.  Files are named by
	 * the data, the build and the CPU; one that does not fit is ignored
	 * and written anew; the few most recently used are kept.  Not used
	 * for the embedded data, whose databases are in the binary. */
	const char *cache_dir;
};

/* Load and validate the knowledge data and compile the pattern database.
 * On success *out owns a context, read-only from then on and safe to
 * share between threads; free it with mf_ctx_free.  Errors: MF_EDATA
 * (with the file and record in err->where), MF_EIO, MF_ENOMEM, MF_EENGINE. */
int mf_ctx_new(struct mf_ctx **out, const struct mf_ctx_options *opt,
	       struct mf_error *err);
void mf_ctx_free(struct mf_ctx *ctx);

/* Number of rules compiled into the pattern database (for diagnostics). */
size_t mf_ctx_rule_count(const struct mf_ctx *ctx);

/* Whether a provider profile with this id is loaded. */
int mf_ctx_has_provider(const struct mf_ctx *ctx, const char *provider_id);

/* ---- route: name the cause of a sending failure --------------------- */

/* Longest query route accepts, in bytes. */
#define MF_ROUTE_MAX_QUERY (64 * 1024)

/* MF_LANG_ZH: Chinese in simplified characters; MF_LANG_ZH_HANT: in
 * traditional ones.  AUTO: route answers in the query's language and
 * writing; explain in English. */
enum mf_lang { MF_LANG_AUTO = 0, MF_LANG_EN, MF_LANG_ZH, MF_LANG_ZH_HANT };

/* The language a name asks for: "auto", "en", "zh" (also "zh-Hans",
 * "zh-CN", "zh-SG") or "zh-Hant" (also "zh-TW", "zh-HK", "zh-MO"), any
 * case.  Returns 0, or -1 for any other name (*out unchanged). */
int mf_lang_from_name(const char *name, enum mf_lang *out);

struct mf_route_request {
	const char *query;     /* UTF-8 text, need not be NUL-terminated */
	size_t query_len;
	const char *provider;  /* provider profile id; NULL = the one the query
				* shows to be the sender's own, else "alimail" */
	enum mf_lang lang;     /* answer language; AUTO follows the query */
};

/* One piece of evidence: a rule and the span of the query it matched,
 * in byte offsets of the original query text. */
struct mf_evidence {
	const char *rule;      /* rule id (borrowed from the context) */
	const char *text;      /* the matched words (owned by the answer) */
	size_t start, end;
};

/* An SMTP reply found in the query (RFC 5321 code, RFC 3463 status). */
struct mf_smtp_reply {
	char code[4];          /* "550", or "" */
	char status[16];       /* "5.7.26", or "" */
	const char *text;      /* the server's words (owned by the answer) */
};

/* Something the query names: a mail program or library, an error code of
 * one, a protocol, a server host or a port. */
struct mf_mention {
	const char *kind;      /* "program", "error-code", "protocol", "host", "port" */
	const char *name;      /* "Outlook", "0x800CCC0E" ... (borrowed) */
	const char *meaning;   /* what the code means, in the answer's language, or NULL */
	const char *text;      /* the words of the query (owned by the answer) */
	size_t start, end;
};

struct mf_alternative {
	const char *path;      /* borrowed from the context */
	double score;
};

/* A route answer.  Every pointer is valid until mf_answer_free; strings
 * borrowed from the context stay valid while the context lives. */
struct mf_answer {
	const char *path;      /* "email-delivery", "service" or "configuration" */
	const char *skill;
	const char *cause;     /* fine-grained cause id, or NULL */
	const char *side;      /* sender account client recipient network unknown */
	const char *lang;      /* "en", "zh" or "zh-Hant": the language of the texts below */
	const char *provider;
	double confidence;     /* 0..1, calibrated on the labelled corpus */
	int is_default;        /* 1 when nothing pointed anywhere (tree default) */
	const char *title;     /* the cause's (or path's) title */
	struct mf_evidence *evidence;
	size_t n_evidence;
	const char **steps;    /* what to do, in order */
	size_t n_steps;
	const char **limitations;
	size_t n_limitations;
	const char **notes;    /* provider corrections ("the documentation says ...") */
	size_t n_notes;
	struct mf_alternative *alternatives; /* other paths, best first */
	size_t n_alternatives;
	struct mf_smtp_reply *replies; /* SMTP replies quoted in the query */
	size_t n_replies;
	struct mf_mention *mentions;   /* programs, codes, hosts, ports named */
	size_t n_mentions;
	const char *provider_name;     /* the profile's name in the answer's language
					  ("Tencent Exmail", "腾讯企业邮箱") */
};

/* Route one query.  Thread-safe: many threads may call it at once on one
 * context.  On success *out owns an answer (free with mf_answer_free).
 * Errors: MF_EEMPTY, MF_ETOOBIG, MF_EUTF8, MF_ENUL (err->where gives the
 * byte offset), MF_EPROVIDER, MF_ENOMEM, MF_EENGINE. */
int mf_route(const struct mf_ctx *ctx, const struct mf_route_request *req,
	     struct mf_answer **out, struct mf_error *err);
void mf_answer_free(struct mf_answer *answer);

/* Render an answer as one line of JSON (INTERFACE.md "Answer of route").
 * `id_json` is the JSON text of the request id to echo, or NULL.  Returns
 * a malloc'd NUL-terminated string the caller frees with free(), or NULL
 * when out of memory. */
char *mf_answer_to_json(const struct mf_answer *answer, const char *id_json);

/* Render an answer for a terminal; `color` adds ANSI colours.  Returns a
 * malloc'd string the caller frees with free(), or NULL (out of memory). */
char *mf_answer_to_text(const struct mf_answer *answer, int color);

/* ---- DNS: one resolver for every live lookup ------------------------ */

/* How a DNS question ended (RFC 1035 4.1.1, RFC 2308): kept apart, never
 * folded into "no record".  X(code, name). */
#define MF_DNS_STATUS_MAP(X)                                                \
	X(0, "ok")          /* records of the asked type */                 \
	X(1, "nodata")      /* the name exists, no record of the type */    \
	X(2, "nxdomain")    /* the name does not exist (RCODE 3) */         \
	X(3, "servfail")    /* RCODE 2 */                                   \
	X(4, "timeout")     /* no answer in time, after every try */        \
	X(5, "truncated")   /* TC set and no complete answer could be had */\
	X(6, "refused")     /* RCODE 5 */                                   \
	X(7, "error")       /* another RCODE, a malformed reply, a network error */ \
	X(8, "cname-loop")  /* the CNAME chain loops or is too long */

enum mf_dns_status {
	MF_DNS_OK = 0,
	MF_DNS_NODATA = 1,
	MF_DNS_NXDOMAIN = 2,
	MF_DNS_SERVFAIL = 3,
	MF_DNS_TIMEOUT = 4,
	MF_DNS_TRUNCATED = 5,
	MF_DNS_REFUSED = 6,
	MF_DNS_ERROR = 7,
	MF_DNS_CNAME_LOOP = 8,
};

/* "nxdomain" for MF_DNS_NXDOMAIN; "?" for an unknown value. */
const char *mf_dns_status_name(int status);
/* The status of a name ("timeout"), or -1. */
int mf_dns_status_from_name(const char *name);
/* RR type number of "TXT", "A" ... (case-insensitive), or -1. */
int mf_dns_type_from_name(const char *name);

/* Fault injection (tests): a question for `name` (any case, trailing dot
 * optional) of `type` (0 = every type) ends with `status` without being
 * asked anywhere. */
struct mf_dns_fault {
	const char *name;
	int type;
	int status;            /* enum mf_dns_status */
};

struct mf_dns_options {
	/* "HOST[:PORT]" (IPv6 as "[ADDR]:PORT") to ask instead of the
	 * system's resolvers; NULL for /etc/resolv.conf. */
	const char *server;
	/* RFC 1035 master files to answer from; when any is given no server
	 * is asked (INTERFACE.md: no SOA needed; names not held: NXDOMAIN). */
	const char *const *zone_files;
	size_t n_zone_files;
	int timeout_ms;        /* per try; 0 = 2000 */
	int tries;             /* per server; 0 = 2 */
	int no_cache;          /* 1: keep no answer past the check that asked it */
	const struct mf_dns_fault *faults;
	size_t n_faults;
};

struct mf_dns;

/* Make a resolver.  Reads the zone files (errors name file and line) or
 * sets up c-ares.  The resolver is single-threaded: one thread uses it at
 * a time.  Free with mf_dns_free.  Errors: MF_EINVAL (a bad server
 * address), MF_EIO, MF_EINPUT (a zone file line), MF_EDNS, MF_ENOMEM. */
int mf_dns_new(struct mf_dns **out, const struct mf_dns_options *opt,
	       struct mf_error *err);
void mf_dns_free(struct mf_dns *dns);

/* Questions sent to servers (or to the zone data) so far; answers from
 * the run cache are not counted. */
unsigned long mf_dns_queries_sent(const struct mf_dns *dns);

/* ---- SPF: RFC 7208 check_host() ------------------------------------ */

enum mf_spf_code {
	MF_SPF_NONE = 0,
	MF_SPF_NEUTRAL,
	MF_SPF_PASS,
	MF_SPF_FAIL,
	MF_SPF_SOFTFAIL,
	MF_SPF_TEMPERROR,
	MF_SPF_PERMERROR,
};

/* "pass", "fail" ... as RFC 7208 2.6 names them. */
const char *mf_spf_code_name(int code);

/* RFC 7208 4.6.4 limits, named as the RFC gives them. */
#define MF_SPF_MAX_DNS_TERMS 10     /* include a mx ptr exists redirect */
#define MF_SPF_MAX_VOID_LOOKUPS 2   /* NXDOMAIN or empty answers */
#define MF_SPF_MAX_MX_NAMES 10      /* address lookups per mx */
#define MF_SPF_MAX_PTR_NAMES 10     /* names validated per ptr / %{p} */

struct mf_spf_request {
	const char *ip;        /* the connecting client, IPv4 or IPv6 text */
	const char *sender;    /* MAIL FROM; "" or NULL: the HELO identity */
	const char *helo;      /* HELO/EHLO name; may be NULL when sender is set */
};

struct mf_spf_options {
	/* Explanation of a fail when the record has no usable exp= (a macro
	 * string, RFC 7208 7); NULL for mailfix's own. */
	const char *default_exp;
	const char *receiver;  /* %{r} (RFC 7208 7.3); NULL: "unknown" */
	long long now;         /* %{t}; 0 = the current time */
	size_t max_in_flight;  /* checks evaluated at once; 0 = 32 */
	int no_tree;           /* 1: leave steps empty (bulk runs that print no tree) */
};

/* One line of the evaluation tree: a record met, or a term evaluated. */
struct mf_spf_step {
	int depth;             /* 0 for the checked domain's record */
	const char *domain;    /* whose record */
	const char *term;      /* the term as written, or NULL for a record line */
	const char *record;    /* the record text (record lines), or NULL */
	const char *outcome;   /* "match", "no match", "void", "pass" ... */
	const char *note;      /* why, or NULL */
	int lookups;           /* DNS-querying terms counted so far (running) */
	int voids;             /* void lookups so far (running) */
};

/* The result of one check.  Every pointer is owned by the result. */
struct mf_spf_result {
	int code;              /* enum mf_spf_code */
	const char *identity;  /* "mailfrom" or "helo" */
	const char *sender;    /* the identity checked, postmaster@ added */
	const char *domain;    /* the domain checked */
	const char *mechanism; /* the top-level term that decided, or NULL */
	const char *decided_in;/* the domain whose record decided, or NULL */
	const char *explanation; /* fail: exp= text or the default; else why */
	const char *problem;   /* permerror/temperror: what is wrong, or NULL */
	const char *problem_record; /* the record holding the bad term, or NULL */
	int problem_column;    /* 1-based column of the bad term in it, or 0 */
	const char *receiver;  /* what a receiver will do with this result */
	int n_lookups;         /* DNS-querying terms (RFC 7208 4.6.4) */
	int n_void;            /* void lookups */
	unsigned long n_queries; /* DNS questions this check asked */
	struct mf_spf_step *steps;
	size_t n_steps;
};

/* Run check_host() for one request, waiting for DNS as needed.  On
 * success *out owns a result (mf_spf_result_free).  A bad request (the
 * IP is not an address, no identity) gives MF_EINPUT with err saying
 * which field; DNS trouble is a result (temperror), not an error. */
int mf_spf_check(struct mf_dns *dns, const struct mf_spf_request *req,
		 const struct mf_spf_options *opt, struct mf_spf_result **out,
		 struct mf_error *err);

/* Many checks at once over one resolver.  `next` is called for the next
 * request whenever a slot is free: it fills *req (strings must live
 * until `done` is called for it) and *tag, and returns 1, or 0 at the end
 * of input, or -1 for "not now" (it is asked again after the next
 * check finishes).  `done` is called once per request, with a result it
 * owns, or with NULL and the error that made the request unanswerable.
 * Returns 0, or a negative MF_E* when the run itself failed. */
typedef int (*mf_spf_next_fn)(void *user, struct mf_spf_request *req, void **tag);
typedef void (*mf_spf_done_fn)(void *user, void *tag, struct mf_spf_result *res,
			       const struct mf_error *err);
int mf_spf_check_stream(struct mf_dns *dns, const struct mf_spf_options *opt,
			mf_spf_next_fn next, mf_spf_done_fn done, void *user,
			struct mf_error *err);

void mf_spf_result_free(struct mf_spf_result *res);

/* INTERFACE.md "Answer of spf": one JSON line (no newline).  `id_json` is
 * the JSON text of the id to echo, or NULL.  `detail` adds the tree and
 * counters.  Returns a malloc'd string, or NULL when out of memory. */
char *mf_spf_result_to_json(const struct mf_spf_result *res, const char *id_json,
			    int detail);
/* For a terminal: result, tree with running counts, problem, what a
 * receiver will do.  malloc'd, or NULL when out of memory. */
char *mf_spf_result_to_text(const struct mf_spf_result *res, int color);
/* ---- check: what a domain's DNS shows ------------------------------ */

/* One thing found in the domain's records (INTERFACE.md "Answer of
 * check").  Ids are stable; texts are in the report's language. */
struct mf_finding {
	const char *id;        /* "spf.provider-missing" (borrowed from the context) */
	const char *severity;  /* "error", "warning" or "info" (borrowed) */
	const char *title;     /* what is wrong and what it does to mail */
	const char *evidence;  /* the record or DNS answer that shows it */
	const char *fix;       /* what to do; with fix_type, the record to publish */
	const char *fix_type;  /* "TXT", "CNAME" or NULL (borrowed) */
	const char *fix_name;  /* where that record goes ("example.com"), or NULL */
	const char *path;      /* troubleshooting path id (borrowed) */
	const char *side;      /* whose side must act (borrowed) */
	const char *cause;     /* route's cause id, or NULL (borrowed) */
};

/* A DNS question the check asked and how it ended. */
struct mf_check_lookup {
	const char *name;      /* the name asked */
	const char *type;      /* "MX", "TXT", "CNAME" (borrowed) */
	const char *status;    /* mf_dns_status_name (borrowed) */
};

/* One record read, by kind: "mx" ("5 mx1.example.net"), "spf", "dmarc",
 * "dkim" ("default: v=DKIM1; ..."), "webmail" ("mail.example.com CNAME
 * qiye.aliyun.com"). */
struct mf_check_record {
	const char *kind;      /* borrowed */
	const char *name;      /* the owner name */
	const char *value;     /* as published (MX: host), TXT strings joined */
	int pref;              /* MX preference, else 0 */
};

struct mf_check_request {
	const char *domain;    /* the domain (or an address: its domain is taken) */
	const char *ip;        /* a sending server's address to evaluate SPF for, or NULL */
	const char *provider;  /* profile id, or NULL to detect it from MX and SPF */
	enum mf_lang lang;     /* language of titles and fixes; AUTO = English */
};

struct mf_check_report {
	const char *domain;
	const char *provider;     /* profile id, or NULL: none given or detected */
	const char *provider_name;/* its name, or NULL */
	int provider_detected;    /* 1: found from the records, 0: given or none */
	const char *lang;         /* "en", "zh" or "zh-Hant" */
	struct mf_finding *findings; /* errors first, then warnings, then info */
	size_t n_findings;
	struct mf_check_record *records;
	size_t n_records;
	struct mf_check_lookup *lookups;
	size_t n_lookups;
	struct mf_spf_result *spf; /* the SPF evaluation for req->ip, or NULL */
	int dns_rounds;           /* answers waited for in turn (the depth of the look) */
	unsigned long dns_queries;/* questions sent (cached answers not counted) */
};

/* Look up what mail needs of a domain (MX, SPF with a full evaluation,
 * DMARC, DKIM at the provider's selectors, the webmail CNAME) over `dns`,
 * and compare it with the provider's profile.  DNS trouble is a finding
 * (the part is not checked), never "no record".  On success *out owns a
 * report (mf_check_report_free).  Errors: MF_EINPUT (not a domain name),
 * MF_EPROVIDER, MF_ENOMEM. */
int mf_check(const struct mf_ctx *ctx, struct mf_dns *dns, const struct mf_check_request *req,
	     struct mf_check_report **out, struct mf_error *err);
void mf_check_report_free(struct mf_check_report *report);
/* INTERFACE.md "Answer of check": one JSON line (no newline).  Returns a
 * malloc'd string, or NULL when out of memory. */
char *mf_check_report_to_json(const struct mf_check_report *report);
/* For a terminal: the findings, worst first, with evidence and fix; the
 * records read.  malloc'd, or NULL when out of memory. */
char *mf_check_report_to_text(const struct mf_check_report *report, int color);

/* The profile to check the sender's domain against beside a route
 * answer: `requested` (the route request's provider) when given, else the
 * answer's profile when the query's words picked one other than the
 * default (the steps and the check then speak of the same service), else
 * NULL (check detects it from MX and SPF).  Borrowed from the answer, the
 * context or the caller. */
const char *mf_answer_check_provider(const struct mf_answer *answer, const char *requested);

/* A route answer with the check report of the sender's domain beside it
 * (`route --check`): in JSON the answer (id_json as mf_answer_to_json
 * takes it) with the whole report under "check"; for a terminal the
 * answer, then the findings that bear on it (its cause's first, then
 * the errors and warnings on its path), then the notes on the check
 * itself (a profile without records).  malloc'd, or NULL when out of
 * memory. */
char *mf_answer_with_check_to_json(const struct mf_answer *answer, const char *id_json,
				   const struct mf_check_report *report);
char *mf_answer_with_check_to_text(const struct mf_answer *answer,
				   const struct mf_check_report *report, int color);
/* An answer's JSON object (any of the _to_json above) with a check
 * report under "check", or, when the check failed (report NULL),
 * {"domain", "error"} with the reason from `failed`.  malloc'd, or NULL
 * when out of memory or answer_json is no JSON object. */
char *mf_check_attach_json(const char *answer_json, const char *domain,
			   const struct mf_check_report *report, const struct mf_error *failed);
struct mf_explanation;
/* The domain `explain --check` looks up for an explanation: the original
 * sender's, when one of its bounces has its cause on the sender's side
 * (SPF, DKIM, DMARC, the domain's reputation), lower case, in `domain`
 * (size bytes), with that bounce's cause and path (the context's ids).
 * 1 when there is one, else 0. */
int mf_explanation_check_domain(const struct mf_explanation *ex, char *domain, size_t size,
				const char **cause, const char **path);
/* What of a check report bears on one cause on one path (route --check,
 * explain --check), for a terminal: "Looked up in DNS: DOMAIN", then the
 * findings of that cause, then the other errors and warnings on the path,
 * each with its fix, or a line saying nothing there bears on it; in the
 * report's language.  malloc'd, or NULL when out of memory. */
char *mf_check_report_bearing_to_text(const struct mf_check_report *report, const char *cause,
				      const char *path, int color);

/* ---- probe: log in to the mail servers as a mail program does ------- */

/* One server to try.  tls: "implicit" (TLS from the first byte: 993, 995,
 * 465), "starttls" (plain, then STARTTLS, which must succeed: 143, 110,
 * 587) or "none". */
struct mf_probe_target {
	const char *protocol;  /* "imap", "pop3" or "smtp" */
	const char *host;
	int port;
	const char *tls;
};

struct mf_probe_request {
	const char *user;      /* the login name as the mail program sends it */
	const char *password;  /* never printed, logged or kept past the call */
	const char *provider;  /* profile id: its hosts when no targets are
				* given, its texts for the steps; NULL = "alimail" */
	const struct mf_probe_target *targets; /* NULL: the provider's hosts */
	size_t n_targets;
	const char *cacert;    /* CA file to trust instead of the system's, or NULL */
	int timeout_s;         /* per probe, from connect to login; 0 = 15 */
	struct mf_dns *dns;    /* resolves the hosts (its --zone/--dns), or
				* NULL: the system's resolvers */
	enum mf_lang lang;     /* language of the steps; AUTO = English */
};

/* How one login went (INTERFACE.md "Answer of probe"). */
struct mf_probe_result {
	const char *protocol, *host;
	int port;
	const char *tls;
	const char *stage;     /* how far it got: resolve connect tls greeting auth done */
	int ok;
	const char *cause;     /* a per-probe cause id, NULL when ok */
	const char *title;     /* what the cause means, in the report's language */
	const char *detail;    /* the server's own words, or the TLS/socket error */
};

struct mf_probe_report {
	const char *user;
	const char *provider;
	const char *lang;
	struct mf_probe_result *results;
	size_t n_results;
	const char *cause;     /* the overall route cause, NULL when every probe passed */
	const char *path, *side, *title;
	const char **steps;
	size_t n_steps;
};

/* Log in to each target at once (TLS as the target says, certificates
 * verified, the password sent only inside TLS unless tls is "none") and
 * say how far each got and why it stopped; then the overall cause
 * (IMAP logs in but POP3 refuses the same password: pop-imap-disabled;
 * every login refused: client-password ...).  A refused login is a
 * result, not an error.  Errors: MF_EINVAL, MF_EINPUT (no user, a bad
 * target), MF_EPROVIDER, MF_ENOMEM. */
int mf_probe(const struct mf_ctx *ctx, const struct mf_probe_request *req,
	     struct mf_probe_report **out, struct mf_error *err);
void mf_probe_report_free(struct mf_probe_report *report);
/* INTERFACE.md "Answer of probe": one JSON line, malloc'd, or NULL. */
char *mf_probe_report_to_json(const struct mf_probe_report *report);
/* For a terminal: each probe's outcome, the cause and the steps. */
char *mf_probe_report_to_text(const struct mf_probe_report *report, int color);

/* ---- explain: read bounce messages ---------------------------------- */

/* Largest message mf_explain reads, in bytes. */
#define MF_EXPLAIN_MAX_MESSAGE (100 * 1024 * 1024)
/* The most recipients one explanation lists (a list's bounce may name
 * thousands); the rest are left out and `truncated` says so. */
#define MF_EXPLAIN_MAX_BOUNCES 1000

struct mf_explain_request {
	const char *message;   /* the raw message (RFC 5322 + MIME), any bytes */
	size_t message_len;
	enum mf_lang lang;     /* language of the steps; AUTO = English */
};

/* One failed (or reported) recipient.  The recipient's and the server's
 * strings are owned by the explanation; the ids (reason, path, side,
 * cause), the title and the texts of the steps are borrowed from the
 * context (the steps array itself is the explanation's). */
struct mf_bounce {
	const char *recipient;   /* "user@example.org", or "" when unknown */
	const char *status;      /* RFC 3463 enhanced status, or "" */
	const char *reply_code;  /* RFC 5321 basic reply code, or "" */
	const char *reason;      /* a reason id of INTERFACE.md ("userunknown") */
	int hard;                /* the address is dead (INTERFACE.md "hard") */
	const char *diagnostic;  /* the remote server's own words, or "" */
	const char *action;      /* RFC 3464 Action ("failed", "delayed"), or "" */
	const char *remote_mta;  /* the host that said it, or "" */
	const char *path;        /* troubleshooting path id */
	const char *side;        /* whose side must act */
	const char *cause;       /* route's cause id for the diagnostic, or NULL */
	const char *title;       /* the reason's description, in the answer's language */
	const char **steps;      /* what to do, in order */
	size_t n_steps;
};

/* What one message says. */
struct mf_explanation {
	const char *kind;        /* "dsn", "text", "feedback", "autoreply", "receipt" (a read
				    receipt), "challenge" (a challenge-response request), "none" */
	const char *format;      /* the bounce family recognized ("postfix", "rfc3464") or "" */
	const char *sender;      /* the original sender, or "" */
	const char *subject;     /* the original subject, or "" */
	const char *message_id;  /* the original Message-ID, or "" */
	struct mf_bounce *bounces;
	size_t n_bounces;
	int truncated;           /* the message names more recipients than
				    MF_EXPLAIN_MAX_BOUNCES: only the first are here */
	const char *lang;        /* "en", "zh" or "zh-Hant": the language of the
				    titles and steps (the request's; AUTO = "en") */
};

/* Read one message (a bounce, an auto-reply, an ARF report or anything
 * else) and say, per recipient, why delivery failed.  Thread-safe over a
 * shared context.  On success *out owns an explanation (free with
 * mf_explanation_free); a message that is not a bounce is a success with
 * no bounces.  Errors: MF_EEMPTY, MF_ETOOBIG, MF_EINPUT (not a message:
 * binary garbage, no header), MF_ENOMEM, MF_EENGINE. */
int mf_explain(const struct mf_ctx *ctx, const struct mf_explain_request *req,
	       struct mf_explanation **out, struct mf_error *err);
/* Set up, once per process, what mf_explain needs beyond the context:
 * GMime's global tables (g_mime_init, which is not thread-safe).  The first
 * mf_explain call does it when nobody did; a program that explains on
 * several threads calls this first, on one thread, before starting them.
 * Calling it again does nothing. */
void mf_explain_init(void);
void mf_explanation_free(struct mf_explanation *ex);

/* A workspace for explaining many messages: the memory one message needs
 * (its decoded text, header block, GMime's parser ...) is kept for the
 * next instead of being allocated and freed each time.  Optional: it only
 * saves time; answers are the same.  One workspace serves one call at a
 * time: give each thread its own.  An explanation never points into it.
 * What it keeps is bounded (every buffer has its ceiling, and the copy of
 * a message over 1 MB is dropped after the call): a few MB at most.
 * mf_explain_ws_new returns NULL when out of memory; free with
 * mf_explain_ws_free (NULL does nothing). */
struct mf_explain_ws;
struct mf_explain_ws *mf_explain_ws_new(void);
void mf_explain_ws_free(struct mf_explain_ws *ws);
/* mf_explain, using ws (NULL: none, exactly mf_explain). */
int mf_explain_with(const struct mf_ctx *ctx, const struct mf_explain_request *req,
		    struct mf_explain_ws *ws, struct mf_explanation **out,
		    struct mf_error *err);

/* One JSON line (INTERFACE.md "Answer of explain", no newline) for an
 * explanation, or for an error when ex is NULL (err->message is said).
 * `source` is the file name, "-" or "mbox:N".  Returns a malloc'd string
 * (free with free()) or NULL when out of memory. */
char *mf_explanation_to_json(const struct mf_explanation *ex, const char *source,
			     const struct mf_error *err);

/* The same for a terminal: per failed recipient the reason, status, reply
 * code, whose side, the server's words and what to do. */
char *mf_explanation_to_text(const struct mf_explanation *ex, const char *source,
			     const struct mf_error *err, int color);

#ifdef __cplusplus
}
#endif
#endif /* MAILFIX_H */
