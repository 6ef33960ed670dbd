/*
 * echo_json.h: a JSON value a caller sent, written back (a request's "id",
 * an error line that names it) or taken as a C string, shared by the
 * command and the server.
 */
#ifndef MF_ECHO_JSON_H
#define MF_ECHO_JSON_H

#include <jansson.h>

/* json_dumps(v, flags), with every number that is not an integer
 * written in the fewest digits that read back as the same double: an
 * "id" of 0.1 comes back as 0.1, not as jansson's 0.10000000000000001.
 * Free with free(); NULL when out of memory. */
char *echo_json_dumps(const json_t *v, size_t flags);

/* Is v a string that holds no NUL character?  Requests are read with
 * JSON_ALLOW_NUL so that a line keeps its id; a "\u0000" elsewhere would
 * cut the C string short ("alimail\u0000x" read as alimail). */
int echo_json_is_clean_string(const json_t *v);

#endif
