/*
 * api_check.c: POST /api/check, {"domain", "ip"?} to the `check` report
 * (INTERFACE.md).  Off unless the server runs with --allow-check (it makes
 * the server send DNS queries for any name), and rate limited per client
 * address (both enforced by the endpoint table, routes.c).  The library's
 * check does not exist yet: until it lands this answers 501; each DNS
 * query it sends will then count in s->metrics.dns_lookups.
 */
#include "server.h"

int api_check(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	return srv_reply_error(r, 501, "not-implemented",
			       "/api/check is not available in this build of mailfix yet");
}
