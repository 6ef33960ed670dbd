/*
 * test_data.c: loading and validating the knowledge data (lib/data.c and
 * the pattern compilation of lib/match.c): every kind of bad data stops
 * the start with an error naming the file and the record, and nothing
 * loads partially.  Each test builds a small data directory from the
 * project's own files plus one rules file it writes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "data_load.h"
#include "mailfix.h"

static const char *const base_files[] = {
	"paths.json", "causes.json", "check.json", "probe.json", "lexicon.json",
	"calibration.json",
	"zh-variants.json", "route-guess.json", "providers/alimail.json", "bounce/reasons.json",
	"bounce/formats.json", "bounce/hosts.json", "hosts.json",
};

static void copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[8192];
	size_t n;

	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	fclose(out);
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[1024];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A data directory with the project's paths, causes, lexicon and the
 * alimail profile, and `rules` as rules/t.json (NULL: no rules file). */
static char *make_dir(const char *rules)
{
	char *dir = strdup("/tmp/mailfix-data-XXXXXX"), path[1024], from[1024];

	assert_non_null(dir);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/providers", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/rules", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/bounce", dir);
	mkdir(path, 0700);
	for (size_t i = 0; i < sizeof base_files / sizeof base_files[0]; i++) {
		snprintf(from, sizeof from, "%s/data/%s", MF_SOURCE_DIR, base_files[i]);
		snprintf(path, sizeof path, "%s/%s", dir, base_files[i]);
		copy_file(from, path);
	}
	if (rules)
		write_file(dir, "rules/t.json", rules);
	return dir;
}

static void remove_dir(char *dir)
{
	char cmd[1200];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

/* Load dir; expect `code`, and that err.where and err.message contain
 * the given words (NULL: not checked). */
static void expect_load(char *dir, int code, const char *where, const char *message)
{
	struct mf_ctx_options opt = {.data_dir = dir};
	struct mf_ctx *ctx = NULL;
	struct mf_error err = {0};
	int rc = mf_ctx_new(&ctx, &opt, &err);

	if (rc != code)
		fail_msg("expected %d, got %d: %s", code, rc, err.message);
	if (code == 0) {
		assert_non_null(ctx);
		mf_ctx_free(ctx);
	} else {
		assert_null(ctx);
		assert_int_equal(err.code, code);
		if (where && !strstr(err.where, where))
			fail_msg("where \"%s\" lacks \"%s\"", err.where, where);
		if (message && !strstr(err.message, message))
			fail_msg("message \"%s\" lacks \"%s\"", err.message, message);
	}
	remove_dir(dir);
}

#define RULE(body) "{\"rules\": [" body "]}"
#define GOOD "{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"spf-fail\", \"patterns\": [\"\\\\bspf\\\\b\"]}"

static void minimal_data_loads(void **state)
{
	(void)state;
	expect_load(make_dir(RULE(GOOD)), 0, NULL, NULL);
}

static void unknown_key(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"wieght\": 1, \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rules/t.json: rule t1", "unknown key \"wieght\"");
}

static void duplicate_rule_id(void **state)
{
	(void)state;
	expect_load(make_dir(RULE(GOOD "," GOOD)), MF_EDATA, "rule t1", "duplicate rule id");
}

/* The id table of the loader: a duplicate after other rules, and a
 * reference to a rule of a later file position. */
static void duplicate_rule_id_later(void **state)
{
	(void)state;
	expect_load(make_dir(RULE(GOOD ",{\"id\": \"t2\", \"description\": \"d\", \"cause\": \"spf-fail\", \"patterns\": [\"x\"]},"
				  "{\"id\": \"t3\", \"description\": \"d\", \"cause\": \"spf-fail\", \"requires\": [\"t4\"], \"patterns\": [\"y\"]},"
				  "{\"id\": \"t4\", \"description\": \"d\", \"cause\": \"spf-fail\", \"patterns\": [\"z\"]}," GOOD)),
		    MF_EDATA, "rule t1", "duplicate rule id");
	expect_load(make_dir(RULE(GOOD ",{\"id\": \"t3\", \"description\": \"d\", \"cause\": \"spf-fail\", \"requires\": [\"t4\"], \"patterns\": [\"y\"]},"
				  "{\"id\": \"t4\", \"description\": \"d\", \"cause\": \"spf-fail\", \"patterns\": [\"z\"]}")),
		    0, NULL, NULL);
}

static void dangling_cause(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"no-such\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "names no cause");
}

static void dangling_requires(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"path\": \"service\", \"requires\": [\"t9\"], \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "names no rule: t9");
}

static void pattern_the_engine_rejects(void **state)
{
	(void)state;
	expect_load(make_dir(RULE(GOOD ", {\"id\": \"t2\", \"description\": \"d\", \"path\": \"service\", \"patterns\": [\"ok\", \"(a)\\\\1\"]}")),
		    MF_EDATA, "rules/t.json: rule t2, pattern 2", NULL);
}

