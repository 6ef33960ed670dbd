#!/usr/bin/env python3
"""make_set.py: writes the blind7 bounce set (emails/*.eml, labels.jsonl).

The messages were written from what each MTA or provider emits (its bounce
template, its DSN fields, its own reply wording), before `mailfix explain`
was run on them or its data read; the labels are what Sisimai v5.1 would
answer (D.S.N. status, reply code, reason, hardbounce).  Only example
domains and documentation addresses are used, apart from the providers' own
host names that identify them.  Run it from anywhere: it writes next to
itself.
"""
import base64
import json
import os
import quopri
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "Thu, 26 Nov 2026 10:%02d:%02d +0000"
SET = []
SETS = {"blind7": SET}


def hard(reason, status):
    if reason in ("userunknown", "hostunknown", "hasmoved"):
        return True
    if reason == "notaccept":
        return not status.startswith("4")
    return False


def add(name, engine, text, expected):
    SET.append((name, engine, text,
                [{"status": s, "reply_code": r, "reason": why, "hard": hard(why, s)}
                 for (s, r, why) in expected]))


def original(rcpts, subject="Quarterly report", sender="sender@example.com", n=0):
    to = ", ".join(rcpts)
    return ("Return-Path: <%s>\n"
            "Received: from [192.0.2.10] (client.example.com [192.0.2.10])\n"
            "\tby mail.example.com (Postfix) with ESMTPSA id 4F2C81A0B3\n"
            "\tfor <%s>; %s\n"
            "Message-ID: <20261126095%d.4F2C81A0B3@example.com>\n"
            "Date: %s\n"
            "From: Sender Name <%s>\n"
            "To: %s\n"
            "Subject: %s\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "\n"
            "Hello,\n\nplease find the figures below.\n\n-- \nSender\n"
            % (sender, rcpts[0], DATE % (0, n), n, DATE % (0, n), sender, to, subject))


def b64(s, charset="utf-8"):
    return base64.encodebytes(s.encode(charset)).decode("ascii")


def qp(s, charset="utf-8"):
    return quopri.encodestring(s.encode(charset)).decode("ascii")


def fold(s, width=78, indent="    "):
    return "\n".join(textwrap.wrap(s, width, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False))


def report(headers, parts, boundary):
    """A multipart/report message: parts are (content headers, body)."""
    out = headers.rstrip("\n") + "\n"
    out += ("MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n"
            "\tboundary=\"%s\"\n\n" % boundary)
    out += "This is a MIME-encapsulated message.\n\n"
    for h, body in parts:
        out += "--%s\n%s\n\n%s" % (boundary, h.rstrip("\n"), body)
        if not body.endswith("\n"):
            out += "\n"
        out += "\n"
    out += "--%s--\n" % boundary
    return out


def dsn_fields(reporting, recips, arrival=True):
    s = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        s += "Arrival-Date: %s\n" % (DATE % (1, 2))
    for r in recips:
        s += "\nFinal-Recipient: rfc822; %s\n" % r["rcpt"]
        if r.get("orig"):
            s += "Original-Recipient: rfc822;%s\n" % r["rcpt"]
        s += "Action: %s\n" % r.get("action", "failed")
        s += "Status: %s\n" % r["status"]
        if r.get("rmta"):
            s += "Remote-MTA: dns; %s\n" % r["rmta"]
        if r.get("diag"):
            s += "Diagnostic-Code: %s; %s\n" % (r.get("dtype", "smtp"), r["diag"])
        if r.get("last"):
            s += "Last-Attempt-Date: %s\n" % (DATE % (9, 58))
    return s


# ---------------------------------------------------------------- Postfix
def postfix(name, recips, expected, host="mail.example.com", qid="3F1A2B4C5D",
            engine="Postfix", human_extra="", subject="Undelivered Mail Returned to Sender",
            sender="sender@example.com", intro=None):
    """recips: dicts with rcpt, text (the human line after '<rcpt>: '), status,
    rmta, diag, dtype."""
    human = intro or ("This is the mail system at host %s.\n\n"
                      "I'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients. It's attached below.\n\n"
                      "For further assistance, please send mail to postmaster.\n\n"
                      "If you do so, please include this problem report. You can\n"
                      "delete your own text from the attached returned message.\n\n"
                      "                   The mail system\n" % host)
    human += human_extra
    for r in recips:
        human += "\n" + fold("<%s>: %s" % (r["rcpt"], r["text"])) + "\n"
    fields = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n"
              % (host, qid, sender, DATE % (1, 2)))
    for r in recips:
        fields += ("\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
                   "Action: failed\nStatus: %s\n" % (r["rcpt"], r["rcpt"], r["status"]))
        if r.get("rmta"):
            fields += "Remote-MTA: dns; %s\n" % r["rmta"]
        fields += fold("Diagnostic-Code: %s; %s" % (r.get("dtype", "smtp"), r["diag"]),
                       indent="    ") + "\n"
    hdr = ("Return-Path: <>\n"
           "Received: by %s (Postfix)\n\tid %s; %s\n"
           "Date: %s\n"
           "From: MAILER-DAEMON@%s (Mail Delivery System)\n"
           "Subject: %s\n"
           "To: %s\n"
           "Auto-Submitted: auto-replied\n"
           "Message-Id: <20261126100502.%s@%s>\n"
           % (host, qid, DATE % (5, 2), DATE % (5, 2), host, subject, sender, qid, host))
    b = "%s.1764151502/%s" % (qid, host)
    text = report(hdr, [
        ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", human),
        ("Content-Description: Delivery report\nContent-Type: message/delivery-status", fields),
        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822",
         original([r["rcpt"] for r in recips], sender=sender)),
    ], b)
    add(name, engine, text, expected)


def pf_remote(rcpt, mx, ip, reply, status, cmd="RCPT TO", refused=False):
    if refused:
        text = "host %s[%s] refused to talk to me: %s" % (mx, ip, reply)
    else:
        text = "host %s[%s] said: %s (in reply to %s command)" % (mx, ip, reply, cmd)
    return {"rcpt": rcpt, "text": text, "status": status, "rmta": mx, "diag": reply}


postfix("postfix-01.eml", [
    pf_remote("alice@example.net", "mx.example.net", "198.51.100.10",
              "550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
              "5.1.1"),
    pf_remote("bruno@example.net", "mx.example.net", "198.51.100.10",
              "552 5.2.2 <bruno@example.net>: Mailbox full", "5.2.2", cmd="end of DATA"),
], [("5.1.1", "550", "userunknown"), ("5.2.2", "552", "mailboxfull")])

postfix("postfix-02.eml", [
    {"rcpt": "chris@nonexistent.example",
     "text": "Host or domain name not found. Name service error for name=nonexistent.example type=AAAA: Host not found",
     "status": "5.4.4", "dtype": "X-Postfix",
     "diag": "Host or domain name not found. Name service error for name=nonexistent.example type=AAAA: Host not found"},
], [("5.4.4", "", "hostunknown")])

postfix("postfix-03.eml", [
    pf_remote("dana@example.org", "mx.example.org", "203.0.113.7",
              "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25",
              "5.7.1", refused=True),
], [("5.7.1", "554", "blocked")])

postfix("postfix-04.eml", [
    {"rcpt": "eve@example.com",
     "text": "connect to mx.example.com[198.51.100.20]:25: Connection timed out",
     "status": "4.4.1", "dtype": "X-Postfix",
     "diag": "connect to mx.example.com[198.51.100.20]:25: Connection timed out"},
], [("4.4.1", "", "expired")], human_extra="")

postfix("postfix-05.eml", [
    pf_remote("frank@example.net", "mx1.example.net", "198.51.100.21",
              "552 5.3.4 Message size exceeds fixed limit", "5.3.4", cmd="end of DATA"),
], [("5.3.4", "552", "mesgtoobig")])

postfix("postfix-06.eml", [
    pf_remote("gina@example.org", "mail.example.org", "203.0.113.12",
              "550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.44]",
              "5.7.1"),
], [("5.7.1", "550", "requireptr")])

postfix("postfix-07.eml", [
    pf_remote("hank@example.net", "relay.example.net", "198.51.100.22",
              "554 5.7.1 <hank@example.net>: Relay access denied", "5.7.1"),
], [("5.7.1", "554", "norelaying")])

postfix("postfix-08.eml", [
    pf_remote("ivy@example.org", "mx.example.org", "203.0.113.13",
              "553 5.1.8 <sender@example.com>: Sender address rejected: Domain not found",
              "5.1.8", cmd="MAIL FROM"),
], [("5.1.8", "553", "rejected")])

postfix("postfix-09.eml", [
    {"rcpt": "jack@example.net", "text": "mail forwarding loop for jack@example.net",
     "status": "5.4.6", "dtype": "X-Postfix", "diag": "mail forwarding loop for jack@example.net"},
], [("5.4.6", "", "networkerror")])

postfix("postfix-10.eml", [
    {"rcpt": "kim@example.org", "text": "Domain example.org does not accept mail (nullMX)",
     "status": "5.1.10", "dtype": "X-Postfix", "diag": "Domain example.org does not accept mail (nullMX)"},
], [("5.1.10", "", "notaccept")])

postfix("postfix-11.eml", [
    pf_remote("leo@example.com", "mx.example.com", "198.51.100.23",
              "550 5.1.1 <leo@example.com>: User unknown", "5.1.1", cmd="end of DATA"),
], [("5.1.1", "550", "userunknown")])

postfix("postfix-12.eml", [
    pf_remote("mia@example.net", "mx.example.net", "198.51.100.24",
              "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
              "5.7.23", cmd="end of DATA"),
], [("5.7.23", "550", "authfailure")])

# Google's own words, through a Postfix sender
postfix("google-01.eml", [
    pf_remote("nora@example.org", "aspmx.l.google.com", "198.51.100.25",
              "550-5.7.26 This mail is unauthenticated, which poses a security risk to the 550-5.7.26 sender and Gmail users, and has been blocked. The sender must 550-5.7.26 authenticate with at least one of SPF or DKIM. For this message, 550-5.7.26 DKIM checks did not pass and SPF check for [example.com] did not 550-5.7.26 pass with ip: [192.0.2.10]. To best protect our users from spam, the 550-5.7.26 message has been blocked. For instructions on setting up 550-5.7.26 authentication, go to 550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1-20020a05600c000100b0040f0000000si1234567wma.12 - gsmtp",
              "5.7.26", cmd="end of DATA"),
], [("5.7.26", "550", "authfailure")], engine="Google")

