/*
 * api_healthz.c: GET /healthz, {"status": "ok"} while the server runs and
 * its knowledge data is loaded (a load balancer's liveness check).
 */
#include "server.h"

int api_healthz(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	static const char ok[] = "{\"status\":\"ok\"}";

	r->status = 200;
	r->body = (char *)ok;
	r->len = sizeof ok - 1;
	r->body_static = 1;
	r->content_type = "application/json";
	return 0;
}
