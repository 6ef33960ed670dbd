/*
 * data.c: load the knowledge data (data/ in the source tree, embedded in
 * the binary at build time, or a directory given with --data) and
 * validate all of it before anything runs: unknown keys, duplicate ids,
 * dangling references, wrong types and invalid UTF-8 stop the start with
 * an error naming the file and the record.  Nothing loads partially.
 * Pattern compilation errors are found by match.c over the same records.
 *
 * Files: paths.json, causes.json, check.json, probe.json, lexicon.json,
 * calibration.json,
 * route-guess.json (the fallback guess of guess.c), zh-variants.json and
 * the optional zh-words.json (text.c's character and word variants),
 * every .json file under rules/ and providers/.
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>
#include <utf8proc.h>

#include "dns.h"
#include "embedded.h"
#include "guess.h"
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

/* Everything the data owns: parsed JSON documents (strings point into
 * them) and blocks allocated while loading. */
struct arena {
	json_t **docs;
	size_t n_docs, cap_docs;
	void **blocks;
	size_t n_blocks, cap_blocks;
};

static int push_ptr(void ***v, size_t *n, size_t *cap, void *p)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		void **nv = realloc(*v, nc * sizeof *nv);
		if (!nv)
			return MF_ENOMEM;
		*v = nv;
		*cap = nc;
	}
	(*v)[(*n)++] = p;
	return 0;
}

static void *arena_alloc(struct arena *a, size_t size)
{
	void *p = calloc(1, size ? size : 1);

	if (p && push_ptr(&a->blocks, &a->n_blocks, &a->cap_blocks, p)) {
		free(p);
		return NULL;
	}
	return p;
}

static char *arena_strdup(struct arena *a, const char *s)
{
	char *p = arena_alloc(a, strlen(s) + 1);

	if (p)
		memcpy(p, s, strlen(s) + 1);
	return p;
}

static void arena_free(struct arena *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n_docs; i++)
		json_decref(a->docs[i]);
	for (size_t i = 0; i < a->n_blocks; i++)
		free(a->blocks[i]);
	free(a->docs);
	free(a->blocks);
	free(a);
}

/* A loading session: where we are, for messages. */
struct loader {
	struct mf__data *d;
	struct arena *a;
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

static int bad(struct loader *l, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int bad(struct loader *l, const char *hint, const char *fmt, ...)
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

/* Check that obj has only keys from `allowed` (NULL-terminated). */
static int check_keys(struct loader *l, json_t *obj, const char *const *allowed)
{
	const char *key;
	json_t *v;

	json_object_foreach(obj, key, v) {
		int ok = 0;
		for (const char *const *k = allowed; *k; k++)
			if (strcmp(*k, key) == 0)
				ok = 1;
		if (!ok)
			return bad(l, "remove the key or fix its spelling",
				   "unknown key \"%s\"", key);
	}
	return 0;
}

static int get_string(struct loader *l, json_t *obj, const char *key,
		      int required, const char **out)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if (!v) {
		if (required)
			return bad(l, NULL, "missing \"%s\"", key);
		return 0;
	}
	if (!json_is_string(v) || json_string_length(v) == 0)
		return bad(l, NULL, "\"%s\" must be a non-empty string", key);
	if (strlen(json_string_value(v)) != json_string_length(v))
		return bad(l, NULL, "\"%s\" contains a NUL character", key);
	*out = json_string_value(v);
	return 0;
}

static int get_text(struct loader *l, json_t *v, const char *what,
		    struct mf__text *out)
{
	static const char *const keys[] = {"en", "zh", NULL};
	int rc;

	memset(out, 0, sizeof *out);
	if (!json_is_object(v))
		return bad(l, "write {\"en\": \"...\", \"zh\": \"...\"}",
			   "\"%s\" must be an object with en and zh texts", what);
	if ((rc = check_keys(l, v, keys)) ||
	    (rc = get_string(l, v, "en", 1, &out->en)) ||
	    (rc = get_string(l, v, "zh", 1, &out->zh)))
		return rc;
	out->zh_hant = mf__zh_hant_find(l->d, out->zh);
	return 0;
}

static int get_opt_text(struct loader *l, json_t *obj, const char *key,
			int required, struct mf__text *out)
{
	json_t *v = json_object_get(obj, key);

	memset(out, 0, sizeof *out);
	if (!v) {
		if (required)
			return bad(l, NULL, "missing \"%s\"", key);
		return 0;
	}
	return get_text(l, v, key, out);
}

static int get_texts(struct loader *l, json_t *obj, const char *key,
		     struct mf__texts *out)
{
	json_t *v = json_object_get(obj, key), *item;
	size_t i;
	int rc;