static void pattern_not_normalized(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"path\": \"service\", \"patterns\": [\"AccountFrozen\"]}")),
		    MF_EDATA, "rule t1", "write \"accountfrozen\"");
}

static void invalid_utf8(void **state)
{
	(void)state;
	expect_load(make_dir("{\"rules\": [{\"id\": \"t\xff\", \"description\": \"d\"}]}"),
		    MF_EDATA, "rules/t.json:1:", NULL);
}

static void duplicate_json_key(void **state)
{
	(void)state;
	expect_load(make_dir("{\"rules\": [], \"rules\": []}"), MF_EDATA, "rules/t.json:1", "duplicate");
}

static void broken_json(void **state)
{
	(void)state;
	expect_load(make_dir("{\"rules\": [\n{\"id\": \"t1\",,}]}"), MF_EDATA, "rules/t.json:2", NULL);
}

static void missing_required_file(void **state)
{
	char *dir = make_dir(RULE(GOOD)), path[1024];

	(void)state;
	snprintf(path, sizeof path, "%s/causes.json", dir);
	assert_int_equal(unlink(path), 0);
	expect_load(dir, MF_EDATA, "causes.json", "missing");
}

/* In the data directory's copy of `name`, replace the first `from` with
 * `to` (the test fails when `from` is not there). */
static void edit_data(const char *dir, const char *name, const char *from, const char *to)
{
	char path[1024], *text, *at;
	FILE *f;
	long n;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	text = calloc(1, (size_t)n + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	at = strstr(text, from);
	assert_non_null(at);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(text, 1, (size_t)(at - text), f);
	fputs(to, f);
	fputs(at + strlen(from), f);
	fclose(f);
	free(text);
}

/* zh-hant.json is optional: without it the data loads (answers fall back
 * to simplified characters); with it, a value that is not a non-empty
 * string, or an unknown key, is refused naming the file and the text. */
static void zh_hant_texts(void **state)
{
	static const struct {
		const char *file, *where, *message; /* file NULL: none written */
	} cases[] = {
		{NULL, NULL, NULL},
		{"{\"texts\": {\"账号被冻结\": \"賬號被凍結\"}}", NULL, NULL},
		{"{\"texts\": {\"账号被冻结\": \"\"}}", "zh-hant.json: text \"账号被冻结\"",
		 "non-empty string"},
		{"{\"texts\": {\"账号\": 1}}", "zh-hant.json", "non-empty string"},
		{"{\"text\": {}}", "zh-hant.json", "unknown key \"text\""},
		{"{\"texts\": [\"账号\"]}", "zh-hant.json", "\"texts\" must map"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *dir = make_dir(RULE(GOOD));

		if (cases[i].file)
			write_file(dir, "zh-hant.json", cases[i].file);
		expect_load(dir, cases[i].where ? MF_EDATA : 0, cases[i].where, cases[i].message);
	}
}

/* A cause's "transient" flag (causes.json) must be true or false. */
static void transient_not_boolean(void **state)
{
	char *dir = make_dir(RULE(GOOD));

	(void)state;
	edit_data(dir, "causes.json", "\"transient\": true", "\"transient\": 1234");
	expect_load(dir, MF_EDATA, "causes.json", "transient");
}

/* A cause's "aka" (the corpus labels it answers) lists each label once,
 * and not the cause's own id. */
static void aka_bad_values(void **state)
{
	char *dir = make_dir(RULE(GOOD));

	(void)state;
	edit_data(dir, "causes.json", "\"aka\": [\"security-password\"]",
		  "\"aka\": [\"security-password\", \"security-password\"]");
	expect_load(dir, MF_EDATA, "causes.json", "twice");
	dir = make_dir(RULE(GOOD));
	edit_data(dir, "causes.json", "\"aka\": [\"security-password\"]",
		  "\"aka\": [\"client-password\"]");
	expect_load(dir, MF_EDATA, "causes.json", "repeats the id");
}

/* Steps fitted to what the query names: a step is "for" code or a
 * program only, {"settings": "program"} marks once where the named
 * programs' settings go, and only a program's label carries "settings"
 * and "code" (a boolean), and a cause says at most 12 steps.  Each bad
 * value is refused, naming it. */
static void step_fitting_bad_values(void **state)
{
#define X4 "{\"en\": \"x\", \"zh\": \"x\"}, {\"en\": \"x\", \"zh\": \"x\"}, " \
	   "{\"en\": \"x\", \"zh\": \"x\"}, {\"en\": \"x\", \"zh\": \"x\"}, "
	static const struct {
		const char *from, *to, *named;
	} steps[] = {
		{"{\"for\": \"code\", \"en\": \"In code, connect",
		 "{\"for\": \"coder\", \"en\": \"In code, connect", "\"coder\""},
		{"{\"settings\": \"program\"}", "{\"settings\": \"programs\"}", "\"programs\""},
		{"{\"settings\": \"program\"}",
		 "{\"settings\": \"program\"}, {\"settings\": \"program\"}", "more than once"},
		{"{\"settings\": \"program\"}", "{\"settings\": \"program\", \"en\": \"x\"}", "en"},
		/* steps are bounded (the answer's array for them is) */
		{"\"steps\": [", "\"steps\": [" X4 X4 X4, "more than 12 steps"},
	};
	/* a program's label, then each bad form of it (NULL: loads) */
#define LABELED(label) \
	RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"spf-fail\", \"label\": " label \
	     ", \"patterns\": [\"\\\\bspf\\\\b\"]}")
	static const struct {
		const char *rules, *named;
	} labels[] = {
		{LABELED("{\"kind\": \"port\", \"name\": \"p\", \"settings\": {\"en\": \"a\", \"zh\": \"b\"}}"),
		 "label kind \"port\" with \"settings\""},
		{LABELED("{\"kind\": \"program\", \"name\": \"p\", \"code\": \"yes\"}"), "\"code\""},
		{LABELED("{\"kind\": \"program\", \"name\": \"p\", \"code\": true, "
			 "\"settings\": {\"en\": \"a\", \"zh\": \"b\"}}"),
		 NULL},
	};
#undef LABELED
#undef X4

	(void)state;
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		char *dir = make_dir(RULE(GOOD));
		edit_data(dir, "causes.json", steps[i].from, steps[i].to);
		expect_load(dir, MF_EDATA, "causes.json", steps[i].named);
	}
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		expect_load(make_dir(labels[i].rules), labels[i].named ? MF_EDATA : 0,
			    labels[i].named ? "t.json" : NULL, labels[i].named);
}

