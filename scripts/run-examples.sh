#!/bin/sh
# run-examples.sh: what `make run` does once the build is done: route the
# sample problems of examples/ (English and Chinese) with `mailfix route`,
# then start `mailfix serve` in the foreground, printing its address and a
# curl example.  Ctrl+C (SIGINT) stops the server after the requests in
# flight.
#   scripts/run-examples.sh [MAILFIX] [ADDR:PORT]     (default 127.0.0.1:8080)
set -eu
MAILFIX=${1:-build/mailfix}
LISTEN=${2:-127.0.0.1:8080}
cd "$(dirname "$0")/.."

for f in examples/*.txt; do
  [ -e "$f" ] || continue
  echo "==> $f"
  sed 's/^/    /' "$f"
  "$MAILFIX" route < "$f" || true
  echo
done

cat <<MSG
==> mailfix serve --listen $LISTEN
    web page:  http://$LISTEN/
    try:       curl -s http://$LISTEN/api/route -H 'Content-Type: application/json' \\
                 -d '{"query": "550 5.7.1 SPF check failed for example.com"}'
    metrics:   curl -s http://$LISTEN/metrics
    Ctrl+C stops the server.
MSG
exec "$MAILFIX" serve --listen "$LISTEN"
