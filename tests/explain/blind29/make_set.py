#!/usr/bin/env python3
"""make_set.py: writes blind29 (emails/*.eml and labels.jsonl): bounces
whose reply carries no enhanced status code, or no code at all, so that
the words must decide the reason: qmail and its clones, old Sendmail,
Exchange 2003, Courier, Exim of hosting panels, appliance and custom
MTAs, and national providers' replies with a basic code or none (see
README.md).  Deterministic.  Usage: make_set.py [OUTDIR]."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (E, POSTFIX_DELAY, POSTFIX_INTRO, Mime, dsn, encode_body, fold, hdrs, mimeword,  # noqa: E402
                      raw, rec, said, write_set)

SETS = []
M = Mime("out2.example.com with ESMTPSA id 7C3E90B2",
         "Hello,\n\nplease find the quarterly figures below.\n\nRegards,\nSender\n", dkim_b="kq3Xv2Lr9")
SND = "sender@example.com"
N = [0]


def add(name, engine, msg, exp):
    SETS.append((name, engine, msg, exp))


def hsubj(s, cs="UTF-8"):
    """A subject as a header writes it: an encoded word when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return mimeword(s, cs, "B")


def nid():
    N[0] += 1
    return "%02d" % N[0]


def orig_text(to, subj="Quarterly figures", date="Mon, 3 Mar 2025 09:58:12 +0100"):
    """The returned original as plain text (header and body)."""
    return M.orig(to, subj, date, "q%s.%s@example.com" % (N[0], to.split("@")[0])) + "\n" + M.body


# --------------------------------------------------------------------------
# qmail and its clones (netqmail, vpopmail's vdelivermail, qmail-ldap,
# IndiMail, old Plesk): a plain text notice, no DSN
# --------------------------------------------------------------------------

def qmail(host, blocks, date, to=SND, subj="failure notice", frm=None, extra=()):
    body = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" % host)
    for rcpt, lines in blocks:
        body += "<%s>:\n%s\n\n" % (rcpt, "\n".join(lines))
    body += "--- Below this line is a copy of the message.\n\n" + orig_text(blocks[0][0])
    h = ["Return-Path: <>", "Received: (qmail %d invoked for bounce); %s" % (41230 + N[0], date),
         "Date: %s" % date, "From: %s" % (frm or "MAILER-DAEMON@%s" % host), "To: %s" % to,
         "Subject: %s" % subj] + list(extra)
    return "\n".join(h) + "\n\n" + body


# --------------------------------------------------------------------------
# Sendmail: the old text-only notice and the 8.x multipart/report
# --------------------------------------------------------------------------

def sendmail(host, rcpt, header_line, transcript, date, subj="Returned mail: see transcript for details",
             with_dsn=True, status="5.0.0", diag=None, remote=None, action="failed", warning=False):
    intro = "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n" % date
    if warning:
        text = ("**********************************************\n"
                "**      THIS IS A WARNING MESSAGE ONLY      **\n"
                "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                "**********************************************\n\n" + intro +
                "   ----- Transcript of session follows -----\n%s\n" % transcript)
    else:
        text = (intro + "   ----- The following addresses had permanent fatal errors -----\n%s\n\n"
                "   ----- Transcript of session follows -----\n%s\n" % (header_line, transcript))
    qid = "s2R9%sA0%s" % (nid(), rcpt[:2].upper())
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, subj, date, "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-generated (failure)"])
    if not with_dsn:
        h = [x for x in h if not x.startswith("MIME-Version")]
        return "\n".join(h) + "\n\n" + text + "\n   ----- Original message follows -----\n\n" + orig_text(rcpt)
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, date)
    r = rec(rcpt, action, status, diag, remote, orig_rcpt=False, ftype="RFC822",
            last=date if action == "failed" else None)
    body = M.multipart("report", [raw([], text), dsn(per, [r]),
                                  M.returned(rcpt, "Quarterly figures", date, "%s.o@example.com" % qid)],
                       "%s.1741000000/%s" % (qid, host), params=" report-type=delivery-status;",
                       preamble="This is a MIME-encapsulated message\n")
    return "\n".join(h) + "\n" + body


# --------------------------------------------------------------------------
# Exchange 2003 (and 2000): the NDR with "#x.x.x" after the server name
# --------------------------------------------------------------------------

def exch2003(server, rcpt, name, text, code, date, sent, subj="Quarterly figures", status=None):
    body = ("Your message did not reach some or all of the intended recipients.\n\n"
            "      Subject:\t%s\n      Sent:\t%s\n\n"
            "The following recipient(s) could not be reached:\n\n"
            "      %s on %s\n"
            "            %s\n"
            "            <%s %s>\n" % (subj, sent, name, sent, fold(text, 70, "            "), server, code))
    st = status or code.lstrip("#").split(" ")[0]
    per = "Reporting-MTA: dns;%s" % server
    r = "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nX-Display-Name: %s" % (rcpt, st, name)
    mid = "%sEXCH%s@%s" % ("A1B2C3D4E5F6", nid(), server)
    h = hdrs("System Administrator <postmaster@%s>" % server.split(".", 1)[1], "Undeliverable: %s" % subj, date,
             mid, extra=["X-MS-Embedded-Report:", "Content-class: urn:content-classes:message",
                         "X-MimeOLE: Produced By Microsoft Exchange V6.5", "Thread-Topic: %s" % subj])
    b = M.multipart("report", [M.part("text/plain", body, cs="unicode-1-1-utf-7"), dsn(per, [r]),
                               M.returned(rcpt, subj, date, "fig%s@example.com" % N[0])],
                    "----_=_NextPart_001_01C8%s" % N[0], params=" report-type=delivery-status;")
    return "\n".join(h) + "\n" + b


# --------------------------------------------------------------------------
# Courier
# --------------------------------------------------------------------------

