/*
 * route.c: `mf_route`, the heart of mailfix.  A query (the user's words, a
 * pasted error or bounce) is normalized (text.c), scanned once by the
 * pattern engine (match.c) and searched for SMTP replies (smtp_reply.c);
 * the matches become rules that fired, the rules become causes with
 * evidence, and the seed's decision tree picks the path with its FAQ
 * precedence: delivery rejections and DNS terms first, then the webmail
 * and account states, then mail-program configuration; nothing found
 * gives the tree's default path with a low confidence, said as such.
 * Weights, precedence and texts are data (data/); this file only combines.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A path is taken on strong evidence when its combined score reaches this. */
#define STRONG_SCORE 0.5
/* Below this nothing points anywhere: the tree's default path. */
#define WEAK_SCORE 0.2
/* A cause is named when its own evidence reaches this. */
#define CAUSE_SCORE 0.25
#define MAX_MATCHES 4096
#define MAX_REPLIES 32
#define MAX_EVIDENCE 12
/* How far before a match a negation cue may sit (bytes of normalized text). */
#define NEGATION_WINDOW 24

struct answer_impl {
	struct mf_answer a;
	char **owned;
	size_t n_owned, cap_owned;
};

static char *own(struct answer_impl *ai, char *s)
{
	if (!s)
		return NULL;
	if (ai->n_owned == ai->cap_owned) {
		size_t nc = ai->cap_owned ? ai->cap_owned * 2 : 16;
		char **nv = realloc(ai->owned, nc * sizeof *nv);
		if (!nv) {
			free(s);
			return NULL;
		}
		ai->owned = nv;
		ai->cap_owned = nc;
	}
	ai->owned[ai->n_owned++] = s;
	return s;
}

void mf_answer_free(struct mf_answer *answer)
{
	struct answer_impl *ai = (struct answer_impl *)answer;

	if (!ai)
		return;
	for (size_t i = 0; i < ai->n_owned; i++)
		free(ai->owned[i]);
	free(ai->owned);
	free(ai->a.evidence);
	free(ai->a.steps);
	free(ai->a.limitations);
	free(ai->a.notes);
	free(ai->a.alternatives);
	free(ai->a.replies);
	free(ai);
}

static char *dup_span(const char *s, size_t start, size_t end)
{
	char *p = malloc(end - start + 1);

	if (p) {
		memcpy(p, s + start, end - start);
		p[end - start] = '\0';
	}
	return p;
}

/* Substitute {fact} placeholders with the provider's values. */
static char *fill(const struct mf__provider *pv, const char *tmpl, int zh)
{
	struct mf__buf b;
	const char *p = tmpl;

	mf__buf_init(&b, 16 * 1024);
	while (*p) {
		const char *open = strchr(p, '{'), *close;
		if (!open || !(close = strchr(open, '}'))) {
			mf__buf_puts(&b, p);
			break;
		}
		mf__buf_append(&b, p, (size_t)(open - p));
		for (size_t k = 0; k < pv->n_facts; k++)
			if (strlen(pv->fact_keys[k]) == (size_t)(close - open - 1) &&
			    memcmp(pv->fact_keys[k], open + 1, (size_t)(close - open - 1)) == 0)
				mf__buf_puts(&b, mf__text_get(&pv->fact_values[k], zh));
		p = close + 1;
	}
	return mf__buf_steal(&b);
}

/* Is the match at `start` preceded by a negation cue ("no", "not", "没有",
 * "不是"), possibly with one filler word between ("no such", "not any")? */
