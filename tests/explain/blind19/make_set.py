#!/usr/bin/env python3
"""make_set.py: write blind19 (security gateways and hosted filters in
front of company mail, senders' platforms, European and Asian ISPs'
own wording, delay warnings and auto-replies) as emails/*.eml and
labels.jsonl beside this file.  Deterministic: no clock, no random; run
it twice and the bytes are the same.  The labels follow README.md's
policy (Sisimai's reason taxonomy, the corpus's label format)."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, POSTFIX_DELAY, SENDER, b64, dsn, encode_body, fold, hdrs,  # noqa: E402
                      mimeword, rec, said, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Hello,\n\nplease find the signed framework agreement attached; could you\n"
        "confirm receipt by Friday?\n\nBest regards,\nSender Example\n")
M = Mime("out2.example.com with ESMTPSA id 5B7D02E4", BODY,
         dkim_b="Zq3v0TnR8mKc2xL9pW1sYd4hB7uE6gA5fJ0oN3iQ2rV8tX1yC4zD7eF0gH3jK6lM9nP2qS5uW8xA1bC4dE7fG0h==")
SETS = []


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, h=0):
    """The date of message n (h hours later for a warning's own date)."""
    return "Wed, 25 Nov 2026 %02d:%02d:%02d +0000" % (3 + (n // 40) + h, (n * 7) % 60, (n * 13) % 60)


def crlf(s):
    return s.replace("\n", "\r\n")


def message(h, body):
    return "\n".join(h) + "\n" + body


# --------------------------------------------------------------------------
# Builders of the bounce formats
# --------------------------------------------------------------------------

def postfix(n, host, rcpt, text, status, diag, remote=None, dtype="smtp", delay=False, kind=None,
            subject=None, extra_hdrs=(), osubj="Framework agreement"):
    """A Postfix bounce (or delay warning) from host for rcpt: text is the
    line after "<rcpt>: ", diag the Diagnostic-Code."""
    qid = "4Hn%02dKq%dZw" % (n, n % 10)
    d = dt(n, 4 if delay else 0)
    intro = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host
    body = intro + "<%s>: %s\n" % (rcpt, fold(text))
    per = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s"
           % (host, qid, SENDER, dt(n)))
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, remote, dtype=dtype,
            extra=(["Will-Retry-Until: Sun, 29 Nov 2026 03:00:00 +0000"] if delay else []))
    ret = M.returned(rcpt, osubj, dt(n), "%s.%d@example.com" % (qid.lower(), n),
                     kind or ("headers" if delay else "message"),
                     desc="Undelivered Message" if not delay else "Undelivered Message Headers")
    subj = subject or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, subj, d, "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-replied"] + list(extra_hdrs))
    parts = [M.part("text/plain", body, extra=["Content-Description: %s" % (
        "Notification" if not delay else "Notification")]),
        dsn(per, [r], desc="Delivery report"), ret]
    return message(h, M.multipart("report", parts, "%s.%d/%s" % (qid, 1764000000 + n, host),
                                  params=" report-type=delivery-status;"))


def exim(n, host, rcpt, lines, delay=False, ident=None, osubj="Framework agreement", frm=None, extra_hdrs=()):
    """Exim's text bounce (or delay warning): lines under the address."""
    ident = ident or "1vK%02dQz-00%02dAb-7C" % (n, n)
    d = dt(n, 24 if delay else 0)
    if delay:
        txt = ("This message was created automatically by mail delivery software.\n"
               "A message that you sent has not yet been delivered to one or more of its\n"
               "recipients after more than 24 hours on the queue on %s.\n\n"
               "The message identifier is:     %s\n"
               "The subject of the message is: %s\n"
               "The date of the message is:    %s\n\n"
               "The address to which the message has not yet been delivered is:\n\n"
               "  %s\n%s\n"
               "No action is required on your part. Delivery attempts will continue for\n"
               "some time, and this warning may be repeated at intervals if the message\n"
               "remains undelivered. Eventually the mail delivery software will give up,\n"
               "and when that happens, the message will be returned to you.\n"
               % (host, ident, osubj, dt(n), rcpt, "".join("    %s\n" % l for l in lines)))
        subj = "Warning: message %s delayed 24 hours" % ident
        xh = []
    else:
        txt = ("This message was created automatically by mail delivery software.\n\n"
               "A message that you sent could not be delivered to one or more of its\n"
               "recipients. This is a permanent error. The following address(es) failed:\n\n"
               "  %s\n%s\n"
               "------ This is a copy of the message, including all the headers. ------\n\n"
               % (rcpt, "".join("    %s\n" % l for l in lines)))
        txt += M.orig(rcpt, osubj, dt(n), "%s@example.com" % ident.lower()) + "\n" + BODY
        subj = "Mail delivery failed: returning message to sender"
        xh = ["X-Failed-Recipients: %s" % rcpt]
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, subj, d, "E%s@%s" % (ident, host),
             extra=xh + ["Auto-Submitted: auto-replied"] + list(extra_hdrs) +
             ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"])
    return message(h, "\n" + txt)


def sendmail(n, host, rcpt, remote, reply, status, cmd="RCPT To:<%s>", delay=False, osubj="Framework agreement"):
    """Sendmail's DSN: reply is the remote's (one line)."""
    qid = "5AP%02dK3x0%05d" % (n, 1000 + n)
    d = dt(n, 4 if delay else 0)
    if delay:
        tx = ("**********************************************\n"
              "**      THIS IS A WARNING MESSAGE ONLY      **\n"
              "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
              "**********************************************\n\n"
              "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
              "   ----- Transcript of session follows -----\n"
              "... while talking to %s.:\n>>> %s\n<<< %s\n<%s>... Deferred: %s\n"
              "Warning: message still undelivered after 4 hours\n"
              "Will keep trying until message is 5 days old\n"
              % (dt(n), remote, cmd % rcpt if "%s" in cmd else cmd, reply, rcpt, reply))
        subj = "Warning: could not send message for past 4 hours"
    else:
        tx = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
              "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
              "    (reason: %s)\n\n"
              "   ----- Transcript of session follows -----\n"
              "... while talking to %s.:\n>>> %s\n<<< %s\n%s\n"
              % (dt(n), rcpt, reply, remote, cmd % rcpt if "%s" in cmd else cmd, reply,
                 "554 5.0.0 Service unavailable" if not reply.startswith("550 5.1") else
                 "550 5.1.1 <%s>... User unknown" % rcpt))
        subj = "Returned mail: see transcript for details"
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, dt(n))
    r = rec(rcpt, "delayed" if delay else "failed", status, reply, remote, last=d,
            extra=(["Will-Retry-Until: Sun, 29 Nov 2026 03:00:00 +0000"] if delay else []))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, subj, d, "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-generated (failure)"])
    parts = [M.part("text/plain", tx), dsn(per, [r]),
             M.returned(rcpt, osubj, dt(n), "%s.%d@example.com" % (qid.lower(), n), "headers")]
    return message(h, M.multipart("report", parts, "%s.%d/%s" % (qid, 1764000000 + n, host),
                                  params=" report-type=delivery-status;"))


def report(n, frm, subject, text_part, per, recs, host, kind="headers", osubj="Framework agreement",
           extra_hdrs=(), alt_html=None):
    """A generic RFC 3464 report: text_part is a built MIME part (or
    text), per the per-message fields, recs the per-recipient blocks."""
    if isinstance(text_part, str) and not text_part.startswith("Content-Type"):
        text_part = M.part("text/plain", text_part)
    first = text_part
    if alt_html:
        first = M.multipart("alternative", [text_part, M.part("text/html", alt_html, "qp", "utf-8")],
                            "alt-%02d-%s" % (n, host), preamble="")
    to = recs[0].split(";", 1)[1].split("\n")[0].strip()
    h = hdrs(frm, subject, dt(n, 1), "dsn.%02d.%d@%s" % (n, 7000 + n, host),
             extra=["Auto-Submitted: auto-replied"] + list(extra_hdrs))
    parts = [first, dsn(per, recs), M.returned(to, osubj, dt(n), "m%02d.%d@example.com" % (n, 9100 + n), kind)]
    return message(h, M.multipart("report", parts, "=_report_%02d_%s" % (n, host),
                                  params=" report-type=delivery-status;"))


