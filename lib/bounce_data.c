/*
 * bounce_data.c: load and validate the bounce knowledge of explain:
 * data/bounce/reasons.json (the reason ids of INTERFACE.md with their
 * hard/soft rule, side, path, Sisimai-compatible pseudo status, texts,
 * and the statuses that name a reason by themselves) and
 * data/bounce/formats.json (how each bounce family is recognized and
 * where its explanation and returned original sit) and
 * data/bounce/hosts.json (receiving providers' own refusal codes; formats
 * carry their programs' own failure messages the same way).  The reason rules
 * themselves are ordinary rules (data/rules/bounce-*.json) with a
 * "reason" key, loaded by data.c; this file checks that every such
 * reason is a known id.  Any problem names the file and the record.
 */
#include <errno.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include <jansson.h>

#include "data_load.h"
#include "explain.h"

#define MAX_FILE (1024 * 1024)

struct bloader {
	struct mf__bounce_data *bd;
	const struct mf__data *d;
	struct mf_error *err;
	const char *file;
	char record[128];
	json_t **docs;
	size_t n_docs;
};

/* What the bounce data owns: its JSON documents (strings point into
 * them) and an arena of what loading made. */
struct barena {
	json_t *docs[8];
	size_t n_docs;
	struct mf__arena *mem;
};

static void *balloc(struct mf__bounce_data *bd, size_t size)
{
	return mf__arena_alloc(((struct barena *)bd->arena)->mem, size);
}

