/*
 * explain.h: what the files of `mf_explain` share (never installed).
 * The pipeline of one message:
 *   bounce_mime.c    GMime 3: MIME structure, transfer and charset
 *                    decoding -> struct mf__msg (headers, human text,
 *                    delivery-status, feedback report, original headers)
 *   dsn.c            RFC 3464 fields -> per-recipient records
 *   bounce_text.c    plain-text bounces (no delivery-status part): the
 *                    recipients and their diagnostic lines, guided by the
 *                    format data of data/bounce/formats.json
 *   bounce_sendmail.c, bounce_james.c, bounce_amazonses.c, bounce_repeat.c,
 *   bounce_forward.c  the few
 *                    layouts that need code
 *   bounce_reason.c  reason, status, reply code and hard per recipient
 *   bounce_data.c    loads and validates data/bounce/ files
 *   explain.c        mf_explain: glue, routing, the answer and its rendering
 */
#ifndef MF_EXPLAIN_H
#define MF_EXPLAIN_H

#include <string.h>
#include <strings.h>

#include "internal.h"

/* Ceilings: what is read of each piece of a message (a 50 MB bounce is
 * parsed whole by GMime, but only this much of its text is examined). */
#define MF__EXPLAIN_MAX_TEXT (512 * 1024)
#define MF__EXPLAIN_MAX_DSN (256 * 1024)
#define MF__EXPLAIN_MAX_ORIG (64 * 1024)
#define MF__EXPLAIN_MAX_HEADERS (64 * 1024)
#define MF__EXPLAIN_MAX_DIAG 2048
#define MF__EXPLAIN_MAX_RCPT MF_EXPLAIN_MAX_BOUNCES
#define MF__EXPLAIN_MAX_DEPTH 16

/* ---- data (bounce_data.c) ---- */

struct mf__reason {
	const char *id;
	const char *pseudo;      /* Sisimai-compatible status when none is given: "5.0.911" */
	int hard;                /* 0 never, 1 always, 2 when permanent */
	int retried;             /* Sisimai tries its words again when a status
				  * names this reason (its Reason->retry, and
				  * expired) */
	int after_rejected;      /* Sisimai tries it after Rejected: words of
				  * the Rejected list at MAIL FROM win */
	int side;                /* enum mf__side */
	int path;                /* index into data->paths */
	struct mf__text title;
	struct mf__texts steps;
};

/* A status (prefix) that names a reason by itself. */
struct mf__status_reason {
	const char *status;      /* "5.1.1" or a prefix "5.1." */
	int reason;              /* index into reasons */
	int over_text;           /* wins over the wording of the text */
};

/* Words that name a reason: a receiving provider's own refusal codes
 * (data/bounce/hosts.json), a format's own failure messages (formats.json). */
struct mf__host_code {
	const char **words;      /* lower-case words; any one names the reason */
	size_t n_words;
	const char **statuses;   /* only with one of these statuses ("5.7.1", "5.7.9xx":
				  * x any digit, "5.7." a prefix), or any when none */
	size_t n_statuses;
	int reason;
};

/* A bounce format family: how to recognize it and where its parts are.
 * All markers are lower-case substrings of the message. */
