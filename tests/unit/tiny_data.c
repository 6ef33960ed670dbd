/*
 * tiny_data.c: a few rules of one pattern each as knowledge data, for
 * the matcher's unit tests (tiny_data.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tiny_data.h"

void tiny_data_init(struct tiny_data *t, const char *const *patterns, size_t n, uint64_t hash)
{
	memset(t, 0, sizeof *t);
	t->rules = calloc(n, sizeof *t->rules);
	t->patterns = calloc(n, sizeof *t->patterns);
	assert_non_null(t->rules);
	assert_non_null(t->patterns);
	for (size_t i = 0; i < n; i++) {
		char *id = malloc(24);
		assert_non_null(id);
		snprintf(id, 24, "p%zu", i);
		t->rules[i].id = id;
		t->rules[i].file = "tiny_data.c";
		t->rules[i].first_pattern = i;
		t->rules[i].n_patterns = 1;
		t->patterns[i].expr = patterns[i];
		t->patterns[i].rule = (int)i;
	}
	t->d.rules = t->rules;
	t->d.n_rules = n;
	t->d.patterns = t->patterns;
	t->d.n_patterns = n;
	t->d.from_dir = 1; /* compile, never take the embedded databases */
	t->d.hash = hash;
}

void tiny_data_free(struct tiny_data *t)
{
	for (size_t i = 0; i < t->d.n_rules; i++)
		free((char *)t->rules[i].id);
	free(t->rules);
	free(t->patterns);
	memset(t, 0, sizeof *t);
}
