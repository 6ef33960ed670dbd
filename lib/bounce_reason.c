/*
 * bounce_reason.c: the verdict for one recipient: reason, enhanced
 * status, reply code and hard, from what the message gave (RFC 3464
 * Status and Action, the server's words, the remote host) the way Sisimai
 * decides them, so results compare with it:
 *   - a receiving provider's documented code (data/bounce/hosts.json, by
 *     remote MTA or recipient domain) decides first, then the format's
 *     own message for a failure met by its program (formats.json codes);
 *   - the server's words are normalized (text.c) and scanned once with the
 *     bounce database (match.c: rules with a "reason", data/rules/bounce-*);
 *     the strongest rule that matched names the reason (for a delayed
 *     delivery, only words of Sisimai's lists do: others, marked
 *     delay_expires, leave it to the status or expired);
 *   - a status of data/bounce/reasons.json "statuses" names it when the
 *     words say nothing (or always, for statuses marked over_text);
 *   - the status is the DSN's unless that is a bare class (X.0.0), then
 *     the one quoted in the words; with none, the reason's pseudo status
 *     (Sisimai's X.0.9NN), class 4 when the failure is temporary (or
 *     the format files the reason so: formats.json codeless_temporary,
 *     for a reason its own messages named);
 *   - the reply code is the RFC 5321 code in the words whose class
 *     agrees with the status, the first in Sisimai's order of codes;
 *   - hard follows INTERFACE.md: the reason's "hard" rule.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "explain.h"

#define MAX_MATCHES 256
/* A bounce rule this strong (a system's own words for one reason, like
 * Exchange's "RecipSizeLimit") wins even over a status marked over_text. */
#define MF__BOUNCE_DECISIVE 0.95
/* (as many as a diagnostic's words hand over to the routing) */
#define MAX_REPLIES MF__WORDS_REPLIES

static int status_prefix(const char *status, const char *prefix)
{
	size_t n = strlen(prefix);

	if (strncmp(status, prefix, n) != 0)
		return 0;
	return prefix[n - 1] == '.' || status[n] == '\0';
}

/* A failure reply code that RFC 5321 and its updates (RFC 4954, RFC 5248)
 * register: Exchange's "400 4.4.7 Message delayed" or a "500" of a
 * made-up class carry no code a client could act on, and Sisimai reads
 * only these (its SMTP::Reply lists).  Success codes all pass.  Returns
 * the code's rank in Sisimai's list of its class (1 first), 0 for a code
 * not registered: Sisimai looks for its codes in that order, not the
 * text's, so "550 4.4.7 QUEUE.Expired [Message=451 4.4.0 ... -> 421 4.4.2
 * ...]" answers 421 (the first 4xx code of its list the words hold). */
static int registered_code(const char *code)
{
	static const char *const failures[] = {
		"421", "450", "451", "452", "422", "430", "432", "453", "454", "455", "458", "459",
		"550", "552", "553", "551", "521", "525", "523", "524", "530", "533", "534", "535",
		"538", "555", "556", "554", "500", "501", "502", "503", "504"};
	static const char *const successes[] = {
		"211", "214", "220", "221", "235", "250", "251", "252", "253"};
	size_t n = MF__ARRAY_LEN(successes);

	if (code[0] == '2') {
		for (size_t i = 0; i < n; i++)
			if (strcmp(code, successes[i]) == 0)
				return (int)i + 1;
		return (int)n + 1;
	}
	for (size_t i = 0; i < MF__ARRAY_LEN(failures); i++)
		if (strcmp(code, failures[i]) == 0)
			return (int)i + 1;
	return 0;
}

/* Status -> reason from the data; *over gets its over_text flag. */
static int status_reason(const struct mf__bounce_data *bd, const char *status, int *over)
{
	int best = -1;
	size_t best_len = 0;

	*over = 0;
	if (!status[0])
		return -1;
	for (size_t i = 0; i < bd->n_statuses; i++) {
		const struct mf__status_reason *s = &bd->statuses[i];
		size_t n;

		/* (most entries are of another class: no lengths taken) */
		if (s->status[0] != status[0])
			continue;
		n = strlen(s->status);
		if (n > best_len && status_prefix(status, s->status)) {
			best = s->reason;
			best_len = n;
			*over = s->over_text;
		}
	}
	return best;
}

