/*
 * route_check.c: a route answer proven by looking (`route --check`, a
 * JSONL line or an API request that names the sender's domain): the
 * answer and the check report of the domain together.  In JSON the whole
 * report sits under the answer's "check"; for a terminal the answer comes
 * first, then the findings that bear on it (as on a bounce's cause for
 * `explain --check`): those of the cause, then the other errors and
 * warnings on its path, each with its fix; or a line saying the domain's
 * DNS shows nothing that bears on it.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

char *mf_answer_with_check_to_json(const struct mf_answer *a, const char *id_json,
				   const struct mf_check_report *rep)
{
	char *answer = mf_answer_to_json(a, id_json), *report = mf_check_report_to_json(rep);
	json_t *ja = answer ? json_loads(answer, 0, NULL) : NULL;
	json_t *jr = report ? json_loads(report, 0, NULL) : NULL;
	char *out = NULL;

	if (ja && jr && json_object_set_new(ja, "check", jr) == 0) {
		jr = NULL;
		out = json_dumps(ja, JSON_COMPACT);
	}
	json_decref(ja);
	json_decref(jr);
	free(answer);
	free(report);
	return out;
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
	/* the findings of the cause, then the rest on its path */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < rep->n_findings; i++) {
			const struct mf_finding *f = &rep->findings[i];
			int same_cause = cause && f->cause && strcmp(cause, f->cause) == 0;

			if (strcmp(f->severity, "info") == 0 || (pass == 0) != same_cause ||
			    (!same_cause && (!path || strcmp(f->path, path) != 0)))
				continue;
			mf__buf_printf(&b, "  %s %s\n    %s\n", f->severity, f->id, f->title);
			if (f->fix_type)
				mf__buf_printf(&b, "    %s %s %s = %s\n", zh ? "修复：" : "fix:",
					       f->fix_type, f->fix_name, f->fix);
			else
				mf__buf_printf(&b, "    %s %s\n", zh ? "修复：" : "fix:", f->fix);
			shown++;
		}
	if (!shown)
		mf__buf_printf(&b, zh ? "  该域名的 DNS 中没有与此相关的问题（`mailfix check %s` 显示全部）。\n"
				      : "  Nothing in its DNS bears on this (`mailfix check %s` shows "
					"everything).\n",
			       rep->domain);
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
