/*
 * db_cache.c: the databases compiled from a --data DIR, kept on disk
 * between runs (after Rspamd's cache of Hyperscan databases), so that
 * only the first start with that data compiles (seconds) and the next
 * ones load the bytes in milliseconds.
 *
 * One file a key: DIR/mailfix-<key in hex>.db, where the key (match.c)
 * names the data's hash, the build, Vectorscan's version and the CPU.  A
 * file is a header (tag, key, the two parts' lengths, their hash) and two
 * parts: the pattern plan's blob (plan_blob.c) and the databases'
 * (match.c); both are checked again by their loaders.  Written to a temporary file and
 * renamed, so a reader never sees half a file; of the cache's files only
 * the few most recently used are kept (custom data that changes would
 * otherwise leave 35 MB behind each time).  Every failure only means a
 * compile: nothing here is fatal, and nothing is printed.
 * No RFC is implemented here.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define CACHE_MAGIC "MFCACHE1"
#define CACHE_PREFIX "mailfix-"
#define CACHE_SUFFIX ".db"
#define CACHE_MAX_BYTES ((size_t)1 << 30)
#define CACHE_KEEP 3          /* files kept: the most recently used */

struct cache_header {
	char magic[8];
	uint64_t key;
	uint64_t plan_len, db_len;
	uint64_t hash;       /* of the two parts: the plan's loader checks its
				structure, not its strings, and the rules'
				databases are read only when first wanted */
};

static int cache_path(char *out, size_t cap, const char *dir, uint64_t key)
{
	int n = snprintf(out, cap, "%s/" CACHE_PREFIX "%016llx" CACHE_SUFFIX, dir,
			 (unsigned long long)key);

	return n > 0 && (size_t)n < cap ? 0 : -1;
}

int mf__db_cache_load(const char *dir, uint64_t key, struct mf__db_cache_file *out)
{
	char path[4096];
	struct cache_header h;
	struct stat st;
	void *map;
	size_t n;
	int fd;

	memset(out, 0, sizeof *out);
	if (cache_path(path, sizeof path, dir, key))
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	/* Vectorscan runs what a database holds: only a file this user
	 * wrote, that no one else may change, is taken (a cache directory
	 * shared with others gets compiles, not their files). */
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
	    (st.st_mode & (S_IWGRP | S_IWOTH)) || (size_t)st.st_size < sizeof h ||
	    (uint64_t)st.st_size > CACHE_MAX_BYTES) {
		close(fd);
		return -1;
	}
	/* Mapped, not read: no copy, and the pages are the page cache's,
	 * shared by every process that maps the file.  Files are replaced
	 * by rename, never rewritten in place, so the mapping stays whole. */
	n = (size_t)st.st_size;
	map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return -1;
	memcpy(&h, map, sizeof h);
	if (memcmp(h.magic, CACHE_MAGIC, 8) != 0 || h.key != key || h.plan_len > n - sizeof h ||
	    h.db_len != n - sizeof h - h.plan_len ||
	    h.hash != mf__hash_bytes(mf__hash_bytes(MF__HASH_SEED, (const char *)map + sizeof h,
						     (size_t)h.plan_len),
				     (const char *)map + sizeof h + h.plan_len, (size_t)h.db_len)) {
		munmap(map, n);
		return -1;
	}
	/* used now: the pruning of another start keeps it */
	utimensat(AT_FDCWD, path, NULL, 0);
	out->map = map;
	out->map_len = n;
	out->plan = (const char *)map + sizeof h;
	out->plan_len = (size_t)h.plan_len;
	out->db = out->plan + h.plan_len;
	out->db_len = (size_t)h.db_len;
	return 0;
}

/* Is the name one of the cache's files? */
static int cache_name(const char *name)
{
	size_t n = strlen(name), p = strlen(CACHE_PREFIX), s = strlen(CACHE_SUFFIX);

	return n == p + 16 + s && strncmp(name, CACHE_PREFIX, p) == 0 &&
	       strcmp(name + n - s, CACHE_SUFFIX) == 0;
}

struct cache_entry {
	char name[32];
	struct timespec mtime;
};

static int newer_first(const void *a, const void *b)
{
	const struct timespec *x = &((const struct cache_entry *)a)->mtime;
	const struct timespec *y = &((const struct cache_entry *)b)->mtime;

	if (x->tv_sec != y->tv_sec)
		return x->tv_sec < y->tv_sec ? 1 : -1;
	return x->tv_nsec < y->tv_nsec ? 1 : x->tv_nsec > y->tv_nsec ? -1 : 0;
}

/* Remove all but the CACHE_KEEP most recently used (modified) of the
 * cache's files (of the first CACHE_SCAN the directory lists). */
#define CACHE_SCAN 256
static void prune(const char *dir)
{
	struct cache_entry *v = malloc(CACHE_SCAN * sizeof *v);
	char path[4096];
	size_t n = 0;
	DIR *d = v ? opendir(dir) : NULL;
	struct dirent *e;

	if (!d) {
		free(v);
		return;
	}
	while (n < CACHE_SCAN && (e = readdir(d))) {
		struct stat st;
		if (!cache_name(e->d_name) ||
		    snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path ||
		    lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		snprintf(v[n].name, sizeof v[n].name, "%s", e->d_name);
		v[n++].mtime = st.st_mtim;
	}
	closedir(d);
	qsort(v, n, sizeof *v, newer_first);
	for (size_t i = CACHE_KEEP; i < n; i++)
		if (snprintf(path, sizeof path, "%s/%s", dir, v[i].name) < (int)sizeof path)
			unlink(path);
	free(v);
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* mkdir -p dir, each directory made private to the user (0700). */
static int make_dirs(const char *dir)
{
	char p[4096];
	size_t n = strlen(dir);

	if (n == 0 || n >= sizeof p)
		return -1;
	memcpy(p, dir, n + 1);
	for (size_t i = 1; i <= n; i++)
		if (p[i] == '/' || p[i] == '\0') {
			char c = p[i];
			p[i] = '\0';
			if (mkdir(p, 0700) != 0 && errno != EEXIST)
				return -1;
			p[i] = c;
		}
	return 0;
}

void mf__db_cache_store(const char *dir, uint64_t key, const char *plan, size_t plan_len,
			const char *db, size_t db_len)
{
	char path[4096], tmp[4096];
	struct cache_header h;
	int fd, bad;

	if (cache_path(path, sizeof path, dir, key) ||
	    snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= (int)sizeof tmp)
		return;
	if (make_dirs(dir))
		return;
	fd = mkstemp(tmp);
	if (fd < 0)
		return;
	memcpy(h.magic, CACHE_MAGIC, 8);
	h.key = key;
	h.plan_len = plan_len;
	h.db_len = db_len;
	h.hash = mf__hash_bytes(mf__hash_bytes(MF__HASH_SEED, plan, plan_len), db, db_len);
	bad = write_all(fd, (const char *)&h, sizeof h) || write_all(fd, plan, plan_len) ||
	      write_all(fd, db, db_len);
	if (close(fd) != 0 || bad || rename(tmp, path) != 0) {
		unlink(tmp);
		return;
	}
	prune(dir);
}

void mf__db_cache_file_free(struct mf__db_cache_file *f)
{
	if (f->map)
		munmap(f->map, f->map_len);
	memset(f, 0, sizeof *f);
}
