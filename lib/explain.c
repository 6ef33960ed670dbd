/*
 * explain.c: `mf_explain`, reading one message the way a mail operator
 * would: what kind it is (a delivery status notification, a bounce
 * written for people, an ARF feedback report (RFC 5965), an auto-reply
 * (RFC 3834), or none of these), who the failed recipients are, and per
 * recipient the reason, status, reply code and hard (bounce_reason.c).
 * Each recipient's diagnostic is then routed (mf_route): the same cause,
 * path and side a user gets by pasting those words into `mailfix route`,
 * so one pipeline answers both.  Also renders the answer as JSON
 * (INTERFACE.md "Answer of explain", through json.c) and as text for a
 * terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "explain.h"

/* The explanation's strings live in blocks of at least ARENA_BLOCK
 * bytes, one malloc for many strings (an answer holds a dozen per
 * recipient).  The size stays under glibc's first "large" request (1008
 * bytes on 64-bit), which would make malloc consolidate its fast bins. */
#define ARENA_BLOCK 960

struct expl_impl {
	struct mf_explanation ex;
	/* A read receipt's or a challenge's answer (reasons.json "receipt",
	 * "challenge"): its title heads the text view, route answers with
	 * it; NULL for every other message. */
	const struct mf__reason *nothing_failed;
	char **owned;            /* the blocks */
	size_t n_owned, cap_owned;
	char *cur;               /* free space in the last block */
	size_t room;
};

static const char *own(struct expl_impl *ei, char *s)
{
	if (!s)
		return NULL;
	if (ei->n_owned == ei->cap_owned) {
		size_t nc = ei->cap_owned ? ei->cap_owned * 2 : 16;
		char **nv = realloc(ei->owned, nc * sizeof *nv);
		if (!nv) {
			free(s);
			return NULL;
		}
		ei->owned = nv;
		ei->cap_owned = nc;
	}
	ei->owned[ei->n_owned++] = s;
	return s;
}

static const char *own_dup(struct expl_impl *ei, const char *s, size_t n)
{
	char *p;

	if (ei->room < n + 1) {
		size_t size = n + 1 > ARENA_BLOCK ? n + 1 : ARENA_BLOCK;

		if (!own(ei, malloc(size)))
			return NULL;
		ei->cur = ei->owned[ei->n_owned - 1];
		ei->room = size;
	}
	p = ei->cur;
	memcpy(p, s, n);
	p[n] = '\0';
	ei->cur += n + 1;
	ei->room -= n + 1;
	return p;
}

void mf_explanation_free(struct mf_explanation *ex)
{
	struct expl_impl *ei = (struct expl_impl *)ex;

	if (!ei)
		return;
	for (size_t i = 0; i < ei->n_owned; i++)
		free(ei->owned[i]);
	for (size_t i = 0; i < ei->ex.n_bounces; i++)
		free((void *)ei->ex.bounces[i].steps);
	free(ei->owned);
	free(ei->ex.bounces);
	free(ei);
}

/* Is any of the lower-case words in hay (any case)? */
static int any_ci(const char *hay, const char *const *list, size_t n)
{
	char low[1024];
	size_t k;

	for (k = 0; hay[k] && k + 1 < sizeof low; k++)
		low[k] = (char)((hay[k] >= 'A' && hay[k] <= 'Z') ? hay[k] + 32 : hay[k]);
	low[k] = '\0';
	for (size_t i = 0; i < n; i++)
		if (memmem(low, k, list[i], strlen(list[i])))
			return 1;
	return 0;
}

static const char *hdr(const struct mf__msg *m, const char *name, size_t *vl)
{
	return mf__header_find(m->headers.data ? m->headers.data : "", m->headers.len, name, vl);
}

static int hdr_has(const struct mf__msg *m, const char *name, const char *word)
{
	size_t vl;
	const char *v = hdr(m, name, &vl);
	size_t n = strlen(word);

	for (size_t i = 0; v && i + n <= vl; i++)
		if (strncasecmp(v + i, word, n) == 0)
			return 1;
	return 0;
}

/* Does one of the header markers ("name: word", or "name:" for any
 * value) of list hold in m's header? */
static int hdr_marked(const struct mf__msg *m, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *c = strchr(list[i], ':');
		char name[64];
		size_t nl = (size_t)(c - list[i]) + 1, vl;

		if (nl >= sizeof name)
			continue;
		memcpy(name, list[i], nl);
		name[nl] = '\0';
		c += strspn(c + 1, " ") + 1;
		if (*c ? hdr_has(m, name, c) : hdr(m, name, &vl) != NULL)
			return 1;
	}
	return 0;
}

/* A challenge-response system's request (formats.json
 * "challenge_markers") in the message's text. */
static int challenge(const struct mf__bounce_data *bd, const struct mf__msg *m)
{
	for (size_t i = 0; m->lower && i < bd->n_challenge_markers; i++)
		if (memmem(m->lower, m->text.len, bd->challenge_markers[i],
			   strlen(bd->challenge_markers[i])))
			return 1;
	return 0;
}