static int negated(const struct mf__data *d, const char *t, size_t start)
{
	size_t end = start;

	while (end > 0 && t[end - 1] == ' ')
		end--;
	for (int pass = 0; pass < 2; pass++) {
		size_t word_start = end;

		for (size_t i = 0; i < d->n_negation_cues; i++) {
			const char *cue = d->negation_cues[i];
			size_t n = strlen(cue);
			if (n <= end && start - (end - n) <= NEGATION_WINDOW &&
			    memcmp(t + end - n, cue, n) == 0) {
				/* ASCII cues must be whole words. */
				unsigned char before = end > n ? (unsigned char)t[end - n - 1] : ' ';
				if ((unsigned char)cue[0] >= 0x80 ||
				    !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')))
					return 1;
			}
		}
		/* Step back over one filler word and try again. */
		while (word_start > 0 && t[word_start - 1] != ' ')
			word_start--;
		if (word_start == end)
			return 0;
		{
			int filler = 0;
			for (size_t i = 0; i < d->n_filler_words; i++) {
				size_t n = strlen(d->filler_words[i]);
				if (n == end - word_start &&
				    memcmp(t + word_start, d->filler_words[i], n) == 0)
					filler = 1;
			}
			if (!filler)
				return 0;
		}
		end = word_start;
		while (end > 0 && t[end - 1] == ' ')
			end--;
	}
	return 0;
}

static int status_has_prefix(const char *status, const char *prefix)
{
	size_t n = strlen(prefix);

	if (strncmp(status, prefix, n) != 0)
		return 0;
	/* "5.7.2" must not claim "5.7.26". */
	return prefix[n - 1] == '.' || status[n] == '\0';
}

/* Per-rule state while routing. */
struct fired {
	int matched;       /* a live (not negated) match was seen */
	int active;        /* matched, requirements met, not excluded */
	uint32_t start, end; /* first live match, normalized offsets */
};

static double calibrate(const struct mf__data *d, double raw)
{
	if (d->n_calib < 2)
		return raw;
	if (raw <= d->calib_x[0])
		return d->calib_y[0];
	for (size_t i = 1; i < d->n_calib; i++)
		if (raw <= d->calib_x[i]) {
			double f = (raw - d->calib_x[i - 1]) / (d->calib_x[i] - d->calib_x[i - 1]);
			return d->calib_y[i - 1] + f * (d->calib_y[i] - d->calib_y[i - 1]);
		}
	return d->calib_y[d->n_calib - 1];
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Evidence is shown without the white space a pattern took at its ends. */
static void trim_span(const char *s, size_t *start, size_t *end)
{
	while (*start < *end && is_blank(s[*start]))
		(*start)++;
	while (*end > *start && is_blank(s[*end - 1]))
		(*end)--;
}

/* Evidence inside a longer piece of evidence says nothing new: drop it
 * (the list is sorted by start). */
static void drop_nested(struct mf_answer *a)
{
	size_t out = 0;

	for (size_t i = 0; i < a->n_evidence; i++) {
		int nested = 0;
		for (size_t j = 0; j < a->n_evidence && !nested; j++)
			nested = j != i && a->evidence[j].start <= a->evidence[i].start &&
				 a->evidence[j].end >= a->evidence[i].end &&
				 (a->evidence[j].end - a->evidence[j].start >
					  a->evidence[i].end - a->evidence[i].start ||
				  j < i);
		if (!nested)
			a->evidence[out++] = a->evidence[i];
	}
	a->n_evidence = out;
}

static int cmp_evidence(const void *a, const void *b)
{
	const struct mf_evidence *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static int cmp_alt(const void *a, const void *b)
{
	const struct mf_alternative *x = a, *y = b;

	return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}

/* Everything found in one query, before the decision. */
struct findings {
	struct fired *fired;
	double *cause_score;
	double path_score[8];
	struct mf__smtp_reply replies[MAX_REPLIES];
	size_t n_replies;
};

static void mark(struct fired *f, uint32_t start, uint32_t end)
{
	if (!f->matched || start < f->start) {
		f->start = start;
		f->end = end;
	}
	f->matched = 1;
}

static int collect(const struct mf_ctx *ctx, const struct mf__provider *pv,
		   const struct mf__norm *norm, struct findings *fd, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	struct mf__match *m = NULL;
	size_t n = 0, cap = 0;
	int truncated, rc;

	rc = mf__matcher_scan(ctx->matcher, norm->text, norm->len, &m, &n, &cap,
			      MAX_MATCHES, &truncated, err);
	if (rc) {
		free(m);
		return rc;
	}
	for (size_t i = 0; i < n; i++) {
		const struct mf__rule *r = &d->rules[m[i].rule];
		if (r->provider && strcmp(r->provider, pv->id) != 0)
			continue;
		if (r->negatable && negated(d, norm->text, m[i].start))
			continue;
		mark(&fd->fired[m[i].rule], m[i].start, m[i].end);
	}
	free(m);
	fd->n_replies = mf__smtp_replies(norm->text, norm->len, fd->replies, MAX_REPLIES);
	for (size_t k = 0; k < fd->n_replies; k++) {
		const struct mf__smtp_reply *rp = &fd->replies[k];
		int neg = negated(d, norm->text, rp->start);

		for (size_t i = 0; i < d->n_rules; i++) {
			const struct mf__rule *r = &d->rules[i];
			int hit = 0;

			if (r->provider && strcmp(r->provider, pv->id) != 0)
				continue;
			if (neg && r->negatable)
				continue;
			for (size_t j = 0; !hit && rp->code[0] && j < r->n_smtp_codes; j++)
				hit = strcmp(rp->code, r->smtp_codes[j]) == 0;
			for (size_t j = 0; !hit && rp->status[0] && j < r->n_smtp_status; j++)
				hit = status_has_prefix(rp->status, r->smtp_status[j]);
			if (hit)
				mark(&fd->fired[i], rp->start, rp->end);
		}
	}
	return 0;
}

static void score(const struct mf__data *d, struct findings *fd)
{
	for (size_t i = 0; i < d->n_rules; i++) {
		const struct mf__rule *r = &d->rules[i];
		struct fired *f = &fd->fired[i];
		int ok = f->matched;

		for (size_t j = 0; ok && j < r->n_requires; j++)
			ok = fd->fired[r->requires[j]].matched;
		for (size_t j = 0; ok && j < r->n_excludes; j++)
			ok = !fd->fired[r->excludes[j]].matched;
		f->active = ok;
	}
	for (size_t p = 0; p < d->n_paths; p++)
		fd->path_score[p] = 0;
	for (size_t c = 0; c < d->n_causes; c++)
		fd->cause_score[c] = 0;
	for (size_t i = 0; i < d->n_rules; i++) {
		const struct mf__rule *r = &d->rules[i];
		int path;

		if (!fd->fired[i].active || r->reason)
			continue;
		path = r->cause >= 0 ? d->causes[r->cause].path : r->path;
		if (r->cause >= 0)
			fd->cause_score[r->cause] = 1 - (1 - fd->cause_score[r->cause]) * (1 - r->weight);
		if (path >= 0)
			fd->path_score[path] = 1 - (1 - fd->path_score[path]) * (1 - r->weight);
	}
}

static int lang_is_zh(const struct mf_route_request *req, const struct mf__norm *norm)
{
	if (req->lang == MF_LANG_ZH)
		return 1;
	if (req->lang == MF_LANG_EN)
		return 0;
	return norm->n_han > 0;
}

static int add_text(struct answer_impl *ai, const char ***v, size_t *n,
		    const struct mf__provider *pv, const struct mf__text *t, int zh)
{
	char *s = own(ai, fill(pv, mf__text_get(t, zh), zh));

	if (!s)
		return MF_ENOMEM;
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i], s) == 0)
			return 0;
	(*v)[(*n)++] = s;
	return 0;
}

