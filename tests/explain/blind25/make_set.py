#!/usr/bin/env python3
"""make_set.py: write blind25 (the mail servers and services the other
batches touched least, as they bounce in 2020-2026: Haraka, Stalwart,
Maddy, Postal, Mailcow/Mailu (Postfix with Rspamd and Dovecot),
MDaemon, SmarterMail, hMailServer, IceWarp, Axigen, Kerio Connect,
CommuniGate Pro, Zimbra, Zoho Mail, Fastmail, Proton Mail, Tuta, Naver
and Daum, mail.ru and Yandex, the senders' platforms' notices (Brevo,
Mailgun, Postmark, SparkPost) and Microsoft 365's 2024 NDR with its
"Error Details" / "Message Hops" blocks) as emails/*.eml and
labels.jsonl beside this file.  Each server appears as the remote whose
words an ordinary MTA quotes, or as the writer of its own bounce.
Deterministic: no clock, no random; run it twice and the bytes are the
same.  Labels follow README.md's policy (Sisimai's reason taxonomy, the
corpus's label format)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, POSTFIX_DELAY, SENDER, b64, dsn, fold, hdrs, raw, rec,  # noqa: E402
                      said, smtp_err, write_set, mimeword, qp)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Hi,\n\nthe minutes of Tuesday's planning call are attached as text below.\n"
        "Please send corrections before Friday.\n\n1. Budget for Q1\n2. Office move\n3. Hiring\n\nThanks,\nSam\n")
M = Mime("smtp.example.com with ESMTPSA id 7C31F09B", BODY,
         dkim_b="Qm9vdW5jZWJsaW5kMjVrZXlzaWduYXR1cmVub3RyZWFsMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A=")
SETS = []
OSUBJ = "Minutes of the planning call"
IP = "192.0.2.10"


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, h=0, year=2025):
    """A date of message n, h hours after its sending."""
    day = 3 + n % 24
    mon = ["Jan", "Mar", "May", "Jul", "Sep", "Nov"][n % 6]
    return "%s, %02d %s %d %02d:%02d:%02d +0000" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][n % 7], day, mon, year, 6 + (n % 7) + h,
        (n * 23) % 60, (n * 37) % 60)


def mid(n, host):
    return "%08X.%d@%s" % (0x5A2C0000 + n * 4099, n, host)


def omid(n):
    return "minutes-%03d.%d@example.com" % (n, 4100 + n)


def message(h, body):
    return "\n".join(h) + "\n" + body


def plain(h, text):
    """A single-part message: its header lines (Content-Type among them),
    a blank line, the text."""
    return "\n".join(h) + "\n\n" + text


def report(parts, bnd, preamble=None):
    return M.multipart("report", parts, bnd, params=" report-type=delivery-status;", preamble=preamble)


# --------------------------------------------------------------------------
# Postfix: a bounce quoting a remote server's reply (the remote is the
# server of the theme)
# --------------------------------------------------------------------------

def pfs(n, rcpt, host, ip, reply, status, cmd="RCPT TO", mta="mail.example.com", refused=False, delay=False,
        year=2025, local=None):
    """A Postfix bounce of one recipient quoting host's reply to cmd;
    refused: the reply came at the greeting ("refused to talk to me");
    local: a line of Postfix's own instead of a reply (LMTP/pipe text)."""
    qid = "4Q%dXk%02dZr" % (n % 9, n)
    if local:
        line, diag, dtype, remote = local, local, "x-unix", None
    elif refused:
        line = "host %s[%s] refused to talk to me: %s" % (host, ip, reply)
        diag, dtype, remote = reply, "smtp", host
    else:
        line = said(host, ip, reply, cmd)
        diag, dtype, remote = reply, "smtp", host
    if delay:
        text = POSTFIX_DELAY % mta + "<%s>: %s\n" % (rcpt, fold(line))
        subj = "Delayed Mail (still being retried)"
        action = "delayed"
    else:
        text = POSTFIX_INTRO % mta + "<%s>: %s\n" % (rcpt, fold(line))
        subj = "Undelivered Mail Returned to Sender"
        action = "failed"
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        mta, qid, SENDER, dt(n, 0, year))
    r = rec(rcpt, action, status, diag, remote, dtype=dtype,
            extra=(["Will-Retry-Until: %s" % dt(n + 5, 0, year)] if delay else []))
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % mta, subj, dt(n, 1, year), "%s@%s" % (qid, mta),
             extra=["Auto-Submitted: auto-replied"])
    body = M.multipart("report", [M.part("text/plain", text, extra=["Content-Description: Notification"]),
                                  dsn(per, [r], desc="Delivery report"),
                                  M.returned(rcpt, OSUBJ, dt(n, 0, year), omid(n), "headers",
                                             desc="Undelivered Message Headers")],
                       "%s.%d/%s" % (qid, 1700000000 + n * 997, mta), params=" report-type=delivery-status;",
                       preamble="This is a MIME-encapsulated message.\n")
    return message(h, body)


# --------------------------------------------------------------------------
# Exim: its plain-text bounce (no DSN part)
# --------------------------------------------------------------------------

def exim(n, rcpt, lines, mta="mx-out.example.com", year=2025):
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n" % rcpt + "".join("    %s\n" % l for l in lines) +
            "\n------ This is a copy of the message, including all the headers. ------\n\n" +
            M.orig(rcpt, OSUBJ, dt(n, 0, year), omid(n)) + "\n" + BODY)
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % mta, "Mail delivery failed: returning message to sender",
             dt(n, 1, year), "E1t%dQ-00%02dAb-3Z@%s" % (n, n, mta),
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
                    "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"])
    return plain(h, text)


def exim_said(host, ip, after, reply_lines):
    return smtp_err(host, ip, after, reply_lines)


# ==========================================================================
# Haraka
# ==========================================================================

add("postfix-haraka-01", "Postfix", pfs(1, "j.ortiz@haraka-shop.example", "mx.haraka-shop.example", "198.51.100.21",
                                        "550 5.1.1 I cannot deliver mail for <j.ortiz@haraka-shop.example>",
                                        "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("postfix-haraka-02", "Postfix", pfs(2, "news@relay-h.example", "mail.relay-h.example", "198.51.100.22",
                                        "550 5.7.1 host [192.0.2.10] is listed by zen.spamhaus.org "
                                        "(https://check.spamhaus.org/)", "5.7.1", refused=True),
    [E("5.7.1", "550", "securityerror")])
add("exim-haraka-03", "Exim", exim(3, "archive@bigfiles.example",
                                   exim_said("inbound.bigfiles.example", "203.0.113.30", "end of data",
                                             ["552 Message too big!"])),
    [E("5.0.934", "552", "mesgtoobig")])
