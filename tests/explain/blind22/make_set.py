#!/usr/bin/env python3
"""make_set.py: write blind22 (time and mixed outcomes: messages that
expired in the queue after retries as each MTA says it, delay notices
against final failures, DSNs whose recipients had mixed outcomes,
temporary 4xx answers made final, double bounces and null-sender notices
to postmaster) as emails/*.eml and labels.jsonl beside this file.
Deterministic: no clock, no random; run it twice and the bytes are the
same.  Labels follow README.md's policy (Sisimai's reason taxonomy, the
corpus's label format)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, POSTFIX_DELAY, SENDER, SENDMAIL_DELAY, dsn, encode_body,  # noqa: E402
                      fold, hdrs, mimeword, raw, rec, said, smtp_err, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Hi all,\n\nthe quarterly figures are in the shared folder; please send your\n"
        "comments before Friday so that we can close the report.\n\nThanks,\nSender Example\n")
M = Mime("smtp-out2.example.com with ESMTPSA id 7C41E2B8", BODY,
         dkim_b="kT7vB2nQ9xR4mW8pL1sD6hF3uE0gA5jJ2oN7iT9rX4zC6yB8vD1eF3gH5kK0lM2nP7qS9uW4xA6bC8dE1fG3h==")
SETS = []
OSUBJ = "Quarterly figures"


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, d=0, h=0):
    """A date of message n; d days and h hours after its sending."""
    day = 20 + d
    return "%s, %02d Nov 2026 %02d:%02d:%02d +0000" % (
        ["Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu"][(day - 20) % 7], day, 6 + (n % 5) + h,
        (n * 17) % 60, (n * 23) % 60)


def mid(n, host):
    return "%08X.%d@%s" % (0x5C1E0000 + n * 911, n, host)


def omid(n):
    return "qf-%03d.%d@example.com" % (n, 7300 + n)


def message(h, body):
    return "\n".join(h) + "\n" + body


def report(parts, bnd, preamble=None):
    return M.multipart("report", parts, bnd, params=" report-type=delivery-status;", preamble=preamble)


# --------------------------------------------------------------------------
# Postfix: bounces after the queue lifetime, delay warnings, success,
# postmaster copies and double bounces
# --------------------------------------------------------------------------

PF_HOST = "mail.example.com"


def pf(n, entries, kind="bounce", to=SENDER, subj=None, sender=SENDER, ret="message", ret_from=None,
       host=PF_HOST):
    """A Postfix report.  entries: (rcpt, text line, action, status, diag
    type, diag, remote MTA or None).  kind: bounce, delay, success,
    pmcopy (postmaster copy of a bounce), pmdelay (postmaster copy of a
    delay warning), double (a bounce of a bounce, sent to postmaster)."""
    qid = "4Q%dXk%02dZr" % (n % 10, n)
    intro = POSTFIX_DELAY % host if kind in ("delay", "pmdelay") else POSTFIX_INTRO % host
    if kind == "success":
        intro = ("This is the mail system at host %s.\n\nYour message was successfully delivered to the "
                 "destination(s)\nlisted below. If the message was delivered to mailbox you will receive no\n"
                 "further notifications. Otherwise you may still receive notifications of mail\ndelivery errors "
                 "from other systems.\n\n                   The mail system\n\n" % host)
    if kind in ("pmcopy", "pmdelay"):
        intro = ("Transcript of session follows.\n\n" + intro)
    text = intro + "\n".join(fold("<%s>: %s" % (e[0], e[1])) + "\n" for e in entries)
    per = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s"
           % (host, qid, sender, dt(n)))
    recs = []
    for e in entries:
        rcpt, _, action, status, dtype, diag, remote = e
        extra = ["Will-Retry-Until: %s" % dt(n, 5)] if action == "delayed" else []
        recs.append(rec(rcpt, action, status, diag, remote, dtype, extra=extra))
    when = 1 if kind in ("delay", "pmdelay") else 5
    desc_ret = "Undelivered Message" if kind not in ("delay", "pmdelay") else "Delayed Message"
    if kind == "success":
        desc_ret = "Delivered Message"
    if ret == "headers":
        returned = M.returned(entries[0][0], OSUBJ, dt(n), omid(n), "headers", frm=ret_from,
                              desc="Undelivered Message Headers")
    elif ret_from == "":
        # the returned message is itself a bounce (null sender)
        b = ("Return-Path: <>\nReceived: by mx.example.org (Postfix)\n\tid 4R1abc for <%s>; %s\n"
             "Date: %s\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: <%s>\n"
             "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\nMessage-Id: <%s>\n"
             "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
             "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients.\n\n<nobody@example.org>: unknown user\n"
             % (entries[0][0], dt(n), dt(n), entries[0][0], mid(n, "mx.example.org")))
        returned = raw(["Content-Description: %s" % desc_ret, "Content-Type: message/rfc822"], b)
    else:
        returned = M.returned(entries[0][0], OSUBJ, dt(n), omid(n), "message", desc=desc_ret)
    parts = [M.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, recs, desc="Delivery report"), returned]
    if subj is None:
        subj = {"bounce": "Undelivered Mail Returned to Sender", "delay": "Delayed Mail (still being retried)",
                "success": "Successful Mail Delivery Report", "pmcopy": "Postmaster Copy: Undelivered Mail",
                "pmdelay": "Postmaster Warning: Delayed Mail",
                "double": "Undelivered Mail Returned to Sender"}[kind]
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, subj, dt(n, when), "%s@%s" % (qid, host), to=to,
             extra=["Auto-Submitted: auto-replied"])
    return message(h, report(parts, "%s.%d/%s" % (qid, 1764230000 + n, host),
                             preamble="This is a MIME-encapsulated message.\n"))


def pfe(rcpt, line, action, status, diag=None, remote=None, dtype="smtp"):
    """One Postfix entry: diag None takes the reply after "said: ", or
    the whole line as X-Postfix."""
    if diag is None:
        if " said: " in line:
            diag = line.split(" said: ", 1)[1].rsplit(" (in reply to", 1)[0]
        else:
            diag, dtype = line, "X-Postfix"
    return (rcpt, line, action, status, dtype, diag, remote)


add("postfix-exp-01", "Postfix", pf(1, [pfe(
    "j.morel@example.org",
    "delivery temporarily suspended: connect to mx1.example.org[203.0.113.5]:25: Connection timed out",
    "failed", "4.4.1")]), [E("4.4.1", "", "expired")])
add("postfix-exp-02", "Postfix", pf(2, [pfe(
    "accounts@example.net",
    "connect to mx.example.net[198.51.100.20]:25: Connection refused", "failed", "4.4.1")]),
    [E("4.4.1", "", "expired")])
add("postfix-exp-03", "Postfix", pf(3, [pfe(
    "h.lindqvist@example.se",
    "Host or domain name not found. Name service error for name=example.se type=MX: Host not found, try again",
    "failed", "4.4.3")]), [E("4.4.3", "", "hostunknown")])
add("postfix-exp-04", "Postfix", pf(4, [pfe(
    "orders@example.biz",
    "lost connection with mx.example.biz[203.0.113.44] while receiving the initial server greeting",
    "failed", "4.4.2")]), [E("4.4.2", "", "networkerror")])
add("postfix-exp-05", "Postfix", pf(5, [pfe(
    "k.sato@example.jp",
    "conversation with mx02.example.jp[203.0.113.71] timed out while sending end of data -- message may be "
    "sent more than once", "failed", "4.4.2")]), [E("4.4.2", "", "networkerror")])
add("postfix-exp-06", "Postfix", pf(6, [pfe(
    "m.rossi@example.it",
    said("mx.example.it", "203.0.113.90", "451 4.7.1 <m.rossi@example.it>: Recipient address rejected: "
         "Greylisted, see http://postgrey.schweikert.ch/help/example.it.html"),
    "failed", "4.7.1", remote="mx.example.it")]), [E("4.7.1", "451", "blocked")])
add("postfix-exp-07", "Postfix", pf(7, [pfe(
    "support@example.de",
    said("mx.example.de", "203.0.113.17", "421 4.7.0 mx.example.de Error: too many connections from "
         "192.0.2.10", "end of DATA"),
    "failed", "4.7.0", remote="mx.example.de")]), [E("4.7.0", "421", "toomanyconn")])
add("postfix-exp-08", "Postfix", pf(8, [pfe(
    "l.dubois@example.fr",
    said("mx.example.fr", "203.0.113.33", "452 4.2.2 <l.dubois@example.fr>: Mailbox full, try again later"),
    "failed", "4.2.2", remote="mx.example.fr")]), [E("4.2.2", "452", "mailboxfull")])
add("postfix-exp-09", "Postfix", pf(9, [pfe(
    "newsletter@example.com.au",
    said("mail.example.com.au", "203.0.113.61", "450 4.7.1 Client host rejected: cannot find your hostname, "
         "[192.0.2.10]"),
    "failed", "4.7.1", remote="mail.example.com.au")]), [E("4.7.1", "450", "requireptr")])
add("postfix-exp-10", "Postfix", pf(10, [pfe(
    "info@example.pl",
    said("mx.example.pl", "203.0.113.84", "450 4.1.8 <sender@example.com>: Sender address rejected: Domain "
         "not found"),
    "failed", "4.1.8", remote="mx.example.pl")]), [E("4.1.8", "450", "rejected")])
add("postfix-exp-11", "Postfix", pf(11, [pfe(
    "t.nguyen@example.vn",
    said("mx.example.vn", "203.0.113.12", "421 4.7.0 Too many messages from 192.0.2.10, rate limit exceeded, "
         "try again later", "MAIL FROM"),
    "failed", "4.7.0", remote="mx.example.vn")]), [E("4.7.0", "421", "securityerror")])
add("postfix-exp-12", "Postfix", pf(12, [pfe(
    "b.schmidt@example.at",
    said("mx.example.at", "203.0.113.48", "450 4.2.1 <b.schmidt@example.at>: Mailbox temporarily unavailable"),
    "failed", "4.2.1", remote="mx.example.at")]), [E("4.2.1", "450", "suspend")])

add("postfix-delay-01", "Postfix", pf(13, [pfe(
    "a.kowalski@example.pl", "connect to mx.example.pl[203.0.113.84]:25: Connection timed out",
    "delayed", "4.4.1")], kind="delay", ret="headers"), [E("4.4.1", "", "expired")])
add("postfix-delay-02", "Postfix", pf(14, [pfe(
    "r.silva@example.com.br",
    said("mx.example.com.br", "203.0.113.55", "450 4.2.0 <r.silva@example.com.br>: Recipient address rejected: "
         "Greylisted, see http://postgrey.schweikert.ch/help/example.com.br.html"),
    "delayed", "4.2.0", remote="mx.example.com.br")], kind="delay", ret="headers"), [E("4.2.0", "450", "expired")])
add("postfix-delay-03", "Postfix", pf(15, [pfe(
    "ops@example.io",
    "Host or domain name not found. Name service error for name=mx.example.io type=A: Host not found, try again",
    "delayed", "4.4.3")], kind="delay", ret="headers"), [E("4.4.3", "", "networkerror")])
add("postfix-delay-04", "Postfix", pf(16, [pfe(
    "s.ivanova@example.ru",
    said("mx.example.ru", "203.0.113.29", "452 4.2.2 Mailbox is over quota, try again later"),
    "delayed", "4.2.2", remote="mx.example.ru")], kind="delay", ret="headers"), [E("4.2.2", "452", "mailboxfull")])
add("postfix-delay-05", "Postfix", pf(17, [pfe(
    "c.baker@example.co.uk",
    said("mx.example.co.uk", "203.0.113.66", "421 4.7.0 Try again later, closing connection. (EHLO)",
         "EHLO"),
    "delayed", "4.7.0", remote="mx.example.co.uk")], kind="delay", ret="headers"), [E("4.7.0", "421", "securityerror")])

add("postfix-success-01", "Postfix", pf(18, [pfe(
    "d.okafor@example.ng",
    "delivery via mx.example.ng[203.0.113.11]:25: 250 2.0.0 Ok: queued as 4R7ZpX3kQbz9",
    "delivered", "2.0.0", diag="250 2.0.0 Ok: queued as 4R7ZpX3kQbz9", remote="mx.example.ng")],
    kind="success", ret="headers"), [E("2.0.0", "250", "delivered")])

add("postfix-mixed-01", "Postfix", pf(19, [
    pfe("p.jansen@example.nl", said("mx.example.nl", "203.0.113.40", "550 5.1.1 <p.jansen@example.nl>: "
                                    "Recipient address rejected: User unknown in virtual mailbox table"),
        "failed", "5.1.1", remote="mx.example.nl"),
    pfe("e.visser@example.nl", "connect to mx.example.nl[203.0.113.40]:25: Connection timed out", "failed",
        "4.4.1"),
    pfe("board@example.nl", said("mx.example.nl", "203.0.113.40", "452 4.2.2 Quota exceeded (mailbox for user "
                                 "is full)"), "failed", "4.2.2", remote="mx.example.nl")]),
    [E("5.1.1", "550", "userunknown"), E("4.4.1", "", "expired"), E("4.2.2", "452", "mailboxfull")])

add("postfix-pmcopy-01", "Postfix", pf(20, [pfe(
    "g.horvat@example.hr", "connect to mx.example.hr[203.0.113.77]:25: No route to host", "failed", "4.4.1")],
    kind="pmcopy", to="postmaster@example.com", ret="headers"), [E("4.4.1", "", "networkerror")])
add("postfix-pmdelay-01", "Postfix", pf(21, [pfe(
    "f.yilmaz@example.com.tr",
    said("mx.example.com.tr", "203.0.113.15", "451 4.3.0 Temporary system failure, please try again later"),
    "delayed", "4.3.0", remote="mx.example.com.tr")], kind="pmdelay", to="postmaster@example.com", ret="headers"),
    [E("4.3.0", "451", "expired")])
add("postfix-double-01", "Postfix", pf(22, [pfe(
    "old-list@example.org",
    said("mx.example.org", "203.0.113.5", "550 5.1.1 <old-list@example.org>: Recipient address rejected: "
         "User unknown in local recipient table"),
    "failed", "5.1.1", remote="mx.example.org")],
    kind="double", to="postmaster@example.com", sender="", ret_from=""), [E("5.1.1", "550", "userunknown")])


# --------------------------------------------------------------------------
# Exim: retry timeout exceeded, delay warnings, two outcomes
# --------------------------------------------------------------------------

EXIM_HOST = "mx3.example.net"


def exim(n, entries, delay=False, hours=24):
    """entries: (rcpt, [lines]).  An Exim bounce or delay warning."""
    eid = "1t%dXk4-000%dAb-Q%d" % (n, n, n % 7)
    if delay:
        e0 = entries[0]
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than %d hours on the queue on %s.\n\n"
                "The message identifier is:     %s\nThe subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n  %s\n%s\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n"
                % (hours, EXIM_HOST, eid, OSUBJ, dt(n), e0[0], "\n".join("    " + l for l in e0[1])))
        h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % EXIM_HOST,
                 "Warning: message %s delayed %d hours" % (eid, hours), dt(n, 1), "E%s@%s" % (eid, EXIM_HOST),
                 extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % e0[0],
                        "Content-Type: text/plain; charset=us-ascii"])
        return message(h, "\n" + text + "\n------ This is a copy of the message's headers. ------\n\n" +
                       M.orig(e0[0], OSUBJ, dt(n), omid(n)))
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for r, lines in entries:
        text += "  %s\n%s\n" % (r, "\n".join("    " + l for l in lines))
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % EXIM_HOST, "Mail delivery failed: returning message to sender",
             dt(n, 4), "E%s@%s" % (eid, EXIM_HOST),
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % ", ".join(e[0] for e in entries),
                    "Content-Type: text/plain; charset=us-ascii"])
    return message(h, "\n" + text + "\n------ This is a copy of the message, including all the headers. ------\n\n" +
                   M.orig(entries[0][0], OSUBJ, dt(n), omid(n)) + "\n" + BODY)


add("exim-exp-01", "Exim", exim(23, [("w.becker@example.de", ["retry timeout exceeded"])]),
    [E("4.0.947", "", "expired")])
add("exim-exp-02", "Exim", exim(24, [("n.haddad@example.ae", smtp_err(
    "mx.example.ae", "203.0.113.101", "RCPT TO:<n.haddad@example.ae>",
    ["451 4.7.1 Greylisting in action, please come back later: retry timeout exceeded"]))]),
    [E("4.7.1", "451", "expired")])
add("exim-exp-03", "Exim", exim(25, [("sales@example.es", [
    "all hosts for 'example.es' have been failing for a long time (and retry time not reached)"])]),
    [E("5.0.947", "", "expired")])
add("exim-delay-01", "Exim", exim(26, [("u.petrov@example.bg", smtp_err(
    "mx.example.bg", "203.0.113.117", "RCPT TO:<u.petrov@example.bg>",
    ["452 4.2.2 Mailbox full"]))], delay=True), [E("4.2.2", "452", "expired")])
add("exim-delay-02", "Exim", exim(27, [("hello@example.ie", [
    "Delay reason: host mx.example.ie [203.0.113.122]: Connection timed out"])], delay=True, hours=4),
    [E("4.0.947", "", "expired")])
add("exim-mixed-01", "Exim", exim(28, [
    ("y.tanaka@example.jp", ["retry timeout exceeded"]),
    ("kaikei@example.jp", smtp_err("mx.example.jp", "203.0.113.130", "RCPT TO:<kaikei@example.jp>",
                                   ["550 5.1.1 <kaikei@example.jp>: Recipient address rejected: User unknown"]))]),
    [E("4.0.947", "", "expired"), E("5.1.1", "550", "userunknown")])


# --------------------------------------------------------------------------
# Sendmail: 5-day expiry, 4-hour warning, mixed outcomes, postmaster notify
# --------------------------------------------------------------------------

SM_HOST = "relay.example.com"


def sendmail(n, sections, transcript, recs, subj="Returned mail: see transcript for details", warn=False,
             to=SENDER, ret="headers"):
    """sections: [(heading, [(rcpt, reason line or None)])]."""
    qid = "4AK%02dq%dS0%d" % (n, n % 9, n)
    if warn:
        text = SENDMAIL_DELAY % (dt(n), transcript)
    else:
        text = "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n" % dt(n)
        for head, rs in sections:
            text += "   ----- %s -----\n" % head
            for r, why in rs:
                text += "<%s>\n" % r + ("    (reason: %s)\n" % why if why else "")
            text += "\n"
        text += "   ----- Transcript of session follows -----\n%s\n" % transcript
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (SM_HOST, dt(n))
    parts = [M.part("text/plain", text), dsn(per, recs)]
    parts.append(M.returned(recs[0].split("; ", 1)[1].split("\n")[0], OSUBJ, dt(n), omid(n), ret))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % SM_HOST, subj, dt(n, 1 if warn else 5),
             "202611%02d0%d.%s@%s" % (20 + (0 if warn else 5), n, qid, SM_HOST), to=to,
             extra=["Auto-Submitted: auto-generated (%s)" % ("warning-timeout" if warn else "failure")])
    return message(h, report(parts, "%s.%d/%s" % (qid, 1764230000 + n, SM_HOST)))


add("sendmail-exp-01", "Sendmail", sendmail(
    29, [("The following addresses had permanent fatal errors", [
        ("v.novak@example.cz", "451 4.4.1 reply: read error from mx.example.cz.")])],
    "... Deferred: Connection timed out with mx.example.cz.\nMessage could not be delivered for 5 days\n"
    "Message will be deleted from queue",
    [rec("v.novak@example.cz", "failed", "4.4.7", None, None, orig_rcpt=False, last=dt(29, 5))],
    subj="Returned mail: Cannot send message for 5 days"), [E("4.4.7", "451", "expired")])
add("sendmail-exp-02", "Sendmail", sendmail(
    30, [("The following addresses had permanent fatal errors", [
        ("o.berg@example.no", "421 4.3.2 Too many concurrent SMTP connections; please try again later")])],
    "... while talking to mx.example.no.:\n>>> MAIL From:<sender@example.com> SIZE=2214\n"
    "<<< 421 4.3.2 Too many concurrent SMTP connections; please try again later\n"
    "<o.berg@example.no>... Deferred: 421 4.3.2 Too many concurrent SMTP connections; please try again later\n"
    "Message could not be delivered for 5 days\nMessage will be deleted from queue",
    [rec("o.berg@example.no", "failed", "4.4.7",
         "421 4.3.2 Too many concurrent SMTP connections; please try again later", "mx.example.no",
         orig_rcpt=False, last=dt(30, 5))],
    subj="Returned mail: Cannot send message for 5 days"), [E("4.3.2", "421", "toomanyconn")])
add("sendmail-delay-01", "Sendmail", sendmail(
    31, [], "<x.chen@example.hk>... Deferred: Connection refused by mx.example.hk.",
    [rec("x.chen@example.hk", "delayed", "4.4.1", None, None, orig_rcpt=False, last=dt(31, 0, 4),
         extra=["Will-Retry-Until: %s" % dt(31, 5)])],
    subj="Warning: could not send message for past 4 hours", warn=True), [E("4.4.1", "", "blocked")])
add("sendmail-mixed-01", "Sendmail", sendmail(
    32, [("The following addresses had permanent fatal errors", [
            ("q.larsen@example.dk", "550 5.1.1 <q.larsen@example.dk>... User unknown"),
            ("bestyrelse@example.dk", "552 5.2.2 Mailbox full")]),
         ("The following addresses had transient non-fatal errors", [
             ("h.nielsen@example.dk", None)]),
         ("The following addresses had successful delivery notifications", [
             ("k.madsen@example.dk", "relayed to non-DSN-aware mailer")])],
    "... while talking to mx.example.dk.:\n>>> RCPT To:<q.larsen@example.dk>\n<<< 550 5.1.1 "
    "<q.larsen@example.dk>... User unknown\n550 5.1.1 <q.larsen@example.dk>... User unknown\n"
    ">>> RCPT To:<bestyrelse@example.dk>\n<<< 552 5.2.2 Mailbox full\n552 5.2.2 <bestyrelse@example.dk>... "
    "Mailbox full\n>>> RCPT To:<h.nielsen@example.dk>\n<<< 451 4.3.0 Temporary lookup failure\n"
    "<h.nielsen@example.dk>... Deferred: 451 4.3.0 Temporary lookup failure",
    [rec("q.larsen@example.dk", "failed", "5.1.1", "550 5.1.1 <q.larsen@example.dk>... User unknown",
         "mx.example.dk", orig_rcpt=False, last=dt(32)),
     rec("bestyrelse@example.dk", "failed", "5.2.2", "552 5.2.2 Mailbox full", "mx.example.dk", orig_rcpt=False,
         last=dt(32)),
     rec("h.nielsen@example.dk", "delayed", "4.3.0", "451 4.3.0 Temporary lookup failure", "mx.example.dk",
         orig_rcpt=False, last=dt(32), extra=["Will-Retry-Until: %s" % dt(32, 5)]),
     rec("k.madsen@example.dk", "relayed", "2.0.0", None, "mx2.example.dk", orig_rcpt=False, last=dt(32))]),
    [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull"), E("4.3.0", "451", "expired"),
     E("2.0.0", "", "delivered")])
add("sendmail-pmnotify-01", "Sendmail", sendmail(
    33, [("The following addresses had permanent fatal errors", [
        ("bounces+4711@example.org", "550 5.1.1 <bounces+4711@example.org>... User unknown")])],
    "... while talking to mx.example.org.:\n>>> RCPT To:<bounces+4711@example.org>\n"
    "<<< 550 5.1.1 <bounces+4711@example.org>... User unknown\n"
    "550 5.1.1 <bounces+4711@example.org>... User unknown",
    [rec("bounces+4711@example.org", "failed", "5.1.1", "550 5.1.1 <bounces+4711@example.org>... User unknown",
         "mx.example.org", orig_rcpt=False, last=dt(33))],
    subj="Postmaster notify: see transcript for details", to="postmaster@example.com"),
    [E("5.1.1", "550", "userunknown")])


# --------------------------------------------------------------------------
# Exchange (on premises) and Exchange Online
# --------------------------------------------------------------------------

EX_HOST = "EX02.corp.example.com"


def exchange(n, rcpts, lead, diags, status, action="failed", delay=False, remote_said=None):
    """An Exchange 2010/2013 text NDR with a DSN and the original's headers.
    rcpts: the recipients; diags: the administrator lines per recipient."""
    if delay:
        text = ("Delivery is delayed to these recipients or groups:\n\n%s\n\nSubject: %s\n\n%s\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n\n"
                % ("\n".join(rcpts), OSUBJ, lead, EX_HOST))
    else:
        text = ("Delivery has failed to these recipients or groups:\n\n%s\n%s\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n\n"
                % ("\n".join(rcpts), lead, EX_HOST))
    for r, d in zip(rcpts, diags):
        text += "%s\n%s\n\n" % (r, d)
    text += "Original message headers:\n\n" + M.orig(rcpts[0], OSUBJ, dt(n), omid(n))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp.example.com\nArrival-Date: %s" % (EX_HOST, dt(n))
    recs = []
    for i, r in enumerate(rcpts):
        st = status[i] if isinstance(status, list) else status
        act = action[i] if isinstance(action, list) else action
        rd = remote_said[i] if remote_said else None
        recs.append(rec(r, act, st, rd, None, orig_rcpt=True,
                        extra=["X-Display-Name: %s" % r.split("@")[0]]))
    parts = [M.part("text/plain", text, "qp", "us-ascii"), dsn(per, recs),
             M.returned(rcpts[0], OSUBJ, dt(n), omid(n), "headers")]
    subj = ("Delivery delayed:" if delay else "Undeliverable:") + " " + OSUBJ
    h = hdrs("Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com>"
             if not delay else "postmaster@corp.example.com", subj, dt(n, 2 if not delay else 0, 4),
             mid(n, EX_HOST), extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
                                     "Auto-Submitted: auto-replied"])
    return message(h, report(parts, "_000_%08x_" % (0x2A7E0000 + n)))


EXP_LEAD = ("A problem occurred during the delivery of this message. Microsoft Exchange will not try to redeliver "
            "this message for you. Please try resending this message later, or provide the following diagnostic "
            "text to your system administrator.")
add("exchange-exp-01", "Exchange2007", exchange(
    34, ["l.moreau@example.fr"], EXP_LEAD, ["#550 4.4.7 QUEUE.Expired; message expired ##"], "4.4.7",
    remote_said=["550 4.4.7 QUEUE.Expired; message expired"]), [E("4.4.7", "", "expired")])
add("exchange-exp-02", "Exchange2007", exchange(
    35, ["i.garcia@example.mx"], EXP_LEAD,
    ["Remote Server returned '550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error encountered "
     "while communicating with primary target IP address: \"Failed to connect. Winsock error code: 10060, Win32 "
     "error code: 10060.\" Attempted failover to alternate host, but that did not succeed. Either there are no "
     "alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was "
     "203.0.113.140:25] [LastAttemptedServerName=mx.example.mx] [LastAttemptedIP=203.0.113.140:25]'"], "4.4.7",
    remote_said=["550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error encountered while "
                 "communicating with primary target IP address: \"Failed to connect. Winsock error code: 10060, "
                 "Win32 error code: 10060.\"]"]), [E("4.4.7", "451", "expired")])
add("exchange-delay-01", "Exchange2007", exchange(
    36, ["p.white@example.ca"],
    "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
    "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
    "You'll be notified if the message can't be delivered by that time.",
    ["Remote Server at mx.example.ca (203.0.113.150) returned '400 4.4.7 Message delayed'\n"
     "11/21/2026 10:12:09 AM - Remote Server at mx.example.ca (203.0.113.150) returned '441 4.4.1 Error "
     "encountered while communicating with primary target IP address: \"Failed to connect. Winsock error code: "
     "10060, Win32 error code: 10060.\" Attempted failover to alternate host, but that did not succeed. Either "
     "there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was "
     "203.0.113.150:25'"], "4.4.7", action="delayed", delay=True,
    remote_said=["400 4.4.7 Message delayed"]), [E("4.4.7", "", "expired")])
add("exchange-mixed-01", "Exchange2007", exchange(
    37, ["n.kumar@example.in", "accounts@example.in"], EXP_LEAD,
    ["#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "#550 4.4.7 QUEUE.Expired; message expired ##"],
    ["5.1.1", "4.4.7"],
    remote_said=["550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                 "550 4.4.7 QUEUE.Expired; message expired"]),
    [E("5.1.1", "550", "userunknown"), E("4.4.7", "", "expired")])


def exo(n, rcpt, title, why, diag, status, delay=False):
    """An Exchange Online NDR: text and HTML alternative, DSN, headers."""
    host = "DB9PR08MB6714.eurprd08.prod.outlook.com"
    if delay:
        text = ("Delivery is delayed to these recipients or groups:\n\n%s (%s)<mailto:%s>\n\nSubject: %s\n\n"
                "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 23 hours and 44 minutes. "
                "You'll be notified if the message can't be delivered by that time.\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n"
                "Receiving server: %s\n\n%s\n%s\n" % (rcpt, rcpt, rcpt, OSUBJ, host, "mx.example.org", rcpt, diag))
    else:
        text = ("%s\n\n%s\n\nMore info for email admins\nStatus code: %s\n\n%s\n\n"
                "Original Message Details\nCreated Date: %s\nSender Address: %s\nRecipient Address: %s\n"
                "Subject: %s\n\nError Details\nReported error: %s\nDSN generated by: %s\n"
                % (title, why, status, "When Office 365 tries to send a message to an outside recipient, it "
                   "tries for up to 24 hours before it gives up.", dt(n), SENDER, rcpt, OSUBJ, diag, host))
    html = ("<html><body><p><b>%s</b></p><pre>%s</pre></body></html>\n" % (title, diag))
    alt = M.multipart("alternative", [M.part("text/plain", text, "qp", "utf-8"),
                                      M.part("text/html", html, "qp", "utf-8")], "_001_%08x_" % n, preamble="")
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp-out2.example.com\nArrival-Date: %s" % (host, dt(n))
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, "mx.example.org")
    parts = [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")]
    h = hdrs("Microsoft Outlook <postmaster@example.onmicrosoft.com>" if not delay else
             "postmaster@example.onmicrosoft.com",
             ("Delivery delayed:" if delay else "Undeliverable:") + " " + OSUBJ, dt(n, 1), mid(n, "outlook.com"),
             extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"])
    return message(h, report(parts, "_002_%08x_" % (0x3B000000 + n)))


add("exo-exp-01", "Office365", exo(
    38, "r.costa@example.pt", "Your message to r.costa@example.pt couldn't be delivered.",
    "The message couldn't be delivered because the recipient's email server kept refusing or dropping the "
    "connection. Office 365 gave up after trying for 24 hours.",
    "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.397 Error communicating with target host. -> 421 "
    "4.4.2 Connection dropped due to SocketError] [LastAttemptedServerName=mx.example.pt] "
    "[LastAttemptedIP=203.0.113.160:25]", "4.4.7"), [E("4.4.7", "421", "blocked")])
add("exo-exp-02", "Office365", exo(
    39, "z.ahmed@example.pk", "Your message to z.ahmed@example.pk couldn't be delivered.",
    "Office 365 couldn't deliver the message; the destination server did not answer before the message expired.",
    "550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host. -> 421 4.4.316 Connection "
    "refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.pk] "
    "[LastAttemptedIP=203.0.113.170:25]", "5.4.300"), [E("5.4.300", "550", "onhold")])
add("exo-exp-03", "Office365", exo(
    40, "m.fischer@example.ch", "Your message to m.fischer@example.ch couldn't be delivered.",
    "The destination domain's DNS could not be resolved for the whole time the message was retried.",
    "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 DNS query failed. The error was: DNS query "
    "failed with error: ServerFailure] [LastAttemptedServerName=example.ch]", "4.4.7"),
    [E("4.4.7", "451", "expired")])
add("exo-delay-01", "Office365", exo(
    41, "t.kim@example.kr", "Delivery delayed", "",
    "451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" Attempted failover to "
    "alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all "
    "alternate hosts. The last endpoint attempted was 203.0.113.180:25", "4.4.0", delay=True),
    [E("4.4.0", "421", "expired")])


# --------------------------------------------------------------------------
# qmail, Courier, Domino
# --------------------------------------------------------------------------

def qmail(n, entries, bounce_bounced=False, host="mail.example.net", to=SENDER):
    """entries: (rcpt, text).  qmail-send's failure notice."""
    if bounce_bounced:
        text = ("Hi. This is the qmail-send program at %s.\nI tried to deliver a bounce message to this address, "
                "but the bounce bounced!\n\n" % host)
    else:
        text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to "
                "the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                % host)
    for r, t in entries:
        text += "<%s>:\n%s\n\n" % (r, t)
    text += "--- Below this line is a copy of the message.\n\n"
    orig = M.orig(entries[0][0], OSUBJ, dt(n), omid(n)) + "\n" + BODY
    if bounce_bounced:
        orig = ("Return-Path: <>\nReceived: (qmail 21844 invoked for bounce); %s\nDate: %s\n"
                "From: MAILER-DAEMON@%s\nTo: %s\nSubject: failure notice\n\nHi. This is the qmail-send program at "
                "%s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                % (dt(n), dt(n), host, entries[0][0], host))
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", dt(n, 7), mid(n, host), to=to)
    return message(h, "\n" + text + orig)


add("qmail-exp-01", "qmail", qmail(42, [("e.santos@example.com.br",
                                         "I'm not going to try again; this message has been in the queue too long.")]),
    [E("5.0.947", "", "expired")])
add("qmail-exp-02", "qmail", qmail(43, [("d.lee@example.sg",
                                         "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
                                         "I'm not going to try again; this message has been in the queue too long.")]),
    [E("4.4.1", "", "networkerror")])
add("qmail-exp-03", "qmail", qmail(44, [("m.ali@example.eg",
                                         "203.0.113.190 does not like recipient.\n"
                                         "Remote host said: 451 4.7.1 Please try again later (greylisted)\n"
                                         "I'm not going to try again; this message has been in the queue too long.")]),
    [E("4.7.1", "451", "blocked")])
add("qmail-double-01", "qmail", qmail(45, [("bounce-handler@example.org",
                                            "Sorry, no mailbox here by that name. (#5.1.1)")], bounce_bounced=True,
                                      to="postmaster@mail.example.net"),
    [E("5.1.1", "", "userunknown")])


def courier(n, rcpt, lines, status, action="failed", diag=None):
    host = "mail.example.net"
    delayed = action == "delayed"
    head = "DELAYED MAIL" if delayed else "UNDELIVERABLE MAIL"
    lead = ("Your message to the following recipients has been delayed.\nDelivery attempts will continue to be "
            "made for a limited time." if delayed else
            "Your message to the following recipients cannot be delivered:")
    text = ("This is a delivery status notification from %s,\nrunning the Courier mail server, version 1.1.10.\n\n"
            "The original message was received on %s\nfrom smtp.example.com [192.0.2.10]\n\n"
            "---------------------------------------------------------------------------\n\n"
            "%s%s\n\n%s\n\n<%s>:\n%s\n\n"
            "---------------------------------------------------------------------------\n\n"
            "If your message was also sent to additional recipients, their delivery\nstatus is not included in this "
            "report.  You may or may not receive\nother delivery status notifications for additional recipients.\n\n"
            "The original message follows as a separate attachment.\n"
            % (host, dt(n), " " * 27, head, lead, rcpt, "\n".join("    " + l for l in lines)))
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, dt(n))
    r = rec(rcpt, action, status, diag, "mx.example.org" if diag else None, orig_rcpt=False)
    parts = [M.part("text/plain", text, cs="us-ascii"), dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n))]
    h = hdrs("Courier mail server at %s <@>" % host,
             "WARNING: delayed mail." if delayed else "NOTICE: mail delivery status.", dt(n, 1 if delayed else 7),
             "courier.%08X.%d@%s" % (0x67400000 + n, n, host))
    return message(h, report(parts, "=_courier-%d-%d" % (20000 + n, 1764230000 + n)))


