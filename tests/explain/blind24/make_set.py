#!/usr/bin/env python3
"""make_set.py: write blind24 (sender authentication as receivers word it
in 2024-2026: Gmail's bulk-sender rules, Outlook.com / Microsoft 365's
authentication and outbound blocks, Yahoo/AOL's 5.7.9, Apple iCloud,
GMX, Orange, mail.ru, Yandex, QQ and 163, and the security gateways
(Mimecast, Proofpoint, Barracuda, Cisco, Sophos) on SPF, DKIM, DMARC and
ARC failures, in the DSN and text forms of Postfix, Exim, qmail,
Exchange, Exchange Online and Gmail; and the reports about
authentication that are not bounces: DMARC aggregate reports, a TLS-RPT
report, an RFC 6591 authentication failure report) as emails/*.eml and
labels.jsonl beside this file.  Deterministic: no clock, no random; run
it twice and the bytes are the same.  Labels follow README.md's policy
(Sisimai's reason taxonomy, the corpus's label format; [] where no
bounce is expected)."""
import gzip
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (Mime, E, POSTFIX_INTRO, POSTFIX_DELAY, SENDER, b64, dsn, fold, hdrs, raw, rec,  # noqa: E402
                      said, smtp_err, write_set)

OUT = os.path.dirname(os.path.abspath(__file__))
BODY = ("Dear customer,\n\nyour November statement is ready. Sign in to your account to read it;\n"
        "we never ask for your password by mail.\n\nKind regards,\nExample Billing\n")
M = Mime("smtp-out4.example.com with ESMTPSA id 5D27A9E4", BODY,
         dkim_b="zR3xK8mQ1vT6nW2pL7sD4hF9uE3gA8jJ5oN1iT4rX7zC2yB6vD8eF1gH4kK7lM3nP9qS2uW6xA1bC5dE8fG2h==")
SETS = []
OSUBJ = "Your November statement is ready"
IP = "192.0.2.10"


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def dt(n, h=0):
    """A date of message n, h hours after its sending."""
    day = 24 + n % 3
    return "%s, %02d Nov 2026 %02d:%02d:%02d +0000" % (
        ["Tue", "Wed", "Thu"][day - 24], day, 7 + (n % 6) + h, (n * 19) % 60, (n * 31) % 60)


def mid(n, host):
    return "%08X.%d@%s" % (0x6D4B0000 + n * 1291, n, host)


def omid(n):
    return "stmt-%03d.%d@example.com" % (n, 8800 + n)


def message(h, body):
    return "\n".join(h) + "\n" + body


def report(parts, bnd, preamble=None):
    return M.multipart("report", parts, bnd, params=" report-type=delivery-status;", preamble=preamble)


# --------------------------------------------------------------------------
# Postfix: bounces and delay warnings quoting the remote's reply
# --------------------------------------------------------------------------

PF_HOST = "mail.example.com"


def pf(n, rcpt, line, status, diag, remote, delay=False, dtype="smtp"):
    """A Postfix bounce (or delay warning) of one recipient: line, the
    text after "<rcpt>: "; diag, the Diagnostic-Code."""
    qid = "4T%dWm%02dKq" % (n % 10, n)
    intro = POSTFIX_DELAY % PF_HOST if delay else POSTFIX_INTRO % PF_HOST
    text = intro + fold("<%s>: %s" % (rcpt, line)) + "\n"
    per = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s"
           % (PF_HOST, qid, SENDER, dt(n)))
    extra = ["Will-Retry-Until: %s" % dt(n, 96)] if delay else []
    r = rec(rcpt, "delayed" if delay else "failed", status, diag, remote, dtype, extra=extra)
    parts = [M.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers" if delay else "message",
                        desc="Delayed Message" if delay else "Undelivered Message")]
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % PF_HOST, subj, dt(n, 4 if delay else 1),
             "%s@%s" % (qid, PF_HOST), extra=["Auto-Submitted: auto-replied"])
    return message(h, report(parts, "%s.%d/%s" % (qid, 1764300000 + n, PF_HOST),
                             preamble="This is a MIME-encapsulated message.\n"))


def pfs(n, rcpt, host, ip, reply, status, cmd="RCPT TO", delay=False):
    """A Postfix bounce whose line is "host ... said: reply"; the
    Diagnostic-Code is the reply unfolded."""
    line = said(host, ip, reply, cmd)
    return pf(n, rcpt, line, status, " ".join(reply.split("\n")), host, delay)


