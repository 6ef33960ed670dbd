#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind38, bounces in the containers mail
administrators export them in (mbox files of several messages, an Apple
Mail export folder, a Dovecot maildir, .eml files saved by mail programs,
reports a mail program re-encoded), as emails/ and labels.jsonl.

The bounces themselves come from blindmta's builders (Postfix, Exim,
Exchange, Gmail, Sendmail, qmail) and this file's Chinese providers'
notices; then each is put in its container: mbox separators and
'>From ' quoting (mboxo, mboxrd), Thunderbird's X-Mozilla-Status headers,
Gmail Takeout's X-GM-THRID / X-Gmail-Labels and CRLF, maildir names with
flags, CRLF, a UTF-8 BOM, a leading blank line, Received chains,
X-headers, tab-folded headers, very long lines, a delivery-status part
turned into text/plain, a whole bounce as base64 text/plain, and
quoted-printable soft breaks inside addresses.

labels.jsonl: one line per message; "file" is the path under emails/
and, for a message of an mbox, "message" its number (1-based) in the
file.  eval_corpus.py passes the first component of each path to
mailfix (a file, a maildir, an Apple Mail folder)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import blindmta as M  # noqa: E402
from blindset import E, b64, qp, mimeword  # noqa: E402

OUT = []        # (path, bytes)
LABELS = []     # label dicts


def take():
    """The message the last builder call made (LF text)."""
    name, engine, msg, exp = M.SETS.pop()
    return msg, engine, exp


def build(fn, *a, **k):
    fn("x", *a, **k)
    return take()


# --------------------------------------------------------------------------
# Bodies of returned originals that hold 'From ' lines (the mbox hazard)
# --------------------------------------------------------------------------

FROM_BODY = ("Hello,\n\nFrom Monday on the office is closed until the 3rd.\n"
             ">From the minutes of last week: the budget is approved.\n\nRegards,\nDana\n")
LOOSE_BODY = ("Hi all,\n\nthe numbers are attached.\n\n"
              "From what I understand, the invoice is due on Friday 12 December 2025.\n"
              "Please check.\n")


def with_body(msg, body):
    return msg.replace(M.BODY, body)


# --------------------------------------------------------------------------
# Container helpers
# --------------------------------------------------------------------------

def split(msg):
    i = msg.index("\n\n")
    return msg[:i + 1], msg[i + 1:]


def add_headers(msg, lines, top=True):
    h, b = split(msg)
    lines = "".join(l + "\n" for l in lines)
    return (lines + h + b) if top else (h + lines + b)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def asctime(i):
    mon = ["Nov", "Dec", "Jan", "Feb", "Mar"][i % 5]
    year = 2025 if mon in ("Nov", "Dec") else 2026
    return "%s %s %2d %02d:%02d:%02d %d" % (DAYS[i % 7], mon, 1 + (i * 5) % 27, (i * 7) % 24, (i * 11) % 60,
                                             (i * 17) % 60, year)


def quote_mboxo(msg):
    return re.sub(r"(?m)^From ", ">From ", msg)


def quote_mboxrd(msg):
    return re.sub(r"(?m)^(>*From )", r">\1", msg)


def mbox(parts, sep, quote=quote_mboxo):
    """parts: messages (LF text); sep(i) the separator line of the i-th."""
    s = ""
    for i, m in enumerate(parts):
        s += sep(i) + "\n" + quote(m).rstrip("\n") + "\n\n"
    return s


def emit(path, data):
    OUT.append((path, data if isinstance(data, bytes) else data.encode("utf-8")))


def label(path, engine, exp, message=None):
    d = {"file": path, "engine": engine, "expected": exp}
    if message is not None:
        d["message"] = message
    LABELS.append(d)


def ordinary(i, frm="colleague@example.org", subj="Re: meeting on Thursday", body=None):
    """A message that is not a bounce, as it sits in the same folder."""
    return ("Return-Path: <%s>\nDate: %s\nFrom: Alex Colleague <%s>\nTo: dana@example.com\nSubject: %s\n"
            "Message-ID: <%d.ordinary@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s") % (
        frm, M.date(40 + i), frm, subj, 9100 + i,
        body or "Thursday at 10 works for me.\n\nFrom the second floor room, as last time?\n\nAlex\n")


# --------------------------------------------------------------------------
# Chinese providers' own notices
# --------------------------------------------------------------------------

