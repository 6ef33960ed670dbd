/*
 * zh_blob.c: the Chinese data a start would otherwise parse from JSON, as
 * the build loaded, checked and sorted it: the traditional -> simplified
 * character map of data/zh-variants.json (some 4,000 pairs) and the
 * traditional form of each Chinese answer text of data/zh-hant.json
 * (some 430 texts).  tools/mkdb.c writes the blob beside the databases
 * and the plan, and a start of the embedded data takes both from there
 * instead of parsing the files (data.c).
 * Layout (integers little-endian as the build machine's, which is the
 * running one):
 *   tag "MFZHMAP2", data hash, pairs, texts, text bytes   (u64 each)
 *   pairs x (u32 from, u32 to), sorted by from
 *   texts x (u32 simplified, u32 traditional): offsets into the text
 *     bytes, sorted by the simplified text (strcmp)
 *   text bytes: the texts, each ending in NUL
 * A blob of another tag, hash or length, whose pairs are not sorted code
 * points, or whose texts are out of bounds, unterminated or unsorted, is
 * not taken (the JSON is parsed then).
 * No RFC is implemented here.
 */
#include <stdlib.h>
#include <string.h>

#include "zh_blob.h"

#define ZH_MAGIC "MFZHMAP2"
#define HEADER_LEN 40

int mf__zh_serialize(const struct mf__zh_pair *map, size_t n, const struct mf__zh_hant *hant,
		     size_t n_hant, uint64_t data_hash, char **out, size_t *len)
{
	uint64_t count = n, texts = n_hant, bytes = 0;
	size_t at, index;
	char *b;

	*out = NULL;
	*len = 0;
	for (size_t i = 0; i < n_hant; i++)
		bytes += strlen(hant[i].simp) + 1 + strlen(hant[i].trad) + 1;
	if (bytes > UINT32_MAX)
		return -1;
	b = malloc(HEADER_LEN + n * 8 + n_hant * 8 + bytes + 1);
	if (!b)
		return -1;
	memcpy(b, ZH_MAGIC, 8);
	memcpy(b + 8, &data_hash, 8);
	memcpy(b + 16, &count, 8);
	memcpy(b + 24, &texts, 8);
	memcpy(b + 32, &bytes, 8);
	for (size_t i = 0; i < n; i++) {
		memcpy(b + HEADER_LEN + i * 8, &map[i].from, 4);
		memcpy(b + HEADER_LEN + i * 8 + 4, &map[i].to, 4);
	}
	index = HEADER_LEN + n * 8;
	at = 0;
	for (size_t i = 0; i < n_hant; i++) {
		const char *s[2] = {hant[i].simp, hant[i].trad};

		for (int k = 0; k < 2; k++) {
			uint32_t off = (uint32_t)at;
			size_t l = strlen(s[k]) + 1;

			memcpy(b + index + i * 8 + k * 4, &off, 4);
			memcpy(b + index + n_hant * 8 + at, s[k], l);
			at += l;
		}
	}
	*out = b;
	*len = HEADER_LEN + n * 8 + n_hant * 8 + bytes;
	return 0;
}

/* The text at `off` of the text bytes, if it starts inside them and ends
 * (NUL) before their end; else NULL. */
static const char *text_at(const unsigned char *bytes, uint64_t n_bytes, uint32_t off)
{
	if (off >= n_bytes || !memchr(bytes + off, '\0', (size_t)(n_bytes - off)))
		return NULL;
	return (const char *)bytes + off;
}

size_t mf__zh_blob_count(const void *blob, size_t len, uint64_t data_hash)
{
	const unsigned char *b = blob, *index, *bytes;
	uint64_t hash, count, texts, n_bytes;
	const char *prev_text = NULL;
	uint32_t prev = 0;

	if (!b || len < HEADER_LEN || memcmp(b, ZH_MAGIC, 8) != 0)
		return (size_t)-1;
	memcpy(&hash, b + 8, 8);
	memcpy(&count, b + 16, 8);
	memcpy(&texts, b + 24, 8);
	memcpy(&n_bytes, b + 32, 8);
	if (hash != data_hash || count > (len - HEADER_LEN) / 8 ||
	    texts > (len - HEADER_LEN - count * 8) / 8 ||
	    n_bytes != len - HEADER_LEN - count * 8 - texts * 8)
		return (size_t)-1;
	for (size_t i = 0; i < count; i++) {
		uint32_t from, to;
		memcpy(&from, b + HEADER_LEN + i * 8, 4);
		memcpy(&to, b + HEADER_LEN + i * 8 + 4, 4);
		if ((i > 0 && from <= prev) || from > 0x10ffff || to > 0x10ffff)
			return (size_t)-1;
		prev = from;
	}
	index = b + HEADER_LEN + count * 8;
	bytes = index + texts * 8;
	for (size_t i = 0; i < texts; i++) {
		uint32_t so, to;
		const char *simp, *trad;

		memcpy(&so, index + i * 8, 4);
		memcpy(&to, index + i * 8 + 4, 4);
		simp = text_at(bytes, n_bytes, so);
		trad = text_at(bytes, n_bytes, to);
		if (!simp || !trad || !*simp || !*trad ||
		    (prev_text && strcmp(prev_text, simp) >= 0))
			return (size_t)-1;
		prev_text = simp;
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

size_t mf__zh_blob_hant_count(const void *blob)
{
	uint64_t texts;

	memcpy(&texts, (const unsigned char *)blob + 24, 8);
	return (size_t)texts;
}

void mf__zh_blob_hant(const void *blob, struct mf__zh_hant *out)
{
	const unsigned char *b = blob, *index, *bytes;
	uint64_t count, texts;

	memcpy(&count, b + 16, 8);
	memcpy(&texts, b + 24, 8);
	index = b + HEADER_LEN + count * 8;
	bytes = index + texts * 8;
	for (size_t i = 0; i < texts; i++) {
		uint32_t so, to;

		memcpy(&so, index + i * 8, 4);
		memcpy(&to, index + i * 8 + 4, 4);
		out[i].simp = (const char *)bytes + so;
		out[i].trad = (const char *)bytes + to;
	}
}
