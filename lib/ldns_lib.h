/*
 * ldns_lib.h: the ldns functions the resolver calls (dns_wire.c,
 * dns_zone.c, dns_ares.c, which include this header instead of
 * <ldns/ldns.h>).  ldns is loaded when a DNS back end is first made or a
 * reply first read (ldns_lib.c), not when the program starts: it and
 * OpenSSL, which it brings, cost every start of every command that looks
 * nothing up 1.8 ms of CPU and about 6 M instructions of the dynamic
 * loader (an empty program linked with and without them, perf stat and
 * callgrind, 2026-11-28), as libcurl did (curl_lib.c).  Each name below
 * stands for the loaded function of the header's own type, so that the
 * code reads as with a linked library.
 */
#ifndef MF_LDNS_LIB_H
#define MF_LDNS_LIB_H

#include <stddef.h>

#include <ldns/ldns.h>

struct mf__ldns {
	__typeof__(ldns_dname_new_frm_data) *ldns_dname_new_frm_data;
	__typeof__(ldns_dname_new_frm_str) *ldns_dname_new_frm_str;
	__typeof__(ldns_get_errorstr_by_id) *ldns_get_errorstr_by_id;
	__typeof__(ldns_pkt2wire) *ldns_pkt2wire;
	__typeof__(ldns_pkt_free) *ldns_pkt_free;
	__typeof__(ldns_pkt_query_new) *ldns_pkt_query_new;
	__typeof__(ldns_pkt_set_edns_udp_size) *ldns_pkt_set_edns_udp_size;
	__typeof__(ldns_rdf2native_int16) *ldns_rdf2native_int16;
	__typeof__(ldns_rdf2native_int32) *ldns_rdf2native_int32;
	__typeof__(ldns_rdf_data) *ldns_rdf_data;
	__typeof__(ldns_rdf_deep_free) *ldns_rdf_deep_free;
	__typeof__(ldns_rdf_get_type) *ldns_rdf_get_type;
	__typeof__(ldns_rdf_size) *ldns_rdf_size;
	__typeof__(ldns_rr_free) *ldns_rr_free;
	__typeof__(ldns_rr_get_type) *ldns_rr_get_type;
	__typeof__(ldns_rr_list_deep_free) *ldns_rr_list_deep_free;
	__typeof__(ldns_rr_list_new) *ldns_rr_list_new;
	__typeof__(ldns_rr_list_push_rr) *ldns_rr_list_push_rr;
	__typeof__(ldns_rr_list_rr) *ldns_rr_list_rr;
	__typeof__(ldns_rr_list_rr_count) *ldns_rr_list_rr_count;
	__typeof__(ldns_rr_new_frm_fp_l) *ldns_rr_new_frm_fp_l;
	__typeof__(ldns_rr_owner) *ldns_rr_owner;
	__typeof__(ldns_rr_rd_count) *ldns_rr_rd_count;
	__typeof__(ldns_rr_rdf) *ldns_rr_rdf;
	__typeof__(ldns_rr_ttl) *ldns_rr_ttl;
	__typeof__(ldns_wire2rr) *ldns_wire2rr;
};

/* ldns, loaded and its functions looked up once per process, from any
 * thread: 1, or 0 with why in why[n] (when why is not NULL). */
int mf__ldns_load(char *why, size_t n);
/* The functions (loading them first); their members are NULL when
 * mf__ldns_load says 0: every caller asks it first. */
const struct mf__ldns *mf__ldns(void);

/* (ldns_lib.c, which fills the struct, defines MF_LDNS_LIB_NO_NAMES) */
#ifndef MF_LDNS_LIB_NO_NAMES
#define ldns_dname_new_frm_data (mf__ldns()->ldns_dname_new_frm_data)
#define ldns_dname_new_frm_str (mf__ldns()->ldns_dname_new_frm_str)
#define ldns_get_errorstr_by_id (mf__ldns()->ldns_get_errorstr_by_id)
#define ldns_pkt2wire (mf__ldns()->ldns_pkt2wire)
#define ldns_pkt_free (mf__ldns()->ldns_pkt_free)
#define ldns_pkt_query_new (mf__ldns()->ldns_pkt_query_new)
#define ldns_pkt_set_edns_udp_size (mf__ldns()->ldns_pkt_set_edns_udp_size)
#define ldns_rdf2native_int16 (mf__ldns()->ldns_rdf2native_int16)
#define ldns_rdf2native_int32 (mf__ldns()->ldns_rdf2native_int32)
#define ldns_rdf_data (mf__ldns()->ldns_rdf_data)
#define ldns_rdf_deep_free (mf__ldns()->ldns_rdf_deep_free)
#define ldns_rdf_get_type (mf__ldns()->ldns_rdf_get_type)
#define ldns_rdf_size (mf__ldns()->ldns_rdf_size)
#define ldns_rr_free (mf__ldns()->ldns_rr_free)
#define ldns_rr_get_type (mf__ldns()->ldns_rr_get_type)
#define ldns_rr_list_deep_free (mf__ldns()->ldns_rr_list_deep_free)
#define ldns_rr_list_new (mf__ldns()->ldns_rr_list_new)
#define ldns_rr_list_push_rr (mf__ldns()->ldns_rr_list_push_rr)
#define ldns_rr_list_rr (mf__ldns()->ldns_rr_list_rr)
#define ldns_rr_list_rr_count (mf__ldns()->ldns_rr_list_rr_count)
#define ldns_rr_new_frm_fp_l (mf__ldns()->ldns_rr_new_frm_fp_l)
#define ldns_rr_owner (mf__ldns()->ldns_rr_owner)
#define ldns_rr_rd_count (mf__ldns()->ldns_rr_rd_count)
#define ldns_rr_rdf (mf__ldns()->ldns_rr_rdf)
#define ldns_rr_ttl (mf__ldns()->ldns_rr_ttl)
#define ldns_wire2rr (mf__ldns()->ldns_wire2rr)
#endif

#endif
