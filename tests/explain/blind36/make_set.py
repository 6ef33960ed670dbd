#!/usr/bin/env python3
"""make_set.py: writes blind36 (emails/*.eml and labels.jsonl): bounces
from the mail servers Chinese and Korean companies and universities run
(2020-2026).  The sending side's own notices (Coremail's 系统退信 with and
without a DSN, 263企业邮箱, 35互联, 中企动力, 新网, Winmail, U-Mail,
TurboMail, NetEase Qiye, Tencent Exmail, Alibaba Mail; Naver, Daum/Kakao,
Hiworks, Gabia in EUC-KR and UTF-8) and the receiving side's replies
(NetEase's DT:/MI:/RP:/HL: codes, Tencent's "frequency limited", Alibaba's,
Naver's, Daum's, Samsung's and LG's gateways) quoted in Postfix, Exim,
Exchange Online and Gmail bounces.  Written from memory of how these
systems write; addresses and IPs are made up.  Deterministic.
Usage: make_set.py [OUTDIR]"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import blindmta as M  # noqa: E402
from blindmta import add, exim, exo, gmail, nth, pf  # noqa: E402
from blindset import E, Mime, b64, dsn, fold, mimeword, qp, raw, rec, write_set  # noqa: E402

IP = "203.0.113.%d"
BODY = "您好，\n\n附件是本季度的报表，请查收。\n\n谢谢！\n王磊\n"


def date(i, hh=None):
    """A varied date, 2020 .. 2026, in +0800 / +0900 mostly."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    y = 2020 + (i * 3) % 7
    h = hh if hh is not None else (i * 7) % 24
    zone = ["+0800", "+0900", "+0800", "+0000", "+0800", "+0900"][i % 6]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[i % 7], 1 + (i * 5) % 28, mons[i % 12], y, h,
                                               (i * 13) % 60, (i * 29) % 60, zone)


def cndate(i):
    return "%d-%02d-%02d %02d:%02d:%02d" % (2020 + (i * 3) % 7, 1 + i % 12, 1 + (i * 5) % 28, (i * 7) % 24,
                                           (i * 13) % 60, (i * 29) % 60)


SUBJ = ["关于第三季度报表", "Re: 合同草稿", "Quarterly figures", "会议通知", "Invoice 2024-0817",
        "견적서 송부의 건", "Re: 납품 일정 문의", "项目启动会", "Weekly report", "报价单2025"]


