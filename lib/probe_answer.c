/*
 * probe_answer.c: the report of `probe` (lib/probe.c logs in): each
 * probe's outcome, then one overall cause weighed from all of them, in
 * this order (INTERFACE.md's examples first):
 *   1. a locked account (the server said so) wins: nothing else helps;
 *   2. a login name without "@": the name, not the password, is wrong;
 *   3. a login that worked beside one the server refused (or refuses
 *      for the protocol): the account's mail-program access is off for
 *      that protocol: pop-imap-disabled;
 *   4. every login refused: the password mail programs need is not the
 *      web one (security password, third-party clients off): client-password;
 *   5. a protocol refused for the account, then a rate limit;
 *   6. else the first failing probe's cause (data/probe.json maps each
 *      to a route cause); a timeout on port 25 is the network blocking it.
 * Path, side, title and steps are the route cause's, filled with the
 * provider's facts in the asked language.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "probe.h"

struct report {
	struct mf_probe_report pub;   /* first: what the caller holds */
	struct mf__arena *strs;       /* every string the report owns */
	int nomem;
};

static const char *keep(struct report *r, const char *s)
{
	char *copy = s ? mf__arena_strdup(r->strs, s) : NULL;

	if (!s)
		return NULL;
	if (!copy) {
		r->nomem = 1;
		return "";
	}
	return copy;
}

static int count_cause(const struct mf__probe *p, size_t n, int cause)
{
	int k = 0;

	for (size_t i = 0; i < n; i++)
		k += !p[i].pub.ok && p[i].cause == cause;
	return k;
}

/* The overall route cause (index into causes), or -1 when all passed. */
static int overall(const struct mf__data *d, const struct mf__probe *p, size_t n)
{
	int ok = 0, refused = 0, reached = 0;

	for (size_t i = 0; i < n; i++) {
		ok += p[i].pub.ok;
		reached += p[i].pub.ok || (p[i].pub.stage && strcmp(p[i].pub.stage, "auth") == 0);
		refused += !p[i].pub.ok && p[i].cause == MF__PC_AUTH;
	}
	if (ok == (int)n)
		return -1;
	if (count_cause(p, n, MF__PC_LOCKED))
		return d->probe_route_cause[MF__PC_LOCKED];
	if (count_cause(p, n, MF__PC_USERNAME))
		return d->probe_route_cause[MF__PC_USERNAME];
	if (ok && (refused || count_cause(p, n, MF__PC_DISABLED)))
		return mf__data_find_cause(d, "pop-imap-disabled");
	if (refused && refused == reached)
		return mf__data_find_cause(d, "client-password");
	if (count_cause(p, n, MF__PC_DISABLED))
		return d->probe_route_cause[MF__PC_DISABLED];
	if (count_cause(p, n, MF__PC_RATE))
		return d->probe_route_cause[MF__PC_RATE];
	for (size_t i = 0; i < n; i++) {
		if (p[i].pub.ok || p[i].cause < 0)
			continue;
		if (p[i].cause == MF__PC_TIMEOUT && p[i].pub.port == 25)
			return mf__data_find_cause(d, "port-25-blocked");
		return d->probe_route_cause[p[i].cause];
	}
	return -1;
}

int mf__probe_report(const struct mf_ctx *ctx, const struct mf_probe_request *req,
		     const struct mf__provider *pv, const struct mf__probe *probes, size_t n,
		     struct mf_probe_report **out)
{
	const struct mf__data *d = ctx->data;
	struct report *r = calloc(1, sizeof *r);
	int lang = mf__lang_of(req->lang, MF__LANG_EN), cause;

	*out = NULL;
	if (!r)
		return MF_ENOMEM;
	r->strs = mf__arena_new(1024, 0);
	r->pub.results = calloc(n + 1, sizeof *r->pub.results);
	if (!r->strs || !r->pub.results) {
		mf_probe_report_free(&r->pub);
		return MF_ENOMEM;
	}
	r->pub.user = keep(r, req->user);
	r->pub.provider = pv->id;
	r->pub.lang = mf__lang_names[lang];
	for (size_t i = 0; i < n; i++) {
		struct mf_probe_result *res = &r->pub.results[r->pub.n_results++];

		*res = probes[i].pub;
		res->protocol = keep(r, probes[i].pub.protocol);
		res->host = keep(r, probes[i].pub.host);
		res->tls = keep(r, probes[i].pub.tls);
		res->stage = probes[i].pub.stage ? probes[i].pub.stage : "connect";
		res->cause = probes[i].pub.ok || probes[i].cause < 0
				     ? NULL : mf__probe_cause_names[probes[i].cause];
		res->title = res->cause ? mf__text_get(&d->probe_titles[probes[i].cause], lang) : NULL;
		res->detail = keep(r, probes[i].detail);
	}
	cause = overall(d, probes, n);
	if (cause >= 0) {
		size_t pv_index = (size_t)(pv - d->providers);
		const struct mf__filled *f = mf__route_filled(ctx, pv_index, lang);

		if (!f) {
			mf_probe_report_free(&r->pub);
			return MF_ENOMEM;
		}
		r->pub.cause = d->causes[cause].id;
		r->pub.path = d->paths[d->causes[cause].path].id;
		r->pub.side = mf__side_names[d->causes[cause].side];
		r->pub.title = mf__text_get(&d->causes[cause].title, lang);
		r->pub.steps = f->cause_steps[cause].v;
		r->pub.n_steps = f->cause_steps[cause].n;
	}
	if (r->nomem) {
		mf_probe_report_free(&r->pub);
		return MF_ENOMEM;
	}
	*out = &r->pub;
	return 0;
}

