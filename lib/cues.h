/*
 * cues.h: the words around a match that change what it means (cues.c):
 * negation cues before a match, and the context cues that make it
 * history (resolved, or before a change of topic) or a guess.
 */
#ifndef MF_CUES_H
#define MF_CUES_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* Is the match at `start` negated ("no 550", "不是账号冻结")? */
int mf__negated(const struct mf__data *d, const char *t, size_t start);
/* Is span k of `rule` inside a negated span of the same rule? */
int mf__inside_negated(const struct mf__data *d, const char *t, const struct mf__match *spans,
		       size_t n, size_t k, int rule);

/* The context cues found in one text (at most this many of each kind). */
#define MF__MAX_CONTEXT_CUES 16
struct mf__context_cues {
	int has_shift;
	uint32_t shift_at;                         /* start of the last topic shift */
	uint32_t resolved[MF__MAX_CONTEXT_CUES];   /* starts of "resolved" cues */
	size_t n_resolved;
	uint32_t guess_end[MF__MAX_CONTEXT_CUES];  /* ends of "guess" cues */
	size_t n_guess;
	uint32_t contrast[MF__MAX_CONTEXT_CUES];   /* starts of "contrast" cues */
	size_t n_contrast;
};

void mf__context_add(struct mf__context_cues *c, enum mf__context_kind kind, uint32_t start,
		     uint32_t end);

enum mf__span_state {
	MF__SPAN_LIVE,    /* evidence */
	MF__SPAN_GUESS,   /* the user's guess: gives way to evidence of another path */
	MF__SPAN_HISTORY, /* over, or before the topic shift (when use_shift) */
	MF__SPAN_UNSEEN   /* (route.c: no match looked at yet) */
};

/* What the cues make of the match [start, end) of normalized text t. */
enum mf__span_state mf__span_context(const struct mf__context_cues *c, const char *t, size_t len,
				     uint32_t start, uint32_t end, int use_shift);

#endif
