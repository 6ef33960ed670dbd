"""blindreturned.py: the report forms that the generators of the blind
bounce batches blind41/ and blind42/ share: the batch's messages (add,
nth), its dates, queue ids, senders and subjects, the returned original
(orig, returned: message/rfc822, text/rfc822-headers or inline), MIME
parts, and one builder per reporting system (pf and P: Postfix, exim and
X: Exim, sendmail, exo: Exchange and Exchange Online, gmail, qmail, cn:
Tencent, NetEase and Alibaba Mail's notices)."""
from blindset import POSTFIX_DELAY, POSTFIX_INTRO, b64, dsn, hdrs, qp, raw, rec  # noqa: F401

SETS = []
N = [0]


def nth():
    N[0] += 1
    return N[0]


def date(i, hh=None):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mon = ["Dec", "Jan", "Feb", "Mar", "Apr"][i % 5]
    year = 2025 if mon == "Dec" else 2026
    h = hh if hh is not None else (i * 7) % 24
    zone = ["+0000", "+0100", "-0500", "+0800", "-0700", "+0530"][i % 6]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (days[i % 7], 1 + (i * 5) % 27, mon, year, h, (i * 11) % 60,
                                                  (i * 17) % 60, zone)


def qid(i):
    a = "0123456789ABCDEF"
    return "".join(a[(i * k + 5) % 16] for k in (7, 3, 5, 13, 11, 1, 9, 15, 2, 6))


SENDERS = ["maria@example.com", "alerts@shop.example", "newsletter@news.example.net", "it-desk@example.org",
           "h.sato@example.jp", "accounts@example.co.uk"]


def orig(i, to, subj, body, frm=None, extra=(), kind="message"):
    """The returned original: (header text, body text or None)."""
    frm = frm or SENDERS[i % len(SENDERS)]
    h = ["Return-Path: <%s>" % frm,
         "Received: from [192.0.2.%d] (unknown [192.0.2.%d])\n\tby smtp.%s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
         % (20 + i, 20 + i, frm.split("@")[1], qid(i)[:9], to, date(i, 2)),
         "From: <%s>" % frm, "To: <%s>" % to, "Subject: %s" % subj, "Date: %s" % date(i, 2),
         "Message-ID: <%s.%d@%s>" % (qid(i + 3).lower(), i, frm.split("@")[1]), "MIME-Version: 1.0"]
    h += list(extra)
    h += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
    return "\n".join(h) + "\n", body


def returned(o, kind):
    h, body = o
    if kind == "headers":
        return raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], h)
    return raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822",
                "Content-Disposition: inline"], h + "\n" + body)


def part(ctype, text, enc="7bit", cs="us-ascii", extra=()):
    if enc == "qp":
        text = qp(text, cs)
        cte = "quoted-printable"
    elif enc == "base64":
        text = b64(text, cs)
        cte = "base64"
    else:
        cte = enc
    return "\n".join(list(extra) + ["Content-Type: %s; charset=%s" % (ctype, cs),
                                    "Content-Transfer-Encoding: %s" % cte]) + "\n\n" + text.rstrip("\n") + "\n"


def multipart(sub, parts, bnd, params="", preamble="This is a MIME-encapsulated message.\n"):
    s = "Content-Type: multipart/%s;%s\n\tboundary=\"%s\"\n\n%s\n" % (sub, params, bnd, preamble)
    for p in parts:
        s += "--%s\n%s\n" % (bnd, p)
    return s + "--%s--\n" % bnd


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


# ---------------------------------------------------------------- Postfix

PF_INTRO, PF_DELAY = POSTFIX_INTRO, POSTFIX_DELAY  # blindset.py's Postfix texts


