/*
 * spf_answer.c: renders an SPF result (lib/spf.c) as INTERFACE.md's
 * "Answer of spf" JSON line, or as text for a terminal: the result, the
 * record tree with the running DNS-term and void-lookup counts, the
 * malformed term with its column, and what a receiver will do.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "spf.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* jansson refuses strings that are not UTF-8; terms and records have
 * been checked to be ASCII, but names from the request may not be. */
static json_t *safe_str(const char *s)
{
	json_t *j;

	if (!s)
		return json_null();
	j = json_string(s);
	if (!j) {
		size_t n = strlen(s);
		char *c = malloc(n + 1);
		if (!c)
			return json_null();
		for (size_t i = 0; i < n; i++)
			c[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
		c[n] = '\0';
		j = json_string(c);
		free(c);
	}
	return j ? j : json_null();
}

char *mf_spf_result_to_json(const struct mf_spf_result *r, const char *id_json, int detail)
{
	json_t *o = json_object(), *id = NULL;
	char *s;

	if (!o)
		return NULL;
	if (id_json) {
		id = json_loads(id_json, JSON_DECODE_ANY, NULL);
		json_object_set_new(o, "id", id ? id : json_null());
	}
	json_object_set_new(o, "result", json_string(mf_spf_code_name(r->code)));
	json_object_set_new(o, "explanation", safe_str(r->explanation));
	json_object_set_new(o, "mechanism", str_or_null(r->mechanism));
	json_object_set_new(o, "lookups", json_integer(r->n_lookups));
	json_object_set_new(o, "void_lookups", json_integer(r->n_void));
	json_object_set_new(o, "identity", json_string(r->identity));
	json_object_set_new(o, "domain", safe_str(r->domain));
	if (r->decided_in)
		json_object_set_new(o, "decided_in", safe_str(r->decided_in));
	if (r->problem) {
		json_t *p = json_object();
		json_object_set_new(p, "text", safe_str(r->problem));
		if (r->problem_record)
			json_object_set_new(p, "record", safe_str(r->problem_record));
		if (r->problem_column)
			json_object_set_new(p, "column", json_integer(r->problem_column));
		json_object_set_new(o, "problem", p);
	}
	if (detail) {
		json_t *tree = json_array();
		json_object_set_new(o, "receiver", json_string(r->receiver));
		json_object_set_new(o, "queries", json_integer((json_int_t)r->n_queries));
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct mf_spf_step *st = &r->steps[i];
			json_t *e = json_object();
			json_object_set_new(e, "depth", json_integer(st->depth));
			json_object_set_new(e, "domain", safe_str(st->domain));
			if (st->record)
				json_object_set_new(e, "record", safe_str(st->record));
			if (st->term)
				json_object_set_new(e, "term", safe_str(st->term));
			if (st->outcome)
				json_object_set_new(e, "outcome", json_string(st->outcome));
			if (st->note)
				json_object_set_new(e, "note", safe_str(st->note));
			json_object_set_new(e, "lookups", json_integer(st->lookups));
			json_object_set_new(e, "voids", json_integer(st->voids));
			json_array_append_new(tree, e);
		}
		json_object_set_new(o, "tree", tree);
	}
	s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	return s;
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
		mf__buf_printf(&b, "  %*s", s->depth * 4, "");
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
