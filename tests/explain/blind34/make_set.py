#!/usr/bin/env python3
"""make_set.py: writes blind34 (emails/*.eml and labels.jsonl): bounces as
they reach a help desk, forwarded, replied-to and attached by the user who
got them.  Each message wraps one bounce (or a delay notice, an auto-reply,
a success report) from a common MTA or provider: Postfix, Exim, Exchange
and Exchange Online, Gmail, Sendmail and qmail (blindmta.py's builders, in
their one-line forms), Alibaba Mail, Tencent Exmail / QQ Mail and NetEase
163 (this file's builders).  The wrappers are this file's: Outlook desktop
("-----Original Message-----") and OWA / new Outlook (the "From: ... Sent:
... To: ... Subject:" block), Gmail, Apple Mail, Thunderbird (text and its
HTML header table), QQ Mail / Foxmail ("原始邮件", "Original"), 163 / 126
("转发邮件信息"), Alibaba Mail's dashed line with "主　题", replies quoting
with "> " (one and two levels), forwards as message/rfc822 attachments and
as an .eml in application/octet-stream base64.  Deterministic.
Usage: make_set.py [OUTDIR] [INNERDIR]: INNERDIR, when given, receives each
wrapped bounce alone (the check of the labels with Sisimai)."""
import base64
import email
import email.policy
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, Mime, b64, dsn, hdrs, mimeword, qp, rec, write_set  # noqa: E402
import blindmta  # noqa: E402
from blindmta import SETS, SUBJECTS, date, exim, exo, gmail, nth, pf, qid, qmail, sendmail  # noqa: E402

OUT = []          # (name, engine, message, expected)
INNER = {}        # name -> the wrapped message alone


# --------------------------------------------------------------------------
# The wrapped messages.  Each builder returns a dict: msg (the whole
# message), frm, to, date, subject (its header values), text (what a mail
# program shows of it), exp (its expected bounces), engine.
# --------------------------------------------------------------------------

def _shown(msg):
    """The header values and the shown text of a message."""
    m = email.message_from_string(msg, policy=email.policy.compat32)
    text = None
    for p in m.walk():
        if p.get_content_type() == "text/plain" and not text:
            pl = p.get_payload(decode=True)
            text = pl.decode(p.get_content_charset() or "utf-8", "replace")
    if text is None:
        text = m.get_payload() if not m.is_multipart() else ""
    dec = lambda v: str(email.header.make_header(email.header.decode_header(v))) if v else ""
    return {"frm": dec(m["From"]), "to": dec(m["To"]), "date": m["Date"], "subject": dec(m["Subject"]),
            "text": text.replace("\r\n", "\n")}


def mta(builder, *args, subs=(), text_exp=None, **kw):
    """One of blindmta's builders, its message taken back from SETS (subs:
    (old, new) replacements where the builder's form differs from the MTA's;
    text_exp: the expected bounces of its text alone, where they differ
    from the whole message's: a status only its DSN part carries)."""
    builder("x", *args, **kw)
    _, engine, msg, exp = SETS.pop()
    for a, b in subs:
        msg = msg.replace(a, b)
    d = _shown(msg)
    d.update(msg=msg, exp=exp, engine=engine)
    if text_exp:
        d["text_exp"] = text_exp
    return d


def cn_notice(kind, rcpt, reply, exp, snd, subject_orig, reason_cn, html_only=False):
    """A Chinese provider's own bounce notice (no DSN): kind alimail,
    exmail, qq, netease."""
    i = nth()
    d = date(i)
    if kind == "alimail":
        frm = "MAILER-DAEMON <MAILER-DAEMON@%s>" % snd.split("@")[1]
        frm_show = "系统管理员<MAILER-DAEMON@%s>" % snd.split("@")[1]
        subj = "系统退信"
        text = ("您好，\n\n很抱歉，您发送的邮件未能成功投递到以下收件人：\n\n    %s\n\n"
                "退信原因：%s\n对方服务器返回信息：%s\n\n"
                "原邮件主题：%s\n原邮件发送时间：%s\n\n"
                "此邮件为系统自动发送，请勿直接回复。\n\n"
                "------------------------------------------------------------------\n"
                "Your message could not be delivered to: %s\nReason: %s\n") % (
            rcpt, reason_cn, reply, subject_orig, d, rcpt, reply)
    elif kind in ("exmail", "qq"):
        frm = "PostMaster <PostMaster@%s>" % ("qq.com" if kind == "qq" else "exmail.qq.com")
        frm_show = frm
        subj = "退信：%s" % subject_orig
        text = ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
                "被退回的邮件：\n主　　题：%s\n时　　间：%s\n收件人：%s\n\n"
                "退信原因：\n%s\n\n%s\n\n"
                "建议解决方案：\n请检查收件人邮箱地址是否正确，或联系收件人确认。\n\n"
                "此为系统邮件，请勿回复\n") % (subject_orig, d, rcpt, reason_cn, reply)
    else:
        frm = "Postmaster <Postmaster@%s>" % snd.split("@")[1]
        frm_show = frm
        subj = "系统退信"
        text = ("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间：%s\n主　题：%s\n收件人：%s\n\n"
                "退信原因：\n%s\n\n收件方服务器返回：\n%s\n\n"
                "如需帮助，请访问 https://help.mail.163.com\n") % (d, subject_orig, rcpt, reason_cn, reply)
    h = hdrs(mimeword(frm.split(" <")[0]) + " <" + frm.split(" <")[1], mimeword(subj), d,
             "%s.%d@%s" % (qid(i).lower(), i, frm.split("@")[1].rstrip(">")), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    hb = "<html><body><div>%s</div></body></html>" % html.escape(text).replace("\n", "<br>\n")
    if html_only:
        body = "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(hb) + "\n"
    else:
        m = Mime("x", "")
        body = m.multipart("alternative", [m.part("text/plain", text, "base64", "utf-8"),
                                           m.part("text/html", hb, "base64", "utf-8")],
                           "----=_Part_%d_%s" % (i, qid(i)), preamble="")
    return {"msg": "\n".join(h) + "\n" + body, "frm": frm_show, "to": snd, "date": d, "subject": subj,
            "text": text, "exp": exp, "engine": "none"}


def vacation(rcpt, snd, text, subj, zh=False):
    i = nth()
    d = date(i)
    h = hdrs("%s <%s>" % (rcpt.split("@")[0].title(), rcpt), mimeword(subj) if zh else subj, d,
             "vac%d.%s@%s" % (i, qid(i).lower(), rcpt.split("@")[1]), to=snd,
             extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk",
                    "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"])
    h[0] = "Return-Path: <%s>" % rcpt
    return {"msg": "\n".join(h) + "\n\n" + text, "frm": "%s <%s>" % (rcpt.split("@")[0].title(), rcpt), "to": snd,
            "date": d, "subject": subj, "text": text, "exp": [E("", "", "vacation", False)], "engine": "RFC3834"}