def pf(name, rcpts, subj, body, extra=(), kind="message", intro=None, footer="", plain=False, delay=False):
    """rcpts: (address, status, what Postfix says, the reply or None, remote host or None, dtype)."""
    i = nth()
    host = ["mail.example.com", "smtp2.example.net", "mx-out.shop.example", "relay.example.org"][i % 4]
    frm = SENDERS[i % len(SENDERS)]
    q = qid(i)
    text = (intro if intro is not None else (PF_DELAY if delay else PF_INTRO) % host)
    for r in rcpts:
        text += "<%s>: %s\n\n" % (r[0], r[2])
    text += footer
    o = orig(i, rcpts[0][0], subj, body, frm, extra)
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host,
             "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender", date(i),
             "%s.%d@%s" % (q, i, host), to=frm, extra=["Auto-Submitted: auto-replied"])
    if plain:
        return add(name, "Postfix", "\n".join(h + ["Content-Type: text/plain; charset=utf-8",
                                                  "Content-Transfer-Encoding: 8bit"]) + "\n\n" + text + "\n" +
                   o[0] + "\n" + o[1], [r[6] for r in rcpts])
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, frm, date(i, 1))
    recs = [rec(r[0], "delayed" if delay else "failed", r[1], r[3], r[4], dtype=r[5]) for r in rcpts]
    parts = [part("text/plain", text, "8bit", "utf-8", ["Content-Description: Notification"]),
             dsn(per, recs, desc="Delivery report"), returned(o, kind)]
    add(name, "Postfix", "\n".join(h) + "\n" + multipart("report", parts, "%s.%d/%s" % (q, 1765000000 + i, host),
                                                         " report-type=delivery-status;"), [r[6] for r in rcpts])


def P(rcpt, rhost, ip, reply, status, exp, cmd="RCPT TO", dtype="smtp"):
    """A Postfix recipient refused by a remote reply."""
    what = "host %s[%s] said: %s (in reply to %s command)" % (rhost, ip, reply, cmd)
    return (rcpt, status, what, reply, rhost, dtype, exp)


# ---------------------------------------------------------------- Exim

def exim(name, rcpts, subj, body, extra=(), intro=None, footer="", with_dsn=False):
    """rcpts: (address, the lines under the address, exp, reply for the DSN)."""
    i = nth()
    host = ["server1.hosting.example", "mx.example.org", "box77.webhost.example"][i % 3]
    frm = SENDERS[i % len(SENDERS)]
    mid = "1w%s-00%sQz-%s" % (qid(i)[:4], qid(i)[4:8], qid(i)[8:])
    text = intro if intro is not None else (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for r in rcpts:
        text += "  %s\n" % r[0] + "".join("    %s\n" % l for l in r[1]) + "\n"
    text += footer
    o = orig(i, rcpts[0][0], subj, body, frm, extra)
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, "Mail delivery failed: returning message to sender",
             date(i), "E%s@%s" % (mid, host), to=frm,
             extra=["X-Failed-Recipients: %s" % ", ".join(r[0] for r in rcpts), "Auto-Submitted: auto-replied"])
    if not with_dsn:
        b = text + "\n------ This is a copy of the message, including all the headers. ------\n\n" + o[0] + "\n" + o[1]
        return add(name, "Exim", "\n".join(h + ["Content-Type: text/plain; charset=utf-8",
                                               "Content-Transfer-Encoding: 8bit"]) + "\n\n" + b, [r[2] for r in rcpts])
    per = "Reporting-MTA: dns; %s" % host
    recs = [rec(r[0], "failed", "5.0.0", r[3], r[4] if len(r) > 4 else None, orig_rcpt=False) for r in rcpts]
    parts = [part("text/plain", text, "8bit", "utf-8"), dsn(per, recs), returned(o, "message")]
    add(name, "Exim", "\n".join(h) + "\n" + multipart("report", parts, "%s-eximdsn-%d" % (qid(i), 2000 + i),
                                                      " report-type=delivery-status;"), [r[2] for r in rcpts])