static int build_answer(const struct mf_ctx *ctx, const struct mf_route_request *req,
			const struct mf__provider *pv, const struct mf__norm *norm,
			struct findings *fd, struct answer_impl *ai)
{
	const struct mf__data *d = ctx->data;
	struct mf_answer *a = &ai->a;
	int path = -1, cause = -1, side = MF__SIDE_UNKNOWN, zh = lang_is_zh(req, norm);
	double best = 0, raw, others = 0;
	const struct mf__path *P;
	size_t n_lim = 0, n_notes = 0;

	/* The tree in order: the first path with strong evidence wins. */
	for (size_t p = 0; p < d->n_paths && path < 0; p++)
		if (fd->path_score[p] >= STRONG_SCORE)
			path = (int)p;
	if (path < 0) {
		for (size_t p = 0; p < d->n_paths; p++)
			if (fd->path_score[p] > best) {
				best = fd->path_score[p];
				path = (int)p;
			}
		if (best < WEAK_SCORE) {
			path = d->default_path;
			a->is_default = 1;
		}
	}
	best = 0;
	for (size_t c = 0; c < d->n_causes; c++)
		if (d->causes[c].path == path && fd->cause_score[c] >= CAUSE_SCORE &&
		    fd->cause_score[c] > best) {
			best = fd->cause_score[c];
			cause = (int)c;
		}
	if (cause >= 0) {
		double top = -1;
		side = d->causes[cause].side;
		/* The strongest rule that names a side for this cause decides it. */
		for (size_t i = 0; i < d->n_rules; i++) {
			const struct mf__rule *r = &d->rules[i];
			if (fd->fired[i].active && r->cause == cause && r->side >= 0 &&
			    r->weight > top) {
				top = r->weight;
				side = r->side;
			}
		}
	} else {
		double top = -1;
		for (size_t i = 0; i < d->n_rules; i++) {
			const struct mf__rule *r = &d->rules[i];
			if (fd->fired[i].active && r->cause < 0 && r->path == path &&
			    r->side >= 0 && r->weight > top) {
				top = r->weight;
				side = r->side;
			}
		}
	}
	P = &d->paths[path];
	a->path = P->id;
	a->skill = P->skill;
	a->cause = cause >= 0 ? d->causes[cause].id : NULL;
	a->side = mf__side_names[side];
	a->lang = zh ? "zh" : "en";
	a->provider = pv->id;
	a->title = mf__text_get(cause >= 0 ? &d->causes[cause].title : &P->title, zh);

