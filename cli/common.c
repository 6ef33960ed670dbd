/*
 * common.c: the helpers every subcommand shares: common options, context
 * creation, error printing, exit codes, and input reading with a ceiling.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cli_common_init(struct cli_common *c)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	memset(c, 0, sizeof *c);
	c->color = isatty(STDOUT_FILENO) && !(nc && nc[0]) &&
		   !(term && strcmp(term, "dumb") == 0);
}

int cli_common_option(struct cli_common *c, int opt, const char *arg)
{
	switch (opt) {
	case 0x100:
		c->data_dir = arg;
		return 1;
	case 0x101:
		c->provider = arg;
		return 1;
	case 0x102:
		if (mf_lang_from_name(arg, &c->lang) != 0) {
			fprintf(stderr, "mailfix: --lang must be en, zh, zh-Hant or auto, not \"%s\"\n",
				arg);
			return -1;
		}
		return 1;
	case 0x103:
		c->json = 1;
		return 1;
	}
	return 0;
}

void cli_print_error(const char *what, const struct mf_error *err)
{
	fprintf(stderr, "mailfix: %s%s%s\n", what ? what : "", what ? ": " : "",
		err->message[0] ? err->message : mf_code_message(err->code));
	if (err->hint[0])
		fprintf(stderr, "  hint: %s\n", err->hint);
}

int cli_exit_code(int code)
{
	switch (code) {
	case MF_OK:
		return EXIT_OK;
	case MF_EDATA:
	case MF_EPROVIDER:
	case MF_EINVAL:
		return EXIT_USAGE;
	case MF_ENOMEM:
	case MF_EENGINE:
		return EXIT_INTERNAL;
	default:
		return EXIT_INPUT;
	}
}

const char *cli_cache_dir(char *buf, size_t cap)
{
	const char *own = getenv("MAILFIX_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	int n;

	if (own)
		return own[0] ? own : NULL;
	if (xdg && xdg[0] == '/') /* a relative one is to be ignored (XDG) */
		n = snprintf(buf, cap, "%s/mailfix", xdg);
	else if (home && home[0] == '/')
		n = snprintf(buf, cap, "%s/.cache/mailfix", home);
	else
		return NULL;
	return n > 0 && (size_t)n < cap ? buf : NULL;
}

struct mf_ctx *cli_ctx_new(const struct cli_common *c, int *exit_code)
{
	char cache[4096];
	struct mf_ctx_options opt = {c->data_dir, cli_cache_dir(cache, sizeof cache)};
	struct mf_error err = {0};
	struct mf_ctx *ctx;

	*exit_code = EXIT_USAGE;
	if (mf_ctx_new(&ctx, &opt, &err)) {
		cli_print_error("cannot load the knowledge data", &err);
		if (err.code == MF_ENOMEM || err.code == MF_EENGINE)
			*exit_code = EXIT_INTERNAL;
		return NULL;
	}
	if (c->provider && !mf_ctx_has_provider(ctx, c->provider)) {
		fprintf(stderr, "mailfix: unknown provider \"%s\"\n", c->provider);
		mf_ctx_free(ctx);
		return NULL;
	}
	return ctx;
}

int cli_read_all(FILE *f, size_t max, char **out, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap + 1);

	*out = NULL;
	*len = 0;
	if (!buf)
		return MF_ENOMEM;
	for (;;) {
		size_t got;
		if (n == cap) {
			char *nb;
			if (cap > max) {
				free(buf);
				return MF_ETOOBIG;
			}
			cap *= 2;
			nb = realloc(buf, cap + 1);
			if (!nb) {
				free(buf);
				return MF_ENOMEM;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n > max) {
			free(buf);
			return MF_ETOOBIG;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		return MF_EIO;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int cli_read_line(FILE *f, char **buf, size_t *cap, size_t max, size_t *len)
{
	size_t n = 0;
	int c, too_long = 0, any = 0;

	while ((c = getc(f)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (too_long)
			continue;
		if (n == max) {
			too_long = 1;
			continue;
		}
		if (n + 1 >= *cap) {
			size_t nc = *cap ? *cap * 2 : 1024;
			char *nb;
			if (nc > max + 1)
				nc = max + 1;
			nb = realloc(*buf, nc);
			if (!nb)
				return -2;
			*buf = nb;
			*cap = nc;
		}
		(*buf)[n++] = (char)c;
	}
	if (!any)
		return 0;
	if (n && (*buf)[n - 1] == '\r')
		n--;
	/* a UTF-8 byte order mark (editors on Windows write one at the
	 * start of a file) is no part of the line's text */
	if (n >= 3 && memcmp(*buf, "\xef\xbb\xbf", 3) == 0) {
		memmove(*buf, *buf + 3, n - 3);
		n -= 3;
	}
	if (*buf)
		(*buf)[n] = '\0';
	*len = n;
	return too_long ? -1 : 1;
}

int cli_print_answer(char *s, int json)
{
	if (!s) {
		fprintf(stderr, "mailfix: out of memory\n");
		return EXIT_INTERNAL;
	}
	fputs(s, stdout);
	if (json)
		fputc('\n', stdout);
	free(s);
	return EXIT_OK;
}

int cli_exit_code_of_arguments(int code)
{
	return code == MF_EINPUT || code == MF_EPROVIDER ? EXIT_USAGE : cli_exit_code(code);
}