add("postfix-haraka-04", "Postfix", pfs(4, "sales@widget.example", "mx1.widget.example", "198.51.100.24",
                                        "550 5.7.1 spam score exceeded threshold (11.4 > 8.0)", "5.7.1",
                                        cmd="end of DATA"),
    [E("5.7.1", "550", "spamdetected")])


def haraka_bounce(n, rcpt, diag, status, remote=None, mta="haraka.example.com"):
    """Haraka's outbound bounce (its bounce_message template: Exim's words,
    a delivery-status part, the original)."""
    bnd = "_----------=_%d%07d" % (1700000000 + n * 613, n * 7)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "%s\n\n%s\n" % (rcpt, diag))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (mta, dt(n))
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False)
    h = ["Received: (Haraka 3.0.3 invoked for bounce); %s" % dt(n, 1),
         "Message-ID: <%s>" % mid(n, mta), "Date: %s" % dt(n, 1),
         "From: Mail Delivery System <MAILER-DAEMON@%s>" % mta, "To: <%s>" % SENDER,
         "Subject: Mail delivery failed: returning message to sender", "MIME-Version: 1.0",
         "Auto-Submitted: auto-replied"]
    body = M.multipart("report", [raw(["Content-Type: text/plain; charset=us-ascii"], text), dsn(per, [r]),
                                  M.returned(rcpt, OSUBJ, dt(n), omid(n))], bnd,
                       params=" report-type=delivery-status;")
    return message(h, body)


add("haraka-05", "RFC3464", haraka_bounce(5, "team@no-such-domain-2025.example",
                                          "Tried our best to deliver: no MX for no-such-domain-2025.example "
                                          "(ENOTFOUND)", "5.1.2"),
    [E("5.1.2", "", "hostunknown")])
add("haraka-06", "RFC3464", haraka_bounce(6, "it-desk@corp-h.example",
                                          "452 4.2.2 Mailbox over quota, try again later", "5.2.2",
                                          remote="mx.corp-h.example"),
    [E("4.2.2", "452", "mailboxfull")])

# ==========================================================================
# Stalwart
# ==========================================================================

add("postfix-stalwart-01", "Postfix", pfs(7, "noreply-test@stalwart-lab.example", "mail.stalwart-lab.example",
                                          "198.51.100.27", "550 5.1.2 Mailbox does not exist.", "5.1.2"),
    [E("5.1.2", "550", "userunknown")])


