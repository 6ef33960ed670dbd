"""blindmta.py: the MTA report forms that the generators of the blind
bounce batches blind30/ and blind31/ share: the batch's messages (add,
nth), its dates, queue ids, senders and subjects, and one builder per
reporting MTA (pf: Postfix, exim, exo: Exchange and Exchange Online,
gmail, sendmail, qmail).  FORMS["multiline"] (blind31 sets it) writes
multi-line replies as the MTAs do (continuation lines, folded
Diagnostic-Code fields, a Sendmail transcript's reply lines); off, the
builders write blind30's one-line forms."""
import re

from blindset import Mime, POSTFIX_DELAY, POSTFIX_INTRO, b64, dsn, fold, hdrs, qp, raw, rec, said

FORMS = {"multiline": False}

SETS = []
N = [0]


def add(name, engine, msg, exp):
    SETS.append((name + ".eml", engine, msg, exp))


def nth():
    N[0] += 1
    return N[0]


def date(i, hh=None):
    """A varied date of the bounce (November 2025 .. March 2026)."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d = 1 + (i * 7) % 27
    mon = ["Nov", "Dec", "Jan", "Feb", "Mar"][i % 5]
    year = 2025 if mon in ("Nov", "Dec") else 2026
    h = (hh if hh is not None else (i * 5) % 24)
    zone = ["+0000", "+0100", "-0500", "+0900", "-0800", "+0200"][i % 6]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (days[i % 7], d, mon, year, h, (i * 13) % 60, (i * 29) % 60, zone)


def qid(i):
    a = "0123456789ABCDEF"
    return "".join(a[(i * k + 3) % 16] for k in (3, 5, 7, 11, 13, 1, 9, 15, 2, 4))


BODY = "Hello,\n\nplease find the figures for the quarter below.\n\nRegards,\nDana\n"
SENDERS = ["dana@example.com", "billing@shop.example", "news@letters.example.net", "ops@example.org",
           "k.ito@example.jp", "sales@example.co.uk"]
SUBJECTS = ["Quarterly figures", "Invoice 2025-1187", "Your November newsletter", "Re: meeting on Thursday",
            "Order confirmation #48213", "Contract draft v3", "Weekly report", "Password reset request",
            "Re: shipping address", "Project kickoff"]


def mime_for(i):
    s = SENDERS[i % len(SENDERS)]
    return Mime("out%d.%s with ESMTPSA id %s" % (1 + i % 3, s.split("@")[1], qid(i)[:8]), BODY,
                dkim_b=("aXv%03dQ+kLm9" % i) if i % 2 else None, sender=s), s


def join(lines):
    """A multi-line SMTP reply as Postfix writes it on one line."""
    return " ".join(lines) if isinstance(lines, list) else lines


def enh(reply, delay=False):
    m = re.match(r"^(\d{3})[ -](\d\.\d{1,3}\.\d{1,3})\b", reply)
    if m:
        return m.group(2)
    return "4.0.0" if delay or reply.startswith("4") else "5.0.0"


def dfold(v, width=78, lead=len("Diagnostic-Code: smtp; ")):
    """A Diagnostic-Code value folded as RFC 5322 folds a long field (the
    first line shortened by the field's name)."""
    out, line, room = [], "", width - lead
    for w in v.split(" "):
        if line and len(line) + 1 + len(w) > room:
            out.append(line)
            line, room = w, width - 1
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def pf(name, rcpt, rhost, rip, reply, exp, cmd="RCPT TO", delay=False, host=None, kind="headers", plain=False,
       conn=None, width=76, dsnfold=False, dtype="smtp", greet=False):
    i = nth()
    m, snd = mime_for(i)
    host = host or ["mail.example.com", "smtp-out2.example.net", "mx-out.shop.example", "relay1.example.org",
                    "mta.example.jp"][i % 5]
    q = qid(i)
    reply = join(reply)
    if conn:
        what = conn
    elif greet:
        what = "host %s[%s] refused to talk to me: %s" % (rhost, rip, reply)
    else:
        what = said(rhost, rip, reply, cmd)
    text = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host + "<%s>: %s\n" % (rcpt, fold(what, width))
    st = enh(reply, delay) if not conn else ("4.4.1" if delay else "5.4.1")
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, date(i, 3))
    r = rec(rcpt, "delayed" if delay else "failed", st, None if conn else (dfold(reply) if dsnfold else reply), rhost,
            extra=(["Will-Retry-Until: %s" % date(i + 5, 3)] if delay else []), dtype=dtype)
    if conn:
        r = rec(rcpt, "delayed" if delay else "failed", st, conn, None, dtype="X-Postfix")
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, subj, date(i), "%s@%s" % (q, host), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    if plain:
        body = text + "\n" + m.orig(rcpt, SUBJECTS[i % 10], date(i, 2), "%s.%d@%s" % (q.lower(), i, snd.split("@")[1]))
        return add(name, "Postfix", "\n".join(h + ["Content-Type: text/plain; charset=us-ascii"]) + "\n\n" + body, exp)
    parts = [m.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 2), "%s.%d@%s" % (q.lower(), i, snd.split("@")[1]), kind,
                        desc="Undelivered Message Headers" if kind == "headers" else "Undelivered Message")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1764000000 + i, host),
                       params=" report-type=delivery-status;")
    add(name, "Postfix", "\n".join(h) + "\n" + body, exp)


