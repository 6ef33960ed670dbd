/*
 * curl_lib.c: load libcurl for `mailfix probe` the first time a probe
 * runs (dlopen of the library CMake found with pkg-config, by its soname
 * MF_CURL_SONAME), look up the functions probe.c calls, and start it
 * (curl_global_init).  Once per process, whichever thread asks first; the
 * library stays loaded until the process ends, as a linked one would.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "curl_lib.h"
#include "dl_table.h"

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

/* The functions probe.c calls: their names and their places in struct
 * mf__curl. */
static const struct mf__dl_fn functions[] = {
	{"curl_easy_init", offsetof(struct mf__curl, easy_init)},
	{"curl_easy_setopt", offsetof(struct mf__curl, easy_setopt)},
	{"curl_easy_getinfo", offsetof(struct mf__curl, easy_getinfo)},
	{"curl_easy_cleanup", offsetof(struct mf__curl, easy_cleanup)},
	{"curl_easy_strerror", offsetof(struct mf__curl, easy_strerror)},
	{"curl_slist_append", offsetof(struct mf__curl, slist_append)},
	{"curl_slist_free_all", offsetof(struct mf__curl, slist_free_all)},
	{"curl_multi_init", offsetof(struct mf__curl, multi_init)},
	{"curl_multi_add_handle", offsetof(struct mf__curl, multi_add_handle)},
	{"curl_multi_remove_handle", offsetof(struct mf__curl, multi_remove_handle)},
	{"curl_multi_perform", offsetof(struct mf__curl, multi_perform)},
	{"curl_multi_poll", offsetof(struct mf__curl, multi_poll)},
	{"curl_multi_info_read", offsetof(struct mf__curl, multi_info_read)},
	{"curl_multi_cleanup", offsetof(struct mf__curl, multi_cleanup)},
};

int mf__curl_load(const char *soname, struct mf__curl *api, char *why, size_t n)
{
	CURLcode (*global_init)(long flags);
	void *f;
	void *lib = mf__dl_table(soname, functions, sizeof functions / sizeof functions[0], api,
				 why, n);

	if (!lib)
		return -1;
	if (!(f = dlsym(lib, "curl_global_init"))) {
		snprintf(why, n, "%s has no curl_global_init", soname);
		dlclose(lib);
		return -1;
	}
	memcpy(&global_init, &f, sizeof f);
	if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(why, n, "libcurl could not start");
		return -1;
	}
	/* (never closed: the process uses it until it ends) */
	return 0;
}

static void load(void)
{
	loaded.ok = mf__curl_load(MF_CURL_SONAME, &loaded.api, loaded.why, sizeof loaded.why) == 0;
}

const struct mf__curl *mf__curl_get(char *why, size_t n)
{
	pthread_once(&load_once, load);
	if (!loaded.ok && why && n)
		snprintf(why, n, "%s", loaded.why);
	return loaded.ok ? &loaded.api : NULL;
}