def orig_hdr(m, snd, to, sub, i, cs="UTF-8"):
    return "\n".join([
        "Received: from [192.0.2.%d] (unknown [192.0.2.%d])\n\tby %s\n\tfor <%s>; %s" % (
            20 + i, 20 + i, m.by, to, date(i, 2)),
        "From: %s" % snd, "To: <%s>" % to, "Subject: %s" % mimeword(sub, "utf-8"), "Date: %s" % date(i, 2),
        "Message-ID: <%08x.%d@%s>" % (0x61c80000 + i * 7331, i, snd.split("@")[1].rstrip(">")),
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: base64"]) + "\n"


def notice(name, engine, frm, subject, text, exp, cs="utf-8", enc="base64", to="wang.lei@example.cn",
           rcpt="x@example.org", recs=None, rmta=None, html=None, extra=(), returned="message", ctype="mixed",
           subj_cs=None, top=None):
    """A sending side's own notice: a text part in cs (base64, qp or 8bit),
    an optional HTML twin, an optional DSN part (recs: rec() strings,
    rmta: the Reporting-MTA) and the returned message (message, headers or
    None)."""
    i = nth()
    dom = frm.split("@")[1].rstrip(">")
    m = Mime("%s with ESMTPA id %08X" % (dom, 0x3c000 + i * 977), BODY, charset="UTF-8")
    sub_word = subject if subj_cs is None else mimeword(subject, subj_cs)
    h = ["Return-Path: <>", "Received: by %s (local delivery); %s" % (dom, date(i)),
         "Date: %s" % date(i), "From: %s" % frm, "To: %s" % to, "Subject: %s" % sub_word,
         "Message-ID: <%d.%08x.bounce@%s>" % (1600000000 + i * 86413, i * 48611, dom), "MIME-Version: 1.0"] + \
        list(extra)
    cte = {"base64": "base64", "qp": "quoted-printable", "8bit": "8bit"}[enc]

    def tpart(ct, body):
        if enc == "base64":
            b = b64(body, cs)
        elif enc == "qp":
            b = qp(body, cs)
        else:
            b = body
        return "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (ct, cs, cte, b.rstrip("\n"))
    parts = []
    if html:
        bnd = "----=_alt_%08X" % (i * 104729)
        parts.append("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n%s\n--%s\n%s\n--%s--\n" % (
            bnd, bnd, tpart("text/plain", text), bnd, tpart("text/html", html), bnd))
    else:
        parts.append(tpart("text/plain", text))
    if recs:
        per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (rmta or dom, date(i, 1))
        parts.append(dsn(per, recs))
    if returned:
        oh = orig_hdr(m, to, rcpt, SUBJ[i % len(SUBJ)], i)
        if returned == "headers":
            parts.append(raw(["Content-Type: text/rfc822-headers"], oh))
        else:
            parts.append(raw(["Content-Type: message/rfc822"], oh + "\n" + b64(BODY)))
    bnd = "----=_NextPart_%08X_%04X" % (0x5e2a0000 + i * 7919, i)
    params = " report-type=delivery-status;" if (ctype == "report") else ""
    body = m.multipart(ctype, parts, bnd, params=params, preamble="This is a multi-part message in MIME format.\n")
    msg = "\n".join(h) + "\n" + body
    add(name, engine, msg.encode(cs, "replace") if False else msg, exp)
    return i


def raw_bytes_notice(name, engine, frm, subject_word, text, cs, exp, to="wang.lei@example.cn", extra=()):
    """A single-part notice in a legacy charset written 8-bit (bytes)."""
    i = nth()
    dom = frm.split("@")[1].rstrip(">")
    h = ["Return-Path: <>", "Date: %s" % date(i), "From: %s" % frm, "To: %s" % to, "Subject: %s" % subject_word,
         "Message-ID: <%d.%04d@%s>" % (1610000000 + i * 7777, i, dom), "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: 8bit"] + list(extra)
    add(name, engine, ("\n".join(h) + "\n\n").encode("ascii") + text.encode(cs), exp)


# ---------------------------------------------------------------- Coremail
CM_X = ["X-Mailer: Coremail Webmail Server Version XT6.0.5 build 20230614(5e3c2b1c)",
        "X-CM-TRANSID:AQAAf8Dx%04dgYBmVbkAA--.%d" % (11, 2411)]


def coremail(name, dom, rcpt, reason_zh, reason_en, reply, status, exp, with_dsn=True, cs="utf-8", rhost=None):
    """Coremail's 系统退信 notice (bilingual text; a DSN when with_dsn)."""
    text = ("抱歉，您的邮件被退回来了……\n"
            "Sorry, your message could not be delivered.\n\n"
            "原邮件信息：\n"
            "时　间：%s\n主　题：%s\n收件人：%s\n\n"
            "退信原因：%s\n"
            "Reason: %s\n\n"
            "建议解决方案：请联系您的邮件管理员，或核对收件人地址后重新发送。\n\n"
            "服务器回复 / Server reply:\n    %s\n\n"
            "此邮件为系统自动生成，请勿直接回复。\n") % (cndate(len(M.SETS)), SUBJ[len(M.SETS) % 10], rcpt,
                                               reason_zh, reason_en, reply)
    recs = [rec(rcpt, "failed", status, reply if reply[:3].isdigit() else None, rhost)] if with_dsn else None
    notice(name, "Coremail", "postmaster@%s" % dom, "系统退信", text, exp, cs=cs, rcpt=rcpt, recs=recs,
           rmta="mx.%s" % dom, extra=CM_X + ["Auto-Submitted: auto-replied"], subj_cs=cs,
           ctype="report" if with_dsn else "mixed", to="wang.lei@%s" % dom)


coremail("coremail-edu-unknown", "mail.example.edu.cn", "zhangsan@cs.example.edu.cn", "收件人不存在",
         "User not found", "550 User not found: zhangsan@cs.example.edu.cn", "5.1.1",
         [E("5.1.1", "550", "userunknown")], rhost="mx.cs.example.edu.cn")
coremail("coremail-full", "example-corp.cn", "li.na@partner.example.cn", "收件人邮箱空间已满",
         "The user's mailbox is full", "552 5.2.2 Mailbox size limit exceeded, user quota is full",
         "5.2.2", [E("5.2.2", "552", "mailboxfull")], rhost="mx.partner.example.cn")
coremail("coremail-toolarge", "example-corp.cn", "chen@bigfiles.example.com", "邮件大小超过对方服务器限制",
         "Message is too large", "552 5.3.4 Message size exceeds fixed maximum message size: 52428800",
         "5.3.4", [E("5.3.4", "552", "mesgtoobig")], cs="gbk", rhost="mx.bigfiles.example.com")
coremail("coremail-163-spam", "example.edu.cn", "liuyang@163.com", "邮件被对方服务器判定为垃圾邮件",
         "The message was rejected as spam",
         "554 DT:SPM 163 mx14,QMCowECpZmJm8xxlb1QmBA--.13057S2 1700000000, please see "
         "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx14&time=1700000000",
         "5.0.0", [E("5.0.0", "554", "spamdetected")], rhost="163mx01.mxmail.netease.com")
coremail("coremail-domain", "example.edu.cn", "info@no-such-host.example.cn", "收件人域名不存在",
         "Domain of the recipient not found", "Host or domain name not found. Name service error for "
         "name=no-such-host.example.cn type=MX: Host not found", "5.1.2",
         [E("5.1.2", "", "hostunknown")], cs="gb18030")
coremail("coremail-expired", "example-corp.cn", "sales@slow.example.com.cn", "投递超时，对方服务器长时间无响应",
         "Delivery timed out after repeated retries", "Connection timed out after 5 days of retrying", "4.4.7",
         [E("4.4.7", "", "expired")])
# Coremail notice without a DSN (older installations): the words only.
coremail("coremail-nodsn-unknown", "mail.example.gov.cn", "wangwu@example.com.cn", "收件人地址不存在",
         "Mailbox not found", "550 5.1.1 <wangwu@example.com.cn>: Recipient address rejected: "
         "User unknown in virtual mailbox table", "5.1.1", [E("5.1.1", "550", "userunknown")], with_dsn=False)
coremail("coremail-nodsn-ratelimit", "mail.example.gov.cn", "zhao@qq.com", "发信频率过高，被对方服务器拒绝",
         "Sending too fast, refused by the receiving server", "550 Ip frequency limited. "
         "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722", "5.0.0",
         [E("5.0.945", "550", "toomanyconn")], with_dsn=False, cs="gbk")

# ------------------------------------------------------- NetEase / Tencent / Alibaba as the sending side


def cn_notice(name, engine, frm, subj, lines, rcpt, reply, status, exp, cs="gb18030", dsn_=True, extra=()):
    text = "\n".join(lines) % {"rcpt": rcpt, "reply": reply}
    recs = [rec(rcpt, "failed" if status[0] == "5" else "delayed", status,
                reply if reply[:3].isdigit() else None, None)] if dsn_ else None
    notice(name, engine, frm, subj, text, exp, cs=cs, rcpt=rcpt, recs=recs, subj_cs=cs,
           ctype="report" if dsn_ else "mixed", extra=["Auto-Submitted: auto-replied"] + list(extra))


QIYE163 = ["您好，很遗憾您的邮件未能成功投递。", "", "收件人：%(rcpt)s", "失败原因：对方服务器返回：%(reply)s", "",
           "您可以尝试以下操作：核对收件人地址，或稍后重新发送。", "—— 网易企业邮箱 系统退信"]
cn_notice("qiye163-unknown", "NetEaseQiye", "postmaster@qiye.163.com", "系统退信", QIYE163,
          "hr@example-factory.com", "550 5.1.1 <hr@example-factory.com>: Recipient address rejected: "
          "User unknown in local recipient table", "5.1.1", [E("5.1.1", "550", "userunknown")])
cn_notice("qiye163-dmarc", "NetEaseQiye", "postmaster@qiye.163.com", "系统退信", QIYE163,
          "billing@example.com", "550 5.7.26 Unauthenticated email from example.cn is not accepted due to "
          "domain's DMARC policy. Please contact the administrator of example.cn domain", "5.7.26",
          [E("5.7.26", "550", "authfailure")])
cn_notice("qiye163-tencent-frozen", "NetEaseQiye", "postmaster@qiye.163.com", "系统退信", QIYE163,
          "ops@exmail-user.example.cn", "550 Mailbox is frozen", "5.0.0", [E("5.0.921", "550", "suspend")],
          dsn_=False, cs="utf-8")
EXMAIL = ["很抱歉您的邮件未能送达。", "", "收件人：%(rcpt)s", "退信原因：%(reply)s", "",
          "建议：请检查收件人地址是否正确，或联系收件方管理员。", "", "腾讯企业邮箱"]
cn_notice("exmail-unknown", "TencentExmail", "PostMaster@exmail.qq.com", "退信：关于第三季度报表", EXMAIL,
          "nobody@example-trade.com", "550 5.1.1 Recipient address rejected: user does not exist", "5.1.1",
          [E("5.1.1", "550", "userunknown")], cs="gb18030")
cn_notice("exmail-163-mispf", "TencentExmail", "PostMaster@exmail.qq.com", "退信：会议通知", EXMAIL,
          "zhou@126.com", "550 MI:SPF 126 mx3,DcmowAB3fWwKq5ZmB1xOAA--.31418S2 1721100000 "
          "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.77", "5.0.0",
          [E("5.0.0", "550", "authfailure")], cs="utf-8")
cn_notice("exmail-toobig", "TencentExmail", "PostMaster@exmail.qq.com", "退信：Weekly report", EXMAIL,
          "design@example.kr", "552 5.3.4 Message size exceeds limit", "5.3.4",
          [E("5.3.4", "552", "mesgtoobig")], cs="gb18030")
ALI = ["您好！", "", "您发送的邮件未能投递到以下收件人：", "  %(rcpt)s", "", "原因：%(reply)s", "",
       "This is the mail system of Alibaba Mail. Your message could not be delivered to the recipient above.",
       "阿里邮箱"]
cn_notice("alimail-full", "AlibabaMail", "MAILER-DAEMON@qiye.aliyun.com", "退信通知：您的邮件未能送达", ALI,
          "sun@example-shop.cn", "552 5.2.2 Mailbox full, quota exceeded", "5.2.2",
          [E("5.2.2", "552", "mailboxfull")], cs="utf-8")
cn_notice("alimail-rbl", "AlibabaMail", "MAILER-DAEMON@qiye.aliyun.com", "退信通知：您的邮件未能送达", ALI,
          "purchasing@example-mfg.com", "554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked "
          "using zen.spamhaus.org", "5.7.1", [E("5.7.1", "554", "blocked")], cs="utf-8")

# ------------------------------------------------------- 263 / 35 / 中企动力 / 新网 / Winmail / U-Mail / TurboMail
HOST263 = ["此邮件是系统自动发送的退信通知。", "", "您发送给 %(rcpt)s 的邮件没有投递成功。", "",
           "失败原因：%(reply)s", "", "263企业邮箱"]
cn_notice("263-unknown", "263", "postmaster@263.net", "邮件投递失败", HOST263, "tianqi@example-log.com",
          "550 5.1.1 User unknown", "5.1.1", [E("5.1.1", "550", "userunknown")], cs="gbk")
cn_notice("263-spam", "263", "postmaster@263.net", "邮件投递失败", HOST263, "boss@example-steel.cn",
          "554 5.7.1 Message rejected as spam by Content Filtering", "5.7.1",
          [E("5.7.1", "554", "spamdetected")], cs="gbk")
C35 = ["尊敬的用户：", "", "您的邮件发送失败，详细信息如下：", "收件人：%(rcpt)s", "错误信息：%(reply)s", "",
       "35互联 邮件系统"]
cn_notice("35-full", "35", "mailer-daemon@china-channel.com", "退信：邮件发送失败", C35, "xu@example-tea.cn",
          "552 5.2.2 <xu@example-tea.cn>: mailbox full", "5.2.2", [E("5.2.2", "552", "mailboxfull")], cs="gb2312")
cn_notice("35-ptr", "35", "mailer-daemon@china-channel.com", "退信：邮件发送失败", C35, "sales@example.co.kr",
          "550 5.7.25 Client host rejected: cannot find your reverse hostname, [198.51.100.61]", "5.7.25",
          [E("5.7.25", "550", "requireptr")], cs="gb2312")
CE = ["系统退信", "", "您于 %s 发送的邮件未能投递。" % cndate(3), "收件人：%(rcpt)s", "退信原因：%(reply)s", "",
      "中企动力 企业邮箱"]
cn_notice("ce-speeding", "ZhongQi", "postmaster@ce-mail.example.cn", "系统退信", CE, "kefu@163.com",
          "451 4.7.1 MI:STC 发件人当天内累计邮件数量超过限制 http://mail.163.com/help/help_spam_16.htm",
          "4.7.1", [E("4.7.1", "451", "speeding")], cs="utf-8")
cn_notice("ce-unknown", "ZhongQi", "postmaster@ce-mail.example.cn", "系统退信", CE, "admin@example-chem.com.cn",
          "550 Invalid recipient: admin@example-chem.com.cn", "5.1.1", [E("5.1.1", "550", "userunknown")],
          cs="gb18030")
XW = ["您好，您的邮件未能成功发送。", "收件人：%(rcpt)s", "原因：%(reply)s", "", "新网企业邮箱 xinnet"]
cn_notice("xinnet-hostunknown", "Xinnet", "MAILER-DAEMON@xinnet.com", "Undelivered Mail Returned to Sender", XW,
          "ceo@example-nonexist.cn", "Host or domain name not found. Name service error for "
          "name=example-nonexist.cn type=A: Host not found", "5.4.4", [E("5.4.4", "", "hostunknown")],
          cs="gbk")
WM = ["这是由 Winmail Mail Server 自动发送的退信通知。", "", "您发给 %(rcpt)s 的邮件投递失败。",
      "服务器返回信息：%(reply)s", "", "Winmail Mail Server"]
cn_notice("winmail-unknown", "Winmail", "postmaster@mail.example-school.cn", "退信通知", WM,
          "teacher01@example-school.cn", "550 5.1.1 Mailbox not found", "5.1.1",
          [E("5.1.1", "550", "userunknown")], cs="gb2312")
cn_notice("winmail-dmarc", "Winmail", "postmaster@mail.example-school.cn", "退信通知", WM,
          "jane@outlook.com", "550 5.7.509 Access denied, sending domain example-school.cn does not pass "
          "DMARC verification and has a DMARC policy of reject.", "5.7.509",
          [E("5.7.509", "550", "authfailure")], cs="gb2312")
UM = ["U-Mail 邮件系统退信通知", "", "收件人：%(rcpt)s", "投递结果：失败", "失败原因：%(reply)s"]
cn_notice("umail-blocked", "UMail", "postmaster@umail.example.cn", "邮件退信通知", UM, "info@naver.com",
          "554 5.7.1 [IP] 198.51.100.88 IP blocked by spam reputation: https://mail.naver.com/", "5.7.1",
          [E("5.7.1", "554", "blocked")], cs="utf-8")
cn_notice("umail-expired", "UMail", "postmaster@umail.example.cn", "邮件退信通知", UM, "ops@example-port.cn",
          "Connection timed out; message expired after 72 hours in queue", "4.4.7", [E("4.4.7", "", "expired")],
          cs="utf-8")
TM = ["TurboMail 退信通知", "", "以下收件人的邮件投递失败:", "%(rcpt)s", "原因: %(reply)s", "",
      "Powered by TurboMail"]
cn_notice("turbomail-full", "TurboMail", "postmaster@turbomail.example.org", "邮件投递失败(Undelivered Mail)", TM,
          "prof.he@example.edu.cn", "552 5.2.2 User is over quota", "5.2.2",
          [E("5.2.2", "552", "mailboxfull")], cs="gbk", dsn_=False)

# ------------------------------------------------------- Korean own notices
NAVER = ("메일이 전송되지 못하고 반송되었습니다.\n\n"
         "받는 사람 : %(rcpt)s\n보낸 날짜 : 2024.05.14 09:31\n제목 : 견적서 송부의 건\n\n"
         "반송 사유 : %(why)s\n\n서버 응답 : %(reply)s\n\n"
         "네이버 메일 고객센터 https://help.naver.com\n")


def kr(name, engine, frm, subj, tmpl, rcpt, why, reply, status, exp, cs="euc-kr", enc="base64", html=False):
    text = tmpl % {"rcpt": rcpt, "why": why, "reply": reply}
    h = ("<html><body><p>%s</p></body></html>" % text.replace("\n", "<br>\n")) if html else None
    recs = [rec(rcpt, "failed" if status[0] == "5" else "delayed", status,
                reply if reply[:3].isdigit() else None, None)] if status else None
    notice(name, engine, frm, subj, text, exp, cs=cs, enc=enc, rcpt=rcpt, recs=recs, subj_cs=cs, html=h,
           ctype="report" if recs else "mixed", to="kim.minsu@example.co.kr",
           extra=["Auto-Submitted: auto-replied"])


kr("naver-unknown", "Naver", "MAILER-DAEMON@naver.com", "[반송] 견적서 송부의 건", NAVER, "parkjh@example.co.kr",
   "받는 사람의 메일 주소가 존재하지 않습니다.", "550 5.1.1 <parkjh@example.co.kr>: Recipient address rejected: "
   "User unknown", "5.1.1", [E("5.1.1", "550", "userunknown")], html=True)
kr("naver-full", "Naver", "MAILER-DAEMON@naver.com", "[반송] 납품 일정 문의", NAVER, "lee@hanmail.net",
   "받는 사람의 메일함 용량이 가득 찼습니다.", "552 5.2.2 Mailbox quota exceeded", "5.2.2",
   [E("5.2.2", "552", "mailboxfull")], cs="utf-8")
kr("naver-spf", "Naver", "MAILER-DAEMON@naver.com", "[반송] 계약서", NAVER, "team@example.com",
   "SPF 인증에 실패하여 받는 서버에서 메일을 거부했습니다.", "550 5.7.23 The message was rejected because of "
   "Sender Policy Framework violation", "5.7.23", [E("5.7.23", "550", "authfailure")])
DAUM = ("안녕하세요. Daum 메일입니다.\n\n보내신 메일이 다음 사유로 전달되지 않았습니다.\n\n"
        "받는 사람 : %(rcpt)s\n사유 : %(why)s\n응답 : %(reply)s\n\n카카오 고객센터\n")
kr("daum-unknown", "Daum", "MAILER-DAEMON@daum.net", "메일 전송 실패 안내", DAUM, "choi@example.ac.kr",
   "존재하지 않는 수신자입니다.", "550 5.1.1 No such user", "5.1.1", [E("5.1.1", "550", "userunknown")],
   enc="qp")
kr("kakao-toobig", "Daum", "MAILER-DAEMON@kakao.com", "메일 전송 실패 안내", DAUM, "jung@example.kr",
   "메일 크기가 받는 서버의 허용 크기를 초과했습니다.", "552 5.3.4 Message too big", "5.3.4",
   [E("5.3.4", "552", "mesgtoobig")], cs="utf-8")
HIW = ("[하이웍스] 메일 발송 실패 안내\n\n발송하신 메일이 아래 수신자에게 전달되지 못했습니다.\n\n"
       "수신자 : %(rcpt)s\n실패 사유 : %(why)s\n상세 : %(reply)s\n\n하이웍스 메일 https://www.hiworks.com\n")
kr("hiworks-unknown", "Hiworks", "postmaster@hiworks.co.kr", "메일 발송 실패 안내", HIW, "yoon@example-biz.co.kr",
   "수신자 계정이 존재하지 않습니다.", "550 5.1.1 <yoon@example-biz.co.kr>... User unknown", "5.1.1",
   [E("5.1.1", "550", "userunknown")], cs="utf-8")
kr("hiworks-spam", "Hiworks", "postmaster@hiworks.co.kr", "메일 발송 실패 안내", HIW, "kang@gmail.com",
   "스팸으로 판단되어 수신 서버에서 거부되었습니다.",
   "550 5.7.1 [198.51.100.12] Our system has detected that this message is likely unsolicited mail. "
   "To reduce the amount of spam sent to Gmail, this message has been blocked.", "5.7.1",
   [E("5.7.1", "550", "spamdetected")], cs="euc-kr")
GAB = ("가비아 메일 시스템입니다.\n\n보내신 메일이 전달되지 못하였습니다.\n받는 사람: %(rcpt)s\n"
       "원인: %(why)s\n%(reply)s\n")
kr("gabia-hostunknown", "Gabia", "MAILER-DAEMON@gabia.com", "메일 반송 안내 (Undelivered Mail)", GAB,
   "han@exampel-typo.co.kr", "받는 사람의 도메인을 찾을 수 없습니다.",
   "Host or domain name not found. Name service error for name=exampel-typo.co.kr type=MX", "5.1.2",
   [E("5.1.2", "", "hostunknown")], cs="euc-kr", enc="base64")
kr("gabia-rate", "Gabia", "MAILER-DAEMON@gabia.com", "메일 반송 안내 (Undelivered Mail)", GAB,
   "seo@naver.com", "받는 서버가 일시적으로 메일 수신을 제한하였습니다.",
   "421 4.3.2 Too many connections from your IP (198.51.100.40), please try again later", "4.3.2",
   [E("4.3.2", "421", "toomanyconn")], cs="euc-kr")

# ------------------------------------------------------- replies of Chinese/Korean receivers quoted by others
pf("pf-163-dtspm", "chen.ming@163.com", "163mx02.mxmail.netease.com", "220.181.14.140",
   "554 DT:SPM 163 mx2,O8CowAD3u9xnVx5mI1E7Ag--.60124S2 1713000000, please see "
   "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.9&hostid=mx2&time=1713000000",
   [E("5.0.0", "554", "spamdetected")], cmd="end of DATA")
pf("pf-163-unknown", "no.such.user@163.com", "163mx00.mxmail.netease.com", "220.181.12.11",
   "550 User not found: no.such.user@163.com", [E("5.0.0", "550", "userunknown")])
pf("pf-126-rpcel", "lin@126.com", "126mx01.mxmail.netease.com", "220.181.15.11",
   "451 RP:CEL 126 mx1,ZMCowAB3N1sqWR5mYXd9Aw--.6421S2 1712000000 "
   "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.30", [E("4.0.0", "451", "spamdetected")],
   delay=True, cmd="MAIL FROM")
pf("pf-qq-ipfreq", "1234567@qq.com", "mx3.qq.com", "183.3.225.42",
   "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
   [E("5.0.0", "550", "toomanyconn")])
pf("pf-exmail-notfound", "hr@example-tencent-hosted.cn", "mxbiz1.qq.com", "183.3.225.10",
   "550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
   [E("5.0.0", "550", "userunknown")])
pf("pf-qq-content", "8866551@qq.com", "mx1.qq.com", "183.3.225.42",
   "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
   [E("5.0.0", "550", "spamdetected")], cmd="end of DATA")
pf("pf-aliyun-spf", "ma@example-aliyun-hosted.com", "mx1.qiye.aliyun.com", "198.51.100.101",
   "553 5.7.1 Sender SPF check failed, ip=203.0.113.5, please check your SPF record",
   [E("5.7.1", "553", "authfailure")], cmd="MAIL FROM")
pf("pf-naver-unknown", "no_such_id@naver.com", "mx1.naver.com", "125.209.238.100",
   "550 5.1.1 <no_such_id@naver.com>: Recipient address rejected: User unknown", [E("5.1.1", "550", "userunknown")])
pf("pf-naver-reputation", "kim@naver.com", "mx2.naver.com", "125.209.238.137",
   "554 5.7.1 Your IP has a poor reputation and is blocked. https://mail.naver.com/help", 
   [E("5.7.1", "554", "blocked")], greet=True)
pf("pf-daum-full", "sora@hanmail.net", "mx2.hanmail.net", "211.231.108.46",
   "552 5.2.2 Mailbox full", [E("5.2.2", "552", "mailboxfull")], cmd="end of DATA")
exim("exim-samsung-dmarc", "j.park@samsung.com", "mx1.samsung.com", "203.254.224.24",
     ["550 5.7.1 Email rejected per DMARC policy for example.net"], [E("5.7.1", "550", "authfailure")],
     cmd="end of data")
exim("exim-lg-unknown", "hwang@lge.com", "mx.lge.com", "156.147.1.151",
     ["550 5.1.1 <hwang@lge.com>: Recipient address rejected: User unknown in relay recipient table"],
     [E("5.1.1", "550", "userunknown")])
exo("exo-exmail-frequency", "li@example-exmail.cn", "5.0.0",
    "smtp;550 Domain frequency limited. http://service.exmail.qq.com/cgi-bin/help?id=20022",
    [E("5.0.0", "550", "toomanyconn")], remote="mxbiz2.qq.com")
exo("exo-coremail-unknown", "student01@mails.example.edu.cn", "5.1.1",
    "smtp;550 User not found: student01@mails.example.edu.cn", [E("5.1.1", "550", "userunknown")],
    remote="mx.mails.example.edu.cn")
gmail("gmail-163-spf", "yang@163.com", "163mx03.mxmail.netease.com", "220.181.12.13",
      "550 MI:SPF 163 mx3,_____wD3P1pY5yFmAmRbAg--.6042S2 1713500000 "
      "http://mail.163.com/help/help_spam_16.htm?ip=209.85.220.41", [E("5.0.0", "550", "authfailure")])
gmail("gmail-hiworks-full", "oh@example-hiworks.co.kr", "mx1.hiworks.co.kr", "211.43.205.10",
      "552 5.2.2 Requested mail action aborted: exceeded storage allocation", [E("5.2.2", "552", "mailboxfull")])
pf("pf-netease-hlicc", "wu@yeah.net", "yeahmx01.mxmail.netease.com", "220.181.15.66",
   "421 HL:ICC 该IP同时并发连接数过大，超过了网易的限制，被临时禁止连接。请检查是否有用户发送病毒或者垃圾邮件，"
   "并降低IP并发连接数量。 http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.18",
   [E("4.0.0", "421", "toomanyconn")], delay=True, greet=True)

# ------------------------------------------------------- auto-replies
def autoreply(name, frm, subj_text, text, cs, extra, exp):
    i = nth()
    dom = frm.split("@")[1]
    h = ["Return-Path: <%s>" % frm, "Date: %s" % date(i), "From: %s" % frm, "To: wang.lei@example.cn",
         "Subject: %s" % mimeword(subj_text, cs), "Message-ID: <%d.ar@%s>" % (1620000000 + i, dom),
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: base64"]
    add(name, "RFC3834", "\n".join(h + list(extra)) + "\n\n" + b64(text, cs) + "\n", exp)


autoreply("auto-coremail", "liu.fang@example.edu.cn", "自动回复：关于第三季度报表",
          "您好，我正在休假，12月5日返回，期间邮件可能无法及时回复。紧急事务请联系 office@example.edu.cn。\n",
          "gbk", ["Auto-Submitted: auto-replied", "X-Mailer: Coremail Webmail Server"], [E("", "", "vacation")])
autoreply("auto-naver", "kimyj@naver.com", "[자동응답] 부재중입니다",
          "안녕하세요. 현재 출장 중이라 메일 확인이 어렵습니다. 11월 30일 이후 답변드리겠습니다.\n",
          "euc-kr", ["Auto-Submitted: auto-replied", "Precedence: bulk"], [E("", "", "vacation")])
autoreply("auto-hiworks", "lee.sj@example-biz.co.kr", "부재중 자동응답: Re: 납품 일정 문의",
          "휴가 중입니다. 급한 용무는 02-000-0000으로 연락 바랍니다.\n", "utf-8",
          ["Auto-Submitted: auto-replied (vacation)"], [E("", "", "vacation")])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, M.SETS)
