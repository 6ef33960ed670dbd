/*
 * data_rules.c: every file under rules/: each rule's patterns (written
 * normalized), facts, cause, weight, SMTP codes and statuses, bounce
 * reason, and its references to other rules by id (requires, excludes),
 * resolved once every rule file is read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data_load.h"

/* Rules refer to each other by id; those references are resolved after
 * every rule file is read.  Until then they are kept as JSON. */
struct pending_refs {
	json_t *requires, *excludes;
};
/* An optional true/false that only a rule with a bounce "reason" may
 * carry (how explain weighs the status against the words). */
static int reason_flag(struct loader *l, json_t *r, const char *key, const char *reason,
		       int *out)
{
	if (json_object_get(r, key) && !reason)
		return mf__load_bad(l, NULL, "\"%s\" is for a rule with a \"reason\"", key);
	return mf__load_bool(l, r, key, *out, out);
}

static int count_rules(struct loader *l, struct file *files, size_t n_files,
		       size_t *n_rules, size_t *n_patterns)
{
	for (size_t f = 0; f < n_files; f++) {
		json_t *arr, *r;
		size_t i;

		if (strncmp(files[f].name, "rules/", 6) != 0)
			continue;
		arr = json_object_get(files[f].doc, "rules");
		json_array_foreach(arr, i, r) {
			json_t *p = json_object_get(r, "patterns");
			*n_patterns += json_is_array(p) ? json_array_size(p) : 0;
			(*n_rules)++;
		}
	}
	(void)l;
	return 0;
}

static int load_rule(struct loader *l, json_t *r, struct mf__rule *rule,
		     struct pending_refs *refs)
{
	static const char *const keys[] = {
		"id", "description", "patterns", "cause", "path", "side", "weight",
		"negatable", "requires", "excludes", "provider", "note", "reason",
		"smtp_codes", "smtp_status", "examples", "label", "status_first", "context",
		"identifies", "delay_expires", "final_status_first", "mail_first", NULL};
	const char *cause = NULL, *path = NULL, *side = NULL, *desc;
	json_t *pats = json_object_get(r, "patterns"), *w, *p;
	size_t i;
	int rc;

