/*
 * spf.c (fuzz): the zone reader and the SPF evaluator (RFC 7208) over any
 * bytes, taken as an RFC 1035 master file that the resolver answers from.
 * The records of example.test (and whatever they include, redirect to or
 * look up) are evaluated for a few clients and identities.  A zone that
 * does not parse is refused with an error naming its line; a check always
 * ends with a result among the seven of RFC 7208 2.6, within the lookup
 * limits, whose JSON parses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "mailfix.h"

static struct fuzz_zone zone;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_zone_init(&zone);
	return 0;
}

static void check_one(struct mf_dns *dns, const struct mf_spf_request *req)
{
	struct mf_spf_options opt = {0};
	struct mf_spf_result *res = NULL;
	struct mf_error err = {0};

	opt.now = 1700000000;
	if (mf_spf_check(dns, req, &opt, &res, &err) != 0) {
		FUZZ_ASSERT(!res && err.message[0]);
		return;
	}
	FUZZ_ASSERT(res && res->code >= MF_SPF_NONE && res->code <= MF_SPF_PERMERROR);
	FUZZ_ASSERT(res->n_lookups <= MF_SPF_MAX_DNS_TERMS + 1);
	FUZZ_ASSERT(res->n_void <= MF_SPF_MAX_VOID_LOOKUPS + 1);
	fuzz_check_json(mf_spf_result_to_json(res, NULL, 1), "result");
	fuzz_check_text(mf_spf_result_to_text(res, 1));
	mf_spf_result_free(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct mf_spf_request reqs[] = {
		{"192.0.2.10", "user@example.test", NULL},
		{"2001:db8::25", "", "example.test"},
		{"198.51.100.7", "postmaster@sub.example.test", "mx.example.test"},
	};
	struct mf_dns *dns = fuzz_zone_dns(&zone, data, size);

	if (!dns)
		return 0;
	for (size_t i = 0; i < sizeof reqs / sizeof reqs[0]; i++)
		check_one(dns, &reqs[i]);
	mf_dns_free(dns);
	return 0;
}
