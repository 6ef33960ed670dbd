# sis2json.pl: label bounce files with Sisimai for tests/explain/gen_oracle.py
# (PERL5LIB=<Sisimai tree> perl sis2json.pl FILES...): one JSON line per file.
use strict; use warnings; use Sisimai; use JSON::PP;
my $js = JSON::PP->new->canonical;
for my $f (@ARGV) {
  my $v = Sisimai->rise($f, delivered => 1, vacation => 1) // [];
  my @b = map { { status => $_->deliverystatus, reply_code => "".($_->replycode//''), reason => $_->reason, hard => ($_->hardbounce ? JSON::PP::true : JSON::PP::false) } } @$v;
  my $n = $f; $n =~ s{.*/}{};
  print $js->encode({file => $n, got => \@b}), "\n";
}