add("courier-exp-01", "Courier", courier(46, "a.popescu@example.ro", [
    "mx.example.ro [203.0.113.200]:", "Connection timed out", "Message delivery has timed out."], "4.4.7"),
    [E("4.4.7", "", "expired")])
add("courier-delay-01", "Courier", courier(47, "ops@example.hu", [
    ">>> RCPT TO:<ops@example.hu>", "<<< 450 4.2.1 ops@example.hu: mailbox temporarily unavailable, try later"],
    "4.2.1", action="delayed", diag="450 4.2.1 ops@example.hu: mailbox temporarily unavailable, try later"),
    [E("4.2.1", "450", "suspend")])


def domino(n, rcpt, because):
    host = "notes01.corp.example.com"
    text = ("Your message\n\n  Subject: %s\n\nwas not delivered to:\n\n  %s\n\nbecause:\n\n  %s\n"
            % (OSUBJ, rcpt, because))
    parts = [M.part("text/plain", text, cs="us-ascii"), M.returned(rcpt, OSUBJ, dt(n), omid(n))]
    h = hdrs("Mail Router <postmaster@%s>" % host.split(".", 1)[1], "DELIVERY FAILURE: %s" % because.split(".")[0],
             dt(n, 3), mid(n, host), extra=["X-Mailer: HCL Domino 12.0.2"])
    return message(h, M.multipart("mixed", parts, "0__=8FBB0A%02dDFD%dE8f9e8a93df938690918c8FBB0A%02dDF" % (n, n, n)))


