#!/usr/bin/env python3
"""make_set.py: writes blind26 (emails/*.eml and labels.jsonl): bounces
from Chinese mail systems as Chinese companies receive them in
2022-2026 (see README.md).  Deterministic.  Usage: make_set.py [OUTDIR]."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import (E, POSTFIX_DELAY, POSTFIX_INTRO, Mime, b64, dsn, fold, hdrs, mimeword, qp, raw, rec,  # noqa: E402
                      said, write_set)

SND = "wang.fang@example.cn"
SETS = []

BODY_ZH = "张经理您好，\n\n附件是本季度的报价单，请查收。\n\n此致\n王芳\n"


def add(name, engine, msg, exp):
    SETS.append((name, engine, msg, exp))


# --------------------------------------------------------------------------
# The company's own Postfix (mail.example.cn) bouncing a remote reply
# --------------------------------------------------------------------------

ZH_INTRO = {
    # A localized bounce_template_file, as Chinese companies set one up.
    "gb2312": ("这是来自 %s 的邮件系统。\n\n很抱歉，您的邮件无法投递到以下一个或多个收件人。\n"
               "原邮件附在本通知之后。\n\n如需帮助，请联系系统管理员 postmaster。\n\n"
               "                   邮件系统\n\n"),
    "utf-8": ("这是来自 %s 的邮件系统。\n\n很抱歉通知您，您的邮件未能成功投递。\n"
              "以下是退信原因（英文为对方服务器的原始回复）。\n\n                   邮件系统\n\n"),
}

ZH_DELAY = ("这是来自 %s 的邮件系统。\n\n"
            "######## 这只是一个警告，您不需要重新发送邮件。 ########\n\n"
            "您的邮件已经超过 4 小时未能投递，系统将继续重试，直到邮件满 5 天。\n\n"
            "                   邮件系统\n\n")


def pf(name, recips, date, qid, subj_orig="报价单", host="mail.example.cn", delay=False, zh=None, zh_enc="8bit",
       subject=None):
    """A Postfix bounce (or delay warning) of the company's own server.
    recips: (addr, status, human text, diag or None, rhost or None)."""
    m = Mime("%s (Postfix) with ESMTPSA id %s" % (host, qid), BODY_ZH, legacy=True)
    if zh:
        intro = (ZH_DELAY if delay else ZH_INTRO[zh]) % host
    else:
        intro = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host
    text = intro + "".join("<%s>: %s\n\n" % (a, fold(t)) for a, _, t, _, _ in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, SND, date)
    rs = [rec(a, "delayed" if delay else "failed", st, d, rh, orig_rcpt=True) for a, st, _, d, rh in recips]
    if zh:
        tpart = m.part("text/plain", text, zh_enc, zh)
    else:
        tpart = m.part("text/plain", text)
    parts = [m.part("text/plain", "", "7bit", None) if False else tpart, dsn(per, rs, desc="Delivery report"),
             m.returned(recips[0][0], mimeword(subj_orig, "UTF-8"), date, "%s@example.cn" % qid.lower(),
                        "headers", frm=SND, desc="Undelivered Message Headers")]
    if subject is None:
        subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, subject, date, "%s.1700000000/%s" % (qid, host),
             to=SND, extra=["Auto-Submitted: auto-replied"])
    body = m.multipart("report", parts, "%s.1700000000/%s" % (qid, host), params=" report-type=delivery-status;",
                       preamble="This is a MIME-encapsulated message.\n")
    msg = "\n".join(h) + "\n" + body
    return msg.encode("latin-1") if zh and zh_enc == "8bit" else msg


def one(addr, status, host, ip, reply, cmd="RCPT TO"):
    return (addr, status, said(host, ip, reply, cmd), "smtp; " + reply, host)


# 163: user not found
add("postfix-163-01.eml", "Postfix", pf("postfix-163-01.eml", [
    one("liwei2019@163.com", "5.0.0", "163mx01.mxmail.netease.com", "220.181.12.11",
        "550 User not found: liwei2019@163.com")],
    "Mon, 14 Mar 2022 09:12:41 +0800 (CST)", "4KHx2M0rNvz1"),
    [E("5.0.0", "550", "userunknown")])

# 126: DT:SPM at end of DATA with the help_spam link
add("postfix-126-02.eml", "Postfix", pf("x", [
    one("zhao.min@126.com", "5.0.0", "126mx00.mxmail.netease.com", "220.181.15.112",
        "554 DT:SPM 126 mx47,LsmowAD3X3qT7FJk4BQ4Bg--.51442S2 1683155091, please see "
        "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx47&time=1683155091",
        "end of DATA")],
    "Thu, 4 May 2023 07:04:51 +0800 (CST)", "4QBjkT0GQnz9"),
    [E("5.0.0", "554", "spamdetected")])

# NetEase Qiye: RP:TRC (too many recipients in a day), made final after the queue lifetime
add("postfix-qiye163-03.eml", "Postfix", pf("x", [
    ("hr@partner-example.com", "4.0.0",
     said("qiye163mx01.mxmail.netease.com", "123.58.177.131",
          "450 RP:TRC qiye163 mx01,QsCowAC3_2FfK1ZlH8QCAA--.1802S3 1700146015, too many recipients "
          "from the sender today, please try again later"),
     "smtp; 450 RP:TRC qiye163 mx01,QsCowAC3_2FfK1ZlH8QCAA--.1802S3 1700146015, too many recipients "
     "from the sender today, please try again later", "qiye163mx01.mxmail.netease.com")],
    "Thu, 16 Nov 2023 14:46:55 +0800 (CST)", "4SW9pC1Kxdz5"),
    [E("4.0.0", "450", "toomanyconn")])

# yeah.net: size limit at end of DATA
add("postfix-yeah-04.eml", "Postfix", pf("x", [
    one("sun.li@yeah.net", "5.0.0", "yeahmx01.mxmail.netease.com", "123.58.177.211",
        "552 Requested mail action aborted: exceeded mailsize limit", "end of DATA")],
    "Tue, 9 Jan 2024 16:30:02 +0800 (CST)", "4T8fZQ6Rg2zK"),
    [E("5.0.0", "552", "mesgtoobig")])

# QQ: mailbox not found
add("postfix-qq-05.eml", "Postfix", pf("x", [
    one("1234567890@qq.com", "5.0.0", "mx3.qq.com", "43.129.255.54",
        "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728")],
    "Wed, 22 Jun 2022 11:02:19 +0800 (CST)", "4LSTq31YfNz2"),
    [E("5.0.0", "550", "userunknown")])

# QQ: mailbox is full
add("postfix-qq-06.eml", "Postfix", pf("x", [
    one("987654321@qq.com", "5.2.2", "mx1.qq.com", "43.163.178.42",
        "552 5.2.2 The mailbox is full. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730",
        "end of DATA")],
    "Fri, 8 Mar 2024 10:15:44 +0800 (CST)", "4TrYkN3xq9z7"),
    [E("5.2.2", "552", "mailboxfull")])

# QQ: IP frequency limited (at MAIL FROM)
add("postfix-qq-07.eml", "Postfix", pf("x", [
    one("55667788@qq.com", "5.0.0", "mx2.qq.com", "183.47.101.192",
        "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
        "MAIL FROM")],
    "Mon, 17 Jun 2024 15:41:08 +0800 (CST)", "4W2mNq5Zs1z3"),
    [E("5.0.0", "550", "toomanyconn")])

# Exmail: mail content denied
add("postfix-exmail-08.eml", "Postfix", pf("x", [
    one("zhou.jie@partner-example.com", "5.0.0", "mxbiz1.qq.com", "183.57.48.98",
        "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
        "end of DATA")],
    "Tue, 3 Sep 2024 09:27:33 +0800 (CST)", "4WyJd82Fw6zB"),
    [E("5.0.0", "550", "spamdetected")])

# Alibaba Mail: ANTISPAM
add("postfix-alimail-09.eml", "Postfix", pf("x", [
    one("sales@supplier-example.cn", "5.7.0", "mx1.qiye.aliyun.com", "47.246.146.53",
        "554 5.7.0 [ANTISPAM_CONTENT] Message content rejected as spam, mail id: "
        "1.3gXnaNq_1728361022, see https://help.aliyun.com/document_detail/36576.html", "end of DATA")],
    "Tue, 8 Oct 2024 12:17:02 +0800 (CST)", "4XN7fV2pQbz4"),
    [E("5.7.0", "554", "spamdetected")])

# aliyun.com: mailbox does not exist
add("postfix-aliyun-10.eml", "Postfix", pf("x", [
    one("xiaoming88@aliyun.com", "5.1.1", "mx2.mail.aliyun.com", "140.205.94.10",
        "551 5.1.1 <xiaoming88@aliyun.com>: Mailbox does not exist")],
    "Wed, 15 Jan 2025 08:55:40 +0800 (CST)", "4YXyK06Dh3zP"),
    [E("5.1.1", "551", "userunknown")])

# Sina: IP in blacklist at connect/RCPT
add("postfix-sina-11.eml", "Postfix", pf("x", [
    one("lin.na@sina.com", "5.7.1", "freemx1.sinamail.sina.com.cn", "202.108.3.242",
        "553 5.7.1 <203.0.113.25>: Client host rejected: your IP is in the blacklist of sina.com, "
        "see http://mail.sina.com.cn/help/")],
    "Thu, 20 Feb 2025 17:03:12 +0800 (CST)", "4YzLpH0n4Kz6"),
    [E("5.7.1", "553", "blocked")])

# Sohu: too many connections, a delay warning
add("postfix-sohu-12.eml", "Postfix", pf("x", [
    ("chen.hao@sohu.com", "4.7.0",
     "host mx.sohu.com[220.181.90.33] refused to talk to me: 421 4.7.0 Too many connections from your IP "
     "203.0.113.25, please try again later", "smtp; 421 4.7.0 Too many connections from your IP "
     "203.0.113.25, please try again later", "mx.sohu.com")],
    "Sat, 12 Apr 2025 10:00:18 +0800 (CST)", "4ZZc9S5xTtz1", delay=True),
    [E("4.7.0", "421", "toomanyconn")])

# 139.com: message size
add("postfix-139-13.eml", "Postfix", pf("x", [
    one("13800138000@139.com", "5.3.4", "mx1.mail.139.com", "117.187.3.59",
        "552 5.3.4 Message size exceeds fixed maximum message size", "MAIL FROM")],
    "Mon, 19 May 2025 14:22:09 +0800 (CST)", "4b1Hq72CyLz8"),
    [E("5.3.4", "552", "mesgtoobig")])

# 189.cn: account suspended
add("postfix-189-14.eml", "Postfix", pf("x", [
    one("liu.yang@189.cn", "5.2.1", "mta-189.21cn.com", "183.61.185.74",
        "550 5.2.1 <liu.yang@189.cn>: Mailbox has been suspended for inactivity")],
    "Tue, 24 Jun 2025 09:48:51 +0800 (CST)", "4bRSwf0YJsz2"),
    [E("5.2.1", "550", "suspend")])

# 21cn: SPF
add("postfix-21cn-15.eml", "Postfix", pf("x", [
    one("he.ping@21cn.com", "5.7.1", "mx.21cn.com", "183.61.185.73",
        "550 5.7.1 SPF check failed: 203.0.113.25 is not allowed to send mail from example.cn", "MAIL FROM")],
    "Wed, 16 Jul 2025 11:37:25 +0800 (CST)", "4bjTcx3BDgz0"),
    [E("5.7.1", "550", "authfailure")])

# A Coremail university server: Mail is rejected by recipients
add("postfix-coremail-16.eml", "Postfix", pf("x", [
    one("prof.zhang@example.edu.cn", "5.0.0", "mx.example.edu.cn", "202.120.2.101",
        "554 Mail is rejected by recipients [BgEAfwAXfUhI9nVo8z8oAQ--.12917S2 1756789321]", "end of DATA")],
    "Tue, 2 Sep 2025 13:02:01 +0800 (CST)", "4cGmk91QRtzC"),
    [E("5.0.0", "554", "filtered")])

# A Coremail corporate server: quota
add("postfix-coremail-17.eml", "Postfix", pf("x", [
    one("finance@factory-example.com.cn", "5.0.0", "mx.factory-example.com.cn", "116.228.111.18",
        "552 Mailbox quota exceeded: finance@factory-example.com.cn", "end of DATA")],
    "Thu, 9 Oct 2025 16:44:30 +0800 (CST)", "4chWxM5b4Fz9"),
    [E("5.0.0", "552", "mailboxfull")])

# Expired: a university Coremail host that never answers
add("postfix-expired-18.eml", "Postfix", pf("x", [
    ("li.qiang@example.edu.cn", "4.4.1",
     "delivery temporarily suspended: connect to mx.example.edu.cn[202.38.64.8]:25: Connection timed out",
     None, None)],
    "Mon, 3 Nov 2025 08:00:12 +0800 (CST)", "4d0Ft62Wn1zQ"),
    [E("4.4.1", "", "expired")])

# Host unknown: a mistyped .com.cn
add("postfix-hostunknown-19.eml", "Postfix", pf("x", [
    ("sales@exampel.com.cn", "5.4.4",
     "Host or domain name not found. Name service error for name=exampel.com.cn type=A: Host not found",
     None, None)],
    "Tue, 18 Nov 2025 10:20:00 +0800 (CST)", "4dBvR01hP6z5"),
    [E("5.4.4", "", "hostunknown")])

# HiNet: IP in their spam blacklist
add("postfix-hinet-20.eml", "Postfix", pf("x", [
    one("chang.mei@ms45.hinet.net", "5.7.1", "ms45.hinet.net", "168.95.4.45",
        "550 5.7.1 Client host [203.0.113.25] rejected: Your IP is listed in HiNet spam blacklist")],
    "Wed, 26 Mar 2025 15:09:40 +0800 (CST)", "4ZNQ8c0s7Gz3"),
    [E("5.7.1", "550", "blocked")])

# PChome: a Postfix receiver's user unknown
add("postfix-pchome-21.eml", "Postfix", pf("x", [
    one("lai.wen@pchome.com.tw", "5.1.1", "mx.pchome.com.tw", "210.59.230.60",
        "550 5.1.1 <lai.wen@pchome.com.tw>: Recipient address rejected: User unknown in virtual mailbox table")],
    "Fri, 11 Jul 2025 10:10:10 +0800 (CST)", "4beVZ20mgrz7"),
    [E("5.1.1", "550", "userunknown")])

# Yahoo Kimo: mailbox disabled
add("postfix-yahootw-22.eml", "Postfix", pf("x", [
    one("huang_ling@yahoo.com.tw", "5.0.0", "mta7.am0.yahoodns.net", "67.195.204.77",
        "554 delivery error: dd Sorry your message to huang_ling@yahoo.com.tw cannot be delivered. "
        "This mailbox is disabled (554.30). - mta4011.mail.tw1.yahoo.com", "end of DATA")],
    "Mon, 7 Apr 2025 18:33:05 +0800 (CST)", "4ZWRFx4KqDz1"),
    [E("5.0.0", "554", "suspend")])

# Chinese bounce template (GB2312, 8bit): QQ deactivated mailbox
add("postfix-zh-23.eml", "Postfix", pf("x", [
    one("246813579@qq.com", "5.0.0", "mx3.qq.com", "43.129.255.54",
        "550 The recipient is a deactivated mailbox. "
        "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000729")],
    "Thu, 12 Jun 2025 10:01:44 +0800 (CST)", "4bHqJp1rM0z4", zh="gb2312",
    subject=mimeword("邮件退回通知", "gb2312")),
    [E("5.0.0", "550", "suspend")])

# Chinese bounce template (UTF-8, base64): 163 refuses the attachment type
add("postfix-zh-24.eml", "Postfix", pf("x", [
    one("ma.jun@163.com", "5.0.0", "163mx02.mxmail.netease.com", "220.181.12.12",
        "552 Illegal Attachment: this type of attachment is not allowed, 163 mx02", "end of DATA")],
    "Fri, 21 Nov 2025 16:20:31 +0800 (CST)", "4dDkz13Xwvz2", zh="utf-8", zh_enc="base64",
    subject=mimeword("退信通知：邮件无法投递", "UTF-8")),
    [E("5.0.0", "552", "policyviolation")])

# Relay through smtp.163.com without logging in
add("postfix-163relay-25.eml", "Postfix", pf("x", [
    one("client@partner-example.com", "5.0.0", "smtp.163.com", "220.181.12.14",
        "553 authentication is required,163 smtp14,EsCowABXk0VnmRpj_Q8HAA--.41752S2 1673108071", "MAIL FROM")],
    "Sat, 7 Jan 2023 12:14:31 +0800 (CST)", "4NpwLM2xcmz6"),
    [E("5.0.0", "553", "securityerror")])

# Sohu: the sender's domain refused
add("postfix-sohu-26.eml", "Postfix", pf("x", [
    one("zhu.hong@sohu.com", "5.1.8", "mx.sohu.com", "220.181.90.33",
        "553 5.1.8 <noreply@mail-example.cn>: Sender address rejected: Domain not found", "MAIL FROM")],
    "Wed, 14 Feb 2024 09:03:19 +0800 (CST)", "4TZ9Ph0fN8z3"),
    [E("5.1.8", "553", "rejected")])


# --------------------------------------------------------------------------
# The providers' own notices (Chinese text in their charsets)
# --------------------------------------------------------------------------

def orig_rfc822(m, to, subj, date, mid):
    return m.returned(to, mimeword(subj, "gb18030"), date, mid, "message", frm=SND)


def exmail_ndr(name, fails, date, subj, mid):
    """Tencent Exmail's 退信 (GB18030, base64 text/plain + text/html), the
    original attached; fails: (addr, Chinese reason, technical line)."""
    m = Mime("smtpbg.qq.com (NewEsmtp) with SMTP id 0", BODY_ZH, charset="GB18030")
    plain = "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件：\n  主    题：%s\n  时    间：%s\n\n" % (
        subj, date)
    html = "<html><body><p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p><table>"
    for a, why, tech in fails:
        plain += "收件人：%s\n退信原因：%s\n技术信息：%s\n\n" % (a, why, tech)
        html += "<tr><td>收件人</td><td>%s</td></tr><tr><td>退信原因</td><td>%s</td></tr>" \
                "<tr><td>技术信息</td><td>%s</td></tr>" % (a, why, tech.replace("<", "&lt;").replace(">", "&gt;"))
    plain += "此邮件为系统自动发送，请勿直接回复。\n"
    html += "</table><p>此邮件为系统自动发送，请勿直接回复。</p></body></html>"
    alt = m.multipart("alternative", [m.part("text/plain", plain, "base64", "GB18030"),
                                      m.part("text/html", html, "base64", "GB18030")],
                      "----=_NextPart_alt_%s" % mid[:8], preamble="")
    body = m.multipart("mixed", ["Content-Type: " + alt[len("Content-Type: "):],
                                 orig_rfc822(m, fails[0][0], subj, date, mid)],
                       "----=_NextPart_%s" % mid[:8])
    h = hdrs('"%s" <PostMaster@exmail.qq.com>' % mimeword("系统退信", "gb18030"),
             mimeword("退信：" + subj, "gb18030"), date, "bounce_%s@exmail.qq.com" % mid[:12],
             extra=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x"])
    return "\n".join(h) + "\n" + body


add("exmail-ndr-27.eml", "Tencent", exmail_ndr("x", [
    ("chen.jing@partner-example.com.cn", "收件人邮箱地址不存在，请检查后重新发送。",
     "mx.partner-example.com.cn 返回：550 5.1.1 <chen.jing@partner-example.com.cn>: Recipient address "
     "rejected: User unknown in local recipient table"),
    ("boss@partner-example.com.cn", "收件人邮箱空间已满，对方暂时无法接收邮件。",
     "mx.partner-example.com.cn 返回：552 5.2.2 <boss@partner-example.com.cn>: Mailbox full, quota exceeded")],
    "Wed, 12 Mar 2025 10:21:07 +0800", "季度报价单", "A1B2C3D4E5F60718@example.cn"),
    [E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull")])


def netease_ndr(name, frm_dom, rcpt, why, tech, date, subj, cs, enc):
    """NetEase's 系统退信 (163/126/yeah and Qiye): HTML only, in cs."""
    m = Mime("%s (Coremail) with SMTP id x" % frm_dom, BODY_ZH, charset="GBK")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>"
            "<div>您好！</div><div>很遗憾您的信件无法发送到 <b>%s</b>。</div>"
            "<div>退信原因：%s</div><div>技术信息：<br>%s</div>"
            "<div>---- 原邮件信息 ----<br>主题：%s<br>时间：%s</div>"
            "<div>网易邮箱 系统退信</div></body></html>") % (cs, rcpt, why, tech.replace("<", "&lt;").replace(
                ">", "&gt;"), subj, date)
    body = m.multipart("mixed", [m.part("text/html", html, enc, cs),
                                 m.returned(rcpt, mimeword(subj, "GBK"), date, "x%s" % rcpt.replace("@", "."),
                                            "message", frm="li.na@%s" % frm_dom)],
                       "----=_Part_%d_bounce" % len(rcpt))
    h = hdrs("postmaster@%s" % frm_dom, mimeword("系统退信", "GBK"), date, "bounce.%s@%s" % (len(subj), frm_dom),
             to="li.na@%s" % frm_dom)
    return "\n".join(h) + "\n" + body


