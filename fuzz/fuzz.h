/*
 * fuzz.h: the entry points every fuzz target defines (libFuzzer's
 * interface).  A target is built twice: with clang's -fsanitize=fuzzer
 * (`make fuzz`, which mutates inputs for as long as it is given), and with
 * replay.c as its main (every build: ctest feeds it the seed and crash
 * files under fuzz/corpus/, so that an input that once crashed stays
 * fixed, in the sanitizer build too).
 */
#ifndef MF_FUZZ_H
#define MF_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stop the target: a wrong answer that a sanitizer would not see. */
#define FUZZ_ASSERT(cond)                                                              \
	do {                                                                           \
		if (!(cond)) {                                                         \
			fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, \
				#cond);                                                \
			abort();                                                       \
		}                                                                      \
	} while (0)

/* A rendering: JSON that parses into an object whose `key` is a string
 * (check_json), text for a terminal (check_text); both are freed. */
void fuzz_check_json(char *json, const char *key);
void fuzz_check_text(char *text);

/* The DNS targets' resolver (zone.c): the input read as an RFC 1035
 * master file.  fuzz_zone_dns returns NULL when the bytes are refused
 * (having checked that the refusal says why) or are too many. */
struct mf_dns;
struct fuzz_zone {
	int fd;
	char path[64];
};
void fuzz_zone_init(struct fuzz_zone *z);
struct mf_dns *fuzz_zone_dns(struct fuzz_zone *z, const uint8_t *data, size_t size);

#endif