GM = ("gmail-smtp-in.l.google.com", "142.250.102.27")
GM_AUTH = ("550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
           "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550-5.7.26\n"
           "550-5.7.26  Authentication results:\n550-5.7.26  DKIM = did not pass\n"
           "550-5.7.26  SPF [example.com] with ip: [%s] = did not pass\n550-5.7.26\n"
           "550-5.7.26  For instructions on setting up authentication, go to\n"
           "550 5.7.26  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-7"
           % IP)
add("postfix-gmail-01", "Postfix", pfs(1, "k.lindqvist@gmail.com", GM[0], GM[1], GM_AUTH, "5.7.26", "end of DATA"),
    [E("5.7.26", "550", "authfailure")])
add("postfix-gmail-02", "Postfix", pfs(
    2, "ana.pereira@gmail.com", GM[0], GM[1],
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to\n"
    "550-5.7.26 domain's DMARC policy. Please contact the administrator of\n"
    "550-5.7.26 example.com domain if this was a legitimate mail. To learn about\n"
    "550-5.7.26 the DMARC initiative, go to\n"
    "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-4", "5.7.26", "end of DATA"),
    [E("5.7.26", "550", "authfailure")])
add("postfix-gmail-03", "Postfix", pfs(
    3, "t.okafor@gmail.com", GM[0], GM[1],
    "550-5.7.27 This mail has been blocked because the sender is unauthenticated.\n"
    "550-5.7.27 Your domain's SPF record has a hard fail policy (-all) and the\n"
    "550-5.7.27 sending IP [%s] is not in it. To protect our users,\n"
    "550-5.7.27 Gmail rejects mail that fails SPF with a hard fail policy. For\n"
    "550-5.7.27 more information, go to\n"
    "550 5.7.27  https://support.google.com/mail/answer/81126 a640c23a62f3a-9" % IP, "5.7.27", "end of DATA"),
    [E("5.7.27", "550", "authfailure")])
add("postfix-gmail-04", "Postfix", pfs(
    4, "r.nakamura@gmail.com", GM[0], GM[1],
    "550-5.7.25 [%s] The IP address sending this message does not have a\n"
    "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
    "550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n"
    "550-5.7.25 from IPs with missing PTR records. For more information, go to\n"
    "550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices 98e67ed59e1d1-2" % IP,
    "5.7.25", "end of DATA"), [E("5.7.25", "550", "requireptr")])
add("postfix-gmail-05", "Postfix", pfs(
    5, "m.dubois@gmail.com", "aspmx.l.google.com", "142.251.9.26",
    "550-5.7.1 [%s      12] Gmail has detected that this message is likely\n"
    "550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail, this\n"
    "550-5.7.1 message has been blocked. For more information, go to\n"
    "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 41be03b00d2f7-3" % IP,
    "5.7.1", "end of DATA"), [E("5.7.1", "550", "spamdetected")])
add("postfix-gmail-06", "Postfix", pf(
    6, "j.ferreira@gmail.com",
    "delivery temporarily suspended: " + said(
        GM[0], GM[1], "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your "
        "DKIM domain [example.com      15]. To protect our users from spam, mail sent from your domain has been "
        "temporarily rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError",
        "end of DATA"), "4.7.28",
    "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain "
    "[example.com      15]. To protect our users from spam, mail sent from your domain has been temporarily rate "
    "limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError", GM[0]),
    [E("4.7.28", "421", "blocked")])
add("postfix-gmail-07", "Postfix", pfs(
    7, "l.moretti@gmail.com", GM[0], GM[1],
    "421-4.7.26 This mail has been rate limited because it is unauthenticated.\n"
    "421-4.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n421-4.7.26\n"
    "421-4.7.26  Authentication results:\n421-4.7.26  DKIM = did not pass\n"
    "421-4.7.26  SPF [example.com] with ip: [%s] = did not pass\n421-4.7.26\n"
    "421-4.7.26  For instructions on setting up authentication, go to\n"
    "421 4.7.26  https://support.google.com/mail/answer/81126#authentication 5614622812f47-1" % IP,
    "4.7.26", "end of DATA", delay=True), [E("4.7.26", "421", "authfailure")])

MS = ("example-org.mail.protection.outlook.com", "52.101.68.4")
OLC = ("outlook-com.olc.protection.outlook.com", "52.101.41.2")
add("postfix-ms-01", "Postfix", pfs(
    8, "petra.novak@outlook.com", OLC[0], OLC[1],
    "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level. "
    "The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the "
    "sender. To learn more, see https://go.microsoft.com/fwlink/?linkid=2296034 "
    "[AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-11-24T09:12:31.883Z 08DD0C4A2E91B3F7]", "5.7.515",
    "end of DATA"), [E("5.7.515", "550", "authfailure")])