/* The bounce formats' own keys are checked like every other: a reason a
 * format files as temporary must exist, "reporter_refused" and
 * "codes_in_text" are booleans, "names" a list of lower-case markers,
 * a format's code names a known reason, a provider code's statuses
 * are statuses, the read receipt's and the challenge's answers
 * (reasons.json "receipt", "challenge") are there and checked as a
 * reason is, and the challenge markers are lower-case; the words a
 * message is read by have the shapes their readers rely on (a reply's
 * attribution ends with a colon, a system address is "local part@", a
 * Chinese sender label starts with a Chinese character).  Each edit of a good file must be refused, naming it. */
static void bounce_data_bad_values(void **state)
{
	static const struct {
		const char *file, *from, *to, *named;
	} edits[] = {
		{"bounce/formats.json", "\"codeless_temporary\": [\"expired\"",
		 "\"codeless_temporary\": [\"expird\"", "expird"},
		{"bounce/formats.json", "\"reporter_refused\": true", "\"reporter_refused\": \"yes\"",
		 "reporter_refused"},
		{"bounce/formats.json", "\"codes_in_text\": true", "\"codes_in_text\": 1",
		 "codes_in_text"},
		{"bounce/formats.json", "[\"queue.expired;\"], \"reason\": \"expired\"",
		 "[\"queue.expired;\"], \"reason\": \"expird\"", "expird"},
		{"bounce/hosts.json", "\"5.7.9xx\"", "\"five.seven\"", "five.seven"},
		{"bounce/formats.json", "\"end_line_markers\": [\"return-path: <\"",
		 "\"end_line_markers\": [\"Return-Path: <\"", "end_line_markers"},
		{"bounce/formats.json", "\"names\": [\"sendgrid\"]", "\"names\": [\"SendGrid\"]",
		 "names"},
		{"bounce/formats.json", "\"names\": [\"sendgrid\"]", "\"names\": \"sendgrid\"",
		 "names"},
		{"bounce/reasons.json", "\"receipt\": {", "\"receipts\": {", "receipts"},
		{"bounce/reasons.json", "\"after_rejected\": true", "\"after_rejected\": \"yes\"",
		 "after_rejected"},
		{"bounce/reasons.json", "\"retried\": true", "\"retried\": 1", "retried"},
		{"bounce/reasons.json", "\"id\": \"challenge\",\n  \"pseudo_status\": \"4.0.0\",\n  \"hard\": \"never\",\n  \"side\": \"recipient\"",
		 "\"id\": \"challenge\",\n  \"pseudo_status\": \"4.0.0\",\n  \"hard\": \"never\",\n  \"side\": \"receiver\"", "receiver"},
		{"bounce/formats.json", "\"challenge_markers\": [\"verify", "\"challenge_markers\": [\"Verify", "challenge_markers"},
		{"bounce/reasons.json", "\"id\": \"receipt\",\n  \"pseudo_status\": \"2.0.0\"",
		 "\"id\": \"receipt\",\n  \"pseudo_status\": \"2.0\"", "2.0"},
		/* the words a message is read by */
		{"bounce/formats.json", "\"reply_attributions\": [\n    \"wrote:\"",
		 "\"reply_attributions\": [\n    \"wrote\"", "must end with a colon"},
		{"bounce/formats.json", "\"forward_subject_prefixes\": [\n    \"fwd:\"",
		 "\"forward_subject_prefixes\": [\n    \"Fwd:\"", "forward_subject_prefixes"},
		{"bounce/formats.json", "\"system_addresses\": [\n    \"mailer-daemon@\"",
		 "\"system_addresses\": [\n    \"mailer-daemon\"", "must be a local part"},
		{"bounce/formats.json", "\"system_addresses\": [\n    \"mailer-daemon@\"",
		 "\"system_addresses\": [\n    \"@example.com\"", "must be a local part"},
		{"bounce/formats.json", "\"sender_labels\": [\"", "\"sender_labels\": [\"from\", \"",
		 "must start with a Chinese character"},
		{"bounce/formats.json", "\"temporary_cues\": [", "\"temporary_cues\": [7, ",
		 "temporary_cues"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
		char *dir = make_dir(RULE(GOOD));
		edit_data(dir, edits[i].file, edits[i].from, edits[i].to);
		expect_load(dir, MF_EDATA, strchr(edits[i].file, '/') + 1, edits[i].named);
	}
}

/* check.json and the profiles' "dns" objects: every finding lib/check.c
 * reports is defined and nothing else, severities, causes, placeholders,
 * record types and DNS names are checked, each naming file and record. */
static void check_data_bad_values(void **state)
{
	static const struct {
		const char *file, *from, *to, *where, *named;
	} edits[] = {
		{"check.json", "\"id\": \"spf.ptr\"", "\"id\": \"spf.pointer\"", "check.json",
		 "\"spf.ptr\" that check reports is not defined"},
		{"check.json", "\"findings\": [",
		 "\"findings\": [{\"id\": \"spf.extra\", \"severity\": \"info\", \"cause\": \"spf-fail\", "
		 "\"title\": {\"en\": \"t\", \"zh\": \"t\"}, \"fix\": {\"en\": \"f\", \"zh\": \"f\"}},",
		 "spf.extra", "never reported"},
		{"check.json", "\"id\": \"mx.null\"", "\"id\": \"mx.missing\"", "mx.missing",
		 "duplicate"},
		{"check.json", "\"id\": \"spf.ptr\", \"severity\": \"warning\"",
		 "\"id\": \"spf.ptr\", \"severity\": \"fatal\"", "spf.ptr", "severity"},
		{"check.json", "\"id\": \"mx.null\", \"severity\": \"error\", \"cause\": \"mx-wrong\"",
		 "\"id\": \"mx.null\", \"severity\": \"error\", \"cause\": \"mx-wrongly\"", "mx.null",
		 "mx-wrongly"},
		{"check.json", "\"id\": \"mx.null\", \"severity\": \"error\", \"cause\": \"mx-wrong\"",
		 "\"id\": \"mx.null\", \"severity\": \"error\", \"cause\": \"mx-wrong\", \"side\": \"sender\"",
		 "mx.null", "not both"},
		{"check.json", "Delete the MX record", "Delete {the_record}", "mx.null", "the_record"},
		{"check.json", "\"record\": \"CNAME\"", "\"record\": \"AAAA\"", "webmail", "TXT or CNAME"},
		{"check.json", "\"mx_unknown\": {\"en\"", "\"mx_unknwn\": {\"en\"", "texts",
		 "mx_unknwn"},
		{"providers/alimail.json", "\"mx2.qiye.aliyun.com\",", "\"MX2.qiye.aliyun.com.\",", "dns",
		 "not a DNS name"},
		{"providers/alimail.json", "\"v=spf1 include:spf.qiye.aliyun.com -all\",\n    \"dkim_selectors\"",
		 "\"include:spf.qiye.aliyun.com -all\",\n    \"dkim_selectors\"", "dns", "v=spf1"},
		{"providers/alimail.json", "\"seed_targets\"", "\"seed_target\"", "dns", "seed_target"},
		/* hosts.json's sentences and the profiles' related hosts */
		{"hosts.json", "server: {service};", "server: {servic};", "verdicts alias",
		 "unknown placeholder"},
		{"hosts.json", "\"webmail\": {\"en\"", "\"web\": {\"en\"", "protocols webmail",
		 "webmail"},
		{"hosts.json", "\"none\": {\"en\"", "\"plain\": {\"en\"", "tls none", "none"},
		{"providers/alimail.json", "\"kind\": \"alias\"", "\"kind\": \"alas\"", "related host 1",
		 "alias or other-service"},
		{"providers/alimail.json", "\"host\": \"smtp.aliyun.com\"",
		 "\"host\": \"SMTP.aliyun.com.\"", "related host 3", "not a DNS name"},
		{"providers/alimail.json", "\"host\": \"smtp.aliyun.com\"",
		 "\"host\": \"smtp.qiye.aliyun.com\"", "related host 3", "one of the profile's hosts"},
		{"providers/alimail.json", "\"protocol\": \"smtp\",\n      \"host\": \"smtp.mxhichina.com\"",
		 "\"protocol\": \"smtps\",\n      \"host\": \"smtp.mxhichina.com\"", "related host 1",
		 "smtp, imap, pop3 or webmail"},
		{"providers/alimail.json", "\"source\": \"shared/providers/alimail.md §12: [T]",
		 "\"sourc\": \"shared/providers/alimail.md §12: [T]", "related host 5", "sourc"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
		char *dir = make_dir(RULE(GOOD));
		edit_data(dir, edits[i].file, edits[i].from, edits[i].to);
		expect_load(dir, MF_EDATA, edits[i].where, edits[i].named);
	}
}

/* "status_first" is a boolean, and only on a bounce-reason rule;
 * "negatable" is a boolean. */
static void status_first_bad_values(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"spf-fail\", "
				  "\"negatable\": \"no\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "\"negatable\" must be true or false");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"reason\": \"suspend\", "
				  "\"status_first\": \"yes\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "status_first");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"spf-fail\", "
				  "\"status_first\": true, \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "status_first");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"reason\": \"suspend\", "
				  "\"status_first\": true, \"patterns\": [\"x\"]}")),
		    0, NULL, NULL);
}

