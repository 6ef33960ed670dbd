#!/usr/bin/env python3
"""make_set.py: write the blind11 set and its labels.

blind11 measures the MAINSTREAM families, the ones most real bounces come
from: Postfix (several versions, with and without a DSN, local, virtual,
pipe and LMTP transports, delay warnings), Exim 4.8x-4.9x, Sendmail,
Microsoft Exchange 2010-2019, Office 365 / Outlook.com, Gmail and Google
Workspace, Yahoo/AOL, Amazon SES (email and JSON notifications), SendGrid,
Mailgun, Postmark, Zoho, Tencent QQ/Exmail, NetEase, Alibaba Mail,
Sina/Sohu, OpenSMTPD, qmail, Courier and Lotus Notes, with many reasons each
and the details real servers vary: non-English texts (GB18030/GBK, ISO-2022-JP,
German, KOI8-R and UTF-8 Russian), folded Diagnostic-Code lines, several
recipients with different reasons, Action: delayed, X-Postfix-Queue-ID,
base64 and quoted-printable bodies, missing or truncated returned messages.

The messages were written from memory of those systems' templates, WITHOUT
reading mailfix's data/, lib/, tests/cases/ or the earlier blind sets'
messages, and without running mailfix.  The labels are what Sisimai v5.1 is
judged to answer (status, reply code, reason, hardbounce).  Only example
domains (example.com/.net/.org/.jp, *.example) and documentation addresses
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) are used, besides the
provider host names that identify a provider.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import POSTFIX_DELAY as PF_DELAY, POSTFIX_INTRO as PF_INTRO, E, Mime, dsn, encode_body, mimeword, raw, rec  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def hdrs(lines):
    return "\n".join(lines) + "\n"


ORIG_BODY = "Hello,\n\nthe updated price list is attached as agreed on Monday.\n\nBest regards\nSender\n"

# The builders (blindset.py) with this batch's constants: the original's
# Received line (no DKIM signature), ORIG_BODY, the multipart preamble; a
# returned message has no Content-Disposition; part follows encode_body's
# legacy rule (ISO-2022-JP as jis, 8bit legacy charsets as latin-1 stand-ins).
M = Mime("mx1.example.com (Postfix) with ESMTPS id 4Q8H2k1Zr7z1x", ORIG_BODY, charset="utf-8",
         preamble="This is a MIME-encapsulated message.\n", disposition=False, legacy=True)
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned


def add(name, engine, msg, expected):
    assert name not in [s[0] for s in SETS], name
    SETS.append((name, engine, msg, expected))




# ==========================================================================
# Postfix
# ==========================================================================



def postfix(name, host, qid, date, recips, texts, subject="Undelivered Mail Returned to Sender",
            delayed=False, kind="message", orig_subject="Price list March", exp=None, intro=None,
            text_cs="us-ascii", text_enc="7bit", sender_hdr=True, truncate=False, engine="Postfix",
            arrival=None):
    """recips: rec() strings; texts: the human lines of the notification."""
    intro = intro if intro is not None else (PF_DELAY if delayed else PF_INTRO) % host
    text = intro + "\n\n".join(texts) + "\n"
    bnd = "%s.%d/%s" % (qid, 1741000000 + sum(map(ord, name)) * 97, host)
    m = hdrs(["Return-Path: <>",
              "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date),
              "Date: %s" % date,
              "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
              "Subject: %s" % ("Delayed Mail (still being retried)" if delayed else subject),
              "To: %s" % SA,
              "Auto-Submitted: auto-replied",
              "MIME-Version: 1.0"])
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\n" % (host, qid)
    if sender_hdr:
        per += "X-Postfix-Sender: rfc822; %s\n" % SA
    per += "Arrival-Date: %s" % (arrival or date)
    parts = [part("text/plain", text, enc=text_enc, cs=text_cs, extra=["Content-Description: Notification"]),
             dsn(per, recips, desc="Delivery report")]
    if kind:
        parts.append(returned(recips and recips[0].split("; ", 1)[1].split("\n")[0] or "x@example.org",
                              orig_subject, arrival or date, "%s.%s@example.com" % (qid.lower(), name[:-4]),
                              kind="headers" if delayed or kind == "headers" else "message",
                              desc="Undelivered Message Headers" if delayed or kind == "headers"
                              else "Undelivered Message", truncate=truncate))
    m += multipart("report", parts, bnd, params=" report-type=delivery-status;")
    add(name, engine, m, exp)


D1 = "Tue,  4 Mar 2025 10:12:44 +0100 (CET)"

# 01 userunknown, virtual mailbox table at the remote Postfix
postfix("postfix-01.eml", "mx1.example.com", "4Q7Rz52J8Qz9vBx", D1,
        [rec("bob@example.org", "failed", "5.1.1",
             "550 5.1.1 <bob@example.org>: Recipient address rejected:\n    User unknown in virtual mailbox table",
             remote="mx.example.org")],
        ["<bob@example.org>: host mx.example.org[192.0.2.30] said: 550 5.1.1\n"
         "    <bob@example.org>: Recipient address rejected: User unknown in virtual\n"
         "    mailbox table (in reply to RCPT TO command)"],
        exp=[E("5.1.1", "550", "userunknown")])

# 02 local(8) delivery: unknown user, X-Postfix diagnostic, no reply code
postfix("postfix-02.eml", "mail.example.net", "B1C2D3E4F5", "Wed,  5 Mar 2025 08:01:10 +0000 (UTC)",
        [rec("carol.w@example.net", "failed", "5.1.1", 'unknown user: "carol.w"', dtype="X-Postfix",
             orig_rcpt=False)],
        ['<carol.w@example.net>: unknown user: "carol.w"'],
        exp=[E("5.1.1", "", "userunknown")])

# 03 mailboxfull through Dovecot LMTP on a unix socket
postfix("postfix-03.eml", "mx.example.org", "4R2bN40vKkz3wQ", "Thu,  6 Mar 2025 14:22:03 +0100 (CET)",
        [rec("dora@example.org", "failed", "5.2.2",
             "552 5.2.2 <dora@example.org> Quota exceeded (mailbox for user is full)",
             remote="mx.example.org", dtype="smtp")],
        ["<dora@example.org>: host mx.example.org[private/dovecot-lmtp] said: 552 5.2.2\n"
         "    <dora@example.org> Quota exceeded (mailbox for user is full) (in reply to\n"
         "    end of DATA command)"],
        exp=[E("5.2.2", "552", "mailboxfull")])

# 04 hostunknown: the domain does not exist (Postfix 2.11)
postfix("postfix-04.eml", "smtp.example.com", "3F2A41C0D8", "Fri,  7 Mar 2025 09:40:00 +0900 (JST)",
        [rec("eri@exmaple-typo.jp", "failed", "5.4.4",
             "Host or domain name not found. Name service error for\n    name=exmaple-typo.jp type=A: Host not found",
             dtype="X-Postfix")],
        ["<eri@exmaple-typo.jp>: Host or domain name not found. Name service error for\n"
         "    name=exmaple-typo.jp type=A: Host not found"],
        exp=[E("5.4.4", "", "hostunknown")])

# 05 blocked: the remote Postfix names a DNSBL
postfix("postfix-05.eml", "mx1.example.com", "4Q9Tq21mYbz2k", "Mon, 10 Mar 2025 11:03:51 +0100 (CET)",
        [rec("frank@example.de", "failed", "5.7.1",
             "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using\n"
             "    zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10",
             remote="mail.example.de")],
        ["<frank@example.de>: host mail.example.de[198.51.100.7] said: 554 5.7.1\n"
         "    Service unavailable; Client host [192.0.2.10] blocked using\n"
         "    zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10 (in reply\n"
         "    to RCPT TO command)"],
        exp=[E("5.7.1", "554", "blocked")])

# 06 spamdetected after DATA
postfix("postfix-06.eml", "mx1.example.com", "4QB0fM6Jc3z7p", "Tue, 11 Mar 2025 16:45:12 +0100 (CET)",
        [rec("gina@example.it", "failed", "5.7.1",
             "550 5.7.1 Message rejected as spam by Content Filtering.", remote="mx01.example.it")],
        ["<gina@example.it>: host mx01.example.it[203.0.113.41] said: 550 5.7.1 Message\n"
         "    rejected as spam by Content Filtering. (in reply to end of DATA command)"],
        exp=[E("5.7.1", "550", "spamdetected")])

# 07 expired: queue lifetime reached while the host timed out
postfix("postfix-07.eml", "relay.example.com", "7D1E0A2B33", "Sat, 15 Mar 2025 03:10:02 +0000 (UTC)",
        [rec("hank@example.net", "failed", "4.4.1",
             "connect to mx.example.net[198.51.100.25]:25: Connection timed out", dtype="X-Postfix",
             last="Sat, 15 Mar 2025 03:10:02 +0000 (UTC)")],
        ["<hank@example.net>: connect to mx.example.net[198.51.100.25]:25: Connection\n"
         "    timed out"],
        arrival="Mon, 10 Mar 2025 03:09:41 +0000 (UTC)",
        exp=[E("4.4.1", "", "expired")])

# 08 delay warning: mailbox full at the remote, still being retried
postfix("postfix-08.eml", "relay.example.com", "9C0FFEE123", "Sun, 16 Mar 2025 07:12:00 +0000 (UTC)",
        [rec("ines@example.net", "delayed", "4.2.2",
             "452 4.2.2 <ines@example.net>: Mailbox is full", remote="mx2.example.net",
             extra=["Will-Retry-Until: Fri, 21 Mar 2025 03:12:00 +0000 (UTC)"])],
        ["<ines@example.net>: host mx2.example.net[198.51.100.26] said: 452 4.2.2\n"
         "    <ines@example.net>: Mailbox is full (in reply to RCPT TO command)"],
        delayed=True, exp=[E("4.2.2", "452", "mailboxfull")])

# 09 pipe(8): the command died (procmail)
postfix("postfix-09.eml", "mail.example.org", "2B8E0C4411", "Mon, 17 Mar 2025 12:00:00 +0100 (CET)",
        [rec("jack@example.org", "failed", "5.3.0",
             "Command died with status 1: \"/usr/bin/procmail\". Command output:\n"
             "    procmail: Error while writing to \"/var/mail/jack\"", dtype="x-unix")],
        ["<jack@example.org>: Command died with status 1: \"/usr/bin/procmail\".\n"
         "    Command output: procmail: Error while writing to \"/var/mail/jack\""],
        exp=[E("5.3.0", "", "mailererror")])

# 10 mail loops back to myself (virtual domain misconfigured)
postfix("postfix-10.eml", "mx.example.org", "4RF1k20Dhfz5", "Tue, 18 Mar 2025 09:33:17 +0100 (CET)",
        [rec("kim@sub.example.org", "failed", "5.4.6", "mail for sub.example.org loops back to myself",
             dtype="X-Postfix")],
        ["<kim@sub.example.org>: mail for sub.example.org loops back to myself"],
        exp=[E("5.4.6", "", "systemerror")])

# 11 relay access denied
postfix("postfix-11.eml", "smtp.example.com", "4RG8x0qXk9z1", "Wed, 19 Mar 2025 18:01:44 +0000 (UTC)",
        [rec("lena@example.biz", "failed", "5.7.1",
             "554 5.7.1 <lena@example.biz>: Relay access denied", remote="mail.example.biz")],
        ["<lena@example.biz>: host mail.example.biz[203.0.113.88] said: 554 5.7.1\n"
         "    <lena@example.biz>: Relay access denied (in reply to RCPT TO command)"],
        exp=[E("5.7.1", "554", "norelaying")])

# 12 message size exceeds fixed limit, Postfix 3.7 with SMTPUTF8 note
postfix("postfix-12.eml", "smtp.example.com", "4RH7mYw3lXz4", "Thu, 20 Mar 2025 10:20:30 +0000 (UTC)",
        [rec("mark@example.co.uk", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed limit",
             remote="mx.example.co.uk")],
        ["<mark@example.co.uk>: host mx.example.co.uk[198.51.100.61] said: 552 5.3.4\n"
         "    Message size exceeds fixed limit (in reply to end of DATA command)"],
        kind="headers", exp=[E("5.3.4", "552", "mesgtoobig")])

# 13 three recipients, three reasons
postfix("postfix-13.eml", "mx1.example.com", "4RJ2cL0bnBz8t", "Fri, 21 Mar 2025 13:13:13 +0100 (CET)",
        [rec("nina@example.org", "failed", "5.1.1",
             "550 5.1.1 <nina@example.org>: Recipient address rejected: User unknown in\n"
             "    local recipient table", remote="mx.example.org"),
         rec("otto@example.org", "failed", "5.2.2",
             "552 5.2.2 <otto@example.org>: Recipient address rejected: Mailbox full",
             remote="mx.example.org"),
         rec("paul@example.org", "failed", "5.2.1",
             "550 5.2.1 <paul@example.org>: Recipient address rejected: Account disabled",
             remote="mx.example.org")],
        ["<nina@example.org>: host mx.example.org[192.0.2.30] said: 550 5.1.1\n"
         "    <nina@example.org>: Recipient address rejected: User unknown in local\n"
         "    recipient table (in reply to RCPT TO command)",
         "<otto@example.org>: host mx.example.org[192.0.2.30] said: 552 5.2.2\n"
         "    <otto@example.org>: Recipient address rejected: Mailbox full (in reply to\n"
         "    RCPT TO command)",
         "<paul@example.org>: host mx.example.org[192.0.2.30] said: 550 5.2.1\n"
         "    <paul@example.org>: Recipient address rejected: Account disabled (in reply\n"
         "    to RCPT TO command)"],
        exp=[E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull"),
             E("5.2.1", "550", "filtered")])

# 14 requireptr: reject_unknown_client_hostname with a permanent code
postfix("postfix-14.eml", "smtp.example.com", "4RK5vVj0Qwz2", "Sat, 22 Mar 2025 07:07:07 +0000 (UTC)",
        [rec("quinn@example.net", "failed", "5.7.25",
             "550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]",
             remote="mx.example.net")],
        ["<quinn@example.net>: host mx.example.net[198.51.100.25] said: 550 5.7.25\n"
         "    Client host rejected: cannot find your hostname, [192.0.2.10] (in reply to\n"
         "    RCPT TO command)"],
        exp=[E("5.7.25", "550", "requireptr")])

# 15 toomanyconn: anvil limit at the remote, final after the queue lifetime
postfix("postfix-15.eml", "bulk.example.com", "4RL0pQx8Yhz6", "Sun, 23 Mar 2025 22:00:00 +0000 (UTC)",
        [rec("rita@example.net", "failed", "4.7.0",
             "421 4.7.0 mx.example.net Error: too many connections from 192.0.2.12",
             remote="mx.example.net")],
        ["<rita@example.net>: host mx.example.net[198.51.100.25] refused to talk to\n"
         "    me: 421 4.7.0 mx.example.net Error: too many connections from 192.0.2.12"],
        exp=[E("4.7.0", "421", "toomanyconn")])

# 16 Russian bounce template (KOI8-R, 8bit), mailbox over quota
RU16 = ("Это сообщение создано автоматически почтовой системой на сервере mail.example.ru.\n\n"
        "К сожалению, ваше письмо не может быть доставлено одному или нескольким\n"
        "получателям. Письмо приложено ниже.\n\n"
        "                   Почтовая система\n\n")
postfix("postfix-16.eml", "mail.example.ru", "4RM9a1bC2dz0", "Mon, 24 Mar 2025 12:40:09 +0300 (MSK)",
        [rec("sergey@example.ru", "failed", "5.2.2",
             "552 5.2.2 <sergey@example.ru>: user is over quota", remote="mx.example.ru")],
        ["<sergey@example.ru>: host mx.example.ru[203.0.113.5] said: 552 5.2.2\n"
         "    <sergey@example.ru>: user is over quota (in reply to RCPT TO command)"],
        intro=RU16, text_cs="koi8-r", text_enc="8bit",
        subject=mimeword("Письмо не доставлено", "koi8-r"),
        exp=[E("5.2.2", "552", "mailboxfull")])

# 17 null MX (RFC 7505), Postfix 3.x
postfix("postfix-17.eml", "smtp.example.com", "4RN3hW2yLkz9", "Tue, 25 Mar 2025 15:15:15 +0000 (UTC)",
        [rec("tom@nomail.example", "failed", "5.1.10",
             "nomail.example: Domain nomail.example does not accept mail (nullMX)", dtype="X-Postfix")],
        ["<tom@nomail.example>: Domain nomail.example does not accept mail (nullMX)"],
        exp=[E("5.1.10", "", "notaccept")])

# 18 contenterror: invalid header characters at the remote
postfix("postfix-18.eml", "mx1.example.com", "4RP6kZ0nHtz3", "Wed, 26 Mar 2025 10:10:10 +0100 (CET)",
        [rec("ulla@example.se", "failed", "5.6.0",
             "554 5.6.0 Message headers contain illegal characters", remote="mx.example.se")],
        ["<ulla@example.se>: host mx.example.se[198.51.100.99] said: 554 5.6.0 Message\n"
         "    headers contain illegal characters (in reply to end of DATA command)"],
        exp=[E("5.6.0", "554", "contenterror")])

# 19 old Postfix (2.1): no delivery-status part, plain text and message/rfc822
m = hdrs(["Return-Path: <>", "Received: by mail.example.com (Postfix)\n\tid 8A1B22C3D4; Thu, 27 Mar 2025 "
          "09:00:01 +0100 (CET)", "Date: Thu, 27 Mar 2025 09:00:01 +0100 (CET)",
          "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", "To: %s" % SA, "MIME-Version: 1.0",
          "Message-Id: <20250327080001.8A1B22C3D4@mail.example.com>"])
m += multipart("mixed", [
    part("text/plain", "This is the Postfix program at host mail.example.com.\n\n"
         "I'm sorry to have to inform you that the message returned\n"
         "below could not be delivered to one or more destinations.\n\n"
         "For further assistance, please send mail to <postmaster>\n\n"
         "If you do so, please include this problem report. You can\n"
         "delete your own text from the message returned below.\n\n"
         "\t\t\tThe Postfix program\n\n"
         "<vera@example.net>: host mx.example.net[198.51.100.25] said: 550 Requested\n"
         "    action not taken: mailbox unavailable (in reply to RCPT TO command)\n",
         extra=["Content-Description: Notification"]),
    returned("vera@example.net", "Price list March", "Thu, 27 Mar 2025 09:00:00 +0100", "pl27@example.com",
             desc="Undelivered Message")], "8A1B22C3D4.1743062401/mail.example.com",
    preamble="This is a MIME-encapsulated message.\n")
add("postfix-19.eml", "Postfix", m, [E("5.0.911", "550", "userunknown")])

# 20 LMTP to Cyrus: systemerror 4.3.0, final after the queue lifetime
postfix("postfix-20.eml", "mx.example.org", "4RQ9bC3dEfz1", "Fri, 28 Mar 2025 23:59:00 +0100 (CET)",
        [rec("walt@example.org", "failed", "4.3.0",
             "451 4.3.0 Mailbox delivery failed: internal error. Please try again later",
             remote="imap1.example.org")],
        ["<walt@example.org>: host imap1.example.org[192.0.2.44] said: 451 4.3.0 Mailbox\n"
         "    delivery failed: internal error. Please try again later (in reply to end of\n"
         "    DATA command)"],
        exp=[E("4.3.0", "451", "onhold")])

# 21 success notification (NOTIFY=SUCCESS), Postfix 3.x
postfix("postfix-21.eml", "mx.example.org", "4RR4cD5eFgz2", "Sat, 29 Mar 2025 10:00:05 +0100 (CET)",
        [rec("xena@example.org", "delivered", "2.0.0",
             "250 2.0.0 Ok: queued as 4RR4cD7hJkz5", remote="mailstore.example.org")],
        ["<xena@example.org>: delivery via mailstore.example.org[192.0.2.45]:25: 250 2.0.0\n"
         "    Ok: queued as 4RR4cD7hJkz5"],
        subject="Successful Mail Delivery Report", kind="headers",
        intro="This is the mail system at host mx.example.org.\n\n"
              "Your message was successfully delivered to the destination(s)\n"
              "listed below. If the message was delivered to mailbox you will\n"
              "receive no further notifications. Otherwise you may still receive\n"
              "notifications of mail delivery errors from other systems.\n\n"
              "                   The mail system\n\n",
        exp=[E("2.0.0", "250", "delivered")])

# 22 Google as the remote: authentication (5.7.26), long folded reply
postfix("postfix-22.eml", "mx1.example.com", "4RS5dE6fGhz3", "Mon, 31 Mar 2025 08:30:00 +0000 (UTC)",
        [rec("yuki@gmail.com", "failed", "5.7.26",
             "550-5.7.26 This mail has been blocked because the sender is\n"
             "    unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with\n"
             "    either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results:\n"
             "    550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [example.com] with ip:\n"
             "    [192.0.2.10] = did not pass 550-5.7.26  550-5.7.26  For instructions on\n"
             "    setting up authentication, go to 550 5.7.26\n"
             "    https://support.google.com/mail/answer/81126#authentication\n"
             "    d75a77b69052e-4c7a1e2b3d4si1234567cf.123 - gsmtp",
             remote="gmail-smtp-in.l.google.com")],
        ["<yuki@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27] said:\n"
         "    550-5.7.26 This mail has been blocked because the sender is\n"
         "    unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with\n"
         "    either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results:\n"
         "    550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [example.com] with ip:\n"
         "    [192.0.2.10] = did not pass 550-5.7.26  550-5.7.26  For instructions on\n"
         "    setting up authentication, go to 550 5.7.26\n"
         "    https://support.google.com/mail/answer/81126#authentication\n"
         "    d75a77b69052e-4c7a1e2b3d4si1234567cf.123 - gsmtp (in reply to end of DATA\n"
         "    command)"],
        exp=[E("5.7.26", "550", "authfailure")])

# 23 Google as the remote: low IP reputation, temporary, given up
postfix("postfix-23.eml", "bulk.example.com", "4RT6eF7gHiz4", "Tue,  1 Apr 2025 04:04:04 +0000 (UTC)",
        [rec("zoe@gmail.com", "failed", "4.7.0",
             "421-4.7.0 [192.0.2.12] Our system has detected that this message is\n"
             "    421-4.7.0 suspicious due to the very low reputation of the sending IP\n"
             "    address. To best protect our users from spam, the message has been\n"
             "    blocked. 421 4.7.0 https://support.google.com/mail/answer/188131\n"
             "    a640c23a62f3a-ac3b1a2b3c4si5678901a.99 - gsmtp",
             remote="gmail-smtp-in.l.google.com")],
        ["<zoe@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.26] refused to\n"
         "    talk to me: 421-4.7.0 [192.0.2.12] Our system has detected that this message\n"
         "    is 421-4.7.0 suspicious due to the very low reputation of the sending IP\n"
         "    address. To best protect our users from spam, the message has been\n"
         "    blocked. 421 4.7.0 https://support.google.com/mail/answer/188131\n"
         "    a640c23a62f3a-ac3b1a2b3c4si5678901a.99 - gsmtp"],
        exp=[E("4.7.0", "421", "badreputation")])

# 24 Outlook.com as the remote: banned sending IP (S3140), text part base64
postfix("postfix-24.eml", "mx1.example.com", "4RU7fG8hIjz5", "Wed,  2 Apr 2025 19:19:19 +0000 (UTC)",
        [rec("amy@outlook.com", "failed", "5.7.1",
             "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please\n"
             "    contact your Internet service provider since part of their network is on\n"
             "    our block list (S3140). You can also refer your provider to\n"
             "    http://mail.live.com/mail/troubleshooting.aspx#errors.\n"
             "    [AM4PEPF00027A5E.eurprd04.prod.outlook.com 2025-04-02T19:19:18.987Z\n"
             "    08DD71A2B3C4D5E6]", remote="outlook-com.olc.protection.outlook.com")],
        ["<amy@outlook.com>: host outlook-com.olc.protection.outlook.com[52.101.9.1]\n"
         "    said: 550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent.\n"
         "    Please contact your Internet service provider since part of their network\n"
         "    is on our block list (S3140). You can also refer your provider to\n"
         "    http://mail.live.com/mail/troubleshooting.aspx#errors.\n"
         "    [AM4PEPF00027A5E.eurprd04.prod.outlook.com 2025-04-02T19:19:18.987Z\n"
         "    08DD71A2B3C4D5E6] (in reply to MAIL FROM command)"],
        text_enc="base64", text_cs="utf-8",
        exp=[E("5.7.1", "550", "blocked")])

# 25 Yahoo as the remote: user doesn't have an account; returned message truncated
postfix("postfix-25.eml", "mx1.example.com", "4RV8gH9iJkz6", "Thu,  3 Apr 2025 06:45:00 +0000 (UTC)",
        [rec("ben_k@yahoo.com", "failed", "5.0.0",
             "554 delivery error: dd This user doesn't have a yahoo.com account\n"
             "    (ben_k@yahoo.com) [0] - mta4004.mail.gq1.yahoo.com",
             remote="mta6.am0.yahoodns.net")],
        ["<ben_k@yahoo.com>: host mta6.am0.yahoodns.net[67.195.204.72] said: 554\n"
         "    delivery error: dd This user doesn't have a yahoo.com account\n"
         "    (ben_k@yahoo.com) [0] - mta4004.mail.gq1.yahoo.com (in reply to end of DATA\n"
         "    command)"],
        truncate=True, exp=[E("5.0.0", "554", "userunknown")])


# ==========================================================================
# Exim
# ==========================================================================

EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")
EXIM_COPY = "------ This is a copy of the message, including all the headers. ------\n"
EXIM_HDRS = "------ This is a copy of the message's headers. ------\n"


def exim(name, host, msgid, date, failed, blocks, exp, subject="Mail delivery failed: returning message to sender",
         copy="message", orig_to=None, intro=EXIM_FAIL, extra_hdrs=None, cs=None, enc=None, tail=""):
    h = ["Return-path: <>",
         "Envelope-to: %s" % SA,
         "Delivery-date: %s" % date,
         "Received: from mail by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s" % (host, msgid, SA, date),
         "X-Failed-Recipients: %s" % ", ".join(failed),
         "Auto-Submitted: auto-replied",
         "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
         "To: %s" % SA,
         "Content-Type: text/plain; charset=%s" % (cs or "us-ascii"),
         "Subject: %s" % subject,
         "Message-Id: <E%s@%s>" % (msgid, host),
         "Date: %s" % date] + list(extra_hdrs or [])
    body = intro + "\n\n".join(blocks) + "\n\n" + tail
    to = orig_to or failed[0]
    if copy == "message":
        body += EXIM_COPY + "\n" + orig(to, "Meeting notes", date, "mn-%s@example.com" % msgid) + "\n" + ORIG_BODY
    elif copy == "headers":
        body += EXIM_HDRS + "\n" + orig(to, "Meeting notes", date, "mn-%s@example.com" % msgid)
    if enc:
        cte, body = encode_body(body, enc, cs, legacy=True)
        h.insert(9, "Content-Transfer-Encoding: %s" % cte)
        h.insert(9, "MIME-Version: 1.0")
    add(name, "Exim", hdrs(h) + "\n" + body, exp)


DX = "Tue, 08 Apr 2025 10:15:%02d +0200"

# 01 userunknown, 4.9x layout (host line, then SMTP error line)
exim("exim-01.eml", "mx.example.com", "1u2AbC-00012X-3Y", DX % 1, ["bob@example.org"],
     ["  bob@example.org\n    host mx.example.org [192.0.2.30]\n"
      "    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n"
      "    550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table"],
     [E("5.1.1", "550", "userunknown")])

# 02 4.8x layout: "host ... [ip]:" on the SMTP error line, mailbox full
exim("exim-02.eml", "server1.example.com", "1Y3kLm-0004Zq-Pq", DX % 2, ["carla@example.net"],
     ["  carla@example.net\n    SMTP error from remote mail server after RCPT TO:<carla@example.net>:\n"
      "    host mx.example.net [198.51.100.25]: 552 5.2.2 <carla@example.net>: Mailbox quota exceeded"],
     [E("5.2.2", "552", "mailboxfull")])

# 03 local appendfile quota, no code at all
exim("exim-03.eml", "host.example.com", "1u2AbD-0009aB-7K", DX % 3, ["dan@example.com"],
     ["  dan@example.com\n    mailbox is full (MTA-imposed quota exceeded while writing to file "
      "/home/dan/mail/inbox)"],
     [E("4.0.922", "", "mailboxfull")])

# 04 hostunknown: the domain has no MX and no A
exim("exim-04.eml", "mx.example.com", "1u2AbE-000Bc1-2Z", DX % 4, ["ed@nodomain-here.example"],
     ["  ed@nodomain-here.example\n    Unrouteable address"],
     [E("5.0.912", "", "hostunknown")])

# 05 retry time exceeded for a host that never answered
exim("exim-05.eml", "mx.example.com", "1u2AbF-000Cd2-3A", DX % 5, ["fay@example.net"],
     ["  fay@example.net\n    host mx.example.net [198.51.100.25]\n"
      "    all hosts for 'example.net' have been failing for a long time (and retry time not reached)"],
     [E("5.0.947", "", "expired")])

# 06 delay warning (24 hours), greylisted
exim("exim-06.eml", "mx.example.com", "1u2AbG-000De3-4B", DX % 6, ["gus@example.org"],
     ["  gus@example.org\n    Delay reason: SMTP error from remote mail server after RCPT TO:<gus@example.org>:\n"
      "    host mx.example.org [192.0.2.30]: 451 4.7.1 <gus@example.org>: Recipient address rejected: "
      "Greylisted, see http://postgrey.schweikert.ch/help/example.org.html"],
     [E("4.7.1", "451", "expired")],
     subject="Warning: message 1u2AbG-000De3-4B delayed 24 hours", copy="headers",
     intro="This message was created automatically by mail delivery software.\n"
           "A message that you sent has not yet been delivered to one or more of its\n"
           "recipients after more than 24 hours on the queue on mx.example.com.\n\n"
           "The message identifier is:     1u2AbG-000De3-4B\n"
           "The subject of the message is: Meeting notes\n"
           "The date of the message is:    Mon, 07 Apr 2025 10:15:06 +0200\n\n"
           "The address to which the message has not yet been delivered is:\n\n",
     tail="No action is required on your part. Delivery attempts will continue for\n"
          "some time, and this warning may be repeated at intervals if the message\n"
          "remains undelivered. Eventually the mail delivery software will give up,\n"
          "and when that happens, the message will be returned to you.\n\n")

# 07 blocked at the greeting by a DNSBL
exim("exim-07.eml", "mx.example.com", "1u2AbH-000Ef4-5C", DX % 7, ["hal@example.de"],
     ["  hal@example.de\n    host mail.example.de [198.51.100.7]\n"
      "    SMTP error from remote mail server after initial connection:\n"
      "    554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.spamcop.net"],
     [E("5.7.1", "554", "blocked")])

# 08 spam after end of data, multi-line reply
exim("exim-08.eml", "mx.example.com", "1u2AbI-000Fg5-6D", DX % 8, ["ivy@example.net"],
     ["  ivy@example.net\n    host mx.example.net [198.51.100.25]\n"
      "    SMTP error from remote mail server after end of data:\n"
      "    550-5.7.1 Our system has detected that this message is likely spam.\n"
      "    550 5.7.1 Message rejected due to spam content."],
     [E("5.7.1", "550", "spamdetected")])

# 09 message too large at MAIL FROM with SIZE
exim("exim-09.eml", "mx.example.com", "1u2AbJ-000Gh6-7E", DX % 9, ["jo@example.org"],
     ["  jo@example.org\n    host mx.example.org [192.0.2.30]\n"
      "    SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=31457813:\n"
      "    552 5.3.4 Message size exceeds maximum permitted"],
     [E("5.3.4", "552", "mesgtoobig")], copy="headers")

# 10 sender's domain rejected (rejected)
exim("exim-10.eml", "mx.example.com", "1u2AbK-000Hi7-8F", DX % 10, ["kai@example.net"],
     ["  kai@example.net\n    host mx.example.net [198.51.100.25]\n"
      "    SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=4211:\n"
      "    553 5.1.8 <sender@example.com>: Sender address rejected: Domain not found"],
     [E("5.1.8", "553", "rejected")])

# 11 two recipients: rate limited (speeding) and system storage (systemfull)
exim("exim-11.eml", "mx.example.com", "1u2AbL-000Ij8-9G", DX % 11, ["lea@example.org", "max@example.net"],
     ["  lea@example.org\n    host mx.example.org [192.0.2.30]\n"
      "    SMTP error from remote mail server after RCPT TO:<lea@example.org>:\n"
      "    550 5.7.1 Sending rate exceeded: please try again slower",
      "  max@example.net\n    host mx.example.net [198.51.100.25]\n"
      "    SMTP error from remote mail server after RCPT TO:<max@example.net>:\n"
      "    452 4.3.1 Insufficient system storage"],
     [E("5.7.1", "550", "speeding"), E("4.3.1", "452", "systemfull")])

# 12 DMARC reject, as a multipart/report DSN (Exim 4.97 with dsn_advertise)
m = hdrs(["Return-path: <>", "Received: from mail by mx.example.com with local (Exim 4.97)\n\tid 1u2AbM-000Jk9-0H\n"
          "\tfor %s; %s" % (SA, DX % 12), "X-Failed-Recipients: nia@example.org", "Auto-Submitted: auto-replied",
          "From: Mail Delivery System <Mailer-Daemon@mx.example.com>", "To: %s" % SA,
          "Subject: Mail delivery failed: returning message to sender",
          "Message-Id: <E1u2AbM-000Jk9-0H@mx.example.com>", "Date: %s" % DX % 12, "MIME-Version: 1.0"])
m += multipart("report", [
    part("text/plain", EXIM_FAIL + "  nia@example.org\n    host mx.example.org [192.0.2.30]\n"
         "    SMTP error from remote mail server after end of data:\n"
         "    550 5.7.1 Email rejected per DMARC policy for example.com\n"),
    dsn("Reporting-MTA: dns; mx.example.com",
        ["Action: failed\nFinal-Recipient: rfc822;nia@example.org\nStatus: 5.0.0\nRemote-MTA: dns; mx.example.org\n"
         "X-Remote-MTA-smtp-greeting: X-Str; 220 mx.example.org ESMTP\n"
         "X-Exim-Diagnostic: X-str; SMTP error from remote mail server after end of data: 550 5.7.1 Email "
         "rejected per DMARC policy for example.com\n"
         "Diagnostic-Code: smtp; 550 5.7.1 Email rejected per DMARC policy for example.com"]),
    returned("nia@example.org", "Meeting notes", DX % 12, "mn12@example.com")],
    "1744100112-eximdsn-1804289383", params=" report-type=delivery-status;", preamble="")
add("exim-12.eml", "Exim", m, [E("5.7.1", "550", "authfailure")])

# 13 virus (Exim + ClamAV at the remote)
exim("exim-13.eml", "mx.example.com", "1u2AbN-000Kl0-1I", DX % 13, ["ole@example.net"],
     ["  ole@example.net\n    host mx.example.net [198.51.100.25]\n"
      "    SMTP error from remote mail server after end of data:\n"
      "    550 5.7.1 Message rejected: virus detected (Win.Test.EICAR_HDB-1)"],
     [E("5.7.1", "550", "virusdetected")])

# 14 German customised Exim text, ISO-8859-1 quoted-printable, mailbox disabled (suspend)
exim("exim-14.eml", "mail.example.de", "1u2AbO-000Lm1-2J", DX % 14, ["pia@example.de"],
     ["  pia@example.de\n    host mx.example.de [198.51.100.70]\n"
      "    SMTP error from remote mail server after RCPT TO:<pia@example.de>:\n"
      "    550 5.2.1 <pia@example.de>: Mailbox disabled, not accepting messages"],
     [E("5.2.1", "550", "suspend")], cs="iso-8859-1", enc="qp",
     intro="Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n\n"
           "Eine von Ihnen gesendete Nachricht konnte einem oder mehreren Empfängern\n"
           "nicht zugestellt werden. Dies ist ein permanenter Fehler. Folgende\n"
           "Adresse(n) schlugen fehl:\n\n",
     subject=mimeword("Unzustellbare Nachricht: Rücksendung an den Absender", "iso-8859-1", "Q"))

# 15 Russian (UTF-8 base64) cPanel-style Exim, local delivery: no such user
exim("exim-15.eml", "server.example.ru", "1u2AbP-000Mn2-3K", DX % 15, ["roman@example.ru"],
     ["  roman@example.ru\n    No Such User Here"],
     [E("5.0.911", "", "userunknown")], cs="utf-8", enc="base64",
     intro="Это сообщение было создано автоматически программой доставки почты.\n\n"
           "Отправленное вами сообщение не удалось доставить одному или нескольким\n"
           "получателям. Это постоянная ошибка. Не удалось доставить по адресам:\n\n",
     subject=mimeword("Ошибка доставки почты: возврат сообщения отправителю"))

# 16 too many Received headers (loop)
exim("exim-16.eml", "mx.example.com", "1u2AbQ-000No3-4L", DX % 16, ["sam@example.org"],
     ["  sam@example.org\n    Too many \"Received\" headers - suspected mail loop"],
     [E("5.0.960", "", "contenterror")], copy="headers")


# ==========================================================================
# Sendmail
# ==========================================================================

def sendmail(name, host, qid, date, header, reasons, transcript, recips, exp, subject=None, kind="message",
             delayed=False, text_cs=None, text_enc="7bit", pre_text="", ver="8.17.1"):
    subject = subject or ("Warning: could not send message for past 4 hours" if delayed
                          else "Returned mail: see transcript for details")
    h = hdrs(["Return-Path: <MAILER-DAEMON@%s>" % host,
              "Received: from localhost (localhost)\n\tby %s (%s/%s) id %s;\n\t%s" % (host, ver, ver, qid, date),
              "Date: %s" % date,
              "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
              "Message-Id: <%s.%s@%s>" % ("202504080100", qid, host),
              "To: <%s>" % SA,
              "MIME-Version: 1.0",
              "Subject: %s" % subject,
              "Auto-Submitted: auto-generated (%s)" % ("warning-timeout" if delayed else "failure")])
    text = pre_text + ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n" % date)
    if delayed:
        text += ("   ----- The following addresses had transient non-fatal errors -----\n%s\n\n" % header +
                 "   ----- Transcript of session follows -----\n%s\n"
                 "Warning: message still undelivered after 4 hours\n"
                 "Will keep trying until message is 5 days old\n" % transcript)
    else:
        text += "   ----- The following addresses had permanent fatal errors -----\n%s\n%s\n" % (header, reasons)
        text += "\n   ----- Transcript of session follows -----\n%s\n" % transcript
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, date)
    parts = [part("text/plain", text, enc=text_enc, cs=text_cs or "us-ascii"), dsn(per, recips)]
    if kind:
        parts.append(returned(header.strip("<>").split(">")[0], "Invoice 2025-0412", date, "inv%s@example.com" % qid,
                              kind="headers" if delayed or kind == "headers" else "message"))
    h += multipart("report", parts, "%s.1744074000/%s" % (qid, host), params=" report-type=delivery-status;",
                   preamble="This is a MIME-encapsulated message\n")
    add(name, "Sendmail", h, exp)


DS = "Wed, 9 Apr 2025 10:%02d:00 +0900"

sendmail("sendmail-01.eml", "mx.example.com", "5391a0Bc012345", DS % 1, "<bob@example.org>",
         "    (reason: 550 5.1.1 <bob@example.org>... User unknown)",
         "... while talking to mx.example.org.:\n>>> DATA\n<<< 550 5.1.1 <bob@example.org>... User unknown\n"
         "550 5.1.1 <bob@example.org>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)",
         [rec("bob@example.org", "failed", "5.1.1", "550 5.1.1 <bob@example.org>... User unknown",
              remote="mx.example.org", orig_rcpt=False, dtype="SMTP", last=DS % 1)],
         [E("5.1.1", "550", "userunknown")])

sendmail("sendmail-02.eml", "mx.example.com", "5391a0Bc012346", DS % 2, "<chen@no-such-host.example>",
         "    (reason: 550 Host unknown)",
         "550 5.1.2 <chen@no-such-host.example>... Host unknown (Name server: no-such-host.example: host not found)",
         [rec("chen@no-such-host.example", "failed", "5.1.2", None, orig_rcpt=False, last=DS % 2)],
         [E("5.1.2", "550", "hostunknown")])

sendmail("sendmail-03.eml", "mx.example.com", "5391a0Bc012347", DS % 3, "<dirk@example.net>",
         "    (reason: 451 4.4.1 reply: read error from mx.example.net.)",
         "451 4.4.1 reply: read error from mx.example.net.\n"
         "<dirk@example.net>... Deferred: Connection timed out with mx.example.net.\n"
         "Message could not be delivered for 5 days\nMessage will be deleted from queue",
         [rec("dirk@example.net", "failed", "4.4.7", "451 4.4.1 reply: read error from mx.example.net.",
              remote="mx.example.net", orig_rcpt=False, dtype="SMTP", last=DS % 3)],
         [E("4.4.1", "451", "expired")], subject="Returned mail: see transcript for details",
         kind="headers")

sendmail("sendmail-04.eml", "mx.example.com", "5391a0Bc012348", DS % 4, "<eva@example.net>", "",
         "<eva@example.net>... Deferred: Connection refused by mx.example.net.",
         [rec("eva@example.net", "delayed", "4.4.1", None, remote="mx.example.net", orig_rcpt=False, last=DS % 4,
              extra=["Will-Retry-Until: Mon, 14 Apr 2025 10:04:00 +0900"])],
         [E("4.4.1", "", "blocked")], delayed=True)

sendmail("sendmail-05.eml", "mail.example.org", "5391a0Bc012349", DS % 5, "<fritz@example.org>",
         "    (reason: 554 5.3.0 unknown mailer error 1)",
         "procmail: Couldn't create \"/var/spool/mail/fritz\"\n554 5.3.0 <fritz@example.org>... unknown mailer error 1",
         [rec("fritz@example.org", "failed", "5.3.0", "1", orig_rcpt=False, dtype="X-Unix", last=DS % 5)],
         [E("5.3.0", "554", "mailererror")])

sendmail("sendmail-06.eml", "mx.example.com", "5391a0Bc012350", DS % 6, "<gert@example.de>",
         "    (reason: 553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist)",
         "... while talking to mail.example.de.:\n>>> MAIL From:<sender@example.com> SIZE=2281\n"
         "<<< 553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist\n"
         "501 5.6.0 Data format error",
         [rec("gert@example.de", "failed", "5.1.8",
              "553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist",
              remote="mail.example.de", orig_rcpt=False, dtype="SMTP", last=DS % 6)],
         [E("5.1.8", "553", "rejected")])

sendmail("sendmail-07.eml", "mx.example.com", "5391a0Bc012351", DS % 7, "<hugo@example.fr>",
         "    (reason: 550 5.7.1 <hugo@example.fr>... Relaying denied. Proper authentication required.)",
         "... while talking to mail.example.fr.:\n>>> RCPT To:<hugo@example.fr>\n"
         "<<< 550 5.7.1 <hugo@example.fr>... Relaying denied. Proper authentication required.\n"
         "550 5.1.1 <hugo@example.fr>... User unknown",
         [rec("hugo@example.fr", "failed", "5.7.1",
              "550 5.7.1 <hugo@example.fr>... Relaying denied. Proper authentication required.",
              remote="mail.example.fr", orig_rcpt=False, dtype="SMTP", last=DS % 7)],
         [E("5.7.1", "550", "norelaying")])

sendmail("sendmail-08.eml", "mx.example.com", "5391a0Bc012352", DS % 8, "<iris@example.net>",
         "    (reason: 552 5.2.2 Mailbox full)",
         "... while talking to mx.example.net.:\n>>> DATA\n<<< 552 5.2.2 <iris@example.net>... Mailbox full\n"
         "554 5.0.0 Service unavailable",
         [rec("iris@example.net", "failed", "5.2.2", "552 5.2.2 <iris@example.net>... Mailbox full",
              remote="mx.example.net", orig_rcpt=False, dtype="SMTP", last=DS % 8)],
         [E("5.2.2", "552", "mailboxfull")])

sendmail("sendmail-09.eml", "mx.example.com", "5391a0Bc012353", DS % 9, "<jan@example.nl>",
         "    (reason: 501 5.5.2 Syntax error in parameters or arguments)",
         "... while talking to mx.example.nl.:\n>>> MAIL From:<sender@example.com> SIZE=1834 BODY=8BITMIME\n"
         "<<< 501 5.5.2 Syntax error in parameters or arguments\n501 5.5.2 Syntax error in parameters or arguments",
         [rec("jan@example.nl", "failed", "5.5.2", "501 5.5.2 Syntax error in parameters or arguments",
              remote="mx.example.nl", orig_rcpt=False, dtype="SMTP", last=DS % 9)],
         [E("5.5.2", "501", "syntaxerror")])

# 10 Japanese ISP: ISO-2022-JP preface before Sendmail's text, filtered by the recipient's setting
sendmail("sendmail-10.eml", "mx.example.ne.jp", "5391a0Bc012354", DS % 10, "<kenta@example.ne.jp>",
         "    (reason: 550 5.7.1 <kenta@example.ne.jp>... Mail rejected by recipient's filter setting)",
         "... while talking to mbox.example.ne.jp.:\n>>> RCPT To:<kenta@example.ne.jp>\n"
         "<<< 550 5.7.1 <kenta@example.ne.jp>... Mail rejected by recipient's filter setting\n"
         "550 5.7.1 <kenta@example.ne.jp>... Mail rejected by recipient's filter setting",
         [rec("kenta@example.ne.jp", "failed", "5.7.1",
              "550 5.7.1 <kenta@example.ne.jp>... Mail rejected by recipient's filter setting",
              remote="mbox.example.ne.jp", orig_rcpt=False, dtype="SMTP", last=DS % 10)],
         [E("5.7.1", "550", "securityerror")], text_cs="iso-2022-jp",
         pre_text="このメールはシステムから自動的に送信されています。\n"
                  "お送りいただいたメールは、以下の宛先に配送できませんでした。\n\n",
         subject=mimeword("配送エラー: Returned mail: see transcript for details", "iso-2022-jp"))

# 11 two recipients: one delivered (NOTIFY=SUCCESS,FAILURE), one suspended account
sendmail("sendmail-11.eml", "mx.example.com", "5391a0Bc012355", DS % 11, "<lars@example.org>",
         "    (reason: 550 5.2.1 <lars@example.org>... Mailbox disabled for this recipient)",
         "... while talking to mx.example.org.:\n>>> RCPT To:<lars@example.org>\n"
         "<<< 550 5.2.1 <lars@example.org>... Mailbox disabled for this recipient\n"
         "550 5.2.1 <lars@example.org>... Mailbox disabled for this recipient",
         [rec("mona@example.org", "relayed", "2.0.0", None, remote="mx.example.org", orig_rcpt=False, last=DS % 11),
          rec("lars@example.org", "failed", "5.2.1", "550 5.2.1 <lars@example.org>... Mailbox disabled for this recipient",
              remote="mx.example.org", orig_rcpt=False, dtype="SMTP", last=DS % 11)],
         [E("2.0.0", "", "delivered"), E("5.2.1", "550", "suspend")],
         subject="Returned mail: see transcript for details")


# ==========================================================================
# Microsoft Exchange 2010-2019, Office 365 / Outlook.com
# ==========================================================================

def exch(name, engine, frm, gen, date, subj, items, recips, exp, lang="en-US", intro=None, diag_head=None,
         orig_head="Original message headers:", html=True, dsnpart=True, text_enc="qp", kind="headers",
         cs="utf-8", extra_hdrs=None, o365=False):
    """items: list of (address, human explanation, remote-server line)."""
    diag_head = diag_head or "Diagnostic information for administrators:"
    intro = intro if intro is not None else "Delivery has failed to these recipients or groups:\n\n"
    text = intro
    for a, human, _ in items:
        text += "%s<mailto:%s>\n%s\n\n" % (a, a, human)
    text += "\n\n\n%s\n\nGenerating server: %s\n\n" % (diag_head, gen)
    for a, _, line in items:
        text += "%s\n%s\n\n" % (a, line)
    text += "%s\n\n%s" % (orig_head, orig(items[0][0], subj.split(": ", 1)[-1], date, "DB9PR01MB%s@example.com" % name[-6:-4]))
    htmltext = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
    for a, human, _ in items:
        htmltext += "<p><b><font color=\"#000066\">%s</font></b><br>%s</p>\n" % (a, human)
    htmltext += "<p><b>%s</b></p>\n<p>Generating server: %s</p>\n" % (diag_head, gen)
    for a, _, line in items:
        htmltext += "<p>%s<br>%s</p>\n" % (a, line.replace("'", "&#39;").replace("<", "&lt;"))
    htmltext += "</body></html>\n"
    h = ["From: %s" % frm, "To: <%s>" % SA, "Date: %s" % date, "Content-Language: %s" % lang,
         "Message-ID: <%s-ndr@%s>" % (name[:-4], gen.lower()), "In-Reply-To: <DB9PR01MB%s@example.com>" % name[-6:-4],
         "Subject: %s" % subj, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "X-MS-Exchange-Message-Is-Ndr:"] + list(extra_hdrs or [])
    if html:
        body = multipart("alternative", [part("text/plain", text, enc=text_enc, cs=cs),
                                         part("text/html", htmltext, enc=text_enc, cs=cs)],
                         "_002_%s_" % name[:-4].upper(), preamble="")
        first = body
    else:
        first = part("text/plain", text, enc=text_enc, cs=cs)
    parts = [first]
    if dsnpart:
        parts.append(dsn("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date),
                         recips))
    if kind:
        parts.append(returned(items[0][0], subj.split(": ", 1)[-1], date, "DB9PR01MB%s@example.com" % name[-6:-4],
                              kind=kind))
    m = hdrs(h) + multipart("report", parts, "_000_%s_" % name[:-4].upper(),
                            params=" report-type=delivery-status;", preamble="")
    add(name, engine, m, exp)


DE = "Thu, 10 Apr 2025 09:%02d:11 +0000"
NF = ("The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
      "try to resend the message. If the problem continues, please contact your helpdesk.")

# Exchange 2010: "#550 ... ##" line
exch("exchange-01.eml", "Exchange2007", "Microsoft Exchange <postmaster@example.org>", "EX2010.corp.example.org",
     DE % 1, "Undeliverable: Q2 budget",
     [("bob@example.org", NF, "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##")],
     [rec("bob@example.org", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", orig_rcpt=False)],
     [E("5.1.1", "550", "userunknown")], html=False, text_enc="7bit", cs="us-ascii")

# Exchange 2013: mailbox full (STOREDRV quota)
exch("exchange-02.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.org>", "EX13-MBX02.example.org",
     DE % 2, "Undeliverable: Q2 budget",
     [("carl@example.org", "The recipient's mailbox is full and can't accept messages now. Please try "
       "resending your message later, or contact the recipient directly.",
       "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
       "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with "
       "message Cannot open mailbox /o=ExampleOrg/ou=Exchange Administrative Group "
       "(FYDIBOHF23SPDLT)/cn=Recipients/cn=carl.'")],
     [rec("carl@example.org", "failed", "5.2.2",
          "554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;\n"
          " Failed to process message due to a permanent exception with message Cannot\n open mailbox "
          "/o=ExampleOrg/ou=Exchange Administrative Group\n (FYDIBOHF23SPDLT)/cn=Recipients/cn=carl.", orig_rcpt=False)],
     [E("5.2.2", "554", "mailboxfull")])

# Exchange 2016: authentication required to send to a restricted group
exch("exchange-03.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.org>", "EXCH16.example.org",
     DE % 3, "Undeliverable: All staff announcement",
     [("allstaff@example.org", "Your message wasn't delivered because the recipient's e-mail provider "
       "rejected it.", "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'")],
     [rec("allstaff@example.org", "failed", "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
          orig_rcpt=False)],
     [E("5.7.1", "550", "securityerror")])

# Exchange 2019, German: hop count exceeded (mail loop), text part quoted-printable
exch("exchange-04.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.de>", "EXCH19-01.example.de",
     DE % 4, mimeword("Unzustellbar: Angebot Nr. 4711", "utf-8", "Q"),
     [("dora@example.de", "Ihre Nachricht konnte nicht übermittelt werden, weil sie zwischen Servern hin und "
       "her geschickt wurde. Wenden Sie sich an Ihren Helpdesk.",
       "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [VI1PR01MB1234.eurprd01.prod.example.de]'")],
     [rec("dora@example.de", "failed", "5.4.14",
          "554 5.4.14 Hop count exceeded - possible mail loop ATTR34\n [VI1PR01MB1234.eurprd01.prod.example.de]",
          orig_rcpt=False)],
     [E("5.4.14", "554", "networkerror")], lang="de-DE",
     intro="Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\n",
     diag_head="Diagnoseinformationen für Administratoren:", orig_head="Ursprüngliche Nachrichtenkopfzeilen:")

# Exchange 2016 delay notification (Action: delayed)
exch("exchange-05.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.org>", "EXCH16.example.org",
     DE % 5, "Delivery delayed:Q2 budget",
     [("emil@example.net", "Delivery of your message has been delayed. The server will keep trying to "
       "deliver your message for 1 day, 19 hours, 55 minutes.",
       "Remote Server at mx.example.net (198.51.100.25) returned '400 4.4.7 Message delayed'\n"
       "4/10/2025 9:05:11 AM - Remote Server at mx.example.net (198.51.100.25) returned '441 4.4.1 Error "
       "encountered while communicating with primary target IP address: \"Failed to connect. Winsock error "
       "code: 10060, Win32 error code: 10060.\" Attempted failover to alternate host, but that did not succeed.'")],
     [rec("emil@example.net", "delayed", "4.4.7", "400 4.4.7 Message delayed", orig_rcpt=False,
          extra=["Will-Retry-Until: 4/12/2025 5:00:00 AM"])],
     [E("4.4.7", "400", "expired")],
     intro="Delivery is delayed to these recipients or groups:\n\n")

# Exchange 2013: message too large for the recipient (RecipSizeLimit)
exch("exchange-06.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.org>", "EX13-MBX01.example.org",
     DE % 6, "Undeliverable: scans",
     [("fred@example.org", "The message can't be delivered because it's larger than the recipient's "
       "size limit.", "Remote Server returned '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large "
       "for this recipient'")],
     [rec("fred@example.org", "failed", "5.2.3",
          "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", orig_rcpt=False)],
     [E("5.2.3", "550", "exceedlimit")])

# Exchange 2019: two recipients, one unknown and one not authorized
exch("exchange-07.eml", "Exchange2007", "Microsoft Outlook <postmaster@example.org>", "EXCH19-02.example.org",
     DE % 7, "Undeliverable: Board minutes",
     [("gina.f@example.org", NF, "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
      ("board@example.org", "Your message couldn't be delivered to the recipient because you don't have "
       "permission to send to it.", "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'")],
     [rec("gina.f@example.org", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", orig_rcpt=False),
      rec("board@example.org", "failed", "5.7.1", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", orig_rcpt=False)],
     [E("5.1.1", "550", "userunknown"), E("5.7.1", "550", "rejected")])

# Office 365 (2019+ layout): recipient not found by SMTP address lookup
O365A = "Microsoft Outlook <postmaster@contoso.onmicrosoft.com>"
exch("o365-01.eml", "Office365", "Microsoft Outlook <postmaster@example.onmicrosoft.com>",
     "AM0PR01MB1234.eurprd01.prod.exchangelabs.com", DE % 21, "Undeliverable: Partnership proposal",
     [("hana@contoso.example", "hana wasn't found at contoso.example.",
       "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hana@contoso.example "
       "not found by SMTP address lookup'")],
     [rec("hana@contoso.example", "failed", "5.1.10",
          "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hana@contoso.example not\n found by SMTP address lookup",
          orig_rcpt=False, remote="AM0PR01MB1234.eurprd01.prod.exchangelabs.com")],
     [E("5.1.10", "550", "userunknown")],
     intro="Your message to hana@contoso.example couldn't be delivered.\n\nhana wasn't found at contoso.example.\n\n"
           "sender    Office 365    hana\nAction Required                 Recipient\n\nUnknown To address\n\n"
           "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n")

# Office 365: mailbox full, HTML + text base64
exch("o365-02.eml", "Office365", "Microsoft Outlook <postmaster@example.onmicrosoft.com>",
     "DB8PR02MB5678.eurprd02.prod.outlook.com", DE % 22, "Undeliverable: Invoice 1189",
     [("ivan@fabrikam.example", "The recipient's mailbox is full and can't accept messages now.",
       "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
       "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with "
       "message [BeginDiagnosticData]Cannot open mailbox.'")],
     [rec("ivan@fabrikam.example", "failed", "5.2.2",
          "554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;\n"
          " Failed to process message due to a permanent exception with message\n [BeginDiagnosticData]Cannot open mailbox.",
          orig_rcpt=False)],
     [E("5.2.2", "554", "mailboxfull")], text_enc="base64")

# Office 365: DMARC reject (5.7.509)
exch("o365-03.eml", "Office365", O365A, "BN8NAM11FT045.mail.protection.outlook.com", DE % 23,
     "Undeliverable: Your statement",
     [("jill@contoso.example", "Your message wasn't delivered because the recipient's email provider rejected it.",
       "Remote Server returned '550 5.7.509 Access denied, sending domain example.com does not pass DMARC "
       "verification and has a DMARC policy of reject. [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com "
       "2025-04-10T09:23:11.123Z 08DD7812ABCDEF01] [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com]'")],
     [rec("jill@contoso.example", "failed", "5.7.509",
          "550 5.7.509 Access denied, sending domain example.com does not pass DMARC\n verification and has a DMARC "
          "policy of reject.\n [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com 2025-04-10T09:23:11.123Z\n "
          "08DD7812ABCDEF01]", orig_rcpt=False, remote="BN8NAM11FT045.mail.protection.outlook.com")],
     [E("5.7.509", "550", "authfailure")])

# Office 365: banned sending IP (5.7.606)
exch("o365-04.eml", "Office365", "Microsoft Outlook <postmaster@example.onmicrosoft.com>",
     "PAXPR01MB9012.eurprd01.prod.exchangelabs.com", DE % 24, "Undeliverable: Newsletter April",
     [("karl@fabrikam.example", "Your message wasn't delivered because the recipient's email provider rejected it.",
       "Remote Server at fabrikam-example.mail.protection.outlook.com (52.101.68.5) returned '550 5.7.606 "
       "Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit "
       "https://sender.office.com/ and follow the directions. For more information please go to "
       "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)'")],
     [rec("karl@fabrikam.example", "failed", "5.7.606",
          "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request\n removal from this list please "
          "visit https://sender.office.com/ and follow the\n directions. For more information please go to\n "
          "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
          orig_rcpt=False, remote="fabrikam-example.mail.protection.outlook.com")],
     [E("5.7.606", "550", "blocked")])

# Office 365: client not authenticated (SMTP AUTH submission), no returned message
exch("o365-05.eml", "Office365", "Microsoft Outlook <postmaster@example.onmicrosoft.com>",
     "SN6PR04MB1234.namprd04.prod.outlook.com", DE % 25, "Undeliverable: Scanned document",
     [("lisa@example.net", "Your message couldn't be delivered because the sender wasn't authenticated.",
       "Remote Server returned '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 "
       "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'")],
     [rec("lisa@example.net", "failed", "5.7.57",
          "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139\n Authentication unsuccessful, "
          "SmtpClientAuthentication is disabled for the Tenant.", orig_rcpt=False)],
     [E("5.7.57", "530", "securityerror")], kind=None)

# Office 365: rate limited by IP reputation (4.7.650), given up
exch("o365-06.eml", "Office365", "Mail Delivery Subsystem <postmaster@example.onmicrosoft.com>",
     "VI1PR01MB3456.eurprd01.prod.exchangelabs.com", DE % 26, "Undeliverable: Spring offers",
     [("mike@outlook.com", "Delivery has failed to this recipient.",
       "Remote Server at outlook-com.olc.protection.outlook.com (52.101.9.1) returned '550 4.4.7 QUEUE.Expired; "
       "message expired [Last Error: 451 4.7.650 The mail server [192.0.2.12] has been temporarily rate limited "
       "due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)]'")],
     [rec("mike@outlook.com", "failed", "4.7.650",
          "451 4.7.650 The mail server [192.0.2.12] has been temporarily rate limited due\n to IP reputation. "
          "For e-mail delivery information, see\n https://postmaster.live.com (S775)",
          orig_rcpt=False, remote="outlook-com.olc.protection.outlook.com")],
     [E("4.7.650", "451", "badreputation")])

# Outlook.com consumer mailbox unavailable (5.5.0), text/plain only report, no HTML
exch("o365-07.eml", "Office365", "postmaster@outlook.com", "DM6NAM12HT123.eop-nam12.prod.protection.outlook.com",
     DE % 27, "Undeliverable: Re: tickets",
     [("nora_p@hotmail.com", "The email address you entered couldn't be found.",
       "Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
       "[DM6NAM12FT012.eop-nam12.prod.protection.outlook.com 2025-04-10T09:27:11.000Z 08DD7812ABCDEF99]'")],
     [rec("nora_p@hotmail.com", "failed", "5.5.0",
          "550 5.5.0 Requested action not taken: mailbox unavailable\n (S2017062302).", orig_rcpt=False,
          remote="hotmail-com.olc.protection.outlook.com")],
     [E("5.5.0", "550", "userunknown")], html=False)

# Office 365: DBEB, recipient address rejected: Access denied (5.4.1)
exch("o365-08.eml", "Office365", O365A, "CY4PR04MB0123.namprd04.prod.outlook.com", DE % 28,
     "Undeliverable: Contract renewal",
     [("oscar@contoso.example", "The email address you entered couldn't be found.",
       "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. "
       "[CY4PEPF0000FB11.namprd04.prod.outlook.com 2025-04-10T09:28:11.456Z 08DD78AB12CD34EF]'")],
     [rec("oscar@contoso.example", "failed", "5.4.1",
          "550 5.4.1 Recipient address rejected: Access denied.\n [CY4PEPF0000FB11.namprd04.prod.outlook.com]",
          orig_rcpt=False, remote="contoso-example.mail.protection.outlook.com")],
     [E("5.4.1", "550", "userunknown")])

# Office 365: bare linefeeds (contenterror), multi-line html only? no: text + html
exch("o365-09.eml", "Office365", "Microsoft Outlook <postmaster@example.onmicrosoft.com>",
     "MW4PR03MB6789.namprd03.prod.outlook.com", DE % 29, "Undeliverable: Report",
     [("pete@example.org", "Your message couldn't be delivered because the destination server rejected its format.",
       "Remote Server at mx.example.org (192.0.2.30) returned '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; "
       "message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support "
       "BDAT'")],
     [rec("pete@example.org", "failed", "5.6.11",
          "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare\n linefeeds, which cannot be sent via "
          "DATA and receiving system does not support\n BDAT", orig_rcpt=False, remote="mx.example.org")],
     [E("5.6.11", "550", "contenterror")])


# ==========================================================================
# Gmail / Google Workspace (the sender's side is Google)
# ==========================================================================

def gmail(name, date, title, human, addr, status, diag, remote, exp, action="failed", subject=None,
          response="The response from the remote server was:", kind="message", html=True, extra=None,
          reporting="googlemail.com", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>"):
    subject = subject or ("Delivery Status Notification (Delay)" if action == "delayed"
                          else "Delivery Status Notification (Failure)")
    text = "\n** %s **\n\n%s\n\n%s\n%s\n" % (title, human, response, diag.replace("\n", ""))
    htmltext = ("<html><head></head><body><div><table><tr><td><h2>%s</h2><p>%s</p><p>%s</p>"
                "<p style=\"font-family:monospace\">%s</p></td></tr></table></div></body></html>\n"
                % (title, human, response, diag.replace("\n", "").replace("<", "&lt;").replace(">", "&gt;")))
    first = multipart("alternative", [part("text/plain", text, enc="7bit", cs="UTF-8"),
                                      part("text/html", htmltext, enc="qp", cs="UTF-8")],
                      "000000000000a1b2c3%s" % name[-6:-4], preamble="") if html else part("text/plain", text, cs="UTF-8")
    r = ["Final-Recipient: rfc822; %s" % addr, "Action: %s" % action, "Status: %s" % status]
    if remote:
        r.append("Remote-MTA: dns; %s" % remote)
    r.append("Diagnostic-Code: smtp; %s" % diag)
    r.append("Last-Attempt-Date: %s" % date)
    r += list(extra or [])
    parts = [first, dsn("Reporting-MTA: dns; %s\nArrival-Date: %s\nX-Original-Message-ID: <CAF%s@mail.gmail.com>"
                        % (reporting, date, name[:-4].upper()), ["\n".join(r)])]
    if kind:
        parts.append(returned(addr, "Re: weekend plans", date, "CAF%s@mail.gmail.com" % name[:-4].upper(), kind=kind))
    m = hdrs(["Return-Path: <>", "Received: by 2002:a05:6a10:1234:b0:5e1:abcd:ef01 with SMTP id x1csp123456pxb;\n"
              "        %s" % date, "From: %s" % frm, "To: %s" % SA.replace("example.com", "gmail.com"),
              "Auto-Submitted: auto-replied", "Subject: %s" % subject,
              "References: <CAF%s@mail.gmail.com>" % name[:-4].upper(),
              "In-Reply-To: <CAF%s@mail.gmail.com>" % name[:-4].upper(),
              "X-Failed-Recipients: %s" % addr, "Message-ID: <%s.gmail-bounce@mx.google.com>" % name[:-4],
              "Date: %s" % date, "MIME-Version: 1.0"])
    m += multipart("report", parts, "000000000000f0e1d2%s" % name[-6:-4], params=" report-type=delivery-status;",
                   preamble="")
    add(name, "Gmail", m, exp)


DG = "Fri, 11 Apr 2025 01:%02d:03 -0700 (PDT)"

gmail("gmail-01.eml", DG % 1, "Address not found",
      "Your message wasn't delivered to bob@example.org because the address couldn't be found, or is unable "
      "to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser",
      "bob@example.org", "5.1.1",
      "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in\n virtual mailbox table",
      "mx.example.org. (192.0.2.30, the server for the domain example.org.)",
      [E("5.1.1", "550", "userunknown")])

gmail("gmail-02.eml", DG % 2, "Address not found",
      "Your message wasn't delivered to carla.r@gmail.com because the address couldn't be found, or is unable "
      "to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser",
      "carla.r@gmail.com", "5.1.1",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 "
      "double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more "
      "information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser "
      "41be03b00d2f7-b2f0a1b2c3dsor1234567a12.99 - gsmtp",
      "gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)",
      [E("5.1.1", "550", "userunknown")], kind="headers")

gmail("gmail-03.eml", DG % 3, "Address not found",
      "Your message wasn't delivered to dan@exampel-typo.com because the domain exampel-typo.com couldn't be "
      "found. Check for typos or unnecessary spaces and try again.",
      "dan@exampel-typo.com", "5.1.2",
      "DNS Error: DNS type 'mx' lookup of exampel-typo.com responded with code\n NXDOMAIN Domain name not found: "
      "exampel-typo.com Learn more at\n https://support.google.com/mail/?p=BadRcptDomain",
      None, [E("5.1.2", "", "hostunknown")], response="The response was:")

gmail("gmail-04.eml", DG % 4, "Message not delivered",
      "Your message couldn't be delivered to eve.l@gmail.com because the recipient's inbox is out of storage "
      "space. Please try again later.",
      "eve.l@gmail.com", "4.2.2",
      "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n 452-4.2.2 recipient to\n "
      "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp "
      "a1e0cc1a2514c-52b0a1b2c3dsi4567890e0.77 - gsmtp",
      "gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)",
      [E("4.2.2", "452", "mailboxfull")])

gmail("gmail-05.eml", DG % 5, "Delivery incomplete",
      "There was a temporary problem delivering your message to finn@example.net. Gmail will retry for 44 more "
      "hours. You'll be notified if the delivery fails permanently.",
      "finn@example.net", "4.4.1",
      "The recipient server did not accept our requests to connect. Learn more at\n "
      "https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.25:\n timed out]",
      None, [E("4.4.1", "", "expired")], action="delayed", response="The response was:",
      extra=["Will-Retry-Until: Sun, 13 Apr 2025 01:05:03 -0700 (PDT)"], kind="headers")

gmail("gmail-06.eml", DG % 6, "Message blocked",
      "Your message to gus@example.net has been blocked. See technical details below for more information.",
      "gus@example.net", "5.7.1",
      "550 5.7.1 Service unavailable; client [209.85.220.41] blocked using\n b.barracudacentral.org",
      "mx.example.net. (198.51.100.25, the server for the domain example.net.)",
      [E("5.7.1", "550", "blocked")])

gmail("gmail-07.eml", DG % 7, "Address not found",
      "Your message wasn't delivered to hana.k@gmail.com because the address couldn't be found, or is unable to "
      "receive mail.",
      "hana.k@gmail.com", "5.2.1",
      "550-5.2.1 The email account that you tried to reach is inactive. For more\n 550-5.2.1 information, go to\n "
      "550 5.2.1  https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43d0a1b2c3dsor9876543f.88 - gsmtp",
      "gmail-smtp-in.l.google.com. (142.250.102.26, the server for the domain gmail.com.)",
      [E("5.2.1", "550", "suspend")])

# Google Workspace (Reporting-MTA googlemail.com, custom domain), attachment policy
gmail("gsuite-01.eml", DG % 8, "Message blocked",
      "Your message to ivo@example.com has been blocked. See technical details below for more information.",
      "ivo@example.com", "5.7.0",
      "552-5.7.0 This message was blocked because its content presents a potential\n 552-5.7.0 security issue. "
      "To review our message content and attachment content\n 552-5.7.0 guidelines, go to\n 552 5.7.0  "
      "https://support.google.com/mail/?p=BlockedMessage 2adb3069b0e04-54a0a1b2c3dsi1111111e87.40 - gsmtp",
      "aspmx.l.google.com. (142.250.150.26, the server for the domain example.com.)",
      [E("5.7.0", "552", "policyviolation")])

gmail("gsuite-02.eml", DG % 9, "Message not delivered",
      "Your message couldn't be delivered to jana@example.org because the remote server is misconfigured. "
      "See technical details below for more information.",
      "jana@example.org", "5.4.6",
      "554 5.4.6 Hop count exceeded - possible mail loop", "mx.example.org. (192.0.2.30, the server for the "
      "domain example.org.)", [E("5.4.6", "554", "networkerror")])

gmail("gsuite-03.eml", DG % 10, "Message not delivered",
      "There was a problem delivering your message to kurt@example.net. See the technical details below.",
      "kurt@example.net", "5.3.4",
      "552 5.3.4 Error: message file too big", "mx.example.net. (198.51.100.25, the server for the domain "
      "example.net.)", [E("5.3.4", "552", "mesgtoobig")], kind="headers")

# Google as the receiver, through Postfix: PTR, rate of unsolicited mail
postfix("postfix-26.eml", "mx1.example.com", "4RW9hI0jKlz7", "Fri, 11 Apr 2025 12:12:12 +0000 (UTC)",
        [rec("lars.b@gmail.com", "failed", "5.7.25",
             "550-5.7.25 [192.0.2.14] The IP address sending this message does not have a\n"
             "    550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
             "    550-5.7.25 point to the sending IP. As a policy, Gmail does not accept\n"
             "    messages from IPs with missing PTR records. For more information, go to\n"
             "    550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices\n"
             "    5b1f17b1804b1-43d0f1e2d3csi2222222f.12 - gsmtp", remote="gmail-smtp-in.l.google.com")],
        ["<lars.b@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27] said:\n"
         "    550-5.7.25 [192.0.2.14] The IP address sending this message does not have a\n"
         "    550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
         "    550-5.7.25 point to the sending IP. As a policy, Gmail does not accept\n"
         "    messages from IPs with missing PTR records. For more information, go to\n"
         "    550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices\n"
         "    5b1f17b1804b1-43d0f1e2d3csi2222222f.12 - gsmtp (in reply to end of DATA\n    command)"],
        exp=[E("5.7.25", "550", "requireptr")])

exim("exim-17.eml", "mx.example.com", "1u2AbR-000Op4-5M", DX % 17, ["mia.s@gmail.com"],
     ["  mia.s@gmail.com\n    host gmail-smtp-in.l.google.com [142.250.102.27]\n"
      "    SMTP error from remote mail server after pipelined end of data:\n"
      "    550-5.7.1 [192.0.2.10      12] Our system has detected an unusual rate of\n"
      "    550-5.7.1 unsolicited mail originating from your IP address. To protect our\n"
      "    550-5.7.1 users from spam, mail sent from your IP address has been blocked.\n"
      "    550-5.7.1 Please visit\n"
      "    550-5.7.1  https://support.google.com/mail/?p=UnsolicitedIPError\n"
      "    550 5.7.1  to review our Bulk Email Senders Guidelines. a640c23a62f3a-ac3f0a1b2c3si3333333a.21 - gsmtp"],
     [E("5.7.1", "550", "blocked")])


# ==========================================================================
# Yahoo / AOL
# ==========================================================================

def yahoo(name, host, date, addr, said, exp, cmd="RCPT_TO", domain="yahoo.com"):
    m = hdrs(["Return-Path: <>", "Received: from 10.217.150.20\n by atlas311.free.mail.bf1.%s with HTTP; %s"
              % (domain if domain == "yahoo.com" else "yahoo.com", date),
              "From: MAILER-DAEMON@%s" % host, "To: sender_y@%s" % domain, "Subject: Failure Notice",
              "Date: %s" % date, "Message-ID: <%s.bounce@%s>" % (name[:-4], host), "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"])
    m += ("\nSorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
          "Remote host said: %s [%s]\n\n--- Below this line is a copy of the message.\n\n" % (addr, said, cmd))
    m += orig(addr, "Saturday", date, "1234567890.%s@mail.yahoo.com" % name[:-4], frm="sender_y@%s" % domain)
    m += "\n" + ORIG_BODY
    add(name, "Yahoo", m, exp)


DY = "Sat, 12 Apr 2025 %02d:22:33 +0000"

yahoo("yahoo-01.eml", "yahoo.com", DY % 1, "bob@example.org",
      "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
      [E("5.1.1", "550", "userunknown")])
yahoo("yahoo-02.eml", "yahoo.com", DY % 2, "carl@example.net", "552 5.2.2 <carl@example.net>: Mailbox full",
      [E("5.2.2", "552", "mailboxfull")])
yahoo("aol-01.eml", "aol.com", DY % 3, "dina@example.org",
      "554 5.7.1 <dina@example.org>: Relay access denied", [E("5.7.1", "554", "norelaying")], domain="aol.com")

# Yahoo as the receiver (Exim): mailbox disabled
exim("exim-18.eml", "mx.example.com", "1u2AbS-000Pq5-6N", DX % 18, ["emma_t@yahoo.com"],
     ["  emma_t@yahoo.com\n    host mta5.am0.yahoodns.net [67.195.228.106]\n"
      "    SMTP error from remote mail server after RCPT TO:<emma_t@yahoo.com>:\n"
      "    554 delivery error: dd Sorry your message to emma_t@yahoo.com cannot be delivered. This mailbox is "
      "disabled (554.30). - mta4242.mail.bf1.yahoo.com"],
     [E("5.0.921", "554", "suspend")])

# AOL (Yahoo Inc.) as the receiver (Postfix): policy reasons
postfix("postfix-27.eml", "mx1.example.com", "4RX0iJ1kLmz8", "Sat, 12 Apr 2025 18:00:00 +0000 (UTC)",
        [rec("fred_a@aol.com", "failed", "5.7.9",
             "554 5.7.9 Message not accepted for policy reasons.  See\n"
             "    https://senders.yahooinc.com/error-codes", remote="mx-aol.mail.gm0.yahoodns.net")],
        ["<fred_a@aol.com>: host mx-aol.mail.gm0.yahoodns.net[67.195.204.79] said: 554\n"
         "    5.7.9 Message not accepted for policy reasons.  See\n"
         "    https://senders.yahooinc.com/error-codes (in reply to end of DATA command)"],
        exp=[E("5.7.9", "554", "policyviolation")])


# ==========================================================================
# Amazon SES: email bounces and JSON notifications
# ==========================================================================

def ses_mail(name, date, addr, status, diag, exp, action="failed"):
    m = hdrs(["Return-Path: <>",
              "Received: from a27-30.smtp-out.us-west-2.amazonses.com (a27-30.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.30])\n\tby mx.example.com (Postfix) with ESMTPS id 4RY1jK2lMnz9\n\tfor <%s>; %s" % (SA, date),
              "From: MAILER-DAEMON@amazonses.com", "To: %s" % SA,
              "Subject: Delivery Status Notification (Failure)", "Date: %s" % date,
              "Message-ID: <0101019612ab34cd-%s-000000@us-west-2.amazonses.com>" % name[:-4],
              "X-SES-Outgoing: 2025.04.13-54.240.27.30",
              "Feedback-ID: 1.us-west-2.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789=:AmazonSES",
              "MIME-Version: 1.0"])
    m += multipart("report", [
        part("text/plain", "An error occurred while trying to deliver the mail to the following recipients:\n%s\n"
             % addr),
        dsn("Reporting-MTA: dns; a27-30.smtp-out.us-west-2.amazonses.com",
            ["Action: %s\nFinal-Recipient: rfc822; %s\nDiagnostic-Code: smtp; %s\nStatus: %s" % (action, addr, diag, status)]),
        returned(addr, "Your order has shipped", date, "0101019612ab0000-%s@email.amazonses.com" % name[:-4])],
        "----=_Part_%s_1234567.1744531200000" % sum(map(ord, name)), params=" report-type=delivery-status;",
        preamble="")
    add(name, "AmazonSES", m, exp)


DSES = "Sun, 13 Apr 2025 08:%02d:00 +0000"
ses_mail("ses-01.eml", DSES % 1, "bob@example.org", "5.1.1", "550 5.1.1 user unknown",
         [E("5.1.1", "550", "userunknown")])
ses_mail("ses-02.eml", DSES % 2, "cleo@example.net", "5.2.2",
         "552 5.2.2 <cleo@example.net>: user is over quota", [E("5.2.2", "552", "mailboxfull")])


def ses_json(name, date, msg, exp):
    mail = {"timestamp": "2025-04-13T08:00:00.000Z", "source": SA,
            "sourceArn": "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            "sourceIp": "192.0.2.10", "sendingAccountId": "123456789012",
            "messageId": "0101019612ab0000-%s-000000" % name[:-4],
            "destination": msg.pop("_dest"), "headersTruncated": False,
            "commonHeaders": {"from": ["Sender Example <%s>" % SA], "to": msg["_to"],
                              "messageId": "0101019612ab0000-%s-000000" % name[:-4], "subject": "Your order has shipped"}}
    msg.pop("_to")
    msg["mail"] = mail
    inner = json.dumps(msg, separators=(",", ":"))
    env = {"Type": "Notification", "MessageId": "d2b7a1f4-%04d-5c3e-9a1b-0c1d2e3f4a5b" % sum(map(ord, name)),
           "TopicArn": "arn:aws:sns:us-west-2:123456789012:ses-notifications", "Message": inner,
           "Timestamp": "2025-04-13T08:00:01.234Z", "SignatureVersion": "1", "Signature": "EXAMPLEsignature==",
           "SigningCertURL": "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0000.pem",
           "UnsubscribeURL": "https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:"
                             "us-west-2:123456789012:ses-notifications:0a1b2c3d"}
    body = json.dumps(env, indent=2)
    m = hdrs(["Return-Path: <0101019612ab-sns@us-west-2.amazonses.com>",
              "From: AWS Notifications <no-reply@sns.amazonaws.com>", "To: ses-feedback@example.com",
              "Subject: AWS Notification Message", "Date: %s" % date,
              "Message-ID: <0101019612ab9999-%s@us-west-2.amazonses.com>" % name[:-4],
              "x-amz-sns-message-id: d2b7a1f4-%04d-5c3e-9a1b-0c1d2e3f4a5b" % sum(map(ord, name)),
              "x-amz-sns-subscription-arn: arn:aws:sns:us-west-2:123456789012:ses-notifications:0a1b2c3d",
              "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"])
    add(name, "AmazonSES", m + "\n" + body + "\n", exp)


ses_json("ses-03.eml", DSES % 3, {
    "notificationType": "Bounce",
    "bounce": {"feedbackId": "0101019612ab0003-aaaa-bbbb-000000", "bounceType": "Permanent",
               "bounceSubType": "General",
               "bouncedRecipients": [{"emailAddress": "dirk@example.org", "action": "failed", "status": "5.1.1",
                                      "diagnosticCode": "smtp; 550 5.1.1 <dirk@example.org>: Recipient address "
                                                        "rejected: User unknown in local recipient table"}],
               "timestamp": "2025-04-13T08:03:00.000Z", "remoteMtaIp": "192.0.2.30",
               "reportingMTA": "dsn; a27-30.smtp-out.us-west-2.amazonses.com"},
    "_dest": ["dirk@example.org"], "_to": ["dirk@example.org"]}, [E("5.1.1", "550", "userunknown")])

ses_json("ses-04.eml", DSES % 4, {
    "notificationType": "Bounce",
    "bounce": {"feedbackId": "0101019612ab0004-aaaa-bbbb-000000", "bounceType": "Transient",
               "bounceSubType": "MailboxFull",
               "bouncedRecipients": [{"emailAddress": "elin@example.net", "action": "failed", "status": "4.2.2",
                                      "diagnosticCode": "smtp; 452 4.2.2 Mailbox full"}],
               "timestamp": "2025-04-13T08:04:00.000Z", "remoteMtaIp": "198.51.100.25",
               "reportingMTA": "dsn; a27-30.smtp-out.us-west-2.amazonses.com"},
    "_dest": ["elin@example.net"], "_to": ["elin@example.net"]}, [E("4.2.2", "452", "mailboxfull")])

ses_json("ses-05.eml", DSES % 5, {
    "notificationType": "Complaint",
    "complaint": {"feedbackId": "0101019612ab0005-aaaa-bbbb-000000", "complaintSubType": None,
                  "complainedRecipients": [{"emailAddress": "fiona@example.net"}],
                  "timestamp": "2025-04-13T08:05:00.000Z", "userAgent": "Yahoo!-Mail-Feedback/2.0",
                  "complaintFeedbackType": "abuse", "arrivalDate": "2025-04-13T07:55:00.000Z"},
    "_dest": ["fiona@example.net"], "_to": ["fiona@example.net"]}, [E("", "", "feedback")])

ses_json("ses-06.eml", DSES % 6, {
    "notificationType": "Delivery",
    "delivery": {"timestamp": "2025-04-13T08:06:00.000Z", "processingTimeMillis": 546,
                 "recipients": ["gwen@example.org"], "smtpResponse": "250 2.6.0 Message received",
                 "remoteMtaIp": "192.0.2.30", "reportingMTA": "a27-30.smtp-out.us-west-2.amazonses.com"},
    "_dest": ["gwen@example.org"], "_to": ["gwen@example.org"]}, [E("2.6.0", "250", "delivered")])


# ==========================================================================
# SendGrid, Mailgun, Postmark
# ==========================================================================

m = hdrs(["Return-Path: <apps@sendgrid.net>", "Received: by mail.sendgrid.net with SMTP id 7bY1cZ2dA3;\n"
          "\tMon, 14 Apr 2025 02:00:00 +0000 (UTC)", "From: MAILER-DAEMON <apps@sendgrid.net>", "To: %s" % SA,
          "Subject: Undelivered Mail Returned to Sender", "Date: Mon, 14 Apr 2025 02:00:00 +0000",
          "Auto-Submitted: auto-replied", "Message-ID: <sg-bounce-01@sendgrid.net>", "MIME-Version: 1.0"])
m += multipart("report", [
    part("text/plain", "This is an automatically generated message from SendGrid.\n\n"
         "I'm sorry to have to tell you that your message was not able to be\n"
         "delivered to one of its intended recipients.\n\n"
         "If you require assistance with this, please contact SendGrid support.\n\n"
         "hugo.m@example.org: host mx.example.org[192.0.2.30] said: 550 5.1.1 <hugo.m@example.org>:\n"
         "    Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)\n"),
    dsn("Arrival-Date: 2025-04-14 01-59-58",
        ["Final-Recipient: rfc822; hugo.m@example.org\nOriginal-Recipient: rfc822; hugo.m@example.org\n"
         "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: 550 5.1.1 <hugo.m@example.org>: Recipient address "
         "rejected: User unknown in virtual alias table"]),
    returned("hugo.m@example.org", "Welcome aboard", "Mon, 14 Apr 2025 01:59:58 +0000", "sg01@example.com")],
    "sg-bounce-bnd-01", params=" report-type=delivery-status;", preamble="")
add("sendgrid-01.eml", "SendGrid", m, [E("5.1.1", "550", "userunknown")])


def plain_dsn(name, engine, hdr_lines, text, per, recips, exp, kind="headers", to="x@example.org",
              text_cs="us-ascii", text_enc="7bit", bnd=None):
    m = hdrs(hdr_lines + ["MIME-Version: 1.0"])
    parts = [part("text/plain", text, enc=text_enc, cs=text_cs), dsn(per, recips)]
    if kind:
        parts.append(returned(to, "Your weekly digest", "Tue, 15 Apr 2025 06:00:00 +0000", "%s@example.com" % name[:-4],
                              kind=kind))
    m += multipart("report", parts, bnd or ("=_%s_bnd" % name[:-4]), params=" report-type=delivery-status;", preamble="")
    add(name, engine, m, exp)


plain_dsn("mailgun-01.eml", "RFC3464",
          ["Return-Path: <>", "From: Mail Delivery Subsystem <mailer-daemon@mg.example.com>", "To: %s" % SA,
           "Subject: Delivery Status Notification (Failure)", "Date: Tue, 15 Apr 2025 06:05:00 +0000",
           "Message-ID: <20250415060500.mg01@mg.example.com>", "X-Mailgun-Sid: WyI3YmY0ZiIsICJpbmdhQGV4YW1wbGUub3JnIiwgIjEyMyJd"],
          "Delivery to the following recipient failed permanently:\n\n    inga@example.org\n\n"
          "Technical details of permanent failure:\n"
          "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.\n",
          "Reporting-MTA: dns; smtp-out-n03.prod.us-east-1.postgun.com",
          [rec("inga@example.org", "failed", "4.7.0",
               "421 4.7.0 Too many concurrent SMTP connections from this IP address;\n please try again later.",
               remote="mx.example.org", orig_rcpt=False)],
          [E("4.7.0", "421", "toomanyconn")], to="inga@example.org")

plain_dsn("postmark-01.eml", "RFC3464",
          ["Return-Path: <>", "From: Postmark Mail Delivery <mailer-daemon@mtasv.net>", "To: %s" % SA,
           "Subject: Undeliverable: Your weekly digest", "Date: Tue, 15 Apr 2025 06:06:00 +0000",
           "Message-ID: <pm-bounce-7f3a@mtasv.net>", "X-PM-Message-Id: 3f1c5e7a-1234-4bcd-9ef0-1a2b3c4d5e6f"],
          "Your message could not be delivered to jonas@example.net.\n\nThe receiving server said:\n"
          "554 5.0.0 Transaction failed\n",
          "Reporting-MTA: dns; smtp-out-02.mtasv.net",
          [rec("jonas@example.net", "failed", "5.0.0", "554 5.0.0 Transaction failed", remote="mx.example.net",
               orig_rcpt=False)],
          [E("5.0.0", "554", "onhold")], to="jonas@example.net")


# ==========================================================================
# Zoho
# ==========================================================================

def zoho(name, date, lines, exp, intro, subject="Undelivered Mail Returned to Sender"):
    """Zoho writes one text/plain body: the notice, one line per recipient
    ("<addr> Invalid Address, ERROR_CODE :550, ERROR_CODE :...", or
    "[Status: Error, Address: <addr>, ResponseCode 421, , ...]" when it gave
    up), then the returned message, which starts with Zoho's own Received:
    line."""
    m = hdrs(["Return-Path: <>", "Received: by mx.zohomail.com with SMTP id 1744700000123456789.abc;"
              " %s" % date, "From: mailer-daemon@mail.zoho.com", "To: sender_z@zohomail.com",
              "Subject: %s" % subject, "Date: %s" % date, "Message-ID: <%s.mailer-daemon@zoho.com>" % name[:-4],
              "X-ZohoMail: Si CHF_MF_NL SS_10 UW48 UB48 FMWL UW48 UB48 SGR3_1_2_1_4567_123",
              "X-Zoho-Virus-Status: 1", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
              "Content-Transfer-Encoding: 7bit"])
    to = lines[0].split("<")[-1].split(">")[0] if lines[0].startswith("[") else lines[0].split(" ")[0]
    text = intro + "\n\n" + "\n".join(lines) + "\n\n\n"
    text += ("Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id 1744700000000000001.def;"
             " %s\n" % date)
    text += orig(to, "Project kickoff", date, "%s@zohomail.com" % name[:-4]) + "\n" + ORIG_BODY
    add(name, "Zoho", m + "\n" + text, exp)


ZI = ("This message was created automatically by mail delivery software.\n"
      "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.")
zoho("zoho-01.eml", "Wed, 16 Apr 2025 11:11:11 +0530",
     ["kiran@example.in Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <kiran@example.in>: Recipient "
      "address rejected: User unknown in virtual mailbox table"], [E("5.1.1", "550", "userunknown")], ZI)
zoho("zoho-02.eml", "Wed, 16 Apr 2025 11:12:11 +0530",
     ["[Status: Error, Address: <latha@example.in>, ResponseCode 421, , Host not reachable.]"],
     [E("4.0.947", "421", "expired")], ZI)


# ==========================================================================
# Tencent QQ / Exmail, NetEase, Alibaba, Sina, Sohu
# ==========================================================================

postfix("tencent-01.eml", "mx1.example.com", "4RZ2kL3mNoz0", "Thu, 17 Apr 2025 09:00:00 +0800 (CST)",
        [rec("123456789@qq.com", "failed", "5.0.0",
             "550 Mailbox not found. http://service.mail.qq.com/detail/122/169", remote="mx3.qq.com")],
        ["<123456789@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Mailbox not\n"
         "    found. http://service.mail.qq.com/detail/122/169 (in reply to RCPT TO\n    command)"],
        engine="Tencent", exp=[E("5.0.0", "550", "userunknown")])

exim("tencent-02.eml", "mx.example.com", "1u2AbT-000Qr6-7O", DX % 19, ["wang.li@example.cn"],
     ["  wang.li@example.cn\n    host mxbiz1.qq.com [203.205.219.58]\n"
      "    SMTP error from remote mail server after RCPT TO:<wang.li@example.cn>:\n"
      "    550 Ip frequency limited [ZYeeKLC1kF/2dK0TvGN0Asb7MHs0hnWLhcQhMpMi2g==]. "
      "http://service.exmail.qq.com/detail/122/172"],
     [E("5.0.945", "550", "toomanyconn")])

# QQ's own bounce in Chinese (GB18030, base64): recipient's mailbox full
QQ3 = ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
       "被退回的邮件：\n主    题：项目进度\n时    间：2025年4月17日(星期四) 上午10:00\n收 件 人：zhang.san@example.cn\n\n"
       "退信原因：\n收件人邮箱空间已满，无法接收新邮件。\n"
       "The recipient's mailbox is full.\n\n"
       "服务器返回的信息：\n552 5.2.2 <zhang.san@example.cn>: Mailbox full\n\n"
       "此邮件为系统自动发送，请勿回复。\n")
m = hdrs(["Return-Path: <>", "From: =?gb18030?B?z7XNs83Lx8U=?= <PostMaster@qq.com>", "To: 987654321@qq.com",
          "Subject: " + mimeword("退信：项目进度", "gb18030"), "Date: Thu, 17 Apr 2025 10:05:00 +0800",
          "Message-ID: <tencent_bounce_3A1B2C@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x",
          "MIME-Version: 1.0"])
m += multipart("mixed", [part("text/plain", QQ3, enc="base64", cs="gb18030"),
                         returned("zhang.san@example.cn", "=?gb18030?B?z+7Ev72=?=", "Thu, 17 Apr 2025 10:00:00 +0800",
                                  "tencent_0A1B2C3D@qq.com", kind="headers")], "----=_NextPart_67FF6A3C_0B1C2D3E",
                preamble="This is a multi-part message in MIME format.\n")
add("tencent-03.eml", "Tencent", m, [E("5.2.2", "552", "mailboxfull")])

postfix("netease-01.eml", "mx1.example.com", "4Sa3lM4nOpz1", "Thu, 17 Apr 2025 11:00:00 +0800 (CST)",
        [rec("lin_feng@163.com", "failed", "5.0.0", "550 User not found: lin_feng@163.com",
             remote="163mx01.mxmail.netease.com")],
        ["<lin_feng@163.com>: host 163mx01.mxmail.netease.com[220.181.14.135] said:\n"
         "    550 User not found: lin_feng@163.com (in reply to RCPT TO command)"],
        engine="Postfix", exp=[E("5.0.0", "550", "userunknown")])

exim("netease-02.eml", "mx.example.com", "1u2AbU-000Rs7-8P", DX % 20, ["zhou_q@126.com"],
     ["  zhou_q@126.com\n    host 126mx00.mxmail.netease.com [220.181.15.114]\n"
      "    SMTP error from remote mail server after end of data:\n"
      "    554 DT:SPM 126 mx14,QMCowAC3Ee1ZSABn3q8xAA--.12345S3 1744859999, please see "
      "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx14&time=1744859999"],
     [E("5.0.980", "554", "spamdetected")])

# NetEase's own bounce (GBK, 8bit): the recipient does not exist
NE3 = ("您好，\n\n很遗憾，您发送的邮件未能成功投递到以下收件人：\n\n"
       "    chen.yu@example.cn\n\n"
       "失败原因：收件人地址不存在。\n"
       "对方服务器返回：550 5.1.1 <chen.yu@example.cn>: Recipient address rejected: User unknown in local "
       "recipient table\n\n网易邮件中心\n")
m = hdrs(["Return-Path: <>", "Received: from localhost by m15.mail.163.com (HMail) with ESMTP id 5F2A1B3C;\n"
          "\tThu, 17 Apr 2025 12:00:00 +0800 (CST)", "From: " + mimeword("系统退信", "gbk") + " <postmaster@163.com>",
          "To: sender_n@163.com", "Subject: " + mimeword("系统退信", "gbk"),
          "Date: Thu, 17 Apr 2025 12:00:00 +0800", "Message-ID: <6800A1B2.0003C4D5.hmail@163.com>",
          "X-Coremail-Antispam: 1Uf129KBjvJXoWrKw4kJ", "MIME-Version: 1.0"])
m += multipart("mixed", [part("text/plain", NE3, enc="8bit", cs="GBK"),
                         returned("chen.yu@example.cn", "Quarterly report", "Thu, 17 Apr 2025 11:59:00 +0800",
                                  "6800A1B0.0003C4D4@163.com")], "----=_Part_163_bounce_0003C4D5", preamble="")
add("netease-03.eml", "RFC3464", m, [E("5.1.1", "550", "userunknown")])

# Alibaba Mail's bounce (UTF-8 base64, Chinese and English) with a DSN
AL1 = ("您好，这是阿里邮箱的投递系统。\n很遗憾，您的邮件未能投递给以下收件人。\n\n"
       "Hi, this is the mail delivery system of Alibaba Mail.\n"
       "I'm sorry, your message could not be delivered to the following recipient(s).\n\n"
       "<wu.hao@example.cn>\n"
       "    552 Requested mail action aborted: exceeded storage allocation\n")
plain_dsn("alimail-01.eml", "RFC3464",
          ["Return-Path: <>", "Received: from mx1.alimail.com by smtp.aliyun.com; Thu, 17 Apr 2025 13:00:00 +0800",
           "From: MAILER-DAEMON@aliyun.com", "To: sender_a@aliyun.com",
           "Subject: " + mimeword("系统退信/Systems bounce"), "Date: Thu, 17 Apr 2025 13:00:00 +0800",
           "Message-ID: <alimail-bounce-0417-0001@aliyun.com>"],
          AL1, "Reporting-MTA: dns; smtp.aliyun.com",
          [rec("wu.hao@example.cn", "failed", "5.2.2",
               "552 Requested mail action aborted: exceeded storage allocation", remote="mx.example.cn", orig_rcpt=False)],
          [E("5.2.2", "552", "mailboxfull")], to="wu.hao@example.cn", text_cs="utf-8", text_enc="base64")

# Sina as the receiver (Postfix): no PTR
postfix("sina-01.eml", "mx1.example.com", "4Sb4mN5oPqz2", "Thu, 17 Apr 2025 14:00:00 +0800 (CST)",
        [rec("li_na@sina.com", "failed", "5.7.1",
             "554 5.7.1 <unknown[192.0.2.13]>: Client host rejected: cannot find your\n    reverse hostname, [192.0.2.13]",
             remote="freemx1.sinamail.sina.com.cn")],
        ["<li_na@sina.com>: host freemx1.sinamail.sina.com.cn[202.108.3.242] said: 554\n"
         "    5.7.1 <unknown[192.0.2.13]>: Client host rejected: cannot find your reverse\n"
         "    hostname, [192.0.2.13] (in reply to RCPT TO command)"],
        exp=[E("5.7.1", "554", "securityerror")])

# Sohu as the receiver, sent through OpenSMTPD 6.x (multipart/report)
def opensmtpd(name, date, lines, recips, exp, new=True, warn=False):
    ind = "" if new else "    "
    intro = (ind + "Hi!\n\n" + ind + "This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n")
    if warn:
        intro += (ind + "A message is delayed for more than 4 hours for the following\n" + ind + "list of recipients:\n\n")
    else:
        intro += (ind + "An error has occurred while attempting to deliver a message for\n" + ind +
                  "the following list of recipients:\n\n")
    text = intro + "\n".join(ind + l for l in lines) + "\n\n"
    if warn:
        text += (ind + "Please note that this is only a temporary failure report.\n" + ind +
                 "The message is kept in the queue for up to 4 days.\n" + ind +
                 "You DO NOT NEED to re-send the message to these recipients.\n\n")
    h = ["Return-Path: <>", "Received: from localhost (localhost [127.0.0.1])\n\tby mx.example.com (OpenSMTPD) with ESMTPA "
         "id 7c1d2e3f;\n\t%s" % date, "Date: %s" % date, "From: Mailer Daemon <MAILER-DAEMON@mx.example.com>",
         "To: %s" % SA, "Subject: Delivery status notification: %s" % ("warning" if warn else "error"),
         "Message-ID: <%s.opensmtpd@mx.example.com>" % name[:-4], "MIME-Version: 1.0"]
    to = lines[0].split(":")[0]
    if new:
        m = hdrs(h) + multipart("report", [
            part("text/plain", text, cs="us-ascii", extra=["Content-Description: Notification"]),
            dsn("Reporting-MTA: dns; mx.example.com\nArrival-Date: %s" % date, recips, desc="Delivery Report"),
            returned(to, "Lunch on Friday", date, "%s@example.com" % name[:-4], kind="headers",
                     desc="Message headers")], "16aa%s.mx.example.com/%s" % (name[-6:-4], "1744900000"),
            params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
    else:
        m = hdrs(h + ["Content-Type: multipart/mixed; boundary=\"16aa%s\"" % name[-6:-4]])
        m += ("\nThis is a MIME-encapsulated message.\n\n--16aa%s\nContent-Description: Notification\n"
              "Content-Type: text/plain; charset=us-ascii\n\n%s    Below is a copy of the original message:\n\n"
              "%s\n%s\n--16aa%s--\n" % (name[-6:-4], text, orig(to, "Lunch on Friday", date,
                                                                         "%s@example.com" % name[:-4]),
                                        ORIG_BODY, name[-6:-4]))
    add(name, "OpenSMTPD", m, exp)


opensmtpd("sohu-01.eml", "Fri, 18 Apr 2025 09:00:00 +0800",
          ["zhao_m@sohu.com: 550 5.1.1 <zhao_m@sohu.com>: Recipient address rejected: User unknown in local recipient table"],
          [rec("zhao_m@sohu.com", "failed", "5.1.1",
               "550 5.1.1 <zhao_m@sohu.com>: Recipient address rejected: User unknown in local\n recipient table",
               remote="sohumx.h.a.sohu.com", orig_rcpt=False)],
          [E("5.1.1", "550", "userunknown")])

# ==========================================================================
# OpenSMTPD, qmail, Courier, Notes
# ==========================================================================

opensmtpd("opensmtpd-01.eml", "Fri, 18 Apr 2025 10:00:00 +0200",
          ["nils@nowhere-host.example: Domain does not exist"], [], [E("5.0.912", "", "hostunknown")], new=False)
opensmtpd("opensmtpd-02.eml", "Fri, 18 Apr 2025 11:00:00 +0200",
          ["olga@example.net: 421 4.3.2 Service not available, closing transmission channel"],
          [rec("olga@example.net", "delayed", "4.3.2",
               "421 4.3.2 Service not available, closing transmission channel", remote="mx.example.net", orig_rcpt=False)],
          [E("4.3.2", "421", "blocked")], warn=True)


def qmail(name, host, date, blocks, exp, permanent=True):
    m = hdrs(["Return-Path: <>", "Received: (qmail 12345 invoked for bounce); %s" % date, "Date: %s" % date,
              "From: MAILER-DAEMON@%s" % host, "To: %s" % SA, "Subject: failure notice"])
    m += ("\nHi. This is the qmail-send program at %s.\n"
          "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
          "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" % host)
    m += "\n".join(blocks) + "\n\n--- Below this line is a copy of the message.\n\n"
    m += orig(blocks[0].split(">")[0].strip("<"), "Board meeting", date, "%s@example.com" % name[:-4])
    m += "\n" + ORIG_BODY
    add(name, "qmail", m, exp)


qmail("qmail-01.eml", "mail.example.com", "19 Apr 2025 08:00:01 -0000",
      ["<paula@example.org>:\n192.0.2.30 does not like recipient.\n"
       "Remote host said: 550 5.1.1 <paula@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n"
       "Giving up on 192.0.2.30.\n"], [E("5.1.1", "550", "userunknown")])
qmail("qmail-02.eml", "mail.example.com", "19 Apr 2025 08:00:02 -0000",
      ["<quirin@unknown-domain.example>:\nSorry, I couldn't find any host named unknown-domain.example. (#5.1.2)\n",
       "<rosa@example.net>:\n198.51.100.25 failed after I sent the message.\n"
       "Remote host said: 552 5.3.4 Message size exceeds fixed maximum message size\n"],
      [E("5.1.2", "", "hostunknown"), E("5.3.4", "552", "mesgtoobig")])

m = hdrs(["Return-Path: <>", "From: \"Courier mail server at mail.example.org\" <@>", "To: %s" % SA,
          "Subject: NOTICE: mail delivery status.", "Date: Sat, 19 Apr 2025 10:00:00 +0200",
          "Message-ID: <courier.000000006803A1B2.00001234@mail.example.org>", "MIME-Version: 1.0"])
m += multipart("report", [
    part("text/plain", "This is a delivery status notification from mail.example.org,\n"
         "running the Courier mail server, version 1.1.13.\n\n"
         "The original message was received on Sat, 19 Apr 2025 09:59:58 +0200\n"
         "from smtp.example.com [192.0.2.10]\n\n"
         "---------------------------------------------------------------------------\n\n"
         "                           UNDELIVERABLE MAIL\n\n"
         "Your message to the following recipients cannot be delivered:\n\n"
         "<sven@example.net>:\n    mx.example.net [198.51.100.25]:\n"
         ">>> RCPT TO:<sven@example.net>\n"
         "<<< 550 5.7.1 <sven@example.net>: Recipient address rejected: Message rejected due to local policy\n\n"
         "---------------------------------------------------------------------------\n\n"
         "If your message was also sent to additional recipients, their delivery\n"
         "status is not included in this report.\n", cs="iso-8859-1"),
    dsn("Reporting-MTA: dns; mail.example.org\nArrival-Date: Sat, 19 Apr 2025 09:59:58 +0200",
        ["Final-Recipient: rfc822; sven@example.net\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx.example.net\n"
         "Diagnostic-Code: smtp; 550 5.7.1 <sven@example.net>: Recipient address rejected: Message\n"
         " rejected due to local policy"]),
    returned("sven@example.net", "Offer", "Sat, 19 Apr 2025 09:59:58 +0200", "cour01@example.com", kind="headers")],
    "=_courier-1234-1745049600", params=" report-type=delivery-status;", preamble="")
add("courier-01.eml", "Courier", m, [E("5.7.1", "550", "policyviolation")])

m = hdrs(["Return-Path: <>", "Subject: Undeliverable message", "From: Postmaster@example.co.jp",
          "To: %s" % SA, "Date: Sat, 19 Apr 2025 18:00:00 +0900", "Message-ID: <OF11223344.556677-ON49258B00@example.co.jp>",
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"])
m += ("\n------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\ntaro.y@example.co.jp\n\n\n"
      "------- Returned Message --------\n" + orig("taro.y@example.co.jp", "Estimate", "Sat, 19 Apr 2025 17:59:00 +0900",
                                                          "notes01@example.com") + "\n" +
      "お世話になっております。\nお見積もりをお送りします。\n".encode("iso-2022-jp").decode("ascii") + "\n")
add("notes-01.eml", "Notes", m, [E("5.0.911", "", "userunknown")])


# ==========================================================================
# Auto-replies and feedback reports
# ==========================================================================

def autoreply(name, hdr_lines, body, exp, cs="utf-8", enc="7bit"):
    cte, text = encode_body(body, enc, cs, legacy=True)
    m = hdrs(hdr_lines + ["MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % cs,
                          "Content-Transfer-Encoding: %s" % cte])
    add(name, "RFC3834", m + "\n" + text.rstrip("\n") + "\n", exp)


autoreply("vacation-01.eml",
          ["From: Olga Ivanova <olga@example.ru>", "To: %s" % SA,
           "Subject: " + mimeword("Автоответ: Price list March", "koi8-r"),
           "Date: Sun, 20 Apr 2025 09:00:00 +0300", "Message-ID: <auto-0420-olga@example.ru>",
           "Auto-Submitted: auto-replied", "Precedence: bulk"],
          "Здравствуйте!\n\nЯ в отпуске до 5 мая и не читаю почту.\nПо срочным вопросам пишите на office@example.ru.\n\n"
          "С уважением,\nОльга Иванова\n", [E("", "", "vacation")], cs="koi8-r", enc="8bit")
autoreply("vacation-02.eml",
          ["From: Mark Jansen <mark@example.nl>", "To: %s" % SA, "Subject: Automatic reply: Price list March",
           "Date: Sun, 20 Apr 2025 10:00:00 +0200", "Message-ID: <AM0PR01MB0000ooo@example.nl>",
           "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: en-US",
           "X-MS-Exchange-Inbox-Rules-Loop: mark@example.nl"],
          "Thank you for your email. I am out of the office until 28 April with limited access to email.\n"
          "For urgent matters please contact sales@example.nl.\n\nKind regards,\nMark\n",
          [E("", "", "vacation")], cs="us-ascii", enc="qp")

m = hdrs(["Return-Path: <>", "From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
          "To: fbl@example.com", "Subject: FW: Your April newsletter", "Date: Mon, 21 Apr 2025 04:00:00 +0000",
          "Message-ID: <arf-0421-01@arf.mail.yahoo.com>", "MIME-Version: 1.0"])
m += multipart("report", [
    part("text/plain", "This is an email abuse report for an email message received from IP 192.0.2.10 on "
         "Mon, 21 Apr 2025 03:50:00 +0000.\nFor more information about this format please see "
         "http://www.mipassoc.org/arf/.\n"),
    raw(["Content-Type: message/feedback-report"],
            "Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\n"
            "Original-Mail-From: <%s>\nOriginal-Rcpt-To: <tina@yahoo.com>\nArrival-Date: Mon, 21 Apr 2025 03:50:00 "
            "+0000\nSource-IP: 192.0.2.10\nReported-Domain: example.com\nAuthentication-Results: "
            "mta1001.mail.bf1.yahoo.com  from=example.com; domainkeys=neutral (no sig);  from=example.com; dkim=pass "
            "(ok)" % SA),
    returned("tina@yahoo.com", "Your April newsletter", "Mon, 21 Apr 2025 03:50:00 +0000", "nl-04@example.com")],
    "----=_Part_arf_0421", params=" report-type=feedback-report;", preamble="")
add("arf-01.eml", "ARF", m, [E("", "", "feedback")])


# ==========================================================================

os.makedirs(os.path.join(OUT, "emails"), exist_ok=True)
with open(os.path.join(OUT, "labels.jsonl"), "w") as lf:
    for name, engine, msg, exp in sorted(SETS):
        # 8bit bodies in legacy charsets (KOI8-R, GBK) were kept as latin-1 stand-ins of their bytes:
        # write those bytes back.  No message mixes them with raw UTF-8.
        legacy = any(ord(c) > 0x7f for c in msg) and all(ord(c) < 0x100 for c in msg)
        with open(os.path.join(OUT, "emails", name), "wb") as f:
            f.write(msg.encode("latin-1") if legacy else msg.encode("utf-8"))
        lf.write(json.dumps({"file": name, "engine": engine, "expected": exp}, ensure_ascii=False) + "\n")
print("%d emails, %d bounces" % (len(SETS), sum(len(s[3]) for s in SETS)))
