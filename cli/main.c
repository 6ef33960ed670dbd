/*
 * main.c: the mailfix command: find the subcommand in the table and run
 * it.  Each subcommand lives in its own cmd_<name>.c.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{"route", cmd_route, "name the cause of a sending failure from the user's words"},
	{"spf", cmd_spf, "evaluate SPF (RFC 7208) for a client and sender, and explain it"},
	{"probe", cmd_probe, "log in to the IMAP, POP3 and SMTP servers as a mail program does, say why it fails"},
	{"check", cmd_check, "look up a domain's MX, SPF, DMARC, DKIM and webmail records, say what is wrong"},
	{"explain", cmd_explain, "read bounce messages: reason, status and who must act per recipient"},
	{"serve", cmd_serve, "serve the HTTP API and the web page"},
};

static void usage(FILE *f)
{
	fprintf(f, "usage: mailfix COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n`mailfix COMMAND --help` tells more.  Exit codes: 0 answered, "
		   "1 some input could not be answered,\n2 bad arguments or data, 3 internal "
		   "failure or output not written.\n");
}

/* The command's exit code, once its output is written: answers lost to a
 * full disk or a closed file are a failure, not an exit 0 with the
 * output cut short. */
static int written(int rc)
{
	int e = fflush(stdout) != 0 ? errno : 0;

	if (e || ferror(stdout)) {
		fprintf(stderr, "mailfix: cannot write the output: %s\n",
			e ? strerror(e) : "write error");
		return EXIT_INTERNAL;
	}
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return written(argc < 2 ? EXIT_USAGE : EXIT_OK);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("mailfix %s\n", MF_VERSION);
		return written(EXIT_OK);
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return written(commands[i].run(argc - 1, argv + 1));
	fprintf(stderr, "mailfix: unknown command \"%s\"\n", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
