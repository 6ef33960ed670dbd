#!/usr/bin/env python3
"""make_set.py: writes blind27 (the reasons real bounces carry less
often: systemerror, systemfull, networkerror, notaccept, hasmoved,
syntaxerror, contenterror, exceedlimit, virusdetected, badreputation,
requireptr, notcompliantrfc, STARTTLS failures, toomanyconn, norelaying,
mailererror, expired) as emails/*.eml and labels.jsonl.  Run from
anywhere: python3 tests/explain/blind27/make_set.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (E, POSTFIX_DELAY, POSTFIX_INTRO, SENDMAIL_DELAY, Mime, dsn, fold, hdrs, rec,  # noqa: E402
                      said, smtp_err, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
M = Mime("out2.example.com with ESMTPSA id 7C1E22B0",
         "Hello,\n\nplease find the figures for October attached.\n\nRegards,\nSender\n",
         dkim_b="kQ2v7yP3cF0sXb9mWc1aLr8eT5uH4jN6dG0iZ2oY7pVqS3wR1tB8nM5xK4lJ9hE=")
SETS = []


def add(name, engine, msg, exp):
    SETS.append((name, engine, msg, exp))


def dt(n, h=0):
    return "%s, %02d Oct 2025 %02d:%02d:%02d +0000" % (
        ("Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue")[n % 7], 1 + n % 28, (8 + n + h) % 24, (7 * n) % 60,
        (13 * n) % 60)


def top(h, body):
    return "\n".join(h) + "\n" + body


# ---------------------------------------------------------------- Postfix

def pf(n, rcpt, text, status, diag=None, remote=None, mta="mail.example.com", action="failed", delay=False):
    """A Postfix bounce (or delay warning) of rcpt whose reason line is text."""
    qid = "4Q%02dRk7Zx" % n
    intro = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % mta
    body_txt = intro + "<%s>: %s\n" % (rcpt, fold(text))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        mta, qid, M.sender, dt(n, -1))
    r = rec(rcpt, action, status, diag, remote)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % mta, subj, dt(n), "%s@%s" % (qid, mta),
             extra=["Auto-Submitted: auto-replied"])
    parts = [M.part("text/plain", body_txt, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             M.returned(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n,
                        "headers" if delay else "message", desc="Undelivered Message")]
    return top(h, M.multipart("report", parts, "%s.%d/%s" % (qid, 1700000000 + n, mta),
                              params=" report-type=delivery-status;"))


def pfr(n, rcpt, host, ip, reply, status, cmd="RCPT TO", **kw):
    """Postfix bouncing a remote server's reply."""
    return pf(n, rcpt, said(host, ip, reply, cmd), status, reply, host, **kw)


# ---------------------------------------------------------------- Exim

def exim(n, rcpt, lines, mta="mx-out.example.net", delay=False):
    """Exim's plain bounce (no DSN), as exim 4.9x writes it."""
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     1uA%02dx-000Ab3-2K\n"
                "The date of the message is:    %s\n"
                "The subject of the message is: October figures\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                "  %s\n    %s\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n") % (
            mta, n, dt(n, -1), rcpt, "\n    ".join(lines))
        subj = "Warning: message 1uA%02dx-000Ab3-2K delayed 24 hours" % n
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    %s\n") % (rcpt, "\n    ".join(lines))
        subj = "Mail delivery failed: returning message to sender"
    text += "\n------ This is a copy of the message, including all the headers. ------\n\n" + \
        M.orig(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n) + "\n" + M.body
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % mta, subj, dt(n), "E1uA%02dx-000Ab3-2K@%s" % (n, mta),
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % rcpt,
                    "Content-Type: text/plain; charset=us-ascii"])
    return top(h, "\n" + text)


# ---------------------------------------------------------------- Sendmail