add("netease-ndr-28.eml", "NetEase", netease_ndr(
    "x", "163.com", "purchase@buyer-example.com", "对方服务器认为该邮件是垃圾邮件，拒绝接收。",
    "host mx.buyer-example.com[198.51.100.40] said: 550 5.7.1 Message rejected as spam by Content Filtering "
    "(in reply to end of DATA command)", "Mon, 10 Feb 2025 15:31:08 +0800", "合作方案", "GBK", "base64"),
    [E("5.7.1", "550", "spamdetected")])

add("netease-ndr-29.eml", "NetEase", netease_ndr(
    "x", "qiye.example.cn", "ops@vendor-example.com.cn",
    "邮件在发送队列中停留时间过长，对方服务器一直无法连接，系统已放弃投递。",
    "Delivery expired (message too old): 4.4.7 connect to mx.vendor-example.com.cn[198.51.100.77]:25: "
    "Connection timed out", "Fri, 25 Apr 2025 09:00:00 +0800", "发货通知", "UTF-8", "qp"),
    [E("4.4.7", "", "expired")])


def alimail_ndr(name, rcpt, why, tech, date, subj):
    """阿里邮箱's notice (UTF-8, plain base64 + html QP), no DSN."""
    m = Mime("mail.aliyun.com with ESMTPA id x", BODY_ZH)
    plain = ("您发送的邮件未能成功投递。\n\n收件人：%s\n主题：%s\n发送时间：%s\n失败原因：%s\n\n详细信息：\n%s\n\n"
             "阿里邮箱\n") % (rcpt, subj, date, why, tech)
    html = "<div>您发送的邮件未能成功投递。</div><div>收件人：%s</div><div>失败原因：%s</div><pre>%s</pre>" % (
        rcpt, why, tech)
    alt = m.multipart("alternative", [m.part("text/plain", plain, "base64", "UTF-8"),
                                      m.part("text/html", html, "qp", "UTF-8")], "----=ALIBOUNDARY_alt_1", preamble="")
    h = hdrs('"%s" <postmaster@mail.aliyun.com>' % mimeword("阿里邮箱", "UTF-8"), mimeword("退信通知：" + subj, "UTF-8"),
             date, "ali.bounce.%d@mail.aliyun.com" % len(rcpt), extra=["X-Alimail-AntiSpam: AC=PASS"])
    return "\n".join(h) + "\n" + alt


