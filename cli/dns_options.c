/*
 * dns_options.c: the DNS options every subcommand that looks things up
 * takes (INTERFACE.md: --dns, --zone; and --timeout, --tries, --no-cache,
 * --fault for tests), parsed into a struct cli_dns, and the resolver they
 * describe.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_dns_init(struct cli_dns *d)
{
	memset(d, 0, sizeof *d);
}

/* NAME[/TYPE]=STATUS */
static int parse_fault(const char *arg, struct mf_dns_fault *f)
{
	const char *eq = strrchr(arg, '='), *slash;

	if (!eq || eq == arg)
		return -1;
	f->status = mf_dns_status_from_name(eq + 1);
	if (f->status < 0)
		return -1;
	slash = memchr(arg, '/', (size_t)(eq - arg));
	f->type = 0;
	if (slash) {
		char t[16];
		size_t n = (size_t)(eq - slash - 1);
		if (n == 0 || n >= sizeof t)
			return -1;
		memcpy(t, slash + 1, n);
		t[n] = '\0';
		f->type = mf_dns_type_from_name(t);
		if (f->type < 0)
			return -1;
	}
	f->name = strndup(arg, (size_t)((slash ? slash : eq) - arg));
	return f->name ? 0 : -1;
}

int cli_dns_option(struct cli_dns *d, int opt, const char *arg)
{
	char *end;

	switch (opt) {
	case CLI_OPT_ZONE:
		if (d->n_zones == CLI_MAX_ZONES) {
			fprintf(stderr, "mailfix: at most %d --zone files\n", CLI_MAX_ZONES);
			return -1;
		}
		d->zones[d->n_zones++] = arg;
		return 1;
	case CLI_OPT_DNS:
		d->opt.server = arg;
		return 1;
	case CLI_OPT_TIMEOUT:
		d->opt.timeout_ms = (int)strtol(arg, &end, 10);
		if (*end || d->opt.timeout_ms <= 0 || d->opt.timeout_ms > 600000) {
			fprintf(stderr, "mailfix: --timeout takes milliseconds, 1 to 600000\n");
			return -1;
		}
		return 1;
	case CLI_OPT_TRIES:
		d->opt.tries = (int)strtol(arg, &end, 10);
		if (*end || d->opt.tries <= 0 || d->opt.tries > 10) {
			fprintf(stderr, "mailfix: --tries takes 1 to 10\n");
			return -1;
		}
		return 1;
	case CLI_OPT_NO_CACHE:
		d->opt.no_cache = 1;
		return 1;
	case CLI_OPT_FAULT:
		if (d->n_faults == CLI_MAX_FAULTS || parse_fault(arg, &d->faults[d->n_faults])) {
			fprintf(stderr,
				"mailfix: --fault \"%s\": write NAME[/TYPE]=STATUS, STATUS one "
				"of timeout servfail nxdomain nodata refused truncated error\n",
				arg);
			return -1;
		}
		d->n_faults++;
		return 1;
	default:
		return 0;
	}
}

int cli_dns_new(struct cli_dns *d, struct mf_dns **out)
{
	struct mf_error err = {0};
	int rc;

	d->opt.zone_files = d->zones;
	d->opt.n_zone_files = d->n_zones;
	d->opt.faults = d->faults;
	d->opt.n_faults = d->n_faults;
	rc = mf_dns_new(out, &d->opt, &err);
	if (rc) {
		cli_print_error("cannot set up DNS", &err);
		/* a --zone file that cannot be read or parsed, a --dns that is
		 * no server: the options are wrong (only memory is not) */
		return rc == MF_ENOMEM ? EXIT_INTERNAL : EXIT_USAGE;
	}
	return EXIT_OK;
}

void cli_dns_free(struct cli_dns *d)
{
	for (size_t i = 0; i < d->n_faults; i++)
		free((char *)d->faults[i].name);
	d->n_faults = 0;
}

int cli_common_or_dns_option(struct cli_common *c, struct cli_dns *d, int opt, const char *arg)
{
	int r = cli_common_option(c, opt, arg);

	return r ? r : cli_dns_option(d, opt, arg);
}