postfix("google-02.eml", [
    pf_remote("otto@example.org", "aspmx.l.google.com", "198.51.100.25",
              "550-5.7.1 [192.0.2.10 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError b2si1234567qkj.34 - gsmtp",
              "5.7.1", cmd="end of DATA"),
], [("5.7.1", "550", "spamdetected")], engine="Google")

postfix("google-03.eml", [
    pf_remote("paula@example.org", "aspmx.l.google.com", "198.51.100.25",
              "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1  https://support.google.com/mail/?p=DisabledUser c3si2345678pfb.56 - gsmtp",
              "5.2.1"),
], [("5.2.1", "550", "suspend")], engine="Google")

postfix("yahoo-02.eml", [
    pf_remote("quinn@example.net", "mta7.am0.yahoodns.net", "198.51.100.26",
              "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
              "5.7.9", cmd="end of DATA"),
], [("5.7.9", "554", "policyviolation")], engine="Yahoo")

postfix("yahoo-03.eml", [
    pf_remote("rita@example.net", "mta6.am0.yahoodns.net", "198.51.100.27",
              "553 5.7.2 [TSS09] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
              "5.7.2", cmd="MAIL FROM"),
], [("5.7.2", "553", "rejected")], engine="Yahoo")

postfix("yahoo-04.eml", [
    pf_remote("sam@example.net", "mta5.am0.yahoodns.net", "198.51.100.28",
              "554 delivery error: dd Sorry your message to sam@example.net cannot be delivered. This mailbox is disabled (554.30). - mta4321.mail.gq1.yahoo.com",
              "5.0.0", cmd="end of DATA"),
], [("5.0.0", "554", "suspend")], engine="Yahoo")

postfix("yandex-02.eml", [
    pf_remote("tom@example.org", "mx.yandex.ru", "198.51.100.29",
              "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764151502-AbCdEfGh1",
              "5.7.1", cmd="end of DATA"),
], [("5.7.1", "554", "spamdetected")], engine="Yandex")

postfix("tencent-01.eml", [
    pf_remote("uma@example.com", "mxbiz1.qq.com", "198.51.100.30",
              "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
              "5.0.0"),
], [("5.0.0", "550", "userunknown")], engine="Tencent")

postfix("tencent-02.eml", [
    pf_remote("vic@example.com", "mxbiz2.qq.com", "198.51.100.31",
              "550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
              "5.0.0", cmd="MAIL FROM"),
], [("5.0.0", "550", "toomanyconn")], engine="Tencent")

postfix("netease-02.eml", [
    pf_remote("wen@example.cn".replace(".cn", ".com"), "mx3.qiye.163.com", "198.51.100.32",
              "554 DT:SPM 163 mx3,QMCowAD3ZXV+1234_5678--.1 1764151502, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx3&time=1764151502",
              "5.0.0", cmd="end of DATA"),
], [("5.0.0", "554", "spamdetected")], engine="NetEase")

postfix("alibaba-01.eml", [
    pf_remote("xiu@example.com", "mx1.qiye.aliyun.com", "198.51.100.33",
              "550 5.1.1 RCPT TO:<xiu@example.com> Mailbox not exist", "5.1.1"),
], [("5.1.1", "550", "userunknown")], engine="Alibaba")

postfix("docomo-01.eml", [
    pf_remote("yui@example.jp".replace(".jp", ".net"), "mfsmax.docomo.ne.jp", "198.51.100.34",
              "550 Unknown user yui@example.net", "5.0.0"),
], [("5.0.0", "550", "userunknown")], engine="NTTDocomo")

postfix("outlook-02.eml", [
    pf_remote("zoe@example.com", "example-com.mail.protection.outlook.com", "198.51.100.35",
              "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0PR01MB1234.eurprd01.prod.outlook.com 2026-11-26T10:05:02.123Z 08DC0000AAAA]",
              "5.7.1", cmd="MAIL FROM"),
], [("5.7.1", "550", "blocked")], engine="Outlook")

# Yandex's own bounce: Russian preamble, then Postfix's text (base64 part)
postfix("yandex-01.eml", [
    pf_remote("anna@example.org", "mx.example.org", "203.0.113.40",
              "550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
              "5.1.1"),
], [("5.1.1", "550", "userunknown")], engine="Yandex", host="forward101a.mail.yandex.net",
    qid="4Z8Xk21ZtDz9vw", subject="Undelivered Mail Returned to Sender")


def fix_yandex():
    # Yandex writes its notification in Russian, base64-encoded UTF-8
    name, engine, text, exp = SET[-1]
    ru = ("Здравствуйте!\n\nВаше сообщение не удалось доставить одному или нескольким получателям.\n"
          "Сообщение возвращено отправителю.\n\n"
          "This is the mail system at host forward101a.mail.yandex.net.\n\n"
          "I'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients. It's attached below.\n\n"
          "                   The mail system\n\n"
          "<anna@example.org>: host mx.example.org[203.0.113.40] said: 550 5.1.1\n"
          "    <anna@example.org>: Recipient address rejected: User unknown in virtual\n"
          "    mailbox table (in reply to RCPT TO command)\n")
    start = text.index("Content-Description: Notification")
    end = text.index("--", start)
    part = ("Content-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(ru) + "\n")
    text = text[:start] + part + text[end:]
    text = text.replace("Subject: Undelivered Mail Returned to Sender",
                        "Subject: =?UTF-8?B?" + base64.b64encode(
                            "Недоставленное сообщение".encode()).decode() + "?=")
    SET[-1] = (name, engine, text, exp)


fix_yandex()


# ---------------------------------------------------------------- Exim
def exim(name, blocks, expected, host="mail.example.com", engine="Exim",
         frm=None, subject="Mail delivery failed: returning message to sender",
         preamble=None, failed=None):
    frm = frm or "Mail Delivery System <Mailer-Daemon@%s>" % host
    body = preamble or ("This message was created automatically by mail delivery software.\n\n"
                        "A message that you sent could not be delivered to one or more of its\n"
                        "recipients. This is a permanent error. The following address(es) failed:\n")
    for b in blocks:
        body += "\n" + b
    rc = failed or []
    body += "\n------ This is a copy of the message, including all the headers. ------\n\n"
    body += original(rc or ["someone@example.net"])
    text = ("Return-path: <>\n"
            "Received: from Debian-exim by %s with local (Exim 4.96)\n"
            "\tid 1vXyZa-000123-AB\n\tfor sender@example.com; %s\n"
            "X-Failed-Recipients: %s\n"
            "Auto-Submitted: auto-replied\n"
            "From: %s\n"
            "To: sender@example.com\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "Subject: %s\n"
            "Message-Id: <E1vXyZa-000123-AB@%s>\n"
            "Date: %s\n\n" % (host, DATE % (6, 1), ", ".join(rc), frm, subject, host,
                             DATE % (6, 1))) + body
    add(name, engine, text, expected)


exim("exim-01.eml", [
    "  ben@example.net\n    host mx.example.net [198.51.100.40]\n"
    "    SMTP error from remote mail server after RCPT TO:<ben@example.net>:\n"
    "    550 5.1.1 <ben@example.net>: Recipient address rejected: User unknown\n",
    "  cara@example.net\n    host mx.example.net [198.51.100.40]\n"
    "    SMTP error from remote mail server after RCPT TO:<cara@example.net>:\n"
    "    452 4.2.2 <cara@example.net>: Mailbox full, quota exceeded\n",
], [("5.1.1", "550", "userunknown"), ("4.2.2", "452", "mailboxfull")],
    failed=["ben@example.net", "cara@example.net"])

exim("exim-02.eml", ["  dan@nowhere.example\n    Unrouteable address\n"],
     [("5.0.912", "", "hostunknown")], failed=["dan@nowhere.example"])

exim("exim-03.eml", [
    "  ella@example.org\n    retry timeout exceeded\n"],
    [("4.0.947", "", "expired")], failed=["ella@example.org"])

exim("exim-04.eml", [
    "  fred@example.org\n"
    "    SMTP error from remote mail server after RCPT TO:<fred@example.org>:\n"
    "    host mx.example.org [203.0.113.41]: 550 relay not permitted\n"],
    [("5.0.909", "550", "norelaying")], failed=["fred@example.org"])

exim("exim-05.eml", [
    "  gail@example.net\n"
    "    SMTP error from remote mail server after end of data:\n"
    "    host mx.example.net [198.51.100.42]: 550 5.7.1 This message contains a virus (Eicar-Signature) and has been rejected\n"],
    [("5.7.1", "550", "virusdetected")], failed=["gail@example.net"])

exim("exim-06.eml", [
    "  hugo@example.org\n"
    "    host mx.example.org [203.0.113.43]\n"
    "    SMTP error from remote mail server after initial connection:\n"
    "    550 rejected because 192.0.2.10 is in a black list at b.barracudacentral.org\n"],
    [("5.0.971", "550", "blocked")], failed=["hugo@example.org"])

exim("exim-07.eml", [
    "  iris@example.net\n"
    "    host mx.example.net [198.51.100.44]\n"
    "    SMTP error from remote mail server after end of data:\n"
    "    552 5.2.3 Message header size exceeds limit\n"],
    [("5.2.3", "552", "exceedlimit")], failed=["iris@example.net"])

exim("exim-08.eml", [
    "  jon@example.com\n"
    "    host mx.example.com [198.51.100.45]\n"
    "    SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=2048:\n"
    "    550 5.1.0 <sender@example.com> sender rejected\n"],
    [("5.1.0", "550", "rejected")], failed=["jon@example.com"])

exim("exim-09.eml", [
    "  kara@example.org\n"
    "    host mx.example.org [203.0.113.46]\n"
    "    SMTP error from remote mail server after end of data:\n"
    "    550-5.7.25 [192.0.2.10] The IP address sending this message does not have a\n"
    "    550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
    "    550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n"
    "    550-5.7.25 from IPs with missing PTR records. For more information, go to\n"
    "    550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices d4si3456789qvb.78 - gsmtp\n"],
    [("5.7.25", "550", "requireptr")], failed=["kara@example.org"])

# mail.ru: Exim, with a Russian preamble
exim("mailru-01.eml", [
    "  lena@shop.example\n"
    "    SMTP error from remote mail server after RCPT TO:<lena@shop.example>:\n"
    "    host mx.shop.example [198.51.100.47]: 550 Message was not accepted -- invalid mailbox.  Local mailbox lena@shop.example is unavailable: user not found\n"],
    [("5.0.911", "550", "userunknown")], host="smtp51.i.mail.ru", engine="MailRu",
    frm="Mail Delivery System <mailer-daemon@corp.mail.ru>",
    preamble=("Это письмо создано автоматически\n"
              "сервером Mail.Ru, отвечать на него не нужно.\n\n"
              "К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\n\n"
              "This message was created automatically by mail delivery software.\n\n"
              "A message that you sent could not be delivered to one or more of its\n"
              "recipients. This is a permanent error. The following address(es) failed:\n"),
    failed=["lena@shop.example"])


def mailru_encode():
    name, engine, text, exp = SET[-1]
    head, body = text.split("\n\n", 1)
    head = head.replace("Content-Type: text/plain; charset=us-ascii",
                        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                        "Content-Transfer-Encoding: base64")
    head = head.replace("Subject: Mail delivery failed: returning message to sender",
                        "Subject: =?UTF-8?B?" + base64.b64encode(
                            "Письмо не доставлено".encode()).decode() + "?=")
    SET[-1] = (name, engine, head + "\n\n" + b64(body), exp)


mailru_encode()

exim("mailru-02.eml", [
    "  mark@shop.example\n"
    "    SMTP error from remote mail server after RCPT TO:<mark@shop.example>:\n"
    "    host mx.shop.example [198.51.100.48]: 552 5.2.2 Mailbox size limit exceeded\n"],
    [("5.2.2", "552", "mailboxfull")], host="smtp33.i.mail.ru", engine="MailRu",
    frm="Mail Delivery System <mailer-daemon@corp.mail.ru>",
    failed=["mark@shop.example"])

# GMX: its own layout
gmx_pre = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of\n"
           "its recipients. This is a permanent error. The following address\n"
           "failed:\n")