struct mf__format {
	const char *id;
	const char **from, **subject, **body;   /* any one recognizes the format */
	size_t n_from, n_subject, n_body;
	/* The family's names in the text or header block ("sendgrid",
	 * "qq.com", "office 365"): they say which format a bounce is, but
	 * any message may name them, so (like the From markers) they never
	 * say that a message is a bounce at all; body and subject markers,
	 * the format's own sentences, do. */
	const char **names;
	size_t n_names;
	const char **begin;      /* the bounce explanation starts after one of these */
	size_t n_begin;
	const char **end;        /* the returned original starts at one of these */
	size_t n_end;
	const char **response;   /* a recipient's server words follow one of these
				  * ("the response from the remote server was:") */
	size_t n_response;
	const char *reason;      /* a reason the format alone implies (or NULL) */
	int reason_idx;
	/* Refused after MAIL FROM: the only reasons the words may name (any
	 * other is onhold, and the status given none is onhold's); none: no
	 * such rule for the format. */
	const char **mail_reasons;
	size_t n_mail_reasons;
	/* Refused after HELO / EHLO ("after EHLO"): the reason whatever the
	 * words, a provider's code or the format's own say (Sisimai's Exim
	 * module files it blocked before it reads any words); NULL: none. */
	const char *helo_reason;
	int helo_reason_idx;
	/* The program's own messages for failures it met itself (no SMTP
	 * command in the words): any word names the reason, before generic
	 * wording (Sisimai's lhost tables: Exim's "Unrouteable address"). */
	struct mf__host_code *codes;
	size_t n_codes;
	/* Reasons whose failure, given with no status and no reply code, is
	 * temporary in this format (Exim files a code-less expiry or full
	 * mailbox under 4.0.9NN). */
	int *codeless_temp;
	size_t n_codeless_temp;
	/* The report's Reporting-MTA refused the message itself when it names
	 * no Remote-MTA (Exchange Online's NDRs: Sisimai takes the generating
	 * server for the remote host), so providers' codes apply by it. */
	int reporter_refused;
	/* The codes are the report's own sentences about all its
	 * recipients (EZweb's "The user(s) account is disabled." above the
	 * list): read in the whole explanation, whatever SMTP command the
	 * recipient's words quote. */
	int codes_in_text;
	/* The codes hold whatever SMTP command the words quote but MAIL
	 * FROM (Sisimai's Exim module reads its own messages, "Delay
	 * reason: " among them, after RCPT TO and DATA too; a refusal of
	 * MAIL FROM is mail_reasons' concern). */
	int codes_after_rcpt;
	int codes_cased;          /* its code words match in the case its program writes them */
	/* Its recipients stand as "<address>:" at a line's start (qmail-send's
	 * bounce.c): an address leading a wrapped line of the explanation
	 * ("... forward this message to\nx-owner@host to get ...") is not one. */
	int rcpt_bracket_colon;
};

struct mf__host {
	const char *id;
	const char **hosts;      /* suffixes of the remote MTA or the recipient's domain */
	size_t n_hosts;
	struct mf__host_code *codes;
	size_t n_codes;
};

struct mf__bounce_data {
	struct mf__host *hosts;
	size_t n_hosts;
	struct mf__reason *reasons;
	size_t n_reasons;
	/* What route says of a pasted read receipt (reasons.json "receipt"):
	 * explain reads one as no bounce, so it is no reason of the list. */
	struct mf__reason receipt;
	struct mf__reason challenge;  /* the same of a challenge-response request */
	struct mf__status_reason *statuses;
	size_t n_statuses;
	struct mf__format *formats;
	size_t n_formats;
	const char **end_markers;      /* generic: the original message starts here */
	size_t n_end_markers;
	const char **end_line_markers; /* the same, only at the start of a line */
	size_t n_end_line_markers;
	const char **bounce_from;      /* local parts / names of bounce senders */
	size_t n_bounce_from;
	const char **bounce_subject;   /* subject words of bounces */
	size_t n_bounce_subject;
	const char **autoreply_subject;/* subject words of auto-replies */
	size_t n_autoreply_subject;
	const char **autoreply_headers;/* "name: word" (or "name:") of an auto-reply */
	size_t n_autoreply_headers;
	const char **autoreply_weak_headers; /* the same, only where no bounce marker is */
	size_t n_autoreply_weak_headers;
	const char **autoreply_not_from;     /* senders whose notices are no auto-reply */
	size_t n_autoreply_not_from;
	const char **autoreply_not_subject;  /* nor are notices with these subjects */
	size_t n_autoreply_not_subject;
	/* A challenge-response system asks the sender to prove a person
	 * sent the message (formats.json "challenge_markers"). */
	const char **challenge_markers;
	size_t n_challenge_markers;
	/* The words a message is read by (formats.json; see its comment):
	 * a forward's Subject prefixes, a reply's attribution line ends
	 * (each ends with ':' or a full-width colon), the cues of a
	 * temporary failure without a code, a mail system's own addresses
	 * ("local part@") and the sender's and recipient's labels of
	 * Chinese webmails (each starts with a non-ASCII character). */
	const char **forward_subject_prefixes;
	size_t n_forward_subject_prefixes;
	const char **reply_attributions;
	size_t n_reply_attributions;
	const char **temporary_cues;
	size_t n_temporary_cues;
	const char **system_addresses;
	size_t n_system_addresses;
	const char **sender_labels;
	size_t n_sender_labels;
	const char **recipient_labels;
	size_t n_recipient_labels;
	/* formats.json "sender_phrases": words of a reply that, right
	 * before or right after an address, say it is the envelope
	 * sender's ("domain of sender address x", "<x>: sender address
	 * rejected"), not a failed recipient. */
	const char **sender_phrases;
	size_t n_sender_phrases;
	int *rule_reason;              /* per rule of data: reason index or -1 */
	void *arena;
};