add("postfix-ms-02", "Postfix", pfs(
    9, "finance@example.org", MS[0], MS[1],
    "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC "
    "policy of reject. [DB5PEPF00014B8D.eurprd02.prod.outlook.com 2026-11-25T10:04:55.112Z 08DD0C4B1A77C2E0] "
    "[DB1PEPF000509F5.eurprd03.prod.outlook.com]", "5.7.509", "end of DATA"),
    [E("5.7.509", "550", "authfailure")])
add("postfix-ms-03", "Postfix", pfs(
    10, "o.hansen@hotmail.com", OLC[0], OLC[1],
    "451 4.7.650 The mail server [%s] has been temporarily rate limited due to IP reputation. For e-mail "
    "delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA]"
    "[MxId=11BA4D6C82F1A3E5] [VI1EUR04FT055.eop-eur04.prod.protection.outlook.com 2026-11-26T11:20:07.553Z "
    "08DD0C4C2B31E9A4]" % IP, "4.7.650", "MAIL FROM", delay=True), [E("4.7.650", "451", "badreputation")])

YH = ("mta6.am0.yahoodns.net", "67.195.204.72")
add("postfix-yahoo-01", "Postfix", pfs(
    11, "bill.carter@yahoo.com", YH[0], YH[1],
    "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
    "5.7.9", "end of DATA"), [E("5.7.9", "554", "policyviolation")])
add("postfix-yahoo-02", "Postfix", pfs(
    12, "s.rahman@yahoo.com", YH[0], YH[1],
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders "
    "to authenticate with either SPF or DKIM.", "5.7.9", "end of DATA"),
    [E("5.7.9", "550", "authfailure")])
add("postfix-aol-03", "Postfix", pfs(
    13, "grandpa.joe@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.228.106",
    "550 5.7.9 Message not accepted: the message fails the sending domain's DMARC policy (p=reject). "
    "See https://senders.yahooinc.com/error-codes", "5.7.9", "end of DATA"),
    [E("5.7.9", "550", "authfailure")])
add("postfix-icloud-01", "Postfix", pfs(
    14, "e.walsh@icloud.com", "mx01.mail.icloud.com", "17.57.155.23",
    "554 5.7.1 [HM08] Message rejected due to the sender domain's DMARC policy. Please see "
    "https://support.apple.com/en-us/102322", "5.7.1", "end of DATA"),
    [E("5.7.1", "554", "authfailure")])
add("postfix-icloud-02", "Postfix", pfs(
    15, "h.ito@me.com", "mx02.mail.icloud.com", "17.57.154.33",
    "550 5.7.0 [CS02] Message rejected: SPF check failed for example.com. Please see "
    "https://support.apple.com/en-us/102322", "5.7.0", "end of DATA"),
    [E("5.7.0", "550", "authfailure")])
add("postfix-gmx-01", "Postfix", pf(
    16, "f.schneider@gmx.de",
    "host mx00.emig.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx016) Nemesis ESMTP Service "
    "not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit "
    "https://postmaster.gmx.net/en/case?c=hi&i=ip&v=192.0.2.10&r=1MAfQZ-1tAbCd0xY2-00BcDe", "5.0.0",
    "554-gmx.net (mxgmx016) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource "
    "record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=192.0.2.10&r=1MAfQZ-1tAbCd0xY2-00BcDe",
    "mx00.emig.gmx.net"), [E("5.0.0", "554", "requireptr")])
add("postfix-orange-01", "Postfix", pfs(
    17, "c.martin@orange.fr", "smtp-in.orange.fr", "193.252.22.65",
    "550 5.7.1 Le domaine de l'emetteur echoue a la politique DMARC. The sender domain fails its DMARC "
    "policy. OFR_507 [507]", "5.7.1", "end of DATA"), [E("5.7.1", "550", "authfailure")])
add("postfix-mailru-01", "Postfix", pfs(
    18, "ivan.sokolov@mail.ru", "mxs.mail.ru", "94.100.180.31",
    "550 5.7.1 Message rejected: SPF check failed, sender domain example.com does not designate "
    "%s as permitted sender. https://help.mail.ru/mail/mailer/popular" % IP, "5.7.1", "MAIL FROM"),
    [E("5.7.1", "550", "authfailure")])
add("postfix-yandex-01", "Postfix", pfs(
    19, "o.petrova@yandex.ru", "mx.yandex.ru", "77.88.21.249",
    "550 5.7.1 Email rejected per DMARC policy for example.com 1764047531-aBcDeFgH1Ks0-x1", "5.7.1",
    "end of DATA"), [E("5.7.1", "550", "authfailure")])
add("postfix-qq-01", "Postfix", pfs(
    20, "84213377@qq.com", "mx3.qq.com", "183.47.101.192",
    "550 DMARC check failed. https://service.mail.qq.com/detail/0/1001", "5.0.0", "end of DATA"),
    [E("5.0.0", "550", "authfailure")])
