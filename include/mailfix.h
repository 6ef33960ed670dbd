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

enum mf_lang { MF_LANG_AUTO = 0, MF_LANG_EN, MF_LANG_ZH };

struct mf_route_request {
	const char *query;     /* UTF-8 text, need not be NUL-terminated */
	size_t query_len;
	const char *provider;  /* provider profile id; NULL = "alimail" */
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
	const char *lang;      /* "en" or "zh": the language of the texts below */
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

/* ---- explain: read bounce messages ---------------------------------- */

/* Largest message mf_explain reads, in bytes. */
#define MF_EXPLAIN_MAX_MESSAGE (100 * 1024 * 1024)

struct mf_explain_request {
	const char *message;   /* the raw message (RFC 5322 + MIME), any bytes */
	size_t message_len;
	enum mf_lang lang;     /* language of the steps; AUTO = English */
};

/* One failed (or reported) recipient.  Strings are owned by the
 * explanation; the ids (reason, path, side, cause) are borrowed from the
 * context. */
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
	const char *kind;        /* "dsn", "text", "feedback", "autoreply", "none" */
	const char *format;      /* the bounce family recognized ("postfix", "rfc3464") or "" */
	const char *sender;      /* the original sender, or "" */
	const char *subject;     /* the original subject, or "" */
	const char *message_id;  /* the original Message-ID, or "" */
	struct mf_bounce *bounces;
	size_t n_bounces;
};

/* Read one message (a bounce, an auto-reply, an ARF report or anything
 * else) and say, per recipient, why delivery failed.  Thread-safe over a
 * shared context.  On success *out owns an explanation (free with
 * mf_explanation_free); a message that is not a bounce is a success with
 * no bounces.  Errors: MF_EEMPTY, MF_ETOOBIG, MF_EINPUT (not a message:
 * binary garbage, no header), MF_ENOMEM, MF_EENGINE. */
int mf_explain(const struct mf_ctx *ctx, const struct mf_explain_request *req,
	       struct mf_explanation **out, struct mf_error *err);
void mf_explanation_free(struct mf_explanation *ex);

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
