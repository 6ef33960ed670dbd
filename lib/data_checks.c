/*
 * data_checks.c: check.json (the findings `mailfix check` reports, each
 * with its severity, cause or path and side, texts and the record that
 * fixes it) and probe.json (the server words that tell a login's
 * refusals apart, and the route cause of each probe cause).
 */
#include <stdio.h>
#include <string.h>

#include "data_load.h"

/* data/check.json: the findings `check` reports.  Each names a cause
 * (whose path and side it takes) or its own path and side; texts use only
 * the placeholders lib/check_answer.c fills; every id lib/check.c
 * reports is defined, and nothing else. */
static int check_finding_placeholders(struct loader *l, const char *s)
{
	static const char *const known[] = {
		"domain", "provider_name", "name", "type", "status", "count", "target", "ip",
		"result", "mechanism", "lookups", "problem", "spf_fix", "mx_expected", "dkim_name",
		"dmarc_fix", "webmail_name", "webmail_target", "profiles"};
	const char *name;
	size_t len;
	int rc = mf__template_unknown(s, known, MF__ARRAY_LEN(known), &name, &len);

	if (rc < 0)
		return mf__load_bad(l, NULL, "unclosed { in \"%s\"", s);
	if (rc > 0)
		return mf__load_bad(l, "see the list in check.json's comment",
				    "unknown placeholder {%.*s}", (int)len, name);
	return 0;
}

