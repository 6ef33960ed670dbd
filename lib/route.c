/*
 * route.c: `mf_route`, the heart of mailfix.  A query (the user's words, a
 * pasted error or bounce) is normalized (text.c), scanned once by the
 * pattern engine (match.c) and searched for SMTP replies (smtp_reply.c);
 * the matches become rules that fired, the rules become causes with
 * evidence, and the seed's decision tree picks the path with its FAQ
 * precedence: delivery rejections and DNS terms first, then the webmail
 * and account states, then mail-program configuration; nothing found
 * gives the tree's default path with a low confidence, said as such.
 * When no rule names a cause or a side, a small model over the words
 * present (guess.c, data/route-guess.json) names the side if it is sure
 * enough, and the path too when nothing fired at all; the answer then
 * says that the side is a guess.
 * Weights, precedence and texts are data (data/); this file only combines.
 * The texts of answers are filled with each provider's facts once, when
 * the context is made, so an answer borrows them and costs little.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "cues.h"
#include "guess.h"
#include "internal.h"

/* A path is taken on strong evidence when its combined score reaches this. */
#define STRONG_SCORE 0.5
/* Below this nothing points anywhere: the tree's default path. */
#define WEAK_SCORE 0.2
/* A cause is named when its own evidence reaches this. */
#define CAUSE_SCORE 0.25
#define MAX_SPANS 64
#define MAX_FIXED_SPANS 128
#define MAX_REPLIES 32
#define MAX_EVIDENCE 12
/* Normalization buffers a scratch keeps between queries (bytes of text;
 * a bigger query's are freed after it). */
#define NORM_SPACE_KEEP 16384
#define MAX_NOTES 8
#define MAX_MENTIONS 12
#define MAX_HOST_MENTIONS 4
#define MAX_PATHS 8
#define MAX_REASON_STEPS 8
#define MAX_SETTINGS_STEPS 2
#define MAX_STEPS (MF__MAX_CAUSE_STEPS + MAX_SETTINGS_STEPS)

/* ---- texts filled with provider facts, made once per context ---- */

/* The value of the {key} whose name is [k, k + n), or NULL. */
static const char *fact_value(const struct mf__provider *pv, const char *k, size_t n, int lang)
{
	for (size_t i = 0; i < pv->n_facts; i++) {
		const char *key = pv->fact_keys[i];
		if (n && key[0] == k[0] && strncmp(key, k, n) == 0 && key[n] == '\0')
			return mf__text_get(&pv->fact_values[i], lang);
	}
	return NULL;
}

/* A fact's value for mf__template_fill: the provider and language. */
struct fact_arg {
	const struct mf__provider *pv;
	int lang;
};

static const char *fact_lookup(const void *arg, const char *name, size_t len)
{
	const struct fact_arg *f = arg;

	return fact_value(f->pv, name, len, f->lang);
}

/* The template filled with the provider's facts, in the arena (the
 * template itself when it has no placeholder: the data outlives this);
 * NULL when out of memory. */
static const char *fill(struct mf__arena *a, const struct mf__provider *pv, const char *tmpl,
			int lang)
{
	struct fact_arg f = {pv, lang};
	size_t n;
	char *out;

	if (!strchr(tmpl, '{'))
		return tmpl;
	n = mf__template_fill(tmpl, fact_lookup, &f, NULL);
	out = mf__arena_alloc(a, n + 1);
	if (!out)
		return NULL;
	mf__template_fill(tmpl, fact_lookup, &f, out);
	out[n] = '\0';
	return out;
}

/* Fill `lists` text lists (NULL-terminated pairs) into one list, without
 * repeating a text; step_for (NULL: none) says whom each text of a
 * single list is for, and is kept beside the texts. */
static int fill_list(struct mf__arena *a, const struct mf__provider *pv, int lang,
		     struct mf__text_list *out, const struct mf__texts *const *lists, size_t n_lists,
		     const unsigned char *step_for)
{
	size_t total = 0;
	unsigned char *whom = NULL;

	for (size_t i = 0; i < n_lists; i++)
		total += lists[i] ? lists[i]->n : 0;
	out->n = 0;
	out->v = mf__arena_alloc(a, (total + 1) * sizeof *out->v);
	out->step_for = whom = step_for ? mf__arena_alloc(a, total + 1) : NULL;
	if (!out->v || (step_for && !whom))
		return MF_ENOMEM;
	for (size_t i = 0; i < n_lists; i++)
		for (size_t j = 0; lists[i] && j < lists[i]->n; j++) {
			const char *s = fill(a, pv, mf__text_get(&lists[i]->v[j], lang), lang);
			int dup = 0;
			if (!s)
				return MF_ENOMEM;
			for (size_t k = 0; k < out->n; k++)
				dup |= strcmp(out->v[k], s) == 0;
			if (dup)
				continue;
			if (whom)
				whom[out->n] = step_for[j];
			out->v[out->n++] = s;
		}
	return 0;
}

static int prepare_one(struct mf__arena *a, const struct mf__data *d,
		       const struct mf__provider *pv, int lang, struct mf__filled *f)
{
	struct mf__texts note = {(struct mf__text *)&d->default_note, 1};
	struct mf__texts gnote = {(struct mf__text *)&d->guess_note, 1};
	int rc = 0;

	f->cause_steps = mf__arena_alloc(a, (d->n_causes + 1) * sizeof *f->cause_steps);
	f->cause_limits = mf__arena_alloc(a, (d->n_causes + 1) * sizeof *f->cause_limits);
	f->path_steps = mf__arena_alloc(a, (d->n_paths + 1) * sizeof *f->path_steps);
	f->path_limits[0] = mf__arena_alloc(a, (d->n_paths + 1) * sizeof *f->path_limits[0]);
	f->path_limits[1] = mf__arena_alloc(a, (d->n_paths + 1) * sizeof *f->path_limits[1]);
	f->path_limits[2] = mf__arena_alloc(a, (d->n_paths + 1) * sizeof *f->path_limits[2]);
	f->path_limits[3] = mf__arena_alloc(a, (d->n_paths + 1) * sizeof *f->path_limits[3]);
	f->rule_note = mf__arena_alloc(a, (d->n_rules + 1) * sizeof *f->rule_note);
	if (!f->cause_steps || !f->cause_limits || !f->path_steps || !f->path_limits[0] ||
	    !f->path_limits[1] || !f->path_limits[2] || !f->path_limits[3] || !f->rule_note)
		return MF_ENOMEM;
	for (size_t c = 0; !rc && c < d->n_causes; c++) {
		const struct mf__cause *cause = &d->causes[c];
		const struct mf__texts *steps[] = {&cause->steps};
		const struct mf__texts *limits[] = {&cause->limitations,
						    &d->paths[cause->path].limitations};
		rc = fill_list(a, pv, lang, &f->cause_steps[c], steps, 1, cause->step_for);
		if (!rc)
			rc = fill_list(a, pv, lang, &f->cause_limits[c], limits, 2, NULL);
	}
	for (size_t p = 0; !rc && p < d->n_paths; p++) {
		const struct mf__texts *steps[] = {&d->paths[p].default_steps};
		const struct mf__texts *limits[] = {&d->paths[p].limitations};
		const struct mf__texts *dlimits[] = {d->default_note.en ? &note : NULL,
						     &d->paths[p].limitations};
		const struct mf__texts *glimits[] = {d->guess_note.en ? &gnote : NULL,
						     &d->paths[p].limitations};
		const struct mf__texts *gdlimits[] = {d->guess_note.en ? &gnote : NULL,
						      d->default_note.en ? &note : NULL,
						      &d->paths[p].limitations};
		rc = fill_list(a, pv, lang, &f->path_steps[p], steps, 1, NULL);
		if (!rc)
			rc = fill_list(a, pv, lang, &f->path_limits[0][p], limits, 1, NULL);
		if (!rc)
			rc = fill_list(a, pv, lang, &f->path_limits[1][p], dlimits, 2, NULL);
		if (!rc)
			rc = fill_list(a, pv, lang, &f->path_limits[2][p], glimits, 2, NULL);
		if (!rc)
			rc = fill_list(a, pv, lang, &f->path_limits[3][p], gdlimits, 3, NULL);
	}
	for (size_t i = 0; !rc && i < d->n_rules; i++)
		if (d->rules[i].note.en &&
		    !(f->rule_note[i] = fill(a, pv, mf__text_get(&d->rules[i].note, lang), lang)))
			rc = MF_ENOMEM;
	if (!rc)
		rc = mf__host_verdicts_fill(a, d, pv, lang, f);
	return rc;
}

