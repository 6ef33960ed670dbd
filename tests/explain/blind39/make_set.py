#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind39, a cross-product of bounce reasons
and the mail systems that report them: each of twelve of Sisimai's
reasons written as eight systems send it (Postfix, Exim, Sendmail,
Exchange / Microsoft 365, Gmail, qmail, Courier or OpenSMTPD, and a
Chinese provider: Tencent QQ, NetEase 163 or Alibaba Mail), with the
remote server's words varied as real servers vary them, so that a reason
mailfix knows only in some formats shows as a hole in one row or column.

Postfix, Exim, Sendmail, Exchange, Gmail come from blindmta's builders;
this file adds the reports of a failure the reporting MTA found itself
(no remote reply: unknown domains, queue timeouts), qmail's other phases
(sender refused, after DATA, no host), Courier's and OpenSMTPD's reports
and the Chinese providers' notices.  Deterministic."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import blindmta as M  # noqa: E402
from blindset import E, b64, dsn, hdrs, mimeword, qp, rec, write_set  # noqa: E402

IP = M.IP


def orig_of(i, rcpt, snd):
    return ("Return-Path: <%s>\nFrom: %s\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n" % (
                snd, snd, rcpt, M.SUBJECTS[i % 10], M.date(i, 1), M.qid(i).lower(), snd.split("@")[1]))


# --------------------------------------------------------------------------
# Reports of a failure the reporting MTA found itself
# --------------------------------------------------------------------------

def pf_own(name, rcpt, why, status, exp, delay_expired=False):
    """Postfix's bounce of its own finding (DNS, connection): the DSN's
    Diagnostic-Code is X-Postfix, no Remote-MTA."""
    i = M.nth()
    m, snd = M.mime_for(i)
    host = ["mail.example.com", "smtp-out2.example.net", "relay1.example.org"][i % 3]
    q = M.qid(i)
    text = M.POSTFIX_INTRO % host + "<%s>: %s\n" % (rcpt, M.fold(why))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, M.date(i, 3))
    r = rec(rcpt, "failed", status, why, None, dtype="X-Postfix")
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, "Undelivered Mail Returned to Sender", M.date(i),
             "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             m.returned(rcpt, M.SUBJECTS[i % 10], M.date(i, 2), "%s.%d@%s" % (q.lower(), i, snd.split("@")[1]),
                        "headers", desc="Undelivered Message Headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1764000000 + i, host), params=" report-type=delivery-status;")
    M.add(name, "Postfix", "\n".join(h) + "\n" + body, exp)


def exim_own(name, rcpt, lines, exp):
    i = M.nth()
    _, snd = M.mime_for(i)
    host = ["box1234.bluehost.example", "server.hosting.example", "srv07.example.net"][i % 3]
    mid = "1v%s-00%sAb-%s" % (M.qid(i)[:4], M.qid(i)[4:8], M.qid(i)[8:])
    detail = "  %s\n" % rcpt + "".join("    %s\n" % l for l in lines)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n%s") % detail
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, "Mail delivery failed: returning message to sender",
             M.date(i), "E%s@%s" % (mid, host), to=snd,
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
                    "Content-Type: text/plain; charset=us-ascii"])
    body = text + "\n------ This is a copy of the message, including all the headers. ------\n\n" + \
        orig_of(i, rcpt, snd) + "\n" + M.BODY
    M.add(name, "Exim", "\n".join(h) + "\n\n" + body, exp)


def sendmail_own(name, rcpt, reason_line, transcript, status, diag, exp, remote=None, warn=None):
    """Sendmail's bounce of its own finding (Host unknown, Deferred ...)."""
    i = M.nth()
    m, snd = M.mime_for(i)
    host = "mail.%s" % snd.split("@")[1]
    q = "5B%sxQ0%s" % (M.qid(i)[:4], M.qid(i)[4:9])
    text = ("The original message was received at %s\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
            "    (reason: %s)\n\n   ----- Transcript of session follows -----\n%s\n") % (
        M.date(i, 7), rcpt, reason_line, transcript)
    if warn:
        text += warn
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; localhost\nArrival-Date: %s" % (host, M.date(i, 7))
    r = rec(rcpt, "failed", status, diag, remote, last=M.date(i, 8))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Returned mail: see transcript for details",
             M.date(i), "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-generated (failure)"])
    parts = [m.part("text/plain", text), dsn(per, [r]),
             m.returned(rcpt, M.SUBJECTS[i % 10], M.date(i, 7), "%s@%s" % (q.lower(), host), "headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1764100000 + i, host), params=" report-type=delivery-status;",
                       preamble="This is a MIME-encapsulated message\n")
    M.add(name, "Sendmail", "\n".join(h) + "\n" + body, exp)


def gmail_own(name, rcpt, head, response, status, exp, diag=None):
    """Gmail's DSN of its own finding (DNS error, no answer)."""
    i = M.nth()
    m, _ = M.mime_for(i)
    snd = ["dana.k@gmail.com", "ops@startup.example", "jo.r@googlemail.com"][i % 3]
    m.sender = snd
    text = head + "\nThe response was:\n\n%s\n" % response
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\nX-Original-Message-ID: <CA+%s@mail.gmail.com>" % (
        M.date(i, 5), M.qid(i))
    r = rec(rcpt, "failed", status, diag or response.replace("\n", " "), None, orig_rcpt=False, last=M.date(i, 6))
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
             M.date(i), "%s.%d.GMR@mx.google.com" % (M.qid(i).lower(), i), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    parts = [m.multipart("alternative", [m.part("text/plain", text, "7bit", "UTF-8"),
                                        m.part("text/html", "<html><body><p>%s</p></body></html>" %
                                               text.split("\n")[0], "qp", "UTF-8")],
                         "000000000000b%s" % M.qid(i).lower(), preamble=""),
             dsn(per, [r]),
             m.returned(rcpt, M.SUBJECTS[i % 10], M.date(i, 5), "CA+%s@mail.gmail.com" % M.qid(i), "message", frm=snd)]
    body = m.multipart("report", parts, "000000000000a%s" % M.qid(i + 1).lower(), params=" report-type=delivery-status;")
    M.add(name, "Gmail", "\n".join(h) + "\n" + body, exp)


