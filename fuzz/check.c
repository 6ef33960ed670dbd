/*
 * check.c: the checks every fuzz target makes of what it renders (fuzz.h).
 */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "fuzz.h"

void fuzz_check_json(char *json, const char *key)
{
	json_t *parsed;

	FUZZ_ASSERT(json);
	parsed = json_loads(json, 0, NULL);
	FUZZ_ASSERT(parsed && json_is_string(json_object_get(parsed, key)));
	json_decref(parsed);
	free(json);
}

void fuzz_check_text(char *text)
{
	FUZZ_ASSERT(text && text[0]);
	free(text);
}