def exim(name, rcpt, rhost, rip, lines, exp, cmd="RCPT TO", delay=False, with_dsn=False, host=None):
    i = nth()
    m, snd = mime_for(i)
    host = host or ["box1234.bluehost.example", "server.hosting.example", "mx.example.org", "srv07.example.net"][i % 4]
    mid = "1v%s-00%sAb-%s" % (qid(i)[:4], qid(i)[4:8], qid(i)[8:])
    if isinstance(lines, str):
        lines = [lines]
    if cmd == "RCPT TO":
        after = "SMTP error from remote mail server after RCPT TO:<%s>:" % rcpt
    elif cmd == "MAIL FROM":
        after = "SMTP error from remote mail server after MAIL FROM:<%s> SIZE=2048:" % snd
    else:
        after = "SMTP error from remote mail server after %s:" % cmd
    detail = "  %s\n    host %s [%s]\n    %s\n" % (rcpt, rhost, rip, after) + "".join("    %s\n" % l for l in lines)
    if delay:
        subj = "Warning: message %s delayed 24 hours" % mid
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     %s\nThe subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n%s\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n") % (
            host, mid, SUBJECTS[i % 10], date(i, 1), detail)
    else:
        subj = "Mail delivery failed: returning message to sender"
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n%s") % detail
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, subj, date(i), "E%s@%s" % (mid, host), to=snd,
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied"])
    o = m.orig(rcpt, SUBJECTS[i % 10], date(i, 1), "%s.%d@%s" % (qid(i).lower(), i, snd.split("@")[1]))
    if not with_dsn:
        body = text + "\n------ This is a copy of the message, including all the headers. ------\n\n" + o + "\n" + BODY
        return add(name, "Exim", "\n".join(h + ["Content-Type: text/plain; charset=us-ascii"]) + "\n\n" + body, exp)
    reply = ("\n  " if FORMS["multiline"] else " ").join(lines)
    per = "Reporting-MTA: dns; %s" % host
    r = rec(rcpt, "delayed" if delay else "failed", "4.0.0" if delay else "5.0.0", reply, rhost, orig_rcpt=False,
            dtype="smtp")
    parts = [m.part("text/plain", text), dsn(per, [r]),
             raw(["Content-Type: message/rfc822"], o + "\n" + BODY)]
    body = m.multipart("report", parts, "%s-eximdsn-%d" % (qid(i), 1000 + i), params=" report-type=delivery-status;",
                       preamble="This is a MIME-formatted message.  If you see this text it means that your\n"
                                "E-mail software does not support MIME-formatted messages.\n")
    add(name, "Exim", "\n".join(h) + "\n" + body, exp)