add("postfix-163-01", "Postfix", pfs(
    21, "wang.lei@163.com", "163mx01.mxmail.netease.com", "220.181.12.51",
    "550 MI:SPF mx42,OcCowAD3v0gBqUNnnL1xAA--.21740S2 1764048641 SPF check failed "
    "http://mail.163.com/help/help_spam_16.htm?ip=%s&hostid=mx42&time=1764048641" % IP, "5.0.0", "MAIL FROM"),
    [E("5.0.0", "550", "spamdetected")])
add("postfix-mimecast-01", "Postfix", pfs(
    22, "accounts@example.co.uk", "eu-smtp-inbound-1.mimecast.com", "91.220.42.231",
    "550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 "
    "[Xy3kQpLmN2aBcDeF.uk187]", "5.0.0", "RCPT TO"), [E("5.0.0", "550", "authfailure")])
add("postfix-proofpoint-01", "Postfix", pfs(
    23, "ap@example.net", "mx0a-00112233.pphosted.com", "148.163.152.10",
    "550 5.7.1 Message rejected due to DMARC policy of example.com. Please see "
    "https://www.proofpoint.com/us/products/email-protection", "5.7.1", "end of DATA"),
    [E("5.7.1", "550", "authfailure")])
add("postfix-barracuda-01", "Postfix", pfs(
    24, "orders@example.biz", "d12345a.ess.barracudanetworks.com", "209.222.82.253",
    "550 5.7.1 Sender Policy Framework (SPF) Fail: %s is not allowed to send mail from example.com "
    "(Mode: normal)" % IP, "5.7.1", "RCPT TO"), [E("5.7.1", "550", "authfailure")])
add("postfix-ironport-01", "Postfix", pfs(
    25, "legal@example.ch", "esa1.example.iphmx.com", "68.232.135.40",
    "550 #5.7.1 Your message was rejected: DMARC verification failed and the sender domain's policy is reject",
    "5.7.1", "end of DATA"), [E("5.7.1", "550", "authfailure")])
add("postfix-sophos-01", "Postfix", pfs(
    26, "hr@example.at", "mx-01-eu-central-1.prod.hydra.sophos.com", "3.125.91.201",
    "550 5.7.20 No passing DKIM signature found: signature of example.com did not verify", "5.7.20",
    "end of DATA"), [E("5.7.20", "550", "authfailure")])
add("postfix-arc-01", "Postfix", pfs(
    27, "members@lists.example.edu", "mx1.example.edu", "198.51.100.44",
    "550 5.7.29 ARC validation failure: the chain of the forwarded message is broken (cv=fail)", "5.7.29",
    "end of DATA"), [E("5.7.29", "550", "authfailure")])
add("postfix-policyd-01", "Postfix", pfs(
    28, "n.olsen@example.dk", "mail.example.dk", "198.51.100.61",
    "550 5.7.23 <n.olsen@example.dk>: Recipient address rejected: Message rejected due to: SPF fail - not "
    "authorized. Please see http://www.open-spf.org/Why?s=mfrom;id=sender@example.com;ip=%s;"
    "r=<UNKNOWN>" % IP, "5.7.23", "RCPT TO"), [E("5.7.23", "550", "authfailure")])


# --------------------------------------------------------------------------
# Exim text bounces
# --------------------------------------------------------------------------

EXIM_HOST = "mx.example.com"


def exim(n, rcpt, lines):
    eid = "1tK%dzB-00%02dQr-7N" % (n % 10, n)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n%s\n" % (rcpt, "\n".join("    " + l for l in lines)))
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % EXIM_HOST, "Mail delivery failed: returning message to sender",
             dt(n, 1), "E%s@%s" % (eid, EXIM_HOST),
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % rcpt,
                    "Content-Type: text/plain; charset=us-ascii"])
    return message(h, "\n" + text + "\n------ This is a copy of the message, including all the headers. ------\n\n" +
                   M.orig(rcpt, OSUBJ, dt(n), omid(n)) + "\n" + BODY)


add("exim-gmail-01", "Exim", exim(29, "d.kowalski@gmail.com", smtp_err(
    "gmail-smtp-in.l.google.com", "142.250.27.26", "end of data", [
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to",
        "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
        "550-5.7.26 example.com domain if this was a legitimate mail. To learn about",
        "550-5.7.26 the DMARC initiative, go to",
        "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection ffacd0b85a97d-4"])),
    [E("5.7.26", "550", "authfailure")])
