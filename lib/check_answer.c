/*
 * check_answer.c: the report of `check` (lib/check.c finds): each finding
 * takes its severity, path, side and texts from data/check.json, filled
 * with what the lookup showed; the report is ordered (errors, warnings,
 * information) and rendered as INTERFACE.md's JSON or for a terminal.
 * The report owns every string it points to, except the data's ids.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Bounds: findings and records one report holds (a domain publishes a
 * handful; a hostile zone is cut here), one filled text. */
#define MAX_FINDINGS 64
#define MAX_RECORDS 64
#define MAX_TEXT 4096

struct mf__check_report {
	struct mf_check_report pub;   /* first: what the caller holds */
	struct mf_finding findings[MAX_FINDINGS];
	struct mf_check_record records[MAX_RECORDS];
	struct mf__arena *strs;       /* every string the report owns */
	int nomem;
};

/* Keep s (malloc'd, or NULL when making it ran out of memory) as the
 * report's. */
static const char *keep(struct mf__check_report *r, char *s)
{
	char *k = s ? mf__arena_strdup(r->strs, s) : NULL;

	free(s);
	r->nomem |= k == NULL;
	return k;
}

static const char *keep_copy(struct mf__check_report *r, const char *s)
{
	char *k = s ? mf__arena_strdup(r->strs, s) : NULL;

	r->nomem |= s && !k;
	return k;
}

int mf__check_report_new(struct mf__check *c)
{
	struct mf__check_report *r = calloc(1, sizeof *r);

	if (r && !(r->strs = mf__arena_new(2048, 0))) {
		free(r);
		r = NULL;
	}
	if (!r)
		return MF_ENOMEM;
	c->report = r;
	r->pub.findings = r->findings;
	r->pub.records = r->records;
	r->pub.domain = keep_copy(r, c->domain);
	r->pub.lang = mf__lang_names[c->lang];
	return r->nomem ? MF_ENOMEM : 0;
}

/* ---- filling the texts ---- */

/* The profile's name; a profile without records (the generic "other")
 * goes by its short name in the answer's language. */
static const char *provider_name(const struct mf__check *c)
{
	if (!c->pv)
		return mf__text_get(&c->data->check_provider_unknown, c->lang);
	return c->pv->has_dns ? c->pv->name : mf__text_get(&c->pv->short_name, c->lang);
}

/* The value of placeholder `key` (n bytes), or NULL when it has none. */
static const char *var(const struct mf__check *c, const struct mf__check_vars *v,
		       const char *key, size_t n, char *scratch, size_t scratch_sz)
{
#define IS(k) (n == sizeof(k) - 1 && memcmp(key, k, n) == 0)
	if (IS("domain"))
		return c->domain;
	if (IS("provider_name"))
		return provider_name(c);
	if (IS("mx_expected"))
		return c->pv && c->pv->has_dns ? c->pv->dns.mx_expected
					       : mf__text_get(&c->data->check_mx_unknown, c->lang);
	if (IS("profiles")) {
		scratch[0] = '\0';
		/* the profiles with records to check against */
		for (size_t i = 0; i < c->data->n_providers; i++) {
			size_t used = strlen(scratch);
			if (c->data->providers[i].has_dns)
				snprintf(scratch + used, scratch_sz - used, "%s%s", used ? ", " : "",
					 c->data->providers[i].id);
		}
		return scratch;
	}
	if (IS("name")) return v->name;
	if (IS("type")) return v->type;
	if (IS("status")) return v->status;
	if (IS("count")) return v->count;
	if (IS("target")) return v->target;
	if (IS("ip")) return v->ip;
	if (IS("result")) return v->result;
	if (IS("mechanism")) return v->mechanism;
	if (IS("lookups")) return v->lookups;
	if (IS("problem")) return v->problem;
	if (IS("spf_fix")) return v->spf_fix;
	if (IS("dkim_name")) return v->dkim_name;
	if (IS("dmarc_fix")) return v->dmarc_fix;
	if (IS("webmail_name")) return v->webmail_name;
	if (IS("webmail_target")) return v->webmail_target;
	return NULL;
#undef IS
}

/* The template with its placeholders filled (one the finding has no
 * value for is left as written: a data mistake shows, never crashes). */
