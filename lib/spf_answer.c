/*
 * spf_answer.c: renders an SPF result (lib/spf.c) as INTERFACE.md's
 * "Answer of spf" JSON line (written directly, RFC 8259: bulk runs print
 * tens of thousands a second), or as text for a terminal: the result, the
 * record tree with the running DNS-term and void-lookup counts, the
 * malformed term with its column, and what a receiver will do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "spf.h"

/* A JSON string (RFC 8259 7): quotes, backslash and control characters
 * escaped; bytes that are not UTF-8 become U+FFFD. */
static void put_str(struct mf__buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0;

	mf__buf_append(b, "\"", 1);
	for (size_t i = 0; p[i];) {
		unsigned char c = p[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
			run++;
			i++;
			continue;
		}
		mf__buf_append(b, (const char *)p + i - run, run);
		run = 0;
		if (c >= 0x80) {
			utf8proc_int32_t cp;
			utf8proc_ssize_t n = utf8proc_iterate(p + i, -1, &cp);
			if (n > 0) {
				mf__buf_append(b, (const char *)p + i, (size_t)n);
				i += (size_t)n;
			} else {
				mf__buf_append(b, "\xef\xbf\xbd", 3);
				i++;
			}
			continue;
		}
		if (c == '"' || c == '\\') {
			char e[2] = {'\\', (char)c};
			mf__buf_append(b, e, 2);
		} else {
			char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			mf__buf_append(b, e, 6);
		}
		i++;
	}
	mf__buf_append(b, (const char *)p + strlen(s) - run, run);
	mf__buf_append(b, "\"", 1);
}

static void put_key(struct mf__buf *b, const char *key, int *first)
{
	if (!*first)
		mf__buf_append(b, ",", 1);
	*first = 0;
	mf__buf_append(b, "\"", 1);
	mf__buf_puts(b, key);
	mf__buf_append(b, "\":", 2);
}

static void put_kstr(struct mf__buf *b, const char *key, const char *v, int *first)
{
	put_key(b, key, first);
	if (v)
		put_str(b, v);
	else
		mf__buf_append(b, "null", 4);
}

static void put_kint(struct mf__buf *b, const char *key, long long v, int *first)
{
	char num[24];
	int n = snprintf(num, sizeof num, "%lld", v);

	put_key(b, key, first);
	mf__buf_append(b, num, (size_t)n);
}

char *mf_spf_result_to_json(const struct mf_spf_result *r, const char *id_json, int detail)
{
	struct mf__buf b;
	int first = 1;

	mf__buf_init(&b, 1 << 22);
	mf__buf_append(&b, "{", 1);
	if (id_json) {
		put_key(&b, "id", &first);
		mf__buf_puts(&b, id_json);
	}
	put_kstr(&b, "result", mf_spf_code_name(r->code), &first);
	put_kstr(&b, "explanation", r->explanation, &first);
	put_kstr(&b, "mechanism", r->mechanism, &first);
	put_kint(&b, "lookups", r->n_lookups, &first);
	put_kint(&b, "void_lookups", r->n_void, &first);
	put_kstr(&b, "identity", r->identity, &first);
	put_kstr(&b, "domain", r->domain, &first);
	if (r->decided_in)
		put_kstr(&b, "decided_in", r->decided_in, &first);
	if (r->problem) {
		int f2 = 1;
		put_key(&b, "problem", &first);
		mf__buf_append(&b, "{", 1);
		put_kstr(&b, "text", r->problem, &f2);
		if (r->problem_record)
			put_kstr(&b, "record", r->problem_record, &f2);
		if (r->problem_column)
			put_kint(&b, "column", r->problem_column, &f2);
		mf__buf_append(&b, "}", 1);
	}
	if (detail) {
		put_kstr(&b, "receiver", r->receiver, &first);
		put_kint(&b, "queries", (long long)r->n_queries, &first);
		put_key(&b, "tree", &first);
		mf__buf_append(&b, "[", 1);
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct mf_spf_step *st = &r->steps[i];
			int f2 = 1;
			mf__buf_append(&b, i ? ",{" : "{", i ? 2 : 1);
			put_kint(&b, "depth", st->depth, &f2);
			put_kstr(&b, "domain", st->domain, &f2);
			if (st->record)
				put_kstr(&b, "record", st->record, &f2);
			if (st->term)
				put_kstr(&b, "term", st->term, &f2);
			if (st->outcome)
				put_kstr(&b, "outcome", st->outcome, &f2);
			if (st->note)
				put_kstr(&b, "note", st->note, &f2);
			put_kint(&b, "lookups", st->lookups, &f2);
			put_kint(&b, "voids", st->voids, &f2);
			mf__buf_append(&b, "}", 1);
		}
		mf__buf_append(&b, "]", 1);
	}
	mf__buf_append(&b, "}", 1);
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