def X(rcpt, rhost, ip, lines, exp, cmd="RCPT TO"):
    after = "SMTP error from remote mail server after %s:" % ("RCPT TO:<%s>" % rcpt if cmd == "RCPT TO" else cmd)
    return (rcpt, ["host %s [%s]" % (rhost, ip), after] + lines, exp, "\n  ".join(lines), rhost)


# ---------------------------------------------------------------- Sendmail

def sendmail_start(i, reasons):
    """Sendmail's notice up to its transcript: the sender, the host, the
    queue id and the text naming each (address, reason)."""
    frm = SENDERS[i % len(SENDERS)]
    host = "mail.%s" % frm.split("@")[1]
    q = "6C%sxR1%s" % (qid(i)[:4], qid(i)[4:9])
    text = ("The original message was received at %s\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n") % date(i, 7)
    for addr, why in reasons:
        text += "<%s>\n    (reason: %s)\n" % (addr, why)
    text += "\n   ----- Transcript of session follows -----\n"
    return frm, host, q, text


def sendmail_finish(name, i, frm, host, q, text, recs, o, subject, exps):
    """Sendmail's report around the text: the DSN, the returned headers."""
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; localhost\nArrival-Date: %s" % (host, date(i, 7))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Returned mail: %s" % subject,
             date(i), "%s@%s" % (q, host), to=frm, extra=["Auto-Submitted: auto-generated (failure)"])
    parts = [part("text/plain", text, "8bit", "utf-8"), dsn(per, recs), returned(o, "headers")]
    add(name, "Sendmail", "\n".join(h) + "\n" + multipart("report", parts, "%s.%d/%s" % (q, 1765100000 + i, host),
                                                          " report-type=delivery-status;"), exps)


def sendmail(name, rcpts, subj, body, extra=(), footer=""):
    """rcpts: (address, rhost, reply lines, status, exp)."""
    i = nth()
    frm, host, q, text = sendmail_start(i, [(r[0], r[2][-1]) for r in rcpts])
    for r in rcpts:
        text += "... while talking to %s.:\n>>> RCPT To:<%s>\n%s\n" % (r[1], r[0], "\n".join("<<< " + l for l in r[2]))
        text += "550 5.1.1 <%s>... User unknown\n" % r[0] if r[3] == "5.1.1" else "%s\n" % r[2][-1].replace("-", " ", 1)
    text += footer
    recs = [rec(r[0], "failed", r[3], " ".join(r[2]), r[1], dtype="SMTP", last=date(i, 8)) for r in rcpts]
    o = orig(i, rcpts[0][0], subj, body, frm, extra)
    sendmail_finish(name, i, frm, host, q, text, recs, o, "see transcript for details", [r[4] for r in rcpts])


# ---------------------------------------------------------------- Exchange

