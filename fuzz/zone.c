/*
 * zone.c: the resolver the DNS fuzz targets answer from: the input bytes
 * written to a memfd and read as an RFC 1035 master file (fuzz.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"
#include "mailfix.h"

void fuzz_zone_init(struct fuzz_zone *z)
{
	z->fd = memfd_create("mf-fuzz-zone", 0);
	if (z->fd < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(z->path, sizeof z->path, "/proc/self/fd/%d", z->fd);
}

struct mf_dns *fuzz_zone_dns(struct fuzz_zone *z, const uint8_t *data, size_t size)
{
	const char *files[] = {z->path};
	struct mf_dns_options opt = {0};
	struct mf_dns *dns = NULL;
	struct mf_error err = {0};

	if (size > (1u << 20) || ftruncate(z->fd, 0) != 0 || lseek(z->fd, 0, SEEK_SET) != 0 ||
	    (size && write(z->fd, data, size) != (ssize_t)size))
		return NULL;
	opt.zone_files = files;
	opt.n_zone_files = 1;
	if (mf_dns_new(&dns, &opt, &err) != 0) {
		FUZZ_ASSERT(!dns && err.message[0]);
		return NULL;
	}
	return dns;
}
