/*
 * explain_jobs.c: the window behind `mailfix explain --jobs N`.  The
 * caller's thread reads messages and queues them here; N worker threads
 * take them in turn and explain them (each call has its own GMime objects
 * and borrows its own Vectorscan scratch from the shared context, see
 * lib/bounce_mime.c "Threads" and lib/match.c); the caller's thread writes
 * the answers strictly in input order, so the output is the same bytes as
 * with one thread.  The window holds at most `window` messages and
 * `max_bytes` message bytes at once (one larger message goes in alone), so
 * a million files or a huge mbox stream through constant memory.
 * Message buffers are handed over, never copied, and go back to the
 * reader for the next read.  No global state: all of it is in struct ejobs.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "explain_jobs.h"

/* A slot's buffer is kept for the next message unless it grew past this
 * (a 50 MB bounce's buffer is freed as soon as its answer is written). */
#define KEEP_BUFFER (256 * 1024)

enum { SLOT_FREE, SLOT_QUEUED, SLOT_DONE };

struct ejobs {
	pthread_mutex_t lock;
	pthread_cond_t queued;     /* a message was queued, or stop */
	pthread_cond_t room;       /* the oldest message in flight is done (and
				      half the queue taken) */
	struct ejob *slots;        /* message number s lives in slots[s % window] */
	unsigned char *state;      /* SLOT_* per slot */
	size_t window;
	size_t head;               /* the next message to write */
	size_t take;               /* the next message for a worker */
	size_t tail;               /* the next message to queue */
	size_t bytes, max_bytes;   /* message bytes in flight, and their ceiling */
	int stop;
	pthread_t *threads;
	int n_threads;
	ejob_work_fn work;
	ejob_done_fn done;
	void *arg;
};

static void *worker(void *p)
{
	struct ejobs *q = p;
	/* this thread's own, for all its messages */
	struct mf_explain_ws *ws = mf_explain_ws_new();

	pthread_mutex_lock(&q->lock);
	for (;;) {
		size_t seq;

		while (q->take == q->tail && !q->stop)
			pthread_cond_wait(&q->queued, &q->lock);
		if (q->take == q->tail)
			break;
		seq = q->take++;
		pthread_mutex_unlock(&q->lock);
		/* Slot seq is this thread's alone until it is marked done. */
		q->work(q->arg, ws, &q->slots[seq % q->window]);
		pthread_mutex_lock(&q->lock);
		q->state[seq % q->window] = SLOT_DONE;
		/* The reader waits only ever for the oldest message, and is woken
		 * once the workers have used up half of what is queued: it then
		 * writes every finished answer and fills the window again in one
		 * go, instead of waking for each message. */
		if (q->state[q->head % q->window] == SLOT_DONE &&
		    q->tail - q->take <= q->window / 2)
			pthread_cond_signal(&q->room);
	}
	pthread_mutex_unlock(&q->lock);
	mf_explain_ws_free(ws);
	return NULL;
}

/* With the lock held: write every finished answer at the head of the
 * window, in order, and free their slots.  `done` runs unlocked: a slot
 * marked done belongs to the reader's thread. */
static void drain(struct ejobs *q)
{
	while (q->head < q->tail && q->state[q->head % q->window] == SLOT_DONE) {
		struct ejob *j = &q->slots[q->head % q->window];
		size_t len = j->len;

		pthread_mutex_unlock(&q->lock);
		q->done(q->arg, j);
		free(j->out);
		free(j->source);
		free(j->file);
		free(j->check_domain);
		j->out = j->source = j->file = j->check_domain = NULL;
		if (j->cap > KEEP_BUFFER) {
			free(j->msg);
			j->msg = NULL;
			j->cap = 0;
		}
		j->len = 0;
		pthread_mutex_lock(&q->lock);
		q->bytes -= len;
		q->state[q->head % q->window] = SLOT_FREE;
		q->head++;
	}
}

static void stop_workers(struct ejobs *q, int n)
{
	pthread_mutex_lock(&q->lock);
	q->stop = 1;
	pthread_cond_broadcast(&q->queued);
	pthread_mutex_unlock(&q->lock);
	for (int i = 0; i < n; i++)
		pthread_join(q->threads[i], NULL);
}

static void destroy(struct ejobs *q)
{
	for (size_t i = 0; i < q->window; i++)
		free(q->slots[i].msg);
	pthread_cond_destroy(&q->room);
	pthread_cond_destroy(&q->queued);
	pthread_mutex_destroy(&q->lock);
	free(q->threads);
	free(q->state);
	free(q->slots);
	free(q);
}

int ejobs_new(struct ejobs **out, int n_threads, size_t window, size_t max_bytes,
	      ejob_work_fn work, ejob_done_fn done, void *arg)
{
	struct ejobs *q = calloc(1, sizeof *q);

	*out = NULL;
	if (!q)
		return MF_ENOMEM;
	q->window = window ? window : 1;
	q->max_bytes = max_bytes;
	q->work = work;
	q->done = done;
	q->arg = arg;
	q->slots = calloc(q->window, sizeof *q->slots);
	q->state = calloc(q->window, 1);
	q->threads = calloc((size_t)n_threads, sizeof *q->threads);
	if (!q->slots || !q->state || !q->threads) {
		free(q->slots);
		free(q->state);
		free(q->threads);
		free(q);
		return MF_ENOMEM;
	}
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->queued, NULL);
	pthread_cond_init(&q->room, NULL);
	for (int i = 0; i < n_threads; i++) {
		if (pthread_create(&q->threads[i], NULL, worker, q) != 0) {
			stop_workers(q, i);
			destroy(q);
			return MF_EENGINE;
		}
		q->n_threads = i + 1;
	}
	*out = q;
	return 0;
}

int ejobs_put(struct ejobs *q, const char *source, const char *file, char **buf,
	      size_t *cap, size_t len, const struct mf_error *pre)
{
	char *s = strdup(source), *f = file ? strdup(file) : NULL;
	struct ejob *j;

	if (!s || (file && !f)) {
		free(s);
		free(f);
		return MF_ENOMEM;
	}
	pthread_mutex_lock(&q->lock);
	for (;;) {
		drain(q);
		if (q->tail - q->head < q->window &&
		    (q->head == q->tail || q->bytes + len <= q->max_bytes))
			break;
		pthread_cond_wait(&q->room, &q->lock);
	}
	j = &q->slots[q->tail % q->window];
	j->source = s;
	j->file = f;
	if (buf) {
		/* The reader's buffer for the slot's spare one. */
		char *b = j->msg;
		size_t c = j->cap;

		j->msg = *buf;
		j->cap = *cap;
		*buf = b;
		*cap = c;
	}
	j->len = len;
	j->has_pre = pre != NULL;
	if (pre)
		j->pre = *pre;
	j->out = NULL;
	j->rc = 0;
	j->n_bounces = 0;
	q->bytes += len;
	q->state[q->tail % q->window] = SLOT_QUEUED;
	q->tail++;
	pthread_cond_signal(&q->queued);
	pthread_mutex_unlock(&q->lock);
	return 0;
}

void ejobs_free(struct ejobs *q)
{
	if (!q)
		return;
	pthread_mutex_lock(&q->lock);
	for (;;) {
		drain(q);
		if (q->head == q->tail)
			break;
		pthread_cond_wait(&q->room, &q->lock);
	}
	pthread_mutex_unlock(&q->lock);
	stop_workers(q, q->n_threads);
	destroy(q);
}
