/*
 * explain_jobs.h: `mailfix explain --jobs N`: messages explained on N
 * worker threads while one thread (the caller's) reads the input and
 * writes the answers, in input order.  Used by cmd_explain.c only.
 */
#ifndef MF_CLI_EXPLAIN_JOBS_H
#define MF_CLI_EXPLAIN_JOBS_H

#include <stddef.h>

#include "mailfix.h"

/* One message in the window.  The reader fills the input part, a worker
 * the result part; `done` sees both, on the reader's thread. */
struct ejob {
	/* input */
	char *source;            /* "path", "-" or "mbox:N" (owned) */
	char *file;              /* the mbox file of "mbox:N", or NULL (owned) */
	char *msg;               /* the message bytes, or NULL (owned, reused) */
	size_t len, cap;
	int has_pre;             /* the reader already failed: `pre` says why */
	struct mf_error pre;
	/* result */
	char *out;               /* the rendered answer (malloc'd), NULL when out of memory */
	int rc;                  /* mf_explain's code (or pre.code) */
	size_t n_bounces;
	/* --check: the original sender's domain to look up (malloc'd, or
	 * NULL), and the cause and path of its first sender-side bounce (ids
	 * of the context's data, which outlive the explanation) */
	char *check_domain;
	const char *check_cause, *check_path;
};

/* Runs on a worker thread: explain j and render its answer into j->out,
 * j->rc, j->n_bounces.  Must touch nothing but j, the thread's own
 * workspace ws (NULL when none could be made) and what is read-only. */
typedef void (*ejob_work_fn)(void *arg, struct mf_explain_ws *ws, struct ejob *j);
/* Runs on the reader's thread, once per message, in input order: write
 * j->out and count.  j->out is freed afterwards by the window. */
typedef void (*ejob_done_fn)(void *arg, struct ejob *j);

struct ejobs;

/* Start `n_threads` workers (>= 1) behind a window of at most `window`
 * messages and `max_bytes` message bytes in flight (a single larger
 * message is let in alone).  Returns 0, or MF_ENOMEM / MF_EENGINE (a thread
 * could not be started; none is left running).  Free with ejobs_free. */
int ejobs_new(struct ejobs **out, int n_threads, size_t window, size_t max_bytes,
	      ejob_work_fn work, ejob_done_fn done, void *arg);

/* Queue one message, waiting (and writing finished answers through `done`)
 * while the window is full.  The bytes are handed over, not copied: *buf
 * (capacity *cap, `len` bytes used) becomes the window's and *buf and *cap are
 * given a spare buffer back (possibly NULL/0) for the next read.  With
 * buf NULL and `pre` set, the entry is the reader's own error for this
 * source.  Returns 0 or MF_ENOMEM (nothing queued, *buf unchanged). */
int ejobs_put(struct ejobs *q, const char *source, const char *file, char **buf,
	      size_t *cap, size_t len, const struct mf_error *pre);

/* Wait for every queued message, write the rest through `done`, stop the
 * workers and free the window.  ejobs_free(NULL) does nothing. */
void ejobs_free(struct ejobs *q);

#endif
