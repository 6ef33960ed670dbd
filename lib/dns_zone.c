/*
 * dns_zone.c: the zone-file back end of the resolver (lib/dns.h): answers
 * from RFC 1035 master files (5.1) read with ldns, asking no server.  As
 * INTERFACE.md says: any names, no SOA needed, several files merge, a
 * name not held answers NXDOMAIN, a name held without the type NODATA
 * (RFC 2308), and CNAMEs are followed inside the data as a resolver would
 * (RFC 1034 3.6.2), a loop ending in "cname-loop".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ldns_lib.h"

#include "dns.h"
#include "dns_wire.h"
#include "internal.h"

struct znode {
	char *name;
	struct mf__rr *rr;
	size_t n, cap;
	struct znode *next;
};

struct zone {
	struct znode **tab;
	size_t n_buckets, n_nodes;
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static struct znode *find(const struct zone *z, const char *name)
{
	for (struct znode *n = z->tab[hash_name(name) & (z->n_buckets - 1)]; n; n = n->next)
		if (strcmp(n->name, name) == 0)
			return n;
	return NULL;
}

static int grow(struct zone *z)
{
	size_t nb = z->n_buckets * 2;
	struct znode **t = calloc(nb, sizeof *t);

	if (!t)
		return MF_ENOMEM;
	for (size_t i = 0; i < z->n_buckets; i++)
		for (struct znode *n = z->tab[i], *nx; n; n = nx) {
			size_t b = hash_name(n->name) & (nb - 1);
			nx = n->next;
			n->next = t[b];
			t[b] = n;
		}
	free(z->tab);
	z->tab = t;
	z->n_buckets = nb;
	return 0;
}

static int add_rr(struct zone *z, const char *owner, const struct mf__rr *rr)
{
	struct znode *n = find(z, owner);

	if (!n) {
		if (z->n_nodes >= z->n_buckets && grow(z))
			return MF_ENOMEM;
		n = calloc(1, sizeof *n);
		if (!n || !(n->name = strdup(owner))) {
			free(n);
			return MF_ENOMEM;
		}
		size_t b = hash_name(owner) & (z->n_buckets - 1);
		n->next = z->tab[b];
		z->tab[b] = n;
		z->n_nodes++;
	}
	if (n->n == n->cap) {
		size_t nc = n->cap ? n->cap * 2 : 2;
		struct mf__rr *r = realloc(n->rr, nc * sizeof *r);
		if (!r)
			return MF_ENOMEM;
		n->rr = r;
		n->cap = nc;
	}
	n->rr[n->n++] = *rr;
	return 0;
}

static void zone_free(void *st)
{
	struct zone *z = st;

	if (!z)
		return;
	for (size_t i = 0; i < z->n_buckets; i++)
		for (struct znode *n = z->tab[i], *nx; n; n = nx) {
			nx = n->next;
			for (size_t k = 0; k < n->n; k++)
				free(n->rr[k].data);
			free(n->rr);
			free(n->name);
			free(n);
		}
	free(z->tab);
	free(z);
}

/* The line a record just read ends on: ldns counts the newline that
 * ended it already, unless the file ended first. */
static int record_line(FILE *f, int line)
{
	long pos = ftell(f);

	if (pos <= 0 || fseek(f, pos - 1, SEEK_SET) != 0)
		return line;
	return fgetc(f) == '\n' && line > 1 ? line - 1 : line;
}