/* Is the message an auto-reply (RFC 3834) rather than a bounce?  weak:
 * whether the markers that hold only where nothing says bounce
 * (Auto-Submitted: auto-generated ...) are the caller's to weigh. */
static int is_autoreply(const struct mf__bounce_data *bd, const struct mf__msg *m, int *weak)
{
	*weak = 0;
	if (any_ci(m->from, bd->bounce_from, bd->n_bounce_from) ||
	    any_ci(m->from, bd->autoreply_not_from, bd->n_autoreply_not_from) ||
	    any_ci(m->subject, bd->autoreply_not_subject, bd->n_autoreply_not_subject))
		return 0;
	if (hdr_marked(m, bd->autoreply_headers, bd->n_autoreply_headers) ||
	    any_ci(m->subject, bd->autoreply_subject, bd->n_autoreply_subject))
		return 1;
	*weak = hdr_marked(m, bd->autoreply_weak_headers, bd->n_autoreply_weak_headers);
	return 0;
}

/* The format of that id, or NULL. */
static const struct mf__format *format_named(const struct mf__bounce_data *bd, const char *id)
{
	for (size_t i = 0; i < bd->n_formats; i++)
		if (strcmp(bd->formats[i].id, id) == 0)
			return &bd->formats[i];
	return NULL;
}

static int is_bounce(const struct mf__bounce_data *bd, const struct mf__msg *m,
		     const struct mf__format *fmt)
{
	size_t vl;

	return mf__format_evident(fmt, m) || m->is_report || m->dsn.len ||
	       any_ci(m->from, bd->bounce_from, bd->n_bounce_from) ||
	       any_ci(m->subject, bd->bounce_subject, bd->n_bounce_subject) ||
	       hdr(m, "x-failed-recipients:", &vl);
}

/* Addresses of a header value (comma separated) as recipients. */
static int add_header_addrs(struct mf__rcpts *rc, const char *v, size_t vl)
{
	size_t p = 0;

	while (p < vl) {
		size_t s = p, e;
		while (s < vl && (v[s] == ' ' || v[s] == ',' || v[s] == '<' || v[s] == '\t'))
			s++;
		e = s;
		while (e < vl && v[e] != ',' && v[e] != ' ' && v[e] != '>' && v[e] != '\t')
			e++;
		if (e > s && memchr(v + s, '@', e - s) && !mf__rcpts_add(rc, v + s, e - s))
			return rc->truncated ? 0 : MF_ENOMEM;
		p = e + 1;
	}
	return 0;
}

/* ARF (RFC 5965 3.2): Original-Rcpt-To fields, else Removal-Recipient,
 * else the original's To. */
static int feedback_rcpts(const struct mf__msg *m, struct mf__rcpts *rc)
{
	const char *t = m->feedback.data ? m->feedback.data : "";
	static const char *const names[] = {"original-rcpt-to:", "removal-recipient:"};
	size_t vl;
	const char *v;

	for (size_t k = 0; k < MF__ARRAY_LEN(names) && rc->n == 0; k++) {
		const char *p = t, *end = t + m->feedback.len;
		while (p < end) {
			v = mf__header_find(p, (size_t)(end - p), names[k], &vl);
			if (!v)
				break;
			if (add_header_addrs(rc, v, vl))
				return MF_ENOMEM;
			p = v + vl;
		}
	}
	if (rc->n == 0 && (v = mf__header_find(m->orig.data ? m->orig.data : "", m->orig.len,
					       "x-hmxmroriginalrecipient:", &vl)) &&
	    add_header_addrs(rc, v, vl))
		return MF_ENOMEM;
	if (rc->n == 0 && (v = mf__header_find(m->orig.data ? m->orig.data : "", m->orig.len,
					       "to:", &vl)))
		return add_header_addrs(rc, v, vl);
	if (rc->n == 0 && !mf__rcpts_add(rc, "", 0))
		return MF_ENOMEM;
	return 0;
}

static void mark_all(struct mf__rcpts *rc, const char *reason)
{
	for (size_t i = 0; i < rc->n; i++)
		rc->v[i].reason_hint = reason;
}

/* Does recipient a read as b did: everything its verdict and its cause
 * are made of but the address (the diagnostic, status, action, hosts,
 * format, the recipient's domain, and whether the words quote the
 * address)?  Then b's answer is a's: a report whose recipients share one
 * text (the whole explanation, when each one's own lines say nothing)
 * is classified and routed once, not once a recipient. */
static int reads_as(const struct mf__rcpt *a, const struct mf__rcpt *b)
{
	const char *da = strrchr(a->recipient, '@'), *db = strrchr(b->recipient, '@');

	return a->diag.len == b->diag.len &&
	       (a->diag.len == 0 || memcmp(a->diag.data, b->diag.data, a->diag.len) == 0) &&
	       strcmp(a->status, b->status) == 0 && strcmp(a->action, b->action) == 0 &&
	       strcmp(a->remote_mta, b->remote_mta) == 0 &&
	       strcmp(a->reporting_mta, b->reporting_mta) == 0 &&
	       strcmp(a->reply_code, b->reply_code) == 0 &&
	       strcmp(a->status_comment, b->status_comment) == 0 &&
	       strcmp(a->category, b->category) == 0 && a->reason_hint == b->reason_hint &&
	       a->format == b->format && a->guessed == b->guessed && a->x_unix == b->x_unix &&
	       (da && db ? strcasecmp(da, db) == 0 : da == db) &&
	       mf__names_rcpt(a) == mf__names_rcpt(b);
}

