#!/usr/bin/env python3
"""make_set.py: write blind20 (older and appliance mail servers with
their own bounce templates: Lotus Domino, Novell GroupWise, MDaemon,
Kerio Connect, IceWarp, hMailServer, Zimbra, Axigen, SmarterMail, Sun /
Oracle Communications Messaging Server, Exchange 2010/2013 NDRs in
several languages, Courier, qmail-ldap, Postfix with a custom bounce
template, and the Japanese mobile carriers' notices in ISO-2022-JP) as
emails/*.eml and labels.jsonl beside this file.  Deterministic: no clock,
no random; run it twice and the bytes are the same.  The labels follow
README.md's policy (Sisimai's reason taxonomy, the corpus's label
format)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, SENDER, dsn, encode_body, fold, hdrs,  # noqa: E402
                      mimeword, rec, said, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Hi,\n\nthe revised maintenance schedule for December is below; please\n"
        "tell me by Thursday whether the 14th still works for your team.\n\nRegards,\nSender Example\n")
M = Mime("relay1.example.com with ESMTPSA id 7C1E93B2", BODY,
         dkim_b="Yb6t2QmW9nKc4xR1pV3sLd8hF5uE0gA7jJ2oN6iT4rX8zC1yB3vD5eF9gH2kK7lM0nP4qS6uW8xA3bC5dE9fG1h==")
SETS = []
OSUBJ = "December maintenance schedule"


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, h=0):
    """The date of message n (h hours later for a warning's own date)."""
    return "Tue, 24 Nov 2026 %02d:%02d:%02d +0000" % (6 + (n // 30) + h, (n * 11) % 60, (n * 17) % 60)


def message(h, body):
    return "\n".join(h) + "\n" + body


def mid(n, host):
    return "%08X.%d@%s" % (0x5A3C0000 + n * 977, n, host)


def omid(n):
    return "sched-%03d.%d@example.com" % (n, 4400 + n)


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------

def report(n, frm, subj, text, recs, host, per_extra="", cs="us-ascii", enc="7bit", ret="headers", xh=(),
           to=SENDER, rcpt="", ctype="text/plain"):
    """A multipart/report: the server's own text, the delivery-status part
    (recs: rec() strings), the returned original (headers or message)."""
    per = "Reporting-MTA: dns; %s\n%sArrival-Date: %s" % (host, per_extra, dt(n))
    parts = [M.part(ctype, text, enc, cs), dsn(per, recs),
             M.returned(rcpt or to, OSUBJ, dt(n), omid(n), ret)]
    h = hdrs(frm, subj, dt(n, 1), mid(n, host), to=to, extra=list(xh))
    return message(h, M.multipart("report", parts, "=_rpt%04d_%s" % (n, host.split(".")[0]),
                                  params=" report-type=delivery-status;"))


def mixed(n, frm, subj, text, host, rcpt, cs="us-ascii", enc="7bit", ret="message", xh=()):
    """A text notice with the original attached (multipart/mixed)."""
    parts = [M.part("text/plain", text, enc, cs)]
    if ret:
        parts.append(M.returned(rcpt, OSUBJ, dt(n), omid(n), ret))
    h = hdrs(frm, subj, dt(n, 1), mid(n, host), extra=list(xh))
    return message(h, M.multipart("mixed", parts, "----=_NextPart_%03d_%04X" % (n, 0x1F00 + n)))


def single(n, frm, subj, text, host, cs="us-ascii", enc="7bit", xh=()):
    """A one-part text notice (the original inline or not at all)."""
    cte, body = encode_body(text, enc, cs)
    h = hdrs(frm, subj, dt(n, 1), mid(n, host),
             extra=list(xh) + ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte])
    return message(h, "\n" + body.rstrip("\n") + "\n")


def postfix(n, host, rcpt, text, status, diag, remote=None, intro=None, subject=None, dtype="smtp", cs="us-ascii",
            enc="7bit"):
    """A Postfix bounce; intro: a custom bounce template's text (% host)."""
    qid = "4Mq%02dTz%dHb" % (n, n % 10)
    body = (intro or POSTFIX_INTRO) % host + "<%s>: %s\n" % (rcpt, fold(text))
    per = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s"
           % (host, qid, SENDER, dt(n)))
    r = rec(rcpt, "failed", status, diag, remote, dtype=dtype)
    ret = M.returned(rcpt, OSUBJ, dt(n), omid(n), "message", desc="Undelivered Message")
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host,
             subject or "Undelivered Mail Returned to Sender", dt(n, 1), "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-replied"])
    parts = [M.part("text/plain", body, enc, cs, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"), ret]
    return message(h, M.multipart("report", parts, "%s.%d/%s" % (qid, 1764000000 + n, host),
                                  params=" report-type=delivery-status;"))


# --------------------------------------------------------------------------
# Lotus Domino (its own text bounce, and its DSN)
# --------------------------------------------------------------------------

def domino(n, rcpt, why, status, subj_why=None, diag=None, remote=None):
    host = "notes01.example.net"
    text = ("Your message\n\n  Subject: %s\n\nwas not delivered to:\n\n  %s\n\nbecause:\n\n  %s\n"
            % (OSUBJ, rcpt, why))
    subj = "DELIVERY FAILURE: %s" % (subj_why or why)
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False)
    return report(n, "Postmaster@example.net", subj, text, [r], host, rcpt=rcpt, ret="message")


add("domino-01", "Domino", domino(1, "k.watanabe@example.net",
                                   "User k.watanabe (k.watanabe@example.net) not listed in Domino Directory",
                                   "5.0.0"),
    [E("5.0.0", "", "userunknown")])
add("domino-02", "Domino", domino(2, "r.moreau@example.net",
                                   "Recipient's Domino Directory entry does not specify a valid Notes mail file",
                                   "5.0.0"),
    [E("5.0.0", "", "onhold")])
add("domino-03", "Domino", domino(3, "p.lindqvist@partner.example.org",
                                   "Error transferring to mx1.partner.example.org; SMTP Protocol Returned a Permanent "
                                   "Error 550 5.2.2 Mailbox quota exceeded for this recipient",
                                   "5.2.2", diag="550 5.2.2 Mailbox quota exceeded for this recipient",
                                   remote="mx1.partner.example.org"),
    [E("5.2.2", "550", "mailboxfull")])
add("domino-04", "Domino", domino(4, "t.obrien@example.net",
                                   "Router: Maximum hop count exceeded.  Message probably in a routing loop.",
                                   "5.4.6"),
    [E("5.4.6", "", "networkerror")])


def domino_ooo(n):
    host = "notes01.example.net"
    text = ("I will be out of the office starting  23.11.2026 and will not return until\n30.11.2026.\n\n"
            "I will respond to your message when I return. For urgent matters please\ncontact "
            "service-desk@example.net.\n")
    h = hdrs("Kenji Sato <k.sato@example.net>", "AUTO: Kenji Sato is out of the office (returning 30.11.2026)",
             dt(n, 1), mid(n, host), rp="<>", extra=["Auto-Submitted: auto-generated", "X-Mailer: Lotus Domino",
                                                    "In-Reply-To: <%s>" % omid(n),
                                                    "Content-Type: text/plain; charset=US-ASCII",
                                                    "Content-Transfer-Encoding: 7bit"])
    return message(h, "\n" + text)


add("domino-05", "RFC3834", domino_ooo(59), [E("", "", "vacation", hard=False)])

# --------------------------------------------------------------------------
# Novell GroupWise (GWIA's DSN; its text)
# --------------------------------------------------------------------------

def groupwise(n, rcpt, status, diag, remote, lines):
    host = "gwia.example.edu"
    text = ("The message that you sent was not delivered to the following recipient(s):\n\n  %s\n\n%s\n"
            "The original message header is attached.\n" % (rcpt, "".join("  %s\n" % l for l in lines)))
    r = rec(rcpt, "failed", status, diag, remote)
    return report(n, "Mail Delivery System <postmaster@gwia.example.edu>", "Message status - undeliverable",
                  text, [r], host, rcpt=rcpt)


add("groupwise-01", "RFC3464", groupwise(5, "mhall@students.example.edu", "5.1.1",
                                          "550 5.1.1 mhall@students.example.edu... User unknown",
                                          "mx.students.example.edu",
                                          ["Reason: 550 5.1.1 mhall@students.example.edu... User unknown"]),
    [E("5.1.1", "550", "userunknown")])
add("groupwise-02", "RFC3464", groupwise(6, "dpatel@example.edu", "5.2.2",
                                          "552 5.2.2 Mailbox size limit exceeded", "mx.example.edu",
                                          ["Reason: 552 5.2.2 Mailbox size limit exceeded"]),
    [E("5.2.2", "552", "mailboxfull")])
add("groupwise-03", "RFC3464", groupwise(7, "ljensen@example.edu", "5.7.1",
                                          "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked "
                                          "using zen.spamhaus.org", "mx2.example.edu",
                                          ["Reason: 554 5.7.1 Service unavailable; Client host [198.51.100.23] "
                                           "blocked using zen.spamhaus.org"]),
    [E("5.7.1", "554", "blocked")])

# --------------------------------------------------------------------------
# MDaemon (its text notice with the session transcript)
# --------------------------------------------------------------------------

def mdaemon(n, rcpt, remote, ip, cmd, reply, permanent=True):
    host = "mail.example-gmbh.de"
    ts = "Tue 2026-11-24 06:%02d:%02d.%03d" % ((n * 11) % 60, (n * 17) % 60, n * 37 % 1000)
    lines = ["Session Transcript:",
             "%s: Parsing message <mdaemon-out\\pd%08d.msg>" % (ts, 50000 + n),
             "%s: *  From: sender@example.com" % ts,
             "%s: *  To: %s" % (ts, rcpt),
             "%s: *  Subject: %s" % (ts, OSUBJ),
             "%s: Attempting SMTP connection to [%s : 25]" % (ts, remote),
             "%s: Resolving MX records for [%s] (DNS Server: 192.0.2.53)..." % (ts, rcpt.split("@")[1]),
             "%s: Attempting SMTP connection to [%s:25]" % (ts, ip),
             "%s: Waiting for socket connection..." % ts,
             "%s: *  Connection established (192.0.2.30:51%03d -> %s:25)" % (ts, n, ip),
             "%s: Waiting for protocol to start..." % ts,
             "%s: <-- 220 %s ESMTP" % (ts, remote),
             "%s: --> EHLO mail.example-gmbh.de" % ts,
             "%s: <-- 250-%s" % (ts, remote),
             "%s: <-- 250 8BITMIME" % ts,
             "%s: --> MAIL From:<sender@example.com> SIZE=2144" % ts,
             ]
    if cmd == "RCPT":
        lines += ["%s: <-- 250 2.1.0 Ok" % ts, "%s: --> RCPT To:<%s>" % (ts, rcpt)]
    lines += ["%s: <-- %s" % (ts, reply), "%s: --> QUIT" % ts, "End of Transcript"]
    text = ("The attached message had PERMANENT fatal delivery errors!\n\n"
            "After one or more unsuccessful delivery attempts the attached message has\n"
            "been removed from the mail queue on this server.  The number and frequency\n"
            "of delivery attempts are determined by local configuration parameters.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.  IT HAS BEEN REMOVED FROM THE QUEUE\n"
            "AND WILL NOT BE DELIVERED TO THE RECIPIENTS LISTED BELOW.\n\n"
            "--- Session Transcript ---\n" + "\n".join(lines[1:]) + "\n--- End Transcript ---\n")
    return mixed(n, "MDaemon@%s" % host, "Permanent Delivery Failure", text, host, rcpt,
                 xh=["X-MDaemon-Deliver-To: %s" % SENDER, "X-MDSend-Notifications-To: [trash]"])


add("mdaemon-01", "none", mdaemon(8, "felix.braun@example.de", "mx.example.de", "203.0.113.41", "RCPT",
                                  "550 5.1.1 <felix.braun@example.de>: Recipient address rejected: User unknown in "
                                  "virtual mailbox table"),
    [E("5.1.1", "550", "userunknown")])
add("mdaemon-02", "none", mdaemon(9, "info@example-shop.de", "mail.example-shop.de", "203.0.113.77", "MAIL",
                                  "554 5.7.1 Service unavailable; Client host [192.0.2.30] blocked using "
                                  "bl.spamcop.net"),
    [E("5.7.1", "554", "blocked")])
add("mdaemon-03", "none", mdaemon(10, "a.schulz@example.at", "mx01.example.at", "203.0.113.90", "RCPT",
                                  "552 5.2.2 Quota exceeded (mailbox for user is full)"),
    [E("5.2.2", "552", "mailboxfull")])

# --------------------------------------------------------------------------
# Kerio Connect (DSN with its own text)
# --------------------------------------------------------------------------

def kerio(n, rcpt, status, diag, remote, why):
    host = "mail.example.cz"
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            "   Subject:  %s\n   Sent:     %s\n\n"
            "The following recipient(s) could not be reached:\n\n"
            "   %s\n      Error Type: SMTP\n      %s\n\n"
            "Kerio Connect 10.0.2\n" % (OSUBJ, dt(n), rcpt, why))
    r = rec(rcpt, "failed", status, diag, remote)
    return report(n, "Kerio Connect <postmaster@example.cz>", "Undeliverable: %s" % OSUBJ, text, [r], host,
                  rcpt=rcpt)


