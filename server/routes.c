/*
 * routes.c: the endpoint table of `mailfix serve` (INTERFACE.md, "HTTP
 * API"): path, methods, accepted body types, the flag that must be on,
 * and the handler.  An endpoint is one row here plus its api_<name>.c.
 */
#include <string.h>

#include "server.h"

static const char *const json_only[] = {"application/json", NULL};
static const char *const message_or_json[] = {"message/rfc822", "application/json",
					      "text/plain", NULL};

const struct srv_endpoint srv_endpoints[] = {
	{"/api/route", SRV_POST, "POST", json_only, SRV_OPEN, 0, api_route},
	{"/api/explain", SRV_POST, "POST", message_or_json, SRV_OPEN, 0, api_explain},
	{"/api/check", SRV_POST, "POST", json_only, SRV_NEEDS_CHECK, 1, api_check},
	{"/api/probe", SRV_POST, "POST", json_only, SRV_NEEDS_PROBE, 1, api_probe},
	{"/healthz", SRV_GET | SRV_HEAD, "GET, HEAD", NULL, SRV_OPEN, 0, api_healthz},
	{"/metrics", SRV_GET | SRV_HEAD, "GET, HEAD", NULL, SRV_OPEN, 0, api_metrics},
	{"/", SRV_GET | SRV_HEAD, "GET, HEAD", NULL, SRV_OPEN, 0, api_page},
	{"/app.js", SRV_GET | SRV_HEAD, "GET, HEAD", NULL, SRV_OPEN, 0, api_page},
	{"/style.css", SRV_GET | SRV_HEAD, "GET, HEAD", NULL, SRV_OPEN, 0, api_page},
};
const size_t srv_n_endpoints = sizeof srv_endpoints / sizeof srv_endpoints[0];

_Static_assert(sizeof srv_endpoints / sizeof srv_endpoints[0] <= SRV_MAX_ENDPOINTS,
	       "raise SRV_MAX_ENDPOINTS in server.h");

int srv_endpoint_find(const char *path)
{
	for (size_t i = 0; i < srv_n_endpoints; i++)
		if (strcmp(srv_endpoints[i].path, path) == 0)
			return (int)i;
	return -1;
}