/* Load data/bounce/ (embedded, or under dir).  A dir without bounce/
 * gives *out = NULL and success: explain is then unavailable. */
int mf__bounce_data_load(struct mf__bounce_data **out, const struct mf__data *d,
			 const char *dir, struct mf_error *err);
void mf__bounce_data_free(struct mf__bounce_data *bd);
int mf__bounce_reason_find(const struct mf__bounce_data *bd, const char *id);

/* ---- a parsed message (bounce_mime.c) ---- */

/* Which pairs of adjacent bytes occur in the lower-cased text: pair v
 * (the two bytes read as one 16-bit number, memcpy: one load) occurs
 * when seen[v] == gen.  Each text takes the next gen instead of clearing
 * the table (cleared once every 255 texts): marking a pair is one store.
 * A marker holding a pair that never occurs cannot be there, and is not
 * searched for (most markers are absent from most messages). */
#define MF__PAIRS_N 65536

struct mf__pairs {
	unsigned char *seen;           /* [MF__PAIRS_N] */
	unsigned char gen;
};

static inline int mf__pairs_has(const struct mf__pairs *p, uint16_t v)
{
	return p->seen[v] == p->gen;
}

/* 1 when every pair of the marker occurs (p NULL: always). */
static inline int mf__pairs_may(const struct mf__pairs *p, const char *marker)
{
	const unsigned char *s = (const unsigned char *)marker;

	if (!p)
		return 1;
	for (size_t i = 0; s[i] && s[i + 1]; i++) {
		uint16_t v;

		memcpy(&v, s + i, 2);
		if (!mf__pairs_has(p, v))
			return 0;
	}
	return 1;
}

struct mf__msg {
	/* The words a message is read by (forwards, quoted replies): set by
	 * the caller before parsing; NULL reads none of them. */
	const struct mf__bounce_data *bd;
	char *from, *to, *subject;     /* top-level, decoded UTF-8 ("" when absent) */
	struct mf__buf headers;        /* top-level header block, unfolded, lower-cased names */
	char *hlower;                  /* the header block all lower-cased */
	struct mf__buf text;           /* human-readable text of the report (UTF-8) */
	char *lower;                   /* text with ASCII letters lower-cased, same offsets */
	struct mf__buf dsn;            /* message/delivery-status bodies */
	struct mf__buf feedback;       /* message/feedback-report bodies */
	struct mf__buf orig;           /* headers of the returned original */
	size_t rs, re;                 /* the explanation's span in text (mf__text_region) */
	struct mf__pairs pairs;        /* byte pairs seen in lower (mf__pairs_may) */
	int is_report;                 /* multipart/report of delivery or feedback */
	int is_receipt;                /* multipart/report of a read receipt (RFC 8098) */
	int has_orig_part;             /* the original came as its own MIME part */
	/* Kept from one message to the next when the struct is reused
	 * (mf__msg_parse_again): the buffers above keep their memory, and
	 * so do these. */
	size_t lower_cap, hlower_cap;
	struct mf__buf vals;           /* from, to and subject, each ending in NUL */
	struct mf__buf html;           /* a text/html part, read when there is no text */
	struct mf__buf scratch;        /* content being decoded */
	struct _GMimeParser *parser;   /* GMime's parser, given each message's stream */
	struct _GMimeStream *stream;   /* a memory stream over `bytes` */
	struct _GByteArray *bytes;     /* what GMime parses of the message */
	/* Charset converters (iconv) held open while the struct lives.
	 * GMime opens and closes one for every part and encoded word it
	 * decodes, and glibc unloads a conversion module (dlclose) once its
	 * last converter is closed: without these, each Japanese or Chinese
	 * message costs a dlopen.  NULL cd: a charset iconv does not know. */
	struct mf__kept_charset {
		char name[32];
		void *cd;
	} charsets[8];
	size_t n_charsets;
};

