/*
 * answer.c: render a route answer, as one line of JSON (INTERFACE.md,
 * "Answer of route", built with jansson) or as text for a terminal
 * (path and cause first, then evidence and numbered steps; ANSI colour
 * only when the caller asks).  Used by the CLI and the HTTP server.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

static json_t *string_list(const char *const *v, size_t n)
{
	json_t *arr = json_array();

	for (size_t i = 0; arr && i < n; i++)
		json_array_append_new(arr, json_string(v[i]));
	return arr;
}

static json_t *nullable(const char *s)
{
	return s ? json_string(s) : json_null();
}

char *mf_answer_to_json(const struct mf_answer *a, const char *id_json)
{
	json_t *o = json_object(), *ev = json_array(), *alt = json_array();
	json_t *rep = json_array(), *men = json_array();
	char *s = NULL;

	if (!o || !ev || !alt || !rep || !men)
		goto done;
	if (id_json) {
		json_t *id = json_loads(id_json, JSON_DECODE_ANY, NULL);
		json_object_set_new(o, "id", id ? id : json_null());
	}
	json_object_set_new(o, "path", json_string(a->path));
	json_object_set_new(o, "skill", json_string(a->skill));
	json_object_set_new(o, "confidence", json_real(a->confidence));
	json_object_set_new(o, "cause", nullable(a->cause));
	json_object_set_new(o, "side", json_string(a->side));
	for (size_t i = 0; i < a->n_evidence; i++)
		json_array_append_new(ev, json_pack("{s:s, s:s, s:I, s:I}", "rule",
						    a->evidence[i].rule, "text",
						    a->evidence[i].text, "start",
						    (json_int_t)a->evidence[i].start, "end",
						    (json_int_t)a->evidence[i].end));
	json_object_set(o, "evidence", ev);
	json_object_set_new(o, "steps", string_list(a->steps, a->n_steps));
	json_object_set_new(o, "limitations", string_list(a->limitations, a->n_limitations));
	for (size_t i = 0; i < a->n_alternatives; i++)
		json_array_append_new(alt, json_pack("{s:s, s:f}", "path",
						     a->alternatives[i].path, "score",
						     a->alternatives[i].score));
	json_object_set(o, "alternatives", alt);
	/* Extensions beyond INTERFACE.md's fields. */
	json_object_set_new(o, "title", json_string(a->title));
	json_object_set_new(o, "lang", json_string(a->lang));
	json_object_set_new(o, "provider", json_string(a->provider));
	json_object_set_new(o, "default", json_boolean(a->is_default));
	json_object_set_new(o, "notes", string_list(a->notes, a->n_notes));
	for (size_t i = 0; i < a->n_replies; i++)
		json_array_append_new(rep, json_pack("{s:s, s:s, s:s}", "code",
						     a->replies[i].code, "status",
						     a->replies[i].status, "text",
						     a->replies[i].text));
	json_object_set(o, "smtp", rep);
	for (size_t i = 0; i < a->n_mentions; i++) {
		const struct mf_mention *m = &a->mentions[i];
		json_t *mo = json_pack("{s:s, s:s, s:s, s:I, s:I}", "kind", m->kind, "name", m->name,
				       "text", m->text, "start", (json_int_t)m->start, "end",
				       (json_int_t)m->end);
		if (mo && m->meaning)
			json_object_set_new(mo, "meaning", json_string(m->meaning));
		json_array_append_new(men, mo);
	}
	json_object_set(o, "mentions", men);
	s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(4));
done:
	json_decref(ev);
	json_decref(alt);
	json_decref(rep);
	json_decref(men);
	json_decref(o);
	return s;
}

struct labels {
	const char *path, *cause, *side, *confidence, *evidence, *steps, *limits,
		*notes, *also, *replies, *none, *default_path, *mentions;
};

static const struct labels labels_en = {
	"path", "cause", "side", "confidence", "Evidence", "What to do",
	"Limitations", "Note", "Also possible", "SMTP replies", "none",
	"(default: nothing in the text pointed anywhere)", "Named in the text",
};
static const struct labels labels_zh = {
	"路径", "原因", "责任方", "置信度", "依据", "处理步骤", "局限", "注意",
	"其他可能", "SMTP 回复", "无", "（默认：文中没有明确线索）", "文中提到",
};