	memset(out, 0, sizeof *out);
	if (!v)
		return 0;
	if (!json_is_array(v))
		return bad(l, NULL, "\"%s\" must be a list of {en, zh} texts", key);
	out->v = arena_alloc(l->a, json_array_size(v) * sizeof *out->v);
	if (!out->v)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	json_array_foreach(v, i, item) {
		if ((rc = get_text(l, item, key, &out->v[i])))
			return rc;
	}
	out->n = json_array_size(v);
	return 0;
}

static int get_strings(struct loader *l, json_t *obj, const char *key,
		       const char ***out, size_t *n)
{
	json_t *v = json_object_get(obj, key), *item;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return bad(l, NULL, "\"%s\" must be a list of strings", key);
	*out = arena_alloc(l->a, (json_array_size(v) + 1) * sizeof **out);
	if (!*out)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	json_array_foreach(v, i, item) {
		if (!json_is_string(item) || json_string_length(item) == 0 ||
		    strlen(json_string_value(item)) != json_string_length(item))
			return bad(l, NULL, "\"%s\" item %zu must be a non-empty string",
				   key, i + 1);
		(*out)[i] = json_string_value(item);
	}
	*n = json_array_size(v);
	return 0;
}

/* ---- reading the files ---- */

struct file {
	char *name;            /* relative to the data directory */
	json_t *doc;
};

static int parse_file(struct loader *l, const char *name, const char *bytes,
		      size_t len, json_t **out)
{
	json_error_t je;
	char where[256];

	*out = json_loadb(bytes, len, JSON_REJECT_DUPLICATES, &je);
	if (!*out) {
		snprintf(where, sizeof where, "%s%s:%d:%d", l->prefix, name, je.line, je.column);
		return mf__fail(l->err, MF_EDATA, where,
				"fix the JSON syntax (or the UTF-8) at that place",
				"%s: %s", where, je.text);
	}
	if (!json_is_object(*out)) {
		json_decref(*out);
		*out = NULL;
		return mf__fail(l->err, MF_EDATA, name, NULL,
				"%s: the top level must be a JSON object", name);
	}
	if (push_ptr((void ***)&l->a->docs, &l->a->n_docs, &l->a->cap_docs, *out)) {
		json_decref(*out);
		*out = NULL;
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	return 0;
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

/* ---- records ---- */

static int load_paths(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"default", "default_note", "paths", NULL};
	static const char *const keys[] = {
		"id", "skill", "title", "best_for", "when_to_use", "when_not",
		"limitations", "default_steps", NULL};
	json_t *arr = json_object_get(doc, "paths"), *p;
	const char *def;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)) || (rc = get_string(l, doc, "default", 1, &def)) ||
	    (rc = get_opt_text(l, doc, "default_note", 1, &l->d->default_note)))
		return rc;
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return bad(l, NULL, "\"paths\" must be a non-empty list");
	l->d->paths = arena_alloc(l->a, json_array_size(arr) * sizeof *l->d->paths);
	if (!l->d->paths)
		return MF_ENOMEM;
	json_array_foreach(arr, i, p) {
		struct mf__path *path = &l->d->paths[i];

		snprintf(l->record, sizeof l->record, "path %zu", i + 1);
		if (!json_is_object(p))
			return bad(l, NULL, "must be an object");
		if ((rc = check_keys(l, p, keys)) ||
		    (rc = get_string(l, p, "id", 1, &path->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "path %s", path->id);
		if (mf__data_find_path(l->d, path->id) >= 0)
			return bad(l, "ids must be unique", "duplicate path id");
		if ((rc = get_string(l, p, "skill", 1, &path->skill)) ||
		    (rc = get_opt_text(l, p, "title", 1, &path->title)) ||
		    (rc = get_opt_text(l, p, "best_for", 0, &path->best_for)) ||
		    (rc = get_texts(l, p, "when_to_use", &path->when_to_use)) ||
		    (rc = get_texts(l, p, "when_not", &path->when_not)) ||
		    (rc = get_texts(l, p, "limitations", &path->limitations)) ||
		    (rc = get_texts(l, p, "default_steps", &path->default_steps)))
			return rc;
		l->d->n_paths = i + 1;
	}
	l->record[0] = '\0';
	l->d->default_path = mf__data_find_path(l->d, def);
	if (l->d->default_path < 0)
		return bad(l, NULL, "\"default\" names no path: \"%s\"", def);
	return 0;
}

static int load_causes(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"causes", NULL};
	static const char *const keys[] = {
		"id", "path", "side", "title", "steps", "limitations", "aka", "transient", NULL};
	json_t *arr = json_object_get(doc, "causes"), *c;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr))
		return bad(l, NULL, "\"causes\" must be a list");
	l->d->causes = arena_alloc(l->a, json_array_size(arr) * sizeof *l->d->causes);
	if (!l->d->causes)
		return MF_ENOMEM;
	json_array_foreach(arr, i, c) {
		struct mf__cause *cause = &l->d->causes[i];
		const char *path, *side;

		snprintf(l->record, sizeof l->record, "cause %zu", i + 1);
		if (!json_is_object(c))
			return bad(l, NULL, "must be an object");
		if ((rc = check_keys(l, c, keys)) ||
		    (rc = get_string(l, c, "id", 1, &cause->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "cause %s", cause->id);
		if (mf__data_find_cause(l->d, cause->id) >= 0)
			return bad(l, "ids must be unique", "duplicate cause id");
		if ((rc = get_string(l, c, "path", 1, &path)) ||
		    (rc = get_string(l, c, "side", 1, &side)) ||
		    (rc = get_opt_text(l, c, "title", 1, &cause->title)) ||
		    (rc = get_texts(l, c, "steps", &cause->steps)) ||
		    (rc = get_texts(l, c, "limitations", &cause->limitations)) ||
		    (rc = get_strings(l, c, "aka", &cause->aka, &cause->n_aka)))
			return rc;
		if ((cause->path = mf__data_find_path(l->d, path)) < 0)
			return bad(l, NULL, "\"path\" names no path: \"%s\"", path);
		if ((cause->side = mf__side_from_name(side)) < 0)
			return bad(l, "use sender, account, client, recipient, network or unknown",
				   "unknown side \"%s\"", side);
		if (cause->steps.n == 0)
			return bad(l, "every cause says what to do", "no \"steps\"");
		if (json_object_get(c, "transient")) {
			if (!json_is_boolean(json_object_get(c, "transient")))
				return bad(l, NULL, "\"transient\" must be true or false");
			cause->transient = json_is_true(json_object_get(c, "transient"));
		}
		l->d->n_causes = i + 1;
	}
	l->record[0] = '\0';
	return 0;
}

/* One expression that matches any negation cue (ASCII cues as whole
 * words), so that a scan tells whether a query has any at all. */
static int negation_pattern(struct loader *l)
{
	struct mf__buf b;
	int any = 0;

	mf__buf_init(&b, 64 * 1024);
	for (int ascii = 1; ascii >= 0; ascii--) {
		for (size_t i = 0; i < l->d->n_negation_cues; i++) {
			const char *cue = l->d->negation_cues[i];
			if (((unsigned char)cue[0] < 0x80) != ascii)
				continue;
			mf__buf_puts(&b, any ? "|" : "");
			if (ascii)
				mf__buf_puts(&b, "\\b");
			for (const char *c = cue; *c; c++) {
				if ((unsigned char)*c < 0x80 && !((*c >= 'a' && *c <= 'z') ||
								  (*c >= '0' && *c <= '9') || *c == ' '))
					mf__buf_append(&b, "\\", 1);
				mf__buf_append(&b, c, 1);
			}
			if (ascii)
				mf__buf_puts(&b, "\\b");
			any = 1;
		}
	}
	if (!any) {
		mf__buf_free(&b);
		return 0;
	}
	l->d->negation_pattern = mf__buf_steal(&b);
	if (!l->d->negation_pattern ||
	    push_ptr(&l->a->blocks, &l->a->n_blocks, &l->a->cap_blocks, l->d->negation_pattern))
		return MF_ENOMEM;
	return 0;
}

/* Lengths of a word list, and which bytes end one of its words. */
static int word_lengths(struct loader *l, const char **words, size_t n, size_t **len,
			uint8_t last_byte[256])
{
	*len = arena_alloc(l->a, (n + 1) * sizeof **len);
	if (!*len)
		return mf__fail(l->err, MF_ENOMEM, NULL, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		(*len)[i] = strlen(words[i]);
		last_byte[(unsigned char)words[i][(*len)[i] - 1]] = 1;
	}
	return 0;
}

static int load_lexicon(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "negation_cues", "filler_words", "conjunctions",
					  "common_words", NULL};
	int rc;

	if ((rc = check_keys(l, doc, top)) ||
	    (rc = get_strings(l, doc, "negation_cues", &l->d->negation_cues,
			      &l->d->n_negation_cues)) ||
	    (rc = get_strings(l, doc, "filler_words", &l->d->filler_words,
			      &l->d->n_filler_words)) ||
	    (rc = get_strings(l, doc, "conjunctions", &l->d->conjunctions, &l->d->n_conjunctions)) ||
	    (rc = get_strings(l, doc, "common_words", &l->d->common_words,
			      &l->d->n_common_words)) ||
	    (rc = word_lengths(l, l->d->filler_words, l->d->n_filler_words,
			       &l->d->filler_word_len, l->d->filler_last_byte)) ||
	    (rc = word_lengths(l, l->d->conjunctions, l->d->n_conjunctions,
			       &l->d->conjunction_len, l->d->conjunction_last_byte)) ||
	    (rc = word_lengths(l, l->d->common_words, l->d->n_common_words,
			       &l->d->common_word_len, l->d->common_last_byte)))
		return rc;
	for (size_t i = 0; i < l->d->n_common_words; i++)
		if (l->d->common_word_len[i] > l->d->common_word_max)
			l->d->common_word_max = l->d->common_word_len[i];
	l->d->negation_cue_len = arena_alloc(l->a, (l->d->n_negation_cues + 1) * sizeof(size_t));
	if (!l->d->negation_cue_len)
		return MF_ENOMEM;
	for (size_t i = 0; i < l->d->n_negation_cues; i++) {
		const char *cue = l->d->negation_cues[i];
		size_t n = strlen(cue);
		l->d->negation_cue_len[i] = n;
		l->d->negation_last_byte[(unsigned char)cue[n - 1]] = 1;
	}
	return negation_pattern(l);
}

/* zh-variants.json: traditional -> simplified, one character each. */
static int load_zh_variants(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "map", NULL};
	json_t *zh = json_object_get(doc, "map"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_object(zh))
		return bad(l, NULL, "\"map\" must map one character to one character");
	l->d->zh_map = arena_alloc(l->a, json_object_size(zh) * sizeof *l->d->zh_map);
	if (!l->d->zh_map)
		return MF_ENOMEM;
	json_object_foreach(zh, key, v) {
		utf8proc_int32_t from, to;
		const char *val = json_is_string(v) ? json_string_value(v) : "";
		utf8proc_ssize_t a = utf8proc_iterate((const utf8proc_uint8_t *)key, -1, &from);
		utf8proc_ssize_t b = utf8proc_iterate((const utf8proc_uint8_t *)val, -1, &to);

		snprintf(l->record, sizeof l->record, "map \"%s\"", key);
		if (a <= 0 || key[a] || b <= 0 || val[b])
			return bad(l, NULL, "must map one character to one character");
		l->d->zh_map[n].from = (uint32_t)from;
		l->d->zh_map[n].to = (uint32_t)to;
		n++;
	}
	l->record[0] = '\0';
	l->d->n_zh_map = n;
	return 0;
}

/* The UTF-8 of s (Han characters of U+4E00..U+9FFF only) with each
 * character simplified by the zh map, into out[cap]; -1 if s has another
 * character or does not fit. */
static int simplify_han(const struct mf__data *d, const char *s, char *out, size_t cap)
{
	size_t i = 0, o = 0, len = strlen(s);

	if (len == 0)
		return -1;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		uint32_t u;

		if (n != 3 || cp < 0x4e00 || cp > 0x9fff || o + 4 > cap)
			return -1;
		u = d->zh_bmp[cp - 0x4e00] ? d->zh_bmp[cp - 0x4e00] : (uint32_t)cp;
		if (u < 0x4e00 || u > 0x9fff)
			return -1;
		out[o++] = (char)(0xe0 | (u >> 12));
		out[o++] = (char)(0x80 | ((u >> 6) & 0x3f));
		out[o++] = (char)(0x80 | (u & 0x3f));
		i += 3;
	}
	out[o] = '\0';
	return 0;
}

static int cmp_zh_word(const void *a, const void *b)
{
	const struct mf__zh_word *x = a, *y = b;
	size_t n = x->from_len < y->from_len ? x->from_len : y->from_len;
	int c = memcmp(x->from, y->from, n);

	return c ? c : (x->from_len > y->from_len) - (x->from_len < y->from_len);
}

/* zh-words.json (optional): Taiwan / Hong Kong words -> the mainland words
 * the rules are written with.  A key is written as users write it
 * (traditional characters) and read in its simplified characters; a
 * value is written simplified.  Both are Han characters only; no two
 * keys may read the same, and no value may contain a key (normalizing
 * normalized text must change nothing, or no pattern could be written
 * normalized). */
static int load_zh_words(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "words", NULL};
	json_t *words = json_object_get(doc, "words"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_object(words) || json_object_size(words) == 0)
		return bad(l, NULL, "\"words\" must map words to words");
	l->d->zh_words = arena_alloc(l->a, json_object_size(words) * sizeof *l->d->zh_words);
	l->d->zh_word_first = arena_alloc(l->a, MF__HAN_SET_BYTES);
	if (!l->d->zh_words || !l->d->zh_word_first)
		return MF_ENOMEM;
	json_object_foreach(words, key, v) {
		char from[256], to[256];
		struct mf__zh_word *w = &l->d->zh_words[n];
		const char *val = json_is_string(v) ? json_string_value(v) : "";

		snprintf(l->record, sizeof l->record, "word \"%s\"", key);
		if (simplify_han(l->d, key, from, sizeof from) ||
		    simplify_han(l->d, val, to, sizeof to))
			return bad(l, "write Chinese characters only (U+4E00..U+9FFF), at most 80",
				   "must map a word to a word of Han characters");
		if (strcmp(to, val) != 0)
			return bad(l, "values are matched against normalized text",
				   "the value is not simplified; write \"%s\"", to);
		if (strcmp(from, to) == 0)
			return bad(l, NULL, "maps the word to itself");
		w->from = arena_strdup(l->a, from);
		w->to = arena_strdup(l->a, to);
		if (!w->from || !w->to)
			return MF_ENOMEM;
		w->from_len = strlen(from);
		w->to_len = strlen(to);
		mf__han_set_put(l->d->zh_word_first, mf__utf8_cp3(from), 1);
		n++;
	}
	qsort(l->d->zh_words, n, sizeof *l->d->zh_words, cmp_zh_word);
	for (size_t i = 0; i < n; i++) {
		snprintf(l->record, sizeof l->record, "word \"%s\"", l->d->zh_words[i].from);
		if (i > 0 && strcmp(l->d->zh_words[i].from, l->d->zh_words[i - 1].from) == 0)
			return bad(l, NULL, "two keys read the same in simplified characters");
		for (size_t j = 0; j < n; j++)
			if (strstr(l->d->zh_words[i].to, l->d->zh_words[j].from))
				return bad(l, "a value must read as written after the words are replaced",
					   "the value \"%s\" contains the key \"%s\"",
					   l->d->zh_words[i].to, l->d->zh_words[j].from);
	}
	l->record[0] = '\0';
	l->d->n_zh_words = n;
	return 0;
}

