/*
 * arena.c: one owner for many allocations that die together.  Memory is
 * taken from blocks (the first of a size the owner chooses, each next one
 * twice the last, up to 64 KB, or bigger when one allocation needs it),
 * handed out zeroed at the alignment asked for, and given back all at
 * once.  The loaded data, the pattern plan, the texts filled with a
 * provider's facts, and the strings of one SPF, check or probe answer
 * each live in one.  An optional ceiling on the bytes held bounds what a
 * hostile input can make it take.  Not thread-safe: one owner at a time.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define BLOCK_GROWTH_CAP (64 * 1024)

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

struct mf__arena {
	struct arena_block *head;
	size_t next_block;   /* size of the next block (the first: the owner's
				choice; then doubling up to BLOCK_GROWTH_CAP) */
	size_t total;        /* bytes of all blocks */
	size_t max;          /* ceiling on total, 0 for none */
};

struct mf__arena *mf__arena_new(size_t first_block, size_t max)
{
	struct mf__arena *a = calloc(1, sizeof *a);

	if (a) {
		a->next_block = first_block ? first_block : 1024;
		a->max = max;
	}
	return a;
}

void *mf__arena_alloc_uninit(struct mf__arena *a, size_t n, size_t align)
{
	struct arena_block *b = a->head;
	size_t pad = 0;
	unsigned char *p;

	n = n ? (n + 15) & ~(size_t)15 : 16;
	if (n > SIZE_MAX / 2 || align > 4096)
		return NULL;
	if (b)
		pad = (size_t)(-(uintptr_t)(b->data + b->used) & (align - 1));
	if (!b || b->cap - b->used < pad + n) {
		size_t cap = a->next_block;

		int own = cap < n + align;

		if (own)
			cap = n + align;
		else if (a->next_block < BLOCK_GROWTH_CAP)
			a->next_block = a->next_block * 2 < BLOCK_GROWTH_CAP ? a->next_block * 2
									   : BLOCK_GROWTH_CAP;
		if (a->max && (cap > a->max || a->total > a->max - cap))
			return NULL;
		b = malloc(sizeof *b + cap);
		if (!b)
			return NULL;
		b->used = 0;
		b->cap = cap;
		a->total += cap;
		pad = (size_t)(-(uintptr_t)b->data & (align - 1));
		if (own && a->head) {
			/* one big allocation: a block of its own, behind the
			 * current one, which stays in use */
			b->next = a->head->next;
			a->head->next = b;
			b->used = pad + n;
			return b->data + pad;
		}
		b->next = a->head;
		a->head = b;
	}
	p = b->data + b->used + pad;
	b->used += pad + n;
	return p;
}

void *mf__arena_alloc_aligned(struct mf__arena *a, size_t n, size_t align)
{
	void *p = mf__arena_alloc_uninit(a, n, align);

	if (p)
		memset(p, 0, n ? (n + 15) & ~(size_t)15 : 16);
	return p;
}

void *mf__arena_alloc(struct mf__arena *a, size_t n)
{
	return mf__arena_alloc_aligned(a, n, 16);
}

void *mf__arena_dup(struct mf__arena *a, const void *p, size_t n)
{
	void *q = mf__arena_alloc(a, n);

	if (q && p && n)
		memcpy(q, p, n);
	return q;
}

char *mf__arena_strndup(struct mf__arena *a, const char *s, size_t n)
{
	char *p = mf__arena_alloc(a, n + 1);

	if (p && n)
		memcpy(p, s, n);
	return p;
}

char *mf__arena_strdup(struct mf__arena *a, const char *s)
{
	return mf__arena_strndup(a, s, strlen(s));
}

char *mf__arena_printf(struct mf__arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(p = mf__arena_alloc(a, (size_t)n + 1)))
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

size_t mf__arena_total(const struct mf__arena *a)
{
	return a ? a->total : 0;
}

void mf__arena_reset(struct mf__arena *a)
{
	struct arena_block *keep = NULL;

	if (!a)
		return;
	/* the oldest block stays, empty, for the next use */
	while (a->head) {
		struct arena_block *b = a->head;

		a->head = b->next;
		if (keep)
			free(keep);
		keep = b;
	}
	a->head = keep;
	a->total = keep ? keep->cap : 0;
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
}

static void free_blocks(struct mf__arena *a)
{
	while (a->head) {
		struct arena_block *b = a->head;

		a->head = b->next;
		free(b);
	}
}

void mf__arena_free(struct mf__arena *a)
{
	if (a) {
		free_blocks(a);
		free(a);
	}
}