def success(rcpt, snd, host="mail.example.com"):
    """Postfix's success report (a DSN asked with NOTIFY=SUCCESS)."""
    i = nth()
    m = Mime("out1.example.com with ESMTPSA id %s" % qid(i)[:8], blindmta.BODY, sender=snd)
    q = qid(i)
    text = ("This is the mail system at host %s.\n\nYour message was successfully delivered to the destination(s)\n"
            "listed below. If the message was delivered to mailbox you will receive no\nfurther notifications. "
            "Otherwise you may still receive notifications of\nmail delivery errors from other systems.\n\n"
            "                   The mail system\n\n<%s>: delivery via mx.example.org[198.51.100.7]:25: 250 2.0.0 Ok:\n"
            "    queued as 4Yq2Lm0Xk9z9\n") % (host, rcpt)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, date(i, 3))
    r = rec(rcpt, "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4Yq2Lm0Xk9z9", "mx.example.org")
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, "Successful Mail Delivery Report", date(i),
             "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-replied"])
    body = m.multipart("report", [m.part("text/plain", text, extra=["Content-Description: Notification"]),
                                  dsn(per, [r], desc="Delivery report"),
                                  m.returned(rcpt, SUBJECTS[i % 10], date(i, 2), "%s@example.com" % q.lower(),
                                             "headers", desc="Message Headers")],
                       "%s.%d/%s" % (q, 1764000000 + i, host), params=" report-type=delivery-status;")
    msg = "\n".join(h) + "\n" + body
    d = _shown(msg)
    d.update(msg=msg, exp=[E("2.0.0", "250", "delivered", False)], engine="Postfix")
    return d


# --------------------------------------------------------------------------
# The wrappers
# --------------------------------------------------------------------------

USERS = [("Dana Kim", "dana@example.com"), ("Li Wei", "liwei@corp.example.cn"), ("Tom Baker", "tom.b@shop.example"),
         ("王芳", "wangfang@example.com.cn"), ("Kenji Ito", "k.ito@example.jp"), ("Sara Lopez", "sara@example.org")]
DESKS = ["IT Help Desk <helpdesk@example.com>", "support@corp.example.cn", "it-support@shop.example",
         "\"Mail Admin\" <mailadmin@example.org>", "servicedesk@example.jp"]


NAMES = {"dana@example.com": "Dana Kim", "liwei@corp.example.cn": "Li Wei", "tom.b@shop.example": "Tom Baker",
         "wangfang@example.com.cn": "王芳", "k.ito@example.jp": "Kenji Ito", "sara@example.org": "Sara Lopez",
         "wangfang@163.com": "王芳", "xiaoli@163.com": "小李", "billing@shop.example": "Billing Team",
         "news@letters.example.net": "Newsletter", "ops@example.org": "Ops", "sales@example.co.uk": "Sales UK",
         "dana.k@gmail.com": "Dana K", "ops@startup.example": "Ops Team", "jo.r@googlemail.com": "Jo R"}


def user(i, inner=None):
    """The user who forwards: the wrapped message's addressee."""
    if inner:
        to = inner["to"]
        addr = (to.split("<")[-1].rstrip(">") if "<" in to else to).strip().strip('"')
        return NAMES.get(addr, addr.split("@")[0].replace(".", " ").title()), addr
    return USERS[i % len(USERS)]


def top(i, frm, to, subj, extra=(), crlf=False, date_=None):
    """A user's message header (from frm to to), without Content-Type."""
    subj = subj if all(ord(c) < 128 for c in subj) else mimeword(subj)
    frm = frm if all(ord(c) < 128 for c in frm) else mimeword(frm.split(" <")[0]) + " <" + frm.split(" <")[1]
    return ["Return-Path: <%s>" % frm.split("<")[-1].rstrip(">") if "<" in frm else "Return-Path: <%s>" % frm,
            "Received: from [192.168.1.%d] (unknown [198.51.100.%d])\n\tby mail.%s with ESMTPSA id %s\n\tfor <%s>; %s" % (
                20 + i, 40 + i, (to.split("@")[-1]).rstrip(">"), qid(i + 7), to.split("<")[-1].rstrip(">"),
                date_ or date(i + 1, 9)),
            "From: %s" % frm, "To: %s" % to, "Subject: %s" % subj, "Date: %s" % (date_ or date(i + 1, 9)),
            "Message-ID: <%s.%d@%s>" % (qid(i + 3).lower(), i, frm.split("@")[-1].rstrip(">")),
            "MIME-Version: 1.0"] + list(extra)


def named(name, addr):
    return "%s <%s>" % (name, addr) if all(ord(c) < 128 for c in name) else "%s <%s>" % (mimeword(name), addr)


def alt(i, text, hbody, cs="utf-8", enc="qp", order="text"):
    m = Mime("x", "")
    parts = [m.part("text/plain", text, enc, cs), m.part("text/html", hbody, enc, cs)]
    if order == "html":
        parts.reverse()
    return m.multipart("alternative", parts, "000000000000%s%04d" % (qid(i).lower(), i), preamble="")


def hesc(s):
    return html.escape(s).replace("\n", "<br>\n")