static int bad(struct bloader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int bad(struct bloader *l, const char *fmt, ...)
{
	char msg[400], where[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(where, sizeof where, "%s%s%s", l->file, l->record[0] ? ": " : "", l->record);
	return mf__fail(l->err, MF_EDATA, where, NULL, "%s: %s", where, msg);
}

static int check_keys(struct bloader *l, json_t *obj, const char *const *allowed)
{
	const char *key;
	json_t *v;

	if (!json_is_object(obj))
		return bad(l, "must be an object");
	json_object_foreach(obj, key, v) {
		int ok = 0;
		for (const char *const *k = allowed; *k; k++)
			ok |= strcmp(*k, key) == 0;
		if (!ok)
			return bad(l, "unknown key \"%s\"", key);
	}
	return 0;
}

static int get_str(struct bloader *l, json_t *o, const char *key, int required,
		   const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (!v)
		return required ? bad(l, "missing \"%s\"", key) : 0;
	if (!json_is_string(v) || json_string_length(v) == 0 ||
	    strlen(json_string_value(v)) != json_string_length(v))
		return bad(l, "\"%s\" must be a non-empty string", key);
	*out = json_string_value(v);
	return 0;
}

/* A list of marker strings, lower case unless any_case. */
static int get_markers_case(struct bloader *l, json_t *o, const char *key,
			    const char ***out, size_t *n, int any_case);

/* A list of lower-case marker strings. */
static int get_markers(struct bloader *l, json_t *o, const char *key,
		       const char ***out, size_t *n)
{
	return get_markers_case(l, o, key, out, n, 0);
}

static int get_markers_case(struct bloader *l, json_t *o, const char *key,
			    const char ***out, size_t *n, int any_case)
{
	json_t *v = json_object_get(o, key), *item;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return bad(l, "\"%s\" must be a list of strings", key);
	*out = balloc(l->bd, (json_array_size(v) + 1) * sizeof **out);
	if (!*out)
		return MF_ENOMEM;
	json_array_foreach(v, i, item) {
		const char *s = json_string_value(item);

		if (!json_is_string(item) || json_string_length(item) == 0 ||
		    strlen(s) != json_string_length(item))
			return bad(l, "\"%s\" item %zu must be a non-empty string", key, i + 1);
		for (const char *p = s; *p && !any_case; p++)
			if (*p >= 'A' && *p <= 'Z')
				return bad(l, "\"%s\" item %zu (\"%s\") must be lower case: "
					   "markers match the lower-cased message", key, i + 1, s);
		(*out)[i] = s;
	}
	*n = json_array_size(v);
	return 0;
}

static int get_text(struct bloader *l, json_t *v, const char *what, struct mf__text *t)
{
	static const char *const keys[] = {"en", "zh", NULL};
	int rc;

	if (!json_is_object(v))
		return bad(l, "\"%s\" must be {\"en\": ..., \"zh\": ...}", what);
	if ((rc = check_keys(l, v, keys)) || (rc = get_str(l, v, "en", 1, &t->en)) ||
	    (rc = get_str(l, v, "zh", 1, &t->zh)))
		return rc;
	t->zh_hant = mf__zh_hant_find(l->d, t->zh);
	return 0;
}

static int valid_status(const char *s, int prefix)
{
	int dots = 0;

	if (!(s[0] == '2' || s[0] == '4' || s[0] == '5') || s[1] != '.')
		return 0;
	for (const char *p = s + 1; *p; p++) {
		if (*p == '.')
			dots++;
		else if (*p < '0' || *p > '9')
			return 0;
	}
	return prefix ? dots >= 1 : dots == 2 && s[strlen(s) - 1] != '.';
}

/* An optional true / false of a record (a reason, a format): *out 1 or 0
 * (0 when it is not given). */
static int get_flag(struct bloader *l, json_t *o, const char *name, int *out)
{
	json_t *v = json_object_get(o, name);

	*out = 0;
	if (!v)
		return 0;
	if (!json_is_boolean(v))
		return bad(l, "\"%s\" must be true or false", name);
	*out = json_is_true(v);
	return 0;
}

/* One reason of reasons.json's list (key NULL: its id must be new), or
 * the answer under `key` ("receipt", "challenge"): id, pseudo status,
 * hard, side, path, title, steps. */
static int load_reason(struct bloader *l, json_t *r, struct mf__reason *R, const char *key)
{
	static const char *const keys[] = {"id", "pseudo_status", "hard", "retried", "after_rejected",
					   "side", "path", "title", "steps", NULL};
	struct mf__bounce_data *bd = l->bd;
	const char *hard, *side, *path;
	json_t *steps, *s;
	size_t k;
	int rc;

	l->record[0] = '\0';
	if (!json_is_object(r))
		return bad(l, "\"%s\" must be an object", key ? key : "reasons item");
	if ((rc = check_keys(l, r, keys)) || (rc = get_str(l, r, "id", 1, &R->id)))
		return rc;
	snprintf(l->record, sizeof l->record, "reason %s", R->id);
	if (!key && mf__bounce_reason_find(bd, R->id) >= 0)
		return bad(l, "duplicate reason id");
	if ((rc = get_str(l, r, "pseudo_status", 1, &R->pseudo)) ||
	    (rc = get_str(l, r, "hard", 1, &hard)) ||
	    (rc = get_str(l, r, "side", 1, &side)) ||
	    (rc = get_str(l, r, "path", 1, &path)) ||
	    (rc = get_text(l, json_object_get(r, "title"), "title", &R->title)))
		return rc;
	if (!valid_status(R->pseudo, 0))
		return bad(l, "\"pseudo_status\" \"%s\" is not an RFC 3463 status", R->pseudo);
	if ((rc = get_flag(l, r, "retried", &R->retried)) ||
	    (rc = get_flag(l, r, "after_rejected", &R->after_rejected)))
		return rc;
	if (strcmp(hard, "never") == 0)
		R->hard = 0;
	else if (strcmp(hard, "always") == 0)
		R->hard = 1;
	else if (strcmp(hard, "permanent") == 0)
		R->hard = 2;
	else
		return bad(l, "\"hard\" must be never, always or permanent");
	if ((R->side = mf__side_from_name(side)) < 0)
		return bad(l, "unknown side \"%s\"", side);
	if ((R->path = mf__data_find_path(l->d, path)) < 0)
		return bad(l, "\"path\" names no path: \"%s\"", path);
	steps = json_object_get(r, "steps");
	if (!json_is_array(steps))
		return bad(l, "\"steps\" must be a list of {en, zh} texts");
	R->steps.v = balloc(bd, (json_array_size(steps) + 1) * sizeof *R->steps.v);
	if (!R->steps.v)
		return MF_ENOMEM;
	json_array_foreach(steps, k, s) {
		if ((rc = get_text(l, s, "steps", &R->steps.v[k])))
			return rc;
	}
	R->steps.n = json_array_size(steps);
	return 0;
}

static int load_reasons(struct bloader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "reasons", "receipt", "challenge", "statuses",
					  NULL};
	static const char *const skeys[] = {"status", "reason", "over_text", "comment", NULL};
	struct mf__bounce_data *bd = l->bd;
	json_t *arr = json_object_get(doc, "reasons"), *st = json_object_get(doc, "statuses");
	json_t *r;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return bad(l, "\"reasons\" must be a non-empty list");
	bd->reasons = balloc(bd, json_array_size(arr) * sizeof *bd->reasons);
	if (!bd->reasons)
		return MF_ENOMEM;
	json_array_foreach(arr, i, r) {
		if ((rc = load_reason(l, r, &bd->reasons[i], NULL)))
			return rc;
		bd->n_reasons++;
	}
	/* what route says of a pasted read receipt or challenge, which
	 * explain reads as no bounce (not reasons: explain never gives them) */
	if ((rc = load_reason(l, json_object_get(doc, "receipt"), &bd->receipt, "receipt")) ||
	    (rc = load_reason(l, json_object_get(doc, "challenge"), &bd->challenge, "challenge")))
		return rc;
	l->record[0] = '\0';
	if (!json_is_array(st))
		return bad(l, "\"statuses\" must be a list");
	bd->statuses = balloc(bd, (json_array_size(st) + 1) * sizeof *bd->statuses);
	if (!bd->statuses)
		return MF_ENOMEM;
	json_array_foreach(st, i, r) {
		struct mf__status_reason *S = &bd->statuses[i];
		const char *reason;
		json_t *ot;

		snprintf(l->record, sizeof l->record, "statuses item %zu", i + 1);
		if ((rc = check_keys(l, r, skeys)) || (rc = get_str(l, r, "status", 1, &S->status)) ||
		    (rc = get_str(l, r, "reason", 1, &reason)))
			return rc;
		if (!valid_status(S->status, 1))
			return bad(l, "\"%s\" is not a status or a status prefix", S->status);
		if ((S->reason = mf__bounce_reason_find(bd, reason)) < 0)
			return bad(l, "\"reason\" names no reason: \"%s\"", reason);
		ot = json_object_get(r, "over_text");
		if (ot && !json_is_boolean(ot))
			return bad(l, "\"over_text\" must be true or false");
		S->over_text = json_is_true(ot);
		bd->n_statuses++;
	}
	l->record[0] = '\0';
	return 0;
}

/* A status pattern of a code: "5.7.1", "5.7.9xx" (x any digit) or a
 * prefix "5.7.". */
static int valid_status_pattern(const char *s)
{
	char buf[32];
	size_t n = strlen(s);

	if (n == 0 || n >= sizeof buf)
		return 0;
	for (size_t i = 0; i < n; i++)
		buf[i] = s[i] == 'x' ? '0' : s[i];
	buf[n] = '\0';
	return s[0] != 'x' && valid_status(buf, 1);
}

/* A "codes" list: [{"words": [...], "statuses": [...]?, "reason": id}],
 * words lower case. */
static int get_codes(struct bloader *l, json_t *codes, const char *owner,
		     struct mf__host_code **out, size_t *n, int any_case)
{
	static const char *const ckeys[] = {"words", "statuses", "reason", NULL};
	json_t *c;
	size_t k;
	int rc;

	*out = NULL;
	*n = 0;
	if (!json_is_array(codes) || json_array_size(codes) == 0)
		return bad(l, "\"codes\" must be a non-empty list");
	*out = balloc(l->bd, json_array_size(codes) * sizeof **out);
	if (!*out)
		return MF_ENOMEM;
	json_array_foreach(codes, k, c) {
		struct mf__host_code *C = &(*out)[k];
		const char *reason;

		snprintf(l->record, sizeof l->record, "%s, code %zu", owner, k + 1);
		if ((rc = check_keys(l, c, ckeys)) ||
		    (rc = get_markers_case(l, c, "words", &C->words, &C->n_words, any_case)) ||
		    (rc = get_str(l, c, "reason", 1, &reason)))
			return rc;
		if (!C->n_words)
			return bad(l, "give \"words\"");
		if ((rc = get_markers(l, c, "statuses", &C->statuses, &C->n_statuses)))
			return rc;
		if (json_object_get(c, "statuses") && !C->n_statuses)
			return bad(l, "\"statuses\" must not be empty");
		for (size_t i = 0; i < C->n_statuses; i++)
			if (!valid_status_pattern(C->statuses[i]))
				return bad(l, "\"statuses\" item %zu (\"%s\") is not a status, a "
					   "status with x for any digit, or a prefix", i + 1,
					   C->statuses[i]);
		if ((C->reason = mf__bounce_reason_find(l->bd, reason)) < 0)
			return bad(l, "\"reason\" names no reason: \"%s\"", reason);
	}
	*n = json_array_size(codes);
	return 0;
}

/* A format's own failure messages ("codes", read in the whole
 * explanation with "codes_in_text"), the reasons it files as temporary
 * when no code was given ("codeless_temporary") and whether its reporter
 * is the refusing host ("reporter_refused"), whether they hold after an
 * SMTP command other than MAIL FROM ("codes_after_rcpt"), whether its
 * recipients are written "<address>:" ("rcpt_bracket_colon") and whether
 * its code words match only in the case its program writes them
 * ("codes_cased", the words then given so). */
static int load_format_codes(struct bloader *l, json_t *f, struct mf__format *F)
{
	const char **temp;
	char owner[128];
	int rc;

	if ((rc = get_markers(l, f, "codeless_temporary", &temp, &F->n_codeless_temp)))
		return rc;
	F->codeless_temp = balloc(l->bd, (F->n_codeless_temp + 1) * sizeof *F->codeless_temp);
	if (!F->codeless_temp)
		return MF_ENOMEM;
	for (size_t k = 0; k < F->n_codeless_temp; k++)
		if ((F->codeless_temp[k] = mf__bounce_reason_find(l->bd, temp[k])) < 0)
			return bad(l, "\"codeless_temporary\" item %zu names no reason: \"%s\"",
				   k + 1, temp[k]);
	if ((rc = get_flag(l, f, "reporter_refused", &F->reporter_refused)) ||
	    (rc = get_flag(l, f, "codes_in_text", &F->codes_in_text)) ||
	    (rc = get_flag(l, f, "rcpt_bracket_colon", &F->rcpt_bracket_colon)) ||
	    (rc = get_flag(l, f, "codes_after_rcpt", &F->codes_after_rcpt)) ||
	    (rc = get_flag(l, f, "codes_cased", &F->codes_cased)))
		return rc;
	if (!json_object_get(f, "codes"))
		return 0;
	snprintf(owner, sizeof owner, "format %s", F->id);
	if ((rc = get_codes(l, json_object_get(f, "codes"), owner, &F->codes, &F->n_codes,
			    F->codes_cased)))
		return rc;
	snprintf(l->record, sizeof l->record, "%s", owner);
	return 0;
}

/* Does s end with a colon, ASCII or full-width (U+FF1A)? */
static int ends_with_colon(const char *s)
{
	size_t n = strlen(s);

	return (n >= 1 && s[n - 1] == ':') || (n >= 3 && memcmp(s + n - 3, "\xef\xbc\x9a", 3) == 0);
}

/* formats.json's words a message is read by (explain.h says what each
 * list is for), with the shapes the code that reads them relies on. */
static int load_system_words(struct bloader *l, json_t *doc)
{
	struct mf__bounce_data *bd = l->bd;
	int rc;

	if ((rc = get_markers(l, doc, "forward_subject_prefixes", &bd->forward_subject_prefixes,
			      &bd->n_forward_subject_prefixes)) ||
	    (rc = get_markers(l, doc, "reply_attributions", &bd->reply_attributions,
			      &bd->n_reply_attributions)) ||
	    (rc = get_markers(l, doc, "temporary_cues", &bd->temporary_cues,
			      &bd->n_temporary_cues)) ||
	    (rc = get_markers(l, doc, "system_addresses", &bd->system_addresses,
			      &bd->n_system_addresses)) ||
	    (rc = get_markers(l, doc, "sender_labels", &bd->sender_labels, &bd->n_sender_labels)) ||
	    (rc = get_markers(l, doc, "recipient_labels", &bd->recipient_labels,
			      &bd->n_recipient_labels)) ||
	    (rc = get_markers(l, doc, "sender_phrases", &bd->sender_phrases,
			      &bd->n_sender_phrases)))
		return rc;
	for (size_t k = 0; k < bd->n_reply_attributions; k++)
		if (!ends_with_colon(bd->reply_attributions[k]))
			return bad(l, "\"reply_attributions\" item %zu (\"%s\") must end with a colon "
				   "(\":\" or \"\xef\xbc\x9a\"): lines are tested for one only there",
				   k + 1, bd->reply_attributions[k]);
	for (size_t k = 0; k < bd->n_system_addresses; k++) {
		const char *a = bd->system_addresses[k];
		if (strchr(a, '@') != a + strlen(a) - 1 || a[0] == '@')
			return bad(l, "\"system_addresses\" item %zu (\"%s\") must be a local part "
				   "and \"@\" (\"postmaster@\")", k + 1, a);
	}
	for (size_t k = 0; k < bd->n_sender_phrases; k++) {
		const char *w = bd->sender_phrases[k];
		if (!isalpha((unsigned char)w[0]) || !isalpha((unsigned char)w[strlen(w) - 1]))
			return bad(l, "\"sender_phrases\" item %zu (\"%s\") must start and end with a "
				   "letter: it is compared with the words next to an address", k + 1, w);
	}
	for (size_t k = 0; k < bd->n_sender_labels; k++)
		if ((unsigned char)bd->sender_labels[k][0] < 0xe0)
			return bad(l, "\"sender_labels\" item %zu (\"%s\") must start with a Chinese "
				   "character: only lines that start with one are tested for a label",
				   k + 1, bd->sender_labels[k]);
	return 0;
}

static int load_formats(struct bloader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "end_markers", "end_line_markers", "bounce_from",
					  "bounce_subject", "autoreply_subject", "autoreply_headers",
					  "autoreply_weak_headers", "autoreply_not_from",
					  "autoreply_not_subject", "challenge_markers",
					  "forward_subject_prefixes", "reply_attributions",
					  "temporary_cues", "system_addresses", "sender_labels",
					  "recipient_labels", "sender_phrases", "formats", NULL};
	static const char *const keys[] = {"id", "description", "from", "subject", "body",
					   "names", "begin", "end", "reason", "mail_reasons", "helo_reason", "codes",
					   "codeless_temporary", "reporter_refused", "response",
					   "codes_in_text", "codes_after_rcpt", "rcpt_bracket_colon",
					   "codes_cased", NULL};
	struct mf__bounce_data *bd = l->bd;
	json_t *arr = json_object_get(doc, "formats"), *f;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)) ||
	    (rc = get_markers(l, doc, "end_markers", &bd->end_markers, &bd->n_end_markers)) ||
	    (rc = get_markers(l, doc, "end_line_markers", &bd->end_line_markers,
			      &bd->n_end_line_markers)) ||
	    (rc = get_markers(l, doc, "bounce_from", &bd->bounce_from, &bd->n_bounce_from)) ||
	    (rc = get_markers(l, doc, "bounce_subject", &bd->bounce_subject,
			      &bd->n_bounce_subject)) ||
	    (rc = get_markers(l, doc, "autoreply_subject", &bd->autoreply_subject,
			      &bd->n_autoreply_subject)) ||
	    (rc = get_markers(l, doc, "autoreply_headers", &bd->autoreply_headers,
			      &bd->n_autoreply_headers)) ||
	    (rc = get_markers(l, doc, "autoreply_weak_headers", &bd->autoreply_weak_headers,
			      &bd->n_autoreply_weak_headers)) ||
	    (rc = get_markers(l, doc, "autoreply_not_from", &bd->autoreply_not_from,
			      &bd->n_autoreply_not_from)) ||
	    (rc = get_markers(l, doc, "autoreply_not_subject", &bd->autoreply_not_subject,
			      &bd->n_autoreply_not_subject)) ||
	    (rc = get_markers(l, doc, "challenge_markers", &bd->challenge_markers,
			      &bd->n_challenge_markers)) ||
	    (rc = load_system_words(l, doc)))
		return rc;
	for (size_t k = 0; k < bd->n_autoreply_headers + bd->n_autoreply_weak_headers; k++) {
		const char *h = k < bd->n_autoreply_headers ? bd->autoreply_headers[k]
			: bd->autoreply_weak_headers[k - bd->n_autoreply_headers];
		const char *c = strchr(h, ':'), *sp = strchr(h, ' ');

		if (!c || c == h || (sp && sp < c) || (size_t)(c - h) >= 63)
			return bad(l, "auto-reply header marker \"%s\" must be \"name:\" or \"name: word\"", h);
	}
	if (!json_is_array(arr))
		return bad(l, "\"formats\" must be a list");
	bd->formats = balloc(bd, (json_array_size(arr) + 1) * sizeof *bd->formats);
	if (!bd->formats)
		return MF_ENOMEM;
	json_array_foreach(arr, i, f) {
		struct mf__format *F = &bd->formats[i];
		const char *desc;

		l->record[0] = '\0';
		if ((rc = check_keys(l, f, keys)) || (rc = get_str(l, f, "id", 1, &F->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "format %s", F->id);
		for (size_t k = 0; k < i; k++)
			if (strcmp(bd->formats[k].id, F->id) == 0)
				return bad(l, "duplicate format id");
		if ((rc = get_str(l, f, "description", 1, &desc)) ||
		    (rc = get_markers(l, f, "from", &F->from, &F->n_from)) ||
		    (rc = get_markers(l, f, "subject", &F->subject, &F->n_subject)) ||
		    (rc = get_markers(l, f, "body", &F->body, &F->n_body)) ||
		    (rc = get_markers(l, f, "names", &F->names, &F->n_names)) ||
		    (rc = get_markers(l, f, "begin", &F->begin, &F->n_begin)) ||
		    (rc = get_markers(l, f, "end", &F->end, &F->n_end)) ||
		    (rc = get_markers(l, f, "response", &F->response, &F->n_response)) ||
		    (rc = get_str(l, f, "reason", 0, &F->reason)) ||
		    (rc = get_markers(l, f, "mail_reasons", &F->mail_reasons,
				      &F->n_mail_reasons)))
			return rc;
		for (size_t k = 0; k < F->n_mail_reasons; k++)
			if (mf__bounce_reason_find(bd, F->mail_reasons[k]) < 0)
				return bad(l, "\"mail_reasons\" item %zu names no reason: \"%s\"",
					   k + 1, F->mail_reasons[k]);
		if ((rc = load_format_codes(l, f, F)))
			return rc;
		if (!F->n_from && !F->n_subject && !F->n_body && !F->n_names)
			return bad(l, "give \"from\", \"subject\", \"body\" or \"names\" "
				   "markers: the format could never be recognized");
		F->reason_idx = -1;
		if (F->reason && (F->reason_idx = mf__bounce_reason_find(bd, F->reason)) < 0)
			return bad(l, "\"reason\" names no reason: \"%s\"", F->reason);
		F->helo_reason_idx = -1;
		if ((rc = get_str(l, f, "helo_reason", 0, &F->helo_reason)))
			return rc;
		if (F->helo_reason && (F->helo_reason_idx = mf__bounce_reason_find(bd, F->helo_reason)) < 0)
			return bad(l, "\"helo_reason\" names no reason: \"%s\"", F->helo_reason);
		bd->n_formats++;
	}
	l->record[0] = '\0';
	return 0;
}

static int load_hosts(struct bloader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "hosts", NULL};
	static const char *const keys[] = {"id", "description", "hosts", "codes", NULL};
	struct mf__bounce_data *bd = l->bd;
	json_t *arr = json_object_get(doc, "hosts"), *h;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr))
		return bad(l, "\"hosts\" must be a list");
	bd->hosts = balloc(bd, (json_array_size(arr) + 1) * sizeof *bd->hosts);
	if (!bd->hosts)
		return MF_ENOMEM;
	json_array_foreach(arr, i, h) {
		struct mf__host *H = &bd->hosts[i];
		const char *desc;
		json_t *codes = json_object_get(h, "codes");

		l->record[0] = '\0';
		if ((rc = check_keys(l, h, keys)) || (rc = get_str(l, h, "id", 1, &H->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "host %s", H->id);
		for (size_t j = 0; j < i; j++)
			if (strcmp(bd->hosts[j].id, H->id) == 0)
				return bad(l, "duplicate host id");
		if ((rc = get_str(l, h, "description", 1, &desc)) ||
		    (rc = get_markers(l, h, "hosts", &H->hosts, &H->n_hosts)))
			return rc;
		if (!H->n_hosts)
			return bad(l, "give \"hosts\": the entry would apply nowhere");
		{
			char owner[128];

			snprintf(owner, sizeof owner, "host %s", H->id);
			if ((rc = get_codes(l, codes, owner, &H->codes, &H->n_codes, 0)))
				return rc;
		}
		bd->n_hosts++;
	}
	l->record[0] = '\0';
	return 0;
}

/* The JSON of bounce/<name>, which the data loader parsed (and found to
 * be an object) with the rest of the data: shared, its reference taken. */
static int read_doc(struct bloader *l, const char *dir, const char *name, json_t **out)
{
	if (!(*out = mf__data_document(l->d, name)))
		return mf__fail(l->err, MF_EDATA, name, "explain needs this file",
				"%s: missing from %s", name, dir ? dir : "the built-in data");
	json_incref(*out);
	return 0;
}

int mf__bounce_reason_find(const struct mf__bounce_data *bd, const char *id)
{
	for (size_t i = 0; i < bd->n_reasons; i++)
		if (strcmp(bd->reasons[i].id, id) == 0)
			return (int)i;
	return -1;
}

int mf__bounce_data_load(struct mf__bounce_data **out, const struct mf__data *d,
			 const char *dir, struct mf_error *err)
{
	struct mf__bounce_data *bd = calloc(1, sizeof *bd);
	struct barena *a = calloc(1, sizeof *a);
	struct bloader l = {0};
	json_t *doc;
	int rc;

	*out = NULL;
	if (dir) {
		/* A data directory without bounce/ (a route-only set) leaves
		 * explain unavailable; that is not an error unless rules name
		 * bounce reasons, which then mean nothing. */
		char path[1024];
		struct stat st;

		snprintf(path, sizeof path, "%s/bounce", dir);
		if (stat(path, &st) != 0) {
			free(bd);
			free(a);
			for (size_t i = 0; i < d->n_rules; i++)
				if (d->rules[i].reason) {
					char where[256];

					snprintf(where, sizeof where, "%s: rule %s", d->rules[i].file,
						 d->rules[i].id);
					return mf__fail(err, MF_EDATA, where,
							"add bounce/reasons.json, formats.json and hosts.json",
							"%s: names reason \"%s\" but the data has no bounce/ directory",
							where, d->rules[i].reason);
				}
			return 0;
		}
	}
	if (a)
		a->mem = mf__arena_new(16 * 1024, 0);
	if (!bd || !a || !a->mem) {
		if (a)
			mf__arena_free(a->mem);
		free(bd);
		free(a);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	memset(&l.record, 0, sizeof l.record);
	bd->arena = a;
	l.bd = bd;
	l.d = d;
	l.err = err;
	l.file = "bounce/reasons.json";
	rc = read_doc(&l, dir, l.file, &doc);
	if (doc)
		a->docs[a->n_docs++] = doc;
	if (!rc)
		rc = load_reasons(&l, doc);
	if (!rc) {
		l.file = "bounce/formats.json";
		rc = read_doc(&l, dir, l.file, &doc);
		if (doc)
			a->docs[a->n_docs++] = doc;
		if (!rc)
			rc = load_formats(&l, doc);
	}
	if (!rc) {
		l.file = "bounce/hosts.json";
		rc = read_doc(&l, dir, l.file, &doc);
		if (doc)
			a->docs[a->n_docs++] = doc;
		if (!rc)
			rc = load_hosts(&l, doc);
	}
	if (!rc) {
		bd->rule_reason = balloc(bd, (d->n_rules + 1) * sizeof *bd->rule_reason);
		if (!bd->rule_reason)
			rc = MF_ENOMEM;
		for (size_t i = 0; !rc && i < d->n_rules; i++) {
			const struct mf__rule *r = &d->rules[i];

			bd->rule_reason[i] = -1;
			if (!r->reason)
				continue;
			if ((bd->rule_reason[i] = mf__bounce_reason_find(bd, r->reason)) < 0) {
				char where[256];

				snprintf(where, sizeof where, "%s: rule %s", r->file, r->id);
				rc = mf__fail(err, MF_EDATA, where,
					      "use a reason id of bounce/reasons.json",
					      "%s: \"reason\" names no reason: \"%s\"", where, r->reason);
			}
		}
	}
	if (rc == MF_ENOMEM)
		mf__fail(err, rc, NULL, NULL, "out of memory while loading bounce data");
	if (rc) {
		mf__bounce_data_free(bd);
		return rc;
	}
	*out = bd;
	return 0;
}

void mf__bounce_data_free(struct mf__bounce_data *bd)
{
	struct barena *a;

	if (!bd)
		return;
	a = bd->arena;
	if (a) {
		for (size_t i = 0; i < a->n_docs; i++)
			json_decref(a->docs[i]);
		mf__arena_free(a->mem);
		free(a);
	}
	free(bd);
}