static int cmp_zh_hant(const void *a, const void *b)
{
	return strcmp(((const struct mf__zh_hant *)a)->simp, ((const struct mf__zh_hant *)b)->simp);
}

/* zh-hant.json (optional): each Chinese answer text in traditional
 * characters, keyed by the simplified text (scripts/gen-zh-hant.py).
 * Loaded before any text, which then finds its traditional form. */
static int load_zh_hant(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "config", "texts", NULL};
	json_t *texts = json_object_get(doc, "texts"), *v;
	const char *key;
	size_t n = 0;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_object(texts))
		return bad(l, "run scripts/gen-zh-hant.py",
			   "\"texts\" must map each simplified text to its traditional form");
	l->d->zh_hant = arena_alloc(l->a, (json_object_size(texts) + 1) * sizeof *l->d->zh_hant);
	if (!l->d->zh_hant)
		return MF_ENOMEM;
	json_object_foreach(texts, key, v) {
		snprintf(l->record, sizeof l->record, "text \"%.60s\"", key);
		if (!*key || !json_is_string(v) || json_string_length(v) == 0 ||
		    strlen(json_string_value(v)) != json_string_length(v))
			return bad(l, "run scripts/gen-zh-hant.py",
				   "must map to a non-empty string without NUL characters");
		l->d->zh_hant[n].simp = key;
		l->d->zh_hant[n].trad = json_string_value(v);
		n++;
	}
	l->record[0] = '\0';
	qsort(l->d->zh_hant, n, sizeof *l->d->zh_hant, cmp_zh_hant);
	l->d->n_zh_hant = n;
	return 0;
}

const char *mf__zh_hant_find(const struct mf__data *d, const char *simp)
{
	struct mf__zh_hant key = {simp, NULL}, *hit;

	if (!simp || !d->n_zh_hant)
		return NULL;
	hit = bsearch(&key, d->zh_hant, d->n_zh_hant, sizeof key, cmp_zh_hant);
	return hit ? hit->trad : NULL;
}

static int cmp_zh(const void *a, const void *b)
{
	uint32_t x = ((const struct mf__zh_pair *)a)->from;
	uint32_t y = ((const struct mf__zh_pair *)b)->from;

	return x < y ? -1 : x > y;
}

static int load_calibration(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "points", NULL};
	json_t *arr = json_object_get(doc, "points"), *p;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_array(arr) || json_array_size(arr) < 2 ||
	    json_array_size(arr) > MF__ARRAY_LEN(l->d->calib_x))
		return bad(l, NULL, "\"points\" must be a list of 2 to %zu [raw, calibrated] pairs",
			   MF__ARRAY_LEN(l->d->calib_x));
	json_array_foreach(arr, i, p) {
		double x = json_number_value(json_array_get(p, 0));
		double y = json_number_value(json_array_get(p, 1));

		if (!json_is_array(p) || json_array_size(p) != 2 ||
		    !json_is_number(json_array_get(p, 0)) ||
		    !json_is_number(json_array_get(p, 1)) || x < 0 || x > 1 || y < 0 ||
		    y > 1 || (i > 0 && x <= l->d->calib_x[i - 1]))
			return bad(l, "points are [raw, calibrated] in 0..1, raw increasing",
				   "point %zu is invalid", i + 1);
		l->d->calib_x[i] = x;
		l->d->calib_y[i] = y;
	}
	l->d->n_calib = json_array_size(arr);
	return 0;
}

/* Rules refer to each other by id; those references are resolved after
 * every rule file is read.  Until then they are kept as JSON. */
struct pending_refs {
	json_t *requires, *excludes;
};

static int count_rules(struct loader *l, struct file *files, size_t n_files,
		       size_t *n_rules, size_t *n_patterns)
{
	for (size_t f = 0; f < n_files; f++) {
		json_t *arr, *r;
		size_t i;

		if (strncmp(files[f].name, "rules/", 6) != 0)
			continue;
		arr = json_object_get(files[f].doc, "rules");
		json_array_foreach(arr, i, r) {
			json_t *p = json_object_get(r, "patterns");
			*n_patterns += json_is_array(p) ? json_array_size(p) : 0;
			(*n_rules)++;
		}
	}
	(void)l;
	return 0;
}

static int load_rule(struct loader *l, json_t *r, struct mf__rule *rule,
		     struct pending_refs *refs)
{
	static const char *const keys[] = {
		"id", "description", "patterns", "cause", "path", "side", "weight",
		"negatable", "requires", "excludes", "provider", "note", "reason",
		"smtp_codes", "smtp_status", "examples", "label", "status_first", "context",
		"identifies", "delay_expires", "final_status_first", NULL};
	const char *cause = NULL, *path = NULL, *side = NULL, *desc;
	json_t *pats = json_object_get(r, "patterns"), *w, *neg, *p;
	size_t i;
	int rc;