def finish(name, inner, hdr, body, crlf=False, inline=True):
    """inline: the wrapper carries the message's text only (a forward in
    the body, a quote), so its label is that text's."""
    msg = "\n".join(hdr) + "\n" + body
    if crlf:
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    OUT.append((name + ".eml", inner["engine"], msg, inner.get("text_exp", inner["exp"]) if inline else inner["exp"]))
    INNER[name + ".eml"] = inner["msg"]


def w_outlook(name, inner, note, style="orig", html_order="text", crlf=True):
    """Outlook desktop: "-----Original Message-----" (style orig) or the
    underscore line and the bold header block (style owa)."""
    i = nth()
    uname, uaddr = user(i, inner)
    desk = DESKS[i % len(DESKS)]
    sent = "Tuesday, November 18, 2025 10:%02d AM" % (i % 60)
    if style == "orig":
        head = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (
            inner["frm"], sent, inner["to"], inner["subject"])
    else:
        head = "________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (
            inner["frm"], sent, inner["to"], inner["subject"])
    text = note + "\n\n" + ("%s\n\n" % uname) + head + inner["text"]
    hb = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
          "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>"
          "<body lang=\"EN-US\"><div class=\"WordSection1\"><p class=\"MsoNormal\">%s</p><p class=\"MsoNormal\">%s</p>"
          "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
          "<p class=\"MsoNormal\"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>"
          "<p class=\"MsoNormal\">%s</p></div></body></html>") % (
        hesc(note), hesc(uname), hesc(inner["frm"]), sent, hesc(inner["to"]), hesc(inner["subject"]),
        hesc(inner["text"]))
    subj = ("FW: " if style == "orig" else "Fw: ") + inner["subject"]
    hdr = top(i, named(uname, uaddr), desk, subj,
              extra=["Thread-Topic: %s" % inner["subject"] if all(ord(c) < 128 for c in inner["subject"]) else
                     "Thread-Topic: %s" % mimeword(inner["subject"]),
                     "Thread-Index: AdpZ%sQ==" % qid(i), "Content-Language: en-US",
                     "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])
    finish(name, inner, hdr, "Content-Type: " + alt(i, text, hb, order=html_order)[len("Content-Type: "):], crlf)


def w_gmail(name, inner, note):
    i = nth()
    uname, uaddr = user(i, inner)
    head = "---------- Forwarded message ---------\nFrom: %s\nDate: Tue, Nov 18, 2025 at 10:%02d AM\nSubject: %s\nTo: %s\n\n" % (
        inner["frm"], i % 60, inner["subject"], inner["to"])
    text = note + "\n\n" + head + "\n" + inner["text"]
    hb = ("<div dir=\"ltr\"><div>%s</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
          "---------- Forwarded message ---------<br>From: <strong class=\"gmail_sendername\" dir=\"auto\">%s</strong>"
          "<br>Date: Tue, Nov 18, 2025 at 10:%02d AM<br>Subject: %s<br>To: %s<br></div><br><br>%s</div></div>") % (
        hesc(note), hesc(inner["frm"]), i % 60, hesc(inner["subject"]), hesc(inner["to"]), hesc(inner["text"]))
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], "Fwd: " + inner["subject"])
    finish(name, inner, hdr, alt(i, text, hb))


def w_apple(name, inner, note):
    i = nth()
    uname, uaddr = user(i, inner)
    head = "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: 18 November 2025 at 10:%02d:11 GMT\nTo: %s\n\n" % (
        inner["frm"], inner["subject"], i % 60, inner["to"])
    text = note + "\n\n" + head + inner["text"]
    hb = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
          "<body style=\"overflow-wrap: break-word;\">%s<br><div><br><blockquote type=\"cite\"><div>Begin forwarded "
          "message:</div><br><div><span><b>From: </b></span>%s<br></div><div><span><b>Subject: </b></span><b>%s</b><br>"
          "</div><div><span><b>Date: </b></span>18 November 2025 at 10:%02d:11 GMT<br></div><div><span><b>To: </b></span>%s"
          "<br></div><br><div>%s</div></blockquote></div></body></html>") % (
        hesc(note), hesc(inner["frm"]), hesc(inner["subject"]), i % 60, hesc(inner["to"]), hesc(inner["text"]))
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], "Fwd: " + inner["subject"],
              extra=["X-Mailer: Apple Mail (2.3826.300.87.4.3)"])
    m = Mime("x", "")
    body = m.multipart("alternative", [m.part("text/plain", text, "qp", "utf-8"),
                                       m.part("text/html", hb, "qp", "utf-8")], "Apple-Mail=_%s-%04d" % (qid(i), i),
                       preamble="")
    finish(name, inner, hdr, body)


def w_thunderbird(name, inner, note, as_html=False):
    i = nth()
    uname, uaddr = user(i, inner)
    head = "\n\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n\n\n\n" % (
        inner["subject"], inner["date"], inner["frm"], inner["to"])
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], "Fwd: " + inner["subject"],
              extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"])
    m = Mime("x", "")
    if not as_html:
        body = m.part("text/plain", note + head + inner["text"], "8bit", "UTF-8") + ""
        body = body.replace("charset=UTF-8", "charset=UTF-8; format=flowed")
        finish(name, inner, hdr, body)
        return
    rows = "".join("<tr><th valign=\"BASELINE\" nowrap=\"nowrap\" align=\"RIGHT\">%s: </th><td>%s</td></tr>" % (
        k, hesc(v)) for k, v in (("Subject", inner["subject"]), ("Date", inner["date"]), ("From", inner["frm"]),
                                 ("To", inner["to"])))
    hb = ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head>"
          "<body><p>%s</p><div class=\"moz-forward-container\"><br><br>-------- Forwarded Message --------\n"
          "<table class=\"moz-email-headers-table\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tbody>%s</tbody>"
          "</table><br><br><pre class=\"moz-quote-pre\" wrap=\"\">%s</pre></div></body></html>") % (
        hesc(note), rows, html.escape(inner["text"]))
    body = m.part("text/html", hb, "8bit", "UTF-8")
    finish(name, inner, hdr, body)


def cn_date(i):
    return "2025年11月%d日(星期二) 上午10:%02d" % (18, i % 60)