	for (size_t p = 0; p < d->n_paths; p++)
		if ((int)p != path && fd->path_score[p] > others)
			others = fd->path_score[p];
	raw = a->is_default ? 0.0 : fd->path_score[path] * (1 - 0.35 * others);
	if (cause < 0 && !a->is_default)
		raw *= 0.8;
	a->confidence = calibrate(d, raw);
	a->confidence = round(a->confidence * 100) / 100;

	/* Evidence: every active rule that speaks for the chosen path. */
	a->evidence = calloc(MAX_EVIDENCE, sizeof *a->evidence);
	a->alternatives = calloc(d->n_paths, sizeof *a->alternatives);
	if (!a->evidence || !a->alternatives)
		return MF_ENOMEM;
	for (size_t i = 0; i < d->n_rules && a->n_evidence < MAX_EVIDENCE; i++) {
		const struct mf__rule *r = &d->rules[i];
		int rp = r->cause >= 0 ? d->causes[r->cause].path : r->path;
		struct mf_evidence *e;
		size_t os, oe;

		if (!fd->fired[i].active || r->reason || (rp != path && !r->note.en))
			continue;
		if (cause >= 0 && r->cause >= 0 && r->cause != cause && r->weight < 0.5)
			continue;
		mf__norm_span(norm, fd->fired[i].start, fd->fired[i].end, &os, &oe);
		trim_span(req->query, &os, &oe);
		e = &a->evidence[a->n_evidence++];
		e->rule = r->id;
		e->start = os;
		e->end = oe;
		e->text = own(ai, dup_span(req->query, os, oe));
		if (!e->text)
			return MF_ENOMEM;
	}
	qsort(a->evidence, a->n_evidence, sizeof *a->evidence, cmp_evidence);
	drop_nested(a);

	for (size_t p = 0; p < d->n_paths; p++) {
		if ((int)p == path)
			continue;
		a->alternatives[a->n_alternatives].path = d->paths[p].id;
		a->alternatives[a->n_alternatives++].score =
			round(fd->path_score[p] * 100) / 100;
	}
	qsort(a->alternatives, a->n_alternatives, sizeof *a->alternatives, cmp_alt);

