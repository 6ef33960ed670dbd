/*
 * data.c: load the knowledge data (data/ in the source tree, embedded in
 * the binary at build time, or a directory given with --data) and
 * validate all of it before anything runs: unknown keys, duplicate ids,
 * dangling references, wrong types and invalid UTF-8 stop the start with
 * an error naming the file and the record.  Nothing loads partially.
 * Pattern compilation errors are found by match.c over the same records.
 *
 * This file holds the loading session: the files (listed, read, hashed;
 * data_parse.c parses them, or, for the embedded data, doc_blob.c builds
 * the documents the build parsed and checked), the readers every record goes through (mf__load_string and
 * the rest, data_load.h), the order of the loaders, and what the loaded
 * data owns (its JSON documents and one arena).  Each kind of file has
 * its loader: data_tree.c (paths.json, causes.json, calibration.json),
 * data_words.c (lexicon.json, zh-variants.json, zh-hant.json,
 * zh-words.json), data_rules.c (rules/), data_providers.c (providers/),
 * data_checks.c (check.json, probe.json), data_guess.c (route-guess.json).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "data_load.h"
#include "doc_blob.h"
#include "embedded.h"
#include "internal.h"
#include "pattern.h"
#include "zh_blob.h"

#define MAX_DATA_FILE (4 * 1024 * 1024)
#define MAX_DATA_FILES 256

const char *const mf__side_names[MF__N_SIDES] = {
	"sender", "account", "client", "recipient", "network", "unknown",
};

int mf__side_from_name(const char *name)
{
	for (int i = 0; i < MF__N_SIDES; i++)
		if (strcmp(name, mf__side_names[i]) == 0)
			return i;
	return -1;
}

/* Everything the data owns: the parsed JSON documents (strings point
 * into them) and an arena of what loading made. */
struct data_owner {
	json_t **docs;
	const char **doc_names;  /* each document's file (in mem) */
	size_t n_docs;
	struct mf__arena *mem;
};

static void owner_free(struct data_owner *o)
{
	if (!o)
		return;
	for (size_t i = 0; i < o->n_docs; i++)
		json_decref(o->docs[i]);
	free(o->docs);
	free(o->doc_names);
	mf__arena_free(o->mem);
	free(o);
}

int mf__load_bad(struct loader *l, const char *hint, const char *fmt, ...)
{
	char msg[400], where[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (l->record[0])
		snprintf(where, sizeof where, "%s%s: %s", l->prefix, l->file, l->record);
	else
		snprintf(where, sizeof where, "%s%s", l->prefix, l->file);
	return mf__fail(l->err, MF_EDATA, where, hint, "%s: %s", where, msg);
}

void mf__load_record(struct loader *l, const char *what, const char *id)
{
	size_t cap = sizeof l->record - 1, a = strnlen(what, cap), b = strnlen(id, cap - a);

	memcpy(l->record, what, a);
	memcpy(l->record + a, id, b);
	l->record[a + b] = '\0';
}

/* Check that obj has only keys from `allowed` (NULL-terminated). */
int mf__load_keys(struct loader *l, json_t *obj, const char *const *allowed)
{
	const char *key;
	json_t *v;

	json_object_foreach(obj, key, v) {
		int ok = 0;
		/* (the first letter first: a start checks some 100,000 keys) */
		for (const char *const *k = allowed; *k && !ok; k++)
			ok = (*k)[0] == key[0] && strcmp(*k, key) == 0;
		if (!ok)
			return mf__load_bad(l, "remove the key or fix its spelling",
					    "unknown key \"%s\"", key);
	}
	return 0;
}

int mf__load_string(struct loader *l, json_t *obj, const char *key,
		    int required, const char **out)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if (!v) {
		if (required)
			return mf__load_bad(l, NULL, "missing \"%s\"", key);
		return 0;
	}
	if (!json_is_string(v) || json_string_length(v) == 0)
		return mf__load_bad(l, NULL, "\"%s\" must be a non-empty string", key);
	if (strlen(json_string_value(v)) != json_string_length(v))
		return mf__load_bad(l, NULL, "\"%s\" contains a NUL character", key);
	*out = json_string_value(v);
	return 0;
}

int mf__load_bool(struct loader *l, json_t *obj, const char *key, int dflt, int *out)
{
	json_t *v = json_object_get(obj, key);

	*out = dflt;
	if (!v)
		return 0;
	if (!json_is_boolean(v))
		return mf__load_bad(l, NULL, "\"%s\" must be true or false", key);
	*out = json_is_true(v);
	return 0;
}