def notice(n, frm, subject, body, cs="us-ascii", enc="7bit", extra_hdrs=(), html=None, attach=None,
           to=SENDER, date=None):
    """A notice in a format of its own: a text body (cs, enc), or text +
    HTML alternatives, optionally followed by the returned original."""
    h = hdrs(frm, subject, date or dt(n, 1), "nt%02d.%d@%s" % (n, 5300 + n, frm.split("@")[-1].rstrip(">")),
             to=to, extra=list(extra_hdrs))
    if html is None and attach is None:
        cte, text = encode_body(body, enc, cs)
        h += ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte]
        return message(h, "\n" + text.rstrip("\n") + "\n")
    first = M.part("text/plain", body, enc, cs)
    if html is not None:
        first = M.multipart("alternative", [first, M.part("text/html", html[0], html[1], html[2])],
                            "alt_%02d_b" % n, preamble="")
    if attach is None:
        return message(h, first)
    return message(h, M.multipart("mixed", [first, attach], "mix_%02d_a" % n))


def gb(s):
    """An RFC 2047 word of s in GB18030's subset GBK (as Chinese mail
    systems write subjects)."""
    return mimeword(s, "gbk")


# ==========================================================================
# 1. Security gateways and hosted filters (quoted by Postfix, Exim, Sendmail)
# ==========================================================================

add("proofpoint-01", "Postfix", postfix(
    1, "mail.example.com", "kai.berger@fabrikam-gmbh.example",
    said("mx0b-00172a01.pphosted.com", "148.163.159.22",
         "554 5.7.1 <kai.berger@fabrikam-gmbh.example>: Relay access denied"),
    "5.7.1", "554 5.7.1 <kai.berger@fabrikam-gmbh.example>: Relay access denied", "mx0b-00172a01.pphosted.com"),
    [E("5.7.1", "554", "norelaying")])

add("proofpoint-02", "Postfix", postfix(
    2, "mail.example.com", "legal@northwind-traders.example",
    said("mx0a-00218b02.pphosted.com", "205.220.165.41",
         "550 5.7.1 Email rejected per DMARC policy for example.com", "end of DATA"),
    "5.7.1", "550 5.7.1 Email rejected per DMARC policy for example.com", "mx0a-00218b02.pphosted.com"),
    [E("5.7.1", "550", "authfailure")])

add("proofpoint-03", "Postfix", postfix(
    3, "mail.example.com", "orders@contoso-retail.example",
    said("mx1-eu1.ppe-hosted.com", "185.183.31.45",
         "550 5.7.1 Message rejected as spam by Content Filtering.", "end of DATA"),
    "5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering.", "mx1-eu1.ppe-hosted.com"),
    [E("5.7.1", "550", "spamdetected")])

add("mimecast-01", "Postfix", postfix(
    4, "mail.example.com", "h.schulz@adatum-ag.example",
    said("eu-smtp-inbound-2.mimecast.com", "195.130.217.76",
         "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 "
         "[kX2pLmQ7Nz-3vRt9aYbCdw.uk296]"),
    "5.0.0", "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 "
             "[kX2pLmQ7Nz-3vRt9aYbCdw.uk296]", "eu-smtp-inbound-2.mimecast.com"),
    [E("5.0.0", "550", "rejected")])

add("mimecast-02", "Exim", exim(
    5, "mx.example.com", "finance@tailspin-toys.example",
    ["host us-smtp-inbound-1.mimecast.com [205.139.110.242]",
     "SMTP error from remote mail server after end of data:",
     "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [3fRk0Ab.us177]"]),
    [E("5.0.934", "554", "mesgtoobig")])

add("mimecast-03", "Postfix", postfix(
    6, "mail.example.com", "j.nowak@litware-pl.example",
    said("de-smtp-inbound-1.mimecast.com", "51.163.158.130",
         "550 Rejected by header based Blocked Senders - block policy for Header From - "
         "https://community.mimecast.com/docs/DOC-1369#550 [Pq9-Tz1mL0uvRr.de12]", "end of DATA"),
    "5.0.0", "550 Rejected by header based Blocked Senders - block policy for Header From - "
             "https://community.mimecast.com/docs/DOC-1369#550 [Pq9-Tz1mL0uvRr.de12]",
    "de-smtp-inbound-1.mimecast.com"),
    [E("5.0.0", "550", "onhold")])

add("barracuda-01", "Postfix", postfix(
    7, "mail.example.com", "info@woodgrove-bank.example",
    "host d123456a.ess.barracudanetworks.com[209.222.82.252] refused to talk to me: 554 5.7.1 Service "
    "unavailable; Client host [198.51.100.23] blocked using b.barracudacentral.org; "
    "http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.23",
    "5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using b.barracudacentral.org; "
             "http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.23",
    "d123456a.ess.barracudanetworks.com"),
    [E("5.7.1", "554", "blocked")])

add("barracuda-02", "Postfix", postfix(
    8, "barracuda.contoso-eng.example", "p.martin@contoso-eng.example",
    said("exch01.contoso-eng.example", "10.20.0.15",
         "552 5.2.2 <p.martin@contoso-eng.example>: Mailbox full"),
    "5.2.2", "552 5.2.2 <p.martin@contoso-eng.example>: Mailbox full", "exch01.contoso-eng.example"),
    [E("5.2.2", "552", "mailboxfull")])

add("ironport-01", "Postfix", postfix(
    9, "mail.example.com", "r.ahmed@fourthcoffee.example",
    said("esa2.hc3170-41.iphmx.com", "68.232.150.91", "550 #5.1.0 Address rejected."),
    "5.1.0", "550 #5.1.0 Address rejected.", "esa2.hc3170-41.iphmx.com"),
    [E("5.1.0", "550", "userunknown")])

add("ironport-02", "Postfix", postfix(
    10, "mail.example.com", "purchasing@proseware.example",
    "host esa1.proseware.iphmx.com[68.232.141.30] refused to talk to me: 554 Your access to this mail "
    "system has been rejected due to the sending MTA's poor reputation. If you believe that this failure "
    "is in error, please contact the intended recipient via alternate means.",
    "5.0.0", "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. "
             "If you believe that this failure is in error, please contact the intended recipient via alternate "
             "means.", "esa1.proseware.iphmx.com"),
    [E("5.0.0", "554", "badreputation")])

add("trendmicro-01", "Postfix", postfix(
    11, "mail.example.com", "s.tanaka@wingtip-jp.example",
    said("wingtip-jp-example.mx.tmes.trendmicro.com", "18.176.108.21",
         "550 5.1.1 <s.tanaka@wingtip-jp.example>: Recipient address rejected: User does not exist"),
    "5.1.1", "550 5.1.1 <s.tanaka@wingtip-jp.example>: Recipient address rejected: User does not exist",
    "wingtip-jp-example.mx.tmes.trendmicro.com"),
    [E("5.1.1", "550", "userunknown")])

add("trendmicro-02", "Exim", exim(
    12, "mx.example.com", "support@alpineski.example",
    ["host alpineski-example.in.tmes.trendmicro.eu [18.185.115.24]",
     "SMTP error from remote mail server after end of data:",
     "550 5.7.1 Message detected as spam by Trend Micro Email Security"]),
    [E("5.7.1", "550", "spamdetected")])

add("sophos-01", "Postfix", postfix(
    13, "mail.example.com", "accounts@relecloud.example",
    said("mx-01-eu-central-1.prod.hydra.sophos.com", "3.69.57.10",
         "550 5.1.1 Recipient address rejected: Recipient not valid"),
    "5.1.1", "550 5.1.1 Recipient address rejected: Recipient not valid",
    "mx-01-eu-central-1.prod.hydra.sophos.com"),
    [E("5.1.1", "550", "userunknown")])

add("sophos-02", "Postfix", postfix(
    14, "mail.example.com", "hr@graphicdesign.example",
    said("mx-02-us-west-2.prod.hydra.sophos.com", "44.226.109.5",
         "554 5.7.1 Message rejected: this message appears to be spam", "end of DATA"),
    "5.7.1", "554 5.7.1 Message rejected: this message appears to be spam",
    "mx-02-us-west-2.prod.hydra.sophos.com"),
    [E("5.7.1", "554", "spamdetected")])