/* The SMTP command a failure answered, as the words say it ("in reply to
 * end of DATA command", ">>> RCPT To:", "after RCPT TO", Exim's "after
 * EHLO"): 'D' DATA, 'R' RCPT, 'M' MAIL, 'H' HELO / EHLO, 0 unknown.
 * Sisimai tells a mailbox refused at RCPT (userunknown) from the same
 * words after DATA (filtered) by it. */
static int smtp_command(const char *t, size_t n)
{
	/* Every cue holds one of these words (`word` is its index): most
	 * diagnostics hold none, and a cue is looked for only when its word
	 * is there. */
	static const char *const words[] = {"data", "rcpt", "mail", "recipient", "helo", "ehlo"};
	static const struct {
		const char *words;
		int cmd;
		int word;
	} cues[] = {
		{"end of data", 'D', 0}, {"data command", 'D', 0}, {">>> data", 'D', 0},
		{"after data", 'D', 0}, {"rcpt to command", 'R', 1}, {">>> rcpt", 'R', 1},
		{"after rcpt", 'R', 1}, {"rcpt to:", 'R', 1}, {"mail from command", 'M', 2},
		{">>> mail from", 'M', 2}, {"after mail from", 'M', 2}, {"smtp:rcpt", 'R', 1},
		{"rcpt host", 'R', 1}, {"smtp command data", 'D', 0}, {"command data", 'D', 0},
		{"does not like recipient", 'R', 3}, {"after helo", 'H', 4}, {"after ehlo", 'H', 5},
	};
	size_t best = 0;
	char *low = malloc(n + 1);
	int cmd = 0, has[MF__ARRAY_LEN(words)], any = 0;

	if (!low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	for (size_t w = 0; w < MF__ARRAY_LEN(words); w++)
		any |= has[w] = memmem(low, n, words[w], strlen(words[w])) != NULL;
	if (!any) {
		free(low);
		return 0;
	}
	/* Each run of white space as one space: Postfix wraps "(in reply
	 * to RCPT TO command)" across lines. */
	{
		size_t k = 0;

		for (size_t i = 0; i < n; i++) {
			char c = low[i];

			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				if (k > 0 && low[k - 1] == ' ')
					continue;
				c = ' ';
			}
			low[k++] = c;
		}
		n = k;
	}
	/* The last command named is the one that failed: a transcript
	 * lists the commands in order, and "in reply to ... command" follows
	 * the reply it explains. */
	for (size_t i = 0; i < MF__ARRAY_LEN(cues); i++) {
		size_t k = strlen(cues[i].words);
		const char *p = low, *hit = NULL;

		if (!has[cues[i].word])
			continue;
		while ((p = memmem(p, n - (size_t)(p - low), cues[i].words, k))) {
			hit = p;
			p++;
		}
		if (hit && (size_t)(hit - low) + 1 > best) {
			best = (size_t)(hit - low) + 1;
			cmd = cues[i].cmd;
		}
	}
	free(low);
	return cmd;
}

/* Does the status rp[i] follow the bare reply code rp[i - 1], with only
 * quotes, brackets, commas and spaces between ("550-'5.2.2 ...'", the
 * newer AsyncOS's "('550', ['5.1.1 ...'])")? */
static int follows_code(const char *t, const struct mf__smtp_reply *rp, size_t i)
{
	const struct mf__smtp_reply *c = &rp[i - 1];

	if (!c->code[0] || c->status[0] || rp[i].start < c->end || rp[i].start > c->end + 6)
		return 0;
	for (uint32_t k = c->end; k < rp[i].start; k++)
		if (!strchr(" '\",[(-", t[k]))
			return 0;
	return 1;
}

/* The status the server stated: a failure's over a success's (a
 * transcript shows "250 2.1.5 Ok" before "451 4.3.0 Error"), and one
 * that follows a reply code ("550-'5.2.2 ...'") over one standing alone
 * (a gateway's own "5.1.0 - Unknown address error" before the quote). */
static const char *pick_status(const char *t, const struct mf__smtp_reply *rp, size_t n)
{
	const char *best = "";
	int best_rank = -1;

	for (size_t i = 0; i < n; i++) {
		int rank;

		if (!rp[i].status[0])
			continue;
		rank = (rp[i].status[0] != '2') * 2 + (rp[i].code[0] != 0 ||
			(i > 0 && follows_code(t, rp, i)));
		if (rank > best_rank) {
			best_rank = rank;
			best = rp[i].status;
		}
	}
	return best;
}

