/*
 * internal.h: declarations shared between libmailfix's files (mf__ names)
 * and never installed.  The loaded knowledge (paths, causes, rules,
 * providers) lives here as plain read-only structs owned by the context.
 */
#ifndef MF_INTERNAL_H
#define MF_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "mailfix.h"

#define MF__ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- errors (err.c) ---- */

/* Fill err (when not NULL) and return code.  `where` may be NULL. */
int mf__fail(struct mf_error *err, int code, const char *where,
	     const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* ---- a second thread for a load's work (second_thread.c) ---- */

/* Start `work(arg)` on another thread when this process may run on two
 * CPUs or more and `items` (two or more) hold enough `bytes` of work to
 * share: 1, *thread to be joined; 0 when not started (do it all here). */
int mf__second_thread(size_t items, size_t bytes, void *(*work)(void *), void *arg,
		      pthread_t *thread);

/* ---- an arena: allocations freed all at once (arena.c) ---- */

struct mf__arena;

/* An empty arena whose first block holds first_block bytes (later ones
 * grow); max bounds the bytes it may hold (0: no bound).  NULL when out
 * of memory. */
struct mf__arena *mf__arena_new(size_t first_block, size_t max);
/* n zeroed bytes at a multiple of 16, or of align (a power of two up to
 * 4096); NULL when out of memory or past the arena's bound. */
void *mf__arena_alloc(struct mf__arena *a, size_t n);
void *mf__arena_alloc_aligned(struct mf__arena *a, size_t n, size_t align);
/* The same, not zeroed (for memory about to be written whole). */
void *mf__arena_alloc_uninit(struct mf__arena *a, size_t n, size_t align);
/* A copy of n bytes at p (zeroes when p is NULL). */
void *mf__arena_dup(struct mf__arena *a, const void *p, size_t n);
char *mf__arena_strdup(struct mf__arena *a, const char *s);
char *mf__arena_strndup(struct mf__arena *a, const char *s, size_t n);
char *mf__arena_printf(struct mf__arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Bytes held (of all blocks). */
size_t mf__arena_total(const struct mf__arena *a);
/* Empty the arena for its next use: every block is given back but the
 * first, which is kept. */
void mf__arena_reset(struct mf__arena *a);
void mf__arena_free(struct mf__arena *a);

/* ---- a growable byte buffer with a ceiling (buf.c) ---- */

struct mf__buf {
	char *data;     /* always NUL-terminated when len > 0 or after init */
	size_t len, cap;
	size_t max;     /* the buffer never grows past this many bytes */
	int failed;     /* an append hit the ceiling or ran out of memory */
};

void mf__buf_init(struct mf__buf *b, size_t max);
void mf__buf_free(struct mf__buf *b);
int mf__buf_append(struct mf__buf *b, const char *s, size_t n);
/* Make room for n bytes now (within the ceiling), so appends need no
 * reallocation; a failure only sets nothing (appends will try again). */
void mf__buf_reserve(struct mf__buf *b, size_t n);
/* Room for n more bytes (and a NUL) at data + len, or NULL when the
 * ceiling or memory says no (b->failed set): the caller writes there and
 * adds what it wrote to len. */
char *mf__buf_space(struct mf__buf *b, size_t n);
int mf__buf_puts(struct mf__buf *b, const char *s);
int mf__buf_printf(struct mf__buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Hand the bytes over to the caller (free with free()); b is reset. */
char *mf__buf_steal(struct mf__buf *b);

/* ---- the JSON writer (json.c) ---- */

struct mf__json {
	struct mf__buf *b;
	int depth;
	unsigned char first[32];  /* per open container: no value written yet */
};

void mf__json_init(struct mf__json *j, struct mf__buf *b);
void mf__json_object(struct mf__json *j);
void mf__json_end_object(struct mf__json *j);
void mf__json_array(struct mf__json *j);
void mf__json_end_array(struct mf__json *j);
void mf__json_key(struct mf__json *j, const char *key);
void mf__json_string(struct mf__json *j, const char *s); /* NULL writes null */
void mf__json_string_n(struct mf__json *j, const char *s, size_t n);
/* Text read from a message: a byte that is not UTF-8 is written as U+FFFD. */
void mf__json_text(struct mf__json *j, const char *s);
/* "key": text (null when s is NULL). */
void mf__json_key_text(struct mf__json *j, const char *key, const char *s);
void mf__json_int(struct mf__json *j, long long v);
void mf__json_real(struct mf__json *j, double v, int digits);
void mf__json_bool(struct mf__json *j, int v);
void mf__json_null(struct mf__json *j);
void mf__json_raw(struct mf__json *j, const char *text);

/* ---- sides ---- */

enum mf__side {
	MF__SIDE_SENDER,
	MF__SIDE_ACCOUNT,
	MF__SIDE_CLIENT,
	MF__SIDE_RECIPIENT,
	MF__SIDE_NETWORK,
	MF__SIDE_UNKNOWN,
	MF__N_SIDES
};
extern const char *const mf__side_names[MF__N_SIDES];
int mf__side_from_name(const char *name); /* -1 when unknown */

/* ---- knowledge data (data.c) ---- */

/* A text in the answer languages: English, Chinese in simplified
 * characters and, when data/zh-hant.json has it, in traditional ones. */
struct mf__text {
	const char *en, *zh, *zh_hant;
};
struct mf__texts {
	struct mf__text *v;
	size_t n;
};

struct mf__path {
	const char *id, *skill;
	struct mf__text title, best_for;
	struct mf__texts when_to_use, when_not, limitations, default_steps;
};

enum mf__step_for { MF__STEP_ANY, MF__STEP_CODE, MF__STEP_PROGRAM };
/* What a cause may say to do: at most this many steps (causes.json). */
#define MF__MAX_CAUSE_STEPS 12

struct mf__cause {
	const char *id;
	int path;              /* index into data->paths */
	int side;              /* enum mf__side */
	struct mf__text title;
	struct mf__texts steps, limitations;
	/* per step, whom it is for: MF__STEP_ANY, or only when the query
	 * names code (MF__STEP_CODE) or a mail program (MF__STEP_PROGRAM),
	 * or names neither */
	unsigned char *step_for;
	int settings_at;       /* the steps say where the named programs keep their
				* settings before this step (-1: they do not) */
	const char **aka;      /* other ids for the same cause (corpus labels) */
	size_t n_aka;
	int transient;         /* a passing state (delivery delayed): a permanent
				* rejection's own cause in the same text wins */
};

/* What a rule's match tells. */
/* What a context rule's match says of the matches around it (cues.c). */
enum mf__context_kind {
	MF__CONTEXT_NONE,      /* an ordinary rule */
	MF__CONTEXT_RESOLVED,  /* after a match, same clause: it is over */
	MF__CONTEXT_SHIFT,     /* what came before is history */
	MF__CONTEXT_GUESS,     /* before a match, same sentence: a guess */
	MF__CONTEXT_CONTRAST,  /* "despite", "but": a resolved cue after it
				* speaks of something else */
	MF__CONTEXT_QUOTE,     /* what follows is an earlier message quoted */
	MF__CONTEXT_ENDED,     /* "and the bounces stopped": what came before
				* it in the same sentence is over */
	MF__CONTEXT_ASKED,     /* a guess put as a question ("是不是", "could it
				* be"): also gives way to what is seen of
				* another cause on its own path */
	MF__CONTEXT_TURN       /* a chat-bot's or agent's turn at a line's
				* start ("bot:", "机器人："): the rest of the
				* line is its suggestion, a guess */
};

struct mf__rule {
	const char *id;
	const char *file;      /* data file it came from, for messages */
	int cause;             /* index into data->causes, or -1 */
	int path;              /* path it points at without a cause, or -1 */
	int side;              /* side override, or -1 for the cause's side */
	double weight;         /* 0..1: how sure one match makes us */
	int negatable;         /* a negation cue before the match cancels it */
	int *requires;         /* rule indexes that must also match */
	size_t n_requires;
	int *excludes;         /* rule indexes whose match cancels this one */
	size_t n_excludes;
	const char *provider;  /* only for this provider, or NULL for all */
	const char *identifies;/* its match shows the sender's own provider is this
				* one (route.c picks the profile), or NULL */
	struct mf__text note;  /* a correction to show (provider facts), or {0} */
	const char *reason;    /* bounce reason id (explain), or NULL */
	int status_first;      /* explain: a status that names a reason wins over
				* this rule's words (wording wider than Sisimai's) */
	int final_status_first; /* explain: a status naming a reason Sisimai does
				 * not retry from the words (blocked, mailboxfull,
				 * ...) wins over these words */
	int mail_first;        /* explain: words of Sisimai's Rejected list, which
				* it reads at MAIL FROM before its Blocked,
				* SpamDetected, Speeding and TooManyConn */
	int delay_expires;     /* explain: a delayed delivery these words alone
				* name is the status's reason or expired (words in
				* none of Sisimai's lists: its fallback for a delay) */
	enum mf__context_kind context; /* a context cue (weight 0, names nothing) */
	const char *label_kind;    /* what the match names (a mention), or NULL */
	const char *label_name;
	struct mf__text label_meaning;
	struct mf__text label_settings; /* a program: where its servers, ports,
					 * encryption and password are set */
	int label_code;            /* a program set up in code or a configuration
				    * file, not in a mail program's dialogs */
	const char **smtp_codes;   /* basic reply codes this rule stands for */
	size_t n_smtp_codes;
	const char **smtp_status;  /* enhanced status prefixes ("5.7.26", "5.1.") */
	size_t n_smtp_status;
	size_t first_pattern, n_patterns;
};

struct mf__pattern {
	const char *expr;      /* normalized regular expression */
	int rule;              /* index into data->rules */
	unsigned flags;        /* Hyperscan flags */
};

struct mf__provider_host {
	const char *protocol;  /* imap pop3 smtp webmail */
	const char *host;
	int port;
	const char *tls;       /* implicit starttls none */
};

/* A server of a profile's "related_hosts": not the documented one, but
 * one people type for it (the profiles in providers/). */
struct mf__related_host {
	struct mf__provider_host h;
	int alias;             /* the same service under another name; else
				  another service (a personal mailbox) */
	struct mf__text service; /* what it is, "the older HiChina name" */
};

/* What hosts.json says of a host a query names: the verdicts (enum
 * mf__host_verdict_kind), each protocol's and each TLS mode's words. */
enum mf__host_verdict_kind {
	MF__HOST_OWN, MF__HOST_ALIAS, MF__HOST_OTHER_SERVICE, MF__HOST_OTHER_PROVIDER,
	MF__HOST_MX_OWN, MF__HOST_MX_OTHER,
	/* other_service and other_provider when the answer's profile has no
	 * server of the protocol to name instead (the generic "other") */
	MF__HOST_OTHER_SERVICE_NO_HOST, MF__HOST_OTHER_PROVIDER_NO_HOST,
	MF__HOST_MISSPELT, /* of one of the others: {host}, {verdict} */
	MF__N_HOST_VERDICTS
};
#define MF__N_HOST_PROTOCOLS 4 /* smtp imap pop3 webmail */
#define MF__N_HOST_TLS 3       /* implicit starttls none */
struct mf__host_texts {
	/* the last labels, besides any two letters (a country), that a
	 * host name may end in: "com", "example"; "smtp" of code's
	 * javax.mail.smtp.SMTPTransport ends in no such label */
	const char **last_labels;
	size_t n_last_labels;
	struct mf__text verdict[MF__N_HOST_VERDICTS];
	struct mf__text protocol[MF__N_HOST_PROTOCOLS];
	struct mf__text tls[MF__N_HOST_TLS];
};
extern const char *const mf__host_protocols[MF__N_HOST_PROTOCOLS];
extern const char *const mf__host_tls_modes[MF__N_HOST_TLS];
extern const char *const mf__host_verdict_names[MF__N_HOST_VERDICTS];
/* The placeholders a verdict may hold: mf__host_keys[MF__HK_PROVIDER_NAME]
 * is "provider_name", and so on; host_verdict.c fills them by these. */
enum mf__host_key {
	MF__HK_PROVIDER_NAME, MF__HK_PROTOCOL, MF__HK_PORT, MF__HK_TLS, MF__HK_SERVICE,
	MF__HK_OTHER_NAME, MF__HK_RIGHT_HOST, MF__HK_RIGHT_PORT, MF__HK_RIGHT_TLS,
	MF__HK_HOST, MF__HK_VERDICT, /* the misspelt sentence's */
	MF__N_HOST_KEYS
};
extern const char *const mf__host_keys[MF__N_HOST_KEYS];

/* A list of names (DNS names, selectors) held by the data. */
struct mf__names {
	const char **v;
	size_t n;
};

/* What a provider asks of its customers' DNS (the "dns" object of a
 * profile), which `check` compares with what the domain publishes. */
struct mf__provider_dns {
	/* MX host sets; a set is used alone.  "*.suffix" matches any host
	 * under the suffix (Microsoft 365's per-tenant hosts). */
	struct mf__names *mx_sets;
	size_t n_mx_sets;
	const char *mx_expected;     /* the records to publish, as people write them */
	struct mf__names spf_includes; /* any of these in the SPF tree authorizes it */
	const char *spf_record;      /* the record the provider gives */
	struct mf__names dkim_selectors; /* empty: selectors are per tenant */
	const char *dmarc_record;    /* a record to start with ({domain} filled) */
	const char *webmail_name;    /* label of the webmail CNAME, or NULL: none asked */
	struct mf__names webmail_targets;
	struct mf__names seed_targets; /* targets the seed gives that docs do not */
};

struct mf__provider {
	const char *id, *name;
	struct mf__text short_name;  /* "Alibaba Mail" / "阿里企业邮箱" (name when not given) */
	struct mf__provider_host *hosts;
	size_t n_hosts;
	struct mf__related_host *related; /* "related_hosts" */
	size_t n_related;
	int has_dns;                 /* dns below is filled */
	struct mf__provider_dns dns;
	/* key -> value facts substituted into step texts as {key}; a fact
	 * may have a Chinese wording (else the one value serves both). */
	const char **fact_keys;
	struct mf__text *fact_values;
	size_t n_facts;
};

/* A finding `check` can report (data/check.json). */
struct mf__finding_def {
	const char *id;
	const char *severity;  /* "error", "warning" or "info" */
	int cause;             /* index into data->causes, or -1 */
	int path;              /* index into data->paths (the cause's when it has one) */
	int side;              /* enum mf__side (likewise) */
	struct mf__text title, fix;
	const char *record;    /* the fix is a record of this type ("TXT", "CNAME"), or NULL */
};

/* The finding ids lib/check.c reports; the data must define each. */
struct mf__data;
extern const char *const mf__check_finding_ids[];
const struct mf__finding_def *mf__data_find_finding(const struct mf__data *d, const char *id);

/* The per-probe causes of INTERFACE.md ("Answer of probe"), in order. */
enum mf__probe_cause {
	MF__PC_USERNAME, MF__PC_DNS, MF__PC_REFUSED, MF__PC_TIMEOUT, MF__PC_TLS_MODE,
	MF__PC_CERT_NAME, MF__PC_CERT_UNTRUSTED, MF__PC_CERT_EXPIRED, MF__PC_AUTH,
	MF__PC_DISABLED, MF__PC_RATE, MF__PC_LOCKED, MF__N_PROBE_CAUSES
};
extern const char *const mf__probe_cause_names[MF__N_PROBE_CAUSES];

/* Words of a server's refusal that name a per-probe cause (probe.json). */
struct mf__probe_words {
	int cause;             /* enum mf__probe_cause */
	struct mf__names words;/* lower case */
};

/* A Chinese answer text and its traditional form (data/zh-hant.json). */
struct mf__zh_hant {
	const char *simp, *trad;
};

struct mf__zh_pair {
	uint32_t from, to;
};

/* A word variant (data/zh-words.json): a Taiwan / Hong Kong word in its
 * simplified characters (伺服器, 网域, 信箱) and the mainland word the
 * rules are written with (服务器, 域名, 邮箱).  Both are Han characters of
 * U+4E00..U+9FFF only (three UTF-8 bytes each). */
struct mf__zh_word {
	const char *from, *to;
	size_t from_len, to_len;        /* bytes */
};

struct mf__data {
	struct mf__path *paths;
	size_t n_paths;
	int default_path;
	struct mf__text default_note;   /* said when the default path is taken */
	struct mf__cause *causes;
	size_t n_causes;
	struct mf__rule *rules;
	size_t n_rules;
	struct mf__pattern *patterns;
	size_t n_patterns;
	struct mf__provider *providers;
	size_t n_providers;
	struct mf__host_texts host_texts; /* hosts.json */
	struct mf__finding_def *findings; /* check.json, in file order */
	size_t n_findings;
	struct mf__text check_provider_unknown; /* check.json "texts": {provider_name} */
	struct mf__text check_mx_unknown;       /* {mx_expected} with no provider */
	struct mf__text check_spf_unknown;      /* an SPF record with no provider */
	struct mf__text check_spf_too_long;     /* {spf_fix} when the record does not fit */
	struct mf__probe_words *probe_words;    /* probe.json, in order */
	size_t n_probe_words;
	int probe_route_cause[MF__N_PROBE_CAUSES]; /* index into causes */
	struct mf__text probe_titles[MF__N_PROBE_CAUSES];
	struct mf__zh_pair *zh_map;     /* traditional -> simplified, sorted */
	size_t n_zh_map;
	uint32_t *zh_bmp;               /* [0x4e00..0x9fff]: simplified form, or 0 */
	struct mf__zh_word *zh_words;   /* word variants, sorted by from (bytes) */
	size_t n_zh_words;
	uint8_t *zh_word_first;         /* han set: some word starts with the character */
	uint8_t *zh_simp_bits;          /* han set: a form only simplified writing uses */
	struct mf__zh_hant *zh_hant;    /* simplified text -> traditional, sorted */
	size_t n_zh_hant;
	const char **negation_cues;     /* normalized words that negate what follows */
	size_t *negation_cue_len;
	size_t n_negation_cues;
	uint8_t negation_last_byte[256];/* 1 for the last byte of some cue */
	char *negation_pattern;         /* every cue, one regular expression */
	const char **filler_words;      /* words allowed between a cue and a match */
	size_t n_filler_words;
	const char **conjunctions;      /* "no 550 or 554": a cue reaches past these */
	size_t n_conjunctions;
	size_t *filler_word_len, *conjunction_len;
	uint8_t filler_last_byte[256];  /* 1 for the last byte of some filler word */
	uint8_t conjunction_last_byte[256];
	const char **common_words;      /* too common to anchor a pattern on */
	size_t n_common_words;
	size_t *common_word_len;
	size_t common_word_max;         /* the longest, in bytes */
	uint8_t common_last_byte[256];
	double calib_x[16], calib_y[16];/* raw score -> calibrated confidence */
	struct mf__guess *guess;        /* the fallback guess (guess.h) */
	struct mf__text guess_note;     /* said when the side is a guess */
	size_t n_calib;
	uint64_t hash;                  /* FNV-1a of every data file's name and bytes */
	int from_dir;                   /* loaded with --data, not the embedded copy */
	void *arena;                    /* owns every string above */
};

/* Load and validate the data: from `dir` when not NULL, else the embedded
 * copy.  On success *out is owned by the caller (mf__data_free). */
int mf__data_load(struct mf__data **out, const char *dir, struct mf_error *err);
void mf__data_free(struct mf__data *d);
/* The parsed JSON of data file `name` ("bounce/hosts.json"), owned by the
 * data (json_incref to keep it longer), or NULL when there is none. */
struct json_t *mf__data_document(const struct mf__data *d, const char *name);
int mf__data_find_cause(const struct mf__data *d, const char *id);
int mf__data_find_rule(const struct mf__data *d, const char *id);
int mf__data_find_path(const struct mf__data *d, const char *id);
const struct mf__provider *mf__data_find_provider(const struct mf__data *d,
						 const char *id);
/* Answer languages: the index of the filled texts of each, and of the
 * texts of struct mf__text. */
enum { MF__LANG_EN = 0, MF__LANG_ZH = 1, MF__LANG_ZH_HANT = 2, MF__N_LANGS = 3 };
extern const char *const mf__lang_names[MF__N_LANGS]; /* "en" "zh" "zh-Hant" */
/* The text in the language asked for (an MF__LANG_*), falling back from
 * traditional to simplified Chinese, and from Chinese to English. */
const char *mf__text_get(const struct mf__text *t, int lang);
/* The traditional form of a simplified text (data/zh-hant.json), or NULL. */
const char *mf__zh_hant_find(const struct mf__data *d, const char *simp);
/* MF__LANG_* of an answer's language name ("en", "zh", "zh-Hant"). */
int mf__lang_index(const char *name);
/* MF__LANG_* of a language asked for; `otherwise` for MF_LANG_AUTO. */
int mf__lang_of(enum mf_lang asked, int otherwise);

/* ---- text normalization (text.c) ---- */

/* A query normalized for matching: NFKC + case folding per character,
 * traditional Chinese mapped to simplified, whitespace runs collapsed to
 * one space.  orig[i] is the byte offset in the original text of the
 * character that produced normalized byte i; orig[len] = original length. */
struct mf__norm {
	char *text;
	size_t len;
	uint32_t *orig;
	size_t n_han;          /* Han characters seen: the query's language */
	size_t n_trad, n_simp; /* of those, in a form only traditional or only
				* simplified writing uses */
	size_t n_kana;         /* Japanese kana seen (hiragana, katakana) */
};

/* Normalize `len` bytes of UTF-8.  Errors: MF_EUTF8 and MF_ENUL with the
 * byte offset in err->where, MF_ENOMEM. */
int mf__normalize(const struct mf__data *d, const char *in, size_t len,
		  struct mf__norm *out, struct mf_error *err);
void mf__norm_free(struct mf__norm *n);
/* Buffers kept from one normalization to the next (one per thread): the
 * text of mf__normalize_into lives there until the next call, and is not
 * given to mf__norm_free.  mf__norm_space_trim frees them when they hold
 * more than `keep` bytes (after a huge text). */
struct mf__norm_space {
	char *text;
	uint32_t *orig;
	size_t cap;
};
int mf__normalize_into(const struct mf__data *d, const char *in, size_t len,
		       struct mf__norm *out, struct mf__norm_space *space, struct mf_error *err);
/* Drop the later lines' prefixes ("550-5.7.1 ", the last "550 5.7.1 ") of
 * the multi-line SMTP replies in normalized text t[0..n), moving each
 * byte's original offset o[] with it (o may be NULL), as an SMTP client
 * joins a reply's lines (bounce_unfold.c; normalize calls it, and explain
 * on its lower-cased diagnostic).  Returns the new length. */
size_t mf__unfold_replies(char *t, uint32_t *o, size_t n);
void mf__norm_space_trim(struct mf__norm_space *s, size_t keep);
/* Normalize a pattern: like mf__normalize but leaves regex escapes alone. */
int mf__normalize_pattern(const struct mf__data *d, const char *in,
			  char **out, struct mf_error *err);
/* A Han (CJK ideograph) code point: the unified blocks and extensions and
 * the compatibility block.  Normalization, the route guess's features and
 * their check at load read Chinese by these characters. */
static inline int mf__is_han(uint32_t cp)
{
	return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
	       (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ffff);
}
/* The code point of a three-byte UTF-8 sequence the caller checked. */
static inline uint32_t mf__utf8_cp3(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
}
/* A set of the common ideographs U+4E00..U+9FFF, a bit each
 * (MF__HAN_SET_BYTES bytes): which characters simplified writing alone
 * uses, which start a word variant. */
#define MF__HAN_SET_FIRST 0x4e00u
#define MF__HAN_SET_LAST 0x9fffu
#define MF__HAN_SET_BYTES ((MF__HAN_SET_LAST - MF__HAN_SET_FIRST + 8) / 8)
static inline int mf__han_set_has(const uint8_t *set, uint32_t cp)
{
	return cp >= MF__HAN_SET_FIRST && cp <= MF__HAN_SET_LAST &&
	       (set[(cp - MF__HAN_SET_FIRST) >> 3] >> ((cp - MF__HAN_SET_FIRST) & 7) & 1);
}
static inline void mf__han_set_put(uint8_t *set, uint32_t cp, int on)
{
	uint8_t bit = (uint8_t)(1u << ((cp - MF__HAN_SET_FIRST) & 7));

	if (cp < MF__HAN_SET_FIRST || cp > MF__HAN_SET_LAST)
		return;
	if (on)
		set[(cp - MF__HAN_SET_FIRST) >> 3] |= bit;
	else
		set[(cp - MF__HAN_SET_FIRST) >> 3] &= (uint8_t)~bit;
}
/* The length of s[0..n) without a UTF-8 sequence cut short at its end
 * (what a byte ceiling may leave): n, or less by 1 to 3 bytes. */
size_t mf__utf8_whole(const char *s, size_t n);
/* s[0..n) into dst[cap] as a string: as much as fits, in whole characters. */
void mf__utf8_copy(char *dst, size_t cap, const char *s, size_t n);
/* Map a span of normalized text back to the original text. */
void mf__norm_span(const struct mf__norm *n, size_t start, size_t end,
		   size_t *ostart, size_t *oend);

/* ---- the pattern engine (match.c) ---- */

struct mf__matcher;

/* The two databases: route's rules, and the bounce-reason rules (rules
 * with a "reason"), see match.c. */
enum { MF__DB_ROUTE = 0, MF__DB_BOUNCE = 1, MF__N_DBS = 2 };

struct mf__match {
	int rule;
	uint32_t start, end;   /* in normalized text */
};

/* What the databases a matcher compiles are for: the CPU it runs on (a
 * start that compiles), or any CPU (the build, whose databases the binary
 * carries to other machines). */
enum mf__db_target { MF__DB_FOR_THIS_CPU, MF__DB_FOR_ANY_CPU };

/* Compile every pattern of the data into one database.  Errors name the
 * rule and pattern Hyperscan rejected.  Data from a directory (--data)
 * compiles for seconds: with a cache_dir (NULL: none), what one start
 * compiles is kept there (db_cache.c) and the next start with the same
 * data, build and CPU loads it instead. */
int mf__matcher_new(struct mf__matcher **out, const struct mf__data *d,
		    enum mf__db_target target, const char *cache_dir, struct mf_error *err);
void mf__matcher_free(struct mf__matcher *m);
/* The Vectorscan database (an hs_database_t *), for benchmarks. */
const void *mf__matcher_database(const struct mf__matcher *m);

/* The compiled database as bytes (tools/mkdb.c embeds it in the binary so
 * that no run pays for compiling).  *out is malloc'd. */
int mf__matcher_serialize(const struct mf__matcher *m, const struct mf__data *d,
			  char **out, size_t *len, struct mf_error *err);

/* The hash the data is identified by (data.c): FNV-1a over 8 bytes at a
 * time, each step a bijection; start from MF__HASH_SEED. */
#define MF__HASH_SEED 0xcbf29ce484222325ULL
uint64_t mf__hash_bytes(uint64_t h, const void *p, size_t n);

/* Did the matcher take the databases the build embedded (1), or compile
 * its own at start (0: --data DIR, other data, or a CPU that cannot run
 * them)? */
int mf__matcher_from_build(const struct mf__matcher *m);
/* Does every database the build embedded run on any CPU Vectorscan
 * supports (1; 0: one needs a CPU feature, or there are none)? */
int mf__embedded_db_any_cpu(void);

/* Did the matcher load its databases from the cache (1)? */
int mf__matcher_from_cache(const struct mf__matcher *m);

/* ---- db_cache.c: compiled databases kept between starts ---- */

/* A cache file, mapped: the plan's blob and the databases' blob (unmap
 * with mf__db_cache_file_free). */
struct mf__db_cache_file {
	void *map;
	size_t map_len;
	const char *plan, *db;
	size_t plan_len, db_len;
};
/* Read the file of this key from dir: 0, or -1 (none, unreadable, or not
 * a cache file of this key and of its own length). */
int mf__db_cache_load(const char *dir, uint64_t key, struct mf__db_cache_file *out);
/* Write the file of this key into dir (made, mode 0700, if missing), then
 * remove all but the few most recently used; best effort, silent. */
void mf__db_cache_store(const char *dir, uint64_t key, const char *plan, size_t plan_len,
			const char *db, size_t db_len);
void mf__db_cache_file_free(struct mf__db_cache_file *f);

/* The database tools/mkdb.c made at build time (embedded_db.c), or an
 * empty one when built without. */
extern const unsigned char mf__embedded_db[];
extern const unsigned char mf__embedded_db_end[];
/* The route guess as the build compiled it (guess.h), beside the database. */
extern const unsigned char mf__embedded_guess[];
extern const unsigned char mf__embedded_guess_end[];

/* Scratch space for the calls below, from the matcher's pool (NULL when
 * out of memory); give it back when done.  Thread-safe. */
void *mf__matcher_take(struct mf__matcher *m);
void mf__matcher_give(struct mf__matcher *m, void *scratch);
/* Memory of at least `size` bytes that stays with the scratch (its
 * contents undefined), so that a caller allocates nothing per scan. */
void *mf__matcher_workspace(void *scratch, size_t size);
/* The scratch's normalization buffers (mf__normalize_into). */
struct mf__norm_space *mf__matcher_norm_space(void *scratch);

/* What one scan of the main database found. */
struct mf__scan_result {
	uint8_t *seen;           /* [n_rules], zeroed by the caller: MF__SEEN_* bits */
	int *rules;              /* [n_rules]: rules that matched, in order */
	size_t n_rules;
	struct mf__match *spans; /* matches of fixed-width patterns, exact */
	size_t n_spans, max_spans;
	int has_cue;             /* a negation cue occurs in the text */
	int first_span_only;     /* set by the caller: when the text has no
				    negation cue nor context cue, the first
				    match of a rule will do, and those
				    reaching further right */
	int has_context;         /* a context rule matched (cues.c): every
				    span of every rule is kept */
};
#define MF__SEEN 1           /* the rule matched */
#define MF__SEEN_VARIABLE 2  /* ... and more matches than spans held: use spans() */

/* The rules whose patterns match the text, each match with its leftmost
 * start and longest end (one literal scan, then the chains confirmed:
 * match.c).  Spans past max_spans are dropped and their rule flagged
 * MF__SEEN_VARIABLE (mf__matcher_spans then finds them). */
int mf__matcher_rules(struct mf__matcher *m, void *scratch, const char *text, size_t len,
		      struct mf__scan_result *res, struct mf_error *err);

/* Every match of one rule with its leftmost start, up to `max`. */
int mf__matcher_spans(struct mf__matcher *m, void *scratch, int rule, const char *text,
		      size_t len, struct mf__match *out, size_t max, size_t *n,
		      struct mf_error *err);

/* Every match of the bounce database (which = MF__DB_BOUNCE), appended
 * to *matches (growing it up to `max`; *truncated set when more were
 * dropped): rules and end offsets only (start = end). */
int mf__matcher_scan_db(struct mf__matcher *m, int which, const char *text, size_t len,
			struct mf__match **matches, size_t *n, size_t *cap,
			size_t max, int *truncated, struct mf_error *err);

/* ---- SMTP replies in free text (smtp_reply.c) ---- */

struct mf__smtp_reply {
	char code[4];          /* "550", or "" when only a status was found */
	char status[16];       /* "5.7.26", or "" */
	uint32_t start, end;   /* span of code/status in the scanned text */
	uint32_t text_start, text_end; /* the server's words after it */
	int strong;            /* SMTP context is certain (status, "said:", ...) */
};

/* The length of an RFC 3463 status "c.s.d" at t[p] (class 2, 4 or 5,
 * subject and detail of 1 to 3 digits; not inside a word, a version
 * number or an address), or 0. */
size_t mf__status_len(const char *t, size_t len, size_t p);

/* Find SMTP replies (basic code, RFC 3463 status, text) in normalized text.
 * Returns how many were found, at most `max`. */
size_t mf__smtp_replies(const char *text, size_t len,
			struct mf__smtp_reply *out, size_t max);

/* ---- route's texts, filled with each provider's facts (route.c) ---- */

struct mf__text_list {
	const char **v;
	size_t n;
	const unsigned char *step_for; /* a cause's steps: whom each is for, or NULL */
};

/* For one provider and one language: steps and limitations of each cause
 * and of each path (answered without a cause, by default or not), and the
 * notes of rules; made once when the context is created. */
struct mf__filled {
	struct mf__text_list *cause_steps, *cause_limits;  /* [n_causes] */
	struct mf__text_list *path_steps;                  /* [n_paths] */
	/* [is_default | guessed << 1][n_paths]: the default's note, the
	 * guess's note (route-guess.json) */
	struct mf__text_list *path_limits[4];
	const char **rule_note;                            /* [n_rules], NULL = none */
	struct mf__host_verdict *hosts;                    /* what a named host is */
	size_t n_hosts;
};

/* template.c: a text's {name} placeholders filled with what value(arg,
 * name, len) gives (NULL: nothing): the length, and the text written to
 * out unless it is NULL (call once to size, once to write). */
typedef const char *(*mf__template_value_fn)(const void *arg, const char *name, size_t len);
size_t mf__template_fill(const char *tmpl, mf__template_value_fn value, const void *arg,
			 char *out);
/* 0 when every placeholder of s is one of known[]; 1 with the first
 * unknown one's name at *name (*len bytes); -1 when a { is not closed. */
int mf__template_unknown(const char *s, const char *const *known, size_t n_known,
			 const char **name, size_t *len);

/* host_verdict.c: what the answer's profile says of each server host it
 * knows (its own, related, the other profiles'), filled once per
 * profile and language; and the one a mention names (NULL: unknown). */
struct mf__host_verdict {
	const char *host;      /* lower case */
	const char *meaning;
	const char *misspelt;  /* said of a name one typing slip away */
	size_t origin;         /* the profile it is a server of (index) */
};
int mf__host_verdicts_fill(struct mf__arena *a, const struct mf__data *d,
			   const struct mf__provider *pv, int lang, struct mf__filled *f);
const char *mf__host_verdict(const struct mf__filled *f, const char *host, size_t len);
/* Does the name end in a label hosts.json accepts (or hold characters
 * beside ASCII and full-width forms, which are not judged)? */
int mf__host_name_plausible(const struct mf__data *d, const char *host, size_t len);

int mf__route_prepare(struct mf_ctx *ctx, struct mf_error *err);
/* The texts of profile pv_index in language lang, filled with its facts
 * the first time any call (on any thread) asks, under the context's lock;
 * NULL when memory ran out (the next call tries again). */
const struct mf__filled *mf__route_filled(const struct mf_ctx *ctx, size_t pv_index, int lang);
void mf__route_release(struct mf_ctx *ctx);

/* ---- context ---- */

/* ---- route and explain, one pipeline ---- */

/* mf_route on the text as it is (route.c). */
int mf__route_text(const struct mf_ctx *ctx, const struct mf_route_request *req,
		   struct mf_answer **out, struct mf_error *err);
/* What explain keeps of routing a recipient's diagnostic: the cause the
 * rules name (NULL: none) with its path, side and steps, borrowed from
 * the context.  The same as mf__route_text's answer's, without making
 * the rest of the answer. */
struct mf__route_cause {
	const char *path, *side, *cause;
	const char **steps;
	size_t n_steps;
};
/* A query's words as another reading already found them: normalized
 * (mf__normalize), and the SMTP replies in them (mf__smtp_replies with
 * MF__WORDS_REPLIES; fewer found is all there are). */
#define MF__WORDS_REPLIES 16
struct mf__words {
	struct mf__norm norm;
	struct mf__smtp_reply replies[MF__WORDS_REPLIES];
	size_t n_replies;
};
/* `words`: the query's (req's exact bytes) when already read, or NULL. */
int mf__route_cause(const struct mf_ctx *ctx, const struct mf_route_request *req,
		    const struct mf__words *words, struct mf__route_cause *out,
		    struct mf_error *err);
/* When the query is a whole bounce message, route the failed recipient's
 * diagnostic that explain reads from it (explain.c): 0 with *out set, or
 * a negative error; 1 when the query is not such a message. */
int mf__route_pasted_message(const struct mf_ctx *ctx, const struct mf_route_request *req,
			     struct mf_answer **out, struct mf_error *err);

struct mf__bounce_data;   /* explain's data (explain.h) */
struct mf__reason;

/* How often explain's reason is right on the bounce corpus (0.955 in
 * bench/RESULTS.md), so how sure an answer that speaks for it may be. */
#define MF__BOUNCE_REASON_CONFIDENCE 0.9

/* An answer routed from a pasted bounce's words that named no cause (or
 * from a report of no failure) speaks for the bounce's reason instead
 * (route.c): no cause, and the reason's path, side, title and steps,
 * borrowed from the context. */
void mf__answer_for_reason(struct mf_answer *answer, const struct mf_ctx *ctx,
			   const struct mf__reason *reason);

struct mf_ctx {
	struct mf__data *data;
	struct mf__matcher *matcher;
	/* the texts filled with each profile's facts in each language, each
	 * made the first time a call asks (route.c, mf__route_filled) */
	struct mf__prepared *prepared;
	int *smtp_rules;                /* rules with smtp_codes or smtp_status */
	size_t n_smtp_rules;
	struct mf__bounce_data *bounce;
};

/* ---- provider profiles (data/providers/, route.c identify()) ---- */

/* The profile an answer is for when the request names none and the
 * query shows no other as the sender's own. */
#define MF__DEFAULT_PROVIDER "alimail"

#endif /* MF_INTERNAL_H */
