/*
 * data_parse.c: turn the data files' bytes into JSON documents (jansson),
 * the largest part of loading the data.  The files are independent, so
 * when the process may run on two CPUs or more a second thread parses
 * some of them while the calling one parses the rest; each takes the next
 * file not yet taken, the biggest first.  The outcome does not depend on
 * the threads: every file is parsed whatever the others give, and a
 * failure is reported for the first failing file in the files' order, as
 * one thread would.  When a thread cannot be started, the calling thread
 * parses every file itself.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "data_load.h"
#include "internal.h"

struct parse_pool {
	struct mf__json_file *files;
	size_t *order;          /* the files, biggest first */
	size_t n;
	size_t next;            /* the next of order[] to take (atomic) */
	const char *prefix;     /* for error messages: "DIR/" or "" */
	struct mf_error *errs;  /* one per file */
	int *rcs;
};

/* Did jansson fail for want of memory (its code says so, or it gave no
 * place and no words, as its allocation failures do), rather than for
 * the text? */
static int out_of_memory(const json_error_t *je)
{
	return json_error_code(je) == json_error_out_of_memory ||
	       (je->line < 0 && je->text[0] == '\0');
}

/* Parse one file into f->doc, or fail into *err. */
static int parse_one(const char *prefix, struct mf__json_file *f, struct mf_error *err)
{
	json_error_t je;
	char where[256];
	/* jansson 2.14's lexer ignores a failed append to the token it is
	 * saving and then copies a string past its end (a crash, not an
	 * error) when memory runs out in the middle of one: ask first for
	 * more than parsing the file takes, and say "out of memory" when
	 * even that is not there */
	void *room = malloc(16 * f->len + 65536);

	f->doc = NULL;
	if (!room)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory reading %s%s", prefix,
				f->name);
	free(room);
	f->doc = json_loadb(f->bytes, f->len, JSON_REJECT_DUPLICATES, &je);
	/* (the built-in files parsed when the build checked them: failing
	 * now, they can only have lacked memory, whatever jansson says) */
	if (!f->doc && (out_of_memory(&je) || !prefix[0]))
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory reading %s%s", prefix,
				f->name);
	if (!f->doc) {
		snprintf(where, sizeof where, "%s%s:%d:%d", prefix, f->name, je.line, je.column);
		return mf__fail(err, MF_EDATA, where, "fix the JSON syntax (or the UTF-8) at that place",
				"%s: %s", where, je.text);
	}
	if (!json_is_object(f->doc)) {
		json_decref(f->doc);
		f->doc = NULL;
		return mf__fail(err, MF_EDATA, f->name, NULL,
				"%s: the top level must be a JSON object", f->name);
	}
	return 0;
}

static void *parse_files(void *arg)
{
	struct parse_pool *p = arg;
	size_t k;

	while ((k = __atomic_fetch_add(&p->next, 1, __ATOMIC_RELAXED)) < p->n) {
		size_t i = p->order[k];
		p->rcs[i] = parse_one(p->prefix, &p->files[i], &p->errs[i]);
	}
	return NULL;
}

static int bigger_first(const void *a, const void *b, void *files)
{
	const struct mf__json_file *f = files;
	size_t la = f[*(const size_t *)a].len, lb = f[*(const size_t *)b].len;

	return la < lb ? 1 : la > lb ? -1 : 0;
}

int mf__json_parse_files(struct mf__json_file *files, size_t n, const char *prefix,
			 struct mf_error *err)
{
	struct parse_pool p = {files, NULL, n, 0, prefix, NULL, NULL};
	pthread_t helper;
	int helped, rc = 0;

	p.order = malloc((n ? n : 1) * sizeof *p.order);
	p.errs = calloc(n ? n : 1, sizeof *p.errs);
	p.rcs = calloc(n ? n : 1, sizeof *p.rcs);
	if (!p.order || !p.errs || !p.rcs) {
		free(p.order);
		free(p.errs);
		free(p.rcs);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		p.order[i] = i;
		files[i].doc = NULL;
	}
	qsort_r(p.order, n, sizeof *p.order, bigger_first, files);
	{
		size_t bytes = 0;
		for (size_t i = 0; i < n; i++)
			bytes += files[i].len;
		helped = mf__second_thread(n, bytes, parse_files, &p, &helper);
	}
	parse_files(&p);
	if (helped)
		pthread_join(helper, NULL);
	for (size_t i = 0; i < n && !rc; i++)
		if (p.rcs[i]) {
			rc = p.rcs[i];
			if (err)
				*err = p.errs[i];
		}
	if (rc)
		for (size_t i = 0; i < n; i++) {
			json_decref(files[i].doc);
			files[i].doc = NULL;
		}
	free(p.order);
	free(p.errs);
	free(p.rcs);
	return rc;
}