	if (!json_is_object(r))
		return bad(l, NULL, "must be an object");
	if ((rc = get_string(l, r, "id", 1, &rule->id)))
		return rc;
	snprintf(l->record, sizeof l->record, "rule %s", rule->id);
	if ((rc = check_keys(l, r, keys)))
		return rc;
	if ((rc = get_string(l, r, "description", 1, &desc)) ||
	    (rc = get_string(l, r, "cause", 0, &cause)) ||
	    (rc = get_string(l, r, "path", 0, &path)) ||
	    (rc = get_string(l, r, "side", 0, &side)) ||
	    (rc = get_string(l, r, "provider", 0, &rule->provider)) ||
	    (rc = get_string(l, r, "reason", 0, &rule->reason)) ||
	    (rc = get_string(l, r, "identifies", 0, &rule->identifies)) ||
	    (rc = get_opt_text(l, r, "note", 0, &rule->note)) ||
	    (rc = get_strings(l, r, "smtp_codes", &rule->smtp_codes, &rule->n_smtp_codes)) ||
	    (rc = get_strings(l, r, "smtp_status", &rule->smtp_status, &rule->n_smtp_status)))
		return rc;
	if (json_object_get(r, "label")) {
		static const char *const lkeys[] = {"kind", "name", "meaning", NULL};
		static const char *const kinds[] = {"program", "error-code", "protocol", "host", "port", NULL};
		json_t *lab = json_object_get(r, "label");
		int known = 0;

		if (!json_is_object(lab))
			return bad(l, NULL, "\"label\" must be an object {kind, name, meaning?}");
		if ((rc = check_keys(l, lab, lkeys)) ||
		    (rc = get_string(l, lab, "kind", 1, &rule->label_kind)) ||
		    (rc = get_string(l, lab, "name", 1, &rule->label_name)) ||
		    (rc = get_opt_text(l, lab, "meaning", 0, &rule->label_meaning)))
			return rc;
		for (const char *const *k = kinds; *k; k++)
			known |= strcmp(*k, rule->label_kind) == 0;
		if (!known)
			return bad(l, "use program, error-code, protocol, host or port",
				   "unknown label kind \"%s\"", rule->label_kind);
	}
	rule->file = l->file;
	rule->cause = -1;
	rule->path = -1;
	rule->side = -1;
	if (cause && (rule->cause = mf__data_find_cause(l->d, cause)) < 0)
		return bad(l, "add the cause to causes.json or fix the id",
			   "\"cause\" names no cause: \"%s\"", cause);
	if (path && (rule->path = mf__data_find_path(l->d, path)) < 0)
		return bad(l, NULL, "\"path\" names no path: \"%s\"", path);
	if (cause && path && rule->path != l->d->causes[rule->cause].path)
		return bad(l, "leave \"path\" out: the cause gives it",
			   "\"path\" disagrees with the cause's path");
	if (side && (rule->side = mf__side_from_name(side)) < 0)
		return bad(l, NULL, "unknown side \"%s\"", side);
	w = json_object_get(r, "weight");
	rule->weight = 0.5;
	if (w) {
		if (!json_is_number(w) || json_number_value(w) < 0 || json_number_value(w) > 1)
			return bad(l, NULL, "\"weight\" must be a number in 0..1");
		rule->weight = json_number_value(w);
	}
	neg = json_object_get(r, "negatable");
	rule->negatable = 1;
	if (neg) {
		if (!json_is_boolean(neg))
			return bad(l, NULL, "\"negatable\" must be true or false");
		rule->negatable = json_is_true(neg);
	}
	neg = json_object_get(r, "status_first");
	if (neg) {
		if (!json_is_boolean(neg) || !rule->reason)
			return bad(l, NULL, "\"status_first\" must be true or false, on a rule with a \"reason\"");
		rule->status_first = json_is_true(neg);
	}
	neg = json_object_get(r, "final_status_first");
	if (neg) {
		if (!json_is_boolean(neg) || !rule->reason)
			return bad(l, NULL, "\"final_status_first\" must be true or false, on a rule with a \"reason\"");
		rule->final_status_first = json_is_true(neg);
	}
	neg = json_object_get(r, "delay_expires");
	if (neg) {
		if (!json_is_boolean(neg) || !rule->reason)
			return bad(l, NULL, "\"delay_expires\" must be true or false, on a rule with a \"reason\"");
		rule->delay_expires = json_is_true(neg);
	}
	if (json_object_get(r, "context")) {
		static const char *const kinds[] = {"resolved", "topic-shift", "guess",
						    "contrast", "quote", "ended", "asked", "turn", NULL};
		const char *kind = NULL;

		if ((rc = get_string(l, r, "context", 1, &kind)))
			return rc;
		for (int k = 0; kinds[k]; k++)
			if (strcmp(kinds[k], kind) == 0)
				rule->context = (enum mf__context_kind)(k + 1);
		if (rule->context == MF__CONTEXT_NONE)
			return bad(l, "use resolved, topic-shift, guess, contrast, quote, ended, asked or turn",
				   "unknown context \"%s\"", kind);
		if (cause || path || side || rule->reason || rule->n_smtp_codes ||
		    rule->n_smtp_status || rule->label_kind || rule->provider ||
		    (w && json_number_value(w) != 0))
			return bad(l, "a context rule only marks words: weight 0, no cause, path, side, reason, codes, label or provider",
				   "context rule names something");
		rule->weight = 0;
	}
	if (rule->provider && !mf__data_find_provider(l->d, rule->provider))
		return bad(l, NULL, "\"provider\" names no provider profile: \"%s\"",
			   rule->provider);
	if (rule->identifies) {
		/* It only names the sender's own provider (route.c picks the
		 * profile by it): it must not weigh on the diagnosis too. */
		if (!mf__data_find_provider(l->d, rule->identifies))
			return bad(l, NULL, "\"identifies\" names no provider profile: \"%s\"",
				   rule->identifies);
		if (cause || path || side || rule->provider || rule->reason || rule->note.en ||
		    json_object_get(r, "label") || rule->n_smtp_codes || rule->n_smtp_status ||
		    rule->context != MF__CONTEXT_NONE || rule->weight != 0)
			return bad(l, "keep the rule to \"identifies\", \"patterns\" and weight 0",
				   "a rule that identifies a provider names no cause, path, side, "
				   "provider, reason, note, label, context or SMTP code, and weighs 0");
	}
	for (i = 0; i < rule->n_smtp_codes; i++) {
		const char *c = rule->smtp_codes[i];
		if (strlen(c) != 3 || c[0] < '2' || c[0] > '5' || c[1] < '0' || c[1] > '9' ||
		    c[2] < '0' || c[2] > '9')
			return bad(l, NULL, "smtp_codes item \"%s\" is not a reply code", c);
	}
	for (i = 0; i < rule->n_smtp_status; i++) {
		const char *s = rule->smtp_status[i];
		if (!(s[0] >= '2' && s[0] <= '5' && s[1] == '.'))
			return bad(l, NULL, "smtp_status item \"%s\" is not a status prefix", s);
	}
	if (pats && !json_is_array(pats))
		return bad(l, NULL, "\"patterns\" must be a list of strings");
	if (!pats && !rule->n_smtp_codes && !rule->n_smtp_status)
		return bad(l, "give patterns, smtp_codes or smtp_status",
			   "the rule can never match");
	rule->n_patterns = pats ? json_array_size(pats) : 0;
	json_array_foreach(pats, i, p) {
		struct mf__pattern *pat = &l->d->patterns[rule->first_pattern + i];
		char *norm;

		if (!json_is_string(p) || json_string_length(p) == 0 ||
		    strlen(json_string_value(p)) != json_string_length(p))
			return bad(l, NULL, "pattern %zu must be a non-empty string", i + 1);
		/* Normalizing a pattern only checks it here (a pattern must be
		 * written normalized: then it comes out unchanged).  An
		 * embedded plan tagged with this data's hash exists only if the
		 * build (tools/mkdb.c, which links no embedded plan) loaded
		 * these very bytes with the check and every pattern passed it,
		 * so for them the JSON string (which lives as long as the data)
		 * is the pattern.  --data DIR is always checked, and every
		 * other check of the rule still runs. */
		if (l->plan_embedded) {
			pat->expr = json_string_value(p);
			pat->rule = (int)(rule - l->d->rules);
			continue;
		}
		rc = mf__normalize_pattern(l->d, json_string_value(p), &norm, l->err);
		if (rc)
			return rc;
		if (push_ptr(&l->a->blocks, &l->a->n_blocks, &l->a->cap_blocks, norm)) {
			free(norm);
			return MF_ENOMEM;
		}
		if (strcmp(norm, json_string_value(p)) != 0)
			return bad(l, "patterns are matched against normalized text (NFKC, "
				      "lower case, simplified Chinese); write it that way",
				   "pattern %zu is not normalized; write \"%s\"", i + 1, norm);
		pat->expr = norm;
		pat->rule = (int)(rule - l->d->rules);
	}
	refs->requires = json_object_get(r, "requires");
	refs->excludes = json_object_get(r, "excludes");
	return 0;
}

/* The rules loaded so far, by id: a table, not a scan of them all for
 * each rule and each reference (that was quadratic in the rules). */
static size_t id_hash(const char *id)
{
	uint64_t h = mf__hash_bytes(MF__HASH_SEED, id, strlen(id));

	return (size_t)(h ^ (h >> 32));
}

/* The rule of this id among those loaded, or -1 (as mf__data_find_rule). */
static int rule_by_id(const struct loader *l, const char *id)
{
	if (!l->id_slot)
		return mf__data_find_rule(l->d, id);
	for (size_t k = id_hash(id) & l->id_mask;; k = (k + 1) & l->id_mask) {
		int i = l->id_slot[k];
		if (i < 0 || strcmp(l->d->rules[i].id, id) == 0)
			return i;
	}
}

static void rule_id_add(struct loader *l, int rule)
{
	size_t k = id_hash(l->d->rules[rule].id) & l->id_mask;

	while (l->id_slot[k] >= 0)
		k = (k + 1) & l->id_mask;
	l->id_slot[k] = rule;
}

static int resolve_refs(struct loader *l, json_t *list, const char *key,
			int **out, size_t *n)
{
	json_t *item;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!list)
		return 0;
	if (!json_is_array(list))
		return bad(l, NULL, "\"%s\" must be a list of rule ids", key);
	*out = arena_alloc(l->a, json_array_size(list) * sizeof **out);
	if (!*out)
		return MF_ENOMEM;
	json_array_foreach(list, i, item) {
		int idx = json_is_string(item) ? rule_by_id(l, json_string_value(item)) : -1;
		if (idx < 0)
			return bad(l, NULL, "\"%s\" item %zu names no rule: %s", key, i + 1,
				   json_is_string(item) ? json_string_value(item) : "(not a string)");
		(*out)[i] = idx;
	}
	*n = json_array_size(list);
	return 0;
}

static int load_rules(struct loader *l, struct file *files, size_t n_files)
{
	static const char *const top[] = {"comment", "rules", NULL};
	size_t n_rules = 0, n_patterns = 0, r = 0, p = 0, n_slots = 16;
	struct pending_refs *refs;
	int rc = 0;

	count_rules(l, files, n_files, &n_rules, &n_patterns);
	while (n_slots < 2 * n_rules)
		n_slots *= 2;
	l->d->rules = arena_alloc(l->a, n_rules * sizeof *l->d->rules);
	l->d->patterns = arena_alloc(l->a, n_patterns * sizeof *l->d->patterns);
	refs = calloc(n_rules ? n_rules : 1, sizeof *refs);
	l->id_slot = malloc(n_slots * sizeof *l->id_slot);
	if (!l->d->rules || !l->d->patterns || !refs || !l->id_slot) {
		free(refs);
		free(l->id_slot);
		l->id_slot = NULL;
		return MF_ENOMEM;
	}
	memset(l->id_slot, 0xff, n_slots * sizeof *l->id_slot); /* all -1 */
	l->id_mask = n_slots - 1;
	for (size_t f = 0; !rc && f < n_files; f++) {
		json_t *arr, *item;
		size_t i;

		if (strncmp(files[f].name, "rules/", 6) != 0)
			continue;
		/* Rules keep their file's name for messages after loading. */
		l->file = arena_strdup(l->a, files[f].name);
		if (!l->file) {
			rc = MF_ENOMEM;
			break;
		}
		l->record[0] = '\0';
		arr = json_object_get(files[f].doc, "rules");
		if ((rc = check_keys(l, files[f].doc, top)))
			break;
		if (!json_is_array(arr)) {
			rc = bad(l, NULL, "\"rules\" must be a list");
			break;
		}
		json_array_foreach(arr, i, item) {
			struct mf__rule *rule = &l->d->rules[r];
			json_t *pats = json_object_get(item, "patterns");
			const char *id;

			snprintf(l->record, sizeof l->record, "rule %zu", i + 1);
			rule->first_pattern = p;
			if ((rc = get_string(l, item, "id", 1, &id)))
				break;
			if (rule_by_id(l, id) >= 0) {
				snprintf(l->record, sizeof l->record, "rule %s", id);
				rc = bad(l, "rule ids must be unique across all rule files",
					 "duplicate rule id");
				break;
			}
			if ((rc = load_rule(l, item, rule, &refs[r])))
				break;
			p += json_is_array(pats) ? json_array_size(pats) : 0;
			l->d->n_rules = ++r;
			rule_id_add(l, (int)r - 1);
		}
	}
	l->d->n_patterns = p;
	for (size_t i = 0; !rc && i < l->d->n_rules; i++) {
		struct mf__rule *rule = &l->d->rules[i];

		l->file = rule->file;
		snprintf(l->record, sizeof l->record, "rule %s", rule->id);
		if ((rc = resolve_refs(l, refs[i].requires, "requires", &rule->requires,
				       &rule->n_requires)) ||
		    (rc = resolve_refs(l, refs[i].excludes, "excludes", &rule->excludes,
				       &rule->n_excludes)))
			break;
	}
	free(refs);
	free(l->id_slot);
	l->id_slot = NULL;
	l->record[0] = '\0';
	return rc;
}