/* "context" is one of five kinds, on a rule that names nothing. */
static void context_bad_values(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"context\": \"maybe\", "
				  "\"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "maybe");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"context\": \"guess\", "
				  "\"cause\": \"spf-fail\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "context");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"context\": \"resolved\", "
				  "\"weight\": 0.5, \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "context");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"context\": 3, "
				  "\"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "context");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"context\": \"topic-shift\", "
				  "\"patterns\": [\"x\"]}")),
		    0, NULL, NULL);
}

static void unreadable_directory(void **state)
{
	struct mf_ctx_options opt = {.data_dir = "/nonexistent/mailfix-data"};
	struct mf_ctx *ctx;
	struct mf_error err = {0};

	(void)state;
	assert_int_equal(mf_ctx_new(&ctx, &opt, &err), MF_EIO);
	assert_non_null(strstr(err.message, "/nonexistent/mailfix-data"));
}

static void rule_that_can_never_match(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"path\": \"service\"}")),
		    MF_EDATA, "rule t1", "never match");
}

static void path_disagrees_with_cause(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"spf-fail\", \"path\": \"service\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "disagrees");
}

/* mf_ctx_new while the nth allocation fails: 1 when it failed as it
 * must (MF_ENOMEM, no context), 0 when it did not need that allocation. */
