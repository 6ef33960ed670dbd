/*
 * accesslog.c: the access log of `mailfix serve`: one line per request,
 * "TIME CLIENT METHOD PATH STATUS BYTES MICROSECONDSus" (never bodies, never
 * query strings), without a system call or a shared lock per request.
 *
 * Each worker thread appends its lines to its own buffer, under the
 * buffer's own mutex, which only the flusher thread also takes (every
 * 100 ms, or sooner when a buffer is half full), so the mutex is never
 * contended between workers.  The flusher swaps the full buffer for the
 * empty one it has written before, and writes the lines outside the lock,
 * in whole lines of at most PIPE_BUF bytes per write(2): such writes are
 * atomic on a pipe, so lines from here and other messages on standard
 * error never mix.  A worker whose buffer is full waits until the flusher
 * has taken it (the same back-pressure a blocking write would give):
 * lines are never dropped.  srv_log_stop writes what is left and joins
 * the flusher; the server calls it after the daemon has stopped, when no
 * more lines can come.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "server.h"

/* Per worker: fill + out.  At 20,000 requests a second a line of ~100
 * bytes, 100 ms of lines is ~200 KiB: the timer, not the size, flushes. */
#define LOG_BUF_BYTES (256 * 1024)
/* The longest line: stamp, client, method, path, three numbers. */
#define LOG_LINE_MAX (24 + 64 + 16 + 256 + 3 * 21 + 8)
#define LOG_PERIOD_NS (100 * 1000 * 1000)

/* Write `n` bytes in pieces of at most PIPE_BUF that end at a newline.
 * A failing standard error (closed, full disk) loses the lines; the
 * server goes on. */