/* A list of DNS names (lower case, no trailing dot; "*." first allows
 * any host under the rest when `wild`), or of selectors: `arr` is the
 * JSON value of `what` (NULL when absent). */
static int get_names(struct loader *l, json_t *arr, const char *what, int required, int wild,
		     struct mf__names *out)
{
	json_t *v;
	size_t i;

	memset(out, 0, sizeof *out);
	if (!arr && !required)
		return 0;
	if (!json_is_array(arr) || (required && json_array_size(arr) == 0))
		return bad(l, NULL, "\"%s\" must be a list of names%s", what,
			   required ? ", not empty" : "");
	out->v = arena_alloc(l->a, (json_array_size(arr) + 1) * sizeof *out->v);
	if (!out->v)
		return MF_ENOMEM;
	json_array_foreach(arr, i, v) {
		const char *name = json_string_value(v), *check;
		char norm[MF__DNS_MAX_NAME + 1];

		if (!name || !*name || strlen(name) != json_string_length(v))
			return bad(l, NULL, "\"%s\" item %zu must be a non-empty string", what, i + 1);
		check = wild && strncmp(name, "*.", 2) == 0 ? name + 2 : name;
		if (mf__dns_name_norm(check, norm, sizeof norm) || strcmp(norm, check) != 0)
			return bad(l, "write names in lower case, without the trailing dot",
				   "\"%s\" item %zu is not a DNS name: \"%s\"", what, i + 1, name);
		out->v[out->n++] = name;
	}
	return 0;
}

static int load_provider_dns(struct loader *l, json_t *dns, struct mf__provider_dns *out)
{
	static const char *const keys[] = {"mx_sets", "mx_expected", "spf_includes", "spf_record",
					   "dkim_selectors", "dmarc_record", "webmail", "source",
					   NULL};
	static const char *const wkeys[] = {"name", "targets", "seed_targets", NULL};
	json_t *sets = json_object_get(dns, "mx_sets"), *set, *web = json_object_get(dns, "webmail");
	const char *source;
	size_t i;
	int rc;

	if (!json_is_object(dns))
		return bad(l, NULL, "\"dns\" must be an object");
	if ((rc = check_keys(l, dns, keys)) ||
	    (rc = get_string(l, dns, "source", 1, &source)) ||
	    (rc = get_string(l, dns, "mx_expected", 1, &out->mx_expected)) ||
	    (rc = get_string(l, dns, "spf_record", 1, &out->spf_record)) ||
	    (rc = get_string(l, dns, "dmarc_record", 1, &out->dmarc_record)) ||
	    (rc = get_names(l, json_object_get(dns, "spf_includes"), "spf_includes", 1, 0,
			    &out->spf_includes)) ||
	    (rc = get_names(l, json_object_get(dns, "dkim_selectors"), "dkim_selectors", 0, 0,
			    &out->dkim_selectors)))
		return rc;
	if (strncmp(out->spf_record, "v=spf1 ", 7) != 0)
		return bad(l, NULL, "\"spf_record\" must start with \"v=spf1 \"");
	if (strncmp(out->dmarc_record, "v=DMARC1;", 9) != 0)
		return bad(l, NULL, "\"dmarc_record\" must start with \"v=DMARC1;\"");
	if (!json_is_array(sets) || json_array_size(sets) == 0)
		return bad(l, NULL, "\"mx_sets\" must be a list of host lists");
	out->mx_sets = arena_alloc(l->a, json_array_size(sets) * sizeof *out->mx_sets);
	if (!out->mx_sets)
		return MF_ENOMEM;
	json_array_foreach(sets, i, set)
		if ((rc = get_names(l, set, "mx_sets", 1, 1, &out->mx_sets[i])))
			return rc;
	out->n_mx_sets = json_array_size(sets);
	if (web) {
		if (!json_is_object(web))
			return bad(l, NULL, "\"webmail\" must be an object");
		if ((rc = check_keys(l, web, wkeys)) ||
		    (rc = get_string(l, web, "name", 1, &out->webmail_name)) ||
		    (rc = get_names(l, json_object_get(web, "targets"), "targets", 1, 0,
				    &out->webmail_targets)) ||
		    (rc = get_names(l, json_object_get(web, "seed_targets"), "seed_targets", 0, 0,
				    &out->seed_targets)))
			return rc;
	}
	return 0;
}

static int load_provider(struct loader *l, json_t *doc, struct mf__provider *pv)
{
	static const char *const top[] = {"id", "name", "source", "hosts", "facts", "sources", "dns",
					  NULL};
	static const char *const hkeys[] = {"protocol", "host", "port", "tls", "source", NULL};
	json_t *hosts = json_object_get(doc, "hosts"), *facts = json_object_get(doc, "facts");
	json_t *sources = json_object_get(doc, "sources");
	json_t *h, *v;
	const char *key;
	size_t i;
	int rc;

	if ((rc = check_keys(l, doc, top)) || (rc = get_string(l, doc, "id", 1, &pv->id)) ||
	    (rc = get_string(l, doc, "name", 1, &pv->name)))
		return rc;
	if (mf__data_find_provider(l->d, pv->id))
		return bad(l, NULL, "duplicate provider id \"%s\"", pv->id);
	if (!json_is_array(hosts))
		return bad(l, NULL, "\"hosts\" must be a list");
	pv->hosts = arena_alloc(l->a, json_array_size(hosts) * sizeof *pv->hosts);
	if (!pv->hosts)
		return MF_ENOMEM;
	json_array_foreach(hosts, i, h) {
		struct mf__provider_host *ph = &pv->hosts[i];
		json_t *port = json_object_get(h, "port");

		snprintf(l->record, sizeof l->record, "host %zu", i + 1);
		if (!json_is_object(h))
			return bad(l, NULL, "must be an object");
		if ((rc = check_keys(l, h, hkeys)) ||
		    (rc = get_string(l, h, "protocol", 1, &ph->protocol)) ||
		    (rc = get_string(l, h, "host", 1, &ph->host)) ||
		    (rc = get_string(l, h, "tls", 1, &ph->tls)))
			return rc;
		if (!json_is_integer(port) || json_integer_value(port) < 1 ||
		    json_integer_value(port) > 65535)
			return bad(l, NULL, "\"port\" must be 1..65535");
		ph->port = (int)json_integer_value(port);
		if (strcmp(ph->tls, "implicit") && strcmp(ph->tls, "starttls") &&
		    strcmp(ph->tls, "none"))
			return bad(l, NULL, "\"tls\" must be implicit, starttls or none");
	}
	pv->n_hosts = json_array_size(hosts);
	l->record[0] = '\0';
	if (facts && !json_is_object(facts))
		return bad(l, NULL, "\"facts\" must map names to strings");
	pv->fact_keys = arena_alloc(l->a, (json_object_size(facts) + 1) * sizeof(char *));
	pv->fact_values = arena_alloc(l->a, (json_object_size(facts) + 1) * sizeof *pv->fact_values);
	if (!pv->fact_keys || !pv->fact_values)
		return MF_ENOMEM;
	json_object_foreach(facts, key, v) {
		struct mf__text *t = &pv->fact_values[pv->n_facts];

		snprintf(l->record, sizeof l->record, "fact %s", key);
		if (json_is_string(v)) {
			t->en = t->zh = json_string_value(v);
		} else if ((rc = get_text(l, v, key, t))) {
			return rc;
		}
		pv->fact_keys[pv->n_facts++] = key;
	}
	/* Every fact says where it comes from (shared/providers/<id>.md),
	 * and every source is a fact's. */
	if (sources && !json_is_object(sources))
		return bad(l, NULL, "\"sources\" must map fact names to strings");
	json_object_foreach(facts, key, v) {
		json_t *src = json_object_get(sources, key);

		snprintf(l->record, sizeof l->record, "fact %s", key);
		if (!json_is_string(src) || json_string_length(src) == 0)
			return bad(l, "add \"sources\": {\"<fact>\": \"where it is documented\"}",
				   "the fact has no source");
	}
	json_object_foreach(sources, key, v) {
		snprintf(l->record, sizeof l->record, "source %s", key);
		if (!json_object_get(facts, key))
			return bad(l, NULL, "names no fact of the profile");
	}
	l->record[0] = '\0';
	if (json_object_get(doc, "dns")) {
		snprintf(l->record, sizeof l->record, "dns");
		if ((rc = load_provider_dns(l, json_object_get(doc, "dns"), &pv->dns)))
			return rc;
		pv->has_dns = 1;
		l->record[0] = '\0';
	}
	return 0;
}

/* data/check.json: the findings `check` reports.  Each names a cause
 * (whose path and side it takes) or its own path and side; texts use only
 * the placeholders lib/check_answer.c fills; every id lib/check.c
 * reports is defined, and nothing else. */