def sendmail(n, rcpt, transcript, status, diag, remote=None, mta="relay.example.org", delay=False,
             why="Delivery failed"):
    """Sendmail 8's DSN: the transcript, the delivery-status part, the original."""
    qid = "59A%02dKx3031%02d" % (n, n)
    if delay:
        text = SENDMAIL_DELAY % (dt(n, -4), transcript)
        subj = "Warning: could not send message for past 4 hours"
        action = "delayed"
    else:
        text = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
                "    (reason: %s)\n\n   ----- Transcript of session follows -----\n%s\n") % (
            dt(n, -1), rcpt, why, transcript)
        subj = "Returned mail: see transcript for details"
        action = "failed"
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (mta, dt(n, -1))
    r = rec(rcpt, action, status, diag, remote, orig_rcpt=False, last=dt(n))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % mta, subj, dt(n), "%s@%s" % (qid, mta),
             extra=["Auto-Submitted: auto-generated (failure)"])
    parts = [M.part("text/plain", text), dsn(per, [r]),
             M.returned(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n)]
    return top(h, M.multipart("report", parts, "%s.%d/%s" % (qid, 1700000000 + n, mta),
                              params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message\n"))


# ---------------------------------------------------------------- qmail

def qmail(n, rcpt, lines, mta="mail.qmail-host.example"):
    """qmail's failure notice."""
    text = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n") % (mta, rcpt, "\n".join(lines))
    text += M.orig(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n) + "\n" + M.body
    h = hdrs("MAILER-DAEMON@%s" % mta, "failure notice", dt(n), "%d.%d.qmail@%s" % (1759000000 + n, 4000 + n, mta))
    return top(h, "\n" + text)


# ---------------------------------------------------------------- Exchange

def exchange(n, rcpt, diag, status, remote, mta="EX01.corp.example.com", headline=None):
    """Exchange Server 2016/2019's NDR: text and HTML, then the DSN."""
    headline = headline or "Delivery has failed to these recipients or groups:"
    text = ("%s\n\n%s (%s)\nYour message couldn't be delivered. Despite repeated attempts to deliver your "
            "message, the recipient's email system refused to accept it.\n\n\n\n\n\n\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
            "Remote Server returned '%s'\n\nOriginal message headers:\n\n") % (
        headline, rcpt, rcpt, mta, rcpt, diag)
    text += M.orig(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n)
    html = ("<html><head></head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">%s</font></b></p>"
            "<p>%s</p><p>Remote Server returned '%s'</p></body></html>") % (headline, rcpt, diag)
    alt = M.multipart("alternative", [M.part("text/plain", text, cs="us-ascii"),
                                      M.part("text/html", html, cs="us-ascii")], "alt_%02d_EX" % n, preamble="")
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (mta, mta, dt(n, -1))
    r = "\n".join(["Final-Recipient: rfc822;%s" % rcpt, "Action: failed", "Status: %s" % status,
                   "Remote-MTA: dns;%s" % remote, "Diagnostic-Code: smtp;%s" % diag])
    h = hdrs("postmaster@corp.example.com", "Undeliverable: October figures", dt(n),
             "ndr%02d@%s" % (n, mta), extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:"])
    parts = [alt, dsn(per, [r]), M.returned(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n)]
    return top(h, M.multipart("report", parts, "rep_%02d_EX" % n,
                              params=" report-type=delivery-status;"))


# ---------------------------------------------------------------- providers

def gmail(n, rcpt, lead, reply, status, remote=None, action="failed"):
    """Gmail's Delivery Status Notification (Failure): text, DSN, original."""
    text = ("** %s **\n\n%s\n\nThe response from the remote server was:\n%s\n") % (
        "Address not found" if status.startswith("5.1") else "Message not delivered", lead, reply)
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % dt(n, -1)
    r = rec(rcpt, action, status, reply, remote, orig_rcpt=False, last=dt(n))
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
             dt(n), "%02dfe.gmail@mx.google.com" % n, to="sender@gmail.example",
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied"])
    parts = [M.part("text/plain", text, cs="UTF-8"), dsn(per, [r]),
             M.returned(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n)]
    return top(h, M.multipart("report", parts, "0000000000g%02dgmailbnd" % n,
                              params=" report-type=delivery-status;", preamble=""))


def generic(n, rcpt, text, status, diag, remote, mta, frm, subj, action="failed"):
    """A plain RFC 3464 DSN from an appliance or an ESP relay."""
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (mta, dt(n, -1))
    r = rec(rcpt, action, status, diag, remote)
    h = hdrs(frm, subj, dt(n), "dsn%02d@%s" % (n, mta))
    parts = [M.part("text/plain", text), dsn(per, [r]),
             M.returned(rcpt, "October figures", dt(n, -1), "fig%02d@example.com" % n, "headers")]
    return top(h, M.multipart("report", parts, "dsn-%02d-%s" % (n, mta), params=" report-type=delivery-status;"))


# ================================================================ items

# systemerror
add("postfix-systemerror-01.eml", "Postfix",
    pfr(1, "ops@lab.example.org", "mx.lab.example.org", "198.51.100.21",
        "554 5.3.5 Server configuration error", "5.3.5"),
    [E("5.3.5", "554", "systemerror")])
add("sendmail-systemerror-02.eml", "Sendmail",
    sendmail(2, "billing@shop.example.net",
             "... while talking to mail.shop.example.net.:\n>>> RCPT To:<billing@shop.example.net>\n"
             "<<< 451 4.3.0 Temporary local problem - please try later\n"
             "... Deferred: 451 4.3.0 Temporary local problem - please try later\n"
             "Message could not be delivered for 5 days\nMessage will be deleted from queue",
             "4.3.0", "SMTP; 451 4.3.0 Temporary local problem - please try later", "mail.shop.example.net",
             why="451 4.3.0 Temporary local problem - please try later"),
    [E("4.3.0", "451", "systemerror")])
add("exim-systemerror-03.eml", "Exim",
    exim(3, "team@studio.example.com",
         smtp_err("mx1.studio.example.com", "203.0.113.45", "RCPT TO:<team@studio.example.com>",
                  ["550 5.3.0 Local configuration error, please contact the postmaster"])),
    [E("5.3.0", "550", "systemerror")])

# systemfull
add("postfix-systemfull-04.eml", "Postfix",
    pfr(4, "press@news.example.org", "mail.news.example.org", "198.51.100.33",
        "452 4.3.1 Insufficient system storage", "4.3.1", cmd="MAIL FROM"),
    [E("4.3.1", "452", "systemfull")])
add("exchange-systemfull-05.eml", "Exchange2016",
    exchange(5, "k.weber@factory.example.de",
             "452 4.3.1 Insufficient system resources (UsedDiskSpace[E:\\TransportRoles\\data\\Queue])", "4.3.1",
             "mail.factory.example.de"),
    [E("4.3.1", "452", "systemfull")])
add("sendmail-systemfull-06.eml", "Sendmail",
    sendmail(6, "admin@hosting.example.net",
             "... while talking to mx.hosting.example.net.:\n>>> MAIL From:<sender@example.com> SIZE=2048\n"
             "<<< 452 4.4.5 Insufficient disk space; try again later",
             "4.4.5", "SMTP; 452 4.4.5 Insufficient disk space; try again later", "mx.hosting.example.net",
             delay=True),
    [E("4.4.5", "452", "systemfull")])

# networkerror
add("postfix-networkerror-07.eml", "Postfix",
    pf(7, "info@shop.example.com",
       "Host or domain name not found. Name service error for name=shop.example.com type=MX: "
       "Host not found, try again", "4.4.3", delay=True, action="delayed"),
    [E("4.4.3", "", "hostunknown")])
add("exchange-networkerror-08.eml", "Exchange2016",
    exchange(8, "m.rossi@studio.example.it",
             "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AM0PR01MB1234.eurprd01.prod.example.com]",
             "5.4.14", "EX01.corp.example.com"),
    [E("5.4.14", "554", "networkerror")])
add("sendmail-networkerror-09.eml", "Sendmail",
    sendmail(9, "list@group.example.org",
             "554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via relay.example.org, "
             "to <list@group.example.org>",
             "5.4.6", "SMTP; 554 5.4.6 Too many hops 26 (25 max)", why="554 5.4.6 Too many hops"),
    [E("5.4.6", "554", "networkerror")])

# notaccept
add("postfix-nullmx-10.eml", "Postfix",
    pf(10, "noreply@parked.example.net", "Domain parked.example.net does not accept mail (nullMX)", "5.1.0"),
    [E("5.1.0", "", "notaccept")])
add("sendmail-nullmx-11.eml", "Sendmail",
    sendmail(11, "contact@closed.example.com",
             "556 5.1.10 <contact@closed.example.com>... Recipient address has null MX",
             "5.1.10", "SMTP; 556 5.1.10 Recipient address has null MX",
             why="556 5.1.10 Recipient address has null MX"),
    [E("5.1.10", "556", "notaccept")])
add("exchange-notaccept-12.eml", "Exchange2016",
    exchange(12, "sales@busy.example.com",
             "421 4.3.2 Service not available, closing transmission channel", "4.3.2", "mx.busy.example.com"),
    [E("4.3.2", "421", "blocked")])
add("gmail-nullmx-13.eml", "Gmail",
    gmail(13, "hello@nomail.example.org",
          "Your message wasn't delivered to hello@nomail.example.org because the domain nomail.example.org "
          "doesn't receive email.",
          "DNS Error: 556 5.1.10 Domain nomail.example.org does not accept mail (nullMX)", "5.1.10"),
    [E("5.1.10", "556", "notaccept")])

# hasmoved
add("postfix-hasmoved-14.eml", "Postfix",
    pfr(14, "j.doe@old.example.com", "mx.old.example.com", "198.51.100.70",
        "551 5.1.6 <j.doe@old.example.com>: Recipient address rejected: User has moved; "
        "please try <j.doe@new.example.com>", "5.1.6"),
    [E("5.1.6", "551", "hasmoved")])
add("exim-hasmoved-15.eml", "Exim",
    exim(15, "anna@uni.example.edu",
         smtp_err("mx.uni.example.edu", "203.0.113.80", "RCPT TO:<anna@uni.example.edu>",
                  ["551 5.1.6 anna@uni.example.edu has been replaced by anna.berg@alumni.example.edu"])),
    [E("5.1.6", "551", "hasmoved")])
add("sendmail-hasmoved-16.eml", "Sendmail",
    sendmail(16, "pete@corp.example.net",
             "... while talking to mail.corp.example.net.:\n>>> RCPT To:<pete@corp.example.net>\n"
             "<<< 551 5.1.6 User has moved; please try <peter.k@holding.example.net>\n"
             "551 5.1.6 <pete@corp.example.net>... User has moved; please try <peter.k@holding.example.net>",
             "5.1.6", "SMTP; 551 5.1.6 User has moved; please try <peter.k@holding.example.net>",
             "mail.corp.example.net", why="551 5.1.6 User has moved"),
    [E("5.1.6", "551", "hasmoved")])

# syntaxerror
add("postfix-syntaxerror-17.eml", "Postfix",
    pfr(17, "orders@legacy.example.com", "smtp.legacy.example.com", "198.51.100.90",
        "501 5.5.4 Syntax error in parameters or arguments", "5.5.4", cmd="MAIL FROM"),
    [E("5.5.4", "501", "systemerror")])
add("exim-syntaxerror-18.eml", "Exim",
    exim(18, "desk@helpdesk.example.org",
         smtp_err("mail.helpdesk.example.org", "203.0.113.91", "MAIL FROM:<sender@example.com> SIZE=2311",
                  ["500 5.5.2 Syntax error, command unrecognized"])),
    [E("5.5.2", "500", "onhold")])
add("qmail-syntaxerror-19.eml", "qmail",
    qmail(19, "postmaster@old-isp.example.net",
          ["Connected to 192.0.2.77 but sender was rejected.",
           "Remote host said: 501 5.5.2 Syntax error in MAIL FROM address"]),
    [E("5.5.2", "501", "rejected")])

# contenterror
add("postfix-contenterror-20.eml", "Postfix",
    pfr(20, "hr@bank.example.com", "gw.bank.example.com", "198.51.100.101",
        "554 5.6.0 Message header size, or recipient list, exceeds policy limit", "5.6.0", cmd="end of DATA"),
    [E("5.6.0", "554", "contenterror")])
add("exim-contenterror-21.eml", "Exim",
    exim(21, "sales@retail.example.co.uk",
         smtp_err("mx.retail.example.co.uk", "203.0.113.102", "end of data",
                  ["550 5.6.0 Improper use of 8-bit data in message header"])),
    [E("5.6.0", "550", "contenterror")])
add("sendmail-contenterror-22.eml", "Sendmail",
    sendmail(22, "scan@archive.example.org",
             "... while talking to in.archive.example.org.:\n>>> DATA\n<<< 554 5.6.1 Media type not supported\n"
             "554 5.6.1 <scan@archive.example.org>... Media type not supported",
             "5.6.1", "SMTP; 554 5.6.1 Media type not supported", "in.archive.example.org",
             why="554 5.6.1 Media type not supported"),
    [E("5.6.1", "554", "contenterror")])

# exceedlimit
add("postfix-exceedlimit-23.eml", "Postfix",
    pfr(23, "board@club.example.org", "mx.club.example.org", "198.51.100.110",
        "552 5.2.3 Message header size exceeds limit", "5.2.3", cmd="end of DATA"),
    [E("5.2.3", "552", "exceedlimit")])
add("exchange-exceedlimit-24.eml", "Exchange2016",
    exchange(24, "design@agency.example.com",
             "552 5.2.3 Message length exceeds administrative limit", "5.2.3", "mx.agency.example.com"),
    [E("5.2.3", "552", "exceedlimit")])

# virusdetected
add("postfix-virus-25.eml", "Postfix",
    pfr(25, "accounts@firm.example.com", "mx.firm.example.com", "198.51.100.120",
        "554 5.7.1 Virus detected: Win.Trojan.Agent-123456 (message rejected)", "5.7.1", cmd="end of DATA"),
    [E("5.7.1", "554", "virusdetected")])
add("exim-virus-26.eml", "Exim",
    exim(26, "it@school.example.edu",
         smtp_err("mx.school.example.edu", "203.0.113.121", "end of data",
                  ["550 5.7.0 Your message was infected with a virus (Eicar-Signature) and was rejected"])),
    [E("5.7.0", "550", "virusdetected")])

# badreputation
add("gmail-badreputation-27.eml", "Gmail",
    gmail(27, "friend@gmail.com",
          "Your message wasn't delivered to friend@gmail.com because the remote server rejected it.",
          "550 5.7.1 [192.0.2.10] Our system has detected that this message is likely suspicious due to the "
          "very low reputation of the sending IP address. To best protect our users from spam, the message "
          "has been blocked.", "5.7.1", "gmail-smtp-in.l.google.com"),
    [E("5.7.1", "550", "badreputation")])
add("postfix-badreputation-28.eml", "Postfix",
    pfr(28, "someone@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.0.1",
        "451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. "
        "For e-mail delivery information, see https://postmaster.live.com (S775) "
        "[Name=Protocol Filter Agent][AGT=PFA][MxId=11BC8A1FDE1A2B3C] [DM6NAM12FT012.eop-nam12.prod.example.com]",
        "4.7.650", cmd="MAIL FROM"),
    [E("4.7.650", "451", "badreputation")])

# requireptr
add("postfix-requireptr-29.eml", "Postfix",
    pfr(29, "member@gmail.com", "gmail-smtp-in.l.google.com", "142.250.0.27",
        "550-5.7.25 [192.0.2.10] The IP address sending this message does not have a PTR record setup, or the "
        "corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept "
        "messages from IPs with missing PTR records. For more information, go to "
        "https://support.google.com/mail/answer/81126#ip-practices - gsmtp", "5.7.25"),
    [E("5.7.25", "550", "requireptr")])
add("exim-requireptr-30.eml", "Exim",
    exim(30, "kontakt@firma.example.de",
         smtp_err("mx.firma.example.de", "203.0.113.130", "MAIL FROM:<sender@example.com> SIZE=2311",
                  ["550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]"])),
    [E("5.7.1", "550", "requireptr")])

# notcompliantrfc
add("gmail-notcompliantrfc-31.eml", "Gmail",
    gmail(31, "buyer@gmail.com",
          "Your message wasn't delivered to buyer@gmail.com because the remote server rejected it.",
          "550 5.7.1 [192.0.2.10] This message is not RFC 5322 compliant. There are multiple From headers. "
          "To reduce the amount of spam sent to Gmail, this message has been blocked.", "5.7.1",
          "gmail-smtp-in.l.google.com"),
    [E("5.7.1", "550", "notcompliantrfc")])
add("postfix-notcompliantrfc-32.eml", "Postfix",
    pfr(32, "client@gmail.com", "gmail-smtp-in.l.google.com", "142.250.0.26",
        "550-5.7.1 [192.0.2.10] This message is not RFC 5322 compliant, the 'From' header is missing. To reduce "
        "the amount of spam sent to Gmail, this message has been blocked. For more information, go to "
        "https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp", "5.7.1", cmd="end of DATA"),
    [E("5.7.1", "550", "notcompliantrfc")])

# STARTTLS failures
add("postfix-starttls-33.eml", "Postfix",
    pf(33, "secure@bank.example.org",
       "TLS is required, but was not offered by host mx.bank.example.org[198.51.100.140]", "4.7.4",
       action="delayed", delay=True),
    [E("4.7.4", "", "securityerror")])
add("postfix-starttls-34.eml", "Postfix",
    pfr(34, "office@lawfirm.example.com", "mail.lawfirm.example.com", "198.51.100.141",
        "530 5.7.0 Must issue a STARTTLS command first", "5.7.0", cmd="MAIL FROM"),
    [E("5.7.0", "530", "securityerror")])

# toomanyconn
add("exim-toomanyconn-35.eml", "Exim",
    exim(35, "news@portal.example.net",
         smtp_err("mx.portal.example.net", "203.0.113.150", "initial connection",
                  ["421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later"]),
         delay=True),
    [E("4.7.0", "421", "expired")])
add("postfix-toomanyconn-36.eml", "Postfix",
    pfr(36, "support@saas.example.io", "mx.saas.example.io", "198.51.100.160",
        "421 4.7.0 mx.saas.example.io Error: too many connections from 192.0.2.10", "4.7.0", cmd="end of DATA",
        action="delayed", delay=True),
    [E("4.7.0", "421", "toomanyconn")])

# norelaying
add("postfix-norelaying-37.eml", "Postfix",
    pfr(37, "partner@external.example.com", "smarthost.isp.example.net", "198.51.100.170",
        "554 5.7.1 <partner@external.example.com>: Relay access denied", "5.7.1"),
    [E("5.7.1", "554", "norelaying")])
add("sendmail-norelaying-38.eml", "Sendmail",
    sendmail(38, "guest@visitor.example.org",
             "... while talking to gw.office.example.com.:\n>>> RCPT To:<guest@visitor.example.org>\n"
             "<<< 550 5.7.1 <guest@visitor.example.org>... Relaying denied\n"
             "550 5.7.1 <guest@visitor.example.org>... Relaying denied",
             "5.7.1", "SMTP; 550 5.7.1 <guest@visitor.example.org>... Relaying denied", "gw.office.example.com",
             why="550 5.7.1 Relaying denied"),
    [E("5.7.1", "550", "norelaying")])
add("exchange-norelaying-39.eml", "Exchange2016",
    exchange(39, "vendor@supplier.example.net",
             "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "5.7.54",
             "EX01.corp.example.com"),
    [E("5.7.54", "550", "securityerror")])

# mailererror
add("postfix-mailererror-40.eml", "Postfix",
    pf(40, "tickets@helpdesk.example.com",
       "Command died with status 1: \"/usr/local/bin/ticket-intake --queue support\". Command output: "
       "ticket-intake: database connection refused", "5.3.0", mta="helpdesk.example.com"),
    [E("5.3.0", "", "mailererror")])
add("exim-mailererror-41.eml", "Exim",
    exim(41, "import@crm.example.org",
         ["pipe to |/usr/bin/php /var/www/crm/mail-import.php",
          "  generated by import@crm.example.org",
          "  local delivery failed",
          "",
          "The following text was generated during the delivery attempt:",
          "",
          "------ pipe to |/usr/bin/php /var/www/crm/mail-import.php",
          "       generated by import@crm.example.org ------",
          "",
          "PHP Fatal error:  Uncaught Error: Call to undefined function imap_open()"],
         mta="crm.example.org"),
    [E("5.0.930", "", "systemerror")])
add("qmail-mailererror-42.eml", "qmail",
    qmail(42, "alerts@monitor.example.net",
          ["/usr/local/bin/alert-handler: exit 100",
           "alert-handler: cannot write spool file: permission denied"]),
    [E("5.0.939", "", "mailererror")])

# expired
add("sendmail-expired-43.eml", "Sendmail",
    sendmail(43, "orders@far.example.com",
             "... while talking to mx.far.example.com.:\n>>> RCPT To:<orders@far.example.com>\n"
             "<<< 451 4.4.1 reply: read error from mx.far.example.com.\n"
             "<orders@far.example.com>... Deferred: Connection timed out with mx.far.example.com.\n"
             "Message could not be delivered for 5 days\nMessage will be deleted from queue",
             "4.4.7", "SMTP; 451 4.4.1 reply: read error from mx.far.example.com.", "mx.far.example.com",
             why="Connection timed out with mx.far.example.com."),
    [E("4.4.1", "451", "expired")])
add("exim-expired-44.eml", "Exim",
    exim(44, "office@island.example.net",
         ["retry timeout exceeded",
          "all hosts for 'island.example.net' have been failing for a long time (and retry time not reached)"]),
    [E("4.0.947", "", "expired")])
add("qmail-expired-45.eml", "qmail",
    qmail(45, "team@slow.example.org",
          ["I'm not going to try again; this message has been in the queue too long."]),
    [E("5.0.947", "", "expired")])
add("postfix-expired-46.eml", "Postfix",
    pf(46, "info@offline.example.com",
       "connect to mx.offline.example.com[198.51.100.199]:25: Connection timed out", "4.4.1"),
    [E("4.4.1", "", "expired")])

# added while cross-checking with Sisimai 4.25 (the first syntaxerror and
# notaccept items were read otherwise by it; these are its own families)
add("postfix-syntaxerror-47.eml", "Postfix",
    pfr(47, "upload@files.example.com", "smtp.files.example.com", "198.51.100.92",
        "500 5.5.1 Command unrecognized: \"BDAT 2311 LAST\"", "5.5.1", cmd="end of DATA"),
    [E("5.5.1", "500", "syntaxerror")])
add("postfix-syntaxerror-48.eml", "Postfix",
    pfr(48, "crm@vendor.example.net", "mail.vendor.example.net", "198.51.100.93",
        "501 Syntax error in parameters or arguments", "5.0.0"),
    [E("5.0.0", "501", "syntaxerror")])
add("postfix-notaccept-49.eml", "Postfix",
    pfr(49, "orders@busy.example.com", "mx.busy.example.com", "198.51.100.94",
        "421 4.3.2 System not accepting network messages", "4.3.2", cmd="MAIL FROM", action="delayed",
        delay=True),
    [E("4.3.2", "421", "notaccept")])
add("postfix-networkerror-50.eml", "Postfix",
    pfr(50, "list@forum.example.org", "mx.forum.example.org", "198.51.100.95",
        "554 5.4.6 Message probably in a routing loop", "5.4.6", cmd="end of DATA"),
    [E("5.4.6", "554", "networkerror")])

if __name__ == "__main__":
    write_set(OUT, SETS)