exim("gmx-01.eml", [
    "\"nina@example.com\":\n"
    "SMTP error from remote server after RCPT command:\n"
    "host: mx.example.com\n"
    "550 5.1.1 <nina@example.com>: Recipient address rejected: User unknown in local recipient table\n"],
    [("5.1.1", "550", "userunknown")], host="mout.gmx.net", engine="GMX",
    frm="\"Mail Delivery System\" <mailer-daemon@gmx.net>", preamble=gmx_pre,
    subject="Mail delivery failed: returning message to sender", failed=["nina@example.com"])
exim("gmx-02.eml", [
    "\"oleg@example.net\":\n"
    "SMTP error from remote server after RCPT command:\n"
    "host: mx.example.net\n"
    "552 5.2.2 Mailbox quota exceeded for oleg@example.net\n"],
    [("5.2.2", "552", "mailboxfull")], host="mout.gmx.net", engine="GMX",
    frm="\"Mail Delivery System\" <mailer-daemon@gmx.net>", preamble=gmx_pre,
    failed=["oleg@example.net"])


# Exim with a DSN part (dsn_advertise / newer setups)
def exim_dsn(name, rcpt, mx, ip, after, reply, status_field, expected, engine="Exim"):
    human = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  %s\n    host %s [%s]\n    SMTP error from remote mail server after %s:\n    %s\n"
             % (rcpt, mx, ip, after, reply))
    fields = ("Reporting-MTA: dns; mail.example.com\n\n"
              "Action: failed\nFinal-Recipient: rfc822;%s\nStatus: %s\n"
              "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (rcpt, status_field, mx, reply))
    hdr = ("Return-path: <>\nReceived: from Debian-exim by mail.example.com with local (Exim 4.97)\n"
           "\tid 1vXzAb-000456-CD\n\tfor sender@example.com; %s\n"
           "X-Failed-Recipients: %s\nAuto-Submitted: auto-replied\n"
           "From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n"
           "To: sender@example.com\nSubject: Mail delivery failed: returning message to sender\n"
           "Message-Id: <E1vXzAb-000456-CD@mail.example.com>\nDate: %s\n"
           % (DATE % (7, 3), rcpt, DATE % (7, 3)))
    text = report(hdr, [
        ("Content-type: text/plain; charset=us-ascii", human),
        ("Content-type: message/delivery-status", fields),
        ("Content-type: message/rfc822", original([rcpt])),
    ], "1764151623-eximdsn-1234")
    add(name, engine, text, expected)


exim_dsn("exim-10.eml", "pia@example.net", "mx.example.net", "198.51.100.49", "end of data",
         "550 5.7.1 Message rejected as spam by Content Filtering.", "5.0.0",
         [("5.7.1", "550", "spamdetected")])
exim_dsn("exim-11.eml", "ravi@example.org", "mx.example.org", "203.0.113.50", "end of data",
         "550 5.6.0 This message contain invalid MIME headers.", "5.0.0",
         [("5.6.0", "550", "contenterror")])
exim_dsn("exim-12.eml", "sara@example.net", "mx.example.net", "198.51.100.51",
         "RCPT TO:<sara@example.net>",
         "550 5.7.0 Too many connections from your IP address (192.0.2.10), please try again later",
         "5.0.0", [("5.7.0", "550", "toomanyconn")])


# ---------------------------------------------------------------- Sendmail
def sendmail(name, blocks, transcript, recips, expected, host="mail.example.com",
             temp=False, engine="Sendmail"):
    head = "   ----- The following addresses had permanent fatal errors -----\n"
    human = ("The original message was received at %s\nfrom client.example.com [192.0.2.10]\n\n"
             % (DATE % (0, 5)))
    if temp:
        human += ("   ----- The following addresses had permanent fatal errors -----\n")
    else:
        human += head
    human += blocks + "\n   ----- Transcript of session follows -----\n" + transcript
    fields = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; client.example.com\n"
              "Arrival-Date: %s\n" % (host, DATE % (0, 5)))
    for r in recips:
        fields += "\nFinal-Recipient: RFC822; %s\nAction: failed\nStatus: %s\n" % (r["rcpt"], r["status"])
        if r.get("rmta"):
            fields += "Remote-MTA: DNS; %s\n" % r["rmta"]
        if r.get("diag"):
            fields += "Diagnostic-Code: %s; %s\n" % (r.get("dtype", "SMTP"), r["diag"])
        fields += "Last-Attempt-Date: %s\n" % (DATE % (8, 9))
    hdr = ("Return-Path: <MAILER-DAEMON>\nDate: %s\n"
           "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>\n"
           "Message-Id: <202611261008.5AQA89aB012345@%s>\nTo: <sender@example.com>\n"
           "Auto-Submitted: auto-generated (failure)\n"
           "Subject: Returned mail: see transcript for details\n" % (DATE % (8, 9), host, host))
    text = report(hdr, [
        ("", human),
        ("Content-Type: message/delivery-status", fields),
        ("Content-Type: text/rfc822-headers",
         original([r["rcpt"] for r in recips]).split("\n\n")[0] + "\n"),
    ], "5AQA89aB012345.1764151689/%s" % host)
    text = text.replace("--5AQA89aB012345.1764151689/%s\n\n\n" % host,
                        "--5AQA89aB012345.1764151689/%s\n\n" % host, 1)
    add(name, engine, text, expected)


sendmail("sendmail-01.eml",
         "<tara@example.net>\n    (reason: 550 5.1.1 <tara@example.net>... User unknown)\n"
         "<uli@example.net>\n    (reason: 550 5.1.1 <uli@example.net>... User unknown)\n",
         "... while talking to mx.example.net.:\n>>> RCPT To:<tara@example.net>\n"
         "<<< 550 5.1.1 <tara@example.net>... User unknown\n550 5.1.1 <tara@example.net>... User unknown\n"
         ">>> RCPT To:<uli@example.net>\n<<< 550 5.1.1 <uli@example.net>... User unknown\n"
         "550 5.1.1 <uli@example.net>... User unknown\n",
         [{"rcpt": "tara@example.net", "status": "5.1.1", "rmta": "mx.example.net",
           "diag": "550 5.1.1 <tara@example.net>... User unknown"},
          {"rcpt": "uli@example.net", "status": "5.1.1", "rmta": "mx.example.net",
           "diag": "550 5.1.1 <uli@example.net>... User unknown"}],
         [("5.1.1", "550", "userunknown"), ("5.1.1", "550", "userunknown")])

sendmail("sendmail-02.eml",
         "<vera@nohost.example>\n    (reason: 550 Host unknown)\n",
         "550 5.1.2 <vera@nohost.example>... Host unknown (Name server: nohost.example: host not found)\n",
         [{"rcpt": "vera@nohost.example", "status": "5.1.2", "diag": "550 Host unknown"}],
         [("5.1.2", "550", "hostunknown")])