static int check_finding_placeholders(struct loader *l, const char *s)
{
	static const char *const known[] = {
		"domain", "provider_name", "name", "type", "status", "count", "target", "ip",
		"result", "mechanism", "lookups", "problem", "spf_fix", "mx_expected", "dkim_name",
		"dmarc_fix", "webmail_name", "webmail_target", "profiles", NULL};

	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *e = strchr(p, '}');
		const char *const *k;

		if (!e)
			return bad(l, NULL, "unclosed { in \"%s\"", s);
		for (k = known; *k; k++)
			if (strlen(*k) == (size_t)(e - p - 1) && memcmp(*k, p + 1, strlen(*k)) == 0)
				break;
		if (!*k)
			return bad(l, "see the list in check.json's comment",
				   "unknown placeholder {%.*s}", (int)(e - p - 1), p + 1);
	}
	return 0;
}

static int load_check(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "texts", "findings", NULL};
	static const char *const tkeys[] = {"provider_unknown", "mx_unknown", "spf_unknown", NULL};
	static const char *const keys[] = {"id", "severity", "cause", "path", "side", "title",
					   "fix", "record", NULL};
	json_t *arr = json_object_get(doc, "findings"), *f;
	size_t i;
	int rc;

	if (!doc)
		return bad(l, NULL, "the file is missing");
	if ((rc = check_keys(l, doc, top)))
		return rc;
	snprintf(l->record, sizeof l->record, "texts");
	if (!json_is_object(json_object_get(doc, "texts")))
		return bad(l, NULL, "\"texts\" must be an object");
	if ((rc = check_keys(l, json_object_get(doc, "texts"), tkeys)) ||
	    (rc = get_opt_text(l, json_object_get(doc, "texts"), "provider_unknown", 1,
			       &l->d->check_provider_unknown)) ||
	    (rc = get_opt_text(l, json_object_get(doc, "texts"), "mx_unknown", 1,
			       &l->d->check_mx_unknown)) ||
	    (rc = get_opt_text(l, json_object_get(doc, "texts"), "spf_unknown", 1,
			       &l->d->check_spf_unknown)))
		return rc;
	if (!json_is_array(arr))
		return bad(l, NULL, "\"findings\" must be a list");
	l->d->findings = arena_alloc(l->a, (json_array_size(arr) + 1) * sizeof *l->d->findings);
	if (!l->d->findings)
		return MF_ENOMEM;
	json_array_foreach(arr, i, f) {
		struct mf__finding_def *fd = &l->d->findings[i];
		const char *cause = NULL, *path = NULL, *side = NULL;

		snprintf(l->record, sizeof l->record, "finding %zu", i + 1);
		if (!json_is_object(f))
			return bad(l, NULL, "must be an object");
		if ((rc = check_keys(l, f, keys)) || (rc = get_string(l, f, "id", 1, &fd->id)))
			return rc;
		snprintf(l->record, sizeof l->record, "finding %s", fd->id);
		if (mf__data_find_finding(l->d, fd->id))
			return bad(l, NULL, "duplicate finding id");
		if ((rc = get_string(l, f, "severity", 1, &fd->severity)) ||
		    (rc = get_string(l, f, "cause", 0, &cause)) ||
		    (rc = get_string(l, f, "path", 0, &path)) ||
		    (rc = get_string(l, f, "side", 0, &side)) ||
		    (rc = get_string(l, f, "record", 0, &fd->record)) ||
		    (rc = get_opt_text(l, f, "title", 1, &fd->title)) ||
		    (rc = get_opt_text(l, f, "fix", 1, &fd->fix)))
			return rc;
		if (strcmp(fd->severity, "error") && strcmp(fd->severity, "warning") &&
		    strcmp(fd->severity, "info"))
			return bad(l, NULL, "\"severity\" must be error, warning or info");
		if (fd->record && strcmp(fd->record, "TXT") && strcmp(fd->record, "CNAME"))
			return bad(l, NULL, "\"record\" must be TXT or CNAME");
		if (!((cause && !path && !side) || (!cause && path && side)))
			return bad(l, "give a cause (its path and side are taken), or a path and a side",
				   "a finding names a cause, or a path and a side, not both");
		fd->cause = -1;
		if (cause) {
			if ((fd->cause = mf__data_find_cause(l->d, cause)) < 0)
				return bad(l, "add the cause to causes.json or fix the id",
					   "unknown cause \"%s\"", cause);
			fd->path = l->d->causes[fd->cause].path;
			fd->side = l->d->causes[fd->cause].side;
		} else {
			if ((fd->path = mf__data_find_path(l->d, path)) < 0)
				return bad(l, NULL, "unknown path \"%s\"", path);
			if ((fd->side = mf__side_from_name(side)) < 0)
				return bad(l, NULL, "unknown side \"%s\"", side);
		}
		if ((rc = check_finding_placeholders(l, fd->title.en)) ||
		    (rc = check_finding_placeholders(l, fd->title.zh)) ||
		    (rc = check_finding_placeholders(l, fd->fix.en)) ||
		    (rc = check_finding_placeholders(l, fd->fix.zh)))
			return rc;
		l->d->n_findings = i + 1;
	}
	l->record[0] = '\0';
	for (const char *const *id = mf__check_finding_ids; *id; id++)
		if (!mf__data_find_finding(l->d, *id))
			return bad(l, "add the finding to check.json",
				   "the finding \"%s\" that check reports is not defined", *id);
	for (i = 0; i < l->d->n_findings; i++) {
		const char *const *id = mf__check_finding_ids;

		while (*id && strcmp(*id, l->d->findings[i].id) != 0)
			id++;
		snprintf(l->record, sizeof l->record, "finding %s", l->d->findings[i].id);
		if (!*id)
			return bad(l, "remove it, or make lib/check.c report it",
				   "the finding \"%s\" is never reported", l->d->findings[i].id);
	}
	l->record[0] = '\0';
	return 0;
}

static int probe_cause_index(const char *name)
{
	for (int i = 0; i < MF__N_PROBE_CAUSES; i++)
		if (strcmp(mf__probe_cause_names[i], name) == 0)
			return i;
	return -1;
}

/* data/probe.json: server words per per-probe cause, the route cause and
 * the title of every per-probe cause. */
static int load_probe(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "server_words", "route_causes", "titles", NULL};
	static const char *const wkeys[] = {"cause", "words", NULL};
	json_t *words = json_object_get(doc, "server_words"), *w;
	json_t *routes = json_object_get(doc, "route_causes"), *titles = json_object_get(doc, "titles");
	const char *key;
	json_t *v;
	size_t i, idx;
	int rc;

	if (!doc)
		return bad(l, NULL, "the file is missing");
	if ((rc = check_keys(l, doc, top)))
		return rc;
	if (!json_is_array(words) || !json_is_object(routes) || !json_is_object(titles))
		return bad(l, NULL, "\"server_words\" must be a list, \"route_causes\" and \"titles\" "
				    "objects");
	l->d->probe_words = arena_alloc(l->a, (json_array_size(words) + 1) *
						 sizeof *l->d->probe_words);
	if (!l->d->probe_words)
		return MF_ENOMEM;
	json_array_foreach(words, i, w) {
		struct mf__probe_words *pw = &l->d->probe_words[i];
		const char *cause;

		snprintf(l->record, sizeof l->record, "server_words %zu", i + 1);
		if (!json_is_object(w))
			return bad(l, NULL, "must be an object");
		if ((rc = check_keys(l, w, wkeys)) || (rc = get_string(l, w, "cause", 1, &cause)))
			return rc;
		if ((pw->cause = probe_cause_index(cause)) < 0)
			return bad(l, NULL, "unknown per-probe cause \"%s\"", cause);
		if (!json_is_array(json_object_get(w, "words")) ||
		    json_array_size(json_object_get(w, "words")) == 0)
			return bad(l, NULL, "\"words\" must be a list of words, not empty");
		pw->words.v = arena_alloc(l->a, json_array_size(json_object_get(w, "words")) *
							sizeof(char *));
		if (!pw->words.v)
			return MF_ENOMEM;
		json_array_foreach(json_object_get(w, "words"), idx, v) {
			const char *word = json_string_value(v);
			int lower = word && *word;

			for (const char *c = word; lower && *c; c++)
				lower = !(*c >= 'A' && *c <= 'Z');
			if (!lower)
				return bad(l, "write the words in lower case", "\"words\" item %zu",
					   pw->words.n + 1);
			pw->words.v[pw->words.n++] = word;
		}
		l->d->n_probe_words = i + 1;
	}
	for (int c = 0; c < MF__N_PROBE_CAUSES; c++) {
		const char *route;

		snprintf(l->record, sizeof l->record, "%s", mf__probe_cause_names[c]);
		if ((rc = get_string(l, routes, mf__probe_cause_names[c], 1, &route)) ||
		    (rc = get_opt_text(l, titles, mf__probe_cause_names[c], 1, &l->d->probe_titles[c])))
			return rc;
		if ((l->d->probe_route_cause[c] = mf__data_find_cause(l->d, route)) < 0)
			return bad(l, "add the cause to causes.json or fix the id",
				   "unknown cause \"%s\"", route);
	}
	json_object_foreach(routes, key, v) {
		snprintf(l->record, sizeof l->record, "route_causes %s", key);
		if (probe_cause_index(key) < 0)
			return bad(l, NULL, "not a per-probe cause");
	}
	json_object_foreach(titles, key, v) {
		snprintf(l->record, sizeof l->record, "titles %s", key);
		if (probe_cause_index(key) < 0)
			return bad(l, NULL, "not a per-probe cause");
	}
	l->record[0] = '\0';
	return 0;
}