add("kerio-01", "RFC3464", kerio(11, "jan.novak@example.sk", "5.1.1",
                                 "550 5.1.1 <jan.novak@example.sk>: Recipient address rejected: User unknown in "
                                 "local recipient table", "mx.example.sk",
                                 "Remote server (203.0.113.12) issued an error: 550 5.1.1 <jan.novak@example.sk>: "
                                 "Recipient address rejected: User unknown in local recipient table"),
    [E("5.1.1", "550", "userunknown")])
add("kerio-02", "RFC3464", kerio(12, "p.dvorak@example.cz", "4.4.7", None, None,
                                 "Delivery time expired, the message could not be delivered in 5 days "
                                 "(connection to mx.example.cz timed out)"),
    [E("4.4.7", "", "expired")])
add("kerio-03", "RFC3464", kerio(13, "m.horakova@example.cz", "5.3.4",
                                 "552 5.3.4 Message size exceeds fixed limit", "mx.example.cz",
                                 "Remote server (203.0.113.19) issued an error: 552 5.3.4 Message size exceeds "
                                 "fixed limit"),
    [E("5.3.4", "552", "mesgtoobig")])

# --------------------------------------------------------------------------
# hMailServer (its text NDR, no DSN part)
# --------------------------------------------------------------------------

def hmail(n, rcpt, ip, cmd, reply):
    host = "mail.example.co.uk"
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            "   Sent: %s\n   Subject: %s\n\n"
            "The following recipient(s) could not be reached:\n\n"
            "%s\n   Error Type: SMTP\n   Remote server (%s) issued an error.\n"
            "   hMailServer sent: %s\n   Remote server replied: %s\n\n" % (dt(n), OSUBJ, rcpt, ip, cmd, reply))
    return mixed(n, "mailer-daemon@%s" % host, "Message undeliverable: %s" % OSUBJ, text, host, rcpt)