static void write_lines(int fd, const char *p, size_t n)
{
	while (n) {
		size_t k = n;
		if (k > PIPE_BUF) {
			k = PIPE_BUF;
			while (k > 0 && p[k - 1] != '\n')
				k--;
			if (k == 0)
				k = PIPE_BUF; /* no newline: cannot happen, lines are short */
		}
		ssize_t w = write(fd, p, k);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

/* Take the lines of one buffer and write them. */
static void flush_buf(struct srv_log *log, struct srv_logbuf *b)
{
	char *t;
	size_t n;

	pthread_mutex_lock(&b->lock);
	n = b->fill_len;
	if (n) {
		t = b->out;
		b->out = b->fill;
		b->fill = t;
		b->fill_len = 0;
	}
	b->kicked = 0;
	if (b->waiting)
		pthread_cond_broadcast(&b->room);
	pthread_mutex_unlock(&b->lock);
	/* `out` is the flusher's alone until the next swap, which is its own. */
	if (n)
		write_lines(log->fd, b->out, n);
}

static void *flusher(void *arg)
{
	struct srv_log *log = arg;
	int stop;

	pthread_mutex_lock(&log->lock);
	for (;;) {
		if (!log->kicked && !log->stop) {
			struct timespec until;
			clock_gettime(CLOCK_MONOTONIC, &until);
			until.tv_nsec += LOG_PERIOD_NS;
			if (until.tv_nsec >= 1000000000) {
				until.tv_sec++;
				until.tv_nsec -= 1000000000;
			}
			pthread_cond_timedwait(&log->wake, &log->lock, &until);
		}
		log->kicked = 0;
		stop = log->stop;
		pthread_mutex_unlock(&log->lock);
		for (size_t i = 0; i < log->n_bufs; i++)
			flush_buf(log, &log->bufs[i]);
		if (stop)
			return NULL; /* the lines added before the stop are written */
		pthread_mutex_lock(&log->lock);
	}
}

static void kick(struct srv_log *log)
{
	pthread_mutex_lock(&log->lock);
	log->kicked = 1;
	pthread_cond_signal(&log->wake);
	pthread_mutex_unlock(&log->lock);
}

int srv_log_start(struct srv_log *log, int fd, size_t n_bufs)
{
	pthread_condattr_t ca;

	memset(log, 0, sizeof *log);
	log->fd = fd;
	log->bufs = calloc(n_bufs, sizeof *log->bufs);
	if (!log->bufs)
		return -1;
	log->n_bufs = n_bufs;
	for (size_t i = 0; i < n_bufs; i++) {
		struct srv_logbuf *b = &log->bufs[i];
		b->fill = malloc(LOG_BUF_BYTES);
		b->out = malloc(LOG_BUF_BYTES);
		b->cap = LOG_BUF_BYTES;
		b->stamp_sec = -1;
		pthread_mutex_init(&b->lock, NULL);
		pthread_cond_init(&b->room, NULL);
		if (!b->fill || !b->out) {
			log->n_bufs = i + 1;
			srv_log_stop(log);
			return -1;
		}
	}
	pthread_mutex_init(&log->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&log->wake, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&log->flusher, NULL, flusher, log) != 0) {
		srv_log_stop(log);
		return -1;
	}
	log->running = 1;
	return 0;
}

void srv_log_stop(struct srv_log *log)
{
	if (log->running) {
		pthread_mutex_lock(&log->lock);
		log->stop = 1;
		pthread_cond_signal(&log->wake);
		pthread_mutex_unlock(&log->lock);
		pthread_join(log->flusher, NULL);
		log->running = 0;
		pthread_mutex_destroy(&log->lock);
		pthread_cond_destroy(&log->wake);
	}
	for (size_t i = 0; i < log->n_bufs; i++) {
		struct srv_logbuf *b = &log->bufs[i];
		/* Lines of a thread that came after the last flush (none once
		 * the daemon is stopped; kept for safety). */
		if (b->fill && b->fill_len)
			write_lines(log->fd, b->fill, b->fill_len);
		free(b->fill);
		free(b->out);
		pthread_mutex_destroy(&b->lock);
		pthread_cond_destroy(&b->room);
	}
	free(log->bufs);
	log->bufs = NULL;
	log->n_bufs = 0;
}

/* ---- formatting a line ------------------------------------------------- */

static char *put_str(char *p, const char *s)
{
	size_t n = strlen(s);

	memcpy(p, s, n);
	return p + n;
}

static char *put_u64(char *p, uint64_t v)
{
	char tmp[21], *t = tmp + sizeof tmp;

	do {
		*--t = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(p, t, (size_t)(tmp + sizeof tmp - t));
	return p + (tmp + sizeof tmp - t);
}

static char *put_2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

/* "2026-11-26T08:28:35Z", remade once a second. */
static void make_stamp(struct srv_logbuf *b, time_t sec)
{
	struct tm tm;
	char *p = b->stamp;

	gmtime_r(&sec, &tm);
	p = put_u64(p, (uint64_t)(tm.tm_year + 1900));
	*p++ = '-';
	p = put_2(p, tm.tm_mon + 1);
	*p++ = '-';
	p = put_2(p, tm.tm_mday);
	*p++ = 'T';
	p = put_2(p, tm.tm_hour);
	*p++ = ':';
	p = put_2(p, tm.tm_min);
	*p++ = ':';
	p = put_2(p, tm.tm_sec);
	*p++ = 'Z';
	*p = '\0';
	b->stamp_sec = (int64_t)sec;
}

void srv_log_request(struct srv *s, struct srv_worker *w, const struct srv_request *req,
		     uint64_t us)
{
	struct srv_logbuf *b = &s->log.bufs[w - s->workers];
	struct timespec now;
	char *p;
	int kick_now = 0;

	clock_gettime(CLOCK_REALTIME, &now);
	pthread_mutex_lock(&b->lock);
	while (b->fill_len + LOG_LINE_MAX > b->cap) {
		b->waiting++;
		b->kicked = 1;
		pthread_mutex_unlock(&b->lock);
		kick(&s->log);
		pthread_mutex_lock(&b->lock);
		if (b->fill_len + LOG_LINE_MAX > b->cap)
			pthread_cond_wait(&b->room, &b->lock);
		b->waiting--;
	}
	if ((int64_t)now.tv_sec != b->stamp_sec)
		make_stamp(b, now.tv_sec);
	p = b->fill + b->fill_len;
	p = put_str(p, b->stamp);
	*p++ = ' ';
	p = put_str(p, req->client && req->client[0] ? req->client : "-");
	*p++ = ' ';
	p = put_str(p, req->method_name[0] ? req->method_name : "-");
	*p++ = ' ';
	p = put_str(p, req->path);
	*p++ = ' ';
	p = put_u64(p, req->status);
	*p++ = ' ';
	p = put_u64(p, req->bytes_out);
	*p++ = ' ';
	p = put_u64(p, us);
	memcpy(p, "us\n", 3);
	p += 3;
	b->fill_len = (size_t)(p - b->fill);
	if (!b->kicked && b->fill_len > b->cap / 2) {
		b->kicked = 1;
		kick_now = 1;
	}
	pthread_mutex_unlock(&b->lock);
	if (kick_now)
		kick(&s->log);
}