add("domino-exp-01", "Domino", domino(48, "k.wagner@example.de", "Delivery time expired"),
    [E("5.0.947", "", "expired")])


# --------------------------------------------------------------------------
# Gmail
# --------------------------------------------------------------------------

def gmail(n, rcpt, delay, title, lead, resp, status, diag):
    text = ("** %s **\n\n%s\n\nThe response was:\n\n%s\n" % (title, lead, resp))
    html = "<html><body><h2>%s</h2><p>%s</p><p>The response was:</p><p>%s</p></body></html>\n" % (title, lead, resp)
    alt = M.multipart("alternative", [M.part("text/plain", text, "7bit", "UTF-8"),
                                      M.part("text/html", html, "qp", "UTF-8")], "000000000000a%05d" % n, preamble="")
    per = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sender@example.com\nArrival-Date: %s\n"
           "X-Original-Message-ID: <%s>" % (dt(n), omid(n)))
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, None, orig_rcpt=False,
            last=dt(n, 0 if delay else 2), extra=["Will-Retry-Until: %s" % dt(n, 2)] if delay else [])
    parts = [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n))]
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
             "Delivery Status Notification (%s)" % ("Delay" if delay else "Failure"), dt(n, 0 if delay else 2, 3),
             "%d.gmail@mx.google.com" % (60000 + n),
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % rcpt])
    return message(h, report(parts, "000000000000b%05d" % n))


