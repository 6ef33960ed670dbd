/*
 * cli.h: what the mailfix command's files share: the subcommands and the
 * helpers every subcommand uses (options common to all, reading input
 * with a ceiling, printing errors, choosing colour).  The command is a
 * client of mailfix.h only: no diagnosis logic lives here.
 */
#ifndef MF_CLI_H
#define MF_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "mailfix.h"

/* Exit codes, documented in README.md. */
enum {
	EXIT_OK = 0,
	EXIT_INPUT = 1,   /* some input could not be answered (message says why) */
	EXIT_USAGE = 2,   /* bad arguments, unknown provider, invalid --data */
	EXIT_INTERNAL = 3 /* out of memory, an engine failure, output not written */
};

/* Options shared by every subcommand. */
struct cli_common {
	const char *data_dir;
	const char *provider;
	enum mf_lang lang;
	int json;
	int color;
};

/* Long options every subcommand accepts; handled by cli_common_option. */
#define CLI_COMMON_LONGOPTS                                                 \
	{"data", required_argument, NULL, 0x100},                           \
	{"provider", required_argument, NULL, 0x101},                      \
	{"lang", required_argument, NULL, 0x102},                          \
	{"json", no_argument, NULL, 0x103},                                \
	{"help", no_argument, NULL, 'h'}

void cli_common_init(struct cli_common *c);
/* Handle a common option; returns 1 if handled, 0 if not ours, -1 on a bad
 * value (message printed). */
int cli_common_option(struct cli_common *c, int opt, const char *arg);
/* Make the context for these options; prints the error and returns NULL
 * with *exit_code the status to exit with (EXIT_USAGE for bad --data or
 * --provider, EXIT_INTERNAL when memory ran out). */
struct mf_ctx *cli_ctx_new(const struct cli_common *c, int *exit_code);
/* Where the databases compiled from a --data DIR are kept between runs:
 * $MAILFIX_CACHE_DIR (empty: nowhere), else $XDG_CACHE_HOME/mailfix,
 * else $HOME/.cache/mailfix; written into buf; NULL: nowhere. */
const char *cli_cache_dir(char *buf, size_t cap);

/* Print "mailfix: message" plus hint and where to stderr. */
void cli_print_error(const char *what, const struct mf_error *err);
/* Map a library code to the command's exit code. */
int cli_exit_code(int code);
/* The same for a request built from the command's arguments (a domain, a
 * server, a provider): what the library refuses in it is a usage error. */
int cli_exit_code_of_arguments(int code);

/* Read all of a stream, at most `max` bytes.  Returns 0, MF_ETOOBIG (the
 * rest is not read) or MF_EIO/MF_ENOMEM; *out is malloc'd. */
int cli_read_all(FILE *f, size_t max, char **out, size_t *len);

/* Is the line s (n bytes, its end of line included or not) an mbox
 * separator, "From " SENDER DATE (RFC 4155)?  mbox_separator.c */
int cli_mbox_separator(const char *s, size_t n);

/* Read one line (without its newline, a CR before it or a UTF-8 byte
 * order mark at its start) of at most `max` bytes into buf (which grows
 * up to max; the line is NUL-terminated).  Returns 1 for a line, 0 at
 * end of input, -1 when the line was too long (the rest of it is
 * skipped). */
int cli_read_line(FILE *f, char **buf, size_t *cap, size_t max, size_t *len);

/* DNS options (dns_options.c): --zone, --dns, --timeout, --tries,
 * --no-cache, --fault, and the resolver they make. */
#define CLI_MAX_ZONES 64
#define CLI_MAX_FAULTS 256
enum {
	CLI_OPT_ZONE = 0x200, CLI_OPT_DNS, CLI_OPT_TIMEOUT, CLI_OPT_TRIES, CLI_OPT_NO_CACHE,
	CLI_OPT_FAULT
};
#define CLI_DNS_LONGOPTS                                                    \
	{"zone", required_argument, NULL, CLI_OPT_ZONE},                    \
	{"dns", required_argument, NULL, CLI_OPT_DNS},                      \
	{"timeout", required_argument, NULL, CLI_OPT_TIMEOUT},              \
	{"tries", required_argument, NULL, CLI_OPT_TRIES},                  \
	{"no-cache", no_argument, NULL, CLI_OPT_NO_CACHE},                  \
	{"fault", required_argument, NULL, CLI_OPT_FAULT}
#define CLI_DNS_HELP                                                        \
	"  --zone FILE        answer DNS from an RFC 1035 master file (repeatable)\n" \
	"  --dns HOST[:PORT]  ask this server instead of the system's resolvers\n" \
	"  --timeout MS       per-try DNS timeout (default 2000)\n"         \
	"  --tries N          tries per server (default 2)\n"               \
	"  --no-cache         keep no DNS answer from one check to the next\n" \
	"  --fault NAME[/TYPE]=STATUS  make a lookup end with STATUS (timeout, servfail,\n" \
	"                     nxdomain, nodata, refused, truncated, error); for tests\n"
struct cli_dns {
	struct mf_dns_options opt;
	const char *zones[CLI_MAX_ZONES];
	struct mf_dns_fault faults[CLI_MAX_FAULTS];
	size_t n_zones, n_faults;
};
void cli_dns_init(struct cli_dns *d);
/* 1 if the option was a DNS one (handled), 0 if not, -1 on a bad value
 * (message printed). */
int cli_dns_option(struct cli_dns *d, int opt, const char *arg);
/* The resolver; EXIT_OK, or the exit code after printing why not. */
int cli_dns_new(struct cli_dns *d, struct mf_dns **out);
void cli_dns_free(struct cli_dns *d);
/* A common option, else a DNS one: 1 handled, 0 not ours, -1 bad value. */
int cli_common_or_dns_option(struct cli_common *c, struct cli_dns *d, int opt, const char *arg);
/* Print a rendered answer (a newline after JSON) and free it: EXIT_OK,
 * or EXIT_INTERNAL when rendering ran out of memory (s is NULL). */
int cli_print_answer(char *s, int json);

int cmd_route(int argc, char **argv);
int cmd_spf(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_probe(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