/* Bounce b for recipient r, which reads as the one of `prev` did. */
static int copy_bounce(struct expl_impl *ei, struct mf_bounce *b, const struct mf_bounce *prev,
		       const struct mf__rcpt *r, struct mf_error *err)
{
	*b = *prev;
	b->recipient = own_dup(ei, r->recipient, strlen(r->recipient));
	b->steps = calloc(prev->n_steps + 1, sizeof *b->steps);
	if (!b->recipient || !b->steps) {
		free((void *)b->steps);
		b->steps = NULL;
		b->n_steps = 0;
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	memcpy((void *)b->steps, prev->steps, prev->n_steps * sizeof *b->steps);
	return 0;
}

static int fill_bounce(const struct mf_ctx *ctx, const struct mf_explain_request *req,
		       struct expl_impl *ei, struct mf_bounce *b, const struct mf__rcpt *r,
		       const char *fixed_reason, const struct mf__context *cx,
		       struct mf_error *err)
{
	const struct mf__bounce_data *bd = ctx->bounce;
	const struct mf__data *d = ctx->data;
	struct mf__verdict v;
	const struct mf__reason *R;
	struct mf__route_cause rcause = {0};
	struct mf__words words = {.n_replies = 0}; /* the diagnostic as the verdict read it */
	/* asked for, else English: the remote servers' words are in any
	 * language, the reader is the sender */
	int lang = mf__lang_of(req->lang, MF__LANG_EN), rc;
	const char *diag = r->diag.data ? r->diag.data : "";

	if (fixed_reason) {
		memset(&v, 0, sizeof v);
		v.reason = mf__bounce_reason_find(bd, fixed_reason);
		if (v.reason < 0)
			return mf__fail(err, MF_EDATA, "bounce/reasons.json", NULL,
					"reason %s is missing from the data", fixed_reason);
		if (strcmp(fixed_reason, "delivered") == 0) {
			/* A success report: its status and code as given, a
			 * success's only (a report of several recipients may
			 * quote another one's failure in the words). */
			struct mf__smtp_reply rp[4];
			const char *dg = r->diag.data ? r->diag.data : "";
			size_t n = mf__smtp_replies(dg, r->diag.len, rp, 4), k = 0;

			while (k < n && rp[k].code[0] != '2' && rp[k].status[0] != '2')
				k++;
			snprintf(v.status, sizeof v.status, "%s", r->status[0] ? r->status
						   : k < n && rp[k].status[0] == '2' ? rp[k].status : "");
			if (k < n && rp[k].code[0] == '2')
				memcpy(v.reply_code, rp[k].code, sizeof v.reply_code);
		}
	} else if ((rc = mf__bounce_classify(ctx, r, cx, &v, &words, err))) {
		mf__norm_free(&words.norm);
		return rc;
	}
	R = &bd->reasons[v.reason];
	b->recipient = own_dup(ei, r->recipient, strlen(r->recipient));
	b->status = own_dup(ei, v.status, strlen(v.status));
	b->reply_code = own_dup(ei, v.reply_code, strlen(v.reply_code));
	b->diagnostic = own_dup(ei, diag, r->diag.len);
	b->action = own_dup(ei, r->action, strlen(r->action));
	b->remote_mta = own_dup(ei, r->remote_mta, strlen(r->remote_mta));
	if (!b->recipient || !b->status || !b->reply_code || !b->diagnostic || !b->action ||
	    !b->remote_mta) {
		mf__norm_free(&words.norm);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	b->reason = R->id;
	b->hard = v.hard;
	b->title = mf__text_get(&R->title, lang);
	b->path = d->paths[R->path].id;
	b->side = mf__side_names[R->side];
	b->cause = NULL;
	/* One pipeline: the server's words routed like a pasted error (or
	 * the report's own status when it gives no words). */
	if (!fixed_reason && (r->diag.len || r->status[0])) {
		/* the remote server's words: a receiver's, which must not
		 * pick the sender's provider profile */
		/* ... and answered in the explanation's language, not in
		 * the language the remote server wrote in */
		struct mf_route_request rq = {r->diag.len ? diag : r->status,
					      r->diag.len ? r->diag.len : strlen(r->status),
					      MF__DEFAULT_PROVIDER,
					      req->lang == MF_LANG_AUTO ? MF_LANG_EN : req->lang};
		/* (only the cause is kept: the rest of an answer is not made) */
		if (mf__route_cause(ctx, &rq, r->diag.len && words.norm.text ? &words : NULL, &rcause,
				    NULL) == 0 && rcause.cause) {
			b->path = rcause.path;
			b->side = rcause.side;
			b->cause = rcause.cause;
		}
	}
	mf__norm_free(&words.norm);
	if (rcause.cause) {
		b->steps = calloc(rcause.n_steps + 1, sizeof *b->steps);
		for (size_t i = 0; b->steps && i < rcause.n_steps; i++)
			b->steps[b->n_steps++] = rcause.steps[i]; /* the context's */
	} else {
		b->steps = calloc(R->steps.n + 1, sizeof *b->steps);
		for (size_t i = 0; b->steps && i < R->steps.n; i++)
			b->steps[b->n_steps++] = mf__text_get(&R->steps.v[i], lang);
	}
	if (!b->steps)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < b->n_steps; i++)
		if (!b->steps[i])
			return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	return 0;
}

/* The original message's header value, or "". */
static const char *orig_header(struct expl_impl *ei, const struct mf__msg *m, const char *name)
{
	size_t vl;
	const char *v = mf__header_find(m->orig.data ? m->orig.data : "", m->orig.len, name, &vl);

	return own_dup(ei, v ? v : "", v ? vl : 0);
}

struct mf_explain_ws {
	struct mf__msg m;
	struct mf__rcpts rc;
};

struct mf_explain_ws *mf_explain_ws_new(void)
{
	struct mf_explain_ws *ws = calloc(1, sizeof *ws);

	if (ws)
		mf__msg_init(&ws->m);
	return ws;
}

void mf_explain_ws_free(struct mf_explain_ws *ws)
{
	if (!ws)
		return;
	mf__msg_free(&ws->m);
	mf__rcpts_free(&ws->rc);
	free(ws);
}

int mf_explain(const struct mf_ctx *ctx, const struct mf_explain_request *req,
	       struct mf_explanation **out, struct mf_error *err)
{
	return mf_explain_with(ctx, req, NULL, out, err);
}

int mf_explain_with(const struct mf_ctx *ctx, const struct mf_explain_request *req,
		    struct mf_explain_ws *ws, struct mf_explanation **out, struct mf_error *err)
{
	const struct mf__bounce_data *bd;
	const struct mf__format *fmt = NULL;
	/* cppcheck-suppress uninitvar ; own is set up by mf__msg_init before use */
	struct mf__msg own, *m = ws ? &ws->m : &own;
	struct mf__rcpts rc = ws ? ws->rc : (struct mf__rcpts){0};
	struct expl_impl *ei = NULL;
	const char *fixed = NULL, *ses_kind = NULL, *prev_fx = NULL;
	int weak = 0;
	int context_rule = MF__NOT_SCANNED;
	struct mf__context cx = {NULL, NULL, 0, 0, &context_rule};
	size_t rs = 0, re = 0;
	int r = 0;

	if (out)
		*out = NULL;
	if (!ctx || !req || !out || (!req->message && req->message_len))
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_explain: missing argument");
	bd = ctx->bounce;
	if (!bd)
		return mf__fail(err, MF_EUNSUPPORTED, NULL,
				"give a data directory with bounce/ (or the built-in data)",
				"explain is unavailable: the data has no bounce/ directory");
	if (req->message_len == 0)
		return mf__fail(err, MF_EEMPTY, NULL, "give a whole message", "the message is empty");
	if (req->message_len > MF_EXPLAIN_MAX_MESSAGE)
		return mf__fail(err, MF_ETOOBIG, NULL, NULL, "the message is %zu bytes; the most "
				"explain reads is %d", req->message_len, MF_EXPLAIN_MAX_MESSAGE);
	if (!ws)
		mf__msg_init(&own);
	m->bd = bd;
	if ((r = mf__msg_parse_again(m, req->message, req->message_len, 0, err))) {
		if (!ws)
			mf__msg_free(&own);
		return r;
	}
	ei = calloc(1, sizeof *ei);
	if (!ei) {
		r = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	ei->ex.kind = "none";
	ei->ex.format = "";
	ei->ex.lang = mf__lang_names[mf__lang_of(req->lang, MF__LANG_EN)];
	fmt = mf__format_detect(bd, m);
	/* Where the explanation sits, once for every reader below. */
	mf__text_region(bd, fmt, m->text.data ? m->text.data : "", m->lower ? m->lower : "",
			m->text.len, &m->pairs, &m->rs, &m->re);
	if (fmt && strcmp(fmt->id, "amazonses") == 0 && !m->dsn.len && m->text.len &&
	    (r = mf__bounce_amazonses(m->text.data ? m->text.data : "", m->text.len, &rc,
				      &ses_kind)) != 0) {
		if (r > 0 && ses_kind) {
			ei->ex.kind = strcmp(ses_kind, "feedback") == 0 ? "feedback" : "dsn";
			ei->ex.format = "amazonses";
			/* "bounce": classify; "feedback", "delivered": as said */
			fixed = strcmp(ses_kind, "bounce") == 0 ? NULL : ses_kind;
			r = 0;
		}
	} else if (m->is_receipt && !m->dsn.len && !m->feedback.len) {
		/* a read receipt: the message was delivered and shown (or
		 * deleted unread); nothing failed, no recipient to explain */
		ei->ex.kind = "receipt";
		ei->ex.format = "rfc8098";
		ei->nothing_failed = &bd->receipt;
	} else if (m->feedback.len || hdr_has(m, "content-type:", "feedback-report") ||
		   (fmt && fmt->reason && strcmp(fmt->reason, "feedback") == 0)) {
		ei->ex.kind = "feedback";
		ei->ex.format = "arf";
		fixed = "feedback";
		r = feedback_rcpts(m, &rc);
	} else if (!m->dsn.len && (is_autoreply(bd, m, &weak) || (weak && !is_bounce(bd, m, fmt)))) {
		char from[320] = "";
		size_t as = 0;
		const char *lt = strchr(m->from, '<');

		ei->ex.kind = "autoreply";
		ei->ex.format = "rfc3834";
		fixed = "vacation";
		if (lt) {
			as = (size_t)(lt - m->from) + 1;
		}
		mf__utf8_copy(from, sizeof from, m->from + as, strlen(m->from + as));
		from[strcspn(from, "> ")] = '\0';
		if (!mf__rcpts_add(&rc, from, strlen(from)))
			r = MF_ENOMEM;
	} else if (is_bounce(bd, m, fmt)) {
		ei->ex.format = fmt ? fmt->id : "";
		if (m->dsn.len) {
			r = mf__dsn_parse(m->dsn.data, m->dsn.len, &rc);
			ei->ex.kind = "dsn";
			/* a DSN field that only one sender writes names its format */
			if (!fmt && rc.n && rc.v[0].category[0])
				fmt = format_named(bd, "powermta");
			ei->ex.format = fmt ? fmt->id : "rfc3464";
		}
		if (!r && rc.n == 0 && m->text.len && m->lower && memmem(m->lower, m->text.len, "final-recipient:", 16)) {
			/* DSN fields quoted in the text of a broken report. */
			r = mf__dsn_parse(m->text.data, m->text.len, &rc);
			ei->ex.kind = "dsn";
		}
		if (!r && rc.n) {
			mf__text_fill_diagnostics(bd, fmt, m, &rc);
		} else if (!r) {
			ei->ex.kind = "text";
			r = mf__text_bounces(bd, fmt, m, &rc);
			if (!r && rc.n == 0) {
				size_t vl;
				const char *v = hdr(m, "x-failed-recipients:", &vl);
				if (v)
					r = add_header_addrs(&rc, v, vl);
				if (!r && rc.n)
					mf__text_fill_diagnostics(bd, fmt, m, &rc);
			}
		}
		if (!r && rc.n == 0) {
			/* A report that names no recipient: the original's. */
			size_t vl;
			const char *v = mf__header_find(m->orig.data ? m->orig.data : "", m->orig.len,
							"to:", &vl);
			/* or the To: of an original quoted inline, after the
			 * explanation */
			if (!v && m->re < m->text.len)
				v = mf__header_find(m->text.data + m->re, m->text.len - m->re, "to:", &vl);
			if (v && (r = add_header_addrs(&rc, v, vl)) == 0 && rc.n > 1)
				rc.n = 1;
			if (rc.n)
				rc.v[0].guessed = 1;
			if (!r && rc.n)
				mf__text_fill_diagnostics(bd, fmt, m, &rc);
		}
		if (fmt && fmt->reason)
			mark_all(&rc, fmt->reason);
		for (size_t i = 0; i < rc.n; i++) {
			rc.v[i].format = fmt;
			mf__text_remote_mta(&rc.v[i]);
		}
		rs = m->rs;
		re = m->re;
		cx.text = m->text.data ? m->text.data + rs : NULL;
		cx.lower = m->lower && cx.text ? m->lower + rs : NULL;
		cx.len = re - rs;
		cx.shared = rc.n > 1;
		if (cx.len > 8192) /* in whole characters */
			cx.len = mf__utf8_whole(cx.text, 8192);
	} else if (challenge(bd, m)) {
		/* the recipient's filter holds the message until the sender
		 * proves a person sent it: nothing failed yet, no recipient */
		ei->ex.kind = "challenge";
		ei->ex.format = "challenge-response";
		ei->nothing_failed = &bd->challenge;
	}
	if (r) {
		r = mf__fail(err, r, NULL, NULL, "out of memory");
		goto done;
	}
	ei->ex.sender = orig_header(ei, m, "from:");
	ei->ex.subject = orig_header(ei, m, "subject:");
	ei->ex.message_id = orig_header(ei, m, "message-id:");
	ei->ex.truncated = rc.truncated;
	ei->ex.bounces = calloc(rc.n + 1, sizeof *ei->ex.bounces);
	if (!ei->ex.bounces || !ei->ex.sender || !ei->ex.subject || !ei->ex.message_id) {
		r = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < rc.n; i++) {
		const char *fx = fixed;
		struct mf__rcpt *x = &rc.v[i];

		if (!fx && (strcmp(x->action, "delivered") == 0 || strcmp(x->action, "relayed") == 0 ||
			    strcmp(x->action, "expanded") == 0 || x->status[0] == '2'))
			fx = "delivered";
		if (i > 0 && (fx == prev_fx || (fx && prev_fx && strcmp(fx, prev_fx) == 0)) &&
		    reads_as(x, &rc.v[i - 1]))
			r = copy_bounce(ei, &ei->ex.bounces[ei->ex.n_bounces],
					&ei->ex.bounces[ei->ex.n_bounces - 1], x, err);
		else
			r = fill_bounce(ctx, req, ei, &ei->ex.bounces[ei->ex.n_bounces], x, fx,
					&cx, err);
		prev_fx = fx;
		ei->ex.n_bounces++;
		if (r)
			goto done;
	}
done:
	if (ws) {
		/* the array's memory stays for the next message */
		mf__rcpts_clear(&rc);
		ws->rc = rc;
	} else {
		mf__rcpts_free(&rc);
		mf__msg_free(&own);
	}
	if (r) {
		mf_explanation_free(ei ? &ei->ex : NULL);
		return r;
	}
	*out = &ei->ex;
	return 0;
}

/* ---- route on a pasted message ---- */

/* The length of the header field name at q[i..n) followed by its colon
 * (RFC 5322 2.2: printable ASCII but ':'; here letters, digits and '-'
 * as in every real name), or 0. */
static size_t field_name(const char *q, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && (((q[j] | 0x20) >= 'a' && (q[j] | 0x20) <= 'z') ||
			 (q[j] >= '0' && q[j] <= '9') || q[j] == '-'))
		j++;
	return j > i && j < n && q[j] == ':' ? j - i : 0;
}

/* Does the query open with a message header block and have a body?  The
 * block opens with two fields (a line may be a folded continuation) and
 * goes to an empty line, and one of its fields is one a message has
 * ("Received:", "From:" ...), so that "Error: ..." is not a message.
 * Cheap: most queries fail at their first word. */
/* Is the query text route takes (UTF-8, no NUL)?  A query that is not
 * goes to route's own reading, which names the byte that is wrong. */
static int route_text_valid(const char *q, size_t n)
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		if ((unsigned char)q[i] < 0x80) {
			if (q[i] == '\0')
				return 0;
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)q + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			return 0;
		i += (size_t)k;
	}
	return 1;
}

