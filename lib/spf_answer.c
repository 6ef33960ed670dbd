/*
 * spf_answer.c: renders an SPF result (lib/spf.c) as INTERFACE.md's
 * "Answer of spf" JSON line (with lib/json.c, the one writer: bulk runs
 * print tens of thousands a second), or as text for a terminal: the result, the
 * record tree with the running DNS-term and void-lookup counts, the
 * malformed term with its column, and what a receiver will do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "spf.h"

/* mf__json_string for text that may not be UTF-8: names met in DNS
 * answers can hold any byte, and the writer needs valid UTF-8.  Invalid
 * bytes become U+FFFD. */
static void jstr(struct mf__json *j, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct mf__buf clean;
	size_t i = 0, n;

	if (!s) {
		mf__json_null(j);
		return;
	}
	n = strlen(s);
	while (i < n && p[i] < 0x80)
		i++;
	if (i == n) { /* ASCII: the usual case */
		mf__json_string_n(j, s, n);
		return;
	}
	mf__buf_init(&clean, 4 * n + 4);
	mf__buf_append(&clean, s, i);
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k > 0) {
			mf__buf_append(&clean, s + i, (size_t)k);
			i += (size_t)k;
		} else {
			mf__buf_append(&clean, "\xef\xbf\xbd", 3);
			i++;
		}
	}
	mf__json_string_n(j, clean.data ? clean.data : "", clean.len);
	mf__buf_free(&clean);
}

static void kstr(struct mf__json *j, const char *key, const char *v)
{
	mf__json_key(j, key);
	jstr(j, v);
}

static void kint(struct mf__json *j, const char *key, long long v)
{
	mf__json_key(j, key);
	mf__json_int(j, v);
}

char *mf_spf_result_to_json(const struct mf_spf_result *r, const char *id_json, int detail)
{
	struct mf__buf b;
	struct mf__json j;

	mf__buf_init(&b, 1 << 22);
	mf__json_init(&j, &b);
	mf__json_object(&j);
	if (id_json) {
		mf__json_key(&j, "id");
		mf__json_raw(&j, id_json);
	}
	kstr(&j, "result", mf_spf_code_name(r->code));
	kstr(&j, "explanation", r->explanation);
	kstr(&j, "mechanism", r->mechanism);
	kint(&j, "lookups", r->n_lookups);
	kint(&j, "void_lookups", r->n_void);
	kstr(&j, "identity", r->identity);
	kstr(&j, "domain", r->domain);
	if (r->decided_in)
		kstr(&j, "decided_in", r->decided_in);
	if (r->problem) {
		mf__json_key(&j, "problem");
		mf__json_object(&j);
		kstr(&j, "text", r->problem);
		if (r->problem_record)
			kstr(&j, "record", r->problem_record);
		if (r->problem_column)
			kint(&j, "column", r->problem_column);
		mf__json_end_object(&j);
	}
	if (detail) {
		kstr(&j, "receiver", r->receiver);
		kint(&j, "queries", (long long)r->n_queries);
		mf__json_key(&j, "tree");
		mf__json_array(&j);
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct mf_spf_step *st = &r->steps[i];
			mf__json_object(&j);
			kint(&j, "depth", st->depth);
			kstr(&j, "domain", st->domain);
			if (st->record)
				kstr(&j, "record", st->record);
			if (st->term)
				kstr(&j, "term", st->term);
			if (st->outcome)
				kstr(&j, "outcome", st->outcome);
			if (st->note)
				kstr(&j, "note", st->note);
			kint(&j, "lookups", st->lookups);
			kint(&j, "voids", st->voids);
			mf__json_end_object(&j);
		}
		mf__json_end_array(&j);
	}
	mf__json_end_object(&j);
	return mf__buf_steal(&b);
}

char *mf_spf_result_to_text(const struct mf_spf_result *r, int color)
{
	struct mf__buf b;
	const char *bold = color ? "\033[1m" : "", *off = color ? "\033[0m" : "";
	const char *rc = "";

	if (color)
		rc = r->code == MF_SPF_PASS ? "\033[32m"
		     : (r->code == MF_SPF_FAIL || r->code == MF_SPF_PERMERROR) ? "\033[31m"
										: "\033[33m";
	mf__buf_init(&b, 1 << 20);
	mf__buf_printf(&b, "SPF %s%s%s%s for %s (%s identity, domain %s)\n", bold, rc,
		       mf_spf_code_name(r->code), off, r->sender, r->identity, r->domain);
	if (r->mechanism)
		mf__buf_printf(&b, "  decided by: %s (record of %s)\n", r->mechanism,
			       r->decided_in ? r->decided_in : r->domain);
	mf__buf_printf(&b, "  DNS-querying terms: %d of %d, void lookups: %d of %d, "
			   "queries asked: %lu\n",
		       r->n_lookups, MF_SPF_MAX_DNS_TERMS, r->n_void, MF_SPF_MAX_VOID_LOOKUPS,
		       r->n_queries);
	if (r->n_steps)
		mf__buf_puts(&b, "\n  evaluation (running counts: terms/voids):\n");
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct mf_spf_step *s = &r->steps[i];
		/* Terms sit two columns right of their record's line. */
		mf__buf_printf(&b, "  %*s", s->depth * 4 + (s->term ? 2 : 0), "");
		if (s->term)
			mf__buf_printf(&b, "%s  -> %s", s->term, s->outcome ? s->outcome : "?");
		else if (s->record)
			mf__buf_printf(&b, "%s%s%s: \"%s\" -> %s", bold, s->domain, off, s->record,
				       s->outcome ? s->outcome : "?");
		else
			mf__buf_printf(&b, "%s%s%s: -> %s", bold, s->domain, off,
				       s->outcome ? s->outcome : "?");
		if (s->note)
			mf__buf_printf(&b, " (%s)", s->note);
		if (s->term)
			mf__buf_printf(&b, "  [%d/%d]", s->lookups, s->voids);
		mf__buf_puts(&b, "\n");
	}
	if (r->problem) {
		mf__buf_printf(&b, "\n  problem: %s\n", r->problem);
		if (r->problem_record && r->problem_column > 0) {
			mf__buf_printf(&b, "    %s\n    %*s^\n", r->problem_record,
				       r->problem_column - 1, "");
		}
	}
	if (r->explanation && r->code == MF_SPF_FAIL)
		mf__buf_printf(&b, "\n  explanation: %s\n", r->explanation);
	else if (r->explanation && !r->problem)
		mf__buf_printf(&b, "\n  %s\n", r->explanation);
	mf__buf_printf(&b, "\n  a receiver: %s\n", r->receiver);
	return mf__buf_steal(&b);
}
