/*
 * mhd_lib.c: load libmicrohttpd when `mailfix serve` starts (dlopen of
 * the library CMake found with pkg-config, by its soname MF_MHD_SONAME)
 * and look up the functions the server calls (mhd_lib.h).  Once per
 * process; the library stays loaded until the process ends, as a linked
 * one would.  The same as lib/curl_lib.c does for libcurl.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "mhd_lib.h"

#ifndef MF_MHD_SONAME
#define MF_MHD_SONAME "libmicrohttpd.so.12"
#endif

/* What loading gave, set once under pthread_once and only read after. */
struct loaded {
	struct srv_mhd api;
	int ok;
	char why[256];
};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static struct loaded loaded;

#define FN(f) {"MHD_" #f, offsetof(struct srv_mhd, f)}
static const struct {
	const char *name;
	size_t offset;
} functions[] = {
	FN(start_daemon), FN(stop_daemon), FN(quiesce_daemon), FN(get_daemon_info),
	FN(get_connection_info), FN(get_connection_values), FN(lookup_connection_value),
	FN(create_response_from_buffer), FN(add_response_header), FN(queue_response),
	FN(destroy_response),
};

static void load(void)
{
	void *lib = dlopen(MF_MHD_SONAME, RTLD_NOW | RTLD_LOCAL), *f;
	const char *e;

	if (!lib) {
		e = dlerror();
		snprintf(loaded.why, sizeof loaded.why, "cannot load %s: %s", MF_MHD_SONAME,
			 e ? e : "not found");
		return;
	}
	/* (POSIX lets a dlsym result be used as a function pointer) */
	for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
		if (!(f = dlsym(lib, functions[i].name))) {
			snprintf(loaded.why, sizeof loaded.why, "%s has no %s", MF_MHD_SONAME,
				 functions[i].name);
			dlclose(lib);
			return;
		}
		memcpy((char *)&loaded.api + functions[i].offset, &f, sizeof f);
	}
	/* (never closed: the process uses it until it ends) */
	loaded.ok = 1;
}

const struct srv_mhd *srv_mhd_load(char *why, size_t n)
{
	pthread_once(&load_once, load);
	if (!loaded.ok && why && n)
		snprintf(why, n, "%s", loaded.why);
	return loaded.ok ? &loaded.api : NULL;
}

const struct srv_mhd *srv_mhd(void)
{
	return srv_mhd_load(NULL, 0);
}
