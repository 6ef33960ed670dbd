/*
 * pattern.h: the rule-pattern compiler (pattern.c) and the chain matcher
 * (chain.c), internal to libmailfix.
 *
 * Rule patterns are regular expressions in the subset Vectorscan accepts.
 * Scanning all of them as regular expressions costs a multi-megabyte
 * automaton per query; almost all of them are really words and phrases
 * ("spf", "(账号|邮箱)(被)?冻结", "\bfrozen\b") or two phrases in the same
 * clause ("密码[^。,]*(不对|错)").  So each pattern is lowered to chains:
 * a chain is a sequence of factors (finite sets of byte strings, which
 * may carry \b ^ $ assertions at their edges or inside) and gaps (runs of
 * code points from a class, with a minimum and a maximum count).  One
 * factor of each chain, its anchor, goes into a Vectorscan literal
 * database; a hit of an anchor is confirmed by walking the chain forward
 * and backward from it in the text (chain.c).  A pattern the lowering
 * cannot express exactly stays "residual": its rule's own Vectorscan
 * database, with leftmost start offsets, confirms it when a literal the
 * pattern requires occurs (or on every text when it requires none).
 */
#ifndef MF_PATTERN_H
#define MF_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

struct mf__arena;

/* A set of code points: a bitmap for ASCII, sorted ranges above it. */
struct mf__cset {
	uint64_t ascii[2];
	uint32_t (*ranges)[2];   /* inclusive [lo, hi], lo >= 128, sorted */
	uint32_t n_ranges;
	uint8_t negated;         /* the set is every code point NOT listed */
};

enum mf__assertion {
	MF__AT_WORD = 1,     /* \b (ASCII word characters, as Vectorscan without UCP) */
	MF__AT_NOT_WORD,     /* \B */
	MF__AT_START,        /* ^ (start of the text) */
	MF__AT_END           /* $ (end of the text, or before a final newline) */
};

#define MF__LIT_MAX_AT 4

/* One string of a factor, with assertions at byte offsets 0..len. */
struct mf__lit {
	const char *bytes;
	uint16_t len;             /* MF__LIT_MAX_LEN at most */
	uint8_t n_at;
	uint8_t at_kind[MF__LIT_MAX_AT];
	uint16_t at_off[MF__LIT_MAX_AT];
};
#define MF__LIT_MAX_LEN UINT16_MAX

enum { MF__ELEM_FACTOR = 1, MF__ELEM_GAP };

/* A factor with this many strings or fewer is matched by comparing each. */
#define MF__LINEAR_LITS 8

#define MF__GAP_INF UINT32_MAX

/* Laid out for the walks (pattern.c places each chain's elements on
 * 64-byte boundaries): the first 64 bytes are what any visit reads, the
 * next 64 what a forward visit reads, the last 64 what a backward one
 * reads. */
struct mf__elem {
	int kind;
	uint32_t n_lits;
	/* gap: between min and max code points of the set */
	uint32_t min, max;
	/* factor: one of these strings, right here; sorted by their bytes,
	 * and rev[] lists them sorted by their bytes read backward (in a
	 * plan, only for more than MF__LINEAR_LITS strings) */
	const struct mf__lit *lits;
	const uint32_t *rev;
	/* more than MF__LINEAR_LITS strings: where those (not empty) starting
	 * with byte b begin, [b - first_lo] .. [b - first_lo + 1) in lits,
	 * for b in [first_lo, first_hi] (no string starts with a byte
	 * outside); and the same in rev[] by last byte */
	const uint16_t *first_idx, *last_idx;
	const struct mf__cset *set;
	uint8_t empty;            /* one of the strings is empty */
	uint8_t pairs;            /* every string has two bytes or more: the
				     first2/last2 bitmaps below apply */
	uint8_t first_lo, first_hi, last_lo, last_hi; /* the indexes' bytes */
	union {
		struct {                  /* factor: bitmaps of the strings' */
			_Alignas(16) uint8_t first[32]; /* first bytes, */
			uint8_t first2[32];   /* first two bytes (mf__pair_hash) */
		};
		uint8_t stop_fwd[32];     /* gap: bytes at which a run of the set
					     may end, read forward (all others
					     are inside it for sure) */
	};
	union {
		struct {
			_Alignas(16) uint8_t last[32];  /* last bytes, */
			uint8_t last2[32];    /* last two bytes */
		};
		uint8_t stop_bwd[32];     /* gap: the same read backward */
	};
};