const struct mf__finding_def *mf__data_find_finding(const struct mf__data *d, const char *id)
{
	for (size_t i = 0; i < d->n_findings; i++)
		if (strcmp(d->findings[i].id, id) == 0)
			return &d->findings[i];
	return NULL;
}

/* Every profile has the same facts as the default one, so that an answer
 * reads right whichever profile it is for (a text may name any fact). */
static int check_same_facts(struct loader *l, const struct mf__provider *pv,
			    const struct mf__provider *def)
{
	const struct mf__provider *pair[2][2] = {{def, pv}, {pv, def}};

	for (int side = 0; side < 2; side++) {
		const struct mf__provider *has = pair[side][0], *lacks = pair[side][1];

		for (size_t i = 0; i < has->n_facts; i++) {
			size_t k = 0;

			while (k < lacks->n_facts && strcmp(lacks->fact_keys[k], has->fact_keys[i]))
				k++;
			if (k == lacks->n_facts)
				return bad(l, "every provider profile has the same facts; write the "
					      "honest text where the provider has no such thing",
					   "provider %s lacks the fact \"%s\" that provider %s has",
					   lacks->id, has->fact_keys[i], has->id);
		}
	}
	return 0;
}

/* Placeholders {name} in step texts must name a fact of every provider. */
static int check_placeholders(struct loader *l, const char *s)
{
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *e = strchr(p, '}');
		size_t n;

		if (!e)
			return bad(l, NULL, "unclosed { in \"%s\"", s);
		n = (size_t)(e - p - 1);
		for (size_t i = 0; i < l->d->n_providers; i++) {
			const struct mf__provider *pv = &l->d->providers[i];
			size_t k;
			for (k = 0; k < pv->n_facts; k++)
				if (strlen(pv->fact_keys[k]) == n &&
				    memcmp(pv->fact_keys[k], p + 1, n) == 0)
					break;
			if (k == pv->n_facts)
				return bad(l, "add the fact to every provider profile",
					   "placeholder {%.*s} is not a fact of provider %s",
					   (int)n, p + 1, pv->id);
		}
	}
	return 0;
}

static int check_texts_placeholders(struct loader *l, const struct mf__texts *t)
{
	int rc;

	for (size_t i = 0; i < t->n; i++)
		if ((rc = check_placeholders(l, t->v[i].en)) ||
		    (rc = check_placeholders(l, t->v[i].zh)))
			return rc;
	return 0;
}

/* ---- route-guess.json: the fallback guess (guess.c) ---- */

static int ascii_word(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

/* One or two Han characters in the simplified form normalization gives. */
static int han_feature(const struct mf__data *d, const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		/* NFKC leaves no compatibility ideograph (U+F900..U+FAFF) */
		if (k <= 0 || !mf__is_han((uint32_t)cp) || (cp >= 0xf900 && cp <= 0xfaff) ||
		    (cp <= 0x9fff && cp >= 0x4e00 && d->zh_bmp[cp - 0x4e00]))
			return 0;
		if (cp < 0x4e00 || cp > 0x9fff) {
			/* the map is sorted by now (load_all) */
			size_t lo = 0, hi = d->n_zh_map;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (d->zh_map[mid].from == (uint32_t)cp)
					return 0;
				if (d->zh_map[mid].from < (uint32_t)cp)
					lo = mid + 1;
				else
					hi = mid;
			}
		}
		i += (size_t)k;
		chars++;
	}
	return chars == 1 || chars == 2;
}

/* Is a feature text one that guess.c can read from normalized text? */
static int feature_ok(const struct mf__data *d, const char *f, size_t n)
{
	const char *sp;

	if (n < 3 || f[1] != ':')
		return 0;
	f += 2;
	n -= 2;
	switch (f[-2]) {
	case 'w':
		return ascii_word(f, n);
	case 'c':
		return n == 3 && !(f[0] == '<' && f[2] == '>') &&
		       (f[0] == '<' || ascii_word(f, 1)) && ascii_word(f + 1, 1) &&
		       (f[2] == '>' || ascii_word(f + 2, 1));
	case 'b':
		sp = memchr(f, ' ', n);
		return sp && ascii_word(f, (size_t)(sp - f)) &&
		       ascii_word(sp + 1, n - (size_t)(sp - f) - 1);
	case 'h':
		return han_feature(d, f, n);
	default:
		return 0;
	}
}

static int load_guess(struct loader *l, json_t *doc)
{
	static const char *const top[] = {"comment", "min_probability", "scale", "note",
					  "classes", "bias", "features", NULL};
	static const char *const cls_keys[] = {"path", "side", NULL};
	struct mf__guess *g = arena_alloc(l->a, sizeof *g);
	json_t *classes = json_object_get(doc, "classes"), *bias = json_object_get(doc, "bias");
	json_t *feats = json_object_get(doc, "features"), *minp = json_object_get(doc, "min_probability");
	json_t *scale = json_object_get(doc, "scale"), *v;
	size_t i, slots = 16;
	uint64_t *keys;
	float *weights;
	int rc;

	if (!g)
		return MF_ENOMEM;
	l->d->guess = g;
	if ((rc = check_keys(l, doc, top)) ||
	    (rc = get_opt_text(l, doc, "note", 1, &l->d->guess_note)))
		return rc;
	if (!json_is_number(minp) || json_number_value(minp) <= 0 || json_number_value(minp) > 1)
		return bad(l, NULL, "\"min_probability\" must be a number in (0, 1]");
	g->min_probability = json_number_value(minp);
	if (!json_is_array(classes) || json_array_size(classes) < 2 ||
	    json_array_size(classes) > MF__GUESS_MAX_CLASSES)
		return bad(l, NULL, "\"classes\" must be a list of 2 to %d {path, side}",
			   MF__GUESS_MAX_CLASSES);
	g->n_classes = json_array_size(classes);
	json_array_foreach(classes, i, v) {
		const char *path, *side;

		snprintf(l->record, sizeof l->record, "class %zu", i + 1);
		if (!json_is_object(v))
			return bad(l, NULL, "a class must be {\"path\": ..., \"side\": ...}");
		if ((rc = check_keys(l, v, cls_keys)) || (rc = get_string(l, v, "path", 1, &path)) ||
		    (rc = get_string(l, v, "side", 1, &side)))
			return rc;
		if ((g->path[i] = mf__data_find_path(l->d, path)) < 0)
			return bad(l, NULL, "unknown path \"%s\"", path);
		if ((g->side[i] = mf__side_from_name(side)) < 0)
			return bad(l, NULL, "unknown side \"%s\"", side);
	}
	l->record[0] = '\0';
	if (!json_is_array(bias) || json_array_size(bias) != g->n_classes)
		return bad(l, NULL, "\"bias\" must be a list of %zu numbers, one per class",
			   g->n_classes);
	json_array_foreach(bias, i, v) {
		if (!json_is_number(v) || !(fabs(json_number_value(v)) < 1e3))
			return bad(l, NULL, "bias %zu must be a number between -1000 and 1000", i + 1);
		g->bias[i] = json_number_value(v);
	}
	if (!json_is_integer(scale) || json_integer_value(scale) < 1 ||
	    json_integer_value(scale) > 1000000)
		return bad(l, NULL, "\"scale\" must be an integer from 1 to 1000000");
	if (!json_is_array(feats))
		return bad(l, NULL, "\"features\" must be a list of \"feature|weights\" strings");
	while (slots < 2 * json_array_size(feats))
		slots *= 2;
	g->mask = slots - 1;
	g->keys = keys = arena_alloc(l->a, slots * sizeof *keys);
	g->weights = weights = arena_alloc(l->a, slots * g->n_classes * sizeof *weights);
	if (!keys || !weights)
		return MF_ENOMEM;
	json_array_foreach(feats, i, v) {
		const char *text = json_string_value(v), *bar, *p;
		size_t n, slot;
		uint64_t k;

		/* (the record is named only on an error: 10,000 features load
		 * at every start) */
		if (!text || strlen(text) != json_string_length(v) || !(bar = strchr(text, '|'))) {
			snprintf(l->record, sizeof l->record, "feature %zu", i + 1);
			return bad(l, "write \"w:word|12 -3 ...\"",
				   "a feature must be a string \"feature|weights\"");
		}
		n = (size_t)(bar - text);
		k = mf__guess_key_final(mf__guess_hash(MF__GUESS_SEED, text, n));
		slot = mf__guess_slot(g, k);
		if (!feature_ok(l->d, text, n) || g->keys[slot]) {
			snprintf(l->record, sizeof l->record, "feature \"%.*s\"",
				 (int)mf__utf8_whole(text, n < 80 ? n : 80), text);
			if (g->keys[slot])
				return bad(l, "remove the repeated feature",
					   "the feature is listed twice (or its key collides with another's)");
			return bad(l, "w:word, b:word word, c:three characters of <word>, h:one or two "
				   "Han characters, all in normalized form (lower case, simplified)",
				   "not a feature the guess can read");
		}
		keys[slot] = k;
		p = bar + 1;
		for (size_t c = 0; c < g->n_classes; c++) {
			int neg = *p == '-', digits = 0;
			long w = 0;

			p += neg;
			for (; *p >= '0' && *p <= '9' && digits < 7; p++, digits++)
				w = w * 10 + (*p - '0');
			if (!digits || w > 100000 || *p != (c + 1 < g->n_classes ? ' ' : '\0')) {
				snprintf(l->record, sizeof l->record, "feature \"%.*s\"",
					 (int)mf__utf8_whole(text, n < 80 ? n : 80), text);
				return bad(l, "one integer weight per class, separated by one space",
					   "weights must be %zu integers from -100000 to 100000",
					   g->n_classes);
			}
			weights[slot * g->n_classes + c] =
				(float)((double)(neg ? -w : w) / (double)json_integer_value(scale));
			p += *p == ' ';
		}
		g->n_features++;
	}
	l->record[0] = '\0';
	return 0;
}

