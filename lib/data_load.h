/*
 * data_load.h: what the data loader's files share: data.c (the loading
 * session, the files, the JSON readers that check a record as they read
 * it) and one data_*.c per kind of data file.  Every reader fails with an
 * error naming the file and the record (mf__load_bad).  Internal to the
 * loading: the rest of libmailfix sees the loaded struct mf__data.
 */
#ifndef MF_DATA_LOAD_H
#define MF_DATA_LOAD_H

#include <jansson.h>

#include "internal.h"


struct data_owner;

/* A loading session: where we are, for messages. */
struct loader {
	struct mf__data *d;
	struct data_owner *a;   /* what the data owns (data.c) */
	struct mf__arena *mem;   /* its arena: what loading makes */
	struct mf_error *err;
	const char *prefix;    /* "DIR/" for --data DIR, "" for the embedded data */
	const char *file;      /* data file being read */
	char record[128];      /* record being read */
	int guess_embedded;    /* the guess is the build's (mf__embedded_guess) */
	int plan_embedded;     /* the pattern plan is the build's (mf__embedded_plan) */
	size_t zh_embedded;    /* pairs of the build's zh map (mf__embedded_zh), or -1 */
	int *id_slot;          /* the rules loaded so far by id (open addressing, */
	size_t id_mask;        /* index or -1), while load_rules runs */
};

struct file {
	char *name;            /* relative to the data directory */
	json_t *doc;
};

/* ---- data_parse.c: the files' JSON ---- */

struct mf__json_file {
	const char *name;      /* relative to the data directory */
	const char *bytes;
	size_t len;
	json_t *doc;           /* what parsing gave (a JSON object) */
};

/* Parse every file into its doc (two threads when there are two CPUs):
 * 0, or the failure of the first failing file in this order (MF_EDATA
 * naming the file and place, MF_ENOMEM), with no doc left.  `prefix`
 * ("DIR/" or "", the built-in data) starts the names in messages. */
int mf__json_parse_files(struct mf__json_file *files, size_t n, const char *prefix,
			 struct mf_error *err);

/* ---- data.c: reading a record ---- */

/* Fail loading with "FILE: RECORD: message" (MF_EDATA) and a hint. */
int mf__load_bad(struct loader *l, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The record being read: what, then id (as snprintf "%s%s" would write
 * it, cut to fit; a start names every rule, snprintf took 1.3 M
 * instructions for it). */
void mf__load_record(struct loader *l, const char *what, const char *id);
/* obj has only keys from `allowed` (NULL-terminated). */
int mf__load_keys(struct loader *l, json_t *obj, const char *const *allowed);
/* A non-empty string without NUL (NULL when absent and not required). */
int mf__load_string(struct loader *l, json_t *obj, const char *key, int required,
		    const char **out);
/* An optional true / false: *out is dflt when the key is absent. */
int mf__load_bool(struct loader *l, json_t *obj, const char *key, int dflt, int *out);
/* A text {"en": ..., "zh": ...} (its traditional form looked up). */
int mf__load_text(struct loader *l, json_t *v, const char *what, struct mf__text *out);
/* The same, with other keys allowed beside en and zh (keys: NULL-ended,
 * en and zh among them); the caller reads those. */
int mf__load_text_keys(struct loader *l, json_t *v, const char *what,
		       const char *const *keys, struct mf__text *out);
int mf__load_opt_text(struct loader *l, json_t *obj, const char *key, int required,
		      struct mf__text *out);
/* A list of texts, or of non-empty strings (empty when absent). */
int mf__load_texts(struct loader *l, json_t *obj, const char *key, struct mf__texts *out);
int mf__load_strings(struct loader *l, json_t *obj, const char *key, const char ***out,
		     size_t *n);

/* ---- one loader per kind of file ---- */

/* data_tree.c: paths.json, causes.json, calibration.json */
int mf__load_paths(struct loader *l, json_t *doc);
int mf__load_causes(struct loader *l, json_t *doc);
int mf__load_calibration(struct loader *l, json_t *doc);
/* data_words.c: lexicon.json; zh-variants.json (or the build's map),
 * zh-hant.json and zh-words.json (the last two may be NULL) */
int mf__load_lexicon(struct loader *l, json_t *doc);
int mf__load_zh(struct loader *l, json_t *variants, json_t *hant, json_t *words);
/* data_rules.c: every file under rules/ */
int mf__load_rules(struct loader *l, struct file *files, size_t n_files);
/* data_providers.c: every file under providers/; {fact} placeholders in
 * texts must name facts every profile has */
int mf__load_providers(struct loader *l, struct file *files, size_t n_files);
/* data_providers.c: hosts.json, what route says of a named server host */
int mf__load_host_texts(struct loader *l, json_t *doc);
int mf__load_texts_placeholders(struct loader *l, const struct mf__texts *t);
/* data_checks.c: check.json and probe.json */
int mf__load_check(struct loader *l, json_t *doc);
int mf__load_probe(struct loader *l, json_t *doc);
/* data_guess.c: route-guess.json, or the build's guess when
 * mf__load_guess_embedded said it was made from data of this hash */
int mf__load_guess(struct loader *l, json_t *doc);
int mf__load_guess_embedded(uint64_t data_hash);

#endif