struct mf__chain {
	int rule;                 /* the pattern's rule, -1 for the negation cues */
	const struct mf__elem *elems;
	uint32_t n_elems;
	uint32_t anchor;          /* the factor whose strings are in the literal database */
	/* The literals of another factor (ids in the literal database, at
	 * plan->gates[gate_first ..]): one of them must occur too before the
	 * chain is walked.  n_gate 0: none.  gate: the gate's number
	 * (0 .. plan->n_gate_ids - 1), or MF__NO_GATE. */
	uint32_t gate_first, n_gate;
	uint32_t gate;
};
#define MF__NO_GATE UINT32_MAX

/* What a literal of the database stands for: a chain anchored on it,
 * or a residual rule it wakes up. */
struct mf__use {
	uint32_t chain;           /* index into plan->chains, or MF__USE_RESIDUAL */
	uint32_t gate;            /* the chain's gate and rule, copied here so */
	int32_t rule;             /* that a hit needs nothing else of the chain
				     until it is walked; for a residual, the
				     rule to confirm */
	/* What a hit can be judged by without touching the chain: the
	 * string's \b at its ends, and the bytes the elements around it
	 * need right there (a chain of its anchor alone, with at most \b at
	 * the string's ends, is confirmed by these): */
	uint32_t next_first;      /* the factor right after the string (no
				     empty string in it): its first bytes,
				     folded (mf__fold_byte); 0: no such check */
	uint32_t prev_last;       /* the same before it: its last bytes */
	uint16_t len;             /* the string's length */
	unsigned lit : 12;        /* the string of the chain's anchor (the
				     lowering makes at most 1,024 a factor) */
	unsigned edges : 4;       /* MF__ALONE, MF__WORD_*, MF__OTHER_AT bits */
};
#define MF__ALONE 1               /* the chain is this string alone */
#define MF__WORD_START 2          /* the string has \b at its start */
#define MF__WORD_END 4            /* and at its end */
#define MF__OTHER_AT 8            /* and assertions besides those (checked
				     by mf__anchor_holds before a walk) */
#define MF__USE_RESIDUAL UINT32_MAX

/* A byte as one of 32 (exact for 32 consecutive values, so for the
 * letters). */
static inline unsigned mf__fold_byte(unsigned char b)
{
	return (b ^ (b >> 5)) & 31;
}

/* What a hit of a literal does, found with one load for most literals:
 * its uses and the gates it opens (one of each carried right here). */
struct mf__lit_index {
	union {
		struct mf__use one;   /* n_uses == 1: the use */
		uint32_t first;       /* otherwise: uses[first .. first + n_uses) */
	};
	uint32_t gates;           /* n_gates == 1: the gate; otherwise they
				     are lit_gates[gates .. gates + n_gates) */
	uint16_t n_uses, n_gates; /* MF__LIT_MAX_USES at most */
};
#define MF__LIT_MAX_USES UINT16_MAX

/* A literal that only opens gates: the gate (n_gates == 1), or where
 * they are in lit_gates. */
struct mf__gate_lit {
	uint32_t gates, n_gates;
};

struct mf__plan {
	struct mf__chain *chains;
	size_t n_chains;
	/* The literal database: unique strings, each with its uses. */
	const char **literals;
	size_t *literal_len;
	size_t n_literals;
	/* What a hit of literal i does: lit_index[i] for the literals with
	 * uses, numbered first (i < n_use_literals, in the order the chains
	 * made them), gate_lits[i - n_use_literals] for those that only open
	 * gates; the uses of literals with more than one, and the gates
	 * each literal opens (the other way round from the chains' gates),
	 * by literal */
	size_t n_use_literals;
	struct mf__lit_index *lit_index;
	struct mf__gate_lit *gate_lits;
	struct mf__use *uses;
	size_t n_uses;
	uint32_t *lit_gates;
	uint32_t *gates;          /* the chains' gates, one after another */
	size_t n_gates;
	size_t n_gate_ids;
	/* Rules with a residual pattern that requires no literal: their own
	 * database confirms them on every text. */
	int *always;
	size_t n_always;
	size_t n_residual;        /* patterns left residual (for reports) */
	int cues_unknown;         /* the negation-cue pattern is residual: assume a cue */
	struct mf__arena *arena;  /* owns all of the above */
};

/* Lower every pattern of the rules route scans (rules without a bounce
 * "reason") and the negation-cue pattern.  Never fails on a pattern: what
 * it cannot lower stays residual.  Fails only when out of memory. */