def exo(name, rcpts, subj, body, extra=(), why=None, footer="", style="online", kind="headers", lang=None):
    """rcpts: (address, status, diag, remote or None, exp)."""
    i = nth()
    frm = SENDERS[i % len(SENDERS)]
    dom0 = rcpts[0][0].split("@")[1]
    if style == "online":
        gen = ["DM6PR11MB4321.namprd11.prod.outlook.com", "AS8PR07MB7654.eurprd07.prod.outlook.com",
               "TYZPR06MB5123.apcprd06.prod.outlook.com"][i % 3]
        fromh = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s.onmicrosoft.com>" % (
            frm.split("@")[1].split(".")[0])
        text = "Your message to %s couldn't be delivered.\n\n%s\n\n" % (
            ", ".join(r[0] for r in rcpts), why or "%s's email server rejected your message." % dom0)
        text += ("%s\nOffice 365\t%s\nSender\tAction Required\t%s\n\n" % (frm.split("@")[0], dom0, dom0))
        text += ("How to Fix It\nThe message was rejected by the recipient's email system. Check the error below\n"
                 "and contact the recipient's email administrator if you can't fix it yourself.\n\n"
                 "More Info for Email Admins\nStatus code: %s\n\n" % rcpts[0][1])
        text += "Original Message Details\nCreated Date:\t%s\nSender Address:\t%s\nRecipient Address:\t%s\n" \
                "Subject:\t%s\n\n" % (date(i, 4), frm, rcpts[0][0], subj)
        for r in rcpts:
            text += "Error Details\nReported error:\t%s\nDSN generated by:\t%s\n" % (r[2], gen)
            if r[3]:
                text += "Remote server:\t%s\n" % r[3]
            text += "\n"
    else:
        gen = ["EXCH02.corp.example.local", "MBX01.ad.example.org"][i % 2]
        fromh = "Microsoft Exchange <postmaster@%s>" % frm.split("@")[1]
        text = ""
        if lang:
            text += lang
        text += "Delivery has failed to these recipients or groups:\n\n"
        for r in rcpts:
            text += "%s (%s)\n%s\n\n" % (r[0].split("@")[0].title(), r[0], why or "Your message couldn't be delivered.")
        text += "\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n" % gen
        for r in rcpts:
            text += "%s\n%s\n%s\n\n" % (r[0], r[3] or gen, r[2])
        text += "Original message headers:\n\n"
    text += footer
    h = hdrs(fromh, "Undeliverable: %s" % subj, date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=frm,
             extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp.%s\nArrival-Date: %s" % (gen, frm.split("@")[1],
                                                                                    date(i, 4))
    recs = [rec(r[0], "failed", r[1], r[2], r[3], extra=["X-Display-Name: %s" % r[0].split("@")[0].title()])
            for r in rcpts]
    o = orig(i, rcpts[0][0], subj, body, frm, extra)
    txt = part("text/plain", text, "qp", "utf-8")
    hb = "<html><body><p>%s</p><p>%s</p></body></html>" % (text.split("\n")[0], (why or "").replace("<", "&lt;"))
    alt = multipart("alternative", [txt, part("text/html", hb, "qp", "utf-8")], "alt%s" % qid(i), preamble="")
    parts = [alt, dsn(per, recs), returned(o, kind)]
    add(name, "Exchange", "\n".join(h) + "\n" + multipart("report", parts, "_000_%s_" % qid(i),
                                                          " report-type=delivery-status;"), [r[4] for r in rcpts])


# ---------------------------------------------------------------- Gmail

GM_HEAD = {
    "notfound": "** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
                "found, or is unable to receive mail.\n",
    "blocked": "** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more "
               "information.\n",
    "notdelivered": "** Message not delivered **\n\nThere was a problem delivering your message to %s. See the "
                    "technical details below, or try resending in a few minutes.\n",
    "delay": "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to %s. Gmail will "
             "retry for 44 more hours. You'll be notified if the delivery fails permanently.\n",
}


def gmail(name, rcpt, rhost, ip, lines, status, exp, subj, body, extra=(), head="notdelivered"):
    i = nth()
    frm = ["maria.l@gmail.com", "ops@startup.example", "k.tan@googlemail.com"][i % 3]
    delay = head == "delay"
    text = GM_HEAD[head] % rcpt + "\nThe response %s:\n%s\n" % (
        "was" if delay or not rhost else "from the remote server was", "\n".join(lines))
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s" % date(i, 5)
    r = rec(rcpt, "delayed" if delay else "failed", status, "\n ".join(lines),
            "%s. (%s, the server for the domain %s.)" % (rhost, ip, rcpt.split("@")[1]) if rhost else None,
            orig_rcpt=False,
            last=date(i, 6))
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
             "Delivery Status Notification (%s)" % ("Delay" if delay else "Failure"), date(i),
             "%s.%d.GMR@mx.google.com" % (qid(i).lower(), i), to=frm, extra=["Auto-Submitted: auto-replied"])
    o = orig(i, rcpt, subj, body, frm, extra)
    alt = multipart("alternative", [part("text/plain", text, "7bit", "UTF-8"),
                                    part("text/html", "<html><body><p>%s</p></body></html>" % text.split("\n")[0],
                                         "qp", "UTF-8")], "0000b%s" % qid(i).lower(), preamble="")
    parts = [alt, dsn(per, [r]), returned(o, "message")]
    add(name, "Gmail", "\n".join(h) + "\n" + multipart("report", parts, "0000a%s" % qid(i + 1).lower(),
                                                       " report-type=delivery-status;"), [exp])