add("exim-ms-02", "Exim", exim(30, "y.cohen@outlook.com", smtp_err(
    "outlook-com.olc.protection.outlook.com", "52.101.73.19", "end of data", [
        "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication "
        "level. The sender's domain in the 5322.From address doesn't meet the authentication requirements "
        "defined for the sender. To learn more, see https://go.microsoft.com/fwlink/?linkid=2296034 "
        "[PAXPEPF00000B12.eurprd03.prod.outlook.com 2026-11-24T13:40:02.004Z 08DD0C4D55E2A119]"])),
    [E("5.7.515", "550", "authfailure")])
add("exim-aol-03", "Exim", exim(31, "mrs.lee@aol.com", smtp_err(
    "mx-aol.mail.gm0.yahoodns.net", "67.195.204.79", "end of data", [
        "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes"])),
    [E("5.7.9", "554", "policyviolation")])
add("exim-spf-04", "Exim", exim(32, "p.horvath@example.hu", smtp_err(
    "mail.example.hu", "198.51.100.83", "MAIL FROM:<sender@example.com> SIZE=2211", [
        "550 5.7.23 SPF: %s is not allowed to send mail from example.com" % IP])),
    [E("5.7.23", "550", "authfailure")])
add("exim-dkim-05", "Exim", exim(33, "info@example.no", smtp_err(
    "mx.example.no", "198.51.100.90", "end of data", [
        "550 5.7.1 DKIM signature verification failed: body hash did not verify (d=example.com)"])),
    [E("5.7.1", "550", "authfailure")])


# --------------------------------------------------------------------------
# Exchange Online (the sender is a Microsoft 365 tenant)
# --------------------------------------------------------------------------