static int fails_cleanly(const struct mf_ctx_options *opt, long nth)
{
	struct mf_ctx *ctx = NULL;
	struct mf_error err = {0};
	int rc;

	alloc_fail_after(nth);
	rc = mf_ctx_new(&ctx, opt, &err);
	alloc_fail_after(0);
	if (rc == 0) {
		mf_ctx_free(ctx);
		return 0;
	}
	assert_null(ctx);
	assert_int_equal(rc, MF_ENOMEM);
	return 1;
}

static void embedded_data_survives_allocation_failures(void **state)
{
	int failed = 0;

	(void)state;
	for (long nth = 1; nth < 400; nth += 7)
		failed += fails_cleanly(NULL, nth);
	assert_true(failed > 0);
}

/* A data directory loaded while the Nth allocation fails: MF_ENOMEM and
 * no context, never a crash.  The first few allocations are the loader's
 * own tables and the directory prefix (its failure once leaked both
 * tables; the leak shows under `make asan`). */
static void data_dir_survives_allocation_failures(void **state)
{
	char *dir = make_dir(RULE(GOOD));
	struct mf_ctx_options opt = {.data_dir = dir};
	int failed = 0;

	(void)state;
	for (long nth = 1; nth < 200; nth += nth < 12 ? 1 : 23)
		failed += fails_cleanly(&opt, nth);
	assert_true(failed > 0);
	remove_dir(dir);
}

/* route-guess.json, the fallback guess: a model whose features the guess
 * could never read, or whose weights do not fit its classes, is refused. */
#define GUESS(classes, feats) \
	"{\"min_probability\": 0.8, \"scale\": 100, \"note\": {\"en\": \"a guess\", \"zh\": \"推测\"}, " \
	"\"classes\": [" classes "], \"bias\": [0, 0], \"features\": [" feats "]}"
#define TWO "{\"path\": \"service\", \"side\": \"account\"}, {\"path\": \"configuration\", \"side\": \"client\"}"

