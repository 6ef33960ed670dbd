#!/usr/bin/env python3
"""wrap_quoted.py: the check behind the labels of the blind17 messages that
no Sisimai module reads (hMailServer, IceWarp, MDaemon, the IronPort and Barracuda notices): each one's quoted reply is wrapped in an ordinary Postfix bounce
(with the status of the reply and, where the NDR names it, the remote
host), written to OUTDIR/<file>, so that Sisimai can be run on them:

    python3 wrap_quoted.py /tmp/w16 && PERL5LIB=<sisimai 5.x> perl ../sis2json.pl /tmp/w16/*.eml

The label of each such message is the reason, status and reply code
Sisimai gives its wrapped reply (see README.md, label policy)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import write_wrapped  # noqa: E402

# file: (recipient, status ("" when the reply has none), the reply, the remote host or None, action)
QUOTED = {
    "barracuda-03.eml": ("gina@example.org", "5.1.1",
                         "550 5.1.1 <gina@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                         None, "failed"),
    "hmailserver-01.eml": ("sara@example.org", "5.1.1",
                           "550 5.1.1 <sara@example.org>: Recipient address rejected: User unknown", None, "failed"),
    "hmailserver-02.eml": ("timo@example.net", "5.7.1",
                           "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.spamcop.net", None,
                           "failed"),
    "hmailserver-03.eml": ("ute@nonexistent.example.net", "",
                           "550 No mail servers appear to exists for the recipients address.", None, "failed"),
    "icewarp-01.eml": ("xaver@example.org", "5.1.1", "550 5.1.1 <xaver@example.org>... No such user", None, "failed"),
    "icewarp-02.eml": ("yvonne@example.net", "5.2.2", "552 5.2.2 <yvonne@example.net>: user quota exceeded", None,
                       "failed"),
    "ironport-01.eml": ("hana@example.org", "5.1.1",
                        "550 5.1.1 <hana@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                        None, "failed"),
    "ironport-02.eml": ("ivan@example.net", "5.4.7",
                        "Delivery expired (message too old) 'DNS Hard Error looking up example.net (MX):  NXDomain'",
                        None, "failed"),
    "ironport-03.eml": ("jade@example.org", "5.2.2",
                        "552 5.2.2 The email account that you tried to reach is over quota.", None, "failed"),
    "ironport-04.eml": ("kemal@example.net", "4.7.0", "421 4.7.0 Try again later, closing connection. (EHLO)", None,
                        "delayed"),
    "mdaemon-01.eml": ("mats@example.org", "5.1.1",
                       "550 5.1.1 <mats@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                       None, "failed"),
    "mdaemon-02.eml": ("nele@example.net", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", None, "failed"),
    "mdaemon-03.eml": ("olaf@example.org", "4.2.0",
                       "450 4.2.0 <olaf@example.org>: Recipient address rejected: Greylisted, please try again later",
                       None, "delayed"),
    "smartermail-02.eml": ("wanda@example.net", "4.7.0",
                           "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume "
                           "or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", None,
                           "delayed"),
}


if __name__ == "__main__":
    write_wrapped(sys.argv[1], QUOTED)