def sendmail_expired():
    human = ("The original message was received at %s\nfrom client.example.com [192.0.2.10]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n"
             "<will@example.org>\n    (reason: Connection timed out with mx.example.org.)\n\n"
             "   ----- Transcript of session follows -----\n"
             "<will@example.org>... Deferred: Connection timed out with mx.example.org.\n"
             "Message could not be delivered for 5 days\nMessage will be deleted from queue\n"
             % (DATE % (0, 5)))
    fields = ("Reporting-MTA: dns; mail.example.com\nArrival-Date: %s\n\n"
              "Final-Recipient: RFC822; will@example.org\nAction: failed\nStatus: 4.4.7\n"
              "Remote-MTA: DNS; mx.example.org\nLast-Attempt-Date: %s\n" % (DATE % (0, 5), DATE % (9, 9)))
    hdr = ("Return-Path: <MAILER-DAEMON>\nDate: %s\n"
           "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\n"
           "Message-Id: <202611261009.5AQA99bC023456@mail.example.com>\nTo: <sender@example.com>\n"
           "Auto-Submitted: auto-generated (failure)\n"
           "Subject: Returned mail: see transcript for details\n" % (DATE % (9, 9)))
    text = report(hdr, [("", human), ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: message/rfc822", original(["will@example.org"]))],
                  "5AQA99bC023456.1764151749/mail.example.com")
    add("sendmail-03.eml", "Sendmail", text, [("4.4.7", "", "expired")])


sendmail_expired()

sendmail("sendmail-04.eml",
         "\"|/usr/local/bin/procmail -f-\"\n    (reason: 554 5.3.0 unknown mailer error 1)\n"
         "    (expanded from: <xena@example.com>)\n",
         "554 5.3.0 \"|/usr/local/bin/procmail -f-\"... unknown mailer error 1\n",
         [{"rcpt": "xena@example.com", "status": "5.3.0", "dtype": "X-Unix",
           "diag": "554 5.3.0 unknown mailer error 1"}],
         [("5.3.0", "554", "mailererror")])

sendmail("sendmail-05.eml",
         "<yann@example.net>\n    (reason: 530 5.7.0 Authentication required)\n",
         "... while talking to smarthost.example.net.:\n>>> MAIL From:<sender@example.com> SIZE=1024\n"
         "<<< 530 5.7.0 Authentication required\n",
         [{"rcpt": "yann@example.net", "status": "5.7.0", "rmta": "smarthost.example.net",
           "diag": "530 5.7.0 Authentication required"}],
         [("5.7.0", "530", "securityerror")])

sendmail("sendmail-06.eml",
         "<zack@example.org>\n    (reason: 550 5.3.0 Local configuration error)\n",
         "... while talking to mail.example.org.:\n>>> RCPT To:<zack@example.org>\n"
         "<<< 550 5.3.0 <zack@example.org>... Local configuration error\n",
         [{"rcpt": "zack@example.org", "status": "5.3.0", "rmta": "mail.example.org",
           "diag": "550 5.3.0 <zack@example.org>... Local configuration error"}],
         [("5.3.0", "550", "systemerror")])

sendmail("sendmail-07.eml",
         "<abby@example.net>\n    (reason: 501 5.5.2 Syntax error in parameters or arguments)\n",
         "... while talking to mx.example.net.:\n>>> RCPT To:<abby@example.net> NOTIFY=FAILURE\n"
         "<<< 501 5.5.2 Syntax error in parameters or arguments\n",
         [{"rcpt": "abby@example.net", "status": "5.5.2", "rmta": "mx.example.net",
           "diag": "501 5.5.2 Syntax error in parameters or arguments"}],
         [("5.5.2", "501", "syntaxerror")])


# ---------------------------------------------------------------- qmail
def qmail(name, blocks, expected, host="mail.example.com", engine="qmail", rcpts=None):
    body = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" % host)
    body += "\n".join(blocks) + "\n--- Below this line is a copy of the message.\n\n"
    body += original(rcpts or ["someone@example.net"])
    text = ("Return-Path: <>\nReceived: (qmail 12345 invoked for bounce); 26 Nov 2026 10:11:12 -0000\n"
            "Date: 26 Nov 2026 10:11:12 -0000\nFrom: MAILER-DAEMON@%s\nTo: sender@example.com\n"
            "Subject: failure notice\n\n" % host) + body
    add(name, engine, text, expected)


qmail("qmail-01.eml", [
    "<bob@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
    "<carl@nowhere.example>:\nSorry, I couldn't find any host named nowhere.example. (#5.1.2)\n",
], [("5.1.1", "", "userunknown"), ("5.1.2", "", "hostunknown")],
    rcpts=["bob@example.com", "carl@nowhere.example"])

qmail("qmail-02.eml", [
    "<dina@example.net>:\n198.51.100.60 does not like recipient.\n"
    "Remote host said: 550 5.1.1 <dina@example.net>: Recipient address rejected: User unknown in local recipient table\n"
    "Giving up on 198.51.100.60.\n"], [("5.1.1", "550", "userunknown")], rcpts=["dina@example.net"])

qmail("qmail-03.eml", [
    "<eric@example.org>:\n203.0.113.61 failed after I sent the message.\n"
    "Remote host said: 552 5.2.2 <eric@example.org>: Mailbox full\n"],
    [("5.2.2", "552", "mailboxfull")], rcpts=["eric@example.org"])

qmail("qmail-04.eml", [
    "<fay@example.net>:\nConnected to 198.51.100.62 but connection died. (#4.4.2)\n"
    "I'm not going to try again; this message has been in the queue too long.\n"],
    [("4.4.2", "", "expired")], rcpts=["fay@example.net"])

qmail("qmail-05.eml", [
    "<gus@example.com>:\n198.51.100.63 does not like recipient.\n"
    "Remote host said: 554 5.7.1 <gus@example.com>: Relay access denied\n"
    "Giving up on 198.51.100.63.\n"], [("5.7.1", "554", "norelaying")], rcpts=["gus@example.com"])


# ---------------------------------------------------------------- Courier
def courier(name, rcpt, mx, ip, cmd, reply, status, expected):
    human = ("This is a delivery status notification from mail.example.com,\n"
             "running the Courier mail server, version 1.3.2.\n\n"
             "The original message was received on %s\nfrom client.example.com (192.0.2.10)\n\n"
             "---------------------------------------------------------------------------\n\n"
             "                           UNDELIVERABLE MAIL\n\n"
             "Your message to the following recipients cannot be delivered:\n\n"
             "<%s>:\n    %s [%s]:\n>>> %s\n<<< %s\n\n"
             "---------------------------------------------------------------------------\n\n"
             "If your message was also sent to additional recipients, their delivery\n"
             "status is not included in this report.  You may or may not receive\n"
             "other delivery status notifications for additional recipients.\n\n"
             "The original message follows as a separate attachment.\n"
             % (DATE % (0, 7), rcpt, mx, ip, cmd, reply))
    fields = ("Reporting-MTA: dns; mail.example.com\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nRemote-MTA: dns; %s [%s]\n"
              "Diagnostic-Code: smtp; %s\n" % (DATE % (0, 7), rcpt, status, mx, ip, reply))
    hdr = ("From: \"Courier mail server at mail.example.com\" <@>\nTo: sender@example.com\n"
           "Subject: NOTICE: mail delivery status.\nDate: %s\n"
           "Message-ID: <courier.000000005F2A1B3C.00001234@mail.example.com>\n" % (DATE % (12, 0)))
    text = report(hdr, [("Content-Type: text/plain; charset=us-ascii", human),
                        ("Content-Type: message/delivery-status; charset=us-ascii", fields),
                        ("Content-Type: message/rfc822", original([rcpt]))],
                  "=_courier-12345-1764151920-0001")
    add(name, "Courier", text, expected)


courier("courier-01.eml", "hana@example.net", "mx.example.net", "198.51.100.64",
        "RCPT TO:<hana@example.net>", "550 5.1.1 <hana@example.net>... User unknown", "5.0.0",
        [("5.1.1", "550", "userunknown")])
courier("courier-02.eml", "ian@example.org", "mx.example.org", "203.0.113.65", "DATA",
        "554 5.7.1 Message rejected: Spam content detected", "5.0.0",
        [("5.7.1", "554", "spamdetected")])


# ---------------------------------------------------------------- OpenSMTPD
def opensmtpd(name, lines, expected, rcpts):
    body = ("Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n"
            "An error has occurred while attempting to deliver a message for\n"
            "the following list of recipients:\n\n" + "".join(l + "\n" for l in lines) +
            "\nBelow is a copy of the original message:\n\n" + original(rcpts))
    text = ("Return-Path: <>\nReceived: from mail.example.com (localhost [127.0.0.1])\n"
            "\tby mail.example.com (OpenSMTPD) with ESMTP id 5a1b2c3d\n\tfor <sender@example.com>;\n"
            "\t%s\nFrom: Mailer Daemon <MAILER-DAEMON@mail.example.com>\nDate: %s\n"
            "To: sender@example.com\nSubject: Delivery status notification: error\n\n"
            % (DATE % (13, 1), DATE % (13, 1))) + body
    add(name, "OpenSMTPD", text, expected)


opensmtpd("opensmtpd-01.eml",
          ["jade@example.net: 550 5.1.1 <jade@example.net>: Recipient address rejected: User unknown in virtual alias table"],
          [("5.1.1", "550", "userunknown")], ["jade@example.net"])
opensmtpd("opensmtpd-02.eml",
          ["kurt@example.org: 552 5.2.2 <kurt@example.org>: Mailbox full",
           "lisa@example.org: 550 5.1.1 <lisa@example.org>: Recipient address rejected: User unknown"],
          [("5.2.2", "552", "mailboxfull"), ("5.1.1", "550", "userunknown")],
          ["kurt@example.org", "lisa@example.org"])
opensmtpd("opensmtpd-03.eml", ["mike@example.com: Envelope expired"],
          [("5.0.947", "", "expired")], ["mike@example.com"])


# ---------------------------------------------------------------- Exchange
def exchange2003(name, rcpt, line, code, expected):
    body = ("Your message did not reach some or all of the intended recipients.\n\n"
            "      Subject:\tQuarterly report\n      Sent:\t11/26/2026 10:00 AM\n\n"
            "The following recipient(s) could not be reached:\n\n"
            "      %s on 11/26/2026 10:00 AM\n            %s\n            <mail.example.com #%s>\n"
            % (rcpt, line, code))
    hdr = ("From: System Administrator <postmaster@example.com>\nTo: sender@example.com\n"
           "Subject: Undeliverable: Quarterly report\nDate: %s\n"
           "Message-ID: <ABCD1234EF5678@mail.example.com>\nX-MS-Has-Attach: yes\n"
           "X-MS-Exchange-Organization-SCL: -1\nContent-class: urn:content-classes:message\n"
           "X-Mailer: Internet Mail Service (5.5.2657.72)\n" % (DATE % (14, 0)))
    text = hdr + ("MIME-Version: 1.0\nContent-Type: multipart/mixed;\n"
                  "\tboundary=\"----_=_NextPart_000_01C0A1B2.C3D4E5F6\"\n\n"
                  "This message is in MIME format. Since your mail reader does not understand\n"
                  "this format, some or all of this message may not be legible.\n\n"
                  "------_=_NextPart_000_01C0A1B2.C3D4E5F6\nContent-Type: text/plain;\n"
                  "\tcharset=\"iso-8859-1\"\n\n" + body +
                  "\n------_=_NextPart_000_01C0A1B2.C3D4E5F6\nContent-Type: message/rfc822\n\n" +
                  original([rcpt]) + "\n------_=_NextPart_000_01C0A1B2.C3D4E5F6--\n")
    add(name, "Exchange2003", text, expected)


exchange2003("exchange2003-01.eml", "nick@example.com",
             "The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.",
             "5.1.1", [("5.1.1", "", "userunknown")])
exchange2003("exchange2003-02.eml", "olga@example.com",
             "The recipient's mailbox is full and can't accept messages now.  Please try resending this message later, or contact the recipient directly.",
             "5.2.2", [("5.2.2", "", "mailboxfull")])


def exchange_ndr(name, rcpt, friendly, genserver, diag_line, status, diag, expected, engine,
                 o365=False):
    if o365:
        human = ("Your message to %s couldn't be delivered.\n\n%s\n\n"
                 "Action Required\n\n\nHow to Fix It\n%s\n\n"
                 "Was this helpful? Send feedback to Microsoft.\n"
                 "________________________________\n\n"
                 "More Info for Email Admins\nStatus code: %s\n\n%s\n\n"
                 "Original Message Details\nCreated Date:   11/26/2026 10:00:00 AM\n"
                 "Sender Address: sender@example.com\nRecipient Address:   %s\nSubject:   Quarterly report\n\n"
                 "Error Details\nReported error:   %s\nDSN generated by:   %s\n"
                 % (rcpt, friendly[0], friendly[1], status, friendly[2], rcpt, diag_line, genserver))
    else:
        human = ("Delivery has failed to these recipients or groups:\n\n%s\n%s\n\n\n\n\n\n\n"
                 "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n\n"
                 "Original message headers:\n\nReceived: from mail.example.com (192.0.2.10) by %s\n"
                 " (192.0.2.20) with Microsoft SMTP Server id 15.1.2507.6; %s\n"
                 % (rcpt, friendly[0], genserver, rcpt, diag_line, genserver, DATE % (0, 1)))
    fields = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mail.example.com\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp;%s\n"
              % (genserver, DATE % (0, 1), rcpt, status, diag))
    hdr = ("From: %s\nTo: sender@example.com\nSubject: Undeliverable: Quarterly report\nDate: %s\n"
           "Message-ID: <ab12cd34-0000-4e5f-9a8b-1234567890ab@%s>\nContent-Language: en-US\n"
           "X-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\n"
           % ("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>"
              if o365 else "postmaster@example.com", DATE % (15, 0), genserver))
    alt = ("Content-Type: multipart/alternative;\n\tboundary=\"_001_ndr_alt_\"")
    altbody = ("--_001_ndr_alt_\nContent-Type: text/plain; charset=\"us-ascii\"\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + qp(human, "ascii") +
               "\n--_001_ndr_alt_\nContent-Type: text/html; charset=\"us-ascii\"\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" +
               qp("<html><head></head><body><p><b>Delivery has failed to these recipients or groups:</b></p>"
                  "<p>%s<br>%s</p></body></html>\n" % (rcpt, friendly[0]), "ascii") +
               "\n--_001_ndr_alt_--\n")
    text = report(hdr, [(alt, altbody),
                        ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: message/rfc822", original([rcpt]))],
                  "_000_ndr_report_")
    add(name, engine, text, expected)


exchange_ndr("exchange2007-01.eml", "paul@example.com",
             ["The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly."],
             "EXCH01.example.com", "#550 5.2.2 STOREDRV.Deliver: mailbox full ##", "5.2.2",
             "550 5.2.2 STOREDRV.Deliver: mailbox full", [("5.2.2", "550", "mailboxfull")], "Exchange2007")
exchange_ndr("exchange2007-02.eml", "rosa@example.com",
             ["The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk."],
             "EXCH02.example.com", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "5.1.1",
             "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", [("5.1.1", "550", "userunknown")],
             "Exchange2007")
exchange_ndr("exchange2007-03.eml", "saul@example.com",
             ["Your message wasn't delivered because the recipient's email provider rejected it."],
             "EXCH02.example.com",
             "Remote Server returned '550 5.7.1 Delivery not authorized, message refused'",
             "5.7.1", "550 5.7.1 Delivery not authorized, message refused",
             [("5.7.1", "550", "rejected")], "Exchange2007")
O365 = "AM0PR01MB1234.eurprd01.prod.outlook.com"
exchange_ndr("office365-01.eml", "tess@example.net",
             ["tess wasn't found at example.net.", "The address may be misspelled or may not exist. Try one or more of the following:",
              "The Microsoft 365 recipient's email server rejected the message because the address wasn't found."],
             O365, "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tess@example.net not found by SMTP address lookup'",
             "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tess@example.net not found by SMTP address lookup",
             [("5.1.10", "550", "userunknown")], "Office365", o365=True)
exchange_ndr("office365-02.eml", "umar@example.net",
             ["Your message to umar@example.net couldn't be delivered due to the recipient's email provider policy.",
              "The sending domain's DMARC policy is reject; fix the SPF and DKIM records of example.com.",
              "The recipient's email system rejected the message because the sending domain does not pass DMARC verification."],
             O365, "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.",
             "5.7.509", "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-11-26T10:15:01.234Z 08DC0000BBBB]",
             [("5.7.509", "550", "authfailure")], "Office365", o365=True)
exchange_ndr("office365-03.eml", "vera@example.org",
             ["Your message to vera@example.org couldn't be delivered.", "Ask your email admin to request removal of the sending IP.",
              "The sending IP address is on the Microsoft 365 block list."],
             O365, "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
             "5.7.606", "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
             [("5.7.606", "550", "blocked")], "Office365", o365=True)
exchange_ndr("office365-04.eml", "walt@example.org",
             ["Your message to walt@example.org couldn't be delivered.", "Reduce the size of the message and attachments and resend it.",
              "The message is too large for the recipient's mail server."],
             O365, "552 5.3.4 Message size exceeds fixed maximum message size",
             "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size",
             [("5.3.4", "552", "mesgtoobig")], "Office365", o365=True)
exchange_ndr("outlook-01.eml", "xavi@example.net",
             ["The email address you entered couldn't be found."],
             "BL2NAM02HT012.eop-nam02.prod.protection.outlook.com",
             "Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (-2147219296:0:0)'",
             "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (-2147219296:0:0)",
             [("5.5.0", "550", "filtered")], "Outlook")


# ---------------------------------------------------------------- Gmail
def gmail(name, rcpt, title, lines, status, rmta, diag, expected, engine="Gmail"):
    human = "\n** %s **\n\n%s\n" % (title, lines)
    fields = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sender@example.com\n"
              "Arrival-Date: Thu, 26 Nov 2026 02:16:01 -0800 (PST)\n"
              "X-Original-Message-ID: <CAF1234abcd@mail.gmail.com>\n\n"
              "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\n" % (rcpt, status))
    if rmta:
        fields += "Remote-MTA: dns; %s\n" % rmta
    fields += "Diagnostic-Code: smtp; %s\nLast-Attempt-Date: Thu, 26 Nov 2026 02:16:02 -0800 (PST)\n" % diag
    hdr = ("Received: by 2002:a05:6000:1234:b0:333:1111:2222 with SMTP id abc123;\n"
           "        Thu, 26 Nov 2026 02:16:02 -0800 (PST)\n"
           "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "To: sender@example.com\nAuto-Submitted: auto-replied\n"
           "Subject: Delivery Status Notification (Failure)\n"
           "References: <CAF1234abcd@mail.gmail.com>\nIn-Reply-To: <CAF1234abcd@mail.gmail.com>\n"
           "X-Failed-Recipients: %s\nMessage-ID: <65a1b2c3.abc0220a.12345.aaaa.GMR@mx.google.com>\n"
           "Date: Thu, 26 Nov 2026 02:16:02 -0800 (PST)\n" % rcpt)
    alt = "Content-Type: multipart/related; boundary=\"000000000000rel1\""
    altb = ("--000000000000rel1\nContent-Type: multipart/alternative; boundary=\"000000000000alt1\"\n\n"
            "--000000000000alt1\nContent-Type: text/plain; charset=\"UTF-8\"\n\n" + human +
            "\n--000000000000alt1\nContent-Type: text/html; charset=\"UTF-8\"\n\n"
            "<html><body><h1>%s</h1></body></html>\n\n--000000000000alt1--\n\n"
            "--000000000000rel1--\n" % title)
    text = report(hdr, [(alt, altb), ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: message/rfc822", original([rcpt]))],
                  "000000000000abcd1234")
    text = text.replace("multipart/report; report-type=delivery-status;\n\tboundary=",
                        "multipart/report; report-type=delivery-status;\n\tboundary=", 1)
    add(name, engine, text, expected)


gmail("gmail-01.eml", "yuki@example.org", "Address not found",
      "Your message wasn't delivered to yuki@example.org because the address couldn't be found, or is unable to receive mail.\n\n"
      "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser\n",
      "5.1.1", "gmail-smtp-in.l.google.com. (198.51.100.70, the server for the domain example.org.)",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
      " 550-5.1.1 double-checking the recipient's email address for typos or\n"
      " 550-5.1.1 unnecessary spaces. For more information, go to\n"
      " 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser e5si4567890qkb.90 - gsmtp",
      [("5.1.1", "550", "userunknown")])
gmail("gmail-02.eml", "zara@example.org", "Message not delivered",
      "Your message couldn't be delivered to zara@example.org because the recipient's inbox is full, or the recipient has exceeded their storage quota.\n\n"
      "The response was:\n\nThe email account that you tried to reach is over quota.\n",
      "5.2.2", "gmail-smtp-in.l.google.com. (198.51.100.70, the server for the domain example.org.)",
      "552-5.2.2 The email account that you tried to reach is over quota and\n"
      " 552-5.2.2 inactive. Please direct the recipient to\n"
      " 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm f6si5678901qkc.12 - gsmtp",
      [("5.2.2", "552", "mailboxfull")])
gmail("gmail-03.eml", "adam@example.net", "Message not delivered",
      "Your message wasn't delivered to adam@example.net because the remote server is misconfigured. See technical details below for more information.\n\n"
      "The response from the remote server was:\n554 5.7.1 <adam@example.net>: Relay access denied\n",
      "5.7.1", "mx.example.net. (198.51.100.71, the server for the domain example.net.)",
      "554 5.7.1 <adam@example.net>: Relay access denied", [("5.7.1", "554", "norelaying")])
gmail("gmail-04.eml", "beth@nodomain.example", "Address not found",
      "Your message wasn't delivered to beth@nodomain.example because the domain nodomain.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
      "The response was:\n\nDNS Error: DNS type 'mx' lookup of nodomain.example responded with code NXDOMAIN Domain name not found: nodomain.example\n",
      "5.1.2", None,
      "DNS Error: DNS type 'mx' lookup of nodomain.example responded with code NXDOMAIN\n"
      " Domain name not found: nodomain.example\n"
      " Learn more at https://support.google.com/mail/?p=BadRcptDomain",
      [("5.1.2", "", "hostunknown")])
gmail("gsuite-01.eml", "cleo@example.com", "Message not delivered",
      "Your message couldn't be delivered to cleo@example.com because the remote server has rejected your message as spam.\n\n"
      "The response from the remote server was:\n550 5.7.1 Message rejected due to content restrictions (spam)\n",
      "5.7.1", "mx.example.com. (198.51.100.72, the server for the domain example.com.)",
      "550 5.7.1 Message rejected due to content restrictions (spam)",
      [("5.7.1", "550", "spamdetected")], engine="GSuite")


# ---------------------------------------------------------------- Yahoo / AOL
def yahoo(name, rcpt, said, expected, host="mta1234.mail.ne1.yahoo.com", engine="Yahoo"):
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n" % (rcpt, said))
    body += original([rcpt])
    text = ("Return-Path: <>\nFrom: MAILER-DAEMON@yahoo.com\nTo: sender@example.com\n"
            "Subject: Failure Notice\nDate: %s\nX-Yahoo-Newman-Property: ymail-5\n"
            "Message-ID: <1764151800.1234.abcd@%s>\n\n" % (DATE % (16, 0), host)) + body
    add(name, engine, text, expected)


yahoo("yahoo-01.eml", "dora@example.net",
      "Remote host said: 550 5.1.1 <dora@example.net>: Recipient address rejected: User unknown in virtual alias table [RCPT_TO]",
      [("5.1.1", "550", "userunknown")])
yahoo("yahoo-05.eml", "emil@example.org",
      "Remote host said: 552 5.2.2 <emil@example.org>: Mailbox full [BODY]",
      [("5.2.2", "552", "mailboxfull")])


def aol():
    fields = ("Reporting-MTA: dns; omr-m07.mx.aol.com\nX-Outbound-Mail-Relay-Queue-ID: 4B9C1E5F2\n"
              "X-Outbound-Mail-Relay-Sender: rfc822; sender@aol.com\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; finn@example.com\nOriginal-Recipient: rfc822;finn@example.com\n"
              "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.example.com\n"
              "Diagnostic-Code: smtp; 552 5.2.2 <finn@example.com>... Mailbox Full\n" % (DATE % (1, 1)))
    human = ("This is the mail system at host omr-m07.mx.aol.com.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to <postmaster>\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<finn@example.com>: host mx.example.com[198.51.100.73] said: 552 5.2.2\n"
             "    <finn@example.com>... Mailbox Full (in reply to RCPT TO command)\n")
    hdr = ("Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@aol.com>\n"
           "Subject: Undelivered Mail Returned to Sender\nTo: sender@aol.com\nDate: %s\n"
           "Message-Id: <20261126101700.4B9C1E5F2@omr-m07.mx.aol.com>\n" % (DATE % (17, 0)))
    text = report(hdr, [("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", human),
                        ("Content-Description: Delivery report\nContent-Type: message/delivery-status", fields),
                        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822",
                         original(["finn@example.com"], sender="sender@aol.com"))],
                  "4B9C1E5F2.1764152220/omr-m07.mx.aol.com")
    add("aol-01.eml", "Aol", text, [("5.2.2", "552", "mailboxfull")])