int mf__plan_build(struct mf__plan **out, const struct mf__data *d, struct mf_error *err);
void mf__plan_free(struct mf__plan *p);

/* For plan_blob.c: give plan p (whose arena is NULL) an arena holding
 * one block of n bytes at a 64-byte boundary, and return the block, not
 * zeroed, for the caller to copy the image into (NULL
 * when out of memory). */
void *mf__plan_image(struct mf__plan *p, size_t n);

/* ---- plan_blob.c: the plan built once, at build time ---- */

/* The plan as position-independent bytes tagged with the hash of the
 * data it was built from (malloc'd; -1 out of memory).  Deterministic:
 * equal plans give equal bytes. */
int mf__plan_serialize(const struct mf__plan *p, uint64_t data_hash, char **out, size_t *len);
/* Is the blob a plan of this build's format, built from the data of this
 * hash, of the length it says?  (The header only.) */
int mf__plan_blob_fits(const void *blob, size_t len, uint64_t data_hash);
/* Load a plan from its blob (one copy and pointer fix-ups; every offset
 * and index checked against the blob and n_rules): 0, MF__PLAN_REFUSED
 * when it does not fit, -1 out of memory. */
#define MF__PLAN_REFUSED 1
int mf__plan_load(struct mf__plan **out, const void *blob, size_t len, uint64_t data_hash,
		  size_t n_rules);
/* The plan of data d: loaded from the blob when it fits (blob NULL: none),
 * built from the patterns otherwise. */
int mf__plan_get(struct mf__plan **out, const struct mf__data *d, const void *blob, size_t len,
		 struct mf_error *err);
/* The plan tools/mkdb.c made at build time (embedded_db.c), or an empty
 * blob when built without. */
extern const unsigned char mf__embedded_plan[];
extern const unsigned char mf__embedded_plan_end[];

/* Two bytes as one of 256 (the first2/last2 bitmaps of a factor). */
static inline unsigned mf__pair_hash(unsigned char a, unsigned char b)
{
	return ((a * 67u) ^ b) & 0xff;
}

/* Does the text at code point boundary `pos` satisfy the assertion?
 * (Inline: called for every candidate string of every walk.) */
static inline int mf__word_byte(const unsigned char *t, size_t len, size_t i)
{
	unsigned char c;

	if (i >= len)
		return 0;
	c = t[i];
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

static inline int mf__assert_at(int kind, const unsigned char *t, size_t len, size_t pos)
{
	int before = pos > 0 && mf__word_byte(t, len, pos - 1), after = mf__word_byte(t, len, pos);

	switch (kind) {
	case MF__AT_WORD:
		return before != after;
	case MF__AT_NOT_WORD:
		return before == after;
	case MF__AT_START:
		return pos == 0;
	case MF__AT_END:
		return pos == len || (pos + 1 == len && t[pos] == '\n');
	default:
		return 0;
	}
}

/* Is code point cp in the set? */
int mf__cset_has(const struct mf__cset *s, uint32_t cp);

/* The matcher's plan (match.c). */
const struct mf__plan *mf__matcher_plan(const struct mf__matcher *m);

/* ---- chain.c ---- */

/* Steps a confirmation may take before its rule is handed to the rule's
 * own database instead (hostile texts: long gaps, many anchors). */
struct mf__budget {
	size_t left;
};

enum { MF__CHAIN_NO = 0, MF__CHAIN_YES = 1, MF__CHAIN_OVER_BUDGET = -1 };

/* Do the assertions of chain c's anchor string `lit`, found at byte
 * `start` of t, hold? */
int mf__anchor_holds(const struct mf__chain *c, uint32_t lit, const unsigned char *t, size_t len,
		     size_t start);

/* Confirm chain c from a hit of its anchor string at [start, end) of t,
 * the string's own assertions known to hold (its use's edge bits, and
 * mf__anchor_holds for MF__OTHER_AT): MF__CHAIN_YES with the match's
 * leftmost start and longest end, MF__CHAIN_NO, or MF__CHAIN_OVER_BUDGET.
 * Only the chain and the elements next to the anchor are read, not the
 * anchor's own. */
int mf__chain_confirm(const struct mf__chain *c, const unsigned char *t, size_t len,
		      size_t start, size_t end, struct mf__budget *b, uint32_t *m_start,
		      uint32_t *m_end);

#endif