add("forcepoint-01", "Postfix", postfix(
    15, "mail.example.com", "m.rossi@lucerne-pub.example",
    said("cluster3.eu.messagelabs.com", "85.158.142.98",
         "550 Requested action aborted [7.2] 12345, please visit www.forcepoint.com/blockedmessage for more "
         "details about this error message.", "end of DATA"),
    "5.0.0", "550 Requested action aborted [7.2] 12345, please visit www.forcepoint.com/blockedmessage for more "
             "details about this error message.", "cluster3.eu.messagelabs.com"),
    [E("5.0.0", "550", "onhold")])

add("forcepoint-02", "Postfix", postfix(
    16, "mail.example.com", "d.fischer@blueyonder-air.example",
    said("mx2.mailcontrol.com", "208.87.233.190",
         "550 5.7.1 Message not accepted for policy reasons: attachment type not allowed", "end of DATA"),
    "5.7.1", "550 5.7.1 Message not accepted for policy reasons: attachment type not allowed", "mx2.mailcontrol.com"),
    [E("5.7.1", "550", "policyviolation")])

add("symantec-01", "Postfix", postfix(
    17, "mail.example.com", "claire.dubois@margie-travel.example",
    said("cluster1.eu.messagelabs.com", "85.158.136.3",
         "550 Recipient <claire.dubois@margie-travel.example> rejected: address unknown (#5.1.1)"),
    "5.1.1", "550 Recipient <claire.dubois@margie-travel.example> rejected: address unknown (#5.1.1)",
    "cluster1.eu.messagelabs.com"),
    [E("5.1.1", "550", "userunknown")])

add("symantec-02", "Postfix", postfix(
    18, "mail.example.com", "ops@adventure-works.example",
    said("cluster9.us.messagelabs.com", "67.219.250.101",
         "553-SPF (Sender Policy Framework) domain authentication 553-fail. Refer to the Troubleshooting "
         "page at 553-http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1)",
         "MAIL FROM"),
    "5.7.1", "553-SPF (Sender Policy Framework) domain authentication 553-fail. Refer to the Troubleshooting "
             "page at 553-http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1)",
    "cluster9.us.messagelabs.com"),
    [E("5.7.1", "553", "authfailure")])

add("hornetsecurity-01", "Postfix", postfix(
    19, "mail.example.com", "t.becker@humongous-ins.example",
    said("mx01.hornetsecurity.com", "94.100.132.16",
         "550 5.1.1 <t.becker@humongous-ins.example>: Recipient address rejected: User unknown in relay "
         "recipient table"),
    "5.1.1", "550 5.1.1 <t.becker@humongous-ins.example>: Recipient address rejected: User unknown in relay "
             "recipient table", "mx01.hornetsecurity.com"),
    [E("5.1.1", "550", "userunknown")])

add("hornetsecurity-02", "Exim", exim(
    20, "mx.example.com", "einkauf@coho-winery.example",
    ["host mx-gate02.hornetsecurity.com [94.100.133.33]",
     "SMTP error from remote mail server after end of data:",
     "554 5.7.1 Your message has been rejected because it appears to be spam. (ID: 4d7e1a2b)"]),
    [E("5.7.1", "554", "spamdetected")])

add("spamtitan-01", "Postfix", postfix(
    21, "mail.example.com", "office@bellows-college.example",
    said("spamtitan.bellows-college.example", "203.0.113.77",
         "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org; "
         "https://www.spamhaus.org/query/ip/198.51.100.23"),
    "5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org; "
             "https://www.spamhaus.org/query/ip/198.51.100.23", "spamtitan.bellows-college.example"),
    [E("5.7.1", "554", "blocked")])

add("spamtitan-02", "Postfix", postfix(
    22, "mail.example.com", "admissions@bellows-college.example",
    said("spamtitan.bellows-college.example", "203.0.113.77",
         "550 5.7.1 Message rejected: spam score 12.4 exceeds threshold 5.0", "end of DATA"),
    "5.7.1", "550 5.7.1 Message rejected: spam score 12.4 exceeds threshold 5.0",
    "spamtitan.bellows-college.example"),
    [E("5.7.1", "550", "spamdetected")])

add("amavis-01", "Postfix", postfix(
    23, "mail.example.com", "l.moreau@fineartschool.example",
    said("zimbra.fineartschool.example", "192.0.2.140",
         "554 5.7.0 Reject, id=21453-07 - spam", "end of DATA"),
    "5.7.0", "554 5.7.0 Reject, id=21453-07 - spam", "zimbra.fineartschool.example"),
    [E("5.7.0", "554", "spamdetected")])

add("amavis-02", "Postfix", postfix(
    24, "mail.example.com", "direction@fineartschool.example",
    said("zimbra.fineartschool.example", "192.0.2.140",
         "554 5.7.0 Reject, id=30811-02 - BANNED: .exe,invoice_0925.zip", "end of DATA"),
    "5.7.0", "554 5.7.0 Reject, id=30811-02 - BANNED: .exe,invoice_0925.zip", "zimbra.fineartschool.example"),
    [E("5.7.0", "554", "spamdetected")])

add("rspamd-01", "Postfix", postfix(
    25, "mail.example.com", "kontakt@lamna-health.example",
    said("mx.lamna-health.example", "192.0.2.201",
         "554 5.7.1 Spam message rejected", "end of DATA"),
    "5.7.1", "554 5.7.1 Spam message rejected", "mx.lamna-health.example"),
    [E("5.7.1", "554", "securityerror")])

add("rspamd-02", "Exim", exim(
    26, "mx.example.com", "sales@tradewinds.example",
    ["host mail.tradewinds.example [192.0.2.55]",
     "SMTP error from remote mail server after end of data:",
     "451 4.7.1 Try again later"], delay=True),
    [E("4.7.1", "451", "expired")])

add("spamassassin-01", "Exim", exim(
    27, "mx.example.com", "webmaster@southridge-video.example",
    ["host mail.southridge-video.example [192.0.2.81]",
     "SMTP error from remote mail server after end of data:",
     "550-Rejected: SpamAssassin score 9.7 is over the limit (5.0)",
     "550 Please contact postmaster@southridge-video.example if this is in error"]),
    [E("5.0.980", "550", "spamdetected")])

add("spamassassin-02", "Postfix", postfix(
    28, "mail.example.com", "board@thephone-company.example",
    said("mail.thephone-company.example", "192.0.2.90",
         "550 5.7.1 Blocked by SpamAssassin", "end of DATA"),
    "5.7.1", "550 5.7.1 Blocked by SpamAssassin", "mail.thephone-company.example"),
    [E("5.7.1", "550", "spamdetected")])

add("ironport-03", "Sendmail", sendmail(
    29, "relay.example.com", "c.wong@fabrikam-hk.example", "esa4.fabrikam-hk.iphmx.com",
    "550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant",
    "5.7.1", cmd="DATA"),
    [E("5.7.1", "550", "rejected")])

# ==========================================================================
# 2. Senders' platforms
# ==========================================================================

SES_BOUNCE = {
    "notificationType": "Bounce",
    "bounce": {
        "feedbackId": "0102018c2f1e7a4b-6d1c2a3e-8b9f-4f0a-9e3d-5c7b2a1d0e9f-000000",
        "bounceType": "Permanent", "bounceSubType": "General",
        "bouncedRecipients": [{"emailAddress": "n.kovac@fabrikam-si.example", "action": "failed",
                               "status": "5.1.1",
                               "diagnosticCode": "smtp; 550 5.1.1 <n.kovac@fabrikam-si.example>: "
                                                 "Recipient address rejected: User unknown in virtual mailbox table"}],
        "timestamp": "2026-11-25T05:14:09.000Z",
        "remoteMtaIp": "192.0.2.33",
        "reportingMTA": "dsn; a8-31.smtp-out.amazonses.com"},
    "mail": {
        "timestamp": "2026-11-25T05:14:07.512Z", "source": "news@example.com",
        "sourceArn": "arn:aws:ses:eu-west-1:111122223333:identity/example.com",
        "sourceIp": "203.0.113.10", "sendingAccountId": "111122223333",
        "messageId": "0102018c2f1e74d3-2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000",
        "destination": ["n.kovac@fabrikam-si.example"]}}