static void expect_guess(const char *doc, const char *where, const char *message)
{
	char *dir = make_dir(RULE(GOOD));

	write_file(dir, "route-guess.json", doc);
	expect_load(dir, where ? MF_EDATA : 0, where, message);
}

static void guess_loads(void **state)
{
	(void)state;
	expect_guess(GUESS(TWO, "\"w:spf|100 -1\", \"h:冻结|50 0\", \"c:<sp|0 1\", "
			   "\"b:spf fail|1 1\""), NULL, NULL);
}

static void guess_feature_not_normalized(void **state)
{
	(void)state;
	expect_guess(GUESS(TWO, "\"w:SPF|1 -1\""), "route-guess.json: feature \"w:SPF\"",
		     "not a feature the guess can read");
	expect_guess(GUESS(TWO, "\"h:凍結|1 -1\""), "feature \"h:凍結\"",
		     "not a feature the guess can read");
	expect_guess(GUESS(TWO, "\"x:spf|1 -1\""), "feature \"x:spf\"",
		     "not a feature the guess can read");
	expect_guess(GUESS(TWO, "\"c:<s>|1 -1\""), "feature \"c:<s>\"",
		     "not a feature the guess can read");
	expect_guess(GUESS(TWO, "\"w:spf 1 -1\""), "feature 1", "feature|weights");
}

static void guess_weights_per_class(void **state)
{
	(void)state;
	expect_guess(GUESS(TWO, "\"w:spf|1\""), "feature \"w:spf\"", "weights must be 2 integers");
	expect_guess(GUESS(TWO, "\"w:spf|1 2 3\""), "feature \"w:spf\"", "weights must be 2 integers");
	expect_guess(GUESS(TWO, "\"w:spf|1 x\""), "feature \"w:spf\"", "weights must be 2 integers");
	expect_guess(GUESS(TWO, "\"w:spf|1 1\", \"w:spf|2 2\""), "feature \"w:spf\"",
		     "listed twice");
}

static void guess_unknown_side(void **state)
{
	(void)state;
	expect_guess(GUESS("{\"path\": \"service\", \"side\": \"nobody\"}, "
			   "{\"path\": \"service\", \"side\": \"account\"}", "\"w:spf|1 1\""),
		     "route-guess.json: class 1", "unknown side \"nobody\"");
}

/* A second provider profile, providers/x.json: the alimail profile with
 * id "x", without the lines that hold `drop` and `drop2` (NULL: none),
 * and with `add` inserted after the lines that open "facts" and "sources"
 * (a fact and its source; NULL: none). */
static char *make_dir_with_profile(const char *drop, const char *drop2, const char *add)
{
	char *dir = make_dir(RULE(GOOD)), from[1024], path[1024], line[4096];
	FILE *in, *out;

	snprintf(from, sizeof from, "%s/data/providers/alimail.json", MF_SOURCE_DIR);
	snprintf(path, sizeof path, "%s/providers/x.json", dir);
	in = fopen(from, "r");
	out = fopen(path, "w");
	assert_non_null(in);
	assert_non_null(out);
	while (fgets(line, sizeof line, in)) {
		if ((drop && strstr(line, drop)) || (drop2 && strstr(line, drop2)))
			continue;
		if (strstr(line, "\"id\": \"alimail\""))
			fputs("  \"id\": \"x\",\n", out);
		else
			fputs(line, out);
		if (add && (strstr(line, "\"facts\": {") || strstr(line, "\"sources\": {")))
			fputs(add, out);
	}
	fclose(in);
	fclose(out);
	return dir;
}

static void second_profile_loads(void **state)
{
	(void)state;
	expect_load(make_dir_with_profile(NULL, NULL, NULL), 0, NULL, NULL);
}

static void profile_missing_a_fact(void **state)
{
	(void)state;
	/* the fact and its source both gone: the profile lacks a fact */
	expect_load(make_dir_with_profile("\"smtp_openssl\": \"openssl", "\"smtp_openssl\": \"shared/", NULL),
		    MF_EDATA, "providers/x.json", "provider x lacks the fact \"smtp_openssl\" that provider alimail has");
}

static void profile_with_a_fact_the_default_lacks(void **state)
{
	(void)state;
	expect_load(make_dir_with_profile(NULL, NULL, "    \"extra_fact\": \"v\",\n"),
		    MF_EDATA, "providers/x.json", "provider alimail lacks the fact \"extra_fact\"");
}

static void profile_fact_without_source(void **state)
{
	(void)state;
	expect_load(make_dir_with_profile("\"smtp_openssl\": \"shared/", NULL, NULL),
		    MF_EDATA, "providers/x.json: fact smtp_openssl", "has no source");
}