add("hmailserver-01", "RFC3464", hmail(14, "gemma.hughes@example.co.uk", "203.0.113.50",
                                    "RCPT TO:<gemma.hughes@example.co.uk>",
                                    "550 5.1.1 <gemma.hughes@example.co.uk>: Recipient address rejected: "
                                    "User unknown in virtual alias table"),
    [E("5.1.1", "550", "userunknown")])
add("hmailserver-02", "RFC3464", hmail(15, "orders@example-store.co.uk", "203.0.113.51", "DATA",
                                    "550 Message content rejected as spam"),
    [E("5.0.980", "550", "spamdetected")])
add("hmailserver-03", "RFC3464", hmail(16, "ian.ross@example.ie", "203.0.113.52",
                                    "MAIL FROM:<sender@example.com>",
                                    "550 5.7.1 Sender address rejected: Domain not found"),
    [E("5.7.1", "550", "rejected")])

# --------------------------------------------------------------------------
# Zimbra (Postfix in front of its LMTP store; amavis)
# --------------------------------------------------------------------------

add("zimbra-01", "Postfix", postfix(17, "zimbra.example.org", "lucia.romero@example.org",
                                    "host zmstore1.example.org[10.0.4.11] said: 550 5.1.1 "
                                    "<lucia.romero@example.org>: Recipient address rejected: example.org "
                                    "(in reply to RCPT TO command)", "5.1.1",
                                    "550 5.1.1 <lucia.romero@example.org>: Recipient address rejected: example.org",
                                    "zmstore1.example.org", dtype="lmtp"),
    [E("5.1.1", "550", "userunknown")])
add("zimbra-02", "Postfix", postfix(18, "zimbra.example.org", "hugo.martin@example.org",
                                    "host zmstore2.example.org[10.0.4.12] said: 552 5.2.2 Over quota "
                                    "(in reply to end of DATA command)", "5.2.2", "552 5.2.2 Over quota",
                                    "zmstore2.example.org", dtype="lmtp"),
    [E("5.2.2", "552", "mailboxfull")])
add("zimbra-03", "Postfix", postfix(19, "zimbra.example.org", "former.staff@example.org",
                                    "host zmstore1.example.org[10.0.4.11] said: 550 5.2.1 Mailbox disabled, "
                                    "not accepting messages (in reply to RCPT TO command)", "5.2.1",
                                    "550 5.2.1 Mailbox disabled, not accepting messages", "zmstore1.example.org",
                                    dtype="lmtp"),
    [E("5.2.1", "550", "suspend")])

