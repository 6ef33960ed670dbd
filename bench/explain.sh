#!/bin/sh
# bench/explain.sh: messages per second of `mailfix explain` over the whole
# bounce corpus in one process, with peak memory, side by side in the same
# run with Debian's Sisimai (libsisimai-perl) on the same files; then one
# 50 MB bounce.  mailfix runs twice: with its default --jobs (one thread
# per CPU: the one-process rate) and with --jobs 1 (the rate of one core).
# Each process's start-up (loading the data; for Sisimai, Perl and its
# modules) is measured alone too, so rates are given with and without it.
# Prints the figures; nothing here is a test.
#   [REPEAT=3] bench/explain.sh BUILD_DIR|MAILFIX [CORPUS_DIR] [ROUNDS]
# REPEAT: the alternating trials of both sides, whose medians are printed.
set -eu
MAILFIX=${1:?usage: explain.sh BUILD_DIR|MAILFIX [CORPUS_DIR] [ROUNDS]}
[ -d "$MAILFIX" ] && MAILFIX="$MAILFIX/mailfix"
CORPUS=${2:-$(dirname "$0")/../../shared/corpus/bounces}
ROUNDS=${3:-20}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! perl -MSisimai -e1 2>/dev/null; then
	echo "explain bench: installing libsisimai-perl (the anchor)" >&2
	if [ "$(id -u)" = 0 ]; then apt-get install -y libsisimai-perl >/dev/null
	else sudo apt-get install -y libsisimai-perl >/dev/null; fi
fi

