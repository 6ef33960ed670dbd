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
	int has_shift, has_quote;
	uint32_t shift_at;                         /* start of the last topic shift */
	uint32_t quote_at;                         /* start of the first quote */
	uint32_t resolved[MF__MAX_CONTEXT_CUES];   /* starts of "resolved" cues */
	size_t n_resolved;
	uint32_t guess_start[MF__MAX_CONTEXT_CUES]; /* "guess" cues */
	uint32_t guess_end[MF__MAX_CONTEXT_CUES];
	uint8_t guess_asked[MF__MAX_CONTEXT_CUES];  /* put as a question */
	size_t n_guess;
	uint32_t contrast[MF__MAX_CONTEXT_CUES];   /* starts of "contrast" cues */
	size_t n_contrast;
	uint32_t ended[MF__MAX_CONTEXT_CUES];      /* "ended" cues */
	uint32_t ended_end[MF__MAX_CONTEXT_CUES];
	uint32_t ended_from[MF__MAX_CONTEXT_CUES]; /* its line's start (route.c) */
	size_t n_ended;
	uint32_t turn[MF__MAX_CONTEXT_CUES];       /* a bot's or agent's turn: */
	uint32_t turn_end[MF__MAX_CONTEXT_CUES];   /* its line's end (route.c) */
	size_t n_turn;
	uint32_t quoted_from[MF__MAX_CONTEXT_CUES]; /* lines quoted with '>' */
	uint32_t quoted_to[MF__MAX_CONTEXT_CUES];   /* (route.c), history with the quote */
	size_t n_quoted;
};

void mf__context_add(struct mf__context_cues *c, enum mf__context_kind kind, uint32_t start,
		     uint32_t end);

enum mf__span_state {
	MF__SPAN_LIVE,    /* evidence */
	MF__SPAN_GUESS,   /* the user's guess: gives way to evidence of another path */
	MF__SPAN_ASKED,   /* a guess put as a question: gives way also to
			   * evidence of another cause on its own path */
	MF__SPAN_HISTORY, /* over, before the topic shift or inside the quote
			   * (as `mode` says) */
	MF__SPAN_UNSEEN   /* (route.c: no match looked at yet) */
};

/* What the cues make of the match [start, end) of normalized text t;
 * the topic shift and the quote (a quote cue, or lines quoted with '>')
 * count only when `mode` says (each holds
 * only when evidence stands on the right side of it: route.c). */
#define MF__USE_SHIFT 1
#define MF__USE_QUOTE 2
enum mf__span_state mf__span_context(const struct mf__context_cues *c, const char *t, size_t len,
				     uint32_t start, uint32_t end, unsigned mode);

#endif