def stalwart_dsn(n, rcpt, line, status, diag, remote, mta="mail.example.com", action="failed"):
    """Stalwart's own DSN: a text part saying what each host answered, an
    HTML part, the delivery-status and the original's headers."""
    bnd = "%032x" % (0x9f1d00000000000000000000000000 + n * 4027)
    text = ("Your message could not be delivered to the following recipients:\n\n    %s\n" % line)
    html = ("<html><body><p>Your message could not be delivered to the following recipients:</p>"
            "<ul><li>%s</li></ul></body></html>\n" % line.replace("<", "&lt;").replace(">", "&gt;"))
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (mta, dt(n))
    r = rec(rcpt, action, status, diag, remote, orig_rcpt=False)
    h = hdrs("\"Mail Delivery Subsystem\" <MAILER-DAEMON@%s>" % mta,
             "Failed to deliver message" if action == "failed" else "Warning: Delay in message delivery",
             dt(n, 1), mid(n, mta), extra=["Auto-Submitted: auto-generated"])
    alt = M.multipart("alternative", [M.part("text/plain", text, cs="utf-8"),
                                      M.part("text/html", html, cs="utf-8")], "alt-%d-%s" % (n, "8c2f"), preamble="")
    body = M.multipart("report", [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")], bnd,
                       params=" report-type=\"delivery-status\";", preamble="")
    return message(h, body)


add("stalwart-02", "RFC3464", stalwart_dsn(
    8, "k.brandt@quota-corp.example",
    "<k.brandt@quota-corp.example> (host 'mx.quota-corp.example' rejected command "
    "'RCPT TO:<k.brandt@quota-corp.example>' with code 552 (5.2.2) 'Mailbox quota exceeded')",
    "5.2.2", "552 5.2.2 Mailbox quota exceeded", "mx.quota-corp.example"),
    [E("5.2.2", "552", "mailboxfull")])
add("stalwart-03", "RFC3464", stalwart_dsn(
    9, "office@slow-mx.example",
    "<office@slow-mx.example> (connection to 'mx.slow-mx.example' failed: Connection timed out)",
    "4.4.1", "Connection timed out", "mx.slow-mx.example"),
    [E("4.4.1", "", "expired")])
add("postfix-stalwart-04", "Postfix", pfs(10, "press@newsroom-s.example", "mx.newsroom-s.example", "198.51.100.29",
                                          "550 5.7.1 Your message has been rejected because it appears to be spam.",
                                          "5.7.1", cmd="end of DATA"),
    [E("5.7.1", "550", "spamdetected")])

# ==========================================================================
# Maddy
# ==========================================================================

add("postfix-maddy-01", "Postfix", pfs(11, "ana@selfhost-m.example", "mx.selfhost-m.example", "198.51.100.31",
                                       "550 5.1.1 User does not exist (msg ID = 7e2a91c0f3b4d5e6)", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("exim-maddy-02", "Exim", exim(12, "info@maddy-home.example",
                                  exim_said("mx.maddy-home.example", "203.0.113.32", "MAIL FROM:<%s> SIZE=4213" % SENDER,
                                            ["554 5.7.0 Client identity is listed in the used DNSBL "
                                             "(msg ID = 0c9d4e1a22b7f310)"])),
    [E("5.7.0", "554", "onhold")])
add("postfix-maddy-03", "Postfix", pfs(13, "dev@maddy-lab.example", "mail.maddy-lab.example", "198.51.100.33",
                                       "451 4.7.0 Greylisted, please try again later (msg ID = 4b11e0aa9c3d7f28)",
                                       "4.7.0", delay=True),
    [E("4.7.0", "451", "securityerror")])

# ==========================================================================
# Postal (self-hosted sending platform)
# ==========================================================================


def postal_notice(n, rcpt, output, details, mta="postal.example.com"):
    """Postal's bounce message to the sender: a plain text notice naming
    the recipient and the remote server's output."""
    text = ("Hello,\n\nWe were unable to deliver the message you sent to %s.\n\n"
            "The message was sent on %s and has been returned to you.\n\n"
            "Details: %s\n\nThe remote server said: %s\n\n"
            "--\nPostal Mail Server (%s)\n" % (rcpt, dt(n), details, output, mta))
    h = hdrs("Mail Delivery Service <noreply@%s>" % mta, "Mail Delivery Failed (%s)" % OSUBJ, dt(n, 1),
             mid(n, mta), extra=["X-Postal-MsgID: aB3dE5fG7hJ9k%d" % n,
                                 "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"])
    return plain(h, text)


add("postal-01", "none", postal_notice(14, "r.novak@corp-p.example",
                                       "550 5.1.1 <r.novak@corp-p.example>: Recipient address rejected: "
                                       "User unknown in local recipient table",
                                       "Permanent SMTP delivery error when sending to mx1.corp-p.example"),
    [E("5.1.1", "550", "userunknown")])
add("postfix-postal-02", "Postfix", pfs(15, "bounce-test@track.postal-c.example", "postal.postal-c.example",
                                        "198.51.100.35", "550 Route not found", "5.0.0"),
    [E("5.0.0", "550", "onhold")])

# ==========================================================================
# Mailcow / Mailu: Postfix with Rspamd and Dovecot
# ==========================================================================

add("postfix-rspamd-01", "Postfix", pfs(16, "orders@mailcow-shop.example", "mail.mailcow-shop.example",
                                        "198.51.100.36", "554 5.7.1 Spam message rejected", "5.7.1",
                                        cmd="end of DATA"),
    [E("5.7.1", "554", "securityerror")])
add("postfix-mailcow-02", "Postfix", pfs(17, "helpdesk@uni-mc.example", "mx.uni-mc.example", "198.51.100.37",
                                         "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using "
                                         "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10", "5.7.1"),
    [E("5.7.1", "554", "blocked")])
add("postfix-mailu-03", "Postfix", pfs(18, "lena@mailu-home.example", "imap", "192.168.203.6",
                                       "552 5.2.2 <lena@mailu-home.example> Quota exceeded (mailbox for user is full)",
                                       "5.2.2", cmd="end of DATA", mta="mail.mailu-home.example"),
    [E("5.2.2", "552", "mailboxfull")])
add("postfix-mailcow-04", "Postfix", pfs(19, "billing@mc-hosted.example", "mail.mc-hosted.example", "198.51.100.39",
                                         "550 5.7.1 Rejected due to DMARC policy of example.com", "5.7.1",
                                         cmd="end of DATA"),
    [E("5.7.1", "550", "authfailure")])
add("postfix-mailcow-05", "Postfix", pfs(20, "karl@mc-hosted.example", "mail.mc-hosted.example", "198.51.100.39",
                                         "550 5.1.1 <karl@mc-hosted.example>: Recipient address rejected: "
                                         "User unknown in virtual mailbox table", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("postfix-rspamd-06", "Postfix", pfs(21, "events@club-r.example", "mx.club-r.example", "198.51.100.41",
                                        "451 4.7.1 Ratelimit \"to_ip_from\" exceeded", "4.7.1", delay=True),
    [E("4.7.1", "451", "blocked")])

# ==========================================================================
# MDaemon: its own "Permanent Delivery Failure" with a session transcript
# ==========================================================================


def mdaemon(n, rcpt, transcript, mta="mail.mdaemon-corp.example"):
    text = ("The attached message had PERMANENT fatal delivery errors!\n\n"
            "After one or more unsuccessful delivery attempts the attached message has\n"
            "been removed from the mail queue on this server.  The number and frequency\n"
            "of delivery attempts are determined by local configuration parameters.\n\n"
            "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n"
            "--- Session Transcript ---\n" + "".join(" %s\n" % l for l in transcript) +
            "--- End Transcript ---\n")
    bnd = "----=_NextPart_MD_%06d" % (n * 7919)
    h = hdrs("\"MDaemon at %s\" <MDaemon@%s>" % (mta, mta), "Permanent Delivery Failure", dt(n, 2),
             "MDAEMON%04d%s" % (n, "20251104101010@" + mta), extra=["X-MDaemon-Deliver-To: %s" % SENDER,
                                                                     "X-Return-Path: <>", "Precedence: bulk"])
    body = M.multipart("mixed", [M.part("text/plain", text), M.returned(rcpt, OSUBJ, dt(n), omid(n))], bnd)
    return message(h, body)


add("mdaemon-01", "MDaemon", mdaemon(22, "m.lopez@partner-md.example", [
    "Wed 2025-05-25 12:32:10.204: Parsing message <mail.mdaemon-corp.example\\pd35000042411.msg>",
    "Wed 2025-05-25 12:32:10.206: *  From: %s" % SENDER,
    "Wed 2025-05-25 12:32:10.206: *  To: m.lopez@partner-md.example",
    "Wed 2025-05-25 12:32:10.251: Attempting SMTP connection to [mx.partner-md.example : 25]",
    "Wed 2025-05-25 12:32:10.298: Connection established (192.0.2.10:50231 --> 198.51.100.42:25)",
    "Wed 2025-05-25 12:32:10.350: <-- 220 mx.partner-md.example ESMTP ready",
    "Wed 2025-05-25 12:32:10.351: --> EHLO mail.mdaemon-corp.example",
    "Wed 2025-05-25 12:32:10.399: <-- 250 mx.partner-md.example",
    "Wed 2025-05-25 12:32:10.400: --> MAIL From:<%s> SIZE=4011" % SENDER,
    "Wed 2025-05-25 12:32:10.446: <-- 250 2.1.0 Ok",
    "Wed 2025-05-25 12:32:10.447: --> RCPT To:<m.lopez@partner-md.example>",
    "Wed 2025-05-25 12:32:10.497: <-- 550 5.1.1 <m.lopez@partner-md.example>: Recipient address rejected: "
    "User unknown in relay recipient table",
    "Wed 2025-05-25 12:32:10.498: --> QUIT"]),
    [E("5.1.1", "550", "userunknown")])
add("mdaemon-02", "MDaemon", mdaemon(23, "scans@printshop-md.example", [
    "Thu 2025-07-26 13:55:24.011: Attempting SMTP connection to [mail.printshop-md.example : 25]",
    "Thu 2025-07-26 13:55:24.088: Connection established (192.0.2.10:61022 --> 203.0.113.43:25)",
    "Thu 2025-07-26 13:55:24.140: <-- 220 mail.printshop-md.example ESMTP MDaemon 23.5.2; Sat, 26 Jul 2025",
    "Thu 2025-07-26 13:55:24.141: --> EHLO mail.mdaemon-corp.example",
    "Thu 2025-07-26 13:55:24.190: <-- 250-mail.printshop-md.example Hello mail.mdaemon-corp.example",
    "Thu 2025-07-26 13:55:24.190: <-- 250 SIZE 10485760",
    "Thu 2025-07-26 13:55:24.191: --> MAIL From:<%s> SIZE=18874368" % SENDER,
    "Thu 2025-07-26 13:55:24.240: <-- 552 Message size exceeds fixed maximum message size",
    "Thu 2025-07-26 13:55:24.241: --> QUIT"]),
    [E("5.0.934", "552", "mesgtoobig")])
add("postfix-mdaemon-03", "Postfix", pfs(24, "ops@md-remote.example", "mail.md-remote.example", "198.51.100.44",
                                         "552 5.2.2 Mailbox full (ops@md-remote.example)", "5.2.2"),
    [E("5.2.2", "552", "mailboxfull")])

# ==========================================================================
# SmarterMail
# ==========================================================================

add("postfix-smartermail-01", "Postfix", pfs(25, "t.wong@sm-hosting.example", "mail.sm-hosting.example",
                                             "198.51.100.45", "550 <t.wong@sm-hosting.example> Mailbox unavailable "
                                             "or not local", "5.0.0"),
    [E("5.0.0", "550", "userunknown")])


def smartermail(n, rcpt, reason_line, mta="mail.smartermail-isp.example"):
    """SmarterMail's own undeliverable notice (plain text, no DSN)."""
    text = ("Delivery has failed to these recipients or distribution lists:\n\n"
            "%s\n\n%s\n\n"
            "Sent: %s\nSubject: %s\n\n"
            "This message was generated by SmarterMail on %s.\n" % (rcpt, reason_line, dt(n), OSUBJ, mta))
    bnd = "sm-%08x" % (n * 104729)
    h = hdrs("<postmaster@%s>" % mta, "Undeliverable: %s" % OSUBJ, dt(n, 1), mid(n, mta),
             extra=["X-SmarterMail-Bounce: true", "Auto-Submitted: auto-replied"])
    body = M.multipart("mixed", [M.part("text/plain", text, cs="utf-8"), M.returned(rcpt, OSUBJ, dt(n), omid(n))],
                       bnd)
    return message(h, body)


add("smartermail-02", "none", smartermail(26, "club@choir-sm.example",
                                          "Remote host said: 550 5.7.1 Message rejected as spam by Content "
                                          "Filtering [SpamAssassin score 9.2]"),
    [E("5.7.1", "550", "spamdetected")])

# ==========================================================================
# hMailServer: "Message undeliverable" with the remote's reply
# ==========================================================================


def hmail(n, rcpt, detail, mta="mail.hmail-office.example"):
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            "   Sent: %s\n   Subject: %s\n\n"
            "The following recipient(s) could not be reached:\n\n%s\n%s\n\nhMailServer\n" % (
                dt(n), OSUBJ, rcpt, "".join("   %s\n" % l for l in detail)))
    h = hdrs("mailer-daemon@%s" % mta, "Message undeliverable: %s" % OSUBJ, dt(n, 1), mid(n, mta),
             extra=["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"])
    return plain(h, qp(text))


add("hmail-01", "none", hmail(27, "a.kumar@clinic-hm.example", [
    "Error Type: SMTP",
    "Remote server (198.51.100.47) issued an error.",
    "hMailServer sent: RCPT TO:<a.kumar@clinic-hm.example>",
    "Remote server replied: 550 5.1.1 <a.kumar@clinic-hm.example>: Recipient address rejected: User unknown"]),
    [E("5.1.1", "550", "userunknown")])
add("hmail-02", "none", hmail(28, "frontdesk@hotel-hm.example", [
    "Error Type: SMTP",
    "Remote server (198.51.100.48) issued an error.",
    "hMailServer sent: DATA",
    "Remote server replied: 554 5.7.1 Message rejected: the attachment type .js is not allowed by policy"]),
    [E("5.7.1", "554", "securityerror")])
add("postfix-hmail-03", "Postfix", pfs(29, "old.user@school-hm.example", "mail.school-hm.example", "198.51.100.49",
                                       "550 Unknown user", "5.0.0"),
    [E("5.0.0", "550", "userunknown")])

# ==========================================================================
# IceWarp and CommuniGate Pro: "Failed to deliver to ... module reports"
# ==========================================================================


def cgp(n, rcpt, module, report_lines, mta, subj="Undeliverable mail: %s", frm=None):
    text = ("Failed to deliver to '<%s>'\n%s reports:\n" % (rcpt, module) +
            "".join(" %s\n" % l for l in report_lines))
    bnd = "_===%d====%s===_" % (4400000 + n, mta)
    h = hdrs(frm or "MAILER-DAEMON@%s" % mta, subj % OSUBJ, dt(n, 1), "bounce-%d@%s" % (n, mta),
             extra=["X-Mailer: CommuniGate Pro SMTP Module"] if frm is None else [])
    body = M.multipart("report", [M.part("text/plain", text),
                                  M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")], bnd,
                       params=" report-type=delivery-status;")
    return message(h, body)


add("cgp-01", "none", cgp(30, "p.meier@cgp-uni.example", "LOCAL module(account p.meier)",
                          ["account is full (quota exceeded)"], "mail.cgp-uni.example"),
    [E("5.0.922", "", "mailboxfull")])
add("postfix-cgp-02", "Postfix", pfs(31, "x.wu@cgp-isp.example", "mx.cgp-isp.example", "198.51.100.51",
                                     "550 5.1.1 <x.wu@cgp-isp.example> unknown user account", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("cgp-03", "none", cgp(32, "contact@gone-domain-c.example", "SMTP module(domain gone-domain-c.example)",
                          ["gone-domain-c.example: domain name is unknown (no MX or A records)"],
                          "mail.cgp-uni.example"),
    [E("5.0.901", "", "onhold")])
add("icewarp-04", "none", cgp(33, "s.rossi@iw-partner.example", "SMTP module(domain iw-partner.example)",
                              ["iw-partner.example [198.51.100.53:25] said:",
                               "550 5.2.1 <s.rossi@iw-partner.example> Account disabled"],
                              "mail.icewarp-co.example", subj="Undeliverable message: %s",
                              frm="\"IceWarp Mail Server\" <postmaster@mail.icewarp-co.example>"),
    [E("5.2.1", "550", "filtered")])
add("postfix-icewarp-05", "Postfix", pfs(34, "board@iw-remote.example", "mail.iw-remote.example", "198.51.100.54",
                                         "550 5.7.1 Sender domain example.com has no MX or A record", "5.7.1",
                                         cmd="MAIL FROM"),
    [E("5.7.1", "550", "securityerror")])

# ==========================================================================
# Axigen and Kerio Connect: their own DSNs
# ==========================================================================


def generic_dsn(n, rcpt, text, status, diag, remote, mta, frm, subj, action="failed", ctype_text="text/plain",
                extra_h=()):
    bnd = "=_%s_%d" % (mta.split(".")[0], 900000 + n * 31)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (mta, dt(n))
    r = rec(rcpt, action, status, diag, remote)
    h = hdrs(frm, subj, dt(n, 1), mid(n, mta), extra=list(extra_h))
    body = M.multipart("report", [M.part(ctype_text, text, cs="utf-8"), dsn(per, [r]),
                                  M.returned(rcpt, OSUBJ, dt(n), omid(n))], bnd,
                       params=" report-type=delivery-status;")
    return message(h, body)


add("axigen-01", "RFC3464", generic_dsn(
    35, "hr@ax-client.example",
    "This is an automatically generated Delivery Status Notification.\n\n"
    "Your message could not be delivered to the following recipient:\n\n"
    "  hr@ax-client.example\n  Reason: remote server answered 452 4.2.2 Mailbox quota exceeded\n\n"
    "The message has been returned to you.\n\nAxigen Mail Server\n",
    "4.2.2", "452 4.2.2 Mailbox quota exceeded", "mx.ax-client.example", "mail.axigen-host.example",
    "Axigen Mail Delivery System <MAILER-DAEMON@mail.axigen-host.example>", "Delivery Status Notification (Failure)"),
    [E("4.2.2", "452", "mailboxfull")])
add("postfix-axigen-02", "Postfix", pfs(36, "contest@ax-remote.example", "mail.ax-remote.example", "198.51.100.56",
                                        "554 5.7.1 Message rejected by the antispam filter (score 14.2)", "5.7.1",
                                        cmd="end of DATA"),
    [E("5.7.1", "554", "securityerror")])
add("kerio-03", "RFC3464", generic_dsn(
    37, "e.svoboda@kerio-partner.example",
    "Your message did not reach some or all of the intended recipients.\n\n"
    "   Subject: %s\n   Sent: %s\n\n"
    "The following recipient(s) could not be reached:\n\n"
    "   e.svoboda@kerio-partner.example\n"
    "       Error: 550 5.2.1 Mailbox is suspended\n\nKerio Connect 10.0.6\n" % (OSUBJ, dt(37)),
    "5.2.1", "550 5.2.1 Mailbox is suspended", "mx.kerio-partner.example", "mail.kerio-office.example",
    "\"Kerio Connect\" <postmaster@mail.kerio-office.example>", "Undeliverable: %s" % OSUBJ),
    [E("5.2.1", "550", "filtered")])
add("exim-kerio-04", "Exim", exim(38, "accounts@kerio-remote.example",
                                  exim_said("mail.kerio-remote.example", "203.0.113.58", "RCPT TO:<accounts@kerio-remote.example>",
                                            ["450 4.7.1 Too many connections from your host, try later"])),
    [E("4.7.1", "450", "toomanyconn")])

# ==========================================================================
# Zimbra (Postfix with its LMTP) and Zimbra as remote
# ==========================================================================

add("postfix-zimbra-01", "Postfix", pfs(39, "d.petrov@zimbra-edu.example", "zimbra-mbx1.zimbra-edu.example",
                                        "10.0.4.21", "552 5.2.2 Over quota", "5.2.2", cmd="end of DATA",
                                        mta="zimbra-mta.zimbra-edu.example"),
    [E("5.2.2", "552", "mailboxfull")])
add("postfix-zimbra-02", "Postfix", pfs(40, "former.staff@zimbra-gov.example", "mail.zimbra-gov.example",
                                        "198.51.100.60", "550 5.1.1 <former.staff@zimbra-gov.example>: Recipient "
                                        "address rejected: Account is closed", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])
add("postfix-zimbra-03", "Postfix", pfs(41, "lab@zimbra-edu.example", "zimbra-mbx2.zimbra-edu.example",
                                        "10.0.4.22", "452 4.2.2 account is locked", "4.2.2", cmd="end of DATA",
                                        mta="zimbra-mta.zimbra-edu.example", delay=True),
    [E("4.2.2", "452", "mailboxfull")])

# ==========================================================================
# Zoho Mail
# ==========================================================================

add("postfix-zoho-01", "Postfix", pfs(42, "rahul@zoho-biz.example", "mx.zoho.com", "136.143.191.44",
                                      "550 5.1.1 User does not exist - <rahul@zoho-biz.example>", "5.1.1"),
    [E("5.1.1", "550", "userunknown")])


def zoho(n, rcpt, reason):
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its recipients. "
            "This is a permanent error.\n\n%s, ERROR_CODE :%s\n" % (rcpt, reason))
    h = hdrs("mailer-daemon@mx.zohomail.com", "Undelivered Mail Returned to Sender", dt(n, 0, 2026),
             "%d.mailerdaemon@zohomail.com" % (1760000000000 + n * 7),
             extra=["Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit",
                    "X-ZohoMail-DKIM: pass"])
    return plain(h, text)


add("zoho-02", "Zoho", zoho(43, "supplier@far-away.example", "554 5.1.8 Email Outgoing Blocked."),
    [E("5.1.8", "554", "rejected")])
add("postfix-zoho-03", "Postfix", pfs(44, "hello@new-startup.example", "mx.zoho.com", "136.143.191.44",
                                      "553 Relaying disallowed. Invalid Domain - hello@new-startup.example", "5.0.0"),
    [E("5.0.0", "553", "onhold")])
add("zoho-04", "Zoho", zoho(45, "friend@busy-box.example", "552 5.2.2 Mailbox size limit exceeded"),
    [E("5.2.2", "552", "mailboxfull")])

# ==========================================================================
# Fastmail, Proton Mail, Tuta
# ==========================================================================

add("fastmail-01", "Postfix", pfs(46, "bookings@venue-f.example", "mx.venue-f.example", "198.51.100.66",
                                  "550 5.2.1 <bookings@venue-f.example>: Recipient address rejected: "
                                  "this mailbox has been disabled", "5.2.1",
                                  mta="fout-b4-smtp.messagingengine.com", year=2026),
    [E("5.2.1", "550", "filtered")])
add("postfix-fastmail-02", "Postfix", pfs(47, "me@fastmail-user.example", "in1-smtp.messagingengine.com",
                                          "103.168.172.216", "550 5.7.1 Message rejected as spam", "5.7.1",
                                          cmd="end of DATA", year=2026),
    [E("5.7.1", "550", "spamdetected")])
add("postfix-proton-01", "Postfix", pfs(48, "nobody.here@proton.me", "mail.protonmail.ch", "185.70.42.128",
                                        "550 5.1.1 Address does not exist", "5.1.1", year=2026),
    [E("5.1.1", "550", "userunknown")])
add("proton-02", "Postfix", pfs(49, "anna@quiet-mx.example", "mx.quiet-mx.example", "198.51.100.69",
                                "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try "
                                "again later", "4.7.0", mta="mailout.protonmail.ch", year=2026),
    [E("4.7.0", "421", "toomanyconn")])
add("postfix-tuta-01", "Postfix", pfs(50, "secure.user@tuta.com", "mail.tutanota.de", "185.205.69.211",
                                      "552 5.2.2 <secure.user@tuta.com>: mailbox is full", "5.2.2", year=2026),
    [E("5.2.2", "552", "mailboxfull")])

# ==========================================================================
# Naver and Daum (Korea)
# ==========================================================================

add("postfix-naver-01", "Postfix", pfs(51, "kim.minjun@naver.com", "mx1.naver.com", "125.209.238.100",
                                       "550 5.1.1 <kim.minjun@naver.com>: Recipient address rejected: "
                                       "User unknown", "5.1.1", year=2026),
    [E("5.1.1", "550", "userunknown")])


def naver_notice(n, rcpt, why_ko, code):
    """Naver Mail's own failure notice to its user (Korean HTML, UTF-8,
    base64; no DSN)."""
    html = ("<html><body><div style=\"font-size:14px\">"
            "<p><b>메일 발송 실패 안내</b></p>"
            "<p>보내신 메일이 다음 수신자에게 전달되지 못했습니다.</p>"
            "<table><tr><td>받는 사람</td><td>%s</td></tr>"
            "<tr><td>보낸 날짜</td><td>%s</td></tr>"
            "<tr><td>실패 원인</td><td>%s</td></tr>"
            "<tr><td>서버 응답</td><td>%s</td></tr></table>"
            "<p>자세한 내용은 네이버 메일 고객센터를 참고하세요.</p></div></body></html>\n" % (
                rcpt, dt(n, 0, 2026), why_ko, code))
    h = hdrs("=?UTF-8?B?%s?= <mailer-daemon@naver.com>" % b64("네이버 메일"),
             mimeword("메일 발송 실패 안내: " + OSUBJ), dt(n, 1, 2026), mid(n, "naver.com"),
             to="minji.lee@naver.com",
             extra=["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"])
    return plain(h, b64(html) + "\n")


add("naver-02", "none", naver_notice(52, "park@full-box.example", "받는 사람의 메일함 용량이 가득 찼습니다.",
                                     "552 5.2.2 Mailbox full"),
    [E("5.2.2", "552", "mailboxfull")])
add("postfix-daum-03", "Postfix", pfs(53, "choi@daum.net", "mx1.hanmail.net", "211.231.108.46",
                                      "554 5.7.1 DAUM: your IP 192.0.2.10 is blocked because of spam reports, "
                                      "see https://cs.daum.net/faq/43.html", "5.7.1", refused=True, year=2026),
    [E("5.7.1", "554", "securityerror")])
add("postfix-naver-04", "Postfix", pfs(54, "lee.sora@naver.com", "mx3.naver.com", "125.209.222.142",
                                       "421 4.3.2 Too many connections from your IP, try again later", "4.3.2",
                                       refused=True, delay=True, year=2026),
    [E("4.3.2", "421", "toomanyconn")])

# ==========================================================================
# mail.ru and Yandex (2024 wording)
# ==========================================================================

add("postfix-mailru-01", "Postfix", pfs(55, "ivan.p@mail.ru", "mxs.mail.ru", "94.100.180.31",
                                        "550 Message was not accepted -- invalid mailbox.  Local mailbox "
                                        "ivan.p@mail.ru is unavailable: user not found", "5.0.0"),
    [E("5.0.0", "550", "userunknown")])
add("postfix-mailru-02", "Postfix", pfs(56, "olga.s@bk.ru", "mxs.mail.ru", "94.100.180.31",
                                        "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/"
                                        "id?c=Jx7m0aZ1 or report details to abuse@corp.mail.ru. Error code: "
                                        "5A1C3E9F0B2D4F6A. ID: 0000000100000A5B.", "5.0.0", cmd="end of DATA"),
    [E("5.0.0", "550", "spamdetected")])
add("exim-mailru-03", "Exim", exim(57, "petr.k@inbox.ru",
                                   exim_said("mxs.mail.ru", "94.100.180.31", "RCPT TO:<petr.k@inbox.ru>",
                                             ["550 Message was not accepted -- invalid mailbox.  Local mailbox "
                                              "petr.k@inbox.ru is unavailable: account is disabled"])),
    [E("5.0.911", "550", "userunknown")])
add("postfix-yandex-04", "Postfix", pfs(58, "sergey@yandex.ru", "mx.yandex.ru", "77.88.21.249",
                                        "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc "
                                        "1748862212-aB3cD4eF5g6h-0123", "5.7.1", cmd="end of DATA", year=2026),
    [E("5.7.1", "554", "securityerror")])
add("postfix-yandex-05", "Postfix", pfs(59, "no.such.login@yandex.ru", "mx.yandex.ru", "77.88.21.249",
                                        "550 5.7.1 No such user!", "5.7.1", year=2026),
    [E("5.7.1", "550", "userunknown")])


def yandex(n, rcpt, diag, status):
    """Yandex Mail's own bounce to its user: Russian text, a DSN."""
    text = ("Это письмо создано автоматически сервером Яндекс Почты.\n\n"
            "Ваше письмо не удалось доставить следующему адресату:\n\n  %s\n\n"
            "Причина: %s\n\n"
            "Сообщение об ошибке сервера получателя приведено ниже.\n" % (rcpt, diag))
    bnd = "----==--bound.%d.forward%d.mail.yandex.net" % (n * 113, n % 9)
    per = "Reporting-MTA: dns; forward%d.mail.yandex.net\nArrival-Date: %s" % (n % 9, dt(n, 0, 2026))
    r = rec(rcpt, "failed", status, diag, "mx.%s" % rcpt.split("@")[1])
    h = hdrs("mailer-daemon@yandex.ru", mimeword("Недоставленное сообщение"), dt(n, 1, 2026),
             mid(n, "forward%d.mail.yandex.net" % (n % 9)), to="anton@yandex.ru",
             extra=["X-Yandex-Forward: 6f1c2e3d4b5a", "Auto-Submitted: auto-replied"])
    body = M.multipart("report", [M.part("text/plain", text, "8bit", "utf-8"), dsn(per, [r]),
                                  M.returned(rcpt, OSUBJ, dt(n, 0, 2026), omid(n), "headers")], bnd,
                       params=" report-type=delivery-status;")
    return message(h, body)


add("yandex-06", "RFC3464", yandex(60, "shop@small-hosting.example",
                                   "451 4.7.1 Sending rate exceeded, too many messages from your domain", "4.7.1"),
    [E("4.7.1", "451", "blocked")])

# ==========================================================================
# The senders' platforms' notices to the sender
# ==========================================================================


def esp_notice(n, frm, subj, text, extra=(), html=None):
    h = hdrs(frm, subj, dt(n, 0, 2026), mid(n, frm.split("@")[-1].rstrip(">")), extra=list(extra))
    if html:
        body = M.multipart("alternative", [M.part("text/plain", text, cs="utf-8"),
                                           M.part("text/html", html, "qp", "utf-8")], "esp_%d_alt" % n, preamble="")
        return message(h, body)
    return plain(h + ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"], text)


add("brevo-01", "none", esp_notice(
    61, "Brevo <no-reply@brevo.com>", "Your email to jonas@retail-b.example could not be delivered",
    "Hello,\n\nThe email \"%s\" you sent on %s to jonas@retail-b.example was not delivered.\n\n"
    "Bounce type: Hard bounce\nReason given by the recipient's server:\n"
    "550 5.1.1 <jonas@retail-b.example>: Recipient address rejected: User unknown in virtual alias table\n\n"
    "This address has been added to your blocklist and will not receive further emails.\n\nThe Brevo team\n"
    % (OSUBJ, dt(61, 0, 2026)),
    html="<p>The email you sent to <b>jonas@retail-b.example</b> was not delivered.</p>"
         "<p>Bounce type: Hard bounce<br>550 5.1.1 &lt;jonas@retail-b.example&gt;: Recipient address rejected: "
         "User unknown in virtual alias table</p>\n"),
    [E("5.1.1", "550", "userunknown")])
add("mailgun-02", "RFC3464", generic_dsn(
    62, "it@school-mg.example",
    "Delivery to the following recipient failed permanently:\n\n    it@school-mg.example\n\n"
    "Technical details of permanent failure:\n"
    "552 5.3.4 Message size exceeds fixed limit\n\n-- \nMailgun\n",
    "5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mx.school-mg.example", "mxa.mailgun.org",
    "Mailgun <postmaster@mg.example.com>", "Delivery Status Notification (Failure)",
    extra_h=["X-Mailgun-Sid: WyI5YjQ2MCIsICJpdEBzY2hvb2wtbWcuZXhhbXBsZSJd"]),
    [E("5.3.4", "552", "mesgtoobig")])
add("postmark-03", "none", esp_notice(
    63, "Postmark <support@postmarkapp.com>", "Hard bounce: ceo@bank-pm.example",
    "We could not deliver a message from your Postmark server \"Transactional\" to ceo@bank-pm.example.\n\n"
    "Type: Spam notification (SpamNotification)\n"
    "Subject: %s\nSent: %s\n\n"
    "The receiving server said:\n"
    "554 5.7.1 Message rejected due to content: this message looks like spam (BAYES_99)\n\n"
    "Postmark has deactivated this address for your server. Reactivate it in Message Streams > Suppressions.\n"
    % (OSUBJ, dt(63, 0, 2026))),
    [E("5.7.1", "554", "spamdetected")])
add("sparkpost-04", "RFC3464", generic_dsn(
    64, "members@club-sp.example",
    "This is a delivery status notification from SparkPost.\n\n"
    "Your message to members@club-sp.example was rejected by the receiving server:\n\n"
    "554 5.7.1 Recipient address rejected: The sender example.com is not allowed to send to this list\n",
    "5.7.1", "554 5.7.1 Recipient address rejected: The sender example.com is not allowed to send to this list",
    "mx.club-sp.example", "mta142a.sparkpostmail.com", "SparkPost Bounce <bounces@sparkpostmail.com>",
    "Returned mail: see transcript for details"),
    [E("5.7.1", "554", "securityerror")])

# ==========================================================================
# Microsoft 365: the 2024 NDR ("Your message couldn't be delivered")
# ==========================================================================


def exo2024(n, rcpt, headline, action, fix, status, error, rejected_by, remote=None, hops=3):
    """Exchange Online's NDR as of 2024: a headline, the recipient and
    what to do, "More Info for Email Admins" with the status and an
    "Error Details" block, the "Message Hops" table, then the DSN and the
    original's headers."""
    dom = rcpt.split("@")[1]
    sent_by = "DM%dPR0%dMB%04d.namprd%02d.prod.outlook.com" % (6 + n % 3, n % 9, 1000 + n * 7, 10 + n % 9)
    hop_rows = []
    for i in range(hops):
        hop_rows.append("%d\t%s\t%s\t%s\t%s\t%s" % (
            i + 1, dt(n).split(", ")[1][:11].strip(), "smtp.example.com" if i == 0 else sent_by,
            sent_by, "Microsoft SMTP Server" if i else "ESMTPSA", "%d sec" % (i * 2)))
    text = ("%s\n\n%s\n\n%s\n\n"
            "More Info for Email Admins\n"
            "Status code: %s\n\n"
            "Error Details\n"
            "Error: \t%s\n"
            "Message rejected by: \t%s\n\n"
            "Notification Details\n"
            "Sent by: \t%s\n\n"
            "Message Hops\n"
            "HOP\tTIME (UTC)\tFROM\tTO\tWITH\tRELAY TIME\n%s\n\n"
            "Original Message Details\n"
            "Created Date: \t%s\nSender Address: \t%s\nRecipient Address: \t%s\nSubject: \t%s\n" % (
                headline, action, fix, status, error, rejected_by, sent_by, "\n".join(hop_rows), dt(n), SENDER,
                rcpt, OSUBJ))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial\"><p style=\"font-size:21pt\">%s</p>"
            "<p>%s</p><p>%s</p><br><p><b>More Info for Email Admins</b></p>"
            "<p>Status code: %s</p><p><b>Error Details</b></p><table>"
            "<tr><td>Error:</td><td>%s</td></tr><tr><td>Message rejected by:</td><td>%s</td></tr></table>"
            "<p><b>Notification Details</b></p><table><tr><td>Sent by:</td><td>%s</td></tr></table>"
            "</div></body></html>\n" % (headline, action, fix, status, error.replace("<", "&lt;"),
                                         rejected_by, sent_by))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp.example.com\nArrival-Date: %s" % (sent_by, dt(n))
    diag_txt = error
    r = rec(rcpt, "failed", status, diag_txt, remote, orig_rcpt=True)
    bnd = "_000_%s%03d_" % ("DM6PR0MB", n)
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
             "Undeliverable: %s" % OSUBJ, dt(n, 1), "%s@%s" % ("%032x" % (0x3c1e0000000000000000 + n), sent_by),
             extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:",
                    "X-MS-PublicTrafficType: Email", "Content-Language: en-US"])
    alt = M.multipart("alternative", [M.part("text/plain", text, "qp", "utf-8"),
                                      M.part("text/html", html, "qp", "utf-8")], "_002_%s%03d_" % ("DM6PR0MB", n), preamble="")
    body = M.multipart("report", [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")], bnd,
                       params=" report-type=delivery-status;", preamble="")
    return message(h, body)


add("exo2024-01", "Office365", exo2024(
    65, "n.hughes@contoso-like.example", "Your message to n.hughes@contoso-like.example couldn't be delivered.",
    "n.hughes wasn't found at contoso-like.example.", "Action Required\nUnknown To address\n\nHow to Fix It\n"
    "The address may be misspelled or may not exist. Try one or more of the following:",
    "550 5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "AM0PR01MB1234.eurprd01.prod.exchangelabs.com"),
    [E("5.1.10", "550", "userunknown")])
add("exo2024-02", "Office365", exo2024(
    66, "warehouse@fabrikam-like.example", "Your message to warehouse@fabrikam-like.example couldn't be delivered.",
    "warehouse's mailbox is full.", "Action Required\nRecipient\n\nHow to Fix It\n"
    "The recipient needs to clean up their mailbox or have their admin raise their quota.",
    "554 5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
    "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
    "PH0PR12MB5432.namprd12.prod.outlook.com"),
    [E("5.2.2", "554", "mailboxfull")])
add("exo2024-03", "Office365", exo2024(
    67, "all-staff@northwind-like.example", "Your message to all-staff@northwind-like.example couldn't be delivered.",
    "The group all-staff only accepts messages from people in its organization or on its allowed senders list, "
    "and your email address isn't on the list.", "Action Required\nRecipient\n\nHow to Fix It\n"
    "Ask the group owner to add you to the allowed senders list.",
    "550 5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
    "SN7PR04MB8765.namprd04.prod.outlook.com"),
    [E("5.7.1", "550", "securityerror")])
add("exo2024-04", "Office365", exo2024(
    68, "sales@adatum-like.example", "Your message to sales@adatum-like.example couldn't be delivered.",
    "The email address couldn't be found on the recipient's mail server.", "Action Required\nRecipient\n\n"
    "How to Fix It\nCheck the address; if it is right, the recipient's admin must create the mailbox.",
    "550 5.4.1", "550 5.4.1 Recipient address rejected: Access denied. For more information see "
    "https://aka.ms/EXOSmtpErrors [AS(201806281)] [BN8NAM11FT044.eop-nam11.prod.protection.outlook.com "
    "2024-10-18T09:12:44.512Z 08DCEF1A2B3C4D5E]", "BN8NAM11FT044.eop-nam11.prod.protection.outlook.com",
    remote="adatum-like-example.mail.protection.outlook.com"),
    [E("5.4.1", "550", "userunknown")])
add("exo2024-05", "Office365", exo2024(
    69, "partner@tailspin-like.example", "Your message to partner@tailspin-like.example couldn't be delivered.",
    "Your organization doesn't allow messages to be automatically forwarded outside it.",
    "Action Required\nSender\n\nHow to Fix It\nTurn off automatic forwarding, or ask your admin for an exception.",
    "550 5.7.520", "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please "
    "contact your administrator for further assistance. AS(7555)", "DM4PR11MB6543.namprd11.prod.outlook.com"),
    [E("5.7.520", "550", "securityerror")])
add("exo2024-06", "Office365", exo2024(
    70, "info@unreachable-mx.example", "Your message to info@unreachable-mx.example couldn't be delivered.",
    "Office 365 tried to deliver the message for 24 hours but the recipient's server didn't respond.",
    "Action Required\nRecipient\n\nHow to Fix It\nThe problem is on the receiving side; try again later or "
    "contact the recipient another way.",
    "550 4.4.7", "550 4.4.7 QUEUE.Expired; message expired [{LED=450 4.4.316 Connection refused "
    "[Message=Socket error code 10061] [LastAttemptedServerName=mx.unreachable-mx.example] "
    "[LastAttemptedIP=203.0.113.70:25] [SN1PEPF000252A1.namprd05.prod.outlook.com 2025-07-04T11:02:14.003Z "
    "08DD9B0C1E2F3A4B]};{MSG=};{FQDN=mx.unreachable-mx.example};{IP=203.0.113.70};{LRT=7/4/2025 10:57:13 AM}]",
    "SN1PEPF000252A1.namprd05.prod.outlook.com"),
    [E("4.4.7", "", "expired")])
add("exo2024-07", "Office365", exo2024(
    71, "board@woodgrove-like.example", "Your message to board@woodgrove-like.example couldn't be delivered.",
    "You don't have permission to send to this recipient.", "Action Required\nSender\n\nHow to Fix It\n"
    "Ask the owner of the group to grant you permission to send.",
    "550 5.7.129", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to the "
    "recipient group", "BY5PR20MB4321.namprd20.prod.outlook.com"),
    [E("5.7.129", "550", "securityerror")])
add("exo2024-08", "Office365", exo2024(
    72, "press@litware-like.example", "Your message to press@litware-like.example couldn't be delivered.",
    "The message is too big for the recipient's mailbox.", "Action Required\nSender\n\nHow to Fix It\n"
    "Send the attachments as links, or make the message smaller than the recipient's limit.",
    "550 5.2.3", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
    "CH2PR08MB7766.namprd08.prod.outlook.com"),
    [E("5.2.3", "550", "mesgtoobig")])
add("exo2024-09", "Office365", exo2024(
    73, "director@relecloud-like.example", "Your message to director@relecloud-like.example couldn't be delivered.",
    "Your message wasn't delivered because your account is blocked from sending outside your organization.",
    "Action Required\nSender\n\nHow to Fix It\nYour admin must release the account in the Microsoft Defender portal "
    "(Restricted entities).",
    "550 5.1.8", "550 5.1.8 Access denied, bad outbound sender. AS(42004) [AM9P190MB1111.EURP190.PROD.OUTLOOK.COM "
    "2026-03-02T07:41:55Z]", "AM9P190MB1111.EURP190.PROD.OUTLOOK.COM"),
    [E("5.1.8", "550", "rejected")])
add("exo2024-10", "Office365", exo2024(
    74, "team@loop-tenant.example", "Your message to team@loop-tenant.example couldn't be delivered.",
    "The message was forwarded too many times between servers.", "Action Required\nRecipient\n\nHow to Fix It\n"
    "The recipient's admin must fix a forwarding loop.",
    "554 5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [MW2NAM12FT011.eop-nam12.prod."
    "protection.outlook.com 2025-09-11T16:20:00Z]", "MW2NAM12FT011.eop-nam12.prod.protection.outlook.com"),
    [E("5.4.14", "554", "networkerror")])


if __name__ == "__main__":
    write_set(OUT, SETS)
