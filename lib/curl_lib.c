/*
 * curl_lib.c: load libcurl for `mailfix probe` the first time a probe
 * runs (dlopen of the library CMake found with pkg-config, by its soname
 * MF_CURL_SONAME), look up the functions probe.c calls, and start it
 * (curl_global_init).  Once per process, whichever thread asks first; the
 * library stays loaded until the process ends, as a linked one would.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "curl_lib.h"

#ifndef MF_CURL_SONAME
#define MF_CURL_SONAME "libcurl.so.4"
#endif

/* What loading gave, set once under pthread_once and only read after. */
struct loaded {
	struct mf__curl api;
	int ok;
	char why[256];
};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static struct loaded loaded;

/* The address of libcurl's function `name` in *slot; 0, or -1 when absent. */
static int take(void *lib, const char *name, void *slot)
{
	void *f = dlsym(lib, name);

	if (!f) {
		snprintf(loaded.why, sizeof loaded.why, "%s has no %s", MF_CURL_SONAME, name);
		return -1;
	}
	memcpy(slot, &f, sizeof f); /* (a data pointer to a function pointer, as POSIX allows) */
	return 0;
}

static void load(void)
{
	struct mf__curl *c = &loaded.api;
	CURLcode (*global_init)(long flags) = NULL;
	void *lib = dlopen(MF_CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
	const char *e;

	if (!lib) {
		e = dlerror();
		snprintf(loaded.why, sizeof loaded.why, "cannot load %s: %s", MF_CURL_SONAME,
			 e ? e : "not found");
		return;
	}
	if (take(lib, "curl_global_init", &global_init) ||
	    take(lib, "curl_easy_init", &c->easy_init) ||
	    take(lib, "curl_easy_setopt", &c->easy_setopt) ||
	    take(lib, "curl_easy_getinfo", &c->easy_getinfo) ||
	    take(lib, "curl_easy_cleanup", &c->easy_cleanup) ||
	    take(lib, "curl_easy_strerror", &c->easy_strerror) ||
	    take(lib, "curl_slist_append", &c->slist_append) ||
	    take(lib, "curl_slist_free_all", &c->slist_free_all) ||
	    take(lib, "curl_multi_init", &c->multi_init) ||
	    take(lib, "curl_multi_add_handle", &c->multi_add_handle) ||
	    take(lib, "curl_multi_remove_handle", &c->multi_remove_handle) ||
	    take(lib, "curl_multi_perform", &c->multi_perform) ||
	    take(lib, "curl_multi_poll", &c->multi_poll) ||
	    take(lib, "curl_multi_info_read", &c->multi_info_read) ||
	    take(lib, "curl_multi_cleanup", &c->multi_cleanup))
		return;
	if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(loaded.why, sizeof loaded.why, "libcurl could not start");
		return;
	}
	loaded.ok = 1;
}

const struct mf__curl *mf__curl_get(char *why, size_t n)
{
	pthread_once(&load_once, load);
	if (!loaded.ok && why && n)
		snprintf(why, n, "%s", loaded.why);
	return loaded.ok ? &loaded.api : NULL;
}
