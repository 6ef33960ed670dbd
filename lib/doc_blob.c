/*
 * doc_blob.c: the data files' JSON documents as the build parsed them
 * (tools/mkdb.c, with every check of a --data DIR load), written as a
 * tree of typed values that a start of the embedded data builds back
 * into the same jansson documents without lexing a byte of JSON: parsing
 * was most of a start (126 M of 200 M instructions for `route hello`,
 * jansson's lexer about 150 instructions a byte).  The documents built
 * are then loaded and validated by the same loaders as parsed ones
 * (data.c): the blob spares the parse, not the checks.  The documents
 * are independent: with two CPUs a second thread builds some of them
 * while the calling one builds the rest, the biggest first, as
 * data_parse.c parses; the outcome does not depend on the threads.
 * Layout (integers little-endian as the build machine's, which is the
 * running one; nothing aligned):
 *   tag "MFDOCS01", data hash, documents, body bytes         (u64 each)
 *   per document: u32 name length, name, u64 value length, value
 *   value: one type byte, then
 *     'n' 't' 'f'  null, true, false
 *     'i' i64      an integer        'r' f64   a real (finite)
 *     's' u32 length, the bytes (UTF-8, no NUL)
 *     'a' u32 count, the values
 *     'o' u32 count, per member u32 key length, the key, the value
 *       (in the document's order, which jansson keeps)
 * A blob of another tag, hash or length, or one whose counts, lengths or
 * nesting run past its bytes or bounds, or that holds what jansson's
 * parser would not have given (a string that is not UTF-8 or holds a
 * NUL, a repeated key, a top level that is not an object), is not taken:
 * every file is parsed then (data.c).
 * No RFC is implemented here.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "doc_blob.h"
#include "internal.h"

#define DOC_MAGIC "MFDOCS01"
#define HEADER_LEN 32
/* jansson's parser's own limit (JSON_PARSER_MAX_DEPTH) */
#define MAX_DEPTH 2048

/* ---- writing (the build) ---- */

static int put(struct mf__buf *b, const void *p, size_t n)
{
	return mf__buf_append(b, p, n);
}

static int put_u32(struct mf__buf *b, size_t v)
{
	uint32_t u = (uint32_t)v;

	return v > UINT32_MAX ? -1 : put(b, &u, 4);
}

static int put_value(struct mf__buf *b, json_t *v)
{
	char t;

	switch (json_typeof(v)) {
	case JSON_NULL:
		return put(b, "n", 1);
	case JSON_TRUE:
		return put(b, "t", 1);
	case JSON_FALSE:
		return put(b, "f", 1);
	case JSON_INTEGER: {
		int64_t i = (int64_t)json_integer_value(v);
		return put(b, "i", 1) || put(b, &i, 8);
	}
	case JSON_REAL: {
		double r = json_real_value(v);
		return put(b, "r", 1) || put(b, &r, 8);
	}
	case JSON_STRING:
		return put(b, "s", 1) || put_u32(b, json_string_length(v)) ||
		       put(b, json_string_value(v), json_string_length(v));
	case JSON_ARRAY: {
		size_t i;
		json_t *item;

		if (put(b, "a", 1) || put_u32(b, json_array_size(v)))
			return -1;
		json_array_foreach(v, i, item) {
			if (put_value(b, item))
				return -1;
		}
		return 0;
	}
	case JSON_OBJECT:
		t = 'o';
		if (put(b, &t, 1) || put_u32(b, json_object_size(v)))
			return -1;
		for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
			size_t kl = json_object_iter_key_len(it);

			if (put_u32(b, kl) || put(b, json_object_iter_key(it), kl) ||
			    put_value(b, json_object_iter_value(it)))
				return -1;
		}
		return 0;
	}
	return -1;
}