def sns(n, payload, subject="AWS Notification Message"):
    body = (json.dumps(payload, separators=(",", ":")) + "\n\n--\nIf you wish to stop receiving notifications "
            "from this topic, please click or visit the link below to unsubscribe:\n"
            "https://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:eu-west-1:"
            "111122223333:ses-bounces:5e1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8&Endpoint=ops@example.com\n\n"
            "Please do not reply directly to this email. If you have any questions or comments regarding this "
            "email, please contact us at https://aws.amazon.com/support\n")
    return notice(n, "AWS Notifications <no-reply@sns.amazonaws.com>", subject, body, "UTF-8",
                  extra_hdrs=["x-amz-sns-message-id: 7f3c2a1b-9d8e-4f5a-b6c7-%012d" % n,
                              "x-amz-sns-subscription-arn: arn:aws:sns:eu-west-1:111122223333:ses-bounces:"
                              "5e1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8"], to="ops@example.com")


add("ses-01", "AmazonSES", sns(31, SES_BOUNCE), [E("5.1.1", "550", "userunknown")])

_full = json.loads(json.dumps(SES_BOUNCE))
_full["bounce"]["bouncedRecipients"] = [{"emailAddress": "yuki@wingtip-jp.example", "action": "failed",
                                          "status": "5.2.2", "diagnosticCode": "smtp; 552 5.2.2 Mailbox full"}]
_full["bounce"]["feedbackId"] = "0102018c2f22b1c0-aa11bb22-cc33-4d44-8e55-ff6677889900-000000"
_full["mail"]["destination"] = ["yuki@wingtip-jp.example"]
add("ses-02", "AmazonSES", sns(32, _full), [E("5.2.2", "552", "mailboxfull")])

add("ses-03", "AmazonSES", sns(33, {
    "notificationType": "Complaint",
    "complaint": {"feedbackId": "0102018c2f30aa10-1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809-000000",
                  "complaintSubType": None,
                  "complainedRecipients": [{"emailAddress": "reader@hotmail.example"}],
                  "timestamp": "2026-11-25T06:02:11.000Z", "userAgent": "Yahoo!-Mail-Feedback/2.0",
                  "complaintFeedbackType": "abuse", "arrivalDate": "2026-11-24T21:40:05.000Z"},
    "mail": {"timestamp": "2026-11-24T21:40:04.000Z", "source": "news@example.com",
             "sourceArn": "arn:aws:ses:eu-west-1:111122223333:identity/example.com",
             "sourceIp": "203.0.113.10", "sendingAccountId": "111122223333",
             "messageId": "0102018c2c9f11aa-3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b-000000",
             "destination": ["reader@hotmail.example"]}}), [E("", "", "feedback")])

add("ses-04", "AmazonSES", report(
    34, "MAILER-DAEMON@amazonses.com", "Delivery Status Notification (Failure)",
    "An error occurred while trying to deliver the mail to the following recipients:\n"
    "lars.eriksson@nordic-freight.example\n",
    "Reporting-MTA: dns; a4-12.smtp-out.eu-west-1.amazonses.com",
    [rec("lars.eriksson@nordic-freight.example", "failed", "5.7.1",
         "554 5.7.1 <lars.eriksson@nordic-freight.example>: Recipient address rejected: Access denied",
         "mx.nordic-freight.example", orig_rcpt=False,
         extra=["Last-Attempt-Date: Wed, 25 Nov 2026 05:31:02 +0000"])],
    "amazonses.com", kind="message", extra_hdrs=["X-Original-To: 0102018c2f3a-bounces@eu-west-1.amazonses.com"]),
    [E("5.7.1", "554", "filtered")])

add("mailgun-01", "RFC3464", report(
    35, "Mailgun <mailer-daemon@mailgun.org>", "Delivery Status Notification (Failure)",
    "Your message could not be delivered to one or more recipients.\n\n"
    "  frank.weber@adatum-ag.example\n"
    "    Reason: 550 5.1.1 The email account that you tried to reach does not exist.\n",
    "Reporting-MTA: dns; mxa.mailgun.org\nX-Mailgun-Sid: WyI0YTdiIiwgImZyYW5rLndlYmVyQGFkYXR1bS1hZy5leGFtcGxlIl0=",
    [rec("frank.weber@adatum-ag.example", "failed", "5.1.1",
         "550 5.1.1 The email account that you tried to reach does not exist.", "mx.adatum-ag.example")],
    "mailgun.org"),
    [E("5.1.1", "550", "userunknown")])

add("mailgun-02", "RFC3464", report(
    36, "Mailgun <mailer-daemon@mailgun.org>", "Delivery Status Notification (Failure)",
    "Your message could not be delivered to one or more recipients.\n\n"
    "  s.ivanova@litware-bg.example\n"
    "    Reason: 550 5.7.1 Service unavailable, Client host [159.135.224.12] blocked using Spamhaus.\n",
    "Reporting-MTA: dns; mxa.mailgun.org",
    [rec("s.ivanova@litware-bg.example", "failed", "5.7.1",
         "550 5.7.1 Service unavailable, Client host [159.135.224.12] blocked using Spamhaus.",
         "mail.litware-bg.example")],
    "mailgun.org"),
    [E("5.7.1", "550", "blocked")])

add("postmark-01", "none", notice(
    37, "Postmark <support@postmarkapp.com>", "Hard bounce: pilar.garcia@margie-travel.example",
    "Hi there,\n\nA message sent through your Postmark server \"Transactional\" bounced.\n\n"
    "Recipient:   pilar.garcia@margie-travel.example\n"
    "Type:        Hard bounce\n"
    "Subject:     Your invoice INV-20451\n"
    "Bounced at:  2026-11-25 05:32:17 UTC\n\n"
    "SMTP response from the receiving server:\n"
    "  smtp;550 5.1.1 <pilar.garcia@margie-travel.example>: Recipient address rejected: User unknown in "
    "local recipient table\n\n"
    "We have deactivated this address for your server. You can reactivate it from the Activity page:\n"
    "https://account.postmarkapp.com/servers/1234567/streams/outbound/activity\n\n"
    "-- The Postmark Team\n",
    extra_hdrs=["X-PM-Message-Id: 4b9e2c1a-7d3f-4e8b-a6c5-0f1e2d3c4b5a"]),
    [E("5.1.1", "550", "userunknown")])

add("postmark-02", "RFC3464", report(
    38, "Mail Delivery Subsystem <mailer-daemon@pm.mtasv.net>", "Undelivered Mail Returned to Sender",
    "This is the mail system at host smtp.pm.mtasv.net.\n\n"
    "Your message could not be delivered to the following recipient:\n\n"
    "<marco.bianchi@libero.it>: host smtp-in.libero.it[213.209.1.129] said:\n"
    "    552 5.2.2 <marco.bianchi@libero.it> mailbox full (in reply to RCPT TO command)\n",
    "Reporting-MTA: dns; smtp.pm.mtasv.net",
    [rec("marco.bianchi@libero.it", "failed", "5.2.2", "552 5.2.2 <marco.bianchi@libero.it> mailbox full",
         "smtp-in.libero.it")],
    "pm.mtasv.net", extra_hdrs=["X-PM-Message-Id: 1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5"]),
    [E("5.2.2", "552", "mailboxfull")])

add("sparkpost-01", "RFC3464", report(
    39, "Mail Delivery System <MAILER-DAEMON@sparkpostmail.com>", "Delivery Status Notification (Failure)",
    "The following message to <eva.novak@seznam.cz> was undeliverable.\n"
    "The reason for the problem:\n"
    "5.0.0 - Unknown address error 550-'5.1.1 Mailbox does not exist'\n",
    "Reporting-MTA: dns; mta1c1.sparkpostmail.com\nX-MSYS-API: {\"campaign_id\":\"winter-sale\"}",
    [rec("eva.novak@seznam.cz", "failed", "5.1.1", "550 5.1.1 Mailbox does not exist", "mx1.seznam.cz")],
    "sparkpostmail.com"),
    [E("5.1.1", "550", "userunknown")])

