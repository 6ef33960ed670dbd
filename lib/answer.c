/*
 * answer.c: render a route answer, as one line of JSON (INTERFACE.md,
 * "Answer of route", with the writer of json.c) or as text for a terminal
 * (path and cause first, then evidence and numbered steps; ANSI colour
 * only when the caller asks).  Used by the CLI and the HTTP server.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"

static void string_list(struct mf__json *j, const char *key, const char *const *v, size_t n)
{
	mf__json_key(j, key);
	mf__json_array(j);
	for (size_t i = 0; i < n; i++)
		mf__json_string(j, v[i]);
	mf__json_end_array(j);
}

char *mf_answer_to_json(const struct mf_answer *a, const char *id_json)
{
	struct mf__buf b;
	struct mf__json j;

	mf__buf_init(&b, 4 * 1024 * 1024);
	mf__buf_reserve(&b, 4096); /* most answers fit: one allocation */
	mf__json_init(&j, &b);
	mf__json_object(&j);
	if (id_json) {
		/* The id is echoed as the JSON it was; anything else is null. */
		json_t *id = json_loads(id_json, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
		mf__json_key(&j, "id");
		if (id)
			mf__json_raw(&j, id_json);
		else
			mf__json_null(&j);
		json_decref(id);
	}
	mf__json_key(&j, "path");
	mf__json_string(&j, a->path);
	mf__json_key(&j, "skill");
	mf__json_string(&j, a->skill);
	mf__json_key(&j, "confidence");
	mf__json_real(&j, a->confidence, 2);
	mf__json_key(&j, "cause");
	mf__json_string(&j, a->cause);
	mf__json_key(&j, "side");
	mf__json_string(&j, a->side);
	mf__json_key(&j, "evidence");
	mf__json_array(&j);
	for (size_t i = 0; i < a->n_evidence; i++) {
		mf__json_object(&j);
		mf__json_key(&j, "rule");
		mf__json_string(&j, a->evidence[i].rule);
		mf__json_key(&j, "text");
		mf__json_string(&j, a->evidence[i].text);
		mf__json_key(&j, "start");
		mf__json_int(&j, (long long)a->evidence[i].start);
		mf__json_key(&j, "end");
		mf__json_int(&j, (long long)a->evidence[i].end);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	string_list(&j, "steps", a->steps, a->n_steps);
	string_list(&j, "limitations", a->limitations, a->n_limitations);
	mf__json_key(&j, "alternatives");
	mf__json_array(&j);
	for (size_t i = 0; i < a->n_alternatives; i++) {
		mf__json_object(&j);
		mf__json_key(&j, "path");
		mf__json_string(&j, a->alternatives[i].path);
		mf__json_key(&j, "score");
		mf__json_real(&j, a->alternatives[i].score, 2);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	/* Extensions beyond INTERFACE.md's fields. */
	mf__json_key(&j, "title");
	mf__json_string(&j, a->title);
	mf__json_key(&j, "lang");
	mf__json_string(&j, a->lang);
	mf__json_key(&j, "provider");
	mf__json_string(&j, a->provider);
	mf__json_key(&j, "default");
	mf__json_bool(&j, a->is_default);
	string_list(&j, "notes", a->notes, a->n_notes);
	mf__json_key(&j, "smtp");
	mf__json_array(&j);
	for (size_t i = 0; i < a->n_replies; i++) {
		mf__json_object(&j);
		mf__json_key(&j, "code");
		mf__json_string(&j, a->replies[i].code);
		mf__json_key(&j, "status");
		mf__json_string(&j, a->replies[i].status);
		mf__json_key(&j, "text");
		mf__json_string(&j, a->replies[i].text);
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	mf__json_key(&j, "mentions");
	mf__json_array(&j);
	for (size_t i = 0; i < a->n_mentions; i++) {
		const struct mf_mention *m = &a->mentions[i];
		mf__json_object(&j);
		mf__json_key(&j, "kind");
		mf__json_string(&j, m->kind);
		mf__json_key(&j, "name");
		mf__json_string(&j, m->name);
		mf__json_key(&j, "text");
		mf__json_string(&j, m->text);
		mf__json_key(&j, "start");
		mf__json_int(&j, (long long)m->start);
		mf__json_key(&j, "end");
		mf__json_int(&j, (long long)m->end);
		if (m->meaning) {
			mf__json_key(&j, "meaning");
			mf__json_string(&j, m->meaning);
		}
		mf__json_end_object(&j);
	}
	mf__json_end_array(&j);
	mf__json_end_object(&j);
	return mf__buf_steal(&b);
}

const char *const mf__lang_names[MF__N_LANGS] = {"en", "zh", "zh-Hant"};

int mf__lang_index(const char *name)
{
	for (int i = 0; i < MF__N_LANGS; i++)
		if (name && strcmp(name, mf__lang_names[i]) == 0)
			return i;
	return MF__LANG_EN;
}

int mf__lang_of(enum mf_lang asked, int otherwise)
{
	switch (asked) {
	case MF_LANG_EN:
		return MF__LANG_EN;
	case MF_LANG_ZH:
		return MF__LANG_ZH;
	case MF_LANG_ZH_HANT:
		return MF__LANG_ZH_HANT;
	default:
		return otherwise;
	}
}

int mf_lang_from_name(const char *name, enum mf_lang *out)
{
	static const struct {
		const char *name;
		enum mf_lang lang;
	} names[] = {
		{"auto", MF_LANG_AUTO}, {"en", MF_LANG_EN}, {"zh", MF_LANG_ZH},
		{"zh-hans", MF_LANG_ZH}, {"zh-cn", MF_LANG_ZH}, {"zh-sg", MF_LANG_ZH},
		{"zh-hant", MF_LANG_ZH_HANT}, {"zh-tw", MF_LANG_ZH_HANT},
		{"zh-hk", MF_LANG_ZH_HANT}, {"zh-mo", MF_LANG_ZH_HANT},
	};

	for (size_t i = 0; name && i < MF__ARRAY_LEN(names); i++)
		if (strcasecmp(name, names[i].name) == 0) {
			*out = names[i].lang;
			return 0;
		}
	return -1;
}

struct labels {
	const char *path, *cause, *side, *confidence, *evidence, *steps, *limits,
		*notes, *also, *replies, *none, *default_path, *mentions, *profile;
};

static const struct labels labels_en = {
	"path", "cause", "side", "confidence", "Evidence", "What to do",
	"Limitations", "Note", "Also possible", "SMTP replies", "none",
	"(default: nothing in the text pointed anywhere)", "Named in the text",
	"Steps for",
};
static const struct labels labels_zh = {
	"路径", "原因", "责任方", "置信度", "依据", "处理步骤", "局限", "注意",
	"其他可能", "SMTP 回复", "无", "（默认：文中没有明确线索）", "文中提到",
	"步骤适用于",
};

/* labels_zh in traditional characters (OpenCC s2tw, as data/zh-hant.json) */
static const struct labels labels_zh_hant = {
	"路徑", "原因", "責任方", "置信度", "依據", "處理步驟", "侷限", "注意",
	"其他可能", "SMTP 回覆", "無", "（默認：文中沒有明確線索）", "文中提到",
	"步驟適用於",
};

static const char *side_words(const char *side, int lang)
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
	static const char *const hant[] = {
		"發件方域名或權限需要調整", "賬號狀態問題，需要管理員處理",
		"郵件客戶端或程序需要調整", "需要收件方處理", "用戶與服務器之間的網絡",
		"從文本中無法判斷",
	};
	int s = mf__side_from_name(side);

	if (s < 0)
		s = MF__SIDE_UNKNOWN;
	return lang == MF__LANG_ZH_HANT ? hant[s] : lang == MF__LANG_ZH ? zhs[s] : en[s];
}

char *mf_answer_to_text(const struct mf_answer *a, int color)
{
	int lang = mf__lang_index(a->lang);
	const struct labels *L = lang == MF__LANG_ZH_HANT ? &labels_zh_hant
				 : lang == MF__LANG_ZH ? &labels_zh : &labels_en;
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
	mf__buf_printf(&b, "%s%s:%s %s (%s)\n", D, L->side, R, a->side, side_words(a->side, lang));
	if (a->is_default)
		mf__buf_printf(&b, "%s%s%s\n", D, L->default_path, R);
	/* The default profile goes unsaid; another one is named. */
	if (a->provider && strcmp(a->provider, MF__DEFAULT_PROVIDER) != 0)
		mf__buf_printf(&b, "%s%s:%s %s (--provider %s)\n", D, L->profile, R,
			       a->provider_name ? a->provider_name : a->provider, a->provider);
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
