/*
 * ldns_lib.c: load ldns the first time the resolver needs it (dlopen of
 * the library CMake found with pkg-config, by its soname MF_LDNS_SONAME)
 * and look up the functions dns_wire.c, dns_zone.c and dns_ares.c call
 * (ldns_lib.h).  Once per process, whichever thread asks first; the
 * library stays loaded until the process ends, as a linked one would.
 * The same as curl_lib.c does for libcurl.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "dl_table.h"
#define MF_LDNS_LIB_NO_NAMES
#include "ldns_lib.h"

#ifndef MF_LDNS_SONAME
#define MF_LDNS_SONAME "libldns.so.3"
#endif

/* What loading gave, set once under pthread_once and only read after. */
struct loaded {
	struct mf__ldns api;
	int ok;
	char why[256];
};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static struct loaded loaded;

#define FN(f) {#f, offsetof(struct mf__ldns, f)}
static const struct mf__dl_fn functions[] = {
	FN(ldns_dname_new_frm_data),
	FN(ldns_dname_new_frm_str),
	FN(ldns_get_errorstr_by_id),
	FN(ldns_pkt2wire),
	FN(ldns_pkt_free),
	FN(ldns_pkt_query_new),
	FN(ldns_pkt_set_edns_udp_size),
	FN(ldns_rdf2native_int16),
	FN(ldns_rdf2native_int32),
	FN(ldns_rdf_data),
	FN(ldns_rdf_deep_free),
	FN(ldns_rdf_get_type),
	FN(ldns_rdf_size),
	FN(ldns_rr_free),
	FN(ldns_rr_get_type),
	FN(ldns_rr_list_deep_free),
	FN(ldns_rr_list_new),
	FN(ldns_rr_list_push_rr),
	FN(ldns_rr_list_rr),
	FN(ldns_rr_list_rr_count),
	FN(ldns_rr_new_frm_fp_l),
	FN(ldns_rr_owner),
	FN(ldns_rr_rd_count),
	FN(ldns_rr_rdf),
	FN(ldns_rr_ttl),
	FN(ldns_wire2rr),
};
#undef FN

static void load(void)
{
	loaded.ok = mf__dl_table(MF_LDNS_SONAME, functions, sizeof functions / sizeof functions[0],
				 &loaded.api, loaded.why, sizeof loaded.why) != NULL;
}

int mf__ldns_load(char *why, size_t n)
{
	pthread_once(&load_once, load);
	if (!loaded.ok && why && n)
		snprintf(why, n, "%s", loaded.why);
	return loaded.ok;
}

const struct mf__ldns *mf__ldns(void)
{
	pthread_once(&load_once, load);
	return &loaded.api;
}