aol()


# ---------------------------------------------------------------- Amazon SES
def ses_dsn():
    human = ("An error occurred while trying to deliver the mail to the following recipients:\n"
             "gene@example.com\n")
    fields = ("Reporting-MTA: dns; a8-12.smtp-out.amazonses.com\n\n"
              "Action: failed\nFinal-Recipient: rfc822; gene@example.com\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"
              "Status: 5.1.1\n")
    hdr = ("Return-Path: <>\nFrom: MAILER-DAEMON@amazonses.com\nTo: sender@example.com\n"
           "Subject: Delivery Status Notification (Failure)\nDate: %s\n"
           "Message-ID: <0100018c1a2b3c4d-aaaa-bbbb-cccc-000000000000-000000@email.amazonses.com>\n"
           "X-SES-Outgoing: 2026.11.26-54.240.8.12\n" % (DATE % (18, 0)))
    text = report(hdr, [("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit", human),
                        ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: message/rfc822", original(["gene@example.com"]))],
                  "----=_Part_1234567_890123456.1764152280000")
    add("amazonses-01.eml", "AmazonSES", text, [("5.1.1", "550", "userunknown")])


ses_dsn()


def ses_json(name, notification, expected):
    body = json.dumps({"Type": "Notification", "MessageId": "5c9a1b2c-0000-5d6e-8f90-abcdef012345",
                       "TopicArn": "arn:aws:sns:us-east-1:123456789012:ses-bounces",
                       "Message": json.dumps(notification),
                       "Timestamp": "2026-11-26T10:19:00.000Z", "SignatureVersion": "1",
                       "Signature": "EXAMPLEpH+Z3bQ==",
                       "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000.pem",
                       "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe"},
                      indent=2)
    text = ("Return-Path: <0100018c1a2b3c4d@amazonses.com>\n"
            "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: sender@example.com\n"
            "Subject: AWS Notification Message\nDate: %s\n"
            "Message-ID: <0000014c1a2b3c4d-1111-2222-3333-444444444444-000000@email.amazonses.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n"
            "x-amz-sns-message-id: 5c9a1b2c-0000-5d6e-8f90-abcdef012345\n\n" % (DATE % (19, 0))) + body + "\n"
    add(name, "AmazonSES", text, expected)


MAIL = {"timestamp": "2026-11-26T10:18:00.000Z", "source": "sender@example.com",
        "sourceArn": "arn:aws:ses:us-east-1:123456789012:identity/example.com",
        "messageId": "0100018c1a2b3c4d-aaaa-bbbb-cccc-000000000000-000000",
        "destination": ["hugh@example.net", "ines@example.net"]}
ses_json("amazonses-02.eml", {
    "notificationType": "Bounce",
    "bounce": {"bounceType": "Permanent", "bounceSubType": "General",
               "bouncedRecipients": [
                   {"emailAddress": "hugh@example.net", "action": "failed", "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 <hugh@example.net>: Recipient address rejected: User unknown in local recipient table"},
                   {"emailAddress": "ines@example.net", "action": "failed", "status": "5.2.2",
                    "diagnosticCode": "smtp; 552 5.2.2 <ines@example.net>: Mailbox full"}],
               "timestamp": "2026-11-26T10:18:30.000Z", "feedbackId": "0100018c-feed-0000",
               "remoteMtaIp": "198.51.100.74", "reportingMTA": "dsn; a8-12.smtp-out.amazonses.com"},
    "mail": MAIL}, [("5.1.1", "550", "userunknown"), ("5.2.2", "552", "mailboxfull")])
ses_json("amazonses-03.eml", {
    "notificationType": "Complaint",
    "complaint": {"complainedRecipients": [{"emailAddress": "jill@example.net"}],
                  "timestamp": "2026-11-26T10:18:40.000Z", "feedbackId": "0100018c-feed-0001",
                  "userAgent": "Yahoo!-Mail-Feedback/2.0", "complaintFeedbackType": "abuse",
                  "arrivalDate": "2026-11-26T10:18:00.000Z"},
    "mail": dict(MAIL, destination=["jill@example.net"])},
    [("", "", "feedback")])


# ---------------------------------------------------------------- SendGrid
def sendgrid():
    human = ("This is an automatically generated message from SendGrid.\n\n"
             "I'm sorry to have to tell you that your message was not able to be\n"
             "delivered to one of its intended recipients.\n\n"
             "If you require assistance with this, please contact SendGrid support.\n\n"
             "kate@example.org: 550 5.1.1 <kate@example.org>: Recipient address rejected: User unknown in virtual alias table\n")
    fields = ("Reporting-MTA: dns; sendgrid.net\nReceived-From-MTA: dns; o1.sgmail.example.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; kate@example.org\nAction: failed\n"
              "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <kate@example.org>: Recipient address rejected: User unknown in virtual alias table\n"
              % (DATE % (0, 3)))
    hdr = ("Return-Path: <>\nFrom: MAILER-DAEMON <MAILER-DAEMON@sendgrid.net>\nTo: sender@example.com\n"
           "Subject: Undelivered Mail Returned to Sender\nDate: %s\n"
           "Message-ID: <abcdEFGH1234.0@ismtpd0001p1sjc2.sendgrid.net>\n" % (DATE % (20, 0)))
    text = report(hdr, [("Content-Type: text/plain; charset=utf-8", human),
                        ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: text/rfc822-headers",
                         original(["kate@example.org"]).split("\n\n")[0] + "\n")],
                  "8f1a2b3c4d5e6f7a")
    add("sendgrid-01.eml", "SendGrid", text, [("5.1.1", "550", "userunknown")])