CONN = ("The recipient server did not accept our requests to connect. Learn more at "
        "https://support.google.com/mail/answer/7720")
add("gmail-exp-01", "Gmail", gmail(
    49, "s.hosseini@example.ir", False, "Message not delivered",
    "There was a problem delivering your message to s.hosseini@example.ir. See the technical details below.",
    CONN + " \n[mx.example.ir. 203.0.113.210: timed out]", "4.4.1",
    CONN + "\n [mx.example.ir. 203.0.113.210: timed out]"), [E("4.4.1", "", "expired")])
add("gmail-delay-01", "Gmail", gmail(
    50, "j.smith@example.us", True, "Delivery incomplete",
    "There was a temporary problem delivering your message to j.smith@example.us. Gmail will retry for 46 more "
    "hours. You'll be notified if the delivery fails permanently.",
    CONN + " \n[mx.example.us. 203.0.113.220: 421-4.7.0 Too many concurrent connections from this IP]",
    "4.4.1", CONN + "\n [mx.example.us. 203.0.113.220: 421-4.7.0 Too many concurrent connections from this IP]"),
    [E("4.4.1", "421", "expired")])
add("gmail-exp-02", "Gmail", gmail(
    51, "hr@example.gr", False, "Message not delivered",
    "There was a problem delivering your message to hr@example.gr. See the technical details below.",
    "DNS Error: DNS type 'mx' lookup of example.gr responded with code SERVFAIL\nDomain name not found: example.gr",
    "4.4.3", "DNS Error: DNS type 'mx' lookup of example.gr responded with code SERVFAIL\n "
    "Domain name not found: example.gr"), [E("4.4.3", "", "onhold")])


