/*
 * cmd_probe.c: `mailfix probe --user ADDRESS`: log in to the provider's
 * (or the given) IMAP, POP3 and SMTP servers as a mail program does and
 * say how far each login got, why it stopped and what to do.  The
 * password is read from --password-file (or "-": standard input) or asked
 * on the terminal without echo; never from the command line, never
 * printed; its copy is wiped after use.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli.h"

#define MAX_PASSWORD 1024
#define MAX_TARGETS 8

static void help(void)
{
	printf("usage: mailfix probe [--json] --user ADDRESS [--provider ID]\n"
	       "                     [--imap H:P] [--pop3 H:P] [--smtps H:P] [--submission H:P]\n"
	       "                     [--password-file F] [--cacert FILE] [--timeout SECONDS]\n\n"
	       "Logs in to the mail servers as a mail program does (TLS, certificate,\n"
	       "greeting, login) and says per server how far it got and why it stopped,\n"
	       "then the cause and the steps.  Without server options, the provider's\n"
	       "IMAP, POP3 and SMTP hosts are tried.\n"
	       "  --user ADDRESS     the login name, as the mail program sends it\n"
	       "  --imap H:P         an IMAP server (993: TLS from the start; else STARTTLS;\n"
	       "                     imaps://H:P or imap://H:P say which on any port)\n"
	       "  --pop3 H:P         a POP3 server (995: TLS from the start; else STARTTLS;\n"
	       "                     pop3s://H:P or pop3://H:P likewise)\n"
	       "  --smtps H:P        an SMTP server with TLS from the start (465)\n"
	       "  --submission H:P   an SMTP server with STARTTLS (587)\n"
	       "  --password-file F  read the password from F (\"-\": standard input); without\n"
	       "                     it the terminal asks; never give it on the command line\n"
	       "  --cacert FILE      trust this CA file instead of the system's\n"
	       "  --timeout SECONDS  per server (default 15)\n"
	       "  --zone FILE, --dns HOST[:PORT]  resolve the servers' names from a zone file\n"
	       "                     or with that DNS server\n");
}

/* "host:port" or "[v6]:port" into t (host copied into buf).  For IMAP
 * and POP3 the port says the TLS mode (993/995: from the start, else
 * STARTTLS), unless a scheme says it: "imaps://host:port" (TLS from the
 * start), "imap://host:port" (STARTTLS); likewise pop3s://, pop3://. */
static int parse_target(const char *arg, const char *protocol, const char *tls_for_port,
			int tls_port, char *buf, size_t bufsz, struct mf_probe_target *t)
{
	const char *sep = strstr(arg, "://");
	const char *colon, *host;
	size_t hl;
	char *end;
	long port;

	if (sep && !tls_for_port) {
		size_t pl = strlen(protocol), sl = (size_t)(sep - arg);
		if (sl == pl && strncmp(arg, protocol, pl) == 0)
			tls_for_port = "starttls";
		else if (sl == pl + 1 && strncmp(arg, protocol, pl) == 0 && arg[pl] == 's')
			tls_for_port = "implicit";
		else
			return -1;
		arg = sep + 3;
	}
	colon = strrchr(arg, ':');
	host = arg;
	if (!colon || colon == arg)
		return -1;
	hl = (size_t)(colon - arg);
	if (arg[0] == '[' && colon[-1] == ']') {
		host = arg + 1;
		hl -= 2;
	}
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 1 || port > 65535 || hl == 0 || hl >= bufsz)
		return -1;
	memcpy(buf, host, hl);
	buf[hl] = '\0';
	t->protocol = protocol;
	t->host = buf;
	t->port = (int)port;
	t->tls = tls_for_port ? tls_for_port : port == tls_port ? "implicit" : "starttls";
	return 0;
}

/* The password from a file or standard input ("-"), or the terminal
 * without echo; the first line, without its end.  0 or -1 (said why). */
static int read_password(const char *file, char *out, size_t outsz)
{
	FILE *f = NULL;
	struct termios old, quiet;
	int tty = 0, read_errno;
	size_t n;

	if (file && strcmp(file, "-") == 0) {
		f = stdin;
	} else if (file) {
		f = fopen(file, "r");
		if (!f) {
			/* the name is not echoed: "--password=secret" is taken as
			 * --password-file by getopt's abbreviations */
			fprintf(stderr, "mailfix: cannot read the --password-file: %s\n",
				strerror(errno));
			return -1;
		}
	} else if (isatty(STDIN_FILENO)) {
		f = stdin;
		tty = tcgetattr(STDIN_FILENO, &old) == 0;
		fputs("Password: ", stderr);
		if (tty) {
			quiet = old;
			quiet.c_lflag &= (tcflag_t)~ECHO;
			tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
		}
	} else {
		fprintf(stderr, "mailfix: give --password-file F (\"-\" for standard input)\n");
		return -1;
	}
	memset(out, 0, outsz);  /* so that a byte after a NUL shows (below) */
	if (!fgets(out, (int)outsz, f))
		out[0] = '\0';
	read_errno = ferror(f) ? errno : 0;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (f != stdin)
		fclose(f);
	if (read_errno) {  /* a directory, an I/O error: not an empty password */
		explicit_bzero(out, outsz);
		fprintf(stderr, "mailfix: cannot read the --password-file: %s\n",
			strerror(read_errno));
		return -1;
	}
	n = strlen(out);
	for (size_t k = n + 1; k < outsz; k++)
		if (out[k]) {  /* the line went on after a NUL byte */
			explicit_bzero(out, outsz);
			fprintf(stderr, "mailfix: the password holds a NUL byte\n");
			return -1;
		}
	n = strcspn(out, "\r\n");
	if (out[n] == '\0' && n == outsz - 1) {
		explicit_bzero(out, outsz);
		fprintf(stderr, "mailfix: the password is longer than %zu bytes\n", outsz - 2);
		return -1;
	}
	out[n] = '\0';
	return 0;
}