def qqaddr(s):
    """An address as QQ Mail and Foxmail show it: "name"<addr>."""
    if "<" in s:
        n, a = s.split("<", 1)
        return '"%s"<%s>' % (n.strip().strip('"') or a.split("@")[0], a.rstrip(">"))
    a = s.split(" (")[0].strip()
    return '"%s"<%s>' % (a.split("@")[0], a)


def w_qq(name, inner, note, foxmail=False):
    """QQ Mail's forward (its HTML, GB18030 base64) or Foxmail's."""
    i = nth()
    uname, uaddr = user(i, inner)
    if foxmail:
        head = ("\n\n\n------------------ Original ------------------\nFrom: %s;\nDate: Tue, Nov 18, 2025 10:%02d AM\n"
                "To: %s;\nSubject: %s\n\n") % (qqaddr(inner["frm"]), i % 60, qqaddr(inner["to"]), inner["subject"])
    else:
        head = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: %s;\n发送时间: %s\n收件人: %s;\n"
                "主题: %s\n\n") % (qqaddr(inner["frm"]), cn_date(i), qqaddr(inner["to"]), inner["subject"])
    text = note + head + inner["text"]
    hb = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"><div>%s</div>" % hesc(note) + \
         "<div><br></div><div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">" + \
         hesc(head.strip("\n")).replace(" ", "&nbsp;", 0) + "</div><div><br></div>" + hesc(inner["text"])
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], ("转发：" if not foxmail else "Fw: ") + inner["subject"],
              extra=["X-Mailer: %s" % ("Foxmail 7.2.25.228[cn]" if foxmail else "QQMail 2.x")])
    body = alt(i, text, hb, cs="GB18030", enc="base64")
    finish(name, inner, hdr, body)


def w_163(name, inner, note):
    i = nth()
    uname, uaddr = user(i, inner)
    head = ("\n\n\n\n-------- 转发邮件信息 --------\n发件人：%s\n发送日期：2025-11-18 10:%02d:11\n收件人：%s\n主题：%s\n\n") % (
        inner["frm"], i % 60, inner["to"], inner["subject"])
    text = note + head + inner["text"]
    hb = "<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">%s<br><br>%s</div>" % (
        hesc(note), hesc(head.strip("\n") + "\n\n" + inner["text"]))
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], "Fw:" + inner["subject"],
              extra=["X-Originating-IP: [198.51.100.%d]" % (60 + i), "X-Priority: 3",
                     "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"])
    body = alt(i, text, hb, cs="GBK", enc="base64")
    finish(name, inner, hdr, body)


def w_alimail(name, inner, note):
    i = nth()
    uname, uaddr = user(i, inner)
    head = ("\n\n------------------------------------------------------------------\n发件人：%s\n发送时间：%s\n"
            "收件人：%s\n主　题：%s\n\n") % (inner["frm"], "2025年11月18日(星期二) 10:%02d" % (i % 60), inner["to"],
                                        inner["subject"])
    text = note + head + inner["text"]
    hb = ("<div class=\"__aliyun_email_body_block\"><div style=\"line-height:1.7;font-size:14px;\">%s</div>"
          "<blockquote style=\"margin-right:0;margin-top:0;margin-bottom:0;\"><div style=\"line-height:20px;"
          "clear:both;\">%s</div></blockquote></div>") % (hesc(note), hesc(head.strip("\n") + "\n\n" + inner["text"]))
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], "转发：" + inner["subject"],
              extra=["X-Mailer: Alimail-Mailagent revision 4"])
    body = alt(i, text, hb, cs="UTF-8", enc="base64")
    finish(name, inner, hdr, body)


def w_reply(name, inner, note, levels=1, desk_reply=None):
    """A reply quoting the bounce with "> " (levels 2: the help desk's reply
    quoting the user's, which quoted the bounce)."""
    i = nth()
    uname, uaddr = user(i, inner)
    q1 = "On %s, %s wrote:\n" % (inner["date"], inner["frm"]) + "".join(
        ("> " + l if l else ">") + "\n" for l in inner["text"].split("\n"))
    text = note + "\n\n" + q1
    frm, to = named(uname, uaddr), DESKS[i % len(DESKS)]
    subj = "Re: " + inner["subject"]
    if levels == 2:
        q2 = "On Tue, Nov 18, 2025 at 11:%02d AM %s <%s> wrote:\n" % (i % 60, uname, uaddr) + "".join(
            ("> " + l if not l.startswith(">") and l else ">" + l if l else ">") + "\n" for l in text.split("\n"))
        text = desk_reply + "\n\n" + q2
        frm, to = to, named(uname, uaddr)
        subj = "RE: " + subj
    hdr = top(i, frm, to, subj, extra=["In-Reply-To: <%s@example>" % qid(i + 4).lower()])
    m = Mime("x", "")
    finish(name, inner, hdr, m.part("text/plain", text, "qp" if levels == 2 else "8bit", "utf-8"))


def w_attach(name, inner, note, kind="rfc822", fname=None, client="outlook"):
    """The bounce attached: message/rfc822 (forward as attachment) or an
    .eml file as application/octet-stream in base64."""
    i = nth()
    uname, uaddr = user(i, inner)
    m = Mime("x", "")
    tpart = m.part("text/plain", note + "\n", "8bit" if client != "outlook" else "qp", "utf-8")
    if client == "outlook":
        hb = "<html><body><div class=\"WordSection1\"><p class=\"MsoNormal\">%s</p></div></body></html>" % hesc(note)
        tpart = alt(i, note + "\n", hb)
    fname = fname or "%s.eml" % (inner["subject"] if all(ord(c) < 128 for c in inner["subject"]) else "退信")
    fparam = fname if all(ord(c) < 128 for c in fname) else mimeword(fname)
    if kind == "rfc822":
        att = "Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename=\"%s\"\n\n%s" % (
            fparam, inner["msg"].rstrip("\n") + "\n")
    else:
        att = ("Content-Type: application/octet-stream;\n\tname=\"%s\"\nContent-Transfer-Encoding: base64\n"
               "Content-Disposition: attachment;\n\tfilename=\"%s\"\n\n%s\n") % (
            fparam, fparam, b64(inner["msg"].encode("utf-8")))
    subj = ("FW: " if client == "outlook" else "Fwd: ") + inner["subject"]
    hdr = top(i, named(uname, uaddr), DESKS[i % len(DESKS)], subj,
              extra=(["X-MS-Has-Attach: yes", "Content-Language: en-US"] if client == "outlook" else
                     ["User-Agent: Mozilla Thunderbird"]))
    body = m.multipart("mixed", [tpart, att], "_004_%s%04d_" % (qid(i), i), preamble="")
    finish(name, inner, hdr, body, crlf=(client == "outlook"), inline=False)