# --------------------------------------------------------------------------
# A generic RFC 3464 DSN: "notification only" delay, mixed outcomes with an
# expanded list
# --------------------------------------------------------------------------

def rfc3464(n, host, text, recs, subj, frm=None, to=SENDER):
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, dt(n))
    parts = [M.part("text/plain", text, cs="utf-8"), dsn(per, recs), M.returned(
        recs[0].split("; ", 1)[1].split("\n")[0], OSUBJ, dt(n), omid(n), "headers")]
    h = hdrs(frm or "Mail Delivery System <postmaster@%s>" % host, subj, dt(n, 1), mid(n, host), to=to,
             extra=["Auto-Submitted: auto-replied"])
    return message(h, report(parts, "----=_DSN_%d_%d" % (n, 4242 + n)))


add("rfc3464-delay-01", "RFC3464", rfc3464(
    52, "gw.example.net",
    "This is a delivery status notification only, no action is required on your part.\n\n"
    "Your message to <f.romano@example.it> has not been delivered yet. The receiving server\n"
    "answered with a temporary error; delivery will be retried for up to 4 more days.\n",
    [rec("f.romano@example.it", "delayed", "4.4.7", "451 4.3.0 Temporary failure, please try again later",
         "mx.example.it", extra=["Will-Retry-Until: %s" % dt(52, 5)])],
    "Delivery Status Notification (Delay)"), [E("4.4.7", "451", "expired")])