def courier(host, rcpt, lines, date, status="5.0.0", diag=None, remote=None, action="failed"):
    delayed = action == "delayed"
    text = ("This is a delivery status notification from %s,\n"
            "running the Courier mail server, version 1.1.8.\n\n"
            "The original message was received on %s\n"
            "from [192.0.2.10] (smtp.example.com [192.0.2.10])\n\n"
            "---------------------------------------------------------------------------\n\n"
            "%s\n\n"
            "%s\n\n<%s>:\n%s\n\n"
            "---------------------------------------------------------------------------\n\n"
            "If your message was also sent to additional recipients, their delivery\n"
            "status is not included in this report.  You may or may not receive\n"
            "other delivery status notifications for additional recipients.\n\n"
            "The original message follows as a separate attachment.\n" % (
                host, date, "                           DELAYED MAIL" if delayed else
                "                           UNDELIVERABLE MAIL",
                "Your message to the following recipients has been delayed.  Delivery\n"
                "attempts are continuing, but you may want to verify that all recipient\n"
                "addresses are correct." if delayed else
                "Your message to the following recipients cannot be delivered:",
                rcpt, "\n".join(lines)))
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date)
    r = rec(rcpt, action, status, diag, remote, orig_rcpt=False)
    h = hdrs('"Courier mail server at %s" <@>' % host, "DELAYS IN DELIVERING YOUR MESSAGE" if delayed else
             "NOTICE: mail delivery status.", date, "courier.0000%s.67C5@%s" % (nid(), host))
    b = M.multipart("report", [M.part("text/plain", text), dsn(per, [r]),
                               M.returned(rcpt, "Quarterly figures", date, "c%s@example.com" % N[0], "headers")],
                    "=_courier-%s-1741000000" % N[0], params=" report-type=delivery-status;",
                    preamble="This is a MIME-formatted message.  If you see this text it means that your\n"
                             "E-mail software does not support MIME-formatted messages.\n")
    return "\n".join(h) + "\n" + b


# --------------------------------------------------------------------------
# Exim as hosting panels run it (cPanel, DirectAdmin): plain, no DSN
# --------------------------------------------------------------------------

def exim(host, rcpt, lines, date, temporary=False, subj=None):
    if temporary:
        mid = "1tp%sQ-0004Xa-2B" % nid()
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     %s\n"
                "The subject of the message is: Quarterly figures\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                "  %s\n%s\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n" % (
                    host, mid, date, rcpt, "\n".join("    " + x for x in lines)))
        subj = subj or "Warning: message %s delayed 24 hours" % mid
        h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, subj, date, "E%s@%s" % (mid, host),
                 extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
                        "Content-Type: text/plain; charset=us-ascii"])
        return "\n".join(h) + "\n\n" + text
    nid()
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n%s\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" % (
                rcpt, "\n".join("    " + x for x in lines)))
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, subj or "Mail delivery failed: returning message to sender",
             date, "E1tq%s-000Bc9-Rr@%s" % (N[0], host),
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
                    "Content-Type: text/plain; charset=us-ascii"])
    return "\n".join(h) + "\n\n" + text + orig_text(rcpt).replace("Return-Path:", "Return-path:")


# --------------------------------------------------------------------------
# Postfix (Plesk, Zimbra, company relays): the sender's own server quotes
# the remote reply; a localized intro where the hoster writes one
# --------------------------------------------------------------------------

def postfix(host, rcpt, line, date, status=None, diag=None, remote=None, dtype="smtp", delay=False,
            intro=None, subj=None, cs="us-ascii", enc="7bit"):
    qid = "4Z%sKp1Yx" % nid()
    status = status or ("4.0.0" if delay else "5.0.0")
    text = (intro or (POSTFIX_DELAY if delay else POSTFIX_INTRO)) % host + "<%s>: %s\n" % (rcpt, fold(line))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, SND, date)
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, remote, dtype=dtype)
    subj = subj or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, hsubj(subj), date, "%s@%s" % (qid, host),
             extra=["Auto-Submitted: auto-replied"])
    b = M.multipart("report", [M.part("text/plain", text, enc, cs, extra=["Content-Description: Notification"]),
                               dsn(per, [r], desc="Delivery report"),
                               M.returned(rcpt, "Quarterly figures", date, "%s.o@example.com" % qid, "headers",
                                          desc="Undelivered Message Headers")],
                    "%s.1741000000/%s" % (qid, host), params=" report-type=delivery-status;")
    return "\n".join(h) + "\n" + b


def pf(host, rcpt, rhost, rip, reply, date, cmd="RCPT TO", **kw):
    """A Postfix bounce of a remote reply given with no enhanced status."""
    return postfix(host, rcpt, said(rhost, rip, reply, cmd), date, diag=reply, remote=rhost, **kw)


# --------------------------------------------------------------------------
# Appliance and custom MTAs' own notices
# --------------------------------------------------------------------------

def plain(frm, subj, text, date, rcpt, extra=(), cs="us-ascii", enc="7bit", attach=True, ctype="text/plain"):
    """A notice of one text part (and the original as message/rfc822)."""
    nid()
    h = hdrs(frm, hsubj(subj, cs if cs.lower() not in ("us-ascii",) else "UTF-8"), date,
             "ndr%s.%s@%s" % (N[0], rcpt.split("@")[0], frm.split("@")[-1].strip(">")), extra=list(extra))
    if not attach:
        cte, t = encode_body(text, enc, cs)
        return "\n".join(h + ["Content-Type: %s; charset=%s" % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]) + \
            "\n\n" + t
    b = M.multipart("mixed", [M.part(ctype, text, enc, cs),
                              M.returned(rcpt, "Quarterly figures", date, "p%s@example.com" % N[0])],
                    "----=_NDR_%04d_%s" % (N[0], rcpt[:3]))
    return "\n".join(h) + "\n" + b


def hmail(rcpt, rip, sent_cmd, reply, date):
    t = ("Your message did not reach some or all of the intended recipients.\n\n"
         "   Sent: %s\n   Subject: Quarterly figures\n\n"
         "The following recipient(s) could not be reached:\n\n"
         "%s\n   Error Type: SMTP\n   Remote server (%s) issued an error.\n"
         "   hMailServer sent: %s\n   Remote server replied: %s\n" % (date, rcpt, rip, sent_cmd, reply))
    return plain("mailer-daemon@mail.example.com", "Message undeliverable: Quarterly figures", t, date, rcpt)


def mdaemon(rcpt, rhost, transcript, date, permanent=True):
    head = ("The attached message had PERMANENT fatal delivery errors!\n\n"
            "After one or more unsuccessful delivery attempts the attached message\n"
            "has been removed from the mail queue on this server.  The number and\n"
            "frequency of delivery attempts are determined by local configuration\n"
            "parameters.\n\n" if permanent else
            "The attached message has encountered temporary delivery problems.\n\n"
            "This is a warning message only.  The attached message is still in the\n"
            "mail queue and delivery will be attempted again.\n\n")
    t = head + ("YOU DO NOT NEED TO RESEND THE MESSAGE.\n\n" if not permanent else "") + \
        "--- Session Transcript ---\n" + "\n".join(" Mon 2025-03-03 10:14:%02d.%03d: %s" % (i, 120 + i * 7, x)
                                                 for i, x in enumerate(transcript)) + \
        "\n--- End Transcript ---\n"
    return plain("MDaemon@mail.example.com", ("Permanent" if permanent else "Warning: Temporary") +
                 " Delivery Failure", t, date, rcpt, extra=["X-MDaemon-Deliver-To: %s" % SND])