/* The filled texts of every profile and language, each made when first
 * asked: a start fills none (filling all 7 profiles x 3 languages was
 * 13.6 M of the 73 M instructions of `mailfix route hello`, which uses
 * one).  What is filled is never changed after: `ready` (atomic) says
 * filled[i] is whole, and a call that finds it set reads it without the
 * lock.  The arena only grows (its blocks never move), under the lock. */
struct mf__prepared {
	pthread_mutex_t lock;
	struct mf__arena *arena;
	struct mf__filled *filled;   /* [n_providers * MF__N_LANGS] */
	unsigned char *ready;        /* [n_providers * MF__N_LANGS] */
};

int mf__route_prepare(struct mf_ctx *ctx, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	struct mf__prepared *p;
	size_t n_smtp = 0, slots = d->n_providers * MF__N_LANGS + 1;
	struct mf__arena *a;

	if (d->n_paths > MAX_PATHS)
		return mf__fail(err, MF_EDATA, "paths.json", NULL,
				"more than %d paths", MAX_PATHS);
	if (!(p = calloc(1, sizeof *p)))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	if (pthread_mutex_init(&p->lock, NULL)) {
		free(p);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot make a lock");
	}
	ctx->prepared = p;
	a = p->arena = mf__arena_new(64 * 1024, 0);
	p->filled = a ? mf__arena_alloc(a, slots * sizeof *p->filled) : NULL;
	p->ready = a ? mf__arena_alloc(a, slots) : NULL;
	ctx->smtp_rules = a ? mf__arena_alloc(a, (d->n_rules + 1) * sizeof *ctx->smtp_rules) : NULL;
	if (!p->filled || !p->ready || !ctx->smtp_rules)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < d->n_rules; i++)
		if (d->rules[i].n_smtp_codes || d->rules[i].n_smtp_status)
			ctx->smtp_rules[n_smtp++] = (int)i;
	ctx->n_smtp_rules = n_smtp;
	return 0;
}

const struct mf__filled *mf__route_filled(const struct mf_ctx *ctx, size_t pv_index, int lang)
{
	struct mf__prepared *p = ctx->prepared;
	size_t i = pv_index * MF__N_LANGS + (size_t)lang;
	const struct mf__filled *f = NULL;

	if (__atomic_load_n(&p->ready[i], __ATOMIC_ACQUIRE))
		return &p->filled[i];
	pthread_mutex_lock(&p->lock);
	if (p->ready[i] ||
	    prepare_one(p->arena, ctx->data, &ctx->data->providers[pv_index], lang,
			&p->filled[i]) == 0) {
		__atomic_store_n(&p->ready[i], 1, __ATOMIC_RELEASE);
		f = &p->filled[i];
	}
	pthread_mutex_unlock(&p->lock);
	return f;
}

void mf__route_release(struct mf_ctx *ctx)
{
	struct mf__prepared *p = ctx->prepared;

	if (!p)
		return;
	pthread_mutex_destroy(&p->lock);
	mf__arena_free(p->arena);
	free(p);
	ctx->prepared = NULL;
	ctx->smtp_rules = NULL;
}

/* ---- the answer: one block, texts borrowed from the context ---- */

struct answer_impl {
	struct mf_answer a;
	struct mf_evidence evidence[MAX_EVIDENCE];
	struct mf_alternative alternatives[MAX_PATHS];
	const char *notes[MAX_NOTES];
	struct mf_smtp_reply replies[MAX_REPLIES];
	struct mf_mention mentions[MAX_MENTIONS];
	const char *reason_steps[MAX_REASON_STEPS]; /* a pasted bounce's (mf__answer_for_reason) */
	const char *steps[MAX_STEPS];  /* the steps fitted to what the query names */
	const struct mf__filled *filled; /* the texts of the answer's provider and language */
	char *texts;           /* evidence, reply and mention texts, one allocation */
};

void mf_answer_free(struct mf_answer *answer)
{
	struct answer_impl *ai = (struct answer_impl *)answer;

	if (!ai)
		return;
	free(ai->texts);
	free(ai);
}

void mf__answer_for_reason(struct mf_answer *answer, const struct mf_ctx *ctx,
			   const struct mf__reason *reason)
{
	struct answer_impl *ai = (struct answer_impl *)answer;
	const struct mf__data *d = ctx->data;
	int lang = mf__lang_index(answer->lang);
	size_t n = 0;

	for (size_t i = 0; i < reason->steps.n && n < MAX_REASON_STEPS; i++)
		ai->reason_steps[n++] = mf__text_get(&reason->steps.v[i], lang);
	answer->path = d->paths[reason->path].id;
	answer->skill = d->paths[reason->path].skill;
	answer->side = mf__side_names[reason->side];
	answer->cause = NULL;
	answer->title = mf__text_get(&reason->title, lang);
	answer->steps = ai->reason_steps;
	answer->n_steps = n;
	answer->is_default = 0;
	/* the reason's path's own limitations: not a default's, not a guess's */
	answer->limitations = ai->filled->path_limits[0][reason->path].v;
	answer->n_limitations = ai->filled->path_limits[0][reason->path].n;
	/* the other paths only */
	for (size_t i = 0; i < answer->n_alternatives; i++)
		if (strcmp(answer->alternatives[i].path, answer->path) == 0) {
			memmove(&answer->alternatives[i], &answer->alternatives[i + 1],
				(answer->n_alternatives - i - 1) * sizeof answer->alternatives[0]);
			answer->n_alternatives--;
			break;
		}
	if (answer->confidence < MF__BOUNCE_REASON_CONFIDENCE)
		answer->confidence = MF__BOUNCE_REASON_CONFIDENCE;
}

/* ---- evidence ---- */

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
	uint8_t matched;       /* a live (not negated) match was seen */
	uint8_t active;        /* matched, requirements met, not excluded */
	uint32_t start, end;   /* first live match, normalized offsets, or NO_SPAN */
};

/* A rule matched but where is not known yet (found when shown). */
#define NO_SPAN UINT32_MAX

/* Everything found in one query, before the decision. */
struct findings {
	struct fired *fired;   /* [n_rules] */
	int *hits;             /* rules that matched, in order */
	size_t n_hits;
	uint8_t *seen;         /* [n_rules], for the scan */
	double *cause_score;   /* [n_causes] */
	double path_score[MAX_PATHS];
	struct mf__smtp_reply replies[MAX_REPLIES];
	size_t n_replies;
	const char *query;     /* the query as given (its line breaks) */
	size_t query_len;
};

/* Where the line holding normalized byte `at` ends: at the space that
 * stands for the next line break of the query, or the text's end. */
static uint32_t line_end(const struct mf__norm *norm, const struct findings *fd, uint32_t at)
{
	const char *t = norm->text;

	for (uint32_t i = at; fd->query && i + 1 < norm->len; i++) {
		if (t[i] != ' ')
			continue;
		for (uint32_t o = norm->orig[i]; o < norm->orig[i + 1] && o < fd->query_len; o++)
			if (fd->query[o] == '\n')
				return i;
	}
	return (uint32_t)norm->len;
}

/* Where a turn that opens a quotation with its cue or right after it
 * ends: just after the quotation's closing mark when it closes before
 * `limit` (the line's end), else `limit`.  A help desk's canned reply
 * quoted back ("Your canned reply said: \"...\" It's Foxmail: ...") is
 * the desk's words only up to its closing quote; the customer's words
 * follow.  Without a quotation the turn ends at the first field
 * separator (';', '|') on its line.  (Normalized text has ASCII quotes
 * for the curly ones, and '|' and ';' for the full-width ones.) */
static uint32_t quote_end(const char *t, uint32_t cue_start, uint32_t at, uint32_t limit)
{
	static const char *const open[] = {"\"", "\xe3\x80\x8c", "\xe3\x80\x8e"};
	static const char *const close[] = {"\"", "\xe3\x80\x8d", "\xe3\x80\x8f"};
	uint32_t from = at;

	while (from < limit && t[from] == ' ')
		from++;
	for (size_t q = 0; q < sizeof open / sizeof *open; q++) {
		size_t n = strlen(open[q]), m = strlen(close[q]);
		uint32_t body;

		/* (the cue's own last character, or the first one after it) */
		if (at >= cue_start + n && memcmp(t + at - n, open[q], n) == 0)
			body = at;
		else if (from + n <= limit && memcmp(t + from, open[q], n) == 0)
			body = from + (uint32_t)n;
		else
			continue;
		for (uint32_t i = body; i + m <= limit; i++)
			if (memcmp(t + i, close[q], m) == 0)
				return i + (uint32_t)m;
		return limit;
	}
	/* (a field of a ticket pasted on one line: "Category: Email > SPF;
	 * Priority: P2; Customer says: ..." ends at its separator) */
	for (uint32_t i = at; i < limit; i++)
		if (t[i] == ';' || t[i] == '|')
			return i;
	return limit;
}