/* Does s (n bytes) end with suffix (k bytes), in any case, as a whole
 * label or after the '@'?  (The lengths are the caller's: it tries many
 * suffixes on the same names.) */
static int ends_with_ci(const char *s, size_t n, const char *suffix, size_t k)
{
	return n >= k && strcasecmp(s + n - k, suffix) == 0 &&
	       (n == k || s[n - k - 1] == '.' || s[n - k - 1] == '@' || suffix[0] == '.');
}

/* Whether status matches a code's pattern: equal, with 'x' for any
 * digit, or a prefix ending with '.'. */
static int status_fits(const char *status, const char *pat)
{
	size_t i;

	for (i = 0; pat[i]; i++) {
		if (pat[i] == '.' && pat[i + 1] == '\0')
			return status[i] == '.';
		if (pat[i] == 'x' ? !(status[i] >= '0' && status[i] <= '9') : status[i] != pat[i])
			return 0;
	}
	return status[i] == '\0';
}

static int code_status_fits(const struct mf__host_code *c, const char *status)
{
	if (!c->n_statuses)
		return 1;
	for (size_t i = 0; i < c->n_statuses; i++)
		if (status_fits(status, c->statuses[i]))
			return 1;
	return 0;
}

/* The host name of a Remote-MTA as MTAs write it: "mx.example.org",
 * "mx.example.org." or "mx.example.org[192.0.2.1]" (Postfix's host[ip]),
 * "mx.example.org. (192.0.2.1, the server for ...)" (Gmail's). */
static void host_part(const char *mta, char *out, size_t cap)
{
	size_t n = strcspn(mta, "[( \t");

	if (n >= cap)
		n = cap - 1;
	memcpy(out, mta, n);
	while (n > 0 && out[n - 1] == '.')
		n--;
	out[n] = '\0';
}

/* The diagnostic (in lower case, ASCII, when `lower`), its multi-line
 * replies unfolded (bounce_unfold.c) so that a provider's or a format's
 * sentence is read whole, malloc'd, its length in *len; or NULL (out of
 * memory). */