int mf__load_check(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "texts", "findings", NULL};
	static const char *const tkeys[] = {"provider_unknown", "mx_unknown", "spf_unknown",
					    "spf_too_long", NULL};
	static const char *const keys[] = {"id", "severity", "cause", "path", "side", "title",
					   "fix", "record", NULL};
	json_t *arr = json_object_get(doc, "findings"), *f;
	size_t i;
	int rc;

	if (!doc)
		return mf__load_bad(l, NULL, "the file is missing");
	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	snprintf(l->record, sizeof l->record, "texts");
	if (!json_is_object(json_object_get(doc, "texts")))
		return mf__load_bad(l, NULL, "\"texts\" must be an object");
	if ((rc = mf__load_keys(l, json_object_get(doc, "texts"), tkeys)) ||
	    (rc = mf__load_opt_text(l, json_object_get(doc, "texts"), "provider_unknown", 1,
				    &l->d->check_provider_unknown)) ||
	    (rc = mf__load_opt_text(l, json_object_get(doc, "texts"), "mx_unknown", 1,
				    &l->d->check_mx_unknown)) ||
	    (rc = mf__load_opt_text(l, json_object_get(doc, "texts"), "spf_unknown", 1,
				    &l->d->check_spf_unknown)) ||
	    (rc = mf__load_opt_text(l, json_object_get(doc, "texts"), "spf_too_long", 1,
				    &l->d->check_spf_too_long)))
		return rc;
	if (!json_is_array(arr))
		return mf__load_bad(l, NULL, "\"findings\" must be a list");
	l->d->findings = mf__arena_alloc(l->mem,
					 (json_array_size(arr) + 1) * sizeof *l->d->findings);
	if (!l->d->findings)
		return MF_ENOMEM;
	json_array_foreach(arr, i, f) {
		struct mf__finding_def *fd = &l->d->findings[i];
		const char *cause = NULL, *path = NULL, *side = NULL;

		snprintf(l->record, sizeof l->record, "finding %zu", i + 1);
		if (!json_is_object(f))
			return mf__load_bad(l, NULL, "must be an object");
		if ((rc = mf__load_keys(l, f, keys)) || (rc = mf__load_string(l, f, "id", 1,
									      &fd->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "finding %s", fd->id);
		if (mf__data_find_finding(l->d, fd->id))
			return mf__load_bad(l, NULL, "duplicate finding id");
		if ((rc = mf__load_string(l, f, "severity", 1, &fd->severity)) ||
		    (rc = mf__load_string(l, f, "cause", 0, &cause)) ||
		    (rc = mf__load_string(l, f, "path", 0, &path)) ||
		    (rc = mf__load_string(l, f, "side", 0, &side)) ||
		    (rc = mf__load_string(l, f, "record", 0, &fd->record)) ||
		    (rc = mf__load_opt_text(l, f, "title", 1, &fd->title)) ||
		    (rc = mf__load_opt_text(l, f, "fix", 1, &fd->fix)))
			return rc;
		if (strcmp(fd->severity, "error") && strcmp(fd->severity, "warning") &&
		    strcmp(fd->severity, "info"))
			return mf__load_bad(l, NULL, "\"severity\" must be error, warning or info");
		if (fd->record && strcmp(fd->record, "TXT") && strcmp(fd->record, "CNAME"))
			return mf__load_bad(l, NULL, "\"record\" must be TXT or CNAME");
		if (!((cause && !path && !side) || (!cause && path && side)))
			return mf__load_bad(l,
					    "give a cause (its path and side are taken), or a path and a side",
					    "a finding names a cause, or a path and a side, not both");
		fd->cause = -1;
		if (cause) {
			if ((fd->cause = mf__data_find_cause(l->d, cause)) < 0)
				return mf__load_bad(l, "add the cause to causes.json or fix the id",
						    "unknown cause \"%s\"", cause);
			fd->path = l->d->causes[fd->cause].path;
			fd->side = l->d->causes[fd->cause].side;
		} else {
			if ((fd->path = mf__data_find_path(l->d, path)) < 0)
				return mf__load_bad(l, NULL, "unknown path \"%s\"", path);
			if ((fd->side = mf__side_from_name(side)) < 0)
				return mf__load_bad(l, NULL, "unknown side \"%s\"", side);
		}
		if ((rc = check_finding_placeholders(l, fd->title.en)) ||
		    (rc = check_finding_placeholders(l, fd->title.zh)) ||
		    (rc = check_finding_placeholders(l, fd->fix.en)) ||
		    (rc = check_finding_placeholders(l, fd->fix.zh)))
			return rc;
		l->d->n_findings = i + 1;
	}
	l->record[0] = '\0';
	for (const char *const *id = mf__check_finding_ids; *id; id++)
		if (!mf__data_find_finding(l->d, *id))
			return mf__load_bad(l, "add the finding to check.json",
					    "the finding \"%s\" that check reports is not defined", *id);
	for (i = 0; i < l->d->n_findings; i++) {
		const char *const *id = mf__check_finding_ids;

		while (*id && strcmp(*id, l->d->findings[i].id) != 0)
			id++;
		snprintf(l->record, sizeof l->record, "finding %s", l->d->findings[i].id);
		if (!*id)
			return mf__load_bad(l, "remove it, or make lib/check.c report it",
					    "the finding \"%s\" is never reported", l->d->findings[i].id);
	}
	l->record[0] = '\0';
	return 0;
}

static int probe_cause_index(const char *name)
{
	for (int i = 0; i < MF__N_PROBE_CAUSES; i++)
		if (strcmp(mf__probe_cause_names[i], name) == 0)
			return i;
	return -1;
}

/* data/probe.json: server words per per-probe cause, the route cause and
 * the title of every per-probe cause. */
int mf__load_probe(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "server_words", "route_causes", "titles", NULL};
	static const char *const wkeys[] = {"cause", "words", NULL};
	json_t *words = json_object_get(doc, "server_words"), *w;
	json_t *routes = json_object_get(doc, "route_causes"), *titles = json_object_get(doc, "titles");
	const char *key;
	json_t *v;
	size_t i, idx;
	int rc;

	if (!doc)
		return mf__load_bad(l, NULL, "the file is missing");
	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_array(words) || !json_is_object(routes) || !json_is_object(titles))
		return mf__load_bad(l, NULL,
				    "\"server_words\" must be a list, \"route_causes\" and \"titles\" "
					     "objects");
	l->d->probe_words = mf__arena_alloc(l->mem, (json_array_size(words) + 1) *
						 sizeof *l->d->probe_words);
	if (!l->d->probe_words)
		return MF_ENOMEM;
	json_array_foreach(words, i, w) {
		struct mf__probe_words *pw = &l->d->probe_words[i];
		const char *cause;

		snprintf(l->record, sizeof l->record, "server_words %zu", i + 1);
		if (!json_is_object(w))
			return mf__load_bad(l, NULL, "must be an object");
		if ((rc = mf__load_keys(l, w, wkeys)) || (rc = mf__load_string(l, w, "cause", 1,
									       &cause)))
			return rc;
		if ((pw->cause = probe_cause_index(cause)) < 0)
			return mf__load_bad(l, NULL, "unknown per-probe cause \"%s\"", cause);
		if (!json_is_array(json_object_get(w, "words")) ||
		    json_array_size(json_object_get(w, "words")) == 0)
			return mf__load_bad(l, NULL,
					    "\"words\" must be a list of words, not empty");
		pw->words.v = mf__arena_alloc(l->mem, json_array_size(json_object_get(w, "words")) *
							sizeof(char *));
		if (!pw->words.v)
			return MF_ENOMEM;
		json_array_foreach(json_object_get(w, "words"), idx, v) {
			const char *word = json_string_value(v);
			int lower = word && *word;

			for (const char *c = word; lower && *c; c++)
				lower = !(*c >= 'A' && *c <= 'Z');
			if (!lower)
				return mf__load_bad(l, "write the words in lower case",
						    "\"words\" item %zu",
						    pw->words.n + 1);
			pw->words.v[pw->words.n++] = word;
		}
		l->d->n_probe_words = i + 1;
	}
	for (int c = 0; c < MF__N_PROBE_CAUSES; c++) {
		const char *route;

		snprintf(l->record, sizeof l->record, "%s", mf__probe_cause_names[c]);
		if ((rc = mf__load_string(l, routes, mf__probe_cause_names[c], 1, &route)) ||
		    (rc = mf__load_opt_text(l, titles, mf__probe_cause_names[c], 1,
					    &l->d->probe_titles[c])))
			return rc;
		if ((l->d->probe_route_cause[c] = mf__data_find_cause(l->d, route)) < 0)
			return mf__load_bad(l, "add the cause to causes.json or fix the id",
					    "unknown cause \"%s\"", route);
	}
	json_object_foreach(routes, key, v) {
		snprintf(l->record, sizeof l->record, "route_causes %s", key);
		if (probe_cause_index(key) < 0)
			return mf__load_bad(l, NULL, "not a per-probe cause");
	}
	json_object_foreach(titles, key, v) {
		snprintf(l->record, sizeof l->record, "titles %s", key);
		if (probe_cause_index(key) < 0)
			return mf__load_bad(l, NULL, "not a per-probe cause");
	}
	l->record[0] = '\0';
	return 0;
}

const struct mf__finding_def *mf__data_find_finding(const struct mf__data *d, const char *id)
{
	for (size_t i = 0; i < d->n_findings; i++)
		if (strcmp(d->findings[i].id, id) == 0)
			return &d->findings[i];
	return NULL;
}