/* Parse a message into m (which need not be initialized; free it with
 * mf__msg_free, also after an error).  Errors: MF_EINPUT (no header at
 * all), MF_ENOMEM. */
int mf__msg_parse(struct mf__msg *m, const char *bytes, size_t len,
		  struct mf_error *err);
/* An empty message for mf__msg_parse_again (nothing allocated yet). */
void mf__msg_init(struct mf__msg *m);
/* Parse a message into m, initialized by mf__msg_init and possibly used
 * for earlier messages: their memory is reused (what one message leaves
 * is never seen by the next).  The same results as mf__msg_parse_with. */
int mf__msg_parse_again(struct mf__msg *m, const char *bytes, size_t len, int whole,
			struct mf_error *err);
/* The same with `whole` set: GMime reads the whole message, header
 * fields included (what mf__msg_parse does only for a header block it
 * does not split itself); tests compare the two. */
int mf__msg_parse_with(struct mf__msg *m, const char *bytes, size_t len, int whole,
		       struct mf_error *err);
void mf__msg_free(struct mf__msg *m);
/* The value of header `name` (lower case, with the colon: "x-failed-recipients:")
 * in a header block, or NULL; *vlen gets its length. */
const char *mf__header_find(const char *block, size_t len, const char *name,
			    size_t *vlen);

/* ---- one recipient as read from a message ---- */

struct mf__rcpt {
	char recipient[320];
	char status[16];               /* from the DSN Status field */
	char action[24];
	char remote_mta[256];
	char reporting_mta[256];       /* the DSN's Reporting-MTA */
	char reply_code[4];            /* when a format states it apart from the text */
	struct mf__buf diag;           /* the server's words (UTF-8) */
	char status_comment[256];      /* "(host name lookup failure)" after a DSN Status */
	const char *reason_hint;       /* a reason id the format implies, or NULL */
	const struct mf__format *format; /* the format that reported it, or NULL */
	int guessed;                   /* the report names no recipient: the original's To */
	int x_unix;                    /* the Diagnostic-Code's type is X-Unix (a local
					* program took the message), kept before the words
					* (mf__diag_words) */
	char category[32];             /* the sender's own verdict, lower case
					* (PowerMTA's X-PowerMTA-BounceCategory: "bad-mailbox") */
};

struct mf__rcpts {
	struct mf__rcpt *v;
	size_t n, cap;
	int truncated;            /* a recipient past MF__EXPLAIN_MAX_RCPT was left out */
};

struct mf__rcpt *mf__rcpts_add(struct mf__rcpts *r, const char *addr, size_t len);
void mf__rcpts_free(struct mf__rcpts *r);
/* No recipient any more; the array's memory is kept for reuse. */
void mf__rcpts_clear(struct mf__rcpts *r);

/* ---- RFC 3464 (dsn.c) ---- */

/* Read delivery-status fields (text of one or more message/delivery-status
 * bodies, or DSN-looking lines of a plain text) into recipients. */
