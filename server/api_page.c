/*
 * api_page.c: GET / and the page's script and style sheet: the help desk's
 * web page, files of server/web/ embedded in the binary at build time
 * (cmake/embed.cmake).  Nothing is fetched from elsewhere: no CDN.
 */
#include <string.h>

#include "server.h"

static const char *type_of(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (dot && strcmp(dot, ".html") == 0)
		return "text/html; charset=utf-8";
	if (dot && strcmp(dot, ".css") == 0)
		return "text/css; charset=utf-8";
	if (dot && strcmp(dot, ".js") == 0)
		return "text/javascript; charset=utf-8";
	if (dot && strcmp(dot, ".svg") == 0)
		return "image/svg+xml";
	return "application/octet-stream";
}

int api_page(struct srv *s, struct srv_request *req, struct srv_reply *r)
{
	const char *want = srv_endpoints[req->endpoint].path + 1;

	if (!*want)
		want = "index.html";
	for (const struct srv_web_file *f = srv_web_files; f->name; f++) {
		if (strcmp(f->name, want) != 0)
			continue;
		r->status = 200;
		r->body = (char *)f->bytes;
		r->len = f->len;
		r->body_static = 1;
		r->content_type = type_of(f->name);
		/* The page changes with the binary: revalidate cheaply. */
		r->cache = "no-cache";
		return 0;
	}
	return srv_reply_error(r, 404, "not-found", "this build of mailfix has no web page");
}