def cgp(rcpt, module_lines, date):
    t = "Failed to deliver to '<%s>'\n%s\n" % (rcpt, "\n".join(module_lines))
    return plain("MAILER-DAEMON@mail.example.com", "Undeliverable mail: Failed to deliver to '<%s>'" % rcpt,
                 t, date, rcpt, extra=["X-Mailer: CommuniGate Pro MTA"])


# --------------------------------------------------------------------------
# the set
# --------------------------------------------------------------------------

D = "Mon, 3 Mar 2025 10:%02d:41 +0100"


def d(i):
    return D % (i % 60)


def main(out):
    # ---------------- qmail family ----------------
    add("qmail-userunknown-01.eml", "qmail",
        qmail("mx1.mailhost-example.net", [("j.doe@example.net", ["Sorry, no mailbox here by that name. (#5.1.1)"])],
              d(1)), [E("5.1.1", "", "userunknown")])
    add("vpopmail-userunknown-02.eml", "qmail",
        qmail("mail.shop-example.de", [("info@shop-example.de",
                                        ["Sorry, no mailbox here by that name. vpopmail (#5.1.1)"])], d(2)),
        [E("5.1.1", "", "userunknown")])
    add("qmail-userunknown-03.eml", "qmail",
        qmail("relay.example.com", [("buyer@example.org",
                                      ["198.51.100.17 does not like recipient.",
                                       "Remote host said: 550 sorry, no mailbox here by that name",
                                       "Giving up on 198.51.100.17."])], d(3)),
        [E("5.0.911", "550", "userunknown")])
    add("vpopmail-mailboxfull-04.eml", "qmail",
        qmail("mail.hosting-example.it", [("amministrazione@studio-example.it",
                                            ["The users mailfolder is over the allowed quota (size). (#5.2.2)"])],
              d(4)), [E("5.2.2", "", "mailboxfull")])
    add("qmail-mailboxfull-05.eml", "qmail",
        qmail("relay.example.com", [("kasia@example.pl",
                                      ["203.0.113.40 does not like recipient.",
                                       "Remote host said: 552 recipient's mailbox is over its storage limit",
                                       "Giving up on 203.0.113.40."])], d(5)),
        [E("5.0.922", "552", "mailboxfull")])
    add("qmail-hostunknown-06.eml", "qmail",
        qmail("relay.example.com", [("sales@exampel-typo.com",
                                      ["Sorry, I couldn't find any host named exampel-typo.com. (#5.1.2)"])], d(6)),
        [E("5.1.2", "", "hostunknown")])
    add("qmail-expired-07.eml", "qmail",
        qmail("relay.example.com", [("office@example.org",
                                      ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
                                       "I'm not going to try again; this message has been in the queue too long."])],
              d(7)), [E("4.4.1", "", "networkerror")])
    add("qmail-rejected-08.eml", "qmail",
        qmail("relay.example.com", [("team@example.org",
                                      ["Connected to 198.51.100.23 but sender was rejected.",
                                       "Remote host said: 553 sorry, your envelope sender domain must exist",
                                       "Giving up on 198.51.100.23."])], d(8)),
        [E("5.0.918", "553", "rejected")])
    add("qmail-norelaying-09.eml", "qmail",
        qmail("relay.example.com", [("partner@example.biz",
                                      ["198.51.100.31 does not like recipient.",
                                       "Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts",
                                       "Giving up on 198.51.100.31."])], d(9)),
        [E("5.0.909", "553", "norelaying")])
    add("qmail-mesgtoobig-10.eml", "qmail",
        qmail("relay.example.com", [("scans@example.org",
                                      ["Connected to 198.51.100.8 but my name was rejected." if False else
                                       "198.51.100.8 failed after I sent the message.",
                                       "Remote host said: 552 sorry, that message size exceeds my databytes limit"])],
              d(10)), [E("5.0.934", "552", "mesgtoobig")])
    add("spamdyke-blocked-11.eml", "qmail",
        qmail("relay.example.com", [("ops@example.net",
                                      ["Connected to 203.0.113.77 but greeting failed.",
                                       "Remote host said: 554 Refused. Your IP address is listed in the RBL at "
                                       "bl.spamcop.net",
                                       "Giving up on 203.0.113.77."])], d(11)),
        [E("5.0.971", "554", "blocked")])
    add("qmail-networkerror-12.eml", "qmail",
        qmail("mx.example.net", [("list@example.net",
                                  ["This message is looping: it already has my Delivered-To line. (#5.4.6)"])], d(12)),
        [E("5.4.6", "", "networkerror")])
    add("indimail-suspend-13.eml", "qmail",
        qmail("mail.example.in", [("ravi@example.in",
                                   ["Sorry, this account has been deactivated by the administrator. (#5.2.1)"])],
              d(13)), [E("5.2.1", "", "filtered")])
    add("simscan-spamdetected-14.eml", "qmail",
        qmail("relay.example.com", [("desk@example.org",
                                      ["198.51.100.52 failed after I sent the message.",
                                       "Remote host said: 554 Your email is considered spam (8.40 spam-score)"])],
              d(14)), [E("5.0.980", "554", "spamdetected")])
    add("qmail-two-15.eml", "qmail",
        qmail("mail.example.net", [("alpha@example.net", ["Sorry, no mailbox here by that name. (#5.1.1)"]),
                                   ("beta@example.net", ["Recipient's mailbox is full, message returned to sender. "
                                                         "(#5.2.2)"])], d(15)),
        [E("5.1.1", "", "userunknown"), E("5.2.2", "", "mailboxfull")])
    add("qmail-systemerror-16.eml", "qmail",
        qmail("mail.example.net", [("backup@example.net",
                                    ["Unable to chdir to maildir. (#4.2.1)",
                                     "I'm not going to try again; this message has been in the queue too long."])],
              d(16)), [E("4.2.1", "", "systemerror")])
    add("qmail-blocked-17.eml", "qmail",
        qmail("relay.example.com", [("kontakt@example.de",
                                      ["Connected to 203.0.113.90 but greeting failed.",
                                       "Remote host said: 554 Zugriff verweigert: Ihre IP-Adresse steht auf einer "
                                       "Sperrliste",
                                       "Giving up on 203.0.113.90."])], d(17)),
        [E("5.0.971", "554", "blocked")])
    add("qmail-userunknown-18.eml", "qmail",
        qmail("relay.example.com", [("ivan@example.ru",
                                      ["203.0.113.14 does not like recipient.",
                                       "Remote host said: 550 Пользователь с таким адресом не найден",
                                       "Giving up on 203.0.113.14."])], d(18)),
        [E("5.0.911", "550", "userunknown")])

    # ---------------- Sendmail ----------------
    add("sendmail-userunknown-19.eml", "Sendmail",
        sendmail("mail.example.com", "old.friend@example.edu", "<old.friend@example.edu>",
                 "... while talking to mx.example.edu.:\n>>> RCPT To:<old.friend@example.edu>\n"
                 "<<< 550 <old.friend@example.edu>... User unknown\n550 <old.friend@example.edu>... User unknown",
                 d(19), with_dsn=False), [E("5.0.911", "550", "userunknown")])
    add("sendmail-expired-20.eml", "Sendmail",
        sendmail("mail.example.com", "help@example.co.za", "<help@example.co.za>",
                 "451 <help@example.co.za>... Deferred: Connection timed out with mx.example.co.za.\n"
                 "Message could not be delivered for 5 days\nMessage will be deleted from queue",
                 d(20), subj="Returned mail: Cannot send message for 5 days", status="4.4.7",
                 diag=None, remote=None), [E("4.4.7", "451", "expired")])
    add("sendmail-blocked-21.eml", "Sendmail",
        sendmail("mail.example.com", "billing@example.org", "<billing@example.org>",
                 "... while talking to mx.example.org.:\n>>> MAIL From:<sender@example.com> SIZE=2410\n"
                 "<<< 554 Service unavailable; Client host [192.0.2.10] blocked using dnsbl.sorbs.net\n"
                 "554 <billing@example.org>... Service unavailable",
                 d(21), diag="554 Service unavailable; Client host [192.0.2.10] blocked using dnsbl.sorbs.net",
                 remote="mx.example.org"), [E("5.0.0", "554", "blocked")])
    add("sendmail-norelaying-22.eml", "Sendmail",
        sendmail("mail.example.com", "events@example.net", "<events@example.net>",
                 "... while talking to gw.example.net.:\n>>> RCPT To:<events@example.net>\n"
                 "<<< 550 <events@example.net>... Relaying denied\n550 <events@example.net>... Relaying denied",
                 d(22), diag="550 <events@example.net>... Relaying denied", remote="gw.example.net"),
        [E("5.0.0", "550", "norelaying")])
    add("sendmail-mesgtoobig-23.eml", "Sendmail",
        sendmail("mail.example.com", "archive@example.org", "<archive@example.org>",
                 "... while talking to mx.example.org.:\n>>> MAIL From:<sender@example.com> SIZE=31457280\n"
                 "<<< 552 Message size exceeds fixed maximum message size (20971520)\n"
                 "554 <archive@example.org>... Service unavailable",
                 d(23), diag="552 Message size exceeds fixed maximum message size (20971520)",
                 remote="mx.example.org"), [E("5.0.0", "552", "mesgtoobig")])
    add("sendmail-hostunknown-24.eml", "Sendmail",
        sendmail("mail.example.com", "contact@nowhere-example.invalid",
                 "<contact@nowhere-example.invalid>\n    (reason: 550 Host unknown)",
                 "550 <contact@nowhere-example.invalid>... Host unknown (Name server: "
                 "nowhere-example.invalid: host not found)",
                 d(24), subj="Returned mail: Host unknown (Name server: nowhere-example.invalid: host not found)",
                 with_dsn=False), [E("5.0.912", "550", "hostunknown")])
    add("sendmail-mailboxfull-25.eml", "Sendmail",
        sendmail("mail.example.org", "marta@example.org", "<marta@example.org>",
                 "procmail: Quota exceeded while writing \"/var/spool/mail/marta\"\n"
                 "554 <marta@example.org>... Service unavailable",
                 d(25), subj="Returned mail: Service unavailable", status="5.0.0",
                 diag="procmail: Quota exceeded while writing \"/var/spool/mail/marta\"", remote=None),
        [E("5.0.0", "", "mailboxfull")])
    add("sendmail-systemerror-26.eml", "Sendmail",
        sendmail("mail.example.com", "accounts@example.org", "<accounts@example.org>",
                 "... while talking to mx.example.org.:\n>>> DATA\n"
                 "<<< 451 Requested action aborted: local error in processing\n"
                 "<accounts@example.org>... Deferred: 451 Requested action aborted: local error in processing\n"
                 "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
                 d(26), subj="Warning: could not send message for past 4 hours", status="4.0.0",
                 diag="451 Requested action aborted: local error in processing", remote="mx.example.org",
                 action="delayed", warning=True), [E("4.0.0", "451", "systemerror", False)])
    add("sendmail-rejected-27.eml", "Sendmail",
        sendmail("mail.example.com", "press@example.net", "<press@example.net>",
                 "... while talking to mx.example.net.:\n>>> MAIL From:<sender@example.com>\n"
                 "<<< 553 Domain of sender address sender@example.com does not exist\n"
                 "501 <press@example.net>... Data format error",
                 d(27), diag="553 Domain of sender address sender@example.com does not exist",
                 remote="mx.example.net"), [E("5.0.0", "553", "rejected")])

    # ---------------- Exchange 2003 ----------------
    add("exch2003-userunknown-28.eml", "Exchange2003",
        exch2003("EXCH01.corp.example.org", "r.smith@corp.example.org", "Smith, Robert",
                 "The e-mail account does not exist at the organization this message was sent to.  Check the "
                 "e-mail address, or contact the recipient directly to find out the correct address.", "#5.1.1",
                 d(28), "3/3/2025 10:27 AM"), [E("5.1.1", "", "userunknown")])
    add("exch2003-mailboxfull-29.eml", "Exchange2003",
        exch2003("MAIL2K3.example.co.uk", "jenny@example.co.uk", "Jenny Walker",
                 "The recipient's mailbox is full and can't accept messages now.  Please try resending this "
                 "message later, or contact the recipient directly.", "#5.2.2", d(29), "3/3/2025 10:28 AM"),
        [E("5.2.2", "", "mailboxfull")])
    add("exch2003-filtered-30.eml", "Exchange2003",
        exch2003("EXBE02.ad.example.net", "board@ad.example.net", "Board",
                 "You do not have permission to send to this recipient.  For assistance, contact your system "
                 "administrator.", "#5.7.1", d(30), "3/3/2025 10:29 AM"),
        [E("5.7.1", "", "securityerror")])
    add("exch2003-filtered-31.eml", "Exchange2003",
        exch2003("SRV-EX.example.local", "orders@example.org", "orders@example.org",
                 "The message reached the recipient's e-mail system, but delivery was refused.  Attempt to resend "
                 "the message.  If it still fails, contact your system administrator.",
                 "#5.0.0 smtp;550 Requested action not taken: mailbox unavailable", d(31), "3/3/2025 10:30 AM"),
        [E("5.0.0", "550", "filtered")])
    add("exch2003-expired-32.eml", "Exchange2003",
        exch2003("EXCH01.corp.example.org", "tokyo@example.jp", "tokyo@example.jp",
                 "Could not deliver the message in the time limit specified.  Please retry or contact your "
                 "administrator.", "#4.4.7", d(32), "2/28/2025 9:12 AM"), [E("4.4.7", "", "expired", False)])
    add("exch2003-hostunknown-33.eml", "Exchange2003",
        exch2003("EXCH01.corp.example.org", "anna@examp1e.org", "anna@examp1e.org",
                 "The destination server for this recipient could not be found in Domain Name Service (DNS).  "
                 "Please verify the e-mail address and retry.  If that does not work, contact your system "
                 "administrator.", "#5.4.0", d(33), "3/3/2025 10:32 AM"), [E("5.4.0", "", "networkerror")])
    add("exch2003-spamdetected-34.eml", "Exchange2003",
        exch2003("SRV-EX.example.local", "news@example.com.br", "news@example.com.br",
                 "The message reached the recipient's e-mail system, but delivery was refused.  Attempt to resend "
                 "the message.  If it still fails, contact your system administrator.",
                 "#5.0.0 smtp;554 Mensagem rejeitada: classificada como spam pelo filtro do servidor",
                 d(34), "3/3/2025 10:33 AM"), [E("5.0.0", "554", "spamdetected")])
    add("exch2003-networkerror-35.eml", "Exchange2003",
        exch2003("EXCH01.corp.example.org", "loop@corp.example.org", "Loop Test",
                 "A configuration error in the e-mail system caused the message to bounce between two servers or "
                 "to be split into too many recipients.  Contact your system administrator.", "#5.4.6", d(35),
                 "3/3/2025 10:34 AM"), [E("5.4.6", "", "networkerror")])

    # ---------------- Courier ----------------
    add("courier-userunknown-36.eml", "Courier",
        courier("mail.example.net", "marc@example.fr",
                ["    mx.example.fr [198.51.100.61]:", ">>> RCPT TO:<marc@example.fr>",
                 "<<< 550 Destinataire inconnu : cette adresse n'existe pas"], d(36),
                diag="550 Destinataire inconnu : cette adresse n'existe pas", remote="mx.example.fr"),
        [E("5.0.0", "550", "userunknown")])
    add("courier-mailboxfull-37.eml", "Courier",
        courier("mail.example.net", "lena@example.net", ["maildrop: maildir over quota."], d(37),
                diag="maildrop: maildir over quota."), [E("5.0.0", "", "mailboxfull")])
    add("courier-hostunknown-38.eml", "Courier",
        courier("mail.example.net", "kim@exmaple.org", ["No such domain."], d(38), diag="No such domain."),
        [E("5.0.0", "", "hostunknown")])
    add("courier-rejected-39.eml", "Courier",
        courier("mail.example.net", "jobs@example.com.tr",
                ["    mx.example.com.tr [203.0.113.5]:", ">>> MAIL FROM:<sender@example.com>",
                 "<<< 550 Gönderen adresi reddedildi: alan adı doğrulanamadı"], d(39),
                diag="550 Gönderen adresi reddedildi: alan adı doğrulanamadı", remote="mx.example.com.tr"),
        [E("5.0.0", "550", "rejected")])
    add("courier-toomanyconn-40.eml", "Courier",
        courier("mail.example.net", "info@example.es",
                ["    mx.example.es [198.51.100.99]:", "<<< 421 Demasiadas conexiones desde su IP, intentelo mas tarde"],
                d(40), status="4.0.0", diag="421 Demasiadas conexiones desde su IP, intentelo mas tarde",
                remote="mx.example.es", action="delayed"), [E("4.0.0", "421", "toomanyconn", False)])

    # ---------------- Exim of hosting panels ----------------
    add("cpanel-userunknown-41.eml", "Exim",
        exim("server1.hostpanel-example.com", "orders@example.org",
             ["host mx.example.org [198.51.100.70]", "SMTP error from remote mail server after RCPT TO:<orders@example.org>:",
              "550 No Such User Here\""], d(41)), [E("5.0.911", "550", "userunknown")])
    add("cpanel-mailboxfull-42.eml", "Exim",
        exim("server1.hostpanel-example.com", "maria@example.com.br",
             ["The user(s) account is temporarily over quota."], d(42)), [E("4.0.922", "", "mailboxfull")])
    add("cpanel-speeding-43.eml", "Exim",
        exim("server7.hostpanel-example.com", "customers@example.org",
             ["Domain example.com has exceeded the max emails per hour (500/500 (100%)) allowed.  Message "
              "discarded."], d(43)), [E("5.0.945", "", "toomanyconn")])
    add("exim-hostunknown-44.eml", "Exim",
        exim("server1.hostpanel-example.com", "hr@example-firma.de",
             ["all relevant MX records point to non-existent hosts"], d(44)), [E("5.0.912", "", "hostunknown")])
    add("exim-rejected-45.eml", "Exim",
        exim("server1.hostpanel-example.com", "shop@example.it",
             ["host mx.example.it [203.0.113.66]", "SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=4120:",
              "550 Mittente rifiutato: il dominio del mittente non esiste"], d(45)),
        [E("5.0.918", "550", "rejected")])
    add("cpanel-blocked-46.eml", "Exim",
        exim("server1.hostpanel-example.com", "admin@example.co",
             ["host mail.example.co [198.51.100.120]",
              "SMTP error from remote mail server after initial connection:",
              "554 mail.example.co ESMTP not accepting messages: JunkMail rejected - server1.hostpanel-example.com "
              "[192.0.2.44]:41822 is in an RBL: Client host blocked"], d(46)),
        [E("5.0.971", "554", "blocked")])
    add("exim-policyviolation-47.eml", "Exim",
        exim("server1.hostpanel-example.com", "legal@example.net",
             ["host mx.example.net [198.51.100.12]", "SMTP error from remote mail server after end of data:",
              "554 Message refused: attachments of type .exe are not permitted by our mail policy"], d(47)),
        [E("5.0.972", "554", "policyviolation")])
    add("exim-systemerror-48.eml", "Exim",
        exim("server1.hostpanel-example.com", "studio@example.pt",
             ["host mx.example.pt [203.0.113.29]",
              "Delay reason: SMTP error from remote mail server after RCPT TO:<studio@example.pt>:",
              "451 Temporary local problem - please try later"], d(48), temporary=True),
        [E("4.0.930", "451", "systemerror")])
    add("exim-expired-49.eml", "Exim",
        exim("server1.hostpanel-example.com", "planning@example.org",
             ["retry timeout exceeded"], d(49)), [E("4.0.947", "", "expired")])
    add("cpanel-undefined-50.eml", "Exim",
        exim("server3.hostpanel-example.com", "someone@example.org",
             ["The mail server could not deliver mail to someone@example.org.  The account or domain may not "
              "exist, they may be blacklisted, or missing the proper dns entries."], d(50)),
        [E("5.0.912", "", "hostunknown")])
    add("exim-securityerror-51.eml", "Exim",
        exim("server1.hostpanel-example.com", "it@example.pl",
             ["host smtp.example.pl [203.0.113.101]", "SMTP error from remote mail server after MAIL FROM:<sender@example.com>:",
              "550 Adres nadawcy sfałszowany - wymagane uwierzytelnienie SMTP"], d(51)),
        [E("5.0.970", "550", "securityerror")])

    # ---------------- Plesk, Zimbra and company Postfix ----------------
    add("plesk-mailboxfull-52.eml", "Postfix",
        pf("plesk01.example-hosting.de", "buero@example-kanzlei.de", "mx.example-kanzlei.de", "198.51.100.45",
           "552 Das Postfach des Empfaengers ist voll", d(52)), [E("5.0.0", "552", "mailboxfull")])
    add("plesk-norelaying-53.eml", "Postfix",
        pf("plesk01.example-hosting.de", "verkauf@example.at", "smtp.example.at", "203.0.113.81",
           "554 Relaying nicht erlaubt", d(53)), [E("5.0.0", "554", "norelaying")])
    add("postfix-userunknown-54.eml", "Postfix",
        pf("mail.example.com", "yuki@example.co.jp", "mx.example.co.jp", "203.0.113.201",
           "550 指定されたユーザーは存在しません", d(54)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mailboxfull-55.eml", "Postfix",
        pf("mail.example.com", "jiyeon@example.co.kr", "mx.example.co.kr", "198.51.100.151",
           "552 수신자의 메일함 용량이 초과되었습니다", d(55)), [E("5.0.0", "552", "mailboxfull")])
    add("postfix-spamdetected-56.eml", "Postfix",
        pf("mail.example.com", "minsu@example.kr", "mx.example.kr", "198.51.100.152",
           "554 스팸으로 판단되어 수신이 거부되었습니다", d(56), cmd="end of DATA"),
        [E("5.0.0", "554", "spamdetected")])
    add("postfix-userunknown-57.eml", "Postfix",
        pf("mail.example.com", "wang.lei@example.cn", "mx.example.cn", "203.0.113.188",
           "550 收件人地址不存在", d(57)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mesgtoobig-58.eml", "Postfix",
        pf("mail.example.com", "chen@example.com.cn", "mx.example.com.cn", "203.0.113.189",
           "552 邮件大小超过限制", d(58), cmd="end of DATA"), [E("5.0.0", "552", "mesgtoobig")])
    add("postfix-mailboxfull-59.eml", "Postfix",
        pf("mail.example.com", "olga@example.ru", "mx.example.ru", "203.0.113.140",
           "552 Почтовый ящик получателя переполнен", d(59)), [E("5.0.0", "552", "mailboxfull")])
    add("postfix-blocked-60.eml", "Postfix",
        pf("mail.example.com", "sergey@example.su", "mx.example.su", "203.0.113.141",
           "554 Доступ запрещён: IP-адрес отправителя находится в чёрном списке", d(0), cmd="MAIL FROM"),
        [E("5.0.0", "554", "blocked")])
    add("postfix-userunknown-61.eml", "Postfix",
        pf("mail.example.com", "joao@example.com.br", "mx.example.com.br", "198.51.100.210",
           "550 Destinatario nao encontrado: conta de e-mail inexistente", d(1)), [E("5.0.0", "550", "userunknown")])
    add("postfix-suspend-62.eml", "Postfix",
        pf("mail.example.com", "contato@example.com.br", "mx.example.com.br", "198.51.100.211",
           "550 Conta de email suspensa", d(2)), [E("5.0.0", "550", "suspend")])
    add("postfix-userunknown-63.eml", "Postfix",
        pf("mail.example.com", "m.mueller@example.de", "mx.example.de", "198.51.100.230",
           "550 Diese E-Mail-Adresse ist uns nicht bekannt", d(3)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mesgtoobig-64.eml", "Postfix",
        pf("mail.example.com", "planung@example.de", "mx.example.de", "198.51.100.231",
           "552 Nachricht zu gross", d(4), cmd="MAIL FROM"), [E("5.0.0", "552", "mesgtoobig")])
    add("postfix-mailboxfull-65.eml", "Postfix",
        pf("mail.example.com", "claire@example.fr", "mx.example.fr", "198.51.100.62",
           "552 Boite aux lettres du destinataire pleine", d(5)), [E("5.0.0", "552", "mailboxfull")])
    add("postfix-spamdetected-66.eml", "Postfix",
        pf("mail.example.com", "compta@example.fr", "mx.example.fr", "198.51.100.63",
           "554 Message refuse : contenu juge indesirable", d(6), cmd="end of DATA"),
        [E("5.0.0", "554", "spamdetected")])
    add("postfix-userunknown-67.eml", "Postfix",
        pf("mail.example.com", "ventas@example.es", "mx.example.es", "198.51.100.98",
           "550 El buzon de destino no existe", d(7)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mesgtoobig-68.eml", "Postfix",
        pf("mail.example.com", "rrhh@example.mx", "mx.example.mx", "198.51.100.97",
           "552 El mensaje excede el tamano maximo permitido", d(8), cmd="end of DATA"),
        [E("5.0.0", "552", "mesgtoobig")])
    add("postfix-suspend-69.eml", "Postfix",
        pf("mail.example.com", "soporte@example.com.ar", "mx.example.com.ar", "198.51.100.96",
           "550 Cuenta deshabilitada", d(9)), [E("5.0.0", "550", "suspend")])
    add("postfix-userunknown-70.eml", "Postfix",
        pf("mail.example.com", "giulia@example.it", "mx.example.it", "203.0.113.67",
           "550 Indirizzo email non valido: la casella non esiste", d(10)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mailboxfull-71.eml", "Postfix",
        pf("mail.example.com", "ufficio@example.it", "mx.example.it", "203.0.113.68",
           "552 Spazio della casella esaurito", d(11)), [E("5.0.0", "552", "mailboxfull")])
    add("postfix-userunknown-72.eml", "Postfix",
        pf("mail.example.com", "piotr@example.pl", "mx.example.pl", "203.0.113.102",
           "550 Konto odbiorcy nie istnieje", d(12)), [E("5.0.0", "550", "userunknown")])
    add("postfix-blocked-73.eml", "Postfix",
        pf("mail.example.com", "biuro@example.pl", "mx.example.pl", "203.0.113.103",
           "554 Twoj adres IP znajduje sie na czarnej liscie", d(13), cmd="MAIL FROM"),
        [E("5.0.0", "554", "blocked")])
    add("postfix-userunknown-74.eml", "Postfix",
        pf("mail.example.com", "ayse@example.com.tr", "mx.example.com.tr", "203.0.113.6",
           "550 Boyle bir kullanici yok", d(14)), [E("5.0.0", "550", "userunknown")])
    add("postfix-mailboxfull-75.eml", "Postfix",
        pf("mail.example.com", "mehmet@example.com.tr", "mx.example.com.tr", "203.0.113.7",
           "552 Alicinin posta kutusu dolu", d(15)), [E("5.0.0", "552", "mailboxfull")])
    add("postfix-speeding-76.eml", "Postfix",
        pf("mail.example.com", "dmitry@example.ru", "mx.example.ru", "203.0.113.142",
           "450 Слишком много писем с вашего адреса, повторите попытку позже", d(16), delay=True),
        [E("4.0.0", "450", "speeding", False)])
    add("postfix-systemerror-77.eml", "Postfix",
        pf("mail.example.com", "lukas@example.de", "mx.example.de", "198.51.100.232",
           "451 Interner Fehler, bitte versuchen Sie es spaeter noch einmal", d(17), delay=True),
        [E("4.0.0", "451", "systemerror", False)])
    add("zimbra-suspend-78.eml", "Postfix",
        pf("zimbra.example.org", "former.staff@example.net", "mx.example.net", "198.51.100.14",
           "550 Account closed: this mailbox is no longer in use", d(18)), [E("5.0.0", "550", "suspend")])
    add("postfix-filtered-79.eml", "Postfix",
        pf("mail.example.com", "pedidos@example.cl", "mx.example.cl", "198.51.100.95",
           "550 El destinatario no acepta mensajes de su direccion", d(19)), [E("5.0.0", "550", "filtered")])
    add("postfix-undefined-80.eml", "Postfix",
        pf("mail.example.com", "kontakt@example.no", "mx.example.no", "198.51.100.240",
           "554 Transaction failed", d(20), cmd="end of DATA"), [E("5.0.0", "554", "systemerror")])

    # ---------------- appliances and custom MTAs ----------------
    add("hmailserver-userunknown-81.eml", "hMailServer",
        hmail("reception@example.org", "198.51.100.44", "RCPT TO:<reception@example.org>",
              "550 Unknown user", d(21)), [E("5.0.911", "550", "userunknown")])
    add("mdaemon-mailboxfull-82.eml", "MDaemon",
        mdaemon("tanaka@example.jp", "mx.example.jp",
                ["Session 4412; child 3", "Parsing message <pd5000012.msg>",
                 "Attempting SMTP connection to [mx.example.jp : 25]", "Connection established (192.0.2.30:51234 -> 203.0.113.202:25)",
                 "--> MAIL From:<sender@example.com> SIZE=2610", "<-- 250 ok",
                 "--> RCPT To:<tanaka@example.jp>", "<-- 552 Requested mail action aborted: exceeded storage allocation",
                 "--> QUIT"], d(22)), [E("5.0.922", "552", "mailboxfull")])
    add("mdaemon-blocked-83.eml", "MDaemon",
        mdaemon("sales@example.com.au", "mx.example.com.au",
                ["Session 4501; child 1", "Parsing message <pd5000044.msg>",
                 "Attempting SMTP connection to [mx.example.com.au : 25]",
                 "Connection established (192.0.2.30:51310 -> 198.51.100.180:25)",
                 "<-- 554 mx.example.com.au Your IP has been blocked due to poor reputation; "
                 "contact postmaster@example.com.au"], d(23)), [E("5.0.971", "554", "blocked")])
    add("cgp-mailboxfull-84.eml", "CommuniGate",
        cgp("nina@example.org", ["LOCAL module(account nina) reports:", " account is full (disk quota exceeded)"], d(24)),
        [E("5.0.922", "", "mailboxfull")])
    add("cgp-userunknown-85.eml", "CommuniGate",
        cgp("yannick@example.ch", ["SMTP module(domain example.ch) reports:", " host mx.example.ch says:",
                                   " 550 Adresse inconnue sur ce serveur"], d(25)),
        [E("5.0.911", "550", "userunknown")])
    add("domino-userunknown-86.eml", "Notes",
        plain("Postmaster@example-lotus.com", "DELIVERY FAILURE: User Hans Weber (hweber@example-lotus.com) not "
              "listed in Domino Directory",
              "Your message\n\n  Subject: Quarterly figures\n\nwas not delivered to:\n\n  hweber@example-lotus.com\n\n"
              "because:\n\n  User Hans Weber (hweber@example-lotus.com) not listed in Domino Directory\n",
              d(26), "hweber@example-lotus.com"), [E("5.0.911", "", "userunknown")])
    add("groupwise-hostunknown-87.eml", "GroupWise",
        plain("postmaster@gw.example.edu", "Undeliverable mail",
              "The message that you sent was undeliverable to the following:\n"
              "\tdean@dept.example-univ.invalid (host not found)\n\n"
              "Possible reason for the failure: the domain name of the address could not be resolved.\n",
              d(27), "dean@dept.example-univ.invalid"), [E("5.0.912", "", "hostunknown")])
    add("imail-userunknown-88.eml", "IMailServer",
        plain("postmaster@example.us", "Undeliverable Mail",
              "Unknown user: fred@example.us\n\nOriginal message follows.\n", d(28), "fred@example.us",
              attach=False), [E("5.0.911", "", "userunknown")])
    add("icewarp-spamdetected-89.eml", "IceWarp",
        plain("postmaster@mail.example.cz", "Undeliverable message",
              "The following message could not be delivered:\n\n"
              "Recipient: petr@example.cz\n"
              "Server reply: 554 Zprava byla odmitnuta antispamovym filtrem jako nevyzadana posta (spam)\n",
              d(29), "petr@example.cz"), [E("5.0.980", "554", "spamdetected")])
    add("kerio-mesgtoobig-90.eml", "Kerio",
        plain("MAILER-DAEMON@kerio.example.org", "Undeliverable: Quarterly figures",
              "Your message\n\n  Subject: Quarterly figures\n\ncould not be delivered to the following recipients:\n\n"
              "  design@example.nl: Remote host said: 552 Bericht is te groot voor deze server\n",
              d(30), "design@example.nl"), [E("5.0.934", "552", "mesgtoobig")])

    # ---------------- national providers' own notices, no DSN ----------------
    add("cn-notice-mailboxfull-91.eml", "notice",
        plain("postmaster@mail.example.cn", "系统退信",
              "您好，这是系统投递失败通知，您发送的邮件未能成功投递。\n\n"
              "收件人：zhang.min@example.cn\n主题：Quarterly figures\n"
              "退信原因：收件人邮箱空间已满，无法接收新邮件。\n\n请稍后再试或通过其他方式联系收件人。\n",
              d(31), "zhang.min@example.cn", cs="GB2312", enc="base64"), [E("5.0.922", "", "mailboxfull")])
    add("cn-notice-spamdetected-92.eml", "notice",
        plain("postmaster@mail.example.com.cn", "退信通知：您的邮件未能送达",
              "您发送给 liu.yang@example.com.cn 的邮件被退回。\n"
              "原因：对方服务器判定该邮件为垃圾邮件，拒绝接收。\n",
              d(32), "liu.yang@example.com.cn", cs="UTF-8", enc="base64"), [E("5.0.980", "", "spamdetected")])
    add("jp-notice-userunknown-93.eml", "notice",
        plain("postmaster@mail.example.ne.jp", "メール配信エラーのお知らせ",
              "お客様が送信されたメールは、以下の宛先に配信できませんでした。\n\n"
              "宛先：sato@example.ne.jp\n理由：宛先のメールアドレスは存在しません。\n\n"
              "宛先をご確認のうえ、再度送信してください。\n",
              d(33), "sato@example.ne.jp", cs="ISO-2022-JP", enc="jis"), [E("5.0.911", "", "userunknown")])
    add("jp-notice-mesgtoobig-94.eml", "notice",
        plain("postmaster@mail.example.jp", "配信不能通知",
              "下記のメールは配信できませんでした。\n\n宛先: suzuki@example.jp\n"
              "原因: メールのサイズが受信制限を超えています。添付ファイルを小さくして送り直してください。\n",
              d(34), "suzuki@example.jp", cs="ISO-2022-JP", enc="jis"), [E("5.0.934", "", "mesgtoobig")])
    add("kr-notice-userunknown-95.eml", "notice",
        plain("postmaster@mail.example.co.kr", "메일 발송 실패 안내",
              "보내신 메일이 아래 수신자에게 전달되지 못했습니다.\n\n"
              "수신자: park@example.co.kr\n실패 사유: 받는 사람의 계정이 존재하지 않습니다.\n",
              d(35), "park@example.co.kr", cs="EUC-KR", enc="base64"), [E("5.0.911", "", "userunknown")])
    add("ru-notice-suspend-96.eml", "notice",
        plain("mailer-daemon@mail.example.ru", "Сообщение не доставлено",
              "Ваше письмо не было доставлено получателю nikolay@example.ru.\n\n"
              "Причина: почтовый ящик получателя заблокирован.\n",
              d(36), "nikolay@example.ru", cs="KOI8-R", enc="qp"), [E("5.0.921", "", "suspend")])
    add("br-notice-mailboxfull-97.eml", "notice",
        plain("mailer-daemon@mail.example.com.br", "Mensagem nao entregue",
              "Sua mensagem para fernanda@example.com.br nao pode ser entregue.\n\n"
              "Motivo: a caixa postal do destinatario esta lotada.\n",
              d(37), "fernanda@example.com.br", cs="ISO-8859-1", enc="qp"), [E("5.0.922", "", "mailboxfull")])
    add("de-notice-userunknown-98.eml", "notice",
        plain("mailer-daemon@mail.example.de", "Ihre Nachricht konnte nicht zugestellt werden",
              "Ihre Nachricht an tobias@example.de konnte nicht zugestellt werden.\n\n"
              "Grund: Die Empfängeradresse existiert nicht.\n",
              d(38), "tobias@example.de", cs="ISO-8859-1", enc="qp"), [E("5.0.911", "", "userunknown")])
    add("es-notice-expired-99.eml", "notice",
        plain("mailer-daemon@correo.example.es", "Mensaje no entregado",
              "No ha sido posible entregar su mensaje a luis@example.com.co.\n\n"
              "Motivo: se agoto el tiempo de espera tras varios intentos de entrega; el servidor de destino no "
              "responde.\n", d(39), "luis@example.com.co", cs="ISO-8859-1", enc="qp"),
        [E("5.0.947", "", "expired", False)])
    add("generic-undefined-100.eml", "notice",
        plain("postmaster@mail.example.org", "Delivery failure",
              "Your message could not be delivered to the following recipient:\n\n"
              "    quinn@example.org\n\nPlease contact your administrator.\n",
              d(40), "quinn@example.org"), [E("5.0.901", "", "onhold")])

    write_set(out, SETS)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