# --------------------------------------------------------------------------
# Axigen (DSN with its text)
# --------------------------------------------------------------------------

def axigen(n, rcpt, status, diag, remote, why):
    host = "mail.example.ro"
    text = ("This is an automatically generated Delivery Status Notification.\n\n"
            "Delivery to the following recipients failed permanently:\n\n"
            "   * %s\n\n"
            "Technical details of the failure:\n%s\n\n"
            "-- \nAxigen Mail Server\n" % (rcpt, why))
    r = rec(rcpt, "failed", status, diag, remote)
    return report(n, "Mail Delivery Subsystem <MAILER-DAEMON@example.ro>", "Delivery Status Notification (Failure)",
                  text, [r], host, rcpt=rcpt)


add("axigen-01", "RFC3464", axigen(20, "andrei.popescu@example.ro", "5.1.1",
                                   "550 5.1.1 No such user <andrei.popescu@example.ro>", "mx.example.ro",
                                   "The mail server mx.example.ro replied: 550 5.1.1 No such user "
                                   "<andrei.popescu@example.ro>"),
    [E("5.1.1", "550", "userunknown")])
add("axigen-02", "RFC3464", axigen(21, "office@example-firma.ro", "5.7.1",
                                   "550 5.7.1 Message rejected due to SPF policy: sender example.com does not "
                                   "designate 192.0.2.30 as permitted sender", "mx.example-firma.ro",
                                   "The mail server mx.example-firma.ro replied: 550 5.7.1 Message rejected due "
                                   "to SPF policy"),
    [E("5.7.1", "550", "authfailure")])

# --------------------------------------------------------------------------
# SmarterMail (its text notice)
# --------------------------------------------------------------------------

def smarter(n, rcpt, reply):
    host = "mail.example-hosting.com"
    text = ("The message could not be delivered to one or more recipients.\n\n"
            "Failed Recipient: %s\nReason: Remote host said: %s\n\n"
            "   -- The header and top 20 lines of the message follows --\n\n" % (rcpt, reply))
    text += M.orig(rcpt, OSUBJ, dt(n), omid(n)) + "\n" + BODY
    return single(n, "postmaster@%s" % host, "Undeliverable Mail", text, host)


add("smartermail-01", "IMailServer", smarter(22, "kevin@example-dental.com",
                                      "550 No Such User Here"),
    [E("5.0.901", "", "onhold")])
add("smartermail-02", "IMailServer", smarter(23, "billing@example-law.com",
                                      "552 5.2.2 Mailbox size limit exceeded"),
    [E("5.0.901", "", "onhold")])
add("smartermail-03", "IMailServer", smarter(24, "support@example-saas.io",
                                      "554 5.7.1 Your message was rejected because it contains a prohibited "
                                      "attachment type (.exe)"),
    [E("5.0.901", "", "onhold")])

# --------------------------------------------------------------------------
# Sun / Oracle Communications Messaging Server
# --------------------------------------------------------------------------

