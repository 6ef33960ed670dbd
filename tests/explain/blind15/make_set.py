#!/usr/bin/env python3
"""make_set.py: write the blind15 set and its labels.

blind15 covers the RECEIVING providers' own reply codes and texts as
they appear inside ordinary MTA bounces (Postfix, Exim, Sendmail,
Exchange Online, Gmail as the sender, Amazon SES): the cases where the
same status means different things at different hosts.  Microsoft
(outlook.com / Exchange Online: S3150, S3140, AS(...) codes, 5.7.708,
5.7.750, 4.7.650, 5.4.1 "Access denied. AS(201806281)", 5.1.10), Google
(5.7.1 "Our system has detected", 4.7.0, 5.7.26/27/25/28, 4.2.1, 5.2.1,
4.7.28), Yahoo/AOL (TSS04, TSS09, TS01-TS03, "doesn't have a yahoo.com
account"), Apple iCloud (CS01, HM08, "mail from [IP] refused"), Comcast
(RL000001, BL000010), Orange (OFR_999, OFR004), GMX/web.de, mail.ru,
Yandex, QQ/163/Sina, Mimecast/Proofpoint, and the Spamhaus, Barracuda
and SpamCop listings quoted by any host.

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai is judged to answer (status, reply code, reason,
hardbounce).  Only example domains and documentation addresses are used,
besides the provider host names that identify a provider.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import (dsn, E, fold, Mime, POSTFIX_DELAY, POSTFIX_INTRO, rec, said, write_set)  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"
IP = "192.0.2.10"
N = [0]


def add(name, engine, msg, exp):
    assert name not in [s[0] for s in SETS], name
    SETS.append((name, engine, msg, exp))


def nxt():
    N[0] += 1
    return N[0]


BODY = "Hello,\n\nplease find the signed order confirmation for week 48 below. Delivery is planned for Tuesday.\n\nRegards,\nSender\n"

M = Mime("out2.example.com with ESMTPSA id 7C1B04D9", BODY, dkim_b="YmxpbmQxNXNpZ25hdHVyZTAxMjM0NTY3")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned
SUBJ = "Order confirmation week 48"


# ==========================================================================
# Postfix
# ==========================================================================

def postfix(name, host, recips, exp, delay=False, to=SA):
    """recips: (addr, action, status, diag, remote, text)."""
    n = nxt()
    date = "Wed, 26 Nov 2025 09:%02d:17 +0000 (UTC)" % (n % 60)
    qid = "4dR%dXw%02dLp2q" % (n % 10, n)
    text = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host + "\n".join("<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (host, qid, to, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4]) for r in recips]
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subj, "To: %s" % to,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, n, host)]
    body = multipart("report", [part("text/plain", text, extra=["Content-Description: Notification"]),
                                dsn(per, rs, desc="Delivery report"),
                                returned(recips[0][0], SUBJ, date, "wk48p%02d@example.com" % n, "message", frm=SA)],
                     "%s.%d/%s" % (qid, 1764140000 + n, host), params=" report-type=delivery-status;")
    add(name, "Postfix", "\n".join(h) + "\n" + body, exp)


def pf1(name, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", delay=False):
    postfix(name, "mail.example.com", [(addr, "delayed" if delay else "failed", status, reply, rhost,
                                        said(rhost, rip, reply, cmd))], exp, delay=delay)


# ==========================================================================
# Exim
# ==========================================================================

def exim(name, host, recips, exp, delay=False):
    """recips: (addr, rhost, rip, cmd, reply lines)."""
    n = nxt()
    date = "Wed, 26 Nov 2025 11:%02d:05 +0100" % (n % 60)
    mid = "1vOe%02d-00%dKq-3T" % (n, n % 10)
    if delay:
        subj = "Warning: message %s delayed 24 hours" % mid
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     %s\nThe subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n" % (host, mid, SUBJ, date))
        for a, rh, ri, cmd, lines in recips:
            text += "  %s\n    Delay reason: SMTP error from remote mail server after %s:\n" % (a, cmd)
            text += "".join("    %s\n" % l for l in lines)
        text += ("\nNo action is required on your part. Delivery attempts will continue for\n"
                 "some time, and this warning may be repeated at intervals if the message\n"
                 "remains undelivered. Eventually the mail delivery software will give up,\n"
                 "and when that happens, the message will be returned to you.\n")
    else:
        subj = "Mail delivery failed: returning message to sender"
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n")
        for a, rh, ri, cmd, lines in recips:
            text += "  %s\n    host %s [%s]\n    SMTP error from remote mail server after %s:\n" % (a, rh, ri, cmd)
            text += "".join("    %s\n" % l for l in lines)
            text += "\n"
        text += "------ This is a copy of the message, including all the headers. ------\n\n"
        text += orig(recips[0][0], SUBJ, date, "wk48e%02d@example.com" % n, frm=SA) + "\n" + BODY
    h = ["Return-Path: <>", "Received: from mail by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s" % (host, mid, SA, date),
         "X-Failed-Recipients: %s" % ", ".join(r[0] for r in recips), "Auto-Submitted: auto-replied",
         "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % SA, "Subject: %s" % subj,
         "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date, "Content-Type: text/plain; charset=us-ascii",
         "Content-Transfer-Encoding: 7bit"]
    if delay:
        h = [x for x in h if not x.startswith("X-Failed")]
    add(name, "Exim", "\n".join(h) + "\n\n" + text, exp)


def ex1(name, addr, rhost, rip, lines, exp, cmd=None, delay=False, host="mx.example.com"):
    exim(name, host, [(addr, rhost, rip, cmd or "RCPT TO:<%s>" % addr, lines)], exp, delay=delay)


# ==========================================================================
# Sendmail
# ==========================================================================

def sendmail(name, host, recips, exp, delay=False):
    """recips: (addr, rhost, rip, cmd, reply lines, status)."""
    n = nxt()
    date = "Wed, 26 Nov 2025 14:%02d:48 +0900" % (n % 60)
    qid = "5AQ5%02dKx0%d1234" % (n, n % 10)
    if delay:
        subj = "Warning: could not send message for past 4 hours"
        text = ("    **********************************************\n"
                "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                "    **********************************************\n\n"
                "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                "   ----- Transcript of session follows -----\n" % date)
    else:
        subj = "Returned mail: see transcript for details"
        text = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n" % date)
        text += "".join("<%s>\n    (reason: %s)\n" % (r[0], r[4][-1]) for r in recips)
        text += "\n   ----- Transcript of session follows -----\n"
    for a, rh, ri, cmd, lines, st in recips:
        text += "... while talking to %s.:\n>>> %s\n" % (rh, cmd)
        text += "".join("<<< %s\n" % l for l in lines)
        if delay:
            text += "<%s>... Deferred: %s\n" % (a, lines[-1])
        else:
            text += "%s %s <%s>... %s\n" % (lines[-1][:3], st, a, lines[-1][4:])
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, date)
    rs = [rec(r[0], "delayed" if delay else "failed", r[5], " ".join(r[4]), r[1], dtype="SMTP", ftype="RFC822",
              orig_rcpt=False, last=date) for r in recips]
    h = ["Return-Path: <>", "Received: from localhost (localhost)\n\tby %s (8.17.2/8.17.2) id %s;\n\t%s" % (host, qid, date),
         "Date: %s" % date, "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Message-Id: <%s.%d@%s>" % (qid, n, host),
         "To: <%s>" % SA, "MIME-Version: 1.0", "Subject: %s" % subj, "Auto-Submitted: auto-generated (failure)"]
    body = multipart("report", [part("text/plain", text), dsn(per, rs),
                                returned(recips[0][0], SUBJ, date, "wk48s%02d@example.com" % n, "message", frm=SA)],
                     "%s.%d/%s" % (qid, 1764140000 + n, host), params=" report-type=delivery-status;",
                     preamble="This is a MIME-encapsulated message\n")
    add(name, "Sendmail", "\n".join(h) + "\n" + body, exp)


def sm1(name, addr, rhost, rip, lines, status, exp, cmd=None, delay=False, host="mail.example.jp"):
    sendmail(name, host, [(addr, rhost, rip, cmd or "RCPT To:<%s>" % addr, lines, status)], exp, delay=delay)


# ==========================================================================
# Exchange Online (the sender's tenant) NDRs
# ==========================================================================

EXO_GEN = "SA1PR12MB8142.namprd12.prod.outlook.com"


def exo(name, recips, exp, delay=False, gen=EXO_GEN):
    """recips: (addr, human, status, reply, rhost or None)."""
    n = nxt()
    date = "Wed, 26 Nov 2025 16:%02d:33 +0000" % (n % 60)
    frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>"
    subj = ("Delivery delayed:" if delay else "Undeliverable:") + " " + SUBJ
    if delay:
        text = "Delivery is delayed to these recipients or groups:\n\n"
    else:
        text = "Your message to %s couldn't be delivered.\n\n" % recips[0][0] if len(recips) == 1 else \
            "Delivery has failed to these recipients or groups:\n\n"
    for a, human, st, reply, rh in recips:
        text += "%s\n%s\n\n" % (a, human)
    text += "\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n" % gen
    for a, human, st, reply, rh in recips:
        text += "%s\n%s\nRemote server returned '%s'\n\n" % (a, rh or gen, reply)
    text += "Original message headers:\n\n" + orig(recips[0][0], SUBJ, date, "wk48x%02d@example.com" % n, frm=SA)
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date)
    rs = [rec(r[0], "delayed" if delay else "failed", r[2], r[3], r[4], orig_rcpt=False,
              extra=["X-Display-Name: %s" % r[0].split("@")[0]]) for r in recips]
    h = ["Return-Path: <>", "From: %s" % frm, "To: <%s>" % SA, "Date: %s" % date, "Subject: %s" % subj,
         "Content-Language: en-US", "MIME-Version: 1.0", "X-MS-Exchange-Message-Is-Ndr:",
         "Message-ID: <%08x-ndr-%d@%s>" % (0x5ac10000 + n, n, gen), "Auto-Submitted: auto-replied"]
    body = multipart("report", [part("text/plain", text, enc="qp", cs="utf-8"), dsn(per, rs),
                                returned(recips[0][0], SUBJ, date, "wk48x%02d@example.com" % n, "headers", frm=SA)],
                     "_%03d_%s_" % (n, gen.split(".")[0]), params=" report-type=delivery-status;", preamble="")
    add(name, "Exchange2007", "\n".join(h) + "\n" + body, exp)


# ==========================================================================
# Gmail (googlemail.com) as the sender
# ==========================================================================

def gmail(name, recips, exp, head, delay=False):
    """recips: (addr, rhost, rip, reply)."""
    n = nxt()
    date = "Wed, 26 Nov 2025 18:%02d:02 -0800 (PST)" % (n % 60)
    subj = "Delivery Status Notification (%s)" % ("Delay" if delay else "Failure")
    text = "\n** %s **\n\n" % head
    if delay:
        text += ("There was a temporary problem delivering your message to %s. Gmail will retry for 46 more hours. "
                 "You'll be notified if the delivery fails permanently.\n\n" % ", ".join(r[0] for r in recips))
    else:
        text += "Your message wasn't delivered to %s because the remote server rejected it.\n\n" % \
            ", ".join(r[0] for r in recips)
    text += "The response from the remote server was:\n" + "\n".join(r[3] for r in recips) + "\n"
    per = "Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s\nX-Original-Message-ID: <wk48g%02d@example.com>" % (SA, date, n)
    rs = [rec(r[0], "delayed" if delay else "failed", "4.0.0" if delay else "5.0.0", r[3], "%s. (%s)" % (r[1], r[2]),
              orig_rcpt=False, ftype="rfc822", last=date) for r in recips]
    h = ["Return-Path: <>", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % SA,
         "Auto-Submitted: auto-replied", "Subject: %s" % subj, "References: <wk48g%02d@example.com>" % n,
         "In-Reply-To: <wk48g%02d@example.com>" % n, "X-Failed-Recipients: %s" % ", ".join(r[0] for r in recips),
         "Message-ID: <6740a1b2.%04d.gmr-mx@mx.google.com>" % n, "Date: %s" % date, "MIME-Version: 1.0"]
    body = multipart("report", [part("text/plain", text, cs="UTF-8"), dsn(per, rs),
                                returned(recips[0][0], SUBJ, date, "wk48g%02d@example.com" % n, "message", frm=SA)],
                     "000000000000%012x" % (0xb15 * n), params=" report-type=delivery-status;", preamble="")
    add(name, "RFC3464", "\n".join(h) + "\n" + body, exp)


# ==========================================================================
# Amazon SES as the sender
# ==========================================================================

def ses(name, addr, rhost, reply, status, exp):
    n = nxt()
    date = "Thu, 27 Nov 2025 02:%02d:44 +0000" % (n % 60)
    host = "a8-%d.smtp-out.amazonses.com" % (20 + n)
    text = "An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % addr
    per = "Reporting-MTA: dns; %s" % host
    rs = [rec(addr, "failed", status, reply, rhost, orig_rcpt=False, ftype="rfc822")]
    h = ["Return-Path: <>", "From: MAILER-DAEMON@amazonses.com", "To: %s" % SA, "Subject: Delivery Status Notification (Failure)",
         "Date: %s" % date, "Message-ID: <0100019ac%07d-ses@email.amazonses.com>" % n, "MIME-Version: 1.0",
         "X-SES-Outgoing: 2025.11.27-54.240.8.%d" % n]
    body = multipart("report", [part("text/plain", text, cs="UTF-8"), dsn(per, rs),
                                returned(addr, SUBJ, date, "wk48a%02d@example.com" % n, "message", frm=SA)],
                     "=_ses_%04d" % n, params=" report-type=delivery-status;", preamble="")
    add(name, "RFC3464", "\n".join(h) + "\n" + body, exp)


# ==========================================================================
# Microsoft (outlook.com, hotmail, Exchange Online protection)
# ==========================================================================
OLC = "outlook-com.olc.protection.outlook.com"
EOP = "example-com.mail.protection.outlook.com"
MSIP = "52.101.68.7"
pf1("postfix-ms-01.eml", "jo.k@hotmail.com", "5.7.1",
    "550 5.7.1 Unfortunately, messages from [%s] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB3PEPF0000885A.eurprd02.prod.outlook.com 2025-11-26T09:01:12.449Z 08DE2C4E11A9B3F7]" % IP,
    OLC, MSIP, [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-ms-02.eml", "pat.r@outlook.com", "5.7.1",
    "550 5.7.1 Unfortunately, messages from [%s] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM2PEPF0001C70F.eurprd05.prod.outlook.com 2025-11-26T09:02:40.112Z 08DE2C4E11A9C001]" % IP,
    OLC, MSIP, [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-ms-03.eml", "k.lee@example.org", "5.4.1",
    "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2025-11-26T09:03:01.771Z 08DE2C1F0A6B2E44]",
    EOP, "52.101.73.17", [E("5.4.1", "550", "userunknown")])
pf1("postfix-ms-04.eml", "m.ortiz@example.org", "5.4.1",
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN1PEPF00004687.namprd05.prod.outlook.com 2025-11-26T09:04:22.010Z 08DE2C1F0A6B2E45]",
    EOP, "52.101.73.17", [E("5.4.1", "550", "userunknown")])
pf1("postfix-ms-05.eml", "office@example.org", "5.7.708",
    "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [SN1PEPF0002636B.namprd02.prod.outlook.com 2025-11-26T09:05:50.336Z 08DE2C1F0A6B2E46]",
    EOP, "52.101.73.17", [E("5.7.708", "550", "speeding")], cmd="MAIL FROM")
pf1("postfix-ms-06.eml", "ana.b@live.com", "4.7.650",
    "451 4.7.650 The mail server [%s] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA6C2D84E1F001] [DU2PEPF00028D0C.eurprd03.prod.outlook.com 2025-11-26T09:06:14.662Z 08DE2C4E11A9C1A2]" % IP,
    OLC, MSIP, [E("4.7.650", "451", "badreputation")], cmd="MAIL FROM", delay=True)
pf1("postfix-ms-07.eml", "sam.w@outlook.com", "4.7.500",
    "451 4.7.500 Server busy. Please try again later from [%s]. (S77714) [VI1EUR06FT061.eop-eur06.prod.protection.outlook.com 2025-11-26T09:07:33.120Z 08DE2C4E11A9C1B3]" % IP,
    OLC, MSIP, [E("4.7.500", "451", "systemerror")], cmd="MAIL FROM", delay=True)
pf1("postfix-ms-08.eml", "r.chan@example.org", "5.7.606",
    "550 5.7.606 Access denied, banned sending IP [%s]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [MW2NAM12FT043.eop-nam12.prod.protection.outlook.com 2025-11-26T09:08:45.001Z 08DE2C1F0A6B2E47]" % IP,
    EOP, "52.101.73.17", [E("5.7.606", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-ms-09.eml", "t.nguyen@example.org", "5.7.1",
    "550 5.7.1 Service unavailable, Client host [%s] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/%s AS(1450) [CO1PEPF000044F1.namprd21.prod.outlook.com 2025-11-26T09:09:10.918Z 08DE2C1F0A6B2E48]" % (IP, IP),
    EOP, "52.101.73.17", [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-ms-10.eml", "payroll@example.org", "5.7.509",
    "550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [DS1PEPF00017099.namprd05.prod.outlook.com 2025-11-26T09:10:02.400Z 08DE2C1F0A6B2E49]",
    EOP, "52.101.73.17", [E("5.7.509", "550", "authfailure")], cmd="end of DATA")
pf1("postfix-ms-11.eml", "ghost.user@outlook.com", "5.5.0",
    "550 5.5.0 Requested action not taken: mailbox unavailable. [AMS1EPF00000042.eurprd04.prod.outlook.com 2025-11-26T09:11:27.003Z 08DE2C4E11A9C1C4]",
    OLC, MSIP, [E("5.5.0", "550", "userunknown")])
exo("exo-ms-01.eml", [("lena@example.net",
                       "The email address couldn't be found. Check the address and try again.",
                       "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lena@example.net not found by SMTP address lookup",
                       None)], [E("5.1.10", "550", "userunknown")])
exo("exo-ms-02.eml", [("crm@example.net",
                       "Your message wasn't delivered because the recipient's email provider rejected it.",
                       "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [CH2PEPF0000009B.namprd02.prod.outlook.com 2025-11-26T16:02:10.000Z 08DE2C99F0E1A2B3]",
                       "example-net.mail.protection.outlook.com")], [E("5.4.1", "550", "userunknown")])
exo("exo-ms-03.eml", [("buyer@example.biz",
                       "Your message couldn't be delivered because your organization's domain isn't registered in Microsoft 365.",
                       "5.7.750", "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to https://go.microsoft.com/fwlink/?linkid=2093210 [SA1PR12MB8142.namprd12.prod.outlook.com 2025-11-26T16:03:41.000Z 08DE2C99F0E1A2B4]",
                       None)], [E("5.7.750", "550", "rejected")])
exo("exo-ms-04.eml", [("anne@example.net", "The email address couldn't be found.",
                       "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient anne@example.net not found by SMTP address lookup", None),
                      ("bert@example.net", "The recipient's mailbox is full and can't accept messages now.",
                       "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]", None),
                      ("carla@example.net", "Your message couldn't be delivered because delivery to this group is restricted to authenticated senders.",
                       "5.7.133", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group", None)],
    [E("5.1.10", "550", "userunknown"), E("5.2.2", "554", "mailboxfull"), E("5.0.970", "550", "securityerror")])
exo("exo-ms-05.eml", [("ops@example.org",
                       "Delivery of your message has been delayed. The recipient's server is rate limiting the messages sent from your organization.",
                       "4.7.650", "451 4.7.650 The mail server [40.107.22.60] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843) [AM3PEPF0000A78E.eurprd04.prod.outlook.com 2025-11-26T16:05:00.000Z 08DE2C99F0E1A2B5]",
                       OLC)], [E("4.7.650", "451", "badreputation")], delay=True)

# ==========================================================================
# Google
# ==========================================================================
GM = "gmail-smtp-in.l.google.com"
GIP = "142.250.102.27"
pf1("postfix-google-01.eml", "lucy.h@gmail.com", "5.7.1",
    "550-5.7.1 [%s] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 5b1f17b1804b1-47a1b2c3d4esi1234567f8.210 - gsmtp" % IP,
    GM, GIP, [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
pf1("postfix-google-02.eml", "owen.p@gmail.com", "5.7.26",
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if 550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection a640c23a62f3a-b73c1d2e3f4si98765432166b.100 - gsmtp",
    GM, GIP, [E("5.7.26", "550", "authfailure")], cmd="end of DATA")
pf1("postfix-google-03.eml", "nora.f@gmail.com", "5.7.27",
    "550-5.7.27 Your email has been blocked because the sender is unauthenticated. 550-5.7.27 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.27  550-5.7.27  Authentication results: 550-5.7.27  DKIM = did not pass 550-5.7.27  SPF [example.com] with ip: [%s] = did not pass 550-5.7.27  550-5.7.27  For instructions on setting up authentication, go to 550 5.7.27 https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-c0a1b2c3d4si12345678a12.345 - gsmtp" % IP,
    GM, GIP, [E("5.7.27", "550", "notaccept")], cmd="end of DATA")
pf1("postfix-google-04.eml", "ian.m@gmail.com", "5.7.25",
    "550-5.7.25 [%s] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices d9443c01a7336-29a1b2c3d4esi123456785ad.77 - gsmtp" % IP,
    GM, GIP, [E("5.7.25", "550", "requireptr")], cmd="end of DATA")
pf1("postfix-google-05.eml", "busy.inbox@gmail.com", "4.2.1",
    "452-4.2.1 The recipient you are trying to contact is receiving mail at a rate that 452-4.2.1 prevents additional messages from being delivered. Please resend your 452-4.2.1 message at a later point. If the user is able to receive mail at that 452-4.2.1 time, your message will be delivered. For more information, go to 452 4.2.1 https://support.google.com/mail/?p=ReceivingRate 98e67ed59e1d1-34a1b2c3d4si12345678a91.5 - gsmtp",
    GM, GIP, [E("4.2.1", "452", "speeding")], delay=True)
pf1("postfix-google-06.eml", "old.account@gmail.com", "5.2.1",
    "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-47b1c2d3e4fsi1234567f8.33 - gsmtp",
    GM, GIP, [E("5.2.1", "550", "suspend")])
pf1("postfix-google-07.eml", "vik.s@gmail.com", "5.7.28",
    "550-5.7.28 [%s      19] Our system has detected an unusual rate of 550-5.7.28 unsolicited mail originating from your IP address. To protect our 550-5.7.28 users from spam, mail sent from your IP address has been blocked. 550-5.7.28 Please visit 550-5.7.28  https://support.google.com/mail/?p=UnsolicitedIPError to review 550 5.7.28 our Bulk Email Senders Guidelines. 46e09a7af769-4a1b2c3d4e5si1234567b6a.123 - gsmtp" % IP,
    GM, GIP, [E("5.7.28", "550", "blocked")], cmd="end of DATA")
pf1("postfix-google-08.eml", "zoe.q@gmail.com", "4.7.28",
    "421-4.7.28 [%s      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP address has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email Senders Guidelines. 5b1f17b1804b1-47c1d2e3f4si1234567f8.9 - gsmtp" % IP,
    GM, GIP, [E("4.7.28", "421", "expired")], cmd="end of DATA", delay=True)
pf1("postfix-google-09.eml", "no.such.person@gmail.com", "5.1.1",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-47d1e2f3a4si1234567f8.51 - gsmtp",
    GM, GIP, [E("5.1.1", "550", "userunknown")])
ex1("exim-google-01.eml", "lab@gmail.com", GM, GIP,
    ["421-4.7.0 [%s      15] Our system has detected an unusual rate of" % IP,
     "421-4.7.0 unsolicited mail originating from your IP address. To protect our",
     "421-4.7.0 users from spam, mail sent from your IP address has been temporarily",
     "421-4.7.0 rate limited. Please visit",
     "421-4.7.0  https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
     "421 4.7.0 review our Bulk Email Senders Guidelines. a640c23a62f3a-b7a1b2c3si12345678366b.81 - gsmtp"],
    [E("4.0.947", "421", "expired")], cmd="end of data", delay=True)
postfix("postfix-google-11.eml", "mail.example.com", [
    ("sec@example.net", "delayed", "4.7.0", None, None,
     "TLS is required, but was not offered by host aspmx.l.google.com[142.250.153.26]")],
    [E("4.7.0", "", "expired")], delay=True)
gmail("gmail-ms-01.eml", [("tom.k@hotmail.com", OLC, MSIP,
                           "550 5.7.1 Unfortunately, messages from [209.85.128.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00025F97.EURPRD83.prod.outlook.com 2025-11-27T02:14:01.000Z 08DE2D11B0C4E600]")],
      [E("5.7.1", "550", "blocked")], "Message blocked")
gmail("gmail-yahoo-01.eml", [("lisa.r@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.72",
                              "421 4.7.0 [TSS04] Messages from 209.85.128.44 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")],
      [E("4.7.0", "421", "rejected")], "Message not delivered yet", delay=True)
gmail("gmail-multi-01.eml", [("dan@icloud.com", "mx01.mail.icloud.com", "17.57.154.33",
                              "550 5.1.1 <dan@icloud.com>: user does not exist"),
                             ("eve@icloud.com", "mx01.mail.icloud.com", "17.57.154.33",
                              "552 5.2.2 <eve@icloud.com>: user is over quota")],
      [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull")], "Address not found")
gmail("gmail-qq-01.eml", [("10001234@qq.com", "mx3.qq.com", "203.205.219.57",
                           "550 Mailbox not found or access denied. http://service.mail.qq.com/detail/0/92")],
      [E("5.0.0", "550", "userunknown")], "Address not found")
gmail("gmail-comcast-01.eml", [("chris.b@comcast.net", "mx1a1.comcast.net", "96.103.145.164",
                                "550 5.1.1 <chris.b@comcast.net> Not our Customer")],
      [E("5.1.1", "550", "userunknown")], "Address not found")

# ==========================================================================
# Yahoo / AOL
# ==========================================================================
YH = "mta7.am0.yahoodns.net"
YIP = "67.195.228.94"
pf1("postfix-yahoo-01.eml", "m.garcia@yahoo.com", "4.7.0",
    "421 4.7.0 [TSS04] Messages from %s temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes" % IP,
    YH, YIP, [E("4.7.0", "421", "rejected")], cmd="MAIL FROM", delay=True)
pf1("postfix-yahoo-02.eml", "d.khan@yahoo.com", "5.7.2",
    "553 5.7.2 [TSS09] All messages from %s will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes" % IP,
    YH, YIP, [E("5.7.2", "553", "rejected")], cmd="MAIL FROM")
pf1("postfix-yahoo-03.eml", "nobody.here@yahoo.com", "5.0.0",
    "554 delivery error: dd This user doesn't have a yahoo.com account (nobody.here@yahoo.com) [0] - mta1234.mail.ne1.yahoo.com",
    YH, YIP, [E("5.0.0", "554", "userunknown")], cmd="end of DATA")
pf1("postfix-yahoo-04.eml", "ruth.a@aol.com", "4.7.1",
    "421 4.7.1 [TS01] Messages from %s temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes" % IP,
    "mx-aol.mail.gm0.yahoodns.net", "67.195.204.79", [E("4.7.1", "421", "blocked")], cmd="MAIL FROM", delay=True)
pf1("postfix-yahoo-05.eml", "joe.s@aol.com", "4.7.0",
    "421 4.7.0 [TS02] Messages from %s temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes" % IP,
    "mx-aol.mail.gm0.yahoodns.net", "67.195.204.79", [E("4.7.0", "421", "blocked")], cmd="MAIL FROM", delay=True)
pf1("postfix-yahoo-06.eml", "amy.t@yahoo.co.uk", "5.7.1",
    "554 5.7.1 [TS03] All messages from %s will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes" % IP,
    "mx-eu.mail.am0.yahoodns.net", "188.125.72.74", [E("5.7.1", "554", "rejected")], cmd="MAIL FROM")
pf1("postfix-yahoo-07.eml", "pete.v@yahoo.com", "5.7.9",
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    YH, YIP, [E("5.7.9", "550", "authfailure")], cmd="end of DATA")
pf1("postfix-yahoo-08.eml", "liz.o@yahoo.com", "5.7.9",
    "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
    YH, YIP, [E("5.7.9", "554", "policyviolation")], cmd="end of DATA")
exo("exo-yahoo-01.eml", [("hank.b@yahoo.com", "The recipient's email provider rejected your message.",
                          "5.0.0", "554 delivery error: dd This user doesn't have a yahoo.com account (hank.b@yahoo.com) [0] - mta4011.mail.bf1.yahoo.com",
                          YH)], [E("5.0.0", "554", "userunknown")])
ses("ses-yahoo-01.eml", "sue.j@yahoo.com", YH,
    "553 5.7.2 [TSS09] All messages from 54.240.8.61 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
    "5.7.2", [E("5.7.2", "553", "rejected")])

# ==========================================================================
# Apple iCloud
# ==========================================================================
IC = "mx02.mail.icloud.com"
ICIP = "17.57.155.23"
pf1("postfix-apple-01.eml", "tim.c@icloud.com", "5.7.1",
    "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    IC, ICIP, [E("5.7.1", "550", "policyviolation")], cmd="end of DATA")
pf1("postfix-apple-02.eml", "ann.w@me.com", "5.7.1",
    "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    IC, ICIP, [E("5.7.1", "554", "policyviolation")], cmd="end of DATA")
pf1("postfix-apple-03.eml", "bo.k@mac.com", "5.7.1",
    "554 5.7.1 [CS01] mail from %s refused. Please visit https://support.apple.com/en-us/HT204137" % IP,
    IC, ICIP, [E("5.7.1", "554", "securityerror")], cmd="MAIL FROM")
pf1("postfix-apple-04.eml", "void@icloud.com", "5.1.1",
    "550 5.1.1 <void@icloud.com>: user does not exist",
    IC, ICIP, [E("5.1.1", "550", "userunknown")])
# ==========================================================================
# Comcast
# ==========================================================================
CC = "mx2h1.comcast.net"
CCIP = "96.102.18.150"
pf1("postfix-comcast-01.eml", "frank.d@comcast.net", "5.0.0",
    "554 resimta-po-12v.sys.comcast.net resimta comcast %s found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010" % IP,
    CC, CCIP, [E("5.0.0", "554", "onhold")], cmd="MAIL FROM")
pf1("postfix-comcast-02.eml", "gwen.h@comcast.net", "4.0.0",
    "421 resimta-h1p-028482.sys.comcast.net resimta comcast %s Rate limited, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001" % IP,
    CC, CCIP, [E("4.0.0", "421", "expired")], cmd="MAIL FROM", delay=True)
pf1("postfix-comcast-03.eml", "harv.l@comcast.net", "5.0.0",
    "554 resimta-po-31v.sys.comcast.net resimta comcast %s IP blocked, see http://postmaster.comcast.net/smtp-error-codes.php#BL000000" % IP,
    CC, CCIP, [E("5.0.0", "554", "onhold")], cmd="MAIL FROM")
# ==========================================================================
# Orange / Wanadoo (France)
# ==========================================================================
OR = "smtp-in.orange.fr"
ORIP = "80.12.242.15"
pf1("postfix-orange-01.eml", "jean.dupont@orange.fr", "5.7.1",
    "550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR_999 [999]",
    OR, ORIP, [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("postfix-orange-02.eml", "marie.l@wanadoo.fr", "4.0.0",
    "421 mwinf5c08 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_104 [104]",
    "smtp-in.wanadoo.fr", "193.252.22.84", [E("4.0.0", "421", "toomanyconn")], cmd="MAIL FROM", delay=True)
sm1("sendmail-orange-01.eml", "paul.m@orange.fr", OR, ORIP,
    ["550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"], "5.1.1",
    [E("5.1.1", "550", "userunknown")], host="mail.example.fr")
# ==========================================================================
# GMX / web.de (United Internet)
# ==========================================================================
GX = "mx00.emig.gmx.net"
GXIP = "212.227.15.9"
pf1("postfix-gmx-01.eml", "kai.s@gmx.de", "5.0.0",
    "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
    GX, GXIP, [E("5.0.0", "554", "onhold")], cmd="CONNECT")
ex1("exim-gmx-01.eml", "uwe.t@gmx.net", GX, GXIP,
    ["550 Requested action not taken: mailbox unavailable"], [E("5.0.911", "550", "userunknown")], host="mx.example.de")
ex1("exim-gmx-02.eml", "jan.p@gmx.de", GX, GXIP,
    ["451 Requested action aborted: local error in processing"], [E("4.0.947", "451", "expired")],
    cmd="end of data", delay=True, host="mx.example.de")
ex1("exim-webde-01.eml", "lea.k@web.de", "mx-ha02.web.de", "212.227.17.8",
    ["550 Mailbox disabled for this recipient"], [E("5.0.921", "550", "suspend")], host="mx.example.de")
pf1("postfix-webde-01.eml", "tom.r@web.de", "5.0.0",
    "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=192.0.2.10&c=hi",
    "mx-ha03.web.de", "212.227.17.11", [E("5.0.0", "554", "systemerror")], cmd="end of DATA")
# ==========================================================================
# mail.ru / Yandex
# ==========================================================================
ex1("exim-mailru-01.eml", "ivan.p@mail.ru", "mxs.mail.ru", "94.100.180.31",
    ["550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=Xc7N2KqLd-0aBcDeFgHiJkLmNoPq or report details to abuse@corp.mail.ru. Error code: 1A2B3C4D5E6F7A8B. ID: 00000000000000A1."],
    [E("5.0.980", "550", "spamdetected")], cmd="end of data", host="mx.example.ru")
ex1("exim-mailru-02.eml", "olga.v@mail.ru", "mxs.mail.ru", "94.100.180.31",
    ["550 Message was not accepted -- invalid mailbox.  Local mailbox olga.v@mail.ru is unavailable: user not found"],
    [E("5.0.911", "550", "userunknown")], host="mx.example.ru")
ex1("exim-yandex-01.eml", "p.smirnov@yandex.ru", "mx.yandex.ru", "77.88.21.249",
    ["554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764140000-AbCdEfGhIj-0001"],
    [E("5.7.1", "554", "securityerror")], cmd="end of data", host="mx.example.ru")
ex1("exim-yandex-02.eml", "no.one@yandex.ru", "mx.yandex.ru", "77.88.21.249",
    ["550 5.7.1 No such user!"], [E("5.7.1", "550", "userunknown")], host="mx.example.ru")
pf1("postfix-mailru-01.eml", "s.orlov@bk.ru", "4.0.0",
    "421 Try again later: too many messages from your IP 192.0.2.10 in the last minute (ratelimit)",
    "mxs.mail.ru", "94.100.180.31", [E("4.0.0", "421", "expired")], cmd="MAIL FROM", delay=True)
pf1("postfix-mailru-02.eml", "nika.z@mail.ru", "5.7.1",
    "550 5.7.1 Message rejected under suspicion of SPAM",
    "mxs.mail.ru", "94.100.180.31", [E("5.7.1", "550", "securityerror")], cmd="end of DATA")

# ==========================================================================
# QQ / 163 / Sina
# ==========================================================================
QQ = "mx3.qq.com"
QQIP = "203.205.219.57"
sm1("sendmail-qq-01.eml", "20012345@qq.com", QQ, QQIP,
    ["550 Mailbox not found or access denied. http://service.mail.qq.com/detail/0/92"], "5.0.0",
    [E("5.0.0", "550", "userunknown")])
sm1("sendmail-qq-02.eml", "30056789@qq.com", QQ, QQIP,
    ["550 Mail content denied. http://service.mail.qq.com/detail/122/171"], "5.0.0",
    [E("5.0.0", "550", "spamdetected")], cmd="DATA")
sm1("sendmail-qq-03.eml", "40011223@qq.com", QQ, QQIP,
    ["421 Ip frequency limited. http://service.mail.qq.com/detail/122/171"], "4.0.0",
    [E("4.0.0", "421", "toomanyconn")], cmd="MAIL From:<%s>" % SA, delay=True)
N163 = "163mx01.mxmail.netease.com"
N163IP = "220.181.14.141"
sm1("sendmail-163-01.eml", "wang.li@163.com", N163, N163IP,
    ["554 DT:SPM 163 mx14,QcCowAD3Xw7q1kZpAb8cAA--.1234S2 1764140000, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx14&time=1764140000"],
    "5.0.0", [E("5.0.0", "554", "spamdetected")], cmd="DATA")
sm1("sendmail-163-02.eml", "zhang.w@163.com", N163, N163IP,
    ["550 MI:STC 163 mx14,QcCowAD3Xw7q1kZpAb8dAA--.5678S2 1764140000 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx14&time=1764140000"],
    "5.0.0", [E("5.0.0", "550", "spamdetected")], cmd="MAIL From:<%s>" % SA)
pf1("postfix-163-01.eml", "chen.y@126.com", "4.0.0",
    "451 HL:IFC 126 mx3,DMmowAB3Xw7q1kZpAb9eAA--.1357S2 1764140000 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx3&time=1764140000",
    "126mx01.mxmail.netease.com", "220.181.15.111", [E("4.0.0", "451", "spamdetected")], cmd="MAIL FROM", delay=True)
pf1("postfix-sina-01.eml", "liu.h@sina.com", "5.0.0",
    "553 Spam message was rejected, please see http://help.sina.com.cn/i/232/2010_12.html",
    "mx3.sina.com.cn", "202.108.3.242", [E("5.0.0", "553", "onhold")], cmd="end of DATA")
# ==========================================================================
# Mimecast / Proofpoint / listings quoted by any host
# ==========================================================================
MC = "us-smtp-inbound-1.mimecast.com"
pf1("postfix-mimecast-01.eml", "cfo@example.org", "5.0.0",
    "550 Rejected by header based Anti-Spoofing policy: cfo@example.org - https://community.mimecast.com/docs/DOC-1369#550 [Vb2kQ8mN4pR6sT0w.us123]",
    MC, "205.139.110.61", [E("5.0.0", "550", "onhold")], cmd="end of DATA")
pf1("postfix-proofpoint-01.eml", "desk@example.org", "5.0.0",
    "554 Blocked - see https://ipcheck.proofpoint.com/?ip=%s" % IP,
    "mx0a-00123401.pphosted.com", "148.163.150.10", [E("5.0.0", "554", "blocked")], cmd="MAIL FROM")
pf1("postfix-proofpoint-02.eml", "cs@example.org", "4.7.1",
    "421 4.7.1 Rejected due to DMARC policy. Message sender domain example.com failed DMARC check; try again later",
    "mx0b-00123401.pphosted.com", "148.163.150.11", [E("4.7.1", "421", "authfailure")], cmd="end of DATA", delay=True)
ex1("exim-spamhaus-01.eml", "info@example.nl", "mx.example.nl", "203.0.113.30",
    ["550 5.7.1 Service unavailable; Client host [198.51.100.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.25"],
    [E("5.7.1", "550", "blocked")])
ex1("exim-spamcop-01.eml", "sales@example.nl", "mx.example.nl", "203.0.113.30",
    ["554 5.7.1 Service unavailable; Client host [198.51.100.25] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.25"],
    [E("5.7.1", "554", "blocked")])
sm1("sendmail-barracuda-01.eml", "admin@example.co.jp", "mx.example.co.jp", "203.0.113.130",
    ["554 5.7.1 Service unavailable; Client host [198.51.100.60] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.60"],
    "5.7.1", [E("5.7.1", "554", "blocked")])
pf1("postfix-dbl-01.eml", "press@example.info", "5.7.1",
    "554 5.7.1 Message rejected because example.com is listed on dbl.spamhaus.org; see https://check.spamhaus.org/",
    "mx.example.info", "203.0.113.201", [E("5.7.1", "554", "securityerror")], cmd="end of DATA")
# ==========================================================================
# several recipients, several providers
# ==========================================================================
postfix("postfix-multi-01.eml", "mail.example.com", [
    ("ava@gmail.com", "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-47a2b3c4si1234567f8.1 - gsmtp",
     GM, said(GM, GIP, "550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-47a2b3c4si1234567f8.1 - gsmtp")),
    ("ben@hotmail.com", "failed", "5.7.1", "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
     OLC, said(OLC, MSIP, "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "MAIL FROM")),
    ("cy@yahoo.com", "failed", "5.0.0", "554 delivery error: dd This user doesn't have a yahoo.com account (cy@yahoo.com) [0] - mta1002.mail.gq1.yahoo.com",
     YH, said(YH, YIP, "554 delivery error: dd This user doesn't have a yahoo.com account (cy@yahoo.com) [0] - mta1002.mail.gq1.yahoo.com", "end of DATA"))],
    [E("5.1.1", "550", "userunknown"), E("5.7.1", "550", "blocked"), E("5.0.0", "554", "userunknown")])
postfix("postfix-multi-02.eml", "mail.example.com", [
    ("dee@orange.fr", "delayed", "4.0.0", "421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_104 [104]",
     OR, said(OR, ORIP, "421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_104 [104]", "MAIL FROM")),
    ("eli@comcast.net", "delayed", "4.0.0", "421 resimta-h1p-028490.sys.comcast.net resimta comcast 192.0.2.10 Rate limited, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001",
     CC, said(CC, CCIP, "421 resimta-h1p-028490.sys.comcast.net resimta comcast 192.0.2.10 Rate limited, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001", "MAIL FROM"))],
    [E("4.0.0", "421", "toomanyconn"), E("4.0.0", "421", "expired")], delay=True)
exim("exim-multi-01.eml", "mx.example.de", [
    ("fay@gmx.de", GX, GXIP, "RCPT TO:<fay@gmx.de>", ["550 Requested action not taken: mailbox unavailable"]),
    ("gus@web.de", "mx-ha02.web.de", "212.227.17.8", "RCPT TO:<gus@web.de>", ["550 Mailbox disabled for this recipient"]),
    ("hal@yandex.ru", "mx.yandex.ru", "77.88.21.249", "RCPT TO:<hal@yandex.ru>", ["550 5.7.1 No such user!"])],
    [E("5.0.911", "550", "userunknown"), E("5.0.921", "550", "suspend"), E("5.7.1", "550", "userunknown")])
exo("exo-multi-01.eml", [
    ("kim@gmail.com", "The recipient's email provider rejected your message because it looked like spam.",
     "5.7.1", "550 5.7.1 [40.107.22.60] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError 5b1f17b1804b1-47c2d3si12345f8.4 - gsmtp", GM),
    ("lou@icloud.com", "The recipient's email provider rejected your message.",
     "5.7.1", "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137", IC)],
    [E("5.7.1", "550", "spamdetected"), E("5.7.1", "554", "policyviolation")])
ses("ses-google-01.eml", "max@gmail.com", GM,
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [bounce.example.com] with ip: [54.240.8.61] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-c0b1c2d3si123a12.1 - gsmtp",
    "5.7.26", [E("5.7.26", "550", "authfailure")])

# ==========================================================================

write_set(OUT, SETS)
