/*
 * buf.c: a growable byte buffer with a ceiling (after curl's dynbuf):
 * every buffer is given the most it may ever hold, and an append past it
 * fails instead of growing without bound.  Generic: no mail knowledge.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void mf__buf_init(struct mf__buf *b, size_t max)
{
	memset(b, 0, sizeof *b);
	b->max = max;
}

void mf__buf_free(struct mf__buf *b)
{
	free(b->data);
	mf__buf_init(b, b->max);
}

static int grow(struct mf__buf *b, size_t need)
{
	size_t cap;
	char *p;

	if (b->failed)
		return MF_ENOMEM;
	if (need > b->max) {
		b->failed = 1;
		return MF_ETOOBIG;
	}
	if (need + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < need + 1)
		cap *= 2;
	if (cap > b->max + 1)
		cap = b->max + 1;
	p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return MF_ENOMEM;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

void mf__buf_reserve(struct mf__buf *b, size_t n)
{
	char *p;

	if (b->failed || n <= b->cap || n > b->max + 1)
		return;
	p = realloc(b->data, n);
	if (p) {
		b->data = p;
		b->cap = n;
		if (b->len == 0)
			b->data[0] = '\0';
	}
}

char *mf__buf_space(struct mf__buf *b, size_t n)
{
	return grow(b, b->len + n) ? NULL : b->data + b->len;
}

int mf__buf_append(struct mf__buf *b, const char *s, size_t n)
{
	int rc = grow(b, b->len + n);

	if (rc)
		return rc;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int mf__buf_puts(struct mf__buf *b, const char *s)
{
	return mf__buf_append(b, s, strlen(s));
}

int mf__buf_printf(struct mf__buf *b, const char *fmt, ...)
{
	va_list ap;
	int n, rc;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return MF_EINVAL;
	rc = grow(b, b->len + (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *mf__buf_steal(struct mf__buf *b)
{
	char *p = b->data;

	if (!p && !b->failed)
		p = calloc(1, 1);
	if (b->failed) {
		free(p);
		p = NULL;
	}
	mf__buf_init(b, b->max);
	return p;
}