def qmail2(name, rcpt, rip, reply, exp, phase="rcpt", own=None):
    """qmail-send's failure notice: phase rcpt (does not like recipient),
    mail (sender was rejected), data (failed after I sent the message),
    greeting (greeting failed); own: a failure qmail found itself (the
    whole paragraph, no remote reply)."""
    i = M.nth()
    m, snd = M.mime_for(i)
    host = "mail.%s" % snd.split("@")[1]
    if own:
        para = own
    else:
        what = {"rcpt": "%s does not like recipient.", "mail": "Connected to %s but sender was rejected.",
                "data": "%s failed after I sent the message.", "greeting": "Connected to %s but greeting failed."}[phase]
        para = "%s\nRemote host said: %s" % (what % rip, reply)
        if phase == "rcpt":
            # qmail-remote says "Giving up" only when every recipient was refused
            para += "\nGiving up on %s." % rip
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
            "%s\n\n--- Below this line is a copy of the message.\n\n") % (host, rcpt, para)
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", M.date(i),
             "%d.%s.qmail@%s" % (1764200000 + i, M.qid(i), host), to=snd)
    o = m.orig(rcpt, M.SUBJECTS[i % 10], M.date(i, 9), "%s@%s" % (M.qid(i).lower(), snd.split("@")[1]))
    M.add(name, "qmail", "\n".join(h) + "\n\n" + text + o + "\n" + M.BODY, exp)


# --------------------------------------------------------------------------
# Courier and OpenSMTPD
# --------------------------------------------------------------------------

def courier(name, rcpt, rhost, rip, cmd, reply, exp, status="5.0.0", own=None):
    """Courier's delivery status notification (text part, DSN, original)."""
    i = M.nth()
    m, snd = M.mime_for(i)
    host = ["mail.example.org", "courier.example.net", "mx.example.com"][i % 3]
    if own:
        detail = "<%s>:\n    %s\n" % (rcpt, own)
        diag = own
    else:
        detail = "<%s>:\n    %s [%s]:\n>>> %s\n<<< %s\n" % (rcpt, rhost, rip, cmd, reply)
        diag = reply
    text = ("This is a delivery status notification from %s,\nrunning the Courier mail server, version 1.1.5.\n\n"
            "The original message was received on %s\nfrom localhost [127.0.0.1]\n\n"
            "---------------------------------------------------------------------------\n\n"
            "                           UNDELIVERABLE MAIL\n\n"
            "Your message to the following recipients cannot be delivered:\n\n%s\n"
            "---------------------------------------------------------------------------\n\n"
            "If your message was also sent to additional recipients, their delivery\n"
            "status is not included in this report.  You may or may not receive\n"
            "other delivery status notifications for additional recipients.\n\n"
            "The original message follows as a separate attachment.\n") % (host, M.date(i, 2), detail)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, M.date(i, 2))
    r = rec(rcpt, "failed", status, None if own else diag, None if own else rhost, orig_rcpt=False)
    bnd = "=_courier.example-%d-%d" % (1764300000 + i, 4000 + i)
    h = hdrs('"Courier mail server at %s" <@>' % host, "NOTICE: mail delivery status.", M.date(i),
             "courier.%s.%08X@%s" % (M.qid(i), 1764300000 + i, host), to=snd)
    parts = [m.part("text/plain", text, "7bit", "iso-8859-1"), dsn(per, [r]),
             m.returned(rcpt, M.SUBJECTS[i % 10], M.date(i, 2), "%s@%s" % (M.qid(i).lower(), snd.split("@")[1]))]
    body = m.multipart("report", parts, bnd, params=" report-type=delivery-status;",
                       preamble="This is a MIME-formatted message.  If you see this text it means that your\n"
                                "mail software cannot handle MIME-formatted messages.\n")
    M.add(name, "Courier", "\n".join(h) + "\n" + body, exp)


