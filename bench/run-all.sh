#!/bin/sh
# bench/run-all.sh BUILD_DIR: run every benchmark script and print its figures.
set -eu
BUILD=${1:-build}
HERE=$(dirname "$0")
"$HERE/explain.sh" "$BUILD/mailfix" "$HERE/../../shared/corpus/bounces"