/* Where the words t stand in the query q (the first place): 1 with
 * [*start, *end), else 0. */
static int find_in_query(const char *q, size_t n, const char *t, size_t *start, size_t *end)
{
	const char *at = t && t[0] ? memmem(q, n, t, strlen(t)) : NULL;

	if (!at)
		return 0;
	*start = (size_t)(at - q);
	*end = *start + strlen(t);
	return 1;
}

/* Move the answer's pieces that quote the query (evidence, mentions),
 * found by route in the report's words, to where their words stand in
 * the query the user gave (the words may have been decoded or unfolded
 * on the way); a piece not found there verbatim is dropped rather than
 * shown at a wrong place. */
static void quote_the_query(struct mf_answer *a, const char *q, size_t n)
{
	size_t kept = 0;

	for (size_t i = 0; i < a->n_evidence; i++) {
		struct mf_evidence e = a->evidence[i];
		if (find_in_query(q, n, e.text, &e.start, &e.end))
			a->evidence[kept++] = e;
	}
	a->n_evidence = kept;
	kept = 0;
	for (size_t i = 0; i < a->n_mentions; i++) {
		struct mf_mention m = a->mentions[i];
		if (find_in_query(q, n, m.text, &m.start, &m.end))
			a->mentions[kept++] = m;
	}
	a->n_mentions = kept;
}