	/* Steps, limitations and provider notes, in the answer's language. */
	{
		const struct mf__texts *steps = cause >= 0 ? &d->causes[cause].steps
							   : &P->default_steps;
		size_t n_rule_notes = 0;

		for (size_t i = 0; i < d->n_rules; i++)
			n_rule_notes += fd->fired[i].active && d->rules[i].note.en;
		a->steps = calloc(steps->n + 1, sizeof *a->steps);
		a->limitations = calloc(P->limitations.n + 2 +
						(cause >= 0 ? d->causes[cause].limitations.n : 0),
					sizeof *a->limitations);
		a->notes = calloc(n_rule_notes + 1, sizeof *a->notes);
		if (!a->steps || !a->limitations || !a->notes)
			return MF_ENOMEM;
		for (size_t i = 0; i < steps->n; i++)
			if (add_text(ai, &a->steps, &a->n_steps, pv, &steps->v[i], zh))
				return MF_ENOMEM;
		if (a->is_default && d->default_note.en &&
		    add_text(ai, &a->limitations, &n_lim, pv, &d->default_note, zh))
			return MF_ENOMEM;
		if (cause >= 0)
			for (size_t i = 0; i < d->causes[cause].limitations.n; i++)
				if (add_text(ai, &a->limitations, &n_lim, pv,
					     &d->causes[cause].limitations.v[i], zh))
					return MF_ENOMEM;
		for (size_t i = 0; i < P->limitations.n; i++)
			if (add_text(ai, &a->limitations, &n_lim, pv, &P->limitations.v[i], zh))
				return MF_ENOMEM;
		a->n_limitations = n_lim;
		for (size_t i = 0; i < d->n_rules; i++)
			if (fd->fired[i].active && d->rules[i].note.en &&
			    add_text(ai, &a->notes, &n_notes, pv, &d->rules[i].note, zh))
				return MF_ENOMEM;
		a->n_notes = n_notes;
	}

	/* The SMTP replies found, in the user's own text. */
	if (fd->n_replies) {
		a->replies = calloc(fd->n_replies, sizeof *a->replies);
		if (!a->replies)
			return MF_ENOMEM;
		for (size_t k = 0; k < fd->n_replies; k++) {
			const struct mf__smtp_reply *rp = &fd->replies[k];
			struct mf_smtp_reply *o = &a->replies[a->n_replies++];
			size_t os, oe;

			memcpy(o->code, rp->code, sizeof o->code);
			memcpy(o->status, rp->status, sizeof o->status);
			mf__norm_span(norm, rp->text_start, rp->text_end, &os, &oe);
			o->text = own(ai, dup_span(req->query, os, oe));
			if (!o->text)
				return MF_ENOMEM;
		}
	}
	return 0;
}

static int only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

int mf_route(const struct mf_ctx *ctx, const struct mf_route_request *req,
	     struct mf_answer **out, struct mf_error *err)
{
	const struct mf__data *d;
	const struct mf__provider *pv;
	struct findings fd;
	struct mf__norm norm;
	struct answer_impl *ai;
	int rc;

	if (out)
		*out = NULL;
	if (!ctx || !req || !out || (!req->query && req->query_len))
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_route: missing argument");
	d = ctx->data;
	if (req->query_len > MF_ROUTE_MAX_QUERY)
		return mf__fail(err, MF_ETOOBIG, NULL,
				"paste the error message and a few lines around it; "
				"use `mailfix explain` for whole bounce messages",
				"the query is %zu bytes; the most route reads is %d",
				req->query_len, MF_ROUTE_MAX_QUERY);
	if (req->query_len == 0 || only_space(req->query, req->query_len))
		return mf__fail(err, MF_EEMPTY, NULL,
				"give the user's words or the error message",
				"the query is empty");
	pv = mf__data_find_provider(d, req->provider ? req->provider : "alimail");
	if (!pv)
		return mf__fail(err, MF_EPROVIDER, req->provider,
				"see data/providers/ for the known profiles",
				"unknown provider \"%s\"", req->provider);
	rc = mf__normalize(d, req->query, req->query_len, &norm, err);
	if (rc)
		return rc;
	if (norm.len == 0) {
		mf__norm_free(&norm);
		return mf__fail(err, MF_EEMPTY, NULL, "give the user's words or the error message",
				"the query has no visible characters");
	}
	memset(&fd, 0, sizeof fd);
	fd.fired = calloc(d->n_rules + 1, sizeof *fd.fired);
	fd.cause_score = calloc(d->n_causes + 1, sizeof *fd.cause_score);
	ai = calloc(1, sizeof *ai);
	if (!fd.fired || !fd.cause_score || !ai) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	if ((rc = collect(ctx, pv, &norm, &fd, err)))
		goto done;
	score(d, &fd);
	if ((rc = build_answer(ctx, req, pv, &norm, &fd, ai)))
		rc = mf__fail(err, rc, NULL, NULL, "out of memory");
done:
	free(fd.fired);
	free(fd.cause_score);
	mf__norm_free(&norm);
	if (rc) {
		if (ai)
			mf_answer_free(&ai->a);
		return rc;
	}
	*out = &ai->a;
	return 0;
}
