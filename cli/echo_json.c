/*
 * echo_json.c: a caller's JSON value written back as the caller wrote it,
 * as far as JSON allows.  jansson writes reals with 17 significant
 * digits, which reads back exactly but turns 0.1 into 0.10000000000000001;
 * here the dump uses the fewest digits (1 to 17) at which every real in the
 * value reads back as itself, the shortest form a JSON reader gets the
 * same double from.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "echo_json.h"

/* The fewest significant digits at which x reads back as x. */
static int digits_for(double x)
{
	char s[40];

	for (int p = 1; p < 17; p++) {
		snprintf(s, sizeof s, "%.*g", p, x);
		if (strtod(s, NULL) == x)
			return p;
	}
	return 17;
}

/* The most digits any real in v needs (0: it holds none).  Nesting is
 * bounded by jansson's parser (JSON_PARSER_MAX_DEPTH). */
static int most_digits(const json_t *v)
{
	int most = 0, d;
	size_t i;
	const char *key;
	json_t *e;

	if (json_is_real(v))
		return digits_for(json_real_value(v));
	if (json_is_array(v)) {
		json_array_foreach(v, i, e)
			if ((d = most_digits(e)) > most)
				most = d;
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, key, e)
			if ((d = most_digits(e)) > most)
				most = d;
	}
	return most;
}

char *echo_json_dumps(const json_t *v, size_t flags)
{
	int d = most_digits(v);

	return json_dumps(v, flags | (d ? JSON_REAL_PRECISION(d) : 0));
}

int echo_json_is_clean_string(const json_t *v)
{
	return json_is_string(v) && strlen(json_string_value(v)) == json_string_length(v);
}
