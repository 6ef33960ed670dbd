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
from blindset import POSTFIX_INTRO, Mime, dsn, fold, rec  # noqa: E402

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


def main(out):
    os.makedirs(out, exist_ok=True)
    m = Mime("mail.example.com with ESMTPSA id 1A2B3C4D", "Hello.\n")
    for i, (name, (addr, status, reply, rhost, action)) in enumerate(sorted(QUOTED.items())):
        host, qid = "mail.example.com", "4W%02dQx" % i
        code = reply[:3] if reply[:3].isdigit() else ""
        st = status or ("4.0.0" if code.startswith("4") else "5.0.0")
        said = ("host %s[198.51.100.9] said: %s (in reply to RCPT TO command)" % (rhost or "mx.example.org", reply)
                if code else reply)
        text = POSTFIX_INTRO % host + "<%s>: %s\n" % (addr, fold(said))
        per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; sender@example.com" % (host, qid)
        r = rec(addr, action, st, reply if code else None, (rhost or "mx.example.org") if code else None)
        h = ["Return-Path: <>", "Date: Tue, 18 Nov 2025 10:00:00 +0000",
             "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: Undelivered Mail Returned to Sender",
             "To: sender@example.com", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
             "Message-Id: <%s@%s>" % (qid, host)]
        body = m.multipart("report", [m.part("text/plain", text), dsn(per, [r]),
                                      m.returned(addr, "x", "Tue, 18 Nov 2025 09:59:00 +0000", "%s@example.com" % qid,
                                                 "headers")],
                           "%s/%s" % (qid, host), params=" report-type=delivery-status;")
        with open(os.path.join(out, name), "w") as f:
            f.write("\n".join(h) + "\n" + body)


if __name__ == "__main__":
    main(sys.argv[1])
