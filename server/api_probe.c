/*
 * api_probe.c: POST /api/probe, {"user", "provider"?}: log-in probes of
 * the provider profile's own IMAP/POP3/SMTP hosts (never a host the client
 * names).  Off unless the server runs with --allow-probe, and rate
 * limited per client address (routes.c).  The library's probe does not
 * exist yet: until it lands this answers 501.
 */
#include "server.h"

int api_probe(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	return srv_reply_error(r, 501, "not-implemented",
			       "/api/probe is not available in this build of mailfix yet");
}