static char *fill(const struct mf__check *c, const struct mf__check_vars *v, const char *tmpl)
{
	struct mf__buf b;
	char scratch[512];

	mf__buf_init(&b, MAX_TEXT);
	for (const char *p = tmpl; *p;) {
		const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
		const char *val;

		if (!open || !close) {
			mf__buf_puts(&b, p);
			break;
		}
		mf__buf_append(&b, p, (size_t)(open - p));
		val = var(c, v, open + 1, (size_t)(close - open - 1), scratch, sizeof scratch);
		if (val)
			mf__buf_puts(&b, val);
		else
			mf__buf_append(&b, open, (size_t)(close - open + 1));
		p = close + 1;
	}
	if (b.failed && b.len == 0) {
		mf__buf_free(&b);
		return NULL;
	}
	return b.len ? mf__buf_steal(&b) : (mf__buf_free(&b), strdup(""));
}

void mf__check_add(struct mf__check *c, const char *id, const struct mf__check_vars *v,
		   const char *evidence_fmt, ...)
{
	struct mf__check_report *r = c->report;
	const struct mf__finding_def *fd = mf__data_find_finding(c->data, id);
	struct mf_finding *f;
	char evidence[1024];
	va_list ap;

	if (!fd || r->pub.n_findings == MAX_FINDINGS)
		return;  /* every id is checked at load; the bound cuts a hostile zone */
	va_start(ap, evidence_fmt);
	vsnprintf(evidence, sizeof evidence, evidence_fmt, ap);
	va_end(ap);
	f = &r->findings[r->pub.n_findings++];
	f->id = fd->id;
	f->severity = fd->severity;
	f->title = keep(r, fill(c, v, mf__text_get(&fd->title, c->lang)));
	f->fix = keep(r, fill(c, v, mf__text_get(&fd->fix, c->lang)));
	f->evidence = keep_copy(r, evidence);
	f->fix_type = fd->record;
	f->fix_name = fd->record && v->fix_name ? keep_copy(r, v->fix_name) : NULL;
	f->path = c->data->paths[fd->path].id;
	f->side = mf__side_names[fd->side];
	f->cause = fd->cause >= 0 ? c->data->causes[fd->cause].id : NULL;
}

void mf__check_record(struct mf__check *c, const char *kind, const char *name,
		      const char *value, int pref)
{
	struct mf__check_report *r = c->report;
	struct mf_check_record *rec;

	if (r->pub.n_records == MAX_RECORDS)
		return;
	rec = &r->records[r->pub.n_records++];
	rec->kind = kind;
	rec->name = keep_copy(r, name);
	rec->value = keep_copy(r, value);
	rec->pref = pref;
}

void mf__check_fill_dmarc(const struct mf__check *c, char *out, size_t outsz)
{
	const char *tmpl = c->pv && c->pv->has_dns ? c->pv->dns.dmarc_record
						   : "v=DMARC1; p=none; rua=mailto:dmarc@{domain}";
	const char *at = strstr(tmpl, "{domain}");

	if (at)
		snprintf(out, outsz, "%.*s%s%s", (int)(at - tmpl), tmpl, c->domain, at + 8);
	else
		snprintf(out, outsz, "%s", tmpl);
}

void mf__check_set_counts(struct mf__check *c, unsigned long queries, int rounds)
{
	c->report->pub.dns_queries = queries;
	c->report->pub.dns_rounds = rounds;
}

static int severity_rank(const char *s)
{
	return strcmp(s, "error") == 0 ? 0 : strcmp(s, "warning") == 0 ? 1 : 2;
}

int mf__check_report_finish(struct mf__check *c)
{
	struct mf__check_report *r = c->report;
	struct mf_finding tmp;

	/* worst first, otherwise in the order found (a stable insertion sort) */
	for (size_t i = 1; i < r->pub.n_findings; i++)
		for (size_t j = i; j > 0 && severity_rank(r->findings[j].severity) <
						  severity_rank(r->findings[j - 1].severity); j--) {
			tmp = r->findings[j];
			r->findings[j] = r->findings[j - 1];
			r->findings[j - 1] = tmp;
		}
	r->pub.spf = c->ip_result;
	c->ip_result = NULL;
	r->pub.provider = c->pv ? c->pv->id : NULL;
	r->pub.provider_name = c->pv ? provider_name(c) : NULL;
	r->pub.provider_detected = c->detected;
	r->pub.lookups = calloc(c->n_q + 1, sizeof *r->pub.lookups);
	if (!r->pub.lookups)
		return MF_ENOMEM;
	for (size_t i = 0; i < c->n_q; i++) {
		struct mf_check_lookup *l = &r->pub.lookups[r->pub.n_lookups++];
		l->name = keep_copy(r, c->q[i].name);
		l->type = mf__check_type_name(c->q[i].type);
		l->status = mf_dns_status_name(c->q[i].a ? c->q[i].a->status : MF_DNS_ERROR);
	}
	return r->nomem ? MF_ENOMEM : 0;
}

