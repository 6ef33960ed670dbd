#!/bin/sh
# run-examples.sh: the main job of `make run`: route the sample problems of
# examples/route-samples.txt (English and Chinese, one per line) and print
# each answer as a person at a terminal would see it.
#   scripts/run-examples.sh PATH/TO/mailfix
set -eu
mailfix=${1:-build/mailfix}
here=$(dirname "$0")/..
while IFS= read -r line; do
  [ -z "$line" ] && continue
  printf '\n\033[1m$ mailfix route "%s"\033[0m\n' "$line"
  "$mailfix" route -- "$line"
done < "$here/examples/route-samples.txt"