static json_t *doc_named(struct file *files, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(files[i].name, name) == 0)
			return files[i].doc;
	return NULL;
}

static size_t embedded_guess_len(void)
{
	return (size_t)((uintptr_t)mf__embedded_guess_end - (uintptr_t)mf__embedded_guess);
}

/* Was the embedded guess made from the data of this hash? (Its sizes are
 * checked when it is taken, mf__guess_from_blob.) */
static int embedded_guess_fits(uint64_t data_hash)
{
	uint64_t h;

	if (embedded_guess_len() < 16 || memcmp(mf__embedded_guess, "MFGUESS1", 8) != 0)
		return 0;
	memcpy(&h, mf__embedded_guess + 8, sizeof h);
	return h == data_hash;
}

static int load_all(struct loader *l, struct file *files, size_t n_files)
{
	static const char *const required[] = {"paths.json", "causes.json", "check.json",
					       "probe.json", "lexicon.json",
					       "calibration.json", "zh-variants.json",
					       "route-guess.json"};
	size_t n_prov = 0;
	int rc;

	for (size_t i = 0; i < MF__ARRAY_LEN(required); i++)
		if (!doc_named(files, n_files, required[i]) &&
		    !(l->guess_embedded && strcmp(required[i], "route-guess.json") == 0) &&
		    !(l->zh_embedded != (size_t)-1 && strcmp(required[i], "zh-variants.json") == 0))
			return mf__fail(l->err, MF_EDATA, required[i], NULL,
					"data file %s is missing", required[i]);
	l->file = "lexicon.json";
	if ((rc = load_lexicon(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "zh-variants.json";
	if (l->zh_embedded != (size_t)-1) {
		/* loaded, checked and sorted by the build from this very data */
		l->d->zh_map = arena_alloc(l->a, (l->zh_embedded + 1) * sizeof *l->d->zh_map);
		if (!l->d->zh_map)
			return MF_ENOMEM;
		mf__zh_blob_copy(mf__embedded_zh, l->d->zh_map, l->zh_embedded);
		l->d->n_zh_map = l->zh_embedded;
	} else {
		if ((rc = load_zh_variants(l, doc_named(files, n_files, l->file))))
			return rc;
		qsort(l->d->zh_map, l->d->n_zh_map, sizeof *l->d->zh_map, cmp_zh);
	}
	/* The common block of ideographs gets a direct table. */
	l->d->zh_bmp = arena_alloc(l->a, (0x9fff - 0x4e00 + 1) * sizeof *l->d->zh_bmp);
	if (!l->d->zh_bmp)
		return MF_ENOMEM;
	/* and a bit for each simplified form: which writing a query uses */
	l->d->zh_simp_bits = arena_alloc(l->a, MF__HAN_SET_BYTES);
	if (!l->d->zh_simp_bits)
		return MF_ENOMEM;
	for (size_t i = 0; i < l->d->n_zh_map; i++) {
		uint32_t to = l->d->zh_map[i].to;

		if (l->d->zh_map[i].from >= 0x4e00 && l->d->zh_map[i].from <= 0x9fff)
			l->d->zh_bmp[l->d->zh_map[i].from - 0x4e00] = to;
		mf__han_set_put(l->d->zh_simp_bits, to, 1);
	}
	/* a character both writings use is no sign of either */
	for (size_t i = 0; i < l->d->n_zh_map; i++)
		mf__han_set_put(l->d->zh_simp_bits, l->d->zh_map[i].from, 0);
	l->file = "zh-hant.json";
	if (l->zh_embedded != (size_t)-1) {
		/* the build's, sorted and checked (mf__zh_blob_count) */
		l->d->n_zh_hant = mf__zh_blob_hant_count(mf__embedded_zh);
		l->d->zh_hant = arena_alloc(l->a, (l->d->n_zh_hant + 1) * sizeof *l->d->zh_hant);
		if (!l->d->zh_hant)
			return MF_ENOMEM;
		mf__zh_blob_hant(mf__embedded_zh, l->d->zh_hant);
	} else if (doc_named(files, n_files, l->file) &&
		   (rc = load_zh_hant(l, doc_named(files, n_files, l->file)))) {
		return rc;
	}
	l->file = "zh-words.json";
	if (doc_named(files, n_files, l->file) &&
	    (rc = load_zh_words(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "paths.json";
	if ((rc = load_paths(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "causes.json";
	if ((rc = load_causes(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "calibration.json";
	if ((rc = load_calibration(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "route-guess.json";
	if (l->guess_embedded) {
		/* checked when the build made it from this very data */
		struct mf__guess *g = arena_alloc(l->a, sizeof *g);

		if (!g)
			return MF_ENOMEM;
		if (mf__guess_from_blob(g, &l->d->guess_note.en, &l->d->guess_note.zh,
					mf__embedded_guess, embedded_guess_len(), l->d->hash,
					l->d->n_paths, MF__N_SIDES))
			return bad(l, "rebuild mailfix", "the embedded guess does not fit the data");
		l->d->guess = g;
		l->d->guess_note.zh_hant = mf__zh_hant_find(l->d, l->d->guess_note.zh);
	} else if ((rc = load_guess(l, doc_named(files, n_files, l->file)))) {
		return rc;
	}
	for (size_t i = 0; i < n_files; i++)
		n_prov += strncmp(files[i].name, "providers/", 10) == 0;
	l->d->providers = arena_alloc(l->a, (n_prov + 1) * sizeof *l->d->providers);
	if (!l->d->providers)
		return MF_ENOMEM;
	for (size_t i = 0; i < n_files; i++) {
		if (strncmp(files[i].name, "providers/", 10) != 0)
			continue;
		l->file = files[i].name;
		if ((rc = load_provider(l, files[i].doc, &l->d->providers[l->d->n_providers])))
			return rc;
		l->d->n_providers++;
	}
	if (!mf__data_find_provider(l->d, MF__DEFAULT_PROVIDER))
		return mf__fail(l->err, MF_EDATA, "providers/", NULL,
				"the default provider profile \"alimail\" is missing");
	for (size_t i = 0, p = 0; i < n_files; i++) {
		if (strncmp(files[i].name, "providers/", 10) != 0)
			continue;
		l->file = files[i].name;
		l->record[0] = '\0';
		if ((rc = check_same_facts(l, &l->d->providers[p++],
					   mf__data_find_provider(l->d, MF__DEFAULT_PROVIDER))))
			return rc;
	}
	l->file = "check.json";
	if ((rc = load_check(l, doc_named(files, n_files, l->file))))
		return rc;
	l->file = "probe.json";
	if ((rc = load_probe(l, doc_named(files, n_files, l->file))))
		return rc;
	if ((rc = load_rules(l, files, n_files)))
		return rc;
	l->file = "causes.json";
	for (size_t i = 0; i < l->d->n_causes; i++) {
		snprintf(l->record, sizeof l->record, "cause %s", l->d->causes[i].id);
		if ((rc = check_texts_placeholders(l, &l->d->causes[i].steps)) ||
		    (rc = check_texts_placeholders(l, &l->d->causes[i].limitations)))
			return rc;
	}
	l->file = "paths.json";
	for (size_t i = 0; i < l->d->n_paths; i++) {
		snprintf(l->record, sizeof l->record, "path %s", l->d->paths[i].id);
		if ((rc = check_texts_placeholders(l, &l->d->paths[i].default_steps)) ||
		    (rc = check_texts_placeholders(l, &l->d->paths[i].limitations)))
			return rc;
	}
	return 0;
}

int mf__data_load(struct mf__data **out, const char *dir, struct mf_error *err)
{
	struct file *files = calloc(MAX_DATA_FILES, sizeof *files);
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
		if (!p)
			return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
		memcpy(p, dir, n);
		p[n] = n && dir[n - 1] == '/' ? '\0' : '/';
		p[n + 1] = '\0';
		l.prefix = p;
	}
	l.d = calloc(1, sizeof *l.d);
	l.a = calloc(1, sizeof *l.a);
	if (!files || !l.d || !l.a) {
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
			rc = parse_file(&l, files[i].name, bytes, len, &files[i].doc);
			free(bytes);
			if (rc)
				goto done;
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
		l.guess_embedded = embedded_guess_fits(l.d->hash);
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
			if ((l.guess_embedded && strcmp(e->name, "route-guess.json") == 0) ||
			    (l.zh_embedded != (size_t)-1 && (strcmp(e->name, "zh-variants.json") == 0 ||
							     strcmp(e->name, "zh-hant.json") == 0))) {
				n_files++;
				continue;
			}
			rc = parse_file(&l, e->name, (const char *)e->bytes, e->len,
					&files[n_files++].doc);
			if (rc)
				goto done;
		}
	}
	rc = load_all(&l, files, n_files);
	if (rc == MF_ENOMEM)
		mf__fail(err, rc, NULL, NULL, "out of memory while loading data");
done:
	for (size_t i = 0; files && i < n_files; i++)
		free(files[i].name);
	free(files);
	if (dir)
		free((char *)l.prefix);
	if (rc) {
		if (l.d)
			l.d->arena = NULL;
		free(l.d);
		arena_free(l.a);
		return rc;
	}
	*out = l.d;
	return 0;
}

void mf__data_free(struct mf__data *d)
{
	if (!d)
		return;
	arena_free(d->arena);
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