/* Where the line or sentence holding normalized byte `at` starts: just
 * after a space that stood for a line break in the query, or after a
 * sentence end.  (Normalizing made every run of white space one space;
 * an "ended" cue speaks of its own line only.) */
static uint32_t line_start(const struct mf__norm *norm, const struct findings *fd, uint32_t at)
{
	const char *t = norm->text;

	for (uint32_t i = at; i > 0; i--) {
		uint32_t j = i - 1;
		unsigned char c = (unsigned char)t[j];

		if (c == '.' || c == '!' || c == '?' || c == ';') {
			if (i < norm->len && t[i] == ' ')
				return i;
			continue;
		}
		if (c != ' ' || !fd->query || i >= norm->len)
			continue;
		for (uint32_t o = norm->orig[j]; o < norm->orig[i] && o < fd->query_len; o++)
			if (fd->query[o] == '\n')
				return i;
	}
	return 0;
}

static void mark(struct findings *fd, int rule, uint32_t start, uint32_t end)
{
	struct fired *f = &fd->fired[rule];

	if (!f->matched) {
		fd->hits[fd->n_hits++] = rule;
		f->start = start;
		f->end = end;
	} else if (start < f->start || f->start == NO_SPAN) {
		f->start = start;
		f->end = end;
	}
	f->matched = 1;
}

/* Find where a rule matched (its first match not cancelled by a
 * negation cue); *live is 0 when every match is negated. */
static int locate(const struct mf_ctx *ctx, void *scratch, const struct mf__norm *norm,
		  int rule, int *live, uint32_t *start, uint32_t *end, struct mf_error *err)
{
	const struct mf__rule *r = &ctx->data->rules[rule];
	struct mf__match spans[MAX_SPANS];
	size_t n = 0;
	int rc = mf__matcher_spans(ctx->matcher, scratch, rule, norm->text, norm->len, spans,
				   MAX_SPANS, &n, err);

	*live = 0;
	for (size_t k = 0; !rc && k < n; k++) {
		if (r->negatable && (mf__negated(ctx->data, norm->text, spans[k].start) ||
				     mf__inside_negated(ctx->data, norm->text, spans, n, k, rule)))
			continue;
		*live = 1;
		*start = spans[k].start;
		*end = spans[k].end;
		break; /* spans come by end offset; the first live one will do */
	}
	return rc;
}

/* Where rule `rule`, found by the scan, matched live (not cancelled by a
 * negation cue): *live is 1 with the span (NO_SPAN when the scan did not
 * keep it and it is placed later, if shown). */
static int live_span(const struct mf_ctx *ctx, void *scratch, const struct mf__norm *norm,
		     const struct mf__scan_result *res, const struct mf__match *spans, int rule,
		     int *live, uint32_t *start, uint32_t *end, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	const struct mf__rule *r = &d->rules[rule];
	int variable = (res->seen[rule] & MF__SEEN_VARIABLE) != 0, rc = 0;

	*live = 0;
	*start = *end = NO_SPAN;
	/* More matches than the scan kept (hostile texts): when a negation
	 * cue may cancel some ("不是账号冻结"), all the rule's matches are
	 * placed together by its own database. */
	if (variable && r->negatable && res->has_cue &&
	    (r->weight > 0 || r->note.en || r->identifies))
		return locate(ctx, scratch, norm, rule, live, start, end, err);
	/* Matches come whole: take the leftmost (then longest) that no
	 * negation cue cancels. */
	for (size_t k = 0; k < res->n_spans; k++) {
		if (spans[k].rule != rule ||
		    (r->negatable && res->has_cue &&
		     (mf__negated(d, norm->text, spans[k].start) ||
		      mf__inside_negated(d, norm->text, spans, res->n_spans, k, rule))))
			continue;
		if (!*live || spans[k].start < *start ||
		    (spans[k].start == *start && spans[k].end > *end)) {
			*start = spans[k].start;
			*end = spans[k].end;
		}
		*live = 1;
	}
	/* Matches the scan did not keep are placed by the rule's own
	 * database: now if a negation cue may cancel them, else later, if
	 * they are shown. */
	if (!*live && variable) {
		if (r->negatable && res->has_cue && (r->weight > 0 || r->note.en || r->identifies))
			rc = locate(ctx, scratch, norm, rule, live, start, end, err);
		else
			*live = 1;
	}
	return rc;
}

/* The profile the query shows to be the sender's own (rules with
 * "identifies": the provider's own server names, its admin console, "we
 * use ..."): the one provider named, or the default when none is, or
 * when the default itself or two providers are named (a move from one to
 * another says nothing sure). */
static int identify(const struct mf_ctx *ctx, void *scratch, const struct mf__norm *norm,
		    const struct mf__scan_result *res, const struct mf__match *spans,
		    const struct mf__provider **pv, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	const char *found = NULL;

	for (size_t i = 0; i < res->n_rules; i++) {
		const struct mf__rule *r = &d->rules[res->rules[i]];
		uint32_t start, end;
		int live, rc;

		if (!r->identifies || (found && strcmp(found, r->identifies) == 0))
			continue;
		if ((rc = live_span(ctx, scratch, norm, res, spans, res->rules[i], &live, &start,
				    &end, err)))
			return rc;
		if (!live)
			continue;
		if (found)
			return 0; /* two providers: the default stays */
		found = r->identifies;
	}
	if (found)
		*pv = mf__data_find_provider(d, found);
	return 0;
}

/* Does SMTP reply rp stand for rule r (one of its codes or statuses)? */
static int reply_is_rule(const struct mf__rule *r, const struct mf__smtp_reply *rp)
{
	for (size_t j = 0; rp->code[0] && j < r->n_smtp_codes; j++)
		if (strcmp(rp->code, r->smtp_codes[j]) == 0)
			return 1;
	for (size_t j = 0; rp->status[0] && j < r->n_smtp_status; j++)
		if (status_has_prefix(rp->status, r->smtp_status[j]))
			return 1;
	return 0;
}

/* The path a rule points at (its cause's), or -1. */
static int rule_path(const struct mf__data *d, int rule)
{
	const struct mf__rule *r = &d->rules[rule];

	return r->cause >= 0 ? d->causes[r->cause].path : r->path;
}

/* Are rule's requirements matched and nothing that excludes it? */
static int may_be_active(const struct mf__data *d, const struct findings *fd, int rule)
{
	const struct mf__rule *r = &d->rules[rule];

	for (size_t j = 0; j < r->n_requires; j++)
		if (!fd->fired[r->requires[j]].matched)
			return 0;
	for (size_t j = 0; j < r->n_excludes; j++)
		if (fd->fired[r->excludes[j]].matched)
			return 0;
	return 1;
}

/* What one fired rule is once the context cues are read: its best span
 * under each mode (the topic shift heeded or not, the quote or not). */
#define N_MODES 4
struct in_context {
	enum mf__span_state state[N_MODES];
	uint32_t start[N_MODES], end[N_MODES];
	int outweighed; /* a guess that evidence of another cause outweighs */
};

static void consider(struct in_context *ic, const struct mf__context_cues *c, const char *t,
		     size_t len, uint32_t start, uint32_t end)
{
	for (unsigned mode = 0; mode < N_MODES; mode++) {
		enum mf__span_state st = mf__span_context(c, t, len, start, end, mode);
		/* live beats a guess beats history; then the leftmost, then
		 * the longest */
		if (st < ic->state[mode] ||
		    (st == ic->state[mode] &&
		     (start < ic->start[mode] || (start == ic->start[mode] && end > ic->end[mode])))) {
			ic->state[mode] = st;
			ic->start[mode] = start;
			ic->end[mode] = end;
		}
	}
}