int mf__dsn_parse(const char *text, size_t len, struct mf__rcpts *out);

/* ---- plain-text bounces (bounce_text.c and the family files) ---- */

/* The format family recognized for a message, or NULL. */
const struct mf__format *mf__format_detect(const struct mf__bounce_data *bd,
					   const struct mf__msg *m);
/* Does the message say it is a bounce of format fmt: one of the
 * format's subject or body markers, or the words its recipients' server
 * replies follow ('response')?  Its sender or names alone do not. */
int mf__format_evident(const struct mf__format *fmt, const struct mf__msg *m);
/* Find recipients and their diagnostic text in the human-readable part. */
int mf__text_bounces(const struct mf__bounce_data *bd, const struct mf__format *fmt,
		     const struct mf__msg *m, struct mf__rcpts *out);
/* The remote host a text bounce names in its words ("host mx.example.com
 * [192.0.2.1]" Exim, "host mx.example.com[192.0.2.1] said:" Postfix)
 * when no Remote-MTA field gave one: receiving providers' own codes
 * (hosts.json) apply by it. */
void mf__text_remote_mta(struct mf__rcpt *r);
/* Fill empty diagnostics of DSN recipients from the human text. */
void mf__text_fill_diagnostics(const struct mf__bounce_data *bd,
			       const struct mf__format *fmt, const struct mf__msg *m,
			       struct mf__rcpts *rc);
/* The region of the text that explains the bounce (after begin markers,
 * before the returned original). */
void mf__text_region(const struct mf__bounce_data *bd, const struct mf__format *fmt,
		     const char *text, const char *lower, size_t len,
		     const struct mf__pairs *pairs, size_t *start, size_t *end);


/* Amazon SES JSON notifications (bounce_amazonses.c): 1 when it read
 * recipients, 0 when the text holds none, MF_ENOMEM.  *kind gets
 * "bounce", "feedback" or "delivered". */
int mf__bounce_amazonses(const char *t, size_t len, struct mf__rcpts *out, const char **kind);

/* A mailing-list manager's notice of a refused post (bounce_lists.c):
 * for a format of listserv, sympa, mailman or groupsio, one recipient, the list's
 * address; 1 when it read one, 0 when fmt is another's or no address
 * was found, MF_ENOMEM. */
int mf__bounce_list(const struct mf__format *fmt, const struct mf__msg *m, struct mf__rcpts *out);

/* Sendmail transcript lines "554 <addr>... why" (bounce_sendmail.c):
 * 1 when it read recipients. */
int mf__bounce_sendmail(const char *t, size_t len, struct mf__rcpts *out);
/* The transcript line that names addr ("554 5.3.0 <addr>... unknown
 * mailer error 1") in t: 1 with its span [*ls, *le), else 0. */
int mf__sendmail_rcpt_line(const char *t, size_t len, const char *addr, size_t *ls,
			   size_t *le);

/* Apache James's "Message details:" block (bounce_james.c): its "RCPT
 * TO:" lines are the recipients, the explanation above it their
 * diagnostic.  lower is t lower-cased.  1 when it read recipients, 0
 * when the text has none, MF_ENOMEM. */
int mf__bounce_james(const char *t, const char *lower, size_t len, struct mf__rcpts *out);

/* A message/rfc822 part of a message with no report (bounce_forward.c):
 * is it a bounce a person forwarded (the outer From names no mail
 * system; the attached one's From does, or its Subject is a forward's)
 * rather than a returned original?  Values raw, not NUL-terminated. */
int mf__forwarded_bounce(const struct mf__bounce_data *bd, const char *outer_from, size_t ofl,
			 const char *inner_from, size_t ifl, const char *inner_subject, size_t isl);

/* Is an attached file of this name (NULL: none) a saved message
 * ("Undeliverable.eml")?  (bounce_forward.c) */
int mf__message_file_name(const char *name);

