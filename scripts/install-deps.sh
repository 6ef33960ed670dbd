#!/bin/sh
# install-deps.sh: install the Debian packages mailfix needs to build and test.
# Idempotent: asks dpkg what is missing and installs only that (needs root or
# sudo).  Called by `make run`, `make test` and `make build`.
#   scripts/install-deps.sh [build|test|bench|fuzz]
set -eu

build_pkgs="build-essential cmake pkg-config libjansson-dev libc-ares-dev
  libldns-dev libcurl4-openssl-dev libgmime-3.0-dev libvectorscan-dev
  libutf8proc-dev libmicrohttpd-dev libcmocka-dev"
test_pkgs="nsd dovecot-imapd dovecot-pop3d postfix openssl curl valgrind
  chromium fonts-wqy-microhei python3 python3-yaml iproute2 opencc cppcheck"
fuzz_pkgs="clang libclang-rt-dev"
bench_pkgs="libsisimai-perl python3-spf spfquery libspf2-dev wrk nginx-light hyperfine"

want="$build_pkgs"
case "${1:-build}" in
  build) ;;
  test) want="$want $test_pkgs" ;;
  bench) want="$want $test_pkgs $bench_pkgs" ;;
  fuzz) want="$want $fuzz_pkgs" ;;
  *) echo "install-deps.sh: unknown set '$1' (build, test, bench or fuzz)" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps.sh: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Postfix asks questions at install; answer them ahead.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections 2>/dev/null || true
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