static int load_file(struct zone *z, const char *path, struct mf_error *err)
{
	FILE *f = fopen(path, "r");
	uint32_t ttl = 3600;
	ldns_rdf *origin = ldns_dname_new_frm_str("."), *prev = NULL;
	int line = 1, rc = 0;
	struct stat st;

	/* a directory opens, but every read fails (EISDIR) without setting
	 * the end of file: the loop below would read it for ever */
	if (f && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		f = NULL;
		errno = EISDIR;
	}
	if (!f) {
		ldns_rdf_deep_free(origin);
		return mf__fail(err, MF_EIO, path, "check the --zone path",
				"cannot read zone file %s: %s", path, strerror(errno));
	}
	while (!feof(f)) {
		ldns_rr *rr = NULL;
		ldns_status s = ldns_rr_new_frm_fp_l(&rr, f, &ttl, &origin, &prev, &line);
		char owner[MF__DNS_MAX_NAME + 2];
		struct mf__rr r;

		if (ferror(f)) {  /* a read that failed is not the end of the file */
			int e = errno;
			ldns_rr_free(rr);
			rc = mf__fail(err, MF_EIO, path, "check the --zone path",
				      "cannot read zone file %s: %s", path, strerror(e));
			break;
		}
		if (s == LDNS_STATUS_SYNTAX_EMPTY || s == LDNS_STATUS_SYNTAX_TTL ||
		    s == LDNS_STATUS_SYNTAX_ORIGIN)
			continue;
		if (s == LDNS_STATUS_OK && ldns_rr_get_type(rr) == 0) {
			/* ldns reads "NAME WORD" with nothing after it as a record
			 * of type 0 (reserved, RFC 6895 3.1) and no data: a typing
			 * slip that would answer NODATA, not a record */
			char where[300];
			snprintf(where, sizeof where, "%s:%d", path, record_line(f, line));
			ldns_rr_free(rr);
			rc = mf__fail(err, MF_EINPUT, where,
				      "write one record per line in RFC 1035 master-file form, "
				      "names absolute with the trailing dot",
				      "%s: no record type and data (a type name misspelt, "
				      "or the data missing)", where);
			break;
		}
		if (s != LDNS_STATUS_OK) {
			char where[300];
			snprintf(where, sizeof where, "%s:%d", path, record_line(f, line));
			rc = mf__fail(err, MF_EINPUT, where,
				      "write one record per line in RFC 1035 master-file form, "
				      "names absolute with the trailing dot",
				      "%s: %s", where, ldns_get_errorstr_by_id(s));
			break;
		}
		if (mf__dname_to_text(ldns_rr_owner(rr), owner, sizeof owner)) {
			char where[300];
			snprintf(where, sizeof where, "%s:%d", path, record_line(f, line));
			ldns_rr_free(rr);
			rc = mf__fail(err, MF_EINPUT, where, NULL,
				      "%s: the owner name holds a dot or NUL inside a label", where);
			break;
		}
		rc = mf__rr_from_ldns(rr, &r);
		ldns_rr_free(rr);
		if (rc == -1) {
			char where[300];
			snprintf(where, sizeof where, "%s:%d", path, record_line(f, line));
			rc = mf__fail(err, MF_EINPUT, where, NULL, "%s: malformed record data",
				      where);
			break;
		}
		if (rc || (rc = add_rr(z, owner, &r))) {
			free(r.data);
			rc = mf__fail(err, MF_ENOMEM, path, NULL, "out of memory");
			break;
		}
	}
	ldns_rdf_deep_free(origin);
	ldns_rdf_deep_free(prev);
	fclose(f);
	return rc;
}

static int copy_rr(struct mf__rr *dst, const struct mf__rr *src)
{
	*dst = *src;
	dst->data = NULL;
	if (src->data) {
		dst->data = malloc(src->len + 1);
		if (!dst->data)
			return MF_ENOMEM;
		memcpy(dst->data, src->data, src->len);
		dst->data[src->len] = '\0';
	}
	return 0;
}

static int zone_send(void *st, const char *name, uint16_t type, mf__dns_done done,
		     void *arg)
{
	const struct zone *z = st;
	const struct znode *node = NULL;
	const char *cur = name;
	struct mf__dns_answer *a;
	size_t n = 0, chain = 0;
	int status;

	for (;;) {
		const struct mf__rr *cname = NULL;
		node = find(z, cur);
		if (!node) {
			status = MF_DNS_NXDOMAIN;
			break;
		}
		n = 0;
		for (size_t i = 0; i < node->n; i++) {
			if (node->rr[i].type == type)
				n++;
			else if (node->rr[i].type == MF__T_CNAME)
				cname = &node->rr[i];
		}
		if (n) {
			status = MF_DNS_OK;
			break;
		}
		if (!cname || !cname->data) {
			status = MF_DNS_NODATA;
			break;
		}
		if (++chain > MF__DNS_MAX_CNAME) {
			status = MF_DNS_CNAME_LOOP;
			node = NULL;
			break;
		}
		cur = (const char *)cname->data;
	}
	a = mf__dns_answer_new(name, type, status, status == MF_DNS_OK ? n : 0);
	if (!a)
		return MF_ENOMEM;
	if (chain && status != MF_DNS_CNAME_LOOP && !(a->canonical = strdup(cur))) {
		mf__dns_answer_unref(a);
		return MF_ENOMEM;
	}
	a->ttl = 3600;
	if (status == MF_DNS_OK) {
		for (size_t i = 0; i < node->n; i++) {
			if (node->rr[i].type != type)
				continue;
			if (copy_rr(&a->rr[a->n], &node->rr[i])) {
				mf__dns_answer_unref(a);
				return MF_ENOMEM;
			}
			if (a->rr[a->n].ttl < a->ttl)
				a->ttl = a->rr[a->n].ttl;
			a->n++;
		}
	}
	done(arg, a);
	return 0;
}

static size_t zone_process(void *st, int wait_ms)
{
	return 0; /* every answer is given at once */
}

static const struct mf__dns_backend zone_backend = {
	"zone", zone_send, zone_process, zone_free,
};

int mf__dns_zone_new(void **st, const struct mf__dns_backend **be,
		     const char *const *files, size_t n_files, struct mf_error *err)
{
	struct zone *z;
	char why[300];

	/* ldns is loaded now (ldns_lib.c), not at every start */
	if (!mf__ldns_load(why, sizeof why))
		return mf__fail(err, MF_EDNS, NULL, "install ldns (libldns3)",
				"cannot read DNS records: %s", why);
	z = calloc(1, sizeof *z);
	if (!z || !(z->tab = calloc(1024, sizeof *z->tab))) {
		free(z);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	z->n_buckets = 1024;
	for (size_t i = 0; i < n_files; i++) {
		int rc = load_file(z, files[i], err);
		if (rc) {
			zone_free(z);
			return rc;
		}
	}
	*st = z;
	*be = &zone_backend;
	return 0;
}
