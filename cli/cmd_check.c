/*
 * cmd_check.c: `mailfix check DOMAIN`: what the domain's DNS shows for
 * mail (MX, SPF evaluated whole, DMARC, DKIM at the provider's selectors,
 * the webmail CNAME), compared with the provider's profile; with --ip,
 * SPF for that sending server.  Text for a terminal, or --json
 * (INTERFACE.md "Answer of check").
 */
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"

static void help(void)
{
	printf("usage: mailfix check [--json] DOMAIN [--ip ADDR] [--provider ID] [--lang L] [DNS options]\n\n"
	       "Looks up what mail needs of DOMAIN (or of an address's domain) and says\n"
	       "what is wrong: MX records, the SPF record evaluated as receivers do\n"
	       "(nested includes, the 10-lookup limit, syntax), DMARC, the DKIM key at the\n"
	       "provider's selectors, the webmail CNAME; each finding with its evidence,\n"
	       "the fix, and whose side must act.  The provider is detected from the MX\n"
	       "and SPF records unless --provider names one.  A lookup that fails is\n"
	       "reported as such, never read as a missing record.\n"
	       "  --json             one JSON answer (INTERFACE.md)\n"
	       "  --ip ADDR          also evaluate SPF for this sending server\n"
	       "  --provider ID      check against this profile (alimail, google-workspace,\n"
	       "                     microsoft365, netease-qiye, tencent-exmail; other has\n"
	       "                     no records, so only the general checks run)\n"
	       "  --lang L           language of the findings: en, zh or zh-Hant\n"
	       CLI_DNS_HELP);
}

int cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		CLI_DNS_LONGOPTS,
		{"ip", required_argument, NULL, 'i'},
		{NULL, 0, NULL, 0},
	};
	struct cli_common cc;
	struct cli_dns dopt;
	struct mf_check_request req = {0};
	struct mf_check_report *report = NULL;
	struct mf_error err = {0};
	struct mf_dns *dns = NULL;
	struct mf_ctx *ctx = NULL;
	int opt, rc, exit_code;

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
			cli_dns_free(&dopt);
			return EXIT_OK;
		case 'i':
			req.ip = optarg;
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, optind == argc ? "mailfix: give one DOMAIN to check\n"
					       : "mailfix: give one DOMAIN only\n");
		goto usage;
	}
	req.domain = argv[optind];
	req.provider = cc.provider;
	req.lang = cc.lang;
	ctx = cli_ctx_new(&cc, &exit_code);
	if (!ctx) {
		cli_dns_free(&dopt);
		return exit_code;
	}
	if ((exit_code = cli_dns_new(&dopt, &dns)) != EXIT_OK)
		goto out;
	rc = mf_check(ctx, dns, &req, &report, &err);
	if (rc) {
		cli_print_error("cannot check", &err);
		exit_code = cli_exit_code_of_arguments(rc);
		goto out;
	}
	exit_code = cli_print_answer(cc.json ? mf_check_report_to_json(report)
					     : mf_check_report_to_text(report, cc.color),
				     cc.json);
out:
	mf_check_report_free(report);
	mf_dns_free(dns);
	mf_ctx_free(ctx);
	cli_dns_free(&dopt);
	return exit_code;
usage:
	cli_dns_free(&dopt);
	fprintf(stderr, "Try `mailfix check --help`.\n");
	return EXIT_USAGE;
}