def sunms(n, rcpt, reason, diag, status, remote=None):
    host = "ims-ms-daemon.example.gov"
    bnd = "Boundary_(ID_%08dQm%04d)" % (n * 7919, n)
    text = ("This report relates to a message you sent with the following header fields:\n\n"
            "  Message-id: <%s>\n  Date: %s\n  From: Sender Example <%s>\n  To: %s\n  Subject: %s\n\n"
            "Your message cannot be delivered to the following recipients:\n\n"
            "  Recipient address: %s\n  Original address: %s\n  Reason: %s\n"
            % (omid(n), dt(n), SENDER, rcpt, OSUBJ, rcpt, rcpt, reason))
    if diag:
        text += "  Diagnostic code: smtp;%s\n" % diag
    if remote:
        text += "  Remote system: dns;%s (TCP|192.0.2.30|4%04d|203.0.113.8|25) (%s ESMTP)\n" % (remote, n, remote)
    per = "Reporting-MTA: dns;mail.example.gov (tcp_intranet-daemon)"
    r = "Original-recipient: rfc822;%s\nFinal-recipient: rfc822;%s\nAction: failed\nStatus: %s" % (rcpt, rcpt, status)
    if remote:
        r += "\nRemote-MTA: dns;%s (TCP|192.0.2.30|4%04d|203.0.113.8|25)" % (remote, n)
    if diag:
        r += "\nDiagnostic-code: smtp;%s" % diag
    parts = ["Content-type: text/plain; charset=us-ascii\nContent-language: en-US\n\n" + text,
             "Content-type: message/delivery-status\n\n" + per + "\n\n" + r + "\n",
             "Content-type: TEXT/RFC822-HEADERS\n\n" + M.orig(rcpt, OSUBJ, dt(n), omid(n))]
    body = "--%s\n" % bnd + ("--%s\n" % bnd).join(p.rstrip("\n") + "\n\n" for p in parts) + "--%s--\n" % bnd
    h = ["Return-path: <>", "Date: %s" % dt(n, 1), "From: Internet Mail Delivery <postmaster@mail.example.gov>",
         "Subject: Delivery Notification: Delivery has failed", "To: %s" % SENDER,
         "Message-id: <0P%02dQ00%04d@mail.example.gov>" % (n, n), "MIME-version: 1.0",
         "Content-type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"" % bnd]
    return "\n".join(h) + "\n\n" + body


add("sunms-01", "MessagingServer", sunms(25, "w.chen@example.gov", "Remote SMTP server has rejected address",
                                         "550 5.1.1 unknown or illegal alias: w.chen@example.gov", "5.1.1",
                                         "mx.example.gov"),
    [E("5.1.1", "550", "userunknown")])
add("sunms-02", "MessagingServer", sunms(26, "r.silva@nodomain.example", "Illegal host/domain name found",
                                         None, "5.1.2"),
    [E("5.1.2", "", "hostunknown")])
add("sunms-03", "MessagingServer", sunms(27, "k.ito@example.gov", "Remote SMTP server has rejected address",
                                         "552 5.2.2 Mailbox is full", "5.2.2", "mx.example.gov"),
    [E("5.2.2", "552", "mailboxfull")])

# --------------------------------------------------------------------------
# Exchange 2010 / 2013 NDRs (several languages)
# --------------------------------------------------------------------------

def exchange(n, rcpt, lang, status, diag, gen="EX01.example.local", remote=None, year=2010):
    host = gen.lower()
    texts = {
        "en": ("Delivery has failed to these recipients or groups:\n\n%s\n%s\n\n",
               "Undeliverable: "),
        "de": ("Die Zustellung an folgende Empf\u00e4nger oder Gruppen ist fehlgeschlagen:\n\n%s\n%s\n\n",
               "Unzustellbar: "),
        "fr": ("La remise \u00e0 ces destinataires ou groupes a \u00e9chou\u00e9 :\n\n%s\n%s\n\n",
               "Non remis : "),
        "es": ("Error al entregar el mensaje a estos destinatarios o grupos:\n\n%s\n%s\n\n",
               "No se puede entregar: "),
        "nl": ("Bezorging is mislukt voor deze ontvangers of groepen:\n\n%s\n%s\n\n",
               "Onbestelbaar: "),
        "ja": ("\u6b21\u306e\u53d7\u4fe1\u8005\u307e\u305f\u306f\u30b0\u30eb\u30fc\u30d7\u3078\u306e\u914d\u4fe1"
               "\u306b\u5931\u6557\u3057\u307e\u3057\u305f:\n\n%s\n%s\n\n", "\u914d\u4fe1\u4e0d\u80fd: "),
    }
    expl = {
        ("en", "u"): "The e-mail address you entered couldn't be found. Please check the recipient's e-mail "
                     "address and try to resend the message. If the problem continues, please contact your "
                     "helpdesk.",
        ("en", "q"): "The recipient's mailbox is full and can't accept messages now. Please try resending "
                     "this message later, or contact the recipient directly.",
        ("en", "a"): "Your message wasn't delivered because the recipient's e-mail provider rejected it.",
        ("de", "u"): "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. \u00dcberpr\u00fcfen Sie "
                     "die E-Mail-Adresse des Empf\u00e4ngers, und versuchen Sie dann erneut, die Nachricht zu "
                     "senden.",
        ("de", "q"): "Das Postfach des Empf\u00e4ngers ist voll und kann derzeit keine Nachrichten annehmen.",
        ("fr", "u"): "L'adresse de messagerie que vous avez entr\u00e9e est introuvable. V\u00e9rifiez "
                     "l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
        ("fr", "a"): "Vous n'\u00eates pas autoris\u00e9 \u00e0 envoyer des messages \u00e0 ce destinataire.",
        ("es", "u"): "No se encontr\u00f3 la direcci\u00f3n de correo electr\u00f3nico que escribi\u00f3. "
                     "Compruebe la direcci\u00f3n de correo electr\u00f3nico del destinatario e intente "
                     "reenviar el mensaje.",
        ("nl", "q"): "Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren.",
        ("ja", "u"): "\u5165\u529b\u3057\u305f\u96fb\u5b50\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\u304c"
                     "\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3067\u3057\u305f\u3002",
    }
    kind = {"5.1.1": "u", "5.1.10": "u", "5.2.2": "q"}.get(status, "a")
    head, sp = texts[lang]
    body = head % (rcpt, expl[(lang, kind)])
    if year == 2010:
        body += ("\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n\n"
                 "Original message headers:\n\n" % (gen, rcpt, "#%s ##" % diag if not remote else
                                                    "%s #%s ##" % (remote, diag)))
    else:
        body += ("\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
                 "Remote Server returned '%s'\n\nOriginal message headers:\n\n" % (gen, rcpt, diag))
    body += M.orig(rcpt, OSUBJ, dt(n), omid(n))
    cs, enc = ("iso-2022-jp", "jis") if lang == "ja" else (("us-ascii", "7bit") if lang == "en"
                                                            else ("utf-8", "qp"))
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False)
    subj = mimeword(sp + OSUBJ, "iso-2022-jp" if lang == "ja" else "utf-8") if lang != "en" else sp + OSUBJ
    if lang == "ja":
        subj = "=?iso-2022-jp?B?%s?=" % __import__("base64").b64encode((sp + OSUBJ).encode("iso2022_jp")).decode()
    return report(n, "Microsoft Exchange <postmaster@example.local>", subj, body, [r], host, rcpt=rcpt, cs=cs,
                  enc=enc, per_extra="Received-From-MTA: dns; %s\n" % host,
                  xh=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: %s-%s" % (lang, lang.upper()),
                      "Thread-Topic: %s" % OSUBJ])