int cmd_probe(int argc, char **argv)
{
	enum { O_USER = 0x300, O_IMAP, O_POP3, O_SMTPS, O_SUBMISSION, O_PWFILE, O_CACERT,
	       O_TIMEOUT };
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{"zone", required_argument, NULL, CLI_OPT_ZONE},
		{"dns", required_argument, NULL, CLI_OPT_DNS},
		{"user", required_argument, NULL, O_USER},
		{"imap", required_argument, NULL, O_IMAP},
		{"pop3", required_argument, NULL, O_POP3},
		{"smtps", required_argument, NULL, O_SMTPS},
		{"submission", required_argument, NULL, O_SUBMISSION},
		{"password-file", required_argument, NULL, O_PWFILE},
		{"cacert", required_argument, NULL, O_CACERT},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{NULL, 0, NULL, 0},
	};
	struct cli_common cc;
	struct cli_dns dopt;
	struct mf_probe_target targets[MAX_TARGETS];
	char hosts[MAX_TARGETS][256], password[MAX_PASSWORD + 2];
	struct mf_probe_request req = {0};
	struct mf_probe_report *report = NULL;
	struct mf_error err = {0};
	struct mf_dns *dns = NULL;
	struct mf_ctx *ctx = NULL;
	const char *pwfile = NULL;
	int opt, rc, exit_code = EXIT_OK;
	char *end;

	cli_common_init(&cc);
	cli_dns_init(&dopt);
	optind = 1;
	opterr = 0;  /* getopt would echo "--password=..." back: say it ourselves, unshown */
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		int r = cli_common_or_dns_option(&cc, &dopt, opt, optarg);
		if (r < 0)
			goto usage;
		if (r > 0)
			continue;
		switch (opt) {
		case 'h':
			help();
			cli_dns_free(&dopt);
			return EXIT_OK;
		case O_USER:
			req.user = optarg;
			break;
		case O_IMAP:
		case O_POP3:
		case O_SMTPS:
		case O_SUBMISSION: {
			static const char *const proto[] = {"imap", "pop3", "smtp", "smtp"};
			static const char *const tls[] = {NULL, NULL, "implicit", "starttls"};
			static const int tls_port[] = {993, 995, 465, 587};
			int k = opt - O_IMAP;

			if (req.n_targets == MAX_TARGETS ||
			    parse_target(optarg, proto[k], tls[k], tls_port[k], hosts[req.n_targets],
					 sizeof hosts[0], &targets[req.n_targets])) {
				fprintf(stderr, "mailfix: \"%s\": write HOST:PORT (at most %d servers)\n",
					optarg, MAX_TARGETS);
				goto usage;
			}
			req.n_targets++;
			break;
		}
		case O_PWFILE:
			pwfile = optarg;
			break;
		case O_CACERT:
			req.cacert = optarg;
			break;
		case O_TIMEOUT:
			req.timeout_s = (int)strtol(optarg, &end, 10);
			if (*end || req.timeout_s < 1 || req.timeout_s > 600) {
				fprintf(stderr, "mailfix: --timeout takes seconds, 1 to 600\n");
				goto usage;
			}
			break;
		default:
			fprintf(stderr, "mailfix: unknown option, or one without its value (not shown: "
					"it may hold the password)\n");
			goto usage;
		}
	}
	if (optind < argc) {
		/* not echoed: it may well be the password */
		fprintf(stderr, "mailfix: unexpected argument (not shown); the password is never an "
				"argument: use --password-file\n");
		goto usage;
	}
	if (!req.user) {
		fprintf(stderr, "mailfix: --user is required\n");
		goto usage;
	}
	req.targets = req.n_targets ? targets : NULL;
	req.provider = cc.provider;
	req.lang = cc.lang;
	ctx = cli_ctx_new(&cc, &exit_code);
	if (!ctx) {
		cli_dns_free(&dopt);
		return exit_code;
	}
	if ((exit_code = cli_dns_new(&dopt, &dns)) != EXIT_OK)
		goto out;
	if (read_password(pwfile, password, sizeof password)) {
		exit_code = EXIT_USAGE;
		goto out;
	}
	req.password = password;
	req.dns = dns;
	rc = mf_probe(ctx, &req, &report, &err);
	explicit_bzero(password, sizeof password);
	if (rc) {
		cli_print_error("cannot probe", &err);
		exit_code = cli_exit_code_of_arguments(rc);
		goto out;
	}
	exit_code = cli_print_answer(cc.json ? mf_probe_report_to_json(report)
					     : mf_probe_report_to_text(report, cc.color),
				     cc.json);
out:
	mf_probe_report_free(report);
	mf_dns_free(dns);
	mf_ctx_free(ctx);
	cli_dns_free(&dopt);
	return exit_code;
usage:
	cli_dns_free(&dopt);
	fprintf(stderr, "Try `mailfix probe --help`.\n");
	return EXIT_USAGE;
}
