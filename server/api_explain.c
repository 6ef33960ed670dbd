/*
 * api_explain.c: POST /api/explain, a bounce message (message/rfc822, or
 * {"message": "..."}) to the `explain` answer (INTERFACE.md).  The library
 * has no mf_explain yet: until it lands this answers 501 with a JSON
 * error, so that clients can tell "not yet" from "no such path".
 */
#include "server.h"

int api_explain(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	return srv_reply_error(r, 501, "not-implemented",
			       "/api/explain is not available in this build of mailfix yet");
}