def exo(n, rcpt, why, diag, status, remote):
    host = "AM9PR04MB8472.eurprd04.prod.outlook.com"
    title = "Your message to %s couldn't be delivered." % rcpt
    text = ("%s\n\n%s\n\nsender         Office 365         %s\nAction Required\n\n"
            "More info for email admins\nStatus code: %s\n\n%s\n\nOriginal Message Details\nCreated Date: %s\n"
            "Sender Address: %s\nRecipient Address: %s\nSubject: %s\n\nError Details\nReported error: %s\n"
            "DSN generated by: %s\nRemote server: %s\n"
            % (title, why, rcpt.split("@")[1], status, "This error was reported by the recipient's email server "
               "or by Office 365, not by the sender's client.", dt(n), SENDER, rcpt, OSUBJ, diag, host, remote))
    html = "<html><body><p><b>%s</b></p><p>%s</p><pre>%s</pre></body></html>\n" % (title, why, diag)
    alt = M.multipart("alternative", [M.part("text/plain", text, "qp", "utf-8"),
                                      M.part("text/html", html, "qp", "utf-8")], "_001_%08x_" % n, preamble="")
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;AM9PR04MB8472.eurprd04.prod.outlook.com\nArrival-Date: %s" % (
        host, dt(n))
    r = rec(rcpt, "failed", status, diag, remote)
    parts = [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")]
    h = hdrs("Microsoft Outlook <postmaster@example.onmicrosoft.com>", "Undeliverable: " + OSUBJ, dt(n, 1),
             mid(n, "outlook.com"), extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"])
    return message(h, report(parts, "_002_%08x_" % (0x4C000000 + n)))


add("exo-gmail-01", "Office365", exo(
    34, "b.osei@gmail.com", "Your message wasn't delivered because the recipient's email provider rejected it.",
    "Remote server returned '550-5.7.26 This mail has been blocked because the sender is unauthenticated. "
    "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication "
    "results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [example.com] with ip: [40.107.22.91] = did not "
    "pass 550 5.7.26 https://support.google.com/mail/answer/81126#authentication 4fb4d7f45d1cf-5 - gsmtp'",
    "5.7.26", "gmail-smtp-in.l.google.com"), [E("5.7.26", "550", "authfailure")])
add("exo-ms-02", "Office365", exo(
    35, "maria.g@hotmail.com", "Your message wasn't delivered because the recipient's email provider rejected it.",
    "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level. "
    "The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the "
    "sender. [BN8NAM11FT062.eop-nam11.prod.protection.outlook.com 2026-11-25T16:02:44.731Z 08DD0C4E01B7F3A2]",
    "5.7.515", "hotmail-com.olc.protection.outlook.com"), [E("5.7.515", "550", "authfailure")])
add("exo-ms-03", "Office365", exo(
    36, "s.mueller@example.de",
    "The message was rejected because of Sender Policy Framework violation. The domain's SPF record doesn't "
    "list the server that sent the message.",
    "550 5.7.23 The message was rejected because of Sender Policy Framework violation -> 550 5.7.1 SPF check "
    "failed: sender example.com does not designate 40.107.22.91 as permitted sender", "5.7.23",
    "mx.example.de"), [E("5.7.23", "550", "authfailure")])
add("exo-ms-04", "Office365", exo(
    37, "c.rossi@example.it",
    "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common "
    "reason for this is that your email address is suspected of sending spam and it's no longer allowed to "
    "send messages outside of your organization.",
    "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information "
    "please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) "
    "[AM9PR04MB8472.eurprd04.prod.outlook.com 2026-11-26T08:14:19.220Z 08DD0C4F7C1AB2D3]", "5.7.708",
    "AM9PR04MB8472.eurprd04.prod.outlook.com"), [E("5.7.708", "550", "speeding")])
add("exo-ms-05", "Office365", exo(
    38, "k.jensen@example.se",
    "Your message couldn't be delivered because the sending domain isn't registered as an accepted domain of "
    "your organization.",
    "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more "
    "information please go to http://go.microsoft.com/fwlink/?LinkId=526653 "
    "[AM9PR04MB8472.eurprd04.prod.outlook.com 2026-11-24T12:51:08.117Z 08DD0C501A8E4C65]", "5.7.750",
    "AM9PR04MB8472.eurprd04.prod.outlook.com"), [E("5.7.750", "550", "rejected")])
add("exo-yahoo-06", "Office365", exo(
    39, "dave.m@yahoo.com", "Your message wasn't delivered because the recipient's email provider rejected it.",
    "Remote server returned '554 5.7.9 Message not accepted for policy reasons.  See "
    "https://senders.yahooinc.com/error-codes'", "5.7.9", "mta7.am0.yahoodns.net"),
    [E("5.7.9", "554", "policyviolation")])


# --------------------------------------------------------------------------
# Exchange 2016/2019 on premises (text NDR with DSN)
# --------------------------------------------------------------------------

EX_HOST = "EXCH02.corp.example.com"


def exchange(n, rcpt, diag, status, remote_said):
    text = ("Delivery has failed to these recipients or groups:\n\n%s\nYour message couldn't be delivered. "
            "The recipient's mail server rejected it.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n\n"
            "Original message headers:\n\n%s" % (rcpt, EX_HOST, rcpt, diag, M.orig(rcpt, OSUBJ, dt(n), omid(n))))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp.example.com\nArrival-Date: %s" % (EX_HOST, dt(n))
    r = rec(rcpt, "failed", status, remote_said, None, extra=["X-Display-Name: %s" % rcpt.split("@")[0]])
    parts = [M.part("text/plain", text, "qp", "us-ascii"), dsn(per, [r]),
             M.returned(rcpt, OSUBJ, dt(n), omid(n), "headers")]
    h = hdrs("Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com>",
             "Undeliverable: " + OSUBJ, dt(n, 1), mid(n, EX_HOST),
             extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US", "Auto-Submitted: auto-replied"])
    return message(h, report(parts, "_000_%08x_" % (0x2B8E0000 + n)))


add("exchange-barracuda-01", "Exchange2007", exchange(
    40, "sales@example.ie",
    "Remote Server at d98765b.ess.barracudanetworks.com (209.222.82.252) returned '550 5.7.1 Sender Policy "
    "Framework (SPF) Fail: 203.0.113.25 is not allowed to send mail from corp.example.com'", "5.7.1",
    "550 5.7.1 Sender Policy Framework (SPF) Fail: 203.0.113.25 is not allowed to send mail from corp.example.com"),
    [E("5.7.1", "550", "authfailure")])
add("exchange-gmail-02", "Exchange2007", exchange(
    41, "t.nguyen@gmail.com",
    "Remote Server at gmail-smtp-in.l.google.com (142.250.110.26) returned '550 5.7.26 This mail has been "
    "blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either "
    "SPF or DKIM.'", "5.7.26",
    "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders "
    "to authenticate with either SPF or DKIM."), [E("5.7.26", "550", "authfailure")])


# --------------------------------------------------------------------------
# Gmail's own notices (the sender is on Gmail or Google Workspace)
# --------------------------------------------------------------------------

def gmail(n, rcpt, resp, status, diag, remote):
    title = "Message blocked"
    lead = "Your message to %s has been blocked. See technical details below for more information." % rcpt
    text = "** %s **\n\n%s\n\nThe response from the remote server was:\n%s\n" % (title, lead, resp)
    html = ("<html><body><h2>%s</h2><p>%s</p><p>The response from the remote server was:</p><p>%s</p>"
            "</body></html>\n" % (title, lead, resp))
    alt = M.multipart("alternative", [M.part("text/plain", text, "7bit", "UTF-8"),
                                      M.part("text/html", html, "qp", "UTF-8")], "000000000000c%05d" % n, preamble="")
    per = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sender@example.com\nArrival-Date: %s\n"
           "X-Original-Message-ID: <%s>" % (dt(n), omid(n)))
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False, last=dt(n))
    parts = [alt, dsn(per, [r]), M.returned(rcpt, OSUBJ, dt(n), omid(n))]
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
             dt(n), "%d.gmail@mx.google.com" % (61000 + n),
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % rcpt])
    return message(h, report(parts, "000000000000d%05d" % n))