static int pasted_message(const char *q, size_t n)
{
	static const char *const names[] = {
		"return-path", "received", "from", "to", "subject", "date",
		"delivered-to", "message-id", "mime-version", "content-type",
		"x-", "reply-to", "sender", "dkim-signature", "arc-",
		"authentication-results", "auto-submitted",
	};
	size_t i = 0, fields = 0;
	int known = 0;

	while (i < n && (q[i] == ' ' || q[i] == '\r' || q[i] == '\n' || q[i] == '\t'))
		i++;
	if (!field_name(q, n, i))
		return 0;
	while (i < n) {
		const char *nl = memchr(q + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - q) : n, len;

		if (end == i || (end == i + 1 && q[i] == '\r'))
			return fields >= 2 && known;  /* the empty line: a body follows */
		if (q[i] != ' ' && q[i] != '\t') {
			if (!(len = field_name(q, n, i))) {
				if (fields < 2) /* real blocks have broken folds, later */
					return 0;
				i = end + 1;
				continue;
			}
			fields++;
			for (size_t k = 0; k < MF__ARRAY_LEN(names) && !known; k++) {
				size_t kl = strlen(names[k]);
				known = names[k][kl - 1] == '-' ? len > kl && strncasecmp(q + i, names[k], kl) == 0
								: len == kl && strncasecmp(q + i, names[k], kl) == 0;
			}
		}
		i = end + 1;
	}
	return 0;
}