	if (!json_is_object(r))
		return mf__load_bad(l, NULL, "must be an object");
	if ((rc = mf__load_string(l, r, "id", 1, &rule->id)))
		return rc;
	mf__load_record(l, "rule ", rule->id);
	if ((rc = mf__load_keys(l, r, keys)))
		return rc;
	if ((rc = mf__load_string(l, r, "description", 1, &desc)) ||
	    (rc = mf__load_string(l, r, "cause", 0, &cause)) ||
	    (rc = mf__load_string(l, r, "path", 0, &path)) ||
	    (rc = mf__load_string(l, r, "side", 0, &side)) ||
	    (rc = mf__load_string(l, r, "provider", 0, &rule->provider)) ||
	    (rc = mf__load_string(l, r, "reason", 0, &rule->reason)) ||
	    (rc = mf__load_string(l, r, "identifies", 0, &rule->identifies)) ||
	    (rc = mf__load_opt_text(l, r, "note", 0, &rule->note)) ||
	    (rc = mf__load_strings(l, r, "smtp_codes", &rule->smtp_codes, &rule->n_smtp_codes)) ||
	    (rc = mf__load_strings(l, r, "smtp_status", &rule->smtp_status, &rule->n_smtp_status)))
		return rc;
	if (json_object_get(r, "label")) {
		static const char *const lkeys[] = {"kind", "name", "meaning", "settings", "code", NULL};
		static const char *const kinds[] = {"program", "error-code", "protocol", "host", "port", NULL};
		json_t *lab = json_object_get(r, "label");
		int known = 0;

		if (!json_is_object(lab))
			return mf__load_bad(l, NULL,
					    "\"label\" must be an object {kind, name, meaning?}");
		if ((rc = mf__load_keys(l, lab, lkeys)) ||
		    (rc = mf__load_string(l, lab, "kind", 1, &rule->label_kind)) ||
		    (rc = mf__load_string(l, lab, "name", 1, &rule->label_name)) ||
		    (rc = mf__load_opt_text(l, lab, "meaning", 0, &rule->label_meaning)) ||
		    (rc = mf__load_opt_text(l, lab, "settings", 0, &rule->label_settings)) ||
		    (rc = mf__load_bool(l, lab, "code", 0, &rule->label_code)))
			return rc;
		for (const char *const *k = kinds; *k; k++)
			known |= strcmp(*k, rule->label_kind) == 0;
		if (!known)
			return mf__load_bad(l, "use program, error-code, protocol, host or port",
					    "unknown label kind \"%s\"", rule->label_kind);
		if ((rule->label_settings.en || rule->label_code) &&
		    strcmp(rule->label_kind, "program") != 0)
			return mf__load_bad(l, "only a program has settings or is code",
					    "label kind \"%s\" with \"settings\" or \"code\"",
					    rule->label_kind);
	}
	rule->file = l->file;
	rule->cause = -1;
	rule->path = -1;
	rule->side = -1;
	if (cause && (rule->cause = mf__data_find_cause(l->d, cause)) < 0)
		return mf__load_bad(l, "add the cause to causes.json or fix the id",
				    "\"cause\" names no cause: \"%s\"", cause);
	if (path && (rule->path = mf__data_find_path(l->d, path)) < 0)
		return mf__load_bad(l, NULL, "\"path\" names no path: \"%s\"", path);
	if (cause && path && rule->path != l->d->causes[rule->cause].path)
		return mf__load_bad(l, "leave \"path\" out: the cause gives it",
				    "\"path\" disagrees with the cause's path");
	if (side && (rule->side = mf__side_from_name(side)) < 0)
		return mf__load_bad(l, NULL, "unknown side \"%s\"", side);
	w = json_object_get(r, "weight");
	rule->weight = 0.5;
	if (w) {
		if (!json_is_number(w) || json_number_value(w) < 0 || json_number_value(w) > 1)
			return mf__load_bad(l, NULL, "\"weight\" must be a number in 0..1");
		rule->weight = json_number_value(w);
	}
	if ((rc = mf__load_bool(l, r, "negatable", 1, &rule->negatable)))
		return rc;
	if ((rc = reason_flag(l, r, "status_first", rule->reason, &rule->status_first)) ||
	    (rc = reason_flag(l, r, "final_status_first", rule->reason,
			      &rule->final_status_first)) ||
	    (rc = reason_flag(l, r, "delay_expires", rule->reason, &rule->delay_expires)) ||
	    (rc = reason_flag(l, r, "mail_first", rule->reason, &rule->mail_first)))
		return rc;
	if (json_object_get(r, "context")) {
		static const char *const kinds[] = {"resolved", "topic-shift", "guess",
						    "contrast", "quote", "ended", "asked", "turn", NULL};
		const char *kind = NULL;

		if ((rc = mf__load_string(l, r, "context", 1, &kind)))
			return rc;
		for (int k = 0; kinds[k]; k++)
			if (strcmp(kinds[k], kind) == 0)
				rule->context = (enum mf__context_kind)(k + 1);
		if (rule->context == MF__CONTEXT_NONE)
			return mf__load_bad(l,
					    "use resolved, topic-shift, guess, contrast, quote, ended, asked or turn",
					    "unknown context \"%s\"", kind);
		if (cause || path || side || rule->reason || rule->n_smtp_codes ||
		    rule->n_smtp_status || rule->label_kind || rule->provider ||
		    (w && json_number_value(w) != 0))
			return mf__load_bad(l,
					    "a context rule only marks words: weight 0, no cause, path, side, reason, codes, label or provider",
					    "context rule names something");
		rule->weight = 0;
	}
	if (rule->provider && !mf__data_find_provider(l->d, rule->provider))
		return mf__load_bad(l, NULL, "\"provider\" names no provider profile: \"%s\"",
				    rule->provider);
	if (rule->identifies) {
		/* It only names the sender's own provider (route.c picks the
		 * profile by it): it must not weigh on the diagnosis too. */
		if (!mf__data_find_provider(l->d, rule->identifies))
			return mf__load_bad(l, NULL,
					    "\"identifies\" names no provider profile: \"%s\"",
					    rule->identifies);
		if (cause || path || side || rule->provider || rule->reason || rule->note.en ||
		    json_object_get(r, "label") || rule->n_smtp_codes || rule->n_smtp_status ||
		    rule->context != MF__CONTEXT_NONE || rule->weight != 0)
			return mf__load_bad(l,
					    "keep the rule to \"identifies\", \"patterns\" and weight 0",
					    "a rule that identifies a provider names no cause, path, side, "
					    "provider, reason, note, label, context or SMTP code, and weighs 0");
	}
	for (i = 0; i < rule->n_smtp_codes; i++) {
		const char *c = rule->smtp_codes[i];
		if (strlen(c) != 3 || c[0] < '2' || c[0] > '5' || c[1] < '0' || c[1] > '9' ||
		    c[2] < '0' || c[2] > '9')
			return mf__load_bad(l, NULL, "smtp_codes item \"%s\" is not a reply code",
					    c);
	}
	for (i = 0; i < rule->n_smtp_status; i++) {
		const char *s = rule->smtp_status[i];
		if (!(s[0] >= '2' && s[0] <= '5' && s[1] == '.'))
			return mf__load_bad(l, NULL,
					    "smtp_status item \"%s\" is not a status prefix", s);
	}
	if (pats && !json_is_array(pats))
		return mf__load_bad(l, NULL, "\"patterns\" must be a list of strings");
	if (!pats && !rule->n_smtp_codes && !rule->n_smtp_status)
		return mf__load_bad(l, "give patterns, smtp_codes or smtp_status",
				    "the rule can never match");
	rule->n_patterns = pats ? json_array_size(pats) : 0;
	json_array_foreach(pats, i, p) {
		struct mf__pattern *pat = &l->d->patterns[rule->first_pattern + i];
		char *norm;

		if (!json_is_string(p) || json_string_length(p) == 0 ||
		    strlen(json_string_value(p)) != json_string_length(p))
			return mf__load_bad(l, NULL, "pattern %zu must be a non-empty string",
					    i + 1);
		/* Normalizing a pattern only checks it here (a pattern must be
		 * written normalized: then it comes out unchanged).  An
		 * embedded plan tagged with this data's hash exists only if the
		 * build (tools/mkdb.c, which links no embedded plan) loaded
		 * these very bytes with the check and every pattern passed it,
		 * so for them the JSON string (which lives as long as the data)
		 * is the pattern.  --data DIR is always checked, and every
		 * other check of the rule still runs. */
		if (l->plan_embedded) {
			pat->expr = json_string_value(p);
			pat->rule = (int)(rule - l->d->rules);
			continue;
		}
		rc = mf__normalize_pattern(l->d, json_string_value(p), &norm, l->err);
		if (rc)
			return rc;
		if (strcmp(norm, json_string_value(p)) != 0) {
			rc = mf__load_bad(l, "patterns are matched against normalized text (NFKC, "
					     "lower case, simplified Chinese); write it that way",
					  "pattern %zu is not normalized; write \"%s\"", i + 1, norm);
			free(norm);
			return rc;
		}
		/* equal to the JSON's string, which the data keeps */
		free(norm);
		pat->expr = json_string_value(p);
		pat->rule = (int)(rule - l->d->rules);
	}
	refs->requires = json_object_get(r, "requires");
	refs->excludes = json_object_get(r, "excludes");
	return 0;
}

