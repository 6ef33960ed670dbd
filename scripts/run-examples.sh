#!/bin/sh
# run-examples.sh: what `make run` does once the build is done: route the
# sample problems of examples/route-samples.txt (English and Chinese, one
# per line) with `mailfix route`, printing each answer as a person at a
# terminal sees it; check the DNS records of examples/example.zone's
# domain; then start `mailfix serve` in the foreground, printing
# its address and a curl example.  Ctrl+C (SIGINT) stops the server after
# the requests in flight.
#   scripts/run-examples.sh [MAILFIX] [ADDR:PORT]     (default 127.0.0.1:8080)
#   MAILFIX_NO_SERVE=1 scripts/run-examples.sh        (the examples only)
set -eu
MAILFIX=${1:-build/mailfix}
LISTEN=${2:-127.0.0.1:8080}
cd "$(dirname "$0")/.."

while IFS= read -r line; do
  [ -z "$line" ] && continue
  printf '\n\033[1m$ mailfix route "%s"\033[0m\n' "$line"
  "$MAILFIX" route -- "$line" || true
done < examples/route-samples.txt

# A domain's DNS records checked against its provider, offline: the
# records of examples/example.zone (`--dns HOST` or nothing asks a server).
printf '\n\033[1m$ mailfix check --zone examples/example.zone example.com\033[0m\n'
"$MAILFIX" check --zone examples/example.zone example.com || true

[ -n "${MAILFIX_NO_SERVE:-}" ] && exit 0
cat <<MSG

==> mailfix serve --listen $LISTEN
    web page:  http://$LISTEN/
    try:       curl -s http://$LISTEN/api/route -H 'Content-Type: application/json' \\
                 -d '{"query": "550 5.7.1 SPF check failed for example.com"}'
    metrics:   curl -s http://$LISTEN/metrics
    Ctrl+C stops the server.
MSG
exec "$MAILFIX" serve --listen "$LISTEN"