static void profile_source_of_no_fact(void **state)
{
	(void)state;
	expect_load(make_dir_with_profile("\"smtp_openssl\": \"openssl", NULL, NULL),
		    MF_EDATA, "providers/x.json: source smtp_openssl", "names no fact");
}

static void identifies_rule_bad_values(void **state)
{
	(void)state;
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"identifies\": \"alimail\", \"weight\": 0, \"patterns\": [\"x\"]}")),
		    0, NULL, NULL);
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"identifies\": \"nosuch\", \"weight\": 0, \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "\"identifies\" names no provider profile: \"nosuch\"");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"identifies\": \"alimail\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "weighs 0");
	expect_load(make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"identifies\": \"alimail\", \"weight\": 0, \"cause\": \"spf-fail\", \"patterns\": [\"x\"]}")),
		    MF_EDATA, "rule t1", "names no cause, path");
}

/* zh-words.json (optional): each damage is refused naming the file and
 * the word. */
static void zh_words_bad(void **state)
{
	static const struct {
		const char *doc, *where, *message;
	} cases[] = {
		{"{\"words\": {\"伺服器\": \"服务器\", \"外寄伺服器\": \"外寄伺服器站\"}}", "word", "contains the key"},
		{"{\"words\": {\"server\": \"服务器\"}}", "word \"server\"", "Han characters"},
		{"{\"words\": {\"伺服器\": \"服務器\"}}", "word \"伺服器\"", "not simplified"},
		{"{\"words\": {\"帳號\": \"账号\", \"帐号\": \"账号\"}}", "zh-words.json: word", "read the same"},
		{"{\"words\": {\"信箱\": \"信箱\"}}", "word \"信箱\"", "to itself"},
		{"{\"words\": {}}", "zh-words.json", "map words to words"},
		{"{\"words\": {\"信箱\": \"邮箱\"}, \"extra\": 1}", "zh-words.json", "extra"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *dir = make_dir(RULE(GOOD));
		write_file(dir, "zh-words.json", cases[i].doc);
		expect_load(dir, MF_EDATA, cases[i].where, cases[i].message);
	}
}

/* With a word table, patterns go through it too: one written with the
 * Taiwan word is refused with the word it must be written as, one written
 * with the mainland word loads. */
static void zh_words_apply_to_patterns(void **state)
{
	char *dir = make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"mailbox-full\", "
				  "\"patterns\": [\"信箱已满\"]}"));

	(void)state;
	write_file(dir, "zh-words.json", "{\"words\": {\"信箱\": \"邮箱\"}}");
	expect_load(dir, MF_EDATA, "rules/t.json", "write \"邮箱已满\"");
	dir = make_dir(RULE("{\"id\": \"t1\", \"description\": \"d\", \"cause\": \"mailbox-full\", "
			    "\"patterns\": [\"邮箱已满\"]}"));
	write_file(dir, "zh-words.json", "{\"words\": {\"信箱\": \"邮箱\"}}");
	expect_load(dir, 0, NULL, NULL);
}

/* A JSON object of about n bytes: {"k0": "xxxx...", "k1": ...}. */
static char *big_object(size_t n)
{
	char *s = malloc(n + 64), *p = s;
	size_t k = 0;

	assert_non_null(s);
	p += sprintf(p, "{");
	while ((size_t)(p - s) + 80 < n)
		p += sprintf(p, "%s\"k%zu\": \"%060zu\"", k ? ", " : "", k, k), k++;
	sprintf(p, "}");
	return s;
}

/* The data files' JSON is parsed on two threads when there is much of it:
 * every document comes back whole, in its file's slot. */
static void json_files_parse_whole(void **state)
{
	char *big[4];
	struct mf__json_file f[6];
	struct mf_error err = {0};

	(void)state;
	for (int i = 0; i < 4; i++)
		big[i] = big_object(100000 + 20000 * (size_t)i);
	for (int i = 0; i < 4; i++)
		f[i] = (struct mf__json_file){"big.json", big[i], strlen(big[i]), NULL};
	f[4] = (struct mf__json_file){"small.json", "{\"a\": 1}", 8, NULL};
	f[5] = (struct mf__json_file){"empty.json", "{}", 2, NULL};
	assert_int_equal(mf__json_parse_files(f, 6, "dir/", &err), 0);
	for (int i = 0; i < 4; i++) {
		assert_true(json_is_object(f[i].doc));
		assert_true(json_object_size(f[i].doc) > 1000);
		assert_non_null(json_object_get(f[i].doc, "k0"));
	}
	assert_int_equal(json_integer_value(json_object_get(f[4].doc, "a")), 1);
	assert_int_equal(json_object_size(f[5].doc), 0);
	for (int i = 0; i < 6; i++)
		json_decref(f[i].doc);
	for (int i = 0; i < 4; i++)
		free(big[i]);
}

/* Two bad files among big good ones: the first bad one in the files'
 * order is reported (whichever thread parsed it), and no document is
 * left behind. */