/* The rules loaded so far, by id: a table, not a scan of them all for
 * each rule and each reference (that was quadratic in the rules). */
static size_t id_hash(const char *id)
{
	uint64_t h = mf__hash_bytes(MF__HASH_SEED, id, strlen(id));

	return (size_t)(h ^ (h >> 32));
}

/* The rule of this id among those loaded, or -1 (as mf__data_find_rule). */
static int rule_by_id(const struct loader *l, const char *id)
{
	if (!l->id_slot)
		return mf__data_find_rule(l->d, id);
	for (size_t k = id_hash(id) & l->id_mask;; k = (k + 1) & l->id_mask) {
		int i = l->id_slot[k];
		if (i < 0 || strcmp(l->d->rules[i].id, id) == 0)
			return i;
	}
}

static void rule_id_add(struct loader *l, int rule)
{
	size_t k = id_hash(l->d->rules[rule].id) & l->id_mask;

	while (l->id_slot[k] >= 0)
		k = (k + 1) & l->id_mask;
	l->id_slot[k] = rule;
}

static int resolve_refs(struct loader *l, json_t *list, const char *key,
			int **out, size_t *n)
{
	json_t *item;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!list)
		return 0;
	if (!json_is_array(list))
		return mf__load_bad(l, NULL, "\"%s\" must be a list of rule ids", key);
	*out = mf__arena_alloc(l->mem, json_array_size(list) * sizeof **out);
	if (!*out)
		return MF_ENOMEM;
	json_array_foreach(list, i, item) {
		int idx = json_is_string(item) ? rule_by_id(l, json_string_value(item)) : -1;
		if (idx < 0)
			return mf__load_bad(l, NULL, "\"%s\" item %zu names no rule: %s", key,
					    i + 1,
					    json_is_string(item) ? json_string_value(item) : "(not a string)");
		(*out)[i] = idx;
	}
	*n = json_array_size(list);
	return 0;
}

