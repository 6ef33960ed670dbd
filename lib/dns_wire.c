/*
 * dns_wire.c: DNS names and records between ldns' structures and the
 * resolver's answers (lib/dns.h): names to and from wire form (RFC 1035
 * 3.1), resource records to struct mf__rr, and a whole reply message to
 * an answer with its outcome (RCODE, TC bit, CNAME chain; RFC 1035 4.1,
 * RFC 2308).  Used by both back ends; parsing itself is ldns'.
 */
#include <stdlib.h>
#include <string.h>

#include "ldns_lib.h"

#include "dns.h"
#include "dns_wire.h"
#include "internal.h"

int mf__dname_to_text(const ldns_rdf *rdf, char *out, size_t outsz)
{
	const uint8_t *p = ldns_rdf_data(rdf);
	size_t len = ldns_rdf_size(rdf), i = 0, o = 0;

	if (ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_DNAME)
		return -1;
	while (i < len) {
		uint8_t l = p[i++];
		if (l == 0)
			break;
		if (l > 63 || i + l > len)
			return -1;
		if (o && o + 1 < outsz)
			out[o++] = '.';
		for (uint8_t k = 0; k < l; k++) {
			unsigned char c = p[i + k];
			/* A dot or NUL inside a label cannot be told apart in
			 * text form: such names are refused, not mangled. */
			if (c == '.' || c == 0)
				return -1;
			if (o + 1 >= outsz)
				return -1;
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		i += l;
	}
	if (o >= outsz)
		return -1;
	out[o] = '\0';
	return 0;
}

ldns_rdf *mf__dname_from_text(const char *name)
{
	uint8_t wire[MF__DNS_MAX_NAME + 4];
	size_t o = 0, n = strlen(name);
	const char *p = name, *end = name + n;

	if (n && name[n - 1] == '.')
		end--;
	while (p < end) {
		const char *dot = memchr(p, '.', (size_t)(end - p));
		size_t l = dot ? (size_t)(dot - p) : (size_t)(end - p);
		if (l == 0 || l > MF__DNS_MAX_LABEL || o + 1 + l + 1 > sizeof wire)
			return NULL;
		wire[o++] = (uint8_t)l;
		memcpy(wire + o, p, l);
		o += l;
		p += l + (dot ? 1 : 0);
	}
	wire[o++] = 0;
	return ldns_dname_new_frm_data((uint16_t)o, wire);
}

int mf__rr_from_ldns(const ldns_rr *rr, struct mf__rr *out)
{
	char name[MF__DNS_MAX_NAME + 2];
	uint16_t type = (uint16_t)ldns_rr_get_type(rr);
	size_t nrd = ldns_rr_rd_count(rr);

	memset(out, 0, sizeof *out);
	out->type = type;
	out->ttl = ldns_rr_ttl(rr);
	switch (type) {
	case MF__T_A:
	case MF__T_AAAA: {
		const ldns_rdf *rd = nrd ? ldns_rr_rdf(rr, 0) : NULL;
		size_t want = type == MF__T_A ? 4 : 16;
		if (!rd || ldns_rdf_size(rd) != want)
			return -1;
		out->data = malloc(want);
		if (!out->data)
			return MF_ENOMEM;
		memcpy(out->data, ldns_rdf_data(rd), want);
		out->len = (uint32_t)want;
		return 0;
	}
	case MF__T_MX:
	case MF__T_PTR:
	case MF__T_CNAME: {
		size_t idx = type == MF__T_MX ? 1 : 0;
		if (nrd <= idx)
			return -1;
		if (type == MF__T_MX) {
			const ldns_rdf *pr = ldns_rr_rdf(rr, 0);
			if (ldns_rdf_size(pr) != 2)
				return -1;
			out->pref = ldns_rdf2native_int16(pr);
		}
		/* The root as a target ("MX 0 ." is RFC 7505's null MX) is
		 * kept as an empty name. */
		if (mf__dname_to_text(ldns_rr_rdf(rr, idx), name, sizeof name))
			return -1;
		out->data = (unsigned char *)strdup(name);
		if (!out->data)
			return MF_ENOMEM;
		out->len = (uint32_t)strlen(name);
		return 0;
	}
	case MF__T_TXT:
	case MF__T_SPF: {
		size_t total = 0, o = 0;
		for (size_t i = 0; i < nrd; i++) {
			const ldns_rdf *rd = ldns_rr_rdf(rr, i);
			if (ldns_rdf_size(rd) < 1)
				return -1;
			total += ldns_rdf_size(rd) - 1;
		}
		out->data = malloc(total + 1);
		if (!out->data)
			return MF_ENOMEM;
		for (size_t i = 0; i < nrd; i++) {
			const ldns_rdf *rd = ldns_rr_rdf(rr, i);
			const uint8_t *d = ldns_rdf_data(rd);
			size_t l = ldns_rdf_size(rd) - 1;
			if (d[0] < l)
				l = d[0];
			memcpy(out->data + o, d + 1, l);
			o += l;
		}
		out->data[o] = '\0';
		out->len = (uint32_t)o;
		out->n_strings = (uint32_t)nrd;
		return 0;
	}
	default:
		return 0; /* the type is noted, its data not needed */
	}
}

static int owner_is(const ldns_rr *rr, const char *name)
{
	char owner[MF__DNS_MAX_NAME + 2];

	return mf__dname_to_text(ldns_rr_owner(rr), owner, sizeof owner) == 0 &&
	       strcmp(owner, name) == 0;
}

/* Parse `count` records of one section starting at *pos into a list the
 * caller frees with ldns_rr_list_deep_free.  NULL on a malformed message. */
static ldns_rr_list *read_section(const unsigned char *wire, size_t len, size_t *pos,
				  unsigned count, ldns_pkt_section section)
{
	ldns_rr_list *l = ldns_rr_list_new();

	if (!l)
		return NULL;
	for (unsigned i = 0; i < count; i++) {
		ldns_rr *rr = NULL;
		if (ldns_wire2rr(&rr, wire, len, pos, section) != LDNS_STATUS_OK ||
		    !ldns_rr_list_push_rr(l, rr)) {
			ldns_rr_free(rr);
			ldns_rr_list_deep_free(l);
			return NULL;
		}
	}
	return l;
}

struct mf__dns_answer *mf__dns_answer_from_wire(const char *name, uint16_t type,
						const unsigned char *wire, size_t len)
{
	ldns_rr_list *an = NULL, *qd = NULL;
	struct mf__dns_answer *a;
	char cur[MF__DNS_MAX_NAME + 2];
	size_t n = 0, chain = 0, count, pos = LDNS_HEADER_SIZE;
	int status;
	uint32_t ttl = UINT32_MAX;

	/* Only the header, the question and the answer section are read
	 * (the authority section only for a negative answer's SOA): the
	 * additional section is not used, so it is not parsed. */
	/* (ldns is loaded by the back end's start; a caller without one
	 * loads it here, and a reply reads as an error without it) */
	if (len < LDNS_HEADER_SIZE || !LDNS_QR_WIRE(wire) || !mf__ldns_load(NULL, 0))
		return mf__dns_answer_new(name, type, MF_DNS_ERROR, 0);
	qd = read_section(wire, len, &pos, LDNS_QDCOUNT(wire), LDNS_SECTION_QUESTION);
	if (qd)
		an = read_section(wire, len, &pos, LDNS_ANCOUNT(wire), LDNS_SECTION_ANSWER);
	ldns_rr_list_deep_free(qd);
	if (!an)
		return mf__dns_answer_new(name, type, MF_DNS_ERROR, 0);
	switch (LDNS_RCODE_WIRE(wire)) {
	case LDNS_RCODE_NOERROR:
		status = MF_DNS_OK;
		break;
	case LDNS_RCODE_NXDOMAIN:
		status = MF_DNS_NXDOMAIN;
		break;
	case LDNS_RCODE_SERVFAIL:
		status = MF_DNS_SERVFAIL;
		break;
	case LDNS_RCODE_REFUSED:
		status = MF_DNS_REFUSED;
		break;
	default:
		status = MF_DNS_ERROR;
		break;
	}
	count = ldns_rr_list_rr_count(an);
	mf__strlcpy(cur, name, sizeof cur);
	/* Follow the CNAME chain inside the answer section (RFC 1034 3.6.2);
	 * only records owned by the chain's names are taken. */
	if (status == MF_DNS_OK) {
		for (;;) {
			int moved = 0;
			n = 0;
			for (size_t i = 0; i < count; i++) {
				const ldns_rr *rr = ldns_rr_list_rr(an, i);
				if (ldns_rr_get_type(rr) == type && owner_is(rr, cur))
					n++;
			}
			if (n || type == MF__T_CNAME)
				break;
			for (size_t i = 0; i < count; i++) {
				const ldns_rr *rr = ldns_rr_list_rr(an, i);
				if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_CNAME && owner_is(rr, cur) &&
				    ldns_rr_rd_count(rr) == 1 &&
				    mf__dname_to_text(ldns_rr_rdf(rr, 0), cur, sizeof cur) == 0) {
					moved = 1;
					break;
				}
			}
			if (!moved)
				break;
			if (++chain > MF__DNS_MAX_CNAME) {
				status = MF_DNS_CNAME_LOOP;
				n = 0;
				break;
			}
		}
		if (status == MF_DNS_OK && n == 0)
			status = LDNS_TC_WIRE(wire) ? MF_DNS_TRUNCATED : MF_DNS_NODATA;
	}
	a = mf__dns_answer_new(name, type, status, n);
	if (!a) {
		ldns_rr_list_deep_free(an);
		return NULL;
	}
	if (chain && !(a->canonical = strdup(cur))) {
		ldns_rr_list_deep_free(an);
		mf__dns_answer_unref(a);
		return NULL;
	}
	for (size_t i = 0; i < count && a->n < n; i++) {
		const ldns_rr *rr = ldns_rr_list_rr(an, i);
		int rc;
		if (ldns_rr_get_type(rr) != type || !owner_is(rr, cur))
			continue;
		rc = mf__rr_from_ldns(rr, &a->rr[a->n]);
		if (rc == MF_ENOMEM) {
			ldns_rr_list_deep_free(an);
			mf__dns_answer_unref(a);
			return NULL;
		}
		if (rc)
			continue; /* a malformed record is skipped, not guessed */
		if (a->rr[a->n].ttl < ttl)
			ttl = a->rr[a->n].ttl;
		a->n++;
	}
	ldns_rr_list_deep_free(an);
	if (status == MF_DNS_OK && a->n == 0)
		a->status = MF_DNS_ERROR;
	/* Negative answers live as long as the SOA's minimum (RFC 2308 5). */
	if (a->n == 0) {
		ldns_rr_list *au = read_section(wire, len, &pos, LDNS_NSCOUNT(wire),
						LDNS_SECTION_AUTHORITY);
		ttl = 0;
		for (size_t i = 0; au && i < ldns_rr_list_rr_count(au); i++) {
			const ldns_rr *rr = ldns_rr_list_rr(au, i);
			if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA && ldns_rr_rd_count(rr) == 7) {
				uint32_t min = ldns_rdf2native_int32(ldns_rr_rdf(rr, 6));
				ttl = ldns_rr_ttl(rr) < min ? ldns_rr_ttl(rr) : min;
			}
		}
		ldns_rr_list_deep_free(au);
	}
	a->ttl = ttl == UINT32_MAX ? 0 : ttl;
	return a;
}
