#!/usr/bin/env python3
"""make_set.py: write the blind16 set and its labels.

blind16 covers what help desks get pasted and the earlier batches covered
least: the hosting panels' and shared hosts' MTAs (cPanel/WHM Exim with
its per-hour limits, retry timeouts and "all hosts ... have been failing",
Plesk's Postfix, DirectAdmin's Exim) and the hosting providers' relays and
mail exchangers (GoDaddy secureserver.net, Bluehost, OVH, IONOS/1&1,
Hostinger, Namecheap Private Email) quoting their own limits and spam
policies; the transactional and bulk senders' bounce notices sent as email
(SendGrid, Mailgun, Postmark, SparkPost, Mandrill, Brevo, ZeptoMail,
Amazon SES); the Chinese providers' own NDRs in Chinese and bilingual
(Alibaba Mail, Tencent Exmail and QQ Mail, NetEase 163/126/qiye.163.com,
Sina, Sohu, 21cn, 139.com) in GB2312/GBK/GB18030 and UTF-8, base64,
quoted-printable and 8bit; and edge shapes (several recipients with
different outcomes, a DSN with no text part, a bounce forwarded as an
attachment, a CRLF text-only bounce, a very long folded Diagnostic-Code,
a delayed-then-failed pair).

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai is judged to answer (status, reply code, reason,
hardbounce).  Only example domains and RFC 5737 addresses are used,
besides the provider host names that identify a provider.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import (b64, dsn, E, encode_body, fold, Mime, mimeword, mimewords, POSTFIX_DELAY,  # noqa: E402
                      POSTFIX_INTRO, qp, rec, said, write_set)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"
N = [0]


def add(name, engine, msg, exp, crlf=False, latin=False):
    """latin: the message holds latin-1 stand-ins of 8bit bytes (written
    back as those bytes); crlf: written with CRLF line ends."""
    assert name not in [s[0] for s in SETS], name
    if crlf:
        msg = msg.replace("\n", "\r\n")
    SETS.append((name, engine, msg.encode("latin-1" if latin else "utf-8"), exp))


def nxt():
    N[0] += 1
    return N[0]


BODY = ("Hi,\n\nthe revised quote for the hosting renewal is attached as discussed on the phone.\n"
        "Let me know if the numbers work for you.\n\nBest,\nSender\n")
M = Mime("webhost.example.com with ESMTPSA id 3E7A11C2", BODY, dkim_b="YmxpbmQxNmJvdW5jZXNpZ25hdHVyZTAx")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned
SUBJ = "Revised quote for the renewal"


def date_of(n, h=10, tz="+0000"):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d = 17 + n % 7
    return "%s, %d Nov 2025 %02d:%02d:%02d %s" % (days[(d - 17) % 7], d, h, n % 60, (n * 7) % 60, tz)


# ==========================================================================
# Exim (cPanel/WHM, DirectAdmin, Bluehost): the text-only bounce
# ==========================================================================

EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim(name, host, recips, exp, delay=False, ver="4.98", tz="-0500", to=SA, engine="Exim"):
    """recips: (addr, lines under the address)."""
    n = nxt()
    date = date_of(n, 14, tz)
    mid = "1tM%02dq-00%02dRk-7C" % (n, n)
    if delay:
        subj = "Warning: message %s delayed 24 hours" % mid
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     %s\nThe subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n" % (host, mid, SUBJ, date))
        for a, lines in recips:
            text += "  %s\n" % a + "".join("    %s\n" % l for l in lines) + "\n"
        text += ("No action is required on your part. Delivery attempts will continue for\n"
                 "some time, and this warning may be repeated at intervals if the message\n"
                 "remains undelivered. Eventually the mail delivery software will give up,\n"
                 "and when that happens, the message will be returned to you.\n")
    else:
        subj = "Mail delivery failed: returning message to sender"
        text = EXIM_FAIL
        for a, lines in recips:
            text += "  %s\n" % a + "".join("    %s\n" % l for l in lines) + "\n"
        text += "------ This is a copy of the message, including all the headers. ------\n\n"
        text += orig(recips[0][0], SUBJ, date, "q%02d.%d@example.com" % (n, 4410 + n), frm=to) + "\n" + BODY
    h = ["Return-path: <>", "Envelope-to: %s" % to, "Delivery-date: %s" % date,
         "Received: from mailnull by %s with local (Exim %s)\n\tid %s\n\tfor %s; %s" % (host, ver, mid, to, date)]
    if not delay:
        h.append("X-Failed-Recipients: %s" % ", ".join(r[0] for r in recips))
    h += ["Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % to,
          "Content-Type: text/plain; charset=us-ascii", "Subject: %s" % subj,
          "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date]
    add(name, engine, "\n".join(h) + "\n\n" + text, exp)


def smtp_err(host, ip, cmd, reply):
    """Exim's lines for a remote SMTP error: reply is a list of lines."""
    return ["host %s [%s]" % (host, ip), "SMTP error from remote mail server after %s:" % cmd] + reply


CP = "server1.webhost.example.net"
exim("cpanel-exim-01.eml", CP, [("ann@example.org", smtp_err(
    "mx.example.org", "198.51.100.20", "RCPT TO:<ann@example.org>",
    ["550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in virtual mailbox table"]))],
    [E("5.1.1", "550", "userunknown")])
exim("cpanel-exim-02.eml", CP, [("bob@example.org", ["retry timeout exceeded"])],
     [E("4.0.947", "", "expired")])
exim("cpanel-exim-03.eml", CP, [("carl@example.net", [
    "all hosts for 'example.net' have been failing for a long time (and retry time not reached)"])],
    [E("5.0.947", "", "expired")])
exim("cpanel-exim-04.eml", CP, [("dana@example.net", smtp_err(
    "mail.example.net", "198.51.100.31", "RCPT TO:<dana@example.net>", ["550 No Such User Here"]))],
    [E("5.0.911", "550", "userunknown")])
exim("cpanel-exim-05.eml", CP, [("erin@example.org", [
    "Domain example.com has exceeded the max emails per hour (150/150 (100%)) allowed.  Message discarded."])],
    [E("5.0.945", "", "toomanyconn")])
exim("cpanel-exim-06.eml", CP, [("finn@example.org", [
    "Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed.  "
    "Message will be reattempted later"])], [E("4.0.947", "", "expired")], delay=True)
exim("cpanel-exim-07.eml", CP, [("gail@example.net", smtp_err(
    "host2.webhost.example.net", "203.0.113.45", "RCPT TO:<gail@example.net>",
    ["550-JunkMail rejected - webhost.example.com [192.0.2.10]:40312 is in an RBL: Blocked - see",
     "550 https://www.spamcop.net/bl.shtml?192.0.2.10"]))],
    [E("5.0.971", "550", "blocked")])
exim("cpanel-exim-08.eml", CP, [("hugo@example.net", smtp_err(
    "host2.webhost.example.net", "203.0.113.45", "MAIL FROM:<sender@example.com> SIZE=2710",
    ["550-Verification failed for <sender@example.com>", "550-Called:   192.0.2.10",
     "550-Sent:     RCPT TO:<sender@example.com>", "550-Response: 550 No Such User Here",
     "550 Sender verify failed"]))],
    [E("5.0.911", "550", "userunknown")])
exim("cpanel-exim-09.eml", CP, [("iris@example.org", smtp_err(
    "mail.example.org", "198.51.100.77", "RCPT TO:<iris@example.org>",
    ["550-Please turn on SMTP Authentication in your mail client. webhost.example.com",
     "550-[192.0.2.10]:52044 is not permitted to relay through this server without",
     "550 authentication."]))],
    [E("5.0.909", "550", "norelaying")])
