/*
 * route_check.c: an answer proven by looking (`route --check`, a JSONL
 * line or an API request that names the sender's domain; `explain
 * --check`, where the bounce's original sender names it): the answer and
 * the check report of the domain together.  In JSON the whole
 * report sits under the answer's "check"; for a terminal the answer comes
 * first, then the findings that bear on it (as on a bounce's cause for
 * `explain --check`): those of the cause, then the other errors and
 * warnings on its path, each with its fix, or a line saying the domain's
 * DNS shows nothing that bears on it; then the notes on the check itself
 * (what it could not compare, as `mailfix check` says).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

char *mf_check_attach_json(const char *answer_json, const char *domain,
			   const struct mf_check_report *rep, const struct mf_error *failed)
{
	/* Spliced as text, not parsed and dumped again: the answer keeps its
	 * bytes (a confidence of 0.98 stays 0.98). */
	static const char key[] = "\"check\":";
	size_t al = answer_json ? strlen(answer_json) : 0, cl;
	char *check = NULL, *out = NULL;

	if (al < 2 || answer_json[0] != '{' || answer_json[al - 1] != '}')
		return NULL;
	if (rep) {
		check = mf_check_report_to_json(rep);
	} else {
		json_t *o = json_pack("{s:s, s:s}", "domain", domain ? domain : "", "error",
				      failed && failed->message[0] ? failed->message
								   : "the domain was not looked up");

		check = o ? json_dumps(o, JSON_COMPACT) : NULL;
		json_decref(o);
	}
	if (!check)
		return NULL;
	cl = strlen(check);
	out = malloc(al + sizeof key + cl + 2);
	if (out) {
		size_t n = al - 1;
		int empty = al == 2;

		memcpy(out, answer_json, n);
		if (!empty)
			out[n++] = ',';
		memcpy(out + n, key, sizeof key - 1);
		n += sizeof key - 1;
		memcpy(out + n, check, cl);
		n += cl;
		out[n++] = '}';
		out[n] = '\0';
	}
	free(check);
	return out;
}

const char *mf_answer_check_provider(const struct mf_answer *a, const char *requested)
{
	if (requested)
		return requested;
	return a && a->provider && strcmp(a->provider, MF__DEFAULT_PROVIDER) != 0 ? a->provider
										  : NULL;
}

char *mf_answer_with_check_to_json(const struct mf_answer *a, const char *id_json,
				   const struct mf_check_report *rep)
{
	char *answer = mf_answer_to_json(a, id_json);
	char *out = answer ? mf_check_attach_json(answer, rep->domain, rep, NULL) : NULL;

	free(answer);
	return out;
}

int mf_explanation_check_domain(const struct mf_explanation *ex, char *domain, size_t size,
				const char **cause, const char **path)
{
	const char *at = ex && ex->sender ? strrchr(ex->sender, '@') : NULL;
	size_t n;

	if (!at || !at[1] || size == 0)
		return 0;
	/* up to the end of the address: "Name <user@example.com>" */
	n = strcspn(at + 1, " \t>;,)\"'");
	if (n == 0 || n >= size)
		return 0;
	for (size_t i = 0; i < ex->n_bounces; i++) {
		const struct mf_bounce *b = &ex->bounces[i];

		if (b->side && strcmp(b->side, "sender") == 0) {
			for (size_t k = 0; k < n; k++)
				domain[k] = (char)((unsigned)(at[1 + k] - 'A') < 26u ? at[1 + k] + 32
										 : at[1 + k]);
			domain[n] = '\0';
			if (cause)
				*cause = b->cause;
			if (path)
				*path = b->path;
			return 1;
		}
	}
	return 0;
}

/* Is finding f shown in pass 0 (those of the answer's cause), 1 (the
 * other errors and warnings on its path) or 2 (the notes on the check
 * itself: info naming no cause)? */
static int in_pass(const struct mf_finding *f, int pass, const char *cause, const char *path)
{
	int same_cause = cause && f->cause && strcmp(cause, f->cause) == 0;
	int info = strcmp(f->severity, "info") == 0;

	switch (pass) {
	case 0:
		return !info && same_cause;
	case 1:
		return !info && !same_cause && path && strcmp(f->path, path) == 0;
	default:
		return info && !f->cause;
	}
}

char *mf_check_report_bearing_to_text(const struct mf_check_report *rep, const char *cause,
				      const char *path, int color)
{
	int zh = strncmp(rep->lang, "zh", 2) == 0;
	const char *bold = color ? "\033[1m" : "", *off = color ? "\033[0m" : "";
	size_t shown = 0;
	struct mf__buf b;

	mf__buf_init(&b, 1 << 22);
	mf__buf_printf(&b, "%s%s %s%s\n", bold, zh ? "查询 DNS：" : "Looked up in DNS:", rep->domain,
		       off);
	/* the findings of the cause, then the rest on its path; then the
	 * notes on the check itself (info with no cause: a profile without
	 * records, a provider not recognised), which say what was not
	 * compared, whatever the answer */
	for (int pass = 0; pass < 3; pass++) {
		if (pass == 2 && !shown)
			mf__buf_printf(&b,
				       zh ? "  该域名的 DNS 中没有与此相关的问题（`mailfix check %s` 显示全部）。\n"
					  : "  Nothing in its DNS bears on this (`mailfix check %s` shows "
					    "everything).\n",
				       rep->domain);
		for (size_t i = 0; i < rep->n_findings; i++) {
			const struct mf_finding *f = &rep->findings[i];

			if (!in_pass(f, pass, cause, path))
				continue;
			mf__buf_printf(&b, "  %s %s\n    %s\n", f->severity, f->id, f->title);
			if (f->fix_type)
				mf__buf_printf(&b, "    %s %s %s = %s\n", zh ? "修复：" : "fix:",
					       f->fix_type, f->fix_name, f->fix);
			else
				mf__buf_printf(&b, "    %s %s\n", zh ? "修复：" : "fix:", f->fix);
			shown += pass < 2;
		}
	}
	return mf__buf_steal(&b);
}

char *mf_answer_with_check_to_text(const struct mf_answer *a, const struct mf_check_report *rep,
				   int color)
{
	char *answer = mf_answer_to_text(a, color);
	char *bearing = answer ? mf_check_report_bearing_to_text(rep, a->cause, a->path, color) : NULL;
	char *out = NULL;
	struct mf__buf b;

	if (answer && bearing) {
		mf__buf_init(&b, 1 << 23);
		mf__buf_printf(&b, "%s\n%s", answer, bearing);
		out = mf__buf_steal(&b);
	}
	free(answer);
	free(bearing);
	return out;
}

