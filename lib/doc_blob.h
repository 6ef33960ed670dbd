/*
 * doc_blob.h: the data files' JSON documents as the build parsed them,
 * in a form a start builds them back from without parsing JSON
 * (doc_blob.c), internal to libmailfix.
 */
#ifndef MF_DOC_BLOB_H
#define MF_DOC_BLOB_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

/* Documents docs[i] (JSON objects) of the files names[i] as bytes tagged
 * with the data hash (malloc'd; -1 out of memory or a document that is
 * not an object). */
int mf__doc_blob_serialize(const char *const *names, json_t *const *docs, size_t n,
			   uint64_t data_hash, char **out, size_t *len);
/* Build the documents of a blob made from the data of this hash: each
 * document the blob holds goes to docs[i] of the file named names[i]
 * (none set before); 0, or -1 with none set: a blob of another tag, hash
 * or length, a count, length or nesting past its bytes or bounds, a name
 * that is no file's or is repeated, a string or key that is not UTF-8 or
 * holds a NUL, a repeated key, a number that is not finite, a document
 * that is not an object, bytes left over, or no memory. */
int mf__doc_blob_take(const void *blob, size_t len, uint64_t data_hash,
		      const char *const *names, json_t **docs, size_t n);

/* The documents tools/mkdb.c wrote at build time (embedded_db.c), or an
 * empty blob when built without. */
extern const unsigned char mf__embedded_docs[];
extern const unsigned char mf__embedded_docs_end[];

#endif