# ---------------------------------------------------------------- qmail

def qmail(name, rcpt, ip, said, exp, subj, body, extra=(), local=False):
    i = nth()
    frm = SENDERS[i % len(SENDERS)]
    host = "mail.%s" % frm.split("@")[1]
    if local:
        what = said
    else:
        what = "%s does not like recipient.\nRemote host said: %s\nGiving up on %s." % (ip, said, ip)
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
            "%s\n\n--- Below this line is a copy of the message.\n\n") % (host, rcpt, what)
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", date(i), "%d.%s.qmail@%s" % (1765200000 + i, qid(i), host),
             to=frm)
    o = orig(i, rcpt, subj, body, frm, extra)
    add(name, "qmail", "\n".join(h) + "\n\n" + text + o[0] + "\n" + o[1], [exp])


# ---------------------------------------------------------------- Chinese notices

def cn(name, kind, rcpt, reply, exp, subj, body, text_extra=""):
    """A Tencent ('qq'), NetEase ('163') or Alibaba ('ali') notice: the
    provider's text, the remote reply, the original inline (qq, 163) or
    attached (ali)."""
    i = nth()
    if kind == "qq":
        frm, snd, host, cs, enc = "PostMaster <PostMaster@qq.com>", "20398%d@qq.com" % i, "qq.com", "gb18030", "base64"
        title = "退信"
        text = ("此邮件是由系统自动发出的退信。\n很抱歉，您的邮件无法发送到以下收件人：\n\n%s\n\n"
                "退信原因：对方服务器返回以下信息：\n%s\n\n%s") % (rcpt, reply, text_extra)
    elif kind == "163":
        frm, snd, host, cs, enc = "Postmaster@163.com", "li_wei%d@163.com" % i, "163.com", "gbk", "qp"
        title = "系统退信"
        text = ("抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间：%s\n主　题：%s\n收件人：%s\n\n"
                "退信原因：\n%s\n\n%s") % (date(i, 3), subj, rcpt, reply, text_extra)
    else:
        frm, snd, host, cs, enc = "MAILER-DAEMON@service.aliyun.com", "sales%d@corp.example.cn" % i, \
            "service.aliyun.com", "utf-8", "base64"
        title = "退信通知 / Delivery Status Notification (Failure)"
        text = ("您发送的邮件未能成功送达以下收件人。\nYour message could not be delivered to the following recipient.\n\n"
                "收件人 / Recipient: %s\n原因 / Reason: %s\n\n%s") % (rcpt, reply, text_extra)
    h = ["Return-Path: <>", "Date: %s" % date(i), "From: %s" % frm, "To: %s" % snd,
         "Subject: =?utf-8?B?%s?=" % b64(title).replace("\n", ""),
         "Message-ID: <%s.%d@%s>" % (qid(70 + i).lower(), i, host), "MIME-Version: 1.0"]
    if kind == "163":
        h += ["X-Mailer: Coremail Webmail Server"]
    if kind == "qq":
        h += ["X-QQ-mid: bizesmtp%dt18%s" % (i, qid(i).lower())]
    tpart = "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (
        cs, "base64" if enc == "base64" else "quoted-printable", b64(text, cs) if enc == "base64" else qp(text, cs))
    o = orig(i, rcpt, subj, body, snd)
    parts = [tpart, returned(o, "message")]
    add(name, {"qq": "Tencent", "163": "NetEase", "ali": "AlibabaMail"}[kind],
        "\n".join(h) + "\n" + multipart("mixed", parts, "----=_Part_%d_%s" % (i, qid(i))), [exp])