# The corpus ROUNDS times over, as one list of files (one process each).
ls "$CORPUS"/emails/*.eml > "$TMP/one"
: > "$TMP/list"
i=0
while [ $i -lt "$ROUNDS" ]; do cat "$TMP/one" >> "$TMP/list"; i=$((i + 1)); done
N_FILES=$(wc -l < "$TMP/list")

# Wall seconds, CPU seconds (user + system) and peak RSS (kB) of a
# command, from GNU time.  The CPU figure is the one to compare when other
# work shares the machine.
measure() {
	/usr/bin/time -f "%e %U %S %M" -o "$TMP/time" "$@" > "$TMP/out" 2>/dev/null || true
	tail -1 "$TMP/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
}

NCPU=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
echo "explain bench: $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), $NCPU CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
# One tiny bounce: what each side costs to start and answer once.
mkdir -p "$TMP/onedir"
printf 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\n\n<gone@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n' > "$TMP/onedir/one.eml"

# The Sisimai script: one process, Sisimai->make over a folder holding the
# same files (its Maildir reader, the way Sisimai is used in bulk),
# ROUNDS/10 rounds; its start-up is the same script over a folder of one
# tiny bounce (Perl, and the modules Sisimai loads on its first message).
SI_ROUNDS=$(( ROUNDS / 10 > 0 ? ROUNDS / 10 : 1 ))
mkdir -p "$TMP/maildir"
xargs -a "$TMP/one" cp -t "$TMP/maildir"
cat > "$TMP/sisimai.pl" <<'PERL'
use strict; use warnings; use Sisimai;
my ($dir, $rounds) = @ARGV; my $n = 0;
for (1 .. $rounds) {
	my $v = Sisimai->make($dir, 'delivered' => 1, 'vacation' => 1) || [];
	$n += scalar @$v;
}
opendir my $d, $dir or die; my @f = grep { !/^[.]/ } readdir $d;
print scalar(@f) * $rounds, " $n\n";
PERL

# REPEAT alternating trials (the host's speed drifts from minute to
# minute, so one run of each side can mislead): in each, mailfix over the
# corpus ROUNDS times in one process (all files as arguments) at the
# default --jobs and at --jobs 1, each side's start-up (one process on the
# tiny bounce), and Sisimai.  Every figure printed is the median over the
# trials, the ratios too (each trial's ratio, then their median).
REPEAT=${REPEAT:-3}
: > "$TMP/trials"
t=0
while [ $t -lt "$REPEAT" ]; do
	set -- $(measure xargs -a "$TMP/list" -s 2000000 "$MAILFIX" explain --json)
	MF_S=$1; MF_CPU=$2; MF_KB=$3
	MF_MSGS=$(wc -l < "$TMP/out")
	set -- $(measure xargs -a "$TMP/list" -s 2000000 "$MAILFIX" explain --json --jobs 1)
	M1_S=$1; M1_CPU=$2; M1_KB=$3
	M1_MSGS=$(wc -l < "$TMP/out")
	set -- $(measure "$MAILFIX" explain --json --jobs 1 "$TMP/onedir/one.eml")
	MF_START_S=$1; MF_START_CPU=$2
	set -- $(measure perl "$TMP/sisimai.pl" "$TMP/maildir" "$SI_ROUNDS")
	SI_S=$1; SI_CPU=$2; SI_KB=$3
	set -- $(cat "$TMP/out")
	SI_MSGS=$1; SI_RECORDS=$2
	set -- $(measure perl "$TMP/sisimai.pl" "$TMP/onedir" 1)
	SI_START_S=$1; SI_START_CPU=$2
	echo "$MF_MSGS $MF_S $MF_CPU $MF_KB $M1_MSGS $M1_S $M1_CPU $M1_KB $MF_START_S $MF_START_CPU $SI_MSGS $SI_S $SI_CPU $SI_KB $SI_RECORDS $SI_START_S $SI_START_CPU" >> "$TMP/trials"
	t=$((t + 1))
done

awk -v ncpu="$NCPU" '
function rate(m, t) { return t > 0 ? m / t : 0 }
function median(a, k,    i, j, x) {
	for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
{
	k = NR; n = $1; n1 = $5; sn = $11; rec = $15
	s[k] = $2; c[k] = $3; kb[k] = $4; s1[k] = $6; c1[k] = $7; kb1[k] = $8; ms[k] = $9; mc[k] = $10
	ss[k] = $12; sc[k] = $13; skb[k] = $14; sis[k] = $16; sic[k] = $17
	r_w[k] = rate(n, s[k]); r_c[k] = rate(n, c[k]); r1_w[k] = rate(n1, s1[k]); r1_c[k] = rate(n1, c1[k])
	r0[k] = rate(n, s[k] - ms[k]); r10[k] = rate(n1, s1[k] - ms[k]); r10c[k] = rate(n1, c1[k] - mc[k])
	sr[k] = rate(sn, ss[k]); src[k] = rate(sn, sc[k]); sr0[k] = rate(sn, ss[k] - sis[k]); src0[k] = rate(sn, sc[k] - sic[k])
	x_w[k] = sr[k] > 0 ? r_w[k] / sr[k] : 0; x_c[k] = src[k] > 0 ? r_c[k] / src[k] : 0
	x1_w[k] = sr[k] > 0 ? r1_w[k] / sr[k] : 0; x1_c[k] = src[k] > 0 ? r1_c[k] / src[k] : 0
	x0[k] = sr0[k] > 0 ? r0[k] / sr0[k] : 0; x10[k] = sr0[k] > 0 ? r10[k] / sr0[k] : 0; x10c[k] = src0[k] > 0 ? r10c[k] / src0[k] : 0
	line = line sprintf("%s%.1fx", k > 1 ? ", " : "", x_w[k])
}
END {
	k = NR
	printf "explain corpus: %d alternating trials of each run below; each figure is their median\n", k;
	printf "explain corpus: mailfix --jobs %d (default) %d messages in %.2f s wall (%.0f msgs/s), %.2f s CPU (%.0f msgs/s), peak RSS %.1f MB\n", ncpu, n, median(s, k), median(r_w, k), median(c, k), median(r_c, k), median(kb, k) / 1024;
	printf "explain corpus: mailfix --jobs 1 %d messages in %.2f s wall (%.0f msgs/s), %.2f s CPU (%.0f msgs/s), peak RSS %.1f MB\n", n1, median(s1, k), median(r1_w, k), median(c1, k), median(r1_c, k), median(kb1, k) / 1024;
	printf "explain corpus: mailfix start-up %.2f s wall, %.2f s CPU; without it: --jobs %d %.0f msgs/s wall, --jobs 1 %.0f msgs/s wall, %.0f msgs/s CPU\n", median(ms, k), median(mc, k), ncpu, median(r0, k), median(r10, k), median(r10c, k);
	printf "explain corpus: Sisimai %d messages (%d records) in %.2f s wall (%.0f msgs/s), %.2f s CPU (%.0f msgs/s), peak RSS %.1f MB\n", sn, rec, median(ss, k), median(sr, k), median(sc, k), median(src, k), median(skb, k) / 1024;
	printf "explain corpus: Sisimai start-up (Perl, modules) %.2f s wall, %.2f s CPU; without it: %.0f msgs/s wall, %.0f msgs/s CPU\n", median(sis, k), median(sic, k), median(sr0, k), median(src0, k);
	printf "explain corpus: mailfix --jobs %d / Sisimai = %.1fx (wall), %.1fx (CPU); each trial (wall): %s\n", ncpu, median(x_w, k), median(x_c, k), line;
	printf "explain corpus: mailfix --jobs 1 / Sisimai = %.1fx (wall), %.1fx (CPU)\n", median(x1_w, k), median(x1_c, k);
	printf "explain corpus: without start-up on both sides: --jobs %d %.1fx (wall), --jobs 1 %.1fx (wall), %.1fx (CPU)\n", ncpu, median(x0, k), median(x10, k), median(x10c, k);
}' "$TMP/trials"

# Where explain's time goes, on the same messages held in memory
# (bench/explain_floor.c): GMime's tree alone, mailfix's reading, the
# whole explain, the files' reading; and what explain on this machine's
# CPUs could do at most if mailfix's own work cost nothing (GMime's tree
# and the files' bytes only), beside Sisimai's rate above.
FLOOR=$(dirname "$MAILFIX")/bench/bench_explain_floor
if [ -x "$FLOOR" ]; then
	"$FLOOR" "$CORPUS/emails" 5 > "$TMP/floor" 2>&1 || true
	grep '^|' "$TMP/floor" | sed 's/^/explain floor: /'
	CEIL=$(awk '$1 == "ceiling" {print $2}' "$TMP/floor")
	# Sisimai's median rate over the trials
	SI_RATE=$(awk '$12 > 0 {print $11 / $12}' "$TMP/trials" | sort -g |
		awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
	awk -v c="${CEIL:-0}" -v sr="${SI_RATE:-0}" 'BEGIN {
		if (c > 0 && sr > 0)
			printf "explain floor: that ceiling / Sisimai = %.0fx (%s)\n", c / sr,
			       ((c / sr >= 50) ? "GMime and the files alone do not keep explain under 50x" : "GMime and the files alone keep explain under 50x");
	}'
fi

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
echo "explain 50 MB: mailfix --jobs $NCPU (default) ${BIG_MB} MB bounce in $1 s wall, $2 s CPU, peak RSS $(($3 / 1024)) MB: $(head -c 120 "$TMP/out")"
set -- $(measure "$MAILFIX" explain --json --jobs 1 "$TMP/big.eml")
echo "explain 50 MB: mailfix --jobs 1 in $1 s wall, $2 s CPU, peak RSS $(($3 / 1024)) MB"
mkdir -p "$TMP/bigdir" && mv "$TMP/big.eml" "$TMP/bigdir/"
set -- $(measure timeout 300 perl "$TMP/sisimai.pl" "$TMP/bigdir" 1)
echo "explain 50 MB: Sisimai in $1 s wall, $2 s CPU, peak RSS $(($3 / 1024)) MB"