add("sparkpost-02", "RFC3464", report(
    40, "Mail Delivery System <MAILER-DAEMON@sparkpostmail.com>", "Delivery Status Notification (Delay)",
    "This is a delivery status notification. Delivery to the following recipient has been delayed:\n"
    "<info@bigcorp-mx.example>\n"
    "The reason for the delay:\n"
    "4.0.0 - 421 4.7.0 Too many connections from your IP, try again later\n"
    "Delivery will be retried for up to 72 hours. You do not need to resend the message.\n",
    "Reporting-MTA: dns; mta2a1.sparkpostmail.com",
    [rec("info@bigcorp-mx.example", "delayed", "4.7.0", "421 4.7.0 Too many connections from your IP, try again later",
         "mx.bigcorp-mx.example")],
    "sparkpostmail.com"),
    [E("4.7.0", "421", "toomanyconn")])

add("mandrill-01", "RFC3464", report(
    41, "Mandrill <bounces@mandrillapp.com>", "Undeliverable: Framework agreement",
    "We were unable to deliver your message to the following address:\n\n"
    "  akira@nifty.com\n\n"
    "Remote server said: 550 5.1.1 unknown user <akira@nifty.com>\n",
    "Reporting-MTA: dns; mail181-12.suw61.mandrillapp.com\nX-Mandrill-User: md_31415926",
    [rec("akira@nifty.com", "failed", "5.1.1", "550 5.1.1 unknown user <akira@nifty.com>", "mx.nifty.com")],
    "mandrillapp.com"),
    [E("5.1.1", "550", "userunknown")])

add("brevo-01", "RFC3464", report(
    42, "Brevo Delivery <mailer-daemon@sendinblue.com>", "Undelivered Mail Returned to Sender",
    "This is the mail system at host smtp-relay.sendinblue.com.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<jean.petit@orange.fr>: host smtp-in.orange.fr[80.12.242.9] said: 550 5.1.1\n"
    "    <jean.petit@orange.fr>: Recipient address rejected: Adresse d au moins un destinataire invalide.\n"
    "    Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)\n",
    "Reporting-MTA: dns; smtp-relay.sendinblue.com",
    [rec("jean.petit@orange.fr", "failed", "5.1.1",
         "550 5.1.1 <jean.petit@orange.fr>: Recipient address rejected: Adresse d au moins un destinataire "
         "invalide. Invalid recipient. OFR_416 [416]", "smtp-in.orange.fr")],
    "sendinblue.com"),
    [E("5.1.1", "550", "userunknown")])

add("brevo-02", "none", notice(
    43, "Brevo <contact@notifications.brevo.com>", "Hard bounce on your campaign \"Newsletter novembre\"",
    "Bonjour,\n\nL'adresse suivante a été classée en hard bounce lors de l'envoi de votre campagne\n"
    "« Newsletter novembre » :\n\n"
    "  Adresse : chloe.leroy@free.fr\n"
    "  Réponse du serveur : 550 5.1.1 <chloe.leroy@free.fr>: Recipient address rejected: "
    "Mailbox does not exist\n\n"
    "Cette adresse a été ajoutée à votre liste noire et ne recevra plus vos envois.\n\n"
    "L'équipe Brevo\n", "UTF-8", "qp"),
    [E("5.1.1", "550", "userunknown")])

add("mailjet-01", "RFC3464", report(
    44, "Mailjet <bounce@bnc3.mailjet.com>", "Delivery Status Notification (Failure)",
    "Delivery to the following recipient failed permanently:\n\n     p.ferrari@virgilio.it\n\n"
    "Technical details of permanent failure:\n"
    "smtp-in.virgilio.it said: 550 5.7.1 Messaggio rifiutato per policy anti-spam\n",
    "Reporting-MTA: dns; o71.p8.mailjet.com",
    [rec("p.ferrari@virgilio.it", "failed", "5.7.1", "550 5.7.1 Messaggio rifiutato per policy anti-spam",
         "smtp-in.virgilio.it")],
    "bnc3.mailjet.com"),
    [E("5.7.1", "550", "securityerror")])

add("zeptomail-01", "RFC3464", report(
    45, "ZeptoMail <noreply-bounce@zeptomail.com>", "Delivery Status Notification (Failure)",
    "Message could not be delivered to the recipient below.\n\n"
    "Recipient: ananya.rao@fourthcoffee-in.example\n"
    "Reason: 552 5.2.2 The email account that you tried to reach is over quota.\n",
    "Reporting-MTA: dns; sender4-op-o12.zeptomail.com",
    [rec("ananya.rao@fourthcoffee-in.example", "failed", "5.2.2",
         "552 5.2.2 The email account that you tried to reach is over quota.", "mx.fourthcoffee-in.example")],
    "zeptomail.com"),
    [E("5.2.2", "552", "mailboxfull")])

# Chinese company mail (text parts in GB18030/GBK/UTF-8 base64).

_exmail_txt = ("您好，您发送的邮件未能成功送达以下收件人：\n\n"
               "  收件人：wangfang@tailspin-cn.example\n"
               "  退信原因：收件人地址不存在\n"
               "  服务器返回：550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728\n\n"
               "建议您检查收件人地址是否拼写正确后重新发送。\n\n此邮件由系统自动发出，请勿回复。\n")
add("exmail-01", "none", notice(
    46, "PostMaster <PostMaster@exmail.qq.com>", gb("退信通知") + " Undelivered Mail Returned to Sender",
    _exmail_txt, "GB18030", "base64"),
    [E("5.0.911", "550", "userunknown")])

_exmail_full = ("您好，您发送的邮件未能成功送达以下收件人：\n\n"
                "  收件人：liqiang@tailspin-cn.example\n"
                "  退信原因：收件人邮箱空间已满\n"
                "  服务器返回：552 5.2.2 Mailbox is full\n\n此邮件由系统自动发出，请勿回复。\n")
add("exmail-02", "none", notice(
    47, "PostMaster <PostMaster@exmail.qq.com>", gb("退信通知") + " Undelivered Mail Returned to Sender",
    _exmail_full, "GBK", "base64"),
    [E("5.2.2", "552", "mailboxfull")])

add("qiye163-01", "none", notice(
    48, "postmaster@qiye.163.com", mimeword("系统退信", "utf-8"),
    "您发送的邮件被退回，退信原因如下：\n\n"
    "收件人：chenjing@contoso-cn.example\n"
    "错误代码：550 User not found: chenjing@contoso-cn.example\n"
    "原因：收件人不存在，请核对地址后重新发送。\n\n"
    "Mail to chenjing@contoso-cn.example could not be delivered: 550 User not found.\n"
    "---------- 网易企业邮箱 ----------\n", "UTF-8", "base64"),
    [E("5.0.911", "550", "userunknown")])

add("qiye163-02", "none", notice(
    49, "postmaster@qiye.163.com", mimeword("系统退信", "gb2312"),
    "您发送的邮件被退回，退信原因如下：\n\n"
    "收件人：zhaolei@northwind-cn.example\n"
    "错误代码：554 DT:SPM qiye163 mx12,MsCowAC3z1a8_2Rn1a2b3c4d--.1234S2 1764040001, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23\n"
    "原因：邮件被对方系统判定为垃圾邮件。\n", "GB18030", "base64"),
    [E("5.0.980", "554", "spamdetected")])

add("coremail-01", "RFC3464", notice(
    50, "Postmaster <postmaster@mail.fabrikam-edu.example>", mimeword("系统退信", "gbk"),
    "****** 这是一封系统自动生成的邮件，请勿直接回复 ******\n\n"
    "您发送的邮件\n  收件人：sunwei@fabrikam-edu.example\n  主题：Framework agreement\n"
    "未能送达，原因是：\n"
    "  收件人邮箱已满 (552 Mailbox space is full, user's space has been used up)\n\n"
    "Your message to sunwei@fabrikam-edu.example could not be delivered: the user's space has been used up.\n",
    "GBK", "base64"),
    [E("5.0.922", "552", "mailboxfull")])

