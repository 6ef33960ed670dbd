/*
 * embedded.h: the table of data files compiled into the library by
 * cmake/embed.cmake (see data/).  Read only by data.c.
 */
#ifndef MF_EMBEDDED_H
#define MF_EMBEDDED_H

#include <stddef.h>

struct mf__embedded_file {
	const char *name;              /* path relative to data/ */
	const unsigned char *bytes;    /* NUL-terminated */
	size_t len;
};

/* Terminated by an entry whose name is NULL. */
extern const struct mf__embedded_file mf__embedded_files[];

#endif