/* Is rule (hit h) evidence that names a cause, live under `mode`? */
static int is_evidence(const struct mf__data *d, const struct findings *fd,
		       const struct in_context *ic, size_t h, unsigned mode)
{
	const struct mf__rule *r = &d->rules[fd->hits[h]];

	return r->cause >= 0 && r->weight > 0 && ic[h].state[mode] == MF__SPAN_LIVE &&
	       may_be_active(d, fd, fd->hits[h]);
}

/* Every match of `rule` (negated ones too): from the scan when it kept
 * them all (a context cue makes it keep every match), else from the
 * rule's own database into `buf`. */
static int rule_spans(const struct mf_ctx *ctx, void *scratch, const struct mf__norm *norm,
		      const struct mf__scan_result *res, int rule, struct mf__match *buf,
		      const struct mf__match **out, size_t *n, struct mf_error *err)
{
	size_t k = 0;

	if (res->has_context && !(res->seen[rule] & MF__SEEN_VARIABLE)) {
		/* the scan's spans of one rule, copied together */
		for (size_t i = 0; i < res->n_spans && k < MAX_SPANS; i++)
			if (res->spans[i].rule == rule)
				buf[k++] = res->spans[i];
		if (k || !ctx->data->rules[rule].n_patterns) {
			*out = buf;
			*n = k;
			return 0;
		}
	}
	*out = buf;
	return mf__matcher_spans(ctx->matcher, scratch, rule, norm->text, norm->len, buf,
				 MAX_SPANS, n, err);
}

/* The lines of the query quoted with '>' (an earlier message of a
 * thread, above or below the newest one: "> Admin: done, unfrozen"), as
 * ranges of normalized text in c->quoted_from/to.  Not when the rule of
 * the quote cue is excluded (a quoted bounce is evidence the user passes
 * on, not history: context.quoted-bounce), nor when the whole query is
 * quoted (then nothing newer stands beside it). */
static void find_quoted_lines(const struct mf__data *d, const struct findings *fd,
			      const struct mf__norm *norm, struct mf__context_cues *c)
{
	uint32_t from[MF__MAX_CONTEXT_CUES], to[MF__MAX_CONTEXT_CUES];
	size_t n = 0, unquoted = 0;

	if (!fd->query || !memchr(fd->query, '>', fd->query_len))
		return;
	for (size_t o = 0; o < fd->query_len;) {
		size_t end = o, first = o;

		while (end < fd->query_len && fd->query[end] != '\n')
			end++;
		while (first < end && (fd->query[first] == ' ' || fd->query[first] == '\t'))
			first++;
		if (first < end && fd->query[first] == '>') {
			/* (consecutive quoted lines make one range) */
			if (n && to[n - 1] == o)
				to[n - 1] = (uint32_t)end + 1;
			else if (n < MF__MAX_CONTEXT_CUES) {
				from[n] = (uint32_t)o;
				to[n++] = (uint32_t)end + 1;
			}
		} else if (first < end) {
			unquoted++;
		}
		o = end + 1;
	}
	if (!n || !unquoted)
		return;
	for (size_t r = 0; r < d->n_rules; r++)
		if (d->rules[r].context == MF__CONTEXT_QUOTE && !may_be_active(d, fd, (int)r))
			return;
	for (size_t k = 0; k < n; k++) {
		uint32_t i = 0, j;

		while (i < norm->len && norm->orig[i] < from[k])
			i++;
		j = i;
		while (j < norm->len && norm->orig[j] < to[k])
			j++;
		if (j > i) {
			c->quoted_from[c->n_quoted] = i;
			c->quoted_to[c->n_quoted++] = j;
		}
	}
}

/* Read the context cues (context rules that fired: cues.c) and drop what
 * they make history or a guess outweighed by evidence: "the 550 from
 * Tuesday is resolved", "New problem though: ...", the earlier messages
 * quoted below a reply, "is it possible our account is blocked? ... 526".
 * Every match of each fired rule is looked at (the scan keeps them all
 * when a context cue matched).  Nothing to do, and no cost, when no
 * context rule fired. */
static int apply_context(const struct mf_ctx *ctx, void *scratch, const struct mf__norm *norm,
			 struct findings *fd, const struct mf__scan_result *res,
			 struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	struct mf__context_cues cues;
	struct mf__match buf[MAX_SPANS];
	const struct mf__match *sp;
	struct in_context *ic;
	size_t n, out;
	unsigned mode = 0, evidence = 0;
	int any = 0, rc = 0;

	memset(&cues, 0, sizeof cues);
	find_quoted_lines(d, fd, norm, &cues);
	/* (a contrast cue alone changes nothing) */
	any = cues.n_quoted > 0;
	for (size_t h = 0; h < fd->n_hits && !any; h++)
		any = d->rules[fd->hits[h]].context != MF__CONTEXT_NONE &&
		      d->rules[fd->hits[h]].context != MF__CONTEXT_CONTRAST;
	if (!any)
		return 0;
	for (size_t h = 0; h < fd->n_hits; h++) {
		int rule = fd->hits[h];

		/* ("-----Original Message----- From: Mail Delivery System":
		 * a quoted bounce is evidence, not history: excluded) */
		if (d->rules[rule].context == MF__CONTEXT_NONE || !may_be_active(d, fd, rule))
			continue;
		if ((rc = rule_spans(ctx, scratch, norm, res, rule, buf, &sp, &n, err)))
			return rc;
		for (size_t k = 0; k < n; k++) {
			if (mf__negated(d, norm->text, sp[k].start))
				continue;
			size_t n_ended = cues.n_ended, before;

			/* (a turn's name starts its line: "bot:", not "the
			 * bot: ..." inside a sentence) */
			if (d->rules[rule].context == MF__CONTEXT_TURN &&
			    line_start(norm, fd, sp[k].start) != sp[k].start)
				continue;
			before = cues.n_turn;
			mf__context_add(&cues, d->rules[rule].context, sp[k].start, sp[k].end);
			if (cues.n_ended > n_ended)
				cues.ended_from[n_ended] = line_start(norm, fd, sp[k].start);
			if (cues.n_turn > before)
				cues.turn_end[before] = quote_end(norm->text, sp[k].start, sp[k].end,
								  line_end(norm, fd, sp[k].end));
		}
	}
	ic = calloc(fd->n_hits ? fd->n_hits : 1, sizeof *ic);
	if (!ic)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t h = 0; h < fd->n_hits; h++) {
		int rule = fd->hits[h];
		const struct mf__rule *r = &d->rules[rule];

		for (unsigned m = 0; m < N_MODES; m++) {
			ic[h].state[m] = r->context != MF__CONTEXT_NONE ? MF__SPAN_LIVE
									: MF__SPAN_UNSEEN;
			ic[h].start[m] = UINT32_MAX;
		}
		if (r->context != MF__CONTEXT_NONE)
			continue;
		n = 0;
		if (r->n_patterns &&
		    (rc = rule_spans(ctx, scratch, norm, res, rule, buf, &sp, &n, err)))
			break;
		for (size_t k = 0; k < n; k++)
			if (!r->negatable || (!mf__negated(d, norm->text, sp[k].start) &&
					      !mf__inside_negated(d, norm->text, sp, n, k, rule)))
				consider(&ic[h], &cues, norm->text, norm->len, sp[k].start,
					 sp[k].end);
		for (size_t k = 0; k < fd->n_replies; k++)
			if (reply_is_rule(r, &fd->replies[k]) &&
			    !(r->negatable && mf__negated(d, norm->text, fd->replies[k].start)))
				consider(&ic[h], &cues, norm->text, norm->len, fd->replies[k].start,
					 fd->replies[k].end);
		if (ic[h].state[0] == MF__SPAN_UNSEEN) {
			/* matched where this look cannot see (over the span
			 * limit): leave it as it was */
			for (unsigned m = 0; m < N_MODES; m++) {
				ic[h].state[m] = MF__SPAN_LIVE;
				ic[h].start[m] = fd->fired[rule].start;
				ic[h].end[m] = fd->fired[rule].end;
			}
		}
		/* a topic shift counts when evidence follows it */
		if (r->weight > 0 && ic[h].state[MF__USE_SHIFT] != MF__SPAN_HISTORY)
			mode |= MF__USE_SHIFT;
	}
	if (rc) {
		free(ic);
		return rc;
	}
	/* the quote is history when the newest message names a cause itself */
	for (size_t h = 0; h < fd->n_hits && (cues.has_quote || cues.n_quoted); h++)
		if (is_evidence(d, fd, ic, h, mode | MF__USE_QUOTE)) {
			mode |= MF__USE_QUOTE;
			break;
		}
	/* A guess gives way to evidence of another path seen elsewhere:
	 * paths on which a rule that names a cause matched as evidence. */
	for (size_t h = 0; h < fd->n_hits; h++) {
		int path = rule_path(d, fd->hits[h]);
		if (path >= 0 && path < MAX_PATHS && is_evidence(d, fd, ic, h, mode))
			evidence |= 1u << path;
	}
	/* A guess asked gives way also to evidence of another cause on its
	 * own path: "is my account frozen? ... the code page sends me back
	 * to the login" (not a change the user suspects: "the page went
	 * blank after we moved the site" keeps the move) */
	for (size_t h = 0; h < fd->n_hits; h++) {
		int rule = fd->hits[h], path = rule_path(d, rule);
		if (ic[h].state[mode] != MF__SPAN_ASKED || d->rules[rule].cause < 0)
			continue;
		for (size_t k = 0; k < fd->n_hits && !ic[h].outweighed; k++)
			if (k != h && rule_path(d, fd->hits[k]) == path &&
			    d->rules[fd->hits[k]].cause != d->rules[rule].cause &&
			    is_evidence(d, fd, ic, k, mode))
				ic[h].outweighed = 1;
	}
	out = 0;
	for (size_t h = 0; h < fd->n_hits; h++) {
		int rule = fd->hits[h], path = rule_path(d, rule);
		enum mf__span_state st = ic[h].state[mode];

		/* (a mention, "Outlook", stays a mention when guessed at) */
		if (st == MF__SPAN_HISTORY ||
		    ((st == MF__SPAN_GUESS || st == MF__SPAN_ASKED) && !d->rules[rule].label_kind &&
		     (ic[h].outweighed ||
		      (evidence & ~(path >= 0 && path < MAX_PATHS ? 1u << path : 0u))))) {
			memset(&fd->fired[rule], 0, sizeof fd->fired[rule]);
			continue;
		}
		if (d->rules[rule].context == MF__CONTEXT_NONE) {
			fd->fired[rule].start = ic[h].start[mode];
			fd->fired[rule].end = ic[h].end[mode];
		}
		fd->hits[out++] = rule;
	}
	fd->n_hits = out;
	free(ic);
	return 0;
}

