/*
 * second_thread.c: start one more thread to share a load's work (the
 * data files parsed, or their documents built from the blob), when this
 * process may run on two CPUs or more and there is enough to share; the
 * caller does the rest of the work itself and joins it.
 */
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include "internal.h"

/* Below this many bytes of work, a second thread costs more than it
 * saves. */
#define PARALLEL_MIN_BYTES (128 * 1024)
/* The workers recurse once per nesting level of a JSON document (2,048
 * at most, jansson's own limit). */
#define WORKER_STACK (1024 * 1024)

int mf__second_thread(size_t items, size_t bytes, void *(*work)(void *), void *arg,
		      pthread_t *thread)
{
	cpu_set_t may_run;
	long cpus = sched_getaffinity(0, sizeof may_run, &may_run) == 0
			    ? CPU_COUNT(&may_run)
			    : sysconf(_SC_NPROCESSORS_ONLN);
	pthread_attr_t attr;
	int ok;

	if (cpus < 2 || items < 2 || bytes < PARALLEL_MIN_BYTES || pthread_attr_init(&attr))
		return 0;
	ok = pthread_attr_setstacksize(&attr, WORKER_STACK) == 0 &&
	     pthread_create(thread, &attr, work, arg) == 0;
	pthread_attr_destroy(&attr);
	return ok;
}
