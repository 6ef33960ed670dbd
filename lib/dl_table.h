/*
 * dl_table.h: open a shared library by its soname and look up a table of
 * its functions into a struct of function pointers: the one way
 * curl_lib.c, gmime_lib.c and ldns_lib.c load the libraries only some
 * commands need (server/mhd_lib.c does the same for the server, which
 * uses the public header only).
 */
#ifndef MF_DL_TABLE_H
#define MF_DL_TABLE_H

#include <stddef.h>

/* A function to look up: its name, and where its pointer goes in the
 * caller's struct. */
struct mf__dl_fn {
	const char *name;
	size_t offset;
};

/* dlopen(soname) and every function of fns[0 .. n) into the struct at
 * api.  The library's handle, never closed (the process uses it until it
 * ends, as a linked one); NULL, with why[0 .. why_len) saying what was
 * missing, when the library or one of its functions is not there. */
void *mf__dl_table(const char *soname, const struct mf__dl_fn *fns, size_t n, void *api,
		   char *why, size_t why_len);

#endif