exim("cpanel-exim-10.eml", CP, [("jack@webhost.example.net", [
    "LMTP error after end of data: 552 5.2.2 <jack@webhost.example.net> Quota exceeded (mailbox for user is full)"])],
    [E("5.2.2", "552", "mailboxfull")])
exim("cpanel-exim-11.eml", CP, [("kate@example.org", smtp_err(
    "gmail-smtp-in.l.google.com", "192.0.2.27", "end of data",
    ["550-5.7.26 Unauthenticated email from example.com is not accepted due to",
     "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
     "550-5.7.26 example.com domain if this was a legitimate mail. To learn about",
     "550-5.7.26 the DMARC initiative, go to",
     "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection d9443c01a7336-2a0e3b1csi8812345ad.312 - gsmtp"]))],
    [E("5.7.26", "550", "authfailure")])
exim("cpanel-exim-12.eml", CP, [("liam@nonexistent.example.org", ["Unrouteable address"])],
     [E("5.0.912", "", "hostunknown")])
exim("cpanel-exim-13.eml", CP, [("mona@example.net", [
    "retry time not reached for any host for 'example.net' after a long failure period"])],
    [E("5.0.901", "", "onhold")])
exim("cpanel-exim-14.eml", CP, [("nick@example.org", smtp_err(
    "mx.example.org", "198.51.100.20", "end of data",
    ["550 This message was classified as SPAM and may not be delivered"]))],
    [E("5.0.980", "550", "spamdetected")])
exim("cpanel-exim-15.eml", CP, [("olga@example.net", [
    "SMTP error from remote mail server after RCPT TO:<olga@example.net>:",
    "451 4.7.1 Greylisting in action, please come back later",
    "retry timeout exceeded"])],
    [E("4.7.1", "451", "blocked")])

BH = "box5123.bluehost.com"
exim("bluehost-exim-01.eml", BH, [("paul@example.org", [
    "Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded."])],
    [E("5.0.945", "", "toomanyconn")], ver="4.96.2", tz="-0700")
exim("bluehost-exim-02.eml", BH, [("quinn@example.net", smtp_err(
    "gmail-smtp-in.l.google.com", "192.0.2.27", "RCPT TO:<quinn@example.net>",
    ["552-5.2.2 The recipient's inbox is out of storage space. Please direct the",
     "552-5.2.2 recipient to",
     "552 5.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-42f7e1d2si1234567f8.88 - gsmtp"]))],
    [E("5.2.2", "552", "mailboxfull")], ver="4.96.2", tz="-0700")

DA = "da1.example.net"
exim("directadmin-exim-01.eml", DA, [("rosa@example.org", [
    "You (sender@example.com) have reached your daily email limit of 200 emails"])],
    [E("5.0.901", "", "onhold")], ver="4.97.1", tz="+0100")
exim("directadmin-exim-02.eml", DA, [("sam@example.org", smtp_err(
    "mx.example.org", "198.51.100.20", "RCPT TO:<sam@example.org>",
    ["554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using bl.spamcop.net;",
     "Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.44"]))],
    [E("5.7.1", "554", "blocked")], ver="4.97.1", tz="+0100")
exim("directadmin-exim-03.eml", DA, [("tina@example.net", [
    "mailbox is full (MTA-imposed quota exceeded while writing to file /home/admin/imap/example.net/tina/Maildir/new/1763420101.H2451P1234.da1.example.net)"])],
    [E("4.0.922", "", "mailboxfull")], ver="4.97.1", tz="+0100")


# ==========================================================================
# Postfix (Plesk, the hosting relays)
# ==========================================================================