int mf__doc_blob_serialize(const char *const *names, json_t *const *docs, size_t n,
			   uint64_t data_hash, char **out, size_t *len)
{
	struct mf__buf b;
	uint64_t count = n, body;
	int bad;

	*out = NULL;
	*len = 0;
	mf__buf_init(&b, (size_t)1 << 30);
	bad = put(&b, DOC_MAGIC, 8) || put(&b, &data_hash, 8) || put(&b, &count, 8) ||
	      put(&b, &(uint64_t){0}, 8);
	for (size_t i = 0; !bad && i < n; i++) {
		size_t at;
		uint64_t vlen;

		if (!json_is_object(docs[i]) || put_u32(&b, strlen(names[i])) ||
		    put(&b, names[i], strlen(names[i])) || put(&b, &(uint64_t){0}, 8)) {
			bad = 1;
			break;
		}
		at = b.len;
		bad = put_value(&b, docs[i]);
		vlen = b.len - at;
		if (!bad)
			memcpy(b.data + at - 8, &vlen, 8);
	}
	if (bad) {
		mf__buf_free(&b);
		return -1;
	}
	body = b.len - HEADER_LEN;
	memcpy(b.data + 24, &body, 8);
	*len = b.len;
	*out = mf__buf_steal(&b);
	return *out ? 0 : -1;
}

/* ---- reading (a start) ---- */

struct reader {
	const unsigned char *p, *end;
};

static int get(struct reader *r, void *out, size_t n)
{
	if ((size_t)(r->end - r->p) < n)
		return -1;
	memcpy(out, r->p, n);
	r->p += n;
	return 0;
}

/* Is s[0..n) UTF-8 as jansson's parser takes it (no overlong form, no
 * surrogate, nothing past U+10FFFF) without a NUL?  Eight ASCII bytes at
 * a time: most of the data is ASCII. */