/* An auto-reply, a complaint or a success report: no failure to route. */
static int report_of_no_failure(const char *reason)
{
	return strcmp(reason, "delivered") == 0 || strcmp(reason, "vacation") == 0 ||
	       strcmp(reason, "feedback") == 0;
}

int mf__route_pasted_message(const struct mf_ctx *ctx, const struct mf_route_request *req,
			     struct mf_answer **out, struct mf_error *err)
{
	struct mf_explain_request er;
	struct mf_explanation *ex = NULL;
	const struct mf_bounce *b = NULL;
	struct mf_route_request sub;
	const struct mf__reason *answer = NULL, *nothing_failed;
	int rc, reason = -1, no_failure;

	if (!ctx || !req || !out || !req->query || !ctx->bounce ||
	    req->query_len > MF_ROUTE_MAX_QUERY || !pasted_message(req->query, req->query_len) ||
	    !route_text_valid(req->query, req->query_len))
		return 1;
	er.message = req->query;
	er.message_len = req->query_len;
	er.lang = req->lang;
	if (mf_explain(ctx, &er, &ex, NULL) != 0)
		return 1;
	/* The first failed recipient, and what its report says: the
	 * server's words, else the status (the words of the answer's
	 * evidence are looked for in the query below).  A report of no
	 * failure (an auto-reply, a complaint, a success) speaks for itself:
	 * the words of the message it carries are not a cause. */
	for (size_t i = 0; i < ex->n_bounces && !b; i++)
		if ((ex->bounces[i].diagnostic[0] || ex->bounces[i].status[0]) &&
		    !report_of_no_failure(ex->bounces[i].reason))
			b = &ex->bounces[i];
	if (!b && ex->n_bounces && report_of_no_failure(ex->bounces[0].reason))
		b = &ex->bounces[0];
	/* a read receipt or a challenge names no recipient and says that
	 * nothing failed */
	nothing_failed = ((const struct expl_impl *)ex)->nothing_failed;
	if (!b && !nothing_failed) {
		mf_explanation_free(ex);
		return 1;
	}
	no_failure = nothing_failed || report_of_no_failure(b->reason);
	sub = *req;
	/* the words routed are the receiver's: the profile is the one asked
	 * for, never one they seem to name */
	if (!sub.provider)
		sub.provider = MF__DEFAULT_PROVIDER;
	if (!no_failure) {
		sub.query = b->diagnostic[0] ? b->diagnostic : b->status;
		sub.query_len = strlen(sub.query);
	}
	if (b)
		reason = mf__bounce_reason_find(ctx->bounce, b->reason);
	rc = mf__route_text(ctx, &sub, out, err);
	mf_explanation_free(ex);
	if (rc)
		return rc == MF_EEMPTY ? 1 : rc;
	/* Words that name no cause, or no failure: the answer is explain's,
	 * the reason's path, side and steps, as `mailfix explain` gives. */
	if (nothing_failed)
		answer = nothing_failed;
	else if ((no_failure || !(*out)->cause) && reason >= 0)
		answer = &ctx->bounce->reasons[reason];
	if (answer)
		mf__answer_for_reason(*out, ctx, answer);
	if (no_failure) /* nothing the carried message's words showed stands */
		(*out)->n_evidence = (*out)->n_replies = (*out)->n_mentions = 0;
	quote_the_query(*out, req->query, req->query_len);
	return 0;
}