add("rfc3464-mixed-01", "RFC3464", rfc3464(
    53, "mta2.example.net",
    "This is an automatically generated Delivery Status Notification.\n\n"
    "Delivery to the following recipients was successful:\n    staff@example.net (expanded to 12 members)\n"
    "    g.weber@example.org\n\n"
    "Delivery to the following recipients failed permanently:\n    nobody.here@example.org\n\n"
    "Delivery to the following recipients has been delayed:\n    w.zhang@example.cn\n",
    [rec("staff@example.net", "expanded", "2.0.0", None, None),
     rec("g.weber@example.org", "delivered", "2.0.0", "250 2.0.0 OK 1764230553 q12si", "mx.example.org"),
     rec("nobody.here@example.org", "failed", "5.1.1",
         "550 5.1.1 <nobody.here@example.org>: Recipient address rejected: User unknown", "mx.example.org"),
     rec("w.zhang@example.cn", "delayed", "4.4.1", "421 4.4.1 Connection timed out", "mx.example.cn",
         extra=["Will-Retry-Until: %s" % dt(53, 3)])],
    "Delivery Status Notification"),
    [E("2.0.0", "", "delivered"), E("2.0.0", "250", "delivered"), E("5.1.1", "550", "userunknown"),
     E("4.4.1", "421", "expired")])