static void json_files_first_failure_in_order(void **state)
{
	char *big[3];
	struct mf__json_file f[6];
	struct mf_error err = {0};

	(void)state;
	for (int round = 0; round < 20; round++) {
		for (int i = 0; i < 3; i++)
			big[i] = big_object(150000);
		f[0] = (struct mf__json_file){"a.json", big[0], strlen(big[0]), NULL};
		f[1] = (struct mf__json_file){"b.json", big[1], strlen(big[1]), NULL};
		f[2] = (struct mf__json_file){"c.json", "{\"x\": [1, 2,\n", 13, NULL};
		f[3] = (struct mf__json_file){"d.json", big[2], strlen(big[2]), NULL};
		f[4] = (struct mf__json_file){"e.json", "[1]", 3, NULL};
		f[5] = (struct mf__json_file){"f.json", "{}", 2, NULL};
		memset(&err, 0, sizeof err);
		assert_int_equal(mf__json_parse_files(f, 6, "dir/", &err), MF_EDATA);
		assert_non_null(strstr(err.where, "dir/c.json:2"));
		assert_non_null(strstr(err.hint, "JSON syntax"));
		for (int i = 0; i < 6; i++)
			assert_null(f[i].doc);
		/* without c.json, e.json's top level is what is wrong */
		f[2] = (struct mf__json_file){"c.json", "{}", 2, NULL};
		assert_int_equal(mf__json_parse_files(f, 6, "dir/", &err), MF_EDATA);
		assert_non_null(strstr(err.message, "e.json: the top level must be a JSON object"));
		for (int i = 0; i < 6; i++)
			assert_null(f[i].doc);
		for (int i = 0; i < 3; i++)
			free(big[i]);
	}
}

/* Out of memory before parsing: a clear error, nothing parsed. */
static void json_files_out_of_memory(void **state)
{
	struct mf__json_file f[2] = {{"a.json", "{}", 2, NULL}, {"b.json", "{}", 2, NULL}};
	struct mf_error err = {0};

	(void)state;
	for (long nth = 1; nth <= 5; nth++) {
		int rc;
		alloc_fail_after(nth);
		rc = mf__json_parse_files(f, 2, "", &err);
		alloc_fail_after(0);
		assert_true(rc == 0 || rc == MF_ENOMEM);
		if (rc) {
			assert_non_null(strstr(err.message, "out of memory"));
			assert_null(f[0].doc);
			assert_null(f[1].doc);
		} else {
			assert_true(json_is_object(f[0].doc) && json_is_object(f[1].doc));
			json_decref(f[0].doc);
			json_decref(f[1].doc);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(minimal_data_loads),
		cmocka_unit_test(data_dir_survives_allocation_failures),
		cmocka_unit_test(unknown_key),
		cmocka_unit_test(duplicate_rule_id),
		cmocka_unit_test(duplicate_rule_id_later),
		cmocka_unit_test(dangling_cause),
		cmocka_unit_test(dangling_requires),
		cmocka_unit_test(pattern_the_engine_rejects),
		cmocka_unit_test(pattern_not_normalized),
		cmocka_unit_test(invalid_utf8),
		cmocka_unit_test(duplicate_json_key),
		cmocka_unit_test(broken_json),
		cmocka_unit_test(missing_required_file),
		cmocka_unit_test(transient_not_boolean),
		cmocka_unit_test(aka_bad_values),
		cmocka_unit_test(step_fitting_bad_values),
		cmocka_unit_test(zh_hant_texts),
		cmocka_unit_test(bounce_data_bad_values),
		cmocka_unit_test(status_first_bad_values),
		cmocka_unit_test(context_bad_values),
		cmocka_unit_test(unreadable_directory),
		cmocka_unit_test(rule_that_can_never_match),
		cmocka_unit_test(path_disagrees_with_cause),
		cmocka_unit_test(embedded_data_survives_allocation_failures),
		cmocka_unit_test(guess_loads),
		cmocka_unit_test(guess_feature_not_normalized),
		cmocka_unit_test(guess_weights_per_class),
		cmocka_unit_test(guess_unknown_side),
		cmocka_unit_test(second_profile_loads),
		cmocka_unit_test(profile_missing_a_fact),
		cmocka_unit_test(profile_with_a_fact_the_default_lacks),
		cmocka_unit_test(profile_fact_without_source),
		cmocka_unit_test(profile_source_of_no_fact),
		cmocka_unit_test(identifies_rule_bad_values),
		cmocka_unit_test(zh_words_bad),
		cmocka_unit_test(zh_words_apply_to_patterns),
		cmocka_unit_test(check_data_bad_values),
		cmocka_unit_test(json_files_parse_whole),
		cmocka_unit_test(json_files_first_failure_in_order),
		cmocka_unit_test(json_files_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