int mf__load_text_keys(struct loader *l, json_t *v, const char *what,
		       const char *const *keys, struct mf__text *out)
{
	int rc;

	memset(out, 0, sizeof *out);
	if (!json_is_object(v))
		return mf__load_bad(l, "write {\"en\": \"...\", \"zh\": \"...\"}",
				    "\"%s\" must be an object with en and zh texts", what);
	if ((rc = mf__load_keys(l, v, keys)) ||
	    (rc = mf__load_string(l, v, "en", 1, &out->en)) ||
	    (rc = mf__load_string(l, v, "zh", 1, &out->zh)))
		return rc;
	out->zh_hant = mf__zh_hant_find(l->d, out->zh);
	return 0;
}

int mf__load_text(struct loader *l, json_t *v, const char *what,
		  struct mf__text *out)
{
	static const char *const keys[] = {"en", "zh", NULL};

	return mf__load_text_keys(l, v, what, keys, out);
}

int mf__load_opt_text(struct loader *l, json_t *obj, const char *key,
		      int required, struct mf__text *out)
{
	json_t *v = json_object_get(obj, key);

	memset(out, 0, sizeof *out);
	if (!v) {
		if (required)
			return mf__load_bad(l, NULL, "missing \"%s\"", key);
		return 0;
	}
	return mf__load_text(l, v, key, out);
}

int mf__load_texts(struct loader *l, json_t *obj, const char *key,
		   struct mf__texts *out)
{
	json_t *v = json_object_get(obj, key), *item;
	size_t i;
	int rc;

	memset(out, 0, sizeof *out);
	if (!v)
		return 0;
	if (!json_is_array(v))
		return mf__load_bad(l, NULL, "\"%s\" must be a list of {en, zh} texts", key);
	out->v = mf__arena_alloc(l->mem, json_array_size(v) * sizeof *out->v);
	if (!out->v)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	json_array_foreach(v, i, item) {
		if ((rc = mf__load_text(l, item, key, &out->v[i])))
			return rc;
	}
	out->n = json_array_size(v);
	return 0;
}

int mf__load_strings(struct loader *l, json_t *obj, const char *key,
		     const char ***out, size_t *n)
{
	json_t *v = json_object_get(obj, key), *item;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return mf__load_bad(l, NULL, "\"%s\" must be a list of strings", key);
	*out = mf__arena_alloc(l->mem, (json_array_size(v) + 1) * sizeof **out);
	if (!*out)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	json_array_foreach(v, i, item) {
		if (!json_is_string(item) || json_string_length(item) == 0 ||
		    strlen(json_string_value(item)) != json_string_length(item))
			return mf__load_bad(l, NULL, "\"%s\" item %zu must be a non-empty string",
					    key, i + 1);
		(*out)[i] = json_string_value(item);
	}
	*n = json_array_size(v);
	return 0;
}

/* ---- reading the files ---- */

/* The data owns the parsed documents (in the files' order). */
static int keep_docs(struct loader *l, const struct file *files, size_t n)
{
	json_t **docs = realloc(l->a->docs, (n ? n : 1) * sizeof *docs);
	const char **names = docs ? calloc(n ? n : 1, sizeof *names) : NULL;
	int failed = !names;

	if (docs)
		l->a->docs = docs;
	for (size_t i = 0; i < n; i++) {
		if (!files[i].doc)
			continue;
		if (failed || !(names[l->a->n_docs] = mf__arena_strdup(l->mem, files[i].name))) {
			json_decref(files[i].doc);
			failed = 1;
			continue;
		}
		docs[l->a->n_docs++] = files[i].doc;
	}
	free(l->a->doc_names);
	l->a->doc_names = names;
	return failed ? mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory") : 0;
}

json_t *mf__data_document(const struct mf__data *d, const char *name)
{
	const struct data_owner *o = d ? d->arena : NULL;

	for (size_t i = 0; o && i < o->n_docs; i++)
		if (strcmp(o->doc_names[i], name) == 0)
			return o->docs[i];
	return NULL;
}

/* Parse the files that have bytes (jobs[i] is file i's; files without
 * bytes are those the build's blobs stand for) and keep their documents. */