void mf_check_report_free(struct mf_check_report *report)
{
	struct mf__check_report *r = (struct mf__check_report *)report;

	if (!r)
		return;
	mf__arena_free(r->strs);
	free(r->pub.lookups);
	mf_spf_result_free(r->pub.spf);
	free(r);
}

struct mf_check_report *mf__check_report_take(struct mf__check *c)
{
	struct mf_check_report *pub = &c->report->pub;

	c->report = NULL;
	return pub;
}

void mf__check_free(struct mf__check *c)
{
	if (!c)
		return;
	mf_spf_result_free(c->ip_result);
	for (size_t i = 0; i < c->n_q; i++)
		if (c->q[i].a)
			mf__dns_answer_unref(c->q[i].a);
	mf_spf_result_free(c->walk);
	mf_check_report_free(c->report ? &c->report->pub : NULL);
	free(c);
}

/* ---- rendering ---- */

static const char *const record_kinds[] = {"mx", "spf", "dmarc", "dkim", "webmail"};

char *mf_check_report_to_json(const struct mf_check_report *r)
{
	struct mf__buf b;
	struct mf__json j;

	mf__buf_init(&b, 1 << 22);
	mf__json_init(&j, &b);
	mf__json_object(&j);
	mf__json_key_text(&j, "domain", r->domain);
	mf__json_key_text(&j, "provider", r->provider);
	mf__json_key(&j, "provider_detected");
	mf__json_bool(&j, r->provider_detected);
	mf__json_key_text(&j, "lang", r->lang);
	mf__json_key(&j, "findings");
	mf__json_array(&j);
	for (size_t i = 0; i < r->n_findings; i++) {
		const struct mf_finding *f = &r->findings[i];

		mf__json_object(&j);
		mf__json_key_text(&j, "id", f->id);
		mf__json_key_text(&j, "severity", f->severity);
		mf__json_key_text(&j, "title", f->title);
		mf__json_key_text(&j, "evidence", f->evidence);
		mf__json_key_text(&j, "fix", f->fix);
		if (f->fix_type) {
			mf__json_key(&j, "fix_record");
			mf__json_object(&j);
			mf__json_key_text(&j, "type", f->fix_type);
			mf__json_key_text(&j, "name", f->fix_name);
			mf__json_end_object(&j);
		}
		mf__json_key_text(&j, "path", f->path);
		mf__json_key_text(&j, "side", f->side);
		mf__json_key_text(&j, "cause", f->cause);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	mf__json_key(&j, "records");
	mf__json_object(&j);
	for (size_t k = 0; k < MF__ARRAY_LEN(record_kinds); k++) {
		mf__json_key(&j, record_kinds[k]);
		mf__json_array(&j);
		for (size_t i = 0; i < r->n_records; i++) {
			const struct mf_check_record *rec = &r->records[i];

			if (strcmp(rec->kind, record_kinds[k]) != 0)
				continue;
			if (k == 0) {
				mf__json_object(&j);
				mf__json_key(&j, "pref");
				mf__json_int(&j, rec->pref);
				mf__json_key_text(&j, "host", rec->value);
				mf__json_end_object(&j);
			} else if (k == 1) {
				mf__json_text(&j, rec->value);
			} else {
				mf__json_object(&j);
				mf__json_key_text(&j, "name", rec->name);
				mf__json_key_text(&j, k == 4 ? "cname" : "record", rec->value);
				mf__json_end_object(&j);
			}
		}
		mf__json_end_array(&j);
	}
	mf__json_end_object(&j);
	mf__json_key(&j, "lookups");
	mf__json_array(&j);
	for (size_t i = 0; i < r->n_lookups; i++) {
		mf__json_object(&j);
		mf__json_key_text(&j, "name", r->lookups[i].name);
		mf__json_key_text(&j, "type", r->lookups[i].type);
		mf__json_key_text(&j, "status", r->lookups[i].status);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	if (r->spf) {
		char *spf = mf_spf_result_to_json(r->spf, NULL, 0);

		if (spf) {
			mf__json_key(&j, "spf_check");
			mf__json_raw(&j, spf);
			free(spf);
		} else {
			b.failed = 1;
		}
	}
	mf__json_key(&j, "dns_rounds");
	mf__json_int(&j, r->dns_rounds);
	mf__json_key(&j, "dns_queries");
	mf__json_int(&j, (long long)r->dns_queries);
	mf__json_end_object(&j);
	if (b.failed) {
		mf__buf_free(&b);
		return NULL;
	}
	return mf__buf_steal(&b);
}

/* The words of the text view, per answer language (MF__LANG_*); the
 * traditional ones as OpenCC s2tw writes them (data/zh-hant.json). */
struct labels {
	const char *provider, *detected, *given, *unknown, *nothing, *evidence, *fix, *path,
		*side, *records, *dns_one, *dns_many;
};

static const struct labels labels[MF__N_LANGS] = {
	{"provider", "detected from the records", "given", "not recognized",
	 "Nothing wrong found.", "evidence", "fix", "path", "side", "Records",
	 "DNS: %lu questions in %d round", "DNS: %lu questions in %d rounds"},
	{"服务商", "由记录识别", "指定", "未识别", "未发现问题。", "依据", "修复", "路径",
	 "责任方", "记录", "DNS：%lu 次查询，%d 轮", "DNS：%lu 次查询，%d 轮"},
	{"服務商", "由記錄識別", "指定", "未識別", "未發現問題。", "依據", "修復", "路徑",
	 "責任方", "記錄", "DNS：%lu 次查詢，%d 輪", "DNS：%lu 次查詢，%d 輪"},
};

char *mf_check_report_to_text(const struct mf_check_report *r, int color)
{
	static const char *const mark[] = {"error  ", "warning", "info   "};
	static const char *const tint[] = {"\033[31m", "\033[33m", "\033[36m"};
	const char *bold = color ? "\033[1m" : "", *off = color ? "\033[0m" : "";
	const struct labels *w = &labels[mf__lang_index(r->lang)];
	struct mf__buf b;

	mf__buf_init(&b, 1 << 22);
	mf__buf_printf(&b, "%s%s%s  %s: ", bold, r->domain, off, w->provider);
	if (r->provider_name)
		mf__buf_printf(&b, "%s (%s)\n", r->provider_name,
			       r->provider_detected ? w->detected : w->given);
	else
		mf__buf_printf(&b, "%s\n", w->unknown);
	if (r->n_findings == 0)
		mf__buf_printf(&b, "\n%s\n", w->nothing);
	for (size_t i = 0; i < r->n_findings; i++) {
		const struct mf_finding *f = &r->findings[i];
		int s = f->severity[0] == 'e' ? 0 : f->severity[0] == 'w' ? 1 : 2;

		mf__buf_printf(&b, "\n%s%s%s %s%s%s\n  %s\n", color ? tint[s] : "", mark[s], off,
			       bold, f->id, off, f->title);
		mf__buf_printf(&b, "  %s: %s\n", w->evidence, f->evidence);
		if (f->fix_type)
			mf__buf_printf(&b, "  %s: %s %s = %s\n", w->fix, f->fix_type, f->fix_name,
				       f->fix);
		else
			mf__buf_printf(&b, "  %s: %s\n", w->fix, f->fix);
		mf__buf_printf(&b, "  %s: %s  %s: %s\n", w->path, f->path, w->side, f->side);
	}
	if (r->n_records)
		mf__buf_printf(&b, "\n%s%s%s\n", bold, w->records, off);
	for (size_t i = 0; i < r->n_records; i++) {
		const struct mf_check_record *rec = &r->records[i];

		if (strcmp(rec->kind, "mx") == 0)
			mf__buf_printf(&b, "  MX      %s %d %s\n", rec->name, rec->pref, rec->value);
		else
			mf__buf_printf(&b, "  %-7s %s %s\n", rec->kind, rec->name, rec->value);
	}
	if (r->spf) {
		char *spf = mf_spf_result_to_text(r->spf, color);
		if (spf) {
			mf__buf_printf(&b, "\n%sSPF%s\n%s", bold, off, spf);
			free(spf);
		}
	}
	mf__buf_puts(&b, "\n");
	mf__buf_printf(&b, r->dns_rounds == 1 ? w->dns_one : w->dns_many, r->dns_queries,
		       r->dns_rounds);
	mf__buf_puts(&b, "\n");
	if (b.failed) {
		mf__buf_free(&b);
		return NULL;
	}
	return mf__buf_steal(&b);
}
