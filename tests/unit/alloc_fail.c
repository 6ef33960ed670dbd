/*
 * alloc_fail.c: the wrapped allocators behind alloc_fail.h.  State is
 * per thread so that threaded tests are not disturbed.
 */
#include <stddef.h>
#include <string.h>

#include "alloc_fail.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);

static _Thread_local long fail_at, count;

void alloc_fail_after(long nth)
{
	fail_at = nth;
	count = 0;
}

long alloc_fail_count(void)
{
	return count;
}

static int should_fail(void)
{
	count++;
	return fail_at > 0 && count == fail_at;
}

void *__wrap_malloc(size_t n)
{
	return should_fail() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	return should_fail() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
	return should_fail() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
	return should_fail() ? NULL : __real_strdup(s);
}
