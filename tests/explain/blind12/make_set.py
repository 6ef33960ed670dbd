#!/usr/bin/env python3
"""make_set.py: write the blind12 set and its labels.

blind12 covers bounces as they arrive in 2024-2026 from the systems most
mail goes through: Microsoft 365 and Exchange on-premises, Gmail and
Google Workspace, Yahoo/AOL, iCloud, Zoho, Proton, Fastmail, Postfix and
Exim on hosting panels (cPanel, Plesk, DirectAdmin), the Mimecast,
Proofpoint, Barracuda and Cisco IronPort gateways, the ESPs (Amazon SES,
SendGrid, Mailgun, Brevo), Tencent QQ/Exmail, NetEase and Alibaba Mail,
with auto-replies, an ARF report and a success DSN.

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai v5.1 is judged to answer (status, reply code,
reason, hardbounce).  Only example domains and documentation addresses
are used, besides the provider host names that identify a provider.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import POSTFIX_DELAY as PF_DELAY, POSTFIX_INTRO as PF_HEAD, E, Mime, dsn, fold, mimeword, qp, raw, rec, write_set  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"


def add(name, engine, msg, exp):
    assert name not in [s[0] for s in SETS], name
    SETS.append((name, engine, msg, exp))


BODY = "Hi,\n\nplease find the November figures below. Let me know if anything is missing.\n\nThanks,\nSender\n"

# The builders (blindset.py) with this batch's constants: the original's
# Received id and DKIM b=, and BODY.
M = Mime("out1.example.com with ESMTPSA id 9F2C41A0", BODY, dkim_b="Xk2l9QmZ0aB1c2d3e4f5g6h7i8j9k0")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned


# ==========================================================================
# Postfix (Plesk, hosting, Proton, Fastmail, gateways and big providers as
# the remote)
# ==========================================================================

PFN = [0]


def postfix(name, host, date, recips, exp, engine="Postfix", delay=False, kind="message", enc="7bit",
            success=False, frm=None):
    """recips: list of (addr, action, status, diag or None, remote or None, text, dtype)."""
    PFN[0] += 1
    qid = "4Z%dXk%02dQy7mz" % (PFN[0] % 10, PFN[0])
    if success:
        intro = ("This is the mail system at host %s.\n\n"
                 "Your message was successfully delivered to the destination(s)\n"
                 "listed below. If the message was delivered to mailbox you will\n"
                 "receive no further notifications. Otherwise you may still receive\n"
                 "notifications of mail delivery errors from other systems.\n\n"
                 "                   The mail system\n\n") % host
        subj, rtype = "Successful Mail Delivery Report", "delivery-status"
    elif delay:
        intro, subj = PF_DELAY % host, "Delayed Mail (still being retried)"
    else:
        intro, subj = PF_HEAD % host, "Undelivered Mail Returned to Sender"
    text = intro + "\n".join("<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    to = recips[0][0]
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, SA, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=(r[6] if len(r) > 6 else "smtp")) for r in recips]
    h = ["Return-Path: <>",
         "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date),
         "Date: %s" % date, "From: %s" % (frm or "MAILER-DAEMON@%s (Mail Delivery System)" % host),
         "Subject: %s" % subj, "To: %s" % SA, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "Message-Id: <%s.%d@%s>" % (qid, PFN[0], host)]
    body = multipart("report", [part("text/plain", text, enc=enc, extra=["Content-Description: Notification"]),
                                dsn(per, rs, desc="Delivery report"),
                                returned(to, "November figures", date, "nov%02d@example.com" % PFN[0], kind)],
                     "%s.%d/%s" % (qid, 1700000000 + PFN[0], host), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


DP = "Mon, 17 Nov 2025 10:%02d:41 +0100 (CET)"


def said(host, ip, reply, cmd="RCPT TO"):
    return "host %s[%s] said: %s (in reply to %s command)" % (host, ip, reply, cmd)


postfix("postfix-plesk-01.eml", "mail.example.com", DP % 1, [
    ("anna@example.net", "failed", "5.1.1",
     "550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
     "mx.example.net", said("mx.example.net", "192.0.2.40",
                            "550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown in virtual mailbox table"))],
    [E("5.1.1", "550", "userunknown")])

postfix("postfix-plesk-02.eml", "mail.example.com", DP % 2, [
    ("bert@example.invalid", "failed", "5.4.4", None, None,
     "Host or domain name not found. Name service error for name=example.invalid type=AAAA: Host not found")],
    [E("5.4.4", "", "hostunknown")])

postfix("postfix-03.eml", "smtp.example.com", DP % 3, [
    ("carla@example.org", "delayed", "4.7.0",
     "421 4.7.0 mx.example.org Error: too many connections from 192.0.2.10", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "421 4.7.0 mx.example.org Error: too many connections from 192.0.2.10",
          "EHLO"))],
    [E("4.7.0", "421", "toomanyconn")], delay=True)

postfix("postfix-04.eml", "smtp.example.com", DP % 4, [
    ("dora@example.org", "failed", "5.7.1", "554 5.7.1 <dora@example.org>: Relay access denied", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "554 5.7.1 <dora@example.org>: Relay access denied"))],
    [E("5.7.1", "554", "norelaying")])

postfix("postfix-05.eml", "smtp.example.com", DP % 5, [
    ("emil@example.org", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "552 5.3.4 Message size exceeds fixed limit", "end of DATA"))],
    [E("5.3.4", "552", "mesgtoobig")])

postfix("postfix-06.eml", "smtp.example.com", DP % 6, [
    ("fritz@example.org", "failed", "4.4.1", "delivery temporarily suspended: connect to mx.example.org[192.0.2.50]:25: Connection timed out",
     None, "delivery temporarily suspended: connect to mx.example.org[192.0.2.50]:25: Connection timed out", "X-Postfix")],
    [E("4.4.1", "", "expired")])

postfix("postfix-07.eml", "smtp.example.com", DP % 7, [
    ("gina@example.org", "delayed", "4.7.1",
     "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.10]", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.10]"))],
    [E("4.7.1", "450", "requireptr")], delay=True)

postfix("postfix-plesk-08.eml", "mail.example.com", DP % 8, [
    ("hans@example.net", "failed", "5.1.1",
     "550 5.1.1 <hans@example.net>: Recipient address rejected: User unknown in local recipient table",
     "mx.example.net", said("mx.example.net", "192.0.2.40",
                            "550 5.1.1 <hans@example.net>: Recipient address rejected: User unknown in local recipient table")),
    ("ida@example.net", "failed", "5.2.2", "552 5.2.2 <ida@example.net>: Recipient address rejected: Mailbox is full",
     "mx.example.net", said("mx.example.net", "192.0.2.40",
                            "552 5.2.2 <ida@example.net>: Recipient address rejected: Mailbox is full")),
    ("jan@example.net", "failed", "5.2.1", "550 5.2.1 <jan@example.net>: Recipient address rejected: Mailbox disabled",
     "mx.example.net", said("mx.example.net", "192.0.2.40",
                            "550 5.2.1 <jan@example.net>: Recipient address rejected: Mailbox disabled"))],
    [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull"), E("5.2.1", "550", "suspend")])

postfix("postfix-09.eml", "smtp.example.com", DP % 9, [
    ("kai@example.org", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 4Zq1Y83kLmz9", "mx.example.org",
     "delivery via mx.example.org[192.0.2.50]:25: 250 2.0.0 Ok: queued as 4Zq1Y83kLmz9")],
    [E("2.0.0", "250", "delivered")], success=True, kind="headers")

postfix("postfix-directadmin-10.eml", "server1.example.com", DP % 10, [
    ("lena@example.com", "failed", "5.2.2", "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota",
     None, "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota", "x-unix")],
    [E("5.2.2", "", "mailboxfull")])

postfix("postfix-11.eml", "smtp.example.com", DP % 11, [
    ("max@example.org", "failed", "5.1.8",
     "553 5.1.8 <sender@example.com>: Sender address rejected: Domain not found", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "553 5.1.8 <sender@example.com>: Sender address rejected: Domain not found",
          "MAIL FROM"))],
    [E("5.1.8", "553", "rejected")])

postfix("postfix-12.eml", "smtp.example.com", DP % 12, [
    ("nina@example.org", "failed", "5.7.1",
     "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10",
     "mx.example.org", said("mx.example.org", "192.0.2.50",
                            "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10"))],
    [E("5.7.1", "554", "blocked")], enc="qp")

postfix("postfix-13.eml", "smtp.example.com", DP % 13, [
    ("otto@example.org", "failed", "5.0.0", "lost connection with mx.example.org[192.0.2.50] while sending end of data -- message may be sent more than once",
     None, "lost connection with mx.example.org[192.0.2.50] while sending end of data -- message may be sent more than once", "X-Postfix")],
    [E("5.0.0", "", "onhold")])

postfix("postfix-14.eml", "smtp.example.com", DP % 14, [
    ("paul@example.org", "failed", "5.7.1",
     "550 5.7.1 Message rejected: Message filtered. Please see the FAQs section on spam", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "550 5.7.1 Message rejected: Message filtered. Please see the FAQs section on spam",
          "end of DATA"))],
    [E("5.7.1", "550", "filtered")])

# Proton and Fastmail send Postfix bounces of their own
postfix("proton-01.eml", "mail.protonmail.ch", "Tue, 18 Nov 2025 08:14:02 +0000", [
    ("quinn@example.org", "failed", "5.1.1", "550 5.1.1 <quinn@example.org>: Recipient address rejected: User unknown",
     "mx.example.org", said("mx.example.org", "192.0.2.50",
                            "550 5.1.1 <quinn@example.org>: Recipient address rejected: User unknown"))],
    [E("5.1.1", "550", "userunknown")], frm="Mail Delivery System <MAILER-DAEMON@protonmail.ch>")

postfix("proton-02.eml", "smtp.example.com", "Tue, 18 Nov 2025 08:20:02 +0000", [
    ("rosa@proton.me", "failed", "5.2.2", "552 5.2.2 <rosa@proton.me>: Recipient mailbox is full", "mail.protonmail.ch",
     said("mail.protonmail.ch", "185.70.42.128", "552 5.2.2 <rosa@proton.me>: Recipient mailbox is full"))],
    [E("5.2.2", "552", "mailboxfull")])

postfix("fastmail-01.eml", "mail.messagingengine.com", "Wed, 19 Nov 2025 02:11:40 -0500", [
    ("sven@example.org", "failed", "5.7.1",
     "550 5.7.1 Service unavailable, Client host [103.168.172.150] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/103.168.172.150 (AS3130)",
     "mx.example.org", said("mx.example.org", "192.0.2.50",
                            "550 5.7.1 Service unavailable, Client host [103.168.172.150] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/103.168.172.150 (AS3130)"))],
    [E("5.7.1", "550", "blocked")])

postfix("fastmail-02.eml", "smtp.example.com", "Wed, 19 Nov 2025 09:11:40 +0100", [
    ("tom@fastmail.com", "failed", "5.1.1", "550 5.1.1 <tom@fastmail.com>: Recipient address rejected: User unknown in virtual alias table",
     "in1-smtp.messagingengine.com", said("in1-smtp.messagingengine.com", "103.168.172.220",
                                          "550 5.1.1 <tom@fastmail.com>: Recipient address rejected: User unknown in virtual alias table"))],
    [E("5.1.1", "550", "userunknown")])

# Big providers as the remote of a Postfix
GSMTP = "gmail-smtp-in.l.google.com"


def gsaid(lines, cmd="RCPT TO", code="550"):
    return said(GSMTP, "142.250.102.27", " ".join(lines), cmd)


G26 = ("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
       "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if "
       "550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to "
       "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 4fb4d7f45d1cf-5e0b2c9a1b5si123456a12.100 - gsmtp")
postfix("postfix-gmail-15.eml", "smtp.example.com", DP % 15, [
    ("uwe@gmail.com", "failed", "5.7.26", G26, GSMTP, said(GSMTP, "142.250.102.27", G26, "end of DATA"))],
    [E("5.7.26", "550", "authfailure")], engine="Google")

G27 = ("550-5.7.27 This mail has been blocked because the sender is unauthenticated. "
       "550-5.7.27 Gmail requires all senders to authenticate with SPF. "
       "550-5.7.27 Authentication results: "
       "550-5.7.27  SPF [example.com] with ip: [192.0.2.10] = did not pass "
       "550-5.7.27 For instructions on setting up authentication, go to "
       "550 5.7.27  https://support.google.com/mail/answer/81126#authentication a640c23a62f3a-aa5b1c2d3e4si5.7 - gsmtp")
postfix("postfix-gmail-16.eml", "smtp.example.com", DP % 16, [
    ("vera@gmail.com", "failed", "5.7.27", G27, GSMTP, said(GSMTP, "142.250.102.27", G27, "end of DATA"))],
    [E("5.7.27", "550", "authfailure")], engine="Google")

G421 = ("450-4.2.1 The user you are trying to contact is receiving mail at a rate that "
        "450-4.2.1 prevents additional messages from being delivered. Please resend your "
        "450-4.2.1 message at a later time. If the user is able to receive mail at that "
        "450-4.2.1 time, your message will be delivered. For more information, go to "
        "450 4.2.1  https://support.google.com/mail/?p=ReceivingRatePerm 38308e7fff4ca-2ff1a2b3c4dsi7.9 - gsmtp")
postfix("postfix-gmail-17.eml", "smtp.example.com", DP % 17, [
    ("walt@gmail.com", "delayed", "4.2.1", G421, GSMTP, said(GSMTP, "142.250.102.27", G421))],
    [E("4.2.1", "450", "speeding")], engine="Google", delay=True)

GREP = ("550-5.7.1 [192.0.2.10] Our system has detected that this message is likely "
        "550-5.7.1 suspicious due to the very low reputation of the sending IP address. "
        "550-5.7.1 To best protect our users from spam, the message has been blocked. "
        "550 5.7.1  https://support.google.com/mail/answer/188131 5b1f17b1804b1-43b1c2d3e4si12 - gsmtp")
postfix("postfix-gmail-18.eml", "smtp.example.com", DP % 18, [
    ("xena@gmail.com", "failed", "5.7.1", GREP, GSMTP, said(GSMTP, "142.250.102.27", GREP, "end of DATA"))],
    [E("5.7.1", "550", "badreputation")], engine="Google")

GPTR = ("550-5.7.25 [192.0.2.10] The IP address sending this message does not have a "
        "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not "
        "550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages "
        "550-5.7.25 from IPs with missing PTR records. For more information, go to "
        "550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices d9443c01a7336-21f1a2b3c4dsi9 - gsmtp")
postfix("postfix-gmail-19.eml", "smtp.example.com", DP % 19, [
    ("yann@gmail.com", "failed", "5.7.25", GPTR, GSMTP, said(GSMTP, "142.250.102.27", GPTR, "end of DATA"))],
    [E("5.7.25", "550", "requireptr")], engine="Google")

YAHOO = "mta7.am0.yahoodns.net"
Y04 = ("421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user "
       "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
postfix("postfix-yahoo-20.eml", "smtp.example.com", DP % 20, [
    ("zoe@yahoo.com", "delayed", "4.7.0", Y04, YAHOO, said(YAHOO, "67.195.204.72", Y04, "MAIL FROM"))],
    [E("4.7.0", "421", "rejected")], engine="YahooInc", delay=True)

Y09 = ("553 5.7.2 [TSS09] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT "
       "succeed. See https://postmaster.yahooinc.com/error-codes")
postfix("postfix-aol-21.eml", "smtp.example.com", DP % 21, [
    ("adam@aol.com", "failed", "5.7.2", Y09, "mx-aol.mail.gm0.yahoodns.net",
     said("mx-aol.mail.gm0.yahoodns.net", "67.195.204.80", Y09, "MAIL FROM"))],
    [E("5.7.2", "553", "rejected")], engine="YahooInc")

postfix("postfix-aol-22.eml", "smtp.example.com", DP % 22, [
    ("bea@aol.com", "failed", "5.0.0", "552 1 Requested mail action aborted, mailbox not found",
     "mx-aol.mail.gm0.yahoodns.net", said("mx-aol.mail.gm0.yahoodns.net", "67.195.204.80",
                                         "552 1 Requested mail action aborted, mailbox not found"))],
    [E("5.0.0", "552", "userunknown")], engine="YahooInc")

ICL = "mx01.mail.icloud.com"
postfix("postfix-icloud-23.eml", "smtp.example.com", DP % 23, [
    ("cleo@icloud.com", "failed", "5.1.1", "550 5.1.1 <cleo@icloud.com>: user does not exist", ICL,
     said(ICL, "17.57.155.23", "550 5.1.1 <cleo@icloud.com>: user does not exist"))],
    [E("5.1.1", "550", "userunknown")], engine="Apple")

CS01 = ("554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
        "https://support.apple.com/en-us/HT204137")
postfix("postfix-icloud-24.eml", "smtp.example.com", DP % 24, [
    ("dirk@me.com", "failed", "5.7.1", CS01, ICL, said(ICL, "17.57.155.23", CS01, "end of DATA"))],
    [E("5.7.1", "554", "policyviolation")], engine="Apple")

postfix("postfix-zoho-25.eml", "smtp.example.com", DP % 25, [
    ("eva@zohomail.com", "failed", "5.1.1", "550 5.1.1 User does not exist - <eva@zohomail.com>", "mx.zoho.com",
     said("mx.zoho.com", "204.141.33.44", "550 5.1.1 User does not exist - <eva@zohomail.com>"))],
    [E("5.1.1", "550", "userunknown")])

GSIZE = ("552-5.2.3 Your message exceeded Google's message size limits. For more information, "
         "552 5.2.3 visit https://support.google.com/mail/answer/6584 ffacd0b85a97d-38a1b2c3d4esi10.2 - gsmtp")
postfix("postfix-gmail-32.eml", "smtp.example.com", DP % 32, [
    ("abel@gmail.com", "failed", "5.2.3", GSIZE, GSMTP, said(GSMTP, "142.250.102.27", GSIZE, "end of DATA"))],
    [E("5.2.3", "552", "exceedlimit")], engine="Google")

GRFC = ("550-5.7.1 [192.0.2.10] This message is not RFC 5322 compliant. To reduce the "
        "550-5.7.1 amount of spam sent to Gmail, this message has been blocked. For more "
        "550-5.7.1 information, go to "
        "550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant 5b1f17b1804b1-43c1d2e3f4si11 - gsmtp")
postfix("postfix-gmail-33.eml", "smtp.example.com", DP % 33, [
    ("bodo@gmail.com", "failed", "5.7.1", GRFC, GSMTP, said(GSMTP, "142.250.102.27", GRFC, "end of DATA"))],
    [E("5.7.1", "550", "notcompliantrfc")], engine="Google")

postfix("postfix-34.eml", "smtp.example.com", DP % 34, [
    ("cilla@example.org", "delayed", "4.3.0", "451 4.3.0 Error: queue file write error", "mx.example.org",
     said("mx.example.org", "192.0.2.50", "451 4.3.0 Error: queue file write error", "end of DATA"))],
    [E("4.3.0", "451", "systemerror")], delay=True)

MC = "eu-smtp-inbound-1.mimecast.com"
MCS = ("550 Rejected by header-based Anti-Spoofing policy: sender@example.com - "
       "https://community.mimecast.com/docs/DOC-1369#550 [hQ3xk2PZNbGc7v9Rw1aTqA.uk254]")
postfix("mimecast-01.eml", "smtp.example.com", DP % 26, [
    ("finn@example.co.uk", "failed", "5.0.0", MCS, MC, said(MC, "195.130.217.81", MCS, "end of DATA"))],
    [E("5.0.0", "550", "policyviolation")], engine="Mimecast")

MCU = ("550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 "
       "[Yv2kN0zQSgqL1fA7u3d9Bw.uk117]")
postfix("mimecast-02.eml", "smtp.example.com", DP % 27, [
    ("gabi@example.co.uk", "failed", "5.0.0", MCU, MC, said(MC, "195.130.217.81", MCU))],
    [E("5.0.0", "550", "userunknown")], engine="Mimecast")

PP = "mx0a-00123456.pphosted.com"
PPB = "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.10"
postfix("proofpoint-01.eml", "smtp.example.com", DP % 28, [
    ("hugo@example.org", "failed", "5.0.0", PPB, PP, said(PP, "148.163.150.30", PPB, "MAIL FROM"))],
    [E("5.0.0", "554", "blocked")])

BC = "d123456a.ess.barracudanetworks.com"
BCB = ("554 Service unavailable; Client host [192.0.2.10] blocked using Barracuda Reputation; "
       "http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.10")
postfix("barracuda-01.eml", "smtp.example.com", DP % 29, [
    ("ines@example.org", "failed", "5.7.1", BCB, BC, said(BC, "209.222.82.252", BCB))],
    [E("5.7.1", "554", "blocked")])

IP = "esa1.example.iphmx.com"
postfix("ironport-01.eml", "smtp.example.com", DP % 30, [
    ("jonas@example.org", "failed", "5.1.0", "550 #5.1.0 Address rejected.", IP,
     said(IP, "68.232.140.10", "550 #5.1.0 Address rejected."))],
    [E("5.1.0", "550", "userunknown")])

IPS = "554 5.7.1 Message rejected due to spam content detected in the message"
postfix("ironport-02.eml", "smtp.example.com", DP % 31, [
    ("kira@example.org", "failed", "5.7.1", IPS, IP, said(IP, "68.232.140.10", IPS, "end of DATA"))],
    [E("5.7.1", "554", "spamdetected")])


# ==========================================================================
# Exim on cPanel / DirectAdmin hosting
# ==========================================================================

EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim(name, host, date, blocks, exp, engine="Exim"):
    mid = "1vL%sQ-0003Ab-7K" % name[5:7]
    h = ["Return-path: <>", "Envelope-to: %s" % SA, "Delivery-date: %s" % date,
         "Received: from mailnull by %s with local (Exim 4.98)\n\tid %s\n\tfor %s; %s" % (host, mid, SA, date),
         "X-Failed-Recipients: %s" % blocks[0][0],
         "Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
         "To: %s" % SA, "Content-Type: text/plain; charset=us-ascii",
         "Subject: Mail delivery failed: returning message to sender",
         "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date]
    body = EXIM_FAIL + "\n".join("  %s\n    %s\n" % (a, t) for a, t in blocks)
    body += "\n------ This is a copy of the message, including all the headers. ------\n\n"
    body += orig(blocks[0][0], "Invoice 2025-11", date, "inv%s@example.com" % name[5:7]) + "\n" + BODY
    add(name, engine, "\n".join(h) + "\n\n" + body, exp)


DX = "Thu, 20 Nov 2025 14:%02d:05 +0000"
exim("exim-cpanel-01.eml", "server.example-host.com", DX % 1, [
    ("lars@example.net", "host mx.example.net [192.0.2.60]\n    SMTP error from remote mail server after RCPT TO:<lars@example.net>:\n    550 No Such User Here")],
    [E("5.0.911", "550", "userunknown")])
exim("exim-cpanel-02.eml", "server.example-host.com", DX % 2, [
    ("mara@example-host.com", "mailbox is full: retry timeout exceeded")],
    [E("4.0.922", "", "mailboxfull")])
exim("exim-cpanel-03.eml", "server.example-host.com", DX % 3, [
    ("nils@example.net", "host mx.example.net [192.0.2.60]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Virus detected: Win.Test.EICAR_HDB-1")],
    [E("5.7.1", "550", "virusdetected")])
exim("exim-directadmin-04.eml", "da1.example-host.com", DX % 4, [
    ("olga@example.invalid", "Unrouteable address")],
    [E("5.0.912", "", "hostunknown")])
exim("exim-cpanel-05.eml", "server.example-host.com", DX % 5, [
    ("pia@outlook.com", "host outlook-com.olc.protection.outlook.com [52.101.42.8]\n"
     "    SMTP error from remote mail server after RCPT TO:<pia@outlook.com>:\n"
     "    550 5.7.1 Unfortunately, messages from [192.0.2.70] weren't sent. Please contact your Internet service\n"
     "    provider since part of their network is on our block list (S3150). You can also refer your provider to\n"
     "    http://mail.live.com/mail/troubleshooting.aspx#errors. [Name=Protocol Filter Agent][AGT=PFA][MxId=11BBBFC5E5ED5D57]\n"
     "    [SN1PEPF000252A1.namprd05.prod.outlook.com 2025-11-20T14:05:05.000Z 08DD0A1B2C3D4E5F]")],
    [E("5.7.1", "550", "blocked")], engine="Microsoft")
exim("exim-cpanel-06.eml", "server.example-host.com", DX % 6, [
    ("rita@qq.com", "host mx3.qq.com [203.205.219.57]\n    SMTP error from remote mail server after end of data:\n"
     "    550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726")],
    [E("5.0.980", "550", "spamdetected")], engine="Tencent")
exim("exim-07.eml", "mail.example-host.com", DX % 7, [
    ("sara@163.com", "host 163mx01.mxmail.netease.com [220.181.12.31]\n    SMTP error from remote mail server after RCPT TO:<sara@163.com>:\n"
     "    550 User suspended")],
    [E("5.0.921", "550", "suspend")])
exim("exim-08.eml", "mail.example-host.com", DX % 8, [
    ("tina@example.org", "host mx.example.org [192.0.2.61]\n    SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=48211234:\n"
     "    552 5.3.4 Message size exceeds fixed maximum message size")],
    [E("5.3.4", "552", "mesgtoobig")])


# ==========================================================================
# Microsoft 365 / Exchange Online and Exchange on-premises NDRs
# ==========================================================================

def o365(name, date, items, recips, exp, engine="Office365", gen="SN7PR04MB8765.namprd04.prod.outlook.com",
         onprem=False, enc="7bit"):
    """items: list of (addr, remote_server, reply_line, title, human)."""
    frm = "postmaster@example.com" if onprem else "Microsoft Outlook <MAILER-DAEMON@%s>" % gen.split(".", 1)[0].lower() + ".outlook.com"
    if onprem:
        frm = "Microsoft Exchange <postmaster@example.com>"
    txt = ""
    for a, server, line, title, human in items:
        txt += "%s\n\n%s\n\n" % (title, human)
    txt += "Diagnostic information for administrators:\n\nGenerating server: %s\n\n" % gen
    for a, server, line, title, human in items:
        txt += "%s\n%s\n%s\n\n" % (a, server or gen, line)
    txt += ("Original message headers:\n\nReceived: from SN7PR04MB1111.namprd04.prod.outlook.com\n"
            " (2603:10b6:806:fd::10) by SN7PR04MB8765.namprd04.prod.outlook.com with\n"
            " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.20; %s\n" % date)
    html = "<html><head></head><body><p><b><font color=\"#000000\" size=\"3\">%s</font></b></p>" \
           "<p>%s</p></body></html>" % (items[0][3], items[0][4].replace("\n", " "))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;SN7PR04MB1111.namprd04.prod.outlook.com\nArrival-Date: %s" % (gen, date)
    h = ["Return-Path: <>", "From: %s" % frm, "To: <%s>" % SA, "Date: %s" % date,
         "Subject: Undeliverable: Contract draft v3", "Content-Language: en-US",
         "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "Message-ID: <%s@%s>" % (name.replace(".eml", "").replace("-", ""), gen),
         "X-MS-Exchange-Organization-SCL: -1"]
    alt = multipart("alternative", [part("text/plain", txt, enc=enc, cs="us-ascii" if enc == "7bit" else "utf-8"),
                                    part("text/html", html, cs="utf-8", enc="qp")], "alt_" + name[:9])
    body = multipart("report", [alt, dsn(per, recips), returned(items[0][0], "Contract draft v3", date,
                                                                    "PH0PR%s@example.com" % name[5:7], "headers")],
                     "rep_" + name[:9], params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


NF = ("Your message to %s couldn't be delivered.\n%s wasn't found at %s.\n\nAction Required\nRecipient\n\n"
      "Unknown To address")
DO = "Fri, 21 Nov 2025 09:%02d:17 +0000"
EOP = "example-org.mail.protection.outlook.com"

L = "Remote server returned '550 5.1.10 RecipientNotFound; Recipient not found by SMTP address lookup'"
o365("o365-01.eml", DO % 1, [("ada@example.org", EOP, L, "Your message to ada@example.org couldn't be delivered.",
                               "ada wasn't found at example.org.")],
     [rec("ada@example.org", "failed", "5.1.10", "550 5.1.10 RecipientNotFound; Recipient not found by SMTP address lookup", EOP)],
     [E("5.1.10", "550", "userunknown")])
L = ("Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
     "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message "
     "[BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'")
o365("o365-02.eml", DO % 2, [("ben@example.org", EOP, L, "Your message to ben@example.org couldn't be delivered.",
                               "ben's mailbox is full.")],
     [rec("ben@example.org", "failed", "5.2.2", L[24:-1], EOP)], [E("5.2.2", "554", "mailboxfull")], enc="base64")
L = "Remote server returned '550 5.4.1 Recipient address rejected: Access denied. [SN1PEPF0002636B.namprd02.prod.outlook.com 2025-11-21T09:03:17.000Z 08DD09F0A1B2C3D4]'"
o365("o365-03.eml", DO % 3, [("cora@example.org", EOP, L, "Your message to cora@example.org couldn't be delivered.",
                               "cora wasn't found at example.org.")],
     [rec("cora@example.org", "failed", "5.4.1", L[24:-1], EOP)], [E("5.4.1", "550", "userunknown")])
L = "Remote server returned '550 5.7.1 Delivery not authorized, message refused'"
o365("o365-04.eml", DO % 4, [("dan@example.org", EOP, L, "Delivery has failed to these recipients or groups:",
                               "dan@example.org\nYour message wasn't delivered because the recipient's email provider rejected it.")],
     [rec("dan@example.org", "failed", "5.7.1", L[24:-1], EOP)], [E("5.7.1", "550", "rejected")])
L = "Remote server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group'"
o365("o365-05.eml", DO % 5, [("board@example.com", None, L, "Your message couldn't be delivered to the recipients shown below.",
                               "The group board only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.")],
     [rec("board@example.com", "failed", "5.7.133", L[24:-1])], [E("5.7.133", "550", "securityerror")])
L = ("Remote server returned '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification "
     "and has a DMARC policy of reject. [DS3PEPF000099DD.namprd04.prod.outlook.com 2025-11-21T09:06:17.000Z 08DD09F0B1C2D3E4]'")
o365("o365-06.eml", DO % 6, [("eli@example.org", EOP, L, "Your message to eli@example.org couldn't be delivered.",
                               "Security or policy settings at example.org have rejected your message.")],
     [rec("eli@example.org", "failed", "5.7.509", L[24:-1], EOP)], [E("5.7.509", "550", "authfailure")])
L = "Remote server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'"
o365("o365-07.eml", DO % 7, [("fay@example.net", None, L, "Your message to fay@example.net couldn't be delivered.",
                               "Your email admin has blocked automatic forwarding of your messages to external recipients.")],
     [rec("fay@example.net", "failed", "5.7.520", L[24:-1])], [E("5.7.520", "550", "securityerror")])
L = "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'"
o365("o365-08.eml", DO % 8, [("gus@example.org", EOP, L, "Your message to gus@example.org couldn't be delivered.",
                               "Your message wasn't delivered because the sending IP is not accepted.")],
     [rec("gus@example.org", "failed", "5.7.708", L[24:-1], EOP)], [E("5.7.708", "550", "speeding")])
L = "Remote server returned '550 4.4.7 QUEUE.Expired; message expired'"
o365("o365-09.eml", DO % 9, [("hal@example.org", EOP, L, "Delivery has failed to these recipients or groups:",
                               "hal@example.org\nThe recipient's email system didn't accept the message before it expired.")],
     [rec("hal@example.org", "failed", "4.4.7", L[24:-1], EOP)], [E("4.4.7", "", "expired")])
L = "Remote server returned '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam by Content Filtering.'"
o365("o365-10.eml", DO % 10, [("ivy@example.org", "mx.example.org", L, "Your message to ivy@example.org couldn't be delivered.",
                                "Your message was rejected by the recipient's server because it was detected as spam.")],
     [rec("ivy@example.org", "failed", "5.7.350", L[24:-1], "mx.example.org")], [E("5.7.350", "550", "spamdetected")])
L1 = "Remote server returned '550 5.1.10 RecipientNotFound; Recipient not found by SMTP address lookup'"
L2 = "Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"
o365("o365-11.eml", DO % 11, [("jay@example.org", EOP, L1, "Delivery has failed to these recipients or groups:", "jay@example.org"),
                              ("kim@example.org", EOP, L2, "", "kim@example.org")],
     [rec("jay@example.org", "failed", "5.1.10", L1[24:-1], EOP), rec("kim@example.org", "failed", "5.2.2", L2[24:-1], EOP)],
     [E("5.1.10", "550", "userunknown"), E("5.2.2", "554", "mailboxfull")])
L = "Remote Server returned '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient'"
o365("o365-12.eml", DO % 15, [("nora@example.org", EOP, L, "Your message to nora@example.org couldn't be delivered.",
                                "Your message is too big to be delivered to nora@example.org.")],
     [rec("nora@example.org", "failed", "5.2.3", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", EOP)],
     [E("5.2.3", "550", "exceedlimit")])
# Exchange on-premises
L = "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
o365("exchange-01.eml", DO % 12, [("lea@example.com", "EXCH01.corp.example.com", L, "Delivery has failed to these recipients or groups:",
                                   "lea@example.com\nThe e-mail address you entered couldn't be found.")],
     [rec("lea@example.com", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")],
     [E("5.1.1", "550", "userunknown")], engine="Exchange2007", gen="EXCH01.corp.example.com", onprem=True)
L = "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'"
o365("exchange-02.eml", DO % 13, [("allstaff@example.com", "EXCH01.corp.example.com", L, "Delivery has failed to these recipients or groups:",
                                   "All Staff\nYour message wasn't delivered because the recipient only accepts messages from authenticated senders.")],
     [rec("allstaff@example.com", "failed", "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required")],
     [E("5.7.1", "550", "securityerror")], engine="Exchange2007", gen="EXCH01.corp.example.com", onprem=True)
L = "Remote Server returned '550 5.3.4 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization'"
o365("exchange-03.eml", DO % 14, [("mo@example.com", "EXCH02.corp.example.com", L, "Delivery has failed to these recipients or groups:",
                                   "mo@example.com\nYour message is too big.")],
     [rec("mo@example.com", "failed", "5.3.4", "550 5.3.4 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization")],
     [E("5.3.4", "550", "mesgtoobig")], engine="Exchange2007", gen="EXCH02.corp.example.com", onprem=True)


# ==========================================================================
# Gmail / Google Workspace's own DSNs
# ==========================================================================

def gmail(name, date, title, human, addr, status, diag, exp, action="failed", remote=None, ws=False):
    host = "mail-sor-f69.google.com"
    frm = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    txt = "** %s **\n\n%s\n\nThe response from the remote server was:\n%s\n" % (title, human, diag)
    html = "<html><head></head><body><h2>%s</h2><p>%s</p><p>The response was:</p><p>%s</p></body></html>" % (
        title, human.replace("\n", " "), diag)
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % date
    r = rec(addr, action, status, diag, remote, extra=["Last-Attempt-Date: %s" % date], orig_rcpt=False)
    if action == "delayed":
        r += "\nWill-Retry-Until: Sun, 23 Nov 2025 06:00:00 -0800 (PST)"
    bnd = "0000000000009a1b2c%s" % name[6:8]
    h = ["Return-Path: <>", "Received: by 2002:a05:6a10:9d4a:b0:5a1:1b2c:3d4e with SMTP id t10csp1234567pxb;\n        %s" % date,
         "MIME-Version: 1.0", "From: %s" % frm, "To: %s" % SA, "Auto-Submitted: auto-replied",
         "Subject: %s" % ("Delivery Status Notification (Delay)" if action == "delayed" else "Delivery Status Notification (Failure)"),
         "References: <CAB%s@mail.example.com>" % name[6:8], "Message-ID: <6741a2b3.%s@mx.google.com>" % name[6:8],
         "Date: %s" % date]
    alt = multipart("alternative", [part("text/plain", txt, cs="UTF-8"), part("text/html", html, cs="UTF-8", enc="qp")], bnd + "1")
    body = multipart("report", [alt, dsn(per, [r]), returned(addr, "Re: offsite agenda", date, "CAB%s@mail.example.com" % name[6:8])],
                     bnd + "0", params=" report-type=delivery-status;")
    add(name, "Gmail" if not ws else "GSuite", "\n".join(h) + "\n" + body, exp)


DG = "Sat, 22 Nov 2025 06:%02d:09 -0800 (PST)"
gmail("gmail-01.eml", DG % 1, "Address not found",
      "Your message wasn't delivered to lou@gmail.com because the address couldn't be found, or is unable to receive mail.",
      "lou@gmail.com", "5.1.1",
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd1a2b3c4dsor1234567a12.64 - gsmtp",
      [E("5.1.1", "550", "userunknown")], remote="gmail-smtp-in.l.google.com")
gmail("gmail-02.eml", DG % 2, "Message not delivered",
      "Your message couldn't be delivered to mia@gmail.com because the account is inactive.",
      "mia@gmail.com", "5.2.1",
      "550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser 41be03b00d2f7-7fd1a2b3c4dsor1234567a12.65 - gsmtp",
      [E("5.2.1", "550", "suspend")], remote="gmail-smtp-in.l.google.com")
gmail("gmail-03.eml", DG % 3, "Message not delivered",
      "Your message couldn't be delivered to ned@gmail.com because the remote server's mailbox is full.",
      "ned@gmail.com", "5.2.2",
      "552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-7fd1a2b3c4dsor1234567a12.66 - gsmtp",
      [E("5.2.2", "552", "mailboxfull")], remote="gmail-smtp-in.l.google.com")
gmail("gsuite-04.eml", DG % 4, "Message blocked",
      "Your message to ole@example.org has been blocked. See technical details below for more information.",
      "ole@example.org", "5.7.1",
      "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, go to https://support.google.com/a/answer/172179 41be03b00d2f7-7fd1a2b3c4dsi1234567a12.67 - gsmtp",
      [E("5.7.1", "550", "policyviolation")], remote="aspmx.l.google.com", ws=True)
gmail("gmail-05.eml", DG % 5, "Message not delivered",
      "There was a problem delivering your message to pam@example.org. See the technical details below.",
      "pam@example.org", "5.7.1",
      "550 5.7.1 [192.0.2.90] Message rejected: this message looks like spam and was rejected. - mx.example.org",
      [E("5.7.1", "550", "spamdetected")], remote="mx.example.org")
gmail("gmail-06.eml", DG % 6, "Delivery incomplete",
      "There was a temporary problem delivering your message to rex@example.net. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
      "rex@example.net", "4.4.1",
      "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.95: timed out]",
      [E("4.4.1", "", "expired")], action="delayed")
gmail("gsuite-07.eml", DG % 7, "Address not found",
      "Your message wasn't delivered to sam@example.invalid because the domain example.invalid couldn't be found. Check for typos or unnecessary spaces and try again.",
      "sam@example.invalid", "5.1.2",
      "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid For more information, go to https://support.google.com/mail/?p=BadRcptDomain",
      [E("5.1.2", "", "hostunknown")], ws=True)
gmail("gsuite-08.eml", DG % 8, "Message not delivered",
      "You have reached a limit for sending mail. Your message was not sent.",
      "team@example.org", "5.4.5",
      "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 41be03b00d2f7-7fd1a2b3c4dsm1234567a12.68 - gsmtp",
      [E("5.4.5", "550", "onhold")], remote="smtp.gmail.com", ws=True)


# ==========================================================================
# ESPs
# ==========================================================================

def esp_dsn(name, engine, frm, subject, text, per, recips, exp, to, extra_hdrs=()):
    date = "Sun, 23 Nov 2025 11:%02d:00 +0000" % (len(SETS) % 60)
    h = ["Return-Path: <>", "From: %s" % frm, "To: %s" % SA, "Date: %s" % date, "Subject: %s" % subject,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-ID: <%s.bounce@%s>" % (name[:-4], frm.split("@")[-1].rstrip(">"))]
    h += list(extra_hdrs)
    body = multipart("report", [part("text/plain", text), dsn(per, recips), returned(to, "Your November statement", date,
                                                                                          "%s@mail.example.com" % name[:-4], "headers")],
                     "=_%s" % name[:-4], params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


esp_dsn("ses-01.eml", "AmazonSES", "MAILER-DAEMON@amazonses.com", "Delivery Status Notification (Failure)",
        "An error occurred while trying to deliver the mail to the following recipients:\numa@example.org\n",
        "Reporting-MTA: dns; a8-52.smtp-out.amazonses.com",
        [rec("uma@example.org", "failed", "5.1.1", "550 5.1.1 <uma@example.org>: Recipient address rejected: User unknown in local recipient table",
             "mx.example.org", extra=["Last-Attempt-Date: Sun, 23 Nov 2025 11:02:00 +0000"], orig_rcpt=False)],
        [E("5.1.1", "550", "userunknown")], "uma@example.org",
        ["X-SES-Outgoing: 2025.11.23-54.240.8.52", "Feedback-ID: ::1.us-east-1.Ab1Cd2Ef3Gh4=:AmazonSES"])
esp_dsn("ses-02.eml", "AmazonSES", "MAILER-DAEMON@amazonses.com", "Delivery Status Notification (Failure)",
        "An error occurred while trying to deliver the mail to the following recipients:\nvic@example.org\n",
        "Reporting-MTA: dns; a8-53.smtp-out.amazonses.com",
        [rec("vic@example.org", "failed", "5.7.1", "550 5.7.1 Email rejected per DMARC policy for example.com",
             "mx.example.org", orig_rcpt=False)],
        [E("5.7.1", "550", "authfailure")], "vic@example.org",
        ["X-SES-Outgoing: 2025.11.23-54.240.8.53", "Feedback-ID: ::1.us-east-1.Ab1Cd2Ef3Gh4=:AmazonSES"])
esp_dsn("sendgrid-01.eml", "SendGrid", "MAILER-DAEMON@sendgrid.net", "Undelivered Mail Returned to Sender",
        "This is an automatically generated message from SendGrid.\n\nI'm sorry to have to tell you that your message was not able to be\ndelivered to one of its intended recipients.\n\nIf you require assistance with this, please contact SendGrid support.\n\nwes@example.org: 452 4.2.2 Mailbox full\n",
        "Arrival-Date: 2025-11-23 11-05-00",
        [rec("wes@example.org", "failed", "4.2.2", "452 4.2.2 Mailbox full", orig_rcpt=False)],
        [E("4.2.2", "452", "mailboxfull")], "wes@example.org")
esp_dsn("mailgun-01.eml", "RFC3464", "MAILER-DAEMON@mailgun.net", "Delivery Status Notification (Failure)",
        "Your message could not be delivered to xia@example.org.\n",
        "Reporting-MTA: dns; smtp-out-n01.prod.us-east-1.postgun.com",
        [rec("xia@example.org", "failed", "5.7.1", "550 5.7.1 <xia@example.org>: Relay access denied", "mx.example.org")],
        [E("5.7.1", "550", "norelaying")], "xia@example.org")
esp_dsn("brevo-01.eml", "RFC3464", "MAILER-DAEMON@smtp-relay.brevo.com", "Undelivered Mail Returned to Sender",
        "Your message to yoko@example.org could not be delivered.\n",
        "Reporting-MTA: dns; smtp-relay.brevo.com",
        [rec("yoko@example.org", "failed", "5.0.0", "554 5.0.0 Error 81", "mx.example.org")],
        [E("5.0.0", "554", "onhold")], "yoko@example.org")


# ==========================================================================
# Tencent / NetEase / Alibaba: their own bounces in Chinese (GB18030)
# ==========================================================================

def cn_bounce(name, engine, frm, subject, text, exp, enc="base64", to="x@example.org"):
    date = "Mon, 24 Nov 2025 16:%02d:12 +0800" % (len(SETS) % 60)
    h = ["Return-Path: <>", "From: %s" % frm, "To: %s" % SA, "Date: %s" % date, "Subject: %s" % subject,
         "MIME-Version: 1.0", "X-QQ-MIME: TCMime 1.0 by Tencent" if engine == "Tencent" else "X-Mailer: Coremail",
         "Message-ID: <%s.bounce@%s>" % (name[:-4], frm.split("@")[-1].rstrip(">"))]
    body = multipart("mixed", [part("text/plain", text, enc=enc, cs="GB18030"),
                               returned(to, "Quarterly review", date, "%s@mail.example.com" % name[:-4])], "----=_NextPart_%s" % name[:-4])
    add(name, engine, "\n".join(h) + "\n" + body, exp)


cn_bounce("tencent-01.eml", "Tencent", "\"postmaster@qq.com\" <postmaster@qq.com>", mimeword("退信", "GB18030"),
          "很抱歉您的邮件没有发送成功。\n\n收件人：zhang.wei@example.cn\n退信原因：收件人邮箱地址不存在。\n\n"
          "详细信息：\nHost mx.example.cn [192.0.2.120] said: 550 5.1.1 <zhang.wei@example.cn>: Recipient address rejected: "
          "User unknown (in reply to RCPT TO command)\n\n此为系统邮件，请勿回复。\n",
          [E("5.1.1", "550", "userunknown")], to="zhang.wei@example.cn")
cn_bounce("tencent-02.eml", "Tencent", "\"postmaster@exmail.qq.com\" <postmaster@exmail.qq.com>", mimeword("系统退信", "GB18030"),
          "您发送的邮件未能成功投递。\n\n收件人：li.na@example.cn\n退信原因：对方邮箱已满。\n\n"
          "技术信息：\n552 5.2.2 <li.na@example.cn>: Mailbox full, quota exceeded\n",
          [E("5.2.2", "552", "mailboxfull")], to="li.na@example.cn")
cn_bounce("netease-01.eml", "RFC3464", "postmaster@163.com", mimeword("系统退信", "GB18030", "Q"),
          "抱歉，您的邮件被退回来了……\n\n原邮件信息：\n收件人：wang.fang@example.cn\n\n退信原因：\n"
          "收件人所在服务器拒绝投递：对方邮箱不存在或已被冻结。\n\n"
          "远程服务器返回：550 Mailbox not found or access denied\n",
          [E("5.0.0", "550", "userunknown")], enc="qp", to="wang.fang@example.cn")
cn_bounce("alimail-01.eml", "RFC3464", "<postmaster@alibaba-inc.com>", mimeword("退信通知 Undelivered Mail Returned to Sender", "GB18030"),
          "您好，您发送的邮件未能投递到以下收件人：\nThe following recipient(s) could not be reached:\n\n"
          "chen.jie@example.cn\n原因 Reason：\n554 5.7.1 IP 192.0.2.10 in blacklist, please contact the administrator\n",
          [E("5.7.1", "554", "blocked")], to="chen.jie@example.cn")


# ==========================================================================
# Auto-reply and feedback report
# ==========================================================================

VAC = ("Return-Path: <>\nFrom: Olivia Example <olivia@example.org>\nTo: <%s>\nDate: Tue, 25 Nov 2025 08:00:01 +0000\n"
       "Subject: Automatic reply: Contract draft v3\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
       "Thread-Topic: Contract draft v3\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
       "Content-Transfer-Encoding: quoted-printable\nMessage-ID: <vac01@example.org>\nIn-Reply-To: <contract3@example.com>\n\n" % SA)
add("vacation-01.eml", "RFC3834", VAC + qp("I am out of the office until 1 December with limited access to email. "
                                          "For urgent matters contact office@example.org.\n\nOlivia — Ich bin bis 1. Dezember abwesend.\n"),
    [E("", "", "vacation", False)])

ARF_TXT = "This is an email abuse report for an email message received from IP 192.0.2.10 on Tue, 25 Nov 2025 09:00:00 +0000.\n"
arf_fb = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\nOriginal-Mail-From: <%s>\n"
          "Original-Rcpt-To: <paula@yahoo.com>\nReceived-Date: Tue, 25 Nov 2025 09:00:00 +0000\nReported-Domain: example.com\n"
          "Authentication-Results: mta1000.mail.gq1.yahoo.com; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com\n" % SA)
arf = ("Return-Path: <feedback@arf.mail.yahoo.com>\nFrom: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>\n"
       "To: fbl@example.com\nDate: Tue, 25 Nov 2025 09:05:00 +0000\nSubject: FW: Your November statement\nMIME-Version: 1.0\n"
       "Message-ID: <arf01@arf.mail.yahoo.com>\n") + multipart(
    "report", [part("text/plain", ARF_TXT), raw(["Content-Type: message/feedback-report"], arf_fb),
               returned("paula@yahoo.com", "Your November statement", "Tue, 25 Nov 2025 09:00:00 +0000", "stmt@mail.example.com")],
    "----=_arf01", params=" report-type=feedback-report;")
add("arf-01.eml", "ARF", arf, [E("", "", "feedback", False)])

write_set(OUT, SETS)