static int parse_all(struct loader *l, struct file *files, struct mf__json_file *jobs,
		     size_t n_files)
{
	struct mf__json_file *todo = calloc(n_files ? n_files : 1, sizeof *todo);
	size_t *of = calloc(n_files ? n_files : 1, sizeof *of), n = 0;
	int rc;

	if (!todo || !of) {
		rc = mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	} else {
		for (size_t i = 0; i < n_files; i++)
			if (jobs[i].bytes) {
				of[n] = i;
				todo[n++] = jobs[i];
			}
		rc = mf__json_parse_files(todo, n, l->prefix, l->err);
		for (size_t k = 0; !rc && k < n; k++)
			files[of[k]].doc = todo[k].doc;
	}
	free(todo);
	free(of);
	if (rc)
		/* (the documents the blob gave) */
		for (size_t i = 0; i < n_files; i++) {
			json_decref(files[i].doc);
			files[i].doc = NULL;
		}
	return rc ? rc : keep_docs(l, files, n_files);
}

/* The embedded documents' blob (doc_blob.c): each document it holds set
 * in its file, or none when it is not taken (out of memory too: the
 * files are parsed then, and say so if memory still lacks). */
static void take_doc_blob(struct file *files, size_t n, uint64_t data_hash)
{
	const char **names = malloc((n ? n : 1) * sizeof *names);
	json_t **docs = calloc(n ? n : 1, sizeof *docs);

	if (names && docs) {
		for (size_t i = 0; i < n; i++)
			names[i] = files[i].name;
		if (mf__doc_blob_take(mf__embedded_docs,
				      (size_t)((uintptr_t)mf__embedded_docs_end -
					       (uintptr_t)mf__embedded_docs),
				      data_hash, names, docs, n) == 0)
			for (size_t i = 0; i < n; i++)
				files[i].doc = docs[i];
	}
	free(names);
	free(docs);
}

static int read_whole(const char *path, char **out, size_t *len,
		      struct mf_error *err)
{
	FILE *f = fopen(path, "rb");
	struct mf__buf b;
	char chunk[8192];
	size_t n;
	int rc = 0;

	if (!f)
		return mf__fail(err, MF_EIO, path, "check --data", "cannot read %s: %s",
				path, strerror(errno));
	mf__buf_init(&b, MAX_DATA_FILE);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if ((rc = mf__buf_append(&b, chunk, n)))
			break;
	if (!rc && ferror(f))
		rc = mf__fail(err, MF_EIO, path, NULL, "cannot read %s: %s", path,
			      strerror(errno));
	else if (rc)
		rc = mf__fail(err, rc, path, NULL, "%s: larger than %d bytes",
			      path, MAX_DATA_FILE);
	fclose(f);
	if (rc) {
		mf__buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = mf__buf_steal(&b);
	return *out ? 0 : mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
}

/* Identifies the data the build's blobs (databases, guess, plan) were
 * made from: FNV-1a over 8 bytes at a time (a start hashes all of the
 * data, a megabyte), each step followed by an xorshift so that a change
 * in a word's high bits reaches the low bits the next word is mixed
 * into.  Every step is a bijection of the state: data that differ in one
 * word always hash differently.  Only compared with the hash the same
 * build's tools/mkdb.c computed with this very function. */
uint64_t mf__hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, b + i, sizeof w);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct file *)a)->name, ((const struct file *)b)->name);
}

/* Collect *.json under dir (one level of subdirectories). */
static int list_dir(struct loader *l, const char *dir, const char *sub,
		    struct file *files, size_t *n)
{
	char path[1024];
	DIR *dp;
	struct dirent *de;
	int rc = 0;

	snprintf(path, sizeof path, "%s%s%s", dir, sub[0] ? "/" : "", sub);
	dp = opendir(path);
	if (!dp) {
		if (sub[0] && errno == ENOENT)
			return 0;
		return mf__fail(l->err, MF_EIO, path, "--data must name a directory",
				"cannot open data directory %s: %s", path, strerror(errno));
	}
	while (!rc && (de = readdir(dp))) {
		char full[1024], rel[512];
		struct stat st;
		size_t nl = strlen(de->d_name);

		if (de->d_name[0] == '.')
			continue;
		snprintf(rel, sizeof rel, "%s%s%s", sub, sub[0] ? "/" : "", de->d_name);
		snprintf(full, sizeof full, "%s/%s", dir, rel);
		if (stat(full, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			if (!sub[0])
				rc = list_dir(l, dir, de->d_name, files, n);
			continue;
		}
		if (nl < 6 || strcmp(de->d_name + nl - 5, ".json") != 0)
			continue;
		if (*n == MAX_DATA_FILES) {
			rc = mf__fail(l->err, MF_EDATA, dir, NULL,
				      "more than %d data files", MAX_DATA_FILES);
			break;
		}
		files[*n].name = strdup(rel);
		files[*n].doc = NULL;
		if (!files[*n].name)
			rc = MF_ENOMEM;
		else
			(*n)++;
	}
	closedir(dp);
	return rc;
}

static json_t *doc_named(struct file *files, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(files[i].name, name) == 0)
			return files[i].doc;
	return NULL;
}