def exo(name, rcpt, status, diag, exp, gen=None, remote=None, style="online", why=None, html=True):
    i = nth()
    m, snd = mime_for(i)
    user, dom = rcpt.split("@")
    diag = diag[5:] if diag.startswith("smtp;") else diag
    if style == "online":
        gen = gen or ["BN8PR12MB3412.namprd12.prod.outlook.com", "AM9PR04MB8471.eurprd04.prod.outlook.com",
                      "SY4P282MB1734.AUSP282.PROD.OUTLOOK.COM", "PH0PR11MB4951.namprd11.prod.outlook.com"][i % 4]
        frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s.onmicrosoft.com>" % (
            snd.split("@")[1].split(".")[0])
        head = "Your message to %s couldn't be delivered.\n\n%s\n\n" % (rcpt, why or (
            "%s's email server rejected your message." % dom))
        head += ("%s\nOffice 365\t%s\nSender\tAction Required\t%s\n\n"
                 "How to Fix It\nThe message was rejected by the recipient's email system. Check the error below\n"
                 "and contact the recipient's email administrator if you can't fix it yourself.\n\n") % (
            snd.split("@")[0], dom, dom)
        text = head + ("More Info for Email Admins\nStatus code: %s\n\n"
                       "This error was reported by the recipient's email server. Contact the recipient's email admin.\n\n"
                       "Original Message Details\nCreated Date:\t%s\nSender Address:\t%s\nRecipient Address:\t%s\n"
                       "Subject:\t%s\n\nError Details\nReported error:\tsmtp;%s\nDSN generated by:\t%s\n") % (
            status, date(i, 4), snd, rcpt, SUBJECTS[i % 10], diag, gen)
        if remote:
            text += "Remote server:\t%s\n" % remote
    else:
        gen = gen or ["EXCH01.corp.example.local", "MBX02.ad.example.org", "EX2016-HUB.example.net"][i % 3]
        frm = "Microsoft Exchange <postmaster@%s>" % snd.split("@")[1]
        text = ("Delivery has failed to these recipients or groups:\n\n%s (%s)\n%s\n\n\n\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
                "%s\n#%s ##\n\nOriginal message headers:\n\n") % (
            user.title(), rcpt, why or "Your message couldn't be delivered.", gen, rcpt,
            remote or gen, diag)
    h = hdrs(frm, "Undeliverable: %s" % SUBJECTS[i % 10], date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (
        gen, "out%d.%s" % (1 + i % 3, snd.split("@")[1]), date(i, 4))
    r = rec(rcpt, "failed", status, dfold(diag) if FORMS["multiline"] else diag, remote, extra=["X-Display-Name: %s" % user.title()])
    txt = m.part("text/plain", text, "qp", "us-ascii")
    parts = []
    if html:
        hbody = "<html><head></head><body><p>%s</p><pre>%s</pre></body></html>" % (
            text.split("\n")[0], diag.replace("<", "&lt;").replace(">", "&gt;"))
        alt = m.multipart("alternative", [txt, m.part("text/html", hbody, "qp", "us-ascii")], "alt%s" % qid(i),
                          preamble="")
        parts.append(alt)
    else:
        parts.append(txt)
    parts += [dsn(per, [r]), m.returned(rcpt, SUBJECTS[i % 10], date(i, 4), "%s@%s" % (qid(i + 1).lower(),
                                                                                      snd.split("@")[1]), "headers")]
    body = m.multipart("report", parts, "_000_%s%s_" % (qid(i), qid(i + 2)),
                       params=" report-type=delivery-status;")
    add(name, "Exchange", "\n".join(h) + "\n" + body, exp)


GM_HEAD = {
    "notfound": ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
                 "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n"),
    "blocked": ("** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more "
                "information.\n"),
    "notdelivered": ("** Message not delivered **\n\nThere was a problem delivering your message to %s. See the "
                     "technical details below, or try resending in a few minutes.\n"),
    "delay": ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to %s. Gmail will "
              "retry for 44 more hours. You'll be notified if the delivery fails permanently.\n"),
}


def gmail(name, rcpt, rhost, rip, reply, exp, head="notdelivered"):
    i = nth()
    m, _ = mime_for(i)
    snd = ["dana.k@gmail.com", "ops@startup.example", "jo.r@googlemail.com"][i % 3]
    m.sender = snd
    delay = head == "delay"
    reply_lines = reply
    reply = join(reply)
    shown = "\n".join(reply_lines) if FORMS["multiline"] and isinstance(reply_lines, list) else reply
    text = GM_HEAD[head] % rcpt + "\nThe response %s:\n%s\n" % (
        "was" if delay else "from the remote server was", shown)
    st = enh(reply, delay)
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\nX-Original-Message-ID: <CA+%s@mail.gmail.com>" % (
        date(i, 5), qid(i))
    where = "%s. (%s, the server for the domain %s.)" % (rhost, rip, rcpt.split("@")[1])
    r = rec(rcpt, "delayed" if delay else "failed", st, dfold(reply) if FORMS["multiline"] else reply, where,
            orig_rcpt=False, last=date(i, 6))
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
             "Delivery Status Notification (%s)" % ("Delay" if delay else "Failure"), date(i),
             "%s.%d.GMR@mx.google.com" % (qid(i).lower(), i), to=snd, extra=["Auto-Submitted: auto-replied"])
    parts = [m.multipart("alternative", [m.part("text/plain", text, "7bit", "UTF-8"),
                                        m.part("text/html", "<html><body><p>%s</p></body></html>" % text.split(
                                            "\n")[0], "qp", "UTF-8")], "000000000000b%s" % qid(i).lower(), preamble=""),
             dsn(per, [r]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 5), "CA+%s@mail.gmail.com" % qid(i), "message", frm=snd)]
    body = m.multipart("report", parts, "000000000000a%s" % qid(i + 1).lower(), params=" report-type=delivery-status;")
    add(name, "Gmail", "\n".join(h) + "\n" + body, exp)