add("coremail-02", "none", notice(
    51, "Postmaster <postmaster@mail.litware-cn.example>", mimeword("系统退信", "utf-8"),
    "****** 这是一封系统自动生成的邮件，请勿直接回复 ******\n\n"
    "您发送的邮件\n  收件人：huangmin@litware-cn.example\n  主题：Framework agreement\n"
    "未能送达，原因是：\n"
    "  收件人不存在 (550 User not found or blocked)\n", "UTF-8", "base64"),
    [E("5.0.911", "550", "userunknown")])

add("alimail-01", "none", notice(
    52, "postmaster@service.aliyun.com", mimeword("退信通知", "utf-8") + " Delivery Status Notification",
    "您好，您的邮件未能发送到以下收件人：\n\n"
    "收件人：zhoujie@adventure-cn.example\n"
    "退信原因：对方服务器拒绝了您的邮件。\n"
    "对方服务器返回：550 5.7.1 Mail content denied. http://mail.163.com/help/help_spam_16.htm\n\n"
    "Hello, your message could not be delivered to zhoujie@adventure-cn.example.\n"
    "Remote server replied: 550 5.7.1 Mail content denied.\n\n阿里邮箱\n", "UTF-8", "base64"),
    [E("5.7.1", "550", "spamdetected")])

add("alimail-02", "none", notice(
    53, "postmaster@service.aliyun.com", mimeword("退信通知", "gb18030") + " Delivery Status Notification",
    "您好，您的邮件未能发送到以下收件人：\n\n"
    "收件人：liuyang@proseware-cn.example\n"
    "退信原因：发信地址SPF检查未通过。\n"
    "对方服务器返回：550 5.7.1 SPF check failed: example.com does not designate 203.0.113.10 as permitted sender\n\n"
    "阿里邮箱\n", "GB18030", "base64"),
    [E("5.7.1", "550", "authfailure")])

# ==========================================================================
# 3. European and Asian ISPs' own wording (quoted by the senders' MTAs)
# ==========================================================================

add("orange-01", "Postfix", postfix(
    54, "mail.example.com", "gerard.lambert@orange.fr",
    said("smtp-in.orange.fr", "80.12.242.9",
         "552 5.2.2 <gerard.lambert@orange.fr>: Boite du destinataire pleine. Recipient mailbox full. "
         "OFR_417 [417]"),
    "5.2.2", "552 5.2.2 <gerard.lambert@orange.fr>: Boite du destinataire pleine. Recipient mailbox full. "
             "OFR_417 [417]", "smtp-in.orange.fr"),
    [E("5.2.2", "552", "mailboxfull")])

add("orange-02", "Postfix", postfix(
    55, "mail.example.com", "anne.roux@wanadoo.fr",
    "host smtp-in.orange.fr[193.252.22.84] refused to talk to me: 550 mwinf5c10 ME Adresse IP source "
    "bloquee pour cause de spam. Blocked IP address because of spam. OFR_999 [103]",
    "5.0.0", "550 mwinf5c10 ME Adresse IP source bloquee pour cause de spam. Blocked IP address because of "
             "spam. OFR_999 [103]", "smtp-in.orange.fr"),
    [E("5.0.0", "550", "blocked")])

add("free-01", "Postfix", postfix(
    56, "mail.example.com", "nicolas.faure@free.fr",
    said("mx1.free.fr", "212.27.48.6",
         "550 5.1.1 <nicolas.faure@free.fr>: Recipient address rejected: Mailbox does not exist"),
    "5.1.1", "550 5.1.1 <nicolas.faure@free.fr>: Recipient address rejected: Mailbox does not exist",
    "mx1.free.fr"),
    [E("5.1.1", "550", "userunknown")])

add("free-02", "Exim", exim(
    57, "mx.example.com", "m.gauthier@free.fr",
    ["host mx2.free.fr [212.27.48.7]",
     "SMTP error from remote mail server after RCPT TO:<m.gauthier@free.fr>:",
     "421 4.7.0 Too many messages, please try again later."], delay=True),
    [E("4.7.0", "421", "expired")])

add("laposte-01", "Postfix", postfix(
    58, "mail.example.com", "sylvie.girard@laposte.net",
    said("smtp-in.laposte.net", "160.92.124.66",
         "552 5.2.2 <sylvie.girard@laposte.net>: Quota exceeded (mailbox for user is full)"),
    "5.2.2", "552 5.2.2 <sylvie.girard@laposte.net>: Quota exceeded (mailbox for user is full)",
    "smtp-in.laposte.net"),
    [E("5.2.2", "552", "mailboxfull")])

add("libero-01", "Postfix", postfix(
    59, "mail.example.com", "giulia.conti@libero.it",
    said("smtp-in.libero.it", "213.209.1.129",
         "550 5.1.1 <giulia.conti@libero.it>: recipient rejected / destinatario non valido"),
    "5.1.1", "550 5.1.1 <giulia.conti@libero.it>: recipient rejected / destinatario non valido",
    "smtp-in.libero.it"),
    [E("5.1.1", "550", "userunknown")])

add("libero-02", "Exim", exim(
    60, "mx.example.com", "luca.greco@libero.it",
    ["host smtp-in.libero.it [213.209.1.129]",
     "SMTP error from remote mail server after initial connection:",
     "554 smtp-in.libero.it IP 198.51.100.23 bloccato per invio di spam / blocked for spam"]),
    [E("5.0.971", "554", "blocked")])

add("virgilio-01", "Postfix", postfix(
    61, "mail.example.com", "roberto.marino@virgilio.it",
    said("smtp-in.virgilio.it", "213.209.1.130",
         "552 5.2.2 <roberto.marino@virgilio.it>: casella piena / mailbox full"),
    "5.2.2", "552 5.2.2 <roberto.marino@virgilio.it>: casella piena / mailbox full", "smtp-in.virgilio.it"),
    [E("5.2.2", "552", "mailboxfull")])

_webde = ("Diese Nachricht wurde automatisch vom Mail-System erstellt.\n\n"
          "Ihre Nachricht an folgenden Empfänger konnte nicht zugestellt werden:\n\n"
          "  \"jonas.hartmann@web.de\":\n"
          "SMTP-Fehler des Empfänger-Servers nach RCPT-Kommando:\n"
          "host: mx-ha03.web.de\n"
          "550 Requested action not taken: mailbox unavailable\n\n"
          "--- Es folgt der Header der ursprünglichen Nachricht. ---\n\n")
add("webde-01", "RFC3464", notice(
    62, "Mail Delivery System <mailer-daemon@web.de>", "Unzustellbar: Framework agreement",
    _webde + M.orig("jonas.hartmann@web.de", "Framework agreement", dt(62), "wd62.9162@example.com"),
    "UTF-8", "qp", extra_hdrs=["Auto-Submitted: auto-replied", "Envelope-To: <sender@example.com>"]),
    [E("5.0.910", "550", "filtered")])

add("gmx-01", "GMX", notice(
    63, "\"Mail Delivery System\" <mailer-daemon@gmx.net>", "Mail delivery failed: returning message to sender",
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of\n"
    "its recipients. This is a permanent error. The following address\nfailed:\n\n"
    "\"lena.schmid@gmx.de\":\n"
    "SMTP error from remote server after RCPT command:\n"
    "host: mx01.emig.gmx.net\n"
    "552-Requested mail action aborted: exceeded storage allocation\n"
    "552 Mailbox full. Please try again later.\n\n"
    "--- The header of the original message is following. ---\n\n" +
    M.orig("lena.schmid@gmx.de", "Framework agreement", dt(63), "gx63.9163@example.com"),
    extra_hdrs=["Auto-Submitted: auto-replied", "Envelope-To: <sender@example.com>"]),
    [E("5.0.922", "552", "mailboxfull")])

add("gmx-02", "Postfix", postfix(
    64, "mail.example.com", "felix.wagner@gmx.de",
    "host mx00.emig.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx017) Nemesis ESMTP "
    "Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit "
    "https://postmaster.gmx.net/en/case?c=hi&i=ip&v=198.51.100.23&r=1MxXyz-1v2w3x4y5z",
    "5.0.0", "554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR "
             "resource record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&"
             "v=198.51.100.23&r=1MxXyz-1v2w3x4y5z", "mx00.emig.gmx.net"),
    [E("5.0.0", "554", "requireptr")])