static int load_all(struct loader *l, struct file *files, size_t n_files)
{
	static const char *const required[] = {"paths.json", "causes.json", "check.json",
					       "probe.json", "lexicon.json",
					       "calibration.json", "zh-variants.json",
					       "route-guess.json", "hosts.json"};
	int rc;

	for (size_t i = 0; i < MF__ARRAY_LEN(required); i++)
		if (!doc_named(files, n_files, required[i]) &&
		    !(l->guess_embedded && strcmp(required[i], "route-guess.json") == 0) &&
		    !(l->zh_embedded != (size_t)-1 && strcmp(required[i], "zh-variants.json") == 0))
			return mf__fail(l->err, MF_EDATA, required[i], NULL,
					"data file %s is missing", required[i]);
	l->file = "lexicon.json";
	if ((rc = mf__load_lexicon(l, doc_named(files, n_files, l->file))))
		return rc;
	if ((rc = mf__load_zh(l, doc_named(files, n_files, "zh-variants.json"),
			      doc_named(files, n_files, "zh-hant.json"),
			      doc_named(files, n_files, "zh-words.json"))))
		return rc;
	l->file = "paths.json";
	if ((rc = mf__load_paths(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "causes.json";
	if ((rc = mf__load_causes(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "calibration.json";
	if ((rc = mf__load_calibration(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "route-guess.json";
	if ((rc = mf__load_guess(l, doc_named(files, n_files, l->file))))
		return rc;
	if ((rc = mf__load_providers(l, files, n_files)))
		return rc;
	l->file = "hosts.json";
	if ((rc = mf__load_host_texts(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "check.json";
	if ((rc = mf__load_check(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "probe.json";
	if ((rc = mf__load_probe(l, doc_named(files, n_files, l->file))))
		return rc;
	if ((rc = mf__load_rules(l, files, n_files)))
		return rc;
	l->file = "causes.json";
	for (size_t i = 0; i < l->d->n_causes; i++) {
		snprintf(l->record, sizeof l->record, "cause %s", l->d->causes[i].id);
		if ((rc = mf__load_texts_placeholders(l, &l->d->causes[i].steps)) ||
		    (rc = mf__load_texts_placeholders(l, &l->d->causes[i].limitations)))
			return rc;
	}
	l->file = "paths.json";
	for (size_t i = 0; i < l->d->n_paths; i++) {
		snprintf(l->record, sizeof l->record, "path %s", l->d->paths[i].id);
		if ((rc = mf__load_texts_placeholders(l, &l->d->paths[i].default_steps)) ||
		    (rc = mf__load_texts_placeholders(l, &l->d->paths[i].limitations)))
			return rc;
	}
	return 0;
}

int mf__data_load(struct mf__data **out, const char *dir, struct mf_error *err)
{
	struct file *files = calloc(MAX_DATA_FILES, sizeof *files);
	struct mf__json_file *jobs = calloc(MAX_DATA_FILES, sizeof *jobs);
	struct loader l = {0};
	size_t n_files = 0;
	int rc = 0;

	*out = NULL;
	l.err = err;
	l.file = dir ? dir : "(embedded data)";
	l.prefix = "";
	if (dir) {
		size_t n = strlen(dir);
		char *p = malloc(n + 2);
		if (!p) {
			free(files);
			free(jobs);
			return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		}
		memcpy(p, dir, n);
		p[n] = n && dir[n - 1] == '/' ? '\0' : '/';
		p[n + 1] = '\0';
		l.prefix = p;
	}
	l.d = calloc(1, sizeof *l.d);
	l.a = calloc(1, sizeof *l.a);
	if (l.a)
		l.mem = l.a->mem = mf__arena_new(64 * 1024, 0);
	if (!files || !jobs || !l.d || !l.a || !l.mem) {
		rc = mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		goto done;
	}
	l.d->arena = l.a;
	l.d->hash = MF__HASH_SEED;
	l.d->from_dir = dir != NULL;
	l.zh_embedded = (size_t)-1;
	if (dir) {
		if ((rc = list_dir(&l, dir, "", files, &n_files)))
			goto done;
		qsort(files, n_files, sizeof *files, cmp_file);
		for (size_t i = 0; i < n_files; i++) {
			char path[1024], *bytes = NULL;
			size_t len = 0;

			snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
			if ((rc = read_whole(path, &bytes, &len, err)))
				goto done;
			l.d->hash = mf__hash_bytes(l.d->hash, files[i].name, strlen(files[i].name) + 1);
			l.d->hash = mf__hash_bytes(l.d->hash, bytes, len);
			jobs[i] = (struct mf__json_file){files[i].name, bytes, len, NULL};
		}
	} else {
		/* The hash of the whole data first: the guess the build made
		 * from this very data (mf__embedded_guess) spares reading its
		 * JSON, the biggest file. */
		size_t n_embedded = 0;

		for (const struct mf__embedded_file *e = mf__embedded_files;
		     e->name && n_embedded < MAX_DATA_FILES; e++, n_embedded++) {
			l.d->hash = mf__hash_bytes(l.d->hash, e->name, strlen(e->name) + 1);
			l.d->hash = mf__hash_bytes(l.d->hash, e->bytes, e->len);
		}
		l.guess_embedded = mf__load_guess_embedded(l.d->hash);
		l.plan_embedded = mf__plan_blob_fits(
			mf__embedded_plan,
			(size_t)((uintptr_t)mf__embedded_plan_end - (uintptr_t)mf__embedded_plan),
			l.d->hash);
		/* The zh map too, if the build made it from this data (and
		 * the plan: the build checked every file of it then). */
		if (l.plan_embedded)
			l.zh_embedded = mf__zh_blob_count(
				mf__embedded_zh,
				(size_t)((uintptr_t)mf__embedded_zh_end - (uintptr_t)mf__embedded_zh),
				l.d->hash);
		for (const struct mf__embedded_file *e = mf__embedded_files;
		     e->name && n_files < n_embedded; e++) {
			files[n_files].name = strdup(e->name);
			if (!files[n_files].name) {
				rc = MF_ENOMEM;
				goto done;
			}
			n_files++;
		}
		/* The documents the build parsed from this very data (and
		 * checked then, with every check of a --data DIR load) are
		 * built back from its blob instead of parsed: the loaders
		 * below validate them as any.  Refused, every file is parsed. */
		take_doc_blob(files, n_files, l.d->hash);
		for (size_t i = 0; i < n_files; i++) {
			const char *name = files[i].name;

			if (!files[i].doc &&
			    !(l.guess_embedded && strcmp(name, "route-guess.json") == 0) &&
			    !(l.zh_embedded != (size_t)-1 && (strcmp(name, "zh-variants.json") == 0 ||
							      strcmp(name, "zh-hant.json") == 0)))
				jobs[i] = (struct mf__json_file){name,
								 (const char *)mf__embedded_files[i].bytes,
								 mf__embedded_files[i].len, NULL};
		}
	}
	if ((rc = parse_all(&l, files, jobs, n_files)))
		goto done;
	rc = load_all(&l, files, n_files);
	if (rc == MF_ENOMEM)
		mf__fail(err, rc, NULL, NULL, "out of memory while loading data");
done:
	for (size_t i = 0; files && i < n_files; i++)
		free(files[i].name);
	if (dir)
		for (size_t i = 0; jobs && i < n_files; i++)
			free((char *)jobs[i].bytes);
	free(files);
	free(jobs);
	if (dir)
		free((char *)l.prefix);
	if (rc) {
		if (l.d)
			l.d->arena = NULL;
		free(l.d);
		owner_free(l.a);
		return rc;
	}
	*out = l.d;
	return 0;
}

void mf__data_free(struct mf__data *d)
{
	if (!d)
		return;
	owner_free(d->arena);
	free(d);
}

int mf__data_find_cause(const struct mf__data *d, const char *id)
{
	for (size_t i = 0; i < d->n_causes; i++)
		if (strcmp(d->causes[i].id, id) == 0)
			return (int)i;
	return -1;
}

int mf__data_find_rule(const struct mf__data *d, const char *id)
{
	for (size_t i = 0; i < d->n_rules; i++)
		if (strcmp(d->rules[i].id, id) == 0)
			return (int)i;
	return -1;
}

int mf__data_find_path(const struct mf__data *d, const char *id)
{
	for (size_t i = 0; i < d->n_paths; i++)
		if (strcmp(d->paths[i].id, id) == 0)
			return (int)i;
	return -1;
}

const struct mf__provider *mf__data_find_provider(const struct mf__data *d,
						 const char *id)
{
	for (size_t i = 0; i < d->n_providers; i++)
		if (strcmp(d->providers[i].id, id) == 0)
			return &d->providers[i];
	return NULL;
}

const char *mf__text_get(const struct mf__text *t, int lang)
{
	if (lang == MF__LANG_ZH_HANT && t->zh_hant)
		return t->zh_hant;
	return lang != MF__LANG_EN && t->zh ? t->zh : t->en;
}