def sendmail(name, rcpt, rhost, rip, reply, exp, cmd="RCPT To"):
    i = nth()
    m, snd = mime_for(i)
    host = "mail.%s" % snd.split("@")[1]
    q = "5B%sxQ0%s" % (qid(i)[:4], qid(i)[4:9])
    lines = reply if isinstance(reply, list) else [reply]
    reply = join(reply)
    st = enh(reply)
    last = lines[-1]
    if FORMS["multiline"]:
        said_cmd = ("MAIL From:<%s>" % snd) if cmd == "MAIL From" else (
            "RCPT To:<%s>" % rcpt if cmd == "RCPT To" else cmd)
        final = ("554 5.0.0 Service unavailable" if cmd == "DATA" else
                 "550 5.1.1 <%s>... User unknown" % rcpt if st == "5.1.1" else last)
    else:
        said_cmd = "MAIL From:<%s>" % snd if cmd == "MAIL From" else "RCPT To:<%s>" % rcpt
        last = final = reply
        lines = [reply]
    text = ("The original message was received at %s\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
            "    (reason: %s)\n\n   ----- Transcript of session follows -----\n"
            "... while talking to %s.:\n>>> %s\n%s\n%s\n") % (
        date(i, 7), rcpt, last, rhost, said_cmd, "\n".join("<<< " + l for l in lines), final)
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; localhost\nArrival-Date: %s" % (host, date(i, 7))
    if FORMS["multiline"]:
        r = rec(rcpt, "failed", st, dfold(reply), rhost, last=date(i, 8), dtype="SMTP")
    else:
        r = rec(rcpt, "failed", st, reply, rhost, last=date(i, 8))
    h = hdrs("Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Returned mail: see transcript for details",
             date(i), "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-generated (failure)"])
    parts = [m.part("text/plain", text), dsn(per, [r]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 7), "%s@%s" % (q.lower(), host), "headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1764100000 + i, host), params=" report-type=delivery-status;",
                       preamble="This is a MIME-encapsulated message\n")
    add(name, "Sendmail", "\n".join(h) + "\n" + body, exp)


def qmail(name, rcpt, rip, reply, exp):
    i = nth()
    m, snd = mime_for(i)
    host = "mail.%s" % snd.split("@")[1]
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
            "%s does not like recipient.\nRemote host said: %s\nGiving up on %s.\n\n"
            "--- Below this line is a copy of the message.\n\n") % (host, rcpt, rip, join(reply), rip)
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", date(i), "%d.%s.qmail@%s" % (1764200000 + i, qid(i), host),
             to=snd)
    o = m.orig(rcpt, SUBJECTS[i % 10], date(i, 9), "%s@%s" % (qid(i).lower(), snd.split("@")[1]))
    add(name, "qmail", "\n".join(h) + "\n\n" + text + o + "\n" + BODY, exp)


IP = "203.0.113.%d"
GM = "gmail-smtp-in.l.google.com"
GMIP = "142.250.27.26"


def gsig(i):
    return "%s%02d%sa.%d - gsmtp" % ("abcdefgh"[i % 8], 10 + i, "xq"[i % 2], 20 + i)


def cn_head(kind, i, date_i, frm, snd, subj, host, text, cs, enc):
    """The header lines and the text part of a Chinese webmail's own
    bounce notice ('qq': Tencent, '163': NetEase/Coremail, else Alibaba
    Mail), as blind38's and blind39's generators write them: the message
    dated date(date_i), the notice's text in charset cs, base64 ('base64')
    or quoted-printable."""
    h = ["Return-Path: <>", "Date: %s" % date(date_i), "From: %s" % frm, "To: %s" % snd, "Subject: %s" % subj,
         "Message-ID: <%s.%d@%s>" % (qid(60 + i).lower(), i, host), "MIME-Version: 1.0"]
    if kind == "163":
        h += ["X-Mailer: Coremail Webmail Server", "X-CM-TRANSID:_____wD%sCgAA--.%d" % (qid(i)[:6], 1000 + i)]
    if kind == "qq":
        h += ["X-QQ-mid: bizesmtp%dt17%s" % (i, qid(i).lower()), "X-QQ-SSF: 00400000000000F0"]
    body_part = ("Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (
        cs, "base64" if enc == "base64" else "quoted-printable", b64(text, cs) if enc == "base64" else qp(text, cs)))
    return h, body_part