add("exchange-01", "Exchange2007", exchange(28, "olivia.grant@example.local", "en", "5.1.1",
                                            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    [E("5.1.1", "550", "userunknown")])
add("exchange-02", "RFC3464", exchange(29, "jonas.weber@example.local", "de", "5.1.1",
                                            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    [E("5.1.1", "550", "userunknown")])
add("exchange-03", "RFC3464", exchange(30, "claire.dubois@example.local", "fr", "5.7.1",
                                            "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"),
    [E("5.7.1", "550", "filtered")])
add("exchange-04", "RFC3464", exchange(31, "carlos.ruiz@example.local", "es", "5.1.1",
                                            "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"),
    [E("5.1.1", "550", "userunknown")])
add("exchange-05", "RFC3464", exchange(32, "ruud.visser@example.local", "nl", "5.2.2",
                                            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
                                            "QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to "
                                            "process message due to a permanent exception with message Cannot "
                                            "open mailbox."),
    [E("5.2.2", "554", "mailboxfull")])
add("exchange-06", "RFC3464", exchange(33, "s.yamada@example.local", "ja", "5.1.1",
                                            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    [E("5.1.1", "550", "userunknown")])
add("exchange-07", "Exchange2007", exchange(34, "nina.keller@example.ch", "en", "5.1.1",
                                            "550 5.1.1 <nina.keller@example.ch>: Recipient address rejected: "
                                            "User unknown in relay recipient table", gen="EX13-HUB.example.local",
                                            remote="mx.example.ch", year=2013),
    [E("5.1.1", "550", "userunknown")])
add("exchange-08", "RFC3464", exchange(35, "peter.lang@example.de", "de", "5.2.2",
                                            "552 5.2.2 Mailbox full", gen="EX13-MBX2.example.local",
                                            remote="mx.example.de", year=2013),
    [E("5.2.2", "552", "mailboxfull")])
add("exchange-09", "Exchange2007", exchange(36, "contact@example-agency.com", "en", "5.7.1",
                                            "550 5.7.1 Message rejected as spam by Content Filtering.",
                                            gen="EX13-EDGE.example.local", remote="mx.example-agency.com",
                                            year=2013),
    [E("5.7.1", "550", "spamdetected")])

# --------------------------------------------------------------------------
# Courier (its DSN)
# --------------------------------------------------------------------------

def courier(n, rcpt, lines, status, diag=None, remote=None, delayed=False):
    host = "mail.example.net.au"
    head = ("This is a delivery status notification from %s,\nrunning the Courier mail server, version 1.3.5.\n\n"
            "The original message was received on %s\nfrom [192.0.2.10] (smtp.example.com [192.0.2.10])\n\n"
            % (host, dt(n)))
    if delayed:
        head += ("----------------------------------------------------------------------\n"
                 "                          DELAYED MAIL\n"
                 "----------------------------------------------------------------------\n\n"
                 "Your message to the following recipients has been delayed:\n\n")
    else:
        head += ("----------------------------------------------------------------------\n"
                 "                          UNDELIVERABLE MAIL\n"
                 "----------------------------------------------------------------------\n\n"
                 "Your message to the following recipients cannot be delivered:\n\n")
    head += "<%s>:\n" % rcpt + "".join("%s\n" % l for l in lines) + "\n"
    head += ("----------------------------------------------------------------------\n\n"
             "If your message was also sent to additional recipients, their delivery\n"
             "status is not included in this report.  You may or may not receive\n"
             "other delivery status notifications for additional recipients.\n\n"
             "The original message follows as a separate attachment.\n")
    r = rec(rcpt, "delayed" if delayed else "failed", status, diag, remote, orig_rcpt=False)
    return report(n, "Courier mail server at %s <@>" % host,
                  "WARNING: DELAYED MAIL" if delayed else "NOTICE: mail delivery status.", head, [r], host,
                  rcpt=rcpt, per_extra="Received-From-MTA: dns; smtp.example.com ([192.0.2.10])\n")


add("courier-01", "Courier", courier(37, "liam.walsh@example.net.au",
                                     ["    mx.example.net.au [203.0.113.61]:", ">>> RCPT TO:<liam.walsh@example.net.au>",
                                      "<<< 550 5.1.1 <liam.walsh@example.net.au>: Recipient address rejected: "
                                      "User unknown in local recipient table"], "5.1.1",
                                     "550 5.1.1 <liam.walsh@example.net.au>: Recipient address rejected: User "
                                     "unknown in local recipient table", "mx.example.net.au"),
    [E("5.1.1", "550", "userunknown")])
add("courier-02", "Courier", courier(38, "zoe@nosuchdomain.example.net.au", ["    No such domain."], "5.1.2",
                                     "No such domain."),
    [E("5.1.2", "", "hostunknown")])
add("courier-03", "Courier", courier(39, "mia.taylor@example.com.au",
                                     ["    mx.example.com.au [203.0.113.62]:", ">>> DATA",
                                      "<<< 552 5.3.4 Message size exceeds fixed maximum message size"], "5.3.4",
                                     "552 5.3.4 Message size exceeds fixed maximum message size",
                                     "mx.example.com.au"),
    [E("5.3.4", "552", "mesgtoobig")])
add("courier-04", "RFC3464", courier(40, "noah.king@example.co.nz",
                                     ["    mx.example.co.nz [203.0.113.63]:", ">>> RCPT TO:<noah.king@example.co.nz>",
                                      "<<< 451 4.7.1 Greylisting in action, please come back later"], "4.7.1",
                                     "451 4.7.1 Greylisting in action, please come back later",
                                     "mx.example.co.nz", delayed=True),
    [E("4.7.1", "451", "blocked")])

# --------------------------------------------------------------------------
# qmail / qmail-ldap (its text bounce)
# --------------------------------------------------------------------------

def qmail(n, host, rcpt, lines, permanent=True):
    text = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n--- Below this line is a copy of the message.\n\n"
            % (host, rcpt, "\n".join(lines)))
    text += M.orig(rcpt, OSUBJ, dt(n), omid(n)) + "\n" + BODY
    return single(n, "MAILER-DAEMON@%s" % host, "failure notice", text, host)


add("qmail-01", "qmail", qmail(41, "mail.example.it", "g.ferrari@example.it",
                               ["Sorry, no mailbox here by that name. (#5.1.1)"]),
    [E("5.1.1", "", "userunknown")])
add("qmail-02", "qmail", qmail(42, "mx.ldap.example.it", "s.conti@ldap.example.it",
                               ["The users mailfolder is over the allowed quota (size). (#5.2.2)"]),
    [E("5.2.2", "", "mailboxfull")])
add("qmail-03", "qmail", qmail(43, "mx.ldap.example.it", "old.account@ldap.example.it",
                               ["Mailaddress is administrativly disabled. (#5.2.1)"]),
    [E("5.2.1", "", "suspend")])
add("qmail-04", "qmail", qmail(44, "mail.example.it", "m.rossi@example-srl.it",
                               ["Connected to 203.0.113.70 but sender was rejected.",
                                "Remote host said: 553 sorry, your envelope sender domain must exist (#5.7.1)"]),
    [E("5.7.1", "553", "rejected")])

# --------------------------------------------------------------------------
# Postfix with a custom bounce template (bounce_template_file)
# --------------------------------------------------------------------------

CUSTOM = ("This is the mail delivery system of Example Hosting (%s).\n\n"
          "Unfortunately your message could not be delivered to the recipient(s)\n"
          "listed below. The reason reported by the receiving server is shown next\n"
          "to each address. Please check the address, or contact our support team\n"
          "at support@example-hosting.com and quote the lines below.\n\n")
CUSTOM_DE = ("Dies ist das Mailsystem von %s.\n\n"
             "Ihre Nachricht konnte leider nicht an einen oder mehrere Empf\u00e4nger\n"
             "zugestellt werden. Die Originalnachricht ist angeh\u00e4ngt.\n\n"
             "Bei Fragen wenden Sie sich bitte an postmaster.\n\n"
             "                   Das Mailsystem\n\n")

add("postfixcustom-01", "RFC3464", postfix(45, "smtp.example-hosting.com", "ella.brooks@example.us",
                                           said("mx.example.us", "203.0.113.80",
                                                "550 5.1.1 <ella.brooks@example.us>: Recipient address rejected: "
                                                "User unknown in virtual mailbox table"), "5.1.1",
                                           "550 5.1.1 <ella.brooks@example.us>: Recipient address rejected: User "
                                           "unknown in virtual mailbox table", "mx.example.us", intro=CUSTOM,
                                           subject="Delivery failure notice"),
    [E("5.1.1", "550", "userunknown")])
add("postfixcustom-02", "RFC3464", postfix(46, "smtp.example-hosting.com", "sales@example-corp.us",
                                           said("mx.example-corp.us", "203.0.113.81",
                                                "554 5.7.1 Message rejected because it was identified as spam",
                                                "end of DATA"), "5.7.1",
                                           "554 5.7.1 Message rejected because it was identified as spam",
                                           "mx.example-corp.us", intro=CUSTOM, subject="Delivery failure notice"),
    [E("5.7.1", "554", "securityerror")])
add("postfixcustom-03", "RFC3464", postfix(47, "mail.example-verein.de", "kassenwart@example-verein.de",
                                           "host mx.example-verein.de[203.0.113.82] said: 552 5.2.2 "
                                           "<kassenwart@example-verein.de>: Mailbox full (in reply to RCPT TO "
                                           "command)", "5.2.2",
                                           "552 5.2.2 <kassenwart@example-verein.de>: Mailbox full",
                                           "mx.example-verein.de", intro=CUSTOM_DE,
                                           subject="Unzustellbare Nachricht", cs="utf-8", enc="qp"),
    [E("5.2.2", "552", "mailboxfull")])
add("postfixcustom-04", "RFC3464", postfix(48, "smtp.example-hosting.com", "admin@example-gov.us",
                                           "connect to mx.example-gov.us[203.0.113.83]:25: Connection timed out",
                                           "4.4.1", "", None, intro=CUSTOM, subject="Delivery failure notice"),
    [E("4.4.1", "", "expired")])

# --------------------------------------------------------------------------
# IceWarp (DSN with its text)
# --------------------------------------------------------------------------

def icewarp(n, rcpt, status, diag, remote, why):
    host = "mail.example.com.br"
    text = ("Message delivery failed.\n\nThe message you sent could not be delivered to the following recipient:\n\n"
            "  %s\n\nReason: %s\n\n--\nIceWarp Mail Server\n" % (rcpt, why))
    r = rec(rcpt, "failed", status, diag, remote)
    return report(n, "postmaster@example.com.br", "Undelivered message", text, [r], host, rcpt=rcpt)


add("icewarp-01", "RFC3464", icewarp(49, "joao.silva@example.com.br", "5.1.1",
                                     "550 5.1.1 <joao.silva@example.com.br> Mailbox unavailable or access denied",
                                     "mx.example.com.br",
                                     "550 5.1.1 <joao.silva@example.com.br> Mailbox unavailable or access denied"),
    [E("5.1.1", "550", "suspend")])
add("icewarp-02", "RFC3464", icewarp(50, "financeiro@example-loja.com.br", "5.7.1",
                                     "554 5.7.1 Rejected: Sender IP 192.0.2.30 is listed on b.barracudacentral.org",
                                     "mx.example-loja.com.br",
                                     "554 5.7.1 Rejected: Sender IP 192.0.2.30 is listed on "
                                     "b.barracudacentral.org"),
    [E("5.7.1", "554", "securityerror")])

# --------------------------------------------------------------------------
# Japanese mobile carriers (docomo, au/KDDI, SoftBank), ISO-2022-JP
# --------------------------------------------------------------------------

# docomo: Sendmail-style DSN of its MTA, and a sender's Postfix quoting it.
def docomo_dsn(n, rcpt, reply, status):
    host = "mfsmax.docomo.ne.jp"
    text = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
            "    (reason: %s)\n\n   ----- Transcript of session follows -----\n"
            "... while talking to mfsmax.docomo.ne.jp.:\n>>> RCPT To:<%s>\n<<< %s\n"
            "550 5.1.1 <%s>... User unknown\n" % (dt(n), rcpt, reply, rcpt, reply, rcpt))
    r = rec(rcpt, "failed", status, reply, host, last=dt(n, 1))
    return report(n, "Mail Delivery Subsystem <MAILER-DAEMON@docomo.ne.jp>",
                  "Returned mail: see transcript for details", text, [r], host, rcpt=rcpt,
                  per_extra="Received-From-MTA: DNS; smtp.example.com\n")


add("docomo-01", "Sendmail", docomo_dsn(51, "taro.yamada.0312@docomo.ne.jp",
                                        "550 Unknown user taro.yamada.0312@docomo.ne.jp", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("docomo-02", "Postfix", postfix(52, "relay1.example.com", "hanako-ss@docomo.ne.jp",
                                    said("mfsmax.docomo.ne.jp", "203.0.113.100",
                                         "550 Unknown user hanako-ss@docomo.ne.jp"), "5.0.0",
                                    "550 Unknown user hanako-ss@docomo.ne.jp", "mfsmax.docomo.ne.jp"),
    [E("5.0.0", "550", "userunknown")])


def jp_notice(n, frm, subj, text, host, rcpt):
    """A carrier's own notice in ISO-2022-JP (7bit), the original attached."""
    s = "=?ISO-2022-JP?B?%s?=" % __import__("base64").b64encode(subj.encode("iso2022_jp")).decode()
    return mixed(n, frm, s, text, host, rcpt, cs="ISO-2022-JP", enc="jis", ret="headers")


add("au-01", "none", jp_notice(53, "Postmaster@ezweb.ne.jp", "\u914d\u4fe1\u5931\u6557\u306e\u304a\u77e5\u3089\u305b",
                               "\u304a\u5ba2\u69d8\u304c\u9001\u4fe1\u3055\u308c\u305f\u30e1\u30fc\u30eb\u306f"
                               "\u3001\u4ee5\u4e0b\u306e\u5b9b\u5148\u306b\u914d\u4fe1\u3067\u304d\u307e\u305b"
                               "\u3093\u3067\u3057\u305f\u3002\n\n"
                               "\u5b9b\u5148: <jiro-k.55@ezweb.ne.jp>\n"
                               "\u7406\u7531: 550 <jiro-k.55@ezweb.ne.jp>: User unknown\n\n"
                               "\u5b9b\u5148\u306e\u30a2\u30c9\u30ec\u30b9\u3092\u3054\u78ba\u8a8d\u306e\u4e0a"
                               "\u3001\u518d\u5ea6\u9001\u4fe1\u3057\u3066\u304f\u3060\u3055\u3044\u3002\n",
                               "ezweb.ne.jp", "jiro-k.55@ezweb.ne.jp"),
    [E("5.0.911", "550", "userunknown")])


def kddi(n, rcpt, why):
    host = "msmx.au.com"
    text = ("Your mail sent on: %s\n   could not be delivered to:\n     %s\n\n   %s\n\n"
            "Please confirm the address and try again.\n" % (dt(n), rcpt, why))
    return mixed(n, "MAILER-DAEMON@au.com (Mail Delivery Subsystem)", "Mail System Error - Returned Mail",
                 text, host, rcpt, ret="headers")


add("au-02", "RFC3464", kddi(54, "misaki_t@au.com", "As their mailbox is full."),
    [E("5.0.922", "", "mailboxfull")])
add("au-03", "Postfix", postfix(55, "relay1.example.com", "kenta.s@au.com",
                                said("lsean.ezweb.ne.jp", "203.0.113.110",
                                     "550 5.1.1 <kenta.s@au.com>: User unknown"), "5.1.1",
                                "550 5.1.1 <kenta.s@au.com>: User unknown", "lsean.ezweb.ne.jp"),
    [E("5.1.1", "550", "userunknown")])
add("softbank-01", "none", jp_notice(56, "Postmaster@softbank.ne.jp",
                                     "\u30e1\u30fc\u30eb\u304c\u5c4a\u304d\u307e\u305b\u3093\u3067\u3057\u305f",
                                     "\u4ee5\u4e0b\u306e\u5b9b\u5148\u3078\u30e1\u30fc\u30eb\u3092\u304a\u5c4a"
                                     "\u3051\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f\u3002\n\n"
                                     "  yuki.n-77@softbank.ne.jp\n\n"
                                     "\u53d7\u4fe1\u5074\u306e\u30e1\u30fc\u30eb\u30dc\u30c3\u30af\u30b9\u304c"
                                     "\u3044\u3063\u3071\u3044\u3067\u3059\u3002\n"
                                     "552 5.2.2 Mailbox full\n",
                                     "softbank.ne.jp", "yuki.n-77@softbank.ne.jp"),
    [E("5.2.2", "552", "mailboxfull")])
add("softbank-02", "Postfix", postfix(57, "relay1.example.com", "daichi.o@i.softbank.jp",
                                      said("mx.i.softbank.jp", "203.0.113.120",
                                           "550 5.1.1 <daichi.o@i.softbank.jp>: Recipient address rejected: "
                                           "User unknown in relay recipient table"), "5.1.1",
                                      "550 5.1.1 <daichi.o@i.softbank.jp>: Recipient address rejected: User "
                                      "unknown in relay recipient table", "mx.i.softbank.jp"),
    [E("5.1.1", "550", "userunknown")])
add("docomo-03", "none", jp_notice(58, "Postmaster@docomo.ne.jp",
                                   "\u30e1\u30fc\u30eb\u9001\u4fe1\u30a8\u30e9\u30fc",
                                   "\u304a\u5ba2\u69d8\u304c\u9001\u4fe1\u3055\u308c\u305f\u30e1\u30fc\u30eb\u306f"
                                   "\u3001\u53d7\u4fe1\u8005\u306e\u8a2d\u5b9a\u306b\u3088\u308a\u53d7\u4fe1"
                                   "\u62d2\u5426\u3055\u308c\u307e\u3057\u305f\u3002\n\n"
                                   "\u5b9b\u5148: sakura.m@docomo.ne.jp\n"
                                   "550 5.7.1 <sakura.m@docomo.ne.jp>: Recipient address rejected: "
                                   "rejected by the recipient's filter settings\n",
                                   "docomo.ne.jp", "sakura.m@docomo.ne.jp"),
    [E("5.7.1", "550", "securityerror")])

if __name__ == "__main__":
    write_set(OUT, SETS)
