/*
 * cmd_spf.c: `mailfix spf`: RFC 7208 check_host() for one client and
 * sender (text, or --json with the record tree), or --jsonl: a stream of
 * {"id", "ip", "sender", "helo"} lines, many evaluated at once over one
 * resolver, answered in input order (INTERFACE.md "Answer of spf").  A
 * bad line gets an "error" line and the run goes on.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "cli.h"
#include "echo_json.h"

#define MAX_LINE (64 * 1024)
/* Answers held for in-order output; reading pauses when it is full. */
#define WINDOW 8192

static void help(void)
{
	printf("usage: mailfix spf [--json] --ip ADDR --sender ADDR [--helo NAME] [DNS options]\n"
	       "       mailfix spf --jsonl [DNS options] < checks.jsonl\n\n"
	       "Evaluates SPF (RFC 7208 check_host) for a client address and a MAIL FROM\n"
	       "address (or the HELO name when --sender is empty), and explains the result:\n"
	       "the record tree with running lookup counts, the malformed term and its\n"
	       "column, void lookups, and what a receiver will do.\n"
	       "  --json             one JSON answer with the tree\n"
	       "  --jsonl            read {\"id\",\"ip\",\"sender\",\"helo\"} lines, answer each in order\n"
	       "  --detail           with --jsonl: add the tree and counters to every line\n"
	       CLI_DNS_HELP
	       "  --concurrency N    checks evaluated at once (default 32)\n"
	       "  --default-exp TEXT explanation of a fail without exp= (a macro string)\n"
	       "  --receiver NAME    the receiving host, for %%{r}\n"
	       "  --stats            print checks, DNS queries and time to standard error\n");
}

struct slot {
	json_t *line;          /* keeps the request's strings alive */
	char *out;             /* the answer line, once done */
	int done;
};

struct jrun {
	struct slot *ring;
	unsigned long head, tail; /* slots [head, tail) are in use */
	int detail;
	unsigned long checks, errors;
	char *buf;
	size_t cap;
	int eof;
	int read_failed; /* EXIT_INPUT (a read error) or EXIT_INTERNAL (memory) */
};

static char *error_line(json_t *id, const char *code, const char *message)
{
	json_t *o = json_pack("{s:O?, s:s, s:s}", "id", id, "error", message, "code", code);
	char *s = o ? echo_json_dumps(o, JSON_COMPACT) : NULL;

	json_decref(o);
	return s ? s : strdup("{\"id\":null,\"error\":\"out of memory\",\"code\":\"nomem\"}");
}

static void flush(struct jrun *j)
{
	while (j->head < j->tail && j->ring[j->head % WINDOW].done) {
		struct slot *s = &j->ring[j->head % WINDOW];
		if (s->out) {
			fputs(s->out, stdout);
			fputc('\n', stdout);
		}
		free(s->out);
		json_decref(s->line);
		memset(s, 0, sizeof *s);
		j->head++;
	}
}

static const char *opt_str(json_t *o, const char *key, int *bad)
{
	json_t *v = json_object_get(o, key);

	if (!v || json_is_null(v))
		return NULL;
	if (!echo_json_is_clean_string(v)) {
		*bad = 1;  /* not a string, or one a NUL would cut short */
		return NULL;
	}
	return json_string_value(v);
}

static int jnext(void *user, struct mf_spf_request *req, void **tag)
{
	struct jrun *j = user;

	for (;;) {
		size_t len = 0;
		int r, bad = 0;
		json_error_t je;
		struct slot *s;
		json_t *o;

		if (j->eof)
			return 0;
		if (j->tail - j->head >= WINDOW)
			return -1;
		r = cli_read_line(stdin, &j->buf, &j->cap, MAX_LINE, &len);
		if (r == 0) {
			j->eof = 1;
			if (ferror(stdin)) {  /* not the end of the input: say so */
				fprintf(stderr, "mailfix: error reading standard input\n");
				j->read_failed = EXIT_INPUT;
			}
			return 0;
		}
		if (r == -2) {
			j->eof = 1;
			fprintf(stderr, "mailfix: out of memory reading input\n");
			j->read_failed = EXIT_INTERNAL;
			return 0;
		}
		s = &j->ring[j->tail % WINDOW];
		memset(s, 0, sizeof *s);
		j->tail++;
		if (r < 0) {
			s->out = error_line(NULL, "too-large", "line longer than 64 KiB");
			s->done = 1;
			j->errors++;
			flush(j);
			continue;
		}
		if (len == 0 || strspn(j->buf, " \t") == len) {
			j->tail--; /* blank lines are skipped */
			continue;
		}
		/* \u0000 is let in so that the line keeps its id (opt_str
		 * refuses the string that holds it) */
		o = json_loadb(j->buf, len, JSON_ALLOW_NUL, &je);
		if (!o || !json_is_object(o)) {
			char msg[300];
			if (o)
				snprintf(msg, sizeof msg, "each line must be a JSON object");
			else
				snprintf(msg, sizeof msg, "line is not valid JSON: %s (column %d)",
					 je.text, je.column);
			s->out = error_line(NULL, "bad-json", msg);
			s->done = 1;
			j->errors++;
			json_decref(o);
			flush(j);
			continue;
		}
		s->line = o;
		req->ip = opt_str(o, "ip", &bad);
		req->sender = opt_str(o, "sender", &bad);
		req->helo = opt_str(o, "helo", &bad);
		if (bad) {
			s->out = error_line(json_object_get(o, "id"), "bad-input",
					    "\"ip\", \"sender\" and \"helo\" must be strings "
					    "without NUL characters");
			s->done = 1;
			j->errors++;
			flush(j);
			continue;
		}
		*tag = s;
		return 1;
	}
}

