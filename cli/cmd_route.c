/*
 * cmd_route.c: `mailfix route`: one query from the arguments or standard
 * input, or `--jsonl`, a stream of {"id", "query", "provider"?, "domain"?}
 * lines answered in order, one JSON line each (a "domain" is looked up
 * as --check does); a bad line gets an "error" line and the run goes
 * on (INTERFACE.md).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "echo_json.h"

/* A JSONL line holds a query, JSON-escaped (up to 6 bytes per byte for
 * control characters, typically far less) plus the id and provider. */
#define MAX_JSONL_LINE (4 * MF_ROUTE_MAX_QUERY + 4096)

static void help(void)
{
	printf("usage: mailfix route [--json] [--provider ID] [--lang en|zh|zh-Hant|auto] [--data DIR]\n"
	       "                     [--check DOMAIN] [QUERY...]\n"
	       "       mailfix route --jsonl [--provider ID] < queries.jsonl\n\n"
	       "Names the path, cause, side and steps for a sending failure described in\n"
	       "QUERY (the words are joined), or in standard input when no QUERY is given.\n"
	       "  --json         one JSON answer (INTERFACE.md)\n"
	       "  --jsonl        read {\"id\", \"query\", \"provider\"?, \"domain\"?} lines, write one\n"
	       "                 answer each (a line's \"domain\" is looked up as --check does)\n"
	       "  --provider ID  provider profile, an id of data/providers/ (default: the\n"
	       "                 sender's own provider when the words show it, else alimail)\n"
	       "  --check DOMAIN also look the domain up in DNS (MX, SPF, DMARC, DKIM, the\n"
	       "                 webmail CNAME, as `mailfix check`) and show what bears on the\n"
	       "                 answer; with --json the report is under \"check\"\n"
	       "  --zone FILE, --dns HOST[:PORT]  where --check looks (see `mailfix check`)\n"
	       "  --lang L       answer language: en, zh, zh-Hant (traditional characters)\n"
	       "                 or auto (the query's language and writing)\n"
	       "  --data DIR     load the knowledge data from DIR instead of the built-in copy\n"
	       "                 (compiled at the first run with it, seconds, then kept in\n"
	       "                 $MAILFIX_CACHE_DIR, else $XDG_CACHE_HOME/mailfix or\n"
	       "                 ~/.cache/mailfix; MAILFIX_CACHE_DIR= keeps nothing)\n");
}

/* --check DOMAIN, or a JSONL line's "domain": the domain's DNS looked up
 * beside the answer. */
struct proof {
	const char *domain;       /* --check's, or NULL */
	struct cli_dns dns;       /* --zone, --dns */
	struct mf_dns *resolver;  /* --jsonl: one for the run, made when first needed */
};

static int route_one(struct mf_ctx *ctx, const struct cli_common *c, const char *q,
		     size_t len, struct proof *proof)
{
	struct mf_route_request req = {q, len, c->provider, c->lang};
	struct mf_check_report *rep = NULL;
	struct mf_answer *a;
	struct mf_error err = {0};
	char *s;
	int rc = mf_route(ctx, &req, &a, &err);

	if (rc) {
		cli_print_error("cannot route the query", &err);
		return cli_exit_code(rc);
	}
	if (proof->domain) {
		struct mf_check_request cq = {proof->domain, NULL,
					      mf_answer_check_provider(a, c->provider), MF_LANG_AUTO};
		struct mf_dns *dns = NULL;

		mf_lang_from_name(a->lang, &cq.lang);
		rc = cli_dns_new(&proof->dns, &dns);
		if (rc != EXIT_OK) {
			mf_answer_free(a);
			return rc;
		}
		rc = mf_check(ctx, dns, &cq, &rep, &err);
		mf_dns_free(dns);
		if (rc) {
			mf_answer_free(a);
			cli_print_error("cannot check the domain", &err);
			return cli_exit_code_of_arguments(rc);
		}
	}
	if (rep)
		s = c->json ? mf_answer_with_check_to_json(a, NULL, rep)
			    : mf_answer_with_check_to_text(a, rep, c->color);
	else
		s = c->json ? mf_answer_to_json(a, NULL) : mf_answer_to_text(a, c->color);
	mf_check_report_free(rep);
	mf_answer_free(a);
	return cli_print_answer(s, c->json);
}

