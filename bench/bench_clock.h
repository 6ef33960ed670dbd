/*
 * bench_clock.h: what the benchmark programs share to time their runs:
 * wall and CPU clocks, and the median of a run's figures.  Header-only
 * (static inline): each benchmark is one program of its own.
 */
#ifndef MF_BENCH_CLOCK_H
#define MF_BENCH_CLOCK_H

#include <stdlib.h>
#include <time.h>

/* Wall time, seconds. */
static inline double bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this process: what a busy shared machine disturbs least. */
static inline double bench_cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The median of v[0..n) (v is sorted). */
static inline double bench_median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, bench_cmp_double);
	return v[n / 2];
}

#endif