# --------------------------------------------------------------------------
# The batch
# --------------------------------------------------------------------------

GM, GMIP = "gmail-smtp-in.l.google.com", "142.250.27.26"
EN = ["Hi, can you see why this failed?", "Hello IT,\n\nI keep getting this back when I email our supplier. "
      "What does it mean?", "This bounced again. Please check.", "Could you help? My email to the client didn't go through.",
      "FYI - got this after sending the invoice. Is it on our side?", "Hi support, another undeliverable. Thanks"]
ZH = ["这封退信是什么意思？麻烦帮忙看一下。", "你好，发给客户的邮件被退回来了，是我们这边的问题吗？",
      "邮件又被退回了，请帮忙查一下原因，谢谢！", "我昨天发的邮件收到了这个，能帮忙看看吗", "帮忙看下为什么发不出去"]


def en(i):
    return EN[i % len(EN)]


def zh(i):
    return ZH[i % len(ZH)]


def gm_nouser(r):
    return ("550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
            "the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to "
            "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s - gsmtp" % blindmta.gsig(len(r)))


def build():
    UU = lambda st="5.1.1", rc="550": [E(st, rc, "userunknown")]
    # ---- Outlook desktop, "-----Original Message-----" (CRLF) ----
    w_outlook("outlook-postfix-nouser-01", mta(pf, "j.smith@partner.example", "mx1.partner.example", "203.0.113.21",
                                               "550 5.1.1 <j.smith@partner.example>: Recipient address rejected: "
                                               "User unknown in virtual mailbox table", UU()), en(0))
    w_outlook("outlook-gmail-nouser-02", mta(pf, "acme.orders@gmail.com", GM, GMIP, gm_nouser("a"), UU()), en(1))
    w_outlook("outlook-exim-full-03", mta(exim, "m.rossi@studio.example.it", "mx.studio.example.it", "203.0.113.33",
                                          ["552 5.2.2 <m.rossi@studio.example.it>: Mailbox quota exceeded"],
                                          [E("5.2.2", "552", "mailboxfull")]), en(2))
    w_outlook("outlook-sendmail-nouser-04", mta(sendmail, "kevin@oldco.example", "mail.oldco.example", "203.0.113.44",
                                                "550 5.1.1 <kevin@oldco.example>... User unknown", UU()), en(3))
    w_outlook("outlook-pf-delay-05", mta(pf, "info@slowhost.example", "mx.slowhost.example", "203.0.113.55",
                                         "451 4.3.0 <info@slowhost.example>: Temporary lookup failure", [E("4.3.0", "451", "expired")],
                                         delay=True), en(4))
    w_outlook("outlook-qmail-nouser-06", mta(qmail, "sales@legacy.example.net", "203.0.113.66",
                                             "550 sorry, no mailbox here by that name. (#5.1.1)", UU("5.1.1", "550")), en(5))
    # ---- Outlook / OWA with the bold header block: Exchange NDRs, HTML first in some ----
    w_outlook("owa-exo-notfound-07", mta(exo, "p.novak@contoso-partner.example", "5.1.10",
                                         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                                         "address lookup", UU("5.1.10")), en(0), style="owa")
    w_outlook("owa-exo-quota-08", mta(exo, "finance@fabrikam.example", "5.2.2",
                                      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                                      "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a "
                                      "permanent exception", [E("5.2.2", "554", "mailboxfull")]), en(1), style="owa",
              html_order="html")
    w_outlook("owa-exo-onprem-09", mta(exo, "r.hill@northwind.example", "5.1.1",
                                       "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", UU(), style="onprem"),
              en(2), style="owa")
    w_outlook("owa-exo-relay-10", mta(exo, "contact@tailspin.example", "5.7.64",
                                      "550 5.7.64 TenantAttribution; Relay Access Denied", [E("5.7.64", "550", "norelaying")]),
              en(3), style="owa", html_order="html")
    w_outlook("owa-gmail-dmarc-11", mta(gmail, "buyer@gmail.com", GM, GMIP,
                                        "550-5.7.26 Unauthenticated email from example.com is not accepted due to "
                                        "domain's 550-5.7.26 DMARC policy. Please contact the administrator of "
                                        "example.com 550 5.7.26 domain if this was an error. - gsmtp",
                                        [E("5.7.26", "550", "authfailure")], head="blocked"), en(4), style="owa")
    w_outlook("owa-pf-spamhaus-12", mta(pf, "orders@distributor.example", "mx.distributor.example", "203.0.113.77",
                                        "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using "
                                        "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10",
                                        [E("5.7.1", "554", "blocked")]), en(5), style="owa")
    # ---- Gmail "---------- Forwarded message ---------" ----
    w_gmail("gmail-fwd-gmail-nouser-13", mta(gmail, "jon.doe1987@gmail.com", GM, GMIP, gm_nouser("ab"), UU(),
                                             head="notfound"), en(0))
    w_gmail("gmail-fwd-pf-relay-14", mta(pf, "admin@closed.example", "mail.closed.example", "203.0.113.88",
                                         "554 5.7.1 <admin@closed.example>: Relay access denied",
                                         [E("5.7.1", "554", "norelaying")]), en(1))
    w_gmail("gmail-fwd-exim-nouser-15", mta(exim, "bob@small.example", "mail.small.example", "203.0.113.91",
                                            ["550 5.1.1 <bob@small.example>: Recipient address rejected: User unknown "
                                             "in local recipient table"], UU()), en(2))
    w_gmail("gmail-fwd-gmail-delay-16", mta(gmail, "team@busy.example", "mx.busy.example", "203.0.113.99",
                                            "421 4.4.2 mx.busy.example Error: timeout exceeded",
                                            [E("4.4.2", "421", "networkerror")], head="delay"), en(3))
    w_gmail("gmail-fwd-exo-blocked-17", mta(exo, "hr@woodgrove.example", "5.7.1",
                                            "550 5.7.1 Service unavailable, Client host [209.85.220.41] blocked using "
                                            "Spamhaus. To request removal from this list see "
                                            "https://www.spamhaus.org/query/ip/209.85.220.41 (AS3130). "
                                            "[BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]",
                                            [E("5.7.1", "550", "blocked")]), en(4))
    w_gmail("gmail-fwd-vacation-18", vacation("maria@partner.example", "dana@example.com",
                                              "Thank you for your message. I am out of the office until 2 December "
                                              "with limited access to email.\nFor urgent matters please contact "
                                              "office@partner.example.\n\nMaria\n", "Out of Office: Quarterly figures"),
            "Is this a bounce? Did Maria get my mail or not?")
    w_gmail("gmail-fwd-pf-toobig-19", mta(pf, "design@agency.example", "mx.agency.example", "203.0.113.101",
                                          "552 5.3.4 Message size exceeds fixed limit", [E("5.3.4", "552", "mesgtoobig")],
                                          cmd="END-OF-MESSAGE"), en(5))
    # ---- Apple Mail "Begin forwarded message:" ----
    w_apple("apple-pf-nouser-20", mta(pf, "h.mueller@firma.example.de", "mx00.firma.example.de", "203.0.113.111",
                                      "550 5.1.1 <h.mueller@firma.example.de>: Recipient address rejected: "
                                      "undeliverable address: host mbox.firma.example.de said: 550 5.1.1 User unknown",
                                      UU()), en(0))
    w_apple("apple-gmail-full-21", mta(gmail, "grandma.lee@gmail.com", GM, GMIP,
                                       "552-5.2.2 The recipient's inbox is out of storage space. Please direct the "
                                       "552-5.2.2 recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm - gsmtp",
                                       [E("5.2.2", "552", "mailboxfull")]), en(1))
    w_apple("apple-exim-delay-22", mta(exim, "booking@hotel.example", "mx.hotel.example", "203.0.113.122",
                                       ["451 4.7.1 Greylisting in action, please come back later"],
                                       [E("4.7.1", "451", "expired")], delay=True), en(2))
    w_apple("apple-exo-nouser-23", mta(exo, "legal@litware.example", "5.1.1",
                                       "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", UU()), en(3))
    w_apple("apple-success-24", success("client@bigcorp.example", "dana@example.com"),
            "I asked for a delivery receipt and got this. Does it mean they received it?")
    # ---- Thunderbird: plain and its HTML header table ----
    w_thunderbird("thunderbird-pf-nouser-25", mta(pf, "noreply-test@vendor.example", "mx.vendor.example",
                                                  "203.0.113.131", "550 5.1.1 <noreply-test@vendor.example>: "
                                                  "Recipient address rejected: User unknown", UU()), en(0))
    w_thunderbird("thunderbird-exim-full-26", mta(exim, "anna@family.example", "mx.family.example", "203.0.113.135",
                                                  ["452 4.2.2 <anna@family.example>: Mailbox is full"],
                                                  [E("4.2.2", "452", "expired")], delay=True), en(1), as_html=True)
    w_thunderbird("thunderbird-pf-hostunknown-27", mta(pf, "info@nonexistent-domain.example", "x", "x", "x",
                                                       [E("5.4.4", "", "hostunknown")], subs=(("Status: 5.4.1", "Status: 5.4.4"),),
                                                       text_exp=[E("5.0.912", "", "hostunknown")],
                                                       conn="Host or domain name not found. Name service error for "
                                                            "name=nonexistent-domain.example type=MX: Host not found"),
                  en(2))
    w_thunderbird("thunderbird-sendmail-relay-28", mta(sendmail, "sales@other.example", "mail.other.example",
                                                       "203.0.113.140", "550 5.7.1 <sales@other.example>... Relaying denied",
                                                       [E("5.7.1", "550", "norelaying")]), en(3), as_html=True)
    w_thunderbird("thunderbird-gmail-blocked-29", mta(gmail, "partner@gmail.com", GM, GMIP,
                                                      "550-5.7.1 [192.0.2.10] Our system has detected that this message "
                                                      "is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam "
                                                      "sent to Gmail, 550-5.7.1 this message has been blocked. 550 5.7.1  "
                                                      "https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp",
                                                      [E("5.7.1", "550", "spamdetected")], head="blocked"), en(4))
    # ---- QQ Mail / Foxmail ----
    w_qq("qq-exmail-nouser-30", cn_notice("exmail", "zhangsan@client.example.cn",
                                          "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                                          [E("5.0.911", "550", "userunknown")], "liwei@corp.example.cn", "报价单",
                                          "收件人邮箱地址不存在"), zh(0))
    w_qq("qq-pf-qq-spam-31", mta(pf, "12345678@qq.com", "mx3.qq.com", "203.205.221.210",
                                 "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
                                 [E("5.0.0", "550", "spamdetected")], text_exp=[E("5.0.980", "550", "spamdetected")]),
         zh(1))
    w_qq("qq-qq-full-32", cn_notice("qq", "88886666@qq.com",
                                    "552 5.2.2 Quota exceeded or mailbox is full",
                                    [E("5.2.2", "552", "mailboxfull")], "wangfang@example.com.cn", "会议通知",
                                    "收件人邮箱空间已满"), zh(2))
    w_qq("foxmail-pf-163-nouser-33", mta(pf, "wrongname@163.com", "163mx01.mxmail.netease.com", "220.181.12.11",
                                         "550 User not found: wrongname@163.com", [E("5.0.0", "550", "userunknown")],
                                         text_exp=[E("5.0.911", "550", "userunknown")]),
         zh(3), foxmail=True)
    w_qq("foxmail-exo-nouser-34", mta(exo, "ops@adventure-works.example", "5.1.10",
                                      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                      UU("5.1.10")), en(0), foxmail=True)
    w_qq("qq-vacation-zh-35", vacation("chenjing@supplier.example.cn", "liwei@corp.example.cn",
                                       "您好，我正在休假，11月25日返回办公室，期间邮件回复可能延迟。紧急事务请联系 13800000000。\n\n陈静\n",
                                       "自动回复: 报价单", zh=True), "这个是退信吗？对方到底收到没有？")
    # ---- 163 / 126 ----
    w_163("netease-163-nouser-36", cn_notice("netease", "lisi@partner.example.cn",
                                             "550 5.1.1 <lisi@partner.example.cn>: Recipient address rejected: User unknown",
                                             UU(), "wangfang@163.com", "合同", "收件人地址不存在"), zh(4))
    w_163("netease-163-spam-37", cn_notice("netease", "buyer@overseas.example",
                                           "554 5.7.1 Message rejected as spam by Content Filtering.",
                                           [E("5.7.1", "554", "spamdetected")], "wangfang@163.com", "产品目录",
                                           "邮件被对方服务器判定为垃圾邮件"), zh(0))
    w_163("netease-pf-gmail-nouser-38", mta(pf, "xiao.ming.2000@gmail.com", GM, GMIP, gm_nouser("abc"), UU()), zh(1))
    w_163("netease-exim-nouser-39", mta(exim, "info@shopfront.example", "mail.shopfront.example", "203.0.113.150",
                                        ["550 No such user here"], [E("5.0.911", "550", "userunknown")]), zh(2))
    w_163("netease-pf-delay-40", mta(pf, "kefu@slow.example.cn", "mx.slow.example.cn", "203.0.113.155",
                                     "421 4.7.0 Too many connections, please try again later",
                                     [E("4.7.0", "421", "toomanyconn")], delay=True), zh(3))
    # ---- Alibaba Mail ----
    w_alimail("alimail-alimail-nouser-41", cn_notice("alimail", "zhaoliu@customer.example.cn",
                                                     "host mx.customer.example.cn[203.0.113.160] said: 550 5.1.1 "
                                                     "<zhaoliu@customer.example.cn>: Recipient address rejected: "
                                                     "User unknown in local recipient table (in reply to RCPT TO command)",
                                                     UU(), "liwei@corp.example.cn", "发货通知", "收件人不存在"), zh(4))
    w_alimail("alimail-alimail-full-42", cn_notice("alimail", "sunqi@factory.example.cn",
                                                   "host mx.factory.example.cn[203.0.113.161] said: 552 5.2.2 "
                                                   "<sunqi@factory.example.cn>: Mailbox full (in reply to RCPT TO command)",
                                                   [E("5.2.2", "552", "mailboxfull")], "liwei@corp.example.cn",
                                                   "对账单", "收件人邮箱已满"), zh(0))
    w_alimail("alimail-pf-qq-nouser-43", mta(pf, "99990000@qq.com", "mx1.qq.com", "203.205.221.211",
                                             "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                                             [E("5.0.0", "550", "userunknown")],
                                             text_exp=[E("5.0.911", "550", "userunknown")]), zh(1))
    w_alimail("alimail-exo-spam-44", mta(exo, "purchasing@proseware.example", "5.7.1",
                                         "550 5.7.1 Message rejected as spam by Content Filtering.",
                                         [E("5.7.1", "550", "spamdetected")]), zh(2))
    w_alimail("alimail-alimail-dmarc-45", cn_notice("alimail", "partner@gmail.com",
                                                    "host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.7.26 "
                                                    "Unauthenticated email from corp.example.cn is not accepted due "
                                                    "to domain's DMARC policy. - gsmtp (in reply to end of DATA command)",
                                                    [E("5.7.26", "550", "authfailure")], "liwei@corp.example.cn",
                                                    "Invoice", "对方服务器拒收：发件域名身份验证失败"), zh(3))
    # ---- replies quoting with "> " ----
    w_reply("reply-pf-nouser-46", mta(pf, "mary@client.example", "mx.client.example", "203.0.113.170",
                                      "550 5.1.1 <mary@client.example>: Recipient address rejected: User unknown",
                                      UU(), plain=True), en(0))
    w_reply("reply-exim-full-47", mta(exim, "jack@isp.example", "mx.isp.example", "203.0.113.171",
                                      ["552 5.2.2 <jack@isp.example>: Mailbox quota exceeded"],
                                      [E("5.2.2", "552", "mailboxfull")]), en(1))
    w_reply("reply2-pf-nouser-48", mta(pf, "paul@agency.example", "mx.agency.example", "203.0.113.172",
                                       "550 5.1.1 <paul@agency.example>: Recipient address rejected: User unknown "
                                       "in virtual alias table", UU(), plain=True), en(2), levels=2,
            desk_reply="Hi,\n\nThe address paul@agency.example does not exist any more at their server. Please check "
                       "it with your contact.\n\nIT Help Desk")
    w_reply("reply2-exim-relay-49", mta(exim, "sales@remote.example", "mx.remote.example", "203.0.113.173",
                                        ["550 relay not permitted"], [E("5.0.909", "550", "norelaying")]), en(3), levels=2,
            desk_reply="Hello,\n\nTheir server refuses to relay for us. We have opened a ticket.\n\nRegards,\nMail Admin")
    w_reply("reply-qmail-nouser-50", mta(qmail, "office@tiny.example", "203.0.113.174",
                                         "550 5.1.1 sorry, no mailbox here by that name. (#5.1.1)", UU()), zh(4))
    w_reply("reply-exim-delay-51", mta(exim, "shop@overload.example", "mx.overload.example", "203.0.113.175",
                                       ["452 4.3.1 Insufficient system storage"], [E("4.3.1", "452", "expired")],
                                       delay=True), en(4))
    w_reply("reply2-vacation-52", vacation("tanaka@partner.example.jp", "k.ito@example.jp",
                                           "I am out of the office until 5 January with no access to email.\n"
                                           "Your message will not be forwarded.\n\nTanaka\n",
                                           "Automatic reply: Project kickoff"), en(5), levels=2,
            desk_reply="Hi,\n\nThat one is just an out-of-office reply, your message was delivered.\n\nHelp Desk")
    w_reply("reply-pf-mx-gmail-full-53", mta(pf, "olduser@gmail.com", GM, GMIP,
                                             "452-4.2.2 The recipient's inbox is out of storage space. Please direct "
                                             "the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
                                             [E("4.2.2", "452", "mailboxfull")], delay=True, plain=True), en(0))
    # ---- forward as attachment: message/rfc822 ----
    w_attach("attach-pf-nouser-54", mta(pf, "claire@bureau.example.fr", "mx.bureau.example.fr", "203.0.113.180",
                                        "550 5.1.1 <claire@bureau.example.fr>: Recipient address rejected: User unknown",
                                        UU()), en(1))
    w_attach("attach-exo-notfound-55", mta(exo, "it@fourthcoffee.example", "5.1.10",
                                           "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                                           "address lookup", UU("5.1.10")), en(2), fname="Undeliverable Weekly report.msg.eml")
    w_attach("attach-gmail-delay-56", mta(gmail, "events@venue.example", "mx.venue.example", "203.0.113.185",
                                          "452 4.2.2 <events@venue.example>: Mailbox full",
                                          [E("4.2.2", "452", "mailboxfull")], head="delay"), en(3),
             client="thunderbird")
    w_attach("attach-sendmail-nouser-57", mta(sendmail, "ann@university.example.edu", "mx.university.example.edu",
                                              "203.0.113.190", "550 5.1.1 <ann@university.example.edu>... User unknown",
                                              UU()), zh(0), client="thunderbird")
    w_attach("attach-exim-spam-58", mta(exim, "contact@filter.example", "mx.filter.example", "203.0.113.195",
                                        ["550 5.7.1 Message rejected due to content restrictions: spam score too high"],
                                        [E("5.7.1", "550", "spamdetected")], cmd="end of data"), en(4))
    w_attach("attach-qq-nouser-59", cn_notice("qq", "55554444@qq.com",
                                              "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                                              [E("5.0.911", "550", "userunknown")], "wangfang@example.com.cn",
                                              "报价", "收件人邮箱地址不存在"), zh(1))
    w_attach("attach-success-60", success("ceo@customer.example", "tom.b@shop.example", host="smtp.shop.example"),
             "Got this 'Successful Mail Delivery Report'. Do I need to do anything?", client="thunderbird")
    # ---- forward as an .eml in application/octet-stream (base64) ----
    w_attach("eml-pf-nouser-61", mta(pf, "frank@warehouse.example", "mx.warehouse.example", "203.0.113.200",
                                     "550 5.1.1 <frank@warehouse.example>: Recipient address rejected: User unknown",
                                     UU()), en(5), kind="eml", fname="Undelivered Mail Returned to Sender.eml")
    w_attach("eml-exo-relay-62", mta(exo, "contact@wingtip.example", "5.7.1",
                                     "550 5.7.1 Unable to relay", [E("5.7.1", "550", "norelaying")]),
             zh(2), kind="eml", fname="未送达 Quarterly figures.eml")
    w_attach("eml-alimail-nouser-63", cn_notice("alimail", "wuba@trade.example.cn",
                                                "host mx.trade.example.cn[203.0.113.201] said: 550 5.1.1 "
                                                "<wuba@trade.example.cn>: Recipient address rejected: User unknown "
                                                "(in reply to RCPT TO command)", UU(), "liwei@corp.example.cn",
                                                "样品寄送", "收件人不存在"), zh(3), kind="eml", fname="系统退信.eml",
             client="thunderbird")
    w_attach("eml-gmail-nouser-64", mta(gmail, "support.team@gmail.com", GM, GMIP, gm_nouser("abcd"), UU(),
                                        head="notfound"), en(0), kind="eml", fname="Delivery Status Notification (Failure).eml")
    w_attach("eml-pf-delay-65", mta(pf, "orders@downhost.example", "mx.downhost.example", "203.0.113.205", "x",
                                    [E("4.4.1", "", "expired")],
                                    conn="connect to mx.downhost.example[203.0.113.205]:25: Connection timed out",
                                    delay=True), en(1), kind="eml", fname="Delayed Mail (still being retried).eml",
             client="thunderbird")
    w_attach("eml-vacation-66", vacation("peter@consult.example", "sara@example.org",
                                         "Hello,\n\nI'm away on business travel until Monday 1 December and will "
                                         "answer your email on my return.\n\nBest regards\nPeter\n",
                                         "Auto-Reply: Contract draft v3"), en(2), kind="eml", fname="Auto-Reply.eml")
    # ---- more shapes of the common ones ----
    w_gmail("gmail-fwd-netease-full-67", cn_notice("netease", "zhoujie@126.com",
                                                   "552 5.3.4 Requested mail action aborted: exceeded mailsize limit",
                                                   [E("5.3.4", "552", "mesgtoobig")], "xiaoli@163.com", "设计稿",
                                                   "邮件大小超过对方限制"), zh(4))
    w_outlook("outlook-pf-sender-delay-68", mta(pf, "group@mailhost.example", "mx.mailhost.example", "203.0.113.210",
                                                 "450 4.1.8 <dana@example.com>: Sender address rejected: Domain not found",
                                                 [E("4.1.8", "450", "rejected")], delay=True), en(2))
    w_apple("apple-exo-inbound-69", mta(exo, "ceo@contoso-partner.example", "5.7.1",
                                        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
                                        [E("5.7.1", "550", "securityerror")]), en(3))
    w_reply("reply-sendmail-full-70", mta(sendmail, "support@hosting.example", "mx.hosting.example", "203.0.113.215",
                                          "552 5.2.2 <support@hosting.example>... Mailbox full",
                                          [E("5.2.2", "552", "mailboxfull")]), zh(0))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    build()
    write_set(out, OUT)
    if len(sys.argv) > 2:
        os.makedirs(sys.argv[2], exist_ok=True)
        for name, msg in INNER.items():
            with open(os.path.join(sys.argv[2], name), "w") as f:
                f.write(msg)


if __name__ == "__main__":
    main()