def postfix(name, host, recips, exp, delay=False, to=SA, headers_only=False, engine="Postfix"):
    """recips: (addr, action, status, diag, remote, text)."""
    n = nxt()
    date = date_of(n, 9, "+0100")
    qid = "4cK%dPq%02dZt9w" % (n % 10, n)
    text = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host + "\n".join(
        "<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, to, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=r[6] if len(r) > 6 else "smtp") for r in recips]
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subj, "To: %s" % to,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, n, host)]
    body = multipart("report", [part("text/plain", text, extra=["Content-Description: Notification"]),
                                dsn(per, rs, desc="Delivery report"),
                                returned(recips[0][0], SUBJ, date, "r%02d.%d@example.com" % (n, 7100 + n),
                                         "headers" if headers_only else "message", frm=to,
                                         desc="Undelivered Message Headers" if headers_only else "Undelivered Message")],
                     "%s.%d/%s" % (qid, 1763400000 + n, host), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


def pf1(name, host, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", delay=False, text=None):
    postfix(name, host, [(addr, "delayed" if delay else "failed", status, reply, rhost,
                          text or said(rhost, rip, reply, cmd))], exp, delay=delay)


PL = "vps-4471.plesk.example.net"
pf1("plesk-postfix-01.eml", PL, "uma@example.org", "5.7.0",
    "Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.",
    None, None, [E("5.7.0", "", "securityerror")], text=(
        "Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. "
        "Try again later."))
postfix("plesk-postfix-02.eml", PL, [("vera@webhost.example.net", "failed", "5.1.1", None, None,
                                      "unknown user: \"vera@webhost.example.net\"")],
        [E("5.1.1", "", "userunknown")])
pf1("plesk-postfix-03.eml", PL, "walt@example.org", "4.2.0",
    "450 4.2.0 <walt@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
    "mx.example.org", "198.51.100.20", [E("4.2.0", "450", "expired")], delay=True)
pf1("plesk-postfix-04.eml", PL, "xena@example.net", "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10",
    "mail.example.net", "198.51.100.31", [E("5.7.1", "554", "blocked")])
pf1("plesk-postfix-05.eml", PL, "yann@webhost.example.net", "5.2.2",
    "552 5.2.2 <yann@webhost.example.net> Quota exceeded (mailbox for user is full)",
    "vps-4471.plesk.example.net", "private/dovecot-lmtp", [E("5.2.2", "552", "mailboxfull")], cmd="end of DATA",
    text="host vps-4471.plesk.example.net[private/dovecot-lmtp] said: 552 5.2.2 <yann@webhost.example.net> "
         "Quota exceeded (mailbox for user is full) (in reply to end of DATA command)")
pf1("plesk-postfix-06.eml", PL, "zoe@example.org", "5.7.1", "554 5.7.1 <zoe@example.org>: Relay access denied",
    "mx2.example.org", "198.51.100.21", [E("5.7.1", "554", "norelaying")])

# GoDaddy's mail exchangers (Rhost::GoDaddy by smtp.secureserver.net)
GD = "smtp.secureserver.net"
GDIP = "203.0.113.61"
pf1("postfix-godaddy-01.eml", "mail.example.com", "abby@example.org", "5.7.1",
    "550 5.7.1 192.0.2.10 has sent too many messages this hour. IB504 <https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685>",
    GD, GDIP, [E("5.7.1", "550", "speeding")])
pf1("postfix-godaddy-02.eml", "mail.example.com", "ben@example.org", "5.7.1",
    "554 5.7.1 p3plibsmtp03-11.prod.phx3.secureserver.net This message has been rejected due to content judged to be spam by the internet community IB212",
    GD, GDIP, [E("5.7.1", "554", "spamdetected")], cmd="end of DATA")
pf1("postfix-godaddy-03.eml", "mail.example.com", "cleo@example.org", "4.7.1",
    "421 4.7.1 p3plibsmtp01-02.prod.phx3.secureserver.net Temporarily rejected. Reverse DNS for this IP failed. IB108",
    GD, GDIP, [E("4.7.1", "421", "requireptr")], cmd="MAIL FROM", delay=True)
pf1("postfix-godaddy-04.eml", "mail.example.com", "dirk@example.org", "5.1.1",
    "550 5.1.1 <dirk@example.org> Recipient not found. <https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685>",
    GD, GDIP, [E("5.1.1", "550", "userunknown")])
# GoDaddy's outbound relay (Workspace / cPanel hosting: its own limit)
exim("godaddy-relay-01.eml", "p3plcpnl0912.prod.phx3.secureserver.net", [("emma@example.net", [
    "Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded."])],
    [E("5.0.945", "", "toomanyconn")], ver="4.96.2", tz="-0700")
pf1("godaddy-relay-02.eml", "p3plsmtpout004.prod.phx3.secureserver.net", "fay@example.org", "5.7.1",
    "550 5.7.1 <sender@example.com> Sending limit exceeded: this account has reached its daily relay limit of 250 recipients",
    "smtpout.secureserver.net", "203.0.113.62", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM",
    text="host smtpout.secureserver.net[203.0.113.62] said: 550 5.7.1 <sender@example.com> Sending limit exceeded: "
         "this account has reached its daily relay limit of 250 recipients (in reply to MAIL FROM command)")

# OVHcloud
pf1("ovh-postfix-01.eml", "mo4321.mail-out.ovh.net", "gus@example.org", "5.7.1",
    "550 5.7.1 Message rejected: this message was classified as spam by the OVHcloud outbound filter (Vade)",
    "mx.example.org", "198.51.100.20", [E("5.7.1", "550", "spamdetected")], text=(
        "Message rejected: this message was classified as spam by the OVHcloud outbound filter (Vade)"))
pf1("ovh-postfix-02.eml", "mo4322.mail-out.ovh.net", "hope@example.net", "4.7.0",
    "421 4.7.0 Too many messages sent for this account (quota: 200 per hour), try again later",
    "ssl0.ovh.net", "203.0.113.71", [E("4.7.0", "421", "expired")], delay=True, cmd="MAIL FROM")
pf1("postfix-ovh-03.eml", "mail.example.com", "ivo@example.org", "5.1.1",
    "550 5.1.1 <ivo@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "mx1.mail.ovh.net", "203.0.113.72", [E("5.1.1", "550", "userunknown")])

# IONOS / 1&1: its own layout (Lhost::EinsUndEins) and its mail exchangers' replies


def ionos(name, addr, reason_lines, exp, host="mout.kundenserver.de"):
    n = nxt()
    date = date_of(n, 16, "+0100")
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of\n"
            "its recipients. This is a permanent error. The following address(es)\n"
            "failed:\n\n%s:\n%s\n\n--- The header of the original message is following. ---\n\n" % (
                addr, "\n".join(reason_lines)))
    text += orig(addr, SUBJ, date, "i%02d.%d@example.com" % (n, 9000 + n))
    h = ["Return-Path: <>", "Received: from mout.kundenserver.de by %s (mxeue011) id 1MPXyZ-%02dAbCd;\n\t%s" % (
        host, n, date), "Date: %s" % date, "From: \"Mail Delivery System\" <mailer-daemon@kundenserver.de>",
         "To: %s" % SA, "Subject: Mail delivery failed: returning message to sender",
         "Message-Id: <1MPXyZ-%02dAbCd@%s>" % (n, host), "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-replied"]
    add(name, "EinsUndEins", "\n".join(h) + "\n\n" + text, exp)


ionos("ionos-01.eml", "jay@example.org", [
    "SMTP error from remote server for RCPT TO command, host: mx.example.org (198.51.100.20) reason: 550 5.1.1 "
    "<jay@example.org>: Recipient address rejected: User unknown"], [E("5.1.1", "550", "userunknown")])
ionos("ionos-02.eml", "kim@example.net", [
    "For the following reason:", "Mail size limit exceeded. For explanation visit",
    "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages"],
    [E("5.0.934", "", "mesgtoobig")])
ionos("ionos-03.eml", "lea@example.org", [
    "SMTP error from remote server for MAIL FROM command, host: mx.example.org (198.51.100.20) reason: 554-No SMTP "
    "service 554-Bad DNS PTR resource record. 554 For explanation visit "
    "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages?ip=192.0.2.10"],
    [E("5.0.973", "554", "requireptr")])
pf1("postfix-ionos-04.eml", "mail.example.com", "max@example.net", "5.0.0",
    "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages?ip=192.0.2.10&c=ply",
    "mx00.ionos.com", "203.0.113.80", [E("5.0.0", "554", "systemerror")], cmd="end of DATA")

# Hostinger
pf1("hostinger-01.eml", "smtp.hostinger.com", "nell@example.org", "5.7.1",
    "550 5.7.1 Daily sending limit of 100 messages reached for sender@example.com, try again in 24 hours",
    "smtp.hostinger.com", "203.0.113.90", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM",
    text="Daily sending limit of 100 messages reached for sender@example.com, try again in 24 hours")
pf1("postfix-hostinger-02.eml", "mail.example.com", "otto@example.net", "5.7.1",
    "554 5.7.1 Message rejected as spam (score 12.4). If you think this is a mistake contact support.",
    "mx1.hostinger.com", "203.0.113.91", [E("5.7.1", "554", "spamdetected")], cmd="end of DATA")

# Namecheap Private Email
pf1("privateemail-01.eml", "mta-01.privateemail.com", "pia@example.org", "5.7.1",
    "554 5.7.1 Message rejected: outbound spam filter: message looks like spam",
    "mail.privateemail.com", "203.0.113.100", [E("5.7.1", "554", "spamdetected")], cmd="end of DATA",
    text="host mail.privateemail.com[203.0.113.100] said: 554 5.7.1 Message rejected: outbound spam filter: message "
         "looks like spam (in reply to end of DATA command)")
pf1("privateemail-02.eml", "mta-02.privateemail.com", "rex@example.net", "4.7.1",
    "451 4.7.1 <sender@example.com>: Sender address rejected: hourly sending limit exceeded, try later",
    "mail.privateemail.com", "203.0.113.100", [E("4.7.1", "451", "rejected")], cmd="MAIL FROM", delay=True)


# ==========================================================================
# Transactional and bulk senders' notices
# ==========================================================================

def notice(name, engine, frm, subj, parts_or_text, exp, date_h=11, ctype=None, extra=()):
    """A notification email: a text/plain body (str) or (ctype, body) as given."""
    n = nxt()
    date = date_of(n, date_h)
    h = ["Return-Path: <>" if "MAILER-DAEMON" in frm.upper() else "Return-Path: <bounces@%s>" % frm.split("@")[1].rstrip(">"),
         "Date: %s" % date, "From: %s" % frm, "To: %s" % SA, "Subject: %s" % subj,
         "Message-ID: <n%02d.%d@%s>" % (n, 3300 + n, frm.split("@")[1].rstrip(">")), "MIME-Version: 1.0"] + list(extra)
    if isinstance(parts_or_text, str):
        cte = "7bit" if parts_or_text.isascii() else "8bit"
        body = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: %s\n\n" % cte + parts_or_text
    else:
        body = parts_or_text
    add(name, engine, "\n".join(h) + "\n" + body, exp)


def dsn_msg(name, engine, reporting, frm, subj, text, recips, exp, h=12, extra_per="", headers_only=True,
            text_cte="7bit", text_cs="us-ascii"):
    """A multipart/report DSN with text, delivery-status and the returned headers."""
    n = nxt()
    date = date_of(n, h)
    per = "Reporting-MTA: dns; %s%s\nArrival-Date: %s" % (reporting, extra_per, date)
    hdr = ["Return-Path: <>", "Date: %s" % date, "From: %s" % frm, "To: %s" % SA, "Subject: %s" % subj,
           "Message-ID: <d%02d.%d@%s>" % (n, 5500 + n, reporting), "MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    parts = [part("text/plain", text, text_cte, text_cs)] if text is not None else []
    parts += [dsn(per, recips), returned(SA, SUBJ, date, "o%02d.%d@example.com" % (n, 5500 + n),
                                         "headers" if headers_only else "message")]
    body = multipart("report", parts, "=_dsn_%d_%s" % (n, reporting), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(hdr) + "\n" + body, exp)


# SendGrid's own DSN (the layout Sisimai 4's Lhost::SendGrid read)
SG_TEXT = ("This is an automatically generated message from SendGrid.\n\n"
           "I'm sorry to have to tell you that your message was not able to be\n"
           "delivered to one of its intended recipients.\n\n"
           "If you require assistance with this, please contact SendGrid support.\n\n%s\n")
dsn_msg("sendgrid-01.eml", "RFC3464", "o1.ptr7741.example.com", "MAILER-DAEMON <MAILER-DAEMON@sendgrid.net>",
        "Undelivered Mail Returned to Sender",
        SG_TEXT % "sender:123456:<ada@example.org> : 198.51.100.20 : mx.example.org:550 5.1.1 <ada@example.org>: Recipient address rejected: User unknown in local recipient table",
        [rec("ada@example.org", "failed", "5.1.1",
             "550 5.1.1 <ada@example.org>: Recipient address rejected: User unknown in local recipient table",
             "mx.example.org", orig_rcpt=False)], [E("5.1.1", "550", "userunknown")])
dsn_msg("sendgrid-02.eml", "RFC3464", "o2.ptr7742.example.com", "MAILER-DAEMON <MAILER-DAEMON@sendgrid.net>",
        "Undelivered Mail Returned to Sender",
        SG_TEXT % "sender:123456:<bea@example.net> : 198.51.100.31 : mail.example.net:554 5.7.1 Service unavailable; Client host [192.0.2.150] blocked using b.barracudacentral.org; https://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.150",
        [rec("bea@example.net", "failed", "5.7.1",
             "554 5.7.1 Service unavailable; Client host [192.0.2.150] blocked using b.barracudacentral.org; https://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.150",
             "mail.example.net", orig_rcpt=False)], [E("5.7.1", "554", "blocked")])

# Mailgun: the DSN its MTA sends back to the envelope sender
MG_TEXT = ("Your message could not be delivered to one or more recipients.\n\n"
           "This is an automatically generated notification from Mailgun (mg.example.com).\n\n"
           "    Recipient: %s\n    Error: %s\n\n"
           "You can see this event in the Logs of your Mailgun control panel.\n")
dsn_msg("mailgun-01.eml", "RFC3464", "mg.example.com", "Mail Delivery Subsystem <mailer-daemon@mg.example.com>",
        "Delivery Status Notification (Failure)",
        MG_TEXT % ("cruz@example.org", "552 5.2.2 <cruz@example.org>: Recipient address rejected: Mailbox is full"),
        [rec("cruz@example.org", "failed", "5.2.2",
             "552 5.2.2 <cruz@example.org>: Recipient address rejected: Mailbox is full", "mx.example.org",
             orig_rcpt=False)], [E("5.2.2", "552", "mailboxfull")])
dsn_msg("mailgun-02.eml", "RFC3464", "mg.example.com", "Mail Delivery Subsystem <mailer-daemon@mg.example.com>",
        "Delivery Status Notification (Failure)",
        MG_TEXT % ("dora@example.net", "Not delivering to previously bounced address"),
        [rec("dora@example.net", "failed", "5.0.0", "605 Not delivering to previously bounced address",
             dtype="X-Mailgun", orig_rcpt=False)], [E("5.0.0", "", "onhold")])

# Postmark: a plain notice per bounce
notice("postmark-01.eml", "Postmark", "Postmark <support@postmarkapp.com>",
       "Hard bounce: eli@example.org",
       "Hi there,\n\nA message sent from your Postmark server \"Transactional\" to eli@example.org has\n"
       "bounced.\n\n  Bounce type:   Hard bounce\n  Description:   The server was unable to deliver your message "
       "(ex: unknown user, mailbox not found).\n  Details:       smtp;550 5.1.1 The email account that you tried to "
       "reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary "
       "spaces.\n  Subject:       Revised quote for the renewal\n  Bounced at:    2025-11-18 11:02:07 UTC\n\n"
       "Postmark has deactivated this address for your server: future messages to it will not be sent\n"
       "until you reactivate it in the Activity page.\n\n-- \nThe Postmark Team\n",
       [E("5.1.1", "550", "userunknown")])
notice("postmark-02.eml", "Postmark", "Postmark <support@postmarkapp.com>",
       "Spam complaint / blocked: faye@example.net",
       "Hi there,\n\nA message sent from your Postmark server \"Transactional\" to faye@example.net was\n"
       "rejected by the recipient's server.\n\n  Bounce type:   ISP block\n  Description:   The ISP rejected "
       "the message because of a block on the sending IP.\n  Details:       smtp;554 5.7.1 Service unavailable; "
       "Client host [192.0.2.160] blocked using zen.spamhaus.org\n\n"
       "This is usually temporary. Postmark has not deactivated the address.\n\n-- \nThe Postmark Team\n",
       [E("5.7.1", "554", "blocked")])

# SparkPost: an RFC 3464 DSN from its MTA (Momentum)
dsn_msg("sparkpost-01.eml", "RFC3464", "mta12.sparkpostmail.com", "MAILER-DAEMON@sparkpostmail.com",
        "Returned mail: see transcript for details",
        "This is a delivery status notification from SparkPost.\n\nThe message to gil@example.org could not be "
        "delivered.\nThe remote server said:\n\n  550 5.7.1 Message rejected due to content restrictions\n",
        [rec("gil@example.org", "failed", "5.7.1", "550 5.7.1 Message rejected due to content restrictions",
             "mx.example.org", orig_rcpt=False)], [E("5.7.1", "550", "securityerror")])

# Mandrill (Mailchimp Transactional): a notice, no DSN
notice("mandrill-01.eml", "Mandrill", "Mandrill <noreply@mandrillapp.com>",
       "Message to hal@example.org bounced",
       "The following message could not be delivered.\n\n  To:       hal@example.org\n  Subject:  Revised quote for "
       "the renewal\n  Sent:     2025-11-18 11:03 UTC\n  Status:   bounced (hard)\n  Reason:   smtp;550 5.1.1 "
       "<hal@example.org>... User unknown\n\nThe address has been added to your rejection denylist.\n\n"
       "Mailchimp Transactional (Mandrill)\n", [E("5.1.1", "550", "userunknown")])
notice("mailchimp-01.eml", "Mailchimp", "Mailchimp <no-reply@mailchimp.com>",
       "Campaign bounce: ivy@example.net could not be reached",
       "Hi,\n\nYour campaign \"November newsletter\" could not be delivered to ivy@example.net.\n\n"
       "Bounce type: soft bounce\nServer response: 452 4.2.2 The email account that you tried to reach is over "
       "quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n\n"
       "Mailchimp will try this address again in your next campaigns; after repeated soft bounces\n"
       "it will be cleaned from your audience.\n", [E("4.2.2", "452", "mailboxfull")])

# Brevo (Sendinblue)
notice("brevo-01.eml", "Brevo", "Brevo <no-reply@brevo.com>",
       "Your email could not be delivered to jan@example.org",
       ("Content-Type: multipart/alternative;\n\tboundary=\"brv-16\"\n\n--brv-16\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
        qp("Hello,\n\nYour transactional email \u201cRevised quote for the renewal\u201d to jan@example.org was not "
           "delivered (hard bounce).\n\nReason given by the recipient server:\n550 5.1.1 <jan@example.org>: "
           "Recipient address rejected: User unknown in relay recipient table\n\nThe contact has been blocklisted "
           "for transactional emails.\n\nThe Brevo team\n") +
        "\n--brv-16\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
        qp("<html><body><p>Hello,</p><p>Your transactional email \u201cRevised quote for the renewal\u201d to "
           "<b>jan@example.org</b> was not delivered (hard bounce).</p><p>Reason given by the recipient server:<br>"
           "<code>550 5.1.1 &lt;jan@example.org&gt;: Recipient address rejected: User unknown in relay recipient "
           "table</code></p><p>The Brevo team</p></body></html>\n") + "\n--brv-16--\n"),
       [E("5.1.1", "550", "userunknown")])
notice("brevo-02.eml", "Brevo", "Brevo <no-reply@brevo.com>",
       "Your email could not be delivered to kai@example.net",
       "Hello,\n\nYour email \u201cRevised quote for the renewal\u201d to kai@example.net was not delivered (soft "
       "bounce).\n\nReason given by the recipient server:\n421 4.7.0 [TSS04] Messages from 192.0.2.170 temporarily "
       "deferred due to unexpected volume or user complaints - 4.16.55.1; see "
       "https://postmaster.yahooinc.com/error-codes\n\nBrevo will not retry this email.\n\nThe Brevo team\n",
       [E("4.7.0", "421", "badreputation")])

# Zoho ZeptoMail
notice("zeptomail-01.eml", "ZeptoMail", "ZeptoMail <noreply@zeptomail.zoho.com>",
       "Bounce notification: lou@example.org",
       "Hi,\n\nAn email sent from your Mail Agent \"Transactional\" has bounced.\n\n"
       "Recipient    : lou@example.org\nBounce type  : Hard bounce\nReason       : 550 5.1.1 Invalid recipient "
       "<lou@example.org> (#5.1.1)\nFrom address : sender@example.com\n\nThe recipient has been added to the "
       "suppression list of the Mail Agent.\n\nRegards,\nZeptoMail Team\n",
       [E("5.1.1", "550", "userunknown")])
notice("zeptomail-02.eml", "ZeptoMail", "ZeptoMail <noreply@zeptomail.zoho.com>",
       "Bounce notification: mei@example.net",
       "Hi,\n\nAn email sent from your Mail Agent \"Transactional\" has bounced.\n\n"
       "Recipient    : mei@example.net\nBounce type  : Soft bounce\nReason       : 550 5.7.1 Email rejected per "
       "DMARC policy for example.com\nFrom address : sender@example.com\n\nRegards,\nZeptoMail Team\n",
       [E("5.7.1", "550", "authfailure")])

# Amazon SES: the bounce message SES forwards by email (not SNS JSON)
SES_TEXT = "An error occurred while trying to deliver the mail to the following recipients:\n%s\n"


def ses(name, addr, status, diag, remote, exp, action="failed"):
    dsn_msg(name, "RFC3464", "a8-42.smtp-out.amazonses.com", "MAILER-DAEMON@amazonses.com",
            "Delivery Status Notification (Failure)", SES_TEXT % addr,
            [rec(addr, action, status, diag, remote, orig_rcpt=False)], exp, headers_only=False,
            extra_per="\nX-Original-Message-ID: <0100019a1b2c3d4e-%s@email.amazonses.com>" % addr.split("@")[0])


ses("ses-01.eml", "ned@example.org", "5.1.1",
    "550 5.1.1 <ned@example.org>: Recipient address rejected: User unknown in virtual alias table",
    "mx.example.org", [E("5.1.1", "550", "userunknown")])
ses("ses-02.eml", "ola@example.net", "5.1.1",
    "Amazon SES did not send the message to this address because it is on the suppression list for your account. "
    "For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at "
    "https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html",
    None, [E("5.1.1", "", "userunknown")])
ses("ses-03.eml", "pat@example.org", "5.7.1",
    "550 5.7.1 Unfortunately, messages from [192.0.2.180] weren't sent. Please contact your Internet service "
    "provider since part of their network is on our block list (S3150). You can also refer your provider to "
    "http://mail.live.com/mail/troubleshooting.aspx#errors. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com "
    "2025-11-18T12:03:44.123Z 08DE1A2B3C4D5E6F]", "example-org.mail.protection.outlook.com",
    [E("5.7.1", "550", "blocked")])
ses("ses-04.eml", "raj@example.net", "5.3.0",
    "554 5.3.0 Message rejected: message size exceeds the limit of the receiving domain (35882160 > 26214400)",
    "mx.example.net", [E("5.3.0", "554", "systemerror")])


# ==========================================================================
# Chinese providers' own NDRs
# ==========================================================================

def zh_msg(name, engine, frm, subj, parts, exp, extra=(), h=10, tz="+0800", latin=False, single=None):
    """parts: MIME parts (str); single: (ctype header lines, body) of a one-part message."""
    n = nxt()
    date = date_of(n, h, tz)
    hdr = ["Return-Path: <>", "Received: from localhost by %s; %s" % (frm.split("@")[1].rstrip(">"), date),
           "Date: %s" % date, "From: %s" % frm, "To: %s" % SA, "Subject: %s" % subj,
           "Message-ID: <z%02d.%d@%s>" % (n, 6600 + n, frm.split("@")[1].rstrip(">")), "MIME-Version: 1.0"]
    hdr += list(extra)
    if single:
        body = single
    else:
        body = multipart("mixed", parts, "----=_Part_%d_%d.176342" % (n, 1000 + n * 37), preamble="")
    add(name, engine, "\n".join(hdr) + "\n" + body, exp, latin=latin)


def zpart(ctype, text, enc, cs):
    cte, t = encode_body(text, enc, cs, legacy=True)
    return "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (ctype, cs, cte, t.rstrip("\n"))


def zorig(to, n):
    return "Content-Type: message/rfc822\n\n" + orig(to, SUBJ, date_of(n, 9, "+0800"), "c%02d@example.com" % n) + "\n" + BODY


# Alibaba Mail (阿里企业邮箱)
def alimail(name, addr, reply, why_zh, exp, enc="base64", html=True):
    t = ("您好，\n\n很抱歉，您发送的邮件未能成功投递到以下收件人。\n"
         "Sorry, your message could not be delivered to the following recipient(s).\n\n"
         "收件人 / Recipient: %s\n"
         "退信原因 / Reason: %s\n"
         "对方服务器返回 / Remote server replied: %s\n\n"
         "邮件主题 / Subject: %s\n\n"
         "此邮件为系统自动发送，请勿直接回复。\n"
         "This is an automatically generated message. Please do not reply.\n\n阿里邮箱 Alibaba Mail\n" % (
             addr, why_zh, reply, SUBJ))
    ps = [zpart("text/plain", t, enc, "UTF-8")]
    if html:
        hh = "<html><body><div style=\"font-size:14px\">" + t.replace("\n", "<br>\n") + "</div></body></html>\n"
        ps = ["Content-Type: multipart/alternative;\n\tboundary=\"alt_%s\"\n\n--alt_%s\n%s\n--alt_%s\n%s\n--alt_%s--\n" % (
            name[:-4], name[:-4], ps[0], name[:-4], zpart("text/html", hh, enc, "UTF-8"), name[:-4])]
    n = N[0] + 1
    zh_msg(name, "Alimail", "postmaster@qiye.aliyun.com", mimewords("系统退信 / Undelivered Mail Returned to Sender"),
           ps + [zorig(addr, n)], exp, extra=["X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07;DS=CONTINUE"])


alimail("alimail-01.eml", "wang.fang@example.org",
        "550 Mailbox not found. (mx.example.org)", "收件人地址不存在 / The recipient address does not exist",
        [E("5.0.911", "550", "userunknown")])
alimail("alimail-02.eml", "chen.jie@example.net",
        "554 5.7.1 Rejected by SPF: 192.0.2.190 is not allowed to send mail for example.com",
        "发件人域名的SPF校验失败 / SPF check failed for the sender's domain",
        [E("5.7.1", "554", "securityerror")], enc="qp")
alimail("alimail-03.eml", "liu.yang@example.org",
        "552 5.2.2 Mailbox size limit exceeded",
        "收件人邮箱空间已满 / The recipient's mailbox is full", [E("5.2.2", "552", "mailboxfull")], html=False)
alimail("alimail-04.eml", "zhao.lei@example.net",
        "Connection timed out after 5 days (mx.example.net[198.51.100.40]:25)",
        "投递超时，对方服务器无响应 / Delivery timed out: the remote server did not answer",
        [E("5.0.947", "", "expired")])
alimail("alimail-05.eml", "sun.li@example.org",
        "550 Mail content denied. https://service.mail.qq.com/detail/122/171",
        "邮件内容被对方服务器拒绝 / The content was rejected by the remote server",
        [E("5.0.980", "550", "spamdetected")], enc="qp", html=False)

# Tencent Exmail (腾讯企业邮) and QQ Mail


def tencent(name, frm, subj, addr, reply, reason_zh, exp, cs="UTF-8", enc="base64", latin=False, qqmx=None):
    t = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>\n"
         "<p><b>退信通知</b></p>\n<p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>\n"
         "<table><tr><td>被退回的邮件</td><td>%s</td></tr>\n<tr><td>收件人</td><td>%s</td></tr>\n"
         "<tr><td>退信原因</td><td>%s</td></tr></table>\n"
         "<p>%s</p>\n<p>以下为对方服务器返回的信息：<br>%s</p>\n</body></html>\n" % (
             cs, SUBJ, addr, reason_zh, "对方邮件服务器：" + qqmx if qqmx else "", reply.replace("<", "&lt;").replace(">", "&gt;")))
    n = N[0] + 1
    zh_msg(name, "Tencent", frm, subj, [zpart("text/html", t, enc, cs), zorig(addr, n)], exp, latin=latin)


tencent("exmail-01.eml", "PostMaster@exmail.qq.com", mimeword("退信通知", "GB2312"), "zhou.min@example.org",
        "550 Mailbox not found or access denied", "收件人邮箱地址不存在，邮件无法送达。",
        [E("5.0.911", "550", "userunknown")], cs="GB2312", qqmx="mxbiz1.qq.com")
tencent("exmail-02.eml", "PostMaster@exmail.qq.com", mimeword("退信通知", "GBK"), "wu.hao@example.net",
        "550 5.7.1 Message rejected: 192.0.2.200 is listed on zen.spamhaus.org",
        "对方服务器认为发件服务器的IP地址在黑名单中，拒绝接收。",
        [E("5.7.1", "550", "securityerror")], cs="GBK", enc="8bit", latin=True)
tencent("exmail-03.eml", "PostMaster@exmail.qq.com", "=?utf-8?B?6YCA5L+h6YCa55+l?=", "xu.jing@example.org",
        "452 4.2.2 Mailbox full, quota exceeded", "收件人邮箱已满，投递多次失败后退回。",
        [E("4.2.2", "452", "mailboxfull")])
tencent("qqmail-01.eml", "PostMaster@qq.com", mimeword("退信", "GB18030"), "he.tao@example.net",
        "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
        "发送频率过高，被对方服务器限制。", [E("5.0.945", "550", "toomanyconn")], cs="GB18030", qqmx="mx3.qq.com")
tencent("qqmail-02.eml", "PostMaster@qq.com", mimeword("退信", "GB2312"), "lin.na@example.org",
        "554 5.7.1 DMARC policy violation: example.com requires aligned SPF or DKIM",
        "发件人域名未通过DMARC验证。", [E("5.7.1", "554", "authfailure")], cs="GB2312", enc="qp")
tencent("qqmail-03.eml", "PostMaster@qq.com", mimeword("Undelivered Mail / 退信", "UTF-8"), "ma.chao@example.net",
        "550 Domain frequency limited", "对方服务器对发件域名的发送频率进行了限制。",
        [E("5.0.945", "550", "toomanyconn")], qqmx="mx2.qq.com")

# NetEase 163 / 126 / qiye.163.com


def netease(name, frm, subj, addr, reason_zh, reply, exp, cs="GBK", enc="base64", latin=False, text_only=False):
    t = ("%s\n\n很遗憾，您的邮件未能投递到以下收件人：\n\n    %s\n\n退信原因：%s\n\n"
         "远程服务器返回的信息：\n    %s\n\n"
         "邮件主题：%s\n\n(此邮件为网易邮件系统自动发送的退信通知，请勿回复)\n" % (
             "系统退信 Undelivered Mail Returned to Sender", addr, reason_zh, reply, SUBJ))
    n = N[0] + 1
    if text_only:
        cte, body = encode_body(t, enc, cs, legacy=True)
        zh_msg(name, "NetEase", frm, subj, None, exp, latin=latin, single=(
            "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (cs, cte, body)))
    else:
        zh_msg(name, "NetEase", frm, subj, [zpart("text/plain", t, enc, cs), zorig(addr, n)], exp, latin=latin)


netease("netease-163-01.eml", "Postmaster@163.com", mimeword("系统退信", "GBK"), "guo.qiang@example.org",
        "收件人地址不存在", "550 5.1.1 <guo.qiang@example.org>: Recipient address rejected: User unknown in local recipient table",
        [E("5.1.1", "550", "userunknown")])
netease("netease-163-02.eml", "Postmaster@163.com", mimeword("系统退信", "GB2312"), "yang.fan@example.net",
        "邮件被对方认定为垃圾邮件", "554 5.7.1 Message rejected as spam by Content Filtering.",
        [E("5.7.1", "554", "spamdetected")], cs="GB2312", enc="8bit", latin=True)
netease("netease-126-01.eml", "Postmaster@126.com", mimeword("系统退信", "GBK"), "luo.bin@example.org",
        "对方服务器长时间无响应，已放弃投递", "Connection timed out (mx.example.org[198.51.100.20]:25), giving up after 2 days",
        [E("5.0.947", "", "expired")], enc="qp")
netease("netease-qiye-01.eml", "postmaster@qiye.163.com", mimewords("退信通知 Delivery Status Notification", "UTF-8"),
        "tang.wei@example.net", "对方邮箱已满", "552 5.2.2 <tang.wei@example.net>: user over quota",
        [E("5.2.2", "552", "mailboxfull")], cs="UTF-8")
netease("netease-qiye-02.eml", "postmaster@qiye.163.com", mimeword("系统退信", "UTF-8"), "feng.lu@example.org",
        "发件人账号发送数量超过每日限额", "550 MI:SFQ You have sent too many mails today, please try again tomorrow",
        [E("5.0.901", "550", "onhold")], cs="UTF-8", text_only=True)

# Sina, Sohu, 21cn, 139.com
zh_msg("sina-01.eml", "Sina", "MAILER-DAEMON@sina.com", mimeword("退信通知", "GB2312"), [
    zpart("text/plain", "您好！\n\n您发往 song.yu@example.org 的邮件未能成功投递。\n退信原因：收件人不存在\n"
          "服务器返回：550 5.1.1 <song.yu@example.org>... User unknown\n\n新浪邮箱\n", "8bit", "GB2312"),
    zorig("song.yu@example.org", 0)], [E("5.1.1", "550", "userunknown")], latin=True)
zh_msg("sohu-01.eml", "Sohu", "postmaster@sohu.com", mimeword("退信: " + SUBJ, "GBK"), [
    zpart("text/html", "<html><body><p>抱歉，您的邮件被退回了。</p><p>收件人：han.xue@example.net</p>"
          "<p>退信原因：对方邮箱已被冻结/停用</p><p>服务器返回：550 5.2.1 Mailbox disabled, not accepting messages</p>"
          "<p>搜狐闪电邮箱</p></body></html>\n", "base64", "GBK"),
    zorig("han.xue@example.net", 0)], [E("5.2.1", "550", "suspend")])
zh_msg("21cn-01.eml", "21cn", "MAILER-DAEMON@21cn.com", mimeword("系统退信", "GB2312"), [
    zpart("text/plain", "这是来自21CN邮件系统的退信通知。\n\n收件人：ding.kai@example.org\n"
          "原因：对方服务器拒绝了发件人的IP地址（没有反向解析记录）\n"
          "对方服务器返回：550 5.7.25 The IP address sending this message does not have a PTR record setup\n",
          "qp", "GB2312"), zorig("ding.kai@example.org", 0)], [E("5.7.25", "550", "requireptr")])
zh_msg("139-01.eml", "139", "postmaster@139.com", mimeword("退信通知", "UTF-8"), [
    zpart("text/plain", "尊敬的用户：\n\n您发送给 ye.hong@example.net 的邮件投递失败。\n失败原因：收件人邮箱不存在。\n"
          "对方服务器返回：550 User not found: ye.hong@example.net\n\n中国移动 139邮箱\n", "base64", "UTF-8"),
    zorig("ye.hong@example.net", 0)], [E("5.0.911", "550", "userunknown")])
zh_msg("139-02.eml", "139", "postmaster@139.com", mimeword("退信通知", "UTF-8"), [
    zpart("text/plain", "尊敬的用户：\n\n您发送给 pan.yi@example.org 的邮件投递失败。\n失败原因：邮件大小超过对方服务器限制。\n"
          "对方服务器返回：552 5.3.4 Message size exceeds fixed maximum message size\n\n中国移动 139邮箱\n",
          "base64", "UTF-8"), zorig("pan.yi@example.org", 0)], [E("5.3.4", "552", "mesgtoobig")])


# ==========================================================================
# Edge shapes
# ==========================================================================

# several recipients, different outcomes (delivered, delayed, failed)
dsn_msg("multi-01.eml", "RFC3464", "mta1.example.net", "Mail Delivery Subsystem <MAILER-DAEMON@mta1.example.net>",
        "Delivery Status Notification",
        "This is a delivery status notification for the message you sent.\n\n"
        "  ted@example.org:   delivered\n  uri@example.org:   delayed, will be retried for 4 more days\n"
        "  val@example.org:   failed permanently\n",
        [rec("ted@example.org", "delivered", "2.0.0", "250 2.0.0 OK: queued as 7C2E81A04D", "mx.example.org"),
         rec("uri@example.org", "delayed", "4.4.1", "Connection timed out", "mx2.example.org"),
         rec("val@example.org", "failed", "5.1.1", "550 5.1.1 <val@example.org>: Recipient address rejected: "
             "User unknown in virtual mailbox table", "mx.example.org")],
        [E("2.0.0", "250", "delivered"), E("4.4.1", "", "expired"), E("5.1.1", "550", "userunknown")])
postfix("multi-02.eml", "mail.example.com", [
    ("wes@example.org", "failed", "5.2.2", "552 5.2.2 <wes@example.org>: Recipient address rejected: Mailbox full",
     "mx.example.org", said("mx.example.org", "198.51.100.20",
                            "552 5.2.2 <wes@example.org>: Recipient address rejected: Mailbox full")),
    ("xia@example.net", "failed", "5.4.4",
     "Host or domain name not found. Name service error for name=example.net type=A: Host not found", None,
     "Host or domain name not found. Name service error for name=example.net type=A: Host not found", "X-Postfix"),
    ("yul@example.org", "failed", "5.7.1", "550 5.7.1 <yul@example.org>: Recipient address rejected: Access denied",
     "mx.example.org", said("mx.example.org", "198.51.100.20",
                            "550 5.7.1 <yul@example.org>: Recipient address rejected: Access denied"))],
    [E("5.2.2", "552", "mailboxfull"), E("5.4.4", "", "hostunknown"), E("5.7.1", "550", "userunknown")])
exim("multi-03.eml", CP, [
    ("zed@example.org", smtp_err("mx.example.org", "198.51.100.20", "RCPT TO:<zed@example.org>",
                                 ["550 5.1.1 <zed@example.org>: Recipient address rejected: User unknown"])),
    ("amy@example.net", ["retry timeout exceeded"])],
    [E("5.1.1", "550", "userunknown"), E("4.0.947", "", "expired")])

# a DSN with no text part (delivery-status and returned headers only)
dsn_msg("notext-01.eml", "RFC3464", "mx-out.example.net", "MAILER-DAEMON@mx-out.example.net",
        "Undelivered Mail Returned to Sender", None,
        [rec("bo@example.org", "failed", "5.2.2", "552 5.2.2 Mailbox quota exceeded", "mx.example.org")],
        [E("5.2.2", "552", "mailboxfull")])
dsn_msg("notext-02.eml", "RFC3464", "mx-out.example.net", "MAILER-DAEMON@mx-out.example.net",
        "failure notice", None,
        [rec("cy@example.net", "failed", "5.1.2", None, None, extra=["X-Display-Name: Cy"])],
        [E("5.1.2", "", "hostunknown")])


# a bounce forwarded by a user as an attachment
def forwarded(name, frm_user, subj, note, inner, exp, engine):
    n = nxt()
    date = date_of(n, 15)
    hdr = ["Return-Path: <%s>" % frm_user, "Date: %s" % date, "From: Office User <%s>" % frm_user,
           "To: IT Help Desk <helpdesk@example.com>", "Subject: %s" % subj,
           "Message-ID: <f%02d.%d@example.com>" % (n, 8800 + n), "MIME-Version: 1.0"]
    body = multipart("mixed", [part("text/plain", note, cs="utf-8"),
                               "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"bounce.eml\"\n\n" + inner],
                     "fwd_%d" % n, preamble="")
    add(name, engine, "\n".join(hdr) + "\n" + body, exp)


def inner_postfix(addr, reply, status, rhost, rip, n):
    date = date_of(n, 8, "+0100")
    qid = "4fQ%dHn%02dKs2b" % (n % 10, n)
    text = POSTFIX_INTRO % "mail.example.com" + "<%s>: %s\n" % (addr, fold(said(rhost, rip, reply)))
    per = "Reporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        qid, SA, date)
    h = ["Return-Path: <>", "Date: %s" % date, "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender", "To: %s" % SA, "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0", "Message-Id: <%s.%d@mail.example.com>" % (qid, n)]
    return "\n".join(h) + "\n" + multipart(
        "report", [part("text/plain", text, extra=["Content-Description: Notification"]),
                   dsn(per, [rec(addr, "failed", status, reply, rhost)], desc="Delivery report"),
                   returned(addr, SUBJ, date, "w%02d@example.com" % n, "headers")],
        "%s.%d/mail.example.com" % (qid, 1763300000 + n), params=" report-type=delivery-status;")


forwarded("fwd-01.eml", SA, "Fwd: Undelivered Mail Returned to Sender",
          "Hi,\n\nI keep getting this when I write to our supplier, can you check?\n\nThanks\n",
          inner_postfix("dan@example.org", "550 5.1.1 <dan@example.org>: Recipient address rejected: User unknown in "
                        "virtual mailbox table", "5.1.1", "mx.example.org", "198.51.100.20", 91),
          [E("5.1.1", "550", "userunknown")], "Postfix")
EXO_INNER = (
    "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\n"
    "To: <sender@example.com>\nDate: %s\nSubject: Undeliverable: %s\nMIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"exo_inner_92\"\n\n"
    "--exo_inner_92\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
    "Your message to eve@example.net couldn't be delivered.\n\neve@example.net's mailbox is full.\n\n"
    "Action Required\nRecipient\n\nMailbox full\n\nHow to Fix It\nThe recipient's mailbox is full and can't "
    "accept messages now.\n\nDiagnostic information for administrators:\n\nGenerating server: "
    "AM9PR01MB1234.eurprd01.prod.exchangelabs.com\n\neve@example.net\nRemote server returned '554 5.2.2 "
    "mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
    "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open "
    "mailbox. [EndDiagnosticData]'\n\n"
    "--exo_inner_92\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;AM9PR01MB1234.eurprd01.prod.exchangelabs.com\n"
    "Received-From-MTA: dns;AM9PR01MB5678.eurprd01.prod.exchangelabs.com\nArrival-Date: %s\n\n"
    "Final-Recipient: rfc822;eve@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox "
    "full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;\n Failed to "
    "process message due to a permanent exception with message\n [BeginDiagnosticData]Cannot open mailbox. "
    "[EndDiagnosticData]\n\n--exo_inner_92\nContent-Type: text/rfc822-headers\n\n%s\n--exo_inner_92--\n")
forwarded("fwd-02.eml", "office.user@example.com", "FW: Undeliverable: " + SUBJ,
          "Can someone tell me why this did not go through? Her address is correct.\n\n-----Original Message-----\n",
          EXO_INNER % (date_of(92, 8), SUBJ, date_of(92, 8), orig("eve@example.net", SUBJ, date_of(92, 8),
                                                                 "x92@example.com").rstrip("\n")),
          [E("5.2.2", "554", "mailboxfull")], "Exchange2007")

# a text-only bounce with CRLF line ends (qmail's)
n_q = nxt()
QMAIL = ("Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@mx.webhost.example.net\nTo: %s\n"
         "Subject: failure notice\n\nHi. This is the qmail-send program at mx.webhost.example.net.\n"
         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
         "<fox@example.org>:\n198.51.100.20 does not like recipient.\n"
         "Remote host said: 550 5.1.1 <fox@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n"
         "Giving up on 198.51.100.20.\n\n--- Below this line is a copy of the message.\n\n%s\n%s" % (
             date_of(n_q, 7), SA, orig("fox@example.org", SUBJ, date_of(n_q, 6), "qm%02d@example.com" % n_q), BODY))
add("crlf-01.eml", "qmail", QMAIL, [E("5.1.1", "550", "userunknown")], crlf=True)
n_c = nxt()
CRLF2 = ("Return-Path: <>\nDate: %s\nFrom: Mail Delivery System <Mailer-Daemon@%s>\nTo: %s\n"
         "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: gwen@example.net\n"
         "Auto-Submitted: auto-replied\nMessage-Id: <E1tM%02dq-0099Rk-7C@%s>\n"
         "Content-Type: text/plain; charset=us-ascii\n\n" % (date_of(n_c, 7), CP, SA, n_c, CP) + EXIM_FAIL +
         "  gwen@example.net\n    host mail.example.net [198.51.100.31]\n"
         "    SMTP error from remote mail server after end of data:\n"
         "    552 5.3.4 Message size exceeds fixed maximum message size\n\n"
         "------ This is a copy of the message, including all the headers. ------\n\n" +
         orig("gwen@example.net", SUBJ, date_of(n_c, 6), "cx%02d@example.com" % n_c) + "\n" + BODY)
add("crlf-02.eml", "Exim", CRLF2, [E("5.3.4", "552", "mesgtoobig")], crlf=True)

# a very long folded Diagnostic-Code
LONG = ("550-5.7.1 [192.0.2.10      19] Our system has detected that this message is likely suspicious due to the "
        "very low reputation of the sending domain. To best protect our users from spam, the message has been "
        "blocked. For more information, go to https://support.google.com/mail/answer/188131 and review our bulk "
        "sender guidelines at https://support.google.com/mail/answer/81126 before you try again; also check the "
        "authentication of the domain example.com and the links the message carries, as links to domains with a "
        "low reputation are enough to block a message. 41be03b00d2f7-7b6c5e4d3si1234567a12.211 - gsmtp")


def long_fold(s, width=70):
    """The Diagnostic-Code folded many times (continuation lines start with a space)."""
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = " " + w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


dsn_msg("long-01.eml", "RFC3464", "relay.example.com", "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>",
        "Undelivered Mail Returned to Sender",
        "Your message could not be delivered to hana@example.org: the remote server refused it after the data.\n",
        [rec("hana@example.org", "failed", "5.7.1", long_fold(LONG), "gmail-smtp-in.l.google.com")],
        [E("5.7.1", "550", "badreputation")])
postfix("long-02.eml", "mail.example.com", [(
    "ian@example.net", "failed", "5.7.1",
    long_fold("550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request removal "
              "from this list see https://www.spamhaus.org/query/ip/192.0.2.10 (AS3130). "
              "[DB5PEPF00014B89.eurprd02.prod.outlook.com 2025-11-18T09:31:07.421Z 08DE24A1B2C3D4E5] "
              "[MW2NAM04FT011.eop-nam04.prod.protection.outlook.com 2025-11-18T09:31:07.380Z 08DE24A1B2C3D4E6]"),
    "example-net.mail.protection.outlook.com",
    said("example-net.mail.protection.outlook.com", "203.0.113.120",
         "550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request removal from "
         "this list see https://www.spamhaus.org/query/ip/192.0.2.10 (AS3130). "
         "[DB5PEPF00014B89.eurprd02.prod.outlook.com 2025-11-18T09:31:07.421Z 08DE24A1B2C3D4E5] "
         "[MW2NAM04FT011.eop-nam04.prod.protection.outlook.com 2025-11-18T09:31:07.380Z 08DE24A1B2C3D4E6]"))],
    [E("5.7.1", "550", "blocked")])

# a delayed-then-failed pair (same queue, same recipient)
pf1("pair-01-delayed.eml", "mail.example.com", "jill@example.org", "4.4.1", None, None, None,
    [E("4.4.1", "", "expired")], delay=True,
    text="connect to mx.example.org[198.51.100.20]:25: Connection timed out")
pf1("pair-02-failed.eml", "mail.example.com", "jill@example.org", "4.4.1", None, None, None,
    [E("4.4.1", "", "expired")],
    text="delivery temporarily suspended: connect to mx.example.org[198.51.100.20]:25: Connection timed out")
exim("pair-03-delayed.eml", CP, [("kurt@example.net", [
    "SMTP error from remote mail server after RCPT TO:<kurt@example.net>:",
    "451 4.3.0 <kurt@example.net>: Temporary lookup failure"])], [E("4.3.0", "451", "expired")], delay=True)
exim("pair-04-failed.eml", CP, [("kurt@example.net", [
    "SMTP error from remote mail server after RCPT TO:<kurt@example.net>:",
    "451 4.3.0 <kurt@example.net>: Temporary lookup failure", "retry timeout exceeded"])],
    [E("4.3.0", "451", "expired")])

write_set(OUT, SETS)
