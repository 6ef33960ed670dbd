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

#include "fuzz.h"
#include "mailfix.h"

static struct mf_ctx *ctx;
static struct fuzz_zone zone;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct mf_error err = {0};

	(void)argc, (void)argv;
	if (mf_ctx_new(&ctx, NULL, &err) != 0) {
		fprintf(stderr, "mf_ctx_new: %s\n", err.message);
		abort();
	}
	fuzz_zone_init(&zone);
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
	struct mf_dns *dns = fuzz_zone_dns(&zone, data, size);

	if (!dns)
		return 0;
	for (size_t i = 0; i < sizeof reqs / sizeof reqs[0]; i++)
		check_one(dns, &reqs[i]);
	mf_dns_free(dns);
	return 0;
}