static char *diag_words(const struct mf__rcpt *r, int lower, size_t *len)
{
	char *low = malloc(r->diag.len + 1);

	if (!low)
		return NULL;
	for (size_t k = 0; k < r->diag.len; k++) {
		char c = r->diag.data[k];
		low[k] = (char)(lower && c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	*len = mf__unfold_replies(low, NULL, r->diag.len);
	return low;
}

/* The reason of the first code whose words occur in low (len bytes) and
 * whose statuses fit `status` (NULL: any), or -1. */
static int code_reason(const struct mf__host_code *codes, size_t n, const char *low, size_t len,
		       const char *status)
{
	for (size_t c = 0; c < n; c++) {
		if (status && !code_status_fits(&codes[c], status))
			continue;
		for (size_t w = 0; w < codes[c].n_words; w++)
			if (memmem(low, len, codes[c].words[w], strlen(codes[c].words[w])))
				return codes[c].reason;
	}
	return -1;
}

/* A receiving provider's own code in the words (data/bounce/hosts.json),
 * when the remote MTA or the recipient's domain is that provider's (or,
 * with no remote MTA, the reporting MTA of a format whose reporter is the
 * refusing host). */
static int host_reason(const struct mf__bounce_data *bd, const struct mf__rcpt *r,
		       const char *status)
{
	const char *at = strrchr(r->recipient, '@');
	const char *domain = at ? at + 1 : "";
	char *low = NULL, remote[sizeof r->remote_mta];
	int reason = -1;
	size_t n_remote, n_domain = strlen(domain), n_reporting = strlen(r->reporting_mta), n_low = 0;

	host_part(r->remote_mta, remote, sizeof remote);
	n_remote = strlen(remote);
	for (size_t i = 0; i < bd->n_hosts && reason < 0; i++) {
		const struct mf__host *h = &bd->hosts[i];
		int mine = 0;

		for (size_t k = 0; k < h->n_hosts && !mine; k++) {
			size_t n = strlen(h->hosts[k]);

			mine = ends_with_ci(remote, n_remote, h->hosts[k], n) ||
			       ends_with_ci(domain, n_domain, h->hosts[k], n) ||
			       (!r->remote_mta[0] && r->format && r->format->reporter_refused &&
				ends_with_ci(r->reporting_mta, n_reporting, h->hosts[k], n));
		}
		if (!mine || !r->diag.len)
			continue;
		if (!low && !(low = diag_words(r, 1, &n_low)))
			return -1;
		reason = code_reason(h->codes, h->n_codes, low, n_low, status);
	}
	free(low);
	return reason;
}

/* A format's own message for a failure its program met itself (Exim's
 * "Unrouteable address", OpenSMTPD's "Destination seem to reject all
 * mails"): only when the words quote no SMTP command, as Sisimai reads its
 * lhost tables only then (or, for a format marked codes_after_rcpt, any
 * command but MAIL FROM: Exim's "Delay reason: " after RCPT TO or DATA). */
static int format_reason(const struct mf__rcpt *r, int cmd, const struct mf__context *cx)
{
	const struct mf__format *f = r->format;
	char *low;
	int reason;
	size_t n;

	/* the sending MTA's own verdict (PowerMTA's bounce category) */
	if (f && f->n_codes && r->category[0] &&
	    (reason = code_reason(f->codes, f->n_codes, r->category, strlen(r->category), NULL)) >= 0)
		return reason;
	/* the report's own sentences, wherever they stand */
	if (f && f->n_codes && f->codes_in_text && cx->lower &&
	    (reason = code_reason(f->codes, f->n_codes, cx->lower, cx->len, NULL)) >= 0)
		return reason;
	if (!f || !f->n_codes || !r->diag.len || (cmd && !(f->codes_after_rcpt && cmd != 'M')))
		return -1;
	/* words in its program's own case (Sisimai's Exim module): as said */
	if (!(low = diag_words(r, !f->codes_cased, &n)))
		return -1;
	reason = code_reason(f->codes, f->n_codes, low, n, NULL);
	free(low);
	return reason;
}

/* Does the diagnostic quote the recipient's address? */
int mf__names_rcpt(const struct mf__rcpt *r)
{
	size_t n = strlen(r->recipient);
	const char *d = r->diag.data ? r->diag.data : "";
	int first;

	if (n == 0)
		return 0;
	first = tolower((unsigned char)r->recipient[0]);
	for (size_t i = 0; i + n <= r->diag.len; i++)
		if (tolower((unsigned char)d[i]) == first && strncasecmp(d + i, r->recipient, n) == 0)
			return 1;
	return 0;
}

/* Do the words say the failure is temporary (formats.json
 * "temporary_cues": "temporar" and "persistent" as Sisimai's SMTP::Error
 * reads a failure with no code, "temporarily over quota", "persistent
 * transient failure")? */
static int says_temporary(const struct mf__bounce_data *bd, const char *t, size_t n)
{
	char *low;
	int hit = 0;

	if (!bd->n_temporary_cues || !(low = malloc(n + 1)))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	for (size_t i = 0; i < bd->n_temporary_cues && !hit; i++)
		hit = memmem(low, n, bd->temporary_cues[i], strlen(bd->temporary_cues[i])) != NULL;
	free(low);
	return hit;
}

/* Besides the strongest rule, what a scan of the words found (each -1
 * when none): */
struct picks {
	int own;    /* the strongest naming a reason that does not give way
		     * to the status (not status_first) */
	int listed; /* ... nor to a delay (not delay_expires either: words
		     * of Sisimai's lists) */
	int mail;   /* the strongest marked mail_first */
};

/* The strongest bounce rule matching the text, or -1 (-2 on an error);
 * *pk (when not NULL) gets the other picks. */
static int scan_reason(const struct mf_ctx *ctx, const char *text, size_t len,
		       struct mf__norm *norm, int *have_norm, struct mf__smtp_reply *replies,
		       size_t *n_replies, struct picks *pk, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	struct mf__match *m = NULL;
	size_t n = 0, cap = 0;
	int truncated, best = -1, rc;

	if (pk)
		pk->own = pk->listed = pk->mail = -1;
	*have_norm = 0;
	*n_replies = 0;
	if (len == 0)
		return -1;
	if (mf__normalize(d, text, len, norm, err))
		return -2;
	*have_norm = 1;
	rc = mf__matcher_scan_db(ctx->matcher, MF__DB_BOUNCE, norm->text, norm->len, &m, &n,
				 &cap, MAX_MATCHES, &truncated, err);
	if (rc) {
		free(m);
		return -2;
	}
#define STRONGER(r, than) ((than) < 0 || d->rules[r].weight > d->rules[than].weight || \
			   (d->rules[r].weight == d->rules[than].weight && (r) < (than)))
	for (size_t i = 0; i < n; i++) {
		int r = m[i].rule;
		const struct mf__rule *ru = &d->rules[r];

		if (STRONGER(r, best))
			best = r;
		if (!pk || !ru->reason)
			continue;
		if (!ru->status_first && STRONGER(r, pk->own))
			pk->own = r;
		if (!ru->status_first && !ru->delay_expires && STRONGER(r, pk->listed))
			pk->listed = r;
		if (ru->mail_first && STRONGER(r, pk->mail))
			pk->mail = r;
	}
#undef STRONGER
	free(m);
	if (replies)
		*n_replies = mf__smtp_replies(norm->text, norm->len, replies, MAX_REPLIES);
	return best;
}

static int classify(const struct mf_ctx *ctx, const struct mf__rcpt *r,
		    const struct mf__context *cx, struct mf__verdict *v, struct mf__words *words,
		    struct mf_error *err)
{
	const struct mf__bounce_data *bd = ctx->bounce;
	const char *context = cx->text;
	size_t context_len = cx->len;
	struct mf__smtp_reply replies[MAX_REPLIES];
	size_t n_replies = 0, n_ctx_replies = 0;
	struct mf__norm norm;
	int have_norm = 0, rule, reason = -1, over = 0, sreason, hreason, temp, used = -1, has_failure = 0;
	int freason = -1;              /* the format's own message for the failure */
	struct picks pk;               /* what else the words' scan found */
	int named_by = -1;             /* the rule whose words named the reason */
	int cmd_diag = -1;             /* smtp_command of the diagnostic, once */
	int expired_in_queue;          /* words and status: expired in the queue */
	size_t x_unix;                 /* length of an "X-Unix;" type before the words */
	int held = -1;                 /* onhold, when its status stands for a missing one */
	const char *text_status = "", *text_code = "";

	memset(v, 0, sizeof *v);
	/* "Diagnostic-Code: X-Unix; 77" (a local program failed): the type
	 * is not the server's words ("smtp; X-Unix; 77" has them), only
	 * what follows it is scanned; it names mailererror when neither the
	 * words nor the status name a reason (below), as Sisimai's last
	 * resort after 5.3.0's systemerror. */
	x_unix = mf__diag_words(r);
	rule = scan_reason(ctx, r->diag.data ? r->diag.data + x_unix : "", r->diag.len - x_unix,
			   &norm, &have_norm, replies, &n_replies, &pk, err);
	if (rule == -2)
		return err ? err->code : MF_EENGINE;
	if (have_norm) {
		/* Statuses and codes are read from the normalized words: it
		 * is ASCII for digits whatever the width they were written in. */
		text_status = pick_status(norm.text, replies, n_replies);
	}
	/* The status. */
	/* As Sisimai: the failure status the server itself quoted wins over
	 * the DSN's Status field (which the reporting MTA may have
	 * generalized: 4.4.7 for a 4.7.1 refusal, 4.5.0 for a 550 5.5.0). */
	/* ... but a bare class quoted ("550 5.0.0 ...") says less than a
	 * DSN's specific one (Sisimai's Status->prefer keeps the field). */
	if (text_status[0] && (!r->status[0] || text_status[0] == r->status[0] || text_status[0] != '2') &&
	    !(r->status[0] && strcmp(text_status + 1, ".0.0") == 0 && strcmp(r->status + 1, ".0.0") != 0))
		snprintf(v->status, sizeof v->status, "%s", text_status);
	else if (r->status[0])
		memcpy(v->status, r->status, sizeof v->status);
	else if (text_status[0])
		snprintf(v->status, sizeof v->status, "%s", text_status);
	/* The reply code: one whose class agrees with the status. */
	for (size_t i = 0; i < n_replies; i++)
		has_failure |= replies[i].code[0] >= '4';
	if (r->reply_code[0])
		memcpy(v->reply_code, r->reply_code, sizeof v->reply_code);
	/* ... of those, the first in Sisimai's order (registered_code) */
	for (size_t i = 0, rank = 0; !r->reply_code[0] && i < n_replies; i++) {
		int k = replies[i].code[0] ? registered_code(replies[i].code) : 0;

		if (k && (!v->status[0] || replies[i].code[0] == v->status[0]) &&
		    (replies[i].code[0] >= '4' || !has_failure) &&
		    /* a success code only where the words quote a reply ("250
		     * 2.0.0 Ok", "said: 250 ..."): "your daily email limit of
		     * 200 emails" counts mail, it quotes no server */
		    (replies[i].code[0] >= '4' || replies[i].strong) &&
		    (!rank || (size_t)k < rank)) {
			rank = (size_t)k;
			text_code = replies[i].code;
			memcpy(v->reply_code, text_code, sizeof v->reply_code);
		}
	}
	/* (the diagnostic as given: the caller may route the same words) */
	if (have_norm && words && x_unix == 0) {
		words->norm = norm;
		memcpy(words->replies, replies, n_replies * sizeof *replies);
		words->n_replies = n_replies;
	} else if (have_norm) {
		mf__norm_free(&norm);
	}
	/* The reason. */
	sreason = status_reason(bd, v->status, &over);
	/* The words say the message expired in the queue and the status
	 * agrees (Exchange Online's "4.4.7 QUEUE.Expired; message expired
	 * [Message=... Connection dropped ...]"): what the last attempt's
	 * answer quoted inside says is why it was retried, not the reason,
	 * so no host's or format's code for those inner words names it. */
	expired_in_queue = rule >= 0 && ctx->data->rules[rule].final_status_first && sreason >= 0 &&
			   sreason == bd->rule_reason[rule];
	hreason = expired_in_queue ? -1 : host_reason(bd, r, v->status);
	if (hreason < 0 && !expired_in_queue && r->format && r->format->n_codes) {
		cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		freason = format_reason(r, cmd_diag, cx);
	}
	if (hreason >= 0)
		reason = hreason;
	else if (freason >= 0)
		reason = freason;
	else if (sreason >= 0 && over &&
		 !(rule >= 0 && ctx->data->rules[rule].weight >= MF__BOUNCE_DECISIVE))
		reason = sreason;
	else if (sreason >= 0 && rule >= 0 && ctx->data->rules[rule].status_first && pk.own >= 0 &&
		 bd->rule_reason[pk.own] != bd->rule_reason[rule])
		/* ... but where the words also hold a phrase of Sisimai's own
		 * lists, that phrase names the reason as Sisimai's text
		 * matching does ("rejected as spam" beside the wider
		 * "refused by the recipient", under 5.7.1: spamdetected); a
		 * phrase of the same reason as the wider words defers with
		 * them */
		reason = bd->rule_reason[named_by = rule = pk.own];
	else if (sreason >= 0 && rule >= 0 && ctx->data->rules[rule].status_first)
		/* mailfix's wider wording: Sisimai's status table comes before
		 * its retried text matching ("Account disabled" under 5.2.1 is
		 * filtered; "Mailbox disabled", in its lists, is suspend) */
		reason = sreason;
	else if (sreason >= 0 && rule >= 0 && ctx->data->rules[rule].final_status_first &&
		 !bd->reasons[sreason].retried)
		/* the queue's expiry words after the last attempt's answer:
		 * a status whose reason Sisimai does not retry from the words
		 * (a greylisting 4.7.1: blocked; 4.2.2: mailboxfull) is the
		 * reason; one it retries (4.4.x, 4.7.0) leaves them to decide */
		reason = sreason;
	else if (rule >= 0)
		reason = bd->rule_reason[named_by = rule];
	used = rule;
	/* X-Unix with nothing else said: before the report's own text */
	if (reason < 0 && sreason < 0 && r->x_unix)
		reason = mf__bounce_reason_find(bd, "mailererror");
	/* The report's own words name the reason of a recipient whose
	 * words named none, unless the report speaks of several recipients
	 * and this one has a reply of its own, with a status: then the
	 * report's words may be another recipient's ("Mailbox full" of the
	 * next address beside "451 4.3.0 Temporary lookup failure"). */
	if (reason < 0 && rule < 0 && context_len && !(cx->shared && r->diag.len && v->status[0])) {
		/* (the same text for every recipient: scanned once, so that a
		 * thousand recipients with no words of their own cost one scan
		 * of it, not a thousand) */
		int crule = cx->rule ? *cx->rule : MF__NOT_SCANNED;

		if (crule == MF__NOT_SCANNED) {
			crule = scan_reason(ctx, context, context_len, &norm, &have_norm, NULL,
					    &n_ctx_replies, NULL, err);
			if (crule == -2)
				return err ? err->code : MF_EENGINE;
			if (have_norm)
				mf__norm_free(&norm);
			if (cx->rule)
				*cx->rule = crule;
		}
		if (crule >= 0 && sreason < 0) {
			reason = bd->rule_reason[crule];
			used = named_by = crule;
		}
	}
	if (reason < 0 && sreason >= 0)
		reason = sreason;
	/* Refused right after MAIL FROM: the sender was refused, whatever
	 * the words say about a user or a host. */
	if (reason < 0 || strcmp(bd->reasons[reason].id, "userunknown") == 0 ||
	    strcmp(bd->reasons[reason].id, "hostunknown") == 0 ||
	    strcmp(bd->reasons[reason].id, "securityerror") == 0) {
		if (cmd_diag < 0)
			cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		if (cmd_diag == 'M' && !(r->format && r->format->n_mail_reasons))
			reason = mf__bounce_reason_find(bd, "rejected");
	}
	/* ... and where words of Sisimai's Rejected list stand beside those
	 * of a reason it tries after Rejected (reasons.json after_rejected: a
	 * block list, spam, a rate, a connection limit), the sender was
	 * refused: "Sender address rejected: blocked using dbl.spamhaus.org"
	 * after MAIL FROM (Sisimai's Rejected reads its words at MAIL FROM
	 * before its Blocked). */
	if (reason >= 0 && pk.mail >= 0 && reason != bd->rule_reason[pk.mail] &&
	    bd->reasons[reason].after_rejected && hreason < 0 && freason < 0) {
		int cmd;

		if (cmd_diag < 0)
			cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		/* (a DSN's Diagnostic-Code quotes the reply alone: the report's
		 * text for its only recipient says which command it answered) */
		cmd = cmd_diag || cx->shared || !context_len ? cmd_diag : smtp_command(context, context_len);
		if (cmd == 'M')
			reason = bd->rule_reason[pk.mail];
	}
	/* A format that files refusals after MAIL FROM on hold (Exim's
	 * "SMTP error from remote mail server after MAIL FROM:"): only the
	 * reasons it lists come from the words, and a status it was not
	 * given is the one of onhold. */
	if (r->format && r->format->n_mail_reasons) {
		if (cmd_diag < 0)
			cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		if (cmd_diag == 'M') {
			int listed = 0;

			for (size_t i = 0; reason >= 0 && i < r->format->n_mail_reasons; i++)
				listed |= strcmp(bd->reasons[reason].id, r->format->mail_reasons[i]) == 0;
			held = mf__bounce_reason_find(bd, "onhold");
			if (!listed && hreason < 0)
				reason = held;
		}
	}
	/* Only the generic wording: a format's own words for an unknown
	 * user (bounce.userunknown-named) stay userunknown. */
	if (reason >= 0 && strcmp(bd->reasons[reason].id, "userunknown") == 0 && used >= 0 &&
	    strcmp(ctx->data->rules[used].id, "bounce.userunknown") == 0 &&
	    (sreason < 0 || strcmp(bd->reasons[sreason].id, "userunknown") != 0)) {
		int cmd;

		if (cmd_diag < 0)
			cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		cmd = cmd_diag;
		if (!cmd && context_len)
			cmd = smtp_command(context, context_len);
		/* Sisimai: a mailbox refused after DATA, or with no status
		 * (or a status saying filtered, or only a security refusal:
		 * 5.7.x, a reason Sisimai retries from the words) other than
		 * at RCPT, was refused by a filter. */
		/* ... unless the refusal names the recipient's address: that
		 * is the answer to RCPT TO:<address>. */
		/* ... and at MAIL FROM (the report's text says so where the
		 * Diagnostic-Code quotes the reply alone), where Sisimai's
		 * Filtered never reads, the sender was refused. */
		if (cmd == 'D' || (cmd != 'R' && !(r->status[0] && mf__names_rcpt(r)) && (sreason < 0 ||
			strcmp(bd->reasons[sreason].id, "filtered") == 0 ||
			strcmp(bd->reasons[sreason].id, "securityerror") == 0)))
			reason = mf__bounce_reason_find(bd, cmd == 'M' ? "rejected" : "filtered");
	}
	/* A delayed delivery named only by words in none of Sisimai's lists
	 * (a rule marked delay_expires: "Connection refused", "Rate
	 * limited", "Temporary system error") takes the reason its status
	 * names, else expired: Sisimai tries its status table and its lists,
	 * then files the delay under expired. */
	/* ... or, with no status naming one, the reason that words of
	 * Sisimai's lists in the same reply name (NetEase's help_spam URL
	 * beside "too many messages sent": spamdetected) */
	if (strcmp(r->action, "delayed") == 0 && named_by >= 0 && reason >= 0 &&
	    ctx->data->rules[named_by].delay_expires && reason == bd->rule_reason[named_by])
		reason = sreason >= 0 ? sreason
			: pk.listed >= 0 ? bd->rule_reason[pk.listed] : mf__bounce_reason_find(bd, "expired");
	/* A delayed delivery that names no other cause is on its way to
	 * expiring (Sisimai files delayed DSNs under expired). */
	if (strcmp(r->action, "delayed") == 0 && (reason < 0 ||
	    strcmp(bd->reasons[reason].id, "onhold") == 0 ||
	    strcmp(bd->reasons[reason].id, "undefined") == 0))
		reason = mf__bounce_reason_find(bd, "expired");
	/* a provider's own code is the last word, then the format's own */
	if (hreason >= 0)
		reason = hreason;
	else if (freason >= 0)
		reason = freason;
	/* ... but a format that files a refusal of HELO / EHLO under one
	 * reason (Exim: blocked) does so before it reads any words: the
	 * recipient's words say so, or (a DSN's Diagnostic-Code quotes the
	 * reply alone) the report's text for its only recipient */
	if (r->format && r->format->helo_reason_idx >= 0) {
		if (cmd_diag < 0)
			cmd_diag = smtp_command(r->diag.data ? r->diag.data : "", r->diag.len);
		if (cmd_diag == 'H' ||
		    (!cmd_diag && !cx->shared && cx->text && smtp_command(cx->text, context_len) == 'H'))
			reason = r->format->helo_reason_idx;
	}
	if (reason < 0 && r->reason_hint)
		reason = mf__bounce_reason_find(bd, r->reason_hint);
	if (reason < 0 && strcmp(r->action, "delayed") == 0)
		reason = mf__bounce_reason_find(bd, "expired");
	if (reason < 0)
		/* Who failed is known but not why: on hold for a person to
		 * read; nothing known at all: undefined. */
		reason = mf__bounce_reason_find(bd, v->status[0] || v->reply_code[0] ||
						      (r->recipient[0] && !r->guessed) ? "onhold"
											: "undefined");
	if (reason < 0)
		reason = 0;
	v->reason = reason;
	temp = v->status[0] == '4' || (!v->status[0] && v->reply_code[0] == '4') ||
	       strcmp(r->action, "delayed") == 0;
	/* No code at all: the words say whether the failure is temporary,
	 * or the report's own text does ("The attached message has
	 * encountered temporary delivery problems"). */
	if (!v->status[0] && !v->reply_code[0] && !temp)
		temp = says_temporary(bd, r->diag.data ? r->diag.data : "", r->diag.len) ||
		       (context_len && says_temporary(bd, context, context_len));
	/* ... or the format files the reason as temporary when no code came:
	 * only a reason the format's own messages named (Sisimai's Exim
	 * module makes its own expiry temporary, not one the generic words
	 * found) */
	for (size_t i = 0; !v->status[0] && !v->reply_code[0] && !temp && r->format &&
			   freason >= 0 && i < r->format->n_codeless_temp; i++)
		temp = r->format->codeless_temp[i] == reason;
	if (!v->status[0]) {
		const char *ps = bd->reasons[held >= 0 ? held : reason].pseudo;
		snprintf(v->status, sizeof v->status, "%c%s", temp ? '4' : ps[0], ps + 1);
	}
	switch (bd->reasons[reason].hard) {
	case 1:
		v->hard = 1;
		break;
	case 2:
		v->hard = !temp && v->status[0] != '4' && v->reply_code[0] != '4';
		break;
	default:
		v->hard = 0;
	}
	(void)text_code;
	return 0;
}

/* (A multi-line reply quoted with its lines joined is read unfolded:
 * the normalization drops the later lines' prefixes, bounce_unfold.c, so
 * that the verdict and the cause routed on the same words agree.) */
int mf__bounce_classify(const struct mf_ctx *ctx, const struct mf__rcpt *r,
			const struct mf__context *cx, struct mf__verdict *v,
			struct mf__words *words, struct mf_error *err)
{
	if (words) {
		memset(&words->norm, 0, sizeof words->norm);
		words->n_replies = 0;
	}
	return classify(ctx, r, cx, v, words, err);
}
