/*
 * zh_blob.c: the traditional -> simplified character map of
 * data/zh-variants.json (some 4,000 pairs, the biggest JSON object a
 * start parses after the route guess) as the build loaded, checked and
 * sorted it: tools/mkdb.c writes it beside the databases and the plan,
 * and a start of the embedded data takes the pairs from there instead of
 * parsing the file (data.c).  Layout: tag "MFZHMAP1", the data hash, the
 * number of pairs (u64 each), then the pairs (u32 from, u32 to), sorted
 * by from.  A blob of another tag, hash or length, or whose pairs are
 * not sorted code points, is not taken (the JSON is parsed then).
 * No RFC is implemented here.
 */
#include <stdlib.h>
#include <string.h>

#include "zh_blob.h"

#define ZH_MAGIC "MFZHMAP1"
#define HEADER_LEN 24

int mf__zh_serialize(const struct mf__zh_pair *map, size_t n, uint64_t data_hash, char **out,
		     size_t *len)
{
	uint64_t count = n;
	char *b = malloc(HEADER_LEN + n * 8 + 1);

	*out = NULL;
	*len = 0;
	if (!b)
		return -1;
	memcpy(b, ZH_MAGIC, 8);
	memcpy(b + 8, &data_hash, 8);
	memcpy(b + 16, &count, 8);
	for (size_t i = 0; i < n; i++) {
		memcpy(b + HEADER_LEN + i * 8, &map[i].from, 4);
		memcpy(b + HEADER_LEN + i * 8 + 4, &map[i].to, 4);
	}
	*out = b;
	*len = HEADER_LEN + n * 8;
	return 0;
}

size_t mf__zh_blob_count(const void *blob, size_t len, uint64_t data_hash)
{
	const unsigned char *b = blob;
	uint64_t hash, count;
	uint32_t prev = 0;

	if (!b || len < HEADER_LEN || memcmp(b, ZH_MAGIC, 8) != 0)
		return (size_t)-1;
	memcpy(&hash, b + 8, 8);
	memcpy(&count, b + 16, 8);
	if (hash != data_hash || count > (len - HEADER_LEN) / 8 || len - HEADER_LEN != count * 8)
		return (size_t)-1;
	for (size_t i = 0; i < count; i++) {
		uint32_t from, to;
		memcpy(&from, b + HEADER_LEN + i * 8, 4);
		memcpy(&to, b + HEADER_LEN + i * 8 + 4, 4);
		if ((i > 0 && from <= prev) || from > 0x10ffff || to > 0x10ffff)
			return (size_t)-1;
		prev = from;
	}
	return (size_t)count;
}

void mf__zh_blob_copy(const void *blob, struct mf__zh_pair *out, size_t n)
{
	const unsigned char *b = blob;

	for (size_t i = 0; i < n; i++) {
		memcpy(&out[i].from, b + HEADER_LEN + i * 8, 4);
		memcpy(&out[i].to, b + HEADER_LEN + i * 8 + 4, 4);
	}
}