add("alimail-ndr-30.eml", "Alimail", alimail_ndr(
    "x", "partner@trade-example.com", "您的邮件被反垃圾系统拦截，未能发出。",
    "554 5.7.1 [ANTISPAM] Your message has been blocked as suspected spam and was not sent",
    "2025-08-19 11:20:43", "新品推广"),
    [E("5.7.1", "554", "spamdetected")])

add("alimail-ndr-31.eml", "Alimail", alimail_ndr(
    "x", "list@ngo-example.org", "发送频率过快，请稍后再试。",
    "451 4.7.1 Rate limit exceeded: too many messages from 47.246.146.53, slow down",
    "2025-09-02 08:11:05", "月度简报"),
    [E("4.7.1", "451", "speeding")])


def coremail_dsn(name, host, rcpt, status, diag, rhost, date, subj, cs, enc, why):
    """Coremail's own DSN: a Chinese text part in cs, the English
    delivery-status, the original's headers."""
    m = Mime("%s (Coremail) with SMTP id x" % host, BODY_ZH)
    text = ("您好，这是 %s 的系统退信。\n\n您发送给以下收件人的邮件无法投递：\n    %s\n\n退信原因：%s\n"
            "对方服务器返回：%s\n\n此信件由系统自动发出，请勿回复。\n") % (host, rcpt, why, diag)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date)
    r = rec(rcpt, "failed", status, "smtp; " + diag, rhost)
    body = m.multipart("report", [m.part("text/plain", text, enc, cs), dsn(per, [r]),
                                  m.returned(rcpt, mimeword(subj, cs), date, "cm.%d@%s" % (len(rcpt), host), "headers",
                                             frm=SND)],
                       "----=_Part_Coremail_%d" % len(rcpt), params=" report-type=delivery-status;")
    h = hdrs("Postmaster <postmaster@%s>" % host, mimeword("系统退信", cs), date, "cm.dsn.%d@%s" % (len(rcpt), host),
             extra=["X-Mailer: Coremail"])
    return "\n".join(h) + "\n" + body


