/*
 * data_tree.c: the decision tree's data: paths.json (the three paths of
 * the seed's tree, their texts and default steps), causes.json (each
 * cause's path, side, steps and limitations) and calibration.json (raw
 * score to confidence).
 */
#include <stdio.h>
#include <string.h>

#include "data_load.h"

int mf__load_paths(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"default", "default_note", "paths", NULL};
	static const char *const keys[] = {
		"id", "skill", "title", "best_for", "when_to_use", "when_not",
		"limitations", "default_steps", NULL};
	json_t *arr = json_object_get(doc, "paths"), *p;
	const char *def;
	size_t i;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)) || (rc = mf__load_string(l, doc, "default", 1,
								       &def)) ||
	    (rc = mf__load_opt_text(l, doc, "default_note", 1, &l->d->default_note)))
		return rc;
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return mf__load_bad(l, NULL, "\"paths\" must be a non-empty list");
	l->d->paths = mf__arena_alloc(l->mem, json_array_size(arr) * sizeof *l->d->paths);
	if (!l->d->paths)
		return MF_ENOMEM;
	json_array_foreach(arr, i, p) {
		struct mf__path *path = &l->d->paths[i];

		snprintf(l->record, sizeof l->record, "path %zu", i + 1);
		if (!json_is_object(p))
			return mf__load_bad(l, NULL, "must be an object");
		if ((rc = mf__load_keys(l, p, keys)) ||
		    (rc = mf__load_string(l, p, "id", 1, &path->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "path %s", path->id);
		if (mf__data_find_path(l->d, path->id) >= 0)
			return mf__load_bad(l, "ids must be unique", "duplicate path id");
		if ((rc = mf__load_string(l, p, "skill", 1, &path->skill)) ||
		    (rc = mf__load_opt_text(l, p, "title", 1, &path->title)) ||
		    (rc = mf__load_opt_text(l, p, "best_for", 0, &path->best_for)) ||
		    (rc = mf__load_texts(l, p, "when_to_use", &path->when_to_use)) ||
		    (rc = mf__load_texts(l, p, "when_not", &path->when_not)) ||
		    (rc = mf__load_texts(l, p, "limitations", &path->limitations)) ||
		    (rc = mf__load_texts(l, p, "default_steps", &path->default_steps)))
			return rc;
		l->d->n_paths = i + 1;
	}
	l->record[0] = '\0';
	l->d->default_path = mf__data_find_path(l->d, def);
	if (l->d->default_path < 0)
		return mf__load_bad(l, NULL, "\"default\" names no path: \"%s\"", def);
	return 0;
}

/* A cause's steps: {en, zh}, and "for": "code" or "program" when the
 * step only helps where the query names code (a library, a script, an
 * application's settings file) or a mail program (a query that names
 * neither gets every step); and at most one {"settings": "program"}:
 * where the steps say where each program the query names keeps its
 * settings (nothing when it names none). */
static int load_steps(struct loader *l, json_t *c, struct mf__cause *cause)
{
	static const char *const keys[] = {"en", "zh", "for", NULL};
	static const char *const marker_keys[] = {"settings", NULL};
	json_t *v = json_object_get(c, "steps"), *item;
	size_t i, n = 0;
	int rc;

	memset(&cause->steps, 0, sizeof cause->steps);
	cause->step_for = NULL;
	cause->settings_at = -1;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return mf__load_bad(l, NULL, "\"steps\" must be a list of {en, zh, for?} texts");
	if (json_array_size(v) > MF__MAX_CAUSE_STEPS + 1)
		return mf__load_bad(l, "say less, or split the cause",
				    "more than %d steps", MF__MAX_CAUSE_STEPS);
	cause->steps.v = mf__arena_alloc(l->mem, (json_array_size(v) + 1) * sizeof *cause->steps.v);
	cause->step_for = mf__arena_alloc(l->mem, json_array_size(v) + 1);
	if (!cause->steps.v || !cause->step_for)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	json_array_foreach(v, i, item) {
		const char *who = NULL;

		if (json_is_object(item) && json_object_get(item, "settings")) {
			if ((rc = mf__load_keys(l, item, marker_keys)) ||
			    (rc = mf__load_string(l, item, "settings", 1, &who)))
				return rc;
			if (strcmp(who, "program") != 0)
				return mf__load_bad(l, "write {\"settings\": \"program\"}",
						    "step %zu is {\"settings\": \"%s\"}", i + 1, who);
			if (cause->settings_at >= 0)
				return mf__load_bad(l, NULL,
						    "step %zu: {\"settings\": \"program\"} more than once", i + 1);
			cause->settings_at = (int)n;
			continue;
		}
		if ((rc = mf__load_text_keys(l, item, "steps", keys, &cause->steps.v[n])) ||
		    (rc = mf__load_string(l, item, "for", 0, &who)))
			return rc;
		if (!who)
			cause->step_for[n] = MF__STEP_ANY;
		else if (strcmp(who, "code") == 0)
			cause->step_for[n] = MF__STEP_CODE;
		else if (strcmp(who, "program") == 0)
			cause->step_for[n] = MF__STEP_PROGRAM;
		else
			return mf__load_bad(l, "use \"code\" or \"program\", or leave \"for\" out",
					    "step %zu is \"for\" \"%s\"", i + 1, who);
		n++;
	}
	if (n > MF__MAX_CAUSE_STEPS)
		return mf__load_bad(l, "say less, or split the cause",
				    "more than %d steps", MF__MAX_CAUSE_STEPS);
	cause->steps.n = n;
	return 0;
}

int mf__load_causes(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"causes", NULL};
	static const char *const keys[] = {
		"id", "path", "side", "title", "steps", "limitations", "aka", "transient", NULL};
	json_t *arr = json_object_get(doc, "causes"), *c;
	size_t i;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr))
		return mf__load_bad(l, NULL, "\"causes\" must be a list");
	l->d->causes = mf__arena_alloc(l->mem, json_array_size(arr) * sizeof *l->d->causes);
	if (!l->d->causes)
		return MF_ENOMEM;
	json_array_foreach(arr, i, c) {
		struct mf__cause *cause = &l->d->causes[i];
		const char *path, *side;

		snprintf(l->record, sizeof l->record, "cause %zu", i + 1);
		if (!json_is_object(c))
			return mf__load_bad(l, NULL, "must be an object");
		if ((rc = mf__load_keys(l, c, keys)) ||
		    (rc = mf__load_string(l, c, "id", 1, &cause->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "cause %s", cause->id);
		if (mf__data_find_cause(l->d, cause->id) >= 0)
			return mf__load_bad(l, "ids must be unique", "duplicate cause id");
		if ((rc = mf__load_string(l, c, "path", 1, &path)) ||
		    (rc = mf__load_string(l, c, "side", 1, &side)) ||
		    (rc = mf__load_opt_text(l, c, "title", 1, &cause->title)) ||
		    (rc = load_steps(l, c, cause)) ||
		    (rc = mf__load_texts(l, c, "limitations", &cause->limitations)) ||
		    (rc = mf__load_strings(l, c, "aka", &cause->aka, &cause->n_aka)))
			return rc;
		if ((cause->path = mf__data_find_path(l->d, path)) < 0)
			return mf__load_bad(l, NULL, "\"path\" names no path: \"%s\"", path);
		if ((cause->side = mf__side_from_name(side)) < 0)
			return mf__load_bad(l,
					    "use sender, account, client, recipient, network or unknown",
					    "unknown side \"%s\"", side);
		if (cause->steps.n == 0)
			return mf__load_bad(l, "every cause says what to do", "no \"steps\"");
		/* An aka is a corpus label this cause answers; the corpus has ids
		 * of its own (its "client-password" is our auth-failed and
		 * password-changed, its "security-password" our client-password),
		 * and a label of a family may stand for several causes
		 * ("dkim-dmarc"). */
		for (size_t k = 0; k < cause->n_aka; k++) {
			if (strcmp(cause->aka[k], cause->id) == 0)
				return mf__load_bad(l, "leave the cause's own id out of \"aka\"",
						    "\"aka\" repeats the id");
			for (size_t m = 0; m < k; m++)
				if (strcmp(cause->aka[m], cause->aka[k]) == 0)
					return mf__load_bad(l, NULL, "\"aka\" lists \"%s\" twice",
							    cause->aka[k]);
		}
		if ((rc = mf__load_bool(l, c, "transient", 0, &cause->transient)))
			return rc;
		l->d->n_causes = i + 1;
	}
	l->record[0] = '\0';
	return 0;
}

int mf__load_calibration(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "points", NULL};
	json_t *arr = json_object_get(doc, "points"), *p;
	size_t i;
	int rc;

	if ((rc = mf__load_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr) || json_array_size(arr) < 2 ||
	    json_array_size(arr) > MF__ARRAY_LEN(l->d->calib_x))
		return mf__load_bad(l, NULL,
				    "\"points\" must be a list of 2 to %zu [raw, calibrated] pairs",
				    MF__ARRAY_LEN(l->d->calib_x));
	json_array_foreach(arr, i, p) {
		double x = json_number_value(json_array_get(p, 0));
		double y = json_number_value(json_array_get(p, 1));

		if (!json_is_array(p) || json_array_size(p) != 2 ||
		    !json_is_number(json_array_get(p, 0)) ||
		    !json_is_number(json_array_get(p, 1)) || x < 0 || x > 1 || y < 0 ||
		    y > 1 || (i > 0 && x <= l->d->calib_x[i - 1]))
			return mf__load_bad(l,
					    "points are [raw, calibrated] in 0..1, raw increasing",
					    "point %zu is invalid", i + 1);
		l->d->calib_x[i] = x;
		l->d->calib_y[i] = y;
	}
	l->d->n_calib = json_array_size(arr);
	return 0;
}