static void jdone(void *user, void *tag, struct mf_spf_result *res,
		  const struct mf_error *err)
{
	struct jrun *j = user;
	struct slot *s = tag;
	json_t *id = json_object_get(s->line, "id");

	j->checks++;
	if (!res) {
		s->out = error_line(id, mf_code_name(err->code), err->message);
		j->errors++;
	} else {
		char *id_json = id ? echo_json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
		s->out = mf_spf_result_to_json(res, id_json, j->detail);
		free(id_json);
		mf_spf_result_free(res);
		if (!s->out)
			s->out = error_line(id, "nomem", "out of memory");
	}
	s->done = 1;
	flush(j);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_spf(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{"jsonl", no_argument, NULL, 'l'},
		{"ip", required_argument, NULL, 'i'},
		{"sender", required_argument, NULL, 's'},
		{"helo", required_argument, NULL, 'H'},
		CLI_DNS_LONGOPTS,
		{"concurrency", required_argument, NULL, 'c'},
		{"default-exp", required_argument, NULL, 'e'},
		{"receiver", required_argument, NULL, 'r'},
		{"detail", no_argument, NULL, 'D'},
		{"stats", no_argument, NULL, 'S'},
		{NULL, 0, NULL, 0},
	};
	struct cli_common cc;
	struct cli_dns dopt;
	struct mf_spf_options sopt = {0};
	const char *ip = NULL, *sender = NULL, *helo = NULL;
	int jsonl = 0, detail = 0, stats = 0, opt, rc, exit_code = EXIT_OK;
	struct mf_dns *dns = NULL;
	struct mf_error err = {0};
	char *end;
	double t0;

	cli_common_init(&cc);
	cli_dns_init(&dopt);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		int r = cli_common_or_dns_option(&cc, &dopt, opt, optarg);
		if (r < 0)
			goto usage;
		if (r > 0)
			continue;
		switch (opt) {
		case 'h':
			help();
			return EXIT_OK;
		case 'l':
			jsonl = 1;
			break;
		case 'i':
			ip = optarg;
			break;
		case 's':
			sender = optarg;
			break;
		case 'H':
			helo = optarg;
			break;
		case 'c': {
			long v = strtol(optarg, &end, 10);
			if (*end || v <= 0 || v > 100000) {
				fprintf(stderr, "mailfix: --concurrency takes 1 to 100000\n");
				goto usage;
			}
			sopt.max_in_flight = (size_t)v;
			break;
		}
		case 'e':
			sopt.default_exp = optarg;
			break;
		case 'r':
			sopt.receiver = optarg;
			break;
		case 'D':
			detail = 1;
			break;
		case 'S':
			stats = 1;
			break;
		default:
			goto usage;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "mailfix: unexpected argument \"%s\"\n", argv[optind]);
		goto usage;
	}
	if (jsonl && (ip || sender || helo)) {
		fprintf(stderr, "mailfix: --ip, --sender and --helo give a single check; with --jsonl "
				"each line gives its own\n");
		goto usage;
	}
	if (!jsonl && !ip) {
		fprintf(stderr, "mailfix: --ip is required (or --jsonl)\n");
		goto usage;
	}
	if (!jsonl && !(sender && *sender) && !(helo && *helo)) {
		fprintf(stderr, "mailfix: give --sender, or --helo for the HELO identity\n");
		goto usage;
	}
	sopt.no_tree = jsonl && !detail;
	if ((exit_code = cli_dns_new(&dopt, &dns)) != EXIT_OK)
		goto out;
	t0 = now_s();
	if (jsonl) {
		struct jrun j = {0};
		j.detail = detail;
		j.ring = calloc(WINDOW, sizeof *j.ring);
		if (!j.ring) {
			fprintf(stderr, "mailfix: out of memory\n");
			exit_code = EXIT_INTERNAL;
			goto out;
		}
		rc = mf_spf_check_stream(dns, &sopt, jnext, jdone, &j, &err);
		flush(&j);
		free(j.ring);
		free(j.buf);
		if (rc) {
			cli_print_error("the run stopped", &err);
			exit_code = cli_exit_code(rc);
		} else if (j.read_failed) {
			exit_code = j.read_failed;
		} else if (j.errors) {
			exit_code = EXIT_INPUT;
		}
		if (stats) {
			double dt = now_s() - t0;
			unsigned long q = mf_dns_queries_sent(dns);
			fprintf(stderr,
				"mailfix spf: %lu checks in %.3f s (%.0f checks/s), %lu DNS queries "
				"(%.2f per check)\n",
				j.checks, dt, dt > 0 ? (double)j.checks / dt : 0.0, q,
				j.checks ? (double)q / (double)j.checks : 0.0);
		}
	} else {
		struct mf_spf_request req = {ip, sender, helo};
		struct mf_spf_result *res = NULL;
		char *s;
		rc = mf_spf_check(dns, &req, &sopt, &res, &err);
		if (rc) {
			cli_print_error("cannot check", &err);
			/* (--ip, --sender and --helo are arguments) */
			exit_code = cli_exit_code_of_arguments(rc);
			goto out;
		}
		s = cc.json ? mf_spf_result_to_json(res, NULL, 1) : mf_spf_result_to_text(res, cc.color);
		mf_spf_result_free(res);
		exit_code = cli_print_answer(s, cc.json);
	}
out:
	mf_dns_free(dns);
	cli_dns_free(&dopt);
	return exit_code;
usage:
	cli_dns_free(&dopt);
	fprintf(stderr, "Try `mailfix spf --help`.\n");
	return EXIT_USAGE;
}