int mf__load_rules(struct loader *l, struct file *files, size_t n_files)
{
	static const char *const top[] = {"comment", "rules", NULL};
	size_t n_rules = 0, n_patterns = 0, r = 0, p = 0, n_slots = 16;
	struct pending_refs *refs;
	int rc = 0;

	count_rules(l, files, n_files, &n_rules, &n_patterns);
	while (n_slots < 2 * n_rules)
		n_slots *= 2;
	l->d->rules = mf__arena_alloc(l->mem, n_rules * sizeof *l->d->rules);
	l->d->patterns = mf__arena_alloc(l->mem, n_patterns * sizeof *l->d->patterns);
	refs = calloc(n_rules ? n_rules : 1, sizeof *refs);
	l->id_slot = malloc(n_slots * sizeof *l->id_slot);
	if (!l->d->rules || !l->d->patterns || !refs || !l->id_slot) {
		free(refs);
		free(l->id_slot);
		l->id_slot = NULL;
		return MF_ENOMEM;
	}
	memset(l->id_slot, 0xff, n_slots * sizeof *l->id_slot); /* all -1 */
	l->id_mask = n_slots - 1;
	for (size_t f = 0; !rc && f < n_files; f++) {
		json_t *arr, *item;
		size_t i;

		if (strncmp(files[f].name, "rules/", 6) != 0)
			continue;
		/* Rules keep their file's name for messages after loading. */
		l->file = mf__arena_strdup(l->mem, files[f].name);
		if (!l->file) {
			rc = MF_ENOMEM;
			break;
		}
		l->record[0] = '\0';
		arr = json_object_get(files[f].doc, "rules");
		if ((rc = mf__load_keys(l, files[f].doc, top)))
			break;
		if (!json_is_array(arr)) {
			rc = mf__load_bad(l, NULL, "\"rules\" must be a list");
			break;
		}
		json_array_foreach(arr, i, item) {
			struct mf__rule *rule = &l->d->rules[r];
			json_t *pats = json_object_get(item, "patterns");
			const char *id;

			snprintf(l->record, sizeof l->record, "rule %zu", i + 1);
			rule->first_pattern = p;
			if ((rc = mf__load_string(l, item, "id", 1, &id)))
				break;
			if (rule_by_id(l, id) >= 0) {
				mf__load_record(l, "rule ", id);
				rc = mf__load_bad(l,
						  "rule ids must be unique across all rule files",
						  "duplicate rule id");
				break;
			}
			if ((rc = load_rule(l, item, rule, &refs[r])))
				break;
			p += json_is_array(pats) ? json_array_size(pats) : 0;
			l->d->n_rules = ++r;
			rule_id_add(l, (int)r - 1);
		}
	}
	l->d->n_patterns = p;
	for (size_t i = 0; !rc && i < l->d->n_rules; i++) {
		struct mf__rule *rule = &l->d->rules[i];

		l->file = rule->file;
		mf__load_record(l, "rule ", rule->id);
		if ((rc = resolve_refs(l, refs[i].requires, "requires", &rule->requires,
				       &rule->n_requires)) ||
		    (rc = resolve_refs(l, refs[i].excludes, "excludes", &rule->excludes,
				       &rule->n_excludes)))
			break;
	}
	free(refs);
	free(l->id_slot);
	l->id_slot = NULL;
	l->record[0] = '\0';
	return rc;
}