add("rfc3464-null-01", "RFC3464", rfc3464(
    54, "mx.example.org",
    "Your message could not be delivered to the following recipient, who is the\n"
    "sender of an automatic notice you sent from a null return path:\n\n    <ex-employee@example.org>\n\n"
    "The server said: 550 5.2.1 Account disabled\n",
    [rec("ex-employee@example.org", "failed", "5.2.1", "550 5.2.1 <ex-employee@example.org>: Account disabled",
         "mx.example.org")],
    "Undeliverable: Automatic reply: " + OSUBJ, frm="postmaster@mx.example.org", to="postmaster@example.com"),
    [E("5.2.1", "550", "filtered")])


# --------------------------------------------------------------------------
# Chinese providers' notices of a timeout (no DSN)
# --------------------------------------------------------------------------

def cn_text(n, frm, host, subj, text, cs, enc):
    cte, body = encode_body(text, enc, cs)
    parts = [M.part("text/plain", text, enc, cs), M.returned("x@example.cn", OSUBJ, dt(n), omid(n), "message")]
    h = hdrs(frm, mimeword(subj, cs), dt(n, 2), mid(n, host))
    return message(h, M.multipart("mixed", parts, "----=_Part_%d_%d.%d" % (n, 2200 + n, 1764230000 + n)))