add("gmail-ms-01", "Gmail", gmail(
    42, "a.silva@outlook.com",
    "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level. "
    "The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the "
    "sender. [DM6NAM12FT044.eop-nam12.prod.protection.outlook.com 2026-11-26T09:33:12.409Z 08DD0C51AA20C7F1]",
    "5.7.515",
    "smtp; 550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication "
    "level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined "
    "for the sender.", "outlook-com.olc.protection.outlook.com. (52.101.42.6, the server for the domain "
    "outlook.com.)"), [E("5.7.515", "550", "authfailure")])
add("gmail-yahoo-02", "Gmail", gmail(
    43, "jenny.b@yahoo.com", "554 5.7.9 Message not accepted for policy reasons.  See "
    "https://senders.yahooinc.com/error-codes", "5.7.9",
    "smtp; 554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
    "mta5.am0.yahoodns.net. (67.195.204.73, the server for the domain yahoo.com.)"),
    [E("5.7.9", "554", "policyviolation")])
add("gmail-proofpoint-03", "Gmail", gmail(
    44, "claims@example.com.au",
    "550 5.7.1 Message rejected due to DMARC policy of example.com. Please see "
    "https://www.proofpoint.com/us/products/email-protection", "5.7.1",
    "smtp; 550 5.7.1 Message rejected due to DMARC policy of example.com.",
    "mx0b-00223344.pphosted.com. (148.163.156.12, the server for the domain example.com.au.)"),
    [E("5.7.1", "550", "authfailure")])


# --------------------------------------------------------------------------
# qmail's plain text
# --------------------------------------------------------------------------

def qmail(n, rcpt, text, host="mail.example.net"):
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to "
            "the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n" % (host, rcpt, text))
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", dt(n, 1), mid(n, host))
    return message(h, "\n" + body + M.orig(rcpt, OSUBJ, dt(n), omid(n)) + "\n" + BODY)


add("qmail-gmail-01", "qmail", qmail(45, "h.demir@gmail.com",
                                     "142.250.153.27 failed after I sent the message.\n"
                                     "Remote host said: 550-5.7.26 This mail has been blocked because the sender "
                                     "is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate "
                                     "with either SPF or DKIM.\n550 5.7.26  https://support.google.com/mail/answer/"
                                     "81126#authentication 38308e7fff4ca-2 - gsmtp"),
    [E("5.7.26", "550", "authfailure")])


# --------------------------------------------------------------------------
# Reports about authentication that are not bounces
# --------------------------------------------------------------------------

AGG = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n"
       "    <org_name>%s</org_name>\n    <email>%s</email>\n    <report_id>%s</report_id>\n"
       "    <date_range><begin>1764028800</begin><end>1764115199</end></date_range>\n  </report_metadata>\n"
       "  <policy_published><domain>example.com</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p>"
       "<sp>reject</sp><pct>100</pct></policy_published>\n  <record>\n    <row><source_ip>%s</source_ip>"
       "<count>14</count><policy_evaluated><disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf>"
       "</policy_evaluated></row>\n    <identifiers><header_from>example.com</header_from></identifiers>\n"
       "    <auth_results><dkim><domain>example.com</domain><result>fail</result></dkim>"
       "<spf><domain>example.com</domain><result>fail</result></spf></auth_results>\n  </record>\n</feedback>\n")


