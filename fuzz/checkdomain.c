/*
 * checkdomain.c (fuzz): `check` over any bytes, taken as an RFC 1035
 * master file that the resolver answers from: the MX, SPF, DMARC, DKIM
 * and webmail records of ex.test and shop.ex.test (and whatever the SPF
 * records include) are judged with the provider detected, given, and
 * with a sending address.  A zone that does not parse is refused with an
 * error naming its line; a report always has known severities, a path and
 * a side per finding, at most its bounds of findings and records, and
 * JSON that parses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"
#include "mailfix.h"

static struct mf_ctx *ctx;
static int zone_fd = -1;
static char zone_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct mf_error err = {0};

	(void)argc, (void)argv;
	if (mf_ctx_new(&ctx, NULL, &err) != 0) {
		fprintf(stderr, "mf_ctx_new: %s\n", err.message);
		abort();
	}
	zone_fd = memfd_create("mf-fuzz-zone", 0);
	if (zone_fd < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(zone_path, sizeof zone_path, "/proc/self/fd/%d", zone_fd);
	return 0;
}

static void check_one(struct mf_dns *dns, const struct mf_check_request *req)
{
	struct mf_check_report *rep = NULL;
	struct mf_error err = {0};

	if (mf_check(ctx, dns, req, &rep, &err) != 0) {
		FUZZ_ASSERT(!rep && err.message[0]);
		return;
	}
	FUZZ_ASSERT(rep && rep->n_findings <= 64 && rep->n_records <= 64);
	for (size_t i = 0; i < rep->n_findings; i++) {
		const struct mf_finding *f = &rep->findings[i];
		FUZZ_ASSERT(f->id && f->title && f->evidence && f->fix && f->path && f->side);
		FUZZ_ASSERT(!strcmp(f->severity, "error") || !strcmp(f->severity, "warning") ||
			    !strcmp(f->severity, "info"));
		FUZZ_ASSERT(!f->fix_type || f->fix_name);
		/* worst first */
		FUZZ_ASSERT(i == 0 || f->severity[0] != 'e' || rep->findings[i - 1].severity[0] == 'e');
	}
	fuzz_check_json(mf_check_report_to_json(rep), "domain");
	fuzz_check_text(mf_check_report_to_text(rep, 1));
	mf_check_report_free(rep);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct mf_check_request reqs[] = {
		{"ex.test", NULL, NULL, MF_LANG_EN},
		{"shop.ex.test", "203.0.113.25", "alimail", MF_LANG_ZH},
		{"zhang@ex.test", "2001:db8::25", "microsoft365", MF_LANG_ZH_HANT},
	};
	const char *files[] = {zone_path};
	struct mf_dns_options opt = {0};
	struct mf_dns *dns = NULL;
	struct mf_error err = {0};

	if (size > (1u << 20) || ftruncate(zone_fd, 0) != 0 || lseek(zone_fd, 0, SEEK_SET) != 0 ||
	    (size && write(zone_fd, data, size) != (ssize_t)size))
		return 0;
	opt.zone_files = files;
	opt.n_zone_files = 1;
	if (mf_dns_new(&dns, &opt, &err) != 0) {
		FUZZ_ASSERT(!dns && err.message[0]);
		return 0;
	}
	for (size_t i = 0; i < sizeof reqs / sizeof reqs[0]; i++)
		check_one(dns, &reqs[i]);
	mf_dns_free(dns);
	return 0;
}
