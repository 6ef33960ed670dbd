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

#endif
