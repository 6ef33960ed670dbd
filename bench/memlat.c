/*
 * memlat.c: the machine's memory latency by working-set size, measured
 * the standard way: a chase of dependent loads through a random cyclic
 * permutation of 64-byte lines, so neither prefetching nor overlapping
 * hides a miss.  Not a benchmark of mailfix: the context that explains
 * its "queries in turn" figures (bench/RESULTS.md), since a load that
 * misses the core's L2 costs what this prints for sizes past it.
 *   memlat [MAX_KB]      (default 262144: 256 KB to 256 MB, x4 each)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* xorshift64: a permutation that no prefetcher follows */
static uint64_t next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

int main(int argc, char **argv)
{
	size_t max_kb = argc > 1 ? strtoul(argv[1], NULL, 10) : 262144;
	uint64_t seed = 0x9e3779b97f4a7c15ull;
	volatile size_t sink = 0;

	printf("| working set | ns per dependent load |\n|---:|---:|\n");
	for (size_t kb = 256; kb <= max_kb; kb *= 4) {
		size_t n = kb * 1024 / 64, steps = 4000000, p = 0;
		size_t *line = aligned_alloc(64, n * 64), *order = malloc(n * sizeof *order);
		double t0;

		if (!line || !order) {
			fprintf(stderr, "memlat: out of memory at %zu KB\n", kb);
			return 1;
		}
		for (size_t i = 0; i < n; i++)
			order[i] = i;
		for (size_t i = n - 1; i > 0; i--) {
			size_t j = (size_t)(next_random(&seed) % (i + 1)), t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		for (size_t i = 0; i < n; i++)
			line[order[i] * 8] = order[(i + 1) % n] * 8;
		for (size_t s = 0; s < n; s++) /* touch every line once first */
			p = line[p];
		t0 = now();
		for (size_t s = 0; s < steps; s++)
			p = line[p];
		sink = p; /* the chase must not be optimized away */
		printf("| %zu KB | %.1f |\n", kb, (now() - t0) / (double)steps * 1e9);
		free(line);
		free(order);
	}
	return (int)(sink & 0);
}