/* The scan's marks go (the workspace stays zero between queries). */
static void clear_seen(struct findings *fd, const struct mf__scan_result *res)
{
	for (size_t i = 0; i < res->n_rules; i++)
		fd->seen[res->rules[i]] = 0;
}

/* Scan the query: the rules that matched (of the profile *pvp, picked
 * from the query itself when `detect`), then the SMTP replies (those of
 * `given` when it holds them all), then what the context cues make of
 * them. */
static int collect(const struct mf_ctx *ctx, void *scratch, const struct mf__provider **pvp,
		   int detect, const struct mf__norm *norm, const struct mf__words *given,
		   struct findings *fd, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	const struct mf__provider *pv;
	struct mf__match spans[MAX_FIXED_SPANS];
	/* the second half of the hits block holds the scan's rules */
	struct mf__scan_result res = {fd->seen, fd->hits + d->n_rules, 0, spans, 0,
				      MAX_FIXED_SPANS, 0, 1, 0};
	int rc;

	rc = mf__matcher_rules(ctx->matcher, scratch, norm->text, norm->len, &res, err);
	if (!rc && detect)
		rc = identify(ctx, scratch, norm, &res, spans, pvp, err);
	pv = *pvp;
	for (size_t i = 0; !rc && i < res.n_rules; i++) {
		int rule = res.rules[i];
		const struct mf__rule *r = &d->rules[rule];
		uint32_t start, end;
		int live;

		if ((r->provider && strcmp(r->provider, pv->id) != 0) || r->identifies)
			continue;
		rc = live_span(ctx, scratch, norm, &res, spans, rule, &live, &start, &end, err);
		if (!rc && live)
			mark(fd, rule, start, end);
	}
	if (rc) {
		clear_seen(fd, &res);
		return rc;
	}
	if (given && given->n_replies < MF__WORDS_REPLIES) {
		fd->n_replies = given->n_replies;
		memcpy(fd->replies, given->replies, given->n_replies * sizeof *fd->replies);
	} else {
		fd->n_replies = mf__smtp_replies(norm->text, norm->len, fd->replies, MAX_REPLIES);
	}
	for (size_t k = 0; k < fd->n_replies; k++) {
		const struct mf__smtp_reply *rp = &fd->replies[k];
		int neg = res.has_cue && mf__negated(d, norm->text, rp->start);

		for (size_t i = 0; i < ctx->n_smtp_rules; i++) {
			int idx = ctx->smtp_rules[i];
			const struct mf__rule *r = &d->rules[idx];

			if ((r->provider && strcmp(r->provider, pv->id) != 0) ||
			    (neg && r->negatable))
				continue;
			if (reply_is_rule(r, rp))
				mark(fd, idx, rp->start, rp->end);
		}
	}
	rc = apply_context(ctx, scratch, norm, fd, &res, err);
	clear_seen(fd, &res);
	return rc;
}

static void score(const struct mf__data *d, struct findings *fd)
{
	for (size_t h = 0; h < fd->n_hits; h++)
		fd->fired[fd->hits[h]].active = (uint8_t)may_be_active(d, fd, fd->hits[h]);
	for (size_t h = 0; h < fd->n_hits; h++) {
		const struct mf__rule *r = &d->rules[fd->hits[h]];
		int path;

		if (!fd->fired[fd->hits[h]].active || r->reason)
			continue;
		path = rule_path(d, fd->hits[h]);
		if (r->cause >= 0)
			fd->cause_score[r->cause] = 1 - (1 - fd->cause_score[r->cause]) * (1 - r->weight);
		if (path >= 0)
			fd->path_score[path] = 1 - (1 - fd->path_score[path]) * (1 - r->weight);
	}
}

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

/* The evidence by where it starts, the alternatives by score, highest
 * first: insertion sorts, stable, for the few entries an answer has. */