/* Is the MIME structure of n bytes at p cheap enough for GMime's parser
 * (mime_cost.c)?  0 when it has more than MF__MIME_MAX_CT Content-Type
 * fields and their number times that of the lines starting with "--"
 * (each such line GMime compares with every open boundary) is past
 * MF__MIME_MAX_WORK, or more than MF__MIME_MAX_FIELDS lines are in header
 * sections (GMime makes objects of each field); c says the numbers. */
#define MF__MIME_MAX_CT 64
#define MF__MIME_MAX_WORK ((size_t)1 << 22)
#define MF__MIME_MAX_FIELDS 100000
struct mf__mime_cost {
	size_t ct, dash; /* Content-Type lines, lines starting with "--" */
	size_t fields;   /* lines in header sections */
};
int mf__mime_cost_ok(const char *p, size_t n, struct mf__mime_cost *c);

/* A reply's text (bounce_forward.c): the lines quoted under an
 * attribution ("On <date>, <sender> wrote:", "... 写道：") lose one level
 * of "> " quoting, again while a quote remains (three levels at most);
 * in place. */
void mf__unquote_replies(const struct mf__bounce_data *bd, struct mf__buf *text);

/* A text that names recipients again further down (Exchange's NDR: the
 * list for people, then the administrators' part with each reply;
 * bounce_repeat.c): every line a recipient of out (from first) leads
 * starts a span of it, to the next such line; 1 when one was named
 * twice and the spans were made its diagnostics, 0 when none was (or
 * fewer than two are listed), MF_ENOMEM. */
int mf__bounce_repeat(const char *t, const char *lower, size_t s, size_t e, struct mf__rcpts *out,
		      size_t first);

/* Where the server's words start in r's diagnostic: after its "X-Unix;"
 * type when it kept one (dsn.c), else 0. */
static inline size_t mf__diag_words(const struct mf__rcpt *r)
{
	const char *semi;

	if (!r->x_unix || r->diag.len < 6 || strncasecmp(r->diag.data, "x-unix", 6) != 0 ||
	    !(semi = memchr(r->diag.data, ';', r->diag.len)))
		return 0;
	return (size_t)(semi + 1 - r->diag.data);
}

/* Append s[0..n) to a diagnostic: line breaks and tabs as spaces, runs of
 * them as one, cut at the buffer's ceiling in whole characters
 * (bounce_text.c). */
void mf__diag_append(struct mf__buf *b, const char *s, size_t n);

/* ---- reasons (bounce_reason.c) ---- */

struct mf__verdict {
	int reason;                    /* index into bd->reasons */
	char status[16];
	char reply_code[4];
	int hard;
};

/* The report's explanation around the recipients: its text and the same
 * bytes lower-cased (mf__msg's lower), or NULL and 0; shared when the
 * report has several recipients (its words may be another's). */
struct mf__context {
	const char *text, *lower;
	size_t len;
	int shared;
	/* the rule the text's own words name, kept by mf__bounce_classify
	 * at its first scan for the next recipients (MF__NOT_SCANNED: not
	 * yet; NULL: scanned for each) */
	int *rule;
};
#define MF__NOT_SCANNED (-3)

/* Does the recipient's diagnostic quote its address? (The verdict of a
 * mailbox refused with no status may turn on it, bounce_reason.c.) */
int mf__names_rcpt(const struct mf__rcpt *r);

/* The verdict for recipient r.  `words`, when not NULL, receives the
 * diagnostic's words as read (normalized, its replies) when the words
 * scanned were the diagnostic as given (no prefix cut), else its norm
 * stays empty: routing the same words for the
 * cause then need not read them again.  Free words->norm with
 * mf__norm_free. */
int mf__bounce_classify(const struct mf_ctx *ctx, const struct mf__rcpt *r,
			const struct mf__context *cx, struct mf__verdict *v,
			struct mf__words *words, struct mf_error *err);

/* Make bytes valid UTF-8 without NUL (bad bytes become U+FFFD, NUL a space),
 * appending to b. */
int mf__buf_append_utf8(struct mf__buf *b, const char *s, size_t n);

#endif
