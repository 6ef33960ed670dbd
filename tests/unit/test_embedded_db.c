/*
 * test_embedded_db.c: the Vectorscan databases the build embeds
 * (tools/mkdb.c, match.c) run on any CPU, so that a binary built on one
 * machine starts in milliseconds on another instead of compiling every
 * pattern for seconds (17 s here) at each start.
 *  - every embedded database needs no CPU feature (a build on an AVX-512
 *    machine once embedded AVX-512 databases, which every other CPU, and
 *    valgrind, refused);
 *  - a start of the embedded data takes the build's databases.  Run
 *    under valgrind too (ctest unit-test_embedded_db-valgrind): its CPU
 *    lacks AVX-512 and more, so there this checks the first point on
 *    another CPU.  (That a start from --data DIR, which compiles its own,
 *    answers as the build's databases do is ctest route-embedded-guess.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

static void embedded_databases_need_no_cpu_feature(void **state)
{
	(void)state;
	assert_int_equal(mf__embedded_db_any_cpu(), 1);
}

static void start_takes_the_build_databases(void **state)
{
	struct mf_ctx *ctx;
	struct mf_error err = {0};

	(void)state;
	if (mf_ctx_new(&ctx, NULL, &err))
		fail_msg("mf_ctx_new: %s", err.message);
	assert_int_equal(mf__matcher_from_build(ctx->matcher), 1);
	mf_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(embedded_databases_need_no_cpu_feature),
		cmocka_unit_test(start_takes_the_build_databases),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