def zipped(name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name, date_time=(2026, 11, 26, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    return buf.getvalue()


def attach(ctype, name, data):
    return "Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n" \
           "Content-Transfer-Encoding: base64\n\n%s\n" % (ctype, name, name, b64(data))


g_name = "google.com!example.com!1764028800!1764115199.zip"
g_zip = zipped(g_name[:-4] + ".xml", AGG % ("google.com", "noreply-dmarc-support@google.com",
                                             "17640288001423190537", IP))
add("dmarc-agg-google-01", "none", message(
    hdrs("noreply-dmarc-support@google.com", "Report domain: example.com Submitter: google.com Report-ID: "
         "17640288001423190537", dt(46, 20), "17640288001423190537@google.com", to="dmarc-reports@example.com",
         rp="<3kXhFZw4KBcEhilbYjh-ZlgdZ.Yhf@dmarc.bounces.google.com>"),
    M.multipart("mixed", [M.part("text/plain", "", cs="UTF-8").rstrip("\n") + "\n",
                          attach("application/zip", g_name, g_zip)], "000000000000e146a90621bc3d12", preamble="")),
    [])
m_name = "enterprise.protection.outlook.com!example.com!1764028800!1764115200.xml.gz"
m_gz = gzip.compress((AGG % ("Enterprise Outlook", "dmarcreport@microsoft.com", "4f2a9c0d1e7b4c55a0e3b1d2c9f8e7a6",
                             "203.0.113.77")).encode(), mtime=0)
add("dmarc-agg-microsoft-02", "none", message(
    hdrs("DMARC Aggregate Report <dmarcreport@microsoft.com>", "Report Domain: example.com Submitter: "
         "enterprise.protection.outlook.com Report-ID: 4f2a9c0d1e7b4c55a0e3b1d2c9f8e7a6", dt(47, 22),
         mid(47, "microsoft.com"), to="dmarc-reports@example.com", rp="<dmarcreport@microsoft.com>"),
    M.multipart("mixed", [M.part("text/plain", "This is a DMARC aggregate report from Microsoft Corporation. For "
                                 "Emails received between 2026-11-25 00:00:00 UTC to 2026-11-26 00:00:00 UTC.\n"
                                 "You're receiving this email because you have included your email address in the "
                                 "'rua' tag of your DMARC record in DNS for example.com. Please remove your email "
                                 "address from the 'rua' tag if you don't want to receive this email.\n",
                                 "qp", "us-ascii"),
                          attach("application/gzip", m_name, m_gz)], "_000_dmarc_47_", preamble="")),
    [])
TLSRPT = ('{"organization-name":"Google Inc.","date-range":{"start-datetime":"2026-11-25T00:00:00Z",'
          '"end-datetime":"2026-11-25T23:59:59Z"},"contact-info":"smtp-tls-reporting@google.com",'
          '"report-id":"2026-11-25T00:00:00Z_example.com","policies":[{"policy":{"policy-type":"sts",'
          '"policy-domain":"example.com","mx-host":["mx1.example.com"]},"summary":{"total-successful-'
          'session-count":402,"total-failure-session-count":3},"failure-details":[{"result-type":'
          '"certificate-expired","sending-mta-ip":"209.85.220.41","receiving-mx-hostname":"mx1.example.com",'
          '"failed-session-count":3}]}]}')
t_name = "google.com!example.com!1764028800!1764115199!001.json.gz"
add("tlsrpt-google-01", "none", message(
    hdrs("noreply-smtp-tls-reporting@google.com", "Report Domain: example.com Submitter: google.com Report-ID: "
         "<2026.11.25T00.00.00Z+example.com@google.com>", dt(48, 21), "tlsrpt-48@google.com",
         to="tls-reports@example.com", rp="<noreply-smtp-tls-reporting@google.com>",
         extra=["TLS-Report-Domain: example.com", "TLS-Report-Submitter: google.com"]),
    M.multipart("report", [M.part("text/plain", "This is an aggregate TLS report from google.com\n"),
                           attach("application/tlsrpt+gzip", t_name, gzip.compress(TLSRPT.encode(), mtime=0))],
                "000000000000f2a1b30621bc4e77", params=" report-type=\"tlsrpt\";", preamble="")),
    [])
AF = ("Feedback-Type: auth-failure\nUser-Agent: ExampleDMARC/2.1\nVersion: 1\nOriginal-Mail-From: <%s>\n"
      "Arrival-Date: %s\nSource-IP: 203.0.113.77\nReported-Domain: example.com\nAuthentication-Results: "
      "mx.example.net; dmarc=fail (p=reject) header.from=example.com; spf=fail smtp.mailfrom=example.com; "
      "dkim=none\nAuth-Failure: dmarc\nDelivery-Result: reject\n" % (SENDER, dt(49)))
add("arf-authfail-01", "ARF", message(
    hdrs("DMARC Failure Reports <dmarc-noreply@example.net>", "FW: " + OSUBJ + " [DMARC failure report]",
         dt(49, 1), mid(49, "example.net"), to="dmarc-ruf@example.com", rp="<dmarc-noreply@example.net>"),
    M.multipart("report", [M.part("text/plain", "This is an authentication failure report for an email message "
                                  "received from IP 203.0.113.77 on %s.\n" % dt(49)),
                           raw(["Content-Type: message/feedback-report"], AF),
                           M.returned("someone@example.net", OSUBJ, dt(49), omid(49), "headers")],
                "----=_ruf_49_4412", params=" report-type=feedback-report;", preamble="")),
    [E("", "", "feedback")])


if __name__ == "__main__":
    write_set(OUT, SETS)