/* ---- rendering ---- */

char *mf_explanation_to_json(const struct mf_explanation *ex, const char *source,
			     const struct mf_error *err)
{
	struct mf__buf b;
	struct mf__json j;

	mf__buf_init(&b, 64 * 1024 * 1024);
	mf__json_init(&j, &b);
	mf__json_object(&j);
	mf__json_key(&j, "source");
	mf__json_text(&j, source ? source : "-"); /* a file name need not be UTF-8 */
	if (!ex) {
		mf__json_key(&j, "error");
		mf__json_text(&j, err && err->message[0] ? err->message : "cannot read the message");
		if (err) {
			mf__json_key(&j, "code");
			mf__json_string(&j, mf_code_name(err->code));
		}
	} else {
		mf__json_key(&j, "kind");
		mf__json_string(&j, ex->kind);
		mf__json_key(&j, "format");
		mf__json_string(&j, ex->format);
		mf__json_key(&j, "bounces");
		mf__json_array(&j);
		for (size_t i = 0; i < ex->n_bounces; i++) {
			const struct mf_bounce *x = &ex->bounces[i];

			mf__json_object(&j);
			mf__json_key(&j, "recipient");
			mf__json_text(&j, x->recipient);
			mf__json_key(&j, "status");
			mf__json_text(&j, x->status);
			mf__json_key(&j, "reply_code");
			mf__json_text(&j, x->reply_code);
			mf__json_key(&j, "reason");
			mf__json_string(&j, x->reason);
			mf__json_key(&j, "hard");
			mf__json_bool(&j, x->hard);
			mf__json_key(&j, "diagnostic");
			mf__json_text(&j, x->diagnostic);
			mf__json_key(&j, "action");
			mf__json_text(&j, x->action);
			mf__json_key(&j, "remote_mta");
			mf__json_text(&j, x->remote_mta);
			mf__json_key(&j, "path");
			mf__json_string(&j, x->path);
			mf__json_key(&j, "side");
			mf__json_string(&j, x->side);
			mf__json_key(&j, "cause");
			mf__json_string(&j, x->cause); /* NULL writes null */
			mf__json_end_object(&j);
		}
		mf__json_end_array(&j);
		if (ex->truncated) {
			mf__json_key(&j, "truncated");
			mf__json_bool(&j, 1);
		}
	}
	mf__json_end_object(&j);
	if (b.failed) {
		mf__buf_free(&b);
		return NULL;
	}
	return mf__buf_steal(&b);
}