add("tonline-01", "Postfix", postfix(
    65, "mail.example.com", "k.zimmermann@t-online.de",
    "host mx00.t-online.de[194.25.134.8] refused to talk to me: 554 IP=198.51.100.23 - A problem "
    "occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    "5.0.0", "554 IP=198.51.100.23 - A problem occurred. (Ask your postmaster for help or to contact "
             "tosa@rx.t-online.de to clarify.) (BL)", "mx00.t-online.de"),
    [E("5.0.0", "554", "blocked")])

add("tonline-02", "Exim", exim(
    66, "mx.example.com", "b.krause@t-online.de",
    ["host mx02.t-online.de [194.25.134.9]",
     "SMTP error from remote mail server after RCPT TO:<b.krause@t-online.de>:",
     "550 5.1.1 <b.krause@t-online.de>: Recipient address rejected: User unknown"]),
    [E("5.1.1", "550", "userunknown")])

add("seznam-01", "Postfix", postfix(
    67, "mail.example.com", "petr.dvorak@seznam.cz",
    said("mx1.seznam.cz", "77.75.78.42",
         "550 5.7.1 Message rejected: Mail refused due to spam content / Zprava odmitnuta jako spam",
         "end of DATA"),
    "5.7.1", "550 5.7.1 Message rejected: Mail refused due to spam content / Zprava odmitnuta jako spam",
    "mx1.seznam.cz"),
    [E("5.7.1", "550", "securityerror")])

add("naver-01", "Postfix", postfix(
    68, "mail.example.com", "minji.kim@naver.com",
    said("mx1.naver.com", "125.209.238.100",
         "550 5.1.1 Recipient address rejected: minji.kim@naver.com (user unknown)"),
    "5.1.1", "550 5.1.1 Recipient address rejected: minji.kim@naver.com (user unknown)", "mx1.naver.com"),
    [E("5.1.1", "550", "userunknown")])

add("naver-02", "Postfix", postfix(
    69, "mail.example.com", "jiwoo.park@naver.com",
    said("mx3.naver.com", "125.209.238.137",
         "421 Server busy, too many connections from 198.51.100.23, try again later"),
    "4.0.0", "421 Server busy, too many connections from 198.51.100.23, try again later",
    "mx3.naver.com", delay=True),
    [E("4.0.0", "421", "toomanyconn")])

add("daum-01", "Postfix", postfix(
    70, "mail.example.com", "sora.lee@hanmail.net",
    said("mx2.hanmail.net", "211.231.106.11",
         "552 5.2.2 sora.lee@hanmail.net: Mailbox quota exceeded"),
    "5.2.2", "552 5.2.2 sora.lee@hanmail.net: Mailbox quota exceeded", "mx2.hanmail.net"),
    [E("5.2.2", "552", "mailboxfull")])

add("nifty-01", "Postfix", postfix(
    71, "mail.example.com", "haruto@nifty.com",
    said("mx.nifty.com", "202.248.37.31",
         "550 5.7.1 <haruto@nifty.com>: Recipient address rejected: user reject (refused by the "
         "recipient's setting)"),
    "5.7.1", "550 5.7.1 <haruto@nifty.com>: Recipient address rejected: user reject (refused by the "
             "recipient's setting)", "mx.nifty.com"),
    [E("5.7.1", "550", "filtered")])

add("biglobe-01", "Biglobe", notice(
    72, "postmaster@biglobe.ne.jp", "Returned mail: see transcript for details",
    "このメールは自動送信されています。\n\n"
    "   ----- The following addresses had delivery problems -----\n"
    "kaori.ito@biglobe.ne.jp\n\n"
    "   ----- Non-delivered information -----\n"
    "The number of messages in recipient's mailbox exceeded the local limit.\n\n" +
    M.orig("kaori.ito@biglobe.ne.jp", "Framework agreement", dt(72), "bg72.9172@example.com"),
    "ISO-2022-JP", "jis", extra_hdrs=["Content-Language: ja"]),
    [E("5.0.922", "", "mailboxfull")])

add("sina-01", "Postfix", postfix(
    73, "mail.example.com", "wangjun@sina.com",
    said("mx1.sina.com.cn", "202.108.3.242",
         "550 5.1.1 User unknown (wangjun@sina.com)"),
    "5.1.1", "550 5.1.1 User unknown (wangjun@sina.com)", "mx1.sina.com.cn"),
    [E("5.1.1", "550", "userunknown")])

add("sina-02", "Exim", exim(
    74, "mx.example.com", "xiaoli@sina.cn",
    ["host mx.sina.cn [121.14.32.13]",
     "SMTP error from remote mail server after RCPT TO:<xiaoli@sina.cn>:",
     "553 Mail rejected, sender IP 198.51.100.23 is listed in our blacklist"]),
    [E("5.0.901", "553", "onhold")])

add("sohu-01", "Postfix", postfix(
    75, "mail.example.com", "liuhao@sohu.com",
    said("sohumx.h.a.sohu.com", "220.181.90.22",
         "550 5.1.1 <liuhao@sohu.com>: Recipient address rejected: sohu.com user not exist"),
    "5.1.1", "550 5.1.1 <liuhao@sohu.com>: Recipient address rejected: sohu.com user not exist",
    "sohumx.h.a.sohu.com"),
    [E("5.1.1", "550", "userunknown")])

add("21cn-01", "Postfix", postfix(
    76, "mail.example.com", "linxue@21cn.com",
    said("mx.21cn.com", "14.18.151.40",
         "451 4.7.1 Too many mails from your IP, please try again later"),
    "4.7.1", "451 4.7.1 Too many mails from your IP, please try again later", "mx.21cn.com",
    delay=True),
    [E("4.7.1", "451", "blocked")])

add("263-01", "Exim", exim(
    77, "mx.example.com", "gaoming@263.net",
    ["host mx.263.net [211.150.123.40]",
     "SMTP error from remote mail server after RCPT TO:<gaoming@263.net>:",
     "550 5.1.1 Mailbox not found, user has been deleted"]),
    [E("5.1.1", "550", "userunknown")])

add("tencent-01", "Postfix", postfix(
    78, "mail.example.com", "2837465102@qq.com",
    said("mx3.qq.com", "183.3.225.43",
         "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728"),
    "5.0.0", "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    "mx3.qq.com"),
    [E("5.0.0", "550", "userunknown")])

# ==========================================================================
# 4. Delays (Action: delayed) and auto-replies
# ==========================================================================

add("delay-postfix-01", "Postfix", postfix(
    79, "mail.example.com", "team@tailspin-toys.example",
    "connect to mx.tailspin-toys.example[192.0.2.66]:25: Connection timed out",
    "4.4.1", "connect to mx.tailspin-toys.example[192.0.2.66]:25: Connection timed out", dtype="X-Postfix",
    delay=True),
    [E("4.4.1", "", "expired")])

add("delay-postfix-02", "Postfix", postfix(
    80, "mail.example.com", "julia@mailbox-greylist.example",
    said("mx.mailbox-greylist.example", "192.0.2.77",
         "450 4.2.0 <julia@mailbox-greylist.example>: Recipient address rejected: Greylisted, see "
         "https://postgrey.schweikert.ch/help/mailbox-greylist.example.html"),
    "4.2.0", "450 4.2.0 <julia@mailbox-greylist.example>: Recipient address rejected: Greylisted, see "
             "https://postgrey.schweikert.ch/help/mailbox-greylist.example.html", "mx.mailbox-greylist.example",
    delay=True),
    [E("4.2.0", "450", "expired")])

add("delay-postfix-03", "Postfix", postfix(
    81, "mail.example.com", "antoine@orange.fr",
    said("smtp-in.orange.fr", "80.12.242.9",
         "421 mwinf5c05 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, "
         "slow down. OFR005_104 [104]", "end of DATA"),
    "4.0.0", "421 mwinf5c05 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, "
             "slow down. OFR005_104 [104]", "smtp-in.orange.fr", delay=True),
    [E("4.0.0", "421", "toomanyconn")])

add("delay-exim-01", "Exim", exim(
    82, "mx.example.com", "info@coho-vineyard.example",
    ["host mx.coho-vineyard.example [192.0.2.91]: Connection refused",
     "Delay reason: retry time not reached for any host after a long failure period"], delay=True),
    [E("4.0.947", "", "expired")])

add("delay-sendmail-01", "Sendmail", sendmail(
    83, "relay.example.com", "k.yamada@biglobe.ne.jp", "mx.biglobe.ne.jp",
    "452 4.2.2 <k.yamada@biglobe.ne.jp>... Mailbox full", "4.2.2", delay=True),
    [E("4.2.2", "452", "mailboxfull")])

add("delay-exchange-01", "RFC3464", report(
    84, "Microsoft Outlook <postmaster@contoso-corp.example>", "Delivery delayed:Framework agreement",
    M.part("text/plain",
           "Delivery is delayed to these recipients or groups:\n\n"
           "marie.dupont@free.fr (marie.dupont@free.fr)\n\n"
           "Subject: Framework agreement\n\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
           "The server will keep trying to deliver this message for the next 1 days, 19 hours and 48 minutes. "
           "You'll be notified if the message can't be delivered by that time.\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: EX02.contoso-corp.example\n"
           "Receiving server: mx1.free.fr (212.27.48.6)\n\n"
           "marie.dupont@free.fr\n"
           "Remote Server at mx1.free.fr (212.27.48.6) returned '400 4.4.7 Message delayed'\n"
           "11/25/2026 7:02:41 AM - Remote Server at mx1.free.fr (212.27.48.6) returned '451 4.7.1 <marie.dupont@free.fr>: "
           "Sender address rejected: too many recipients, try later'\n", "qp", "utf-8"),
    "Reporting-MTA: dns;EX02.contoso-corp.example\nReceived-From-MTA: dns;EX01.contoso-corp.example\n"
    "Arrival-Date: Wed, 25 Nov 2026 03:14:00 +0000",
    [rec("marie.dupont@free.fr", "delayed", "4.4.7", "451 4.7.1 <marie.dupont@free.fr>: Sender address rejected: "
                                                    "too many recipients, try later",
         "mx1.free.fr", orig_rcpt=False,
         extra=["X-Display-Name: marie.dupont@free.fr"])],
    "contoso-corp.example"),
    [E("4.7.1", "451", "toomanyconn")])

add("delay-exmail-01", "none", notice(
    85, "PostMaster <PostMaster@exmail.qq.com>", gb("延迟投递通知") + " Delivery delayed",
    "您好，您发送给以下收件人的邮件暂时未能投递，系统将继续尝试重新发送，无需您重新发送：\n\n"
    "  收件人：zhangwei@contoso-cn.example\n"
    "  原因：对方服务器暂时不可用 (421 4.4.2 Connection timed out)\n\n"
    "如果在48小时内仍无法投递，系统将发送退信通知。\n", "GB18030", "base64"),
    [E("4.4.2", "421", "expired")])

_ooo = [
    ("autoreply-en-01", "Olivia Brown <olivia.brown@fabrikam.example>", "Automatic reply: Framework agreement",
     "Thank you for your message. I am out of the office from 23 November until 4 December with limited\n"
     "access to e-mail. For urgent matters please contact my colleague James Green (james.green@fabrikam.example).\n\n"
     "Kind regards,\nOlivia\n", "us-ascii", "7bit",
     ["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: olivia.brown@fabrikam.example",
      "X-Auto-Response-Suppress: All", "Thread-Topic: Framework agreement"]),
    ("autoreply-de-01", "Markus Vogel <m.vogel@t-online.de>", "Abwesenheitsnotiz: Framework agreement",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro und habe keinen\n"
     "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden\n"
     "Sie sich bitte an info@vogel-gmbh.example.\n\nMit freundlichen Grüßen\nMarkus Vogel\n", "UTF-8", "qp",
     ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]),
    ("autoreply-fr-01", "Isabelle Martin <isabelle.martin@laposte.net>", "Réponse automatique : Framework agreement",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus. Je prendrai connaissance de\n"
     "votre message à mon retour. En cas d'urgence, merci de contacter le secrétariat au 01 23 45 67 89.\n\n"
     "Cordialement,\nIsabelle Martin\n", "UTF-8", "base64",
     ["Auto-Submitted: auto-replied", "Precedence: auto_reply"]),
    ("autoreply-it-01", "Francesca Ricci <f.ricci@libero.it>", "Risposta automatica: Framework agreement",
     "Gentile mittente,\n\nsarò fuori ufficio fino al 2 dicembre con accesso limitato alla posta elettronica.\n"
     "Risponderò al mio rientro. Per questioni urgenti scrivere a segreteria@ricci-studio.example.\n\n"
     "Cordiali saluti,\nFrancesca Ricci\n", "ISO-8859-1", "qp",
     ["Auto-Submitted: auto-replied", "X-Autorespond: vacation"]),
    ("autoreply-ja-01", "Tanaka Hiroshi <h.tanaka@biglobe.ne.jp>", mimeword("自動応答: ", "iso-2022-jp") +
     " Framework agreement",
     "お世話になっております。\n\n誠に勝手ながら、11月24日から11月30日まで休暇のため不在にしております。\n"
     "12月1日以降、順次ご返信いたします。\n\n田中 浩\n", "ISO-2022-JP", "jis",
     ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]),
    ("autoreply-zh-01", "Zhang Wei <zhangwei@tailspin-cn.example>", mimeword("自动回复：", "utf-8") +
     " Framework agreement",
     "您好，您的来信已收到。我目前正在休假，12月3日返回办公室，届时将尽快回复您。\n"
     "如有急事，请联系 lina@tailspin-cn.example。\n\n谢谢！\n张伟\n", "GB18030", "base64",
     ["Auto-Submitted: auto-replied", "X-Mailer: Tencent Exmail"]),
    ("autoreply-ko-01", "Kim Minji <minji.kim@naver.com>", mimeword("[자동응답] ", "utf-8") + "Framework agreement",
     "안녕하세요. 보내주신 메일은 잘 받았습니다.\n현재 휴가 중으로 11월 30일부터 업무에 복귀합니다.\n"
     "급한 용무는 02-1234-5678로 연락 부탁드립니다.\n\n김민지 드림\n", "UTF-8", "base64",
     ["Auto-Submitted: auto-replied"]),
    ("autoreply-es-01", "Lucía Fernández <lucia.fernandez@margie-travel.example>",
     "Respuesta automática: Framework agreement",
     "Gracias por su mensaje. Estoy fuera de la oficina hasta el 1 de diciembre sin acceso al correo.\n"
     "Para asuntos urgentes, contacte con reservas@margie-travel.example.\n\nUn saludo,\nLucía\n", "UTF-8", "qp",
     ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
]
for i, (name, frm, subj, body, cs, enc, xh) in enumerate(_ooo):
    add(name, "RFC3834", notice(86 + i, frm, subj, body, cs, enc, extra_hdrs=xh + [
        "In-Reply-To: <m%02d.agreement@example.com>" % i]), [E("", "", "vacation")])

# Not bounces: an ordinary reply that mentions a failed delivery, and a
# gateway's quarantine digest.
add("notbounce-reply-01", "none", notice(
    94, "James Green <james.green@fabrikam.example>", "Re: Framework agreement",
    "Hi,\n\nOlivia is away this week, so your message to her bounced back as \"mailbox full\"? We saw\n"
    "the same here: 552 5.2.2 mailbox full. I will ask IT to raise her quota; in the meantime please\n"
    "send the agreement to me.\n\nThanks,\nJames\n\n> On 25 Nov 2026, Sender Example wrote:\n> Please find the "
    "signed framework agreement attached.\n", extra_hdrs=["In-Reply-To: <m00.agreement@example.com>"]),
    [])

add("notbounce-digest-01", "none", notice(
    95, "Spam Quarantine <quarantine@mimecast-offshore.example>", "Quarantine summary: 3 messages held",
    "Messages held for sender@example.com in the last 24 hours:\n\n"
    "  From                          Subject                       Reason\n"
    "  promo@deals.example           50% off today only            Spam detected\n"
    "  billing@invoice-mx.example    Invoice 4471 overdue          Blocked attachment (.iso)\n"
    "  no-reply@shipping.example     Your parcel is waiting        Spam score 8.1\n\n"
    "Release or block these messages at https://quarantine.mimecast-offshore.example/digest\n"),
    [])

if __name__ == "__main__":
    write_set(OUT, SETS)