static const char *side_words(const char *side, int zh)
{
	static const char *const en[] = {
		"the sender's domain or permissions must change",
		"the mailbox account's state: an administrator must act",
		"the mail program or code must change",
		"the receiving side must act",
		"the network between the user and the server",
		"not clear from the text",
	};
	static const char *const zhs[] = {
		"发件方域名或权限需要调整", "账号状态问题，需要管理员处理",
		"邮件客户端或程序需要调整", "需要收件方处理", "用户与服务器之间的网络",
		"从文本中无法判断",
	};
	int s = mf__side_from_name(side);

	if (s < 0)
		s = MF__SIDE_UNKNOWN;
	return zh ? zhs[s] : en[s];
}

char *mf_answer_to_text(const struct mf_answer *a, int color)
{
	const struct labels *L = strcmp(a->lang, "zh") == 0 ? &labels_zh : &labels_en;
	int zh = L == &labels_zh;
	const char *B = color ? "\033[1m" : "", *D = color ? "\033[2m" : "",
		   *G = color ? "\033[32m" : "", *Y = color ? "\033[33m" : "",
		   *C = color ? "\033[36m" : "", *R = color ? "\033[0m" : "";
	struct mf__buf b;

	mf__buf_init(&b, 1024 * 1024);
	mf__buf_printf(&b, "%s%s%s", B, a->path, R);
	if (a->cause)
		mf__buf_printf(&b, " > %s%s%s", Y, a->cause, R);
	mf__buf_printf(&b, "   %s%s %.2f%s\n", D, L->confidence, a->confidence, R);
	mf__buf_printf(&b, "%s\n", a->title);
	mf__buf_printf(&b, "%s%s:%s %s (%s)\n", D, L->side, R, a->side, side_words(a->side, zh));
	if (a->is_default)
		mf__buf_printf(&b, "%s%s%s\n", D, L->default_path, R);
	if (a->n_evidence) {
		mf__buf_printf(&b, "\n%s%s%s\n", B, L->evidence, R);
		for (size_t i = 0; i < a->n_evidence; i++)
			mf__buf_printf(&b, "  %s\"%s\"%s  %s[%s]%s\n", C, a->evidence[i].text, R,
				       D, a->evidence[i].rule, R);
	}
	if (a->n_replies) {
		mf__buf_printf(&b, "\n%s%s%s\n", B, L->replies, R);
		for (size_t i = 0; i < a->n_replies; i++)
			mf__buf_printf(&b, "  %s %s %s\n", a->replies[i].code[0] ? a->replies[i].code : "-",
				       a->replies[i].status[0] ? a->replies[i].status : "-",
				       a->replies[i].text);
	}
	if (a->n_mentions) {
		mf__buf_printf(&b, "\n%s%s%s\n", B, L->mentions, R);
		for (size_t i = 0; i < a->n_mentions; i++)
			mf__buf_printf(&b, "  %s %s%s%s\n", a->mentions[i].kind, a->mentions[i].name,
				       a->mentions[i].meaning ? ": " : "",
				       a->mentions[i].meaning ? a->mentions[i].meaning : "");
	}
	mf__buf_printf(&b, "\n%s%s%s\n", B, L->steps, R);
	for (size_t i = 0; i < a->n_steps; i++)
		mf__buf_printf(&b, "  %s%zu.%s %s\n", G, i + 1, R, a->steps[i]);
	for (size_t i = 0; i < a->n_notes; i++)
		mf__buf_printf(&b, "\n%s%s:%s %s\n", Y, L->notes, R, a->notes[i]);
	if (a->n_limitations) {
		mf__buf_printf(&b, "\n%s%s%s\n", D, L->limits, R);
		for (size_t i = 0; i < a->n_limitations; i++)
			mf__buf_printf(&b, "%s  - %s%s\n", D, a->limitations[i], R);
	}
	if (a->n_alternatives && a->alternatives[0].score > 0) {
		mf__buf_printf(&b, "\n%s%s:", D, L->also);
		for (size_t i = 0; i < a->n_alternatives; i++)
			if (a->alternatives[i].score > 0)
				mf__buf_printf(&b, " %s %.2f", a->alternatives[i].path,
					       a->alternatives[i].score);
		mf__buf_printf(&b, "%s\n", R);
	}
	return mf__buf_steal(&b);
}