add("coremail-dsn-32.eml", "Coremail", coremail_dsn(
    "x", "mail.example.cn", "director@client-example.com", "5.3.4",
    "552 5.3.4 Message size exceeds fixed maximum message size", "mx.client-example.com",
    "Tue, 6 Aug 2024 14:02:17 +0800", "设计图纸", "GBK", "base64", "邮件大小超过对方服务器的限制。"),
    [E("5.3.4", "552", "mesgtoobig")])

add("coremail-dsn-33.eml", "Coremail", coremail_dsn(
    "x", "mail.example.edu.cn", "student2024@qq.com", "5.0.0",
    "550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
    "mx3.qq.com", "Mon, 9 Sep 2024 08:30:00 +0800", "开学通知", "GB2312", "qp", "对方服务器限制了连接频率。"),
    [E("5.0.0", "550", "toomanyconn")])


def hinet_sendmail(name, rcpt, reply, date):
    """HiNet's Sendmail DSN with a Big5 text part (a localized
    front text) and the English transcript."""
    m = Mime("msa.hinet.net (8.15.2/8.15.2) with ESMTP id 5AB1C2D3", "您好，附件為報價單。\n", charset="Big5")
    text = ("您的信件無法送達下列收件者，詳細原因如下。\n如有疑問，請洽 HiNet 客服。\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
            "    (reason: %s)\n\n   ----- Transcript of session follows -----\n... while talking to "
            "mx.partner-example.com.tw.:\n>>> RCPT To:<%s>\n<<< %s\n550 5.1.1 <%s>... User unknown\n") % (
        rcpt, reply, rcpt, reply, rcpt)
    per = "Reporting-MTA: dns; msa.hinet.net\nReceived-From-MTA: DNS; [203.0.113.80]\nArrival-Date: %s" % date
    r = rec(rcpt, "failed", "5.1.1", "SMTP; " + reply, "mx.partner-example.com.tw", orig_rcpt=False, last=date)
    body = m.multipart("report", [m.part("text/plain", text, "base64", "big5"), dsn(per, [r]),
                                  m.returned(rcpt, mimeword("報價單", "big5"), date, "2025.hinet@example.com.tw",
                                             "headers", frm="lin@example.com.tw")],
                       "5AB1C2D3.1757001234/msa.hinet.net", params=" report-type=delivery-status;")
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@msa.hinet.net>", "Returned mail: see transcript for details",
             date, "202509040153.5AB1C2D4@msa.hinet.net", to="lin@example.com.tw", extra=["Auto-Submitted: auto-generated (failure)"])
    return "\n".join(h) + "\n" + body


