/*
 * dl_table.c: open a shared library by its soname and look up a table of
 * its functions (dl_table.h).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "dl_table.h"

void *mf__dl_table(const char *soname, const struct mf__dl_fn *fns, size_t n, void *api,
		   char *why, size_t why_len)
{
	void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL), *f;
	const char *e;

	if (!lib) {
		e = dlerror();
		snprintf(why, why_len, "cannot load %s: %s", soname, e ? e : "not found");
		return NULL;
	}
	/* (POSIX lets a dlsym result be used as a function pointer) */
	for (size_t i = 0; i < n; i++) {
		if (!(f = dlsym(lib, fns[i].name))) {
			snprintf(why, why_len, "%s has no %s", soname, fns[i].name);
			dlclose(lib);
			return NULL;
		}
		memcpy((char *)api + fns[i].offset, &f, sizeof f);
	}
	return lib;
}