void mf_probe_report_free(struct mf_probe_report *report)
{
	struct report *r = (struct report *)report;

	if (!r)
		return;
	mf__arena_free(r->strs);
	free(r->pub.results);
	free(r);
}

char *mf_probe_report_to_json(const struct mf_probe_report *r)
{
	struct mf__buf b;
	struct mf__json j;

	mf__buf_init(&b, 1 << 20);
	mf__json_init(&j, &b);
	mf__json_object(&j);
	mf__json_key_text(&j, "user", r->user);
	mf__json_key_text(&j, "provider", r->provider);
	mf__json_key_text(&j, "lang", r->lang);
	mf__json_key(&j, "results");
	mf__json_array(&j);
	for (size_t i = 0; i < r->n_results; i++) {
		const struct mf_probe_result *p = &r->results[i];

		mf__json_object(&j);
		mf__json_key_text(&j, "protocol", p->protocol);
		mf__json_key_text(&j, "host", p->host);
		mf__json_key(&j, "port");
		mf__json_int(&j, p->port);
		mf__json_key_text(&j, "tls", p->tls);
		mf__json_key_text(&j, "stage", p->stage);
		mf__json_key(&j, "ok");
		mf__json_bool(&j, p->ok);
		mf__json_key_text(&j, "cause", p->cause);
		mf__json_key_text(&j, "title", p->title);
		mf__json_key_text(&j, "detail", p->detail);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	mf__json_key_text(&j, "cause", r->cause);
	mf__json_key_text(&j, "path", r->path);
	mf__json_key_text(&j, "side", r->side);
	mf__json_key_text(&j, "title", r->title);
	mf__json_key(&j, "steps");
	mf__json_array(&j);
	for (size_t i = 0; i < r->n_steps; i++)
		mf__json_text(&j, r->steps[i]);
	mf__json_end_array(&j);
	mf__json_end_object(&j);
	if (b.failed) {
		mf__buf_free(&b);
		return NULL;
	}
	return mf__buf_steal(&b);
}

/* The words of the text view per answer language (MF__LANG_*). */
static const struct {
	const char *ok, *failed_at, *all_ok, *todo, *side;
} words[MF__N_LANGS] = {
	{"logged in", "stopped at", "Every login worked.", "What to do", "side"},
	{"登录成功", "失败于", "所有登录均成功。", "处理步骤", "责任方"},
	{"登錄成功", "失敗於", "所有登錄均成功。", "處理步驟", "責任方"},
};

char *mf_probe_report_to_text(const struct mf_probe_report *r, int color)
{
	const char *bold = color ? "\033[1m" : "", *off = color ? "\033[0m" : "";
	const char *green = color ? "\033[32m" : "", *red = color ? "\033[31m" : "";
	int lang = mf__lang_index(r->lang);
	struct mf__buf b;

	mf__buf_init(&b, 1 << 20);
	mf__buf_printf(&b, "%s%s%s (%s)\n", bold, r->user, off, r->provider);
	for (size_t i = 0; i < r->n_results; i++) {
		const struct mf_probe_result *p = &r->results[i];

		mf__buf_printf(&b, "  %-4s %s:%d %-8s ", p->protocol, p->host, p->port, p->tls);
		if (p->ok)
			mf__buf_printf(&b, "%s%s%s\n", green, words[lang].ok, off);
		else
			mf__buf_printf(&b, "%s%s %s: %s (%s)%s\n", red, words[lang].failed_at, p->stage,
				       p->title ? p->title : "?", p->cause ? p->cause : "?", off);
		if (p->detail && *p->detail)
			mf__buf_printf(&b, "       %s\n", p->detail);
	}
	if (!r->cause) {
		mf__buf_printf(&b, "\n%s\n", words[lang].all_ok);
	} else {
		mf__buf_printf(&b, "\n%s%s > %s%s\n%s\n", bold, r->path, r->cause, off, r->title);
		mf__buf_printf(&b, "%s: %s\n", words[lang].side, r->side);
		if (r->n_steps)
			mf__buf_printf(&b, "\n%s%s%s\n", bold, words[lang].todo, off);
		for (size_t i = 0; i < r->n_steps; i++)
			mf__buf_printf(&b, "  %zu. %s\n", i + 1, r->steps[i]);
	}
	if (b.failed) {
		mf__buf_free(&b);
		return NULL;
	}
	return mf__buf_steal(&b);
}