static void print_error_line(json_t *id, const char *code, const char *message)
{
	json_t *o = json_pack("{s:O?, s:s, s:s}", "id", id, "error", message, "code", code);
	char *s = o ? echo_json_dumps(o, JSON_COMPACT) : NULL;

	if (s)
		puts(s);
	else
		puts("{\"id\":null,\"error\":\"out of memory\",\"code\":\"nomem\"}");
	free(s);
	json_decref(o);
}

/* Is v absent, null, or a string holding no NUL character? */
static int optional_clean_string(const json_t *v)
{
	return !v || json_is_null(v) || echo_json_is_clean_string(v);
}

/* Answer one JSONL line; returns 0 when answered, 1 when an error line
 * was written. */
static int route_line(struct mf_ctx *ctx, const struct cli_common *c, const char *line,
		      size_t len, struct proof *proof)
{
	json_error_t je;
	/* \u0000 is let in so that the line keeps its id: the query's NUL is
	 * refused by mf_route (nul-byte), a provider's or domain's below */
	json_t *o = json_loadb(line, len, JSON_ALLOW_NUL, &je), *id, *q, *pv, *dom;
	struct mf_route_request req = {0};
	struct mf_check_report *rep = NULL;
	struct mf_answer *a = NULL;
	struct mf_error err = {0};
	char *id_json = NULL, *s;
	int rc;

	if (!o) {
		char msg[300];
		snprintf(msg, sizeof msg, "line is not valid JSON: %s (column %d)", je.text,
			 je.column);
		print_error_line(NULL, "bad-json", msg);
		return 1;
	}
	id = json_object_get(o, "id");
	q = json_object_get(o, "query");
	pv = json_object_get(o, "provider");
	if (!json_is_object(o) || !json_is_string(q)) {
		print_error_line(id, "bad-input",
				 "each line must be an object with a string \"query\"");
		json_decref(o);
		return 1;
	}
	dom = json_object_get(o, "domain");
	if (!optional_clean_string(pv) || !optional_clean_string(dom)) {
		int p_bad = !optional_clean_string(pv);
		json_t *v = p_bad ? pv : dom;
		char msg[80];

		snprintf(msg, sizeof msg, "\"%s\" must be a string%s", p_bad ? "provider" : "domain",
			 json_is_string(v) ? " without NUL characters" : "");
		print_error_line(id, "bad-input", msg);
		json_decref(o);
		return 1;
	}
	req.query = json_string_value(q);
	req.query_len = json_string_length(q);
	req.provider = json_is_string(pv) ? json_string_value(pv) : c->provider;
	req.lang = c->lang;
	rc = mf_route(ctx, &req, &a, &err);
	if (rc) {
		print_error_line(id, mf_code_name(rc), err.message);
		json_decref(o);
		return 1;
	}
	if (json_is_string(dom)) {
		/* the sender's domain looked up, in the answer's language */
		struct mf_check_request cq = {json_string_value(dom), NULL,
					      mf_answer_check_provider(a, req.provider), MF_LANG_AUTO};

		/* the run stops when it cannot be made (a bad --zone: said) */
		if (!proof->resolver && cli_dns_new(&proof->dns, &proof->resolver) != EXIT_OK) {
			mf_answer_free(a);
			json_decref(o);
			return -1;
		}
		mf_lang_from_name(a->lang, &cq.lang);
		rc = mf_check(ctx, proof->resolver, &cq, &rep, &err);
		if (rc) {
			print_error_line(id, mf_code_name(rc), err.message);
			mf_answer_free(a);
			json_decref(o);
			return 1;
		}
	}
	if (id)
		id_json = echo_json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
	s = rep ? mf_answer_with_check_to_json(a, id_json, rep) : mf_answer_to_json(a, id_json);
	mf_check_report_free(rep);
	if (s)
		puts(s);
	else
		print_error_line(id, "nomem", "out of memory");
	free(s);
	free(id_json);
	mf_answer_free(a);
	json_decref(o);
	return s ? 0 : 1;
}

