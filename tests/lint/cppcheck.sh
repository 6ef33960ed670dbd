#!/bin/sh
# cppcheck.sh: the static analyzer over mailfix's C sources (lib/, cli/,
# server/, tools/, the unit tests, bench/ and fuzz/); any finding fails.
# Run by ctest as lint-cppcheck; exits 77 (skipped) when cppcheck is not
# installed (scripts/install-deps.sh test installs it).
#   tests/lint/cppcheck.sh SOURCE_DIR
#
# The flags are the ones the analysis of the whole code base settled on:
#   --enable=warning,portability,performance  real defects, not style;
#   --suppress=arrayIndexThenCheck  it reads a comparison of two indices
#       (the tie-break "r < best" on the lower rule id) as a bounds check
#       made after the access: every report of it was that;
#   --inline-suppr  a "cppcheck-suppress ID ; reason" comment on the line
#       before a finding keeps a false positive quiet, with its reason.
# A new finding: fix the code, or, when it is a false positive, suppress
# it inline with the reason.
set -eu
src="${1:?usage: cppcheck.sh SOURCE_DIR}"
command -v cppcheck >/dev/null 2>&1 || { echo "cppcheck is not installed: skipped"; exit 77; }
cd "$src"
out=$(cppcheck -j 2 --quiet --std=c11 -D_GNU_SOURCE \
	--enable=warning,portability,performance \
	--suppress=arrayIndexThenCheck --inline-suppr \
	--error-exitcode=1 \
	--template='{file}:{line}: {severity} [{id}] {message}' \
	-I include -I lib -I cli -I server \
	lib cli server tools tests/unit bench fuzz 2>&1) && rc=0 || rc=$?
if [ "$rc" -ne 0 ] || [ -n "$out" ]; then
	printf '%s\n' "$out"
	echo "cppcheck: findings above (exit $rc)"
	exit 1
fi
echo "cppcheck $(cppcheck --version | sed 's/^Cppcheck //'): no finding in lib cli server tools tests/unit bench fuzz"
