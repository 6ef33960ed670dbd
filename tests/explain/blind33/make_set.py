"""make_set.py: writes blind33 (emails/*.eml and labels.jsonl): bounces,
delays, success notices and auto-replies from modern self-hosted and
open-source mail servers and small-business servers (2020-2026): Stalwart,
Maddy, Haraka, chasquid, Mox, Postal, the Postfix suites (mailcow, Mailu,
docker-mailserver, iRedMail, Modoboa, Zimbra, Carbonio) with the replies
of Rspamd, Amavis, postscreen, policyd-spf and postgrey inside,
hMailServer, MDaemon, SmarterMail, Kerio Connect, Axigen, IceWarp,
CommuniGate Pro, Apache James and OpenSMTPD 7.  Written from memory of
their templates, not copied; see README.md.  Deterministic.

    python3 tests/explain/blind33/make_set.py [OUTDIR]
    python3 tests/explain/blind33/make_set.py --wrapped DIR   (the check
        of the labels of formats no Sisimai module reads: each quoted reply
        in a plain Postfix bounce)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, Mime, dsn, fold, hdrs, raw, rec, write_set, write_wrapped  # noqa: E402
from blindmta import BODY, SETS, SUBJECTS, add, date, mime_for, nth, pf, qid  # noqa: E402

# Replies quoted by formats that no Sisimai module reads: {file: (rcpt,
# status, reply, remote host[, action])}, for --wrapped.
QUOTED = {}


def quoted(name, rcpt, status, reply, rhost, action="failed"):
    QUOTED[name + ".eml"] = (rcpt, status, reply, rhost, action)


def report(parts, i, host):
    m, _ = mime_for(i)
    return m.multipart("report", parts, "%s_%d_%s" % (qid(i)[:6], 1764300000 + i, host.split(".")[0]),
                       params=" report-type=delivery-status;")


def origin(i, rcpt, kind="headers", desc=None):
    m, snd = mime_for(i)
    return m.returned(rcpt, SUBJECTS[i % 10], date(i, 2), "%s.%d@%s" % (qid(i).lower(), i, snd.split("@")[1]), kind,
                      desc=desc)


def orig_text(i, rcpt):
    m, snd = mime_for(i)
    return m.orig(rcpt, SUBJECTS[i % 10], date(i, 2), "%s.%d@%s" % (qid(i).lower(), i, snd.split("@")[1])) + \
        "\n" + BODY


# --------------------------------------------------------------------------
# Stalwart Mail Server (smtp/src/reporting/dsn.rs: "Failed to deliver
# message", "Warning: Delay in message delivery", "Successfully delivered
# message"; one line per recipient in the text part, an RFC 3464 report)
# --------------------------------------------------------------------------

def stalwart(name, rcpt, action, status, line, exp, diag=None, remote=None, host="mail.example.com"):
    i = nth()
    m, snd = mime_for(i)
    subj = {"failed": "Failed to deliver message", "delayed": "Warning: Delay in message delivery",
            "delivered": "Successfully delivered message"}[action]
    intro = {"failed": "Your message could not be delivered to the following recipients:",
             "delayed": "There was a temporary problem delivering your message to the following recipients:",
             "delivered": "Your message has been successfully delivered to the following recipients:"}[action]
    text = "%s\n\n<%s> %s\n" % (intro, rcpt, line)
    if action == "delayed":
        text += "\nThe message will be retried until %s.\n" % date(i + 3, 9)
    per = "Reporting-MTA: dns;%s\nArrival-Date: %s" % (host, date(i, 1))
    r = rec(rcpt, action, status, diag, remote, orig_rcpt=False,
            extra=(["Will-Retry-Until: %s" % date(i + 3, 9)] if action == "delayed" else []))
    parts = [m.part("text/plain", text, "7bit", "utf-8"), dsn(per, [r]), origin(i, rcpt)]
    h = hdrs('"Mail Delivery Subsystem" <MAILER-DAEMON@%s>' % host, subj, date(i), "%s@%s" % (qid(i).lower(), host),
             to=snd, extra=["Auto-Submitted: auto-generated"])
    add(name, "RFC3464", "\n".join(h) + "\n" + report(parts, i, host), exp)


# --------------------------------------------------------------------------
# Maddy (internal/dsn: "This is the mail delivery system at ...")
# --------------------------------------------------------------------------

def maddy(name, rcpt, status, err, exp, diag=None, remote=None, host="mx1.example.net"):
    i = nth()
    m, snd = mime_for(i)
    text = ("This is the mail delivery system at %s.\n\n"
            "Unfortunately, your message could not be delivered to one or more\n"
            "recipients. The usual cause of this problem is invalid\n"
            "recipient addresses or maintenance at the recipient side.\n\n"
            "Contact the postmaster for further assistance, provide the Message-ID (below):\n\n"
            "Message-ID: <%s.%d@%s>\nArrival: %s\nLast delivery attempt: %s\n\n"
            "Delivery to %s failed with error: %s\n") % (host, qid(i).lower(), i, snd.split("@")[1], date(i, 1),
                                                        date(i, 3), rcpt, err)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s\nLast-Attempt-Date: %s" % (host, date(i, 1), date(i, 3))
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False)
    parts = [m.part("text/plain", text, "7bit", "utf-8"), dsn(per, [r]), origin(i, rcpt)]
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Undelivered Mail Returned to Sender", date(i),
             "%s@%s" % (qid(i).lower(), host), to=snd, extra=["Auto-Submitted: auto-replied"])
    add(name, "RFC3464", "\n".join(h) + "\n" + report(parts, i, host), exp)


# --------------------------------------------------------------------------
# Haraka (outbound's bounce template: Exim-like words, an RFC 3464 report)
# --------------------------------------------------------------------------

def haraka(name, rcpt, status, reply, exp, delay=False, remote=None, host="haraka.example.org"):
    i = nth()
    m, snd = mime_for(i)
    if delay:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after several attempts. Delivery attempts will continue.\n\n"
                "  %s\n    %s\n") % (rcpt, reply)
        subj = "Warning: message delayed: %s" % SUBJECTS[i % 10]
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    %s\n") % (rcpt, reply)
        subj = "Mail delivery failed: returning message to sender"
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date(i, 1))
    r = rec(rcpt, "delayed" if delay else "failed", status, reply, remote, orig_rcpt=False)
    parts = [m.part("text/plain", text), dsn(per, [r]), origin(i, rcpt, "message")]
    h = ["Received: (Haraka %d invoked for bounce); %s" % (4000 + i, date(i))] + \
        hdrs("Mail Delivery System <MAILER-DAEMON@%s>" % host, subj, date(i), "%s.%d@%s" % (qid(i), i, host),
             to=snd, extra=["Auto-Submitted: auto-replied"])
    add(name, "RFC3464", "\n".join(h) + "\n" + report(parts, i, host), exp)


# --------------------------------------------------------------------------
# chasquid (internal/queue/dsn.go: message/global-delivery-status, utf-8
# addresses, "failed permanently with error:")
# --------------------------------------------------------------------------

def chasquid(name, rcpt, err, exp, temporary=False, host="mail.example.com"):
    i = nth()
    m, snd = mime_for(i)
    how = "could not be completed (will retry)" if temporary else "failed permanently"
    text = ("Delivery of your message to the following recipient(s) %s:\n\n  - %s\n\n"
            "Technical details:\n- \"%s\" (SMTP) %s with error:\n    %s\n") % (
        "is delayed" if temporary else "failed permanently", rcpt, rcpt, how, err)
    per = "Reporting-MTA: dns; %s" % host
    r = "\n".join(["Original-Recipient: utf-8; %s" % rcpt, "Final-Recipient: utf-8; %s" % rcpt,
                   "Action: %s" % ("delayed" if temporary else "failed"),
                   "Status: %s" % ("4.0.0" if temporary else "5.0.0"),
                   "Diagnostic-Code: smtp; %s" % err])
    parts = [m.part("text/plain", text, "8bit", '"utf-8"', extra=["Content-Disposition: inline",
                                                                 "Content-Description: Notification"]),
             dsn(per, [r], ctype="message/global-delivery-status", desc="Delivery Report"),
             raw(["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], orig_text(i, rcpt))]
    h = hdrs("Mail Delivery System <postmaster-chasquid@%s>" % host,
             "Mail delivery failed: returned message" if not temporary else "Mail delivery delayed: %s" % rcpt,
             date(i), "chasquid-dsn-%s@%s" % (qid(i).lower(), host), to=snd,
             extra=["X-Failed-Recipients: %s," % rcpt, "Auto-Submitted: auto-replied"])
    add(name, "chasquid", "\n".join(h) + "\n" + report(parts, i, host), exp)
    quoted(name, rcpt, "", err, None, "delayed" if temporary else "failed")


# --------------------------------------------------------------------------
# Mox (queue/dsn.go: "Delivery has failed permanently for your email to:")
# --------------------------------------------------------------------------

def mox(name, rcpt, status, err, exp, delay=False, remote=None, host="mox.example.org"):
    i = nth()
    m, snd = mime_for(i)
    if delay:
        text = ("Delivery has been delayed of your email to:\n\n\t<%s>\n\n"
                "Delivery attempts will be retried. The next attempt is in 2h0m0s.\n\n"
                "Error during the last delivery attempt:\n\n\t%s\n") % (rcpt, err)
        subj = "mail delivery delayed"
    else:
        text = ("Delivery has failed permanently for your email to:\n\n\t<%s>\n\n"
                "No further deliveries will be attempted.\n\n"
                "Error during the last delivery attempt:\n\n\t%s\n") % (rcpt, err)
        subj = "mail delivery failed"
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date(i, 1))
    r = rec(rcpt, "delayed" if delay else "failed", status, err, remote, orig_rcpt=False, last=date(i, 3))
    parts = [m.part("text/plain", text, "7bit", "utf-8"), dsn(per, [r]), origin(i, rcpt, "message")]
    h = hdrs("postmaster <postmaster@%s>" % host, subj, date(i), "%s@%s" % (qid(i).lower(), host), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    add(name, "RFC3464", "\n".join(h) + "\n" + report(parts, i, host), exp)


# --------------------------------------------------------------------------
# Postal (its own plain-text bounce to the sender)
# --------------------------------------------------------------------------

def postal(name, rcpt, reply, rhost, exp, host="postal.example.com"):
    i = nth()
    m, snd = mime_for(i)
    text = ("Hello,\n\nWe've been unable to deliver the message you sent to %s.\n\n"
            "The message was sent to %s which returned the following error:\n\n  %s\n\n"
            "The original message is attached to this email.\n\n-- \nPostal (%s)\n") % (rcpt, rhost, reply, host)
    h = hdrs("Mail Delivery Service <noreply@%s>" % host, "Mail Delivery Failed (%s)" % SUBJECTS[i % 10], date(i),
             "%s@%s" % (qid(i).lower(), host), to=snd, extra=["Auto-Submitted: auto-replied"])
    body = m.multipart("mixed", [m.part("text/plain", text), origin(i, rcpt, "message")], "postal-%s" % qid(i))
    add(name, "Postal", "\n".join(h) + "\n" + body, exp)
    quoted(name, rcpt, "", reply, rhost)


# --------------------------------------------------------------------------
# hMailServer ("Your message did not reach some or all of the intended
# recipients.", one block per recipient)
# --------------------------------------------------------------------------

def hmail(name, rcpt, rip, sent, reply, exp, host="mail.example.com"):
    i = nth()
    m, snd = mime_for(i)
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            "   Sent: %s\n   Subject: %s\n\nThe following recipient(s) could not be reached:\n\n"
            "%s\n   Error Type: SMTP\n   Remote server (%s) issued an error.\n"
            "   hMailServer sent: %s\n   Remote server replied: %s\n\nhMailServer\n") % (
        date(i, 1), SUBJECTS[i % 10], rcpt, rip, sent, reply)
    h = hdrs("mailer-daemon@%s" % host, "Message undeliverable: %s" % SUBJECTS[i % 10], date(i),
             "%s@%s" % (qid(i), host), to=snd)
    add(name, "hMailServer", "\n".join(h + ["Content-Type: text/plain; charset=\"utf-8\""]) + "\n\n" + text, exp)


# --------------------------------------------------------------------------
# MDaemon (the session transcript of the failed attempt)
# --------------------------------------------------------------------------

def mdaemon(name, rcpt, mx, rip, steps, exp, delay=False, host="mail.example.com"):
    i = nth()
    m, snd = mime_for(i)
    t = "%s %02d:%02d" % (["Tue 2025-11-18", "Wed 2026-01-14", "Mon 2026-03-02"][i % 3], 8 + i % 9, i % 60)
    lines = ["Parsing message <%s\\pd%08d.msg>" % ("c:\\mdaemon\\remote", 5000 + i),
             "*  From: %s" % snd, "*  To: %s" % rcpt, "*  Subject: %s" % SUBJECTS[i % 10],
             "*  Size (bytes): %d" % (2400 + i * 17), "*  MX Record: %s" % mx,
             "Attempting SMTP connection to [%s : 25]" % mx, "Attempting SMTP connection to [%s : 25]" % rip,
             "Waiting for socket connection...", "Socket connection established (%s:25)" % rip,
             "Waiting for protocol to start...", "<-- 220 %s ESMTP" % mx, "--> EHLO %s" % host,
             "<-- 250-%s" % mx, "<-- 250 STARTTLS"] + steps
    tr = "".join("%s:%02d.%03d: %s\n" % (t, (k * 3) % 60, (k * 97) % 1000, l) for k, l in enumerate(lines))
    if delay:
        subj = "Warning: Temporary Delivery Failure Notice"
        head = ("The attached message has had temporary delivery errors.\n\n"
                "Delivery attempts will continue to be made for 4 day(s).\n"
                "You do not need to resend the message.\n\n")
    else:
        subj = "Permanent Delivery Failure"
        head = ("The attached message had PERMANENT fatal delivery errors!\n\n"
                "After one or more unsuccessful delivery attempts the attached message has\n"
                "been removed from the mail queue on this server.  The number and frequency\n"
                "of delivery attempts are determined by local configuration parameters.\n\n"
                "YOU DO NOT NEED TO RESEND THE MESSAGE TO ALL RECIPIENTS.\n\n")
    text = head + "--- Session Transcript ---\n" + tr + "--- End Transcript ---\n"
    h = hdrs('"Mail Delivery System" <MDaemon@%s>' % host, subj, date(i), "MDAEMON%04d%s@%s" % (i, qid(i), host),
             to=snd, extra=["X-MDDSN-Message: Yes", "X-MDaemon-Deliver-To: %s" % snd, "Auto-Submitted: auto-replied"])
    body = m.multipart("mixed", [m.part("text/plain", text), origin(i, rcpt, "message")], "MD-%s" % qid(i))
    add(name, "MDaemon", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# SmarterMail (its own plain notice, "Delivery to the following
# recipients failed")
# --------------------------------------------------------------------------

def smartermail(name, rcpt, reply, exp, host="mail.example.com", delay=False):
    i = nth()
    m, snd = mime_for(i)
    if delay:
        text = ("Delivery has been delayed to the following recipients:\n\n       %s\n\n"
                "    %s\n\nThe server will keep trying to deliver this message.\n") % (rcpt, reply)
        subj = "Delivery Delayed: %s" % SUBJECTS[i % 10]
    else:
        text = ("Delivery to the following recipients failed.\n\n       %s\n\n"
                "    %s\n") % (rcpt, reply)
        subj = "Undeliverable: %s" % SUBJECTS[i % 10]
    h = hdrs("Mail Delivery System <postmaster@%s>" % host, subj, date(i), "%s@%s" % (qid(i).lower(), host), to=snd,
             extra=["X-SmarterMail-Bounce: true"])
    body = m.multipart("mixed", [m.part("text/plain", text, "7bit", "utf-8"), origin(i, rcpt, "message")],
                       "----=_SM_%s" % qid(i))
    add(name, "SmarterMail", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# Kerio Connect, Axigen, IceWarp: RFC 3464 reports with their own texts
# --------------------------------------------------------------------------

def vendor_dsn(name, engine, frm, subj, text, rcpt, action, status, diag, remote, exp, host):
    i = nth()
    m, snd = mime_for(i)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date(i, 1))
    r = rec(rcpt, action, status, diag, remote)
    parts = [m.part("text/plain", text % {"rcpt": rcpt, "host": host, "subject": SUBJECTS[i % 10],
                                          "date": date(i, 1), "diag": diag}, "7bit", "utf-8"),
             dsn(per, [r]), origin(i, rcpt)]
    h = hdrs(frm % host, subj % SUBJECTS[i % 10], date(i), "%s@%s" % (qid(i).lower(), host), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    add(name, engine, "\n".join(h) + "\n" + report(parts, i, host), exp)


KERIO = ("Your message did not reach some or all of the intended recipients.\n\n"
         "   Subject: %(subject)s\n   Sent:    %(date)s\n\n"
         "The following recipient(s) could not be reached:\n\n"
         "%(rcpt)s\n     Error Type: SMTP\n     Remote server replied: %(diag)s\n\n"
         "Kerio Connect %(host)s\n")
AXIGEN = ("This is an automatically generated Delivery Status Notification.\n\n"
          "Your message could not be delivered to the following recipient(s):\n\n"
          "  <%(rcpt)s>: %(diag)s\n\nAxigen Mail Server on %(host)s\n")
ICEWARP = ("Delivery to the following recipients failed permanently:\n\n"
           "%(rcpt)s\n\nTechnical details of the permanent failure:\n%(diag)s\n\n"
           "-- \nIceWarp Mail Server, %(host)s\n")


# --------------------------------------------------------------------------
# CommuniGate Pro ("Failed to deliver to '<x>'" and the module's report)
# --------------------------------------------------------------------------

def cgp(name, rcpt, module, detail, exp, host="mail.example.com"):
    i = nth()
    m, snd = mime_for(i)
    text = "Failed to deliver to '<%s>'\n%s reports:\n%s\n" % (rcpt, module, detail)
    h = hdrs("MAILER-DAEMON@%s" % host, "Undeliverable mail: %s" % SUBJECTS[i % 10], date(i),
             "CGP-%d-%s@%s" % (i, qid(i)[:6], host), to=snd, extra=["X-Mailer: CommuniGate Pro DSN"])
    body = m.multipart("report", [m.part("text/plain", text), origin(i, rcpt, "headers")], "_===%d====%s===_" % (
        1000 + i, host), params=" report-type=delivery-status;")
    add(name, "CommuniGatePro", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# Apache James 3 (the Bounce / DSNBounce mailets' qmail-like text)
# --------------------------------------------------------------------------

def james(name, rcpt, status, err, exp, host="james.example.org"):
    i = nth()
    m, snd = mime_for(i)
    text = ("Hi. This is the James mail server at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out. Below\n"
            "I include the list of recipients and the reason why I was unable to deliver\n"
            "your message.\n\nFailed recipient(s):\n%s\n\nError message:\n%s\n\n") % (host, rcpt, err)
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: dns; out1.%s" % (host, snd.split("@")[1])
    r = rec(rcpt, "failed", status, err, None, orig_rcpt=False, last=date(i, 3))
    parts = [m.part("text/plain", text), dsn(per, [r]), origin(i, rcpt, "message")]
    h = hdrs("MAILER-DAEMON@%s" % host, "[BOUNCE]", date(i), "%d.JavaMail.james@%s" % (1764000000 + i, host),
             to=snd)
    add(name, "ApacheJames", "\n".join(h) + "\n" + report(parts, i, host), exp)


# --------------------------------------------------------------------------
# OpenSMTPD 7 (bounce.c: the indented notice, "Delivery status
# notification: error / delay / success")
# --------------------------------------------------------------------------

def opensmtpd(name, rcpt, line, exp, kind="error", host="mail.example.org"):
    i = nth()
    m, snd = mime_for(i)
    intro = "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
    if kind == "error":
        intro += ("    An error has occurred while attempting to deliver a message for\n"
                  "    the following list of recipients:\n\n")
    elif kind == "delay":
        intro += ("    A message is delayed for more than 4 hours for the following\n"
                  "    list of recipients:\n\n")
    else:
        intro += "    Your message was successfully delivered to these recipients.\n\n"
    text = intro + "%s: %s\n\n" % (rcpt, line)
    if kind == "delay":
        text += ("    Please note that this is only a temporary failure report.\n"
                 "    The message is kept in the queue for up to 4 days.\n"
                 "    You DO NOT NEED to re-send the message to these recipients.\n\n")
    text += "    Below is a copy of the original message:\n\n"
    h = hdrs("Mailer Daemon <MAILER-DAEMON@%s>" % host, "Delivery status notification: %s" % kind, date(i),
             "%s@%s" % (qid(i).lower(), host), to=snd)
    h.insert(1, "Received: from localhost (%s [local])\n\tby %s (OpenSMTPD) with ESMTPA id %s\n\tfor <%s>;\n\t%s" % (
        host, host, qid(i).lower()[:8], snd, date(i)))
    b = "%d/%s" % (1764400000 + i, host)
    body = ("Content-Type: multipart/mixed; boundary=\"%s\"\n\nThis is a MIME-encapsulated message.\n\n"
            "--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n%s\n"
            "--%s\nContent-Description: Message headers\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (
        b, b, text, b, m.orig(rcpt, SUBJECTS[i % 10], date(i, 2), "%s@%s" % (qid(i).lower(), snd.split("@")[1])), b)
    add(name, "OpenSMTPD", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# Auto-replies (Sieve vacation of Dovecot/SOGo, Stalwart, Zimbra's OOO)
# --------------------------------------------------------------------------

def vacation(name, frm, subj, extra, text, exp, ctype="text/plain; charset=utf-8"):
    i = nth()
    m, snd = mime_for(i)
    h = ["Return-Path: <>", "Date: %s" % date(i), "From: %s" % frm, "To: %s" % snd, "Subject: %s" % subj,
         "Message-ID: <%s.vacation@%s>" % (qid(i).lower(), frm.split("@")[-1].rstrip(">")),
         "In-Reply-To: <%s.%d@%s>" % (qid(i).lower(), i, snd.split("@")[1]), "MIME-Version: 1.0"] + list(extra) + \
        ["Content-Type: %s" % ctype, "Content-Transfer-Encoding: 7bit"]
    add(name, "RFC3834", "\n".join(h) + "\n\n" + text, exp)


def build():
    # ---- Stalwart ------------------------------------------------------
    stalwart("stalwart-nouser-01", "j.berg@example.net", "failed", "5.1.1",
             "(host 'mx1.example.net' rejected command 'RCPT TO:<j.berg@example.net>' with code 550 (5.1.1) "
             "'Mailbox does not exist')", [E("5.1.1", "550", "userunknown")],
             diag="550 5.1.1 Mailbox does not exist", remote="mx1.example.net")
    stalwart("stalwart-quota-02", "lena@example.org", "failed", "5.2.2",
             "(host 'mail.example.org' rejected command 'RCPT TO:<lena@example.org>' with code 552 (5.2.2) "
             "'Mailbox quota exceeded')", [E("5.2.2", "552", "mailboxfull")],
             diag="552 5.2.2 Mailbox quota exceeded", remote="mail.example.org")
    stalwart("stalwart-size-03", "archive@example.net", "failed", "5.3.4",
             "(host 'mx.example.net' rejected message with code 552 (5.3.4) 'Message too big for system')",
             [E("5.3.4", "552", "mesgtoobig")], diag="552 5.3.4 Message too big for system", remote="mx.example.net")
    stalwart("stalwart-nodomain-04", "info@exarnple-shop.com", "failed", "5.1.2",
             "(Domain 'exarnple-shop.com' does not exist)", [E("5.1.2", "", "hostunknown")],
             diag=None)
    stalwart("stalwart-tls-05", "sales@partner.example", "failed", "5.7.0",
             "(host 'mx.partner.example' rejected command 'MAIL FROM:<ops@example.org>' with code 530 (5.7.0) "
             "'Must issue a STARTTLS command first')", [E("5.7.0", "530", "securityerror")],
             diag="530 5.7.0 Must issue a STARTTLS command first", remote="mx.partner.example")
    stalwart("stalwart-delay-06", "m.ruiz@example.com.mx", "delayed", "4.7.1",
             "(host 'mx.example.com.mx' rejected command 'RCPT TO:<m.ruiz@example.com.mx>' with code 451 (4.7.1) "
             "'Greylisted, please try again later')", [E("4.7.1", "451", "blocked")],
             diag="451 4.7.1 Greylisted, please try again later", remote="mx.example.com.mx")
    stalwart("stalwart-expired-07", "kontakt@example.de", "failed", "4.4.7",
             "(Connection to 'mx.example.de' failed: Connection timed out; giving up after 5 days)",
             [E("4.4.7", "", "expired")])
    stalwart("stalwart-delivered-08", "team@example.net", "delivered", "2.0.0",
             "(delivered to 'mx.example.net' with code 250 (2.0.0) 'Message queued as 8A1C2F')",
             [E("2.0.0", "250", "delivered")], diag="250 2.0.0 Message queued as 8A1C2F", remote="mx.example.net")
    stalwart("stalwart-dmarc-09", "buyer@example.co.uk", "failed", "5.7.1",
             "(host 'mx.example.co.uk' rejected message with code 550 (5.7.1) 'Rejected due to DMARC policy of "
             "sender domain')", [E("5.7.1", "550", "authfailure")],
             diag="550 5.7.1 Rejected due to DMARC policy of sender domain", remote="mx.example.co.uk")

    # ---- Maddy ---------------------------------------------------------
    maddy("maddy-nouser-10", "anna@example.net", "5.1.1",
          "550 5.1.1 User does not exist (msgpipeline)", [E("5.1.1", "550", "userunknown")],
          diag="550 5.1.1 User does not exist (msgpipeline)", remote="mx.example.net")
    maddy("maddy-nomx-11", "help@desk.example", "5.4.4",
          "No MX records for desk.example and the null address fallback is disabled",
          [E("5.4.4", "", "hostunknown")])
    maddy("maddy-spf-12", "board@example.org", "5.7.23",
          "550 5.7.23 SPF authentication failed (check.spf)", [E("5.7.23", "550", "authfailure")],
          diag="550 5.7.23 SPF authentication failed (check.spf)", remote="mx.example.org")
    maddy("maddy-dkim-13", "editor@example.com", "5.7.20",
          "550 5.7.20 No passing DKIM signatures (check.dkim)", [E("5.7.20", "550", "authfailure")],
          diag="550 5.7.20 No passing DKIM signatures (check.dkim)", remote="mx.example.com")

    # ---- Haraka --------------------------------------------------------
    haraka("haraka-spamhaus-14", "p.nowak@example.pl", "5.7.1",
           "550 5.7.1 host [198.51.100.23] is listed on zen.spamhaus.org", [E("5.7.1", "550", "securityerror")],
           remote="mx.example.pl")
    haraka("haraka-nouser-15", "noreply-old@example.net", "5.1.1",
           "550 5.1.1 I cannot deal with this recipient", [E("5.1.1", "550", "userunknown")],
           remote="mx.example.net")
    haraka("haraka-spf-16", "staff@example.edu", "5.7.1",
           "550 5.7.1 sender <news@letters.example.net> failed SPF check: 198.51.100.40 is not allowed to send",
           [E("5.7.1", "550", "securityerror")], remote="mx.example.edu")
    haraka("haraka-grey-17", "d.kim@example.kr", "4.7.1",
           "450 4.7.1 Greylisted, please try again later", [E("4.7.1", "450", "blocked")], delay=True,
           remote="mail.example.kr")
    haraka("haraka-karma-18", "orders@example.com.au", "5.7.1",
           "550 5.7.1 very bad karma score: 198.51.100.23", [E("5.7.1", "550", "securityerror")],
           remote="mx.example.com.au")
    haraka("haraka-size-19", "scans@example.net", "5.3.4",
           "552 5.3.4 Message too big! Max: 26214400", [E("5.3.4", "552", "mesgtoobig")], remote="mx.example.net")

    # ---- chasquid ------------------------------------------------------
    chasquid("chasquid-nouser-20", "olaf@example.se",
             "550 5.1.1 olaf@example.se: Recipient address rejected: User unknown in local recipient table",
             [E("5.1.1", "550", "userunknown")])
    chasquid("chasquid-quota-21", "ines@example.pt", "552 5.2.2 Mailbox full", [E("5.2.2", "552", "mailboxfull")])
    chasquid("chasquid-nodomain-22", "ceo@exampel.example",
             "lookup exampel.example: no such host", [E("5.0.0", "", "onhold")])
    chasquid("chasquid-delay-23", "sam@example.io",
             "421 4.7.0 Try again later, closing connection.", [E("4.7.0", "421", "securityerror")], temporary=True)

    # ---- Mox -----------------------------------------------------------
    mox("mox-nouser-24", "tom@example.nl", "5.1.1",
        "remote smtp server responded with error: 550 5.1.1 no such user",
        [E("5.1.1", "550", "userunknown")], remote="mx.example.nl")
    mox("mox-dmarc-25", "press@example.fr", "5.7.1",
        "550 5.7.1 dmarc policy evaluated to reject, message rejected", [E("5.7.1", "550", "authfailure")],
        remote="mx.example.fr")
    mox("mox-delay-26", "rita@example.ch", "4.4.1",
        "dialing smtp server: dial tcp 203.0.113.77:25: connect: connection refused",
        [E("4.4.1", "", "expired")], delay=True)
    mox("mox-ratelimit-27", "list@example.at", "4.7.0",
        "421 4.7.0 rate limited, too many messages from your ip", [E("4.7.0", "421", "securityerror")], delay=True,
        remote="mx.example.at")

    # ---- Postal --------------------------------------------------------
    postal("postal-nouser-28", "bert@example.be",
           "550 5.1.1 <bert@example.be>: Recipient address rejected: User unknown in virtual mailbox table",
           "mx.example.be", [E("5.1.1", "550", "userunknown")])
    postal("postal-barracuda-29", "hr@example.ca",
           "554 5.7.1 Service unavailable; Client host [198.51.100.61] blocked using b.barracudacentral.org",
           "mx.example.ca", [E("5.7.1", "554", "blocked")])
    postal("postal-full-30", "mike@example.ie", "552 5.2.2 The email account that you tried to reach is over quota",
           "mx.example.ie", [E("5.2.2", "552", "mailboxfull")])

    # ---- mailcow (Postfix + Rspamd + Dovecot) ----------------------------
    pf("mailcow-rspamd-spam-31", "ella@example.dk", "mail.example.dk", "203.0.113.31",
       "554 5.7.1 Spam message rejected", [E("5.7.1", "554", "securityerror")], cmd="end of DATA",
       host="mailcow.example.com")
    pf("mailcow-dmarc-32", "kurt@example.de", "mx.example.de", "203.0.113.32",
       "550 5.7.1 Rejected due to DMARC Policy", [E("5.7.1", "550", "authfailure")], cmd="end of DATA",
       host="mail.cow.example.org")
    pf("mailcow-ratelimit-33", "friends@example.no", "mail.example.no", "203.0.113.33",
       "451 4.7.1 Ratelimit exceeded", [E("4.7.1", "451", "blocked")], cmd="end of DATA", delay=True,
       host="mailcow.example.com")
    pf("mailcow-quota-34", "ina@example.fi", "mail.example.fi", "203.0.113.34",
       "552 5.2.2 <ina@example.fi> Quota exceeded (mailbox for user is full)", [E("5.2.2", "552", "mailboxfull")],
       cmd="end of DATA", host="mail.cow.example.org")
    pf("mailcow-nouser-35", "old.sales@example.es", "mail.example.es", "203.0.113.35",
       "550 5.1.1 <old.sales@example.es>: Recipient address rejected: User unknown in virtual mailbox table",
       [E("5.1.1", "550", "userunknown")], host="mailcow.example.com")
    pf("mailcow-relay-36", "bob@elsewhere.example", "mail.example.it", "203.0.113.36",
       "554 5.7.1 <bob@elsewhere.example>: Relay access denied", [E("5.7.1", "554", "norelaying")],
       host="mail.cow.example.org")

    # ---- Mailu ---------------------------------------------------------
    pf("mailu-soft-reject-37", "nina@example.cz", "mail.example.cz", "203.0.113.37",
       "451 4.7.1 Try again later", [E("4.7.1", "451", "blocked")], cmd="end of DATA", delay=True,
       host="mailu.example.net")
    pf("mailu-size-38", "plans@example.hu", "mail.example.hu", "203.0.113.38",
       "552 5.3.4 Message size exceeds fixed limit", [E("5.3.4", "552", "mesgtoobig")], cmd="MAIL FROM",
       host="mailu.example.net")
    pf("mailu-nodomain-39", "x@exampel-typo.example", None, None, None, [E("5.4.4", "", "hostunknown")],
       conn="Host or domain name not found. Name service error for name=exampel-typo.example type=A: "
            "Host not found", host="mailu.example.net")

    # ---- docker-mailserver ---------------------------------------------
    pf("dms-postscreen-40", "ana@example.com.br", "mail.example.com.br", "203.0.113.40",
       "550 5.7.1 Service unavailable; client [198.51.100.4] blocked using zen.spamhaus.org",
       [E("5.7.1", "550", "blocked")], greet=True, host="dms.example.org")
    pf("dms-policyd-spf-41", "luis@example.com.ar", "mail.example.com.ar", "203.0.113.41",
       "550 5.7.23 <luis@example.com.ar>: Recipient address rejected: Message rejected due to: SPF fail - not "
       "authorized. Please see http://www.open-spf.org/Why;id=news@letters.example.net;ip=198.51.100.4;"
       "r=<UNKNOWN>", [E("5.7.23", "550", "authfailure")], host="dms.example.org")
    pf("dms-postgrey-42", "tanja@example.rs", "mail.example.rs", "203.0.113.42",
       "450 4.2.0 <tanja@example.rs>: Recipient address rejected: Greylisted, see "
       "http://postgrey.schweikert.ch/help/example.rs.html", [E("4.2.0", "450", "expired")], delay=True,
       host="dms.example.org")

    # ---- iRedMail (Postfix + iRedAPD + Amavis) -------------------------
    pf("iredmail-sender-auth-43", "partner@example.gr", "mail.example.gr", "203.0.113.43",
       "554 5.7.1 <noreply@example.com>: Sender address rejected: not logged in", [E("5.7.1", "554", "rejected")],
       cmd="MAIL FROM", host="iredmail.example.com")
    pf("iredmail-amavis-banned-44", "finance@example.sk", "mail.example.sk", "203.0.113.44",
       "554 5.7.0 Reject, id=14523-07 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,"
       "M=application/x-msdownload,T=exe,N=invoice.exe", [E("5.7.0", "554", "spamdetected")],
       cmd="end of DATA", host="iredmail.example.com")
    pf("iredmail-throttle-45", "events@example.lt", "mail.example.lt", "203.0.113.45",
       "451 4.7.1 <events@example.lt>: Recipient address rejected: Exceeds max messages per hour: 100",
       [E("4.7.1", "451", "blocked")], delay=True, host="iredmail.example.com")
    pf("iredmail-amavis-virus-46", "docs@example.lv", "mail.example.lv", "203.0.113.46",
       "554 5.7.0 Reject, id=08812-12 - VIRUS: Win.Trojan.Agent-1234567", [E("5.7.0", "554", "spamdetected")],
       cmd="end of DATA", host="iredmail.example.com")

    # ---- Modoboa -------------------------------------------------------
    pf("modoboa-quota-47", "ali@example.com.tr", "mail.example.com.tr", "203.0.113.47",
       "552 5.2.2 <ali@example.com.tr>: Recipient address rejected: Mailbox is full (quota)",
       [E("5.2.2", "552", "mailboxfull")], host="modoboa.example.net")
    pf("modoboa-nouser-48", "q@example.ro", "mail.example.ro", "203.0.113.48",
       "550 5.1.1 <q@example.ro>: Recipient address rejected: User unknown in virtual alias table",
       [E("5.1.1", "550", "userunknown")], host="modoboa.example.net")

    # ---- Zimbra 9/10 and Carbonio (Postfix MTA, amavis, LMTP) ------------
    pf("zimbra-lmtp-quota-49", "pat@example.com", "zmbx1.example.com", "10.0.0.21",
       "552 5.2.2 Over quota", [E("5.2.2", "552", "mailboxfull")], cmd="RCPT TO", host="zmta1.example.com")
    pf("zimbra-amavis-spam-50", "lee@example.sg", "mta.example.sg", "203.0.113.50",
       "554 5.7.0 Reject, id=23001-05 - spam", [E("5.7.0", "554", "spamdetected")], cmd="end of DATA",
       host="zimbra.example.org")
    pf("zimbra-dnsbl-51", "jo@example.co.za", "zimbra.example.co.za", "203.0.113.51",
       "554 5.7.1 Service unavailable; Client host [198.51.100.17] blocked using bl.spamcop.net; Blocked - see "
       "https://www.spamcop.net/bl.shtml?198.51.100.17", [E("5.7.1", "554", "blocked")],
       host="zimbra.example.org")
    pf("zimbra-expired-52", "ops@example.vn", None, None, None, [E("4.4.1", "", "expired")],
       conn="delivery temporarily suspended: connect to mx.example.vn[203.0.113.52]:25: Connection timed out",
       host="zmta.example.net")
    pf("carbonio-nouser-53", "i.sato@example.jp", "mx.example.jp", "203.0.113.53",
       "550 5.1.1 <i.sato@example.jp>: Recipient address rejected: example.jp", [E("5.1.1", "550", "userunknown")],
       host="carbonio.example.com")
    pf("carbonio-tls-54", "legal@example.com", "mx.example.com", "203.0.113.54",
       "530 5.7.0 Must issue a STARTTLS command first", [E("5.7.0", "530", "securityerror")], cmd="MAIL FROM",
       host="carbonio.example.com")

    # ---- hMailServer ---------------------------------------------------
    hmail("hmailserver-nouser-55", "gerd@example.at", "203.0.113.55", "RCPT TO:<gerd@example.at>",
          "550 5.1.1 <gerd@example.at>: Recipient address rejected: User unknown in local recipient table",
          [E("5.1.1", "550", "userunknown")])
    quoted("hmailserver-nouser-55", "gerd@example.at", "5.1.1",
           "550 5.1.1 <gerd@example.at>: Recipient address rejected: User unknown in local recipient table", None)
    hmail("hmailserver-nomx-56", "boss@nonexist-domain.example", "None", "",
          "550 No mail servers appear to exists for the recipients address.", [E("5.0.901", "550", "onhold")])
    quoted("hmailserver-nomx-56", "boss@nonexist-domain.example", "",
           "550 No mail servers appear to exists for the recipients address.", None)
    hmail("hmailserver-spamhaus-57", "kim@example.com", "203.0.113.57", "MAIL FROM:<ops@example.org>",
          "554 5.7.1 Service unavailable; Client host [198.51.100.57] blocked using zen.spamhaus.org; "
          "https://www.spamhaus.org/query/ip/198.51.100.57", [E("5.7.1", "554", "blocked")])
    quoted("hmailserver-spamhaus-57", "kim@example.com", "5.7.1",
           "554 5.7.1 Service unavailable; Client host [198.51.100.57] blocked using zen.spamhaus.org; "
           "https://www.spamhaus.org/query/ip/198.51.100.57", None)
    hmail("hmailserver-full-58", "marta@example.es", "203.0.113.58", "RCPT TO:<marta@example.es>",
          "452 4.2.2 The email account that you tried to reach is over quota.", [E("4.2.2", "452", "mailboxfull")])
    quoted("hmailserver-full-58", "marta@example.es", "4.2.2",
           "452 4.2.2 The email account that you tried to reach is over quota.", None)

    # ---- MDaemon -------------------------------------------------------
    mdaemon("mdaemon-nouser-59", "y.tanaka@example.jp", "mx.example.jp", "203.0.113.59",
            ["--> MAIL From:<{s}> SIZE=2456", "<-- 250 2.1.0 Ok", "--> RCPT To:<y.tanaka@example.jp>",
             "<-- 550 5.1.1 <y.tanaka@example.jp>: Recipient address rejected: User unknown in virtual mailbox table"],
            [E("5.1.1", "550", "userunknown")])
    quoted("mdaemon-nouser-59", "y.tanaka@example.jp", "5.1.1",
           "550 5.1.1 <y.tanaka@example.jp>: Recipient address rejected: User unknown in virtual mailbox table", None)
    mdaemon("mdaemon-relay-60", "info@partner.example", "mail.partner.example", "203.0.113.60",
            ["--> MAIL From:<{s}> SIZE=2456", "<-- 250 2.1.0 Ok", "--> RCPT To:<info@partner.example>",
             "<-- 550 5.7.1 Unable to relay for info@partner.example"], [E("5.7.1", "550", "norelaying")])
    quoted("mdaemon-relay-60", "info@partner.example", "5.7.1", "550 5.7.1 Unable to relay for info@partner.example",
           None)
    mdaemon("mdaemon-grey-61", "ugo@example.it", "mx.example.it", "203.0.113.61",
            ["--> MAIL From:<{s}> SIZE=2456", "<-- 250 2.1.0 Ok", "--> RCPT To:<ugo@example.it>",
             "<-- 451 4.7.1 Greylisting in action, please come back later"], [E("4.7.1", "451", "blocked")],
            delay=True)
    quoted("mdaemon-grey-61", "ugo@example.it", "4.7.1", "451 4.7.1 Greylisting in action, please come back later",
           None, "delayed")

    # ---- SmarterMail ---------------------------------------------------
    smartermail("smartermail-nouser-62", "dave@example.us",
                "550 5.1.1 <dave@example.us> User not found", [E("5.1.1", "550", "userunknown")])
    quoted("smartermail-nouser-62", "dave@example.us", "5.1.1", "550 5.1.1 <dave@example.us> User not found", None)
    smartermail("smartermail-dmarc-63", "help@example.net",
                "550 5.7.1 Email rejected per DMARC policy for example.com",
                [E("5.7.1", "550", "authfailure")])
    quoted("smartermail-dmarc-63", "help@example.net", "5.7.1",
           "550 5.7.1 Email rejected per DMARC policy for example.com", None)
    smartermail("smartermail-ratelimit-64", "crm@example.mx",
                "421 4.7.0 Too many messages sent from this IP. Please try again later.",
                [E("4.7.0", "421", "securityerror")], delay=True)
    quoted("smartermail-ratelimit-64", "crm@example.mx", "4.7.0",
           "421 4.7.0 Too many messages sent from this IP. Please try again later.", None, "delayed")

    # ---- Kerio Connect, Axigen, IceWarp -------------------------------
    vendor_dsn("kerio-nouser-65", "Kerio", "Mail Delivery Subsystem <postmaster@%s>", "Undeliverable: %s", KERIO,
               "r.novak@example.cz", "failed", "5.1.1", "550 5.1.1 <r.novak@example.cz>: Recipient address "
               "rejected: User unknown", "mx.example.cz", [E("5.1.1", "550", "userunknown")],
               "kerio.example.com")
    vendor_dsn("kerio-size-66", "Kerio", "Mail Delivery Subsystem <postmaster@%s>", "Undeliverable: %s", KERIO,
               "plans@example.sk", "failed", "5.3.4", "552 5.3.4 Message size exceeds maximum permitted",
               "mx.example.sk", [E("5.3.4", "552", "mesgtoobig")], "kerio.example.com")
    vendor_dsn("axigen-nouser-67", "Axigen", "Axigen Mail Server <MAILER-DAEMON@%s>",
               "Delivery Status Notification (Failure): %s", AXIGEN, "v.ionescu@example.ro", "failed", "5.1.1",
               "550 5.1.1 Mailbox unavailable", "mx.example.ro", [E("5.1.1", "550", "userunknown")],
               "axigen.example.net")
    vendor_dsn("axigen-barracuda-68", "Axigen", "Axigen Mail Server <MAILER-DAEMON@%s>",
               "Delivery Status Notification (Failure): %s", AXIGEN, "support@example.com", "failed", "5.7.1",
               "554 5.7.1 Service unavailable; Client host [198.51.100.68] blocked using Barracuda Reputation; "
               "https://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.68", "mx.example.com",
               [E("5.7.1", "554", "blocked")], "axigen.example.net")
    vendor_dsn("icewarp-quota-69", "IceWarp", "IceWarp Mail Server <postmaster@%s>", "Undeliverable: %s",
               ICEWARP, "mei@example.tw", "failed", "5.2.2", "552 5.2.2 Mailbox is full / Blocks limit exceeded / "
               "Inode limit exceeded", "mx.example.tw", [E("5.2.2", "552", "mailboxfull")], "icewarp.example.org")
    vendor_dsn("icewarp-hostunknown-70", "IceWarp", "IceWarp Mail Server <postmaster@%s>", "Undeliverable: %s",
               ICEWARP, "tran@exarnple.vn", "failed", "5.4.4", "554 5.4.4 Domain not found (exarnple.vn)", None,
               [E("5.4.4", "554", "hostunknown")], "icewarp.example.org")

    # ---- CommuniGate Pro -----------------------------------------------
    cgp("cgp-nouser-71", "ivan@example.ru", "SMTP module(domain example.ru)",
        "  host mx.example.ru [203.0.113.71] says:\n  550 5.1.1 <ivan@example.ru>: Recipient address rejected: "
        "User unknown", [E("5.1.1", "550", "userunknown")])
    quoted("cgp-nouser-71", "ivan@example.ru", "5.1.1",
           "550 5.1.1 <ivan@example.ru>: Recipient address rejected: User unknown", None)
    cgp("cgp-local-full-72", "olga@example.com", "LOCAL module(account olga)",
        "  account is full (disk quota exceeded)", [E("5.0.922", "", "mailboxfull")])
    quoted("cgp-local-full-72", "olga@example.com", "", "account is full (disk quota exceeded)", None)

    # ---- Apache James --------------------------------------------------
    james("james-nouser-73", "hans@example.de", "5.1.1",
          "550 5.1.1 <hans@example.de>: Recipient address rejected: User unknown in relay recipient table",
          [E("5.1.1", "550", "userunknown")])
    james("james-size-74", "bigfiles@example.nl", "5.3.4",
          "552 5.3.4 Error: message file too big", [E("5.3.4", "552", "mesgtoobig")])

    # ---- OpenSMTPD 7 ---------------------------------------------------
    opensmtpd("opensmtpd-nouser-75", "jules@example.fr",
              "550 5.1.1 <jules@example.fr>: Recipient address rejected: User unknown in virtual mailbox table",
              [E("5.1.1", "550", "userunknown")])
    opensmtpd("opensmtpd-nodomain-76", "max@nowhere-at-all.example", "Domain does not exist",
              [E("5.0.912", "", "hostunknown")])
    opensmtpd("opensmtpd-delay-77", "ken@example.jp", "Network error on destination MXs",
              [E("5.0.944", "", "networkerror")], kind="delay")
    opensmtpd("opensmtpd-expired-78", "amy@example.com.au", "Envelope expired",
              [E("5.0.947", "", "expired")])

    # ---- auto-replies --------------------------------------------------
    vacation("sogo-vacation-79", "Hanna Berg <hanna@example.se>", "Auto: %s" % SUBJECTS[1],
             ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
             "Hello,\n\nI am on vacation until 6 January and will read your message when I return.\n\nHanna\n",
             [E("", "", "vacation")])
    vacation("zimbra-ooo-80", "Pedro Alves <pedro@example.pt>", "Out of Office: %s" % SUBJECTS[2],
             ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
             "I am out of the office until Monday. For urgent matters please contact office@example.pt.\n",
             [E("", "", "vacation")])
    vacation("stalwart-vacation-81", "Mika Virtanen <mika@example.fi>", "Automatic reply: %s" % SUBJECTS[3],
             ["Auto-Submitted: auto-replied"],
             "Thank you for your message. I am away on parental leave until March; your message will not be "
             "forwarded.\n", [E("", "", "vacation")])

    # ---- greylisting that expired into a failure, TLS required ----------
    pf("mailcow-grey-expired-84", "office@example.lu", "mail.example.lu", "203.0.113.84",
       "450 4.2.0 <office@example.lu>: Recipient address rejected: Greylisted, see "
       "http://postgrey.schweikert.ch/help/example.lu.html", [E("4.2.0", "450", "onhold")],
       host="mailcow.example.com")
    stalwart("stalwart-grey-expired-85", "sven@example.is", "failed", "4.7.1",
             "(host 'mx.example.is' rejected command 'RCPT TO:<sven@example.is>' with code 451 (4.7.1) "
             "'Greylisted, please try again later'; giving up after 5 days)", [E("4.7.1", "451", "blocked")],
             diag="451 4.7.1 Greylisted, please try again later", remote="mx.example.is")
    maddy("maddy-tls-86", "security@example.ee", "4.7.10",
          "TLS is required but is not supported by the MX (remote: mx.example.ee)",
          [E("4.7.10", "", "securityerror")])

    # ---- success notices -----------------------------------------------
    i = nth()
    m, snd = mime_for(i)
    host = "mailcow.example.com"
    rcpt = "lena@example.org"
    text = ("This is the mail system at host %s.\n\nYour message was successfully delivered to the destination(s)\n"
            "listed below. If the message was delivered to mailbox you will\nreceive no further notifications. "
            "Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
            "                   The mail system\n\n<%s>: delivery via mail.example.org[203.0.113.82]:25:\n"
            "    250 2.0.0 Ok: queued as 4XbT2q0Zk2z9sWd\n") % (host, rcpt)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4XbQ7P1nYcz6tRb\nX-Postfix-Sender: rfc822; %s" % (host, snd)
    r = rec(rcpt, "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4XbT2q0Zk2z9sWd", "mail.example.org")
    parts = [m.part("text/plain", text, extra=["Content-Description: Notification"]), dsn(per, [r]),
             origin(i, rcpt, "headers")]
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, "Successful Mail Delivery Report", date(i),
             "20251118100000.4XbQ7P1nYcz6tRb@%s" % host, to=snd, extra=["Auto-Submitted: auto-replied"])
    add("mailcow-success-82", "Postfix", "\n".join(h) + "\n" + report(parts, i, host), [E("2.0.0", "250", "delivered")])
    opensmtpd("opensmtpd-success-83", "eva@example.hr", "250 2.0.0 Ok: queued as 7F00A1C",
              [E("2.0.0", "250", "delivered")], kind="success")


# Postfix's own statuses where blindmta.pf's connection form has another.
STATUS = {"mailu-nodomain-39.eml": "5.4.4", "zimbra-expired-52.eml": "4.4.1"}


def main():
    build()
    for k, (n, e, msg, exp) in enumerate(SETS):
        if n in STATUS:
            SETS[k] = (n, e, msg.replace("Status: 5.4.1", "Status: " + STATUS[n]), exp)
    for k, (n, e, msg, exp) in enumerate(SETS):  # the sender's address of MDaemon's transcript
        if "{s}" in msg:
            snd = [l for l in msg.split("\n") if l.startswith("To: ")][0][4:]
            SETS[k] = (n, e, msg.replace("{s}", snd), exp)
    if len(sys.argv) > 2 and sys.argv[1] == "--wrapped":
        write_wrapped(sys.argv[2], QUOTED)
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, SETS)


if __name__ == "__main__":
    main()