static int route_jsonl(struct mf_ctx *ctx, const struct cli_common *c, struct proof *proof)
{
	char *buf = NULL;
	size_t cap = 0, len, lineno = 0, bad = 0;
	struct stat st;
	int r, interactive = !(fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode));

	while ((r = cli_read_line(stdin, &buf, &cap, MAX_JSONL_LINE, &len)) != 0) {
		lineno++;
		if (r == -2) {
			fprintf(stderr, "mailfix: out of memory\n");
			free(buf);
			return EXIT_INTERNAL;
		}
		if (r == -1) {
			char msg[128];
			snprintf(msg, sizeof msg, "line %zu is longer than %d bytes", lineno,
				 MAX_JSONL_LINE);
			print_error_line(NULL, "too-large", msg);
			bad++;
		} else if (len == 0 || strspn(buf, " \t") == len) {
			continue; /* blank lines separate nothing (as spf --jsonl) */
		} else {
			int r1 = route_line(ctx, c, buf, len, proof);

			if (r1 < 0) {
				/* the resolver could not be made (a bad --zone) */
				free(buf);
				return EXIT_USAGE;
			}
			bad += (size_t)r1;
		}
		/* Answers stream: a reader waiting on a pipe gets each line now. */
		if (interactive)
			fflush(stdout);
	}
	free(buf);
	if (ferror(stdin)) {
		fprintf(stderr, "mailfix: error reading standard input\n");
		return EXIT_INPUT;
	}
	return bad ? EXIT_INPUT : EXIT_OK;
}

int cmd_route(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		CLI_DNS_LONGOPTS,
		{"jsonl", no_argument, NULL, 'l'},
		{"check", required_argument, NULL, 'c'},
		{NULL, 0, NULL, 0},
	};
	struct cli_common c;
	struct proof proof = {0};
	struct mf_ctx *ctx;
	int opt, jsonl = 0, rc, exit_code;

	cli_common_init(&c);
	cli_dns_init(&proof.dns);
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		int handled = cli_common_option(&c, opt, optarg);
		if (handled == 0)
			handled = cli_dns_option(&proof.dns, opt, optarg);
		if (handled < 0) {
			cli_dns_free(&proof.dns);
			return EXIT_USAGE;
		}
		if (handled)
			continue;
		if (opt == 'c') {
			proof.domain = optarg;
		} else if (opt == 'l') {
			jsonl = 1;
		} else if (opt == 'h') {
			help();
			cli_dns_free(&proof.dns);
			return EXIT_OK;
		} else {
			fprintf(stderr, "mailfix route: see `mailfix route --help`\n");
			cli_dns_free(&proof.dns);
			return EXIT_USAGE;
		}
	}
	if (jsonl && (optind < argc || proof.domain)) {
		fprintf(stderr, "mailfix route: --jsonl reads standard input; give no QUERY and no --check\n");
		cli_dns_free(&proof.dns);
		return EXIT_USAGE;
	}
	if (!(ctx = cli_ctx_new(&c, &exit_code))) {
		cli_dns_free(&proof.dns);
		return exit_code;
	}
	if (jsonl) {
		rc = route_jsonl(ctx, &c, &proof);
	} else if (optind < argc) {
		size_t total = 0;
		char *q;

		for (int i = optind; i < argc; i++)
			total += strlen(argv[i]) + 1;
		q = malloc(total + 1);
		if (!q) {
			mf_ctx_free(ctx);
			return EXIT_INTERNAL;
		}
		q[0] = '\0';
		total = 0;
		for (int i = optind; i < argc; i++) {
			size_t n = strlen(argv[i]);
			if (i > optind)
				q[total++] = ' ';
			memcpy(q + total, argv[i], n);
			total += n;
		}
		q[total] = '\0';
		rc = route_one(ctx, &c, q, total, &proof);
		free(q);
	} else {
		char *q;
		size_t len;
		int r = cli_read_all(stdin, MF_ROUTE_MAX_QUERY, &q, &len);

		if (r) {
			struct mf_error err = {0};
			err.code = r;
			snprintf(err.message, sizeof err.message, "%s",
				 r == MF_ETOOBIG ? "standard input is longer than the 65536 bytes route reads"
						 : mf_code_message(r));
			cli_print_error("cannot read the query", &err);
			rc = cli_exit_code(r);
		} else {
			rc = route_one(ctx, &c, q, len, &proof);
			free(q);
		}
	}
	mf_ctx_free(ctx);
	mf_dns_free(proof.resolver);
	cli_dns_free(&proof.dns);
	return rc;
}