static void sort_evidence(struct mf_evidence *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct mf_evidence x = v[i];
		size_t j = i;
		for (; j > 0 && v[j - 1].start > x.start; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static void sort_alternatives(struct mf_alternative *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct mf_alternative x = v[i];
		size_t j = i;
		for (; j > 0 && v[j - 1].score < x.score; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static int names_cause(const char *rule, const char *const *causal, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (causal[k] == rule)
			return 1;
	return 0;
}

/* Evidence inside a longer piece of evidence says nothing new: drop it
 * (the list is sorted by start), unless it is what names the cause and the
 * longer one does not ("address rejected" in "Recipient address rejected").
 * `causal` holds the ids of the rules that name the answer's cause. */
static void drop_nested(struct mf_answer *a, const char *const *causal, size_t n_causal)
{
	size_t out = 0;

	for (size_t i = 0; i < a->n_evidence; i++) {
		int nested = 0, inner_causal = names_cause(a->evidence[i].rule, causal, n_causal);
		for (size_t j = 0; j < a->n_evidence && !nested; j++)
			nested = j != i && a->evidence[j].start <= a->evidence[i].start &&
				 a->evidence[j].end >= a->evidence[i].end &&
				 (a->evidence[j].end - a->evidence[j].start >
					  a->evidence[i].end - a->evidence[i].start ||
				  j < i) &&
				 !(inner_causal && !names_cause(a->evidence[j].rule, causal, n_causal));
		if (!nested)
			a->evidence[out++] = a->evidence[i];
	}
	a->n_evidence = out;
}

/* Where rule i matched, in the user's text, found now if the scan left it
 * open.  Returns 1 with the span, 0 when every match was negated, or an
 * error. */
static int place(const struct mf_ctx *ctx, void *scratch, const struct mf_route_request *req,
		 const struct mf__norm *norm, struct findings *fd, int i, size_t *os, size_t *oe,
		 struct mf_error *err)
{
	struct fired *f = &fd->fired[i];

	if (f->start == NO_SPAN) {
		int live, rc = locate(ctx, scratch, norm, i, &live, &f->start, &f->end, err);
		if (rc)
			return rc;
		if (!live || f->start == NO_SPAN)
			return 0;
	}
	mf__norm_span(norm, f->start, f->end, os, oe);
	trim_span(req->query, os, oe);
	return 1;
}

static int ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Could the normalized text hold another host name from `at` on (two
 * dots between letters or digits, the least a name like smtp.x.com
 * has)?  Cheap: most queries name one host or none. */
static int more_names_after(const struct mf__norm *norm, uint32_t at)
{
	const char *t = norm->text;
	int dots = 0;

	for (size_t i = (size_t)at + 1; i + 1 < norm->len && dots < 2; i++)
		dots += t[i] == '.' && ascii_alnum(t[i - 1]) && ascii_alnum(t[i + 1]);
	return dots >= 2;
}

/* The hosts rule `rule` (a host mention whose words name it) finds in
 * the query, as mentions: each whole name once (the longest match at a
 * place, not the shorter ones inside it), in the order they stand, up to
 * MAX_HOST_MENTIONS; code's dotted names (javax.mail.smtp.SMTPTransport)
 * are no host (mf__host_name_plausible).  The rule's own database finds
 * them all only when the text may name more than the first. */
static int host_mentions(const struct mf_ctx *ctx, void *scratch,
			 const struct mf_route_request *req, const struct mf__norm *norm,
			 struct findings *fd, int rule, struct mf_answer *a, size_t *text_bytes,
			 struct mf_error *err)
{
	const struct mf__rule *r = &ctx->data->rules[rule];
	struct mf__match spans[MAX_SPANS];
	size_t n = 0, taken = 0;
	uint32_t covered = 0;
	int rc;

	{
		size_t os, oe;
		if ((rc = place(ctx, scratch, req, norm, fd, rule, &os, &oe, err)) <= 0)
			return rc < 0 ? rc : 0;
		spans[0].rule = rule;
		spans[0].start = fd->fired[rule].start;
		spans[0].end = fd->fired[rule].end;
		n = 1;
	}
	if (more_names_after(norm, spans[0].end) &&
	    (rc = mf__matcher_spans(ctx->matcher, scratch, rule, norm->text, norm->len, spans,
				    MAX_SPANS, &n, err)))
		return rc;
	/* by start, the longest first */
	for (size_t k = 1; k < n; k++)
		for (size_t j = k; j > 0 && (spans[j].start < spans[j - 1].start ||
					     (spans[j].start == spans[j - 1].start &&
					      spans[j].end > spans[j - 1].end)); j--) {
			struct mf__match t = spans[j];
			spans[j] = spans[j - 1];
			spans[j - 1] = t;
		}
	for (size_t k = 0; k < n && taken < MAX_HOST_MENTIONS && a->n_mentions < MAX_MENTIONS;
	     k++) {
		struct mf_mention *mn;
		size_t os, oe;
		int dup = 0;

		if (k > 0 && spans[k].start < covered)
			continue;
		covered = spans[k].end;
		mf__norm_span(norm, spans[k].start, spans[k].end, &os, &oe);
		trim_span(req->query, &os, &oe);
		if (oe <= os || !mf__host_name_plausible(ctx->data, req->query + os, oe - os))
			continue;
		for (size_t m = 0; m < a->n_mentions && !dup; m++)
			dup = strcmp(a->mentions[m].kind, "host") == 0 &&
			      a->mentions[m].end - a->mentions[m].start == oe - os &&
			      strncasecmp(req->query + a->mentions[m].start, req->query + os,
					  oe - os) == 0;
		if (dup)
			continue;
		mn = &a->mentions[a->n_mentions++];
		mn->kind = r->label_kind;
		mn->name = r->label_name; /* "*": the words name it, below */
		mn->meaning = NULL;
		mn->start = os;
		mn->end = oe;
		*text_bytes += oe - os + 1;
		taken++;
	}
	return 0;
}

/* The answer's language: asked for, or the query's own (MF__LANG_*).  A
 * Chinese query gets traditional characters when it uses more characters
 * only traditional writing has than ones only simplified writing has.
 * Japanese (kanji with kana around them) is not Chinese: it gets English,
 * the other language answers come in. */
static int answer_lang(const struct mf_route_request *req, const struct mf__norm *norm)
{
	if (req->lang != MF_LANG_AUTO)
		return mf__lang_of(req->lang, MF__LANG_EN);
	if (!norm->n_han || (norm->n_kana >= 2 && norm->n_kana * 2 > norm->n_han))
		return MF__LANG_EN;
	return norm->n_trad > norm->n_simp ? MF__LANG_ZH_HANT : MF__LANG_ZH;
}

/* The tree in order: the first path with strong evidence wins; else the
 * best weak one; else the default.  Returns the path; sets *is_default. */
static int decide_path(const struct mf__data *d, const struct findings *fd, int *is_default)
{
	double best = 0;
	int path = -1;

	*is_default = 0;
	for (size_t p = 0; p < d->n_paths; p++)
		if (fd->path_score[p] >= STRONG_SCORE)
			return (int)p;
	for (size_t p = 0; p < d->n_paths; p++)
		if (fd->path_score[p] > best) {
			best = fd->path_score[p];
			path = (int)p;
		}
	if (best < WEAK_SCORE) {
		*is_default = 1;
		return d->default_path;
	}
	return path;
}

/* What the rules decided, before any guess: the path, its cause (or -1)
 * and the side. */
struct decision {
	int path, is_default, cause, side;
};

/* The best-scored cause of the path (the first in data order on a tie);
 * only causes of the rules that matched have a score.  With
 * `permanent_only`, causes that are a passing state do not count. */
static int best_cause(const struct mf__data *d, const struct findings *fd, int path,
		      int permanent_only)
{
	double best = 0;
	int cause = -1;

	for (size_t h = 0; h < fd->n_hits; h++) {
		int c = d->rules[fd->hits[h]].cause;
		if (c < 0 || fd->cause_score[c] < CAUSE_SCORE || d->causes[c].path != path ||
		    (permanent_only && d->causes[c].transient))
			continue;
		if (fd->cause_score[c] > best || (fd->cause_score[c] == best && c < cause)) {
			best = fd->cause_score[c];
			cause = c;
		}
	}
	return cause;
}

/* The path, the cause and the side the scores name: shared by the whole
 * answer and by explain's cause alone, so the two never differ. */
static void decide(const struct mf__data *d, const struct findings *fd, struct decision *dc)
{
	double top = -1;

	dc->path = decide_path(d, fd, &dc->is_default);
	dc->cause = best_cause(d, fd, dc->path, 0);
	dc->side = MF__SIDE_UNKNOWN;
	/* A passing state (delivery delayed, deferred) gives way to the
	 * cause of a permanent rejection in the same text: in a log the
	 * deferrals are on the way, the 5xx is the outcome. */
	if (dc->cause >= 0 && d->causes[dc->cause].transient) {
		int permanent = 0, other;

		for (size_t k = 0; !permanent && k < fd->n_replies; k++)
			permanent = fd->replies[k].code[0] == '5' || fd->replies[k].status[0] == '5';
		if (permanent && (other = best_cause(d, fd, dc->path, 1)) >= 0)
			dc->cause = other;
	}
	if (dc->cause >= 0)
		dc->side = d->causes[dc->cause].side;
	/* The strongest rule that names a side for the answer decides it. */
	for (size_t h = 0; h < fd->n_hits; h++) {
		const struct mf__rule *r = &d->rules[fd->hits[h]];
		int mine = dc->cause >= 0 ? r->cause == dc->cause
					  : r->cause < 0 && r->path == dc->path;
		if (fd->fired[fd->hits[h]].active && mine && r->side >= 0 && r->weight > top) {
			top = r->weight;
			dc->side = r->side;
		}
	}
}

/* The steps fitted to what the query names.  A step for code only, or
 * for mail programs only, is left out when the query names only the
 * other kind (a query that names neither gets every step); and where the
 * cause's steps say so (settings_at), where each program named (at most
 * MAX_SETTINGS_STEPS) keeps its settings.  A program label that a more
 * exact one excludes is not named (Outlook beside Outlook for Mac,
 * JavaMail beside the Jenkins whose errors show it). */
static void fit_steps(const struct mf__data *d, const struct findings *fd, int cause,
		      const struct mf__text_list *steps, int lang, struct answer_impl *ai)
{
	struct mf_answer *a = &ai->a;
	const struct mf__rule *where[MAX_SETTINGS_STEPS];
	size_t n_where = 0, n = 0;
	int code = 0, program = 0, at = cause >= 0 ? d->causes[cause].settings_at : -1;

	for (size_t h = 0; h < fd->n_hits; h++) {
		const struct mf__rule *r = &d->rules[fd->hits[h]];
		int dup = 0;

		if (!r->label_kind || strcmp(r->label_kind, "program") != 0 ||
		    !fd->fired[fd->hits[h]].matched || !may_be_active(d, fd, fd->hits[h]))
			continue;
		code |= r->label_code;
		program |= !r->label_code;
		for (size_t k = 0; k < n_where; k++)
			dup |= where[k] == r;
		if (r->label_settings.en && !dup && n_where < MAX_SETTINGS_STEPS)
			where[n_where++] = r;
	}
	if (!code && !program)
		return;
	for (size_t i = 0; i <= a->n_steps && n < MAX_STEPS; i++) {
		unsigned whom = i < a->n_steps && steps->step_for ? steps->step_for[i] : MF__STEP_ANY;

		for (size_t k = 0; (int)i == at && k < n_where && n < MAX_STEPS; k++)
			ai->steps[n++] = mf__text_get(&where[k]->label_settings, lang);
		if (i == a->n_steps || n == MAX_STEPS)
			break;
		if ((whom == MF__STEP_CODE && !code) || (whom == MF__STEP_PROGRAM && !program))
			continue;
		ai->steps[n++] = a->steps[i];
	}
	a->steps = ai->steps;
	a->n_steps = n;
}

static int build_answer(const struct mf_ctx *ctx, void *scratch,
			const struct mf_route_request *req, size_t pv_index,
			const struct mf__norm *norm, struct findings *fd, struct answer_impl *ai,
			struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	struct mf_answer *a = &ai->a;
	int lang = answer_lang(req, norm), is_default, cause, side;
	const struct mf__filled *f = mf__route_filled(ctx, pv_index, lang);
	int path, guessed = 0;
	double raw, others = 0, guess_p = 0;
	const struct mf__path *P;
	size_t text_bytes = 0;
	int rc;
	char *tp;
	struct decision dc;

	if (!f)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	decide(d, fd, &dc);
	path = dc.path;
	is_default = dc.is_default;
	cause = dc.cause;
	side = dc.side;
	P = &d->paths[path];
	/* No rule named a cause or a side: the words decide (guess.c), and
	 * only when the guess is sure enough; when nothing fired at all it
	 * may name the path too. */
	if (cause < 0 && side == MF__SIDE_UNKNOWN && d->guess->n_classes) {
		const struct mf__guess *g = d->guess;
		double z[MF__GUESS_MAX_CLASSES], p = 0;
		uint8_t allow[MF__GUESS_MAX_CLASSES];
		int k;

		for (size_t c = 0; c < g->n_classes; c++)
			allow[c] = is_default || g->path[c] == path;
		mf__guess_scores(g, norm->text, norm->len, z);
		k = mf__guess_best(g, z, allow, &p);
		if (k >= 0 && p >= g->min_probability && g->side[k] != MF__SIDE_UNKNOWN) {
			guessed = 1;
			side = g->side[k];
			if (g->path[k] != path) {
				path = g->path[k];
				P = &d->paths[path];
				is_default = 0;
				guess_p = p;
			}
		}
	}
	a->path = P->id;
	a->skill = P->skill;
	a->cause = cause >= 0 ? d->causes[cause].id : NULL;
	a->side = mf__side_names[side];
	a->lang = mf__lang_names[lang];
	a->provider = d->providers[pv_index].id;
	a->provider_name = mf__text_get(&d->providers[pv_index].short_name, lang);
	a->is_default = is_default;
	a->title = mf__text_get(cause >= 0 ? &d->causes[cause].title : &P->title, lang);

	for (size_t p = 0; p < d->n_paths; p++)
		if ((int)p != path && fd->path_score[p] > others)
			others = fd->path_score[p];
	raw = is_default ? 0.0 : fd->path_score[path] * (1 - 0.35 * others);
	if (cause < 0 && !is_default)
		raw *= 0.8;
	a->confidence = round(calibrate(d, raw) * 100) / 100;
	/* A path named by the guess alone is never as sure as one named
	 * by rules: at most the confidence of weak evidence. */
	if (guess_p > 0)
		a->confidence = round(fmin(guess_p, calibrate(d, 0.4)) * 100) / 100;

	/* Steps and limitations are borrowed from the context. */
	if (cause >= 0) {
		a->steps = f->cause_steps[cause].v;
		a->n_steps = f->cause_steps[cause].n;
		a->limitations = f->cause_limits[cause].v;
		a->n_limitations = f->cause_limits[cause].n;
	} else {
		a->steps = f->path_steps[path].v;
		a->n_steps = f->path_steps[path].n;
		a->limitations = f->path_limits[is_default | guessed << 1][path].v;
		a->n_limitations = f->path_limits[is_default | guessed << 1][path].n;
	}
	ai->filled = f;
	if (cause >= 0)
		fit_steps(d, fd, cause, &f->cause_steps[cause], lang, ai);

	/* Evidence: every active rule that speaks for the chosen path, and
	 * every provider note. */
	a->evidence = ai->evidence;
	a->notes = ai->notes;
	for (size_t h = 0; h < fd->n_hits && a->n_evidence < MAX_EVIDENCE; h++) {
		int i = fd->hits[h];
		const struct mf__rule *r = &d->rules[i];
		int rp = rule_path(d, i);
		struct mf_evidence *e;
		size_t os, oe;

		if (!fd->fired[i].active || r->reason)
			continue;
		if (f->rule_note[i] && a->n_notes < MAX_NOTES)
			a->notes[a->n_notes++] = f->rule_note[i];
		if (rp != path && !r->note.en)
			continue;
		if (cause >= 0 && r->cause >= 0 && r->cause != cause && r->weight < 0.5)
			continue;
		if ((rc = place(ctx, scratch, req, norm, fd, i, &os, &oe, err)) < 0)
			return rc;
		if (rc == 0)
			continue;
		e = &a->evidence[a->n_evidence++];
		e->rule = r->id;
		e->start = os;
		e->end = oe;
		text_bytes += oe - os + 1;
	}
	sort_evidence(a->evidence, a->n_evidence);
	{
		const char *causal[32];
		size_t n_causal = 0;

		for (size_t h = 0; cause >= 0 && h < fd->n_hits && n_causal < 32; h++)
			if (d->rules[fd->hits[h]].cause == cause)
				causal[n_causal++] = d->rules[fd->hits[h]].id;
		drop_nested(a, causal, n_causal);
	}

	a->alternatives = ai->alternatives;
	for (size_t p = 0; p < d->n_paths; p++) {
		if ((int)p == path)
			continue;
		a->alternatives[a->n_alternatives].path = d->paths[p].id;
		a->alternatives[a->n_alternatives++].score = round(fd->path_score[p] * 100) / 100;
	}
	sort_alternatives(a->alternatives, a->n_alternatives);

	/* What the query names: programs, codes, hosts, ports (not a label a
	 * more exact label named beside it excludes). */
	a->mentions = ai->mentions;
	for (size_t h = 0; h < fd->n_hits && a->n_mentions < MAX_MENTIONS; h++) {
		int i = fd->hits[h];
		const struct mf__rule *r = &d->rules[i];
		struct mf_mention *mn;
		size_t os, oe;
		int dup = 0;

		if (!r->label_kind || !fd->fired[i].matched || !may_be_active(d, fd, i))
			continue;
		for (size_t k = 0; k < a->n_mentions; k++)
			dup |= strcmp(a->mentions[k].name, r->label_name) == 0 &&
			       strcmp(r->label_name, "*") != 0;
		if (dup)
			continue;
		if (strcmp(r->label_kind, "host") == 0 && strcmp(r->label_name, "*") == 0) {
			/* every host named, each with what it is */
			if ((rc = host_mentions(ctx, scratch, req, norm, fd, i, a, &text_bytes, err)))
				return rc;
			continue;
		}
		if ((rc = place(ctx, scratch, req, norm, fd, i, &os, &oe, err)) < 0)
			return rc;
		if (rc == 0)
			continue;
		mn = &a->mentions[a->n_mentions++];
		mn->kind = r->label_kind;
		mn->name = r->label_name; /* "*": the matched words name it */
		mn->meaning = r->label_meaning.en ? mf__text_get(&r->label_meaning, lang) : NULL;
		mn->start = os;
		mn->end = oe;
		text_bytes += oe - os + 1;
	}

	/* The texts of the evidence, the SMTP replies and the mentions, in
	 * the user's own words, share one allocation. */
	a->replies = ai->replies;
	for (size_t k = 0; k < fd->n_replies; k++) {
		size_t os, oe;
		mf__norm_span(norm, fd->replies[k].text_start, fd->replies[k].text_end, &os, &oe);
		text_bytes += oe - os + 1;
	}
	ai->texts = tp = malloc(text_bytes + 1);
	if (!tp)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < a->n_evidence; i++) {
		struct mf_evidence *e = &a->evidence[i];
		memcpy(tp, req->query + e->start, e->end - e->start);
		tp[e->end - e->start] = '\0';
		e->text = tp;
		tp += e->end - e->start + 1;
	}
	for (size_t i = 0; i < a->n_mentions; i++) {
		struct mf_mention *mn = &a->mentions[i];
		memcpy(tp, req->query + mn->start, mn->end - mn->start);
		tp[mn->end - mn->start] = '\0';
		mn->text = tp;
		if (strcmp(mn->name, "*") == 0)
			mn->name = tp;
		/* a server host: what the profiles know of it */
		if (!mn->meaning && strcmp(mn->kind, "host") == 0)
			mn->meaning = mf__host_verdict(ai->filled, mn->name, strlen(mn->name));
		tp += mn->end - mn->start + 1;
	}
	for (size_t k = 0; k < fd->n_replies; k++) {
		const struct mf__smtp_reply *rp = &fd->replies[k];
		struct mf_smtp_reply *o = &a->replies[a->n_replies++];
		size_t os, oe;

		memcpy(o->code, rp->code, sizeof o->code);
		memcpy(o->status, rp->status, sizeof o->status);
		mf__norm_span(norm, rp->text_start, rp->text_end, &os, &oe);
		memcpy(tp, req->query + os, oe - os);
		tp[oe - os] = '\0';
		o->text = tp;
		tp += oe - os + 1;
	}
	return 0;
}

/* What explain keeps of an answer (mf__route_cause): the cause the
 * rules name, its path, side and steps.  Nothing else is made: no guess
 * (it runs only when no rule names a cause), no evidence, no mentions,
 * no texts. */
static int decide_cause(const struct mf_ctx *ctx, const struct mf_route_request *req,
			size_t pv_index, const struct mf__norm *norm,
			const struct findings *fd, struct mf__route_cause *cv, struct mf_error *err)
{
	const struct mf__data *d = ctx->data;
	int lang = answer_lang(req, norm);
	const struct mf__filled *f;
	struct decision dc;

	decide(d, fd, &dc);
	if (dc.cause < 0)
		return 0;
	if (!(f = mf__route_filled(ctx, pv_index, lang)))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	cv->path = d->paths[dc.path].id;
	cv->side = mf__side_names[dc.side];
	cv->cause = d->causes[dc.cause].id;
	cv->steps = f->cause_steps[dc.cause].v;
	cv->n_steps = f->cause_steps[dc.cause].n;
	return 0;
}

static int only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_blank(s[i]))
			return 0;
	return 1;
}

int mf_route(const struct mf_ctx *ctx, const struct mf_route_request *req,
	     struct mf_answer **out, struct mf_error *err)
{
	/* A whole bounce message pasted: route what its report says, read
	 * by explain's extractor (explain.c), not its headers. */
	int rc = mf__route_pasted_message(ctx, req, out, err);

	return rc == 1 ? mf__route_text(ctx, req, out, err) : rc;
}

/* Route the query (its words as already read, `given`, or NULL: read
 * here): the whole answer into *out, or (out NULL) only what the rules
 * decide into *cv (mf__route_cause). */
static int route_run(const struct mf_ctx *ctx, const struct mf_route_request *req,
		     const struct mf__words *given, struct mf_answer **out,
		     struct mf__route_cause *cv, struct mf_error *err)
{
	const struct mf__data *d;
	const struct mf__provider *pv;
	struct findings fd;
	struct mf__norm norm = {0};
	struct answer_impl *ai = NULL;
	void *block = NULL, *own_block = NULL, *scratch = NULL;
	size_t block_size, block_total;
	int rc = 0, workspace_armed = 0;

	if (!ctx || !req || (!out && !cv) || (!req->query && req->query_len))
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
	pv = mf__data_find_provider(d, req->provider ? req->provider : MF__DEFAULT_PROVIDER);
	if (!pv)
		return mf__fail(err, MF_EPROVIDER, req->provider,
				"see data/providers/ for the known profiles",
				"unknown provider \"%s\"", req->provider);
	scratch = mf__matcher_take(ctx->matcher);
	if (!scratch && d->n_patterns)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "cannot allocate scratch space");
	/* The normalized text lives in the scratch's buffers when there is
	 * a scratch (else it is the query's own, freed at the end). */
	if (given)
		norm = given->norm; /* borrowed */
	else
		rc = scratch ? mf__normalize_into(d, req->query, req->query_len, &norm,
						  mf__matcher_norm_space(scratch), err)
			     : mf__normalize(d, req->query, req->query_len, &norm, err);
	if (rc)
		goto done;
	if (norm.len == 0) {
		rc = mf__fail(err, MF_EEMPTY, NULL, "give the user's words or the error message",
			      "the query has no visible characters");
		goto done;
	}
	/* One block for the per-query arrays, kept with the scan's scratch,
	 * which hands it over zeroed and gets it back so (the hits and the
	 * replies need no zeroing). */
	fd.n_hits = 0;
	fd.n_replies = 0;
	fd.query = req->query;
	fd.query_len = req->query_len;
	memset(fd.path_score, 0, sizeof fd.path_score);
	block_size = d->n_causes * sizeof *fd.cause_score + d->n_rules * sizeof *fd.fired;
	block_total = block_size + d->n_rules * (2 * sizeof *fd.hits + 1) + 16;
	block = scratch ? mf__matcher_workspace(scratch, block_total)
			: (own_block = malloc(block_total));
	if (out && (ai = malloc(sizeof *ai))) {
		memset(&ai->a, 0, sizeof ai->a);
		ai->texts = NULL;
	}
	if (!block || (out && !ai)) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	fd.cause_score = block;
	fd.fired = (struct fired *)(fd.cause_score + d->n_causes);
	fd.hits = (int *)(fd.fired + d->n_rules);
	fd.seen = (uint8_t *)(fd.hits + 2 * d->n_rules);
	if (own_block) {
		memset(block, 0, block_size);
		memset(fd.seen, 0, d->n_rules);
	} else {
		workspace_armed = 1;
	}
	if ((rc = collect(ctx, scratch, &pv, req->provider == NULL, &norm, given, &fd, err)))
		goto done;
	score(d, &fd);
	if (out)
		rc = build_answer(ctx, scratch, req, (size_t)(pv - d->providers), &norm, &fd, ai,
				  err);
	else
		rc = decide_cause(ctx, req, (size_t)(pv - d->providers), &norm, &fd, cv, err);
done:
	/* The workspace is left as it was found: all zero (a few entries
	 * after a query, the whole block after a failure). */
	if (workspace_armed) {
		if (rc) {
			memset(block, 0, block_size);
			memset(fd.seen, 0, d->n_rules);
		} else {
			memset(fd.cause_score, 0, d->n_causes * sizeof *fd.cause_score);
			for (size_t h = 0; h < fd.n_hits; h++)
				memset(&fd.fired[fd.hits[h]], 0, sizeof *fd.fired);
		}
	}
	if (scratch)
		mf__norm_space_trim(mf__matcher_norm_space(scratch), NORM_SPACE_KEEP);
	else if (!given)
		mf__norm_free(&norm);
	mf__matcher_give(ctx->matcher, scratch);
	free(own_block);
	if (rc) {
		if (ai)
			mf_answer_free(&ai->a);
		return rc;
	}
	if (out)
		*out = &ai->a;
	return 0;
}

int mf__route_text(const struct mf_ctx *ctx, const struct mf_route_request *req,
		   struct mf_answer **out, struct mf_error *err)
{
	if (out)
		*out = NULL;
	if (!out)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_route: missing argument");
	return route_run(ctx, req, NULL, out, NULL, err);
}

int mf__route_cause(const struct mf_ctx *ctx, const struct mf_route_request *req,
		    const struct mf__words *words, struct mf__route_cause *out,
		    struct mf_error *err)
{
	if (!out)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_route: missing argument");
	memset(out, 0, sizeof *out);
	return route_run(ctx, req, words, NULL, out, err);
}