sendgrid()


# ---------------------------------------------------------------- Domino
def domino(name, rcpt, subj, because, expected):
    body = ("Your message\n\n  Subject: Quarterly report\n\nwas not delivered to:\n\n  %s\n\n"
            "because:\n\n  %s\n" % (rcpt, because))
    text = ("From: Postmaster/Example@example.com\nTo: sender@example.com\nSubject: %s\n"
            "Date: %s\nMessage-ID: <OF1A2B3C4D.5E6F7A8B-ON4925800A.00123456@example.com>\n"
            "X-Mailer: Lotus Domino Release 9.0.1FP10\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"0__=4EBB0A1BDFE8C4178f9e8a93df938690918c4EBB\"\n\n"
            "--0__=4EBB0A1BDFE8C4178f9e8a93df938690918c4EBB\n"
            "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
            % (subj, DATE % (21, 0))) + qp(body, "latin-1") + (
            "\n--0__=4EBB0A1BDFE8C4178f9e8a93df938690918c4EBB\nContent-Type: message/rfc822\n\n"
            + original([rcpt]) + "\n--0__=4EBB0A1BDFE8C4178f9e8a93df938690918c4EBB--\n")
    add(name, "Domino", text, expected)


domino("domino-01.eml", "lars@example.com",
       "DELIVERY FAILURE: User lars (lars@example.com) not listed in Domino Directory",
       "User lars (lars@example.com) not listed in Domino Directory",
       [("5.0.911", "", "userunknown")])
