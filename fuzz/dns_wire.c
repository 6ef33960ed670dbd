/*
 * dns_wire.c (fuzz): a DNS reply in wire form (RFC 1035 4.1), as hostile
 * as a server or an attacker on the path can make it, read into an answer
 * (lib/dns_wire.c, parsing by ldns).  The first two bytes pick the type
 * asked (A, AAAA, MX, TXT, PTR, CNAME); the rest is the reply.  The answer
 * must hold together: a known status, records of the type asked only,
 * addresses of their size, names and TXT data of the length they say.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns.h"
#include "fuzz.h"
#include "mailfix.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint16_t types[] = {1, 28, 15, 16, 12, 5};
	struct mf__dns_answer *a;
	uint16_t type;

	if (size < 2)
		return 0;
	type = types[data[0] % (sizeof types / sizeof types[0])];
	a = mf__dns_answer_from_wire(data[1] & 1 ? "example.test" : "mx.example.test", type,
				     data + 2, size - 2);
	if (!a)
		return 0; /* out of memory */
	FUZZ_ASSERT(a->status >= MF_DNS_OK && a->status <= MF_DNS_CNAME_LOOP);
	FUZZ_ASSERT(a->status == MF_DNS_OK || a->n == 0);
	for (size_t i = 0; i < a->n; i++) {
		const struct mf__rr *r = &a->rr[i];
		FUZZ_ASSERT(r->type == type);
		if (type == 1)
			FUZZ_ASSERT(r->len == 4);
		else if (type == 28)
			FUZZ_ASSERT(r->len == 16);
		else if (type != 16)
			FUZZ_ASSERT(r->data && strlen((const char *)r->data) == r->len);
		else
			FUZZ_ASSERT(r->data && r->data[r->len] == '\0');
	}
	if (a->canonical)
		FUZZ_ASSERT(strlen(a->canonical) <= MF__DNS_MAX_NAME + 1);
	mf__dns_answer_unref(a);
	return 0;
}
