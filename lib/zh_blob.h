/*
 * zh_blob.h: the traditional -> simplified map of data/zh-variants.json
 * and the traditional answer texts of data/zh-hant.json as the build
 * loaded and sorted them (zh_blob.c), internal to libmailfix.
 */
#ifndef MF_ZH_BLOB_H
#define MF_ZH_BLOB_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* The sorted map and the sorted texts as bytes tagged with the data hash
 * (malloc'd; -1 out of memory). */
int mf__zh_serialize(const struct mf__zh_pair *map, size_t n, const struct mf__zh_hant *hant,
		     size_t n_hant, uint64_t data_hash, char **out, size_t *len);
/* How many pairs the blob holds, if it is a blob of this format made
 * from the data of this hash, as long as it says, its pairs sorted by
 * `from` without a repeat and of code points only, its texts inside it,
 * terminated and sorted; (size_t)-1 otherwise. */
size_t mf__zh_blob_count(const void *blob, size_t len, uint64_t data_hash);
/* Copy the blob's pairs (mf__zh_blob_count of them) to out. */
void mf__zh_blob_copy(const void *blob, struct mf__zh_pair *out, size_t n);
/* Of a blob mf__zh_blob_count took: how many texts it holds, and the
 * texts (pointing into the blob) written to out. */
size_t mf__zh_blob_hant_count(const void *blob);
void mf__zh_blob_hant(const void *blob, struct mf__zh_hant *out);

/* The map tools/mkdb.c made at build time (embedded_db.c), or an empty
 * blob when built without. */
extern const unsigned char mf__embedded_zh[];
extern const unsigned char mf__embedded_zh_end[];

#endif