domino("domino-02.eml", "maud@example.com",
       "DELIVERY FAILURE: Router: Maximum hop count exceeded.  Message probably in a routing loop.",
       "Router: Maximum hop count exceeded.  Message probably in a routing loop.",
       [("5.0.944", "", "networkerror")])


# ---------------------------------------------------------------- KDDI (au)
def kddi():
    jp = ("次のあて先へのメール配信に失敗しました。\n\n"
          "<noa@ezweb.ne.jp>\n"
          "宛先のメールアドレスが見つかりません。\n\n"
          "Your mail sent on: %s\n"
          "     could not be delivered to the following recipient:\n\n"
          "<noa@ezweb.ne.jp>: User unknown\n" % (DATE % (0, 9)))
    enc = jp.encode("iso-2022-jp").decode("ascii")
    subj = base64.b64encode("メール配信エラー".encode("iso-2022-jp")).decode()
    text = ("Return-Path: <>\nFrom: Mail Delivery System <postmaster@ezweb.ne.jp>\n"
            "To: sender@example.com\nSubject: =?ISO-2022-JP?B?%s?=\nDate: %s\n"
            "Message-Id: <20261126192201.AB12345@msmx.au.com>\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"kddi-boundary-0001\"\n\n"
            "--kddi-boundary-0001\nContent-Type: text/plain; charset=ISO-2022-JP\n"
            "Content-Transfer-Encoding: 7bit\n\n" % (subj, DATE % (22, 0))) + enc + (
            "\n--kddi-boundary-0001\nContent-Type: message/rfc822\n\n" + original(["noa@ezweb.ne.jp"]) +
            "\n--kddi-boundary-0001--\n")
    add("kddi-01.eml", "KDDI", text, [("5.0.910", "", "filtered")])


kddi()


# ---------------------------------------------------------------- Zoho
def zoho():
    body = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n"
            "olaf@example.com, ERROR CODE :550 - 5.1.1 <olaf@example.com>: Recipient address rejected: User unknown in local recipient table\n\n"
            "Received: from mail.zoho.com by mx.zohomail.com\n"
            "\twith SMTP id 1764152460123456.789 for <olaf@example.com>;\n\t%s\n" % (DATE % (23, 0)))
    text = ("Return-Path: <>\nFrom: mailer-daemon@mail.zoho.com\nTo: sender@example.com\n"
            "Subject: Undelivered Mail Returned to Sender\nDate: %s\n"
            "Message-ID: <1764152460123.1234.mailerdaemon@mail.zoho.com>\nX-ZohoMail: Si CHF_MF_NL SS_10 UW48 UB48 FMWL UW48 UB48 SGR3_1_09124_42\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"----=_Part_0123_4567.1764152460\"\n\n"
            "------=_Part_0123_4567.1764152460\nContent-Type: text/html; charset=UTF-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" % (DATE % (23, 0))) + qp(
                "<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n") + (
            "\n------=_Part_0123_4567.1764152460\nContent-Type: message/rfc822\n\n" + original(["olaf@example.com"]) +
            "\n------=_Part_0123_4567.1764152460--\n")
    add("zoho-01.eml", "Zoho", text, [("5.1.1", "550", "userunknown")])


zoho()


# ---------------------------------------------------------------- NetEase / Alibaba (own DSNs)
def cn_dsn(name, engine, host, frm, subj_cn, human_cn, charset, rcpt, status, diag, expected):
    human = human_cn
    fields = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Action: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\n" % (host, DATE % (0, 4), rcpt, status, diag))
    hdr = ("Return-Path: <>\nFrom: %s\nTo: sender@example.com\nSubject: =?%s?B?%s?=\nDate: %s\n"
           "Message-ID: <bounce.1764152520.%s>\n" % (frm, charset, base64.b64encode(
               subj_cn.encode(charset)).decode(), DATE % (24, 0), host))
    text = report(hdr, [("Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: base64" % charset,
                         b64(human, charset)),
                        ("Content-Type: message/delivery-status", fields),
                        ("Content-Type: message/rfc822", original([rcpt]))],
                  "----=_NextPart_%s" % name.replace(".eml", ""))
    add(name, engine, text, expected)


cn_dsn("netease-01.eml", "NetEase", "m15-112.126.com", "postmaster@126.com", "系统退信",
       "您好！\n\n很抱歉，您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
       "收件人：pete@example.com\n退信原因：收件人不存在\n\n"
       "The following recipient(s) could not be reached:\npete@example.com\n"
       "Remote server said: 550 User not found: pete@example.com\n",
       "gb18030", "pete@example.com", "5.0.0", "550 User not found: pete@example.com",
       [("5.0.0", "550", "userunknown")])
cn_dsn("alibaba-02.eml", "Alibaba", "out30-130.freemail.mail.aliyun.com", "postmaster@aliyun.com",
       "退信通知：无法投递",
       "抱歉，您的邮件无法送达以下收件人：\n\nqing@example.net\n\n原因：收件人邮箱空间已满。\n\n"
       "Reason: 552 5.2.2 Mailbox quota exceeded\n",
       "utf-8", "qing@example.net", "5.2.2", "552 5.2.2 Mailbox quota exceeded",
       [("5.2.2", "552", "mailboxfull")])


# ---------------------------------------------------------------- RFC 3464 misc.
def generic(name, reporting, subject, human, recips, expected, engine="RFC3464"):
    hdr = ("Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@%s>\nTo: sender@example.com\n"
           "Subject: %s\nDate: %s\nMessage-ID: <dsn.%s@%s>\n" % (reporting, subject, DATE % (25, 0),
                                                                 name.replace(".eml", ""), reporting))
    text = report(hdr, [("Content-Type: text/plain; charset=us-ascii", human),
                        ("Content-Type: message/delivery-status", dsn_fields(reporting, recips)),
                        ("Content-Type: message/rfc822", original([r["rcpt"] for r in recips]))],
                  "=_dsn_%s" % name.replace(".eml", ""))
    add(name, engine, text, expected)


generic("rfc3464-01.eml", "mta.example.org", "Delivery Status Notification (Success)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients was successful.\n\n       rory@example.net\n",
        [{"rcpt": "rory@example.net", "action": "delivered", "status": "2.1.5", "rmta": "mx.example.net",
          "diag": "250 2.1.5 Ok"}], [("2.1.5", "250", "delivered")])
generic("rfc3464-02.eml", "mta.example.org", "Delivery Status Notification (Failure)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients failed.\n\n       sven@example.net\n",
        [{"rcpt": "sven@example.net", "status": "5.0.0", "rmta": "mx.example.net",
          "diag": "554 Transaction failed"}], [("5.0.0", "554", "systemerror")])
generic("rfc3464-03.eml", "mta.example.org", "Delivery Status Notification (Failure)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients failed permanently.\n\n       tina@example.com\n",
        [{"rcpt": "tina@example.com", "status": "5.1.6", "rmta": "mx.example.com",
          "diag": "550 5.1.6 Recipient address has moved; new address unknown"}],
        [("5.1.6", "550", "hasmoved")])
generic("rfc3464-04.eml", "mta.example.org", "Delivery Status Notification (Failure)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients failed permanently.\n\n       ugo@example.org\n",
        [{"rcpt": "ugo@example.org", "status": "5.7.1", "rmta": "mx.example.org",
          "diag": "550 5.7.1 Message rejected for policy reasons: attachments of type .exe are not allowed"}],
        [("5.7.1", "550", "spamdetected")])
generic("rfc3464-05.eml", "mta.example.org", "Delivery Status Notification (Failure)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients failed permanently.\n\n       vlad@example.net\n",
        [{"rcpt": "vlad@example.net", "status": "5.3.2", "rmta": "mx.example.net",
          "diag": "554 5.3.2 This server does not accept mail; the system is not accepting network messages"}],
        [("5.3.2", "554", "notaccept")])


# ---------------------------------------------------------------- auto-replies, feedback
def vacation(name, subject, body, extra, charset="us-ascii", cte="7bit"):
    text = ("Return-Path: <>\nFrom: Wanda Example <wanda@example.net>\nTo: sender@example.com\n"
            "Subject: %s\nDate: %s\nMessage-ID: <auto.1764152700@example.net>\n"
            "In-Reply-To: <20261126095.4F2C81A0B3@example.com>\n%s"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n\n"
            % (subject, DATE % (26, 0), extra, charset, cte)) + body
    add(name, "RFC3834", text, [("", "", "vacation")])


vacation("rfc3834-01.eml", "Out of Office: Quarterly report",
         "I am out of the office until 7 December 2026 with limited access to email.\n"
         "For urgent matters please contact office@example.net.\n\nWanda\n",
         "Auto-Submitted: auto-replied (vacation)\nX-Auto-Response-Suppress: All\nPrecedence: bulk\n")
vacation("rfc3834-02.eml", "=?UTF-8?Q?Automatische_Antwort:_Quarterly_report?=",
         qp("Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11.2026 nicht im Büro.\n"
            "In dringenden Fällen wenden Sie sich bitte an office@example.net.\n"),
         "Auto-Submitted: auto-replied\nX-Autoreply: yes\n", "utf-8", "quoted-printable")


def arf(name):
    human = ("This is an email abuse report for an email message received from IP 192.0.2.10 on "
             "Thu, 26 Nov 2026 10:00:00 +0000.\nFor more information about this format please see "
             "http://www.mipassoc.org/arf/.\n")
    fb = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\n"
          "Original-Mail-From: <sender@example.com>\nOriginal-Rcpt-To: <xena@example.net>\n"
          "Received-Date: %s\nSource-IP: 192.0.2.10\nReported-Domain: example.com\n"
          "Authentication-Results: mta1001.mail.example.net  from=example.com; domainkeys=neutral (no sig);  from=example.com; dkim=pass (ok)\n"
          % (DATE % (0, 0)))
    hdr = ("From: staff@hotmail.example\nTo: fbl@example.com\nSubject: FW: Quarterly report\n"
           "Date: %s\nMessage-ID: <arf.1764152760@feedback.example.net>\n" % (DATE % (27, 0)))
    text = hdr + ("MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report;\n"
                  "\tboundary=\"----=_Part_arf_0001\"\n\n"
                  "------=_Part_arf_0001\nContent-Type: text/plain; charset=us-ascii\n"
                  "Content-Transfer-Encoding: 7bit\n\n" + human +
                  "\n------=_Part_arf_0001\nContent-Type: message/feedback-report\n\n" + fb +
                  "\n------=_Part_arf_0001\nContent-Type: message/rfc822\n\n" + original(["xena@example.net"]) +
                  "\n------=_Part_arf_0001--\n")
    add(name, "ARF", text, [("", "", "feedback")])


