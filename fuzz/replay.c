/*
 * replay.c: the main of a fuzz target built without libFuzzer.  Each
 * argument is a file (one input) or a directory (every regular file in
 * it, in name order); each input goes through LLVMFuzzerTestOneInput once.
 * Prints how many inputs ran; a crash or a failed check ends the process,
 * which is what the test that runs it looks for.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

#define REPLAY_MAX_BYTES (64u << 20)

static int run_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	size_t len;
	long size;

	if (!f) {
		perror(path);
		return -1;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || (size_t)size > REPLAY_MAX_BYTES ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fprintf(stderr, "%s: cannot size it, or larger than %u bytes\n", path, REPLAY_MAX_BYTES);
		fclose(f);
		return -1;
	}
	/* an exact-size copy, so that a read past the input is caught */
	buf = malloc((size_t)size ? (size_t)size : 1);
	len = buf ? fread(buf, 1, (size_t)size, f) : 0;
	fclose(f);
	if (!buf || len != (size_t)size) {
		fprintf(stderr, "%s: cannot read it\n", path);
		free(buf);
		return -1;
	}
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	++*n;
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path, size_t *n)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t count = 0, cap = 0;
	int rc = 0;

	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path, n);
	if (!(d = opendir(path))) {
		perror(path);
		return -1;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (count == cap) {
			char **more = realloc(names, (cap = cap * 2 + 64) * sizeof *names);
			if (!more) {
				rc = -1;
				break;
			}
			names = more;
		}
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		if (!(names[count] = malloc(len))) {
			rc = -1;
			break;
		}
		snprintf(names[count++], len, "%s/%s", path, e->d_name);
	}
	closedir(d);
	if (count)
		qsort(names, count, sizeof *names, name_cmp);
	for (size_t i = 0; i < count; i++) {
		if (!rc && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			rc = run_file(names[i], n);
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	size_t n = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++)
		if (run_path(argv[i], &n) != 0)
			return 2;
	printf("%s: %zu inputs ran\n", argv[0], n);
	return n ? 0 : 2;
}
