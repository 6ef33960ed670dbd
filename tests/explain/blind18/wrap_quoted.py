#!/usr/bin/env python3
"""wrap_quoted.py: the check behind the labels of the blind18 messages that
no Sisimai module reads (the forwarded and quoted Exchange and Gmail texts, Gmail's
new template saved by Outlook, Exchange's SMTPUTF8 NDR with a UTF-8 Final-Recipient): each one's quoted reply is wrapped in an ordinary Postfix bounce
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
    "export-outlook-02.eml": ("rae@example.org", "5.1.1",
                              "550 5.1.1 The email account that you tried to reach does not exist. Please try "
                              "double-checking the recipient's email address for typos or unnecessary spaces.",
                              None, "failed"),
    "fwd-gmail-inline-02.eml": ("pat@example.org", "5.1.10",
                                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                                "lookup", None, "failed"),
    "fwd-gmail-inline-03.eml": ("lin@example.org", "5.7.26",
                                "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
                                "DMARC policy. Please contact the administrator of example.com domain if this was a "
                                "legitimate mail.", None, "failed"),
    "fwd-outlook-inline-01.eml": ("kenji@example.jp", "5.2.2", "552 5.2.2 Mailbox full", None, "failed"),
    "helpdesk-quoted-03.eml": ("lin@example.org", "5.7.26",
                               "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
                               "DMARC policy.", None, "failed"),
    "smtputf8-exchange-01.eml": ("zoe@example.nl", "5.6.7", "550 5.6.7 SMTPUTF8 is not supported by the destination",
                                 None, "failed"),
}


if __name__ == "__main__":
    write_wrapped(sys.argv[1], QUOTED)
