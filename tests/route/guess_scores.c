/*
 * guess_scores.c: test helper for guess_parity.py: read JSONL lines
 * {"id": ..., "query": "..."} and print "id z1 z2 ..." per line, the
 * scores lib/guess.c gives each class of data/route-guess.json for the
 * normalized query, so that the test can check them against the scores
 * tools/train_route_guess.py computes (the features must be the same).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "guess.h"
#include "internal.h"

int main(void)
{
	struct mf_error err = {0};
	struct mf__data *d;
	char *line = NULL;
	size_t cap = 0;

	if (mf__data_load(&d, NULL, &err)) {
		fprintf(stderr, "guess_scores: %s\n", err.message);
		return 2;
	}
	while (getline(&line, &cap, stdin) > 0) {
		json_t *j = json_loads(line, 0, NULL);
		const char *id = json_string_value(json_object_get(j, "id"));
		const char *q = json_string_value(json_object_get(j, "query"));
		struct mf__norm n = {0};
		double z[MF__GUESS_MAX_CLASSES];

		if (!j || !id || !q || mf__normalize(d, q, strlen(q), &n, &err)) {
			fprintf(stderr, "guess_scores: bad line: %.80s\n", line);
			return 2;
		}
		mf__guess_scores(d->guess, n.text, n.len, z);
		printf("%s", id);
		for (size_t k = 0; k < d->guess->n_classes; k++)
			printf(" %.6f", z[k]);
		printf("\n");
		mf__norm_free(&n);
		json_decref(j);
	}
	free(line);
	mf__data_free(d);
	return 0;
}