def opensmtpd(name, rcpt, line, exp):
    """OpenSMTPD's report: plain text with the recipient and the error on
    one line, the original's headers in a second part."""
    i = M.nth()
    _, snd = M.mime_for(i)
    host = ["mail.example.org", "smtpd.example.net", "obsd.example.com"][i % 3]
    bnd = "%d.%s" % (17643000 + i, M.qid(i).lower())
    text = ("Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            "An error has occurred while attempting to deliver a message for\n"
            "the following list of recipients:\n\n%s: %s\n\nBelow is a copy of the original message:\n") % (rcpt, line)
    h = hdrs("Mailer Daemon <MAILER-DAEMON@%s>" % host, "Delivery status notification: error", M.date(i),
             "%s@%s" % (M.qid(i).lower(), host), to=snd,
             extra=["Content-Type: multipart/mixed; boundary=\"%s\"" % bnd])
    body = ("This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\n"
            "Content-Type: text/plain; charset=utf-8\n\n%s\n--%s\nContent-Description: Message headers\n"
            "Content-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (bnd, text, bnd, orig_of(i, rcpt, snd), bnd)
    M.add(name, "OpenSMTPD", "\n".join(h) + "\n\n" + body, exp)


# --------------------------------------------------------------------------
# Chinese providers' own notices
# --------------------------------------------------------------------------

ENGINE = {"qq": "Tencent", "163": "NetEase", "ali": "AlibabaMail"}


def cn(name, kind, rcpt, reply, why, exp, dsn_status=None, remote=None):
    """Tencent QQ's 退信 (GB18030 base64), NetEase's 系统退信 (GBK
    quoted-printable), Alibaba Mail's 退信通知 (UTF-8 base64, Chinese then
    English); with a DSN part when dsn_status is given."""
    i = M.nth()
    subj_orig = ["季度报表", "合同草案", "发票 2025-1187", "周报"][i % 4]
    if kind == "qq":
        snd, host, cs, enc = "dana@qq.com", "qq.com", "gb18030", "base64"
        frm = "%s <MAILER-DAEMON@qq.com>" % mimeword("系统退信", "gb18030")
        subj = mimeword("退信：" + subj_orig, "gb18030")
        text = ("很抱歉您的邮件没有发送成功。\n\n收件人：%s\n发送时间：2026年1月%d日 10:21\n主题：%s\n\n"
                "退信原因：%s\n\n对方服务器回复：\n%s\n\n此邮件由系统自动发出，请勿直接回复。\n") % (
            rcpt, 3 + i % 20, subj_orig, why, reply)
    elif kind == "163":
        snd, host, cs, enc = "dana_w@163.com", "163.com", "gbk", "qp"
        frm = "Postmaster <Postmaster@163.com>"
        subj = mimeword("系统退信", "gbk")
        text = ("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间：2026-01-%02d 09:12:30\n主　题：%s\n"
                "收件人：%s\n\n退信原因：\n%s\n\n原始退信报告：\n----- 以下是服务器回复 -----\n%s\n") % (
            4 + i % 20, subj_orig, rcpt, why, reply)
    else:
        snd, host, cs, enc = "dana@corp-cn.example", "corp-cn.example", "utf-8", "base64"
        frm = "%s <postmaster@corp-cn.example>" % mimeword("系统管理员", "utf-8")
        subj = mimeword("退信通知：" + subj_orig, "utf-8")
        text = ("您好，您发送的邮件未能成功投递。\n\n收件人：%s\n退信原因：%s\n对方服务器返回：%s\n\n"
                "Your message could not be delivered to %s.\nReason: %s\n") % (rcpt, why, reply, rcpt, reply)
    h, body_part = M.cn_head(kind, i, i, frm, snd, subj, host, text, cs, enc)
    if dsn_status is None:
        M.add(name, ENGINE[kind], "\n".join(h) + "\n" + body_part, exp)
        return
    bnd = "----=_Part_%d_%s" % (i, M.qid(i))
    d = ("Reporting-MTA: dns; mx.%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
         "Status: %s\n%sDiagnostic-Code: smtp; %s\n") % (
        host, M.date(i, 2), rcpt, dsn_status, ("Remote-MTA: dns; %s\n" % remote) if remote else "", reply)
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n" % (
        snd, rcpt, mimeword(subj_orig, "utf-8"), M.date(i, 1), M.qid(i + 7).lower(), host))
    body = ("Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\n\n"
            "--%s\n%s--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\n"
            "Content-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (bnd, bnd, body_part, bnd, d, bnd, orig, bnd)
    M.add(name, ENGINE[kind], "\n".join(h) + "\n" + body, exp)


def sm_data(name, *a, **k):
    """Sendmail's report of a refusal after DATA (its transcript shows
    >>> DATA)."""
    M.sendmail(name, *a, **k)
    n, eng, msg, exp = M.SETS.pop()
    import re
    msg = re.sub(r">>> RCPT To:<[^>]*>", ">>> DATA", msg, count=1)
    M.SETS.append((n, eng, msg, exp))


# --------------------------------------------------------------------------
# The cross-product
# --------------------------------------------------------------------------

def userunknown():
    M.pf("userunknown-postfix", "p.novak@contoso.example", "contoso-example.mail.protection.outlook.com", "52.101.68.3",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient p.novak@contoso.example not found by SMTP address "
         "lookup", [E("5.1.10", "550", "userunknown")])
    M.exim("userunknown-exim", "lee@mail.example.net", "mx.example.net", IP % 31,
           ["550 5.1.1 <lee@mail.example.net>: Recipient address rejected: User unknown in local recipient table"],
           [E("5.1.1", "550", "userunknown")])
    M.sendmail("userunknown-sendmail", "hr@corp.example.org", "smtp.corp.example.org", IP % 32,
               "550 5.1.1 <hr@corp.example.org>... User unknown", [E("5.1.1", "550", "userunknown")])
    M.exo("userunknown-exchange", "jsmith1988@yahoo.com", "5.0.0",
          "554 delivery error: dd This user doesn't have a yahoo.com account (jsmith1988@yahoo.com) [0] - "
          "mta4011.mail.bf1.yahoo.com", [E("5.0.0", "554", "userunknown")],
          remote="mta7.am0.yahoodns.net")
    M.gmail("userunknown-gmail", "ivanova.a@mail.ru", "mxs.mail.ru", "217.69.139.150",
            "550 Message was not accepted -- invalid mailbox.  Local mailbox ivanova.a@mail.ru is unavailable: "
            "user not found", [E("5.0.0", "550", "userunknown")], head="notfound")
    qmail2("userunknown-qmail", "k.weber@gmail.com", M.GMIP,
           "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
           "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more "
           "at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser x12si3456789wrb.21 - gsmtp",
           [E("5.1.1", "550", "userunknown")])
    courier("userunknown-courier", "mario@isp.example.it", "mx.isp.example.it", IP % 33, "RCPT TO:<mario@isp.example.it>",
            "550 sorry, no mailbox here by that name. (#5.1.1)", [E("5.0.0", "550", "userunknown")])
    cn("userunknown-qq", "qq", "wangfang@partner-cn.example", "550 Requested action not taken: mailbox unavailable",
       "收件人地址不存在", [E("5.0.911", "550", "userunknown")])


def mailboxfull():
    M.pf("mailboxfull-postfix", "a.rossi@example.it", "mx.example.it", IP % 41,
         "552 5.2.2 <a.rossi@example.it>: mailbox size limit exceeded", [E("5.2.2", "552", "mailboxfull")])
    M.exim("mailboxfull-exim", "olga.k@gmail.com", M.GM, M.GMIP,
           ["552-5.2.2 The email account that you tried to reach is over quota and inactive. Please direct",
            "552-5.2.2 the recipient to",
            "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm r5si2204731wmb.118 - gsmtp"],
           [E("5.2.2", "552", "mailboxfull")])
    M.sendmail("mailboxfull-sendmail", "tom.b@icloud.com", "mx01.mail.icloud.com", "17.57.154.6",
               "552 5.2.2 <tom.b@icloud.com>: user is over quota", [E("5.2.2", "552", "mailboxfull")])
    M.exo("mailboxfull-exchange", "l.meyer@fabrikam.example", "5.2.2",
          "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
          "Failed to process message due to a permanent exception with message Cannot open mailbox",
          [E("5.2.2", "554", "mailboxfull")], style="onprem")
    M.gmail("mailboxfull-gmail", "b.dupont@example.fr", "mx1.example.fr", IP % 42,
            "552 Requested mail action aborted: exceeded storage allocation", [E("5.0.0", "552", "mailboxfull")])
    qmail2("mailboxfull-qmail", "info@hotel.example.de", IP % 43,
           "552 5.2.2 <info@hotel.example.de> Quota exceeded (mailbox for user is full)",
           [E("5.2.2", "552", "mailboxfull")])
    opensmtpd("mailboxfull-opensmtpd", "jan@example.nl",
              "552 5.2.2 <jan@example.nl>: Recipient address rejected: mailbox over quota",
              [E("5.2.2", "552", "mailboxfull")])
    cn("mailboxfull-163", "163", "zhaolei@126.com", "552 Requested mail action aborted: user's mailbox is full",
       "收件人邮箱空间已满", [E("5.2.2", "552", "mailboxfull")], dsn_status="5.2.2", remote="mx.126.com")


def hostunknown():
    pf_own("hostunknown-postfix", "sales@exmaple-shop.com",
           "Host or domain name not found. Name service error for name=exmaple-shop.com type=A: Host not found",
           "5.4.4", [E("5.4.4", "", "hostunknown")])
    exim_own("hostunknown-exim", "contact@old-domain.example",
             ["all relevant MX records point to non-existent hosts"], [E("5.0.912", "", "hostunknown")])
    sendmail_own("hostunknown-sendmail", "billing@nosuchhost.example",
                 "550 Host unknown",
                 "550 5.1.2 <billing@nosuchhost.example>... Host unknown (Name server: nosuchhost.example: host not found)",
                 "5.1.2", "SMTP; 550 Host unknown", [E("5.1.2", "550", "hostunknown")], remote="nosuchhost.example")
    M.exo("hostunknown-exchange", "office@contoso-ltd.example", "5.4.310",
          "550 5.4.310 DNS domain contoso-ltd.example does not exist [Message=InfoDomainNonexistent] "
          "[LastAttemptedServerName=contoso-ltd.example] [AM6PEPF0000A7F2.eurprd04.prod.outlook.com]",
          [E("5.4.310", "550", "hostunknown")], why="The domain name in the email address is incorrect. Check that "
          "it's spelled correctly.")
    gmail_own("hostunknown-gmail", "anna@gmial.example",
              ("** Address not found **\n\nYour message wasn't delivered to anna@gmial.example because the domain "
               "gmial.example couldn't be found. Check for typos or unnecessary spaces and try again.\n"),
              "DNS Error: DNS type 'mx' lookup of gmial.example responded with code NXDOMAIN\n"
              "Domain name not found: gmial.example", "5.1.2", [E("5.1.2", "", "hostunknown")])
    qmail2("hostunknown-qmail", "webmaster@no-such-domain.example", None, None,
           [E("5.1.2", "", "hostunknown")],
           own="Sorry, I couldn't find any host named no-such-domain.example. (#5.1.2)")
    opensmtpd("hostunknown-opensmtpd", "root@unregistered.example", "Domain does not exist",
              [E("5.0.912", "", "hostunknown")])
    cn("hostunknown-ali", "ali", "liu.yang@cn-trade.example",
       "Host or domain name not found: cn-trade.example", "收件人域名不存在", [E("5.4.4", "", "hostunknown")],
       dsn_status="5.4.4")


def rejected():
    M.pf("rejected-postfix", "orders@shop.example.net", "mx.shop.example.net", IP % 51,
         "553 5.1.8 <dana@example.com>: Sender address rejected: Domain not found", [E("5.1.8", "553", "rejected")],
         cmd="MAIL FROM")
    M.exim("rejected-exim", "admin@hosting.example", "mail.hosting.example", IP % 52,
           ["550-Verification failed for <billing@shop.example>", "550 Sender verify failed"], [E("5.0.901", "550", "rejected")], cmd="MAIL FROM")
    M.sendmail("rejected-sendmail", "support@vendor.example", "mx.vendor.example", IP % 53,
               "553 5.1.8 <news@letters.example.net>... Domain of sender address news@letters.example.net does not "
               "exist", [E("5.1.8", "553", "rejected")], cmd="MAIL From")
    M.exo("rejected-exchange", "j.doe@northwind.example", "5.7.1",
          "550 5.7.1 Sender rejected: your address is on the recipient's list of blocked senders "
          "[DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com]", [E("5.7.1", "550", "rejected")])
    M.gmail("rejected-gmail", "events@club.example.org", "mail.club.example.org", IP % 54,
            "550 5.7.1 Sender address has been blacklisted by the recipient's administrator",
            [E("5.7.1", "550", "rejected")])
    qmail2("rejected-qmail", "orders@partner.example", IP % 55,
           "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", [E("5.7.1", "553", "rejected")],
           phase="mail")
    courier("rejected-courier", "team@list.example.net", "mx.list.example.net", IP % 56,
            "MAIL FROM:<ops@example.org>", "517 Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>",
            [E("5.0.0", "", "rejected")])
    cn("rejected-163", "163", "chen.jie@sina.example", "553 Envelope sender is not allowed: invalid sender domain",
       "对方服务器拒绝了发件人地址", [E("5.0.918", "553", "rejected")])


def blocked():
    M.pf("blocked-postfix", "info@firm.example.com", "mx.firm.example.com", IP % 61,
         "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using b.barracudacentral.org; "
         "http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.10", [E("5.7.1", "554", "blocked")])
    M.exim("blocked-exim", "kontakt@firma.example.de", "mx00.firma.example.de", IP % 62,
           ["550 5.7.1 Your IP address 192.0.2.10 is listed in the Spamhaus ZEN blocklist. See "
            "https://check.spamhaus.org/listed/?searchterm=192.0.2.10"], [E("5.7.1", "550", "blocked")])
    M.sendmail("blocked-sendmail", "hello@studio.example", "mail.studio.example", IP % 63,
               "550 5.7.1 Rejected: 192.0.2.10 listed at zen.spamhaus.org", [E("5.7.1", "550", "blocked")])
    M.exo("blocked-exchange", "c.lopez@contoso.example", "5.7.606",
          "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please "
          "visit https://sender.office.com/ and follow the directions. For more information please go to "
          "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [VI1EUR04FT012.eop-eur04.prod.protection.outlook.com]",
          [E("5.7.606", "550", "blocked")])
    M.gmail("blocked-gmail", "jenny@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.72",
            "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.10, because the ip is in Spamhaus's "
            "list; see http://postmaster.yahoo.com/550-bl23.html", [E("5.7.1", "553", "blocked")], head="blocked")
    qmail2("blocked-qmail", "service@shop.example.cz", IP % 64,
           "553 sorry, your IP 192.0.2.10 is listed in bl.spamcop.net, see https://www.spamcop.net/bl.shtml?192.0.2.10",
           [E("5.0.971", "553", "blocked")], phase="greeting")
    courier("blocked-courier", "desk@news.example.com", "mx1.news.example.com", IP % 65, "RCPT TO:<desk@news.example.com>",
            "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation. "
            "If you believe that this failure is in error, please contact the intended recipient via alternate means.",
            [E("5.7.1", "554", "badreputation")])
    cn("blocked-qq", "qq", "huang.min@cn-partner.example",
       "554 IP 203.0.113.77 is blacklisted by the receiving server, connection refused",
       "对方服务器拒绝了发信 IP", [E("5.0.971", "554", "blocked")])


def spamdetected():
    M.pf("spamdetected-postfix", "press@media.example", "mx.media.example", IP % 71,
         "550 5.7.1 Message rejected as spam by Content Filtering.", [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
    M.exim("spamdetected-exim", "m.garcia@gmail.com", M.GM, M.GMIP,
           ["550-5.7.1 [192.0.2.10      19] Our system has detected that this message is",
            "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
            "550-5.7.1 this message has been blocked. Please visit",
            "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError m7si1234567wrb.5 - gsmtp"],
           [E("5.7.1", "550", "spamdetected")], cmd="end of data")
    sm_data("spamdetected-sendmail", "info@clinic.example.org", "mx.clinic.example.org", IP % 72,
            "554 5.7.1 Your message was rejected because it appears to be spam (score 12.4)",
            [E("5.7.1", "554", "spamdetected")])
    M.exo("spamdetected-exchange", "r.kumar@fabrikam.example", "5.7.1",
          "554 5.7.1 Message rejected: this message was classified as SPAM and may not be delivered",
          [E("5.7.1", "554", "spamdetected")], remote="mx.fabrikam.example")
    M.gmail("spamdetected-gmail", "petrov@mail.ru", "mxs.mail.ru", "217.69.139.150",
            "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Mt6zQ1Ey or report "
            "details to abuse@corp.mail.ru. Error code: 4C71C1D8.", [E("5.0.0", "550", "spamdetected")])
    qmail2("spamdetected-qmail", "sales@isp.example.pl", IP % 73,
           "554 5.7.1 This message scored 11.2 points and was rejected as spam by simscan",
           [E("5.7.1", "554", "spamdetected")], phase="data")
    opensmtpd("spamdetected-opensmtpd", "bob@bsd.example.org", "554 5.7.1 Spam message rejected",
              [E("5.7.1", "554", "spamdetected")])
    cn("spamdetected-qq", "qq", "tony@qq.com",
       "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
       "邮件内容被对方服务器判定为垃圾邮件", [E("5.0.980", "550", "spamdetected")])


def policyviolation():
    M.pf("policyviolation-postfix", "ap@supplier.example", "aspmx.l.google.com", M.GMIP,
         "552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. "
         "Please visit 552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our 552 5.7.0 "
         "message content and attachment content guidelines. d9si123456qtb.45 - gsmtp",
         [E("5.7.0", "552", "policyviolation")], cmd="end of DATA")
    M.exim("policyviolation-exim", "kunde@bank.example.de", "mx.bank.example.de", IP % 81,
           ["550 5.7.1 Message rejected due to local policy: executable attachments (.exe, .scr) are not accepted"],
           [E("5.7.1", "550", "policyviolation")], cmd="end of data")
    sm_data("policyviolation-sendmail", "legal@firm.example", "mx.firm.example", IP % 82,
            "554 5.7.1 Message not accepted for policy reasons: encrypted archives are not allowed",
            [E("5.7.1", "554", "policyviolation")])
    M.exo("policyviolation-exchange", "board@contoso.example", "5.7.1",
          "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
          [E("5.7.1", "550", "policyviolation")], style="onprem")
    M.gmail("policyviolation-gmail", "mark@yahoo.com", "mta5.am0.yahoodns.net", "98.136.96.74",
            "554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit "
            "https://postmaster.yahooinc.com/error-codes", [E("5.0.0", "554", "policyviolation")])
    qmail2("policyviolation-qmail", "office@school.example.at", IP % 83,
           "552 5.7.0 Message rejected: we do not accept messages containing images or other attachments",
           [E("5.7.0", "552", "policyviolation")], phase="data")
    courier("policyviolation-courier", "members@club.example.org", "lists.club.example.org", IP % 84, "DATA",
            "550 5.7.1 Rejected for policy reasons: posting by non-member to a members-only list",
            [E("5.7.1", "550", "policyviolation")])
    cn("policyviolation-ali", "ali", "sun.li@gov-cn.example",
       "554 5.7.1 Email rejected due to security policies: external senders are not allowed for this address",
       "对方服务器的安全策略拒收了此邮件", [E("5.7.1", "554", "policyviolation")], dsn_status="5.7.1",
       remote="mx.gov-cn.example")


def authfailure():
    M.pf("authfailure-postfix", "ceo@fabrikam.example", "mx.fabrikam.example", IP % 91,
         "550 5.7.23 <ceo@fabrikam.example>: Recipient address rejected: Message rejected due to: SPF fail - not "
         "authorized. Please see http://www.openspf.net/Why?s=mfrom;id=dana@example.com;ip=192.0.2.10;"
         "r=<UNKNOWN>", [E("5.7.23", "550", "authfailure")])
    M.exim("authfailure-exim", "h.mueller@gmx.example", "mx00.gmx.example", IP % 92,
           ["550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
            "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
            "550-5.7.26",
            "550-5.7.26  Authentication results:",
            "550-5.7.26  DKIM = did not pass",
            "550-5.7.26  SPF [shop.example] with ip: [192.0.2.10] = did not pass",
            "550 5.7.26 https://support.google.com/mail/answer/81126#authentication k3si99 - gsmtp"],
           [E("5.7.26", "550", "authfailure")], cmd="end of data")
    sm_data("authfailure-sendmail", "ops@partner.example", "mx.partner.example", IP % 93,
            "550 5.7.1 Email rejected per DMARC policy for example.org", [E("5.7.1", "550", "authfailure")])
    M.exo("authfailure-exchange", "amy@outlook.com", "5.7.509",
          "550 5.7.509 Access denied, sending domain example.jp does not pass DMARC verification and has a DMARC "
          "policy of reject. [SN1PEPF0002636C.namprd02.prod.outlook.com 2026-01-12T08:13:41.123Z 08DE3A1B2C3D4E5F]",
          [E("5.7.509", "550", "authfailure")], remote="outlook-com.olc.protection.outlook.com")
    M.gmail("authfailure-gmail", "sato@example.ne.jp", "mx.example.ne.jp", IP % 94,
            "550 5.7.1 DKIM signature verification failed: body hash did not verify for example.com",
            [E("5.7.1", "550", "authfailure")], head="blocked")
    qmail2("authfailure-qmail", "buyer@market.example.com", IP % 95,
           "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
           [E("5.7.23", "550", "authfailure")], phase="data")
    opensmtpd("authfailure-opensmtpd", "dev@openbsd-fan.example",
              "550 5.7.1 Rejected: SPF check failed for sender ops@example.org from 192.0.2.10",
              [E("5.7.1", "550", "authfailure")])
    cn("authfailure-163", "163", "li.na@yeah.net",
       "550 DMARC check failed: the sender domain's DMARC policy is reject",
       "发件人域名未通过 DMARC 验证", [E("5.7.1", "550", "authfailure")], dsn_status="5.7.1", remote="mx.yeah.net")


def mesgtoobig():
    M.pf("mesgtoobig-postfix", "archive@example.edu", "mx.example.edu", IP % 101,
         "552 5.3.4 Message size exceeds fixed limit", [E("5.3.4", "552", "mesgtoobig")], cmd="end of DATA")
    M.exim("mesgtoobig-exim", "design@agency.example", "mx.agency.example", IP % 102,
           ["552 Message size exceeds maximum permitted"], [E("5.0.901", "552", "mesgtoobig")], cmd="MAIL FROM")
    M.sendmail("mesgtoobig-sendmail", "scan@copier.example", "mail.copier.example", IP % 103,
               "552 5.2.3 Message size exceeds fixed maximum message size (10485760)", [E("5.2.3", "552", "exceedlimit")],
               cmd="MAIL From")
    M.exo("mesgtoobig-exchange", "f.martin@contoso.example", "5.3.4",
          "552 5.3.4 Requested action not taken; message size exceeds the maximum allowed size for this recipient",
          [E("5.3.4", "552", "mesgtoobig")], why="Your message is too big to be delivered.")
    M.gmail("mesgtoobig-gmail", "photos@example.com.au", "mx.example.com.au", IP % 104,
            "552 5.3.4 Error: message file too big", [E("5.3.4", "552", "mesgtoobig")])
    qmail2("mesgtoobig-qmail", "pr@agency.example.fr", IP % 105,
           "552 sorry, that message size exceeds my databytes limit (#5.3.4)", [E("5.3.4", "552", "mesgtoobig")],
           phase="data")
    courier("mesgtoobig-courier", "plans@architect.example", "mx.architect.example", IP % 106, "DATA",
            "552 5.3.4 Message too big: 31457280 bytes, the limit is 26214400", [E("5.3.4", "552", "mesgtoobig")])
    cn("mesgtoobig-qq", "qq", "design@qq.com",
       "552 Message size exceeds the limit of the receiving server", "邮件大小超过对方服务器的限制",
       [E("5.3.4", "552", "mesgtoobig")], dsn_status="5.3.4", remote="mx3.qq.com")


def suspend():
    M.pf("suspend-postfix", "old.user@gmail.com", M.GM, M.GMIP,
         "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 "
         "https://support.google.com/mail/?p=DisabledUser z4si881234qtn.77 - gsmtp", [E("5.2.1", "550", "suspend")])
    M.exim("suspend-exim", "member@isp.example.fr", "mx.isp.example.fr", IP % 111,
           ["550 5.2.1 <member@isp.example.fr>: mailbox currently suspended"], [E("5.2.1", "550", "suspend")])
    M.sendmail("suspend-sendmail", "j.park@example.kr", "mx.example.kr", IP % 112,
               "550 5.7.13 <j.park@example.kr>... User account disabled", [E("5.7.13", "550", "suspend")])
    M.exo("suspend-exchange", "leaver@contoso.example", "5.2.1",
          "550 5.2.1 Mailbox cannot be accessed: this account has been disabled or discontinued",
          [E("5.2.1", "550", "suspend")], style="onprem")
    M.gmail("suspend-gmail", "wang@163.com", "163mx01.mxmail.netease.com", "220.181.12.11",
            "550 User suspended:wang@163.com", [E("5.0.0", "550", "suspend")])
    qmail2("suspend-qmail", "anna@vpop.example.com", IP % 113,
           "553 vdelivermail: account is locked email bounced", [E("5.0.921", "553", "suspend")])
    opensmtpd("suspend-opensmtpd", "staff@uni.example.edu",
              "550 5.2.1 <staff@uni.example.edu>: Recipient address rejected: this mailbox is disabled",
              [E("5.2.1", "550", "suspend")])
    cn("suspend-qq", "qq", "zhang@qq.com",
       "550 Mailbox is frozen. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742",
       "收件人邮箱已被冻结", [E("5.0.921", "550", "suspend")])


def norelaying():
    M.pf("norelaying-postfix", "partner@other.example", "smtp.isp.example", IP % 121,
         "554 5.7.1 <partner@other.example>: Relay access denied", [E("5.7.1", "554", "norelaying")])
    M.exim("norelaying-exim", "someone@elsewhere.example", "mx.hosting.example", IP % 122,
           ["550 relay not permitted"], [E("5.0.909", "550", "norelaying")])
    M.sendmail("norelaying-sendmail", "guest@outside.example", "mail.corp.example", IP % 123,
               "550 5.7.1 <guest@outside.example>... Relaying denied. Proper authentication required.",
               [E("5.7.1", "550", "norelaying")])
    M.exo("norelaying-exchange", "vendor@external.example", "5.7.54",
          "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", [E("5.7.54", "550", "norelaying")],
          style="onprem")
    M.gmail("norelaying-gmail", "desk@partner.example.net", "mail.partner.example.net", IP % 124,
            "550 5.7.1 Unable to relay for desk@partner.example.net", [E("5.7.1", "550", "norelaying")])
    qmail2("norelaying-qmail", "x@not-hosted.example", IP % 125,
           "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", [E("5.7.1", "553", "norelaying")])
    courier("norelaying-courier", "y@remote.example", "mail.provider.example", IP % 126, "RCPT TO:<y@remote.example>",
            "513 Relaying denied.", [E("5.0.0", "", "norelaying")])
    cn("norelaying-ali", "ali", "chen@overseas.example", "553 relaying denied: mx.overseas.example is not a relay",
       "对方服务器拒绝转发", [E("5.7.1", "553", "norelaying")], dsn_status="5.7.1", remote="mx.overseas.example")


def expired():
    pf_own("expired-postfix", "info@slow.example.org",
           "delivery temporarily suspended: connect to mx.slow.example.org[203.0.113.131]:25: Connection timed out",
           "4.4.1", [E("4.4.1", "", "expired")])
    exim_own("expired-exim", "dave@down.example.net",
             ["retry timeout exceeded"], [E("4.0.947", "", "expired")])
    sendmail_own("expired-sendmail", "orders@offline.example",
                 "451 4.4.1 reply: read error from mx.offline.example.",
                 "421 4.4.7 <orders@offline.example>... Deferred: Connection timed out with mx.offline.example.\n"
                 "Message could not be delivered for 5 days\nMessage will be deleted from queue",
                 "4.4.7", "SMTP; 421 4.4.7 Deferred: Connection timed out with mx.offline.example.",
                 [E("4.4.7", "421", "expired")], remote="mx.offline.example")
    M.exo("expired-exchange", "team@unreachable.example", "4.4.7",
          "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error communicating with target host. -> 421 "
          "4.4.2 Connection dropped due to SocketError] [LastAttemptedServerName=mx.unreachable.example]",
          [E("4.4.7", "421", "expired")], why="The recipient's email system didn't respond in time.")
    gmail_own("expired-gmail", "friend@quiet.example",
              ("** Message not delivered **\n\nThere was a problem delivering your message to friend@quiet.example. "
               "Gmail tried to deliver your message, but the recipient's server did not respond.\n"),
              "The recipient server did not accept our requests to connect. For more information, go to "
              "https://support.google.com/mail/answer/7720 [mx.quiet.example. 203.0.113.132: timed out]",
              "4.4.1", [E("4.4.1", "", "expired")])
    qmail2("expired-qmail", "admin@gone.example", None, None, [E("4.4.1", "", "networkerror")],
           own="Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
               "I'm not going to try again; this message has been in the queue too long.")
    opensmtpd("expired-opensmtpd", "user@dead.example", "Envelope expired", [E("5.0.947", "", "expired")])
    cn("expired-163", "163", "wu@slowhost.example",
       "Connection timed out: mx.slowhost.example did not respond, message expired after 5 days in queue",
       "对方服务器长时间无响应，投递超时", [E("4.4.7", "", "expired")], dsn_status="4.4.7")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for f in (userunknown, mailboxfull, hostunknown, rejected, blocked, spamdetected, policyviolation, authfailure,
              mesgtoobig, suspend, norelaying, expired):
        f()
    write_set(out, M.SETS)


if __name__ == "__main__":
    main()
