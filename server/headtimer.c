/*
 * headtimer.c: a deadline for the whole request head.  libmicrohttpd's
 * --timeout counts from a connection's last byte, so a client sending one
 * header byte every few seconds keeps a connection (and a per-address
 * slot) for as long as it likes.  Here every connection is registered
 * (its descriptor and since when it waits for a head: its start, or the
 * end of its last request); the main thread sweeps the register once a
 * second and shuts down (shutdown(2), both ways) each connection whose
 * head is later than --head-timeout.  libmicrohttpd then sees the end of
 * the stream and closes the connection itself, as if the client had.
 *
 * The register's lock makes the shutdown safe: a connection leaves the
 * register in libmicrohttpd's "closed" notice, which comes before it
 * closes the descriptor, so a descriptor shut down here is never one
 * reused by another connection.
 */
#include <pthread.h>
#include <sys/socket.h>

#include "server.h"

int srv_heads_init(struct srv_heads *h)
{
	h->first = NULL;
	return pthread_mutex_init(&h->lock, NULL) == 0 ? 0 : -1;
}

void srv_heads_destroy(struct srv_heads *h)
{
	pthread_mutex_destroy(&h->lock);
}

void srv_heads_add(struct srv_heads *h, struct srv_conn *c)
{
	pthread_mutex_lock(&h->lock);
	c->prev = NULL;
	c->next = h->first;
	if (h->first)
		h->first->prev = c;
	h->first = c;
	pthread_mutex_unlock(&h->lock);
}

void srv_heads_remove(struct srv_heads *h, struct srv_conn *c)
{
	pthread_mutex_lock(&h->lock);
	if (c->prev)
		c->prev->next = c->next;
	else if (h->first == c)
		h->first = c->next;
	if (c->next)
		c->next->prev = c->prev;
	c->prev = c->next = NULL;
	pthread_mutex_unlock(&h->lock);
}

size_t srv_heads_sweep(struct srv_heads *h, uint64_t now_ns, uint64_t limit_ns)
{
	size_t n = 0;

	pthread_mutex_lock(&h->lock);
	for (struct srv_conn *c = h->first; c; c = c->next) {
		uint64_t since = atomic_load_explicit(&c->head_since_ns, memory_order_relaxed);
		if (since && now_ns > since && now_ns - since > limit_ns && !c->cut) {
			shutdown(c->fd, SHUT_RDWR);
			c->cut = 1;
			n++;
		}
	}
	pthread_mutex_unlock(&h->lock);
	return n;
}