char *mf_explanation_to_text(const struct mf_explanation *ex, const char *source,
			     const struct mf_error *err, int color)
{
	/* the words around the ids, in the explanation's language */
	static const struct {
		const char *not_bounce, *hard, *no_rcpt, *todo, *more;
	} words[MF__N_LANGS] = {
		{"not a bounce (no failed recipient)", " (hard: the address is dead)",
		 "(recipient unknown)", "do", "... and more recipients: only the first %d are listed"},
		{"不是退信（没有投递失败的收件人）", "（硬退信：地址已失效）", "（收件人未知）",
		 "处理", "……还有更多收件人：只列出了前 %d 个"},
		{"不是退信（沒有投遞失敗的收件人）", "（硬退信：地址已失效）", "（收件人未知）",
		 "處理", "……還有更多收件人：只列出了前 %d 個"},
	};
	struct mf__buf b;
	const char *bold = color ? "\033[1m" : "", *red = color ? "\033[31m" : "",
		   *dim = color ? "\033[2m" : "", *off = color ? "\033[0m" : "";
	int lang = ex ? mf__lang_index(ex->lang) : MF__LANG_EN;
	size_t todo_width;

	mf__buf_init(&b, 4 * 1024 * 1024);
	if (!ex) {
		const char *why = err && err->message[0] ? err->message : "unknown error";

		/* (a reader's own message says "cannot ..." already) */
		mf__buf_printf(&b, "%s%s%s: %s%s%s%s\n", bold, source, off, red,
			       strncmp(why, "cannot ", 7) == 0 ? "" : "cannot read: ", why, off);
		return mf__buf_steal(&b);
	}
	if (ex->n_bounces == 0) {
		const struct mf__reason *nf = ((const struct expl_impl *)ex)->nothing_failed;

		mf__buf_printf(&b, "%s%s%s: %s\n", bold, source, off,
			       nf ? mf__text_get(&nf->title, lang) : words[lang].not_bounce);
		return mf__buf_steal(&b);
	}
	/* the steps line up under the first one: "do" is 2 columns, "处理" 4 */
	todo_width = lang == MF__LANG_EN ? 2 : 4;
	mf__buf_printf(&b, "%s%s%s: %s%s%s%s\n", bold, source, off, ex->kind,
		       ex->format[0] ? " (" : "", ex->format, ex->format[0] ? ")" : "");
	for (size_t i = 0; i < ex->n_bounces; i++) {
		const struct mf_bounce *x = &ex->bounces[i];

		mf__buf_printf(&b, "  %s%s%s\n", bold,
			       x->recipient[0] ? x->recipient : words[lang].no_rcpt, off);
		mf__buf_printf(&b, "    reason  %s%s%s%s: %s\n", x->hard ? red : "", x->reason,
			       x->hard ? words[lang].hard : "", x->hard ? off : "", x->title);
		mf__buf_printf(&b, "    status  %s   reply %s   side %s   path %s%s%s\n",
			       x->status[0] ? x->status : "-",
			       x->reply_code[0] ? x->reply_code : "-", x->side, x->path,
			       x->cause ? "   cause " : "", x->cause ? x->cause : "");
		if (x->remote_mta[0])
			mf__buf_printf(&b, "    host    %s\n", x->remote_mta);
		if (x->diagnostic[0]) /* the first 400 bytes, in whole characters */
			mf__buf_printf(&b, "    server  %s%.*s%s\n", dim,
				       (int)mf__utf8_whole(x->diagnostic, strnlen(x->diagnostic, 400)),
				       x->diagnostic, off);
		for (size_t k = 0; k < x->n_steps; k++)
			mf__buf_printf(&b, "    %-*s %zu. %s\n", k ? (int)todo_width : 0,
				       k ? "" : words[lang].todo, k + 1, x->steps[k]);
	}
	if (ex->truncated) {
		mf__buf_printf(&b, "  %s", dim);
		mf__buf_printf(&b, words[lang].more, MF_EXPLAIN_MAX_BOUNCES);
		mf__buf_printf(&b, "%s\n", off);
	}
	return mf__buf_steal(&b);
}
