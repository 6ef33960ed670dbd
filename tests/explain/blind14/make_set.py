#!/usr/bin/env python3
"""make_set.py: write the blind14 set and its labels.

blind14 covers what the earlier batches covered little: security
gateways and filters as the remote or as the reporter (Proofpoint,
Mimecast, Barracuda, Cisco Secure Email/IronPort, Sophos, Trend Micro,
Symantec/Broadcom MessageLabs, FortiMail, SpamExperts, Hornetsecurity);
mailing-list managers and forwarding (Mailman, Sympa, Google Groups,
LISTSERV, ezmlm, majordomo; SRS forwarders; .forward and alias loops);
DSN shapes (several recipients with different outcomes, Original-Recipient
differing from Final-Recipient, X-Postfix / X-Unix diagnostic types,
RFC 6533 UTF-8 addresses in message/global-delivery-status, DSNs whose
human and machine parts disagree); ARF feedback reports (Microsoft JMRP,
Yahoo CFL, Comcast, AOL, Mail.ru) and auto-replies (Exchange, Zimbra,
Dovecot sieve vacation, Gmail); and MTAs less seen (Zimbra, Kerio
Connect, MDaemon, hMailServer, Axigen, SmarterMail, CommuniGate Pro,
Haraka, Exchange 2010 on-premises, HCL Domino in English).

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
from blindset import (dsn, E, fold, Mime, POSTFIX_DELAY, POSTFIX_INTRO, raw, rec, said, write_set)  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"
N = [0]


def add(name, engine, msg, exp):
    assert name not in [s[0] for s in SETS], name
    SETS.append((name, engine, msg, exp))


def nxt():
    N[0] += 1
    return N[0]


BODY = "Hi all,\n\nthe quarterly numbers are in the shared folder. Comments welcome until Thursday.\n\nThanks,\nSender\n"

# The builders (blindset.py) with this batch's constants: the original's
# Received id and DKIM b=, and BODY.
M = Mime("out1.example.com with ESMTPSA id 5A2E91C3", BODY, dkim_b="Zm9yd2FyZGVkMTIzNDU2Nzg5YWJj")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned


# ==========================================================================
# Postfix (English) bounces: the gateways and filters as the remote,
# forwarding, loops and the DSN shapes
# ==========================================================================

def postfix(name, host, recips, exp, delay=False, kind="message", to=SA, engine="Postfix", subj_to=None):
    """recips: (addr, action, status, diag or None, remote or None, text[, dtype[, orig]])."""
    n = nxt()
    date = "Mon, 24 Nov 2025 10:%02d:31 +0000 (UTC)" % (n % 60)
    qid = "4fQ%dZt%02dKm8y" % (n % 10, n)
    text = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host + "\n".join("<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (host, qid, to, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=(r[6] if len(r) > 6 else "smtp"), orig_rcpt=(r[7] if len(r) > 7 else None))
          for r in recips]
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subj, "To: %s" % to,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, n, host)]
    body = multipart("report", [part("text/plain", text, extra=["Content-Description: Notification"]),
                                dsn(per, rs, desc="Delivery report"),
                                returned(subj_to or recips[0][0], "Q3 numbers", date, "q3n%02d@example.com" % n, kind,
                                         frm=SA)],
                     "%s.%d/%s" % (qid, 1763980000 + n, host), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


def pf1(name, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", host="mail.example.com", **kw):
    postfix(name, host, [(addr, "failed", status, reply, rhost, said(rhost, rip, reply, cmd))], exp, **kw)


# --- Proofpoint (pphosted.com) as the remote
PP = "mx0b-00190b01.pphosted.com"
pf1("postfix-proofpoint-01.eml", "jane.doe@example.org", "5.1.1", "550 5.1.1 User Unknown", PP, "198.51.100.21",
    [E("5.1.1", "550", "userunknown")])
pf1("postfix-proofpoint-02.eml", "ap@example.org", "5.7.1",
    "550 5.7.1 Message rejected due to SPF failure - see https://www.proofpoint.com/us/email-spf-failure", PP,
    "198.51.100.21", [E("5.7.1", "550", "securityerror")], cmd="end of DATA")
pf1("postfix-proofpoint-03.eml", "legal@example.org", "4.7.1",
    "421 4.7.1 Service unavailable; try again later. Too many connections from your IP",
    "mx0a-00190b01.pphosted.com", "198.51.100.20", [E("4.7.1", "421", "toomanyconn")], cmd="MAIL FROM", delay=True)
# --- Mimecast as the remote (Rhost::Mimecast by .mimecast.com)
MC = "eu-smtp-inbound-1.mimecast.com"
pf1("postfix-mimecast-01.eml", "kim@example.co.uk", "5.0.0",
    "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [Xk2dP9sZNjeQ3bYw.uk33]",
    MC, "195.130.217.10", [E("5.0.0", "550", "rejected")])
pf1("postfix-mimecast-02.eml", "design@example.co.uk", "5.0.0",
    "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [Ab7QmZ1pR0m4uv2K.uk18]",
    MC, "195.130.217.10", [E("5.0.0", "554", "mesgtoobig")], cmd="end of DATA")
pf1("postfix-mimecast-03.eml", "ops@example.co.uk", "4.0.0",
    "451 IP Temporarily Blacklisted - https://community.mimecast.com/docs/DOC-1369#451 [Pq3xW8vL2mN6sT1a.uk25]",
    "eu-smtp-inbound-2.mimecast.com", "195.130.217.11", [E("4.0.0", "451", "blocked")], cmd="MAIL FROM", delay=True)
pf1("postfix-mimecast-04.eml", "finance@example.co.uk", "5.0.0",
    "550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [Zt4bK6cR9hF2jU8e.uk41]",
    MC, "195.130.217.10", [E("5.0.0", "550", "authfailure")])
pf1("postfix-mimecast-05.eml", "hello@example.co.uk", "5.0.0",
    "550 Local CT IP Reputation - (reject) - https://community.mimecast.com/docs/DOC-1369#550 [Lm5rT2yQ8wE4pZ7c.uk12]",
    MC, "195.130.217.10", [E("5.0.0", "550", "badreputation")], cmd="MAIL FROM")
# --- Barracuda as the remote
pf1("postfix-barracuda-01.eml", "info@example.net", "5.7.1",
    "550 5.7.1 Message rejected: virus detected (Trojan.Generic.3318)", "d123456a.ess.barracudanetworks.com",
    "209.222.82.252", [E("5.7.1", "550", "virusdetected")], cmd="end of DATA")
pf1("postfix-barracuda-02.eml", "sales@example.net", "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using b.barracudacentral.org",
    "mx.example.net", "203.0.113.44", [E("5.7.1", "554", "blocked")], cmd="RCPT TO")
# --- Cisco Secure Email (IronPort) as the remote
pf1("postfix-cisco-01.eml", "hr@example.com.au", "5.1.8", "553 #5.1.8 Domain of sender address sender@example.com does not exist",
    "esa1.example.iphmx.com", "68.232.140.7", [E("5.1.8", "553", "rejected")], cmd="MAIL FROM")
pf1("postfix-cisco-02.eml", "it@example.com.au", "4.3.1", "452 4.3.1 Insufficient system storage",
    "esa2.example.iphmx.com", "68.232.140.8", [E("4.3.1", "452", "systemfull")], delay=True)
pf1("postfix-cisco-03.eml", "ceo@example.com.au", "5.7.1",
    "554 5.7.1 Message rejected due to content restrictions", "esa1.example.iphmx.com", "68.232.140.7",
    [E("5.7.1", "554", "securityerror")], cmd="end of DATA")
# --- Sophos (Sophos Email / UTM) as the remote
pf1("postfix-sophos-01.eml", "buero@example.de", "5.7.1",
    "550 5.7.1 Message rejected as spam by Content Filtering", "mx-01-eu-central-1.prod.hydra.sophos.com",
    "198.51.100.77", [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
pf1("postfix-sophos-02.eml", "team@example.de", "5.1.1",
    "550 5.1.1 <team@example.de>: Recipient address rejected: No such recipient",
    "mx-02-eu-central-1.prod.hydra.sophos.com", "198.51.100.78", [E("5.1.1", "550", "userunknown")])
# --- Trend Micro (Email Security / Hosted) as the remote
pf1("postfix-trend-01.eml", "contact@example.jp", "5.7.1",
    "550 5.7.1 Sender IP address rejected: reputation check failed (ERS)", "in.tmes.trendmicro.eu", "198.51.100.90",
    [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
# --- Symantec / Broadcom MessageLabs as the remote (Rhost::MessageLabs)
pf1("postfix-messagelabs-01.eml", "a.smith@example.co.uk", "5.0.0", "550 No such user (a.smith@example.co.uk)",
    "cluster8.eu.messagelabs.com", "85.158.142.99", [E("5.0.0", "550", "userunknown")])
pf1("postfix-messagelabs-02.eml", "b.jones@example.co.uk", "5.0.0",
    "553-SPF (Sender Policy Framework) domain authentication fail. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
    "cluster8.eu.messagelabs.com", "85.158.142.99", [E("5.7.1", "553", "authfailure")], cmd="MAIL FROM")
# --- FortiMail
pf1("postfix-fortimail-01.eml", "shop@example.fr", "5.0.0",
    "554 Connection refused by FortiGuard AntiSpam: IP blacklisted", "fml.example.fr", "203.0.113.61",
    [E("5.0.0", "554", "blocked")], cmd="MAIL FROM")
# --- SpamExperts (N-able Mail Assure)
pf1("postfix-spamexperts-01.eml", "office@example.nl", "5.0.0",
    "550 The message was rejected because it contains prohibited virus or spam content", "mx.spamexperts.com",
    "198.51.100.140", [E("5.0.0", "550", "virusdetected")], cmd="end of DATA")
# --- Hornetsecurity
pf1("postfix-hornet-01.eml", "einkauf@example.de", "5.7.1",
    "554 5.7.1 Mail rejected: Too many recipients, please reduce the number of recipients and retry",
    "mx01.hornetsecurity.com", "94.100.132.10", [E("5.7.1", "554", "toomanyconn")])

# --- forwarding with SRS: the bounce goes to the forwarder's SRS address
SRS = "SRS0=q7Zb=T4=example.com=sender@fwd.example.net"
pf1("postfix-srs-01.eml", "anna@gmail.com", "5.7.26",
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.26 DMARC policy. "
    "Please contact the administrator of example.com domain if this was a legitimate mail. 550 5.7.26 "
    "To learn about the DMARC initiative, go to 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection "
    "d75a77b69052e-4b0a1c2e3f4si1234567cf.321 - gsmtp", "gmail-smtp-in.l.google.com", "142.250.27.27",
    [E("5.7.26", "550", "authfailure")], cmd="end of DATA", host="fwd.example.net", to=SRS)
pf1("postfix-srs-02.eml", "bob@example.org", "5.1.1",
    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "mx.example.org", "203.0.113.9", [E("5.1.1", "550", "userunknown")], host="relay.example.net",
    to="SRS1=Hh3k=fwd.example.net==q7Zb=T4=example.com=sender@relay.example.net")
pf1("postfix-srs-03.eml", "carol@gmail.com", "4.7.28",
    "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain "
    "[fwd.example.net 1]. To protect our users from spam, mail sent from your domain has been temporarily "
    "rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError "
    "to review our Bulk Email Senders Guidelines. 41be03b00d2f7-b2c3d4e5f6si123456a12.45 - gsmtp",
    "gmail-smtp-in.l.google.com", "142.250.27.26", [E("4.7.28", "421", "expired")], cmd="end of DATA",
    host="fwd.example.net", to="SRS0=Kd8w=T5=example.com=sender@fwd.example.net", delay=True)
pf1("postfix-fwd-01.eml", "staff@example.info", "4.7.1",
    "450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.250]", "mx.example.info", "203.0.113.201",
    [E("4.7.1", "450", "requireptr")], host="fwd.example.net", to="SRS0=Zp4c=T5=example.com=sender@fwd.example.net",
    delay=True)
# --- loops
postfix("postfix-loop-01.eml", "mail.example.org", [
    ("staff@example.org", "failed", "5.4.6", "mail forwarding loop for staff@example.org", None,
     "mail forwarding loop for staff@example.org", "X-Postfix")], [E("5.4.6", "", "networkerror")])
postfix("postfix-loop-02.eml", "mx2.example.org", [
    ("helpdesk@example.org", "failed", "5.4.0", "554 5.4.0 Error: too many hops", "mx1.example.org",
     said("mx1.example.org", "203.0.113.5", "554 5.4.0 Error: too many hops", "end of DATA"))],
    [E("5.4.0", "554", "networkerror")])
# --- several recipients, several outcomes; Original-Recipient differing
postfix("postfix-multi-01.eml", "mail.example.com", [
    ("carl@example.org", "failed", "5.1.1", "550 5.1.1 <carl@example.org>: Recipient address rejected: User unknown",
     "mx.example.org", said("mx.example.org", "203.0.113.9", "550 5.1.1 <carl@example.org>: Recipient address rejected: User unknown")),
    ("dora@example.org", "failed", "5.2.2", "552 5.2.2 <dora@example.org>: Mailbox full", "mx.example.org",
     said("mx.example.org", "203.0.113.9", "552 5.2.2 <dora@example.org>: Mailbox full")),
    ("emil@example.net", "failed", "5.4.4", None, None,
     "Host or domain name not found. Name service error for name=example.net type=MX: Host not found", "X-Postfix")],
    [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull"), E("5.4.4", "", "hostunknown")])
postfix("postfix-alias-01.eml", "mail.example.com", [
    ("j.smith@example.com", "failed", "5.2.2", "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota",
     None, "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota", "x-unix",
     "sales@example.com")],
    [E("5.2.2", "", "mailboxfull")], subj_to="sales@example.com")
postfix("postfix-pipe-01.eml", "lists.example.com", [
    ("tickets@lists.example.com", "failed", "5.3.0", "Command died with status 1: \"/usr/local/bin/ticket-import\"", None,
     "Command died with status 1: \"/usr/local/bin/ticket-import\"", "x-unix")],
    [E("5.3.0", "", "mailererror")])
postfix("postfix-delay-01.eml", "mail.example.com", [
    ("eva@example.info", "delayed", "4.4.1", "connect to mx.example.info[203.0.113.200]:25: Connection refused", None,
     "connect to mx.example.info[203.0.113.200]:25: Connection refused", "X-Postfix")],
    [E("4.4.1", "", "expired")], delay=True)
postfix("postfix-syntax-01.eml", "mail.example.com", [
    ("old@example.edu", "failed", "5.5.2", "501 5.5.2 Syntax error in parameters or arguments", "mx.example.edu",
     said("mx.example.edu", "203.0.113.150", "501 5.5.2 Syntax error in parameters or arguments", "MAIL FROM"))],
    [E("5.5.2", "501", "syntaxerror")])
postfix("postfix-moved-01.eml", "mail.example.com", [
    ("former@example.edu", "failed", "5.1.6", "550 5.1.6 Recipient addresses has moved; reach the user at alumni.example.edu",
     "mx.example.edu", said("mx.example.edu", "203.0.113.150", "550 5.1.6 Recipient addresses has moved; reach the user at alumni.example.edu"))],
    [E("5.1.6", "550", "hasmoved")])
postfix("postfix-nullmx-01.eml", "mail.example.com", [
    ("noreply@example.biz", "failed", "5.1.10", None, None,
     "Domain example.biz does not accept mail (nullMX)", "X-Postfix")],
    [E("5.1.10", "", "notaccept")])
postfix("postfix-rfc-01.eml", "mail.example.com", [
    ("press@example.org", "failed", "5.6.0", "550 5.6.0 Message header contains duplicate Date: headers, not RFC 5322 compliant",
     "mx.example.org", said("mx.example.org", "203.0.113.9",
                            "550 5.6.0 Message header contains duplicate Date: headers, not RFC 5322 compliant", "end of DATA"))],
    [E("5.6.0", "550", "contenterror")])
postfix("postfix-disagree-01.eml", "mail.example.com", [
    ("ruth@example.org", "failed", "5.1.1", "550 5.1.1 <ruth@example.org>: Recipient address rejected: User unknown in local recipient table",
     "mx.example.org", said("mx.example.org", "203.0.113.9", "552 5.2.2 <ruth@example.org>: Mailbox full, quota exceeded"))],
    [E("5.1.1", "552", "userunknown")])

# ==========================================================================
# A generic report builder: a human part (text, optional HTML), an
# optional DSN part, the returned message
# ==========================================================================

def report(name, engine, frm, subject, text, exp, recips=None, per=None, extra=(), to="x@example.org", kind="message",
           host="example.net", rcpt_to=SA, html=None, dsn_type="message/delivery-status", ctype_text="text/plain",
           cs="us-ascii", enc="7bit", ret_from=SA, mixed=False, noret=False):
    n = nxt()
    date = "Tue, 25 Nov 2025 %02d:%02d:12 +0000" % (8 + n // 60, n % 60)
    h = ["Return-Path: <>", "From: %s" % frm, "To: %s" % rcpt_to, "Date: %s" % date, "Subject: %s" % subject,
         "MIME-Version: 1.0", "Message-ID: <%s.%d@%s>" % (name[:-4].replace("-", ""), n, host)]
    h += list(extra)
    tp = part(ctype_text, text, enc=enc, cs=cs)
    if html:
        tp = multipart("alternative", [tp, part("text/html", html, enc=enc, cs=cs)], "alt-%d-%s" % (n, name[:-4]), preamble="")
    parts = [tp]
    if recips is not None:
        parts.append(dsn(per or "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date), recips, dsn_type))
    if not noret:
        parts.append(returned(to, "Q3 numbers", date, "rep%02d@example.com" % n, kind, frm=ret_from))
    if recips is not None and not mixed:
        body = multipart("report", parts, "=_report_%d_%s" % (n, name[:-4]), params=" report-type=delivery-status;")
    else:
        body = multipart("mixed", parts, "=_mixed_%d_%s" % (n, name[:-4]))
    add(name, engine, "\n".join(h) + "\n" + body, exp)


def single(name, engine, frm, subject, text, exp, extra=(), rcpt_to=SA, host="example.net", rp="<>", cs="us-ascii", enc="7bit"):
    n = nxt()
    date = "Tue, 25 Nov 2025 %02d:%02d:40 +0000" % (12 + n // 60, n % 60)
    h = ["Return-Path: %s" % rp, "From: %s" % frm, "To: %s" % rcpt_to, "Date: %s" % date, "Subject: %s" % subject,
         "MIME-Version: 1.0", "Message-ID: <%s.%d@%s>" % (name[:-4].replace("-", ""), n, host)] + list(extra)
    add(name, engine, "\n".join(h) + "\n" + part("text/plain", text, enc=enc, cs=cs), exp)


# ==========================================================================
# Gateways as the reporter, in their own layouts
# ==========================================================================

report("barracuda-01.eml", "Barracuda", "MAILER-DAEMON@barracuda.example.net (Mail Delivery System)",
       "**Message you sent blocked by our bulk email filter**",
       "Your message to: dan@example.net\nwas blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:\n\n"
       "Subject: Q3 numbers\n\nReason: 554 5.7.1 Message blocked: bulk email (BSF score 7.4)\n",
       [E("5.7.1", "554", "securityerror")], to="dan@example.net", host="barracuda.example.net", mixed=True)
report("barracuda-02.eml", "Barracuda", "MAILER-DAEMON@barracuda.example.net (Mail Delivery System)",
       "**Message you sent blocked by our bulk email filter**",
       "Your message to: rita@example.net\nwas blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:\n\n"
       "Subject: Q3 numbers\n\nReason: 550 5.7.1 Blocked by policy: attachment type not allowed (.iso)\n",
       [E("5.7.1", "550", "securityerror")], to="rita@example.net", host="barracuda.example.net", mixed=True)
report("proofpoint-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@ppe-hosted.com>",
       "Undeliverable: Q3 numbers",
       "Your message could not be delivered to one or more recipients.\n\n"
       "  <nina@example.org>: 550 5.7.1 Recipient rejected: email sent to this address is blocked by the recipient's quarantine policy\n\n"
       "This notification was generated by Proofpoint Essentials.\n",
       [E("5.7.1", "550", "securityerror")],
       recips=[rec("nina@example.org", "failed", "5.7.1",
                   "550 5.7.1 Recipient rejected: email sent to this address is blocked by the recipient's quarantine policy",
                   "mx1-us1.ppe-hosted.com")], to="nina@example.org", host="ppe-hosted.com")
report("mimecast-01.eml", "Mimecast", "Postmaster <postmaster@example.co.uk>",
       "Delivery Failure - Q3 numbers",
       "Your message couldn't be delivered to the following recipient(s):\n\n"
       "  pat@partner.example.org\n\nReason: 550 5.2.2 <pat@partner.example.org>... Mailbox full\n"
       "Remote server: mx.partner.example.org (203.0.113.71)\n\n"
       "This message was generated by Mimecast on behalf of example.co.uk.\n",
       [E("5.2.2", "550", "mailboxfull")],
       recips=[rec("pat@partner.example.org", "failed", "5.2.2", "550 5.2.2 <pat@partner.example.org>... Mailbox full",
                   "mx.partner.example.org")],
       per="Reporting-MTA: dns; us-smtp-delivery-101.mimecast.com", to="pat@partner.example.org",
       host="us-smtp-delivery-101.mimecast.com")
report("ironport-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@esa3.example.iphmx.com>",
       "Delivery Status Notification (Failure)",
       "The message you sent to example.org/lee@example.org was rejected because it would exceed the quota for the mailbox.\n\n"
       "The subject of the message follows:\nSubject: Q3 numbers\n",
       [E("5.2.2", "552", "mailboxfull")],
       recips=[rec("lee@example.org", "failed", "5.2.2", "552 5.2.2 Mailbox over quota", "mail.example.org")],
       to="lee@example.org", host="esa3.example.iphmx.com")
report("ironport-02.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@esa3.example.iphmx.com>",
       "Delivery Status Notification (Delay)",
       "This is a delivery status notification. Your message has not yet been delivered to:\n\n  ivy@example.org\n\n"
       "The mail server will keep trying. Reason: 421 4.4.2 mail.example.org Connection timed out\n",
       [E("4.4.2", "421", "expired")],
       recips=[rec("ivy@example.org", "delayed", "4.4.2", "421 4.4.2 mail.example.org Connection timed out", "mail.example.org")],
       to="ivy@example.org", host="esa3.example.iphmx.com")
report("interscan-01.eml", "InterScanMSS", "InterScan MSS <postmaster@imss.example.jp>",
       "Mail could not be delivered",
       "Sent <<< RCPT TO:<sato@example.jp>\nReceived >>> 550 5.1.1 <sato@example.jp>... User unknown\n\n"
       "Could not deliver mail to this user.\n",
       [E("5.1.1", "550", "userunknown")], to="sato@example.jp", host="imss.example.jp", mixed=True)
report("sophos-01.eml", "Sophos", "Sophos Email <do-not-reply@sophos.example.com>",
       "Message Undeliverable: Q3 numbers",
       "Your message was not delivered to one or more recipients.\n\nRecipient: mia@example.de\n"
       "Reason: 550 5.7.1 Message rejected: malware detected (Troj/DocDl-ABC)\n\nSophos Email Security\n",
       [E("5.7.1", "550", "securityerror")], to="mia@example.de", host="sophos.example.com", mixed=True)
report("fortimail-01.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@fml.example.fr>",
       "Returned mail: see transcript for details",
       "The original message was received at Tue, 25 Nov 2025 09:10:12 +0100\nfrom smtp.example.com [192.0.2.10]\n\n"
       "   ----- The following addresses had permanent fatal errors -----\n<luc@example.fr>\n"
       "    (reason: 550 5.7.1 Sender rejected: DKIM signature verification failed)\n",
       [E("5.7.1", "550", "rejected")],
       recips=[rec("luc@example.fr", "failed", "5.7.1", "550 5.7.1 Sender rejected: DKIM signature verification failed",
                   "mail.example.fr")], to="luc@example.fr", host="fml.example.fr")
report("hornet-01.eml", "RFC3464", "Mail Delivery System <mailer-daemon@mx-relay01.hornetsecurity.com>",
       "Undelivered Mail Returned to Sender",
       "Your message could not be delivered.\n\n<jan@example.de>: host mail.example.de[203.0.113.88] said:\n"
       "    554 5.7.1 Service unavailable; Client host [94.100.132.5] blocked using zen.spamhaus.org\n",
       [E("5.7.1", "554", "blocked")],
       recips=[rec("jan@example.de", "failed", "5.7.1",
                   "554 5.7.1 Service unavailable; Client host [94.100.132.5] blocked using zen.spamhaus.org", "mail.example.de")],
       to="jan@example.de", host="mx-relay01.hornetsecurity.com")
report("messagelabs-01.eml", "RFC3464", "MAILER-DAEMON@messagelabs.com",
       "failure notice",
       "Hi. This is the MessageLabs mail system.\n\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
       "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<tom@example.co.uk>:\n"
       "552 5.3.4 Message size exceeds fixed limit\n",
       [E("5.3.4", "552", "mesgtoobig")],
       recips=[rec("tom@example.co.uk", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mail.example.co.uk")],
       to="tom@example.co.uk", host="mail189.messagelabs.com")
report("spamexperts-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@filter.antispamcloud.com>",
       "Undelivered Mail Returned to Sender",
       "This is the mail system at host filter.antispamcloud.com.\n\nYour message could not be delivered:\n\n"
       "<vera@example.nl>: host mx.example.nl said: 550 5.7.1 Rejected because the sender is not authorized by SPF\n",
       [E("5.7.1", "550", "securityerror")],
       recips=[rec("vera@example.nl", "failed", "5.7.1", "550 5.7.1 Rejected because the sender is not authorized by SPF",
                   "mx.example.nl")], to="vera@example.nl", host="filter.antispamcloud.com")

# ==========================================================================
# Mailing lists and forwarding
# ==========================================================================

single("mailman-01.eml", "Mailman", "team-owner@lists.example.org",
       "Your message to Team awaits moderator approval",
       "Your mail to 'Team' with the subject\n\n    Q3 numbers\n\nIs being held until the list moderator can review it for approval.\n\n"
       "The reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
       "Either the message will get posted to the list, or you will receive\nnotification of the moderator's decision.\n",
       [], host="lists.example.org")
single("mailman-02.eml", "Mailman", "team-owner@lists.example.org",
       "Your message to Team was rejected",
       "Your message to the Team mailing-list was rejected for the following\nreasons:\n\n"
       "The message's content type was explicitly disallowed\n\nThe original message as received by Mailman is attached.\n",
       [E("5.0.901", "", "onhold")], host="lists.example.org")
report("sympa-01.eml", "Sympa", "SYMPA <sympa@lists.example.fr>",
       "Message distribution: Authorization denied",
       "Your message for list 'chercheurs' (attached below) was rejected.\n"
       "You are not allowed to send this message for the following reason:\n\n"
       "  The sender is not subscribed to the list; only subscribers may post.\n\n"
       "For further information, please contact chercheurs-request@lists.example.fr\n",
       [E("5.0.901", "", "onhold")], to="chercheurs@lists.example.fr", host="lists.example.fr", mixed=True)
single("listserv-01.eml", "LISTSERV", "\"L-Soft list server at LISTS.EXAMPLE.EDU (17.0)\" <LISTSERV@LISTS.EXAMPLE.EDU>",
       "Message \"Q3 numbers\" was not distributed",
       "Your message dated Tue, 25 Nov 2025 09:00:00 +0000 with subject \"Q3 numbers\" has\n"
       "not been distributed to the FACULTY-L list because the list is configured\nsuch that only subscribers may post.\n\n"
       "You are not authorized to send mail to the FACULTY-L list.\n",
       [E("5.0.901", "", "onhold")], host="LISTS.EXAMPLE.EDU")
single("ezmlm-01.eml", "qmail", "MAILER-DAEMON@lists.example.net",
       "failure notice",
       "Hi. This is the qmail-send program at lists.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
       "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<devel@lists.example.net>:\n"
       "Sorry, only subscribers may post. If you are a subscriber, please forward this message to\n"
       "devel-owner@lists.example.net to get your new address included (#5.7.2)\n\n"
       "--- Below this line is a copy of the message.\n\nReturn-Path: <sender@example.com>\nSubject: Q3 numbers\n",
       [E("5.7.2", "", "securityerror")], host="lists.example.net")
single("majordomo-01.eml", "Majordomo", "Majordomo@lists.example.org",
       "Majordomo results: unsubscribe",
       "--\n\n>>>> unsubscribe announce\n**** unsubscribe: 'sender@example.com' is not a member of list 'announce'.\n\n"
       ">>>> end\n\nCommands processed: 1\n",
       [], host="lists.example.org")
report("googlegroups-01.eml", "GoogleGroups", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
       "Delivery Status Notification (Failure)",
       "** Message not delivered **\n\nYou don't have permission to post to this group.\n\n"
       "Your message wasn't delivered to board@googlegroups.com because you don't have permission to post to this group. "
       "If you have questions, contact the group owner.\n\nThe response was:\n\n"
       "You don't have permission to post to this group. Google Groups.\n",
       [E("5.0.901", "", "onhold")], to="board@googlegroups.com", host="googlemail.com", mixed=True,
       extra=["X-Failed-Recipients: board@googlegroups.com",
              "X-Google-Smtp-Source: AGHT+IFq3u8example0000000000000000000000000000000000"])
# the list's own bounce probe, and its bounce of a subscriber forwarded through an alias loop
single("qmail-loop-01.eml", "qmail", "MAILER-DAEMON@mx.example.net",
       "failure notice",
       "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
       "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<info@example.net>:\n"
       "This message is looping: it already has my Delivered-To line. (#5.4.6)\n\n"
       "--- Below this line is a copy of the message.\n\nReturn-Path: <sender@example.com>\nDelivered-To: info@example.net\nSubject: Q3 numbers\n",
       [E("5.4.6", "", "onhold")], host="mx.example.net")
single("exim-loop-01.eml", "Exim", "Mail Delivery System <Mailer-Daemon@mail.example.org>",
       "Mail delivery failed: returning message to sender",
       "This message was created automatically by mail delivery software.\n\n"
       "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
       "  office@example.org\n    Too many \"Received\" headers - suspected mail loop\n\n"
       "------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <sender@example.com>\nSubject: Q3 numbers\n",
       [E("5.0.960", "", "contenterror")], host="mail.example.org",
       extra=["X-Failed-Recipients: office@example.org", "Auto-Submitted: auto-replied"])
report("sendmail-hops-01.eml", "Sendmail", "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.edu>",
       "Returned mail: see transcript for details",
       "The original message was received at Tue, 25 Nov 2025 09:20:10 -0500\nfrom smtp.example.com [192.0.2.10]\n\n"
       "   ----- The following addresses had permanent fatal errors -----\n<dept@example.edu>\n"
       "    (reason: 554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via relay.example.edu, to <dept@example.edu>)\n\n"
       "   ----- Transcript of session follows -----\n554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via relay.example.edu, to <dept@example.edu>\n",
       [E("5.4.6", "554", "networkerror")],
       recips=[rec("dept@example.edu", "failed", "5.4.6",
                   "554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via relay.example.edu, to <dept@example.edu>",
                   None, orig_rcpt=False)],
       per="Reporting-MTA: dns; relay.example.edu\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: Tue, 25 Nov 2025 09:20:10 -0500",
       to="dept@example.edu", host="relay.example.edu")


# ==========================================================================
# DSN shapes: mixed outcomes, UTF-8 addresses (RFC 6533)
# ==========================================================================

report("haraka-01.eml", "RFC3464", "MAILER-DAEMON@out.example.com",
       "Mail delivery report",
       "This is a delivery report for your message to 3 recipients.\n\n"
       "  <ok@example.org>       delivered\n  <slow@example.net>     delayed, still trying (421 4.7.0 Try again later)\n"
       "  <gone@example.org>     failed (550 5.1.1 No such mailbox)\n\nHaraka outbound\n",
       [E("2.0.0", "250", "delivered"), E("4.7.0", "421", "securityerror"), E("5.1.1", "550", "userunknown")],
       recips=[rec("ok@example.org", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 7F2A1B", "mx.example.org"),
               rec("slow@example.net", "delayed", "4.7.0", "421 4.7.0 Try again later, closing connection (greylisted)", "mx.example.net"),
               rec("gone@example.org", "failed", "5.1.1", "550 5.1.1 No such mailbox", "mx.example.org")],
       host="out.example.com")
report("utf8-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@mail.example.com>",
       "Undelivered Mail Returned to Sender",
       "This is the mail system at host mail.example.com.\n\nYour message could not be delivered to:\n\n"
       "<用户@例子.中国>: host mx.例子.中国 said: 550 5.1.1 <用户@例子.中国>: mailbox unavailable\n",
       [E("5.1.1", "550", "userunknown")],
       recips=[rec("用户@例子.中国", "failed", "5.1.1", "550 5.1.1 <用户@例子.中国>: mailbox unavailable", "mx.xn--fsqu00a.xn--fiqs8s",
                   ftype="utf-8", dtype="smtp")], dsn_type="message/global-delivery-status", cs="utf-8", enc="8bit",
       to="用户@例子.中国", host="mail.example.com")
report("utf8-02.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@mail.example.com>",
       "Delivery Status Notification (Failure)",
       "Your message to josé@correo.example could not be delivered:\n"
       "552 5.2.2 Mailbox quota exceeded for josé@correo.example\n",
       [E("5.2.2", "552", "mailboxfull")],
       recips=[rec("josé@correo.example", "failed", "5.2.2", "552 5.2.2 Mailbox quota exceeded", "mx.correo.example",
                   ftype="utf-8", orig_rcpt="jose@correo.example")], dsn_type="message/global-delivery-status", cs="utf-8",
       enc="8bit", to="jose@correo.example", host="mail.example.com")
report("disagree-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@gw.example.com>",
       "Delivery Status Notification (Failure)",
       "Your message could not be delivered because the recipient's mailbox is full.\nPlease try again later.\n",
       [E("5.1.1", "550", "userunknown")],
       recips=[rec("max@example.org", "failed", "5.1.1", "550 5.1.1 <max@example.org>: Recipient address rejected: User unknown",
                   "mx.example.org")], to="max@example.org", host="gw.example.com")
report("alias-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@mail.example.edu>",
       "Delivery Status Notification (Failure)",
       "Delivery to the following recipient failed permanently:\n\n    support@example.edu (expanded from support@example.edu to k.lee@example.edu)\n\n"
       "Technical details of permanent failure:\n550 5.2.1 <k.lee@example.edu>: Recipient account is disabled\n",
       [E("5.2.1", "550", "filtered")],
       recips=[rec("k.lee@example.edu", "failed", "5.2.1", "550 5.2.1 <k.lee@example.edu>: Recipient account is disabled",
                   "mbox.example.edu", orig_rcpt="support@example.edu")], to="support@example.edu", host="mail.example.edu")

# ==========================================================================
# MTAs less seen
# ==========================================================================

# --- Exchange 2010 on-premises
def ex2010(name, addr, human, code, exp):
    report(name, "Exchange2007", "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>",
           "Undeliverable: Q3 numbers",
           "Delivery has failed to these recipients or groups:\n\n%s\n%s\n\n\n\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: EX2010.corp.example.org\n\n%s\n%s\n\n"
           "Original message headers:\n\nReceived: from smtp.example.com (192.0.2.10) by EX2010.corp.example.org\n (10.0.0.5) with Microsoft SMTP Server id 14.3.513.0; Tue, 25 Nov 2025 10:00:00 +0100\n"
           % (addr, human, addr, code), exp,
           recips=[rec(addr, "failed", code.split()[1], code.strip("# "), None, orig_rcpt=False)],
           per="Reporting-MTA: dns;EX2010.corp.example.org", to=addr, host="EX2010.corp.example.org",
           extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"], kind="headers")


ex2010("exchange2010-01.eml", "p.meyer@example.org",
       "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. "
       "If the problem continues, please contact your helpdesk.", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
       [E("5.1.1", "550", "userunknown")])
ex2010("exchange2010-02.eml", "board@example.org",
       "You do not have permission to send to this recipient. For assistance, contact your system administrator.",
       "#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##", [E("5.7.1", "550", "rejected")])
ex2010("exchange2010-03.eml", "archive@example.org",
       "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
       "#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "
       "\"MapiExceptionShutoffQuotaExceeded:16.18969:\". ##", [E("5.2.2", "550", "mailboxfull")])
ex2010("exchange2010-04.eml", "sales@example.org",
       "The message was rejected because it's too large. The maximum size allowed is 10240 KB.",
       "#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##", [E("5.3.4", "550", "mesgtoobig")])

# --- HCL Domino in English
def domino(name, addr, why, exp):
    report(name, "Domino", "Mail Delivery Subsystem <Postmaster@notes.example.com>",
           "DELIVERY FAILURE: %s" % why,
           "Your message\n\n  Subject: Q3 numbers\n\nwas not delivered to:\n\n  %s\n\nbecause:\n\n  %s\n" % (addr, why), exp,
           to=addr, host="notes.example.com", mixed=True)


domino("domino-01.eml", "hans.mueller@example.com", "User hans.mueller (hans.mueller@example.com) not listed in Domino Directory",
       [E("5.0.911", "", "userunknown")])
domino("domino-02.eml", "ops@example.com", "Several matches found in Domino Directory: ops",
       [E("5.0.930", "", "systemerror")])
domino("domino-03.eml", "legacy@example.com", "Cannot route mail to user (legacy@example.com)",
       [E("5.0.910", "", "filtered")])

# --- hMailServer
single("hmailserver-01.eml", "hMailServer", "mailer-daemon@mail.example.net",
       "Message undeliverable: Q3 numbers",
       "Your message did not reach some or all of the intended recipients.\n\n   Sent: Tue, 25 Nov 2025 10:12:01 +0100\n"
       "   Subject: Q3 numbers\n\nThe following recipient(s) could not be reached:\n\nleo@example.org\n"
       "   Error Type: SMTP\n   Remote server (203.0.113.9) issued an error.\n   hMailServer sent: RCPT TO:<leo@example.org>\n"
       "   Remote server replied: 550 5.1.1 <leo@example.org>: Recipient address rejected: User unknown in virtual alias table\n\nhMailServer\n",
       [E("5.1.1", "550", "userunknown")], host="mail.example.net")
single("hmailserver-02.eml", "hMailServer", "mailer-daemon@mail.example.net",
       "Message undeliverable: Q3 numbers",
       "Your message did not reach some or all of the intended recipients.\n\n   Sent: Tue, 25 Nov 2025 10:14:31 +0100\n"
       "   Subject: Q3 numbers\n\nThe following recipient(s) could not be reached:\n\nzoe@example.info\n"
       "   Error Type: SMTP\n   Remote server (203.0.113.200) issued an error.\n   hMailServer sent: MAIL FROM:<sender@example.com>\n"
       "   Remote server replied: 550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]\n\nhMailServer\n",
       [E("5.7.1", "550", "securityerror")], host="mail.example.net")
# --- MDaemon
single("mdaemon-01.eml", "MDaemon", "MDaemon at mail.example.com <MDaemon@mail.example.com>",
       "Permanent Delivery Failure",
       "The attached message had PERMANENT fatal delivery errors!\n\n"
       "After one or more unsuccessful delivery attempts the attached message has been removed from the mail queue on this server. "
       "The number and frequency of delivery attempts are determined by local configuration parameters.\n\n"
       "YOUR MAIL WAS NOT DELIVERED TO ANY OF ITS RECIPIENTS!\n\n"
       "--- Session Transcript ---\n Tue 2025-11-25 10:20:02.114: Parsing message <mail.example.com\\pd50000012345.msg>\n"
       " Tue 2025-11-25 10:20:02.211: *  From: sender@example.com\n Tue 2025-11-25 10:20:02.211: *  To: nora@example.org\n"
       " Tue 2025-11-25 10:20:02.540: Attempting SMTP connection to [mx.example.org : 25]\n"
       " Tue 2025-11-25 10:20:02.771: --> RCPT To:<nora@example.org>\n"
       " Tue 2025-11-25 10:20:02.902: <-- 552 5.2.2 nora@example.org: user is over quota\n--- End Transcript ---\n",
       [E("5.2.2", "552", "mailboxfull")], host="mail.example.com")
single("mdaemon-02.eml", "MDaemon", "MDaemon at mail.example.com <MDaemon@mail.example.com>",
       "Warning: Temporary Delivery Failure Notice",
       "The attached message has encountered temporary delivery problems.\n\n"
       "The message will remain in the queue and delivery will be attempted again later.\n\n"
       "--- Session Transcript ---\n Tue 2025-11-25 10:30:02.540: Attempting SMTP connection to [mx.example.biz : 25]\n"
       " Tue 2025-11-25 10:30:23.541: Socket connection failed: Connection timed out\n"
       " Tue 2025-11-25 10:30:23.600: Recipient: omar@example.biz\n--- End Transcript ---\n",
       [E("4.0.947", "", "expired")], host="mail.example.com")
# --- CommuniGate Pro
single("communigate-01.eml", "CommuniGate", "MAILER-DAEMON@cgp.example.com",
       "Undeliverable mail: Q3 numbers",
       "Failed to deliver to '<paul@example.org>'\nSMTP module(domain example.org) reports:\n host mx.example.org says:\n"
       " 550 5.7.1 Relaying denied\n",
       [E("5.7.1", "550", "norelaying")], host="cgp.example.com")
single("communigate-02.eml", "CommuniGate", "MAILER-DAEMON@cgp.example.com",
       "Undeliverable mail: Q3 numbers",
       "Failed to deliver to '<quinn@cgp.example.com>'\nLOCAL module(account quinn) reports:\n account is full (quota exceeded)\n",
       [E("5.0.922", "", "mailboxfull")], host="cgp.example.com")
# --- Kerio Connect
report("kerio-01.eml", "RFC3464", "Kerio Connect <postmaster@mail.example.cz>",
       "Undelivered mail: Q3 numbers",
       "Your message could not be delivered to the following recipients:\n\n    petr@example.cz\n"
       "    Reason: Remote SMTP server has rejected address\n    Diagnostic code: smtp;550 5.1.1 Mailbox does not exist\n",
       [E("5.1.1", "550", "userunknown")],
       recips=[rec("petr@example.cz", "failed", "5.1.1", "550 5.1.1 Mailbox does not exist", "mx.example.cz")],
       to="petr@example.cz", host="mail.example.cz")
report("kerio-02.eml", "RFC3464", "Kerio Connect <postmaster@mail.example.cz>",
       "Undelivered mail: Q3 numbers",
       "Your message could not be delivered to the following recipients:\n\n    eva@example.sk\n"
       "    Reason: Remote host not found\n",
       [E("5.4.4", "", "hostunknown")],
       recips=[rec("eva@example.sk", "failed", "5.4.4", "Host not found (example.sk)", None, dtype="x-kerio")],
       to="eva@example.sk", host="mail.example.cz")
# --- Axigen
report("axigen-01.eml", "RFC3464", "Axigen Mail Server <MAILER-DAEMON@axigen.example.ro>",
       "Delivery failure notification",
       "The following message could not be delivered to one or more recipients.\n\n"
       "Recipient: ion@example.ro\nReason: 554 5.7.1 Message rejected because of unacceptable content (score 12.1)\n",
       [E("5.7.1", "554", "spamdetected")],
       recips=[rec("ion@example.ro", "failed", "5.7.1", "554 5.7.1 Message rejected because of unacceptable content (score 12.1)",
                   "mx.example.ro")], to="ion@example.ro", host="axigen.example.ro")
report("axigen-02.eml", "RFC3464", "Axigen Mail Server <MAILER-DAEMON@axigen.example.ro>",
       "Delivery failure notification",
       "The following message could not be delivered to one or more recipients.\n\n"
       "Recipient: dan@example.ro\nReason: 451 4.3.0 Temporary system error, please try again later\n",
       [E("4.3.0", "451", "expired")],
       recips=[rec("dan@example.ro", "delayed", "4.3.0", "451 4.3.0 Temporary system error, please try again later",
                   "mx.example.ro")], to="dan@example.ro", host="axigen.example.ro")
# --- SmarterMail
single("smartermail-01.eml", "SmarterMail", "\"Mail Delivery Subsystem\" <postmaster@mail.example.com>",
       "Undeliverable: Q3 numbers",
       "Delivery has failed to these recipients or groups:\n\nrob@example.org\n"
       "The recipient's mail server rejected the message: 550 5.7.1 Message rejected due to DMARC policy (p=reject) of example.com\n\n"
       "SmarterMail\n",
       [E("5.7.1", "550", "authfailure")], host="mail.example.com")
single("smartermail-02.eml", "SmarterMail", "\"Mail Delivery Subsystem\" <postmaster@mail.example.com>",
       "Undeliverable: Q3 numbers",
       "Delivery has failed to these recipients or groups:\n\nmail@example.org\n"
       "The recipient's mail server rejected the message: 421 4.7.0 Too many messages from your IP, rate limited; try again later\n\n"
       "SmarterMail\n",
       [E("4.7.0", "421", "securityerror")], host="mail.example.com")
# --- Zimbra (a Postfix underneath; LMTP to the mailbox store)
postfix("zimbra-01.eml", "zimbra.example.com", [
    ("sam@zimbra.example.com", "failed", "5.2.2", "552 5.2.2 Over quota", "mailbox1.zimbra.example.com",
     "host mailbox1.zimbra.example.com[10.0.0.21] said: 552 5.2.2 Over quota (in reply to RCPT TO command)", "lmtp")],
    [E("5.2.2", "552", "mailboxfull")])
postfix("zimbra-02.eml", "zimbra.example.com", [
    ("tara@zimbra.example.com", "failed", "5.2.1", "550 5.2.1 Mailbox disabled, not accepting messages",
     "mailbox1.zimbra.example.com",
     "host mailbox1.zimbra.example.com[10.0.0.21] said: 550 5.2.1 Mailbox disabled, not accepting messages (in reply to RCPT TO command)",
     "lmtp")], [E("5.2.1", "550", "suspend")])
postfix("zimbra-03.eml", "zimbra.example.com", [
    ("una@zimbra.example.com", "failed", "5.7.0", "554 5.7.0 Reject, id=12345-03 - INFECTED: Eicar-Signature",
     "127.0.0.1",
     "host 127.0.0.1[127.0.0.1] said: 554 5.7.0 Reject, id=12345-03 - INFECTED: Eicar-Signature (in reply to end of DATA command)")],
    [E("5.7.0", "554", "spamdetected")])

# ==========================================================================
# ARF feedback reports
# ==========================================================================

def arf(name, frm, subject, ua, ftype="abuse", extra_fields=(), src="192.0.2.10", engine="ARF", host="example.net"):
    n = nxt()
    date = "Wed, 26 Nov 2025 07:%02d:03 +0000" % (n % 60)
    h = ["Return-Path: <%s>" % frm.split("<")[-1].rstrip(">"), "From: %s" % frm, "To: fbl@example.com",
         "Date: %s" % date, "Subject: %s" % subject, "MIME-Version: 1.0",
         "Message-ID: <%s.%d@%s>" % (name[:-4].replace("-", ""), n, host)]
    fb = "\n".join(["Feedback-Type: %s" % ftype, "User-Agent: %s" % ua, "Version: 1",
                    "Original-Mail-From: <%s>" % SA, "Original-Rcpt-To: <user@%s>" % host, "Arrival-Date: %s" % date,
                    "Source-IP: %s" % src, "Reported-Domain: example.com"] + list(extra_fields))
    body = multipart("report", [part("text/plain", "This is an email abuse report for an email message received from IP %s on %s.\n"
                                     "For more information about this format please see http://www.mipassoc.org/arf/.\n" % (src, date)),
                                raw(["Content-Type: message/feedback-report"], fb),
                                returned("user@%s" % host, "Q3 numbers", date, "fb%02d@example.com" % n)],
                     "fbl_%d_%s" % (n, name[:-4]), params=" report-type=feedback-report;")
    add(name, engine, "\n".join(h) + "\n" + body, [E("", "", "feedback", False)])


arf("arf-microsoft-01.eml", "staff@hotmail.com", "complaint about message from 192.0.2.10", "Hotmail FBL",
    host="hotmail.com", extra_fields=["Removal-Recipient: user@hotmail.com"])
arf("arf-yahoo-01.eml", "feedback@arf.mail.yahoo.com", "FW: Q3 numbers", "Yahoo!-Mail-Feedback/2.0", host="yahoo.com")
arf("arf-comcast-01.eml", "Comcast Feedback Loop <feedbackloop@comcastfbl.senderscore.net>", "Email Feedback Report",
    "Comcast FBL/1.0", host="comcast.net")
arf("arf-aol-01.eml", "scomp@aol.net", "Email Feedback Report for IP 192.0.2.10", "AOL SComp", host="aol.com")
arf("arf-mailru-01.eml", "Mail.Ru Feedback Loop <fbl@corp.mail.ru>", "Abuse report", "Mail.Ru FBL/1.0", host="mail.ru")
arf("arf-authfail-01.eml", "dmarc-failure@example.org", "FW: Q3 numbers (authentication failure)", "OpenDMARC/1.4.2",
    ftype="auth-failure", extra_fields=["Auth-Failure: dmarc", "Authentication-Results: mx.example.org; dmarc=fail header.from=example.com"],
    host="example.org")

# ==========================================================================
# Auto-replies
# ==========================================================================

def vac(name, frm, subject, text, extra=(), cs="us-ascii", enc="7bit"):
    n = nxt()
    addr = frm.split("<")[-1].rstrip(">")
    h = ["Return-Path: <%s>" % addr, "From: %s" % frm, "To: <%s>" % SA,
         "Date: Wed, 26 Nov 2025 09:%02d:00 +0100" % (n % 60), "Subject: %s" % subject, "MIME-Version: 1.0",
         "Message-ID: <%s.%d@%s>" % (name[:-4].replace("-", ""), n, addr.split("@")[1]), "In-Reply-To: <q3n01@example.com>"]
    add(name, "RFC3834", "\n".join(h + list(extra)) + "\n" + part("text/plain", text, enc=enc, cs=cs),
        [E("", "", "vacation", False)])


vac("vacation-exchange-01.eml", "Laura Example <laura@example.org>", "Automatic reply: Q3 numbers",
    "Thank you for your email. I am out of the office until 1 December with limited access to email.\n"
    "For urgent matters please contact office@example.org.\n",
    ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: laura@example.org"])
vac("vacation-zimbra-01.eml", "Mark Example <mark@zimbra.example.com>", "Out of Office: Q3 numbers",
    "I am currently out of the office and will return on Monday 1 December.\n",
    ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"])
vac("vacation-sieve-01.eml", "Nadia Example <nadia@example.net>", "Auto: Q3 numbers",
    "I'm on vacation until December 1st. Your message will be read when I return.\n",
    ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"])
vac("vacation-gmail-01.eml", "Omar Example <omar@gmail.com>", "Re: Q3 numbers",
    "Hi, I'm travelling this week and will reply when I'm back on 1 December.\n",
    ["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
vac("vacation-looks-01.eml", "Info Desk <info@example.org>", "Automatic reply: Undeliverable: this mailbox is no longer monitored",
    "This mailbox is no longer monitored and your message has not been delivered to a person.\n"
    "Please resend your message to support@example.org.\n",
    ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
vac("vacation-looks-02.eml", "Peter Example <peter@example.de>", "Abwesenheitsnotiz / Out of office: Q3 numbers (delivery delayed)",
    "Your message has been received but the reply will be delayed: I am out of office until 2 December.\n",
    ["Auto-Submitted: auto-replied (vacation)"])

# ==========================================================================

write_set(OUT, SETS)