add("qq-exp-01", "none", cn_text(
    55, "\"QQ邮箱\" <postmaster@qq.com>", "qq.com", "退信通知：" + OSUBJ,
    "很抱歉您的邮件未能成功投递到以下收件人。\n\n收件人：zhou.min@example.cn\n"
    "退信原因：连接对方邮件服务器超时，已多次重试仍未成功，邮件已过期退回。\n"
    "错误信息：connect to mx.example.cn[203.0.113.230]:25: Connection timed out\n\n"
    "建议：请确认收件人域名的邮件服务器是否正常，稍后重新发送。\n", "gb18030", "base64"),
    [E("5.0.947", "", "expired")])
add("netease-exp-01", "none", cn_text(
    56, "Postmaster <postmaster@163.com>", "m16-%d.163.com" % 56, "系统退信",
    "尊敬的用户您好：\n\n您发送的邮件《%s》在投递过程中超时，未能送达以下地址：\n\n    he.jun@example.cn\n\n"
    "失败原因：对方服务器长时间无响应，系统已重试48小时。\n"
    "服务器返回信息：421 4.4.2 mx.example.cn Error: timeout exceeded\n\n网易邮箱\n" % OSUBJ, "utf-8", "qp"),
    [E("4.4.2", "421", "networkerror")])
add("sina-exp-01", "none", cn_text(
    57, "Mail Delivery Subsystem <MAILER-DAEMON@sina.com>", "sina.com", "邮件投递失败（超时）",
    "您好，\n\n这是 sina.com 邮件系统的自动回复。很遗憾，您的信件在队列中等待过久，无法投递到下列地址：\n\n"
    "<tang.li@example.cn>\n\n最后一次尝试时远程服务器返回：451 4.7.1 Service unavailable - try again later "
    "(rate limit exceeded)\n\n-- 新浪邮箱\n", "gbk", "base64"),
    [E("4.7.1", "451", "blocked")])


if __name__ == "__main__":
    write_set(OUT, SETS)