add("hinet-sendmail-34.eml", "Sendmail", hinet_sendmail(
    "x", "wu.chen@partner-example.com.tw", "550 5.1.1 <wu.chen@partner-example.com.tw>... User unknown",
    "Thu, 4 Sep 2025 09:53:12 +0800"),
    [E("5.1.1", "550", "userunknown")])


def sina_notice(name, rcpt, tech, date, subj):
    """Sina's plain 系统退信 notice (GBK, quoted-printable), no DSN."""
    m = Mime("sina.com", BODY_ZH)
    text = ("这是新浪邮箱系统退信通知。\n\n您发往 %s 的邮件（主题：%s）未能投递成功。\n原因：收件人邮箱空间不足。\n\n"
            "服务器返回信息：\n%s\n\n新浪邮箱\n") % (rcpt, subj, tech)
    h = hdrs("%s <mailer-daemon@sina.com>" % mimeword("新浪邮箱", "GBK"), mimeword("系统退信", "GBK"), date,
             "sina.%d@sina.com" % len(rcpt), to="zhang.wei@sina.com")
    return "\n".join(h) + "\n" + m.part("text/plain", text, "qp", "GBK")


add("sina-notice-35.eml", "Sina", sina_notice(
    "x", "qin.lan@corp-example.com.cn", "552 Requested mail action aborted: exceeded storage allocation",
    "Tue, 7 Oct 2025 20:14:30 +0800", "周末聚会"),
    [E("5.0.922", "552", "mailboxfull")])


def cm139_notice(name, rcpt, tech, date, subj):
    """139 Mail's notice (GB2312 base64 html), no DSN."""
    m = Mime("139.com", BODY_ZH)
    html = ("<html><body><p>尊敬的用户：</p><p>您于 %s 发送给 %s 的邮件《%s》投递失败。</p>"
            "<p>失败原因：收件人地址不存在。</p><p>服务器返回：%s</p><p>中国移动 139邮箱</p></body></html>") % (
        date, rcpt, subj, tech)
    h = hdrs("%s <postmaster@139.com>" % mimeword("139邮箱", "GB2312"), mimeword("邮件投递失败通知", "GB2312"), date,
             "139.%d@139.com" % len(rcpt), to="13900001111@139.com")
    return "\n".join(h) + "\n" + m.part("text/html", html, "base64", "GB2312")


add("cm139-notice-36.eml", "139", cm139_notice(
    "x", "tang.yu@school-example.edu.cn", "550 User not found: tang.yu@school-example.edu.cn",
    "2025-12-01 10:45:00", "家长会通知"),
    [E("5.0.911", "550", "userunknown")])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, SETS)
