#!/bin/sh
# bench/explain.sh: messages per second of `mailfix explain` over the whole
# bounce corpus in one process, with peak memory, side by side in the same
# run with Debian's Sisimai (libsisimai-perl) on the same files; then one
# 50 MB bounce.  Prints the figures; nothing here is a test.
#   bench/explain.sh MAILFIX [CORPUS_DIR] [ROUNDS]
set -eu
MAILFIX=${1:?usage: explain.sh MAILFIX [CORPUS_DIR] [ROUNDS]}
CORPUS=${2:-$(dirname "$0")/../../shared/corpus/bounces}
ROUNDS=${3:-20}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! perl -MSisimai -e1 2>/dev/null; then
	echo "explain bench: installing libsisimai-perl (the anchor)" >&2
	sudo apt-get install -y libsisimai-perl >/dev/null
fi

# The corpus ROUNDS times over, as one list of files (one process each).
ls "$CORPUS"/emails/*.eml > "$TMP/one"
: > "$TMP/list"
i=0
while [ $i -lt "$ROUNDS" ]; do cat "$TMP/one" >> "$TMP/list"; i=$((i + 1)); done
N_FILES=$(wc -l < "$TMP/list")

# Seconds and peak RSS (kB) of a command, from GNU time.
measure() {
	/usr/bin/time -f "%e %M" -o "$TMP/time" "$@" > "$TMP/out" 2>/dev/null || true
	cat "$TMP/time" | tail -1
}

set -- $(measure xargs -a "$TMP/list" -s 2000000 "$MAILFIX" explain --json)
MF_S=$1; MF_KB=$2
MF_MSGS=$(wc -l < "$TMP/out")

cat > "$TMP/sisimai.pl" <<'PERL'
use strict; use warnings; use Sisimai;
my ($list) = @ARGV; my $n = 0;
open my $fh, '<', $list or die;
while (my $f = <$fh>) { chomp $f; my $v = Sisimai->make($f); $n++; }
print "$n\n";
PERL
set -- $(measure perl "$TMP/sisimai.pl" "$TMP/one")
SI_S=$1; SI_KB=$2
SI_MSGS=$(cat "$TMP/out")

awk -v n="$MF_MSGS" -v s="$MF_S" -v kb="$MF_KB" -v sn="$SI_MSGS" -v ss="$SI_S" -v skb="$SI_KB" \
    -v files="$N_FILES" 'BEGIN {
	mr = s > 0 ? n / s : 0; sr = ss > 0 ? sn / ss : 0;
	printf "explain corpus: mailfix %d messages (%d files) in %.2f s = %.0f msgs/s, peak RSS %.1f MB\n", n, files, s, mr, kb / 1024;
	printf "explain corpus: Sisimai %d messages in %.2f s = %.0f msgs/s, peak RSS %.1f MB\n", sn, ss, sr, skb / 1024;
	if (sr > 0) printf "explain corpus: mailfix / Sisimai = %.1fx\n", mr / sr;
}'

# One 50 MB bounce: a DSN whose returned original carries a 50 MB attachment.
python3 - "$TMP/big.eml" <<'PY'
import sys
head = (b"From: MAILER-DAEMON@mx.example.net\nTo: a@example.com\nSubject: Undelivered Mail\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        b"--B\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.net.\n\n"
        b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        b"Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n--B\nContent-Type: message/rfc822\n\n"
        b"From: a@example.com\nTo: gone@example.org\nSubject: big\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"C\"\n\n--C\nContent-Type: application/octet-stream\n"
        b"Content-Transfer-Encoding: base64\n\n")
line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFy\n"
with open(sys.argv[1], "wb") as f:
    f.write(head + line * (50 * 1024 * 1024 // len(line)) + b"--C--\n--B--\n")
PY
BIG_MB=$(du -m "$TMP/big.eml" | cut -f1)
set -- $(measure "$MAILFIX" explain --json "$TMP/big.eml")
echo "explain 50 MB: mailfix ${BIG_MB} MB bounce in $1 s, peak RSS $(($2 / 1024)) MB: $(head -c 160 "$TMP/out")"
echo "$TMP/big.eml" > "$TMP/bigl"
set -- $(measure timeout 300 perl "$TMP/sisimai.pl" "$TMP/bigl")
echo "explain 50 MB: Sisimai in $1 s, peak RSS $(($2 / 1024)) MB"