def cn_notice(i, kind, rcpt, reply, why, dsn_status=None, cs="gb18030", enc="base64", subj_orig="季度报表"):
    """A Chinese webmail's own bounce notice: 'qq' (Tencent: 退信), '163'
    (NetEase/Coremail: 系统退信), 'ali' (Alibaba Mail: 退信通知); with a
    DSN when dsn_status is given."""
    snd = {"qq": "dana@qq.com", "163": "dana_w@163.com", "ali": "dana@corp-cn.example"}[kind]
    host = {"qq": "qq.com", "163": "163.com", "ali": "corp-cn.example"}[kind]
    if kind == "qq":
        frm = "%s <MAILER-DAEMON@qq.com>" % mimeword("系统退信", "gb18030")
        subj = mimeword("退信：" + subj_orig, "gb18030")
        text = ("很抱歉您的邮件没有发送成功。\n\n收件人：%s\n发送时间：2025年12月3日 10:21\n主题：%s\n\n"
                "退信原因：%s\n服务器回复：%s\n\n建议：请检查收件人地址是否正确后重新发送。\n\n"
                "此邮件由系统自动发出，请勿直接回复。\n") % (rcpt, subj_orig, why, reply)
    elif kind == "163":
        frm = "Postmaster <Postmaster@163.com>"
        subj = mimeword("系统退信", "gb18030")
        text = ("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间：2025-12-04 09:12:30\n主　题：%s\n"
                "收件人：%s\n\n退信原因：\n%s\n\n建议解决方案：\n请核实收件人地址后重新发送。\n\n"
                "原始退信报告：\n----- 以下是服务器回复 -----\n%s\n") % (subj_orig, rcpt, why, reply)
    else:
        frm = "%s <postmaster@corp-cn.example>" % mimeword("系统管理员", "utf-8")
        subj = mimeword("退信通知：" + subj_orig, "utf-8")
        cs = "utf-8"
        text = ("您好，您发送的邮件未能成功投递。\n\n收件人：%s\n退信原因：%s\n对方服务器返回：%s\n\n"
                "Your message could not be delivered to %s.\nReason: %s\n") % (rcpt, why, reply, rcpt, reply)
    h, body_part = M.cn_head(kind, i, 60 + i, frm, snd, subj, host, text, cs, enc)
    if dsn_status is None:
        return "\n".join(h) + "\n" + body_part
    bnd = "----=_Part_%d_%s" % (i, M.qid(i))
    code = reply[:3]
    d = ("Reporting-MTA: dns; mx.%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
         "Status: %s\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\n") % (
        host, M.date(60 + i, 2), rcpt, dsn_status, rcpt.split("@")[1], reply)
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n" % (
        snd, rcpt, mimeword(subj_orig, "utf-8"), M.date(60 + i, 1), M.qid(i + 7).lower(), host))
    body = ("Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\n\n"
            "--%s\n%s--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\n"
            "Content-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (bnd, bnd, body_part, bnd, d, bnd, orig, bnd)
    assert code.isdigit()
    return "\n".join(h) + "\n" + body


# --------------------------------------------------------------------------
# A. Thunderbird's local folder (mboxo, X-Mozilla-Status)
# --------------------------------------------------------------------------

def thunderbird():
    msgs = []
    m, eng, _ = build(M.pf, "k.tanaka@example.co.jp", "mx1.example.co.jp", M.IP % 21,
                      "550 5.1.1 <k.tanaka@example.co.jp>: Recipient address rejected: User unknown in virtual "
                      "mailbox table", [], kind="message")
    msgs.append((with_body(m, FROM_BODY), eng, [E("5.1.1", "550", "userunknown")]))
    m, eng, _ = build(M.exim, "lee@mail.example.net", "mx.example.net", M.IP % 22,
                      ["552 5.2.2 <lee@mail.example.net>: Mailbox full (quota exceeded)"], [])
    msgs.append((with_body(m, FROM_BODY), eng, [E("5.2.2", "552", "mailboxfull")]))
    m, eng, _ = build(M.exo, "p.novak@contoso.example", "5.1.10",
                      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient p.novak@contoso.example not found by "
                      "SMTP address lookup", [])
    msgs.append((m, eng, [E("5.1.10", "550", "userunknown")]))
    msgs.append((ordinary(1), "none", []))
    m, eng, _ = build(M.gmail, "ceo@fabrikam.example", "mx.fabrikam.example", M.IP % 23,
                      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
                      "policy. Please contact the administrator of example.com domain if this was a legitimate "
                      "mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection",
                      [], head="blocked")
    msgs.append((m, eng, [E("5.7.26", "550", "authfailure")]))
    m, eng, _ = build(M.sendmail, "info@shop.example.org", "mail.shop.example.org", M.IP % 24,
                      "550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org", [])
    msgs.append((m, eng, [E("5.7.1", "550", "blocked")]))
    m, eng, _ = build(M.qmail, "orders@partner.example", M.IP % 25,
                      "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", [])
    msgs.append((m, eng, [E("5.7.1", "553", "norelaying")]))
    tb = []
    for i, (m, eng, exp) in enumerate(msgs):
        flags = ["0001", "0000", "0011", "0001", "0005", "0001", "0003"][i]
        tb.append(add_headers(m, ["X-Mozilla-Status: %s" % flags, "X-Mozilla-Status2: 00000000",
                                  "X-Mozilla-Keys: " + " " * 80]))
        label("thunderbird-Bounces", eng, exp, i + 1)
    emit("thunderbird-Bounces", mbox(tb, lambda i: "From - " + asctime(i)))


# --------------------------------------------------------------------------
# B. An mboxrd archive ('>From ' in a body becomes '>>From ')
# --------------------------------------------------------------------------

def mboxrd():
    msgs = []
    m, eng, _ = build(M.pf, "r.silva@example.com.br", "mx.example.com.br", M.IP % 31,
                      "452 4.2.2 <r.silva@example.com.br>: Mailbox over quota, try again later", [], delay=True,
                      kind="message")
    msgs.append((with_body(m, FROM_BODY), eng, [E("4.2.2", "452", "mailboxfull")]))
    m, eng, _ = build(M.exim, "buyer@retail.example", "mx2.retail.example", M.IP % 32,
                      ["550 5.7.1 Message rejected as spam by Content Filtering."], [], cmd="end of data")
    msgs.append((with_body(m, FROM_BODY), eng, [E("5.7.1", "550", "spamdetected")]))
    msgs.append((ordinary(2, "newsletter@letters.example.net", "Your weekly digest",
                          "This week:\n\n>From the archive: how to write a bounce handler\nFrom our blog: mbox "
                          "files explained\n"), "none", []))
    m, eng, _ = build(M.exo, "j.meyer@example.de", "5.1.1",
                      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", [], style="onprem")
    msgs.append((m, eng, [E("5.1.1", "550", "userunknown")]))
    m, eng, _ = build(M.sendmail, "hr@example.edu", "mx.example.edu", M.IP % 33,
                      "550 5.1.1 <hr@example.edu>... User unknown", [])
    msgs.append((m, eng, [E("5.1.1", "550", "userunknown")]))
    m, eng, _ = build(M.pf, "sales@faraway.example", "mail.faraway.example", M.IP % 34,
                      "554 5.7.1 <sales@faraway.example>: Relay access denied", [], kind="message")
    msgs.append((with_body(m, FROM_BODY), eng, [E("5.7.1", "554", "norelaying")]))
    for i, (m, eng, exp) in enumerate(msgs):
        label("archive-2025-q4.mbox", eng, exp, i + 1)
    seps = ["MAILER-DAEMON", "MAILER-DAEMON", "newsletter@letters.example.net", "postmaster@example.com",
            "MAILER-DAEMON", "MAILER-DAEMON"]
    emit("archive-2025-q4.mbox", mbox([m for m, _, _ in msgs], lambda i: "From %s %s" % (seps[i], asctime(10 + i)),
                                      quote_mboxrd))


# --------------------------------------------------------------------------
# C. An mboxo file whose writer left a 'From ' body line unquoted
# --------------------------------------------------------------------------

def loose_mboxo():
    msgs = []
    m, eng, _ = build(M.exim, "a.rossi@example.it", "mx.example.it", M.IP % 41,
                      ["550 5.1.1 <a.rossi@example.it>: Recipient address rejected: User unknown in local "
                       "recipient table"], [])
    msgs.append((with_body(m, LOOSE_BODY), eng, [E("5.1.1", "550", "userunknown")]))
    m, eng, _ = build(M.qmail, "design@studio.example", M.IP % 42,
                      "552 5.3.4 Message size exceeds fixed limit", [])
    msgs.append((with_body(m, LOOSE_BODY), eng, [E("5.3.4", "552", "mesgtoobig")]))
    m, eng, _ = build(M.pf, "support@vendor.example", "mx.vendor.example", M.IP % 43,
                      "550 5.7.25 [192.0.2.10] The IP address sending this message does not have a PTR record "
                      "setup, or the corresponding forward DNS entry does not point to the sending IP.", [],
                      kind="message")
    msgs.append((with_body(m, LOOSE_BODY), eng, [E("5.7.25", "550", "requireptr")]))
    m, eng, _ = build(M.gmail, "old.account@gmail.com", "gmail-smtp-in.l.google.com", M.GMIP,
                      "550 5.2.1 The email account that you tried to reach is disabled. " + M.gsig(4), [])
    msgs.append((m, eng, [E("5.2.1", "550", "suspend")]))
    m, eng, _ = build(M.exo, "m.dubois@example.fr", "5.7.1",
                      "550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request "
                      "removal from this list see https://www.spamhaus.org/query/ip/192.0.2.10", [],
                      remote="mx.example.fr")
    msgs.append((m, eng, [E("5.7.1", "550", "blocked")]))
    for i, (m, eng, exp) in enumerate(msgs):
        label("postmaster-2026-01.mbox", eng, exp, i + 1)
    # mboxo as a careless writer leaves it: the separators are written,
    # the body lines starting 'From ' are not quoted
    emit("postmaster-2026-01.mbox", mbox([m for m, _, _ in msgs],
                                         lambda i: "From MAILER-DAEMON %s" % asctime(20 + i), lambda s: s))


# --------------------------------------------------------------------------
# D. Gmail Takeout (X-GM-THRID, X-Gmail-Labels, CRLF)
# --------------------------------------------------------------------------

def takeout():
    msgs = []
    g = M.gsig
    m, eng, _ = build(M.gmail, "nobody.here@example.org", "mx.example.org", M.IP % 51,
                      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
                      "the recipient's email address for typos or unnecessary spaces. " + g(1), [], head="notfound")
    msgs.append((m, eng, [E("5.1.1", "550", "userunknown")], "Inbox,Category Updates"))
    m, eng, _ = build(M.gmail, "wang.lei@163.com", "163mx01.mxmail.netease.com", "220.181.12.11",
                      "550 User not found: wang.lei@163.com", [])
    msgs.append((m, eng, [E("5.0.0", "550", "userunknown")], "Inbox,Unread"))
    m, eng, _ = build(M.gmail, "12345678@qq.com", "mx3.qq.com", "183.3.225.42",
                      "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                      [])
    msgs.append((m, eng, [E("5.0.0", "550", "userunknown")], "Inbox"))
    msgs.append((ordinary(3, "friend@example.net", "Photos from Saturday"), "none", [], "Inbox,Category Personal"))
    m, eng, _ = build(M.gmail, "chen.jing@126.com", "126mx00.mxmail.netease.com", "220.181.15.112",
                      "554 DT:SPM 126 smtp2,DMmowAD3b1lXxQ==.41235S2 1764303337 http://mail.163.com/help/"
                      "help_spam_16.htm?ip=209.85.216.44&hostid=smtp2&time=1764303337", [])
    msgs.append((m, eng, [E("5.0.0", "554", "spamdetected")], "Inbox,Unread,Important"))
    m, eng, _ = build(M.gmail, "t.brown@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.9.12",
                      "550 5.7.1 Unfortunately, messages from [209.85.216.44] weren't sent. Please contact your "
                      "Internet service provider since part of their network is on our block list (S3150). You can "
                      "also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", [])
    msgs.append((m, eng, [E("5.7.1", "550", "blocked")], "Inbox"))
    m, eng, _ = build(M.gmail, "s.kim@yahoo.com", "mta7.am0.yahoodns.net", "67.195.228.94",
                      "554 5.7.9 Message not accepted for policy reasons.  See "
                      "https://help.yahoo.com/kb/postmaster/SLN7253.html", [])
    msgs.append((m, eng, [E("5.7.9", "554", "policyviolation")], "Inbox,Category Updates"))
    m, eng, _ = build(M.gmail, "archive@bigfiles.example", "mx.bigfiles.example", M.IP % 52,
                      "552 5.3.4 Message size exceeds fixed maximum message size", [])
    msgs.append((m, eng, [E("5.3.4", "552", "mesgtoobig")], "Inbox,Trash"))
    m, eng, _ = build(M.gmail, "l.garcia@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.42.8",
                      "550 5.7.509 Access denied, sending domain STARTUP.EXAMPLE does not pass DMARC verification "
                      "and has a DMARC policy of reject. [BN1PEPF00004680.namprd05.prod.outlook.com 2025-12-09T10:21:"
                      "44.123Z 08DE2F7C4A1B2C3D]", [])
    msgs.append((m, eng, [E("5.7.509", "550", "authfailure")], "Inbox,Spam"))
    parts = []
    for i, (m, eng, exp, labels) in enumerate(msgs):
        thr = 1850000000000000000 + i * 7919 * 1000003
        parts.append(add_headers(m, ["X-GM-THRID: %d" % thr, "X-Gmail-Labels: %s" % labels]))
        label("All mail Including Spam and Trash.mbox", eng, exp, i + 1)
    s = mbox(parts, lambda i: "From %d@xxx %s" % (1850000000000000000 + i * 31337, asctime(30 + i).replace(
        " 202", " +0000 202")))
    emit("All mail Including Spam and Trash.mbox", crlf(s))


# --------------------------------------------------------------------------
# E. Apple Mail's exported mailbox (Bounces.mbox/mbox + Info.plist)
# --------------------------------------------------------------------------

INFO_PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>LocalizedName</key>
	<string>Bounces</string>
</dict>
</plist>
"""


def apple():
    msgs = []
    m, eng, _ = build(M.exo, "olivia@northwind.example", "5.2.2",
                      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
                      [])
    msgs.append((m, eng, [E("5.2.2", "554", "mailboxfull")]))
    m, eng, _ = build(M.pf, "events@club.example", "mx.club.example", M.IP % 61,
                      "554 5.7.1 <events@club.example>: Recipient address rejected: Your message was identified as "
                      "spam", [], cmd="end of DATA")
    msgs.append((m, eng, [E("5.7.1", "554", "spamdetected")]))
    m, eng, _ = build(M.sendmail, "billing@vendor2.example", "mx.vendor2.example", M.IP % 62,
                      "553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist",
                      [], cmd="MAIL From")
    msgs.append((m, eng, [E("5.1.8", "553", "rejected")]))
    m, eng, _ = build(M.exim, "contact@lab.example", "mx.lab.example", M.IP % 63,
                      ["550 5.7.23 The message was rejected because of Sender Policy Framework violation"], [],
                      cmd="end of data")
    msgs.append((m, eng, [E("5.7.23", "550", "authfailure")]))
    m, eng, _ = build(M.qmail, "ghost@oldhost.example", M.IP % 64,
                      "550 5.1.1 sorry, no mailbox here by that name. (#5.1.1)", [])
    msgs.append((m, eng, [E("5.1.1", "550", "userunknown")]))
    for i, (m, eng, exp) in enumerate(msgs):
        label("Bounces.mbox/mbox", eng, exp, i + 1)
    emit("Bounces.mbox/mbox", mbox([m for m, _, _ in msgs],
                                   lambda i: "From MAILER-DAEMON@mail.example.com %s" % asctime(40 + i)))
    emit("Bounces.mbox/Info.plist", INFO_PLIST)


# --------------------------------------------------------------------------
# F. A Dovecot maildir (cur/ with flags, new/, a Maildir++ subfolder)
# --------------------------------------------------------------------------

def exim_own(i, rcpt, why):
    """Exim's bounce of a failure it found itself (no remote reply)."""
    host = "srv07.example.net"
    o = ("From: Dana <dana@example.com>\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s@example.com>\n\n%s" % (
        rcpt, M.SUBJECTS[i % 10], M.date(70 + i, 1), M.qid(70 + i).lower(), M.BODY))
    return ("Return-Path: <>\nDate: %s\nFrom: Mail Delivery System <Mailer-Daemon@%s>\nTo: dana@example.com\n"
            "Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1v%s@%s>\n"
            "X-Failed-Recipients: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n%s") % (
        M.date(70 + i), host, M.qid(70 + i)[:8], host, rcpt, rcpt, why, o)


def maildir():
    base = "Maildir"
    items = []   # (subdir, message, engine, exp, flags)
    m, eng, _ = build(M.pf, "bob@contoso.example", "contoso-example.mail.protection.outlook.com", "52.101.68.3",
                      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@contoso.example not found by SMTP "
                      "address lookup", [])
    items.append(("cur", m, eng, [E("5.1.10", "550", "userunknown")], "2,S"))
    items.append(("cur", exim_own(1, "info@exampel.com", "Unrouteable address"), "Exim",
                  [E("5.0.912", "", "hostunknown")], "2,RS"))
    items.append(("cur", exim_own(2, "team@slow.example",
                                  "retry time not reached for any host after a long failure period"), "Exim",
                  [E("4.0.947", "", "expired")], "2,S"))
    m, eng, _ = build(M.pf, "qa@testing.example", "mx.testing.example", M.IP % 71,
                      "550 5.7.1 Virus detected: Eicar-Test-Signature. Message rejected.", [], cmd="end of DATA")
    items.append(("cur", m, eng, [E("5.7.1", "550", "virusdetected")], "2,FS"))
    m, eng, _ = build(M.exim, "press@media.example", "mx.media.example", M.IP % 72,
                      ["421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later."],
                      [], delay=True, cmd="MAIL FROM")
    items.append(("cur", m, eng, [E("4.7.0", "421", "toomanyconn")], "2,S"))
    m, eng, _ = build(M.exo, "h.jansen@example.nl", "5.3.4",
                      "552 5.3.4 Message size exceeds fixed maximum message size", [], style="onprem")
    items.append(("cur", m, eng, [E("5.3.4", "552", "mesgtoobig")], "2,S"))
    m, eng, _ = build(M.sendmail, "root@lists.example", "mx.lists.example", M.IP % 73,
                      "550 5.2.1 <root@lists.example>... Mailbox disabled for this recipient", [])
    items.append(("cur", m, eng, [E("5.2.1", "550", "suspend")], "2,T"))
    m, eng, _ = build(M.gmail, "m.rossi@example.it", "mx.example.it", M.IP % 74,
                      "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
                      "https://support.google.com/mail/?p=OverQuotaTemp " + M.gsig(7), [], head="delay")
    items.append(("cur", m, eng, [E("4.2.2", "452", "mailboxfull")], "2,"))
    # new/: not yet seen (no info part)
    items.append(("new", cn_notice(1, "qq", "zhao.min@foxmail.com", "550 Mailbox not found.",
                                   "收件人邮箱地址不存在或已被注销"), "Tencent", [E("5.0.911", "550", "userunknown")],
                  None))
    items.append(("new", cn_notice(2, "ali", "li.na@vendor-cn.example", "552 5.2.2 Mailbox quota exceeded",
                                   "收件人邮箱空间已满", dsn_status="5.2.2"), "Alibaba",
                  [E("5.2.2", "552", "mailboxfull")], None))
    m, eng, _ = build(M.pf, "zhangwei@sina.example", "mx.sina.example", M.IP % 75,
                      "554 5.7.1 Message rejected because it was identified as spam", [], cmd="end of DATA")
    items.append(("new", m, eng, [E("5.7.1", "554", "spamdetected")], None))
    # the Maildir++ folder .Bounces
    m, eng, _ = build(M.sendmail, "guest@hotel.example", "mx.hotel.example", M.IP % 76,
                      "550 5.1.1 <guest@hotel.example>... User unknown", [])
    items.append((".Bounces/cur", m, eng, [E("5.1.1", "550", "userunknown")], "2,S"))
    m, eng, _ = build(M.exim, "admin@intranet.example", "mx.intranet.example", M.IP % 77,
                      ["550 5.7.1 <admin@intranet.example>: Relay access denied"], [])
    items.append((".Bounces/cur", m, eng, [E("5.7.1", "550", "norelaying")], "2,RS"))
    m, eng, _ = build(M.pf, "ana@example.pt", "mx.example.pt", M.IP % 78,
                      "550 5.7.1 Mail from 192.0.2.10 refused: blocked using bl.spamcop.net", [])
    items.append((".Bounces/cur", m, eng, [E("5.7.1", "550", "blocked")], "2,S"))
    for i, (sub, m, eng, exp, flags) in enumerate(items):
        data = m.encode("utf-8")
        nm = "17643%05d.M%dP%d.mail.example.com,S=%d,W=%d" % (i * 317, 100000 + i * 7, 2000 + i, len(data),
                                                              len(data) + m.count("\n"))
        if flags is not None:
            nm += ":" + flags
        path = "%s/%s/%s" % (base, sub, nm)
        emit(path, data)
        label(path, eng, exp)
    emit(base + "/dovecot-uidlist", "3 V1764300000 N%d G3a6f0d2c\n" % (len(items) + 1) + "".join(
        "%d :17643%05d.M%dP%d.mail.example.com\n" % (i + 1, i * 317, 100000 + i * 7, 2000 + i)
        for i in range(8)))
    emit(base + "/subscriptions", "V\t2\n\nBounces\n")
    emit(base + "/dovecot-keywords", "0 $Forwarded\n1 NonJunk\n")
    emit(base + "/.Bounces/maildirfolder", b"")
    emit(base + "/dovecot.index.log", bytes([1, 3, 40, 0]) + bytes(range(256)) * 2)


# --------------------------------------------------------------------------
# G. .eml files saved by mail programs
# --------------------------------------------------------------------------

LONG_ANTISPAM = "".join("%s%s" % ("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/"[j % 38], "xq9"[j % 3]) for j in range(700))

OUTLOOK_HDRS = [
    "Received: from BN8PR12MB3412.namprd12.prod.outlook.com (2603:10b6:408:6a::25)\r\n by "
    "SA1PR12MB7200.namprd12.prod.outlook.com with HTTPS; Tue, 9 Dec 2025 10:21:45\r\n +0000",
    "Received: from BN8PR12MB3412.namprd12.prod.outlook.com ([fe80::1c2b:3d4e:5f60:7182])\r\n by "
    "BN8PR12MB3412.namprd12.prod.outlook.com ([fe80::1c2b:3d4e:5f60:7182%4]) with\r\n mapi id 15.20.9343.011; "
    "Tue, 9 Dec 2025 10:21:44 +0000",
    "X-MS-Exchange-Organization-SCL: -1",
    "X-MS-Exchange-Organization-AuthSource: BN8PR12MB3412.namprd12.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Internal",
    "X-Microsoft-Antispam-Message-Info: " + LONG_ANTISPAM,
    "X-MS-Exchange-CrossTenant-Network-Message-Id: 3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b",
]


def outlook_eml(m):
    """Outlook's 'Save As' .eml: CRLF, the Exchange transport headers on
    top, one very long header line."""
    return crlf(add_headers(m, [h.replace("\r\n", "\n") for h in OUTLOOK_HDRS]))


def gmail_download(m, to):
    """Gmail's 'Download message': Delivered-To, a Received chain folded
    with tabs, ARC and X-Google headers; CRLF."""
    hs = ["Delivered-To: %s" % to,
          "Received: by 2002:a05:7208:3181:b0:a4:1e3:9f21 with SMTP id r1csp2911458rbc;\n"
          "        Tue, 9 Dec 2025 02:21:47 -0800 (PST)",
          "X-Received: by 2002:a17:906:4fd6:b0:b73:1a2:5d1e with SMTP id a640c23a62f3a-b7a3f2c91e8mr1442166b.1."
          "1765275707123;\n        Tue, 09 Dec 2025 02:21:47 -0800 (PST)",
          "ARC-Seal: i=1; a=rsa-sha256; t=1765275707; cv=none;\n        d=google.com; s=arc-20240605;\n"
          "        b=" + LONG_ANTISPAM[:300],
          "ARC-Authentication-Results: i=1; mx.google.com;\n       spf=pass (google.com: domain of postmaster@"
          "example.org designates 198.51.100.25 as permitted sender)",
          "Received: from mx.example.org (mx.example.org. [198.51.100.25])\n"
          "        by mx.google.com with ESMTPS id 4fb4d7f45d1cf-64a1b2c3d4esi9281731a12.112.2025.12.09.02.21.47\n"
          "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
          "        Tue, 09 Dec 2025 02:21:47 -0800 (PST)" % to,
          "Received-SPF: pass (google.com: domain of postmaster@example.org designates 198.51.100.25 as "
          "permitted sender) client-ip=198.51.100.25;",
          "X-Google-Smtp-Source: AGHT+IF" + LONG_ANTISPAM[:120]]
    return crlf(add_headers(m, hs))


def tabfold(m):
    """Headers folded with a tab (as Outlook Express and Foxmail fold)."""
    h, b = split(m)
    h = re.sub(r"\n[ ]+", "\n\t", h)
    return h + b


def emls():
    # Outlook (CRLF, Exchange transport headers, a very long line)
    m, eng, _ = build(M.exo, "anna.schmidt@example.at", "5.1.1",
                      "550 5.1.1 <anna.schmidt@example.at>: Recipient address rejected: User unknown in virtual "
                      "mailbox table", [], remote="mx.example.at")
    emit("outlook-Undeliverable Quarterly figures.eml", outlook_eml(m))
    label("outlook-Undeliverable Quarterly figures.eml", eng, [E("5.1.1", "550", "userunknown")])
    m, eng, _ = build(M.exo, "accounts@supplier.example", "5.7.1",
                      "550 5.7.1 Message rejected due to content restrictions: attachment type .exe not allowed",
                      [], style="onprem")
    emit("outlook-Undeliverable Invoice.eml", outlook_eml(m))
    label("outlook-Undeliverable Invoice.eml", eng, [E("5.7.1", "550", "policyviolation")])
    m, eng, _ = build(M.pf, "f.costa@example.pt", "mx.example.pt", M.IP % 81,
                      "550 5.1.1 <f.costa@example.pt>: Recipient address rejected: User unknown", [])
    emit("outlook-Undelivered Mail Returned to Sender.eml", outlook_eml(tabfold(m)))
    label("outlook-Undelivered Mail Returned to Sender.eml", eng, [E("5.1.1", "550", "userunknown")])
    # Thunderbird's saved .eml: X-Mozilla headers; one begins with its 'From - ' line
    m, eng, _ = build(M.exim, "t.nguyen@example.vn", "mx.example.vn", M.IP % 82,
                      ["550 5.2.2 <t.nguyen@example.vn>: user is over quota"], [])
    emit("thunderbird-Mail delivery failed.eml", add_headers(m, ["X-Mozilla-Status: 0001",
                                                                  "X-Mozilla-Status2: 00800000"]))
    label("thunderbird-Mail delivery failed.eml", eng, [E("5.2.2", "550", "mailboxfull")])
    m, eng, _ = build(M.pf, "k.ivanova@example.bg", "mx.example.bg", M.IP % 83,
                      "550 5.1.1 <k.ivanova@example.bg>: Recipient address rejected: User unknown in local "
                      "recipient table", [], kind="message")
    emit("thunderbird-from-line.eml", "From - " + asctime(50) + "\n" + add_headers(
        with_body(m, FROM_BODY), ["X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000"]))
    label("thunderbird-from-line.eml", eng, [E("5.1.1", "550", "userunknown")])
    # Apple Mail 'Save As... Raw Message Source' (LF)
    m, eng, _ = build(M.sendmail, "dr.who@clinic.example", "mx.clinic.example", M.IP % 84,
                      "552 5.2.2 <dr.who@clinic.example>... Mailbox full", [])
    emit("apple-Returned mail see transcript for details.eml", m)
    label("apple-Returned mail see transcript for details.eml", eng, [E("5.2.2", "552", "mailboxfull")])
    m, eng, _ = build(M.gmail, "paul@example.co.uk", "mx.example.co.uk", M.IP % 85,
                      "550 5.7.1 Rejected: 192.0.2.44 listed at b.barracudacentral.org", [], head="blocked")
    emit("apple-Delivery Status Notification (Failure).eml", m)
    label("apple-Delivery Status Notification (Failure).eml", eng, [E("5.7.1", "550", "blocked")])
    # Gmail 'Download message' (CRLF, Delivered-To, a Received chain, ARC)
    m, eng, _ = build(M.pf, "recruit@example.jp", "mx.example.jp", M.IP % 86,
                      "550 5.1.1 <recruit@example.jp>: Recipient address rejected: User unknown", [])
    emit("gmail-original_msg.eml", gmail_download(m, "dana.k@gmail.com"))
    label("gmail-original_msg.eml", eng, [E("5.1.1", "550", "userunknown")])
    m, eng, _ = build(M.exim, "ops@datacenter.example", "mx.datacenter.example", M.IP % 87,
                      ["550 5.7.1 Your message was rejected by the recipient's SPF policy: 209.85.216.44 is not "
                       "authorized to send for example.com"], [])
    emit("gmail-original_msg (1).eml", gmail_download(m, "ops.team@gmail.com"))
    label("gmail-original_msg (1).eml", eng, [E("5.7.1", "550", "authfailure")])
    m, eng, _ = build(M.qmail, "nobody@legacy.example", M.IP % 88,
                      "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)", [])
    emit("gmail-original_msg (2).eml", gmail_download(m, "jo.r@googlemail.com"))
    label("gmail-original_msg (2).eml", eng, [E("5.1.1", "", "userunknown")])
    # Roundcube's 'Download' (LF, its subject as the file name, spam headers)
    m, eng, _ = build(M.pf, "events@example.ch", "mx.example.ch", M.IP % 89,
                      "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using b.barracudacentral.org",
                      [], greet=True)
    emit("roundcube-Undelivered Mail Returned to Sender.eml", add_headers(m, [
        "X-Virus-Scanned: Debian amavisd-new at mail.example.com",
        "X-Spam-Flag: NO", "X-Spam-Score: -0.1",
        "X-Spam-Status: No, score=-0.1 tagged_above=-999 required=5\n\ttests=[BAYES_00=-1.9, DSN_BOUNCE=1.8]\n"
        "\tautolearn=ham autolearn_force=no"], top=False))
    label("roundcube-Undelivered Mail Returned to Sender.eml", eng, [E("5.7.1", "554", "blocked")])
    m, eng, _ = build(M.exim, "b.mueller@example.de", "mx.example.de", M.IP % 90,
                      ["550 5.1.1 <b.mueller@example.de>: Recipient address rejected: Mailbox unavailable"], [])
    emit("roundcube-Mail delivery failed.eml", "\n" + m)     # a leading blank line
    label("roundcube-Mail delivery failed.eml", eng, [E("5.1.1", "550", "userunknown")])
    # Chinese webmails' 'export as eml': a BOM, CRLF, a leading blank line
    q = cn_notice(3, "163", "liu.yang@sohu.example", "550 5.1.1 User unknown: liu.yang@sohu.example",
                  "收件人地址不存在", dsn_status="5.1.1")
    emit("163-系统退信.eml", b"\xef\xbb\xbf" + crlf(q).encode("utf-8"))
    label("163-系统退信.eml", "NetEase", [E("5.1.1", "550", "userunknown")])
    q = cn_notice(4, "qq", "chen@partner-cn.example", "552 5.2.2 Mailbox full", "收件人邮箱已满", dsn_status="5.2.2")
    emit("qq-退信.eml", crlf("\n" + q))
    label("qq-退信.eml", "Tencent", [E("5.2.2", "552", "mailboxfull")])
    q = cn_notice(5, "163", "zhou@university.example", "554 DT:SPM 163 smtp7,C8CowAA5c2lV Spam detected",
                  "邮件被对方服务器判定为垃圾邮件")
    emit("163-退信-垃圾邮件.eml", b"\xef\xbb\xbf" + q.encode("utf-8"))
    label("163-退信-垃圾邮件.eml", "NetEase", [E("5.0.980", "554", "spamdetected")])
    q = cn_notice(6, "ali", "sun@client.example", "550 5.7.1 Client host rejected: IP 192.0.2.88 is on a blacklist",
                  "发送服务器IP被对方列入黑名单", dsn_status="5.7.1")
    emit("alimail-退信通知.eml", crlf(tabfold(q)))
    label("alimail-退信通知.eml", "Alibaba", [E("5.7.1", "550", "blocked")])
    # a very long line: the Exchange NDR's HTML in one line of 6 KB
    m, eng, _ = build(M.exo, "y.tanaka@example.jp", "5.2.2",
                      "552 5.2.2 Mailbox size limit exceeded", [], remote="mx.example.jp")
    m = m.replace("<html><head></head><body>", "<html><head><style>" + "p{margin:0;} " * 450 + "</style></head><body>")
    emit("outlook-web-Undeliverable.eml", crlf(m))
    label("outlook-web-Undeliverable.eml", eng, [E("5.2.2", "552", "mailboxfull")])


# --------------------------------------------------------------------------
# H. Reports a mail program re-encoded
# --------------------------------------------------------------------------

def reencoded():
    # the delivery-status part turned into a text/plain attachment
    m, eng, _ = build(M.pf, "p.olsen@example.dk", "mx.example.dk", M.IP % 91,
                      "550 5.1.1 <p.olsen@example.dk>: Recipient address rejected: User unknown in relay recipient "
                      "table", [])
    m = m.replace("Content-Type: message/delivery-status",
                  "Content-Type: text/plain; charset=\"us-ascii\"; name=\"details.txt\"\n"
                  "Content-Disposition: attachment; filename=\"details.txt\"")
    emit("reenc-dsn-details-txt.eml", crlf(m))
    label("reenc-dsn-details-txt.eml", eng, [E("5.1.1", "550", "userunknown")])
    m, eng, _ = build(M.sendmail, "sam@example.ie", "mx.example.ie", M.IP % 92,
                      "554 5.7.1 Message rejected: spam content detected", [], cmd="DATA")
    m = m.replace("Content-Type: message/delivery-status",
                  "Content-Type: text/plain; name=\"ATT00002.txt\"\nContent-Description: ATT00002.txt\n"
                  "Content-Disposition: attachment; filename=\"ATT00002.txt\"")
    emit("reenc-dsn-ATT00002.eml", m)
    label("reenc-dsn-ATT00002.eml", eng, [E("5.7.1", "554", "spamdetected")])
    # the whole bounce text as base64 text/plain
    for nm, (fn, args, exp) in {
        "reenc-exim-base64.eml": (M.exim, ("o.berg@example.se", "mx.example.se", M.IP % 93,
                                           ["550 5.1.1 <o.berg@example.se>: Recipient address rejected: User "
                                            "unknown in virtual alias table"]),
                                  E("5.1.1", "550", "userunknown")),
        "reenc-qmail-base64.eml": (M.qmail, ("media@example.fi", M.IP % 94,
                                             "552 5.2.2 Mailbox quota exceeded"), E("5.2.2", "552", "mailboxfull")),
    }.items():
        m, eng, _ = build(fn, *args, [])
        h, b = split(m)
        h = h.replace("Content-Type: text/plain; charset=us-ascii\n", "")
        h += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n"
        emit(nm, h + "\n" + b64(b.lstrip("\n")) + "\n")
        label(nm, eng, [exp])
    # a Postfix report whose parts were re-encoded to base64 (text) and QP (DSN)
    m, eng, _ = build(M.pf, "c.dupont@example.be", "mx.example.be", M.IP % 95,
                      "552 5.2.2 <c.dupont@example.be>: Recipient address rejected: mailbox full", [])
    parts = m.split("\n--")
    out = []
    for p in parts:
        if p.lstrip("-").startswith("Content-Description: Notification"):
            hh, bb = split(p)
            hh = hh.replace("Content-Transfer-Encoding: 7bit", "Content-Transfer-Encoding: base64")
            p = hh + "\n" + b64(bb.lstrip("\n")) + "\n"
        out.append(p)
    emit("reenc-postfix-base64-text.eml", "\n--".join(out))
    label("reenc-postfix-base64-text.eml", eng, [E("5.2.2", "552", "mailboxfull")])
    # quoted-printable soft breaks inside addresses (a DSN and a text re-encoded by a gateway)
    rcpt = "christina.van.der.berg-wilhelmsen@departement-financien.example.nl"
    m, eng, _ = build(M.pf, rcpt, "mx.departement-financien.example.nl", M.IP % 96,
                      "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt, [])
    m = qp_parts(m)
    emit("reenc-qp-soft-breaks.eml", m)
    label("reenc-qp-soft-breaks.eml", eng, [E("5.1.1", "550", "userunknown")])
    rcpt2 = "procurement.department.north-region@logistics-international.example.com"
    m, eng, _ = build(M.exo, rcpt2, "5.2.2",
                      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", [], html=False)
    emit("reenc-exchange-qp-address.eml", crlf(qp_parts(m)))
    label("reenc-exchange-qp-address.eml", eng, [E("5.2.2", "554", "mailboxfull")])


def qp_soft(text, width=60):
    """text as quoted-printable with soft breaks every width characters
    (wherever they fall, inside an address too)."""
    out = []
    for line in qp(text).split("\n"):
        line = line.replace("=\n", "")
        while len(line) > width:
            cut = width
            while line[cut - 1] == "=" or line[cut - 2] == "=":
                cut -= 1
            out.append(line[:cut] + "=")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def qp_parts(m):
    """Each text part and the delivery-status part of m re-encoded as
    quoted-printable with short soft-broken lines."""
    def enc(mt):
        head, body = mt.group(1), mt.group(2)
        if "Content-Transfer-Encoding" in head:
            head = re.sub(r"Content-Transfer-Encoding: [^\n]*", "Content-Transfer-Encoding: quoted-printable", head)
            if "quoted-printable" in mt.group(1):
                body = __import__("quopri").decodestring(body.encode()).decode()
        else:
            head += "Content-Transfer-Encoding: quoted-printable\n"
        return head + "\n" + qp_soft(body.rstrip("\n")) + "\n"
    return re.sub(r"(Content-Type: (?:text/plain|message/delivery-status)[^\n]*\n(?:[A-Za-z-]+: [^\n]*\n)*)\n"
                  r"(.*?)(?=\n--)", enc, m, flags=re.S)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    thunderbird()
    mboxrd()
    loose_mboxo()
    takeout()
    apple()
    maildir()
    emls()
    reencoded()
    em = os.path.join(out, "emails")
    for path, data in OUT:
        p = os.path.join(em, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    with open(os.path.join(out, "labels.jsonl"), "w") as lf:
        for d in sorted(LABELS, key=lambda d: (d["file"], d.get("message", 0))):
            lf.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["expected"]) for d in LABELS)
    print("%d messages, %d bounces, %d files" % (len(LABELS), n, len(OUT)))


if __name__ == "__main__":
    main()