arf("arf-01.eml")


# ================================================================ batch blind7b
# Written after the blind7 score, once data/rules/bounce-reasons.json (part of
# it) and data/bounce/hosts.json had been read, but before formats.json and
# the code: formats laid out differently from blind7 (no DSN part, old
# templates, local delivery errors, NDR sub-codes), labelled with the help of
# Sisimai's own lhost rules (v4.25 source at hand, v5.1 reasons).
SET = []
SETS["blind7b"] = SET


def postfix_old(name, host, lines, expected, rcpts):
    body = ("This is the Postfix program at host %s.\n\n"
            "I'm sorry to have to inform you that the message returned\n"
            "below could not be delivered to one or more destinations.\n\n"
            "For further assistance, please send mail to <postmaster>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the message returned below.\n\n"
            "\t\t\tThe Postfix program\n" % host)
    for l in lines:
        body += "\n" + fold(l) + "\n"
    body += "\n--- Undelivered message follows ---\n\n" + original(rcpts)
    text = ("Return-Path: <>\nReceived: by %s (Postfix)\n\tid 8C2D3E4F5A; %s\n"
            "Date: %s\nFrom: MAILER-DAEMON@%s (Mail Delivery System)\n"
            "Subject: Undelivered Mail Returned to Sender\nTo: sender@example.com\n"
            "Message-Id: <20261126103001.8C2D3E4F5A@%s>\n\n"
            % (host, DATE % (30, 1), DATE % (30, 1), host, host)) + body
    add(name, "Postfix", text, expected)


postfix_old("postfix-old-01.eml", "mail.example.com",
            ["<amy@example.net>: host mx.example.net[198.51.100.80] said: 550 5.1.1 <amy@example.net>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
             "<ben@example.net>: host mx.example.net[198.51.100.80] said: 552 5.2.2 <ben@example.net>: Mailbox full (in reply to RCPT TO command)"],
            [("5.1.1", "550", "userunknown"), ("5.2.2", "552", "mailboxfull")],
            ["amy@example.net", "ben@example.net"])

postfix("postfix-b01.eml", [
    {"rcpt": "bo@example.com", "text": "maildrop: maildir over quota.",
     "status": "5.2.2", "dtype": "x-unix", "diag": "maildrop: maildir over quota."},
], [("5.2.2", "", "mailboxfull")])

postfix("postfix-b02.eml", [
    {"rcpt": "cid@example.com",
     "text": "Command died with status 1: \"/usr/local/bin/mailfilter\". Command output: mailfilter: cannot open /var/spool/filter/cid.rules: Permission denied",
     "status": "5.3.0", "dtype": "x-unix",
     "diag": "Command died with status 1: \"/usr/local/bin/mailfilter\". Command output: mailfilter: cannot open /var/spool/filter/cid.rules: Permission denied"},
], [("5.3.0", "", "mailererror")])

postfix("postfix-b03.eml", [
    pf_remote("dee@example.org", "mx.example.org", "203.0.113.84",
              "550 5.7.1 <sender@example.com>: Sender address rejected: Access denied", "5.7.1"),
], [("5.7.1", "550", "rejected")])

postfix("postfix-b04.eml", [
    pf_remote("eli@example.net", "example-net.mail.protection.outlook.com", "198.51.100.85",
              "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com 2026-11-26T10:31:02.345Z 08DC0000CCCC]",
              "5.4.1"),
], [("5.4.1", "550", "userunknown")], engine="Microsoft")

postfix("postfix-b05.eml", [
    pf_remote("fia@example.org", "aspmx.l.google.com", "198.51.100.86",
              "550-5.7.1 [192.0.2.10] Gmail has detected that this message is likely 550-5.7.1 suspicious due to the very low reputation of the sending IP address. 550-5.7.1 To best protect our users from spam, the message has been blocked. 550 5.7.1  https://support.google.com/mail/answer/188131 g7si6789012qkd.34 - gsmtp",
              "5.7.1", cmd="end of DATA"),
], [("5.7.1", "550", "badreputation")], engine="Google")

postfix("postfix-b06.eml", [
    pf_remote("gil@example.net", "mta7.am0.yahoodns.net", "198.51.100.87",
              "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
              "4.7.0", cmd="MAIL FROM"),
], [("4.7.0", "421", "rejected")], engine="Yahoo")

postfix("postfix-b07.eml", [
    pf_remote("hal@example.com", "mx.example.com", "198.51.100.88",
              "550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.10",
              "5.7.1", cmd="MAIL FROM"),
], [("5.7.1", "550", "blocked")])

exim("exim-b01.eml", ["  ian@example.org\n    retry time not reached for any host after a long failure period\n"],
     [("4.0.947", "", "expired")], failed=["ian@example.org"])
exim("exim-b02.eml", [
    "  jo@example.com\n    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/jo)\n"],
    [("4.0.922", "", "mailboxfull")], failed=["jo@example.com"])
exim("exim-b03.eml", ["  kai@dead.example\n    all relevant MX records point to non-existent hosts\n"],
     [("5.0.912", "", "hostunknown")], failed=["kai@dead.example"])
exim("exim-b04.eml", ["  lou@nullmx.example\n    an MX or SRV record indicated no SMTP service\n"],
     [("5.0.932", "", "notaccept")], failed=["lou@nullmx.example"])
exim("exim-b05.eml", [
    "  max@example.net\n"
    "    host mx.example.net [198.51.100.89]\n"
    "    SMTP error from remote mail server after RCPT TO:<max@example.net>:\n"
    "    550 5.2.1 <max@example.net>: Recipient address rejected: this account has been suspended\n"],
    [("5.2.1", "550", "suspend")], failed=["max@example.net"])

qmail("qmail-b01.eml", [
    "<ned@example.org>:\nConnected to 203.0.113.90 but sender was rejected.\n"
    "Remote host said: 553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist\n"],
    [("5.1.8", "553", "rejected")], rcpts=["ned@example.org"])
qmail("qmail-b02.eml", [
    "<ola@example.com>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
    "I'm not going to try again; this message has been in the queue too long.\n"],
    [("4.4.1", "", "networkerror")], rcpts=["ola@example.com"])
qmail("qmail-b03.eml", [
    "<pam@example.net>:\n198.51.100.91 failed after I sent the message.\n"
    "Remote host said: 552 5.3.4 Message size exceeds fixed maximum message size: 10485760 bytes\n"],
    [("5.3.4", "552", "mesgtoobig")], rcpts=["pam@example.net"])


def v5sendmail(name, transcript, expected, rcpt):
    body = ("   ----- Transcript of session follows -----\n" + transcript +
            "\n   ----- Unsent message follows -----\n" + original([rcpt]))
    text = ("Return-Path: <MAILER-DAEMON>\nDate: %s\n"
            "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\n"
            "Subject: Returned mail: User unknown\nMessage-Id: <202611261032.KAA01234@mail.example.com>\n"
            "To: sender@example.com\n\n" % (DATE % (32, 0))) + body
    add(name, "V5sendmail", text, expected)


v5sendmail("v5sendmail-b01.eml",
           "... while talking to mx.example.net.:\n>>> RCPT To:<quin@example.net>\n"
           "<<< 550 <quin@example.net>... User unknown\n550 <quin@example.net>... User unknown\n",
           [("5.0.911", "550", "userunknown")], "quin@example.net")

exchange_ndr("exchange2010-b01.eml", "rae@example.com",
             ["Your message wasn't delivered due to a permission or security issue. It may have been rejected by a moderator, the address may only accept email from certain senders, or another restriction may be preventing delivery."],
             "EXCH03.example.com", "#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##", "5.7.1",
             "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
             [("5.7.1", "550", "securityerror")], "Exchange2007")
exchange_ndr("exchange2010-b02.eml", "sid@example.com",
             ["The message was too large for the recipient's mailbox."],
             "EXCH03.example.com", "#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##", "5.2.3",
             "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
             [("5.2.3", "550", "mesgtoobig")], "Exchange2007")
exchange_ndr("exchange2010-b03.eml", "tom@nodomain.example",
             ["The domain name in the email address is incorrect. Check the address."],
             "EXCH03.example.com", "#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##", "5.4.4",
             "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
             [("5.4.4", "554", "hostunknown")], "Exchange2007")

gmail("gmail-b01.eml", "uri@example.net", "Message not delivered",
      "There was a problem delivering your message to uri@example.net. See the technical details below.\n\n"
      "The response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.92: timed out]\n",
      "4.4.1", "mx.example.net. (198.51.100.92, the server for the domain example.net.)",
      "The recipient server did not accept our requests to connect. Learn more at\n"
      " https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.92: timed out]",
      [("4.4.1", "", "expired")])

opensmtpd("opensmtpd-b01.eml", ["val@gone.example: Domain does not exist"],
          [("5.0.912", "", "hostunknown")], ["val@gone.example"])
opensmtpd("opensmtpd-b02.eml", ["wes@example.org: Destination seem to reject all mails"],
          [("5.0.932", "", "notaccept")], ["wes@example.org"])


def main():
    for d, batch in SETS.items():
        write(os.path.join(os.path.dirname(HERE), d), batch)


def write(where, batch):
    out = os.path.join(where, "emails")
    os.makedirs(out, exist_ok=True)
    names = set()
    with open(os.path.join(where, "labels.jsonl"), "w") as lab:
        for name, engine, text, exp in sorted(batch):
            assert name not in names, name
            names.add(name)
            with open(os.path.join(out, name), "w", newline="\n") as f:
                f.write(text)
            lab.write(json.dumps({"file": name, "engine": engine, "expected": exp},
                                 ensure_ascii=False) + "\n")
    print("%s: %d emails, %d bounces" % (where, len(batch), sum(len(e) for _, _, _, e in batch)))


if __name__ == "__main__":
    main()
