/*
 * tiny_data.h: a few rules of one pattern each, made into knowledge data
 * for the matcher's unit tests (test_match.c, test_db_cache.c) without
 * reading data/: rule i is "p<i>" with patterns[i].  The data counts as
 * loaded from a directory, so a matcher compiles it (never the embedded
 * databases).
 */
#ifndef MF_TEST_TINY_DATA_H
#define MF_TEST_TINY_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

struct tiny_data {
	struct mf__data d;
	struct mf__rule *rules;
	struct mf__pattern *patterns;
};

/* Fails the test when out of memory.  hash: the data's hash (what the
 * databases' cache is keyed by). */
void tiny_data_init(struct tiny_data *t, const char *const *patterns, size_t n, uint64_t hash);
void tiny_data_free(struct tiny_data *t);

#endif