static int utf8_ok(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		uint64_t w;
		unsigned c = s[i];
		size_t k;
		uint32_t cp;

		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			/* no high bit and no zero byte among the eight */
			if (!(w & 0x8080808080808080ULL) &&
			    !((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if (c < 0x80) {
			if (!c)
				return 0;
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			k = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			k = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			k = 3, cp = c & 0x07;
		else
			return 0;
		if (n - i - 1 < k)
			return 0;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + j] & 0x3f);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += k + 1;
	}
	return 1;
}

/* A length-prefixed run of UTF-8 bytes inside the blob, or NULL. */
static const char *get_text(struct reader *r, size_t *n)
{
	uint32_t u;
	const unsigned char *s;

	if (get(r, &u, 4) || (size_t)(r->end - r->p) < u || !utf8_ok(r->p, u))
		return NULL;
	s = r->p;
	r->p += u;
	*n = u;
	return (const char *)s;
}

static json_t *get_value(struct reader *r, int depth)
{
	json_t *v = NULL;
	uint32_t count;
	const char *s;
	size_t n;

	if (r->p >= r->end || depth > MAX_DEPTH)
		return NULL;
	switch (*r->p++) {
	case 'n':
		return json_null();
	case 't':
		return json_true();
	case 'f':
		return json_false();
	case 'i': {
		int64_t i;
		return get(r, &i, 8) ? NULL : json_integer((json_int_t)i);
	}
	case 'r': {
		double d;
		return get(r, &d, 8) || !isfinite(d) ? NULL : json_real(d);
	}
	case 's':
		s = get_text(r, &n);
		return s ? json_stringn_nocheck(s, n) : NULL;
	case 'a':
		/* each value takes a byte at least */
		if (get(r, &count, 4) || count > (size_t)(r->end - r->p) || !(v = json_array()))
			return NULL;
		for (uint32_t i = 0; i < count; i++) {
			json_t *item = get_value(r, depth + 1);
			if (!item || json_array_append_new(v, item)) {
				json_decref(v);
				return NULL;
			}
		}
		return v;
	case 'o':
		/* each member takes five bytes at least */
		if (get(r, &count, 4) || count > (size_t)(r->end - r->p) / 5 || !(v = json_object()))
			return NULL;
		for (uint32_t i = 0; i < count; i++) {
			json_t *item;

			if (!(s = get_text(r, &n)) || !(item = get_value(r, depth + 1)) ||
			    json_object_setn_new_nocheck(v, s, n, item) ||
			    json_object_size(v) != (size_t)i + 1) {
				/* (setn_new takes item even when it fails) */
				json_decref(v);
				return NULL;
			}
		}
		return v;
	}
	return NULL;
}

/* One document to build: its value's bytes and its file. */
struct job {
	const unsigned char *p, *end;
	size_t file;
};

/* The documents to build, taken in turn (the biggest first) by the
 * calling thread and, with two CPUs, a helper (as data_parse.c parses). */
struct pool {
	struct job *jobs;
	size_t n, next;        /* next: the next job to take (atomic) */
	json_t **docs;
	int failed;            /* (atomic) */
};

static void *build_docs(void *arg)
{
	struct pool *p = arg;
	size_t k;

	while ((k = __atomic_fetch_add(&p->next, 1, __ATOMIC_RELAXED)) < p->n) {
		struct reader one = {p->jobs[k].p, p->jobs[k].end};
		json_t *v = *one.p == 'o' ? get_value(&one, 1) : NULL;

		if (v && one.p != one.end) {
			json_decref(v);
			v = NULL;
		}
		if (!v)
			__atomic_store_n(&p->failed, 1, __ATOMIC_RELAXED);
		p->docs[p->jobs[k].file] = v;
	}
	return NULL;
}

static int bigger_first(const void *a, const void *b)
{
	size_t la = (size_t)(((const struct job *)a)->end - ((const struct job *)a)->p);
	size_t lb = (size_t)(((const struct job *)b)->end - ((const struct job *)b)->p);

	return la < lb ? 1 : la > lb ? -1 : 0;
}

int mf__doc_blob_take(const void *blob, size_t len, uint64_t data_hash,
		      const char *const *names, json_t **docs, size_t n)
{
	const unsigned char *b = blob;
	struct reader r;
	uint64_t h, count, body;
	size_t at = 0;
	struct pool pool = {0};
	pthread_t helper;
	int helped;

	if (!b || len < HEADER_LEN || memcmp(b, DOC_MAGIC, 8) != 0)
		return -1;
	memcpy(&h, b + 8, 8);
	memcpy(&count, b + 16, 8);
	memcpy(&body, b + 24, 8);
	if (h != data_hash || body != len - HEADER_LEN || count > n)
		return -1;
	if (!(pool.jobs = malloc((count ? count : 1) * sizeof *pool.jobs)))
		return -1;
	/* where each document is, and whose it is */
	r.p = b + HEADER_LEN;
	r.end = b + len;
	for (uint64_t d = 0; d < count; d++) {
		const char *name;
		size_t name_len, k;
		uint64_t vlen;

		if (!(name = get_text(&r, &name_len)) || get(&r, &vlen, 8) || vlen == 0 ||
		    vlen > (uint64_t)(r.end - r.p))
			goto refused;
		/* the files come in the blob's order: look from the last one on */
		for (k = 0; k < n; k++) {
			size_t i = (at + k) % n;
			if (strlen(names[i]) == name_len && memcmp(names[i], name, name_len) == 0)
				break;
		}
		if (k == n)
			goto refused;
		at = (at + k) % n;
		for (size_t j = 0; j < pool.n; j++)
			if (pool.jobs[j].file == at)
				goto refused;
		pool.jobs[pool.n++] = (struct job){r.p, r.p + vlen, at};
		r.p += vlen;
	}
	if (r.p != r.end)
		goto refused;
	/* then the documents, on two threads when there are two CPUs */
	qsort(pool.jobs, pool.n, sizeof *pool.jobs, bigger_first);
	pool.docs = docs;
	helped = mf__second_thread(pool.n, len, build_docs, &pool, &helper);
	build_docs(&pool);
	if (helped)
		pthread_join(helper, NULL);
	if (!pool.failed) {
		free(pool.jobs);
		return 0;
	}
refused:
	free(pool.jobs);
	for (size_t i = 0; i < n; i++) {
		json_decref(docs[i]);
		docs[i] = NULL;
	}
	return -1;
}
