/*
 * ratelimit.c: a token bucket per client address, for the endpoints that
 * make the server act on the network (/api/check sends DNS queries for
 * any name a client gives).  A fixed table of slots (no growth: memory is
 * bounded whatever the number of clients); a client not seen for long
 * gives its slot to a new one, and a forgotten client starts with a full
 * bucket, which only ever errs towards the limit's burst.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

#define PROBES 8 /* slots looked at per address before evicting the stalest */

struct slot {
	char client[64];
	double tokens;
	uint64_t last_ns;
};

struct srv_ratelimit {
	pthread_mutex_t lock;
	double per_ns;        /* tokens gained per nanosecond */
	double burst;
	size_t n_slots;
	struct slot *slots;
};

struct srv_ratelimit *srv_ratelimit_new(unsigned per_min, unsigned burst, size_t slots)
{
	struct srv_ratelimit *rl = calloc(1, sizeof *rl);

	if (!rl)
		return NULL;
	rl->slots = calloc(slots ? slots : 1, sizeof *rl->slots);
	if (!rl->slots) {
		free(rl);
		return NULL;
	}
	pthread_mutex_init(&rl->lock, NULL);
	rl->n_slots = slots ? slots : 1;
	rl->per_ns = (double)per_min / 60e9;
	rl->burst = burst ? burst : 1;
	return rl;
}

void srv_ratelimit_free(struct srv_ratelimit *rl)
{
	if (!rl)
		return;
	pthread_mutex_destroy(&rl->lock);
	free(rl->slots);
	free(rl);
}

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

int srv_ratelimit_take(struct srv_ratelimit *rl, const char *client, uint64_t now_ns,
		       unsigned *retry_s)
{
	size_t start = (size_t)(hash(client) % rl->n_slots), pick = start;
	struct slot *sl = NULL;
	int ok;

	pthread_mutex_lock(&rl->lock);
	for (size_t i = 0; i < PROBES && i < rl->n_slots; i++) {
		struct slot *c = &rl->slots[(start + i) % rl->n_slots];
		if (strcmp(c->client, client) == 0 && c->client[0]) {
			sl = c;
			break;
		}
		if (c->last_ns < rl->slots[pick].last_ns)
			pick = (start + i) % rl->n_slots;
	}
	if (!sl) {
		sl = &rl->slots[pick];
		snprintf(sl->client, sizeof sl->client, "%s", client);
		sl->tokens = rl->burst;
		sl->last_ns = now_ns;
	}
	if (now_ns > sl->last_ns) {
		sl->tokens += (double)(now_ns - sl->last_ns) * rl->per_ns;
		if (sl->tokens > rl->burst)
			sl->tokens = rl->burst;
	}
	sl->last_ns = now_ns;
	ok = sl->tokens >= 1.0;
	if (ok) {
		sl->tokens -= 1.0;
	} else if (retry_s) {
		double wait_ns = rl->per_ns > 0 ? (1.0 - sl->tokens) / rl->per_ns : 3600e9;
		*retry_s = (unsigned)(wait_ns / 1e9) + 1;
	}
	pthread_mutex_unlock(&rl->lock);
	return ok;
}
